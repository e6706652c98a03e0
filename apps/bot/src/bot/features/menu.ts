/** /start: a short welcome and the topic menu; `/start <topic>` deep links answer directly. */
import {Composer} from 'grammy'
import {isIntent} from '../callback-data.js'
import type {BotContext} from '../context.js'
import {uiLanguage} from '../context.js'
import type {BotDeps} from '../deps.js'
import {menuKeyboard} from '../keyboard.js'
import {escapeHtml} from '../../format/html.js'
import {HTML} from '../answer-reply.js'
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

export async function showWelcome(ctx: BotContext): Promise<void> {
  const {title, published} = ctx.facts.article
  const date = published ? formatDate(published, uiLanguage(ctx)) : undefined
  const about = title
    ? ctx.t('welcome-article', {title: escapeHtml(title), date: date ?? 'none'})
    : ctx.t('welcome-untitled', {date: date ?? 'none'})
  const name = ctx.from?.first_name.trim()
  const hello = name ? ctx.t('welcome', {name: escapeHtml(name)}) : ctx.t('welcome-anonymous')
  await ctx.reply(`${hello}\n${about}\n\n${ctx.t('welcome-ask')}`, {
    ...HTML,
    reply_markup: menuKeyboard(ctx)
  })
}

/** "25 May 2023" / "25 de mayo de 2023"; the ISO text itself when it is only a year or month. */
export function formatDate(iso: string, lang: string): string {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(iso)) return iso
  const date = new Date(`${iso}T12:00:00Z`)
  if (Number.isNaN(date.getTime())) return iso
  return new Intl.DateTimeFormat(lang === 'es' ? 'es-ES' : 'en-GB', {dateStyle: 'long', timeZone: 'UTC'}).format(date)
}
