/**
 * Answers that quote one sentence of the article as it is, so nothing is added to it: when no
 * topic's facts hold what is asked but a single sentence holds every word of the question.
 */
import type {Person, Sentence} from 'article-facts'
import {indexFacts} from '../facts-index.js'
import {family} from '../families.js'
import {ASPECT_WORDS, NEUTRAL_WORDS} from '../lexicon.js'
import {Draft, type Request} from './draft.js'

const NEUTRAL = new Set([...NEUTRAL_WORDS, ...ASPECT_WORDS])
const COUNT_OPENERS = new Set(['many', 'much', 'cuantos', 'cuantas', 'cuanto', 'cuanta'])

/** One word family: the same word, or a shared start of five letters ("attacked", "attacks"). */
function sameWord(a: string, b: string): boolean {
  return a === b || (a.length >= 5 && b.length >= 5 && a.slice(0, 5) === b.slice(0, 5))
}

function quoted(request: Request, sentence: Sentence): Draft {
  const draft = new Draft(request, 'event')
  // A sentence that opens with a quotation is not put in quotation marks again.
  draft.say(/^["“«]/.test(sentence.text) ? 'article-says-quotation' : 'article-says', {sentence: sentence.text})
  draft.use(sentence, {sentence: sentence.text, sentenceIndex: sentence.index, start: sentence.start, end: sentence.end})
  return draft
}

/**
 * "How many villages were attacked?": a count the article writes as a number right before the
 * thing counted ("attacks on 23 villages"), in a sentence that holds every other word asked about.
 */
export function countedInSentence(request: Request): Draft | undefined {
  const {tokens, facts} = request
  const opener = tokens.findIndex((token) => COUNT_OPENERS.has(token))
  const counted = opener >= 0 ? tokens[opener + 1] : undefined
  if (!counted) return undefined
  const asked = tokens.filter((token, i) => i !== opener + 1 && !NEUTRAL.has(token) && !/^\d+$/.test(token))
  const {sentenceWords} = indexFacts(facts)
  const matches = facts.sentences.filter((sentence, i) => {
    const words = sentenceWords[i] ?? []
    const numbered = words.some((word, i) => /^\d+$/.test(word) && words.slice(i + 1, i + 3).some((next) => sameWord(next, counted)))
    return numbered && asked.every((token) => words.some((word) => sameWord(word, token)))
  })
  const [only] = matches
  return only && matches.length === 1 ? quoted(request, only) : undefined
}

/**
 * "Why was he arrested?": of the sentences naming the person, the one that best holds the words
 * asked about (the word itself counts more than another word of its concept, "detained"). Every
 * word must be there; a tie means the article does not single one out.
 */
export function personSentence(request: Request, person: Person, asked: readonly string[]): Draft | undefined {
  if (asked.length === 0) return undefined
  const {people, sentenceWords} = indexFacts(request.facts)
  const names = people.find((entry) => entry.person === person)?.nameTokens
  if (!names) return undefined
  const scored = request.facts.sentences.flatMap((sentence, i) => {
    const words = sentenceWords[i] ?? []
    if (!words.some((word) => names.has(word))) return []
    let score = 0
    for (const token of asked) {
      if (words.some((word) => sameWord(word, token))) score += 2
      else if (family(token).some((member) => words.some((word) => sameWord(word, member)))) score += 1
      else return []
    }
    return [{sentence, score}]
  })
  scored.sort((a, b) => b.score - a.score)
  const [best, next] = scored
  return best && (!next || next.score < best.score) ? quoted(request, best.sentence) : undefined
}
