/**
 * Benchmarks of the answering core and the grammY layer. Prints figures; asserts nothing.
 * Every comparison is against a baseline measured in the same run on the same machine.
 *
 *   pnpm bench [--seconds 2] [--questions 10000]
 *
 * 1. answers per second of the core (`answerQuestion`), over a mix of EN/ES questions;
 * 2. updates per second through `bot.handleUpdate` (API intercepted in-process), next to a bare
 *    grammY bot that replies with a fixed text through the same interception: the ratio is the
 *    cost of sessions, i18n, the core and the formatter;
 * 3. RSS after start and after 10,000 questions (1,000 chats, in-memory sessions), measured
 *    first in this process (which also holds tsx, the TypeScript loader);
 * 4. start-up time to the first poll: `createBot` + `bot.start()` against the fake Bot API
 *    (@campaign/fake-bot-api) on 127.0.0.1, and the built `dist/main.js` as a process (the
 *    whole runtime: runner, sessions, metrics, setMyCommands), until the first getUpdates
 *    arrives.
 */
import {spawn} from 'node:child_process'
import {existsSync, mkdtempSync, readFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import {join} from 'node:path'
import {fileURLToPath} from 'node:url'
import {parseArgs} from 'node:util'
import {startFakeBotApi, type FakeBotApi} from '@campaign/fake-bot-api'
import type {Facts} from 'article-facts'
import {Bot} from 'grammy'
import type {Update} from 'grammy/types'
import {createBot} from '../src/bot/create-bot.js'
import {LocalApi} from '../src/bot/local-api.js'
import {LOCAL_BOT_INFO, LocalBot} from '../src/bot/local-bot.js'
import {answerQuestion} from '../src/core/answer.js'
import {answerTranslator} from '../src/bot/i18n.js'
import {phraseAnswer} from '../src/format/phrase.js'
import {loadConfig} from '../src/config.js'
import {libraryOf} from '../src/core/library.js'
import {defaultBundlePath, describeFacts, loadBundleLibrary} from '../src/facts-source.js'

const {values: args} = parseArgs({
  options: {seconds: {type: 'string', default: '2'}, questions: {type: 'string', default: '10000'}}
})
const SECONDS = Number(args.seconds)
const QUESTIONS = Number(args.questions)

const QUESTION_MIX = [
  'Who leads the delegation?',
  'how many sigs',
  'petition',
  'When is the press conference?',
  'What does the report say?',
  'How can I help?',
  'And when?',
  'what is the weather tomorrow?',
  '¿Quién encabeza la delegación?',
  '¿Cuántas firmas tiene la petición?',
  '¿Qué dice el informe?',
  'quien es la presidenta'
]

const rssMb = () => (process.memoryUsage().rss / 1024 / 1024).toFixed(1)
const rate = (count: number, ms: number) => Math.round((count / ms) * 1000)
const line = (label: string, value: string) => console.log(`${label.padEnd(44)} ${value}`)

const bundlePath = loadConfig().bundlePath ?? defaultBundlePath()

function loadFacts(): Facts {
  if (!existsSync(bundlePath)) {
    console.error(`No facts bundle at ${bundlePath}: run \`pnpm content:build\` first.`)
    process.exit(1)
  }
  return loadBundleLibrary(bundlePath).articles[0]!.facts
}

/** Runs `step` for about SECONDS after a short warm-up; returns operations per second. */
async function perSecond(step: (index: number) => unknown): Promise<number> {
  for (let index = 0; index < 200; index++) await step(index)
  let count = 0
  const started = performance.now()
  while (performance.now() - started < SECONDS * 1000) {
    for (let batch = 0; batch < 100; batch++) await step(count++)
  }
  return rate(count, performance.now() - started)
}

function messageUpdate(updateId: number, userId: number, text: string): Update {
  const user = {id: userId, is_bot: false, first_name: 'Bench', language_code: 'en'}
  return {
    update_id: updateId,
    message: {message_id: updateId, date: 0, chat: {id: userId, type: 'private', first_name: 'Bench'}, from: user, text}
  }
}

async function benchCore(facts: Facts) {
  const answersPerSecond = await perSecond((index) =>
    answerQuestion(facts, QUESTION_MIX[index % QUESTION_MIX.length] ?? '', {lang: index % QUESTION_MIX.length >= 8 ? 'es' : 'en'})
  )
  line('core: answers/s (answerQuestion)', String(answersPerSecond))
  // Each question of the mix timed alone, many times: the median and the slowest of their medians.
  const translate = answerTranslator()
  const timed = (answer: (question: string, lang: 'en' | 'es') => unknown) => {
    const medians = QUESTION_MIX.map((question, at) => {
      const lang = at >= 8 ? 'es' : 'en'
      const times: number[] = []
      for (let round = 0; round < 400; round++) {
        const started = performance.now()
        answer(question, lang)
        times.push(performance.now() - started)
      }
      return {question, median: median(times) * 1000}
    })
    const all = median(medians.map((entry) => entry.median))
    const slowest = medians.reduce((worst, entry) => (entry.median > worst.median ? entry : worst))
    return `${all.toFixed(0)} (slowest question: ${slowest.median.toFixed(0)} µs, "${slowest.question}")`
  }
  line('core: median answer time, µs', timed((question, lang) => answerQuestion(facts, question, {lang})))
  // What the edge adds: the answer's words phrased through Fluent (remembered, as in the bot).
  line('core + phrasing: median, µs', timed((question, lang) => phraseAnswer(answerQuestion(facts, question, {lang}), translate)))
  return answersPerSecond
}

function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b)
  const middle = Math.floor(sorted.length / 2)
  return sorted.length % 2 === 0 ? ((sorted[middle - 1] ?? 0) + (sorted[middle] ?? 0)) / 2 : (sorted[middle] ?? 0)
}

