/**
 * Inline mode (`@bot <question>` in any chat): answers to share. An empty query offers the
 * topics. Shared messages carry only links, plus a deep link into a chat with the bot.
 */
import {performance} from 'node:perf_hooks'
import {Composer, InlineKeyboard} from 'grammy'
import {answerInLibrary, answerTopicInLibrary} from '../../core/across.js'
import {detectLanguage} from 'article-facts'
import {answerInlineResult, truncate} from '../../format/inline.js'
import type {PhrasedAnswer} from '../../format/phrase.js'
import {askCore, renderAnswer, reportAnswer} from '../answer-reply.js'
import type {Question} from '../answer-reply.js'
import type {BotContext} from '../context.js'
import {uiLanguage} from '../context.js'
import type {BotDeps} from '../deps.js'
import {phrased} from '../i18n.js'
import {MENU_TOPICS} from '../keyboard.js'

const TITLE_LENGTH = 60

export function inline(deps: BotDeps): Composer<BotContext> {
  const composer = new Composer<BotContext>()
  composer.on('inline_query', async (ctx) => {
    const started = performance.now()
    const query = ctx.inlineQuery.query.trim()
    if (query.length === 0) {
      const lang = uiLanguage(ctx)
      const results = MENU_TOPICS.map((topic) => {
        const answer = phrased(answerTopicInLibrary(ctx.library, topic, {lang, ...(deps.now ? {now: deps.now()} : {})}))
        ctx.i18n.useLocale(lang)
        return result(ctx, answer, topic, ctx.t(`menu-${topic}`))
      })
      await ctx.answerInlineQuery(results, {cache_time: 300})
      return
    }
    // No conversation in inline mode: each query stands alone.
    const question: Question = {
      text: query,
      via: 'inline',
      lang: detectLanguage(query) ?? uiLanguage(ctx),
      answer: (options) => answerInLibrary(ctx.library, query, {...options, context: {}})
    }
    const answer = askCore(ctx, deps, question)
    // Inline results cannot ask back: offer each meaning as its own result instead.
    const choices = answer.status === 'clarify' ? (answer.context.pendingChoices ?? []) : []
    const articles = answer.status === 'clarify' ? answer.buttons.flatMap((button) => (button.kind === 'article' ? [button] : [])) : []
    const results =
      articles.length > 0
        ? articles.map((button) => result(ctx, askCore(ctx, deps, {...question, answer: (options) => answerInLibrary(ctx.library, query, {...options, context: {article: button.article}})}), `a_${button.article}`, button.label))
        : choices.length > 0
        ? choices.map((intent) => {
            const choice = phrased(answerTopicInLibrary(ctx.library, intent, {lang: answer.lang, ...(deps.now ? {now: deps.now()} : {})}))
            const label = answer.buttons.find((button) => button.kind === 'intent' && button.intent === intent)?.label
            return result(ctx, choice, intent, label ?? truncate(query, TITLE_LENGTH))
          })
        : [result(ctx, answer, 'answer', truncate(query, TITLE_LENGTH))]
    await ctx.answerInlineQuery(results, {cache_time: 60, is_personal: true})
    reportAnswer(deps, question, answer, started)
  })
  return composer
}

function result(ctx: BotContext, answer: PhrasedAnswer, id: string, title: string) {
  const {chunks, keyboard} = renderAnswer(ctx, answer, {inline: true})
  // Several articles: the link opens the one answered from; one article: the topic answered.
  const [article, ...others] = answer.articles ?? []
  const payload = answer.status !== 'answered' ? '' : article && others.length === 0 ? `?start=a_${article.id}` : `?start=${answer.intent}`
  const deepLink = InlineKeyboard.url(ctx.t('inline-open-bot'), `https://t.me/${ctx.me.username}${payload}`)
  const withDeepLink = keyboard ? keyboard.row(deepLink) : InlineKeyboard.from([[deepLink]])
  return answerInlineResult(answer, {id, title, html: chunks[0] ?? '', keyboard: withDeepLink})
}
