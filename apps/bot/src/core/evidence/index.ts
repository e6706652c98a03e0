/**
 * The search index over an article's evidence, built once per facts object: every sentence as
 * a document of terms (BM25 via MiniSearch, typo-tolerant), with document frequencies for
 * weighing a question's terms.
 */
import {ADVISORY_LABEL, type Facts, type Sentence} from 'article-facts'
import MiniSearch from 'minisearch'
import {perFacts} from '../per-facts.js'
import type {Lang} from '../types.js'
import {cognateKey, isStopword, searchWordsOf, termOf, wordsOf} from './terms.js'

export interface EvidenceSentence {
  sentence: Sentence
  terms: ReadonlySet<string>
  /** Its longer words as cognate keys, for questions in the other language. */
  cognates: ReadonlySet<string>
  /** For an item of a list: the heading it is under and the line leading into the list ("Executions by country in 2018" / "- Iran (253+)"). */
  listedUnder: readonly number[]
  /** For a paragraph's sentence: the short heading of its section ("## The tour" over "The expedition set out on 25 September"). */
  section: number | undefined
  /** Whom "he" or "she" is, in a sentence that names no one: the last person named in the few sentences before it. */
  impliedPerson: string | undefined
  /** The organisation whose "we" a quoted sentence speaks in: its speaker's employer ("… we are urging the Government …," said X of ActionAid). */
  speaksFor: string | undefined
  /** The organisation a quoted speaker works for, whatever the quote says: whose words the sentence gives ("according to Entreculturas"). */
  quotedFor: string | undefined
}

export interface EvidenceIndex {
  lang: Lang
  sentences: EvidenceSentence[]
  /** In how many sentences each term occurs. */
  frequency: ReadonlyMap<string, number>
  search: MiniSearch<{id: number; text: string}>
  /** The question's words as the index's terms (the article's language decides the stemmer). */
  termOf: (word: string) => string
  /** Acronyms the article defines ("human rights defenders (HRDs)"), folded, singular and plural, with the terms they stand for. */
  acronyms: ReadonlyMap<string, readonly string[]>
  /** The id of the organisation the release speaks for: named in more sentences than any other. */
  author: string | undefined
  /** The article's words as written, folded: where a word typed with two letters the wrong way round is looked up ("yeras"). */
  words: ReadonlySet<string>
  /** The article's words of seven letters or more, with their terms, by first letter: where a misspelt word is looked up. */
  longWords: ReadonlyMap<string, ReadonlyArray<readonly [word: string, term: string]>>
  /** Where a media advisory's labelled lines ("When: …") begin, or -1 when the article has none. */
  advisoryAt: number
  /** The one person a title's head word names ("blogger" → Karim Amer), by the word's term: whom "the blogger" is. */
  titleHolders: ReadonlyMap<string, string>
}

export const evidenceIndex: (facts: Facts) => EvidenceIndex = perFacts(buildIndex)

