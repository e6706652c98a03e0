/**
 * Answers from the article's sentences when no topic of the facts does: the sentences that
 * hold the question's terms are found in the index, the span of the type asked for is taken
 * from the best of them and said first, then the sentence itself as the source. Nothing is
 * said when no sentence holds enough of what the question asks about: that threshold is what
 * keeps "the article doesn't say" true.
 */
import type {Facts, Person, Span} from 'article-facts'
import {Draft, type Request} from '../compose/draft.js'
import {fold} from '../text.js'
import {evidenceIndex, type EvidenceIndex, type EvidenceSentence} from './index.js'
import {questionShape, type AnswerType, type QuestionShape} from './question.js'
import {ANSWER_TYPE_WORDS, LIGHT_WORDS, isStopword, wordsOf} from './terms.js'

/** Share of the question's weighed terms a sentence must hold to answer it (tuned on the dev half). */
export const MIN_COVERAGE = 0.55

interface QuestionTerm {
  word: string
  term: string
  weight: number
  /** The registry entity this word names ("Khan"): held by any sentence that names it another way. */
  entity?: string
}

interface Candidate {
  evidence: EvidenceSentence
  coverage: number
  /** Terms of the question the sentence holds (itself or its neighbour). */
  matched: Set<string>
  score: number
}

const PRONOUN = /\b(she|he|her|his|him|they|them|their|ella|el|ellos|ellas|su|sus|lo|la|le)\b/

/** The spans a sentence's type of answer can be drawn from. */
const SPAN_TYPES: Partial<Record<AnswerType, ReadonlyArray<Span['type']>>> = {
  agent: ['person', 'organisation'],
  date: ['date'],
  place: ['place'],
  number: ['number'],
  title: ['title'],
  quote: ['quote']
}

/**
 * How much a term says: rare in the article, much. A word the article never uses weighs like a
 * rare one, a little less: people ask in their own words, but a question about what the article
 * never mentions must still fall short.
 */
function idf(index: EvidenceIndex, term: string): number {
  const n = index.sentences.length
  const df = index.frequency.get(term) ?? 0
  const rare = Math.log(1 + (n - 0.5) / 1.5)
  return df === 0 ? rare * 0.75 : Math.log(1 + (n - df + 0.5) / (df + 0.5))
}

function questionTerms(index: EvidenceIndex, question: string, shape: QuestionShape, focus: Person | undefined, entities: ReadonlyMap<string, string>): QuestionTerm[] {
  const words = wordsOf(question).filter((word) => !isStopword(word) && !(shape.type !== 'text' && ANSWER_TYPE_WORDS.has(word)))
  const terms: QuestionTerm[] = []
  for (const word of words) {
    const term = index.termOf(word)
    if (terms.some((known) => known.term === term)) continue
    const entity = entities.get(word)
    terms.push({word, term, weight: idf(index, term) * (LIGHT_WORDS.has(word) ? 0.2 : 1), ...(entity ? {entity} : {})})
  }
  // "What did she say?": the person talked about stands in for the pronoun.
  if (focus && PRONOUN.test(fold(question))) {
    for (const word of wordsOf(focus.name)) {
      const term = index.termOf(word)
      if (!terms.some((known) => known.term === term)) terms.push({word, term, weight: idf(index, term) * 0.5})
    }
  }
  return terms
}

/** A typo or another ending of the same word: "reprot", "investigations". */
function nearTerm(a: string, b: string): boolean {
  if (a.length < 5 || b.length < 5) return false
  if (a.slice(0, 5) === b.slice(0, 5) && Math.abs(a.length - b.length) <= 2) return true
  return a.length === b.length && [...a].filter((letter, i) => letter !== b[i]).length === 1
}

function holds(evidence: EvidenceSentence, {term, entity}: QuestionTerm): boolean {
  if (evidence.terms.has(term)) return true
  if (entity && evidence.sentence.spans?.some((span) => span.entity === entity)) return true
  for (const known of evidence.terms) if (nearTerm(known, term)) return true
  return false
}

