/**
 * The sentences that hold a question: its weighed terms, whether a sentence (or its neighbour) holds
 * each, where the matched words sit, and the shares of the question a sentence must hold to answer it.
 */
import type {Span, Facts, Person} from 'article-facts'
import {sameWord, strictTypo, tokenMatches} from '../same-word.js'
import {fold} from '../text.js'
import type {EvidenceIndex, EvidenceSentence} from './index.js'
import {cognateKey, phraseWords, WORD_OR_FIGURE, wordsOf, ANSWER_TYPE_WORDS, frameWordTyped, isLightWord, isStopword, searchWordsOf, termOf, translationsOf} from './terms.js'
import {CHAT_SHORTHAND} from '../lexicon.js'
import {nationWords, placeNames} from './place-names.js'
import {ENGLISH_TAG, questionShape, type QuestionShape} from './question.js'
import {KEPT_THERE, BACK_THEN, statedValues} from './stated.js'


/** Share of the question's weighed terms a sentence must hold to answer it (tuned on the dev half). */
export const MIN_COVERAGE = 0.6
/** The same for a question whose answer type a span of the sentence gives (a person, a date, a count). */
export const MIN_TYPED_COVERAGE = 0.45
/** Share of the words that name no one that it must hold ("how old is she": "old"); all of them for "who is the <role>". */
export const MIN_TOPIC_COVERAGE = 0.45
/** Share of a yes/no question's terms a sentence must hold to say "yes" (tuned on the dev half: 0.7 says yes wrongly, 0.85 seldom). */
export const MIN_YES_COVERAGE = 0.75
/** More for "when": a date beside half of what is asked dates something else ("the meeting with the president" — "delivered at the president's office"). */
export const MIN_DATED_TOPIC_COVERAGE = 0.6

export interface QuestionTerm {
  word: string
  term: string
  weight: number
  /** The registry entity this word names ("Morales"): held by any sentence that names it another way. */
  entity?: string
  /** The article's word searched for it, when the question's is in the other language ("hit" for "alcanzados"). */
  searched?: string
  /** Other terms that hold it: "asking" is held by a sentence that "urges" (the genre's call), "examine" by one that tells of "evaluations". */
  orTerms?: readonly string[]
  /** The one person whose title this word heads ("the blogger"): a sentence naming them holds it. */
  holder?: string
  /** For a date, a place or a figure asked of someone: a sentence that calls them "he" or "she" right after naming them holds their name. */
  impliedToo?: boolean
  /** For an organisation whose word or view is asked ("according to Entreculturas", "what does Amnesty want"): its people's quotes hold it. */
  voiced?: boolean
}

export interface Candidate {
  evidence: EvidenceSentence
  coverage: number
  /** The same share for the words that do not name someone: what the question asks about them. */
  topicCoverage: number
  /** Terms of the question the sentence holds (itself or its neighbour). */
  matched: Set<string>
  score: number
}

export const PERCENT_WORD = /^(?:percent|percentage|porcentaje)$/
export const PERCENT_SIGN = /%|per ?cent|por ciento/iu
/** "How much money did they raise?": a word for money, which a sum the sentence gives holds. */
const MONEY_WORD = /^(?:money|cash|funds|funding|dinero|plata|fondos)$/
/** A word for the figures a release gives. */
const FIGURES_WORD = /^(?:figures|numbers|statistics|stats|cifras|numeros|estadisticas)$/
/** A sum of money: a currency's sign or name. */
export const MONEY = /[$£€¥]|\b(?:dollars?|pounds?|euros?|dólares|dolares|libras|pesos|soles|rupees|usd|eur|gbp)\b/i

