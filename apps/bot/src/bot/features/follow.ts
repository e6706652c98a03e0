/**
 * Following the campaign: /follow (or the button under the welcome) to hear about new articles,
 * /unfollow to stop, /forget to delete everything the bot keeps about the person (whether they
 * follow, in which language, and the conversation).
 */
import {Composer, InlineKeyboard} from 'grammy'
import {HTML} from '../../format/html.js'
import {encodeCallback} from '../callback-data.js'
import type {BotContext} from '../context.js'
import {sessionOf, uiLanguage} from '../context.js'
import type {BotDeps} from '../deps.js'
import {acknowledge, actionOf, isAction} from './callbacks.js'

export function follow(deps: BotDeps): Composer<BotContext> {
  const composer = new Composer<BotContext>()
  composer.command('follow', (ctx) => setFollowing(ctx, deps, true))
  composer.command('unfollow', (ctx) => setFollowing(ctx, deps, false))
  composer.command('forget', async (ctx) => {
    if (ctx.chat && deps.followers) await deps.followers.unfollow(ctx.chat.id)
    // grammY deletes the stored session once the update is done.
    if (sessionOf(ctx)) ctx.session = null as never
    await ctx.reply(ctx.t('forget-done'), HTML)
  })
  composer.on('callback_query:data').filter(isAction('follow'), async (ctx) => {
    const action = actionOf(ctx, 'follow')
    await acknowledge(ctx)
    if (action) await setFollowing(ctx, deps, action.on)
  })
  return composer
}

/** The button under the welcome, when following is offered. */
export function followButton(ctx: BotContext, deps: BotDeps): InlineKeyboard | undefined {
  return deps.followers ? new InlineKeyboard().text(ctx.t('follow-button'), encodeCallback({kind: 'follow', on: true})) : undefined
}

async function setFollowing(ctx: BotContext, deps: BotDeps, on: boolean): Promise<void> {
  const chat = ctx.chat
  if (!deps.followers || !chat) {
    await ctx.reply(ctx.t('follow-unavailable'), HTML)
    return
  }
  if (on) {
    await deps.followers.follow(chat.id, uiLanguage(ctx))
    await ctx.reply(ctx.t('follow-done'), HTML)
  } else {
    const was = await deps.followers.unfollow(chat.id)
    await ctx.reply(ctx.t(was ? 'unfollow-done' : 'unfollow-not-following'), HTML)
  }
}
