/**
 * Every article the bot knows, newest first, each with a stable id (its file's name), and one
 * search index over all of them that says which articles a question is about.
 */
import type {Facts} from 'article-facts'
import MiniSearch from 'minisearch'
import {isStopword, wordsOf} from './evidence/terms.js'
import {perFacts} from './per-facts.js'

export interface LibraryArticle {
  /** From the article's file name ("2023-05-22-delegation-arrives"): deep links and buttons carry it. */
  id: string
  facts: Facts
}

export interface Library {
  /** Newest first by publication date; undated articles last. */
  articles: readonly LibraryArticle[]
  /** The words each article is about (people and places it names), for telling one campaign from another. */
  subjects: (article: LibraryArticle) => ReadonlySet<string>
  search: MiniSearch<{id: number; title: string; text: string}>
}

/** Telegram's deep-link payload allows 64 characters of [A-Za-z0-9_-]; "a_" comes first. */
export const MAX_ARTICLE_ID = 40

export function createLibrary(articles: readonly Facts[]): Library {
  const sorted = [...articles].sort((a, b) => (b.article.published ?? '').localeCompare(a.article.published ?? ''))
  const taken = new Set<string>()
  const entries = sorted.map((facts): LibraryArticle => {
    const base = baseId(facts)
    let id = base
    for (let copy = 2; taken.has(id); copy++) id = `${base.slice(0, MAX_ARTICLE_ID - String(copy).length - 1)}-${copy}`
    taken.add(id)
    return {id, facts}
  })
  const search = new MiniSearch<{id: number; title: string; text: string}>({
    fields: ['title', 'text'],
    tokenize: (text) => wordsOf(text),
    processTerm: (word) => (isStopword(word) ? null : word),
    searchOptions: {boost: {title: 2}, combineWith: 'OR', fuzzy: (term) => (term.length >= 8 ? 0.15 : 0), prefix: (term) => term.length >= 6}
  })
  search.addAll(entries.map(({facts}, position) => ({id: position, title: facts.article.title ?? '', text: facts.sentences.map((sentence) => sentence.text).join(' ')})))
  const subjects = new Map<LibraryArticle, Set<string>>()
  return {
    articles: entries,
    search,
    subjects: (article) => {
      let known = subjects.get(article)
      if (!known) subjects.set(article, (known = subjectsOf(article.facts)))
      return known
    }
  }
}

export function findArticle(library: Library, id: string | undefined): LibraryArticle | undefined {
  return id === undefined ? undefined : library.articles.find((article) => article.id === id)
}

export interface RankedArticle {
  article: LibraryArticle
  score: number
}

/** The articles a question's words are found in, best first. */
export function rankArticles(library: Library, question: string): RankedArticle[] {
  if (library.articles.length === 0) return []
  return library.search.search(question).map((hit) => ({article: library.articles[hit.id as number]!, score: hit.score}))
}

/** Whether two articles are about one campaign: they name many of the same people and places. */
export function sameSubject(library: Library, a: LibraryArticle, b: LibraryArticle): boolean {
  const left = library.subjects(a)
  const right = library.subjects(b)
  if (left.size === 0 || right.size === 0) return false
  let shared = 0
  for (const name of left) if (right.has(name)) shared++
  return shared / Math.min(left.size, right.size) >= SAME_SUBJECT
}

/** A third of the smaller article's people and places named in the other. */
const SAME_SUBJECT = 1 / 3

function subjectsOf(facts: Facts): Set<string> {
  const names = new Set<string>()
  for (const person of facts.people) names.add(wordsOf(person.name).join(' '))
  for (const sentence of facts.sentences) {
    for (const span of sentence.spans ?? []) if (span.type === 'place' || span.type === 'person') names.add(wordsOf(span.text).join(' '))
  }
  names.delete('')
  return names
}

function baseId(facts: Facts): string {
  const name = facts.article.path?.split(/[\\/]/).pop()?.replace(/\.[^.]+$/, '') ?? facts.article.title ?? ''
  const slug = wordsOf(name).join('-').replace(/ñ/g, 'n').slice(0, MAX_ARTICLE_ID).replace(/-+$/, '')
  return slug || 'article'
}

/** The library of one article, built once per facts object (`ask --article`, tests, benchmarks). */
export const libraryOf: (facts: Facts) => Library = perFacts((facts) => createLibrary([facts]))
