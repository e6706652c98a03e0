/**
 * `pnpm eval [--set NAME]... [--ask FILE] [--content DIR] [--corpus-only] [--split dev|test]`: runs the question
 * sets of `eval/sets.json` through the `ask` CLI (the real bot, API intercepted), one process per
 * conversation and one `--fresh` process per language for standalone questions, then prints
 * accuracy overall, per topic, per language, the out-of-scope decline rate and every miss. Then
 * the corpus of real releases (`eval/corpus`), per article and per half, beside a BM25 sentence
 * retriever asked the same questions in the same run. With `--content DIR` every question is asked
 * of all the articles of DIR at once (the bot must find the article that answers), not of its own.
 * Exit codes: 0 every set meets its bar, 1 a set is below it, 2 usage or a broken set, 3 `ask` failed.
 */
import {spawn} from 'node:child_process'
import {readFileSync} from 'node:fs'
import type {Writable} from 'node:stream'
import {fileURLToPath, pathToFileURL} from 'node:url'
import {parseArgs} from 'node:util'
import {loadArticleFacts} from './facts-source.js'
import {bm25Baseline} from './eval/bm25-baseline.js'
import {loadCorpus, type CorpusArticle, type Split} from './eval/corpus.js'
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
export async function collectReplies(items: readonly EvalItem[], ask: AskRunner, article?: string, content?: string): Promise<Map<EvalItem, EvalReply>> {
  const replies = new Map<EvalItem, EvalReply>()
  const articleFlags = content ? ['--content', content] : article ? ['--article', article] : []
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

const USAGE = `Usage: eval [--set NAME]... [--ask FILE] [--sets FILE] [--corpus DIR] [--content DIR] [--corpus-only] [--split dev|test] [--misses]

Runs the question sets through ask and prints accuracy per topic and language and each miss,
then the corpus of real releases per article and half, beside a BM25 sentence baseline.
--content DIR asks every question of all the articles in DIR at once instead of its own article.
--misses lists the corpus's misses too (of the dev half only, unless --split test is given).`

const DEFAULTS = {
  sets: new URL('../eval/sets.json', import.meta.url),
  corpus: fileURLToPath(new URL('../eval/corpus', import.meta.url)),
  ask: fileURLToPath(new URL('./ask.js', import.meta.url))
}

export async function main(args: readonly string[], io: EvalIo, defaults = DEFAULTS): Promise<number> {
  let options
  try {
    options = parseArgs({
      args: [...args],
      options: {
        set: {type: 'string', multiple: true},
        ask: {type: 'string'},
        sets: {type: 'string'},
        corpus: {type: 'string'},
        content: {type: 'string'},
        'corpus-only': {type: 'boolean'},
        split: {type: 'string'},
        misses: {type: 'boolean'},
        help: {type: 'boolean', short: 'h'}
      }
    }).values
    if (options.split !== undefined && options.split !== 'dev' && options.split !== 'test') throw new EvalSetError(`--split must be dev or test, got "${options.split}"`)
  } catch (error) {
    io.stderr.write(`${(error as Error).message}\n\n${USAGE}\n`)
    return ExitCode.usage
  }
  if (options.help) {
    io.stdout.write(`${USAGE}\n`)
    return ExitCode.ok
  }
  const ask = askProcess(options.ask ?? defaults.ask)
  const split: Split | undefined = options.split === 'dev' || options.split === 'test' ? options.split : undefined
  const corpusOptions = {split, misses: Boolean(options.misses), content: options.content}
  if (options['corpus-only']) return runCorpus(options.corpus ?? defaults.corpus, ask, io, corpusOptions)
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
      replies = await collectReplies(items, ask, set.article, options.content)
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
  if (options.set) return allMet ? ExitCode.ok : ExitCode.belowBar
  const corpus = await runCorpus(options.corpus ?? defaults.corpus, ask, io, corpusOptions)
  return corpus === ExitCode.ok && allMet ? ExitCode.ok : corpus === ExitCode.ok ? ExitCode.belowBar : corpus
}

interface Tally {
  right: number
  total: number
  answerable: number
  answerableRight: number
  falseDeclines: number
  /** Answered an answerable question with something that is not the answer. */
  wrong: number
  unanswerable: number
  rightDeclines: number
}

const emptyTally = (): Tally => ({right: 0, total: 0, answerable: 0, answerableRight: 0, falseDeclines: 0, wrong: 0, unanswerable: 0, rightDeclines: 0})

function tally(into: Tally, results: ReturnType<typeof scoreItem>[]): Tally {
  for (const result of results) {
    into.total++
    if (result.pass) into.right++
    if (result.item.decline) {
      into.unanswerable++
      if (result.pass) into.rightDeclines++
      continue
    }
    into.answerable++
    if (result.pass) into.answerableRight++
    else if (result.reply?.intent === 'out-of-scope') into.falseDeclines++
    else into.wrong++
  }
  return into
}

const share = (part: number, whole: number) => `${whole === 0 ? '  -  ' : `${((part / whole) * 100).toFixed(1).padStart(5)}%`} (${part}/${whole})`

function tallyLine(label: string, bot: Tally, baseline: Tally): string {
  return [
    label.padEnd(52),
    `bot ${share(bot.right, bot.total).padEnd(16)}`,
    `bm25 ${share(baseline.right, baseline.total).padEnd(16)}`,
    `false-decl ${String(bot.falseDeclines).padStart(2)}/${bot.answerable}`,
    `wrong ${String(bot.wrong).padStart(2)}`,
    `declined ${bot.rightDeclines}/${bot.unanswerable}`,
    `(bm25 declined ${baseline.rightDeclines}/${baseline.unanswerable})`
  ].join('  ')
}

/** The corpus per article and per half, the bot beside the BM25 baseline. */
async function runCorpus(dir: string, ask: AskRunner, io: EvalIo, options: {split?: Split | undefined; misses: boolean; content?: string | undefined}): Promise<number> {
  let articles: CorpusArticle[]
  try {
    articles = loadCorpus(dir).filter((article) => !options.split || article.split === options.split)
  } catch (error) {
    io.stderr.write(`${(error as Error).message}\n`)
    return ExitCode.usage
  }
  const halves = new Map<Split, {bot: Tally; baseline: Tally; es: Tally; esBaseline: Tally}>()
  io.stdout.write(`== corpus (${articles.length} real releases; bot vs a BM25 sentence retriever, same questions, same run)\n`)
  for (const article of articles) {
    let replies: Map<EvalItem, EvalReply>
    try {
      replies = await collectReplies(article.items, ask, article.article, options.content)
    } catch (error) {
      io.stderr.write(`${article.slug}: ${(error as Error).message}\n`)
      return ExitCode.askFailed
    }
    const baseline = bm25Baseline(loadArticleFacts(article.article).facts)
    const botResults = article.items.map((item) => scoreItem(item, replies.get(item)))
    const baselineResults = article.items.map((item) => scoreItem(item, baseline.answer(item.question)))
    const half = halves.get(article.split) ?? {bot: emptyTally(), baseline: emptyTally(), es: emptyTally(), esBaseline: emptyTally()}
    halves.set(article.split, half)
    tally(half.bot, botResults)
    tally(half.baseline, baselineResults)
    tally(half.es, botResults.filter((result) => result.item.lang === 'es'))
    tally(half.esBaseline, baselineResults.filter((result) => result.item.lang === 'es'))
    io.stdout.write(`${tallyLine(`${article.split} ${article.slug} (${article.language})`, tally(emptyTally(), botResults), tally(emptyTally(), baselineResults))}\n`)
    if (options.misses && (article.split === 'dev' || options.split === 'test')) {
      for (const miss of botResults.filter((result) => !result.pass)) {
        io.stdout.write(`    ✗ ${miss.item.id} ${JSON.stringify(miss.item.question)} — ${miss.reason ?? ''}; got [${miss.reply?.intent ?? '-'}] ${(miss.reply?.answer ?? '').replace(/\s+/g, ' ').slice(0, 200)}\n`)
      }
    }
  }
  for (const [split, half] of [...halves].sort(([a], [b]) => a.localeCompare(b))) {
    io.stdout.write(`${tallyLine(`${split.toUpperCase()} HALF, all questions`, half.bot, half.baseline)}\n`)
    io.stdout.write(`${tallyLine(`${split.toUpperCase()} HALF, answerable only`, {...half.bot, right: half.bot.answerableRight, total: half.bot.answerable}, {...half.baseline, right: half.baseline.answerableRight, total: half.baseline.answerable})}\n`)
    io.stdout.write(`${tallyLine(`${split.toUpperCase()} HALF, Spanish questions`, half.es, half.esBaseline)}\n`)
  }
  io.stdout.write('\n')
  return ExitCode.ok
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  process.exitCode = await main(process.argv.slice(2), {stdout: process.stdout, stderr: process.stderr})
}
