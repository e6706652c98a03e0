/**
 * The bot as a service: builds the bot with its runtime parts — the content and its reloads
 * (content-reload.ts), the stores (stores.ts), the update pipeline (update-pipeline.ts),
 * auto-retry, metrics, logs — serves it by long polling or webhook (`serve`, below), reloads
 * content on SIGHUP, and shuts down on SIGINT/SIGTERM by a real deadline (`shutDown`).
 */
import type {Server} from 'node:http'
import type {AddressInfo} from 'node:net'
import type {Library} from '../core/library.js'
import {Api, HttpError, type Bot} from 'grammy'
import type {DestinationStream} from 'pino'
import type {AnswerEvent, BotDeps, ReloadResult} from '../bot/deps.js'
import {installApiRetry, NETWORK_DELAYS_MS} from './api-retry.js'
import {startFollowing, type Following} from '../following/following.js'
import {createContent, type Content} from './content-reload.js'
import {closeServer, createServiceServer, listen} from './http-server.js'
import {createLogger, urlPassword, type Logger} from './logger.js'
import {createMetrics, type BotMetrics} from './metrics.js'
import {errorCode, startPolling, type Polling} from './polling.js'
import type {RuntimeConfig} from './runtime-config.js'
import {openStores, type Stores} from './stores.js'
import type {UnansweredStore} from './unanswered-store.js'
import {createUpdatePipeline, type UpdatePipeline} from './update-pipeline.js'
import {createWebhookHandler} from './webhook-handler.js'

export interface ServiceDeps {
  /** The grammY layer (`createBot` from src/bot). */
  createBot: (token: string, deps: BotDeps) => Bot<any>
  /** Loads and validates the articles; throws on a bad bundle (then the old articles stay). */
  loadLibrary: () => Library | Promise<Library>
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
  /** Followers, announced articles and the broadcaster. */
  readonly following: Following
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

  const content = await loadContent(deps, metrics, logger)
  const stores = await openStoresOrFail(config, logger, storeError)
  const following = await followersOf(config, stores, content, deps, metrics, logger)
  const {announce, reload: reloadContent} = contentUpdates(content, following, metrics, logger)

  const bot = deps.createBot(config.token, {
    ...deps.botDeps,
    library: content.library,
    ...(config.apiRoot ? {apiRoot: config.apiRoot} : {}),
    sessionStorage: stores.sessions,
    followers: stores.followers,
    ...(config.rateLimit > 0 ? {rateLimit: {limit: config.rateLimit, windowMs: config.rateWindowMs, ...(stores.rateCounter ? {counter: stores.rateCounter} : {})}} : {}),
    adminIds: [...new Set([...config.adminIds, ...(deps.botDeps?.adminIds ?? [])])],
    reload: reloadContent,
    onAnswer: (event) => recordAnswer(event, metrics, stores.unanswered, deps.botDeps?.now?.() ?? new Date(), storeError),
    onError: (error) => {
      metrics.errors.inc({kind: 'update'})
      logger.error({err: error}, 'An update failed; the person got the friendly error reply')
      deps.botDeps?.onError?.(error)
    }
  })
  // Aborted once the shutdown deadline has passed: every retry wait and Bot API call still going ends.
  const halt = new AbortController()
  installApiRetry(bot.api, metrics, logger, {halt: halt.signal})
  const updates = createUpdatePipeline({bot, dedupe: stores.dedupe, journal: stores.journal, metrics, logger, halt: halt.signal})

  // ---- start ---------------------------------------------------------------------------
  let stopping: Promise<number> | undefined
  let resolveExited!: (code: number) => void
  const exited = new Promise<number>((resolve) => (resolveExited = resolve))
  const startedAt = Date.now()
  const health = () => ({
    ok: stopping === undefined,
    mode: config.mode,
    instance: config.instance,
    redis: stores.redis ? stores.redis.status : 'off',
    inFlight: updates.running.size,
    uptimeSeconds: Math.round((Date.now() - startedAt) / 1000)
  })
  // Start-up gave up: the stores are closed, and the reason said once (a ServiceError has said it).
  function fail(error: unknown): never {
    void following.broadcaster.stop().finally(() => stores.close())
    throw error instanceof ServiceError ? error : startFailure(error, config, logger)
  }

  // grammY retries getMe for as long as the network fails: start-up gives up after a bounded wait.
  const startup = AbortSignal.timeout(STARTUP_TIMEOUT_MS)
  try {
    await bot.init(startup as never)
  } catch (error) {
    fail(startup.aborted ? new HttpError(`no answer from the Bot API within ${STARTUP_TIMEOUT_MS / 1000} s`, error) : error)
  }
  await updates.adoptOrphans()
  await announce()
  const adoption = stores.redis ? keepAdoptingOrphans(updates, config.inFlightLeaseMs, storeError) : undefined
  await prepareBot(deps, bot, metrics, logger)

