/**
 * `@grammyjs/auto-retry` as the bot's API transformer (429 waits `retry_after`, 5xx back off),
 * with network errors retried here a bounded number of times (auto-retry would retry them
 * forever, the wait doubling to an hour), every retry and failed attempt counted and logged, and
 * everything given up when the service halts (the shutdown deadline has passed).
 */
import {autoRetry} from '@grammyjs/auto-retry'
import {HttpError, type Api, type RawApi, type Transformer} from 'grammy'
import {FloodGate, isMessageMethod} from './flood-gate.js'
import type {Logger} from './logger.js'
import type {BotMetrics} from './metrics.js'

export interface ApiRetryOptions {
  gate?: FloodGate
  /** Aborted when the service halts: waits and calls end at once. */
  halt?: AbortSignal
  /** Waits between network retries, in milliseconds; their count is how many retries there are. */
  networkDelaysMs?: readonly number[]
}

/** Four retries over 15 s: Telegram back within that is ridden out, an outage is reported. */
export const NETWORK_DELAYS_MS = [1000, 2000, 4000, 8000] as const

export function installApiRetry(api: Api<RawApi>, metrics: BotMetrics, logger: Logger, options: ApiRetryOptions = {}): void {
  const gate = options.gate ?? new FloodGate()
  const delays = options.networkDelaysMs ?? NETWORK_DELAYS_MS
  const retry = autoRetry({maxRetryAttempts: 8, maxDelaySeconds: 300, rethrowHttpErrors: true})
  const counted: Transformer = async (prev, method, payload, signal) => {
    // grammY types its signals with the abort-controller polyfill's type; at run time they are Node's.
    type Signal = typeof signal
    const {signal: stop, dispose} = anyOf(signal as AbortSignal | undefined, options.halt)
    let attempt = 0
    const gated = isMessageMethod(method)
    const chatId = gated && 'chat_id' in payload ? String(payload.chat_id) : undefined
    const once = () =>
      retry(
        async (m, p) => {
          if (attempt++ > 0) metrics.apiRetries.inc({method})
          if (gated) await gate.admit(chatId)
          try {
            const result = await prev(m, p, stop as Signal)
            if (gated && result.ok) gate.accepted()
            if (gated && !result.ok && result.parameters?.retry_after !== undefined) gate.refused(chatId, result.parameters.retry_after)
            if (!result.ok) {
              metrics.apiFailures.inc({method, code: String(result.error_code)})
              logger.warn({method, code: result.error_code, retryAfter: result.parameters?.retry_after, attempt}, result.description)
            }
            return result
          } catch (error) {
            if (error instanceof HttpError && !stop?.aborted) {
              metrics.apiFailures.inc({method, code: '0'})
              logger.warn({method, attempt, err: error}, 'Bot API call failed on the network')
            }
            throw error
          }
        },
        method,
        payload,
        stop as Signal
      )
    try {
      for (let retries = 0; ; retries++) {
        try {
          return await once()
        } catch (error) {
          const delay = delays[retries]
          if (!(error instanceof HttpError) || stop?.aborted || delay === undefined) throw error
          await pause(delay, stop)
        }
      }
    } finally {
      dispose()
    }
  }
  api.config.use(counted)
}

/** A signal aborted when any of these is (grammY's may be a polyfill, which `AbortSignal.any` does not take). */
function anyOf(...signals: Array<AbortSignal | undefined>): {signal: AbortSignal | undefined; dispose: () => void} {
  const given = signals.filter((signal): signal is AbortSignal => signal !== undefined)
  if (given.length <= 1) return {signal: given[0], dispose: () => {}}
  const combined = new AbortController()
  // Listeners come off when the call ends: the service's signal outlives millions of calls.
  const dispose = () => {
    for (const signal of given) signal.removeEventListener('abort', abort)
  }
  const abort = () => {
    combined.abort()
    dispose()
  }
  for (const signal of given) {
    if (signal.aborted) abort()
    else signal.addEventListener('abort', abort)
  }
  return {signal: combined.signal, dispose}
}

function pause(ms: number, signal: AbortSignal | undefined): Promise<void> {
  return new Promise((resolve, reject) => {
    if (signal?.aborted) return reject(new Error('Request aborted while waiting between retries'))
    const timer = setTimeout(() => {
      signal?.removeEventListener('abort', abort)
      resolve()
    }, ms)
    const abort = () => {
      clearTimeout(timer)
      reject(new Error('Request aborted while waiting between retries'))
    }
    signal?.addEventListener('abort', abort, {once: true})
  })
}
