/**
 * The bot under pressure, as an operator would try it (a benchmark that prints figures; it
 * asserts nothing). The bot runs as `pnpm start` runs it — `node dist/main.js`, the real facts
 * bundle — against the fake Bot API on loopback with Telegram's limits enforced (about 30
 * messages/s overall, 1/s per chat with small bursts).
 *
 *   1. A surge: USERS people each ask one question, arriving over SPREAD seconds, while one
 *      person floods at 30 messages/s. Beside it, in the same run, the same surge with the
 *      per-person rate limit off (RATE_LIMIT=0): the baseline.
 *   2. The same surge cut by SIGKILL and by SIGTERM halfway, the bot started again at once:
 *      polling and webhook. Lost and twice-answered people are counted.
 *   3. SIGTERM while Telegram cannot be reached: how long until the process has exited.
 *   4. A content build over a folder with one pathological Markdown file.
 *
 *   pnpm --filter @campaign/bot pressure [--users 1000] [--spread 40] [--kill-users 300] [--skip-content]
 */
import {spawn, spawnSync, type ChildProcess} from 'node:child_process'
import {copyFileSync, existsSync, mkdirSync, mkdtempSync, readdirSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import {join} from 'node:path'
import {parseArgs} from 'node:util'
import {startFakeBotApi, type ApiCall, type FakeBotApi, type ScriptedUser} from '@campaign/fake-bot-api'
import {defaultBundlePath} from '../src/facts-source.js'
import {freePort} from '../test/runtime/helpers/harness.js'

const {values: args} = parseArgs({
  options: {
    users: {type: 'string', default: '1000'},
    spread: {type: 'string', default: '40'},
    'kill-users': {type: 'string', default: '300'},
    'skip-content': {type: 'boolean', default: false}
  }
})

const appDir = join(import.meta.dirname, '..')
const repoDir = join(appDir, '..', '..')
if (!existsSync(join(appDir, 'dist', 'main.js')) || !existsSync(defaultBundlePath())) {
  console.error('Build first: pnpm build && pnpm content:build')
  process.exit(2)
}

const QUESTIONS = ['Who leads the delegation?', 'When is the press conference?', 'How can I help?', '¿Quién encabeza la delegación?', 'What is the report called?', 'Where is the press conference?']
const FLOOD_PER_SECOND = 30

// ---- the bot process ---------------------------------------------------------------------

interface BotProcess {
  child: ChildProcess
  output: () => string
  exited: Promise<void>
}

function startBot(env: Record<string, string>): BotProcess {
  let output = ''
  const child = spawn(process.execPath, ['dist/main.js'], {cwd: appDir, env: {PATH: process.env.PATH, LOG_LEVEL: 'warn', ...env}, stdio: ['ignore', 'pipe', 'pipe']})
  child.stdout.on('data', (chunk: Buffer) => (output = (output + chunk.toString()).slice(-20_000)))
  child.stderr.on('data', (chunk: Buffer) => (output = (output + chunk.toString()).slice(-20_000)))
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()))
  return {child, output: () => output, exited}
}

async function stopBot(bot: BotProcess, signal: NodeJS.Signals = 'SIGTERM'): Promise<void> {
  if (bot.child.exitCode !== null || bot.child.signalCode !== null) return
  bot.child.kill(signal)
  await bot.exited
}

interface Setup {
  mode: 'polling' | 'webhook'
  rateLimit: boolean
}

async function botEnv(api: FakeBotApi, setup: Setup): Promise<Record<string, string>> {
  const dir = mkdtempSync(join(tmpdir(), 'bot-pressure-'))
  const env: Record<string, string> = {
    TELEGRAM_BOT_TOKEN: api.token,
    TELEGRAM_API_ROOT: api.apiRoot,
    UNANSWERED_FILE: join(dir, 'unanswered.jsonl'),
    IN_FLIGHT_FILE: join(dir, 'in-flight.jsonl'),
    ...(setup.rateLimit ? {} : {RATE_LIMIT: '0'})
  }
  if (setup.mode === 'webhook') {
    const port = await freePort()
    Object.assign(env, {BOT_MODE: 'webhook', WEBHOOK_URL: `http://127.0.0.1:${port}/hook`, HOST: '127.0.0.1', PORT: String(port), WEBHOOK_MAX_CONNECTIONS: '100'})
  }
  return env
}

const ready = (api: FakeBotApi, setup: Setup) => (setup.mode === 'webhook' ? api.webhook !== undefined : api.polling)

// ---- people ------------------------------------------------------------------------------

/** Every successful message to a chat, with when it was sent. */
function repliesByChat(api: FakeBotApi): Map<number, number[]> {
  const replies = new Map<number, number[]>()
  api.on('call', (call: ApiCall) => {
    if (call.method !== 'sendMessage' || !call.outcome.ok) return
    const chat = Number(call.params.chat_id)
    const list = replies.get(chat) ?? []
    list.push(performance.now())
    replies.set(chat, list)
  })
  return replies
}

