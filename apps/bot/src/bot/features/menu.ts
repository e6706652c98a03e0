/** /start: a short welcome and the topic menu; `/start <topic>` deep links answer directly. */
import {Composer, InlineKeyboard} from 'grammy'
import {articleDate} from '../../core/dates.js'
import {escapeHtml, HTML} from '../../format/html.js'
import {isIntent} from '../callback-data.js'
import type {BotContext} from '../context.js'
import {uiLanguage} from '../context.js'
import type {BotDeps} from '../deps.js'
import {menuKeyboard} from '../keyboard.js'
import {showHelp} from './help.js'
import {articleTitle} from '../../core/across.js'
import {findArticle} from '../../core/library.js'
import {focusArticle} from './articles.js'
import {followButton} from './follow.js'
import {showLanguagePicker} from './language.js'
import {answerIntent} from './topics.js'

export function menu(deps: BotDeps): Composer<BotContext> {
  const composer = new Composer<BotContext>()
  composer.command('start', async (ctx) => {
    const payload = ctx.match.trim().toLowerCase()
    if (payload === 'language') return showLanguagePicker(ctx)
    if (payload === 'help') return showHelp(ctx)
    if (isIntent(payload)) return answerIntent(ctx, deps, payload, 'command')
    // "?start=a_<id>": a link to one article.
    if (payload.startsWith('a_')) {
      const article = findArticle(ctx.library, payload.slice(2))
      if (article) return focusArticle(ctx, deps, article)
    }
    await showWelcome(ctx, deps)
  })
  return composer
}

/** Telegram's longest first name. */
const MAX_NAME = 64

export async function showWelcome(ctx: BotContext, deps: BotDeps): Promise<void> {
  const {articles} = ctx.library
  const newest = articles[0]!.facts
  const {title} = newest.article
  const date = articleDate(newest, uiLanguage(ctx)) ?? 'none'
  const about =
    articles.length > 1
      ? ctx.t('welcome-library', {count: articles.length, title: escapeHtml(articleTitle(articles[0]!)), date})
      : title
        ? ctx.t('welcome-article', {title: escapeHtml(title), date})
        : ctx.t('welcome-untitled', {date})
  // A forged update may carry no first name, or one longer than Telegram's 64 characters.
  const name = ctx.from?.first_name?.trim().slice(0, MAX_NAME)
  const hello = name ? ctx.t('welcome', {name: escapeHtml(name)}) : ctx.t('welcome-anonymous')
  const intro = [hello, about].filter((line) => line.trim().length > 0).join('\n')
  await ctx.reply(`${intro}\n\n${ctx.t('welcome-ask')}`, {
    ...HTML,
    reply_markup: withFollow(menuKeyboard(ctx), followButton(ctx, deps))
  })
}

function withFollow(menu: InlineKeyboard, follow: InlineKeyboard | undefined): InlineKeyboard {
  return follow ? InlineKeyboard.from([...menu.inline_keyboard, ...follow.inline_keyboard]) : menu
}
