/**
 * Bounded load against the fake Bot API on loopback (a benchmark that prints figures; it
 * asserts nothing). People are simulated as closed loops: each of U users asks N questions,
 * each after the previous answer arrived, so U×N updates in all, with U in flight at once.
 *
 * Measured in the same run, on the same fake:
 *   - a bare grammY bot (runner + auto-retry, fixed reply): the baseline;
 *   - the campaign bot as a service in polling mode;
 *   - the campaign bot as two webhook instances behind nginx sharing Redis;
 *   - then, with Telegram's limits enforced by the fake (30 messages/s overall, 1/s per chat
 *     with bursts of 3), a smaller run of all three: 429s, retries, losses. (Each instance
 *     has its own flood gate; two instances share Telegram's limit between them.)
 *
 *   pnpm --filter @campaign/bot load [--updates 10000] [--users 2000] [--limited-updates 600]
 *        [--limited-users 200] [--skip-limited] [--skip-webhook] [--concurrency N] [--bot real|echo]
 */
import {existsSync} from 'node:fs'
import {parseArgs} from 'node:util'
import {startFakeBotApi, type ApiCall, type FakeBotApi, type ScriptedUser} from '@campaign/fake-bot-api'
import {autoRetry} from '@grammyjs/auto-retry'
import {run} from '@grammyjs/runner'
import {Bot} from 'grammy'
import type {BotDeps} from '../src/bot/deps.js'
import {readRuntimeConfig, runService, type RunningService, type ServiceDeps} from '../src/runtime/index.js'
import {freePort, nginxBin, redisServerBin, TestRedis} from '../test/runtime/helpers/harness.js'
import {TestNginx} from '../test/runtime/helpers/nginx.js'
import {createTestBot, testFacts} from '../test/runtime/helpers/test-bot.js'

const {values: args} = parseArgs({
  options: {
    updates: {type: 'string', default: '10000'},
    users: {type: 'string', default: '2000'},
    'limited-updates': {type: 'string', default: '600'},
    'limited-users': {type: 'string', default: '200'},
    'skip-limited': {type: 'boolean', default: false},
    'skip-webhook': {type: 'boolean', default: false},
    concurrency: {type: 'string'},
    bot: {type: 'string'}
  }
})

const questions = [
  '/start',
  'What is this about?',
  'How can I help?',
  'Who is involved?',
  'When did it happen?',
  '¿De qué se trata?',
  'Where can I read more?',
  'What will the weather be tomorrow?'
]

interface Figures {
  label: string
  updates: number
  users: number
  seconds: number
  latencies: number[]
  unanswered: number
  duplicates: number
  apiErrors: number
  tooMany: number
  retries: number
  botErrors: number
}

/** Counts how often the bot was handed each update, to find any handled twice. */
class HandledCounter {
  readonly counts = new Map<number, number>()

  wrap<B extends {handleUpdate: Bot['handleUpdate']}>(bot: B): B {
    const handle = bot.handleUpdate.bind(bot)
    bot.handleUpdate = (update, ...rest) => {
      this.counts.set(update.update_id, (this.counts.get(update.update_id) ?? 0) + 1)
      return handle(update, ...rest)
    }
    return bot
  }

  get duplicates(): number {
    let duplicates = 0
    for (const count of this.counts.values()) if (count > 1) duplicates += count - 1
    return duplicates
  }
}

/** Resolves each user's wait on the first message or edit sent to their chat. */
function replyWatcher(api: FakeBotApi): (chatId: number, timeoutMs: number) => Promise<boolean> {
  const waiting = new Map<number, () => void>()
  api.on('call', (call: ApiCall) => {
    if (!call.outcome.ok || (call.method !== 'sendMessage' && call.method !== 'editMessageText')) return
    const resolve = waiting.get(Number(call.params.chat_id))
    if (resolve) {
      waiting.delete(Number(call.params.chat_id))
      resolve()
    }
  })
  return (chatId, timeoutMs) =>
    new Promise((resolve) => {
      const timer = setTimeout(() => {
        waiting.delete(chatId)
        resolve(false)
      }, timeoutMs)
      waiting.set(chatId, () => {
        clearTimeout(timer)
        resolve(true)
      })
    })
}

