/**
 * `pnpm start`: on Telegram when TELEGRAM_BOT_TOKEN is set, otherwise a local chat with the
 * same bot in this terminal.
 */
import {LocalBot} from './bot/local-bot.js'
import {LOCAL_USER_ID, runLocalChat} from './chat/local-chat.js'
import {ConfigError, loadConfig} from './config.js'
import type {Config} from './config.js'
import {ContentError, FactsSource, loadBundleFacts} from './facts-source.js'
import {runOnTelegram} from './run-on-telegram.js'

export async function main(config: Config): Promise<number> {
  const loadFacts = () => loadBundleFacts(config.bundlePath)
  if (config.token) return runOnTelegram(config, loadFacts)

  const source = new FactsSource(loadFacts)
  const local = new LocalBot({
    facts: source.current,
    reload: source.reload,
    // The person at the terminal runs this bot, so /reload is theirs.
    adminIds: [...config.adminIds, LOCAL_USER_ID]
  })
  const color = config.color === 'always' || (config.color === 'auto' && Boolean(process.stdout.isTTY))
  await runLocalChat(local, {input: process.stdin, output: process.stdout}, {color, ...terminalLanguage(config)})
  return 0
}

/** The terminal's language (LANG=es_ES.UTF-8 → Spanish menus), as Telegram's language_code would be. */
function terminalLanguage(config: Config): {languageCode?: string} {
  const code = config.locale?.split(/[_.@]/)[0]?.toLowerCase()
  return code && /^[a-z]{2}$/.test(code) ? {languageCode: code} : {}
}

try {
  process.exitCode = await main(loadConfig())
} catch (error) {
  if (error instanceof ContentError || error instanceof ConfigError) {
    console.error(error.message)
    process.exitCode = error instanceof ConfigError ? 2 : 1
  } else {
    throw error
  }
}