export function holds(evidence: EvidenceSentence, {word, term, entity, orTerms, holder, impliedToo, voiced}: QuestionTerm): boolean {
  if (evidence.terms.has(term) || orTerms?.some((other) => evidence.terms.has(other))) return true
  if (entity && evidence.sentence.spans?.some((span) => span.entity === entity)) return true
  // "How many conflicts are there, according to Entreculturas?" — "Fabris subrayó que existan «56 conflictos armados»": one of its people says so.
  if (entity && voiced && evidence.quotedFor === entity) return true
  // "When was the blogger arrested?" — "Amer was arrested on …": the one person of that title, named.
  if (holder && evidence.sentence.spans?.some((span) => span.entity === holder)) return true
  // "When was Mojtaba arrested?" — "…, who has been in custody since he was arrested on 12 February": he is the one named just before.
  if (entity && impliedToo && evidence.impliedPerson === entity) return true
  // "¿Qué porcentaje …?": a share the sentence gives ("27%", "per cent") holds the word.
  if (PERCENT_WORD.test(word) && evidence.sentence.spans?.some((span) => span.type === 'number' && PERCENT_SIGN.test(span.text))) return true
  // "How much money has been raised?" — "£15m has been raised": a sum holds the word for money.
  if (MONEY_WORD.test(word) && evidence.sentence.spans?.some((span) => span.type === 'number' && MONEY.test(span.text))) return true
  // "What year are these figures from?", "¿de qué año son las cifras?": a sentence that gives a figure holds the word for figures.
  if (FIGURES_WORD.test(word) && evidence.sentence.spans?.some((span) => span.type === 'number')) return true
  for (const known of evidence.terms) if (sameWord(known, term)) return true
  if (word.length < 6) return false
  const key = cognateKey(word)
  for (const known of evidence.cognates) if (known === key || strictTypo(key, known)) return true
  return false
}

/**
 * The sentences read with this one: those beside it in its paragraph, a lead-in ending in ":" with
 * the line after it, and what a list's item is listed under.
 */
export function neighbours(index: EvidenceIndex, at: number): EvidenceSentence[] {
  const found: EvidenceSentence[] = []
  const previous = index.sentences[at - 1]
  const next = index.sentences[at + 1]
  const current = index.sentences[at]!
  if (previous && (previous.sentence.paragraph === current.sentence.paragraph || /:\s*$/.test(previous.sentence.text) || REFERS_BACK.test(current.sentence.text))) found.push(previous)
  if (next && (next.sentence.paragraph === current.sentence.paragraph || /:\s*$/.test(current.sentence.text))) found.push(next)
  for (const under of current.listedUnder) if (!found.includes(index.sentences[under]!)) found.push(index.sentences[under]!)
  if (current.section !== undefined && !found.includes(index.sentences[current.section]!)) found.push(index.sentences[current.section]!)
  return found
}

/** A sentence that opens on the one before it, whatever paragraph it is in: "Among them are …", "Entre ellos figuran …". */
const REFERS_BACK = /^(?:among\s+(?:them|these|those)|(?:these|they|those)\s+includ(?:e|ed)|entre\s+(?:ellos|ellas|estos|estas|los\s+que|las\s+que))\b/iu

/** Whether the question itself names this span ("who met Morales" is not answered by "Morales"). */
export function named(span: Span, question: string, asked: ReadonlySet<string>): boolean {
  if (fold(question).includes(fold(span.text))) return true
  // "¿Qué porcentaje gana 380 mil?" gives the "$380.000" of the sentence.
  const figure = span.type === 'number' ? wordsOf(span.text).find((word) => /^\d{4,}$/.test(word)) : undefined
  if (figure && wordsOf(question).includes(figure)) return true
  return span.entity !== undefined && asked.has(span.entity)
}

export type Stretch = {start: number; end: number}

/** The text between two stretches of it. */
export function between(text: string, a: Stretch, b: Stretch): string {
  return a.end <= b.start ? text.slice(a.end, b.start) : b.end <= a.start ? text.slice(b.end, a.start) : ''
}

/** Where the sentence's words match the question's, each a word of the folded sentence the terms accept. */
export function wordPositions(index: EvidenceIndex, text: string, accepts: (term: string) => boolean): Stretch[] {
  const positions: Stretch[] = []
  for (const match of fold(text).matchAll(WORD_OR_FIGURE)) {
    const word = /^\d/.test(match[0]) ? (wordsOf(match[0])[0] ?? match[0]) : match[0]
    if (accepts(index.termOf(word))) positions.push({start: match.index, end: match.index + match[0].length})
  }
  // "perdieron la vida" holds "murieron" as the search reads it.
  for (const phrase of phraseWords(text)) if (accepts(index.termOf(phrase.word))) positions.push({start: phrase.start, end: phrase.end})
  return positions
}

