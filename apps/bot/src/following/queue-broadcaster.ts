/**
 * The broadcaster on a BullMQ queue in Redis, for any number of instances: one job per
 * (article, follower) under an id made of both, so a second enqueue (another instance, a
 * restart) adds nothing; the queue's limiter holds every instance together under the rate; a 429
 * pauses the whole queue for `retry_after`; a job whose process died is taken up again once its
 * lock runs out. Right before its message goes to Telegram a job leaves a mark (`sending`, then
 * `sent`): a job taken up again after its process died while the message was under way is not
 * sent twice (Telegram most likely carried it out), and one whose send failed clears the mark.
 */
import {Queue, Worker, type Job} from 'bullmq'
import {Redis} from 'ioredis'
import {DEFAULT_BROADCAST_RATE, deliveryKey, MAX_ATTEMPTS, RetryAfterError, type BroadcastEvents, type Broadcaster, type Deliver, type Delivery, type DeliveryOutcome} from './broadcaster.js'

export const QUEUE_NAME = 'announcements'
const PREFIX = 'bot'
const SENT_MARK_TTL_SECONDS = 30 * 24 * 3600

/**
 * The rate as a limiter over a tenth of a second: BullMQ's window is fixed, so "300 a second"
 * may send 300 at the end of one second and 300 at the start of the next, twice what Telegram
 * takes; ten small windows keep every stretch of time near the rate.
 */
export function smoothLimiter(ratePerSecond: number): {max: number; duration: number} {
  const max = Math.max(1, Math.floor(ratePerSecond / 10))
  return {max, duration: Math.round((1000 * max) / ratePerSecond)}
}

export interface QueueBroadcasterOptions {
  ratePerSecond?: number
  /** Jobs one instance works on at once. */
  concurrency?: number
  /** How long a job's lock lasts: a job of a killed process is taken up again after it. */
  lockMs?: number
  events?: BroadcastEvents
}

export class QueueBroadcaster implements Broadcaster {
  private readonly queue: Queue<Delivery>
  private readonly worker: Worker<Delivery, DeliveryOutcome>
  private readonly connections: Redis[] = []

  constructor(
    redisUrl: string,
    deliver: Deliver,
    private readonly options: QueueBroadcasterOptions = {}
  ) {
    // BullMQ's own connections: its blocking commands must wait as long as they need.
    const connect = () => {
      const redis = new Redis(redisUrl, {maxRetriesPerRequest: null})
      this.connections.push(redis)
      return redis
    }
    const marks = connect()
    this.queue = new Queue<Delivery>(QUEUE_NAME, {connection: connect(), prefix: PREFIX})
    const lockDuration = options.lockMs ?? 10_000
    this.worker = new Worker<Delivery, DeliveryOutcome>(
      QUEUE_NAME,
      async (job: Job<Delivery, DeliveryOutcome>) => {
        const mark = `${PREFIX}:sent:${job.id}`
        if ((await marks.exists(mark)) === 1) return 'sent'
        let outcome: DeliveryOutcome
        let underWay = false
        try {
          outcome = await deliver(job.data, async () => {
            underWay = true
            await marks.set(mark, 'sending', 'EX', SENT_MARK_TTL_SECONDS)
          })
        } catch (error) {
          if (underWay) await marks.del(mark)
          if (error instanceof RetryAfterError) {
            await this.worker.rateLimit(error.retryAfterMs)
            throw Worker.RateLimitError()
          }
          options.events?.error?.(error, job.data)
          throw error
        }
        if (outcome === 'sent') await marks.set(mark, 'sent', 'EX', SENT_MARK_TTL_SECONDS)
        else if (underWay) await marks.del(mark)
        options.events?.done?.(outcome)
        return outcome
      },
      {
        connection: connect(),
        prefix: PREFIX,
        concurrency: options.concurrency ?? 32,
        limiter: smoothLimiter(options.ratePerSecond ?? DEFAULT_BROADCAST_RATE),
        lockDuration,
        stalledInterval: lockDuration,
        // A job that failed its last attempt: counted once, then kept a while for whoever looks.
        removeOnComplete: {age: 7 * 24 * 3600},
        removeOnFail: {age: 30 * 24 * 3600}
      }
    )
    this.worker.on('failed', (job) => {
      if (job && job.attemptsMade >= MAX_ATTEMPTS) options.events?.done?.('failed')
    })
    // Errors of the worker's connection are reported by the connections; the worker keeps trying.
    this.worker.on('error', () => undefined)
  }

  async enqueue(deliveries: readonly Delivery[]): Promise<number> {
    let added = 0
    const unique = [...new Map(deliveries.map((delivery) => [deliveryKey(delivery), delivery])).values()]
    for (let start = 0; start < unique.length; start += 500) {
      const batch = unique.slice(start, start + 500)
      const ids = batch.map((delivery) => deliveryKey(delivery))
      // Jobs already there (queued by another instance, or before a restart) are not added again.
      const existing = await Promise.all(ids.map((id) => this.queue.getJobState(id)))
      const fresh = batch.filter((_, index) => existing[index] === 'unknown')
      if (fresh.length === 0) continue
      await this.queue.addBulk(
        fresh.map((delivery) => ({
          name: 'announce',
          data: delivery,
          opts: {
            jobId: deliveryKey(delivery),
            ...(delivery.delayMs ? {delay: delivery.delayMs} : {}),
            attempts: MAX_ATTEMPTS,
            backoff: {type: 'exponential', delay: 2000}
          }
        }))
      )
      added += fresh.length
    }
    if (added > 0) this.options.events?.queued?.(added)
    return added
  }

  async pending(): Promise<number> {
    const counts = await this.queue.getJobCounts('waiting', 'active', 'delayed', 'prioritized', 'waiting-children')
    return Object.values(counts).reduce((sum, count) => sum + count, 0)
  }

  async stop(): Promise<void> {
    await this.worker.close()
    await this.queue.close()
    await Promise.all(this.connections.map((redis) => redis.quit().catch(() => redis.disconnect())))
  }
}