  let served: Served
  try {
    served = await serve({config, bot, updates, metrics, logger, health, storeError})
  } catch (error) {
    fail(error)
  }
  if (served.polling) watchPolling(served.polling, logger, () => stopping !== undefined, (reason, code) => void stop(reason, code))

  // ---- stop ----------------------------------------------------------------------------
  const stopListening = deps.handleSignals ?? true ? listenToSignals((signal) => void stop(signal), () => void reloadContent()) : () => undefined
  function stop(reason = 'stop', code: number = ExitCode.ok): Promise<number> {
    stopping ??= shutDown({config, logger, bot, updates, served, halt, following, stores, adoption}, reason, code).then((exitCode) => {
      stopListening()
      logger.info({exitCode}, 'Stopped')
      logger.flush?.()
      resolveExited(exitCode)
      return exitCode
    })
    return stopping
  }

  return {bot, metrics, logger, address: served.address, reload: reloadContent, following, stop, exited}
}

/** The facts bundle, loaded for the start; none is a failure to start. */
async function loadContent(deps: ServiceDeps, metrics: BotMetrics, logger: Logger): Promise<Content> {
  try {
    return createContent(await deps.loadLibrary(), deps.loadLibrary, metrics, logger)
  } catch (error) {
    logger.fatal({err: error}, 'The facts bundle could not be loaded; build it with `pnpm content:build`')
    throw new ServiceError('the facts bundle could not be loaded', ExitCode.failed, {cause: error})
  }
}

async function openStoresOrFail(config: RuntimeConfig, logger: Logger, storeError: (kind: string) => (error: unknown) => void): Promise<Stores> {
  try {
    return await openStores(config, logger, storeError)
  } catch (error) {
    logger.fatal({err: error}, error instanceof Error ? error.message : 'The stores could not be opened')
    throw new ServiceError(error instanceof Error ? error.message : 'the stores could not be opened', ExitCode.failed, {cause: error})
  }
}

/** Followers and the announcements of new articles to them. */
function followersOf(config: RuntimeConfig, stores: Stores, content: Content, deps: ServiceDeps, metrics: BotMetrics, logger: Logger): ReturnType<typeof startFollowing> {
  return startFollowing(
    config.following,
    stores,
    // Announcements pace themselves and take a 429 as a pause of the whole broadcast, so they go
    // out on an API of their own, without the answers' retries and flood gate waiting inside a send.
    {api: new Api(config.token, config.apiRoot ? {apiRoot: config.apiRoot} : undefined), library: content.library, ...(deps.botDeps?.now ? {now: deps.botDeps.now} : {})},
    {
      redisUrl: config.redisUrl,
      events: {
        queued: (count) => metrics.announcements.inc({outcome: 'queued'}, count),
        done: (outcome) => metrics.announcements.inc({outcome: outcome === 'blocked' ? 'removed' : outcome}),
        error: (error, delivery) => logger.warn({err: error, article: delivery.article}, 'An announcement failed; it will be tried again')
      }
    }
  )
}

/** Reloading the articles (an admin's /reload, SIGHUP), and announcing the new ones to followers once loaded. */
function contentUpdates(content: Content, following: Following, metrics: BotMetrics, logger: Logger): {announce: () => Promise<void>; reload: () => Promise<ReloadResult>} {
  const announce = async () => {
    try {
      const told = await following.announce(content.library())
      if (told.articles.length > 0) logger.info(told, 'New articles announced to followers')
    } catch (error) {
      metrics.errors.inc({kind: 'announce'})
      logger.error({err: error}, 'New articles could not be queued for followers; the next reload tries again')
    }
  }
  const reload = async (): Promise<ReloadResult> => {
    const result = await content.reload()
    if (result.ok) await announce()
    return result
  }
  return {announce, reload}
}

/** Another instance may die while this one runs; its lease runs out, and one of the living adopts its updates. */
function keepAdoptingOrphans(updates: UpdatePipeline, leaseMs: number, storeError: (kind: string) => (error: unknown) => void): NodeJS.Timeout {
  const adoption = setInterval(() => void updates.adoptOrphans().catch(storeError('in_flight_journal')), leaseMs)
  adoption.unref()
  return adoption
}

/** The caller's start-up step (e.g. setMyCommands): when it fails, the bot answers anyway. */
async function prepareBot(deps: ServiceDeps, bot: Bot, metrics: BotMetrics, logger: Logger): Promise<void> {
  if (!deps.prepare) return
  try {
    await deps.prepare(bot)
  } catch (error) {
    metrics.errors.inc({kind: 'prepare'})
    logger.warn({err: error}, 'Start-up step failed (e.g. setMyCommands); answering anyway')
  }
}

