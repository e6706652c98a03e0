/**
 * CI guard for the question sets of `eval/sets.json`, through the answering core
 * (conversations threaded like the bot's session): the seed article's sets from the built facts
 * bundle (built by turbo before the tests; the run fails without it), the other articles parsed now.
 * `pnpm eval` runs the same sets through `ask`.
 */
import {existsSync, readFileSync} from 'node:fs'
import {fileURLToPath} from 'node:url'
import {extractFacts, type Bundle, type Facts} from 'article-facts'
import {describe, expect, it} from 'vitest'
import {coreReplies} from '../../src/eval/core-replies.js'
import {formatSummary, parseEvalSet, scoreItem, summarize} from '../../src/eval/score.js'
import {loadSets} from '../../src/eval.js'

const bundleFile = new URL('../../../../content/dist/facts-bundle.json', import.meta.url)
const sets = loadSets(new URL('../../eval/sets.json', import.meta.url))
const now = new Date('2026-11-29T12:00:00Z')

/** The seed article as the bot gets it: from the built bundle, or the run fails (a hand-written stand-in would drift). */
function seed(): {facts: Facts; from: string} {
  if (!existsSync(bundleFile)) throw new Error(`The facts bundle ${fileURLToPath(bundleFile)} is missing: run pnpm content:build`)
  const bundle = JSON.parse(readFileSync(bundleFile, 'utf8')) as Bundle
  const article = bundle.articles.find((candidate) => candidate.path.endsWith('amnesty-peru-delegation.txt'))
  if (!article) throw new Error(`The facts bundle ${fileURLToPath(bundleFile)} has no amnesty-peru-delegation.txt`)
  return {facts: article.facts, from: 'content bundle'}
}

function articleFacts(file: string): Facts {
  const {facts} = extractFacts(readFileSync(file, 'utf8'), {path: file})
  if (!facts) throw new Error(`The parser gave no facts for ${file}`)
  return facts
}

describe('question sets through the core', () => {
  it('the seed set is big enough: 200 items, 30 out of scope, both languages, conversations', () => {
    const items = parseEvalSet(readFileSync(fileURLToPath(new URL('../../eval/seed.jsonl', import.meta.url)), 'utf8'), 'eval/seed.jsonl')
    expect(items.length).toBeGreaterThanOrEqual(200)
    expect(items.filter((item) => item.decline).length).toBeGreaterThanOrEqual(30)
    expect(new Set(items.map((item) => item.lang))).toEqual(new Set(['en', 'es']))
    expect(new Set(items.flatMap((item) => (item.conversation ? [item.conversation] : []))).size).toBeGreaterThanOrEqual(10)
  })

  it.each(sets.map((set) => [set.name, set] as const))('%s meets its bar', (_name, set) => {
    const {facts, from} = set.article ? {facts: articleFacts(set.article), from: 'parsed article'} : seed()
    const items = parseEvalSet(readFileSync(set.file, 'utf8'), set.file)
    const replies = coreReplies(facts, items, now)
    const summary = summarize(items.map((item) => scoreItem(item, replies.get(item))))
    const report = formatSummary(`${set.name} (core, ${from})`, summary)
    expect(summary.overall.rate, report).toBeGreaterThanOrEqual(set.minAccuracy)
    expect(summary.declined.rate, report).toBeGreaterThanOrEqual(set.minDeclineRate)
  })
})
