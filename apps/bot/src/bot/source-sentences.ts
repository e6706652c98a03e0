/**
 * "Source" buttons carry sentence indices rather than text, so they stay small and keep
 * working after the session is gone; a reload that changes the article makes them stale.
 */
import type {Facts} from 'article-facts'
import type {Citation} from '../core/types.js'

export function sentenceIndices(facts: Facts, citations: readonly Citation[]): number[] | undefined {
  const indices: number[] = []
  for (const citation of citations) {
    const sentence = facts.sentences.find(
      (candidate) =>
        candidate.text === citation.sentence ||
        (candidate.start.line === citation.line && candidate.start.column === citation.column)
    )
    if (!sentence) return undefined
    if (!indices.includes(sentence.index)) indices.push(sentence.index)
  }
  return indices.length > 0 ? indices : undefined
}

export function citationsAt(facts: Facts, indices: readonly number[]): Citation[] | undefined {
  const citations: Citation[] = []
  for (const index of indices) {
    const sentence = facts.sentences.find((candidate) => candidate.index === index)
    if (!sentence) return undefined
    citations.push({
      sentence: sentence.text,
      line: sentence.start.line,
      column: sentence.start.column,
      ...(facts.article.path === undefined ? {} : {articlePath: facts.article.path}),
      ...(facts.article.url === undefined ? {} : {articleUrl: facts.article.url})
    })
  }
  return citations
}
