/**
 * Telegram's own limits on what people send: a message text is at most 4,096 characters and an
 * inline query at most 256. Anything longer was forged against the Bot API, and reading it would
 * hold up everyone else: it is turned away before the core sees it.
 */
import {Composer} from 'grammy'
import type {BotContext} from '../context.js'

export const MAX_MESSAGE_TEXT = 4096
export const MAX_INLINE_QUERY = 256

export function inputLimits(): Composer<BotContext> {
  const composer = new Composer<BotContext>()
  composer.on('message:text', async (ctx, next) => {
    if (ctx.message.text.length <= MAX_MESSAGE_TEXT) return next()
    if (ctx.chat.type === 'private') await ctx.reply(ctx.t('text-too-long'))
  })
  composer.on('inline_query', async (ctx, next) => {
    if (ctx.inlineQuery.query.length <= MAX_INLINE_QUERY) return next()
    await ctx.answerInlineQuery([], {cache_time: 300})
  })
  return composer
}