/** Polling that stops on its own: another instance polls (409), the token was revoked (401), or it failed. */
function watchPolling(polling: Polling, logger: Logger, stopping: () => boolean, stop: (reason: string, code: number) => void): void {
  polling.task.catch((error: unknown) => {
    if (stopping()) return
    if (errorCode(error) === 409) {
      logger.fatal(
        {err: error},
        'Another instance is polling with this bot token (409 Conflict). Stop the other instance, or run several instances in webhook mode behind a load balancer.'
      )
      stop('conflict', ExitCode.conflict)
    } else if (errorCode(error) === 401) {
      logger.fatal({err: error}, 'The Bot API refused TELEGRAM_BOT_TOKEN (401)')
      stop('unauthorized', ExitCode.unauthorized)
    } else {
      logger.fatal({err: error}, 'Polling stopped on an error')
      stop('polling failed', ExitCode.failed)
    }
  })
}

/** SIGINT and SIGTERM stop, SIGHUP reloads the content; gives what stops listening. */
function listenToSignals(onStop: (signal: NodeJS.Signals) => void, onReload: () => void): () => void {
  process.on('SIGINT', onStop)
  process.on('SIGTERM', onStop)
  process.on('SIGHUP', onReload)
  return () => {
    process.off('SIGINT', onStop)
    process.off('SIGTERM', onStop)
    process.off('SIGHUP', onReload)
  }
}

interface Running {
  config: RuntimeConfig
  logger: Logger
  bot: Bot<any>
  updates: UpdatePipeline
  served: Served
  /** Aborted once the deadline has passed: what still waits on the Bot API ends. */
  halt: AbortController
  following: Following
  stores: Stores
  adoption: NodeJS.Timeout | undefined
}

/**
 * Takes no new updates, finishes those in flight by a real deadline (SHUTDOWN_TIMEOUT_MS), confirms
 * the handled updates to Telegram, closes the servers, the broadcaster and the stores. Gives the
 * exit code: `code`, or failed when updates were still running at the deadline.
 */
async function shutDown({config, logger, bot, updates, served, halt, following, stores, adoption}: Running, reason: string, code: number): Promise<number> {
  logger.info({reason, inFlight: updates.running.size}, 'Shutting down: no new updates, finishing those in flight')
  let exitCode = code
  // The deadline is real: whatever still runs when it passes is given up, and the process ends.
  const deadline = Date.now() + config.shutdownTimeoutMs
  const remaining = () => Math.max(0, deadline - Date.now())
  const polled = await settleWithin([served.polling?.stop() ?? Promise.resolve()], remaining())
  const serverClosed = Promise.all(served.servers.map(closeServer))
  const finished = polled && (await settleWithin([...updates.running], remaining()))
  if (!finished) {
    logger.error({inFlight: updates.running.size}, 'Shutdown timed out with updates still running; they stay in the journal for the next start')
    if (exitCode === ExitCode.ok) exitCode = ExitCode.failed
    // Their replies are cut off now; they are not crossed out of the journal, so the restart answers them.
    halt.abort()
    await settleWithin([...updates.running], 1000)
  }
  clearInterval(adoption)
  // Load balancers keep idle connections open for a minute; nothing is running on them now.
  for (const server of served.servers) server.closeAllConnections()
  const last = updates.lastUpdateId
  if (served.polling && last !== undefined && code !== ExitCode.conflict) {
    // Confirms the handled updates, so a restart does not receive them again; briefly, Telegram may be away.
    await bot.api.getUpdates({offset: last + 1, limit: 1, timeout: 0}, AbortSignal.timeout(Math.max(1000, Math.min(3000, remaining()))) as never).catch(() => {})
  }
  halt.abort()
  await settleWithin([serverClosed.then(() => undefined)], 1000)
  // What is left to announce stays queued (in Redis, or the broadcast journal) for the next start.
  await settleWithin([following.broadcaster.stop()], Math.max(1000, remaining()))
  await stores.close()
  return exitCode
}

/** Counts every answer; keeps the declined questions (not inline keystrokes) for `pnpm unanswered`. */
function recordAnswer(event: AnswerEvent, metrics: BotMetrics, unanswered: UnansweredStore, now: Date, storeError: (kind: string) => (error: unknown) => void): void {
  metrics.questions.inc({status: event.status, via: event.via})
  metrics.answerLatency.observe({status: event.status}, event.latencyMs / 1000)
  if (event.status !== 'declined' || event.via === 'inline') return
  unanswered.add({text: event.question, lang: event.lang, at: now.toISOString()}).catch(storeError('unanswered_store'))
}

