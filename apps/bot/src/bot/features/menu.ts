/** /start: a short welcome and the topic menu; `/start <topic>` deep links answer directly. */
import {Composer} from 'grammy'
import {articleDate} from '../../core/dates.js'
import {escapeHtml, HTML} from '../../format/html.js'
import {isIntent} from '../callback-data.js'
import type {BotContext} from '../context.js'
import {uiLanguage} from '../context.js'
import type {BotDeps} from '../deps.js'
import {menuKeyboard} from '../keyboard.js'
import {showHelp} from './help.js'
import {showLanguagePicker} from './language.js'
import {answerIntent} from './topics.js'

export function menu(deps: BotDeps): Composer<BotContext> {
  const composer = new Composer<BotContext>()
  composer.command('start', async (ctx) => {
    const payload = ctx.match.trim().toLowerCase()
    if (payload === 'language') return showLanguagePicker(ctx)
    if (payload === 'help') return showHelp(ctx)
    if (isIntent(payload)) return answerIntent(ctx, deps, payload, 'command')
    await showWelcome(ctx)
  })
  return composer
}

/** Telegram's longest first name. */
const MAX_NAME = 64

export async function showWelcome(ctx: BotContext): Promise<void> {
  const {title} = ctx.facts.article
  const date = articleDate(ctx.facts, uiLanguage(ctx)) ?? 'none'
  const about = title ? ctx.t('welcome-article', {title: escapeHtml(title), date}) : ctx.t('welcome-untitled', {date})
  // A forged update may carry no first name, or one longer than Telegram's 64 characters.
  const name = ctx.from?.first_name?.trim().slice(0, MAX_NAME)
  const hello = name ? ctx.t('welcome', {name: escapeHtml(name)}) : ctx.t('welcome-anonymous')
  const intro = [hello, about].filter((line) => line.trim().length > 0).join('\n')
  await ctx.reply(`${intro}\n\n${ctx.t('welcome-ask')}`, {
    ...HTML,
    reply_markup: menuKeyboard(ctx)
  })
}
