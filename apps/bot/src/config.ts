/**
 * The one place that reads the environment: one zod schema for every variable the bot, its
 * runtime and its scripts use (listed in docs/operations.md), parsed once; everything else gets
 * the values passed in. A bad value is a ConfigError naming the variable (exit code 2).
 */
import {createHash} from 'node:crypto'
import {z} from 'zod'
import {DEFAULT_ANNOUNCED_FILE} from './following/announced-store.js'
import {DEFAULT_BROADCAST_FILE, DEFAULT_BROADCAST_RATE} from './following/broadcaster.js'
import {DEFAULT_FOLLOWERS_FILE} from './following/follower-store.js'
import type {FollowingConfig} from './following/following.js'
import {DEFAULT_IN_FLIGHT_FILE} from './runtime/in-flight-journal.js'
import type {RuntimeConfig, WebhookConfig} from './runtime/runtime-config.js'
import {DEFAULT_UNANSWERED_FILE} from './runtime/unanswered-store.js'

export class ConfigError extends Error {
  override name = 'ConfigError'
  readonly code = 'E_CONFIG'
}

export type Env = Readonly<Record<string, string | undefined>>

export interface Config {
  token?: string
  apiRoot?: string
  adminIds: number[]
  bundlePath?: string
  /** Colours in the terminal chat when the output is a terminal; FORCE_COLOR forces them. */
  color: 'auto' | 'always' | 'never'
  /** The terminal's locale (LC_ALL, LC_MESSAGES, LANG), for the local chat's language. */
  locale?: string
  /** Where declined questions are kept without Redis, and Redis (both read by `pnpm unanswered` too). */
  unansweredFile: string
  following: FollowingConfig
  redisUrl?: string
  /** The service's settings; present when TELEGRAM_BOT_TOKEN is set. */
  runtime?: RuntimeConfig
}

// ---- the variables --------------------------------------------------------------------

/** A variable's value with spaces trimmed; empty counts as unset. */
const text = z
  .string()
  .optional()
  .transform((value) => value?.trim() || undefined)

/** A whole number, or undefined when unset. */
function optionalWholeNumber(name: string) {
  return text
    .refine((value) => value === undefined || /^\d+$/.test(value), {error: (issue) => `${name} must be a whole number, not "${String(issue.input).trim()}"`})
    .transform((value) => (value === undefined ? undefined : Number(value)))
}

function wholeNumber(name: string, fallback: number) {
  return optionalWholeNumber(name).transform((value) => value ?? fallback)
}

/** Telegram user ids separated by commas or spaces. */
function userIds(name: string) {
  return text.transform((value, context) => {
    const parts = (value ?? '').split(/[\s,]+/).filter(Boolean)
    const invalid = parts.find((part) => !/^\d+$/.test(part))
    if (invalid !== undefined) {
      context.addIssue({code: 'custom', message: `${name}: "${invalid}" is not a Telegram user id (ids are separated by commas or spaces)`})
      return z.NEVER
    }
    return parts.map(Number)
  })
}

