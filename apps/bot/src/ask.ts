/**
 * `pnpm --silent ask [--json] [--fresh] [--lang en|es] [--article FILE | --content DIR] [question ...]`
 *
 * Questions go to the real bot (createBot, `bot.handleUpdate`, API intercepted) as messages
 * from one person in one chat, or each in a new chat with --fresh. Questions come from the
 * arguments (one per argument) or from stdin (one per line).
 * Exit codes: 0 answered, 1 content could not be loaded or the bot failed, 2 usage.
 */
import {createInterface} from 'node:readline'
import type {Readable, Writable} from 'node:stream'
import {pathToFileURL} from 'node:url'
import {parseArgs} from 'node:util'
import {LocalBot} from './bot/local-bot.js'
import type {Turn} from './bot/local-bot.js'
import {renderTurn} from './chat/render.js'
import {loadConfig} from './config.js'
import type {Config} from './config.js'
import type {Library} from './core/library.js'
import type {ArticleRef, Citation, Intent} from './core/types.js'
import {ContentError, loadLibrary} from './facts-source.js'

export const USAGE = `Usage: ask [--json] [--fresh] [--lang en|es] [--article FILE | --content DIR] [question ...]

Asks the bot, as a Telegram user would, and prints its replies.
Questions are the arguments (quote each one), or lines of stdin when there are none.

  --json          one JSON object per question: question, answer, buttons, intent, confidence, sources
  --fresh         each question in a new chat (no conversation carried over)
  --lang en|es    the asker's Telegram language (default en)
  --article FILE  answer from this article, parsed now, instead of the content bundle
  --content DIR   answer across every article (.txt, .md) in DIR, parsed now
  -h, --help      this help`

export interface AskIo {
  stdin: Readable & {isTTY?: boolean}
  stdout: Writable
  stderr: Writable
}

export interface AskResult {
  question: string
  /** What the person reads: every message's text, then the button labels, one per line. */
  answer: string
  buttons: Array<{label: string; url?: string}>
  intent: Intent | null
  confidence: number | null
  sources: Citation[]
  /** The articles the answer comes from, when several are loaded. */
  articles?: ArticleRef[]
}

export class UsageError extends Error {
  override name = 'UsageError'
  readonly code = 'E_USAGE'
}

export const ExitCode = {ok: 0, failed: 1, usage: 2} as const

export async function main(args: readonly string[], io: AskIo, config: Pick<Config, 'bundlePath'> = loadConfig()): Promise<number> {
  const print = (stream: Writable, text: string) => stream.write(`${text}\n`)
  let options: ReturnType<typeof parseOptions>
  try {
    options = parseOptions(args)
  } catch (error) {
    print(io.stderr, `${(error as Error).message}\n\n${USAGE}`)
    return ExitCode.usage
  }
  if (options.help) {
    print(io.stdout, USAGE)
    return ExitCode.ok
  }

  let library: Library
  try {
    library = loadLibrary(options, config, (warning) => print(io.stderr, warning))
  } catch (error) {
    if (!(error instanceof ContentError)) throw error
    print(io.stderr, error.message)
    return ExitCode.failed
  }

  const questions = options.questions.length > 0 ? options.questions : io.stdin.isTTY ? [] : await readLines(io.stdin)
  if (questions.length === 0) {
    print(io.stderr, `No question given.\n\n${USAGE}`)
    return ExitCode.usage
  }

  const local = new LocalBot({library: () => library})
  let failed = false
  let user = local.user({id: 1, languageCode: options.lang})
  for (const [index, question] of questions.entries()) {
    if (options.fresh && index > 0) user = local.user({id: index + 1, languageCode: options.lang})
    const turn = await user.say(question)
    for (const error of turn.errors) {
      failed = true
      print(io.stderr, `Error while answering "${question}": ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`)
    }
    print(io.stdout, options.json ? JSON.stringify(askResult(question, turn)) : readable(question, turn))
  }
  return failed ? ExitCode.failed : ExitCode.ok
}

export function askResult(question: string, turn: Turn): AskResult {
  const buttons = turn.messages.flatMap((message) => message.buttons.flat())
  const answer = turn.answers.at(-1)?.answer
  return {
    question,
    answer: [...turn.messages.map((message) => message.text), ...buttons.map((button) => button.label)].join('\n'),
    buttons: buttons.map(({label, url}) => (url ? {label, url} : {label})),
    intent: answer?.intent ?? null,
    confidence: answer?.confidence ?? null,
    sources: answer?.citations ?? [],
    ...(answer?.articles ? {articles: answer.articles} : {})
  }
}


function readable(question: string, turn: Turn): string {
  return `you › ${question}\n${renderTurn(turn, {color: false}).text}\n`
}

function parseOptions(args: readonly string[]) {
  const {values, positionals} = parseArgs({
    args: [...args],
    allowPositionals: true,
    strict: true,
    options: {
      json: {type: 'boolean', default: false},
      fresh: {type: 'boolean', default: false},
      lang: {type: 'string', default: 'en'},
      article: {type: 'string'},
      content: {type: 'string'},
      help: {type: 'boolean', short: 'h', default: false}
    }
  })
  if (values.lang !== 'en' && values.lang !== 'es') throw new UsageError(`--lang must be en or es, got "${values.lang}"`)
  if (values.article === '') throw new UsageError('--article needs a file')
  if (values.content === '') throw new UsageError('--content needs a folder')
  if (values.article !== undefined && values.content !== undefined) throw new UsageError('--article and --content cannot be used together')
  return {
    json: values.json,
    fresh: values.fresh,
    lang: values.lang,
    article: values.article,
    content: values.content,
    help: values.help,
    questions: positionals.map((question) => question.trim()).filter(Boolean)
  }
}

async function readLines(input: Readable): Promise<string[]> {
  const lines: string[] = []
  for await (const line of createInterface({input, terminal: false})) {
    if (line.trim()) lines.push(line.trim())
  }
  return lines
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  process.exitCode = await main(process.argv.slice(2), {stdin: process.stdin, stdout: process.stdout, stderr: process.stderr})
}
