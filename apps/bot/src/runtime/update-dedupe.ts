/**
 * Telegram re-sends an update it thinks was not handled (a slow webhook answer, a restart
 * before the offset was confirmed). Each update id is claimed once; a second claim is refused.
 * With Redis the claim is shared by every instance (SET NX with a time-to-live); without it,
 * or while Redis is down, a bounded in-memory set does the job for this process.
 */
import type {Redis} from 'ioredis'

export interface UpdateDeduplicator {
  /** true: handle the update; false: it was seen before. */
  claim(updateId: number): Promise<boolean>
  /** Forget a claim whose handling failed, so Telegram's next delivery is handled. */
  release(updateId: number): Promise<void>
}

export class MemoryDeduplicator implements UpdateDeduplicator {
  readonly #seen = new Set<number>()

  constructor(readonly capacity = 100_000) {}

  async claim(updateId: number): Promise<boolean> {
    return this.claimNow(updateId)
  }

  claimNow(updateId: number): boolean {
    if (this.#seen.has(updateId)) return false
    this.#seen.add(updateId)
    if (this.#seen.size > this.capacity) {
      // Sets iterate in insertion order: the oldest claim goes first.
      const oldest = this.#seen.values().next().value
      if (oldest !== undefined) this.#seen.delete(oldest)
    }
    return true
  }

  async release(updateId: number): Promise<void> {
    this.#seen.delete(updateId)
  }
}

export class RedisDeduplicator implements UpdateDeduplicator {
  readonly #local = new MemoryDeduplicator()

  constructor(
    readonly redis: Redis,
    readonly ttlSeconds: number,
    readonly onError: (error: unknown) => void,
    readonly prefix = 'bot:update:'
  ) {}

  async claim(updateId: number): Promise<boolean> {
    // The local set also catches re-deliveries to this instance while Redis is down.
    if (!this.#local.claimNow(updateId)) return false
    try {
      const set = await this.redis.set(this.prefix + updateId, '1', 'EX', this.ttlSeconds, 'NX')
      return set === 'OK'
    } catch (error) {
      this.onError(error)
      return true
    }
  }

  async release(updateId: number): Promise<void> {
    await this.#local.release(updateId)
    try {
      await this.redis.del(this.prefix + updateId)
    } catch (error) {
      this.onError(error)
    }
  }
}
