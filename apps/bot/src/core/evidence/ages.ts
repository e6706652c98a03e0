/** How old someone is: the age written beside their name ("Ana Lenz, 34,"), or in what the article calls them ("the 17-year-old"). */
import type {Facts, Person} from 'article-facts'
import type {Draft} from '../compose/draft.js'
import {fold} from '../text.js'
import type {EvidenceIndex, EvidenceSentence} from './index.js'
import {isStopword, wordsOf} from './terms.js'
import {message} from '../words.js'
import {saySentence} from './say.js'
import {termInArticle} from './search.js'
import {COUNT_WORDS} from './stated.js'

/**
 * An age in the clause after a name: "X, de 37 años", "X, coordinador del comité, que tenía 47 años",
 * "X (47)", "X, 47,", "X, aged 47", "X, 30 years old"; "a 47-year-old" before it.
 */
const AGE_AFTER = /^\s*\(\s*(\d{1,3})\s*\)|^,\s*(\d{1,3})\s*,|^,\s*(?:an?\s+)?(\d{1,3})-year-old\b|\b(?:de|tenía|tenia|tiene|cumplió|cumplio)\s+(\d{1,3})\s+años\b|\baged?\s+(\d{1,3})\b|\b(\d{1,3})\s+years?\s+old\b|\b(?:is|was|turns|turned)\s+(\d{1,3})(?=\s*(?:and\b|,|;|\.|$))/u
const AGE_BEFORE = /\b(\d{1,3})-year-old\s+(?:\p{Ll}+\s+){0,3}$/u

/** The age the article gives of the one person asked about (named, or talked about before), with its sentence. */
export function ageAnswer(draft: Draft, index: EvidenceIndex, facts: Facts, asked: readonly string[], focus: Person | undefined, question: string): Draft | undefined {
  const people = facts.people.filter((person) => asked.includes(person.id))
  const [person, ...others] = people.length > 0 ? people : focus ? [focus] : []
  if (!person) return people.length === 0 ? (bareNameAge(draft, index, question) ?? describedAge(draft, index, question)) : undefined
  if (others.length > 0) return undefined
  for (const evidence of index.sentences) {
    const {text, spans = []} = evidence.sentence
    for (const span of spans) {
      if (span.type !== 'person' || span.entity !== person.id) continue
      // The clause after the name, up to its end or the next person named.
      const next = spans.find((other) => other.type === 'person' && other.start > span.end)
      const age = ageBesideName(text, span.start, span.end, next?.start ?? text.length)
      if (age !== undefined) return sayAge(draft, age, evidence.sentence, person)
    }
  }
  return undefined
}

/**
 * "How old is Belén?" of one the release names by a first name alone, whom the registry does not hold: the age written
 * in the clause after that name ("Belén es una joven de 27 años"), where the article writes it with a capital.
 */
function bareNameAge(draft: Draft, index: EvidenceIndex, question: string): Draft | undefined {
  const asked = new Set(wordsOf(question).filter((word) => word.length >= 3 && !isStopword(word)))
  for (const evidence of index.sentences) {
    const {text} = evidence.sentence
    for (const match of text.matchAll(/(?<![\p{L}])\p{Lu}[\p{L}\p{M}]{2,}(?![\p{L}])/gu)) {
      if (!asked.has(fold(match[0]))) continue
      const age = ageBesideName(text, match.index, match.index + match[0].length, text.length)
      if (age !== undefined) return sayAge(draft, age, evidence.sentence, undefined)
    }
  }
  return undefined
}

/**
 * "¿Qué edad tenía el niño que murió?" — "ha matado a un niño de seis años": the one age the article writes beside the
 * noun the question names, in a sentence that holds all else it asks, in digits or in words.
 */
function describedAge(draft: Draft, index: EvidenceIndex, question: string): Draft | undefined {
  const words = wordsOf(question).filter((word) => word.length >= 3 && !isStopword(word) && !AGE_WORD.test(word))
  const terms = new Set(words.map((word) => termInArticle(index, word).term))
  if (terms.size === 0) return undefined
  const found = new Map<number, EvidenceSentence['sentence']>()
  for (const evidence of index.sentences) {
    if (![...terms].every((term) => evidence.terms.has(term))) continue
    const {text} = evidence.sentence
    // "Una mujer de 40 años y otra de 52": two of them, two ages.
    if (ANOTHER_AGED.test(text)) continue
    for (const match of text.matchAll(/\p{L}+/gu)) {
      if (!terms.has(index.termOf(fold(match[0])))) continue
      const end = match.index + match[0].length
      const written = AGE_OF_NOUN_AFTER.exec(text.slice(end, end + 40))?.[1] ?? AGE_OF_NOUN_BEFORE.exec(text.slice(Math.max(0, match.index - 40), match.index))?.[1]
      const age = written === undefined ? undefined : /^\d+$/.test(written) ? Number(written) : COUNT_WORDS.get(fold(written))
      if (age !== undefined && age >= 1 && age <= 120 && !found.has(age)) found.set(age, evidence.sentence)
    }
  }
  const [only, ...others] = [...found]
  if (!only || others.length > 0) return undefined
  const [age, sentence] = only
  return sayAge(draft, age, sentence, undefined)
}

/** The age written in the clause after a name (up to its end, `until` or 90 characters), or as "a 47-year-old" before it. */
function ageBesideName(text: string, start: number, end: number, until: number): number | undefined {
  const clause = text.slice(end, Math.min(until, end + 90)).split(/[.;]/)[0] ?? ''
  const written = AGE_AFTER.exec(clause)?.slice(1).find((group) => group !== undefined) ?? AGE_BEFORE.exec(text.slice(Math.max(0, start - 40), start))?.[1]
  const age = Number(written)
  return written !== undefined && age >= 1 && age <= 120 ? age : undefined
}

/** An age as the short answer, then the sentence that gives it. */
function sayAge(draft: Draft, age: number, sentence: EvidenceSentence['sentence'], person: Person | undefined): Draft {
  draft.say('evidence-short', {answer: message('age', {age: String(age)})})
  return saySentence(draft, sentence, person)
}

/** The question's words for age itself: "¿qué edad tenía …?", "how old was …?". */
const AGE_WORD = /^(?:edad|old|age|aged|anos|tenia|tiene|tenian|tienen|was|were)$/
const AGE_OF_NOUN_AFTER = /^\s+(?:de|of|aged)\s+(\d{1,3}|\p{L}+)(?:\s+(?:años|years?(?:\s+old)?)(?![\p{L}])|$|(?=[,;.]))/u
const ANOTHER_AGED = /\b(?:otr[oa]s?\s+de|another\s+(?:of|aged))\s+\d{1,3}(?![\d.,]*\d)/u
const AGE_OF_NOUN_BEFORE = /(?<![\p{L}])(\d{1,3}|\p{L}+)-year-old\s+(?:\p{Ll}+\s+){0,2}$/u
