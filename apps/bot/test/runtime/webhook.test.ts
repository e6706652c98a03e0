import {startFakeBotApi, type FakeBotApi} from '@campaign/fake-bot-api'
import {afterEach, beforeEach, describe, expect, it} from 'vitest'
import {ExitCode, type RunningService} from '../../src/runtime/index.js'
import {freePort, startTestService, type LogLines} from './helpers/harness.js'

let api: FakeBotApi
let service: RunningService
let logs: LogLines
let hook: string
const secret = 'test-secret_123'

beforeEach(async () => {
  // Telegram (here: the fake) gives up on an answer after 2.5 s and sends the update again.
  api = await startFakeBotApi({webhook: {timeoutMs: 2500, retryDelayMs: 50}})
  const port = await freePort()
  hook = `http://127.0.0.1:${port}/telegram/hook`
  ;({service, logs} = await startTestService({
    env: {
      TELEGRAM_BOT_TOKEN: api.token,
      TELEGRAM_API_ROOT: api.apiRoot,
      BOT_MODE: 'webhook',
      WEBHOOK_URL: hook,
      WEBHOOK_SECRET: secret,
      HOST: '127.0.0.1',
      PORT: String(port),
      WEBHOOK_ACK_TIMEOUT_MS: '300',
      WEBHOOK_MAX_BODY_BYTES: '4096'
    }
  }))
})
afterEach(async () => {
  await service.stop()
  await api.close()
})

async function post(body: string, headers: Record<string, string> = {}, method = 'POST'): Promise<number> {
  const res = await fetch(hook, {
    method,
    headers: {'content-type': 'application/json', ...headers},
    ...(method === 'GET' ? {} : {body})
  })
  await res.arrayBuffer()
  return res.status
}

const update = (id: number, chatId: number, text: string): string =>
  JSON.stringify({
    update_id: id,
    message: {message_id: 1, date: 0, chat: {id: chatId, type: 'private'}, from: {id: chatId, is_bot: false, first_name: 'T'}, text}
  })

