/**
 * The bot: the same for Telegram, the local chat, `ask`, tests and benchmarks. Only where
 * updates come from and where API calls go differ, and that is decided outside.
 */
import {sequentialize} from '@grammyjs/runner'
import {Bot, session} from 'grammy'
import type {Lang} from '../core/types.js'
import type {BotContext} from './context.js'
import {conversationKey, languageFromCode, uiLanguage} from './context.js'
import type {BotDeps, SessionData} from './deps.js'
import {help} from './features/help.js'
import {inline} from './features/inline.js'
import {language} from './features/language.js'
import {menu} from './features/menu.js'
import {questions} from './features/questions.js'
import {reload} from './features/reload.js'
import {sourceButton} from './features/source-button.js'
import {staleButtons} from './features/stale-buttons.js'
import {intentButtons, topicCommand} from './features/topics.js'
import {getI18n} from './i18n.js'
import {MENU_TOPICS} from './keyboard.js'

export function createBot(token: string, deps: BotDeps): Bot<BotContext> {
  const bot = new Bot<BotContext>(token, {
    ...(deps.botInfo ? {botInfo: deps.botInfo} : {}),
    ...(deps.apiRoot ? {client: {apiRoot: deps.apiRoot}} : {})
  })
  const i18n = getI18n()

  // Updates of one chat run one after another even under a concurrent runner: they share a session.
  bot.use(sequentialize(conversationKey))
  bot.use(
    session<SessionData, BotContext>({
      initial: () => ({conversation: {}}),
      getSessionKey: conversationKey,
      ...(deps.sessionStorage ? {storage: deps.sessionStorage} : {})
    })
  )
  bot.use(i18n)
  bot.use((ctx, next) => {
    ctx.facts = deps.facts()
    return next()
  })

  bot.use(menu(deps))
  for (const topic of MENU_TOPICS) bot.use(topicCommand(topic, deps))
  bot.use(language())
  bot.use(help())
  bot.use(reload(deps))
  bot.use(intentButtons(deps))
  bot.use(sourceButton())
  bot.use(staleButtons())
  bot.use(inline(deps))
  bot.use(questions(deps))

  bot.catch(async (error) => {
    const {ctx} = error
    try {
      if (ctx.callbackQuery) await ctx.answerCallbackQuery()
      if (ctx.chat) await ctx.reply(i18n.t(languageForError(ctx), 'error-friendly'))
    } catch {
      // The friendly reply failed too (Telegram down?): the error is still reported below.
    }
    deps.onError?.(error.error)
  })

  return bot
}

/** The session itself may be what failed: fall back to the Telegram language. */
function languageForError(ctx: BotContext): Lang {
  try {
    return uiLanguage(ctx)
  } catch {
    return languageFromCode(ctx.from?.language_code)
  }
}
