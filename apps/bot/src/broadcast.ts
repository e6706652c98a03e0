/**
 * `pnpm broadcast --dry-run [--json] [--article FILE | --content DIR]`: what the bot would announce
 * to followers if it loaded this content now — the articles not yet announced, how many people
 * and messages, and each announcement as a follower in each language would read it. Nothing is
 * sent or recorded: the bot announces when it loads new content (at start, SIGHUP or /reload).
 * Followers and announced articles are read from Redis (REDIS_URL) or the local files.
 * Exit codes: 0 shown, 1 content or followers could not be read, 2 usage.
 */
import {pathToFileURL} from 'node:url'
import {Redis} from 'ioredis'
import {phrased} from './bot/i18n.js'
import {answerKeyboard} from './bot/keyboard.js'
import {ConfigError, loadConfig, type Config} from './config.js'
import {announceArticle} from './core/announcement.js'
import {findArticle, type Library} from './core/library.js'
import type {Lang} from './core/types.js'
import {ContentError, loadLibrary} from './facts-source.js'
import {readArgs, usageError, type CommandIo} from './command-line.js'
import {unannounced} from './following/announce-new.js'
import {openFollowingStores} from './following/following.js'
import {answerPlain} from './format/answer.js'

export type BroadcastIo = CommandIo

export const usage = `Usage: pnpm broadcast --dry-run [--json] [--article FILE | --content DIR]

Shows what the bot would announce to followers if it loaded this content now: the articles not
yet announced, to how many people, and each announcement in each followers' language. Nothing
is sent: the bot announces new articles itself when it loads them (start, SIGHUP, /reload).`

export interface BroadcastPlan {
  articles: Array<{id: string; title?: string; published?: string}>
  followers: number
  byLanguage: Partial<Record<Lang, number>>
  messages: number
  /** At the bot's broadcast rate. */
  seconds: number
  previews: Array<{article: string; lang: Lang; text: string; buttons: string[]}>
  /** Nothing was ever recorded as announced: the bot's first start records every article as told. */
  firstRun: boolean
}

/** `config` is read from the environment (config.ts) unless given. */
export async function main(args: readonly string[], io: BroadcastIo, config?: Config): Promise<number> {
  const read = readArgs(args, {'dry-run': {type: 'boolean'}, json: {type: 'boolean'}, article: {type: 'string'}, content: {type: 'string'}}, usage, io)
  if ('exit' in read) return read.exit
  const {values} = read
  if (!values['dry-run']) return usageError('broadcast only shows what would be sent (--dry-run): the bot sends when it loads new content.\n', usage, io).exit
  let library: Library
  try {
    config ??= loadConfig()
    library = loadLibrary(values, config, (warning) => io.stderr(`${warning}\n`))
  } catch (error) {
    if (error instanceof ConfigError) {
      io.stderr(`${error.message}\n`)
      return 2
    }
    if (error instanceof ContentError) {
      io.stderr(`${error.message}\n`)
      return 1
    }
    throw error
  }
  const redis = config.redisUrl ? new Redis(config.redisUrl, {lazyConnect: true, maxRetriesPerRequest: 1, connectTimeout: 2000}) : undefined
  redis?.on('error', () => {})
  try {
    const plan = await planBroadcast(library, await openFollowingStores(config.following, redis), config.following.broadcastRate)
    io.stdout(values.json ? `${JSON.stringify(plan)}\n` : describePlan(plan, redis ? 'Redis' : config.following.followersFile))
    return 0
  } catch (error) {
    io.stderr(`Could not read the followers (${redis ? 'Redis' : config.following.followersFile}): ${(error as Error).message}\n`)
    return 1
  } finally {
    redis?.disconnect()
  }
}

export async function planBroadcast(
  library: Library,
  stores: Awaited<ReturnType<typeof openFollowingStores>>,
  rate: number,
  now = new Date()
): Promise<BroadcastPlan> {
  const firstRun = (await stores.announced.known()) === undefined
  const ids = (await unannounced(library, stores.announced)).reverse()
  const byLanguage: Partial<Record<Lang, number>> = {}
  let followers = 0
  for await (const batch of stores.followers.batches()) {
    followers += batch.length
    for (const follower of batch) byLanguage[follower.lang] = (byLanguage[follower.lang] ?? 0) + 1
  }
  const articles = ids.flatMap((id) => {
    const article = findArticle(library, id)
    if (!article) return []
    const {title, published} = article.facts.article
    return [{id, ...(title ? {title} : {}), ...(published ? {published} : {})}]
  })
  const languages = (Object.keys(byLanguage) as Lang[]).sort()
  const previews = articles.flatMap(({id}) =>
    languages.map((lang) => {
      const answer = phrased(announceArticle(findArticle(library, id)!, lang, now))
      const keyboard = answerKeyboard(answer, undefined)
      return {article: id, lang, text: answerPlain(answer), buttons: (keyboard?.inline_keyboard ?? []).flat().map((button) => button.text)}
    })
  )
  const messages = articles.length * followers
  return {articles, followers, byLanguage, messages, seconds: Math.ceil(messages / rate), previews, firstRun}
}

function describePlan(plan: BroadcastPlan, from: string): string {
  const lines: string[] = []
  if (plan.firstRun) {
    lines.push('No article is recorded as announced yet: at its first start the bot records every article it has as told, and sends nothing.')
    return `${lines.join('\n')}\n`
  }
  if (plan.articles.length === 0) return `Every article has been announced; nothing would be sent (followers: ${plan.followers}, from ${from}).\n`
  lines.push(`New articles, not yet announced (${plan.articles.length}), oldest first:`)
  for (const article of plan.articles) lines.push(`  ${article.id}${article.title ? ` — ${article.title}` : ''}${article.published ? ` (${article.published})` : ''}`)
  const languages = Object.entries(plan.byLanguage).map(([lang, count]) => `${lang} ${count}`).join(', ')
  lines.push(`Followers: ${plan.followers}${languages ? ` (${languages})` : ''}, from ${from}`)
  lines.push(`Messages: ${plan.messages}, about ${plan.seconds} s at the broadcast rate`)
  for (const preview of plan.previews) {
    lines.push('', `── ${preview.article}, to followers in ${preview.lang} ──`, preview.text, ...preview.buttons.map((label) => `[${label}]`))
  }
  return `${lines.join('\n')}\n`
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  process.exitCode = await main(process.argv.slice(2), {stdout: (text) => process.stdout.write(text), stderr: (text) => process.stderr.write(text)})
}
