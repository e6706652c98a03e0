/**
 * `@grammyjs/auto-retry` as the bot's API transformer (429 waits `retry_after`, 5xx and network
 * errors back off), wrapped so every retry and failed attempt is counted and logged.
 */
import {autoRetry} from '@grammyjs/auto-retry'
import {HttpError, type Api, type RawApi, type Transformer} from 'grammy'
import {FloodGate, isMessageMethod} from './flood-gate.js'
import type {Logger} from './logger.js'
import type {BotMetrics} from './metrics.js'

export function installApiRetry(api: Api<RawApi>, metrics: BotMetrics, logger: Logger, gate = new FloodGate()): void {
  const retry = autoRetry({maxRetryAttempts: 8, maxDelaySeconds: 300})
  const counted: Transformer = (prev, method, payload, signal) => {
    let attempt = 0
    const gated = isMessageMethod(method)
    const chatId = gated && 'chat_id' in payload ? String(payload.chat_id) : undefined
    return retry(
      async (m, p, s) => {
        if (attempt++ > 0) metrics.apiRetries.inc({method})
        if (gated) await gate.admit(chatId)
        try {
          const result = await prev(m, p, s)
          if (gated && result.ok) gate.accepted()
          if (gated && !result.ok && result.parameters?.retry_after !== undefined) gate.refused(chatId, result.parameters.retry_after)
          if (!result.ok) {
            metrics.apiFailures.inc({method, code: String(result.error_code)})
            logger.warn({method, code: result.error_code, retryAfter: result.parameters?.retry_after, attempt}, result.description)
          }
          return result
        } catch (error) {
          if (error instanceof HttpError && !s?.aborted) {
            metrics.apiFailures.inc({method, code: '0'})
            logger.warn({method, attempt, err: error}, 'Bot API call failed on the network')
          }
          throw error
        }
      },
      method,
      payload,
      signal
    )
  }
  api.config.use(counted)
}
