/**
 * /language and its buttons. The choice is kept in the session and wins over the Telegram
 * language_code; questions are still answered in the language they are asked in.
 */
import {Composer, InlineKeyboard} from 'grammy'
import type {Lang} from '../../core/types.js'
import {HTML} from '../../format/html.js'
import {encodeCallback} from '../callback-data.js'
import type {BotContext} from '../context.js'
import {sessionOf} from '../context.js'
import {LANGUAGES} from '../i18n.js'
import {menuKeyboard} from '../keyboard.js'
import {acknowledge, actionOf, ignoreHarmless, isAction} from './callbacks.js'

export function language(): Composer<BotContext> {
  const composer = new Composer<BotContext>()

  composer.command('language', async (ctx) => {
    const wanted = ctx.match.trim().toLowerCase().slice(0, 2)
    if (!(LANGUAGES as readonly string[]).includes(wanted)) return showLanguagePicker(ctx)
    setLanguage(ctx, wanted as Lang)
    await ctx.reply(ctx.t('language-set'), {...HTML, reply_markup: menuKeyboard(ctx)})
  })

  composer.on('callback_query:data').filter(isAction('language-menu'), async (ctx) => {
    await acknowledge(ctx)
    await showLanguagePicker(ctx)
  })

  composer.on('callback_query:data').filter(isAction('language'), async (ctx) => {
    const action = actionOf(ctx, 'language')
    if (!action) return
    setLanguage(ctx, action.lang)
    await acknowledge(ctx, ctx.t('language-set'))
    // The picker turns into the menu, in the new language.
    await ignoreHarmless(ctx.editMessageText(ctx.t('language-set'), {...HTML, reply_markup: menuKeyboard(ctx)}))
  })

  return composer
}

export async function showLanguagePicker(ctx: BotContext): Promise<void> {
  const keyboard = new InlineKeyboard()
  for (const lang of LANGUAGES) keyboard.text(ctx.t(`language-name-${lang}`), encodeCallback({kind: 'language', lang}))
  await ctx.reply(ctx.t('language-choose'), {...HTML, reply_markup: keyboard})
}

function setLanguage(ctx: BotContext, lang: Lang): void {
  const session = sessionOf(ctx)
  if (session) session.lang = lang
  ctx.i18n.useLocale(lang)
}
