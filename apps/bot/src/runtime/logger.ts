/**
 * Structured logs (pino) with secrets removed from the finished line, so a token inside an
 * error message, a URL or a stack trace is redacted as well as one in a named field.
 */
import {pino, type DestinationStream, type Logger} from 'pino'

export type {Logger}

export interface LoggerOptions {
  level: string
  /** Strings that must never be written (the bot token, the webhook secret, Redis passwords). */
  secrets: readonly string[]
  /** Where lines go; stdout when absent. */
  destination?: DestinationStream
  base?: Record<string, unknown>
}

const mask = '[REDACTED]'

export function createLogger(options: LoggerOptions): Logger {
  const destination = options.destination ?? pino.destination({dest: 1, sync: true})
  const secrets = secretVariants(options.secrets)
  const redacting: DestinationStream = {write: (line) => destination.write(redactSecrets(line, secrets))}
  return pino(
    {
      level: options.level,
      base: options.base ?? null,
      redact: {paths: ['token', '*.token', 'secret', '*.secret', 'headers["x-telegram-bot-api-secret-token"]'], censor: mask}
    },
    redacting
  )
}

export function redactSecrets(text: string, secrets: readonly string[]): string {
  let result = text
  for (const secret of secrets) if (secret !== '' && result.includes(secret)) result = result.split(secret).join(mask)
  return result
}

/** A token also leaks as its secret half (after the colon) and URL-encoded (":" as %3A). */
export function secretVariants(secrets: readonly string[]): string[] {
  const variants = new Set<string>()
  for (const secret of secrets) {
    if (secret.length < 6) continue
    variants.add(secret)
    variants.add(encodeURIComponent(secret))
    const half = secret.split(':')[1]
    if (half && half.length >= 6) variants.add(half)
  }
  // Longest first, so a full token is masked before its half is looked for.
  return [...variants].sort((a, b) => b.length - a.length)
}

/** The password of a redis://user:password@host URL, to be redacted too. */
export function urlPassword(url: string | undefined): string[] {
  if (!url) return []
  try {
    const password = decodeURIComponent(new URL(url).password)
    return password ? [password] : []
  } catch {
    return []
  }
}
