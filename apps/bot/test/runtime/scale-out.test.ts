import {startFakeBotApi, type FakeBotApi, type ScriptedUser} from '@campaign/fake-bot-api'
import {afterAll, beforeAll, describe, expect, it} from 'vitest'
import type {RunningService} from '../../src/runtime/index.js'
import {freePort, nginxBin, redisServerBin, startTestService, TestRedis} from './helpers/harness.js'
import {prerequisite} from '../prerequisites.js'
import {TestNginx} from './helpers/nginx.js'

const ready = prerequisite('scale-out tests', [!redisServerBin && 'redis-server', !nginxBin && 'nginx'], 'apt-get install redis-server nginx')

describe.skipIf(!ready)('two webhook instances behind nginx, sharing Redis', () => {
  let api: FakeBotApi
  let redis: TestRedis
  let nginx: TestNginx
  const services: RunningService[] = []

  beforeAll(async () => {
    redis = await TestRedis.start()
    // Telegram re-sends an update it got no answer to within 1.5 s.
    api = await startFakeBotApi({webhook: {timeoutMs: 1500, retryDelayMs: 50}})
    const ports = [await freePort(), await freePort()]
    nginx = await TestNginx.start(ports)
    for (const [index, name] of ['A', 'B'].entries()) {
      const {service} = await startTestService({
        name,
        env: {
          TELEGRAM_BOT_TOKEN: api.token,
          TELEGRAM_API_ROOT: api.apiRoot,
          BOT_MODE: 'webhook',
          WEBHOOK_URL: `${nginx.url}/telegram`,
          HOST: '127.0.0.1',
          PORT: String(ports[index]),
          REDIS_URL: redis.url,
          INSTANCE_NAME: name,
          WEBHOOK_ACK_TIMEOUT_MS: '10000'
        }
      })
      services.push(service)
    }
  })
  afterAll(async () => {
    await Promise.all(services.map((service) => service.stop()))
    await nginx?.stop()
    await api?.close()
    await redis?.kill()
  })

  it('answers each update exactly once, spread over both instances', async () => {
    const users: ScriptedUser[] = Array.from({length: 20}, () => api.user())
    const texts: string[] = []
    for (let round = 0; round < 5; round++) {
      for (const [index, user] of users.entries()) {
        texts.push(`m${round}-${index}`)
        user.sendText(`m${round}-${index}`)
      }
    }
    const echoes = (text: string): number =>
      api.callsOf('sendMessage').filter((call) => call.outcome.ok && String(call.params.text).includes(`] ${text} (`)).length
    await api.waitFor(() => texts.every((text) => echoes(text) >= 1), 15_000, 'all answers')
    await new Promise((resolve) => setTimeout(resolve, 300))
    expect(texts.filter((text) => echoes(text) !== 1)).toEqual([])
    const byInstance = (name: string): number =>
      api.callsOf('sendMessage').filter((call) => String(call.params.text).endsWith(`(by ${name})`)).length
    expect(byInstance('A')).toBeGreaterThan(10)
    expect(byInstance('B')).toBeGreaterThan(10)
    expect(nginx.accessLog.split('\n').filter((line) => line.includes('POST /telegram')).length).toBeGreaterThanOrEqual(100)
  })

  it('honours a /language choice made through one instance on the other', async () => {
    const user = api.user()
    user.sendText('/language es')
    const chosen = await user.waitForReply()
    expect(chosen.text).toMatch(/^language es \(by [AB]\)$/)
    const answeredBy = new Set<string>()
    for (let index = 0; index < 6; index++) {
      user.sendText(`pregunta ${index}`)
      const reply = await user.waitForReply()
      expect(reply.text).toMatch(new RegExp(`^\\[es\\] pregunta ${index} \\(previous: ${index === 0 ? '-' : `pregunta ${index - 1}`}\\)`))
      answeredBy.add(reply.text!.slice(-2, -1))
    }
    expect([...answeredBy].sort()).toEqual(['A', 'B'])
  })

  it('does not answer twice when Telegram re-sends a slow update to the other instance', async () => {
    const user = api.user()
    const update = user.sendText('/slow 2500')
    await api.waitFor(
      () => api.callsOf('sendMessage').some((call) => call.params.chat_id === user.chatId),
      10_000,
      'the slow answer'
    )
    await new Promise((resolve) => setTimeout(resolve, 500))
    const attempts = api.deliveries.filter((delivery) => delivery.updateId === update.update_id)
    expect(attempts.length).toBeGreaterThanOrEqual(2)
    expect(api.callsOf('sendMessage').filter((call) => call.params.chat_id === user.chatId)).toHaveLength(1)
    let duplicates = 0
    for (const service of services) {
      const metric = await service.metrics.registry.getSingleMetric('bot_duplicate_updates_total')!.get()
      duplicates += metric.values[0]?.value ?? 0
    }
    expect(duplicates).toBeGreaterThanOrEqual(1)
  })
})
