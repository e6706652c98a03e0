/**
 * Sending announcements to followers at Telegram's limits (about 30 messages a second for the
 * bot, one a second per chat): one delivery per (article, follower), never twice, resumed after a
 * restart. Here the in-process sender for one small instance, journalled in a local JSON Lines
 * file; queue-broadcaster.ts is the same on a BullMQ queue in Redis, for several instances.
 */
import {appendFile, mkdir, writeFile} from 'node:fs/promises'
import {dirname} from 'node:path'
import type {Lang} from '../core/types.js'
import {readJsonLines} from '../runtime/json-lines.js'

export interface Delivery {
  article: string
  chatId: number
  lang: Lang
  /** Wait this long first: a follower's second new article a second after the first. */
  delayMs?: number
}

/** sent; blocked: the person blocked the bot and no longer follows; skipped: unfollowed, or the article is gone. */
export type DeliveryOutcome = 'sent' | 'blocked' | 'skipped'

/**
 * Sends one announcement, calling `sending()` right before the message goes to Telegram (so a
 * delivery cut short by a crash is known to have been under way). Throws a `RetryAfterError` on
 * a 429, anything else on a failure worth retrying; either way the message was not sent.
 */
export type Deliver = (delivery: Delivery, sending: () => Promise<void>) => Promise<DeliveryOutcome>

export class RetryAfterError extends Error {
  override name = 'RetryAfterError'

  constructor(readonly retryAfterMs: number) {
    super(`Telegram asked to wait ${retryAfterMs} ms`)
  }
}

export interface BroadcastEvents {
  queued?: (count: number) => void
  done?: (outcome: DeliveryOutcome | 'failed') => void
  error?: (error: unknown, delivery: Delivery) => void
}

export interface Broadcaster {
  /** Queues what was not queued before; resolves with how many were new. */
  enqueue(deliveries: readonly Delivery[]): Promise<number>
  /** Deliveries not yet done. */
  pending(): Promise<number>
  /** Stops taking deliveries; what is left is sent after the next start. */
  stop(): Promise<void>
}

export const deliveryKey = ({article, chatId}: Pick<Delivery, 'article' | 'chatId'>) => `${article}--${chatId}`

export const DEFAULT_BROADCAST_FILE = 'data/broadcast.jsonl'
/** Below Telegram's 30 messages a second, so answers to questions still get through during a broadcast. */
export const DEFAULT_BROADCAST_RATE = 25
export const PER_CHAT_GAP_MS = 1100
export const MAX_ATTEMPTS = 5

type JournalLine = {queued: Delivery} | {sending: string} | {unsent: string} | {done: string; outcome: DeliveryOutcome | 'failed'}

interface Waiting {
  delivery: Delivery
  notBefore: number
  attempts: number
}

export interface LocalBroadcasterOptions {
  ratePerSecond?: number
  /** Most sends awaiting Telegram's answer at once. */
  inFlight?: number
  events?: BroadcastEvents
  clock?: () => number
  /** First wait before a failed delivery is tried again; it doubles each time. */
  retryDelayMs?: number
}

/** The in-process broadcaster: a paced queue, each delivery written down when queued and when done. */
export class LocalBroadcaster implements Broadcaster {
  private readonly waiting: Waiting[] = []
  private readonly known = new Set<string>()
  private readonly lastToChat = new Map<number, number>()
  private readonly interval: number
  private readonly maxInFlight: number
  private nextStart = 0
  private pausedUntil = 0
  private running = 0
  private stopped = false
  private timer: NodeJS.Timeout | undefined
  private idle: Array<() => void> = []
  private writing: Promise<void> = Promise.resolve()

  private constructor(
    private readonly path: string,
    private readonly deliver: Deliver,
    private readonly options: LocalBroadcasterOptions
  ) {
    this.interval = 1000 / (options.ratePerSecond ?? DEFAULT_BROADCAST_RATE)
    this.maxInFlight = options.inFlight ?? 16
  }

  /** Opens the journal and resumes what a previous run left unsent. */
  static async open(path: string, deliver: Deliver, options: LocalBroadcasterOptions = {}): Promise<LocalBroadcaster> {
    const broadcaster = new LocalBroadcaster(path, deliver, options)
    const lines = await readJsonLines<JournalLine>(path)
    const done = new Set<string>()
    // A message under way when the process died was most likely carried out by Telegram: it is
    // not sent again (a second copy is what a crash must not cause), unless its send had failed.
    const underWay = new Set<string>()
    for (const line of lines) {
      if ('done' in line) done.add(line.done)
      else if ('sending' in line) underWay.add(line.sending)
      else if ('unsent' in line) underWay.delete(line.unsent)
    }
    for (const key of underWay) done.add(key)
    const left = lines.flatMap((line) => ('queued' in line && !done.has(deliveryKey(line.queued)) ? [line.queued] : []))
    // Compacted: what is done is forgotten, what is left is queued again.
    await mkdir(dirname(path), {recursive: true})
    await writeFile(path, left.map((delivery) => `${JSON.stringify({queued: delivery})}\n`).join(''))
    for (const delivery of left) broadcaster.add(delivery)
    broadcaster.schedule()
    return broadcaster
  }

