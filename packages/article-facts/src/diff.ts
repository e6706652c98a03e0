/**
 * What changed between two facts bundles (the one published and a new build): articles added
 * and removed, and per article the facts added, removed or changed — a signature count, a date,
 * a title — field by field, without the places in the file (which move with every edit).
 */
import type {Bundle, Facts} from './schema.js'

export interface FactChange {
  /** The article's path in the bundle. */
  article: string
  kind: 'added' | 'removed' | 'changed'
  /** Which fact: "petition #1", "person agnes-callamard", "article". */
  fact: string
  /** The field that changed ("signatures", "date.iso"), for `changed`. */
  field?: string
  before?: unknown
  after?: unknown
}

export interface BundleDiff {
  addedArticles: string[]
  removedArticles: string[]
  changes: FactChange[]
  /** A fact of the published bundle changed or went away (new facts alone do not count). */
  publishedFactChanged: boolean
}

type Flat = Map<string, unknown>

/** Where a fact sits and which sentence it comes from: not what it says. */
const PLACEMENT = new Set(['source', 'sources', 'sentenceIndex', 'start', 'end', 'sentences', 'spans'])

const SLOTS: ReadonlyArray<{slot: keyof Facts; name: string; key: (item: Record<string, unknown>, index: number) => string}> = [
  {slot: 'people', name: 'person', key: (item, index) => textOr(item.id, index)},
  {slot: 'organisations', name: 'organisation', key: (item, index) => textOr(item.id, index)},
  {slot: 'delegations', name: 'delegation', key: (_item, index) => `#${index + 1}`},
  {slot: 'reports', name: 'report', key: (_item, index) => `#${index + 1}`},
  {slot: 'petitions', name: 'petition', key: (_item, index) => `#${index + 1}`},
  {slot: 'events', name: 'event', key: (item, index) => textOr(item.id, index)},
  {slot: 'quotes', name: 'quote', key: (item, index) => `#${index + 1}${typeof item.speaker === 'string' ? ` (${item.speaker})` : ''}`},
  {slot: 'demands', name: 'demand', key: (_item, index) => `#${index + 1}`},
  {slot: 'actions', name: 'call to action', key: (item, index) => textOr(item.text, index)},
  {slot: 'related', name: 'related story', key: (item, index) => textOr(item.text, index)},
  {slot: 'media', name: 'media credit', key: (_item, index) => `#${index + 1}`}
]

/** A fact's own key when it has one, else its place in the list. */
function textOr(value: unknown, index: number): string {
  return typeof value === 'string' && value ? value : `#${index + 1}`
}

export function diffBundles(before: Bundle, after: Bundle): BundleDiff {
  const old = new Map(before.articles.map((article) => [article.path, article.facts]))
  const now = new Map(after.articles.map((article) => [article.path, article.facts]))
  const changes: FactChange[] = []
  for (const [path, facts] of now) {
    const published = old.get(path)
    if (published) changes.push(...diffFacts(path, published, facts))
  }
  const removedArticles = [...old.keys()].filter((path) => !now.has(path))
  return {
    addedArticles: [...now.keys()].filter((path) => !old.has(path)),
    removedArticles,
    changes,
    publishedFactChanged: removedArticles.length > 0 || changes.some((change) => change.kind !== 'added')
  }
}

export function diffFacts(article: string, before: Facts, after: Facts): FactChange[] {
  const changes: FactChange[] = []
  const meta = (facts: Facts) => flatten({title: facts.article.title, published: facts.article.published, url: facts.article.url, language: facts.article.language})
  changes.push(...changedFields(article, 'article', meta(before), meta(after)))
  for (const {slot, name, key} of SLOTS) {
    const items = (facts: Facts) => {
      const list = (facts[slot] ?? []) as Array<Record<string, unknown>>
      return new Map(list.map((item, index) => [key(item, index), item]))
    }
    const was = items(before)
    const is = items(after)
    for (const [id, item] of is) {
      const previous = was.get(id)
      if (!previous) changes.push({article, kind: 'added', fact: `${name} ${id}`, after: summaryOf(item)})
      else changes.push(...changedFields(article, `${name} ${id}`, flatten(previous), flatten(item)))
    }
    for (const [id, item] of was) if (!is.has(id)) changes.push({article, kind: 'removed', fact: `${name} ${id}`, before: summaryOf(item)})
  }
  return changes
}

function changedFields(article: string, fact: string, before: Flat, after: Flat): FactChange[] {
  const changes: FactChange[] = []
  for (const field of new Set([...before.keys(), ...after.keys()])) {
    const was = before.get(field)
    const is = after.get(field)
    if (JSON.stringify(was) !== JSON.stringify(is)) changes.push({article, kind: 'changed', fact, field, before: was, after: is})
  }
  return changes
}

/** A fact as dotted fields with plain values; lists of plain values stay whole. */
function flatten(value: unknown, prefix = '', into: Flat = new Map()): Flat {
  if (value === undefined || value === null) return into
  if (Array.isArray(value)) {
    if (value.every((item) => typeof item !== 'object' || item === null)) into.set(prefix, value)
    else value.forEach((item, index) => flatten(item, `${prefix}[${index}]`, into))
    return into
  }
  if (typeof value === 'object') {
    for (const [key, inner] of Object.entries(value)) if (!PLACEMENT.has(key)) flatten(inner, prefix ? `${prefix}.${key}` : key, into)
    return into
  }
  into.set(prefix, value)
  return into
}

/** A few words that name a fact in a report. */
function summaryOf(item: Record<string, unknown>): string {
  for (const key of ['name', 'title', 'text', 'description', 'leader', 'signaturesText', 'credit']) {
    const value = item[key]
    if (typeof value === 'string' && value) return value.length > 90 ? `${value.slice(0, 89)}…` : value
  }
  return JSON.stringify(flatten(item).entries().next().value ?? '')
}

/** The diff as a maintainer reads it. */
export function formatDiff(diff: BundleDiff, from: string, to: string): string {
  const lines = [`Compared ${from} (published) with ${to} (new build):`]
  for (const path of diff.addedArticles) lines.push(`+ ${path} (new article)`)
  for (const path of diff.removedArticles) lines.push(`- ${path} (article removed)`)
  const byArticle = new Map<string, FactChange[]>()
  for (const change of diff.changes) byArticle.set(change.article, [...(byArticle.get(change.article) ?? []), change])
  for (const [path, changes] of byArticle) {
    lines.push(`~ ${path}`)
    for (const change of changes) {
      if (change.kind === 'added') lines.push(`    + ${change.fact}: ${String(change.after)}`)
      else if (change.kind === 'removed') lines.push(`    - ${change.fact}: ${String(change.before)}`)
      else lines.push(`    ~ ${change.fact} ${change.field}: ${show(change.before)} → ${show(change.after)}`)
    }
  }
  if (diff.addedArticles.length + diff.removedArticles.length + diff.changes.length === 0) lines.push('No change.')
  const changed = diff.changes.filter((change) => change.kind === 'changed').length
  const removed = diff.changes.filter((change) => change.kind === 'removed').length
  lines.push(
    diff.publishedFactChanged
      ? `Published facts changed: ${changed} changed, ${removed} removed, ${diff.removedArticles.length} article(s) removed. Check them before publishing.`
      : 'No published fact changed.'
  )
  return `${lines.join('\n')}\n`
}

function show(value: unknown): string {
  return value === undefined ? '(none)' : typeof value === 'string' ? `“${value}”` : JSON.stringify(value)
}
