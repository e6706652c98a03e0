import {startFakeBotApi, type FakeBotApi} from '@campaign/fake-bot-api'
import type {Update} from 'grammy/types'
import {Redis} from 'ioredis'
import {afterAll, beforeAll, describe, expect, it} from 'vitest'
import type {RunningService} from '../../src/runtime/index.js'
import {RedisInFlightJournal} from '../../src/runtime/in-flight-journal.js'
import {main as unansweredMain} from '../../src/unanswered.js'
import {prerequisite} from '../prerequisites.js'
import {redisServerBin, startTestService, TestRedis} from './helpers/harness.js'

const ready = prerequisite('Redis tests', [!redisServerBin && 'redis-server'], 'apt-get install redis-server, or set REDIS_SERVER_BIN')

describe.skipIf(!ready)('sessions and de-duplication in Redis', () => {
  let api: FakeBotApi
  let redis: TestRedis
  let service: RunningService
  let client: Redis

  beforeAll(async () => {
    redis = await TestRedis.start()
    api = await startFakeBotApi()
    ;({service} = await startTestService({
      env: {TELEGRAM_BOT_TOKEN: api.token, TELEGRAM_API_ROOT: api.apiRoot, REDIS_URL: redis.url}
    }))
    client = new Redis(redis.url, {lazyConnect: true, maxRetriesPerRequest: 1})
    client.on('error', () => {})
  })
  afterAll(async () => {
    client?.disconnect()
    await service?.stop()
    await api?.close()
    await redis?.kill()
  })

  it('keeps answering when Redis is killed mid-conversation, and reconnects when it is back', async () => {
    const user = api.user()
    user.sendText('/language es')
    expect((await user.waitForReply()).text).toContain('language es')
    user.sendText('one')
    expect((await user.waitForReply()).text).toBe('[es] one (previous: -) (by bot)')
    await client.connect()
    const keys = await client.keys('*')
    expect(keys).toContain(String(user.chatId))
    expect(keys.filter((key) => key.startsWith('bot:update:'))).toHaveLength(2)
    expect(JSON.parse((await client.get(String(user.chatId)))!)).toMatchObject({lang: 'es'})
    expect(await client.ttl(String(user.chatId))).toBeGreaterThan(0)
    client.disconnect()

    await redis.kill()
    user.sendText('two')
    // Redis is gone: the session falls back to this process's memory, the answer still comes.
    expect((await user.waitForReply()).text).toBe('[es] two (previous: one) (by bot)')
    user.sendText('/language en')
    expect((await user.waitForReply()).text).toContain('language en')
    user.sendText('?unknown while down')
    expect((await user.waitForReply()).text).toContain('[en] ?unknown while down (previous: two)')
    const health = await service.metrics.registry.getSingleMetricAsString('bot_errors_total')
    expect(health).toMatch(/kind="session_store"/)

    await redis.restart()
    await new Promise((resolve) => setTimeout(resolve, 2500)) // reconnect backoff is at most 2 s
    user.sendText('three')
    expect((await user.waitForReply()).text).toBe('[en] three (previous: ?unknown while down) (by bot)')
    await client.connect()
    // The session changed during the outage was written back to Redis.
    expect(JSON.parse((await client.get(String(user.chatId)))!)).toMatchObject({lang: 'en'})
    const updateKeys = await client.keys('bot:update:*')
    expect(updateKeys.length).toBeGreaterThanOrEqual(1)
  }, 30_000)

  it('lists declined questions kept in Redis, most frequent first', async () => {
    const user = api.user()
    for (const text of ['?death toll', '?Death toll', '?age']) {
      user.sendText(text)
      await user.waitForReply()
    }
    await new Promise((resolve) => setTimeout(resolve, 100))
    let out = ''
    const code = await unansweredMain([], {stdout: (t) => (out += t), stderr: (t) => (out += t), env: {REDIS_URL: redis.url}})
    expect(code).toBe(0)
    const lines = out.trim().split('\n')
    expect(lines[0]).toBe('Unanswered questions (Redis), most frequent first:')
    expect(lines[2]).toMatch(/^\s+2 {2}en\s.*\?death toll$/)
    expect(lines[3]).toMatch(/^\s+1 {2}en\s.*\?age$/)
  })

  it('keeps updates in flight in Redis; when an instance dies, one living instance adopts them once its lease runs out', async () => {
    await client.connect().catch(() => {})
    const update = (id: number) => ({update_id: id, message: {message_id: id, date: 0, chat: {id: 1, type: 'private', first_name: 'T'}, from: {id: 1, is_bot: false, first_name: 'T'}, text: `u${id}`}}) as Update
    const errors: unknown[] = []
    const options = {leaseMs: 400, onError: (error: unknown) => errors.push(error), prefix: 'test:'}
    // The dying instance has a connection of its own, cut as a kill -9 would.
    const dyingClient = new Redis(redis.url, {lazyConnect: true, maxRetriesPerRequest: 0, retryStrategy: () => null})
    await dyingClient.connect()
    const dying = new RedisInFlightJournal(dyingClient, 'host:1', options)
    await dying.begin([1, 2, 3].map((id) => ({update: update(id), attempt: 1})))
    await dying.end(2)
    const living = new RedisInFlightJournal(client, 'host:2', options)
    const other = new RedisInFlightJournal(client, 'host:3', options)
    try {
      expect(await living.adoptOrphans()).toEqual([]) // host:1 is alive
      dyingClient.disconnect()
      await new Promise((resolve) => setTimeout(resolve, 600))
      const adopted = await living.adoptOrphans()
      expect(adopted.map((entry) => [entry.update.update_id, entry.attempt]).sort()).toEqual([[1, 2], [3, 2]])
      expect(await other.adoptOrphans()).toEqual([])
      // Now host:2's own: when host:2 closes (deadline cut-offs left), the next one takes them without waiting.
      await living.end(1)
      await living.close()
      expect((await other.adoptOrphans()).map((entry) => entry.update.update_id)).toEqual([3])
    } finally {
      await dying.close()
      await other.close()
    }
  })

  it('starts and answers without Redis, and uses it once it comes up', async () => {
    const late = await TestRedis.start()
    await late.kill()
    const fake = await startFakeBotApi()
    const {service: started, logs} = await startTestService({
      env: {TELEGRAM_BOT_TOKEN: fake.token, TELEGRAM_API_ROOT: fake.apiRoot, REDIS_URL: late.url}
    })
    try {
      expect(logs.text).toContain('Starting without Redis')
      const user = fake.user()
      user.sendText('/language es')
      expect((await user.waitForReply()).text).toContain('language es')
      await late.restart()
      await new Promise((resolve) => setTimeout(resolve, 2500))
      user.sendText('hola')
      expect((await user.waitForReply()).text).toBe('[es] hola (previous: -) (by bot)')
      const check = new Redis(late.url, {maxRetriesPerRequest: 1})
      expect(JSON.parse((await check.get(String(user.chatId)))!)).toMatchObject({lang: 'es', conversation: {lastPerson: 'hola'}})
      check.disconnect()
    } finally {
      await started.stop()
      await fake.close()
      await late.kill()
    }
  }, 30_000)
})