/** Where the question's terms the sentence holds sit in it; a term the question misspelt ("secretri") stands where the sentence writes it ("Secretary"). */
export function matchedPositions(index: EvidenceIndex, candidate: Candidate): Stretch[] {
  const matched = [...candidate.matched]
  return wordPositions(index, candidate.evidence.sentence.text, (term) => candidate.matched.has(term) || (term.length >= 5 && matched.some((asked) => sameWord(asked, term))))
}

/** Where the clause of a word ends: a comma, a semicolon, a dash or a bracket. */
export const CLAUSE_END = /[,;:()–—]/u

/** "Is there an event in London?", "¿hay alguna protesta en Strelsau?": whether there is one, which an article not naming it does not settle. */
export const THERE_IS_ASKED = /^\W*(?:so\s+)?(?:is|are|was|were|will)\s+there\b|\b(?:hay|habra|habia|hubo|existe)\b/

// Not "el", "la", "lo": in Spanish they are articles far more often than pronouns.
export const PRONOUN = /\b(she|he|her|his|him|they|them|their|ella|ellos|ellas|su|sus)\b/

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

/** Verbs that say something takes place somewhere or some day: "held", "stopping", "se celebra", "tendrá lugar". */
const OCCURRING = /^(?:held|hold|holding|take|takes|taking|took|place|stop|stops|stopping|happen|happens|happening|happened|go|goes|going|went|be|being|done|organi[sz]ed|celebra\w*|realiza\w*|lleva\w*|hace|hara|tendra|tiene|lugar|sera|es|fue|ser|va|van|pasa|para|parada)$/

/**
 * Words for arriving or leaving, in either language (folded): "when did the threat arrive", "when did they fly to X",
 * "when is the charter flight leaving?" ask when it came or goes, whatever the sentence's verb ("scheduled for 31 January").
 */
export const ARRIVING = /^(?:arrive|arrives|arrived|came|come|comes|fly|flies|flew|flown|leave|leaves|leaving|depart|departs|departed|departing|lleg[oóa]\w*|llega\w*|vol[oó]|volaron|sale|salen|salio|salieron|saldra|saldran|salir|despeg\w*|ocurri\w*|occur\w*)$/

/** Words for beginning, in either language (folded). */
export const STARTING = /^(?:start|starts|started|starting|begin|begins|began|begun|beginning|commence|commenced|first|empez\w*|empiez\w*|comenz\w*|comienz\w*|inici[oa]|inicio|iniciaron|arranc\w*|launch|launches|launched|launching|lanz[oóa]\w*|kick|kicks|kicked)$/

/** Words for ending, in either language (folded): "when does the visit end" asks the date a span closes on, "from 28 January through 7 February". */
const ENDING = /^(?:end|ends|ended|ending|finish|finishes|finished|conclude|concludes|concluded|termin[ae]\w*|acab[ae]\w*|finaliz\w*|conclu\w*)$/

const DURATION_WORDS: ReadonlySet<string> = new Set(['long', 'tiempo', 'duration', 'duracion'])

/** A word of chat shorthand spelled out ("yr", "govt"); not "yo", which in Spanish is "I" and no greeting. */
function spelledOut(word: string): string {
  return word === 'yo' ? word : (CHAT_SHORTHAND[word] ?? word)
}

/** "What kind of protests?", "¿qué tipo de agresiones?": the kind asked for, whatever the question's shape. */
const KIND_WORDS = new Set(['kind', 'kinds', 'type', 'types', 'sort', 'sorts', 'tipo', 'tipos', 'clase', 'clases'])

/** The verbs of saying a question about someone's words asks with. */
const SAYING = /^(?:say|says|said|saying|tell|tells|told|dijo|dice|dicen|dijeron|decir|dira|diran)$/