  async enqueue(deliveries: readonly Delivery[]): Promise<number> {
    const keys = new Set<string>()
    const fresh = deliveries.filter((delivery) => {
      const key = deliveryKey(delivery)
      if (this.known.has(key) || keys.has(key)) return false
      keys.add(key)
      return true
    })
    if (fresh.length === 0) return 0
    await this.write(fresh.map((delivery) => ({queued: delivery})))
    for (const delivery of fresh) this.add(delivery)
    this.options.events?.queued?.(fresh.length)
    this.schedule()
    return fresh.length
  }

  async pending(): Promise<number> {
    return this.waiting.length + this.running
  }

  /** Resolves once every queued delivery is done (tests, `broadcast`). */
  drained(): Promise<void> {
    if (this.waiting.length === 0 && this.running === 0) return Promise.resolve()
    return new Promise((resolve) => this.idle.push(resolve))
  }

  async stop(): Promise<void> {
    this.stopped = true
    clearTimeout(this.timer)
    while (this.running > 0) await new Promise((resolve) => setTimeout(resolve, 10))
    await this.writing
  }

  private add(delivery: Delivery): void {
    this.known.add(deliveryKey(delivery))
    this.waiting.push({delivery, notBefore: this.now() + (delivery.delayMs ?? 0), attempts: 0})
  }

  private now(): number {
    return (this.options.clock ?? Date.now)()
  }

  /** Starts every delivery that may go now, and wakes up when the next one may. */
  private schedule(): void {
    if (this.stopped) return
    clearTimeout(this.timer)
    let wake = Number.POSITIVE_INFINITY
    while (this.running < this.maxInFlight) {
      const now = this.now()
      const ready = (waiting: Waiting) => Math.max(waiting.notBefore, (this.lastToChat.get(waiting.delivery.chatId) ?? -Infinity) + PER_CHAT_GAP_MS)
      let chosen = -1
      let earliest = Number.POSITIVE_INFINITY
      for (const [index, waiting] of this.waiting.entries()) {
        const at = ready(waiting)
        if (at < earliest) {
          earliest = at
          chosen = index
        }
        if (at <= now) break
      }
      if (chosen === -1) break
      const start = Math.max(earliest, this.nextStart, this.pausedUntil)
      if (start > now) {
        wake = start
        break
      }
      const [waiting] = this.waiting.splice(chosen, 1)
      this.nextStart = now + this.interval
      this.lastToChat.set(waiting!.delivery.chatId, now)
      void this.send(waiting!)
    }
    if (wake !== Number.POSITIVE_INFINITY) this.timer = setTimeout(() => this.schedule(), Math.max(1, wake - this.now()))
    if (this.waiting.length === 0 && this.running === 0) for (const resolve of this.idle.splice(0)) resolve()
  }

  private async send(waiting: Waiting): Promise<void> {
    this.running++
    const key = deliveryKey(waiting.delivery)
    let underWay = false
    try {
      const outcome = await this.deliver(waiting.delivery, async () => {
        underWay = true
        await this.write([{sending: key}])
      })
      await this.finish(waiting.delivery, outcome)
    } catch (error) {
      if (underWay) await this.write([{unsent: key}])
      if (error instanceof RetryAfterError) {
        // The whole bot waits, as Telegram asked; the delivery goes again, no attempt spent.
        this.pausedUntil = Math.max(this.pausedUntil, this.now() + error.retryAfterMs)
        this.waiting.unshift({...waiting, notBefore: this.pausedUntil})
      } else {
        this.options.events?.error?.(error, waiting.delivery)
        const attempts = waiting.attempts + 1
        if (attempts >= MAX_ATTEMPTS) await this.finish(waiting.delivery, 'failed')
        else this.waiting.push({...waiting, attempts, notBefore: this.now() + (this.options.retryDelayMs ?? 2000) * 2 ** (attempts - 1)})
      }
    } finally {
      this.running--
      this.schedule()
    }
  }

  private async finish(delivery: Delivery, outcome: DeliveryOutcome | 'failed'): Promise<void> {
    await this.write([{done: deliveryKey(delivery), outcome}])
    this.options.events?.done?.(outcome)
  }

  private write(lines: readonly JournalLine[]): Promise<void> {
    const next = this.writing.then(() => appendFile(this.path, lines.map((line) => `${JSON.stringify(line)}\n`).join('')))
    this.writing = next.catch(() => undefined)
    return next
  }
}
