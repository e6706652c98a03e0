import {Queue} from 'bullmq'
import {Redis} from 'ioredis'
import {afterAll, afterEach, beforeAll, describe, expect, it} from 'vitest'
import {RetryAfterError, type Deliver, type Delivery} from '../../src/following/broadcaster.js'
import {QUEUE_NAME, QueueBroadcaster, smoothLimiter} from '../../src/following/queue-broadcaster.js'
import {prerequisite} from '../prerequisites.js'
import {redisServerBin, TestRedis} from '../runtime/helpers/harness.js'

const to = (chatId: number, article = 'new-article'): Delivery => ({article, chatId, lang: 'es'})

describe.runIf(prerequisite('the BullMQ broadcaster', [!redisServerBin && 'redis-server'], 'apt-get install redis-server'))('QueueBroadcaster', () => {
  let server: TestRedis
  const running: QueueBroadcaster[] = []
  beforeAll(async () => {
    server = await TestRedis.start()
  })
  afterEach(async () => {
    await Promise.all(running.splice(0).map((broadcaster) => broadcaster.stop()))
    const redis = new Redis(server.url)
    await redis.flushall()
    await redis.quit()
  })
  afterAll(async () => {
    await server.kill()
  })

  function start(deliver: Deliver, options = {}) {
    const broadcaster = new QueueBroadcaster(server.url, deliver, {ratePerSecond: 200, ...options})
    running.push(broadcaster)
    return broadcaster
  }

  async function until(check: () => boolean | Promise<boolean>, timeoutMs = 10_000) {
    const deadline = Date.now() + timeoutMs
    while (!(await check())) {
      if (Date.now() > deadline) throw new Error('timed out')
      await new Promise((resolve) => setTimeout(resolve, 20))
    }
  }

  it('delivers each (article, follower) once, whichever instance queues it', async () => {
    const delivered: Delivery[] = []
    const deliver: Deliver = async (delivery) => {
      delivered.push(delivery)
      return 'sent'
    }
    const one = start(deliver)
    const two = start(deliver)
    expect(await one.enqueue([to(1), to(2), to(1)])).toBe(2)
    expect(await two.enqueue([to(2), to(3)])).toBe(1)
    await until(async () => (await one.pending()) === 0 && delivered.length >= 3)
    await new Promise((resolve) => setTimeout(resolve, 200))
    expect(delivered.map((delivery) => delivery.chatId).sort()).toEqual([1, 2, 3])
    expect(delivered[0]?.lang).toBe('es')
  })

  it('pauses the whole queue for as long as a 429 says, then delivers', async () => {
    const calls: Array<{chatId: number; at: number}> = []
    const deliver: Deliver = async (delivery) => {
      calls.push({chatId: delivery.chatId, at: Date.now()})
      if (calls.length === 1) throw new RetryAfterError(500)
      return 'sent'
    }
    const broadcaster = start(deliver, {concurrency: 1})
    await broadcaster.enqueue([to(1), to(2)])
    await until(() => calls.length >= 3)
    // The refused delivery and the next one both waited.
    expect(calls[1]!.at - calls[0]!.at).toBeGreaterThanOrEqual(450)
    expect(calls.filter((call) => call.chatId === 1)).toHaveLength(2)
  })

  it('does not send again a job whose message was under way when its process died; sends one whose send failed', async () => {
    const marks = new Redis(server.url)
    // What a killed process leaves: the mark of a message under way, its job queued again.
    await marks.set('bot:sent:new-article--8', 'sending')
    const delivered: number[] = []
    const broadcaster = start(async (delivery, sending) => {
      await sending()
      if (delivery.chatId === 9 && !delivered.includes(-9)) {
        delivered.push(-9)
        throw new Error('Bad Gateway')
      }
      delivered.push(delivery.chatId)
      return 'sent'
    })
    await broadcaster.enqueue([to(8), to(9)])
    await until(() => delivered.includes(9), 15_000)
    expect(delivered).toEqual([-9, 9])
    expect(await marks.get('bot:sent:new-article--9')).toBe('sent')
    await marks.quit()
  })

  it('does not send again a job whose message went out before its process died', async () => {
    const delivered: number[] = []
    const deliver: Deliver = async (delivery) => {
      delivered.push(delivery.chatId)
      return 'sent'
    }
    const broadcaster = start(deliver)
    await broadcaster.enqueue([to(7)])
    await until(() => delivered.length === 1)
    // The job is run again, as after a crash between the send and its acknowledgement.
    const queue = new Queue(QUEUE_NAME, {connection: {url: server.url}, prefix: 'bot'})
    await queue.remove('new-article--7')
    await queue.close()
    expect(await broadcaster.enqueue([to(7)])).toBe(1)
    await new Promise((resolve) => setTimeout(resolve, 300))
    expect(delivered).toEqual([7])
  })
})

describe('smoothLimiter', () => {
  it('keeps the rate over windows of about a tenth of a second', () => {
    expect(smoothLimiter(300)).toEqual({max: 30, duration: 100})
    expect(smoothLimiter(25)).toEqual({max: 2, duration: 80})
    expect(smoothLimiter(5)).toEqual({max: 1, duration: 200})
  })
})
