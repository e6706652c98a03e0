/** Saying what was found: a short answer first, then the sentence it comes from (with the list it leads into) as the source. */
import type {Facts, Person, Span} from 'article-facts'
import type {Draft} from '../compose/draft.js'
import type {EvidenceSentence} from './index.js'
import {type Words, message} from '../words.js'
import {dayInLanguage, formatDateRef} from '../dates.js'
import {fold} from '../text.js'
import {titleFor} from '../roles.js'
import {COUNT_WORDS} from './stated.js'


/** A short answer, then the sentence of the article it comes from. */
export function sayShort(draft: Draft, answer: Words, sentence: EvidenceSentence['sentence']): Draft {
  draft.say('evidence-short', {answer})
  return saySentence(draft, sentence, undefined)
}

export function saySentence(draft: Draft, sentence: EvidenceSentence['sentence'], person: Person | undefined, withNext = false): Draft {
  // "X said:" alone says nothing: what they said is the sentence after it.
  const next = withNext || /:\s*$/.test(sentence.text) ? draft.request.facts.sentences[sentence.index + 1] : undefined
  // "Los asuntos que plantearon fueron:" and a list: every item of it.
  const items = next?.block === 'list-item' && /:\s*$/.test(sentence.text) ? listItemsFrom(draft.request.facts.sentences, next.index) : []
  const text = items.length > 1 ? `${sentence.text} ${items.map((item) => item.text.replace(/[;.,]\s*$/u, '')).join('; ')}.` : next ? `${sentence.text} ${next.text}` : sentence.text
  draft.sayArticleSentence(text)
  cite(draft, sentence, person)
  for (const item of items.slice(1)) cite(draft, item, undefined)
  return next ? cite(draft, next, undefined) : draft
}

/** The items of the list that starts at a sentence, up to eight. */
function listItemsFrom(sentences: Facts['sentences'], at: number): Facts['sentences'] {
  const items: Facts['sentences'] = []
  for (let next = at; next < sentences.length && items.length < 8 && sentences[next]!.block === 'list-item'; next++) items.push(sentences[next]!)
  return items
}

export function cite(draft: Draft, sentence: EvidenceSentence['sentence'], person: Person | undefined): Draft {
  draft.use(sentence, {sentence: sentence.text, sentenceIndex: sentence.index, start: sentence.start, end: sentence.end})
  if (person) draft.remember({lastPerson: person.name})
  return draft
}

/**
 * A date written out in the asker's language when the article is in the other one ("El 28 October"
 * would be neither): only a date the article writes in full, one day or month, not a span.
 */
export function spanInAskersLanguage(span: Span, draft: Draft): Words {
  const {lang, facts} = draft.request
  // "ocho" asked in English: the figure, which reads alike in both.
  if (span.type === 'number' && lang !== facts.article.language && COUNT_WORDS.has(fold(span.text))) return String(COUNT_WORDS.get(fold(span.text)))
  // "on Thursday evening", "hoy": the day the parser dated by the release's own, in full ("Thursday 19 April 2018").
  if (span.type === 'date' && span.iso?.length === 10 && DAY_WORD_ONLY.test(fold(span.text))) return formatDateRef({text: span.text, iso: span.iso, precision: 'day', resolution: 'relative', certainty: 'likely'}, lang)
  // "Human Rights Day", "el Día de la Madre": a day the article names and dates elsewhere, with its date.
  if (span.type === 'date' && span.iso?.length === 10 && !/\d/.test(span.text)) return message('date-named', {name: span.text, date: formatDateRef({text: span.text, iso: span.iso, precision: 'day', resolution: 'relative', certainty: 'likely'}, lang)})
  if (span.type !== 'date' || lang === facts.article.language || !/\d/.test(span.text) || DATE_SPAN.test(span.text)) return span.text
  // A day without its year ("28 October", "jueves 17 de marzo"): in the asker's words, no year
  // added (one the parser inferred is a guess, not the article's).
  if (!span.iso || !/\b\d{4}\b/.test(span.text)) return dayInLanguage(span.text, lang)
  const precision = span.iso.length === 10 ? 'day' : span.iso.length === 7 ? 'month' : 'year'
  return formatDateRef({text: span.text, iso: span.iso, precision, resolution: 'explicit', certainty: 'certain'}, lang)
}

/** A day said by a word alone: a weekday, today, yesterday, tomorrow. */
const DAY_WORD_ONLY = /^(?:(?:on|this|last|next|el|este|pasado|el pasado|el proximo|this past)\s+)?(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|lunes|martes|miercoles|jueves|viernes|sabado|domingo|today|yesterday|tomorrow|hoy|ayer|manana)$/

const DATE_SPAN = /[-–]|\b(?:to|and|until|from|between|al|y|hasta|del|desde|entre)\b/i

/** "Ana Ruiz, secretaria general": the name, then the role in the asker's language. */
export function nameWithRole(person: Person, draft: Draft): string {
  const title = titleFor(draft.request.facts, person, draft.request.lang)
  return title ? `${person.name}, ${title}` : person.name
}

export function sayHolder(draft: Draft, holder: {person: Person; at: EvidenceSentence} | undefined): Draft | undefined {
  if (!holder) return undefined
  const {person, at} = holder
  draft.say('evidence-short', {answer: nameWithRole(person, draft)})
  return saySentence(draft, at.sentence, person)
}
