/**
 * The bot process killed with SIGKILL in the middle of a burst, then started again: every person
 * is answered once — none lost (their updates were in the in-flight journal before Telegram was
 * told they arrived), none twice — by long polling and by webhook, with and without Redis.
 */
import {spawn, type ChildProcess} from 'node:child_process'
import {existsSync, mkdtempSync} from 'node:fs'
import {tmpdir} from 'node:os'
import {join} from 'node:path'
import {startFakeBotApi, type FakeBotApi, type ScriptedUser} from '@campaign/fake-bot-api'
import {afterEach, describe, expect, it} from 'vitest'
import {defaultBundlePath} from '../../src/facts-source.js'
import {dataFiles} from '../data-files.js'
import {prerequisite} from '../prerequisites.js'
import {freePort, redisServerBin, TestRedis} from '../runtime/helpers/harness.js'

const appDir = join(import.meta.dirname, '..', '..')
const bundleReady = prerequisite('crash tests', [!existsSync(defaultBundlePath()) && `the facts bundle ${defaultBundlePath()}`], 'pnpm content:build')

interface BotProcess {
  process: ChildProcess
  output: () => string
}

function startBot(env: Record<string, string>): BotProcess {
  let output = ''
  const child = spawn(process.execPath, ['dist/main.js'], {cwd: appDir, env: {PATH: process.env.PATH, ...env}, stdio: ['ignore', 'pipe', 'pipe']})
  child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()))
  child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()))
  return {process: child, output: () => output}
}

async function kill(bot: BotProcess | undefined): Promise<void> {
  if (!bot || bot.process.exitCode !== null || bot.process.signalCode !== null) return
  const exited = new Promise((resolve) => bot.process.once('exit', resolve))
  bot.process.kill('SIGKILL')
  await exited
}

const PEOPLE = 16
/** Two: three chats refused at once would be taken for the bot-wide limit, and pace everyone (flood-gate.ts). */
const HELD = 2

/** Replies the person's chat received. */
function repliesTo(api: FakeBotApi, user: ScriptedUser): number {
  return api.callsOf('sendMessage').filter((call) => call.outcome.ok && Number(call.params.chat_id) === user.chatId).length
}

type Setup = 'polling' | 'webhook' | 'polling with Redis'

describe.skipIf(!bundleReady)('the bot process killed mid-burst (SIGKILL), then restarted', () => {
  const cleanups: (() => Promise<void>)[] = []
  afterEach(async () => {
    for (const cleanup of cleanups.splice(0).reverse()) await cleanup()
  })

  it.each<Setup>(['polling', 'webhook', 'polling with Redis'])('answers every person once: %s', async (setup) => {
    if (setup === 'polling with Redis' && !prerequisite('crash test with Redis', [!redisServerBin && 'redis-server'], 'apt-get install redis-server')) return
    const api = await startFakeBotApi()
    cleanups.push(() => api.close())
    const dir = mkdtempSync(join(tmpdir(), 'bot-crash-'))
    const env: Record<string, string> = {
      TELEGRAM_BOT_TOKEN: api.token,
      TELEGRAM_API_ROOT: api.apiRoot,
      ...dataFiles(dir)
    }
    if (setup === 'webhook') {
      const port = await freePort()
      // Acknowledged long before the replies go out: Telegram will not send these updates again.
      Object.assign(env, {BOT_MODE: 'webhook', WEBHOOK_URL: `http://127.0.0.1:${port}/hook`, HOST: '127.0.0.1', PORT: String(port), WEBHOOK_ACK_TIMEOUT_MS: '300'})
    }
    if (setup === 'polling with Redis') {
      const redis = await TestRedis.start()
      cleanups.push(() => redis.kill())
      Object.assign(env, {REDIS_URL: redis.url, IN_FLIGHT_LEASE_MS: '1000'})
    }
    const ready = () => (setup === 'webhook' ? api.webhook !== undefined : api.polling)

    let bot: BotProcess | undefined = startBot(env)
    cleanups.push(() => kill(bot))
    await api.waitFor(ready, 20_000, 'the bot to take updates')
    // Telegram holds the first replies back for 30 s, so they are still in flight at the kill; the others go out.
    api.fault('sendMessage', {kind: 'retry-after', seconds: 30}, HELD)
    const people = Array.from({length: PEOPLE}, () => api.user({languageCode: 'en'}))
    for (const person of people) person.sendText('Who leads the delegation?')
    await api.waitFor(() => api.callsOf('sendMessage').length >= PEOPLE, 15_000, 'every reply to be tried')
    if (setup === 'webhook') await api.waitFor(() => api.deliveries.filter((delivery) => delivery.status === 200).length >= PEOPLE, 5000, 'every update acknowledged')
    expect(people.map((person) => repliesTo(api, person)).reduce((sum, count) => sum + count, 0)).toBe(PEOPLE - HELD)
    // The answered ones are crossed out a few milliseconds after their reply (a reply sent in that
    // instant before a kill goes out again: docs/operations.md); the held ones stay in flight.
    await new Promise((resolve) => setTimeout(resolve, 300))

    await kill(bot)
    bot = startBot(env)
    await api.waitFor(() => people.every((person) => repliesTo(api, person) >= 1), 20_000, `every person answered after the restart; output:\n${bot.output()}`)
    // Time for a second answer to anyone, had the restart sent one.
    await new Promise((resolve) => setTimeout(resolve, 1500))
    expect(people.map((person) => repliesTo(api, person)), bot.output()).toEqual(people.map(() => 1))
    expect(bot.output()).toContain('Answering updates in flight when an earlier process ended')
  }, 60_000)
})