/** Why the service could not start, said once in the log, as the error that ends it (with its exit code). */
function startFailure(error: unknown, config: RuntimeConfig, logger: Logger): ServiceError {
  const code = errorCode(error)
  if (code === 401 || code === 404) {
    logger.fatal({err: error}, 'The Bot API refused TELEGRAM_BOT_TOKEN (401/404): check the token')
    return new ServiceError('the bot token was refused', ExitCode.unauthorized, {cause: error})
  }
  if (error instanceof HttpError) {
    const root = config.apiRoot ?? 'https://api.telegram.org'
    logger.fatal({err: error}, `Cannot reach the Bot API at ${root} (tried for ${STARTUP_TIMEOUT_MS / 1000} s): check the network or TELEGRAM_API_ROOT`)
    return new ServiceError(`cannot reach the Bot API at ${root}`, ExitCode.failed, {cause: error})
  }
  logger.fatal({err: error}, 'The bot could not start')
  return new ServiceError(`the bot could not start: ${error instanceof Error ? error.message : String(error)}`, ExitCode.failed, {cause: error})
}

// ---- serving, by mode ----------------------------------------------------------------------

interface Served {
  servers: Server[]
  address: AddressInfo | undefined
  polling: Polling | undefined
}

interface ServeOptions {
  config: RuntimeConfig
  bot: Bot<any>
  updates: UpdatePipeline
  metrics: BotMetrics
  logger: Logger
  health: () => Record<string, unknown> & {ok: boolean}
  storeError: (kind: string) => (error: unknown) => void
}

/** Opens the metrics port, then takes updates: a webhook server (and setWebhook), or long polling. */
async function serve({config, bot, updates, metrics, logger, health, storeError}: ServeOptions): Promise<Served> {
  const servers: Server[] = []
  let address: AddressInfo | undefined
  // A port another process holds is the operator's to fix: said plainly, with its own exit code.
  const listenOn = async (server: Server, port: number, host: string, setting: string): Promise<AddressInfo> => {
    try {
      return await listen(server, port, host)
    } catch (error) {
      await closeServer(server)
      await Promise.all(servers.map(closeServer))
      if (errorCodeOf(error) !== 'EADDRINUSE' && errorCodeOf(error) !== 'EACCES') throw error
      const why = errorCodeOf(error) === 'EADDRINUSE' ? 'is already in use' : 'may not be used by this user'
      logger.fatal(`${setting}=${port} ${why} on ${host}: choose another port or stop what holds it`)
      throw new ServiceError(`${setting}=${port} ${why} on ${host}`, ExitCode.addressInUse, {cause: error})
    }
  }
  // /metrics and the detailed /healthz on their own port, loopback unless METRICS_HOST says otherwise.
  if (config.metricsPort !== undefined) {
    const metricsServer = createServiceServer({registry: metrics.registry, ...(config.metricsToken ? {metricsToken: config.metricsToken} : {}), health, onError: storeError('http')})
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
          handle: updates.handleWebhookUpdate,
          onTimeout: (update) => logger.warn({updateId: update.update_id}, 'Update still running; acknowledged to Telegram so it is not re-sent')
        })
      }
    })
    address = await listenOn(server, webhook.port, webhook.host, 'PORT')
    servers.push(server)
    try {
      if (webhook.register) await bot.api.setWebhook(webhook.url, {secret_token: webhook.secret, max_connections: webhook.maxConnections})
    } catch (error) {
      await Promise.all(servers.map(closeServer))
      throw error
    }
    logger.info({port: address.port, path: webhook.path}, 'Webhook server listening')
    return {servers, address, polling: undefined}
  }

  try {
    // getUpdates is refused while a webhook is set (e.g. after running in webhook mode).
    await bot.api.deleteWebhook()
  } catch (error) {
    await Promise.all(servers.map(closeServer))
    throw error
  }
  const polling = startPolling({
    api: bot.api,
    handleUpdate: updates.handle,
    received: updates.accept,
    errorHandler: (error) => {
      metrics.errors.inc({kind: 'update'})
      logger.error({err: error}, 'An update failed')
    },
    concurrency: config.concurrency
  })
  logger.info('Polling for updates')
  return {servers, address, polling}
}

async function settleWithin(tasks: Promise<void>[], ms: number): Promise<boolean> {
  let timer: NodeJS.Timeout | undefined
  const timeout = new Promise<false>((resolve) => (timer = setTimeout(() => resolve(false), ms)))
  const all = Promise.allSettled(tasks).then(() => true as const)
  const result = await Promise.race([all, timeout])
  clearTimeout(timer)
  return result
}

/** A Node.js system error's code ("EADDRINUSE"). */
function errorCodeOf(error: unknown): string | undefined {
  return typeof error === 'object' && error !== null && 'code' in error && typeof error.code === 'string' ? error.code : undefined
}
