/**
 * Every update goes through here, in the order that loses nothing and answers nothing twice:
 * claimed (de-duplication) and written into the in-flight journal before Telegram hears back
 * (before polling's next getUpdates confirms it, before the webhook's 200), handled, then crossed
 * out. What an earlier process left in the journal is adopted and answered.
 */
import type {Bot} from 'grammy'
import type {Update} from 'grammy/types'
import {MAX_ATTEMPTS, type InFlightJournal} from './in-flight-journal.js'
import type {Logger} from './logger.js'
import type {BotMetrics} from './metrics.js'
import type {UpdateDeduplicator} from './update-dedupe.js'

export interface UpdatePipelineOptions {
  bot: Bot<any>
  dedupe: UpdateDeduplicator
  journal: InFlightJournal
  metrics: BotMetrics
  logger: Logger
  /** Aborted at the shutdown deadline: what is cut off then stays in the journal for the next start. */
  halt: AbortSignal
}

export interface UpdatePipeline {
  /** Claims and writes down a batch (polling: before the next getUpdates confirms it). */
  accept: (updates: readonly Update[]) => Promise<void>
  /** Handles an accepted update; one not accepted (a duplicate) is dropped. */
  handle: (update: Update) => Promise<void>
  /** A webhook request's update: accepted, then handled. */
  handleWebhookUpdate: (update: Update) => Promise<void>
  /** Answers what died with an earlier process (or, with Redis, a dead instance). */
  adoptOrphans: () => Promise<void>
  /** Handlings under way, to wait for at shutdown. */
  readonly running: ReadonlySet<Promise<void>>
  /** The highest update id handled, to confirm at shutdown (polling). */
  readonly lastUpdateId: number | undefined
}

export function createUpdatePipeline({bot, dedupe, journal, metrics, logger, halt}: UpdatePipelineOptions): UpdatePipeline {
  const running = new Set<Promise<void>>()
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
    running.add(tracked)
    try {
      await task
    } finally {
      running.delete(tracked)
      // Cut off by the shutdown deadline (its replies aborted): it stays in the journal for the next start.
      if (!halt.aborted) await journal.end(update.update_id)
      metrics.inFlight.dec()
      endTimer()
    }
  }

  const handle = async (update: Update): Promise<void> => {
    if (!accepted.delete(update.update_id)) return
    if (lastUpdateId === undefined || update.update_id > lastUpdateId) lastUpdateId = update.update_id
    await handleClaimed(update)
  }

  return {
    accept,
    handle,
    handleWebhookUpdate: async (update) => {
      await accept([update])
      await handle(update)
    },
    adoptOrphans: async () => {
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
    },
    running,
    get lastUpdateId() {
      return lastUpdateId
    }
  }
}

function updateType(update: Update): string {
  for (const key of Object.keys(update)) if (key !== 'update_id') return key
  return 'unknown'
}