function buildIndex(facts: Facts): EvidenceIndex {
  const lang = facts.article.language
  const memo = new Map<string, string>()
  const term = (word: string) => {
    let known = memo.get(word)
    if (known === undefined) {
      known = termOf(word, lang)
      memo.set(word, known)
    }
    return known
  }
  // "Related: …" lines name other stories, a byline names and dates the release: neither is evidence of what it says.
  const notEvidence = new Set([...facts.related.map((item) => item.source.sentenceIndex), ...facts.sentences.filter((sentence) => sentence.block === 'byline').map((sentence) => sentence.index)])
  const acronyms = definedAcronyms(facts.sentences.map((sentence) => sentence.text), (text) => wordsOf(text).filter((word) => !isStopword(word)).map(term))
  // "358 HRDs killed": an acronym holds the words it stands for.
  const termsOf = (text: string) => searchWordsOf(text).flatMap((word) => (isStopword(word) ? [] : (acronyms.get(word) ?? [term(word)])))
  const sentences: EvidenceSentence[] = []
  let topic: readonly string[] = []
  let topicText = ''
  let heading: readonly string[] = []
  /** What the search reads of each sentence: an advisory's line with the heading it is under ("Award ceremony" / "When: Friday 7 December"). */
  const searched = new Map<number, string>()
  let advisoryAt = -1
  let lastHeading: number | undefined
  let listedUnder: readonly number[] = []
  const words = new Set<string>()
  for (const sentence of facts.sentences) {
    // "When: Saturday 28": an advisory's line is about what the lines before it announce.
    const labelled = ADVISORY_LABEL.test(sentence.text)
    if (labelled && advisoryAt === -1) advisoryAt = sentences.length
    // "X has been held arbitrarily since August 2014": held in custody is detained, whatever else "held" may be.
    const own = HELD_IN_CUSTODY.test(sentence.text) ? [...termsOf(sentence.text), term('detained')] : termsOf(sentence.text)
    if (!labelled) topic = own
    // Only a heading's few words ("Award ceremony") name what the line is about; a long sentence
    // under it ("Guests are asked to arrive by 3.30 pm") does not end its section.
    if (!labelled && (sentence.block === 'heading' || sentence.text.split(/\s+/).length <= 6)) {
      topicText = sentence.text
      heading = own
    }
    searched.set(sentence.index, labelled && topicText !== '' ? `${sentence.text} ${topicText}` : sentence.text)
    const written = wordsOf(sentence.text)
    for (const word of written) words.add(word)
    const cognates = new Set(written.filter((word) => word.length >= 6).map(cognateKey))
    if (sentence.block === 'list-item') {
      // The first item of a list fixes what every item is read with: the line before the list when it leads into it, and the heading
      // above, unless that is the headline, which stands over the whole article.
      const before = facts.sentences[sentence.index - 1]
      const section = lastHeading === undefined || lastHeading === 0 ? [] : [lastHeading]
      if (before && before.block !== 'list-item') listedUnder = [...new Set([...(/:\s*$/.test(before.text) ? [before.index] : []), ...section])]
    } else listedUnder = []
    const section = sentence.block === undefined && lastHeading !== undefined && lastHeading > 0 && facts.sentences[lastHeading]!.text.split(/\s+/).length <= 6 ? lastHeading : undefined
    if (sentence.block === 'heading') lastHeading = sentence.index
    const quotedFor = speakerEmployer(facts, sentence)
    sentences.push({sentence, terms: new Set(labelled ? [...own, ...topic, ...heading] : own), cognates, listedUnder, section, speaksFor: ownVoice(sentence, quotedFor), quotedFor, impliedPerson: impliedPerson(facts, sentence)})
  }
  const frequency = new Map<string, number>()
  for (const {terms} of sentences) for (const found of terms) frequency.set(found, (frequency.get(found) ?? 0) + 1)
  const search = new MiniSearch<{id: number; text: string}>({
    fields: ['text'],
    tokenize: (text) => searchWordsOf(text),
    processTerm: (word) => (isStopword(word) ? null : (acronyms.get(word) ?? term(word)))
  })
  search.addAll(facts.sentences.filter((sentence) => !notEvidence.has(sentence.index)).map((sentence) => ({id: sentence.index, text: searched.get(sentence.index) ?? sentence.text})))
  return {lang, sentences, frequency, search, termOf: term, acronyms, author: authorOf(facts), words, longWords: longWordsOf(memo), advisoryAt, titleHolders: titleHoldersOf(facts, term)}
}

/** "held arbitrarily since", "held incommunicado", "being held in Evin prison", "held without charge": custody. */
const HELD_IN_CUSTODY = /\b(?:held|holding)\s+(?:\w+\s+){0,2}?(?:arbitrarily|incommunicado|in custody|in detention|in (?:\w+\s+){0,3}?(?:prison|jail|gaol|custody)|without (?:charge|trial)|behind bars|since|in pre-?trial detention|hostage)\b/iu

/**
 * A title's head word (its last in English, "program coordinator"; its first in Spanish,
 * "corresponsal del Miami Herald"), when only one person holds a title with it.
 */
function titleHoldersOf(facts: Facts, term: (word: string) => string): Map<string, string> {
  const holders = new Map<string, Set<string>>()
  for (const person of facts.people) {
    for (const title of person.titles) {
      const words = wordsOf(title).filter((word) => !isStopword(word) && word.length >= 4)
      for (const word of new Set([words[0], words.at(-1)])) if (word) holders.set(term(word), (holders.get(term(word)) ?? new Set()).add(person.id))
    }
  }
  return new Map([...holders].flatMap(([word, ids]) => (ids.size === 1 ? [[word, [...ids][0]!] as const] : [])))
}

/** "he", "she", "él", "ella": Spanish's "la", "lo", "su" are left out, an article and words of every sentence. */
const THIRD_PERSON = /(?<![\p{L}])(?:he|she|him|his|her|él|ella)(?![\p{L}])/iu