async function benchUpdates(facts: Facts, coreRate: number) {
  const bare = new Bot('bench:bare', {botInfo: LOCAL_BOT_INFO})
  bare.on('message', (ctx) => ctx.reply('Thanks for your message.'))
  new LocalApi(bare, LOCAL_BOT_INFO)
  const bot = createBot('bench:campaign', {library: () => libraryOf(facts), botInfo: LOCAL_BOT_INFO})
  new LocalApi(bot, LOCAL_BOT_INFO)

  const question = (index: number) => QUESTION_MIX[index % QUESTION_MIX.length] ?? ''
  // 100 chats taking turns, so sessions and follow-ups are exercised as in real use.
  const bareRate = await perSecond((index) => bare.handleUpdate(messageUpdate(index + 1, 1 + (index % 100), question(index))))
  const botRate = await perSecond((index) => bot.handleUpdate(messageUpdate(index + 1, 1 + (index % 100), question(index))))
  line('grammY bare bot (fixed reply): updates/s', String(bareRate))
  line('campaign bot (handleUpdate): updates/s', String(botRate))
  line('campaign / bare', `${(botRate / bareRate).toFixed(3)} (bare is ${(bareRate / botRate).toFixed(0)}× faster)`)
  const micros = (perSecondRate: number) => 1_000_000 / perSecondRate
  line(
    'per update: core | rest of the bot | bare',
    `${micros(coreRate).toFixed(0)} µs | ${(micros(botRate) - micros(coreRate)).toFixed(0)} µs | ${micros(bareRate).toFixed(0)} µs`
  )
}

async function benchMemory(facts: Facts) {
  globalThis.gc?.()
  const local = new LocalBot({library: () => libraryOf(facts)})
  await local.user({id: 1}).say('/start')
  line('RSS after start (facts loaded, one update)', `${rssMb()} MB`)
  const users = Array.from({length: 1000}, (_, index) => local.user({id: 10 + index, languageCode: index % 3 === 0 ? 'es' : 'en'}))
  const started = performance.now()
  for (let index = 0; index < QUESTIONS; index++) {
    await users[index % users.length]!.say(QUESTION_MIX[index % QUESTION_MIX.length] ?? '')
  }
  const ms = performance.now() - started
  line(`RSS after ${QUESTIONS.toLocaleString('en')} questions (1,000 chats)`, `${rssMb()} MB (${rate(QUESTIONS, ms)} questions/s)`)
}

/** The fake Bot API on 127.0.0.1, and when the bot's first long poll (getUpdates) arrived there. */
async function fakeTelegram(): Promise<{api: FakeBotApi; polled: Promise<number>}> {
  const api = await startFakeBotApi()
  const polled = new Promise<number>((resolve) => api.once('poll', () => resolve(performance.now())))
  return {api, polled}
}

async function benchStartup() {
  const telegram = await fakeTelegram()
  const started = performance.now()
  const facts = loadBundleLibrary(bundlePath).articles[0]!.facts
  const bot = createBot(telegram.api.token, {library: () => libraryOf(facts), apiRoot: telegram.api.apiRoot})
  void bot.start({drop_pending_updates: true})
  const polled = await telegram.polled
  line('start-up to first poll, in process', `${(polled - started).toFixed(0)} ms (load facts, createBot, getMe, deleteWebhook)`)
  await bot.stop()
  await telegram.api.close()

  const main = fileURLToPath(new URL('../dist/main.js', import.meta.url))
  if (!existsSync(main)) return line('start-up to first poll, node dist/main.js', 'skipped (run `pnpm build` first)')
  const process_ = await fakeTelegram()
  const spawned = performance.now()
  const child = spawn(process.execPath, [main], {
    env: {
      ...process.env,
      TELEGRAM_BOT_TOKEN: process_.api.token,
      TELEGRAM_API_ROOT: process_.api.apiRoot,
      UNANSWERED_FILE: join(mkdtempSync(join(tmpdir(), 'bench-')), 'unanswered.jsonl')
    },
    stdio: 'ignore'
  })
  const firstPoll = await Promise.race([
    process_.polled,
    new Promise<number>((_, reject) => child.once('exit', (code) => reject(new Error(`dist/main.js exited with ${code}`))))
  ])
  line('start-up to first poll, node dist/main.js', `${(firstPoll - spawned).toFixed(0)} ms (process start included)`)
  const status = `/proc/${child.pid}/status`
  const rss = existsSync(status) ? /VmRSS:\s+(\d+) kB/.exec(readFileSync(status, 'utf8'))?.[1] : undefined
  if (rss) line('RSS of node dist/main.js at its first poll', `${(Number(rss) / 1024).toFixed(1)} MB`)
  child.kill('SIGTERM')
  await new Promise((resolve) => child.once('exit', resolve))
  await process_.api.close()
}

const facts = loadFacts()
console.log(`Benchmarks (Node ${process.version}, ${SECONDS} s per rate), facts: ${describeFacts(facts)}`)
// Memory first, before other benchmarks leave garbage behind.
await benchMemory(facts)
await benchUpdates(facts, await benchCore(facts))
await benchStartup()
