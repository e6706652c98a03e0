import {once} from 'node:events'
import {mkdtempSync, readFileSync, writeFileSync} from 'node:fs'
import {createServer} from 'node:http'
import type {AddressInfo} from 'node:net'
import {tmpdir} from 'node:os'
import {join} from 'node:path'
import {startFakeBotApi, type FakeBotApi, type ScriptedUser} from '@campaign/fake-bot-api'
import {afterEach, beforeEach, describe, expect, it} from 'vitest'
import {ExitCode, type RunningService} from '../../src/runtime/index.js'
import {main as unansweredMain} from '../../src/unanswered.js'
import {freePort, startTestService, type LogLines} from './helpers/harness.js'
import {testFacts} from './helpers/test-bot.js'

let api: FakeBotApi
let running: RunningService[] = []

beforeEach(async () => {
  api = await startFakeBotApi()
})
afterEach(async () => {
  await Promise.all(running.map((service) => service.stop()))
  running = []
  await api.close()
})

async function start(env: Record<string, string> = {}, deps = {}): Promise<{service: RunningService; logs: LogLines}> {
  const started = await startTestService({
    env: {TELEGRAM_BOT_TOKEN: api.token, TELEGRAM_API_ROOT: api.apiRoot, ...env},
    deps
  })
  running.push(started.service)
  return started
}

/** Every text message must get exactly one echo. */
function echoesOf(text: string): number {
  return api.callsOf('sendMessage').filter((call) => call.outcome.ok && String(call.params.text).includes(`] ${text} (`)).length
}

