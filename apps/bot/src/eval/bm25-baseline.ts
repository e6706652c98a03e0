/**
 * The baseline the bot is measured against: a plain BM25 sentence retriever, the bot anyone
 * writes in an afternoon. It answers with the article's best-scoring sentence when that
 * sentence holds at least half of the question's words, and declines otherwise. No stemming,
 * no synonyms, no answer extraction: the same stopwords as the bot, nothing else shared.
 */
import type {Facts} from 'article-facts'
import {isStopword, wordsOf} from '../core/evidence/terms.js'
import type {EvalReply} from './score.js'

const K1 = 1.2
const B = 0.75

export interface Bm25Baseline {
  answer(question: string): EvalReply
}

export function bm25Baseline(facts: Facts): Bm25Baseline {
  const documents = facts.sentences.map((sentence) => wordsOf(sentence.text).filter((word) => !isStopword(word)))
  const averageLength = documents.reduce((sum, words) => sum + words.length, 0) / Math.max(1, documents.length)
  const frequency = new Map<string, number>()
  for (const words of documents) for (const word of new Set(words)) frequency.set(word, (frequency.get(word) ?? 0) + 1)
  const idf = (word: string) => {
    const df = frequency.get(word) ?? 0
    return Math.log(1 + (documents.length - df + 0.5) / (df + 0.5))
  }
  return {
    answer(question) {
      const terms = [...new Set(wordsOf(question).filter((word) => !isStopword(word)))]
      let best = -1
      let bestScore = 0
      documents.forEach((words, i) => {
        let score = 0
        for (const term of terms) {
          const count = words.filter((word) => word === term).length
          if (count > 0) score += (idf(term) * count * (K1 + 1)) / (count + K1 * (1 - B + (B * words.length) / averageLength))
        }
        if (score > bestScore) {
          bestScore = score
          best = i
        }
      })
      const sentence = best >= 0 ? facts.sentences[best] : undefined
      const held = sentence ? terms.filter((term) => documents[best]!.includes(term)).length : 0
      if (!sentence || terms.length === 0 || held / terms.length < 0.5) return {question, answer: '', intent: 'out-of-scope'}
      return {question, answer: sentence.text, intent: 'fact'}
    }
  }
}
