/**
 * The bot: the same for Telegram, the local chat, `ask`, tests and benchmarks. Only where
 * updates come from and where API calls go differ, and that is decided outside.
 */
import {sequentialize} from '@grammyjs/runner'
import {Bot, session} from 'grammy'
import type {BotError} from 'grammy'
import type {Lang} from '../core/types.js'
import type {BotContext} from './context.js'
import {conversationKey, languageFromCode, uiLanguage} from './context.js'
import type {BotDeps, SessionData} from './deps.js'
import {articles} from './features/articles.js'
import {acknowledge} from './features/callbacks.js'
import {follow} from './features/follow.js'
import {help} from './features/help.js'
import {inline} from './features/inline.js'
import {inputLimits} from './features/input-limits.js'
import {language} from './features/language.js'
import {menu} from './features/menu.js'
import {pictures} from './features/pictures.js'
import {questions} from './features/questions.js'
import {rateLimit} from './features/rate-limit.js'
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

  const replyToError = async (error: BotError<BotContext>) => {
    const {ctx} = error
    try {
      if (ctx.callbackQuery) await acknowledge(ctx)
      if (ctx.chat) await ctx.reply(i18n.t(languageForError(ctx), 'error-friendly'))
    } catch {
      // The friendly reply failed too (Telegram down?): the error is still reported below.
    }
    deps.onError?.(error.error)
  }
  // bot.catch only covers polling with bot.start(); the boundary also covers handleUpdate
  // (webhooks, the local chat, `ask`), so every path gets the friendly reply.
  bot.catch(replyToError)
  const guarded = bot.errorBoundary(replyToError)

  // Before anything waits its turn: one flooding person must not fill the runner's slots.
  if (deps.rateLimit) guarded.use(rateLimit(deps.rateLimit))
  // Updates of one chat run one after another even under a concurrent runner: they share a session.
  guarded.use(sequentialize(conversationKey))
  guarded.use(
    session<SessionData, BotContext>({
      initial: () => ({conversation: {}}),
      getSessionKey: conversationKey,
      ...(deps.sessionStorage ? {storage: deps.sessionStorage} : {})
    })
  )
  guarded.use(i18n)
  guarded.use((ctx, next) => {
    ctx.library = deps.library()
    return next()
  })

  guarded.use(inputLimits())
  guarded.use(menu(deps))
  for (const topic of MENU_TOPICS) guarded.use(topicCommand(topic, deps))
  guarded.use(articles(deps))
  guarded.use(follow(deps))
  guarded.use(pictures(deps))
  guarded.use(language())
  guarded.use(help())
  guarded.use(reload(deps))
  guarded.use(intentButtons(deps))
  guarded.use(sourceButton())
  guarded.use(staleButtons())
  guarded.use(inline(deps))
  guarded.use(questions(deps))

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