export function questionTerms(index: EvidenceIndex, question: string, shape: QuestionShape, focus: Person | undefined, entities: ReadonlyMap<string, string>): QuestionTerm[] {
  // "Was it in Quito?": the figure or place a yes/no question states is checked against the
  // sentence found, not searched for: the article may give another one.
  const stated = shape.polar ? statedValues(question, index, entities) : []
  const checked = new Set(stated.flatMap((value) => wordsOf(value.text)))
  // "Is the forum being held in Tbilisi?": where or when something happens is asked; the verb that says it happens weighs little.
  const occurs = stated.some((value) => value.type === 'place' || value.type === 'date')
  // "How long did it last", "cuánto tiempo duró": the question's words for a span of time are not what it is about.
  const spanWords = shape.duration ? DURATION_WORDS : new Set<string>()
  const demand = asksWhatIsDemanded(question)
  // "was it founded back in 1984?": "back" only points to the time.
  const backThen = BACK_THEN.test(fold(question))
  // "What did El-Hage say?": the saying is what a quote question asks for, not what it is about.
  const words = searchWordsOf(question).map(spelledOut).filter((word) => !isStopword(word) && !checked.has(word) && !(backThen && word === 'back') && !spanWords.has(word) && !((shape.type !== 'text' || shape.name || KIND_WORDS.has(word)) && ANSWER_TYPE_WORDS.has(word)) && !(shape.type === 'place' && !shape.polar && PLACE_KINDS.has(word)) && !(shape.type === 'quote' && SAYING.test(word)))
  const terms: QuestionTerm[] = []
  for (const word of words) {
    const {term: written, light, searched: searchedAs} = termInArticle(index, word)
    // "Where is he being held?" — "placed in solitary confinement in Evin prison": where someone is held is a prison, whether or not a sentence says "held".
    const jailed = /^(?:held|holding)$/.test(word) && asksWhereHeld(question, shape)
    const term = jailed ? index.termOf('prison') : written
    const searched = jailed ? 'prison' : searchedAs
    if (terms.some((known) => known.term === term)) continue
    const entity = entities.get(word)
    // "When did the mission start?": when it began is the date asked; the sentence may say it "sets out today".
    // "Where was she held after her arrest?": when it was is the frame of where.
    const framing =
      (occurs && OCCURRING.test(word)) ||
      (shape.type === 'date' && !shape.polar && (STARTING.test(word) || ENDING.test(word) || OCCURRING.test(word) || ARRIVING.test(word))) ||
      // "Where was the AGM held?": where it took place is the place asked; the sentence may say "the AGM in Westminster".
      // Not where someone is kept ("where are the detainees being held?").
      (shape.type === 'place' && !shape.polar && !jailed && !KEPT_THERE.test(fold(question)) && OCCURRING.test(word)) ||
      ((shape.type === 'place' || shape.type === 'agent') && !shape.polar && /^(?:after|before|despues|antes)$/.test(word))
    // "What is Amnesty asking the president to do?": the asking is held by a sentence that calls for it, in whatever words.
    // "Who was the journalist held with them?": held in custody, unless an event is what is held.
    const custody = shape.type === 'agent' && /^(?:held|holding)$/.test(word) && !HELD_EVENT.test(fold(question)) ? [index.termOf('detained')] : jailed ? [written, index.termOf('detained')] : []
    // "which 2 projects": a small count in digits is the count in words too ("two projects", "dos proyectos").
    const spelled = (NUMBER_WORDS[Number(word)] ?? []).filter(() => /^\d{1,2}$/.test(word)).map(index.termOf)
    // "Where are the signatures delivered?" — "the minister is due to receive the petition outside Parliament": when and where one
    // hands over is when and where the other receives, and how many; who did it is not.
    const converse = (shape.type === 'date' || shape.type === 'place' || shape.type === 'number') && HANDED_OVER.test(word) ? [index.termOf('received'), ...sameMeaning(index, 'received')] : []
    // "What are campaigners asking the government to do?" — "Campaigners want the Government to write this ban into law":
    // in English, wanting someone to do something is asking it of them.
    const orTerms = [...new Set([...(demand && DEMAND_VERB.test(word) ? [index.termOf('call'), ...(index.lang === 'en' ? [index.termOf('want')] : [])] : []), ...(entity ? [] : sameMeaning(index, word)), ...spelled, ...custody, ...converse])].filter((other) => other !== term)
    const holder = entity ? undefined : index.titleHolders.get(term)
    terms.push({word, term, weight: idf(index, term) * (light || framing ? 0.2 : 1), ...(entity ? {entity} : {}), ...(searched ? {searched} : {}), ...(orTerms.length > 0 ? {orTerms} : {}), ...(holder ? {holder} : {}), ...(entity && !shape.polar && ['date', 'place', 'number'].includes(shape.type) ? {impliedToo: true} : {}), ...(entity && viewAsked(fold(question), word) ? {voiced: true} : {})})
  }
  // "What did she say?": the person talked about stands in for the pronoun.
  if (focus && PRONOUN.test(fold(question))) {
    for (const word of wordsOf(focus.name)) {
      const term = index.termOf(word)
      if (!terms.some((known) => known.term === term)) terms.push({word, term, weight: idf(index, term) * 0.5, entity: focus.id})
    }
  }
  // "What does Amnesty want the government to do?": what it calls for, in whatever words ("urges", "pide").
  if (demand) {
    const call = index.termOf('call')
    if (index.frequency.has(call) && !terms.some((known) => known.term === call)) terms.push({word: 'call', term: call, weight: idf(index, call)})
  }
  return terms
}