async function drive(api: FakeBotApi, userCount: number, updates: number): Promise<Omit<Figures, 'label' | 'duplicates' | 'botErrors' | 'retries'>> {
  const perUser = Math.ceil(updates / userCount)
  const users: ScriptedUser[] = Array.from({length: userCount}, () => api.user({languageCode: 'en'}))
  const waitForReply = replyWatcher(api)
  const latencies: number[] = []
  let unanswered = 0
  let sent = 0
  const started = performance.now()
  await Promise.all(
    users.map(async (user, index) => {
      for (let turn = 0; turn < perUser && sent < updates; turn++) {
        sent++
        const at = performance.now()
        const replied = waitForReply(user.chatId, 120_000)
        user.sendText(questions[(index + turn) % questions.length]!)
        if (await replied) latencies.push(performance.now() - at)
        else unanswered++
      }
    })
  )
  const seconds = (performance.now() - started) / 1000
  const failed = api.calls.filter((call) => !call.outcome.ok)
  return {
    updates: sent,
    users: userCount,
    seconds,
    latencies,
    unanswered,
    apiErrors: failed.length,
    tooMany: failed.filter((call) => 'error_code' in call.outcome && call.outcome.error_code === 429).length
  }
}

async function bareBaseline(label: string, limited: boolean, users: number, updates: number): Promise<Figures> {
  const api = await startFakeBotApi({rateLimits: limited})
  const bot = new Bot(api.token, {client: {apiRoot: api.apiRoot}, botInfo: api.botInfo})
  let retries = 0
  const retry = autoRetry()
  bot.api.config.use((prev, method, payload, signal) => {
    let attempt = 0
    return retry((m, p, s) => (attempt++ > 0 && retries++, prev(m, p, s)), method, payload, signal)
  })
  bot.on('message', (ctx) => ctx.reply('Thanks for your message.'))
  const counter = new HandledCounter()
  const runner = run(counter.wrap(bot), {runner: {silent: true}})
  const figures = await drive(api, users, updates)
  await runner.stop()
  await api.close()
  return {label, ...figures, duplicates: counter.duplicates, retries, botErrors: 0}
}

function botFactory(kind: 'real' | 'echo', counter: HandledCounter): Pick<ServiceDeps, 'createBot' | 'loadLibrary'> {
  if (kind === 'echo') {
    return {createBot: (token, deps) => counter.wrap(createTestBot(token, deps)), loadLibrary: () => testFacts('load')}
  }
  return {
    createBot: (token: string, deps: BotDeps) => counter.wrap(realBot!.createBot(token, deps)),
    loadLibrary: () => realBot!.loadBundleLibrary()
  }
}

async function serviceTotals(services: RunningService[]): Promise<{retries: number; botErrors: number}> {
  let retries = 0
  let botErrors = 0
  for (const service of services) {
    for (const value of (await service.metrics.apiRetries.get()).values) retries += value.value
    for (const value of (await service.metrics.errors.get()).values) botErrors += value.value
  }
  return {retries, botErrors}
}

const silent = {write: () => {}}

async function pollingService(label: string, limited: boolean, users: number, updates: number): Promise<Figures> {
  const api = await startFakeBotApi({rateLimits: limited})
  const counter = new HandledCounter()
  const service = await runService(
    readRuntimeConfig({
      TELEGRAM_BOT_TOKEN: api.token,
      TELEGRAM_API_ROOT: api.apiRoot,
      LOG_LEVEL: 'warn',
      ...(args.concurrency ? {BOT_CONCURRENCY: args.concurrency} : {})
    }),
    {...botFactory(botKind, counter), handleSignals: false, logDestination: silent}
  )
  const figures = await drive(api, users, updates)
  const totals = await serviceTotals([service])
  await service.stop()
  await api.close()
  return {label, ...figures, duplicates: counter.duplicates, ...totals}
}

async function webhookServices(label: string, limited: boolean, users: number, updates: number): Promise<Figures> {
  const redis = await TestRedis.start()
  const api = await startFakeBotApi({rateLimits: limited, webhook: {timeoutMs: 60_000}})
  const ports = [await freePort(), await freePort()]
  const nginx = await TestNginx.start(ports)
  const counter = new HandledCounter()
  const services: RunningService[] = []
  for (const [index, port] of ports.entries()) {
    const config = readRuntimeConfig({
      TELEGRAM_BOT_TOKEN: api.token,
      TELEGRAM_API_ROOT: api.apiRoot,
      BOT_MODE: 'webhook',
      WEBHOOK_URL: `${nginx.url}/telegram`,
      WEBHOOK_MAX_CONNECTIONS: '100',
      HOST: '127.0.0.1',
      PORT: String(port),
      REDIS_URL: redis.url,
      INSTANCE_NAME: `load-${index}`,
      LOG_LEVEL: 'warn'
    })
    services.push(await runService(config, {...botFactory(botKind, counter), handleSignals: false, logDestination: silent}))
  }
  const figures = await drive(api, users, updates)
  const totals = await serviceTotals(services)
  await Promise.all(services.map((service) => service.stop()))
  await nginx.stop()
  await api.close()
  await redis.kill()
  return {label, ...figures, duplicates: counter.duplicates, ...totals}
}

