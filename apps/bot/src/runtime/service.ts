/**
 * The bot as a service: builds the bot with its runtime parts (sessions in Redis or memory,
 * de-duplication, auto-retry, metrics, logs, the unanswered-questions store), runs it by long
 * polling or webhook, reloads content on SIGHUP, and shuts down gracefully on SIGINT/SIGTERM.
 */
import type {Server} from 'node:http'
import type {AddressInfo} from 'node:net'
import {RedisAdapter} from '@grammyjs/storage-redis'
import type {Facts} from 'article-facts'
import {HttpError, MemorySessionStorage, type Bot, type StorageAdapter} from 'grammy'
import type {Update} from 'grammy/types'
import type {Redis} from 'ioredis'
import type {DestinationStream} from 'pino'
import type {AnswerEvent, BotDeps, ReloadResult, SessionData} from '../bot/deps.js'
import {installApiRetry, NETWORK_DELAYS_MS} from './api-retry.js'
import {closeServer, createServiceServer, listen} from './http-server.js'
import {FileInFlightJournal, MAX_ATTEMPTS, RedisInFlightJournal, type InFlightJournal} from './in-flight-journal.js'
import {createLogger, urlPassword, type Logger} from './logger.js'
import {createMetrics, type BotMetrics} from './metrics.js'
import {errorCode, startPolling, type Polling} from './polling.js'
import {ResilientRateCounter} from './rate-counter.js'
import {closeRedis, connectRedis, waitForRedis} from './redis.js'
import {ResilientStorage} from './resilient-storage.js'
import type {RuntimeConfig} from './runtime-config.js'
import {FileUnansweredStore, RedisUnansweredStore, type UnansweredStore} from './unanswered-store.js'
import {MemoryDeduplicator, RedisDeduplicator, type UpdateDeduplicator} from './update-dedupe.js'
import {createWebhookHandler} from './webhook-handler.js'

export interface ServiceDeps {
  /** The grammY layer (`createBot` from src/bot). */
  createBot: (token: string, deps: BotDeps) => Bot<any>
  /** Loads and validates the facts; throws on a bad bundle (then the old facts stay). */
  loadFacts: () => Facts | Promise<Facts>
  /** Runs once after `bot.init()`, before updates are taken (e.g. `registerCommands`); a failure is logged, not fatal. */
  prepare?: (bot: Bot<any>) => Promise<unknown>
  /** More BotDeps (e.g. `now`), passed through. */
  botDeps?: Partial<BotDeps>
  /** Log lines go here instead of stdout (tests). */
  logDestination?: DestinationStream
  /** Listen to SIGINT, SIGTERM and SIGHUP (default true; tests running several services say false). */
  handleSignals?: boolean
}

/** Longest wait for the Bot API at start-up: the network retries and then some. */
const STARTUP_TIMEOUT_MS = NETWORK_DELAYS_MS.reduce((sum, ms) => sum + ms, 0) + 5000

/** What the exit code of the process means. */
export const ExitCode = {ok: 0, failed: 1, config: 2, conflict: 3, unauthorized: 4, addressInUse: 5} as const

export interface RunningService {
  readonly bot: Bot<any>
  readonly metrics: BotMetrics
  readonly logger: Logger
  /** Where the webhook listens in webhook mode, or /metrics and /healthz in polling mode, when a server runs. */
  readonly address: AddressInfo | undefined
  reload(): Promise<ReloadResult>
  /** Graceful stop; resolves with the exit code. */
  stop(reason?: string): Promise<number>
  /** Resolves with the exit code once the service has ended, for whatever reason. */
  readonly exited: Promise<number>
}

export class ServiceError extends Error {
  override name = 'ServiceError'

  constructor(
    message: string,
    readonly exitCode: number,
    options?: {cause?: unknown}
  ) {
    super(message, options)
  }
}

