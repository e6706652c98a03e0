/**
 * `pnpm eval [--set NAME]... [--ask FILE]`: runs the question sets of `eval/sets.json` through
 * the `ask` CLI (the real bot, API intercepted), one process per conversation and one `--fresh`
 * process per language for standalone questions, then prints accuracy overall, per topic, per
 * language, the out-of-scope decline rate and every miss.
 * Exit codes: 0 every set meets its bar, 1 a set is below it, 2 usage or a broken set, 3 `ask` failed.
 */
import {spawn} from 'node:child_process'
import {readFileSync} from 'node:fs'
import type {Writable} from 'node:stream'
import {fileURLToPath, pathToFileURL} from 'node:url'
import {parseArgs} from 'node:util'
import {
  EvalSetError,
  formatSummary,
  groupConversations,
  parseEvalSet,
  scoreItem,
  summarize,
  type EvalItem,
  type EvalReply,
  type EvalSummary
} from './eval/score.js'

export interface EvalSetConfig {
  name: string
  file: string
  article?: string
  minAccuracy: number
  minDeclineRate: number
}

export interface EvalIo {
  stdout: Writable
  stderr: Writable
}

export const ExitCode = {ok: 0, belowBar: 1, usage: 2, askFailed: 3} as const

export class AskFailedError extends Error {
  override name = 'AskFailedError'
  readonly code = 'E_ASK'
}

/** Runs `ask` once with these questions on stdin; one reply per question, in order. */
export type AskRunner = (questions: readonly string[], flags: readonly string[]) => Promise<EvalReply[]>

export function askProcess(askPath: string): AskRunner {
  return (questions, flags) =>
    new Promise((resolve, reject) => {
      const child = spawn(process.execPath, [askPath, '--json', ...flags], {stdio: ['pipe', 'pipe', 'pipe']})
      let out = ''
      let err = ''
      child.stdout.setEncoding('utf8').on('data', (chunk: string) => (out += chunk))
      child.stderr.setEncoding('utf8').on('data', (chunk: string) => (err += chunk))
      child.on('error', reject)
      child.on('close', (code) => {
        const lines = out.split('\n').filter((line) => line.trim().startsWith('{'))
        if (code !== 0 && lines.length === 0) {
          reject(new AskFailedError(`ask ${flags.join(' ')} exited with ${code}: ${err.trim().slice(0, 500)}`))
          return
        }
        try {
          resolve(lines.map((line) => JSON.parse(line) as EvalReply))
        } catch (error) {
          reject(new AskFailedError(`ask printed a line that is not JSON: ${(error as Error).message}`))
        }
      })
      child.stdin.end(questions.map((question) => question.replace(/\n/g, ' ')).join('\n') + '\n')
    })
}

/** Every item's reply: conversations in one chat each, standalone questions in fresh chats. */
export async function collectReplies(items: readonly EvalItem[], ask: AskRunner, article?: string): Promise<Map<EvalItem, EvalReply>> {
  const replies = new Map<EvalItem, EvalReply>()
  const articleFlags = article ? ['--article', article] : []
  const {conversations, standalone} = groupConversations(items)
  const batches: Array<{items: EvalItem[]; flags: string[]}> = []
  for (const lang of ['en', 'es'] as const) {
    const batch = standalone.filter((item) => item.lang === lang)
    if (batch.length > 0) batches.push({items: batch, flags: ['--fresh', '--lang', lang, ...articleFlags]})
  }
  for (const conversation of conversations) batches.push({items: conversation, flags: ['--lang', conversation[0]!.lang, ...articleFlags]})
  for (const batch of batches) {
    const answers = await ask(batch.items.map((item) => item.question), batch.flags)
    batch.items.forEach((item, i) => {
      const reply = answers[i]
      if (reply) replies.set(item, reply)
    })
  }
  return replies
}

export function loadSets(configFile: URL): EvalSetConfig[] {
  const parsed = JSON.parse(readFileSync(configFile, 'utf8')) as {sets?: EvalSetConfig[]}
  if (!Array.isArray(parsed.sets)) throw new EvalSetError(`${fileURLToPath(configFile)}: needs a "sets" array`)
  return parsed.sets.map((set) => ({
    ...set,
    file: fileURLToPath(new URL(set.file, configFile)),
    ...(set.article ? {article: fileURLToPath(new URL(set.article, configFile))} : {})
  }))
}

export function meetsBar(summary: EvalSummary, set: Pick<EvalSetConfig, 'minAccuracy' | 'minDeclineRate'>): boolean {
  return summary.overall.rate >= set.minAccuracy && summary.declined.rate >= set.minDeclineRate
}

const USAGE = `Usage: eval [--set NAME]... [--ask FILE] [--sets FILE]

Runs the question sets through ask and prints accuracy per topic and language and each miss.`

export async function main(args: readonly string[], io: EvalIo, defaults = {sets: new URL('../eval/sets.json', import.meta.url), ask: fileURLToPath(new URL('./ask.js', import.meta.url))}): Promise<number> {
  let options
  try {
    options = parseArgs({
      args: [...args],
      options: {set: {type: 'string', multiple: true}, ask: {type: 'string'}, sets: {type: 'string'}, help: {type: 'boolean', short: 'h'}}
    }).values
  } catch (error) {
    io.stderr.write(`${(error as Error).message}\n\n${USAGE}\n`)
    return ExitCode.usage
  }
  if (options.help) {
    io.stdout.write(`${USAGE}\n`)
    return ExitCode.ok
  }
  let sets: EvalSetConfig[]
  try {
    sets = loadSets(options.sets ? pathToFileURL(options.sets) : defaults.sets)
    if (options.set) {
      const unknown = options.set.filter((name) => !sets.some((set) => set.name === name))
      if (unknown.length > 0) throw new EvalSetError(`no set named ${unknown.join(', ')} (have ${sets.map((set) => set.name).join(', ')})`)
      sets = sets.filter((set) => options.set!.includes(set.name))
    }
  } catch (error) {
    io.stderr.write(`${(error as Error).message}\n`)
    return ExitCode.usage
  }
  const ask = askProcess(options.ask ?? defaults.ask)
  let allMet = true
  for (const set of sets) {
    let items: EvalItem[]
    try {
      items = parseEvalSet(readFileSync(set.file, 'utf8'), set.file)
    } catch (error) {
      io.stderr.write(`${(error as Error).message}\n`)
      return ExitCode.usage
    }
    let replies: Map<EvalItem, EvalReply>
    try {
      replies = await collectReplies(items, ask, set.article)
    } catch (error) {
      io.stderr.write(`${set.name}: ${(error as Error).message}\n`)
      return ExitCode.askFailed
    }
    const summary = summarize(items.map((item) => scoreItem(item, replies.get(item))))
    const met = meetsBar(summary, set)
    allMet &&= met
    io.stdout.write(`${formatSummary(set.name, summary)}\n`)
    io.stdout.write(`${met ? 'PASS' : 'FAIL'} ${set.name}: bar ${set.minAccuracy * 100}% overall, ${set.minDeclineRate * 100}% declined\n\n`)
  }
  return allMet ? ExitCode.ok : ExitCode.belowBar
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  process.exitCode = await main(process.argv.slice(2), {stdout: process.stdout, stderr: process.stderr})
}
