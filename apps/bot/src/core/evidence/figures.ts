/** What a figure in a sentence counts: the noun after it, the verb before it, the clause around it. */
import type {Span} from 'article-facts'
import {sameWord} from '../same-word.js'
import type {EvidenceIndex, EvidenceSentence} from './index.js'
import {isStopword, searchWordsOf, isLightWord, wordsOf} from './terms.js'
import {fold} from '../text.js'
import {type Candidate, PERCENT_SIGN, termInArticle} from './search.js'


/** Whether the figure counts that thing: "12,500 signatures", "four people", "70 entrevistas". */
export function counts(index: EvidenceIndex, text: string, span: Span, counted: ReadonlySet<string>, byVerb: boolean): boolean {
  // "aceptó 123 y rechazó 45": what follows another verb is another clause's.
  const after = text.slice(span.end, span.end + 60)
  const following = searchWordsOf(after.slice(0, CLAUSE_AFTER_FIGURE.exec(after)?.index ?? after.length)).filter((word) => !isStopword(word)).slice(0, 3)
  // A verb may come first too: "arrested hundreds of protesters", "perdieron la vida 49 personas".
  // "el récord de niños que viven en zonas de conflicto: 520 millones": what is counted is named before the colon.
  const before = text.slice(Math.max(0, span.start - 80), span.start)
  const numberOf = countedBefore(text, span)
  const preceding = byVerb
    ? searchWordsOf(text.slice(Math.max(0, span.start - 40), span.start)).filter((word) => !isStopword(word)).slice(-2)
    : /:\s*$/u.test(before)
      ? searchWordsOf(before.split(/[.;]/u).at(-1) ?? '').filter((word) => !isStopword(word)).slice(-8)
      : numberOf
        ? searchWordsOf(numberOf).filter((word) => !isStopword(word)).slice(0, 2)
        : []
  return [...following, ...preceding].some((word) => (index.acronyms.get(word) ?? [index.termOf(word)]).some((term) => countsAs(term, counted)))
}

/** Where a figure's clause ends after it: a semicolon, or "and", "y" before another verb ("aceptó 123 y rechazó 45"). */
const CLAUSE_AFTER_FIGURE = /;|\s(?:and|y)\s+(?=\p{L}+(?:ed|ó|aron|ieron)(?![\p{L}]))/u

/** "put the number of children killed in the conflict at no fewer than 435": what a figure counts, named after "the number of". */
export function countedBefore(text: string, figure: Span): string | undefined {
  return /\b(?:number|total|toll|count|n[uú]mero|cifra|balance)\s+(?:of|de)\s+([^.;:]{3,70})$/iu.exec(text.slice(Math.max(0, figure.start - 80), figure.start))?.[1]
}

/** Whether a term is what is counted, in one of its forms. */
export function countsAs(term: string, counted: ReadonlySet<string>): boolean {
  return counted.has(term) || [...counted].some((wanted) => sameWord(wanted, term))
}

/** Nouns that count anyone ("how many people were wounded"): the verb, not the noun, says what is counted. */
const ANYONE = new Set(['people', 'persons', 'personas', 'gente', 'ppl', 'of', 'de', 'were', 'was', 'are', 'is', 'have', 'has', 'had', 'han', 'ha', 'fueron', 'son', 'hay'])

/**
 * "How many signatures …": what is counted, as a term, the last word of its phrase ("how many
 * Russian soldiers" counts soldiers); none for "how many people …" or "how many were …".
 */
export function countedTerm(index: EvidenceIndex, question: string): string | undefined {
  // "How many of the people killed were kids?", "¿cuántos de ellos eran niños?": the part counted is named last.
  const part = /\b(?:how many of|cuant[oa]s de)\b.*\b(?:were|are|was|is|eran|son|fueron|era|es)\s+([a-z]+)\W*$/.exec(fold(question))?.[1]
  if (part && !isStopword(part) && !ANYONE.has(part)) return termInArticle(index, part).term
  const phrase = /\b(?:how many|cuant[oa]s)\s+(?:of\s+the\s+|de\s+(?:los|las)\s+)?([a-z0-9 ]+)/.exec(fold(question))?.[1] ?? ''
  // "¿Cuántos muertos dejó el terremoto?": a Spanish verb in the past, its accent still written, ends what is counted.
  const pastVerbs = new Set((question.match(/[\p{L}]+[óé](?![\p{L}])/gu) ?? []).map(fold))
  const words: string[] = []
  for (const word of phrase.split(' ')) {
    if (words.length > 0 && pastVerbs.has(word)) break
    // "How many 38 Degrees members …": a figure in a name is part of the name.
    if (/\d/.test(word)) continue
    // "How many UN member states …": letters in capitals name, they are no stopword ending the phrase.
    if (words.length === 0 && word.length <= 3 && new RegExp(`\\b${word.toUpperCase()}\\b`, 'u').test(question)) continue
    // "How many more evictions …", "¿cuántas otras personas …?": what is counted comes after the word that adds to it.
    // Not "how many more countries abstained than last time?": a difference, counted by the change.
    if (words.length === 0 && /^(?:more|further|additional|other|new|mas|otr[oa]s|nuev[oa]s)$/.test(word) && !/\bthan\b|\bmas\b.*\bque\b/.test(fold(question))) continue
    // The word right after "cuántos" is what is counted, though it looks like a participle ("refugiados", "detenidos").
    // "How many settlements get the rice?": a light verb after the noun ends it.
    if (word === '' || isStopword(word) || ANYONE.has(word) || (words.length > 0 && (PARTICIPLE.test(word) || isLightWord(word)))) break
    // "¿Cuántos murieron?", "how many died?": a verb, not a thing counted (the verb says what the figure counts).
    if (words.length === 0 && FINITE_VERB.test(word)) break
    words.push(word)
  }
  // "y niños con desnutrición, ¿cuántos atendieron?": what is counted may come first.
  const before = words.length === 0 ? /^(?:y\s+|and\s+)?([a-z]+)\b.*\b(?:how many|cuant[oa]s)\b/.exec(fold(question))?.[1] : undefined
  const head = words.at(-1) ?? (before && !isStopword(before) && !ANYONE.has(before) && !FINITE_VERB.test(before) ? before : undefined)
  // "¿Cuántas páginas …?" of an English article counts its "pages".
  return head ? termInArticle(index, head).term : undefined
}

