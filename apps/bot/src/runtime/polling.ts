/**
 * Long polling with `@grammyjs/runner`: updates handled concurrently (createBot puts
 * `sequentialize` per chat first, so one chat's updates still run in order). The runner
 * retries failed `getUpdates` calls itself; it gives up on 401 and 409, which end the service.
 *
 * Assembled from the runner's parts rather than `run()` for one reason: each batch is handed to
 * `received` (the in-flight journal) before the next `getUpdates`, the call that confirms it to
 * Telegram, so no update is confirmed before it is written down.
 */
import {createConcurrentSink, createRunner, createSource, createUpdateFetcher, type RunnerHandle} from '@grammyjs/runner'
import type {Api, RawApi} from 'grammy'
import type {Update} from 'grammy/types'

export interface PollingOptions {
  api: Api<RawApi>
  handleUpdate: (update: Update) => Promise<void>
  errorHandler: (error: unknown) => unknown
  /** Resolves once the batch is kept; until then it is not confirmed to Telegram. */
  received: (updates: readonly Update[]) => Promise<void>
  concurrency: number
}

export interface Polling {
  /** Rejects when polling ends for a reason other than `stop()`. */
  readonly task: Promise<void>
  /** Stops fetching (aborting the open long poll) and waits for the runner to end. */
  stop(): Promise<void>
}

export function startPolling(options: PollingOptions): Polling {
  const bot = {api: options.api, handleUpdate: options.handleUpdate, errorHandler: options.errorHandler}
  const fetchUpdates = createUpdateFetcher<Update, unknown>(bot, {silent: true, fetch: {timeout: 30}})
  const source = createSource<Update>({
    async supply(batchSize, signal) {
      const updates = await fetchUpdates(batchSize, signal)
      await options.received(updates)
      return updates
    }
  })
  const sink = createConcurrentSink<Update>(
    {consume: (update) => bot.handleUpdate(update)},
    async (error) => {
      bot.errorHandler(error)
    },
    {concurrency: options.concurrency}
  )
  const runner: RunnerHandle = createRunner(source, sink)
  runner.start()
  const task = runner.task() ?? Promise.resolve()
  return {
    task,
    async stop() {
      if (runner.isRunning()) await runner.stop()
    }
  }
}

export function errorCode(error: unknown): number | undefined {
  if (typeof error !== 'object' || error === null || !('error_code' in error)) return undefined
  return typeof error.error_code === 'number' ? error.error_code : undefined
}
