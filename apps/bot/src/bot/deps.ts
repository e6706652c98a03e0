/**
 * What `createBot(token, deps)` needs from the outside. The runtime (polling, webhooks,
 * Redis, metrics) and the local chat fill these in; tests give fakes.
 */
import type {StorageAdapter} from 'grammy'
import type {UserFromGetMe} from 'grammy/types'
import type {Library} from '../core/library.js'
import type {FollowerStore} from '../following/follower-store.js'
import type {Pictures} from '../pictures/pictures.js'
import type {ConversationContext, Intent, Lang} from '../core/types.js'
import type {PhrasedAnswer} from '../format/phrase.js'
import type {RateLimitOptions} from './features/rate-limit.js'

export interface SessionData {
  /** Language chosen with /language; absent: follow the user's Telegram language_code. */
  lang?: Lang
  conversation: ConversationContext
}

/** Reported once per answered question, for metrics and the unanswered-questions log. */
export interface AnswerEvent {
  question: string
  lang: Lang
  intent: Intent
  status: 'answered' | 'declined' | 'clarify'
  confidence: number
  /** Where the question came from. */
  via: 'message' | 'command' | 'callback' | 'inline'
  latencyMs: number
  /** The whole answer (citations, facts used), for `ask --json` and debugging. */
  answer: PhrasedAnswer
}

export interface ReloadResult {
  ok: boolean
  message: string
}

export interface BotDeps {
  /** The articles to answer from; a getter so a content reload is seen by the next update. */
  library: () => Library
  /** Given in tests and the local chat so no getMe call is made. */
  botInfo?: UserFromGetMe
  /** grammY `client.apiRoot` (a local Bot API server in tests). */
  apiRoot?: string
  /** Session storage; in memory when absent. */
  sessionStorage?: StorageAdapter<SessionData>
  /** Telegram user ids allowed to run /reload. */
  adminIds?: readonly number[]
  /** Called by /reload from an admin. */
  reload?: () => Promise<ReloadResult>
  onAnswer?: (event: AnswerEvent) => void
  /** Errors caught by bot.catch, after the user got a friendly reply. */
  onError?: (error: unknown) => void
  /** The date answers are told relative to; defaults to now. */
  now?: () => Date
  /** Who follows the campaign (/follow); absent: following is not offered. */
  followers?: FollowerStore
  /** Maps and timelines to send (/map, "📍 Where", /timeline), and venues; absent: text only. */
  pictures?: Pictures
  /** Updates one person may send per window; no limit when absent (the local chat). */
  rateLimit?: RateLimitOptions
}
