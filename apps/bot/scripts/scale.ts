/**
 * How the bot scales with articles and with followers (a benchmark that prints figures; it
 * asserts nothing). Needs a build (`pnpm build`) and, for followers, redis-server.
 *
 * Articles: 1, 100 and 1,000 articles generated from the corpus of real releases by renaming
 * their people, places and figures; for each, the content build's time and the bundle's size,
 * the bot's start-up time and RSS (`node dist/main.js` against the fake Bot API), and the time to
 * answer a question — in the core (warm, in process) and end to end (a person's message to the
 * reply at the fake).
 *
 * Followers: F people follow, a new article is published (new bundle, SIGHUP), the bot announces
 * it through the BullMQ queue against the fake Bot API with Telegram's limits scaled up ×S; the
 * achieved rate against the enforced limit, 429s after the first, duplicates and losses across a
 * kill -9 of the bot halfway and a restart.
 *
 *   pnpm --filter @campaign/bot scale [--articles 1,100,1000] [--questions 300] [--followers 10000]
 *        [--scale 5] [--skip-articles] [--skip-followers]
 */
import {spawn, spawnSync, type ChildProcess} from 'node:child_process'
import {mkdirSync, mkdtempSync, readFileSync, statSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import {join} from 'node:path'
import {performance} from 'node:perf_hooks'
import {parseArgs} from 'node:util'
import {startFakeBotApi, type FakeBotApi} from '@campaign/fake-bot-api'
import {extractFacts} from 'article-facts'
import {Redis} from 'ioredis'
import {answerTranslator} from '../src/bot/i18n.js'
import {answerInLibrary} from '../src/core/across.js'
import {phraseAnswer} from '../src/format/phrase.js'
import {loadBundleLibrary} from '../src/facts-source.js'
import {loadCorpus} from '../src/eval/corpus.js'
import {dataFiles} from '../test/data-files.js'
import {freePort, redisServerBin, TestRedis} from '../test/runtime/helpers/harness.js'

const {values: args} = parseArgs({
  options: {
    articles: {type: 'string', default: '1,100,1000'},
    questions: {type: 'string', default: '300'},
    followers: {type: 'string', default: '10000'},
    scale: {type: 'string', default: '5'},
    'skip-articles': {type: 'boolean', default: false},
    'skip-followers': {type: 'boolean', default: false}
  }
})

// Answers are phrased as the bot phrases them: the figure is what a person waits for.
const translate = answerTranslator()

const appDir = join(import.meta.dirname, '..')
const cli = join(appDir, '..', '..', 'packages', 'article-facts', 'bin', 'article-facts.js')
const work = mkdtempSync(join(tmpdir(), 'bot-scale-'))
const line = (label: string, value: string) => console.log(`${label.padEnd(40)} ${value}`)
const percentile = (sorted: readonly number[], p: number) => sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? NaN
const ms = (value: number) => (value < 1 ? `${(value * 1000).toFixed(0)} µs` : `${value.toFixed(1)} ms`)

// ---- generated articles --------------------------------------------------------------------

const FIRST = ['Ana', 'Brian', 'Chidi', 'Dolores', 'Emeka', 'Farah', 'Gustavo', 'Hana', 'Ibrahim', 'Julia', 'Kofi', 'Lucía', 'Marek', 'Nadia', 'Omar', 'Paula']
const LAST = ['Abara', 'Bustos', 'Castell', 'Duarte', 'Eriksen', 'Fonseca', 'Gállego', 'Haddad', 'Ilunga', 'Jaramillo', 'Kowal', 'Lindqvist', 'Moreira', 'Nakamura', 'Okoro', 'Prieto']
const PLACES = ['Valdoria', 'Marlen', 'Ostrava Nueva', 'San Telmo Alto', 'Kerres', 'Puerto Lisandro', 'Brenna', 'Tamsin', 'Villa Orquídea', 'Norhaven']

/** A new article from a real one: its people, places and figures renamed, so no two are alike. */
function variant(text: string, facts: ReturnType<typeof extractFacts>['facts'], index: number): string {
  let out = text
  for (const [n, person] of (facts?.people ?? []).entries()) {
    const [first, ...rest] = person.name.split(' ')
    const name = `${FIRST[(index + n) % FIRST.length]} ${LAST[(index * 7 + n) % LAST.length]}`
    out = out.split(person.name).join(name)
    const surname = rest.at(-1)
    if (surname && surname.length > 3 && first) out = out.split(surname).join(name.split(' ')[1] ?? surname)
  }
  const places = new Set((facts?.sentences ?? []).flatMap((sentence) => (sentence.spans ?? []).filter((span) => span.type === 'place').map((span) => span.text)))
  for (const [n, place] of [...places].entries()) if (place.length > 3) out = out.split(place).join(`${PLACES[(index + n) % PLACES.length]} ${index}`)
  // Figures change (not years, days or parts of dates and times).
  return out.replace(/(?<![-/:.,\d])\b(\d{3,6})\b(?![-/:]\d)/g, (figure) => (/^(19|20)\d\d$/.test(figure) ? figure : String(Number(figure) + (index % 97))))
}

function generate(count: number): string {
  const dir = join(work, `articles-${count}`)
  mkdirSync(dir, {recursive: true})
  const templates = loadCorpus(join(appDir, 'eval', 'corpus')).map((article) => {
    const text = readFileSync(article.article, 'utf8')
    return {slug: article.slug, text, ext: article.article.endsWith('.md') ? 'md' : 'txt', facts: extractFacts(text, {path: article.article}).facts}
  })
  for (let index = 0; index < count; index++) {
    const template = templates[index % templates.length]!
    const text = index < templates.length ? template.text : variant(template.text, template.facts, index)
    writeFileSync(join(dir, `${template.slug}-${index}.${template.ext}`), text)
  }
  return dir
}

// ---- the bot process -----------------------------------------------------------------------

function startBot(env: Record<string, string>): {process: ChildProcess; output: () => string} {
  let output = ''
  const child = spawn(process.execPath, ['dist/main.js'], {cwd: appDir, env: {PATH: process.env.PATH, LOG_LEVEL: 'warn', ...env}, stdio: ['ignore', 'pipe', 'pipe']})
  child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()))
  child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()))
  return {process: child, output: () => output}
}

