/**
 * The context every handler sees: grammY's Context with the session, i18n and the articles the
 * update is answered from (read once per update, so a reload never changes them mid-update).
 */
import type {I18nFlavor} from '@grammyjs/i18n'
import type {Context, SessionFlavor} from 'grammy'
import type {Library} from '../core/library.js'
import type {Lang} from '../core/types.js'
import type {SessionData} from './deps.js'

export interface LibraryFlavor {
  library: Library
}

export type BotContext = Context & SessionFlavor<SessionData> & I18nFlavor & LibraryFlavor

/**
 * One key for the session and for `sequentialize`: the chat, or the user when the update has
 * no chat (inline queries, buttons under shared inline messages). A user's private chat id
 * equals their user id, so inline mode follows the language chosen in the private chat.
 */
export function conversationKey(ctx: Context): string | undefined {
  return (ctx.chat?.id ?? ctx.from?.id)?.toString()
}

export function languageFromCode(code: string | undefined): Lang {
  return code?.toLowerCase().startsWith('es') ? 'es' : 'en'
}

/** The interface language: chosen with /language, else the user's Telegram language. */
export function uiLanguage(ctx: Context & SessionFlavor<SessionData>): Lang {
  return sessionOf(ctx)?.lang ?? languageFromCode(ctx.from?.language_code)
}

/** The session, or undefined for updates that have none (no chat and no user). */
export function sessionOf(ctx: Context & SessionFlavor<SessionData>): SessionData | undefined {
  return conversationKey(ctx) === undefined ? undefined : ctx.session
}