interface Surge {
  people: {user: ScriptedUser; askedAt: number}[]
  flooder: ScriptedUser
  floodSent: number
  done: Promise<void>
}

/** People arriving evenly over `spreadSeconds`, one question each, and a flooder throughout. */
function surge(api: FakeBotApi, count: number, spreadSeconds: number): Surge {
  const people: Surge['people'] = []
  const flooder = api.user({languageCode: 'en'})
  const state: Surge = {people, flooder, floodSent: 0, done: Promise.resolve()}
  const started = performance.now()
  state.done = new Promise<void>((resolve) => {
    const tick = setInterval(() => {
      const elapsed = (performance.now() - started) / 1000
      const due = Math.min(count, Math.ceil((elapsed / spreadSeconds) * count))
      while (people.length < due) {
        const user = api.user({languageCode: people.length % 4 === 3 ? 'es' : 'en'})
        people.push({user, askedAt: performance.now()})
        user.sendText(QUESTIONS[people.length % QUESTIONS.length]!)
      }
      const floodDue = Math.floor(Math.min(elapsed, spreadSeconds) * FLOOD_PER_SECOND)
      while (state.floodSent < floodDue) flooder.sendText(`spam ${state.floodSent++}`)
      if (people.length >= count && elapsed >= spreadSeconds) {
        clearInterval(tick)
        resolve()
      }
    }, 20)
  })
  return state
}

interface SurgeFigures {
  label: string
  people: number
  answeredOnce: number
  lost: number
  twice: number
  p50: number
  p99: number
  floodSent: number
  floodAnswered: number
  toldToSlowDown: boolean
  seconds: number
}

async function settle(replies: Map<number, number[]>, state: Surge, timeoutMs: number): Promise<void> {
  const deadline = performance.now() + timeoutMs
  while (performance.now() < deadline && !state.people.every(({user}) => (replies.get(user.chatId)?.length ?? 0) >= 1)) {
    await new Promise((resolve) => setTimeout(resolve, 100))
  }
  // A moment for a second answer, had anyone been answered twice.
  await new Promise((resolve) => setTimeout(resolve, 2000))
}

function figuresOf(label: string, api: FakeBotApi, replies: Map<number, number[]>, state: Surge, started: number): SurgeFigures {
  const latencies: number[] = []
  let answeredOnce = 0
  let lost = 0
  let twice = 0
  for (const {user, askedAt} of state.people) {
    const got = replies.get(user.chatId) ?? []
    if (got.length === 0) lost++
    else {
      if (got.length === 1) answeredOnce++
      else twice++
      latencies.push(got[0]! - askedAt)
    }
  }
  latencies.sort((a, b) => a - b)
  const floodTexts = api.callsOf('sendMessage').filter((call) => call.outcome.ok && Number(call.params.chat_id) === state.flooder.chatId)
  return {
    label,
    people: state.people.length,
    answeredOnce,
    lost,
    twice,
    p50: percentile(latencies, 0.5),
    p99: percentile(latencies, 0.99),
    floodSent: state.floodSent,
    floodAnswered: floodTexts.length,
    toldToSlowDown: floodTexts.some((call) => String(call.params.text).includes('faster than I can answer')),
    seconds: (performance.now() - started) / 1000
  }
}

async function surgeRun(label: string, setup: Setup, count: number, spread: number, cut?: 'SIGKILL' | 'SIGTERM'): Promise<SurgeFigures> {
  const api = await startFakeBotApi({rateLimits: true, webhook: {timeoutMs: 60_000}})
  const replies = repliesByChat(api)
  const env = await botEnv(api, setup)
  let bot = startBot(env)
  try {
    await api.waitFor(() => ready(api, setup), 20_000, 'the bot to take updates')
    const started = performance.now()
    const state = surge(api, count, spread)
    if (cut) {
      await new Promise((resolve) => setTimeout(resolve, (spread * 1000) / 2))
      await stopBot(bot, cut)
      bot = startBot(env)
    }
    await state.done
    await settle(replies, state, 120_000)
    return figuresOf(label, api, replies, state, started)
  } finally {
    await stopBot(bot)
    await api.close()
  }
}

// ---- SIGTERM with Telegram out of reach ----------------------------------------------------

async function unreachableStop(): Promise<{seconds: number; code: number | null}> {
  const api = await startFakeBotApi()
  const bot = startBot(await botEnv(api, {mode: 'polling', rateLimit: true}))
  try {
    await api.waitFor(() => api.polling, 20_000, 'the bot to poll')
    api.fault('sendMessage', {kind: 'drop'}, 10_000)
    for (let index = 0; index < 20; index++) api.user({languageCode: 'en'}).sendText(QUESTIONS[index % QUESTIONS.length]!)
    await api.waitFor(() => api.calls.filter((call) => call.method === 'sendMessage').length >= 20, 10_000, 'replies to fail')
    const signalled = performance.now()
    bot.child.kill('SIGTERM')
    await bot.exited
    return {seconds: (performance.now() - signalled) / 1000, code: bot.child.exitCode}
  } finally {
    await stopBot(bot, 'SIGKILL')
    await api.close()
  }
}