export async function runService(config: RuntimeConfig, deps: ServiceDeps): Promise<RunningService> {
  const logger = createLogger({
    level: config.logLevel,
    secrets: [config.token, ...(config.webhook ? [config.webhook.secret] : []), ...urlPassword(config.redisUrl)],
    base: {instance: config.instance, mode: config.mode},
    ...(deps.logDestination ? {destination: deps.logDestination} : {})
  })
  const metrics = createMetrics()
  const storeError = (kind: string) => (error: unknown) => {
    metrics.errors.inc({kind})
    logger.debug({err: error}, `${kind} error`)
  }

  let facts: Facts
  try {
    facts = await deps.loadFacts()
  } catch (error) {
    logger.fatal({err: error}, 'The facts bundle could not be loaded; build it with `pnpm content:build`')
    throw new ServiceError('the facts bundle could not be loaded', ExitCode.failed, {cause: error})
  }

  let redis: Redis | undefined
  if (config.redisUrl) {
    redis = connectRedis(config.redisUrl, logger, storeError('redis'))
    if (!(await waitForRedis(redis, 3000))) logger.warn('Starting without Redis; it will be used once it answers')
  }
  // In memory, sessions also expire, so a long-running instance does not grow without bound.
  const sessionStorage: StorageAdapter<SessionData> = redis
    ? new ResilientStorage<SessionData>(
        new RedisAdapter<SessionData>({instance: redis, ttl: config.sessionTtlSeconds}),
        storeError('session_store')
      )
    : new MemorySessionStorage<SessionData>(config.sessionTtlSeconds * 1000)
  const dedupe: UpdateDeduplicator = redis
    ? new RedisDeduplicator(redis, config.dedupeTtlSeconds, storeError('dedupe_store'))
    : new MemoryDeduplicator()
  const unanswered: UnansweredStore = redis
    ? new RedisUnansweredStore(redis)
    : new FileUnansweredStore(config.unansweredFile)
  let journal: InFlightJournal
  try {
    journal = redis
      ? new RedisInFlightJournal(redis, config.instance, {leaseMs: config.inFlightLeaseMs, onError: storeError('in_flight_journal')})
      : await FileInFlightJournal.open(config.inFlightFile)
  } catch (error) {
    logger.fatal({err: error}, `The in-flight journal ${config.inFlightFile} cannot be written: check IN_FLIGHT_FILE`)
    if (redis) await closeRedis(redis)
    throw new ServiceError(`the in-flight journal ${config.inFlightFile} cannot be written`, ExitCode.failed, {cause: error})
  }
  // Without Redis the de-duplication lives in memory: what the last process finished is claimed
  // again, so a copy Telegram re-sends after a crash is not answered twice.
  for (const updateId of journal.recentlyEnded()) await dedupe.claim(updateId)

  const loadNewFacts = async (): Promise<ReloadResult> => {
    try {
      facts = await deps.loadFacts()
      metrics.reloads.inc({result: 'ok'})
      logger.info('Content reloaded')
      return {ok: true, message: 'Content reloaded.'}
    } catch (error) {
      metrics.reloads.inc({result: 'refused'})
      logger.error({err: error}, 'New content refused; still answering from the previous bundle')
      return {ok: false, message: `New content refused (${messageOf(error)}); still answering from the previous bundle.`}
    }
  }
  // Reloads asked for while one runs share it. The slot is freed once that reload has settled and
  // been stored: a loader that throws at once settles before it could be stored, and freeing it
  // inside would leave the settled refusal in the slot for good.
  let reloading: Promise<ReloadResult> | undefined
  const reload = (): Promise<ReloadResult> => {
    if (!reloading) {
      const current = loadNewFacts()
      reloading = current
      void current.finally(() => {
        if (reloading === current) reloading = undefined
      })
    }
    return reloading
  }

  const onAnswer = (event: AnswerEvent): void => {
    metrics.questions.inc({status: event.status, via: event.via})
    metrics.answerLatency.observe({status: event.status}, event.latencyMs / 1000)
    // Inline queries arrive on every keystroke; only finished questions are worth keeping.
    if (event.status !== 'declined' || event.via === 'inline') return
    const now = deps.botDeps?.now?.() ?? new Date()
    unanswered
      .add({text: event.question, lang: event.lang, at: now.toISOString()})
      .catch(storeError('unanswered_store'))
  }

  const bot = deps.createBot(config.token, {
    ...deps.botDeps,
    facts: () => facts,
    ...(config.apiRoot ? {apiRoot: config.apiRoot} : {}),
    sessionStorage,
    ...(config.rateLimit > 0
      ? {rateLimit: {limit: config.rateLimit, windowMs: config.rateWindowMs, ...(redis ? {counter: new ResilientRateCounter(redis, storeError('rate_store'))} : {})}}
      : {}),
    adminIds: [...new Set([...config.adminIds, ...(deps.botDeps?.adminIds ?? [])])],
    reload,
    onAnswer,
    onError: (error) => {
      metrics.errors.inc({kind: 'update'})
      logger.error({err: error}, 'An update failed; the person got the friendly error reply')
      deps.botDeps?.onError?.(error)
    }
  })
  // Aborted once the shutdown deadline has passed: every retry wait and Bot API call still going ends.
  const halt = new AbortController()
  installApiRetry(bot.api, metrics, logger, {halt: halt.signal})

  // ---- every update goes through here ---------------------------------------------------
  // Each update is claimed (de-duplication) and in the journal before Telegram hears back (see
  // in-flight-journal.ts): before polling's next getUpdates confirms it, before the webhook's 200.
  const inFlight = new Set<Promise<void>>()
  let lastUpdateId: number | undefined
  /** Claimed and written down, not yet started. */
  const accepted = new Set<number>()
  const accept = async (updates: readonly Update[]): Promise<void> => {
    const fresh: Update[] = []
    for (const update of updates) {
      metrics.updates.inc({type: updateType(update)})
      if (await dedupe.claim(update.update_id)) fresh.push(update)
      else {
        metrics.duplicates.inc()
        logger.info({updateId: update.update_id}, 'Update received again; not answered twice')
      }
    }
    await journal.begin(fresh.map((update) => ({update, attempt: 1})))
    for (const update of fresh) accepted.add(update.update_id)
  }
  const handleUpdate = async (update: Update): Promise<void> => {
    if (!accepted.delete(update.update_id)) return
    if (lastUpdateId === undefined || update.update_id > lastUpdateId) lastUpdateId = update.update_id
    await handleClaimed(update)
  }
  const handleWebhookUpdate = async (update: Update): Promise<void> => {
    await accept([update])
    await handleUpdate(update)
  }
  const handleClaimed = async (update: Update): Promise<void> => {
    metrics.inFlight.inc()
    const endTimer = metrics.handling.startTimer()
    const task = bot.handleUpdate(update).catch(async (error: unknown) => {
      await dedupe.release(update.update_id)
      throw error
    })
    const tracked = task.then(
      () => {},
      () => {}
    )
    inFlight.add(tracked)
    try {
      await task
    } finally {
      inFlight.delete(tracked)
      // Cut off by the shutdown deadline (its replies aborted): it stays in the journal for the next start.
      if (!halt.signal.aborted) await journal.end(update.update_id)
      metrics.inFlight.dec()
      endTimer()
    }
  }
  /** Answers what died with an earlier process (or, with Redis, a dead instance); Telegram will not send it again. */
  const adoptOrphans = async (): Promise<void> => {
    const orphans = await journal.adoptOrphans()
    if (orphans.length === 0) return
    logger.info({updates: orphans.length}, 'Answering updates in flight when an earlier process ended')
    for (const {update, attempt} of orphans) {
      await dedupe.claim(update.update_id)
      if (attempt > MAX_ATTEMPTS) {
        metrics.errors.inc({kind: 'update'})
        logger.error({updateId: update.update_id, attempt}, `Update given up: it was in flight each of the last ${MAX_ATTEMPTS} times the bot ended`)
        await journal.end(update.update_id)
        continue
      }
      void handleClaimed(update).catch(() => {})
    }
  }
  let adoption: NodeJS.Timeout | undefined

  // ---- start ---------------------------------------------------------------------------
  let stopping: Promise<number> | undefined
  let resolveExited!: (code: number) => void
  const exited = new Promise<number>((resolve) => (resolveExited = resolve))
  const servers: Server[] = []
  let address: AddressInfo | undefined
  let polling: Polling | undefined
  const startedAt = Date.now()
  const health = () => ({
    ok: stopping === undefined,
    mode: config.mode,
    instance: config.instance,
    redis: redis ? redis.status : 'off',
    inFlight: inFlight.size,
    uptimeSeconds: Math.round((Date.now() - startedAt) / 1000)
  })
  const fail = (error: unknown): never => {
    void shutdownRedis()
    const code = errorCode(error)
    if (code === 401 || code === 404) {
      logger.fatal({err: error}, 'The Bot API refused TELEGRAM_BOT_TOKEN (401/404): check the token')
      throw new ServiceError('the bot token was refused', ExitCode.unauthorized, {cause: error})
    }
    if (error instanceof HttpError) {
      const root = config.apiRoot ?? 'https://api.telegram.org'
      logger.fatal({err: error}, `Cannot reach the Bot API at ${root} (tried for ${STARTUP_TIMEOUT_MS / 1000} s): check the network or TELEGRAM_API_ROOT`)
      throw new ServiceError(`cannot reach the Bot API at ${root}`, ExitCode.failed, {cause: error})
    }
    logger.fatal({err: error}, 'The bot could not start')
    throw new ServiceError(`the bot could not start: ${messageOf(error)}`, ExitCode.failed, {cause: error})
  }
  const shutdownRedis = async (): Promise<void> => {
    if (redis) await closeRedis(redis)
  }

  // grammY retries getMe for as long as the network fails: start-up gives up after a bounded wait.
  const startup = AbortSignal.timeout(STARTUP_TIMEOUT_MS)
  try {
    await bot.init(startup as never)
  } catch (error) {
    fail(startup.aborted ? new HttpError(`no answer from the Bot API within ${STARTUP_TIMEOUT_MS / 1000} s`, error) : error)
  }
  await adoptOrphans()
  if (redis) {
    // Another instance may die while this one runs; its lease runs out, and one of the living adopts its updates.
    adoption = setInterval(() => void adoptOrphans().catch(storeError('in_flight_journal')), config.inFlightLeaseMs)
    adoption.unref()
  }
  if (deps.prepare) {
    try {
      await deps.prepare(bot)
    } catch (error) {
      metrics.errors.inc({kind: 'prepare'})
      logger.warn({err: error}, 'Start-up step failed (e.g. setMyCommands); answering anyway')
    }
  }

  // A port another process holds is the operator's to fix: said plainly, with its own exit code.
  const listenOn = async (server: Server, port: number, host: string, setting: string): Promise<AddressInfo> => {
    try {
      return await listen(server, port, host)
    } catch (error) {
      await closeServer(server)
      await Promise.all(servers.map(closeServer))
      if (errorCodeOf(error) !== 'EADDRINUSE' && errorCodeOf(error) !== 'EACCES') fail(error)
      const why = errorCodeOf(error) === 'EADDRINUSE' ? 'is already in use' : 'may not be used by this user'
      logger.fatal(`${setting}=${port} ${why} on ${host}: choose another port or stop what holds it`)
      void shutdownRedis()
      throw new ServiceError(`${setting}=${port} ${why} on ${host}`, ExitCode.addressInUse, {cause: error})
    }
  }
  // /metrics and the detailed /healthz on their own port, loopback unless METRICS_HOST says otherwise.
  if (config.metricsPort !== undefined) {
    const metricsServer = createServiceServer({
      registry: metrics.registry,
      ...(config.metricsToken ? {metricsToken: config.metricsToken} : {}),
      health,
      onError: storeError('http')
    })
    address = await listenOn(metricsServer, config.metricsPort, config.metricsHost, 'METRICS_PORT')
    servers.push(metricsServer)
    logger.info({port: address.port, host: config.metricsHost}, 'Metrics and health on /metrics and /healthz')
  }

  if (config.mode === 'webhook' && config.webhook) {
    const webhook = config.webhook
    // The public port: the webhook, a bare /healthz for load balancers, and /metrics only behind a token.
    const server = createServiceServer({
      ...(config.metricsToken ? {registry: metrics.registry, metricsToken: config.metricsToken} : {}),
      health: () => ({ok: health().ok}),
      onError: storeError('http'),
      webhook: {
        path: webhook.path,
        handler: createWebhookHandler({
          secret: webhook.secret,
          maxBodyBytes: webhook.maxBodyBytes,
          ackTimeoutMs: webhook.ackTimeoutMs,
          handle: handleWebhookUpdate,
          onTimeout: (update) =>
            logger.warn({updateId: update.update_id}, 'Update still running; acknowledged to Telegram so it is not re-sent')
        })
      }
    })
    address = await listenOn(server, webhook.port, webhook.host, 'PORT')
    servers.push(server)
    try {
      if (webhook.register) {
        await bot.api.setWebhook(webhook.url, {secret_token: webhook.secret, max_connections: webhook.maxConnections})
      }
    } catch (error) {
      await Promise.all(servers.map(closeServer))
      fail(error)
    }
    logger.info({port: address.port, path: webhook.path}, 'Webhook server listening')
  } else {
    try {
      // getUpdates is refused while a webhook is set (e.g. after running in webhook mode).
      await bot.api.deleteWebhook()
    } catch (error) {
      await Promise.all(servers.map(closeServer))
      fail(error)
    }
    polling = startPolling({
      api: bot.api,
      handleUpdate,
      received: accept,
      errorHandler: (error) => {
        metrics.errors.inc({kind: 'update'})
        logger.error({err: error}, 'An update failed')
      },
      concurrency: config.concurrency
    })
    polling.task.catch((error: unknown) => {
      if (stopping) return
      if (errorCode(error) === 409) {
        logger.fatal(
          {err: error},
          'Another instance is polling with this bot token (409 Conflict). Stop the other instance, or run several instances in webhook mode behind a load balancer.'
        )
        void stop('conflict', ExitCode.conflict)
      } else if (errorCode(error) === 401) {
        logger.fatal({err: error}, 'The Bot API refused TELEGRAM_BOT_TOKEN (401)')
        void stop('unauthorized', ExitCode.unauthorized)
      } else {
        logger.fatal({err: error}, 'Polling stopped on an error')
        void stop('polling failed', ExitCode.failed)
      }
    })
    logger.info('Polling for updates')
  }

  // ---- stop ----------------------------------------------------------------------------
  const signals = deps.handleSignals ?? true
  const onStopSignal = (signal: NodeJS.Signals): void => {
    void stop(signal)
  }
  const onReloadSignal = (): void => {
    void reload()
  }
  if (signals) {
    process.on('SIGINT', onStopSignal)
    process.on('SIGTERM', onStopSignal)
    process.on('SIGHUP', onReloadSignal)
  }

  function stop(reason = 'stop', code: number = ExitCode.ok): Promise<number> {
    stopping ??= (async () => {
      logger.info({reason, inFlight: inFlight.size}, 'Shutting down: no new updates, finishing those in flight')
      let exitCode = code
      // The deadline is real: whatever still runs when it passes is given up, and the process ends.
      const deadline = Date.now() + config.shutdownTimeoutMs
      const remaining = () => Math.max(0, deadline - Date.now())
      const polled = await settleWithin([polling?.stop() ?? Promise.resolve()], remaining())
      const serverClosed = Promise.all(servers.map(closeServer))
      const finished = polled && (await settleWithin([...inFlight], remaining()))
      if (!finished) {
        logger.error({inFlight: inFlight.size}, 'Shutdown timed out with updates still running; they stay in the journal for the next start')
        if (exitCode === ExitCode.ok) exitCode = ExitCode.failed
        // Their replies are cut off now; they are not crossed out of the journal, so the restart answers them.
        halt.abort()
        await settleWithin([...inFlight], 1000)
      }
      clearInterval(adoption)
      // Load balancers keep idle connections open for a minute; nothing is running on them now.
      for (const server of servers) server.closeAllConnections()
      if (polling && lastUpdateId !== undefined && code !== ExitCode.conflict) {
        // Confirms the handled updates, so a restart does not receive them again; briefly, Telegram may be away.
        await bot.api.getUpdates({offset: lastUpdateId + 1, limit: 1, timeout: 0}, AbortSignal.timeout(Math.max(1000, Math.min(3000, remaining()))) as never).catch(() => {})
      }
      halt.abort()
      await settleWithin([serverClosed.then(() => undefined)], 1000)
      await journal.close()
      await shutdownRedis()
      if (signals) {
        process.off('SIGINT', onStopSignal)
        process.off('SIGTERM', onStopSignal)
        process.off('SIGHUP', onReloadSignal)
      }
      logger.info({exitCode}, 'Stopped')
      logger.flush?.()
      resolveExited(exitCode)
      return exitCode
    })()
    return stopping
  }

  return {bot, metrics, logger, address, reload, stop, exited}
}

function updateType(update: Update): string {
  for (const key of Object.keys(update)) if (key !== 'update_id') return key
  return 'unknown'
}

async function settleWithin(tasks: Promise<void>[], ms: number): Promise<boolean> {
  let timer: NodeJS.Timeout | undefined
  const timeout = new Promise<false>((resolve) => (timer = setTimeout(() => resolve(false), ms)))
  const all = Promise.allSettled(tasks).then(() => true as const)
  const result = await Promise.race([all, timeout])
  clearTimeout(timer)
  return result
}

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error)
}


/** A Node.js system error's code ("EADDRINUSE"). */
function errorCodeOf(error: unknown): string | undefined {
  return typeof error === 'object' && error !== null && 'code' in error && typeof error.code === 'string' ? error.code : undefined
}
