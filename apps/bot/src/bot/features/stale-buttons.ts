/**
 * Buttons nothing else understood: data from an older version of the bot, a message from
 * before a content reload. Always a polite answer and the menu, never an error.
 */
import {Composer} from 'grammy'
import type {BotContext} from '../context.js'
import {menuKeyboard} from '../keyboard.js'
import {acknowledge} from './callbacks.js'

export function staleButtons(): Composer<BotContext> {
  const composer = new Composer<BotContext>()
  composer.on('callback_query', replyStale)
  return composer
}

export async function replyStale(ctx: BotContext): Promise<void> {
  await acknowledge(ctx, ctx.t('stale-button'))
  // Buttons under messages shared through inline mode have no chat to reply in.
  if (ctx.chat) await ctx.reply(ctx.t('stale-button-reply'), {reply_markup: menuKeyboard(ctx)})
}