const environment = z.object({
  TELEGRAM_BOT_TOKEN: text.refine((value) => value === undefined || /^\d+:[\w-]+$/.test(value), {error: 'TELEGRAM_BOT_TOKEN does not look like a bot token (<id>:<secret>)'}),
  TELEGRAM_API_ROOT: text.transform((value) => value?.replace(/\/+$/, '')),
  ADMIN_IDS: userIds('ADMIN_IDS'),
  BOT_ADMIN_IDS: userIds('ADMIN_IDS'),
  FACTS_BUNDLE: text,
  NO_COLOR: text,
  FORCE_COLOR: text,
  LC_ALL: text,
  LC_MESSAGES: text,
  LANG: text,
  UNANSWERED_FILE: text.transform((value) => value ?? DEFAULT_UNANSWERED_FILE),
  // Following the campaign (without Redis; with it, all of it is kept in Redis).
  FOLLOWERS_FILE: text.transform((value) => value ?? DEFAULT_FOLLOWERS_FILE),
  ANNOUNCED_FILE: text.transform((value) => value ?? DEFAULT_ANNOUNCED_FILE),
  BROADCAST_FILE: text.transform((value) => value ?? DEFAULT_BROADCAST_FILE),
  BROADCAST_RATE: wholeNumber('BROADCAST_RATE', DEFAULT_BROADCAST_RATE),
  REDIS_URL: text,
  // The service (src/runtime).
  BOT_MODE: text
    .refine((value) => value === undefined || value === 'polling' || value === 'webhook', {error: (issue) => `BOT_MODE must be "polling" or "webhook", not "${String(issue.input).trim()}"`})
    .transform((value) => (value ?? 'polling')),
  METRICS_PORT: optionalWholeNumber('METRICS_PORT'),
  METRICS_HOST: text.transform((value) => value ?? '127.0.0.1'),
  METRICS_TOKEN: text,
  SESSION_TTL_SECONDS: wholeNumber('SESSION_TTL_SECONDS', 30 * 24 * 3600),
  DEDUPE_TTL_SECONDS: wholeNumber('DEDUPE_TTL_SECONDS', 24 * 3600),
  IN_FLIGHT_FILE: text.transform((value) => value ?? DEFAULT_IN_FLIGHT_FILE),
  IN_FLIGHT_LEASE_MS: wholeNumber('IN_FLIGHT_LEASE_MS', 10_000),
  LOG_LEVEL: text.transform((value) => value ?? 'info'),
  BOT_CONCURRENCY: wholeNumber('BOT_CONCURRENCY', 100),
  // Eight in ten seconds: a person typing on a phone never gets near; a script does at once.
  RATE_LIMIT: wholeNumber('RATE_LIMIT', 8),
  RATE_LIMIT_WINDOW_MS: wholeNumber('RATE_LIMIT_WINDOW_MS', 10_000),
  SHUTDOWN_TIMEOUT_MS: wholeNumber('SHUTDOWN_TIMEOUT_MS', 10_000),
  INSTANCE_NAME: text,
  HOSTNAME: text,
  // Webhook mode.
  WEBHOOK_URL: text,
  WEBHOOK_PATH: text,
  WEBHOOK_SECRET: text,
  WEBHOOK_REGISTER: text,
  WEBHOOK_MAX_CONNECTIONS: wholeNumber('WEBHOOK_MAX_CONNECTIONS', 40),
  WEBHOOK_MAX_BODY_BYTES: wholeNumber('WEBHOOK_MAX_BODY_BYTES', 1024 * 1024),
  WEBHOOK_ACK_TIMEOUT_MS: wholeNumber('WEBHOOK_ACK_TIMEOUT_MS', 8000),
  HOST: text.transform((value) => value ?? '0.0.0.0'),
  PORT: wholeNumber('PORT', 8080)
})

type Variables = z.output<typeof environment>

/** Every variable read, for the test that holds docs/operations.md to it. */
export const ENVIRONMENT_VARIABLES: readonly string[] = Object.keys(environment.shape)

// ---- the settings ---------------------------------------------------------------------

export function loadConfig(env: Env = process.env): Config {
  const parsed = environment.safeParse(env)
  if (!parsed.success) throw new ConfigError(parsed.error.issues.map((issue) => issue.message).join('; '))
  const vars = parsed.data
  const locale = vars.LC_ALL ?? vars.LC_MESSAGES ?? vars.LANG
  return {
    ...(vars.TELEGRAM_BOT_TOKEN ? {token: vars.TELEGRAM_BOT_TOKEN} : {}),
    ...(vars.TELEGRAM_API_ROOT ? {apiRoot: vars.TELEGRAM_API_ROOT} : {}),
    ...(vars.FACTS_BUNDLE ? {bundlePath: vars.FACTS_BUNDLE} : {}),
    ...(locale ? {locale} : {}),
    ...(vars.REDIS_URL ? {redisUrl: vars.REDIS_URL} : {}),
    adminIds: adminIds(vars),
    color: vars.NO_COLOR ? 'never' : vars.FORCE_COLOR && vars.FORCE_COLOR !== '0' ? 'always' : 'auto',
    unansweredFile: vars.UNANSWERED_FILE,
    following: followingConfig(vars),
    ...(vars.TELEGRAM_BOT_TOKEN ? {runtime: runtimeConfig(vars, vars.TELEGRAM_BOT_TOKEN)} : {})
  }
}

