/**
 * Following, end to end with the real process, with a real redis-server and without: people /follow, a new
 * article is published (a new bundle, then SIGHUP), and the process is killed with SIGKILL in the
 * middle of announcing it, with jobs queued, delayed and in flight (held by a 429). After a restart
 * every follower has the announcement exactly once, and the one who blocked the bot is no longer a
 * follower.
 */
import {spawn, type ChildProcess} from 'node:child_process'
import {existsSync, mkdtempSync, readFileSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import {join} from 'node:path'
import {startFakeBotApi, type FakeBotApi} from '@campaign/fake-bot-api'
import {extractFacts} from 'article-facts'
import {Redis} from 'ioredis'
import {afterEach, describe, expect, it} from 'vitest'
import {defaultBundlePath} from '../../src/facts-source.js'
import {dataFiles} from '../data-files.js'
import {ARRIVAL, LIBRARY_DIR} from '../fixtures/library.js'
import {prerequisite} from '../prerequisites.js'
import {redisServerBin, TestRedis} from '../runtime/helpers/harness.js'

const appDir = join(import.meta.dirname, '..', '..')
const ready = prerequisite(
  'broadcast test',
  [!existsSync(defaultBundlePath()) && `the facts bundle ${defaultBundlePath()}`, !redisServerBin && 'redis-server'],
  'pnpm content:build; apt-get install redis-server'
)

const FOLLOWERS = 120

function startBot(env: Record<string, string>): {process: ChildProcess; output: () => string} {
  let output = ''
  const child = spawn(process.execPath, ['dist/main.js'], {cwd: appDir, env: {PATH: process.env.PATH, ...env}, stdio: ['ignore', 'pipe', 'pipe']})
  child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()))
  child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()))
  return {process: child, output: () => output}
}

async function kill(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return
  const exited = new Promise((resolve) => child.once('exit', resolve))
  child.kill('SIGKILL')
  await exited
}

/** The bundle of the content build with one more article in it, as a maintainer publishes one. */
function withNewArticle(bundlePath: string): string {
  const bundle = JSON.parse(readFileSync(defaultBundlePath(), 'utf8')) as {articles: unknown[]}
  const path = `articles/${ARRIVAL}.md`
  const {facts} = extractFacts(readFileSync(new URL(`${ARRIVAL}.md`, LIBRARY_DIR), 'utf8'), {path})
  bundle.articles.push({path, hash: 'new', facts})
  writeFileSync(bundlePath, JSON.stringify(bundle))
  return bundlePath
}

const announcementsTo = (api: FakeBotApi, chatId: number) =>
  api.callsOf('sendMessage').filter((call) => call.outcome.ok && Number(call.params.chat_id) === chatId && String(call.params.text).startsWith('<b>New: ')).length

describe.runIf(ready)('announcing a new article to followers, killed halfway', () => {
  const cleanups: (() => Promise<void>)[] = []
  afterEach(async () => {
    for (const cleanup of cleanups.splice(0).reverse()) await cleanup()
  })

  it.each(['with Redis (BullMQ)', 'without Redis (local files, in-process sender)'])('every follower gets it once; who blocked the bot is unfollowed: %s', async (setup) => {
    const withRedis = setup.startsWith('with Redis')
    // Telegram's limits, the overall one raised so the test is short (per chat as Telegram's).
    const api = await startFakeBotApi({rateLimits: {overall: {perSecond: 80, burst: 80}, perChat: {perSecond: 1, burst: 3}}})
    cleanups.push(() => api.close())
    const redis = withRedis ? await TestRedis.start() : undefined
    if (redis) cleanups.push(() => redis.kill())
    const dir = mkdtempSync(join(tmpdir(), 'bot-broadcast-'))
    const bundle = join(dir, 'facts-bundle.json')
    writeFileSync(bundle, readFileSync(defaultBundlePath()))
    const files = dataFiles(dir)
    const env = {TELEGRAM_BOT_TOKEN: api.token, TELEGRAM_API_ROOT: api.apiRoot, FACTS_BUNDLE: bundle, BROADCAST_RATE: '40', ...files, ...(redis ? {REDIS_URL: redis.url} : {})}

    let bot = startBot(env)
    cleanups.push(() => kill(bot.process))
    await api.waitFor(() => api.polling, 20_000, 'the bot to poll')
    const people = Array.from({length: FOLLOWERS}, () => api.user({languageCode: 'en'}))
    for (const person of people) person.sendText('/follow')
    await api.waitFor(() => api.callsOf('sendMessage').filter((call) => call.outcome.ok && String(call.params.text).includes("I'll send you")).length >= FOLLOWERS, 30_000, 'every /follow confirmed')
    const [blocker, ...followers] = people
    api.blockBot(blocker!.chatId)

    withNewArticle(bundle)
    bot.process.kill('SIGHUP')
    await api.waitFor(() => followers.filter((person) => announcementsTo(api, person.chatId) > 0).length >= 30, 20_000, `announcements to begin; output:\n${bot.output()}`)
    // Telegram refuses for a while (429), so the sends in flight at the kill are ones it has not
    // carried out: a message Telegram carries out in the very instant of a kill would go out again
    // after the restart (at least once, docs/operations.md), and the test would depend on timing.
    api.fault('sendMessage', {kind: 'retry-after', seconds: 1}, 10)
    await api.waitFor(() => api.callsOf('sendMessage').some((call) => !call.outcome.ok), 10_000, 'a refusal')
    await new Promise((resolve) => setTimeout(resolve, 300))
    await kill(bot.process)
    const beforeRestart = followers.filter((person) => announcementsTo(api, person.chatId) > 0).length
    expect(beforeRestart).toBeLessThan(followers.length)

    bot = startBot(env)
    await api.waitFor(() => followers.every((person) => announcementsTo(api, person.chatId) >= 1), 60_000, 'every follower told after the restart')
    // Time for a second announcement to anyone, had the restart sent one.
    await new Promise((resolve) => setTimeout(resolve, 1500))
    expect(followers.map((person) => announcementsTo(api, person.chatId))).toEqual(followers.map(() => 1))
    if (redis) {
      const store = new Redis(redis.url)
      expect(await store.hexists('bot:followers', String(blocker!.chatId))).toBe(0)
      expect(await store.hlen('bot:followers')).toBe(FOLLOWERS - 1)
      await store.quit()
    } else {
      await new Promise((resolve) => setTimeout(resolve, 200))
      const kept = JSON.parse(readFileSync(files.FOLLOWERS_FILE, 'utf8')) as Record<string, string>
      expect(Object.keys(kept)).toHaveLength(FOLLOWERS - 1)
      expect(kept[String(blocker!.chatId)]).toBeUndefined()
    }
  }, 120_000)
})
