/**
 * Telegram's published message limits, enforced with token buckets: about 30 messages per
 * second overall and about 1 per second in one chat, with short bursts allowed. A send over
 * the limit gets 429 with the number of seconds until a token is free.
 */
export interface BucketLimit {
  /** Tokens added per second. */
  perSecond: number
  /** Largest burst. */
  burst: number
}

export interface RateLimits {
  overall: BucketLimit
  perChat: BucketLimit
}

export const telegramRateLimits: RateLimits = {
  overall: {perSecond: 30, burst: 30},
  perChat: {perSecond: 1, burst: 3}
}

class TokenBucket {
  #tokens: number
  #updatedAt: number

  constructor(
    readonly limit: BucketLimit,
    now: number
  ) {
    this.#tokens = limit.burst
    this.#updatedAt = now
  }

  /** Seconds until a token is available (0 when one is available now). */
  wait(now: number): number {
    this.#refill(now)
    return this.#tokens >= 1 ? 0 : (1 - this.#tokens) / this.limit.perSecond
  }

  take(now: number): void {
    this.#refill(now)
    this.#tokens -= 1
  }

  #refill(now: number): void {
    const elapsed = (now - this.#updatedAt) / 1000
    this.#tokens = Math.min(this.limit.burst, this.#tokens + elapsed * this.limit.perSecond)
    this.#updatedAt = now
  }
}

export class RateLimiter {
  readonly #overall: TokenBucket
  readonly #chats = new Map<string, TokenBucket>()

  constructor(
    readonly limits: RateLimits,
    readonly clock: () => number = Date.now
  ) {
    this.#overall = new TokenBucket(limits.overall, clock())
  }

  /** Takes a token for a message to `chatId`, or returns the seconds to wait (Telegram rounds up, at least 1). */
  admit(chatId: string): {ok: true} | {ok: false; retryAfter: number} {
    const now = this.clock()
    let chat = this.#chats.get(chatId)
    if (!chat) {
      chat = new TokenBucket(this.limits.perChat, now)
      this.#chats.set(chatId, chat)
    }
    const wait = Math.max(this.#overall.wait(now), chat.wait(now))
    if (wait > 0) return {ok: false, retryAfter: Math.max(1, Math.ceil(wait))}
    this.#overall.take(now)
    chat.take(now)
    return {ok: true}
  }
}