function impliedPerson(facts: Facts, sentence: Sentence): string | undefined {
  const named = (known: Sentence | undefined) => (known?.spans ?? []).filter((span) => span.type === 'person' && span.entity !== undefined).map((span) => span.entity!)
  if (named(sentence).length > 0 || (sentence.spans ?? []).some((span) => span.type === 'quote') || !THIRD_PERSON.test(sentence.text)) return undefined
  for (let at = sentence.index - 1; at >= Math.max(0, sentence.index - 3); at--) {
    const people = [...new Set(named(facts.sentences[at]))]
    if (people.length === 1) return people[0]
    if (people.length > 1) return undefined
  }
  return undefined
}

/** "We are urging the Government to …", "exigimos": what an organisation asks for, in its own people's words. */
const WE_ASK = /(?<![\p{L}])(?:we\s+(?:are\s+|have\s+|will\s+|also\s+|again\s+|now\s+)*(?:urg|call|ask|demand|want|insist|request|appeal)\p{L}*|(?:exig|ped|inst|urg|reclam|solicit|llam)imos|(?:exig|ped|inst|urg|reclam|solicit|llam)amos)(?![\p{L}])/iu

/** The organisation whose "we" the sentence's quote asks in: its speaker's employer, when the quote says what "we" urge. */
function ownVoice(sentence: Sentence, speakerEmployer: string | undefined): string | undefined {
  const quote = (sentence.spans ?? []).find((span) => span.type === 'quote' && span.entity !== undefined)
  return quote && WE_ASK.test(quote.text) ? speakerEmployer : undefined
}

/** The organisation the speaker of a sentence's quote works for. */
function speakerEmployer(facts: Facts, sentence: Sentence): string | undefined {
  const quote = (sentence.spans ?? []).find((span) => span.type === 'quote' && span.entity !== undefined)
  if (!quote) return undefined
  const speaker = facts.people.find((person) => person.id === quote.entity)
  if (speaker?.affiliationId !== undefined || !speaker?.affiliation) return speaker?.affiliationId
  // "Sarah Carson, … at ActionAid" speaks for ActionAid UK: an affiliation written as the start of a name.
  const written = speaker.affiliation.toLowerCase()
  return facts.organisations.find((organisation) => [organisation.name, ...organisation.aliases].some((name) => name.toLowerCase() === written || name.toLowerCase().startsWith(`${written} `)))?.id
}

function longWordsOf(terms: ReadonlyMap<string, string>): Map<string, Array<readonly [string, string]>> {
  const byInitial = new Map<string, Array<readonly [string, string]>>()
  for (const [word, term] of terms) {
    if (word.length < 7) continue
    const initial = word[0]!
    byInitial.set(initial, [...(byInitial.get(initial) ?? []), [word, term]])
  }
  return byInitial
}

/**
 * The organisation a release speaks for is the one it names most, and the one that acts where a
 * sentence names no one ("The report was launched in Ruritania today"); none when two tie.
 */
function authorOf(facts: Facts): string | undefined {
  const signed = signatory(facts)
  if (signed) return signed
  const credited = creditLine(facts)
  if (credited) return credited
  // "Amnesty hails UN vote …" over "Amnesty International has welcomed …": the body both headline and lead open with.
  const lead = leadSpeaker(facts)
  if (lead !== undefined && headlineOpensWith(facts, lead)) return lead
  // "Rideau Institute: Stop sending vehicles to Saudi Arabia": the body a headline speaks as, before a colon.
  const heading = facts.sentences[0]?.text ?? ''
  const speaking = facts.organisations.find((organisation) => [organisation.name, ...organisation.aliases].some((name) => heading.startsWith(`${name}:`)))
  if (speaking) return speaking.id
  const mentioned = new Map<string, Set<number>>()
  for (const organisation of facts.organisations) mentioned.set(organisation.id, new Set(organisation.sources.map((source) => source.sentenceIndex)))
  // The registry keeps where an organisation was first met; the spans, every sentence that names it.
  for (const sentence of facts.sentences) for (const span of sentence.spans ?? []) if (span.entity !== undefined) mentioned.get(span.entity)?.add(sentence.index)
  const named = [...mentioned].map(([id, sentences]) => ({id, count: sentences.size})).sort((a, b) => b.count - a.count)
  const [first, second] = named
  if (first && first.count >= 2 && first.count > (second?.count ?? 0)) return first.id
  // None named most: the body the release's lead speaks as, when no other is named more.
  return lead !== undefined && (mentioned.get(lead)?.size ?? 0) >= (first?.count ?? 0) ? lead : undefined
}

