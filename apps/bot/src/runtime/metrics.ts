/**
 * Prometheus metrics of one service instance, in a registry of its own (several instances can
 * live in one process in tests).
 */
import {Counter, Gauge, Histogram, Registry, collectDefaultMetrics} from 'prom-client'

export type BotMetrics = ReturnType<typeof createMetrics>

export function createMetrics() {
  const registry = new Registry()
  collectDefaultMetrics({register: registry})
  const registers = [registry]
  return {
    registry,
    updates: new Counter({
      name: 'bot_updates_total',
      help: 'Updates received, by update type',
      labelNames: ['type'] as const,
      registers
    }),
    duplicates: new Counter({
      name: 'bot_duplicate_updates_total',
      help: 'Updates received again (same update_id) and not handled a second time',
      registers
    }),
    inFlight: new Gauge({name: 'bot_updates_in_flight', help: 'Updates being handled now', registers}),
    handling: new Histogram({
      name: 'bot_update_handling_seconds',
      help: 'Time from receiving an update to finishing it, API calls included',
      buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30],
      registers
    }),
    answerLatency: new Histogram({
      name: 'bot_answer_latency_seconds',
      help: 'Time to answer a question, as reported by the bot',
      labelNames: ['status'] as const,
      buckets: [0.001, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5],
      registers
    }),
    questions: new Counter({
      name: 'bot_questions_total',
      help: 'Questions by outcome: answered from the facts, declined (the content does not say), clarify (asked back)',
      labelNames: ['status', 'via'] as const,
      registers
    }),
    errors: new Counter({
      name: 'bot_errors_total',
      help: 'Errors by where they happened',
      labelNames: ['kind'] as const,
      registers
    }),
    apiRetries: new Counter({
      name: 'telegram_api_retries_total',
      help: 'Bot API calls made again after 429, 5xx or a network error',
      labelNames: ['method'] as const,
      registers
    }),
    apiFailures: new Counter({
      name: 'telegram_api_failures_total',
      help: 'Failed Bot API attempts, by method and error code (0: network)',
      labelNames: ['method', 'code'] as const,
      registers
    }),
    reloads: new Counter({
      name: 'bot_content_reloads_total',
      help: 'Content reloads by result',
      labelNames: ['result'] as const,
      registers
    }),
    announcements: new Counter({
      name: 'bot_announcements_total',
      help: 'Announcements of new articles to followers: queued, then sent, failed (after every attempt), removed (the person blocked the bot) or skipped (unfollowed, article gone)',
      labelNames: ['outcome'] as const,
      registers
    })
  }
}
