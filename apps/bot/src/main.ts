/**
 * `pnpm start [-- --article FILE | --content DIR]`: on Telegram when TELEGRAM_BOT_TOKEN is set,
 * otherwise a local chat with the same bot in this terminal. The articles are the content
 * bundle's, or those given, parsed now.
 */
import {parseArgs} from 'node:util'
import {LocalBot} from './bot/local-bot.js'
import {LOCAL_USER_ID, runLocalChat} from './chat/local-chat.js'
import {ConfigError, loadConfig} from './config.js'
import type {Config} from './config.js'
import type {Library} from './core/library.js'
import {ContentError, LibrarySource, loadLibrary} from './facts-source.js'
import {openFollowingStores, startFollowing} from './following/following.js'
import {drawInChild} from './pictures/draw-child.js'
import {Pictures} from './pictures/pictures.js'
import {runOnTelegram} from './run-on-telegram.js'

export async function main(config: Config, args: readonly string[] = []): Promise<number> {
  const given = parseOptions(args)
  const load = () => loadLibrary(given, config, (warning) => console.error(warning))
  // Maps and timelines are drawn in a child process (dist/draw-worker.js): the gazetteer stays out of the bot's memory.
  const drawing = drawInChild({script: new URL('./draw-worker.js', import.meta.url)})
  const pictures = new Pictures(drawing.draw)
  try {
    return config.token ? await runOnTelegram(config, load, {pictures}) : await chatLocally(config, load, pictures)
  } finally {
    drawing.close()
  }
}

async function chatLocally(config: Config, load: () => Library, pictures: Pictures): Promise<number> {
  const source = new LibrarySource(load)
  // Following works here too, in local files: /follow, then /reload after adding an article.
  const stores = await openFollowingStores(config.following, undefined)
  const local = new LocalBot({
    library: source.current,
    followers: stores.followers,
    pictures,
    reload: async () => {
      const result = await source.reload()
      if (result.ok) await following.announce(source.current())
      return result
    },
    // The person at the terminal runs this bot, so /reload is theirs.
    adminIds: [...config.adminIds, LOCAL_USER_ID]
  })
  const following = await startFollowing(config.following, stores, {api: local.bot.api, library: source.current})
  await following.announce(source.current())
  const color = config.color === 'always' || (config.color === 'auto' && Boolean(process.stdout.isTTY))
  try {
    await runLocalChat(local, {input: process.stdin, output: process.stdout}, {color, ...terminalLanguage(config)})
  } finally {
    await following.broadcaster.stop()
  }
  return 0
}

function parseOptions(args: readonly string[]): {article?: string; content?: string} {
  const {values} = parseArgs({args: [...args], strict: true, options: {article: {type: 'string'}, content: {type: 'string'}}})
  if (values.article !== undefined && values.content !== undefined) throw new ContentError('--article and --content cannot be used together')
  return {...(values.article ? {article: values.article} : {}), ...(values.content ? {content: values.content} : {})}
}

/** The terminal's language (LANG=es_ES.UTF-8 → Spanish menus), as Telegram's language_code would be. */
function terminalLanguage(config: Config): {languageCode?: string} {
  const code = config.locale?.split(/[_.@]/)[0]?.toLowerCase()
  return code && /^[a-z]{2}$/.test(code) ? {languageCode: code} : {}
}

try {
  process.exitCode = await main(loadConfig(), process.argv.slice(2))
} catch (error) {
  if (error instanceof ContentError || error instanceof ConfigError) {
    console.error(error.message)
    process.exitCode = error instanceof ConfigError ? 2 : 1
  } else if ((error as {code?: string}).code?.startsWith('ERR_PARSE_ARGS')) {
    console.error((error as Error).message)
    process.exitCode = 2
  } else {
    throw error
  }
}