/** The service's settings, or a ConfigError saying what is missing. */
export function requireRuntime(config: Config): RuntimeConfig {
  if (!config.runtime) throw new ConfigError('TELEGRAM_BOT_TOKEN is not set')
  return config.runtime
}

function adminIds(vars: Variables): number[] {
  return vars.ADMIN_IDS.length > 0 ? vars.ADMIN_IDS : vars.BOT_ADMIN_IDS
}

function runtimeConfig(vars: Variables, token: string): RuntimeConfig {
  return {
    token,
    mode: vars.BOT_MODE,
    ...(vars.TELEGRAM_API_ROOT ? {apiRoot: vars.TELEGRAM_API_ROOT} : {}),
    ...(vars.BOT_MODE === 'webhook' ? {webhook: webhookConfig(vars, token)} : {}),
    ...(vars.METRICS_PORT === undefined ? {} : {metricsPort: vars.METRICS_PORT}),
    metricsHost: vars.METRICS_HOST,
    ...(vars.METRICS_TOKEN ? {metricsToken: vars.METRICS_TOKEN} : {}),
    ...(vars.REDIS_URL ? {redisUrl: vars.REDIS_URL} : {}),
    sessionTtlSeconds: vars.SESSION_TTL_SECONDS,
    dedupeTtlSeconds: vars.DEDUPE_TTL_SECONDS,
    unansweredFile: vars.UNANSWERED_FILE,
    inFlightFile: vars.IN_FLIGHT_FILE,
    inFlightLeaseMs: vars.IN_FLIGHT_LEASE_MS,
    following: followingConfig(vars),
    logLevel: vars.LOG_LEVEL,
    adminIds: adminIds(vars),
    concurrency: vars.BOT_CONCURRENCY,
    rateLimit: vars.RATE_LIMIT,
    rateWindowMs: vars.RATE_LIMIT_WINDOW_MS,
    shutdownTimeoutMs: vars.SHUTDOWN_TIMEOUT_MS,
    instance: vars.INSTANCE_NAME ?? `${vars.HOSTNAME ?? 'bot'}:${process.pid}`
  }
}

function followingConfig(vars: Variables): FollowingConfig {
  return {followersFile: vars.FOLLOWERS_FILE, announcedFile: vars.ANNOUNCED_FILE, broadcastFile: vars.BROADCAST_FILE, broadcastRate: vars.BROADCAST_RATE}
}

function webhookConfig(vars: Variables, token: string): WebhookConfig {
  const url = vars.WEBHOOK_URL
  if (!url) throw new ConfigError('BOT_MODE=webhook needs WEBHOOK_URL (the public URL Telegram posts to)')
  let parsed: URL
  try {
    parsed = new URL(url)
  } catch {
    throw new ConfigError(`WEBHOOK_URL is not a URL: ${url}`)
  }
  const secret = vars.WEBHOOK_SECRET ?? deriveSecret(token)
  if (!/^[A-Za-z0-9_-]{1,256}$/.test(secret)) throw new ConfigError('WEBHOOK_SECRET may only hold A-Z, a-z, 0-9, _ and - (1 to 256 characters)')
  return {
    url,
    path: vars.WEBHOOK_PATH ?? parsed.pathname,
    host: vars.HOST,
    port: vars.PORT,
    secret,
    register: vars.WEBHOOK_REGISTER !== 'false',
    maxConnections: vars.WEBHOOK_MAX_CONNECTIONS,
    maxBodyBytes: vars.WEBHOOK_MAX_BODY_BYTES,
    ackTimeoutMs: vars.WEBHOOK_ACK_TIMEOUT_MS
  }
}

/** Instances sharing a token agree on this secret without another variable to keep in sync. */
function deriveSecret(token: string): string {
  return createHash('sha256').update(`telegram-webhook-secret:${token}`).digest('base64url')
}