/** A count since a time: "since 2000", "desde 2016", "so far". */
export const SINCE_ASKED_COUNT = /\b(?:since|desde|so far|hasta ahora|en lo que va)\b/

/** "the 28th death in detention since 2000", "la quinta muerte desde …": the rank written before the thing counted, as a figure. */
export function rankCounted(index: EvidenceIndex, candidate: Candidate, counted: string): string | undefined {
  const text = candidate.evidence.sentence.text
  if (!SINCE_ASKED_COUNT.test(fold(text))) return undefined
  for (const match of text.matchAll(/\b(\d{1,4})(?:st|nd|rd|th|º|ª|°)\s+([\p{L}-]+)/gu)) {
    if (countsAs(index.termOf(fold(match[2]!)), new Set([counted]))) return match[1]
  }
  return undefined
}

const FINITE_VERB = /^(?:[a-z]+(?:aron|ieron|eron)|died)$/

const PARTICIPLE = /^(?:[a-z]+(?:ed|en|ados?|adas?|idos?|idas?|aron|ieron|eron|ron))$/

/** "How many people were wounded", "¿cuántas personas fueron detenidas …?": the verb that says what is counted. */
export function countingVerb(index: EvidenceIndex, question: string): string | undefined {
  const words = wordsOf(question)
  const at = words.findIndex((word, i) => (word === 'many' && words[i - 1] === 'how') || /^cuant[oa]s$/.test(word))
  if (at < 0) return undefined
  const verb = words.slice(at + 1).find((word) => !ANYONE.has(word) && !isStopword(word) && !/^(?:been|estan|estaban|siguen|sigue|still|remain|remained)$/.test(word) && PARTICIPLE.test(word))
  return verb ? termInArticle(index, verb).term : undefined
}

/** "How much", "cuánto": an amount, not a count of things. */
const AMOUNT_ASKED = /\b(?:how much|cuanto|cuanta)\b/

/** For "how many people were <done to>", whether a figure of the sentence sits beside that verb ("319 were wounded"). */
export function countsWhatWasDone(index: EvidenceIndex, sentence: EvidenceSentence['sentence'], question: string): boolean {
  const verb = countedTerm(index, question) === undefined ? countingVerb(index, question) : undefined
  if (verb === undefined) return true
  const figures = (sentence.spans ?? []).filter((span) => span.type === 'number')
  // "How much did the UK cut its funding?" — "reduced its funding by more than 86%": a share or a sum measures what was done, in whatever verb.
  if (AMOUNT_ASKED.test(fold(question)) && figures.some((span) => PERCENT_SIGN.test(span.text) || /[$€£]|\b(?:million|billion|millones|mil millones)\b/iu.test(span.text))) return true
  return figures.length === 0 || figures.some((span) => counts(index, sentence.text, span, new Set([verb]), true)) || listedAs(index, index.sentences[sentence.index]!, new Set([verb]))
}

/** "## Arrests by province" / "- Tromsvik (149)": what a list's figures count is named where the list is introduced. */
export function listedAs(index: EvidenceIndex, evidence: EvidenceSentence, counted: ReadonlySet<string>): boolean {
  return evidence.listedUnder.some((at) => [...index.sentences[at]!.terms].some((term) => countsAs(term, counted)))
}

/** Of the best sentences, one naming what is counted and ending in ":" over a list: how many items the list has. */
export function countedList(index: EvidenceIndex, ranked: readonly Candidate[], question: string): {count: number; sentence: EvidenceSentence['sentence']} | undefined {
  const counted = countedTerm(index, question)
  if (counted === undefined) return undefined
  for (const candidate of ranked.slice(0, 3)) {
    const {sentence} = candidate.evidence
    if (!/:\s*$/u.test(sentence.text) || !candidate.evidence.terms.has(counted) || (sentence.spans ?? []).some((span) => span.type === 'number')) continue
    let count = 0
    while (index.sentences[sentence.index + 1 + count]?.sentence.block === 'list-item') count++
    if (count >= 2) return {count, sentence}
  }
  return undefined
}