// ---- a content build with one pathological file ------------------------------------------

function contentBuild(): {seconds: number; code: number | null; report: string; good: number} {
  const dir = mkdtempSync(join(tmpdir(), 'content-pressure-'))
  const articles = join(dir, 'articles')
  mkdirSync(articles, {recursive: true})
  // The seed article and the evaluation corpus: 49 real releases, text and Markdown.
  const good: string[] = []
  const seed = join(repoDir, 'content', 'articles')
  for (const name of readdirSync(seed)) good.push(join(seed, name))
  const corpus = join(appDir, 'eval', 'corpus')
  for (const slug of readdirSync(corpus)) {
    for (const name of ['article.txt', 'article.md']) if (existsSync(join(corpus, slug, name))) good.push(join(corpus, slug, name))
  }
  for (const [index, path] of good.entries()) copyFileSync(path, join(articles, `${index}-${path.split('/').at(-1)}`))
  writeFileSync(join(articles, 'pathological.md'), `${'*'.repeat(20_000)}x${'*'.repeat(20_000)}\n`)
  const started = performance.now()
  const run = spawnSync(process.execPath, [join(repoDir, 'packages', 'article-facts', 'bin', 'article-facts.js'), articles, '--bundle', join(dir, 'bundle.json')], {encoding: 'utf8', timeout: 120_000})
  const report = `${run.stdout}${run.stderr}`.trim().split('\n')
  return {seconds: (performance.now() - started) / 1000, code: run.status, report: report.filter((line) => / error: |^\d+ articles:|^Not writing/.test(line)).join('\n  '), good: good.length}
}

// ---- printing ----------------------------------------------------------------------------

function percentile(sorted: number[], p: number): number {
  if (sorted.length === 0) return Number.NaN
  return sorted[Math.min(sorted.length - 1, Math.floor(p * sorted.length))]!
}

function printSurges(rows: SurgeFigures[]): void {
  console.log('| Run | people | answered once | not answered in 2 min | twice | p50 s | p99 s | flooder sent / answered | told to slow down | s |')
  console.log('|---|---|---|---|---|---|---|---|---|---|')
  for (const row of rows) {
    console.log(
      `| ${row.label} | ${row.people} | ${row.answeredOnce} | ${row.lost} | ${row.twice} | ${(row.p50 / 1000).toFixed(2)} | ${(row.p99 / 1000).toFixed(2)} | ${row.floodSent} / ${row.floodAnswered} | ${row.toldToSlowDown ? 'yes' : 'no'} | ${row.seconds.toFixed(0)} |`
    )
  }
}

const users = Number(args.users)
const spread = Number(args.spread)
const killUsers = Number(args['kill-users'])
const killSpread = Math.max(4, Math.round((spread * killUsers) / users))

console.log(`Surge: ${users} people over ${spread} s (one question each) and one flooder at ${FLOOD_PER_SECOND} messages/s; Telegram's limits enforced.\n`)
const surges: SurgeFigures[] = []
surges.push(await surgeRun('no per-person limit (baseline)', {mode: 'polling', rateLimit: false}, users, spread))
surges.push(await surgeRun('polling', {mode: 'polling', rateLimit: true}, users, spread))
surges.push(await surgeRun('webhook', {mode: 'webhook', rateLimit: true}, users, spread))
printSurges(surges)
const [baseline, polling] = surges
if (baseline && polling) console.log(`\np99 of the people, polling against the baseline: ${(polling.p99 / baseline.p99).toFixed(2)}×`)

console.log(`\nCut halfway, then started again at once: ${killUsers} people over ${killSpread} s and the flooder.\n`)
const cuts: SurgeFigures[] = []
for (const mode of ['polling', 'webhook'] as const) {
  for (const signal of ['SIGKILL', 'SIGTERM'] as const) cuts.push(await surgeRun(`${mode}, ${signal}`, {mode, rateLimit: true}, killUsers, killSpread, signal))
}
printSurges(cuts)

const unreachable = await unreachableStop()
console.log(`\nSIGTERM with every reply's connection dropped: exited after ${unreachable.seconds.toFixed(1)} s with code ${unreachable.code} (SHUTDOWN_TIMEOUT_MS 10000).`)

if (!args['skip-content']) {
  const build = contentBuild()
  console.log(`\nContent build of ${build.good} articles and one Markdown file of 20,000 '*', 'x', 20,000 '*': ${build.seconds.toFixed(1)} s, exit code ${build.code}.\n  ${build.report}`)
}