describe('polling', () => {
  it('answers every update exactly once through failed sends, failed polls and dropped connections', async () => {
    const {service, logs} = await start()
    api.fault('sendMessage', {kind: 'error', code: 500})
    api.fault('sendMessage', {kind: 'drop'})
    api.fault('sendMessage', {kind: 'retry-after', seconds: 1})
    api.fault('getUpdates', {kind: 'error', code: 502})
    api.fault('getUpdates', {kind: 'drop'})
    const users: ScriptedUser[] = Array.from({length: 10}, () => api.user())
    const texts: string[] = []
    for (let round = 0; round < 3; round++) {
      for (const [index, user] of users.entries()) {
        const text = `q${round}-${index}`
        texts.push(text)
        user.sendText(text)
      }
    }
    await api.waitFor(() => texts.every((text) => echoesOf(text) >= 1), 20_000, 'all answers')
    await new Promise((resolve) => setTimeout(resolve, 300))
    expect(texts.filter((text) => echoesOf(text) !== 1)).toEqual([])
    expect(api.faults.pending).toBe(0)
    // Follow-ups in one chat stay in order (sequentialize) and see the previous message.
    const first = await users[0]!.waitForReply()
    expect(first.text).toContain('(previous: -)')
    expect((await users[0]!.waitForReply()).text).toContain('(previous: q0-0)')

    const metrics = await service.metrics.registry.metrics()
    expect(metrics).toMatch(/bot_updates_total\{type="message"\} 30/)
    expect(metrics).toMatch(/telegram_api_retries_total\{method="sendMessage"\} [3-9]/)
    expect(metrics).toMatch(/bot_questions_total\{status="answered",via="message"\} 30/)
    // The dropped connection's error names the URL with the token: it must not reach the logs.
    expect(logs.text).not.toContain(api.token)
    expect(logs.text).not.toContain(api.token.split(':')[1])
    expect(logs.text).toContain('Bot API call failed on the network')
  }, 30_000)

  it('keeps answering other chats while one chat waits out its own 429', async () => {
    await start()
    const slow = api.user()
    const others = [api.user(), api.user(), api.user()]
    // Some traffic first: the bot is sending, though far below Telegram's bot-wide limit.
    for (const [index, user] of others.entries()) user.sendText(`before ${index}`)
    for (const user of others) await user.waitForReply()
    api.fault('sendMessage', {kind: 'retry-after', seconds: 20})
    slow.sendText('first')
    await api.waitFor(() => api.callsOf('sendMessage').some((call) => !call.outcome.ok), 10_000, 'the 429')
    for (const [index, user] of others.entries()) user.sendText(`other ${index}`)
    for (const user of others) expect((await user.waitForReply({timeoutMs: 5000})).text).toContain('other')
  }, 30_000)

  it('ends with a clear message and exit code 3 when another instance polls the same token (409)', async () => {
    const {service, logs} = await start()
    await api.waitFor(() => api.polling)
    api.fault('getUpdates', {kind: 'error', code: 409})
    api.user().sendText('hello')
    expect(await service.exited).toBe(ExitCode.conflict)
    expect(logs.text).toContain('Another instance is polling with this bot token (409 Conflict)')
    const polls = api.callsOf('getUpdates').length
    await new Promise((resolve) => setTimeout(resolve, 500))
    expect(api.callsOf('getUpdates').length).toBe(polls)
  })

  it('ends with a clear message and exit code 5 when METRICS_PORT is taken', async () => {
    const holder = createServer().listen(0, '127.0.0.1')
    await once(holder, 'listening')
    const taken = (holder.address() as AddressInfo).port
    try {
      await expect(startTestService({env: {TELEGRAM_BOT_TOKEN: api.token, TELEGRAM_API_ROOT: api.apiRoot, METRICS_PORT: String(taken)}})).rejects.toMatchObject({
        exitCode: ExitCode.addressInUse,
        message: `METRICS_PORT=${taken} is already in use on 127.0.0.1`
      })
    } finally {
      holder.close()
    }
  })

  it('refuses a token the Bot API does not know, with exit code 4', async () => {
    await expect(
      startTestService({env: {TELEGRAM_BOT_TOKEN: '1:nope-nope', TELEGRAM_API_ROOT: api.apiRoot}})
    ).rejects.toMatchObject({exitCode: ExitCode.unauthorized})
  })

  it('shuts down gracefully: the update in flight is answered, handled updates are confirmed', async () => {
    const {service} = await start()
    const user = api.user()
    user.sendText('/slow 800')
    await api.waitFor(
      () => api.polling && api.callsOf('getUpdates').some((call) => call.outcome.ok && (call.outcome.result as unknown[]).length > 0)
    )
    const code = await service.stop('SIGTERM')
    expect(code).toBe(ExitCode.ok)
    expect(api.callsOf('sendMessage').map((call) => call.params.text)).toEqual(['slow done (by bot)'])
    expect(api.queue.size).toBe(0)
    // A restart is not handed the same update again.
    await start()
    user.sendText('after restart')
    await api.waitFor(() => echoesOf('after restart') === 1)
    expect(api.callsOf('sendMessage')).toHaveLength(2)
  })

  it('keeps what the shutdown deadline cuts off in the journal, and answers it once after the restart', async () => {
    const journal = join(mkdtempSync(join(tmpdir(), 'bot-in-flight-')), 'updates.jsonl')
    const env = {SHUTDOWN_TIMEOUT_MS: '1500', IN_FLIGHT_FILE: journal}
    const {service: first} = await start(env)
    // Telegram holds every reply back for 30 s: the updates are confirmed, their answers cannot go out.
    for (let index = 0; index < 3; index++) api.fault('sendMessage', {kind: 'retry-after', seconds: 30})
    const users = [api.user(), api.user(), api.user()]
    for (const [index, user] of users.entries()) user.sendText(`held ${index}`)
    await api.waitFor(() => api.callsOf('sendMessage').length === 3, 5000, 'the held replies')
    expect(await first.stop('SIGTERM')).toBe(ExitCode.failed)
    const left = readFileSync(journal, 'utf8').trim().split('\n').map((line) => JSON.parse(line) as Record<string, unknown>)
    expect(left.filter((line) => 'begin' in line)).toHaveLength(3)
    expect(left.filter((line) => 'end' in line)).toHaveLength(0)

    await start(env)
    for (const [index, user] of users.entries()) expect((await user.waitForReply({timeoutMs: 5000})).text).toContain(`held ${index}`)
    await new Promise((resolve) => setTimeout(resolve, 300))
    expect(['held 0', 'held 1', 'held 2'].map(echoesOf)).toEqual([1, 1, 1])
  }, 30_000)

  it('gives up an update that was in flight each of the last three times the bot ended (no crash loop)', async () => {
    const journal = join(mkdtempSync(join(tmpdir(), 'bot-in-flight-')), 'updates.jsonl')
    const user = api.user()
    const update = (id: number, text: string) => ({update_id: id, message: {message_id: id, date: 0, chat: {id: user.chatId, type: 'private', first_name: 'T'}, from: {id: user.chatId, is_bot: false, first_name: 'T'}, text}})
    writeFileSync(journal, [JSON.stringify({begin: {update: update(900, 'poison'), attempt: 3}}), JSON.stringify({begin: {update: update(901, 'second try'), attempt: 2}})].join('\n') + '\n')
    user.sendText('hello') // Telegram knows the chat
    const {logs} = await start({IN_FLIGHT_FILE: journal})
    await api.waitFor(() => echoesOf('second try') === 1 && echoesOf('hello') === 1)
    expect(echoesOf('poison')).toBe(0)
    expect(logs.text).toContain('Update given up')
  })

  it('reloads content on request; a bad bundle is refused and the old one kept, and a good one after it loads', async () => {
    const bundles = [testFacts('v1'), testFacts('v2'), undefined, testFacts('v3')]
    let loads = 0
    const {service, logs} = await start(
      {},
      {
        loadLibrary: () => {
          const next = bundles[loads++]
          if (!next) throw new Error('schema check failed: articles[0].facts.title is missing')
          return next
        }
      }
    )
    const user = api.user()
    user.sendText('/version')
    expect((await user.waitForReply()).text).toBe('facts v1')
    expect(await service.reload()).toMatchObject({ok: true})
    user.sendText('/version')
    expect((await user.waitForReply()).text).toBe('facts v2')
    expect(await service.reload()).toMatchObject({ok: false, message: expect.stringContaining('schema check failed')})
    user.sendText('/version')
    expect((await user.waitForReply()).text).toBe('facts v2')
    expect(logs.text).toContain('New content refused')
    // One refusal does not stick: the next good bundle is taken.
    expect(await service.reload()).toMatchObject({ok: true})
    user.sendText('/version')
    expect((await user.waitForReply()).text).toBe('facts v3')
  })

  it('serves /healthz and /metrics on METRICS_PORT, and keeps declined questions without user ids', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'bot-unanswered-'))
    const file = join(dir, 'unanswered.jsonl')
    const port = await freePort()
    await start({METRICS_PORT: String(port), UNANSWERED_FILE: file})
    const users = [api.user(), api.user()]
    users[0]!.sendText('?weather')
    users[1]!.sendText('?Weather ')
    users[1]!.sendText('?age')
    users[0]!.sendText('fine')
    await api.waitFor(() => api.callsOf('sendMessage').length === 4)
    await new Promise((resolve) => setTimeout(resolve, 100))

    const health = await fetch(`http://127.0.0.1:${port}/healthz`)
    expect(health.status).toBe(200)
    expect(await health.json()).toMatchObject({ok: true, mode: 'polling'})
    const metrics = await (await fetch(`http://127.0.0.1:${port}/metrics`)).text()
    expect(metrics).toContain('bot_questions_total{status="declined",via="message"} 3')
    expect(metrics).toContain('bot_answer_latency_seconds_bucket')

    const stored = readFileSync(file, 'utf8')
    expect(stored.trim().split('\n')).toHaveLength(3)
    for (const user of users) expect(stored).not.toContain(String(user.user.id))

    let out = ''
    const code = await unansweredMain(['--json', '--file', file], {stdout: (t) => (out += t), stderr: () => {}, env: {}})
    expect(code).toBe(0)
    const rows = out.trim().split('\n').map((line) => JSON.parse(line))
    // Both spellings group as one; which one is shown depends on which was handled first.
    expect(rows.map((row) => [row.text.toLowerCase(), row.count])).toEqual([
      ['?weather', 2],
      ['?age', 1]
    ])
  })
})
