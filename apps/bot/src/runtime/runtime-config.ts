/**
 * The service's settings, as config.ts parses them from the environment (one schema for every
 * variable, listed in docs/operations.md).
 */
import {loadConfig, requireRuntime, type Env} from '../config.js'
import type {FollowingConfig} from '../following/following.js'

export type BotMode = 'polling' | 'webhook'

export interface WebhookConfig {
  /** Public URL Telegram posts to (given to setWebhook). */
  url: string
  /** Path this server answers on; the URL's path unless WEBHOOK_PATH says otherwise (a proxy rewrites it). */
  path: string
  host: string
  port: number
  /** Sent by Telegram in X-Telegram-Bot-Api-Secret-Token on every request. */
  secret: string
  /** Call setWebhook at start (all instances may; it is idempotent). */
  register: boolean
  maxConnections: number
  maxBodyBytes: number
  /** Answer Telegram within this time even if the update is still being handled. */
  ackTimeoutMs: number
}

export interface RuntimeConfig {
  token: string
  apiRoot?: string
  mode: BotMode
  webhook?: WebhookConfig
  /** Port of /metrics and the detailed /healthz, in both modes (webhook mode's PORT serves only a bare /healthz). */
  metricsPort?: number
  metricsHost: string
  /** Bearer token /metrics asks for, when set. */
  metricsToken?: string
  redisUrl?: string
  sessionTtlSeconds: number
  dedupeTtlSeconds: number
  /** Where declined questions go when Redis is not configured. */
  unansweredFile: string
  /** Followers, announced articles and the broadcast journal, when Redis is not configured; the broadcast rate. */
  following: FollowingConfig
  /** The journal of updates in flight (answered after a crash or a cut-off shutdown), without Redis. */
  inFlightFile: string
  /** With Redis: an instance silent this long is dead, and its updates in flight are adopted. */
  inFlightLeaseMs: number
  logLevel: string
  adminIds: number[]
  /**
   * Most updates handled at once (runner sink concurrency). 100, not the runner's 500: the
   * answering is CPU-bound, and with 500 interleaved updates the slowest wait 4x longer (p99)
   * for no more throughput (scripts/load.ts).
   */
  concurrency: number
  /** Updates one person may send per `rateWindowMs` (0: no limit). */
  rateLimit: number
  rateWindowMs: number
  shutdownTimeoutMs: number
  instance: string
}

/** The service's settings from an environment given as an argument (tests and scripts pass what they like); the schema is config.ts's. */
export function readRuntimeConfig(env: Env): RuntimeConfig {
  return requireRuntime(loadConfig(env))
}
