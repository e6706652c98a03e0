/**
 * The one place that reads the environment. Everything else gets these values passed in.
 *
 * - TELEGRAM_BOT_TOKEN: run on Telegram; without it `pnpm start` opens the local chat.
 * - TELEGRAM_API_ROOT: another Bot API server (a local one, a fake one in tests).
 * - ADMIN_IDS (or BOT_ADMIN_IDS): comma-separated Telegram user ids allowed to /reload.
 * - FACTS_BUNDLE: a facts bundle other than `content/dist/facts-bundle.json`.
 * - NO_COLOR / FORCE_COLOR: colours in the local chat.
 */

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
  /** The whole environment, for the runtime's own settings (Redis, webhooks, metrics). */
  env: Env
}

export function loadConfig(env: Env = process.env): Config {
  const token = nonEmpty(env.TELEGRAM_BOT_TOKEN)
  const apiRoot = nonEmpty(env.TELEGRAM_API_ROOT)
  const bundlePath = nonEmpty(env.FACTS_BUNDLE)
  return {
    ...(token ? {token} : {}),
    ...(apiRoot ? {apiRoot: apiRoot.replace(/\/+$/, '')} : {}),
    ...(bundlePath ? {bundlePath} : {}),
    adminIds: adminIds(env),
    color: nonEmpty(env.NO_COLOR) ? 'never' : nonEmpty(env.FORCE_COLOR) && env.FORCE_COLOR !== '0' ? 'always' : 'auto',
    env
  }
}

/**
 * Telegram user ids separated by commas or spaces, as ADMIN_IDS holds them, and the first part
 * that is not an id. The runtime reads the same variable with this same rule.
 */
export function parseUserIds(value: string | undefined): {ids: number[]; invalid?: string} {
  const parts = (value ?? '').split(/[\s,]+/).filter(Boolean)
  const invalid = parts.find((part) => !/^\d+$/.test(part))
  return invalid === undefined ? {ids: parts.map(Number)} : {ids: [], invalid}
}

function adminIds(env: Env): number[] {
  const value = env.ADMIN_IDS ?? env.BOT_ADMIN_IDS
  const {ids, invalid} = parseUserIds(value)
  if (invalid !== undefined) throw new ConfigError(`ADMIN_IDS must be Telegram user ids separated by commas, got "${invalid}"`)
  return ids
}

function nonEmpty(value: string | undefined): string | undefined {
  const trimmed = value?.trim()
  return trimmed ? trimmed : undefined
}
