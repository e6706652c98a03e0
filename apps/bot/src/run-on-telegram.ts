/**
 * `pnpm start` with a token: the bot as a service (src/runtime): long polling or a webhook,
 * sessions in Redis or memory, metrics, SIGHUP reloads, graceful shutdown. Settings beyond
 * the token come from the environment as the runtime reads them (docs/operations.md).
 */
import type {DestinationStream} from 'pino'
import {registerCommands} from './bot/commands.js'
import {createBot} from './bot/create-bot.js'
import {ConfigError, requireRuntime, type Config} from './config.js'
import type {Library} from './core/library.js'
import type {Pictures} from './pictures/pictures.js'
import {ExitCode, runService, ServiceError} from './runtime/index.js'

export interface TelegramOptions {
  /** Stops the service when aborted (tests); SIGINT and SIGTERM do the same for a process. */
  signal?: AbortSignal
  /** Log lines go here instead of stdout (tests). */
  logDestination?: DestinationStream
  /** Listen to process signals (default true). */
  handleSignals?: boolean
  /** Where a configuration error is told. */
  stderr?: (line: string) => void
  /** Maps and timelines to send; absent: text only. */
  pictures?: Pictures
}

/** Runs until stopped; resolves with the process exit code. */
export async function runOnTelegram(config: Config, loadLibrary: () => Library, options: TelegramOptions = {}): Promise<number> {
  try {
    const service = await runService(requireRuntime(config), {
      createBot,
      loadLibrary,
      // The command menu in both languages, once the bot knows who it is.
      prepare: registerCommands,
      ...(options.pictures ? {botDeps: {pictures: options.pictures}} : {}),
      ...(options.logDestination ? {logDestination: options.logDestination} : {}),
      ...(options.handleSignals === undefined ? {} : {handleSignals: options.handleSignals})
    })
    const stop = () => void service.stop('aborted')
    if (options.signal?.aborted) stop()
    else options.signal?.addEventListener('abort', stop, {once: true})
    return await service.exited
  } catch (error) {
    if (error instanceof ConfigError) {
      ;(options.stderr ?? ((line) => process.stderr.write(`${line}\n`)))(error.message)
      return ExitCode.config
    }
    // The service has logged why it could not start.
    if (error instanceof ServiceError) return error.exitCode
    throw error
  }
}
