/** The "Source" button under an answer: quotes the sentences the answer rests on. */
import {Composer} from 'grammy'
import {sourcesHtml} from '../../format/answer.js'
import {escapeHtml, HTML} from '../../format/html.js'
import type {BotContext} from '../context.js'
import {isWebUrl} from '../keyboard.js'
import {citationsAt, sourceArticle} from '../source-sentences.js'
import {acknowledge, actionOf, isAction} from './callbacks.js'
import {replyStale} from './stale-buttons.js'

export function sourceButton(): Composer<BotContext> {
  const composer = new Composer<BotContext>()
  composer.on('callback_query:data').filter(isAction('source'), async (ctx) => {
    const action = actionOf(ctx, 'source')
    const facts = action ? sourceArticle(ctx.library, action.article) : undefined
    const citations = action && facts ? citationsAt(facts, action.sentences) : undefined
    // Indices from before a content reload may point nowhere (or at other sentences' places).
    if (!facts || !citations) return replyStale(ctx)
    await acknowledge(ctx)
    const {title, url} = facts.article
    const link = url && isWebUrl(url) ? `\n\n<a href="${escapeHtml(url)}">${escapeHtml(title ?? url)}</a>` : ''
    await ctx.reply(sourcesHtml({label: ctx.t('source'), citations}) + link, HTML)
  })
  return composer
}
