/** /help: what the bot can do and how to ask. */
import {Composer} from 'grammy'
import {HTML} from '../../format/html.js'
import type {BotContext} from '../context.js'
import {menuKeyboard} from '../keyboard.js'

export function help(): Composer<BotContext> {
  const composer = new Composer<BotContext>()
  composer.command('help', showHelp)
  return composer
}

export async function showHelp(ctx: BotContext): Promise<void> {
  await ctx.reply(ctx.t('help', {username: ctx.me.username}), {...HTML, reply_markup: menuKeyboard(ctx)})
}
