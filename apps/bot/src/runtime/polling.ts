/**
 * Long polling with `@grammyjs/runner`: updates handled concurrently (createBot puts
 * `sequentialize` per chat first, so one chat's updates still run in order). The runner
 * retries failed `getUpdates` calls itself; it gives up on 401 and 409, which end the service.
 */
import {run, type RunnerHandle} from '@grammyjs/runner'
import type {Api, RawApi} from 'grammy'
import type {Update} from 'grammy/types'

export interface PollingOptions {
  api: Api<RawApi>
  handleUpdate: (update: Update) => Promise<void>
  errorHandler: (error: unknown) => unknown
  concurrency: number
}

export interface Polling {
  /** Rejects when polling ends for a reason other than `stop()`. */
  readonly task: Promise<void>
  /** Stops fetching (aborting the open long poll) and waits for the runner to end. */
  stop(): Promise<void>
}

export function startPolling(options: PollingOptions): Polling {
  const runner: RunnerHandle = run(
    {handleUpdate: options.handleUpdate, errorHandler: options.errorHandler, api: options.api},
    {runner: {silent: true, fetch: {timeout: 30}}, sink: {concurrency: options.concurrency}}
  )
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