describe('webhook mode', () => {
  it('registers the webhook with its secret and answers what Telegram posts', async () => {
    expect(api.webhook?.settings).toMatchObject({url: hook, secretToken: secret})
    const user = api.user()
    user.sendText('hello')
    expect((await user.waitForReply()).text).toContain('[en] hello')
    user.pressButton('More')
    expect((await user.waitForReply()).text).toBe('pressed more')
    user.inlineQuery('petition')
    expect((await user.waitForReply()).results).toHaveLength(1)
    expect(api.deliveries.every((delivery) => delivery.status === 200)).toBe(true)
    // The public port tells a load balancer only whether to send here, and has no /metrics.
    const health = await fetch(`http://127.0.0.1:${service.address!.port}/healthz`)
    expect(await health.json()).toEqual({ok: true})
    expect((await fetch(`http://127.0.0.1:${service.address!.port}/metrics`)).status).toBe(404)
    expect(await service.metrics.registry.getSingleMetricAsString('bot_updates_total')).toContain('bot_updates_total{type="callback_query"} 1')
  })

  it('refuses requests without the right secret, other methods, oversized and malformed bodies', async () => {
    api.user().sendText('known chat') // so a forged update could be answered if it got through
    await api.waitFor(() => api.callsOf('sendMessage').length === 1)
    const chatId = api.callsOf('sendMessage')[0]!.params.chat_id as number
    expect(await post(update(1, chatId, 'no secret'))).toBe(401)
    expect(await post(update(2, chatId, 'wrong'), {'x-telegram-bot-api-secret-token': 'wrong'})).toBe(401)
    expect(await post(update(3, chatId, 'longer'), {'x-telegram-bot-api-secret-token': `${secret}x`})).toBe(401)
    expect(await post('', {'x-telegram-bot-api-secret-token': secret}, 'GET')).toBe(405)
    const big = update(4, chatId, 'x'.repeat(5000))
    expect(await post(big, {'x-telegram-bot-api-secret-token': secret})).toBe(413)
    expect(await post('{"update_id": 5, "message": ', {'x-telegram-bot-api-secret-token': secret})).toBe(400)
    expect(await post('[1,2]', {'x-telegram-bot-api-secret-token': secret})).toBe(400)
    const wrongPath = await fetch(hook.replace('/hook', '/other'), {method: 'POST', body: '{}'})
    expect(wrongPath.status).toBe(405)
    await new Promise((resolve) => setTimeout(resolve, 200))
    expect(api.callsOf('sendMessage')).toHaveLength(1)
    expect(logs.text).not.toContain(secret)
  })

  it('acknowledges a slow update in time, and a re-sent update is not answered twice', async () => {
    const user = api.user()
    user.sendText('/slow 3000')
    // Answered 200 after 300 ms, before the fake's 2.5 s timeout: no re-delivery.
    await api.waitFor(() => api.deliveries.length === 1, 3000)
    expect(api.deliveries[0]).toMatchObject({status: 200, attempt: 1})
    await api.waitFor(() => api.callsOf('sendMessage').length === 1, 6000)
    expect(api.deliveries).toHaveLength(1)

    // The same update posted again (Telegram re-sends after a restart): acknowledged, not answered.
    const chatId = user.chatId
    expect(await post(update(777, chatId, 'once'), {'x-telegram-bot-api-secret-token': secret})).toBe(200)
    expect(await post(update(777, chatId, 'once'), {'x-telegram-bot-api-secret-token': secret})).toBe(200)
    await api.waitFor(() => api.callsOf('sendMessage').length === 2)
    await new Promise((resolve) => setTimeout(resolve, 200))
    expect(api.callsOf('sendMessage')).toHaveLength(2)
    expect(await service.metrics.registry.getSingleMetricAsString('bot_duplicate_updates_total')).toMatch(/ 1$/m)
  })

  it('stops taking updates on shutdown and finishes the one in flight', async () => {
    const user = api.user()
    user.sendText('/slow 700')
    await api.waitFor(() => api.deliveries.length === 1, 3000)
    const stopped = service.stop('SIGTERM')
    const health = await fetch(`http://127.0.0.1:${service.address!.port}/healthz`).catch(() => undefined)
    if (health) expect(health.status).toBe(503)
    expect(await stopped).toBe(ExitCode.ok)
    expect(api.callsOf('sendMessage').map((call) => call.params.text)).toEqual(['slow done (by bot)'])
  })
})

describe('webhook mode: metrics', () => {
  let other: RunningService | undefined
  afterEach(async () => {
    await other?.stop()
    other = undefined
  })

  it('serves /metrics and the detailed /healthz on METRICS_PORT, and /metrics on the public port only with METRICS_TOKEN', async () => {
    const [port, metricsPort] = [await freePort(), await freePort()]
    ;({service: other} = await startTestService({
      env: {
        TELEGRAM_BOT_TOKEN: api.token,
        TELEGRAM_API_ROOT: api.apiRoot,
        BOT_MODE: 'webhook',
        WEBHOOK_URL: `http://127.0.0.1:${port}/hook`,
        HOST: '127.0.0.1',
        PORT: String(port),
        METRICS_PORT: String(metricsPort),
        METRICS_TOKEN: 'metrics-secret'
      }
    }))
    const local = await fetch(`http://127.0.0.1:${metricsPort}/healthz`)
    expect(await local.json()).toMatchObject({ok: true, mode: 'webhook'})
    expect((await fetch(`http://127.0.0.1:${metricsPort}/metrics`)).status).toBe(401)
    const publicMetrics = `http://127.0.0.1:${port}/metrics`
    expect((await fetch(publicMetrics)).status).toBe(401)
    expect((await fetch(publicMetrics, {headers: {authorization: 'Bearer wrong-secret!'}})).status).toBe(401)
    const allowed = await fetch(publicMetrics, {headers: {authorization: 'Bearer metrics-secret'}})
    expect(allowed.status).toBe(200)
    expect(await allowed.text()).toContain('bot_updates_total')
  })
})