/** "Comité por la Libre Expresión (C-Libre)." on a line of its own under the headline, before the body: the body that puts the release out. */
function creditLine(facts: Facts): string | undefined {
  for (const sentence of facts.sentences.slice(1, 4)) {
    const bodies = (sentence.spans ?? []).filter((span) => span.type === 'organisation' && span.entity !== undefined)
    const rest = bodies.reduceRight((text, span) => text.slice(0, span.start) + text.slice(span.end), sentence.text)
    if (bodies.length > 0 && new Set(bodies.map((span) => span.entity)).size === 1 && /^[\s().,:–—-]*$/u.test(rest)) return bodies[0]!.entity
  }
  return undefined
}

/** Whether the headline opens with a body's name, one of its other names, or its name's first word ("Amnesty hails …"). */
function headlineOpensWith(facts: Facts, id: string): boolean {
  const headline = facts.sentences[0]?.text ?? ''
  const organisation = facts.organisations.find((one) => one.id === id)
  if (!organisation) return false
  const names = [organisation.name, ...organisation.aliases, organisation.name.split(/\s+/u)[0] ?? '']
  return names.some((name) => name.length >= 3 && headline.startsWith(name) && !/^[\p{L}\d]/u.test(headline.slice(name.length)))
}

/**
 * "… *19 de junio de 2020* / *Organización de Mujeres. Confederación Intersindical*": a statement signed at its foot,
 * its last short lines a date and a body's name: the body of most words all there.
 */
function signatory(facts: Facts): string | undefined {
  const tail: string[] = []
  for (const sentence of [...facts.sentences].reverse()) {
    const words = sentence.text.split(/\s+/u)
    if (tail.length === 3 || words.length > 10 || !words.every((word) => /^[\p{Lu}\d(“"«*]/u.test(word) || SIGNATURE_JOINER.test(word))) break
    tail.push(sentence.text)
  }
  const signed = new Set(wordsOf(tail.join(' ')))
  const own = (name: string) => wordsOf(name).filter((word) => !SIGNATURE_JOINER.test(word))
  const found = facts.organisations.filter((organisation) => own(organisation.name).length >= 2 && own(organisation.name).every((word) => signed.has(word)))
  return found.sort((a, b) => own(b.name).length - own(a.name).length)[0]?.id
}

/** The small words of a body's name: "Organización de Mujeres de la Confederación …". */
const SIGNATURE_JOINER = /^(?:de|del|la|las|los|y|e|of|the|for|and|on|en|para|por)$/u

/**
 * "(Washington) – The rulings … have wiped out two laws, Human Rights Watch said." · "The Central
 * Organisation of Trade Unions, COTU, … congratulates …": the organisation a release's first
 * sentences open with or have say what they say.
 */
function leadSpeaker(facts: Facts): string | undefined {
  for (const sentence of facts.sentences.filter((one) => one.block === undefined).slice(0, 3)) {
    for (const span of sentence.spans ?? []) {
      if (span.type !== 'organisation' || span.entity === undefined) continue
      const opening = sentence.text.slice(0, span.start).replace(/^.{0,80}?\s[–—-]\s+/su, '')
      if (/^\W*(?:the|la|el|los|las)?\s*$/iu.test(opening) || SAYS_AFTER.test(sentence.text.slice(span.end))) return span.entity
    }
  }
  return undefined
}

/** What an organisation's name is followed by when the sentence is its word: "…, Human Rights Watch said." */
const SAYS_AFTER = /^\s*(?:said|says|stated|dijo|dice|afirm[oó]|señal[oó]|declar[oó])(?![\p{L}])/u

/**
 * "Human rights defenders (HRDs)", "Anti-Terrorism Police Unit (ATPU)": a capitalised acronym in
 * brackets after the words whose initials it spells.
 */
export function definedAcronyms(texts: readonly string[], termsOf: (text: string) => string[]): Map<string, string[]> {
  const found = new Map<string, string[]>()
  for (const text of texts) {
    for (const match of text.matchAll(/((?:[\p{L}-]+\s+){1,6})\((\p{Lu}{2,6})(s?)\)/gu)) {
      const acronym = match[2]!
      const words = match[1]!.trim().split(/[\s-]+/)
      const spelled = words.slice(-acronym.length)
      if (spelled.length !== acronym.length || spelled.some((word, i) => word[0]?.toUpperCase() !== acronym[i])) continue
      const terms = termsOf(spelled.join(' '))
      const key = acronym.toLowerCase()
      found.set(key, terms)
      found.set(`${key}s`, terms)
    }
  }
  return found
}
