/**
 * CI guard for the question sets: the seed set through the answering core (conversations
 * threaded like the bot's session), from the built facts bundle when there is one.
 * `pnpm eval` runs the same sets through `ask`.
 */
import {existsSync, readFileSync} from 'node:fs'
import type {Bundle, Facts} from 'article-facts'
import {describe, expect, it} from 'vitest'
import {coreReplies} from '../../src/eval/core-replies.js'
import {formatSummary, parseEvalSet, scoreItem, summarize} from '../../src/eval/score.js'
import {seedFacts} from './fixtures/seed-facts.js'

const bundleFile = new URL('../../../../content/dist/facts-bundle.json', import.meta.url)
const setFile = new URL('../../eval/seed.jsonl', import.meta.url)
const sets = JSON.parse(readFileSync(new URL('../../eval/sets.json', import.meta.url), 'utf8')) as {sets: Array<{name: string; minAccuracy: number; minDeclineRate: number}>}
const bar = sets.sets.find((set) => set.name === 'seed')!

function facts(): {facts: Facts; from: string} {
  if (!existsSync(bundleFile)) return {facts: seedFacts, from: 'hand-written fixture'}
  const bundle = JSON.parse(readFileSync(bundleFile, 'utf8')) as Bundle
  const seed = bundle.articles.find((article) => article.path.endsWith('amnesty-peru-delegation.txt'))
  return seed ? {facts: seed.facts, from: 'content bundle'} : {facts: seedFacts, from: 'hand-written fixture'}
}

describe('seed question set through the core', () => {
  it(`meets the bar of eval/sets.json (${bar.minAccuracy * 100}% overall, ${bar.minDeclineRate * 100}% declined)`, () => {
    const {facts: chosen, from} = facts()
    const items = parseEvalSet(readFileSync(setFile, 'utf8'), 'eval/seed.jsonl')
    expect(items.length).toBeGreaterThanOrEqual(200)
    expect(items.filter((item) => item.decline).length).toBeGreaterThanOrEqual(30)
    const replies = coreReplies(chosen, items, new Date('2026-11-29T12:00:00Z'))
    const summary = summarize(items.map((item) => scoreItem(item, replies.get(item))))
    const report = formatSummary(`seed (core, ${from})`, summary)
    expect(summary.overall.rate, report).toBeGreaterThanOrEqual(bar.minAccuracy)
    expect(summary.declined.rate, report).toBeGreaterThanOrEqual(bar.minDeclineRate)
  })
})
