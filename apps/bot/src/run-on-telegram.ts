/**
 * `pnpm start` with a token: long polling against Telegram (or TELEGRAM_API_ROOT). Kept apart
 * from main.ts so the ops runtime (src/runtime) can take this place as a whole.
 */
import type {Facts} from 'article-facts'
import {registerCommands} from './bot/commands.js'
import {createBot} from './bot/create-bot.js'
import type {Config} from './config.js'
import {describeFacts, FactsSource} from './facts-source.js'

export interface TelegramIo {
  log: (line: string) => void
  /** Stops polling when aborted (tests); signals do the same for a real process. */
  signal?: AbortSignal
}

/** Polls until SIGINT, SIGTERM or `io.signal`; resolves with the process exit code. */
export async function runOnTelegram(
  config: Config & {token: string},
  loadFacts: () => Facts,
  io: TelegramIo = {log: (line) => console.error(line)}
): Promise<number> {
  const source = new FactsSource(loadFacts)
  const bot = createBot(config.token, {
    facts: source.current,
    reload: source.reload,
    adminIds: config.adminIds,
    ...(config.apiRoot ? {apiRoot: config.apiRoot} : {}),
    onError: (error) => io.log(`error: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`)
  })
  const reloadOnHangup = async () => io.log(`SIGHUP: ${(await source.reload()).message}`)
  // bot.stop() confirms the last offset with one more call: wait for it before returning.
  let stopping: Promise<void> | undefined
  const stop = () => {
    stopping ??= bot.stop().catch((error: unknown) => io.log(`While stopping: ${error instanceof Error ? error.message : String(error)}`))
  }
  process.on('SIGHUP', reloadOnHangup)
  process.once('SIGINT', stop)
  process.once('SIGTERM', stop)
  io.signal?.addEventListener('abort', stop, {once: true})
  try {
    await bot.init()
    await registerCommands(bot)
    await bot.start({
      drop_pending_updates: false,
      onStart: (me) => io.log(`@${me.username} is polling; answering from ${describeFacts(source.current())}`)
    })
    await stopping
    return 0
  } catch (error) {
    io.log(`The bot stopped: ${error instanceof Error ? error.message : String(error)}`)
    return 1
  } finally {
    process.off('SIGHUP', reloadOnHangup)
    process.off('SIGINT', stop)
    process.off('SIGTERM', stop)
    io.signal?.removeEventListener('abort', stop)
  }
}
