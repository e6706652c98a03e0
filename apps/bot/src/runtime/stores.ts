/**
 * Where the service keeps state: in Redis when REDIS_URL is set (shared by every instance), else
 * in memory and local files. Each store survives Redis going away (see resilient-storage.ts).
 */
import {RedisAdapter} from '@grammyjs/storage-redis'
import {MemorySessionStorage, type StorageAdapter} from 'grammy'
import type {Redis} from 'ioredis'
import type {SessionData} from '../bot/deps.js'
import {openFollowingStores, type FollowingStores} from '../following/following.js'
import {FileInFlightJournal, RedisInFlightJournal, type InFlightJournal} from './in-flight-journal.js'
import type {Logger} from './logger.js'
import {ResilientRateCounter} from './rate-counter.js'
import {closeRedis, connectRedis, waitForRedis} from './redis.js'
import {ResilientStorage} from './resilient-storage.js'
import type {RuntimeConfig} from './runtime-config.js'
import {FileUnansweredStore, RedisUnansweredStore, type UnansweredStore} from './unanswered-store.js'
import {MemoryDeduplicator, RedisDeduplicator, type UpdateDeduplicator} from './update-dedupe.js'

export interface Stores extends FollowingStores {
  redis: Redis | undefined
  sessions: StorageAdapter<SessionData>
  dedupe: UpdateDeduplicator
  unanswered: UnansweredStore
  journal: InFlightJournal
  /** The per-person rate limit's counter, shared through Redis; in memory (the limiter's own) without. */
  rateCounter: ResilientRateCounter | undefined
  close(): Promise<void>
}

export class StoreError extends Error {
  override name = 'StoreError'
}

/** `storeError(kind)` counts and logs a failed store call without failing the update. */
export async function openStores(config: RuntimeConfig, logger: Logger, storeError: (kind: string) => (error: unknown) => void): Promise<Stores> {
  let redis: Redis | undefined
  if (config.redisUrl) {
    redis = connectRedis(config.redisUrl, logger, storeError('redis'))
    if (!(await waitForRedis(redis, 3000))) logger.warn('Starting without Redis; it will be used once it answers')
  }
  let journal: InFlightJournal
  try {
    journal = redis
      ? new RedisInFlightJournal(redis, config.instance, {leaseMs: config.inFlightLeaseMs, onError: storeError('in_flight_journal')})
      : await FileInFlightJournal.open(config.inFlightFile)
  } catch (error) {
    if (redis) await closeRedis(redis)
    throw new StoreError(`the in-flight journal ${config.inFlightFile} cannot be written: check IN_FLIGHT_FILE`, {cause: error})
  }
  let following: FollowingStores
  try {
    following = await openFollowingStores(config.following, redis)
  } catch (error) {
    await journal.close()
    if (redis) await closeRedis(redis)
    throw new StoreError(`the followers file ${config.following.followersFile} cannot be written: check FOLLOWERS_FILE`, {cause: error})
  }
  const dedupe: UpdateDeduplicator = redis ? new RedisDeduplicator(redis, config.dedupeTtlSeconds, storeError('dedupe_store')) : new MemoryDeduplicator()
  // Without Redis the de-duplication lives in memory: what the last process finished is claimed
  // again, so a copy Telegram re-sends after a crash is not answered twice.
  for (const updateId of journal.recentlyEnded()) await dedupe.claim(updateId)
  return {
    redis,
    ...following,
    // In memory, sessions also expire, so a long-running instance does not grow without bound.
    sessions: redis
      ? new ResilientStorage<SessionData>(new RedisAdapter<SessionData>({instance: redis, ttl: config.sessionTtlSeconds}), storeError('session_store'))
      : new MemorySessionStorage<SessionData>(config.sessionTtlSeconds * 1000),
    dedupe,
    unanswered: redis ? new RedisUnansweredStore(redis) : new FileUnansweredStore(config.unansweredFile),
    journal,
    rateCounter: redis ? new ResilientRateCounter(redis, storeError('rate_store')) : undefined,
    async close() {
      await journal.close()
      if (redis) await closeRedis(redis)
    }
  }
}
