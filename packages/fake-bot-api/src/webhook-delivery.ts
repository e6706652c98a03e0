/**
 * Delivers queued updates to the bot's webhook like Telegram: POST with the JSON update and the
 * `X-Telegram-Bot-Api-Secret-Token` header, up to `max_connections` at once, and again later when
 * the answer is not 2xx, the connection fails or no answer comes in time.
 */
import {request} from 'node:http'
import type {QueuedUpdate, UpdateQueue} from './update-queue.js'

export interface WebhookSettings {
  url: string
  secretToken?: string
  maxConnections: number
}

export interface WebhookDeliveryOptions {
  /** First retry delay; doubles on each failure of the same update, capped at 2 s. */
  retryDelayMs: number
  /** Telegram gives up on an answer after a while and re-sends the update. */
  timeoutMs: number
}

export interface DeliveryRecord {
  updateId: number
  attempt: number
  /** HTTP status, or 0 when the connection failed or timed out. */
  status: number
  error?: string
  at: number
}

export class WebhookDelivery {
  readonly records: DeliveryRecord[] = []
  lastError?: {at: number; message: string}
  #inFlight = 0
  #timer: NodeJS.Timeout | undefined
  #stopped = false

  constructor(
    readonly settings: WebhookSettings,
    readonly queue: UpdateQueue,
    readonly options: WebhookDeliveryOptions,
    readonly onRecord: (record: DeliveryRecord) => void
  ) {}

  /** Starts as many deliveries as allowed; called when updates arrive and after each answer. */
  pump(): void {
    if (this.#stopped) return
    const now = Date.now()
    for (const item of this.queue.due(now)) {
      if (this.#inFlight >= this.settings.maxConnections) return
      this.#deliver(item)
    }
    this.#scheduleNext()
  }

  stop(): void {
    this.#stopped = true
    clearTimeout(this.#timer)
  }

  #scheduleNext(): void {
    clearTimeout(this.#timer)
    const next = this.queue.nextDueAt()
    if (next === undefined || this.#stopped) return
    this.#timer = setTimeout(() => this.pump(), Math.max(1, next - Date.now()))
    this.#timer.unref()
  }

  #deliver(item: QueuedUpdate): void {
    item.inFlight = true
    item.attempts++
    this.#inFlight++
    const body = JSON.stringify(item.update)
    const url = new URL(this.settings.url)
    const headers: Record<string, string | number> = {
      'content-type': 'application/json',
      'content-length': Buffer.byteLength(body)
    }
    if (this.settings.secretToken) headers['x-telegram-bot-api-secret-token'] = this.settings.secretToken
    let settled = false
    const finish = (status: number, error?: string): void => {
      if (settled) return
      settled = true
      this.#inFlight--
      item.inFlight = false
      const record: DeliveryRecord = {
        updateId: item.update.update_id,
        attempt: item.attempts,
        status,
        at: Date.now(),
        ...(error ? {error} : {})
      }
      if (status >= 200 && status < 300) {
        this.queue.confirm(item)
      } else {
        this.lastError = {at: record.at, message: error ?? `Wrong response from the webhook: ${status}`}
        item.dueAt = Date.now() + Math.min(2000, this.options.retryDelayMs * 2 ** (item.attempts - 1))
      }
      this.records.push(record)
      this.onRecord(record)
      this.pump()
    }
    const req = request(
      {hostname: url.hostname, port: url.port, path: url.pathname + url.search, method: 'POST', headers},
      (res) => {
        res.resume()
        res.on('end', () => finish(res.statusCode ?? 0))
        res.on('error', (error) => finish(0, error.message))
      }
    )
    req.setTimeout(this.options.timeoutMs, () => {
      req.destroy(new Error(`no answer within ${this.options.timeoutMs} ms`))
    })
    req.on('error', (error) => finish(0, error.message))
    req.end(body)
  }
}
