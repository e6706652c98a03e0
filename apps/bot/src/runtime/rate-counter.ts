/**
 * The rate limiter's counts in Redis, shared by every instance; while Redis does not answer, in
 * this process's memory, so a Redis outage neither stops the limit nor fails anyone's message.
 */
import type {Redis} from 'ioredis'
import type {RateCounter} from '../bot/features/rate-limit.js'

export class ResilientRateCounter implements RateCounter {
  readonly #local = new Map<string, {count: number; until: number}>()

  constructor(
    private readonly redis: Redis,
    private readonly onError: (error: unknown) => void,
    private readonly clock: () => number = Date.now
  ) {}

  async incr(key: string): Promise<number> {
    try {
      return await this.redis.incr(key)
    } catch (error) {
      this.onError(error)
      return this.#localIncr(key)
    }
  }

  async pexpire(key: string, milliseconds: number): Promise<number> {
    const local = this.#local.get(key)
    if (local) local.until = this.clock() + milliseconds
    try {
      return await this.redis.pexpire(key, milliseconds)
    } catch (error) {
      this.onError(error)
      return 1
    }
  }

  #localIncr(key: string): number {
    const now = this.clock()
    if (this.#local.size > 10_000) for (const [known, entry] of this.#local) if (entry.until <= now) this.#local.delete(known)
    const entry = this.#local.get(key)
    if (!entry || entry.until <= now) {
      this.#local.set(key, {count: 1, until: Number.POSITIVE_INFINITY})
      return 1
    }
    entry.count++
    return entry.count
  }
}