function percentile(sorted: number[], p: number): number {
  if (sorted.length === 0) return Number.NaN
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]!
}

function printTable(rows: Figures[]): void {
  const header = ['run', 'updates', 'users', 'seconds', 'updates/s', 'p50 ms', 'p95 ms', 'p99 ms', 'unanswered', 'duplicates', 'API errors', '429s', 'retries', 'bot errors']
  const lines = rows.map((row) => {
    const sorted = [...row.latencies].sort((a, b) => a - b)
    return [
      row.label,
      String(row.updates),
      String(row.users),
      row.seconds.toFixed(1),
      (row.updates / row.seconds).toFixed(0),
      percentile(sorted, 50).toFixed(1),
      percentile(sorted, 95).toFixed(1),
      percentile(sorted, 99).toFixed(1),
      String(row.unanswered),
      String(row.duplicates),
      String(row.apiErrors),
      String(row.tooMany),
      String(row.retries),
      String(row.botErrors)
    ]
  })
  const widths = header.map((title, column) => Math.max(title.length, ...lines.map((line) => line[column]!.length)))
  const format = (cells: string[]): string => cells.map((cell, column) => (column === 0 ? cell.padEnd(widths[column]!) : cell.padStart(widths[column]!))).join('  ')
  console.log(format(header))
  for (const line of lines) console.log(format(line))
}

// ---- run ---------------------------------------------------------------------------------

let realBot: {createBot: (token: string, deps: BotDeps) => Bot<any>; loadBundleLibrary: () => ReturnType<typeof testFacts>} | undefined
let botKind: 'real' | 'echo' = args.bot === 'echo' ? 'echo' : 'real'
if (botKind === 'real') {
  const facts = await import('../src/facts-source.js')
  if (existsSync(facts.defaultBundlePath())) {
    realBot = {createBot: (await import('../src/bot/create-bot.js')).createBot, loadBundleLibrary: () => facts.loadBundleLibrary() as never}
  } else {
    console.log(`No facts bundle at ${facts.defaultBundlePath()} (pnpm content:build); measuring the runtime with a small echo bot instead.\n`)
    botKind = 'echo'
  }
}
const updates = Number(args.updates)
const users = Number(args.users)
const botName = botKind === 'real' ? 'campaign bot' : 'echo bot'
console.log(`Load: ${updates} updates from ${users} users (closed loop: each asks after the previous answer), Node ${process.version}\n`)

const rows: Figures[] = []
rows.push(await bareBaseline('bare grammY, polling', false, users, updates))
rows.push(await pollingService(`${botName}, polling`, false, users, updates))
if (args['skip-webhook']) {
  // measuring polling only
} else if (redisServerBin && nginxBin) {
  rows.push(await webhookServices(`${botName}, 2 webhooks via nginx + Redis`, false, users, updates))
} else {
  console.log('(webhook run skipped: redis-server and nginx are needed)')
}
printTable(rows)
const ratio = rows[1]!.updates / rows[1]!.seconds / (rows[0]!.updates / rows[0]!.seconds)
console.log(`\n${botName} polling / bare grammY: ${(ratio * 100).toFixed(0)}% of the baseline's updates/s`)

if (!args['skip-limited']) {
  const limitedUpdates = Number(args['limited-updates'])
  const limitedUsers = Number(args['limited-users'])
  console.log(`\nWith Telegram's limits enforced (30 messages/s overall, 1/s per chat, bursts of 3): ${limitedUpdates} updates from ${limitedUsers} users\n`)
  const limited: Figures[] = []
  limited.push(await bareBaseline('bare grammY, polling', true, limitedUsers, limitedUpdates))
  limited.push(await pollingService(`${botName}, polling`, true, limitedUsers, limitedUpdates))
  if (redisServerBin && nginxBin && !args['skip-webhook']) {
    limited.push(await webhookServices(`${botName}, 2 webhooks via nginx + Redis`, true, limitedUsers, limitedUpdates))
  }
  printTable(limited)
}
process.exit(0)