/** The sentences read with this one: a lead-in ending in ":" or the line a quote continues on. */
function neighbours(index: EvidenceIndex, at: number): EvidenceSentence[] {
  const found: EvidenceSentence[] = []
  const previous = index.sentences[at - 1]
  const next = index.sentences[at + 1]
  const current = index.sentences[at]!
  if (previous && (previous.sentence.paragraph === current.sentence.paragraph || /:\s*$/.test(previous.sentence.text))) found.push(previous)
  if (next && (next.sentence.paragraph === current.sentence.paragraph || /:\s*$/.test(current.sentence.text))) found.push(next)
  return found
}

function candidates(index: EvidenceIndex, terms: readonly QuestionTerm[]): Candidate[] {
  const total = terms.reduce((sum, term) => sum + term.weight, 0)
  if (total === 0) return []
  const hits = index.search.search(terms.map((term) => term.word).join(' '), {fuzzy: (term) => (term.length >= 5 ? 1 : 0), combineWith: 'OR'})
  return hits.slice(0, 12).map((hit) => {
    const evidence = index.sentences[hit.id as number]!
    const around = neighbours(index, evidence.sentence.index)
    let covered = 0
    const matched = new Set<string>()
    for (const term of terms) {
      if (holds(evidence, term)) {
        covered += term.weight
        matched.add(term.term)
      } else if (around.some((other) => holds(other, term))) {
        covered += term.weight * 0.6
        matched.add(term.term)
      }
    }
    return {evidence, coverage: covered / total, matched, score: hit.score}
  })
}

/** Whether the question itself names this span ("who met Boluarte" is not answered by "Boluarte"). */
function named(span: Span, question: string, asked: ReadonlySet<string>): boolean {
  if (fold(question).includes(fold(span.text))) return true
  return span.entity !== undefined && asked.has(span.entity)
}

/** The question's words that name a registry entity, by any of its names: word → entity id. */
function namedEntities(facts: Facts, question: string): Map<string, string> {
  const words = new Set(wordsOf(question))
  const named = new Map<string, string>()
  for (const person of facts.people) {
    for (const name of [person.name, ...person.aliases]) for (const word of wordsOf(name)) if (word.length > 2 && words.has(word)) named.set(word, person.id)
  }
  for (const organisation of facts.organisations) {
    for (const name of [organisation.name, ...organisation.aliases]) {
      const nameWords = wordsOf(name)
      if (nameWords.every((word) => words.has(word))) for (const word of nameWords) if (!named.has(word)) named.set(word, organisation.id)
    }
  }
  return named
}

/** The span of the type asked for, nearest the words of the question the sentence holds. */
function answerSpan(index: EvidenceIndex, candidate: Candidate, shape: QuestionShape, question: string, asked: ReadonlySet<string>): Span | undefined {
  const types = SPAN_TYPES[shape.type]
  if (!types) return undefined
  const sentence = candidate.evidence.sentence
  const counted = shape.type === 'number' ? countedTerm(index, question) : undefined
  const spans = (sentence.spans ?? []).filter(
    (span) => types.includes(span.type) && !named(span, question, asked) && (span.type !== 'date' || informativeDate(span)) && (counted === undefined || counts(index, sentence.text, span, counted))
  )
  if (spans.length === 0) return undefined
  // Where the question's terms sit in the sentence, to prefer the span beside them.
  const positions: number[] = []
  const folded = fold(sentence.text)
  for (const word of wordsOf(sentence.text)) {
    if (candidate.matched.has(index.termOf(word))) positions.push(folded.indexOf(word))
  }
  const distance = (span: Span) => (positions.length === 0 ? 0 : Math.min(...positions.map((at) => Math.abs(at - span.start))))
  return [...spans].sort((a, b) => distance(a) - distance(b))[0]
}

/** "How many signatures …": what is counted, as a term. */
function countedTerm(index: EvidenceIndex, question: string): string | undefined {
  const after = /\b(?:how many|cuant[oa]s)\s+(?:of\s+the\s+|de\s+(?:los|las)\s+)?([a-z]+)/.exec(fold(question))?.[1]
  return after ? index.termOf(after) : undefined
}

/** Whether the figure counts that thing: "200,000 signatures", "four people", "70 entrevistas". */
function counts(index: EvidenceIndex, text: string, span: Span, counted: string): boolean {
  const following = wordsOf(text.slice(span.end, span.end + 60)).filter((word) => !isStopword(word)).slice(0, 3)
  return following.some((word) => index.termOf(word) === counted)
}