/** "What is Amnesty asking the president to do?": what is called for, not who the one asked is. */
export function asksWhatIsDemanded(question: string): boolean {
  return DEMAND_ASKED.test(fold(question))
}

/** The words that ask for something, in either language (folded). */
const DEMAND_VERB = /^(?:wants?|asking|asks?|urging|urges?|demanding|demands?|pide|piden|exige|exigen|reclama|reclaman|solicita|solicitan|insta|instan|quiere|quieren)$/
const DEMAND_ASKED = /\b(?:wants?|asking|asks?|urging|urges?|demanding|demands?)\b.{1,60}\bto (?:do|take)\b|\bcall(?:s|ing)? (?:on|for)\b|\bque (?:le |les )?(?:pide|piden|exige|exigen|reclama|reclaman|solicita|solicitan|insta|instan|propone|proponen|quiere|quieren)\b/

/** Words for handing something over, whose converse is receiving it: "delivered", "sent", "entregan", "enviaron". */
const HANDED_OVER = /^(?:deliver|delivered|delivers|delivering|hand|handed|handing|send|sent|sends|entrega|entregan|entrego|entregaron|entregara|entregaran|entregar|entregadas|entregados|envia|envian|envio|enviaron|enviara|enviar)$/

/** A question tag: "El informe se presentó en Málaga, ¿verdad?", "it was in May, right?". */
const QUESTION_TAG = /(?:,\s*¿?|\s*¿)\s*(?:verdad|cierto|no es as[ií]|no|right|correct|true|isn'?t it|wasn'?t it)\s*\?+\s*$|\s(?:verdad|cierto)\s*\?+\s*$/iu

/** "¿Es verdad que …?", "is it true that …?": a yes or no asked of what follows, whose "true" no sentence need say. */
const TRUTH_FRAME = /\b(?:(es|era) (?:verdad|cierto)|(is it|was it) (?:true|correct|right)(?: that)?)(?= )/giu

/** Idioms whose words ask for nothing: "in the first place", "at the moment", "so far". */
const IDIOMS = /\s*\b(?:in the first place|at the moment|at this moment|for the moment|so far|up to now|until now|to date|hasta ahora|hasta el momento|hasta la fecha|por fin|al fin|at last)\b/giu

/**
 * The question as meant: without a question tag ("…, ¿verdad?"), and with its mistyped frame
 * words read as meant ("cuantas presonas" → "cuantas personas"), unless the article uses the word.
 */
export function questionAsMeant(index: EvidenceIndex, question: string): string {
  // "So the petition was for Sunak, right?" asks what "was the petition for Sunak?" asks: the tag goes, the yes or no stays.
  const statement = ENGLISH_TAG.test(question) && questionShape(question).polar && !/^\W*(?:is|are|was|were|did|does|do|has|have|had|will|would|can|could|should)\b/iu.test(question)
  // "Why was she in Syria in the first place?", "where is he held at the moment?": asked of nothing first, nor of a moment.
  const untagged = `${statement ? 'is ' : ''}${question.replace(ENGLISH_TAG, '?').replace(QUESTION_TAG, '?').replace(IDIOMS, '').replace(TRUTH_FRAME, (frame, spanish?: string, english?: string) => spanish ?? english ?? frame)}`
  // "on sunday feb 13": a month shortened before its day is that month.
  return untagged.replace(SHORT_MONTH, (short: string) => MONTH_IN_FULL[fold(short).replace('.', '')] ?? short).replace(/\p{L}+/gu, (word) => {
    const folded = fold(word)
    const meant = frameWordTyped(folded)
    return meant === undefined || index.frequency.has(index.termOf(folded)) ? word : meant
  })
}

