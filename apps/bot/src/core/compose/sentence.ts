/**
 * "How many villages were attacked?": a count the article writes as a number right before the
 * thing counted ("attacks on 23 villages"), in a sentence that holds every other word the
 * question asks about. The sentence is quoted as it is, so nothing is added to it.
 */
import {ASPECT_CUES, NEUTRAL_WORDS} from '../lexicon.js'
import {tokenize} from '../text.js'
import {Draft, type Request} from './draft.js'

const NEUTRAL = new Set([...NEUTRAL_WORDS, ...Object.values(ASPECT_CUES).flatMap((phrases) => phrases.flatMap((phrase) => phrase.split(' ')))])
const COUNT_OPENERS = new Set(['many', 'much', 'cuantos', 'cuantas', 'cuanto', 'cuanta'])

/** One word family: the same word, or a shared start of five letters ("attacked", "attacks"). */
function sameWord(a: string, b: string): boolean {
  return a === b || (a.length >= 5 && b.length >= 5 && a.slice(0, 5) === b.slice(0, 5))
}

export function countedInSentence(request: Request): Draft | undefined {
  const {tokens, facts} = request
  const opener = tokens.findIndex((token) => COUNT_OPENERS.has(token))
  const counted = opener >= 0 ? tokens[opener + 1] : undefined
  if (!counted) return undefined
  const asked = tokens.filter((token, i) => i !== opener + 1 && !NEUTRAL.has(token) && !/^\d+$/.test(token))
  const matches = facts.sentences.filter((sentence) => {
    const words = tokenize(sentence.text)
    const numbered = words.some((word, i) => /^\d+$/.test(word) && words.slice(i + 1, i + 3).some((next) => sameWord(next, counted)))
    return numbered && asked.every((token) => words.some((word) => sameWord(word, token)))
  })
  const [only] = matches
  if (!only || matches.length > 1) return undefined
  const draft = new Draft(request, 'event')
  draft.say('article-says', {sentence: only.text})
  draft.use(only, {sentence: only.text, sentenceIndex: only.index, start: only.start, end: only.end})
  return draft
}
