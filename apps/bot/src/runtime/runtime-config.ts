/**
 * The service's settings, parsed once from an environment given as an argument (so tests and
 * `config.ts` pass what they like). Every variable is listed in docs/operations.md.
 */
import {createHash} from 'node:crypto'
import {parseUserIds} from '../config.js'
import type {Env} from '../config.js'
import {DEFAULT_IN_FLIGHT_FILE} from './in-flight-journal.js'
import {DEFAULT_UNANSWERED_FILE} from './unanswered-store.js'

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

export class RuntimeConfigError extends Error {
  override name = 'RuntimeConfigError'
  readonly code = 'E_RUNTIME_CONFIG'
}


export function readRuntimeConfig(env: Env): RuntimeConfig {
  const token = env.TELEGRAM_BOT_TOKEN?.trim()
  if (!token) throw new RuntimeConfigError('TELEGRAM_BOT_TOKEN is not set')
  if (!/^\d+:[\w-]+$/.test(token)) throw new RuntimeConfigError('TELEGRAM_BOT_TOKEN does not look like a bot token (<id>:<secret>)')
  const mode = env.BOT_MODE?.trim() || 'polling'
  if (mode !== 'polling' && mode !== 'webhook') {
    throw new RuntimeConfigError(`BOT_MODE must be "polling" or "webhook", not "${mode}"`)
  }
  const config: RuntimeConfig = {
    token,
    mode,
    metricsHost: env.METRICS_HOST?.trim() || '127.0.0.1',
    sessionTtlSeconds: integer(env, 'SESSION_TTL_SECONDS', 30 * 24 * 3600),
    dedupeTtlSeconds: integer(env, 'DEDUPE_TTL_SECONDS', 24 * 3600),
    unansweredFile: env.UNANSWERED_FILE?.trim() || DEFAULT_UNANSWERED_FILE,
    inFlightFile: env.IN_FLIGHT_FILE?.trim() || DEFAULT_IN_FLIGHT_FILE,
    inFlightLeaseMs: integer(env, 'IN_FLIGHT_LEASE_MS', 10_000),
    logLevel: env.LOG_LEVEL?.trim() || 'info',
    adminIds: readAdminIds(env),
    concurrency: integer(env, 'BOT_CONCURRENCY', 100),
    // Eight in ten seconds: a person typing on a phone never gets near; a script does at once.
    rateLimit: integer(env, 'RATE_LIMIT', 8),
    rateWindowMs: integer(env, 'RATE_LIMIT_WINDOW_MS', 10_000),
    shutdownTimeoutMs: integer(env, 'SHUTDOWN_TIMEOUT_MS', 10_000),
    instance: env.INSTANCE_NAME?.trim() || `${env.HOSTNAME ?? 'bot'}:${process.pid}`
  }
  const apiRoot = env.TELEGRAM_API_ROOT?.trim()
  if (apiRoot) config.apiRoot = apiRoot.replace(/\/+$/, '')
  const redisUrl = env.REDIS_URL?.trim()
  if (redisUrl) config.redisUrl = redisUrl
  if (env.METRICS_PORT?.trim()) config.metricsPort = integer(env, 'METRICS_PORT', 0)
  const metricsToken = env.METRICS_TOKEN?.trim()
  if (metricsToken) config.metricsToken = metricsToken
  if (mode === 'webhook') config.webhook = readWebhook(env, token)
  return config
}

function readAdminIds(env: Env): number[] {
  const value = env.ADMIN_IDS ?? env.BOT_ADMIN_IDS
  const {ids, invalid} = parseUserIds(value)
  if (invalid !== undefined) throw new RuntimeConfigError(`ADMIN_IDS: "${invalid}" is not a Telegram user id`)
  return ids
}

function readWebhook(env: Env, token: string): WebhookConfig {
  const url = env.WEBHOOK_URL?.trim()
  if (!url) throw new RuntimeConfigError('BOT_MODE=webhook needs WEBHOOK_URL (the public URL Telegram posts to)')
  let parsed: URL
  try {
    parsed = new URL(url)
  } catch {
    throw new RuntimeConfigError(`WEBHOOK_URL is not a URL: ${url}`)
  }
  const secret = env.WEBHOOK_SECRET?.trim() || deriveSecret(token)
  if (!/^[A-Za-z0-9_-]{1,256}$/.test(secret)) {
    throw new RuntimeConfigError('WEBHOOK_SECRET may only hold A-Z, a-z, 0-9, _ and - (1 to 256 characters)')
  }
  return {
    url,
    path: env.WEBHOOK_PATH?.trim() || parsed.pathname,
    host: env.HOST?.trim() || '0.0.0.0',
    port: integer(env, 'PORT', 8080),
    secret,
    register: env.WEBHOOK_REGISTER?.trim() !== 'false',
    maxConnections: integer(env, 'WEBHOOK_MAX_CONNECTIONS', 40),
    maxBodyBytes: integer(env, 'WEBHOOK_MAX_BODY_BYTES', 1024 * 1024),
    ackTimeoutMs: integer(env, 'WEBHOOK_ACK_TIMEOUT_MS', 8000)
  }
}

/** Instances sharing a token agree on this secret without another variable to keep in sync. */
function deriveSecret(token: string): string {
  return createHash('sha256').update(`telegram-webhook-secret:${token}`).digest('base64url')
}

function integer(env: Env, name: string, fallback: number): number {
  const raw = env[name]?.trim()
  if (!raw) return fallback
  if (!/^\d+$/.test(raw)) throw new RuntimeConfigError(`${name} must be a whole number, not "${raw}"`)
  return Number(raw)
}