async function stop(child: ChildProcess, signal: NodeJS.Signals = 'SIGTERM'): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return
  const exited = new Promise((resolve) => child.once('exit', resolve))
  child.kill(signal)
  await exited
}

function rssMb(pid: number | undefined): number {
  const status = readFileSync(`/proc/${pid}/status`, 'utf8')
  return Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? NaN) / 1024
}

async function benchArticles(counts: number[], questionCount: number): Promise<void> {
  console.log(`\n== articles (generated from the ${loadCorpus(join(appDir, 'eval', 'corpus')).length} corpus releases)`)
  const questions = loadCorpus(join(appDir, 'eval', 'corpus')).flatMap((article) => article.items.map((item) => item.question))
  const asked = Array.from({length: questionCount}, (_, index) => questions[(index * 37) % questions.length]!)
  const rows: Array<Record<string, string>> = []
  let coreOne: number | undefined
  for (const count of counts) {
    const dir = generate(count)
    const bundle = join(work, `bundle-${count}.json`)
    let started = performance.now()
    const build = spawnSync(process.execPath, [cli, dir, '--bundle', bundle], {encoding: 'utf8'})
    const buildMs = performance.now() - started
    if (build.status !== 0) throw new Error(`content build failed: ${build.stderr.slice(0, 500)}`)

    // The core and the phrasing, in process and warm: every question once to build the indexes, then timed.
    started = performance.now()
    const library = loadBundleLibrary(bundle)
    const loadMs = performance.now() - started
    for (const question of asked) phraseAnswer(answerInLibrary(library, question, {lang: 'en'}), translate)
    const times: number[] = []
    for (const question of asked) {
      const at = performance.now()
      phraseAnswer(answerInLibrary(library, question, {lang: 'en'}), translate)
      times.push(performance.now() - at)
    }
    times.sort((a, b) => a - b)
    const core = percentile(times, 50)
    coreOne ??= core

    // The bot process: start-up to its first poll, answers end to end, RSS.
    const api = await startFakeBotApi()
    const data = mkdtempSync(join(work, 'data-'))
    started = performance.now()
    const bot = startBot({TELEGRAM_BOT_TOKEN: api.token, TELEGRAM_API_ROOT: api.apiRoot, FACTS_BUNDLE: bundle, RATE_LIMIT: '0', ...dataFiles(data)})
    await api.waitFor(() => api.polling, 120_000, `the bot to poll; output:\n${bot.output()}`)
    const startupMs = performance.now() - started
    const latencies = await askOverTelegram(api, asked)
    latencies.sort((a, b) => a - b)
    const rss = rssMb(bot.process.pid)
    await stop(bot.process)
    await api.close()
    rows.push({
      articles: String(count),
      build: `${(buildMs / 1000).toFixed(1)} s`,
      bundle: `${(statSync(bundle).size / 1024 / 1024).toFixed(1)} MB`,
      'load+index': `${(loadMs / 1000).toFixed(2)} s`,
      'start-up': `${(startupMs / 1000).toFixed(1)} s`,
      RSS: `${rss.toFixed(0)} MB`,
      'core p50': ms(core),
      'core p99': ms(percentile(times, 99)),
      'core ×1': `${(core / coreOne).toFixed(2)}`,
      'reply p50': ms(percentile(latencies, 50)),
      'reply p99': ms(percentile(latencies, 99))
    })
    console.table(rows.slice(-1))
  }
  console.log('\nAll article counts:')
  console.table(rows)
}

