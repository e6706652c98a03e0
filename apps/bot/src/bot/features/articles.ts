/**
 * Every article the bot knows: /articles lists them newest first, a page at a time; a button
 * (or the deep link `?start=a_<id>`) turns the conversation to one article, /all back to all.
 */
import {Composer, InlineKeyboard} from 'grammy'
import {answerInLibrary, articleLabel, articleTitle} from '../../core/across.js'
import {articleDate} from '../../core/dates.js'
import {findArticle, type LibraryArticle} from '../../core/library.js'
import {detectLanguage} from 'article-facts'
import {escapeHtml, HTML} from '../../format/html.js'
import {replyWithAnswer} from '../answer-reply.js'
import {encodeCallback} from '../callback-data.js'
import type {BotContext} from '../context.js'
import {sessionOf, uiLanguage} from '../context.js'
import type {BotDeps} from '../deps.js'
import {menuKeyboard} from '../keyboard.js'
import {acknowledge, actionOf, isAction} from './callbacks.js'
import {replyStale} from './stale-buttons.js'

export const ARTICLES_PER_PAGE = 5

export function articles(deps: BotDeps): Composer<BotContext> {
  const composer = new Composer<BotContext>()
  composer.command('articles', (ctx) => showArticles(ctx, 0))
  composer.command('all', async (ctx) => {
    const session = sessionOf(ctx)
    if (session) delete session.conversation.article
    await ctx.reply(ctx.t('articles-all', {count: ctx.library.articles.length}), {...HTML, reply_markup: menuKeyboard(ctx)})
  })
  composer.on('callback_query:data').filter(isAction('articles'), async (ctx) => {
    const action = actionOf(ctx, 'articles')
    await acknowledge(ctx)
    if (!action || action.fresh) return showArticles(ctx, 0)
    // A new page replaces the list in place, as paged lists do on Telegram.
    const page = articlesPage(ctx, action.page)
    await ctx.editMessageText(page.text, {...HTML, reply_markup: page.keyboard}).catch(() => ctx.reply(page.text, {...HTML, reply_markup: page.keyboard}))
  })
  composer.on('callback_query:data').filter(isAction('article'), async (ctx) => {
    const action = actionOf(ctx, 'article')
    const article = findArticle(ctx.library, action?.article)
    // An article removed by a content reload.
    if (!article) return replyStale(ctx)
    await acknowledge(ctx)
    await focusArticle(ctx, deps, article)
  })
  return composer
}

/** Turns the conversation to one article; a question asked back about is answered from it. */
export async function focusArticle(ctx: BotContext, deps: BotDeps, article: LibraryArticle): Promise<void> {
  const session = sessionOf(ctx)
  const pending = session?.conversation.pendingQuestion
  if (session) {
    delete session.conversation.pendingQuestion
    session.conversation.article = article.id
  }
  if (pending) {
    await replyWithAnswer(ctx, deps, {
      text: pending,
      via: 'callback',
      lang: detectLanguage(pending) ?? uiLanguage(ctx),
      answer: (options) => answerInLibrary(ctx.library, pending, options)
    })
    return
  }
  const {url} = article.facts.article
  const date = articleDate(article.facts, uiLanguage(ctx)) ?? 'none'
  const link = url ? `\n${escapeHtml(url)}` : ''
  await ctx.reply(`${ctx.t('article-focus', {title: escapeHtml(articleTitle(article)), date})}${link}`, {...HTML, reply_markup: menuKeyboard(ctx)})
}

export async function showArticles(ctx: BotContext, page: number): Promise<void> {
  const shown = articlesPage(ctx, page)
  await ctx.reply(shown.text, {...HTML, reply_markup: shown.keyboard})
}

function articlesPage(ctx: BotContext, wanted: number): {text: string; keyboard: InlineKeyboard} {
  const all = ctx.library.articles
  const pages = Math.max(1, Math.ceil(all.length / ARTICLES_PER_PAGE))
  const page = Math.min(Math.max(0, wanted), pages - 1)
  const lang = uiLanguage(ctx)
  const keyboard = new InlineKeyboard()
  for (const article of all.slice(page * ARTICLES_PER_PAGE, (page + 1) * ARTICLES_PER_PAGE)) {
    keyboard.text(articleLabel(article, lang), encodeCallback({kind: 'article', article: article.id})).row()
  }
  if (page > 0) keyboard.text(ctx.t('articles-newer'), encodeCallback({kind: 'articles', page: page - 1}))
  if (page < pages - 1) keyboard.text(ctx.t('articles-older'), encodeCallback({kind: 'articles', page: page + 1}))
  const focused = findArticle(ctx.library, sessionOf(ctx)?.conversation.article)
  const lines = [ctx.t('articles-list', {count: all.length, page: page + 1, pages})]
  if (focused) lines.push(ctx.t('articles-focused', {title: escapeHtml(articleTitle(focused))}))
  return {text: lines.join('\n'), keyboard}
}
