/**
 * Each person may send so many updates in a window; beyond that they are told once to slow
 * down and the rest of the window's updates are dropped before anything else runs. One flooding
 * chat then cannot fill the runner's slots with updates waiting their turn in `sequentialize`,
 * and everyone else is still answered. `@grammyjs/ratelimiter`, counting in Redis when the
 * service has it, so all instances count together.
 */
import {limit} from '@grammyjs/ratelimiter'
import type {Composer} from 'grammy'
import type {BotContext} from '../context.js'
import {languageFromCode} from '../context.js'
import {getI18n} from '../i18n.js'

/** What the counts need of a store: Redis's INCR and PEXPIRE (ioredis has them). */
export interface RateCounter {
  incr(key: string): Promise<number>
  pexpire(key: string, milliseconds: number): Promise<number>
}

export interface RateLimitOptions {
  /** Updates one person may send per window. */
  limit: number
  windowMs: number
  /** Where the counts are kept: Redis (shared by instances), else this process's memory. */
  counter?: RateCounter
}

export function rateLimit(options: RateLimitOptions): Parameters<Composer<BotContext>['use']>[0] {
  const i18n = getI18n()
  return limit<BotContext, RateCounter>({
    limit: options.limit,
    timeFrame: options.windowMs,
    storageClient: options.counter ?? 'MEMORY_STORE',
    keyPrefix: 'bot:rate:',
    // Inline queries come on every keystroke, already paced by Telegram: they are not counted.
    keyGenerator: (ctx) => (ctx.inlineQuery ? undefined : ctx.from?.id.toString()),
    // Once per window: a polite word where a reply can go.
    onLimitExceeded: (ctx) => {
      if (ctx.chat?.type === 'private') void ctx.reply(i18n.t(languageFromCode(ctx.from?.language_code), 'rate-limited')).catch(() => {})
      else if (ctx.callbackQuery) void ctx.answerCallbackQuery().catch(() => {})
    }
  })
}