const SHORT_MONTH = /\b(?:jan|feb|mar|apr|jun|jul|aug|sept?|oct|nov|dec|ene|abr|ago|dic)\.?(?=\s*\d{1,2}\b)/giu
const MONTH_IN_FULL: Readonly<Record<string, string>> = {
  jan: 'January', feb: 'February', mar: 'March', apr: 'April', jun: 'June', jul: 'July', aug: 'August', sep: 'September', sept: 'September',
  oct: 'October', nov: 'November', dec: 'December', ene: 'enero', abr: 'abril', ago: 'agosto', dic: 'diciembre'
}

/** The article's terms for the words of the glossary that mean what this word means ("examine": "evaluations"). */
function sameMeaning(index: EvidenceIndex, word: string): string[] {
  return translationsOf(word).map(index.termOf).filter((term) => index.frequency.has(term))
}

/** A word as the article's term: its own, else that of a word that says it in the other language ("alcanzados" — "hit"). */
export function termInArticle(index: EvidenceIndex, word: string, respelt = false): {term: string; light: boolean; searched?: string} {
  const term = index.termOf(word)
  if (index.frequency.has(term)) return {term, light: isLightWord(word)}
  // "Irlanda", "Japón", "Londres": a place's name in the article's language.
  // "Swiss" in an article that writes "Switzerland", and back.
  for (const other of [...translationsOf(word), ...placeNames(word).filter((name) => !/\s/.test(name)), ...nationWords(word)]) {
    const translated = index.termOf(other)
    // "Dijeron" says what "said" says: as little.
    if (index.frequency.has(translated)) return {term: translated, light: isLightWord(word) || isLightWord(other), searched: other}
  }
  // "Registrarme" in an English article: the genre's term its own language's stem finds.
  const other = termOf(word, index.lang === 'en' ? 'es' : 'en')
  if (index.frequency.has(other)) return {term: other, light: isLightWord(word), searched: other}
  // "countires", "reseacher": a long word one letter off one of the article's is that word.
  for (const [known, knownTerm] of index.longWords.get(word[0] ?? '') ?? []) if (strictTypo(word, known) && index.frequency.has(knownTerm)) return {term: knownTerm, light: isLightWord(known), searched: known}
  // "detubieron", "llebaron", "yamaron": Spanish spelt by ear, a "b" for a "v", a "y" for an "ll", is the word meant;
  // "niñso", "protset": two letters typed the wrong way round, on a phone, too.
  if (!respelt) {
    for (const variant of spokenSpellings(word)) {
      const found = termInArticle(index, variant, true)
      if (index.frequency.has(found.term)) return {...found, searched: found.searched ?? variant}
    }
    // Only a word the article writes as it is: "acutally" is not the "acutely" its stem would find.
    const swapped = isLightWord(word) ? undefined : swappedLetters(word).find((variant) => index.words.has(variant))
    if (swapped) return {term: index.termOf(swapped), light: isLightWord(swapped), searched: swapped}
  }
  return {term, light: isLightWord(word)}
}

/** A word of five letters or more with each two letters side by side swapped: "ninso" → "ninos". */
function swappedLetters(word: string): string[] {
  if (word.length < 5 || /\d/.test(word)) return []
  const variants = new Set<string>()
  for (let at = 0; at + 1 < word.length; at++) if (word[at] !== word[at + 1]) variants.add(word.slice(0, at) + word[at + 1] + word[at] + word.slice(at + 2))
  return [...variants]
}

/** The spellings a word typed by ear may stand for: each "b" as "v" and back, each "y" as "ll" and back. */
function spokenSpellings(word: string): string[] {
  const variants = new Set<string>()
  for (const [from, to] of [['b', 'v'], ['v', 'b'], ['y', 'll'], ['ll', 'y']] as const) {
    for (let at = word.indexOf(from); at >= 0; at = word.indexOf(from, at + 1)) variants.add(word.slice(0, at) + to + word.slice(at + from.length))
  }
  variants.delete(word)
  return [...variants]
}

