/**
 * `pnpm unanswered`: the questions people asked that the content does not answer, most
 * frequent first, from Redis (REDIS_URL) or the local file the bot appends to (UNANSWERED_FILE).
 *
 *   pnpm unanswered [--json] [--limit N] [--file PATH]
 */
import {pathToFileURL} from 'node:url'
import {Redis} from 'ioredis'
import {readArgs, usageError, type CommandIo} from './command-line.js'
import {ConfigError, loadConfig, type Config} from './config.js'
import {
  FileUnansweredStore,
  RedisUnansweredStore,
  summarizeUnanswered,
  type UnansweredStore
} from './runtime/unanswered-store.js'

export interface UnansweredIo extends CommandIo {
  env: Readonly<Record<string, string | undefined>>
}

export const usage = 'Usage: pnpm unanswered [--json] [--limit N] [--file PATH]'

export async function main(args: readonly string[], io: UnansweredIo): Promise<number> {
  const read = readArgs(args, {json: {type: 'boolean'}, limit: {type: 'string'}, file: {type: 'string'}}, usage, io)
  if ('exit' in read) return read.exit
  const {values} = read
  const limit = values.limit === undefined ? Infinity : Number(values.limit)
  if (!(limit > 0)) return usageError('--limit must be a positive number', usage, io).exit
  let config: Config
  try {
    config = loadConfig(io.env)
  } catch (error) {
    if (!(error instanceof ConfigError)) throw error
    io.stderr(`${error.message}\n`)
    return 2
  }
  const redisUrl = values.file ? undefined : config.redisUrl
  const redis = redisUrl ? new Redis(redisUrl, {lazyConnect: true, maxRetriesPerRequest: 1, connectTimeout: 2000}) : undefined
  redis?.on('error', () => {})
  const path = values.file ?? config.unansweredFile
  const store: UnansweredStore = redis ? new RedisUnansweredStore(redis) : new FileUnansweredStore(path)
  const from = redis ? 'Redis' : path
  try {
    const summary = summarizeUnanswered(await store.list()).slice(0, limit)
    if (values.json) {
      for (const row of summary) io.stdout(`${JSON.stringify(row)}\n`)
      return 0
    }
    if (summary.length === 0) {
      io.stdout(`No unanswered questions recorded (${from}).\n`)
      return 0
    }
    io.stdout(`Unanswered questions (${from}), most frequent first:\n`)
    io.stdout(`${'count'.padStart(5)}  lang  last asked            question\n`)
    for (const row of summary) {
      io.stdout(`${String(row.count).padStart(5)}  ${row.lang.padEnd(4)}  ${row.lastAt.slice(0, 19).replace('T', ' ')}   ${row.text}\n`)
    }
    return 0
  } catch (error) {
    io.stderr(`Could not read unanswered questions from ${from}: ${(error as Error).message}\n`)
    return 1
  } finally {
    redis?.disconnect()
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  process.exitCode = await main(process.argv.slice(2), {
    stdout: (text) => process.stdout.write(text),
    stderr: (text) => process.stderr.write(text),
    env: process.env
  })
}