/** "25 May 2023" or "February" answers "when"; "today" in an undated article does not. */
function informativeDate(span: Span): boolean {
  return span.iso !== undefined || /\d|[A-Z]/.test(span.text.slice(1)) || /^\p{Lu}/u.test(span.text) && !/^(?:Today|Yesterday|Tomorrow|Hoy|Ayer|Mañana)$/u.test(span.text)
}

/** A quote: in the sentence, or on the line after "X said:". */
function quoteSpan(index: EvidenceIndex, candidate: Candidate, asked: ReadonlySet<string>): {span: Span; at: number} | undefined {
  const at = candidate.evidence.sentence.index
  for (const sentence of [index.sentences[at], index.sentences[at + 1]]) {
    const quote = sentence?.sentence.spans?.find((span) => span.type === 'quote' && (asked.size === 0 || span.entity === undefined || asked.has(span.entity)))
    if (quote && sentence) return {span: quote, at: sentence.sentence.index}
  }
  return undefined
}

/** How a question is read and which sentences it finds, for tuning (`scripts/why.ts`). */
export function explainEvidence(facts: Facts, question: string, focus?: Person): {terms: QuestionTerm[]; ranked: Candidate[]} {
  const index = evidenceIndex(facts)
  const terms = questionTerms(index, question, questionShape(question), focus, namedEntities(facts, question))
  return {terms, ranked: candidates(index, terms).sort((a, b) => b.coverage - a.coverage || b.score - a.score)}
}

export interface EvidenceOptions {
  /** The person talked about before, for "she", "he". */
  focus?: Person | undefined
}

/** A draft answering the question from one sentence of the article, or undefined when none does. */
export function evidenceAnswer(request: Request, question: string, options: EvidenceOptions = {}): Draft | undefined {
  const {facts} = request
  const index = evidenceIndex(facts)
  const shape = questionShape(question)
  const entities = namedEntities(facts, question)
  const terms = questionTerms(index, question, shape, options.focus, entities)
  const ranked = candidates(index, terms)
    .filter((candidate) => candidate.coverage >= MIN_COVERAGE)
    .sort((a, b) => b.coverage - a.coverage || b.score - a.score)
  const best = ranked[0]
  if (!best) return undefined
  const asked = new Set(entities.values())
  const draft = new Draft(request, 'fact')

  if (shape.type === 'quote') {
    for (const candidate of ranked.slice(0, 3)) {
      const quote = quoteSpan(index, candidate, asked)
      if (!quote) continue
      const sentence = index.sentences[quote.at]!.sentence
      const speaker = facts.people.find((person) => person.id === quote.span.entity)
      draft.say(speaker ? 'evidence-quote' : 'evidence-quote-unnamed', {speaker: speaker?.name ?? '', quote: quote.span.text})
      return cite(draft, sentence, speaker)
    }
  }
  // The first sentence among the best that has a span of the type asked for.
  for (const candidate of ranked.slice(0, 4)) {
    if (candidate.coverage < best.coverage - 0.2) break
    const span = answerSpan(index, candidate, shape, question, asked)
    if (!span) continue
    const person = span.type === 'person' ? facts.people.find((known) => known.id === span.entity) : undefined
    draft.say('evidence-short', {answer: person && person.titles[0] ? `${person.name}, ${person.titles[0]}` : span.text})
    return saySentence(draft, candidate.evidence.sentence, person)
  }
  return saySentence(draft, best.evidence.sentence, undefined)
}

function saySentence(draft: Draft, sentence: EvidenceSentence['sentence'], person: Person | undefined): Draft {
  const other = draft.request.lang !== draft.request.facts.article.language
  draft.say(other ? 'evidence-says-other-language' : 'evidence-says', {sentence: sentence.text})
  return cite(draft, sentence, person)
}

function cite(draft: Draft, sentence: EvidenceSentence['sentence'], person: Person | undefined): Draft {
  draft.use(sentence, {sentence: sentence.text, sentenceIndex: sentence.index, start: sentence.start, end: sentence.end})
  if (person) draft.remember({lastPerson: person.name})
  return draft
}