/** Whether the question asks for what the one a word names says or wants: "according to X", "what does X want", "¿qué dice X?" (not "what did Y say to X"). */
function viewAsked(question: string, word: string): boolean {
  const name = `(?:\\w+\\s+){0,3}${word}\\b`
  return new RegExp(`\\b(?:according to|in the view of|segun)\\s+(?:the\\s+|la\\s+|el\\s+)?${name}|\\b${word}(?:\\s+\\w+){0,3}\\s+(?:say|says|think|thinks|want|wants|believe|believes|regard|regards|consider|considers|see|sees|view|views|describe|describes|considera|consideran|califica|califican|ve|ven)\\b|\\b(?:dice|dicen|opina|opinan|piensa|piensan|quiere|quieren|cree|creen|considera|consideran)\\s+(?:la\\s+|el\\s+)?${name}`).test(question)
}

/** What an event is that one holds ("where was the conference held"): then "held" is not custody. */
const HELD_EVENT = /\b(?:conference|meeting|event|ceremony|protest|vigil|rally|forum|election|elections|talks|session|hearing|launch|summit|march|demonstration|workshop|briefing|concert|exhibition|festival|referendum|trial|debate|discussion|seminar|dialogue|consultation|vote|assembly|congress|gathering|celebration)s?\b/

/** Someone, not something, is what a place question asks is held: "where is he being held?", "which prison?". */
const DETAINEE = /\b(?:he|she|they|him|her|them|prison|prisons|jail|jails)\b/

/** "Where is he being held?": where someone is held in custody, not where an event is held. */
export function asksWhereHeld(question: string, shape: QuestionShape): boolean {
  const folded = fold(question)
  return shape.type === 'place' && /\b(?:held|holding)\b/.test(folded) && DETAINEE.test(folded) && !HELD_EVENT.test(folded)
}

/** Small counts in words, English and Spanish, by their value ("one" and "un" are too often no count). */
const NUMBER_WORDS: Readonly<Record<number, readonly string[]>> = {
  2: ['two', 'dos'], 3: ['three', 'tres'], 4: ['four', 'cuatro'], 5: ['five', 'cinco'], 6: ['six', 'seis'], 7: ['seven', 'siete'], 8: ['eight', 'ocho'], 9: ['nine', 'nueve'], 10: ['ten', 'diez'],
  11: ['eleven', 'once'], 12: ['twelve', 'doce'], 15: ['fifteen', 'quince'], 20: ['twenty', 'veinte']
}

/** "The report in English", "el informe en inglés": a language names a version, which the sentence must name too. */
const LANGUAGE_NAMES = new Set(['english', 'ingles', 'spanish', 'espanol', 'castellano', 'french', 'frances', 'portuguese', 'portugues', 'arabic', 'arabe', 'german', 'aleman', 'quechua', 'aymara'])

/** How much of what a question asks about (its words other than names) an organisation's "we" in a quote must hold to stand for its name. */
const OWN_VOICE_TOPIC = 0.5

/**
 * The sentences that hold the question's terms, best first. `unsaid`: an entity the sentence may
 * leave unnamed (the organisation a release speaks for, in "The report was launched in Tromsvik").
 */
export function candidates(index: EvidenceIndex, terms: readonly QuestionTerm[], unsaid?: string): Candidate[] {
  const total = terms.reduce((sum, term) => sum + term.weight, 0)
  if (total === 0) return []
  // The glossary's other words for a term are searched too: a sentence that holds only them must be found to be weighed.
  const hits = index.search.search(terms.map((term) => term.searched ?? term.word).join(' ') + ' ' + terms.flatMap((term) => term.orTerms ?? []).join(' '), {fuzzy: (term) => (term.length >= 5 && !/^\d+$/.test(term) ? 1 : 0), combineWith: 'OR'})
  const topicTotal = terms.reduce((sum, term) => sum + (term.entity ? 0 : term.weight), 0)
  return hits.slice(0, 12).map((hit) => {
    const evidence = index.sentences[hit.id as number]!
    const around = neighbours(index, evidence.sentence.index)
    let covered = 0
    let topicCovered = 0
    const matched = new Set<string>()
    // "Members of the delegation:" over "- Ana Lenz (Ruritania)": what the lead says every item under it is, the item is.
    const leads = evidence.listedUnder.map((at) => index.sentences[at]!)
    for (const term of terms) {
      const share = holds(evidence, term) || (!term.entity && leads.some((lead) => holds(lead, term))) ? 1 : around.some((other) => holds(other, term)) ? 0.6 : 0
      if (share === 0) continue
      covered += term.weight * share
      if (!term.entity) topicCovered += term.weight * share
      matched.add(term.term)
    }
    // Whom the question names, and the figures and years it gives, must be in the sentence it is answered from.
    // The organisation's deeds may go unnamed in the release's own narration, not in someone's quoted words.
    // A quote in which someone of the organisation says "we" speaks for it, on what the question asks about.
    const topicShare = topicTotal === 0 ? 1 : topicCovered / topicTotal
    const narrated = !(evidence.sentence.spans ?? []).some((span) => span.type === 'quote') || (unsaid !== undefined && evidence.speaksFor === unsaid && topicShare >= OWN_VOICE_TOPIC)
    const namesAll = terms.every((term) => !(term.entity || /\d/.test(term.term) || LANGUAGE_NAMES.has(term.word)) || matched.has(term.term) || (narrated && unsaid !== undefined && term.entity === unsaid))
    return {evidence, coverage: namesAll ? covered / total : 0, topicCoverage: topicShare, matched, score: hit.score}
  })
}