/** 20 people at a time, each asking after their previous answer; ms from message to reply. */
async function askOverTelegram(api: FakeBotApi, questions: readonly string[]): Promise<number[]> {
  const latencies: number[] = []
  let next = 0
  await Promise.all(
    Array.from({length: 20}, async () => {
      const person = api.user({languageCode: 'en'})
      while (next < questions.length) {
        const question = questions[next++]!
        const at = performance.now()
        person.sendText(question)
        await person.waitForReply({timeoutMs: 30_000})
        latencies.push(performance.now() - at)
      }
    })
  )
  return latencies
}

// ---- followers -----------------------------------------------------------------------------

async function benchFollowers(followers: number, scale: number): Promise<void> {
  console.log(`\n== followers: ${followers} people, a new article announced through BullMQ, Telegram's limits ×${scale}`)
  if (!redisServerBin) {
    console.log('redis-server is missing (apt-get install redis-server): skipped')
    return
  }
  const limit = 30 * scale
  const api = await startFakeBotApi({rateLimits: {overall: {perSecond: limit, burst: limit}, perChat: {perSecond: 1, burst: 3}}})
  const redis = await TestRedis.start()
  const data = mkdtempSync(join(work, 'followers-'))
  const bundle = join(data, 'facts-bundle.json')
  const base = JSON.parse(readFileSync(join(appDir, '..', '..', 'content', 'dist', 'facts-bundle.json'), 'utf8')) as {articles: unknown[]}
  writeFileSync(bundle, JSON.stringify(base))
  const env = {
    TELEGRAM_BOT_TOKEN: api.token,
    TELEGRAM_API_ROOT: api.apiRoot,
    REDIS_URL: redis.url,
    FACTS_BUNDLE: bundle,
    BROADCAST_RATE: String(limit),
    RATE_LIMIT: '0',
    METRICS_PORT: String(await freePort()),
    ...dataFiles(data)
  }
  let bot = startBot(env)
  await api.waitFor(() => api.polling, 60_000, 'the bot to poll')
  // Everyone follows through the bot itself; Telegram's limit paces the confirmations.
  const people = Array.from({length: followers}, () => api.user({languageCode: 'en'}))
  let started = performance.now()
  for (const person of people) person.sendText('/follow')
  const confirmed = () => api.callsOf('sendMessage').filter((call) => call.outcome.ok && String(call.params.text).includes("I'll send you")).length
  await api.waitFor(() => confirmed() >= followers, 600_000, 'every /follow confirmed')
  line('followers signed up', `${followers} in ${((performance.now() - started) / 1000).toFixed(1)} s`)

  const articlePath = 'articles/ruritania-delegation-arrives.md'
  const {facts} = extractFacts(readFileSync(join(appDir, 'test', 'fixtures', 'library', 'ruritania-delegation-arrives.md'), 'utf8'), {path: articlePath})
  writeFileSync(bundle, JSON.stringify({...base, articles: [...base.articles, {path: articlePath, hash: 'new', facts}]}))
  const isAnnouncement = (text: unknown) => String(text).startsWith('<b>New: ')
  const announcements = () => api.callsOf('sendMessage').filter((call) => call.outcome.ok && isAnnouncement(call.params.text))
  const refusedAfterFirst = () => {
    const refused = api.callsOf('sendMessage').filter((call) => !call.outcome.ok && 'error_code' in call.outcome && call.outcome.error_code === 429 && isAnnouncement(call.params.text))
    return Math.max(0, refused.length - 1)
  }
  const firstCall = api.calls.length
  started = performance.now()
  bot.process.kill('SIGHUP')
  await api.waitFor(() => announcements().length >= followers / 2, 600_000, 'half the announcements')
  const halfMs = performance.now() - started
  const sentBeforeKill = announcements().length
  await stop(bot.process, 'SIGKILL')
  const restarted = performance.now()
  bot = startBot(env)
  await api.waitFor(() => new Set(announcements().map((call) => Number(call.params.chat_id))).size >= followers, 600_000, `every follower told; output:\n${bot.output()}`)
  const totalMs = performance.now() - started
  await new Promise((resolve) => setTimeout(resolve, 3000))
  const perChat = new Map<number, number>()
  for (const call of announcements()) perChat.set(Number(call.params.chat_id), (perChat.get(Number(call.params.chat_id)) ?? 0) + 1)
  const duplicates = [...perChat.values()].reduce((sum, count) => sum + Math.max(0, count - 1), 0)
  const lost = people.filter((person) => !perChat.has(person.chatId)).length
  // The rate while sending: the first half, before the kill (the restart waits for the killed jobs' locks).
  const firstHalf = api.calls.slice(firstCall).filter((call) => call.outcome.ok && isAnnouncement(call.params.text))
  const span = (firstHalf.at(-1)!.at - firstHalf[0]!.at) / 1000
  const rate = (firstHalf.length - 1) / span
  line('enforced limit', `${limit} messages/s overall, 1/s per chat`)
  line('achieved rate before the kill', `${rate.toFixed(0)} messages/s = ${(rate / limit).toFixed(2)} of the limit (${sentBeforeKill} in ${(halfMs / 1000).toFixed(1)} s)`)
  line('429s after the first', String(refusedAfterFirst()))
  line('every follower told after restart', `${(totalMs / 1000).toFixed(1)} s in all (restart ${((performance.now() - restarted) / 1000).toFixed(1)} s ago)`)
  line('duplicates / lost', `${duplicates} / ${lost}`)
  const store = new Redis(redis.url)
  line('followers kept', String(await store.hlen('bot:followers')))
  await store.quit()
  await stop(bot.process)
  await redis.kill()
  await api.close()
}

console.log(`Scale benchmarks (Node ${process.version}); work files in ${work}`)
if (!args['skip-articles']) await benchArticles(args.articles.split(',').map(Number), Number(args.questions))
if (!args['skip-followers']) await benchFollowers(Number(args.followers), Number(args.scale))
