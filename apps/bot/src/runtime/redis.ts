/**
 * One ioredis connection set up for a bot that must keep answering without Redis: commands
 * fail fast while disconnected (no offline queue, a command timeout) and it reconnects forever.
 */
import {Redis} from 'ioredis'
import type {Logger} from './logger.js'

export function connectRedis(url: string, logger: Logger, onError: (error: unknown) => void): Redis {
  const redis = new Redis(url, {
    enableOfflineQueue: false,
    maxRetriesPerRequest: 1,
    connectTimeout: 2000,
    commandTimeout: 1000,
    retryStrategy: (times) => Math.min(100 * times, 2000),
    lazyConnect: false
  })
  let down = false
  redis.on('ready', () => {
    if (down) logger.info('Redis is back')
    down = false
  })
  redis.on('error', (error) => {
    onError(error)
    // Log the first error of an outage, not one per reconnect attempt.
    if (!down) logger.warn({err: error}, 'Redis is unreachable; sessions fall back to memory until it is back')
    down = true
  })
  return redis
}

/** Waits for the first connection, up to `timeoutMs`; the bot starts anyway if Redis is late. */
export async function waitForRedis(redis: Redis, timeoutMs: number): Promise<boolean> {
  if (redis.status === 'ready') return true
  return new Promise((resolve) => {
    const timer = setTimeout(() => {
      redis.off('ready', onReady)
      resolve(false)
    }, timeoutMs)
    const onReady = (): void => {
      clearTimeout(timer)
      resolve(true)
    }
    redis.once('ready', onReady)
  })
}

export async function closeRedis(redis: Redis): Promise<void> {
  try {
    if (redis.status === 'ready') await redis.quit()
    else redis.disconnect()
  } catch {
    redis.disconnect()
  }
}