/** Whether two words say the same across English and Spanish ("internacional", "international"; "amnistía", "amnesty"). */
export function sameWordAcross(one: string, other: string): boolean {
  if (one === other) return true
  if (termOf(one, 'es') === termOf(other, 'en') || termOf(one, 'en') === termOf(other, 'es')) return true
  return translationsOf(one).includes(other) || (one.length >= 6 && other.length >= 6 && cognateKey(one) === cognateKey(other))
}

/** The question's words that name a registry entity, by any of its names: word → entity id. */
export function namedEntities(facts: Facts, question: string): Map<string, string> {
  const words = new Set(wordsOf(question))
  const named = new Map<string, string>()
  for (const person of facts.people) {
    for (const name of [person.name, ...person.aliases]) {
      for (const word of wordsOf(name)) {
        if (word.length > 2 && words.has(word)) named.set(word, person.id)
        // "khans job": the possessive written without its apostrophe.
        else if (word.length > 2 && words.has(`${word}s`)) named.set(`${word}s`, person.id)
        // "klinkhamers" for "Klinckhamers": a long name misspelt is still that name.
        else if (word.length >= 7) for (const asked of words) if (asked.length >= 7 && !named.has(asked) && tokenMatches(asked, word)) named.set(asked, person.id)
      }
    }
  }
  // "Governor Silva", "la ministra Ruiz": a title word right before a name is part of naming them.
  const asked = wordsOf(question)
  asked.forEach((word, at) => {
    const person = facts.people.find((known) => known.id === named.get(asked[at + 1] ?? ''))
    if (person && !named.has(word) && person.titles.some((title) => wordsOf(title).includes(word))) named.set(word, person.id)
  })
  for (const organisation of facts.organisations) {
    // "HRW" for "Human Rights Watch", though the article never writes it: the initials of its name.
    const initials = wordsOf(organisation.name).filter((word) => !isStopword(word)).map((word) => word[0]).join('')
    if (initials.length >= 2 && words.has(initials) && !named.has(initials)) named.set(initials, organisation.id)
    for (const name of [organisation.name, ...organisation.aliases]) {
      const nameWords = wordsOf(name)
      // "Amnesty" for "Amnesty International": an organisation goes by its first word.
      const first = nameWords[0] ?? ''
      // Not by the kind of body its name opens with: "¿a qué organización pertenece?" names no "Organización para …".
      const byFirst = organisation.parent === undefined && first.length >= 5 && !isStopword(first) && !ANSWER_TYPE_WORDS.has(first) && words.has(first)
      if (nameWords.every((word) => words.has(word))) for (const word of nameWords) named.set(word, organisation.id)
      else if (byFirst && !named.has(first)) named.set(first, organisation.id)
      else {
        // "Amnistía Internacional" asked of an article that writes "Amnesty International": its name in the other language.
        const said = nameWords.map((word) => asked.find((other) => !named.has(other) && sameWordAcross(other, word)))
        if (nameWords.length >= 2 && said.every((other): other is string => other !== undefined)) for (const other of said) named.set(other, organisation.id)
      }
    }
  }
  return named
}

/** "Which cities will they visit?" — "… will visit Ankara, Diyarbakir and Izmir": the kind of place asked for, in the plural too, need not be written. */
const PLACE_KINDS = new Set(
  'cities countries towns places regions provinces states state districts counties ciudades paises pueblos lugares regiones provincias localidades estado estados departamentos municipios distritos'.split(' ')
)
