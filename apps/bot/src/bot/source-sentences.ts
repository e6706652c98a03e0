/**
 * "Source" buttons carry an article's id and sentence indices rather than text, so they stay
 * small and keep working after the session is gone; a reload that changes the article makes
 * them stale.
 */
import type {Facts} from 'article-facts'
import {findArticle, type Library} from '../core/library.js'
import type {Citation} from '../core/types.js'

export interface SentencesRef {
  /** Absent when the bot knows one article. */
  article?: string
  sentences: number[]
}

/** Where the citations' sentences are, when they all come from one article and can be found again. */
export function sentenceIndices(library: Library, citations: readonly Citation[]): SentencesRef | undefined {
  const ids = new Set(citations.map((citation) => citation.article))
  if (ids.size !== 1) return undefined
  const [id] = ids
  const facts = id === undefined ? library.articles[0]?.facts : findArticle(library, id)?.facts
  if (!facts) return undefined
  const indices: number[] = []
  for (const citation of citations) {
    // The parser's index travels with the citation; the article must still hold that sentence.
    if (!facts.sentences.some((sentence) => sentence.index === citation.index)) return undefined
    if (!indices.includes(citation.index)) indices.push(citation.index)
  }
  return indices.length > 0 ? {...(id === undefined ? {} : {article: id}), sentences: indices} : undefined
}

/** The article a source button points into: the one named, or the only one. */
export function sourceArticle(library: Library, id: string | undefined): Facts | undefined {
  if (id !== undefined) return findArticle(library, id)?.facts
  return library.articles.length === 1 ? library.articles[0]?.facts : undefined
}

export function citationsAt(facts: Facts, indices: readonly number[]): Citation[] | undefined {
  const citations: Citation[] = []
  for (const index of indices) {
    const sentence = facts.sentences.find((candidate) => candidate.index === index)
    if (!sentence) return undefined
    citations.push({
      index: sentence.index,
      sentence: sentence.text,
      line: sentence.start.line,
      column: sentence.start.column,
      ...(facts.article.path === undefined ? {} : {articlePath: facts.article.path}),
      ...(facts.article.url === undefined ? {} : {articleUrl: facts.article.url})
    })
  }
  return citations
}
