/**
 * Answers from the article's sentences when no topic of the facts does: the sentences that
 * hold the question's terms are found in the index, the span of the type asked for is taken
 * from the best of them and said first, then the sentence itself as the source. Nothing is
 * said when no sentence holds enough of what the question asks about: that threshold is what
 * keeps "the article doesn't say" true.
 */
import {ADVISORY_LABEL, countryNames, datelineOf, regionNames, type Facts, type Person, type Span} from 'article-facts'
import {Draft, type Request} from '../compose/draft.js'
import {CHAT_SHORTHAND, DATE_WORDS} from '../lexicon.js'
import {sameWord, strictTypo, tokenMatches} from '../same-word.js'
import {dayInLanguage, formatDateRef} from '../dates.js'
import {fold, normalize} from '../text.js'
import {evidenceIndex, type EvidenceIndex, type EvidenceSentence} from './index.js'
import {titleFor} from '../roles.js'
import type {Lang} from '../types.js'
import {knownPlace, languageName, nationWords, placeNames, worldCity} from './place-names.js'
import {isEnglishWord, irregularVerbBase} from './irregular-forms.js'
import {roleClaim, type RoleClaim} from './role-claim.js'
import {contactAsked, EMAIL_ADDRESSES, namedContact, PHONE_NUMBER, PHONE_NUMBERS} from './contact.js'
import {asksRoleHoldersName, ENGLISH_TAG, questionShape, type AnswerType, type QuestionShape} from './question.js'
import type {AcceptanceFeatures} from './acceptance.js'
import {ANSWER_TYPE_WORDS, cognateKey, frameWordTyped, isLightWord, isStopword, phraseWords, searchWordsOf, termOf, translationsOf, WORD_OR_FIGURE, wordsOf} from './terms.js'
import {formatCount, listOf, literalText, message, type Words} from '../words.js'

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

interface QuestionTerm {
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

interface Candidate {
  evidence: EvidenceSentence
  coverage: number
  /** The same share for the words that do not name someone: what the question asks about them. */
  topicCoverage: number
  /** Terms of the question the sentence holds (itself or its neighbour). */
  matched: Set<string>
  score: number
}

// Not "el", "la", "lo": in Spanish they are articles far more often than pronouns.
const PRONOUN = /\b(she|he|her|his|him|they|them|their|ella|ellos|ellas|su|sus)\b/

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

/** Verbs that say something takes place somewhere or some day: "held", "stopping", "se celebra", "tendrá lugar". */
const OCCURRING = /^(?:held|hold|holding|take|takes|taking|took|place|stop|stops|stopping|happen|happens|happening|happened|go|goes|going|went|be|being|done|organi[sz]ed|celebra\w*|realiza\w*|lleva\w*|hace|hara|tendra|tiene|lugar|sera|es|fue|ser|va|van|pasa|para|parada)$/

/** "When does it start and finish?", "¿a qué hora empieza y termina?": both ends of a span asked at once. */
const START_AND_END = /\b(?:start|starts|begin|begins|open|opens|empieza|comienza|inicia|arranca)\b.{0,20}\b(?:and|y|e)\b.{0,20}\b(?:end|ends|finish|finishes|close|closes|termina|acaba|finaliza|cierra)\b/

/**
 * Words for arriving or leaving, in either language (folded): "when did the threat arrive", "when did they fly to X",
 * "when is the charter flight leaving?" ask when it came or goes, whatever the sentence's verb ("scheduled for 31 January").
 */
const ARRIVING = /^(?:arrive|arrives|arrived|came|come|comes|fly|flies|flew|flown|leave|leaves|leaving|depart|departs|departed|departing|lleg[oóa]\w*|llega\w*|vol[oó]|volaron|sale|salen|salio|salieron|saldra|saldran|salir|despeg\w*|ocurri\w*|occur\w*)$/

/** Words for beginning, in either language (folded). */
const STARTING = /^(?:start|starts|started|starting|begin|begins|began|begun|beginning|commence|commenced|first|empez\w*|empiez\w*|comenz\w*|comienz\w*|inici[oa]|inicio|iniciaron|arranc\w*|launch|launches|launched|launching|lanz[oóa]\w*|kick|kicks|kicked)$/

/** Words for ending, in either language (folded): "when does the visit end" asks the date a span closes on, "from 28 January through 7 February". */
const ENDING = /^(?:end|ends|ended|ending|finish|finishes|finished|conclude|concludes|concluded|termin[ae]\w*|acab[ae]\w*|finaliz\w*|conclu\w*)$/

const DURATION_WORDS: ReadonlySet<string> = new Set(['long', 'tiempo', 'duration', 'duracion'])

/** A word of chat shorthand spelled out ("yr", "govt"); not "yo", which in Spanish is "I" and no greeting. */
function spelledOut(word: string): string {
  return word === 'yo' ? word : (CHAT_SHORTHAND[word] ?? word)
}

/** The verbs of saying a question about someone's words asks with. */
const SAYING = /^(?:say|says|said|saying|tell|tells|told|dijo|dice|dicen|dijeron|decir|dira|diran)$/

function questionTerms(index: EvidenceIndex, question: string, shape: QuestionShape, focus: Person | undefined, entities: ReadonlyMap<string, string>): QuestionTerm[] {
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
  const words = searchWordsOf(question).map(spelledOut).filter((word) => !isStopword(word) && !checked.has(word) && !(backThen && word === 'back') && !spanWords.has(word) && !((shape.type !== 'text' || shape.name) && ANSWER_TYPE_WORDS.has(word)) && !(shape.type === 'place' && !shape.polar && PLACE_KINDS.has(word)) && !(shape.type === 'quote' && SAYING.test(word)))
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
    const orTerms = [...new Set([...(demand && DEMAND_VERB.test(word) ? [index.termOf('call')] : []), ...(entity ? [] : sameMeaning(index, word)), ...spelled, ...custody, ...converse])].filter((other) => other !== term)
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
function questionAsMeant(index: EvidenceIndex, question: string): string {
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

/** "Which embassies", "¿en qué periódico …?": the kind of thing asked for, named right after the question word. */
const KIND_ASKED = /\b(?:which|cual|cuales|(?:en|con) que)\s+([a-z]{3,})\b/

const PERCENT_WORD = /^(?:percent|percentage|porcentaje)$/
const PERCENT_SIGN = /%|per ?cent|por ciento/iu

const SPANISH_VERB_ASKED = /^(?:[a-z]+(?:aron|ieron|eron|an|en)|consiste|trabaja|queda|quedo|esta|estaba|fue|era|paso|termino|acabo)$/

/** The question's term for the kind of thing it asks for, unless that is the answer's type ("which countries", "which groups"). */
function kindAskedFor(question: string, terms: readonly QuestionTerm[]): QuestionTerm | undefined {
  const kind = KIND_ASKED.exec(fold(question))?.[1] ?? ''
  // "¿En qué terminaron …?", "¿en qué consiste?": a verb, not a kind of thing.
  if (SPANISH_VERB_ASKED.test(kind)) return undefined
  if ([kind, kind.replace(/s$/, ''), kind.replace(/es$/, ''), kind.replace(/ies$/, 'y')].some((form) => ANSWER_TYPE_WORDS.has(form) || PERCENT_WORD.test(form))) return undefined
  return terms.find((term) => term.word === kind && !term.entity)
}

/** "… se celebrará en el Instituto Cervantes de Madrid", "held at the National Press Club": a body's house, where something takes place. */
function venue(text: string, span: Span): boolean {
  const before = text.slice(Math.max(0, span.start - 120), span.start)
  return span.type === 'organisation' && (VENUE_BEFORE.test(before) || HANDED_TO.test(before)) && !/^\p{Lu}{2,8}$/u.test(span.text)
}

/** What puts a body's name as the place something is held: "se celebrará el 5 de diciembre, a las 18.30, en el", "will be held at the". */
const VENUE_BEFORE = /(?:celebrar[aá]n?|se celebra|realizar[aá]n?|tendr[aá] lugar|tiene lugar|held|hosted|take place|takes place|taking place)(?![\p{L}])(?:[^.;:]|[.:](?=\d))*?[\s,](?:en|at|in)\s+(?:el|la|the)\s+$/u

/** What puts a body's name as where something was taken: "ha llevado las firmas al", "handed the petition in at the", "delivered them to the". */
const HANDED_TO = /(?:entreg\p{L}*|llev(?:ado|ó|o|aron|an|ará|arán)|handed|hand|hands|delivered|deliver|delivers|took|taken|brought)(?![\p{L}])[^.;:]{0,80}?[\s,](?:al|a\s+la|ante\s+el|ante\s+la|en\s+el|en\s+la|to\s+the|at\s+the|in\s+at\s+the|over\s+to\s+the)\s+$/u

/**
 * "Which embassies …?": a sentence that names no embassy, nor do those read with it, does not say which.
 * "Which union signed it?" — "CCOO firma el convenio": a body asked for by what it is is named by any body's name.
 */
function namesKind(index: EvidenceIndex, candidate: Candidate, kind: QuestionTerm | undefined): boolean {
  if (kind === undefined || holds(candidate.evidence, kind) || neighbours(index, candidate.evidence.sentence.index).some((other) => holds(other, kind))) return true
  return BODY_KIND_ASKED.test(kind.word) && (candidate.evidence.sentence.spans ?? []).some((span) => span.type === 'organisation')
}

/** The words a question asks for a body by: "which union", "¿qué sindicato?", "what group". */
const BODY_KIND_ASKED = /^(?:unions?|groups?|organi[sz]ations?|ngos?|charit(?:y|ies)|sindicatos?|organizacion(?:es)?|grupos?|ongs?|entidad(?:es)?)$/

/** The article's terms for the words of the glossary that mean what this word means ("examine": "evaluations"). */
function sameMeaning(index: EvidenceIndex, word: string): string[] {
  return translationsOf(word).map(index.termOf).filter((term) => index.frequency.has(term))
}

/** A word as the article's term: its own, else that of a word that says it in the other language ("alcanzados" — "hit"). */
function termInArticle(index: EvidenceIndex, word: string, respelt = false): {term: string; light: boolean; searched?: string} {
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
  // "detubieron", "llebaron", "yamaron": Spanish spelt by ear, a "b" for a "v", a "y" for an "ll", is the word meant.
  if (!respelt) {
    for (const variant of spokenSpellings(word)) {
      const found = termInArticle(index, variant, true)
      if (index.frequency.has(found.term)) return {...found, searched: found.searched ?? variant}
    }
  }
  return {term, light: isLightWord(word)}
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

function holds(evidence: EvidenceSentence, {word, term, entity, orTerms, holder, impliedToo, voiced}: QuestionTerm): boolean {
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
function neighbours(index: EvidenceIndex, at: number): EvidenceSentence[] {
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
/** "These included A, B and C", "Entre ellos, A y B": a sentence that lists those the one before it speaks of. */
const LISTS_THEM = /^(?:among\s+(?:them|these|those)|(?:these|they|those)\s+includ(?:e|ed)|entre\s+(?:ellos|ellas|estos|estas)\s*(?:,|est[aá]n|figuran|se encuentran))\b/iu

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
function asksWhereHeld(question: string, shape: QuestionShape): boolean {
  const folded = fold(question)
  return shape.type === 'place' && /\b(?:held|holding)\b/.test(folded) && DETAINEE.test(folded) && !HELD_EVENT.test(folded)
}

/** A place named as a prison: "Evin prison", "la cárcel de Tromsvik", "a State Security facility". */
const PRISON_NAMED = /\b(?:prison|jail|gaol|penitentiary|facility|detention cent(?:re|er)|camp|police station|police cells|carcel|prision|penal|penitenciaria|reclusorio|centro de detencion|centro penitenciario|comisaria|estacion de policia|calabozos?)\b/

/** Whether the sentence names a place that is a prison, or that a prison's kind stands right before or after ("the Daun Penh police station"). */
function namesPrison(sentence: EvidenceSentence['sentence']): boolean {
  return (sentence.spans ?? []).some((span) => span.type === 'place' && (PRISON_NAMED.test(fold(sentence.text.slice(Math.max(0, span.start - 24), span.end))) || /^\s+(?:police\s+(?:station|cells)|prison|jail)\b/iu.test(sentence.text.slice(span.end, span.end + 20))))
}

/** The share of the weight of the words that name no one in light words the sentence does not hold ("going" in "who is the rapporteur going to Mexico"). */
function lightShareUnheld(terms: readonly QuestionTerm[], candidate: Candidate): number {
  const topic = terms.filter((term) => !term.entity)
  const total = topic.reduce((sum, term) => sum + term.weight, 0)
  const unheld = topic.filter((term) => isLightWord(term.word) && !candidate.matched.has(term.term)).reduce((sum, term) => sum + term.weight, 0)
  return total > 0 ? unheld / total : 0
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
function candidates(index: EvidenceIndex, terms: readonly QuestionTerm[], unsaid?: string): Candidate[] {
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

/** How much of a question a line with a clock time must hold to give the time asked when no line holding more gives one. */
const NEARLY_TIMED = 0.35

/** "What's the address?", "¿cuál es la dirección?". */
const ADDRESS_ASKED = /\b(?:address|adress|direccion)\b/

/** A place the sentence writes with a street number: "2 West 64th Street", "en Córdoba 2019". */
function streetAddress(sentence: EvidenceSentence['sentence']): string | undefined {
  for (const span of sentence.spans ?? []) {
    if (span.type !== 'place') continue
    if (/\d/.test(span.text)) return span.text
    const number = /^\s+\d{1,5}\b/.exec(sentence.text.slice(span.end))
    if (number) return span.text + number[0]
  }
  return undefined
}

/** Whether the question itself names this span ("who met Morales" is not answered by "Morales"). */
function named(span: Span, question: string, asked: ReadonlySet<string>): boolean {
  if (fold(question).includes(fold(span.text))) return true
  // "¿Qué porcentaje gana 380 mil?" gives the "$380.000" of the sentence.
  const figure = span.type === 'number' ? wordsOf(span.text).find((word) => /^\d{4,}$/.test(word)) : undefined
  if (figure && wordsOf(question).includes(figure)) return true
  return span.entity !== undefined && asked.has(span.entity)
}

/** Whether two words say the same across English and Spanish ("internacional", "international"; "amnistía", "amnesty"). */
function sameWordAcross(one: string, other: string): boolean {
  if (one === other) return true
  if (termOf(one, 'es') === termOf(other, 'en') || termOf(one, 'en') === termOf(other, 'es')) return true
  return translationsOf(one).includes(other) || (one.length >= 6 && other.length >= 6 && cognateKey(one) === cognateKey(other))
}

/** The question's words that name a registry entity, by any of its names: word → entity id. */
function namedEntities(facts: Facts, question: string): Map<string, string> {
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

/** "uno de cada", "one in", "two out of every": the first term of a share, right before its second. */
const RATIO_BEFORE = /\b(?:un[oa]?|one|dos|two|tres|three|cuatro|four|\d{1,3})\s+(?:de\s+cada|out\s+of(?:\s+every)?|in(?:\s+every)?)\s+$/iu
/** "How many more …?", "by how much did it rise?": a change asked for, beside the words of `CHANGE_ASKED`. */
const DELTA_ASKED = /\b(?:more|fewer|less|change|changed|difference|compared|mas que|menos que|diferencia|cambio)\b/

/** "(+5)", "(-8)": a figure written with its sign, in brackets after another. */
function signedChange(text: string, span: Span): boolean {
  return /^[+\-−–]/u.test(span.text) || /\(\s*[+\-−–]\s*$/u.test(text.slice(Math.max(0, span.start - 3), span.start))
}

/** "What share …?", "¿qué proporción …?": a share asked for. */
const SHARE_ASKED = /\b(?:share|proportion|ratio|fraction|out of|in every|proporcion|de cada|parte|porcentaje|percentage)\b/

/** The span of the type asked for, nearest the words of the question the sentence holds. */
function answerSpan(facts: Facts, index: EvidenceIndex, candidate: Candidate, shape: QuestionShape, question: string, asked: ReadonlySet<string>): Span | undefined {
  // "The names of the activists", "who are the protesters": people, not the organisation that speaks of them.
  // "Which court sentenced him?": a body, not the lawyer who tells of it.
  const types = shape.type === 'agent' && (PEOPLE_ASKED.test(fold(question)) || HARMED_ASKED.test(fold(question))) ? (['person'] as const) : shape.type === 'agent' && BODY_ASKED.test(fold(question)) ? (['organisation'] as const) : SPAN_TYPES[shape.type]
  if (!types) return undefined
  const sentence = candidate.evidence.sentence
  // What the figure must count: the noun asked about, or for "how many people were wounded" the verb ("319 were wounded").
  const noun = shape.type === 'number' ? countedTerm(index, question) : undefined
  const verb = shape.type === 'number' && noun === undefined ? countingVerb(index, question) : undefined
  // "How many more coal plants have been approved?" — "Another 29 have been approved": what is added may go unnamed, told by the verb.
  const addedVerb = shape.type === 'number' && noun !== undefined && ADDED_COUNT.test(fold(question)) ? countingVerb(index, question) : undefined
  const counted =
    shape.type !== 'number' ? undefined : noun !== undefined ? new Set([noun]) : verb !== undefined ? new Set([verb]) : withoutNames(candidate.matched, entityTerms(index, candidate, asked))
  // Read once per sentence, not once per span: who or what the question asks for.
  const askedFor = fold(question)
  const peopleCounted = PEOPLE_COUNTED.test(askedFor)
  const harmerAsked = HARMER_ASKED.test(askedFor)
  const harmedAsked = HARMED_ASKED.test(askedFor)
  const recipientAsked = RECIPIENT_ASKED.test(askedFor)
  const metAsked = MET_ASKED.test(askedFor)
  // "¿Contra quién es la demanda?", "who is the lawsuit against?": whom it is against is what is asked.
  // "¿A quién demandaron?", "who was sued?": so is whom it was done to.
  const againstAsked = /\b(?:against|contra)\s+(?:whom|who|quien(?:es)?|que|what|which|cual(?:es)?)\b|\b(?:against|contra)\W*$|^\W*(?:a quien(?:es)?|whom)\b|^\W*who\s+(?:was|were|is|are|got|has been|have been)\s+\w+(?:ed|en)\b/.test(askedFor) || harmedAsked
  const spans = (sentence.spans ?? []).filter(
    (span) =>
      (types.includes(span.type) || (shape.type === 'place' && !shape.polar && venue(sentence.text, span))) &&
      !named(span, question, asked) &&
      (span.type !== 'date' || informativeDate(span)) &&
      // "World Press Freedom Day 2015", "the 2023 elections": a bare year tells which year, not the day something happens.
      (span.type !== 'date' || !/^\d{4}$/.test(span.text) || YEAR_AS_TIME.test(sentence.text.slice(Math.max(0, span.start - 12), span.start)) || shape.granularity === 'year' || shape.polar) &&
      // "¿En qué año se fundó?" is not answered by "el 8 de marzo".
      (span.type !== 'date' || shape.granularity !== 'year' || /\b(?:1[5-9]|20)\d\d\b/.test(span.text)) &&
      // "When does the tour end?" is not answered by the day it set off.
      (span.type !== 'date' || !END_ASKED.test(fold(question)) || endsThere(sentence.text, span)) &&
      (span.type !== 'place' || answersWhere(sentence, span, shape, question)) &&
      // "¿En qué ciudad está la exposición?" is not answered by its venue ("the Wiener Holocaust Library").
      // A venue named for its city still names it ("the Oslo Congress Centre").
      (span.type !== 'place' || !CITY_ASKED.test(fold(question)) || !VENUE.test(span.text) || worldCity(span.text.split(/\s+/u)[0] ?? '')) &&
      // "Menores de 18 años", "under 18": a bound, not a count of anything; "over 30 million people" counts them.
      (span.type !== 'number' || !BOUND.test(sentence.text.slice(Math.max(0, span.start - 14), span.start)) || countsWhatFollows(sentence.text.slice(span.end))) &&
      // "uno de cada cinco", "one in five": the share's other term, not a count, unless a share is asked.
      (span.type !== 'number' || !RATIO_BEFORE.test(sentence.text.slice(Math.max(0, span.start - 24), span.start)) || SHARE_ASKED.test(fold(question))) &&
      // "34 (+5) abstained": a change in brackets beside a figure is not the count, unless a change is asked.
      (span.type !== 'number' || !signedChange(sentence.text, span) || CHANGE_ASKED.test(fold(question)) || DELTA_ASKED.test(fold(question))) &&
      // "over the past 10 days": a span of time counts no people, unless time is what is asked.
      (span.type !== 'number' || !TIME_UNIT_AFTER.test(sentence.text.slice(span.end)) || TIME_ASKED.test(fold(question))) &&
      // "How much does it cost?": a figure of money ("£1.2bn", "40 millones de dólares").
      (span.type !== 'number' || !MONEY_ASKED.test(fold(question)) || MONEY.test(sentence.text.slice(Math.max(0, span.start - 6), span.end + 24))) &&
      // "How many women did they survey?" is not answered by "79 percent of women": a share counts no one, unless a share is asked.
      (span.type !== 'number' || !COUNT_ASKED.test(fold(question)) || !PERCENT_SIGN.test(sentence.text.slice(span.start, span.end + 12)) || SHARE_ASKED.test(fold(question)) || PERCENT_SIGN.test(question)) &&
      // "How many journalists are in jail?": people or things are counted, not a sum ("$2.8 million to protect journalists").
      (span.type !== 'number' || !COUNT_ASKED.test(fold(question)) || !(/[$£€¥]\s?$/u.test(sentence.text.slice(Math.max(0, span.start - 2), span.start)) || MONEY_FIGURE.test(sentence.text.slice(span.start, span.end + 24)))) &&
      // "How many people were sheltering?" — "some 90 civilians": people, by whatever word.
      (counted === undefined || counts(index, sentence.text, span, counted, noun === undefined) || (addedVerb !== undefined && counts(index, sentence.text, span, new Set([addedVerb]), true)) || countedByVerbBefore(index, sentence.text, span, candidate.matched, counted) || listedAs(index, candidate.evidence, counted) || (verb !== undefined && peopleCounted && didLater(index, sentence, span, counted)) || (peopleCounted && verb === undefined && peopleRightAfter(sentence.text, span))) &&
      // "How many people were in the delegation?" is not answered by "1,657 letters": people are counted by a word for people.
      (span.type !== 'number' || !peopleCounted || sentence.block === 'list-item' || countsPeople(sentence.text, span)) &&
      // "¿Quién los secuestró?" is not answered by the one the sentence says was kidnapped.
      (!harmerAsked || harmDoneBy(sentence.text, span)) &&
      // "Who died at Colnbrook?" is not answered by whoever the sentence says is charged with the murder.
      (!harmedAsked || span.type !== 'person' || !ACCUSED_AFTER.test(sentence.text.slice(span.end, span.end + 100))) &&
      // "¿A quién se entregaron las firmas?": whoever the sentence hands them to, not whoever hands them.
      (!recipientAsked || handedTo(sentence.text, span)) &&
      // "Who is he meeting?": whoever the sentence has him meet, not him.
      (!metAsked || metWith(sentence.text, span)) &&
      // "¿Quiénes presentaron la recusación?" — "la recusación presentada contra los jueces X y Y": whom it is against did not do it.
      (shape.type !== 'agent' || againstAsked || !AGAINST_BEFORE.test(sentence.text.slice(Math.max(0, span.start - 40), span.start)))
  )
  // "Madrid, martes 17 de junio de 2025. Las organizaciones … han dado a conocer su campaña": the dateline dates its paragraph.
  // "Chihuahua, Chih., 22 de marzo de 2019. Este día se presentó el informe": and places it, though it tells no one's country.
  const dateline = () => (shape.type === 'date' && !shape.future ? datelineLine(index, sentence)?.date : shape.type === 'place' && !shape.polar && shape.granularity !== 'country' && !ASKER_ACTS.test(fold(question)) ? datelinePlace(index, sentence) : undefined)
  if (spans.length === 0) return dateline()
  // "Which country is Ana Lenz from?" — "Karl Brandt of Brazil, Ana Lenz of India": the place written as theirs.
  if (shape.type === 'place' && (shape.granularity === 'country' || ORIGIN_ASKED.test(fold(question)))) {
    const withNames = withNamesAsked(sentence, question)
    const origin = originWritten(withNames.sentence, new Set([...asked, ...withNames.asked]))
    if (origin) return origin
  }
  // "Who heads the delegation?" — "a delegation headed by its secretary general, X, was received by President Y": the one it is led by.
  const ledBy = shape.type === 'agent' && LEAD_ASKED.test(fold(question)) ? LED_BY.exec(sentence.text) : null
  const leader = ledBy ? spans.find((span) => span.type === 'person' && span.start >= ledBy.index + ledBy[0].length && span.start - (ledBy.index + ledBy[0].length) <= 80) : undefined
  if (leader) return leader
  // Where the question's terms sit in the sentence, to prefer the span beside them.
  const folded = fold(sentence.text)
  const positions = matchedPositions(index, candidate)
  const predicate = positions.filter((at) => !(sentence.spans ?? []).some((named) => named.entity !== undefined && asked.has(named.entity) && at.start >= named.start && at.end <= named.end))
  const distance = (span: Span) => (positions.length === 0 ? 0 : Math.min(...positions.map((at) => gap(at, span))))
  // "Who is the minister of justice?": the name written beside the title ("Minister of Justice
  // Ana Ruiz", "Ana Ruiz, the minister"), not any name in the sentence ("urging the minister to release X").
  const beside = shape.definition ? spans.filter((span) => predicate.some((at) => apposed(folded, span, at, candidate.matched, index)) && servesAsked(facts, span, asked)) : spans
  // A date or a place belongs to the clause that holds what is asked: "began last December" does not date "became secretary general".
  // An advisory's line ("When: Friday 7 December") is about the line before it, and a list's item ("Toledo: el 18 de julio")
  // about what it is labelled with: all of it is the clause.
  const clausal = (shape.type === 'date' || shape.type === 'place') && !ADVISORY_LABEL.test(sentence.text) && !(sentence.block === 'list-item' && LABELLED_ITEM.test(sentence.text))
  // "¿Desde cuándo está preso?" — "behind bars since October 2020": the "since" the question asks for opens no other clause.
  const since = shape.type === 'date' && SINCE_ASKED.test(fold(question))
  const near = (clausal ? beside.filter((span) => sameClause(folded, span, predicate, since, candidate.coverage >= DATES_WHEN_COVERAGE)) : beside).filter(
    // "When will they be released?" is not answered by the day they were detained.
    (span) => !(shape.future && span.type === 'date' && (/\b(?:since|desde)\s+$/i.test(sentence.text.slice(0, span.start)) || (span.iso !== undefined && facts.article.published !== undefined && span.iso < facts.article.published.slice(0, span.iso.length))))
  )
  // "It was written by Senior Editor X, who … with Y": whom a verb asked about is done by.
  const doneBy = shape.type === 'agent' ? near.find((span) => doneByHere(folded, span, predicate)) : undefined
  if (doneBy) return doneBy
  // "the number of children killed … at no fewer than 435, with no fewer than 2,025 children wounded": the figure whose
  // "number of" names more of what is asked.
  const described = (span: Span) => (span.type === 'number' ? wordPositions(index, countedBefore(sentence.text, span) ?? '', (term) => candidate.matched.has(term)).length : 0)
  // "GENEVA (24 January 2019) — … which will be in the country from 28 January": the dateline's day is when it was written, not when
  // what it tells happens, when the sentence gives that day too.
  const told = near.filter((span) => !datesTheRelease(sentence.text, span))
  const nearest = [...(told.length > 0 ? told : near)].sort((a, b) => described(b) - described(a) || distance(a) - distance(b))[0]
  // "When does the visit start and end?" — "from 28 January through 7 February": both days, as the sentence joins them.
  const opening = nearest?.type === 'date' && START_AND_END.test(askedFor) ? spanBefore(sentence, nearest) : undefined
  if (nearest && opening) return {type: 'date', text: sentence.text.slice(opening.start, nearest.end), start: opening.start, end: nearest.end}
  // "in May, June and July 2011": the months listed before the one that bears the year belong to it.
  const listed = nearest?.type === 'date' ? datesListedBefore(sentence, nearest) : undefined
  if (nearest && listed) return {type: 'date', text: sentence.text.slice(listed.start, nearest.end), start: listed.start, end: nearest.end}
  if (nearest || shape.type !== 'date' || shape.future) return nearest
  // "15 September 2025 – Harbourwatch marched today to …, where it handed …": the dateline dates every clause after it.
  return beside.find((span) => span.start === 0 && DATELINE_DASH.test(sentence.text.slice(span.end))) ?? dateline()
}

/** The first of the dates listed with commas right before a date ("May, June and July 2011"), when there are any. */
function datesListedBefore(sentence: EvidenceSentence['sentence'], last: Span): Span | undefined {
  let first: Span | undefined
  let next = last
  for (;;) {
    const before = (sentence.spans ?? []).find((span) => span.type === 'date' && span.end <= next.start && /^\s*,\s*$/u.test(sentence.text.slice(span.end, next.start)))
    if (!before) return first
    first = before
    next = before
  }
}

/** The date a span of days opens with, right before the one it closes with: "from 28 January through 7 February", "del 3 al 7 de mayo". */
function spanBefore(sentence: EvidenceSentence['sentence'], closing: Span): Span | undefined {
  return (sentence.spans ?? []).find((span) => span.type === 'date' && span.end <= closing.start && /^\s*(?:through|to|until|till|and|[-–]|al|a|hasta|y)\s+(?:the\s+|el\s+)?$/iu.test(sentence.text.slice(span.end, closing.start)))
}

/** A date at the head of a sentence, before the dash of a dateline: "GENEVA (24 January 2019) —", "Quito, 3 de mayo de 2021.–". */
function datesTheRelease(text: string, span: Span): boolean {
  return span.type === 'date' && span.start <= DATELINE_REACH && /^\s*[.)]?\s*(?:[–—-]|:)\s/u.test(text.slice(span.end))
}

/** A list item that gives a label its value: "Ciudad Real: el 18 de julio", "Ontario: 3 visits". */
const LABELLED_ITEM = /^[^:]{1,40}:\s+\S/u

/** A dateline written as a sentence of its own ("Madrid, martes 17 de junio de 2025.") earlier in the sentence's paragraph, with its date. */
function datelineLine(index: EvidenceIndex, sentence: EvidenceSentence['sentence']): {line: EvidenceSentence['sentence']; date: Span} | undefined {
  for (let at = sentence.index - 1; at >= 0; at--) {
    const line = index.sentences[at]!.sentence
    if (line.paragraph !== sentence.paragraph) return undefined
    const dates = (line.spans ?? []).filter((span) => span.type === 'date')
    const date = dates[0]
    if (dates.length === 1 && date!.iso !== undefined && DATELINE_PLACE.test(line.text.slice(0, date!.start)) && /^\s*\.?\s*$/u.test(line.text.slice(date!.end))) return {line, date: date!}
  }
  return undefined
}

/** A question about what the asker may do ("where can I sign?", "¿dónde puedo firmar?"): no dateline tells it. */
const ASKER_ACTS = /\b(?:i|me|my|we|puedo|podemos|puedes|debo|tengo|hago|firmo|mi)\b/

/**
 * The city of the dateline that places a sentence: one written as a sentence of its own earlier in its paragraph
 * ("Chihuahua, Chih., 22 de marzo de 2019."), one opening its paragraph ("Stavanger, Norway, 30 August 2022 – …",
 * "GINEBRA (18 de febrero de 2022) – …"), or a paragraph of its own right before it ("*Sevilla, 18 de junio de 2019*" over the lead).
 */
function datelinePlace(index: EvidenceIndex, sentence: EvidenceSentence['sentence']): Span | undefined {
  const found = datelineLine(index, sentence)
  const city = found ? /^(\p{Lu}[\p{L}\p{M}'’ -]*?),/u.exec(found.line.text)?.[1] : leadDateline(index, sentence)
  // "Martes, 26 de junio de 2018": a day of the week before the date, not a city.
  return city && !writesDateWord(city) ? {type: 'place', text: city, start: 0, end: city.length} : undefined
}

/** The place of a dated dateline opening the sentence's paragraph, or making up the paragraph just before it. */
function leadDateline(index: EvidenceIndex, sentence: EvidenceSentence['sentence']): string | undefined {
  let first = sentence.index
  while (first > 0 && index.sentences[first - 1]!.sentence.paragraph === sentence.paragraph) first--
  const dated = (line: EvidenceSentence['sentence']) => (line.spans ?? []).some((span) => span.type === 'date' && span.start <= DATELINE_REACH)
  const opening = index.sentences[first]!.sentence
  const own = dated(opening) ? datelineOf(opening.text) : undefined
  if (own) return own
  const before = index.sentences[first - 1]?.sentence
  return before && before.paragraph !== sentence.paragraph && dated(before) && /^\s*$/u.test(before.text.slice(Math.max(...(before.spans ?? []).filter((span) => span.type === 'date').map((span) => span.end)))) ? datelineOf(before.text) : undefined
}

/** How far into its line a dateline's date may begin: past a city, a region and a country. */
const DATELINE_REACH = 45

/** What a dateline puts before its date: a place and a comma ("Ciudad de México, "), or nothing. */
const DATELINE_PLACE = /^(?:\p{Lu}[\p{L}\p{M}.'’ -]*,\s*)*$/u

/** Whether "by" / "por" stands between a word of the question and the span, a few words apart ("written by Senior Editor X"). */
function doneByHere(folded: string, span: Span, predicate: readonly Stretch[]): boolean {
  const by = /\b(?:by|por)\s+(?:the\s+|el\s+|la\s+)?(?:[\p{L}'’-]+\s+){0,4}$/u.exec(folded.slice(Math.max(0, span.start - 50), span.start))
  if (!by) return false
  const at = Math.max(0, span.start - 50) + by.index
  return predicate.some((word) => word.end <= at && at - word.end <= 12)
}

/** The dash or colon after a dateline's date. */
const DATELINE_DASH = /^\s*(?:[–—-]|:)\s/u

/** The people a lead-in ending in ":" lists on the lines after it, one name a line. */
function peopleListedAfter(index: EvidenceIndex, lead: EvidenceSentence['sentence'], question: string, asked: ReadonlySet<string>, people: readonly Person[] = []): Span[] {
  if (!/:\s*$/u.test(lead.text)) return []
  // "What's the name of her lawyer?" — "según uno de los abogados, se trata de: - X, su hija": people the list gives
  // another role are not the ones asked for.
  const roleAsked = asksRoleHoldersName(question) ? wordsOf(question).map(index.termOf) : undefined
  const otherRole = (span: Span) => {
    const titles = people.find((person) => person.id === span.entity)?.titles ?? []
    return roleAsked !== undefined && titles.length > 0 && !titles.some((title) => wordsOf(title).some((word) => roleAsked.includes(index.termOf(word))))
  }
  const listed: Span[] = []
  for (const {sentence} of index.sentences.slice(lead.index + 1, lead.index + 13)) {
    // "- **Africa:** Gamito dos Santos Carlos of AJOPAZ": after the item's label, if it has one; a person, or a group named alone.
    const start = sentence.block === 'list-item' ? (/^[^:]{1,40}:\s*/u.exec(sentence.text)?.[0].length ?? 0) : 0
    const found = (sentence.spans ?? []).find((span) => (span.type === 'person' || (span.type === 'organisation' && sentence.block === 'list-item')) && span.start <= start + 2 && span.start >= start)
    // "- **Americas:** Muñecas de Arcoíris, a collective of trans women": a labelled item's name, up to its comma.
    const written = start > 0 ? /^\p{Lu}[^,;()]{2,60}?(?=\s*[,;(]|$)/u.exec(sentence.text.slice(start))?.[0] : undefined
    const first: Span | undefined = found ?? (written ? {type: 'organisation', text: written, start, end: start + written.length} : undefined)
    if (!first || named(first, question, asked) || otherRole(first)) break
    listed.push(first)
  }
  return listed
}

/** The places a list under a sentence ending in a colon opens its items with: "- **Moldova** – 7-8 November", "- Quito: …". */
function placesListedAfter(index: EvidenceIndex, lead: EvidenceSentence['sentence'], question: string, asked: ReadonlySet<string>): Span[] {
  if (!/:\s*$/u.test(lead.text)) return []
  const listed: Span[] = []
  for (const {sentence} of index.sentences.slice(lead.index + 1, lead.index + 25)) {
    if (sentence.block !== 'list-item') break
    const first = (sentence.spans ?? []).find((span) => span.type === 'place' && span.start <= 2) ?? LISTED_PLACE.exec(sentence.text)?.[1]
    const place: Span | undefined = typeof first === 'string' ? {type: 'place', text: first, start: 0, end: first.length} : first
    if (!place || named(place, question, asked)) break
    listed.push(place)
  }
  return listed
}

/** A list item that opens with a capitalised name, then a dash or a colon: "Bosnia and Herzegovina – 10-13 November". */
const LISTED_PLACE = /^(\p{Lu}[\p{L}\p{M}'’.-]*(?:\s+(?:and|y|de|del|of|the)?\s*\p{Lu}[\p{L}\p{M}'’.-]*){0,4})\s*(?:[–—:]|-\s)/u

/** A unit of time right after a figure: "10 days", "tres años". */
const TIME_UNIT_AFTER = /^\s*(?:days?|weeks?|months?|years?|hours?|minutes?|d[ií]as?|semanas?|mes(?:es)?|años?|horas?|minutos?)(?![\p{L}])/iu
/** A question that asks for a length of time or counts its units: "how many days", "¿cuántos años?". */
const TIME_ASKED = /\b(?:days?|weeks?|months?|years?|hours?|minutes?|long|last|lasted|lasts|dura|duro|duraron|duracion|dias?|semanas?|mes|meses|anos?|horas?|minutos?|tiempo|old|edad)\b/

/** A question about who leads: "who heads", "who was in charge of", "¿quién encabeza?". */
const LEAD_ASKED = /\b(?:lead\w*|led|head\w*|in charge|chair\w*|encabez\w*|lider\w*|dirig\w*|al frente|presid\w*)\b/
/** "headed by", "led by", "encabezada por": whom a delegation or a mission is led by. */
const LED_BY = /\b(?:led|headed|chaired|encabezad[ao]s?|liderad[ao]s?|dirigid[ao]s?|presidid[ao]s?)\s+(?:by|por)\s/iu

/** A phone number asked for: "what's the phone number?", "¿a qué teléfono llamo?". */
const PHONE_ASKED = /\b(?:(?:phone|telephone|contact) number|number (?:to|i can|can i|should i) call|number (?:for|of) (?:the )?(?:media |press )?contact|numero de (?:telefono|contacto|celular|movil)|a que (?:numero|telefono))\b/

/** Whether the question asks for a phone number and the article writes none. */
function phoneUnwritten(index: EvidenceIndex, question: string): boolean {
  return PHONE_ASKED.test(fold(question)) && !index.sentences.some((evidence) => PHONE_NUMBER.test(evidence.sentence.text))
}

/** A question about when something ends: "when does the tour end?", "¿hasta cuándo dura?". */
const END_ASKED = /\b(?:end|ends|ending|ended|finish|finishes|finished|conclude|concludes|concluded|close|closes|closed|until when|by when|deadline|hasta que fecha|hasta que dia|plazo|termina|terminan|termino|terminaron|acaba|acaban|finaliza|finalizan|concluye|concluyen|cierra|cierran|hasta cuando)\b/

/** Whether a date is where something ends: after "until", "to", "hasta", "ends on", or the end of a span of days. */
function endsThere(text: string, span: Span): boolean {
  const before = fold(text.slice(Math.max(0, span.start - 30), span.start))
  return /\b(?:until|till|through|to|ends?|ending|ended|closes?|closing|concludes?|finish(?:es)?|hasta|al|termina|terminara|concluye|finaliza|cierra)\s+(?:on\s+|el\s+|the\s+)?$/.test(before) || /[-–]|\b(?:to|al|until|hasta)\b/.test(span.text)
}

const BASED_IN = /(?:based\s+in|con\s+sede\s+en|radicad[oa]\s+en|headquartered\s+in)\s+$/iu

/** A question about where someone or something is based: "where is the radio station based?", "¿dónde tiene su sede?". */
const BASED_ASKED = /\b(?:based|headquartered|headquarters|hq|sede|radicad[oa])\b/

/** Whether a place span answers "where": "Which country" is not answered by a city, nor "where" by the country a phrase is about ("the Chile petition", "groups from Mexico"). */
function answersWhere(sentence: EvidenceSentence['sentence'], span: Span, shape: QuestionShape, question: string): boolean {
  // "corresponsal del Miami Herald con sede en Bogotá": where someone is based is not where anything happened.
  // "Where is it based?" is.
  if (BASED_IN.test(sentence.text.slice(Math.max(0, span.start - 20), span.start)) && !BASED_ASKED.test(fold(question))) return false
  const country = foldedCountryNames().has(fold(span.text))
  if (shape.granularity === 'country') return country
  // "Which cities will they visit?": not the country they go to, nor a region.
  if (shape.granularity === 'city' && (country || regionNames().has(span.text))) return false
  // "Where was the report presented?", "where did the meeting take place?": not a region the sentence names ("Sudamérica"); "which region", or where people go hungry, may be.
  if (shape.granularity !== 'region' && regionNames().has(span.text) && wordsOf(question).some((word) => EVENT_NOUN.test(word) || ANNOUNCED_EVENT.test(word) || /^(?:present\w*|launch\w*|lanza\w*|lanzo)$/.test(word))) return false
  return !country || LOCATIVE.test(sentence.text.slice(Math.max(0, span.start - 30), span.start))
}

/**
 * "Who is the attorney general?": the one person of the registry whose title is all in the
 * question (and who serves the organisation it names), however far the article writes the name
 * from the title.
 */
function roleHolder(facts: Facts, index: EvidenceIndex, terms: readonly QuestionTerm[], asked: ReadonlySet<string>): {person: Person; at: EvidenceSentence} | undefined {
  const wanted = terms.filter((term) => !term.entity && !isLightWord(term.word))
  if (wanted.length === 0) return undefined
  const found: Array<{person: Person; at: EvidenceSentence}> = []
  const headline = index.sentences[0]?.sentence.block === 'heading' ? index.sentences[0] : undefined
  for (const person of facts.people) {
    // "Who's the CEO?" of a "chief executive": the title by its initials, an officer's "o" after them or not.
    const abbreviated = wanted.filter((asked) => person.titles.some((title) => {
      const initials = wordsOf(title).filter((word) => !isStopword(word)).map((word) => word[0]).join('')
      return initials.length >= 2 && (asked.word === initials || asked.word === `${initials}o`)
    }))
    const titled = abbreviated.length > 0 || person.titles.some((title) => {
      const own = wordsOf(title).filter((word) => !isStopword(word))
      // The whole title is asked ("attorney general"), not a word of it ("general"); in either language ("director ejecutivo").
      return own.length > 0 && own.length <= 4 && own.every((word) => wanted.some((asked) => asked.term === index.termOf(word) || sameWord(asked.term, index.termOf(word)) || sameWordAcross(asked.word, word)))
    })
    if (!titled) continue
    // Everything else the question says of them ("of Jujuy", "they want sanctioned") is in a sentence naming them, or in their
    // title, or in the headline when they are the article's one holder of the title ("the judge in the X case").
    const sole = facts.people.filter((other) => other.titles.some((title) => person.titles.some((own) => fold(own) === fold(title)))).length === 1
    // "Who was the judge in the ClientEarth case?": a body the headline names is what the article is about, not their employer.
    const aboutAsked = sole && person.affiliation === undefined && headline !== undefined && (headline.sentence.spans ?? []).some((span) => span.entity !== undefined && asked.has(span.entity))
    // "Who is HRW's Asia director?" — "…," said Brad Adams, Asia director.": someone the release quotes by a bare title is of the body that wrote it.
    const authorsOwn = person.affiliation === undefined && index.author !== undefined && asked.has(index.author) && facts.quotes.some((quote) => quote.speaker === person.name)
    if (!aboutAsked && !authorsOwn && !servesAsked(facts, {type: 'person', text: person.name, start: 0, end: 0, entity: person.id}, asked)) continue
    const own = new Set(wordsOf([...person.titles, person.affiliation ?? '', person.name].join(' ')).map(index.termOf))
    const at = person.sources
      .map((source) => index.sentences[source.sentenceIndex])
      .find((sentence) => sentence !== undefined && wanted.every((term) => abbreviated.includes(term) || own.has(term.term) || holds(sentence, term) || (sole && headline !== undefined && holds(headline, term))))
    if (at) found.push({person, at})
  }
  return found.length === 1 ? found[0] : undefined
}

/** Counts in words a question may state before what it counts ("¿es de diez días?"), with their figure. */
const COUNT_WORDS: ReadonlyMap<string, number> = new Map([
  ['two', 2], ['three', 3], ['four', 4], ['five', 5], ['six', 6], ['seven', 7], ['eight', 8], ['nine', 9], ['ten', 10], ['eleven', 11], ['twelve', 12], ['thirteen', 13], ['fourteen', 14], ['fifteen', 15],
  ['sixteen', 16], ['seventeen', 17], ['eighteen', 18], ['nineteen', 19], ['twenty', 20], ['thirty', 30], ['forty', 40], ['fifty', 50], ['sixty', 60], ['seventy', 70], ['eighty', 80], ['ninety', 90],
  ['dos', 2], ['tres', 3], ['cuatro', 4], ['cinco', 5], ['seis', 6], ['siete', 7], ['ocho', 8], ['nueve', 9], ['diez', 10], ['doce', 12], ['trece', 13], ['catorce', 14], ['quince', 15], ['dieciseis', 16],
  ['diecisiete', 17], ['dieciocho', 18], ['diecinueve', 19], ['veinte', 20], ['treinta', 30], ['cuarenta', 40], ['cincuenta', 50], ['sesenta', 60], ['setenta', 70], ['ochenta', 80], ['noventa', 90]
])

/** A count in words as an article writes it, accents and all ("dieciséis"). */
const SPELLED_COUNT = [...COUNT_WORDS.keys()].map((word) => word.replace(/^dieci(seis)$/, 'dieci(?:séis|seis)')).join('|')

/** A span of time: "seven and a half years", "ten days", "menos de dos meses", "siete años y medio", "dieciséis días". */
const DURATION =
  new RegExp(`(?<![\\p{L}\\d])(?:(?:more|less) than |at least |about |around |nearly |almost |over |under |más de |menos de |al menos |unos |unas |casi |cerca de )?(?:\\d+(?:[.,]\\d+)?|a|an|one|once|un|una|several|a few|varios|varias|${SPELLED_COUNT})(?: and a half)?[ -](?:years?|months?|weeks?|days?|hours?|decades?|años|año|meses|mes|semanas|semana|días|día|horas|hora|décadas|década)(?: y medio| y media)?(?![\\p{L}])`,
    'giu'
  )

/** A length: "more than 40 metres", "3 km", "unos 200 metros", "a ten-metre rig". */
const LENGTH =
  /(?<![\p{L}\d])(?:(?:more|less) than |at least |about |around |nearly |almost |over |más de |menos de |al menos |unos |unas |casi |cerca de )?(?:\d+(?:[.,]\d+)?\s?|(?:two|three|four|five|six|seven|eight|nine|ten|twelve|fifteen|twenty|thirty|forty|fifty|hundred|dos|tres|cuatro|cinco|seis|siete|ocho|nueve|diez|doce|quince|veinte|treinta|cuarenta|cincuenta|cien)[ -])(?:metres|meters|metre|meter|m|km|kilometres|kilometers|miles|metros|metro|kilómetros|kilometros|millas)(?![\p{L}])/giu

type Stretch = {start: number; end: number}

/** Characters between two stretches of a text (0 when they overlap). */
function gap(a: Stretch, b: Stretch): number {
  return Math.min(Math.abs(a.start - b.end), Math.abs(b.start - a.end))
}

/** The text between two stretches of it. */
function between(text: string, a: Stretch, b: Stretch): string {
  return a.end <= b.start ? text.slice(a.end, b.start) : b.end <= a.start ? text.slice(b.end, a.start) : ''
}

/** Where the sentence's words match the question's, each a word of the folded sentence the terms accept. */
function wordPositions(index: EvidenceIndex, text: string, accepts: (term: string) => boolean): Stretch[] {
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
function matchedPositions(index: EvidenceIndex, candidate: Candidate): Stretch[] {
  const matched = [...candidate.matched]
  return wordPositions(index, candidate.evidence.sentence.text, (term) => candidate.matched.has(term) || (term.length >= 5 && matched.some((asked) => sameWord(asked, term))))
}

/** A capitalised name right after a word of the question the sentence holds ("ship Esperanza"), that the question does not name. */
function nameAfterNoun(index: EvidenceIndex, ranked: readonly Candidate[], best: Candidate, question: string): {name: string; evidence: EvidenceSentence} | undefined {
  const asked = fold(question)
  for (const candidate of ranked.slice(0, 6)) {
    if (candidate.coverage < best.coverage - 0.35) break
    const text = candidate.evidence.sentence.text
    for (const at of matchedPositions(index, candidate)) {
      // "the child-led Change It! Campaign": the noun, in capitals, ends the name.
      const ending = /\p{Lu}/u.test(text.charAt(at.start)) && at.start > 0 ? NAME_ENDING_IN_NOUN.exec(text.slice(0, at.end))?.[1] : undefined
      if (ending && !asked.includes(fold(ending)) && !(candidate.evidence.sentence.spans ?? []).some((span) => span.type === 'person' && span.text === ending)) return {name: ending, evidence: candidate.evidence}
      // After a common noun ("ship Esperanza"), not inside a name ("Oxfam Intermón").
      if (/\p{Lu}/u.test(text.charAt(at.start))) continue
      const name = (CALLED.exec(text.slice(at.end)) ?? CALLED_APPOSED.exec(text.slice(at.end)))?.[1]
      // "The report Amnesty International published": an organisation after the noun is what acts, not its name.
      const acting = candidate.evidence.sentence.spans?.some((span) => span.type === 'organisation' && span.start <= at.end + 1 && span.end > at.end + 1)
      if (name && !acting && !asked.includes(fold(name))) return {name, evidence: candidate.evidence}
      // "launched Stop Torture, Amnesty International's newest global campaign against …": the name the noun is set beside.
      const apposed = NOUN_ENDS_APPOSITIVE.test(text.slice(at.end)) ? NAME_BEFORE_APPOSITIVE.exec(text.slice(0, at.start))?.[1] : undefined
      if (apposed && !asked.includes(fold(apposed)) && !(candidate.evidence.sentence.spans ?? []).some((span) => span.type === 'person' && span.text === apposed)) return {name: apposed, evidence: candidate.evidence}
    }
  }
  return undefined
}

/** Words in capitals that end with the noun asked about: "Change It! Campaign", "East Africa Crisis Appeal" (not the sentence's first word alone). */
const NAME_ENDING_IN_NOUN = /(?<![\p{L}\p{M}'’!-])((?:\p{Lu}[\p{L}\p{M}'’!-]*\s+){1,5}\p{Lu}[\p{L}\p{M}]+)$/u

/** A name, a comma and a few words before the noun: "Stop Torture, Amnesty International's newest global ". */
const NAME_BEFORE_APPOSITIVE = /(\p{Lu}[\p{L}\p{M}'’-]*(?:\s+\p{Lu}[\p{L}\p{M}'’-]*){0,4}),\s+(?:[\p{L}\p{M}'’-]+\s+){1,5}$/u
/** The noun heads the appositive: nothing of its own follows ("campaign against …", "campaign,"), not "campaign's director". */
const NOUN_ENDS_APPOSITIVE = /^(?:[,.;:)]|\s+\(|\s+(?:against|to|for|on|that|which|in|set|founded|created|launched|based|run|de|contra|para|sobre|que|creada?|fundada?|lanzada?)\b|\s*$)/u

/** How much of a "who are the …" question a sentence must hold for the names beside its noun to answer it. */
const MIN_APPOSED_COVERAGE = 0.9

/** Names of people or bodies, of two capitalised words or more, in a list: "Kolawole Oluwadare and Kehinde Oyewumi". */
const NAME = String.raw`\p{Lu}[\p{L}\p{M}'’.-]+(?:\s+(?:(?:de|del|de la|da|van|von|bin|al)\s+)?\p{Lu}[\p{L}\p{M}'’.-]+){1,4}`
const NAMES_AFTER_NOUN = new RegExp(String.raw`^(?:'s|’s)?(?:\s+(?:of|from|de|del)\s+[^,.;:]{1,40})?\s*(?:,|:|—|–)\s*(${NAME}(?:\s*,\s*${NAME})*(?:,?\s+(?:and|y|e)\s+${NAME})?)(?=\s*(?:[,.;:)—–]|$))`, 'u')

/** The names a sentence sets beside a word of the question that is no name ("SERAP's lawyers, A and B", "A, the elected leader of …"), none the question gives. */
function namesBesideNoun(index: EvidenceIndex, candidate: Candidate, question: string): string[] {
  const asked = fold(question)
  const text = candidate.evidence.sentence.text
  for (const at of matchedPositions(index, candidate)) {
    if (/\p{Lu}/u.test(text.charAt(at.start))) continue
    const listed = NAMES_AFTER_NOUN.exec(text.slice(at.end))?.[1]
    const names = listed ? listed.split(/\s*,\s*(?:(?:and|y|e)\s+)?|\s+(?:and|y|e)\s+/u).filter((name) => name !== '') : []
    const before = names.length === 0 && NOUN_ENDS_APPOSITIVE.test(text.slice(at.end)) ? NAME_BEFORE_APPOSITIVE.exec(text.slice(0, at.start))?.[1] : undefined
    const found = before && /\s/u.test(before) ? [before] : names
    if (found.length > 0 && found.every((name) => !asked.includes(fold(name)))) return found
  }
  return []
}

/** "Which court …", "¿qué tribunal …?", "what prison …": the kind of body or building asked for. */
const KIND_NAMED_ASKED = /^(?:\W*(?:and|so|y|pero)\s+)?\W*(?:which|what|que|q|cual|cuales|(?:en|a|de|con|por)\s+(?:que|cual))\s+([a-z]{4,})\b/

/** A name in capitals, of several words, its joining words included: "People's Court of Tuyen Quang", "Tribunal de lo Penal de El Cairo". */
export const CAPITALISED_NAME = /(?<![\p{L}\p{M}'’-])\p{Lu}[\p{L}\p{M}'’-]*(?:\s+(?:(?:of|for|on|de|del|de la|de lo|de los|de las)\s+(?:the\s+)?)?\p{Lu}[\p{L}\p{M}'’-]*)+/gu

/** Whether a text names, in capitals, someone or something the question does not: "Ithaca Energy", "SERAP" (not a sentence's opening word alone). */
function namesUnread(text: string, question: string): boolean {
  const asked = fold(question)
  const names = [...text.matchAll(CAPITALISED_NAME), ...text.matchAll(/(?<![\p{L}\d-])\p{Lu}{2,8}(?![\p{L}\d-])/gu)]
  return names.some((name) => !asked.includes(fold(name[0])) && !writesDateWord(name[0]) && (name.index > 0 || /\s/u.test(name[0])))
}
/** Whether a text writes a month or a weekday ("Martes", "25 May"), by the lexicon's date words. */
function writesDateWord(text: string): boolean {
  return fold(text).split(/[^a-z0-9ñ]+/u).some((word) => DATE_WORDS.has(word))
}

/** The name, in a sentence among the best, of a body or building of the kind the question asks for ("which court"), that the question does not name. */
function nameOfKind(index: EvidenceIndex, ranked: readonly Candidate[], best: Candidate, question: string, entities: ReadonlyMap<string, string>): {name: string; evidence: EvidenceSentence} | undefined {
  const asked = fold(question)
  const kind = KIND_NAMED_ASKED.exec(asked)?.[1]
  // "Which schools", "which countries": several asked for, which one name does not answer; "which Shell directors": a name, no kind.
  if (!kind || kind.endsWith('s') || entities.has(kind) || ANSWER_TYPE_WORDS.has(kind) || isStopword(kind)) return undefined
  const term = index.termOf(kind)
  for (const candidate of ranked.slice(0, 4)) {
    if (candidate.coverage < best.coverage - 0.2) break
    // A headline in title case is all capitals: no name stands out in it.
    if (candidate.evidence.sentence.block === 'heading' || candidate.evidence.sentence.index === 0) continue
    for (const match of candidate.evidence.sentence.text.matchAll(CAPITALISED_NAME)) {
      const words = wordsOf(match[0])
      // "The Tromsvik Court of Appeal upheld …": a sentence's capital on its article is no part of the name.
      const name = match[0].replace(/^(?:The|El|La|Los|Las)\s+/u, '')
      if (words.some((word) => index.termOf(word) === term) && !asked.includes(fold(name))) return {name, evidence: candidate.evidence}
    }
    // "held in Al-Sadr prison": a place or body the parser read, the kind in lower case after its name.
    const read = (candidate.evidence.sentence.spans ?? []).find((span) => (span.type === 'place' || span.type === 'organisation') && wordsOf(span.text).some((word) => index.termOf(word) === term) && !asked.includes(fold(span.text)))
    if (read) return {name: read.text, evidence: candidate.evidence}
  }
  return undefined
}

const CALLED = /^ (\p{Lu}[\p{L}\p{M}'-]+(?: \p{Lu}[\p{L}\p{M}'-]+){0,3})(?![\p{L}])/u
/** "their union, Novi Sindikat, won": the name set between commas after the noun, closed before anything else is said. */
const CALLED_APPOSED = /^, (\p{Lu}[\p{L}\p{M}'-]+(?: \p{Lu}[\p{L}\p{M}'-]+){0,3})(?=[,.;:)]| \(|\s*$)/u

/** Whether a stretch of the sentence sits near a word of the question the sentence holds, outside the stretch. */
function nearMatched(index: EvidenceIndex, candidate: Candidate, stretch: Stretch, reach: number): boolean {
  return matchedPositions(index, candidate).some((at) => !(at.start >= stretch.start && at.start < stretch.end) && gap(at, stretch) <= reach)
}

/** A clock time: "11:00", "6 p.m.", "18 horas", "a las 18", "10am GMT"; not a span of hours ("cada 22 horas"). */
const CLOCK = /(?<![\d.,])(?<!\b(?:cada|hace|durante)\s)\b(?:\d{1,2}[:.]\d{2}(?!\d)\s*(?:[ap]\.?\s?m\.?|h|hs|horas)?(?:\s*(?:GMT|UTC|CET|EST|EDT|ET|BST|CEST)(?:[+-]\d{1,2})?)?|\d{1,2}\s*(?:[ap]\.\s?m\.|(?:[ap]m|hs|horas)(?![a-z]))(?:\s*(?:GMT|UTC|CET|EST|EDT|ET|BST|CEST))?|(?:a las|at)\s+\d{1,2}(?:[:.]\d{2})?\s*(?:[ap]\.?\s?m\.?|h|hs|horas)?(?![a-z\d:])|noon|midday|mediodia|mediodía)/i

const ZONE = /\b(?:gmt|utc|cet|cest|est|edt|bst)\b/
/** Every clock time of a sentence, for the one in the zone asked. */
const CLOCKS = new RegExp(CLOCK.source, 'gi')

/** The first line under each heading that is only an advisory's label ("## When", "## Dónde"). */
function headedLines(index: EvidenceIndex, group: number): EvidenceSentence[] {
  return index.sentences.filter((evidence) => {
    const heading = evidence.section === undefined ? undefined : index.sentences[evidence.section]
    return heading !== undefined && evidence.sentence.index === heading.sentence.index + 1 && Boolean(ADVISORY_LABEL.exec(`${heading.sentence.text.replace(/[:\s]+$/u, '')}: …`)?.[group])
  })
}

/** Whether the question asks only when or where the announced event is ("when is the press conference?"). */
function asksAnnouncedEvent(terms: readonly QuestionTerm[]): boolean {
  return terms.every((term) => isLightWord(term.word) || ANNOUNCED_EVENT.test(term.word))
}

/**
 * A media advisory's one "Where:" or "When:" line answers "where is it?" and "when is it?" about the
 * event it announces, however the question names that event ("the press conferance", "it").
 */
function advisoryAnswer(draft: Draft, index: EvidenceIndex, shape: QuestionShape, terms: readonly QuestionTerm[]): Draft | undefined {
  // "When will they be freed?" is not what an advisory's "When:" line dates; where it will be is its "Where:" line.
  // "Who is giving the press conference?" asks for its "Who:" line; "who is the director of X?" does not.
  const speakers = shape.type === 'agent' && terms.every((term) => isLightWord(term.word) || ANNOUNCED_EVENT.test(term.word) || SPEAKS_AT_EVENT.test(term.word))
  if ((shape.type !== 'place' && shape.type !== 'date' && !speakers) || shape.polar || (shape.future && shape.type === 'date')) return undefined
  // Only about what the article announces: "which country was the worst offender?" is not.
  // The event itself may go unnamed: an advisory's lines are what "the press conference" is.
  if (terms.some((term) => !term.entity && !isLightWord(term.word) && !ANNOUNCED_EVENT.test(term.word) && !EVENT_NOUN.test(term.word) && !(speakers && SPEAKS_AT_EVENT.test(term.word)) && !index.frequency.has(term.term) && ![...index.frequency.keys()].some((known) => sameWord(known, term.term)))) return undefined
  const group = shape.type === 'place' ? 2 : shape.type === 'date' ? 1 : 3
  const labelled = index.sentences.filter((evidence) => Boolean(ADVISORY_LABEL.exec(evidence.sentence.text)?.[group]))
  // "## When" over "This Thursday, Sept. 23, from 11 a.m. to noon": a heading that labels the line under it.
  const lines = labelled.length > 0 ? labelled : headedLines(index, group)
  // "Fecha: jueves 14 de diciembre" and "Hora: 10:30": the day is the date line, the hour its time.
  const dated = lines.length > 1 && shape.type === 'date' ? lines.filter((evidence) => !TIME_LABEL.test(evidence.sentence.text)) : lines
  const [line, ...others] = dated
  if (!line || others.length > 0) return undefined
  if (speakers) {
    // "Speakers: Ana Lenz, Karl Brandt MP, …", or "Intervendrán:" over a list of them: every one.
    const named = (line.sentence.spans ?? []).filter((span) => span.type === 'person')
    const listed = named.length > 0 ? [...named, ...peopleOnLinesUnder(index, line.sentence)] : peopleListedAfter(index, line.sentence, '', new Set())
    const people = listed.map((span) => draft.request.facts.people.find((known) => known.id === span.entity))
    const [first, ...rest] = people
    if (first && rest.length === 0) draft.say('evidence-short', {answer: nameWithRole(first, draft)})
    else if (listed.length > 1) draft.say('evidence-short', {answer: listOf(listed.map((span, at) => (people[at] ? people[at].name : span.text)))})
    return saySentence(draft, line.sentence, rest.length === 0 ? first : undefined)
  }
  // "What month …", "what year …": a line that gives only the weekday does not say.
  if (shape.granularity === 'month' && !MONTH.test(fold(line.sentence.text))) return undefined
  if (shape.granularity === 'year' && !/\b(?:19|20)\d\d\b/.test(line.sentence.text)) return undefined
  // "Fecha: jueves 29 de septiembre" with "Hora: 12:00 horas" on its own line: the day and its hour.
  const [hour, ...otherHours] = shape.type === 'date' && !CLOCK.test(line.sentence.text) ? lines.filter((evidence) => TIME_LABEL.test(evidence.sentence.text)) : []
  if (hour && otherHours.length === 0) draft.say('evidence-short', {answer: `${labelValue(line.sentence.text)}, ${labelValue(hour.sentence.text)}`})
  return saySentence(draft, line.sentence, undefined)
}

/**
 * "- **Who:** Ana Lenz, Harbourwatch" and, on the lines of the list under it, "- Karl Brandt, Red
 * Costera": the people named on those lines, up to the advisory's next label.
 */
function peopleOnLinesUnder(index: EvidenceIndex, line: EvidenceSentence['sentence']): Span[] {
  const people: Span[] = []
  for (const {sentence} of index.sentences.slice(line.index + 1, line.index + 13)) {
    if (sentence.block !== 'list-item' || /^[^:]{1,40}:/u.test(sentence.text)) break
    people.push(...(sentence.spans ?? []).filter((span) => span.type === 'person'))
  }
  return people
}

/** The term every word for organising a thing stands for ("organised", "convocan", "impulsada"). */
const ORGANISED = termOf('organised', 'en')
/** A line that says who organises what the article announces: "Organisers: …", "Convocan: …", a "## Convocan" heading. */
const ORGANISER_LABEL = /^(?:organi[sz]ers?|organi[sz]ed by|organi[sz]ing|hosted by|hosts?|convoca|convocan|convocantes|organiza|organizan|organizadores|organizado por|organizada por)\s*(?::|$)/u

function organiserLine(draft: Draft, index: EvidenceIndex): Draft | undefined {
  const [line, ...others] = index.sentences.filter((evidence) => ORGANISER_LABEL.test(fold(evidence.sentence.text).replace(/^[*\s]+/u, '')))
  if (!line || others.length > 0) return undefined
  const value = labelValue(line.sentence.text)
  // A heading alone: what it sets over is the sentence after it.
  if (!/:/u.test(line.sentence.text) || value === '') {
    const next = draft.request.facts.sentences[line.sentence.index + 1]
    return next ? saySentence(draft, next, undefined) : undefined
  }
  return sayShort(draft, value, line.sentence)
}

/** A question about why something happens when it does, or what date it marks. */
const TIMING_ASKED =
  /\b(?:why|por que|porque)\b.{0,50}\b(?:day|date|week|month|today|now|monday|tuesday|wednesday|thursday|friday|saturday|sunday|timing|dia|fecha|semana|mes|hoy|ahora|lunes|martes|miercoles|jueves|viernes|sabado|domingo)\b|\b(?:coincide|coincides|coinciden|line up|lines up|timed|anniversary|aniversario)\b/
/** A sentence that says what a thing is timed to: "timed to coincide with", "ahead of the anniversary", "on the same day as". */
const TIMED =
  /\b(?:timed (?:to|for)|to coincide|coincid\w* with|coincid\w* con|ahead of|on the eve of|to mark|marks the|marking|anniversary|same day|aniversario|en visperas de|la vispera|con motivo de|para conmemorar|conmemora\w*|mismo dia)\b/

/** The one sentence that says what the thing is timed to, or of several the one that holds most of the question. */
function timedTo(index: EvidenceIndex, found: readonly Candidate[]): EvidenceSentence | undefined {
  const timed = index.sentences.filter((evidence) => evidence.sentence.block !== 'heading' && evidence.sentence.block !== 'byline' && TIMED.test(fold(evidence.sentence.text)))
  if (timed.length <= 1) return timed[0]
  const coverage = (evidence: EvidenceSentence) => found.find((candidate) => candidate.evidence === evidence)?.coverage ?? 0
  const [best, next] = [...timed].sort((a, b) => coverage(b) - coverage(a))
  return best && coverage(best) > coverage(next!) ? best : undefined
}

/** What an advisory line gives after its label: "Hora: 12:00 horas" → "12:00 horas". */
function labelValue(text: string): string {
  return text.replace(/^[^:]*:\s*/u, '').replace(/[.\s]+$/u, '')
}

/**
 * "When is the rally?", "¿dónde es la presentación?" in a media advisory: its one "When:" or
 * "Where:" line, before any sentence that tells of the same event in passing ("… on Monday").
 * Only when every word of the question names what the advisory announces: its headline, or the
 * heading above its lines.
 */
export function announcedAnswer(request: Request, asTyped: string): Draft | undefined {
  const index = evidenceIndex(request.facts)
  const first = index.advisoryAt
  if (first === -1) return undefined
  const question = questionAsMeant(index, asTyped)
  const shape = questionShape(question)
  if ((shape.type !== 'place' && shape.type !== 'date') || shape.polar || shape.time || shape.duration || shape.granularity !== undefined) return undefined
  const announced = new Set(
    [request.facts.article.title ?? '', ...index.sentences.slice(Math.max(0, first - 2), first).map((evidence) => evidence.sentence.text)].flatMap((text) => wordsOf(text).map(index.termOf))
  )
  const terms = questionTerms(index, question, shape, undefined, namedEntities(request.facts, question))
  // The question names an event ("the rally", "la presentación"), and nothing the advisory does not announce.
  if (!terms.some((term) => EVENT_NOUN.test(term.word))) return undefined
  if (!terms.every((term) => isLightWord(term.word) || ANNOUNCED_EVENT.test(term.word) || EVENT_NOUN.test(term.word) || announced.has(term.term))) return undefined
  return advisoryAnswer(new Draft(request, 'fact'), index, shape, terms)
}

/** What campaigners announce, in either language (folded): "the rally", "la concentración", "the launch". */
const EVENT_NOUN =
  /^(?:rally|rallies|protest|protests|march|vigil|demonstration|conference|briefing|presentation|launch|event|meeting|panel|debate|forum|hearing|webinar|screening|exhibition|concert|action|stunt|manifestacion|marcha|concentracion|protesta|vigilia|rueda|conferencia|presentacion|lanzamiento|acto|evento|encuentro|foro|audiencia|jornada|exposicion|proyeccion|conversatorio|accion)$/

/** Words of being held, taken or treated somewhere: "which prison is he held in?" asks only which prison. */
const KEPT_SOMEWHERE = /^(?:held|hold|holding|detained|jailed|imprisoned|kept|locked|taken|sent|moved|transferred|treated|admitted|located|based|detenid[oa]s?|recluid[oa]s?|encarcelad[oa]s?|trasladad[oa]s?|llevad[oa]s?|internad[oa]s?|atendid[oa]s?|ingresad[oa]s?|esta|estan|estaba|estaban|encuentra|encuentran|queda|ubicad[oa]s?)$/

/**
 * "Which prison was she held in?" of an article that names one prison ("walked out of Tehran's Evin
 * Prison"): that one, when the question asks nothing more than which (its people aside).
 */
export function onlyOfKindAnswer(request: Request, question: string, kindAsked: RegExp, kindNamed: RegExp): Draft | undefined {
  const {facts} = request
  // Its people, by the names the article gives or as the question writes a name ("Lenz").
  const capitalised = question.replace(/^[\s¿¡]*\p{L}+/u, '').match(/(?<![\p{L}])\p{Lu}\p{Ll}+/gu) ?? []
  const names = new Set([...facts.people.flatMap((person) => [person.name, ...person.aliases]), ...capitalised].flatMap((name) => wordsOf(name)))
  const rest = wordsOf(question).filter((word) => !isStopword(word) && !isLightWord(word) && !ANSWER_TYPE_WORDS.has(word) && !kindAsked.test(word) && !KEPT_SOMEWHERE.test(word) && !names.has(word))
  if (rest.length > 0) return undefined
  const named = facts.sentences.flatMap((sentence) => (sentence.spans ?? []).filter((span) => (span.type === 'place' || span.type === 'organisation') && kindNamed.test(fold(span.text))).map((span) => ({span, sentence})))
  const [first] = named
  if (!first || new Set(named.map(({span}) => fold(span.text).replace(/^.*['’]s\s+/u, ''))).size !== 1) return undefined
  return sayShort(new Draft(request, 'fact'), first.span.text, first.sentence)
}

/**
 * "What is COFADEH?", "¿qué es la CEAR?", "what does OMCT stand for?": the name an acronym or a
 * short name stands for, with the sentence that gives both.
 */
export function acronymAnswer(request: Request, question: string): Draft | undefined {
  const plain = fold(question).replace(/[¿?¡!.]/g, ' ').replace(/\s+/g, ' ').trim()
  const asked = ACRONYM_ASKED.exec(plain)
  const alias = asked?.[1] ?? asked?.[2] ?? asked?.[3]
  const {facts} = request
  if (!alias) {
    const thing = THING_ASKED.exec(plain)
    return thing ? otherNameAnswer(request, evidenceIndex(facts), (thing[1] ?? thing[2])!) : undefined
  }
  const organisation = facts.organisations.find((known) => fold(known.name) !== alias && known.aliases.some((name) => fold(name) === alias && /\p{Lu}{2}/u.test(name)))
  const index = evidenceIndex(facts)
  if (!organisation) return spelledOutAnswer(request, index, alias) ?? otherNameAnswer(request, index, alias)
  // The sentence that writes the name and the acronym together, else the first that names it.
  const written = (text: string) => fold(text).includes(fold(organisation.name))
  const defining = index.sentences.find((evidence) => written(evidence.sentence.text) && fold(evidence.sentence.text).includes(alias))
  const at = defining ?? index.sentences.find((evidence) => written(evidence.sentence.text))
  if (!at) return undefined
  const draft = new Draft(request, 'fact')
  return sayShort(draft, organisation.name, at.sentence)
}

/** "What does FTR stand for?" — "family tracing and reunification (FTR)": the words before the acronym in brackets whose initials spell it. */
function spelledOutAnswer(request: Request, index: EvidenceIndex, alias: string): Draft | undefined {
  if (!/^[a-z]{2,8}$/.test(alias)) return undefined
  const bracketed = new RegExp(`\\(\\s*${alias}\\s*\\)`, 'iu')
  for (const {sentence} of index.sentences) {
    const at = bracketed.exec(sentence.text)
    if (!at || !/\p{Lu}{2}/u.test(at[0])) continue
    const words = sentence.text.slice(0, at.index).trim().split(/\s+/)
    let initials = ''
    for (let start = words.length - 1; start >= 0 && start >= words.length - 12; start--) {
      const word = fold(words[start]!).replace(/[^a-z0-9ñ-]/g, '')
      const connector = SPELLING_CONNECTOR.test(word)
      if (!connector) initials = (word[0] ?? '') + initials
      if (initials === alias && !connector) {
        const draft = new Draft(request, 'fact')
        return sayShort(draft, words.slice(start).join(' ').replace(/[,;:]$/u, ''), sentence)
      }
      if (initials.length >= alias.length) break
    }
  }
  return undefined
}

/** "What is tara iti?" — "the habitat of the fairy tern, or tara iti, which is …": the name it is given beside the other. */
function otherNameAnswer(request: Request, index: EvidenceIndex, asked: string): Draft | undefined {
  const other = new RegExp(`(?:the|a|an|el|la|los|las|un|una)\\s+((?:[\\p{L}-]+\\s+){0,3}[\\p{L}-]+),\\s+(?:or|o)\\s+${asked.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?![\\p{L}])`, 'iu')
  for (const {sentence} of index.sentences) {
    const found = other.exec(fold(sentence.text))
    if (found?.[1] && !/\b(?:of|de|del)\b/u.test(found[1])) return sayShort(new Draft(request, 'fact'), sentence.text.slice(found.index, found.index + found[0].length).replace(/,\s+(?:or|o)\s+.*$/iu, ''), sentence)
  }
  return undefined
}

/** Words an acronym leaves out: "family tracing and reunification (FTR)", "Industries Chimiques du Sénégal (ICS)". */
const SPELLING_CONNECTOR = /^(?:and|of|the|for|on|in|to|y|e|de|del|la|el|los|las|para|en|por|du|des|da|do|dos|das|di|der|et)$/

/** "what is tara iti?", "¿qué es el tara iti?": a thing of one to three words asked about. */
const THING_ASKED = /^(?:what|who)\s*(?:is|s|are)\s+(?:an?\s+|the\s+)?([a-z][a-z'-]*(?: [a-z][a-z'-]*){1,2})$|^(?:que|quien)\s+(?:es|son)\s+(?:(?:un|una|el|la|los|las)\s+)?([a-zñ][a-zñ'-]*(?: [a-zñ][a-zñ'-]*){1,2})$/

/** "what is X", "what does X stand for", "¿qué es (el|la) X?", "¿qué significa X?" — X one word. */
const ACRONYM_ASKED = /^(?:what|who)\s*(?:is|s|are)\s+(?:the\s+)?([a-z0-9&/-]{2,12})$|^what\s+does\s+([a-z0-9&/-]{2,12})\s+(?:stand\s+for|mean)$|^(?:que|quien|quienes)\s+(?:es|son|significa)\s+(?:el|la|los|las)?\s*([a-z0-9&/-]{2,12})$/

/** An advisory line that gives the hour only: "Time: 10:30", "Hora: 10:30 horas". */
const TIME_LABEL = /^\s*(?:Time|Hora)\s*:/iu

/** What a media advisory announces, by the words people call it: "the press conference", "la rueda de prensa". */
const ANNOUNCED_EVENT = /^(?:press|news|media|conference|teleconference|webinar|call|briefing|event|rueda|prensa|conferencia|acto|evento|convocatoria|held|hold|holding|happen\w*|take|taking|start\w*|begin\w*|celebra\w*|realiza\w*|empieza|comienza)$/
/** Who does what at an announced event: "who is giving / speaking at / presenting it". */
const SPEAKS_AT_EVENT = /^(?:giv\w*|gave|speak\w*|ponentes|oradores|oradoras|panell?ists|spoke|present\w*|talk\w*|lead\w*|led|run\w*|habla\w*|da|dara|ofrece\w*|dirige\w*)$/

/** "Who do I contact to interview their spokespeople?" asks for the contact, not the speakers; "the call" is the event (a press call). */
const CONTACT = /\b(?:contact|reach|email|(?<!\b(?:the|this|a|press) )call|phone|contactar|contacto|llamar|escribir)\b/
const SPEAKS = /\b(?:speak|speaks|speakers|speaking|spoke|spokes\w*|ponentes|oradores|oradoras|panell?ists|talk|talks|talked|talking|said|says|quoted|represent|representing|habla|hablo|hablan|portavoz|vocer[oa]|dijo|declaro|representa|representando|citad[oa])\b/

/** What the genre calls whom journalists reach ("Media contact: …", "Senior Press Officer", "jefa de prensa"). */
const CONTACT_TITLE = /\b(?:media contact|press contact|contacto de prensa|press officer|media officer|press secretary|communications? (?:officer|associate|manager|director)|(?:jef[ae]|responsable|director[a]?) de (?:prensa|comunicacion))\b|^contact(?:o)?$/

/** "Who do I contact …?", "¿a quién contacto?": whom to reach, asked. */
function asksWhomToContact(question: string): boolean {
  // Asked of every question: the cheap word test first.
  if (!CONTACT.test(fold(question))) return false
  const shape = questionShape(question)
  return shape.type === 'agent' && !shape.polar
}

/** "Who do I contact for an interview?": the release's media contact, or undefined when it names none (or several, unplaced). */
export function contactAnswer(request: Request, question: string): Draft | undefined {
  if (!asksWhomToContact(question)) return undefined
  const index = evidenceIndex(request.facts)
  const one = sayHolder(new Draft(request, 'fact'), mediaContact(request.facts, index, question))
  if (one) return one
  // Several contacts, none the question places ("who do I call?"): all of them, each where the release gives them.
  const contacts = request.facts.people.filter((person) => person.titles.some((title) => CONTACT_TITLE.test(fold(title))))
  // "Media: for interviews …, contact Heather (+447828 505 758)": a name no registry holds, with the number or address to reach them.
  if (contacts.length === 0) {
    const lines = index.sentences.flatMap((evidence) => {
      const named = CONTACT_NAMED.exec(evidence.sentence.text)
      return named ? [{name: named[1]!, sentence: evidence.sentence}] : []
    })
    return lines.length === 1 ? sayShort(new Draft(request, 'fact'), lines[0]!.name, lines[0]!.sentence) : undefined
  }
  if (contacts.length < 2 || contacts.length > 4) return undefined
  const draft = new Draft(request, 'fact')
  draft.say('evidence-short', {answer: listOf(contacts.map((person) => nameWithRole(person, draft)))})
  for (const person of contacts) {
    const at = index.sentences[person.sources[0]?.sentenceIndex ?? -1]
    if (at) cite(draft, at.sentence, person)
  }
  return draft
}

/** "contact Heather (+447828 505 758)", "contactar a Eva Ruiz: eva@…": a name after the word, then how to reach them. */
const CONTACT_NAMED = /\b(?:contact|contacte|contactar(?:\s+a)?|contacto:?)\s+(\p{Lu}[\p{L}\p{M}'’-]+(?:\s+\p{Lu}[\p{L}\p{M}'’-]+){0,2})\s*(?:\(\s*\+?\d|,?\s*(?:on|at|en|al|:)?\s*(?:\+?\d[\d ()-]{6,}|[\w.+-]+@[\w-]+\.[\w.]+))/u

/** "*By Ana Lenz, Harbourwatch – published 22 April 2016*": the one who signs the release, at its head. */
const SIGNED_BY = /^\W*(?:By|Written by|Por|Escrito por|(?:An?\s+)?(?:message|letter|statement|note|open letter)\s+(?:from|by)|(?:Un|Una)?\s*(?:mensaje|carta|nota|declaraci[oó]n)\s+de)\s+(\p{Lu}[\p{L}\p{M}'’.-]+(?:\s+(?:de\s+|van\s+|von\s+)?\p{Lu}[\p{L}\p{M}'’.-]+){1,3})/u

/**
 * Who wrote the release: the one a line at its head signs it with ("By Ana Lenz"), the author its
 * byline names ("Tuesday, February 04, 2020 · Peter McCartney"), or the one who signs it at its foot
 * ("In solidarity, / Sevan Doraisamy / Executive Director").
 */
export function signedByAnswer(request: Request, signingAsked = false): Draft | undefined {
  const {facts} = request
  const signed = facts.sentences.slice(0, 12).find((sentence) => SIGNED_BY.test(sentence.text))
  const name = signed ? SIGNED_BY.exec(signed.text)?.[1] : undefined
  if (signed && name) return sayShort(new Draft(request, 'fact'), name, signed)
  const byline = facts.sentences.slice(0, 5).find((sentence) => sentence.block === 'byline')
  const author = byline?.text
    .split(/\s+[–—|·]\s+/u)
    .map((part) => part.trim())
    .find((part) => PERSON_NAME.test(part) && !RELEASE_WORD.test(part) && part !== facts.article.publisher && !facts.organisations.some((organisation) => organisation.name === part))
  if (byline && author) return sayShort(new Draft(request, 'fact'), author, byline)
  // Those whose names are lines of their own among the last: each signs it ("Sonia Alesso / Secretaria General / Roberto Baradel / …").
  const foot = facts.sentences.slice(-8)
  const signers = facts.people.flatMap((person) => {
    // "Claudio González U": a name and an initial.
    const line = foot.find((sentence) => {
      const text = sentence.text.trim().replace(/[.,]$/u, '')
      return text === person.name || (text.startsWith(`${person.name} `) && /^\p{Lu}\.?$/u.test(text.slice(person.name.length + 1)))
    })
    return line ? [{person, line}] : []
  })
  // "Fray Tomás González Castillo, OFM" closing the statement: a name, a form of address before it or an order's letters after it.
  // Only when signing is asked: a name closing a release may be its contact's too.
  // "Gautam Mody / General Secretary / 29 June 2023": above a title and a date too.
  const closing = signers.length === 0 && signingAsked ? facts.sentences.slice(-4).reverse().find((sentence) => SIGNATURE_LINE.test(sentence.text.trim()) && !TITLE_LINE.test(sentence.text) && !CALENDAR_WORD.test(fold(sentence.text)) && !facts.organisations.some((organisation) => sentence.text.includes(organisation.name))) : undefined
  if (closing) return sayShort(new Draft(request, 'fact'), closing.text.trim().replace(/[.,]$/u, ''), closing)
  if (signers.length === 0 || signers.length > 4) return undefined
  const draft = new Draft(request, 'fact')
  // For whom each signs: "Federico Aguirre, Secretario Ejecutivo (Corporación de Promoción …)".
  draft.say('evidence-short', {answer: listOf(signers.map(({person}) => (person.affiliation ? `${nameWithRole(person, draft)} (${person.affiliation})` : nameWithRole(person, draft))))})
  for (const {person, line} of signers) cite(draft, line, person)
  return draft
}

/** A line that is someone's title, under their name: "General Secretary", "Coordinadora Nacional". */
const TITLE_LINE = /\b(?:secretary|director|president|chair|chairperson|coordinator|officer|manager|spokesperson|head|member|secretari[oa]|director[a]?|president[ae]|coordinador[a]?|portavoz|responsable|miembro|integrante)\b/iu

/** A signature line: a name of two to four words, maybe a form of address before it ("Fray", "Dr.") and letters after it (", OFM", ", SJ"). */
const SIGNATURE_LINE = /^(?:(?:Fray|Fr\.|Sor|Hna\.|Hermana|Hermano|Padre|P\.|Mons\.|Monseñor|Rev\.|Dr\.|Dra\.|Lic\.|Mgr\.)\s+)?\p{Lu}[\p{L}\p{M}'’-]+(?:\s+(?:de\s+(?:la\s+|los\s+)?|del\s+)?\p{Lu}[\p{L}\p{M}'’-]+){1,3}(?:,\s*\p{Lu}{2,5}\.?)?\.?$/u

/** Words a byline names the release with, not its author: "Media Release", "Press Statement". */
const RELEASE_WORD = /\b(?:release|statement|advisory|update|news|press|media|comunicado|nota|prensa)\b/iu

/** A person's name as a byline writes it: two or three capitalised words ("Dean Preston"). */
const PERSON_NAME = /^\p{Lu}[\p{L}\p{M}'’-]+(?:\s+\p{Lu}[\p{L}\p{M}'’-]+){1,2}$/u

/** "Who signed it?", "¿quién firma este comunicado?": the release's signer, not a petition's. */
export const SIGNED_ASKED =
  /^\W*(?:who (?:signed|signs|has signed)(?: (?:it|(?:this|the)(?: (?:statement|letter|open letter|release|press release|declaration|appeal|urgent appeal))?))?|quien(?:es)? (?:lo |la )?(?:firma|firmo|firmaron|firman)(?: (?:esto|este comunicado|el comunicado|la carta|esta carta|la declaracion|esta declaracion|el pronunciamiento|este pronunciamiento))?)\W*$/

/**
 * The one media contact of the release, or of several the one the question places ("the media
 * contact in the UK": "Ana Lenz in Chile and Karl Brandt in the UK").
 */
function mediaContact(facts: Facts, index: EvidenceIndex, question: string): {person: Person; at: EvidenceSentence} | undefined {
  const contacts = facts.people.filter((person) => person.titles.some((title) => CONTACT_TITLE.test(fold(title))))
  const sentenceOf = (person: Person) => index.sentences[person.sources[0]?.sentenceIndex ?? -1]
  const placed = contacts.filter((person) => {
    const at = sentenceOf(person)
    const after = at ? fold(at.sentence.text).split(fold(person.name))[1]?.slice(0, 30) ?? '' : ''
    // "Ana Lenz in Chile", or "India — Karl Brandt" on a line of contacts.
    const before = at ? fold(at.sentence.text).split(fold(person.name))[0]?.slice(-30) ?? '' : ''
    const place = /^\s*(?:,\s*)?(?:in|en|from|de)\s+(?:the\s+)?([a-z][a-z ]{1,20}?)(?=[,.;]|\s+and\b|\s+y\b|$)/.exec(after)?.[1] ?? /(?:^|[·•|;:]\s*)([a-z][a-z .]{1,20}?)\s*[—–-]\s*$/u.exec(before)?.[1]
    return place !== undefined && new RegExp(`(?<![a-z])${place.replace(/[.]/g, '\\.')}(?![a-z])`).test(fold(question))
  })
  // "Who's the press contact at Amnesty?": of several, the one with the body the question names.
  const asked = new Set(wordsOf(question))
  const theirs = placed.length > 0 ? placed : contacts.filter((person) => person.affiliation !== undefined && asked.has(wordsOf(person.affiliation)[0] ?? ''))
  const [person, ...others] = theirs.length > 0 ? theirs : contacts
  const at = person ? sentenceOf(person) : undefined
  return person && at && others.length === 0 ? {person, at} : undefined
}

/** The person who speaks for the organisation asked about: the one of its people the article quotes. */
function speakerFor(facts: Facts, index: EvidenceIndex, asked: ReadonlySet<string>): {people: Person[]; at: EvidenceSentence} | undefined {
  if (!facts.organisations.some((organisation) => asked.has(organisation.id))) return undefined
  const theirs = facts.people.filter((person) => !asked.has(person.id) && servesAsked(facts, {type: 'person', text: person.name, start: 0, end: 0, entity: person.id}, asked) && person.affiliation)
  const quoted = theirs.filter((person) => facts.quotes.some((quote) => quote.speaker === person.name))
  const people = quoted.length > 0 ? quoted : theirs
  // Two or three who speak for it ("Duckworth and Nikitin will present the report") are all named; more is a list, not an answer.
  const [first] = people
  if (!first || people.length > 3) return undefined
  const quote = facts.quotes.find((known) => known.speaker === first.name)
  // The sentence that names them all, else where the first is quoted or named.
  const together = first.sources.find((source) => people.every((person) => person.sources.some((other) => other.sentenceIndex === source.sentenceIndex)))
  const sentenceIndex = together?.sentenceIndex ?? quote?.source.sentenceIndex ?? first.sources[0]?.sentenceIndex
  const at = sentenceIndex === undefined ? undefined : index.sentences[sentenceIndex]
  return at ? {people, at} : undefined
}

/**
 * A date written out in the asker's language when the article is in the other one ("El 28 October"
 * would be neither): only a date the article writes in full, one day or month, not a span.
 */
function spanInAskersLanguage(span: Span, draft: Draft): Words {
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
function nameWithRole(person: Person, draft: Draft): string {
  const title = titleFor(draft.request.facts, person, draft.request.lang)
  return title ? `${person.name}, ${title}` : person.name
}

/** The one person whose whole title the question names ("the King", "la fiscal general"), when no one else holds it. */
function titledAsked(facts: Facts, question: string): string[] {
  const words = new Set(wordsOf(question))
  const holders = facts.people.filter((person) => person.titles.some((title) => {
    const own = wordsOf(title).filter((word) => !isStopword(word))
    return own.length > 0 && own.every((word) => words.has(word))
  }))
  return holders.length === 1 ? [holders[0]!.id] : []
}

/** "Who runs / heads / leads X?", "¿quién dirige / preside X?": asks for the head of an organisation. */
const HEAD_ASKED = /^\W*(?:who(?:'s| is)?\s+(?:runs|leads|heads|in charge of|the head of|the boss of|running|leading|heading|the (?:executive director|chief executive|ceo) (?:of|at))|quien\s+(?:dirige|encabeza|lidera|preside|esta al frente de|manda en|es el jefe de|es la jefa de|es (?:el|la) (?:director|directora) (?:ejecutiv[oa]|general) de))\s(?!.*\b(?:delegation|mission|team|trip|visit|tour|campaign|delegacion|mision|equipo|comitiva|visita|gira|campana)\b)/

/** The titles of whoever heads an organisation, folded: the whole title, not one qualified ("directora para las Américas"). */
const HEAD_TITLE = /^(?:executive director|director|directora|director ejecutivo|directora ejecutiva|director general|directora general|president|presidente|presidenta|secretary general|secretario general|secretaria general|chair|chairman|chairwoman|chairperson|chief executive|ceo|head|coordinator|coordinador general|coordinadora general|director presidente|directora presidenta|presidente ejecutivo|presidenta ejecutiva|director nacional|directora nacional|national director|managing director|general director)$/

/** The one person whose title heads the organisation the question names, with the sentence that gives it. */
function headOf(facts: Facts, index: EvidenceIndex, question: string, asked: ReadonlySet<string>): {person: Person; at: EvidenceSentence} | undefined {
  if (facts.people.some((person) => asked.has(person.id))) return undefined
  // "Amnesty" asks of "Amnistía Internacional": the organisation's first word, or that word in the glossary's other language.
  const words = new Set(wordsOf(question).flatMap((word) => [word, ...translationsOf(word)]))
  const named = facts.organisations.filter((organisation) => asked.has(organisation.id) || (organisation.parent === undefined && words.has(wordsOf(organisation.name)[0] ?? '')))
  if (named.length !== 1) return undefined
  // "Who runs Amnesty Argentina?": the branch of the organisation named, in the country named with it.
  const branch = facts.organisations.find((organisation) => organisation.parent === named[0]!.name && organisation.country !== undefined && wordsOf(organisation.country).every((word) => words.has(word)))
  const organisation = branch ?? named[0]
  const heads = facts.people.filter((person) => person.affiliationId === organisation!.id && person.titles.some((title) => HEAD_TITLE.test(fold(title))))
  if (heads.length !== 1) return undefined
  const [person] = heads
  const at = index.sentences.find((evidence) => evidence.sentence.spans?.some((span) => span.entity === person!.id))
  return at ? {person: person!, at} : undefined
}

/**
 * "Who is the president of X?": the one who holds that title. "Who is the host of the awards night?" of an article
 * where no one is titled host ("hosted by Bill Whitaker"): asked as the deed, of whoever did it.
 */
function holderOrDoer(request: Request, asTyped: string, options: EvidenceOptions, holder: {person: Person; at: EvidenceSentence} | undefined, terms: readonly QuestionTerm[]): Draft | undefined {
  if (holder) return sayHolder(new Draft(request, 'fact'), holder)
  if (options.asDeed) return undefined
  const index = evidenceIndex(request.facts)
  const roles = terms.filter((term) => DEED_ROLE.test(term.word))
  if (roles.length === 0) return undefined
  const titled = request.facts.people.some((person) => person.titles.some((title) => wordsOf(title).some((word) => roles.some((term) => term.term === index.termOf(word)))))
  return titled ? undefined : evidenceAnswer(request, asTyped, {...options, asDeed: true})
}

/** Roles that are what someone does at an event, said as often by the deed ("hosted by X", "moderada por X") as by a title. */
const DEED_ROLE = /^(?:host|hosts|moderator|moderators|presenter|presenters|emcee|mc|anfitrion|anfitriona|moderador|moderadora|presentador|presentadora|conductor|conductora)$/

function sayHolder(draft: Draft, holder: {person: Person; at: EvidenceSentence} | undefined): Draft | undefined {
  if (!holder) return undefined
  const {person, at} = holder
  draft.say('evidence-short', {answer: nameWithRole(person, draft)})
  return saySentence(draft, at.sentence, person)
}

/** A cleft's opening before the span it puts first: "it was on", "fue en", "es el". */
const CLEFT_BEFORE = /(?:^|[^a-z])(?:it\s+(?:was|is|will\s+be)|fue|sera|es)\s+(?:(?:on|in|at|el|en|la)\s+)?$/
/** What follows the span a cleft puts first: "that", "when", "cuando", "que". */
const CLEFT_OPENING = /^\s*,?\s*(?:that|when|where|cuando|que|donde)\b/

/** Words that open another clause: what stands after them is said of something else ("protests that began last December"). */
const CLAUSE_BREAK = /\b(?:that|which|who|whose|whom|where|when|while|after|before|because|since|que|quien|quienes|cuyo|cuya|donde|cuando|mientras|porque|tras)\b|[;()]|:(?!\d\d)/

/** Whether a span belongs to the clause of a word of the question, however long the clause. */
function sameClause(folded: string, span: Span, predicate: readonly Stretch[], sinceAsked = false, datesWhen = false): boolean {
  // "It was on 3 October 2017 that the Government announced …", "fue el 3 de octubre cuando …": the "that" after the span opens no other clause.
  const cleft = CLEFT_BEFORE.test(folded.slice(Math.max(0, span.start - 24), span.start))
  return predicate.some((at) => {
    const inBetween = sinceAsked && at.end <= span.start ? between(folded, span, at).replace(/\b(?:since|desde)\s*$/u, '') : between(folded, span, at)
    const words = cleft && at.start >= span.end ? inBetween.replace(CLEFT_OPENING, '') : inBetween
    // "The protests that shook the country from December to February": a clause that opens right
    // after the word asked about says something of it.
    // "On Friday (October 4) the Provincial handed in …": a bracket that glosses the span, beside it, opens no clause.
    // "On Wednesday, which was United Nations Day, Amnesty handed …": a clause set off by commas closes before the one asked about.
    const own = (at.end <= span.start ? words.replace(RELATIVE_OPENING, '').replace(BRACKET_BESIDE_END, '') : words.replace(BRACKET_BESIDE_START, '')).replace(HAPPENING, ' ').replace(ASIDE, ' ').replace(ACRONYM_GLOSS, ' ')
    // "… on his way into his home in Kabul when a single attacker threw acid": where someone was when it happened is where it happened.
    // "… in May, June and July 2011, when wardens burned many houses": the day the "when" clause right after it opens dates it,
    // when the sentence holds nearly all the question ("when were the houses burnt"), not a word of it ("cuándo se vota la ley").
    const placeThen = span.type === 'place' && at.start >= span.end ? own.replace(WHILE_THERE, ' ') : datesWhen && span.type === 'date' && at.start >= span.end ? own.replace(DATED_WHEN, ' ') : own
    return words.length <= 220 && !CLAUSE_BREAK.test(placeThen)
  })
}

/** A body's short name in brackets after its full one, "… on the Prevention of Torture (SPT), …": it glosses a name, it opens no clause. */
const ACRONYM_GLOSS = /\s\([a-z][a-z0-9&.-]{1,11}\)/g

/** The opening of a clause that happens while the one before goes on: "… when", "… cuando". */
const WHILE_THERE = /\b(?:when|while|cuando|mientras)\b/g

/** A clause a day right before it dates: "2011, when …", "en 2011, cuando …". */
const DATED_WHEN = /^\s*,?\s*(?:when|cuando)\b/

/** How much of the question a sentence must hold for a day to date the "when" clause after it. */
const DATES_WHEN_COVERAGE = 0.8

/** A relative clause between commas: ", which was United Nations Day,", ", que era feriado,". */
const ASIDE = /,\s*(?:which|who|que|quien|quienes)\s[^,;:()]{1,80},/g

/** "Since when …?", "¿desde cuándo …?", "how long has … been": asks for the day something began. */
const SINCE_ASKED = /\b(?:since when|desde cuando|how long has|how long have|desde hace cuanto)\b/

/** A short bracket right after a span, or its closing mark ("Friday (October 4)", "(October 4)"). */
const BRACKET_BESIDE_START = /^\s*(?:\([^()]{0,30}\)|\))/
/** A short bracket right before a span, or its opening mark. */
const BRACKET_BESIDE_END = /(?:\([^()]{0,30}\)|\()\s*$/

/** "…, que tendrá lugar el jueves 17", "which will take place on", "which will be in the country from": a clause that dates what comes before it. */
const HAPPENING = /,?\s*\b(?:que|which|that)\s+(?:tendra lugar|tuvo lugar|se celebrara|se celebro|se realizara|se realizo|sera|will take place|took place|will be held|was held|takes place|is held|is scheduled|will be|estara|estaran|(?:is|are|was|were) due to (?:begin|start|open|take place|be held)|will (?:begin|start|open)|begins|starts|comenzara|empezara|arrancara|iniciara)\b/g
const RELATIVE_OPENING = /^[\s,]*(?:(?:in|at|on|of|with|during|en|de|con|durante|a)\s+(?:(?:la|el|los|las|lo)\s+)?)?(?:that|which|who|where|que|quienes|quien|donde|cual)\b/

/** "Which cities will they visit?" — "… will visit Ankara, Diyarbakir and Izmir": the kind of place asked for, in the plural too, need not be written. */
const PLACE_KINDS = new Set(
  'cities countries towns places regions provinces states state districts counties ciudades paises pueblos lugares regiones provincias localidades estado estados departamentos municipios distritos'.split(' ')
)

/** "Who is the president of X?": the person named must belong to X, when the question names an organisation. */
function servesAsked(facts: Facts, span: Span, asked: ReadonlySet<string>): boolean {
  const organisations = facts.organisations.filter((organisation) => asked.has(organisation.id))
  if (organisations.length === 0) return true
  const person = facts.people.find((known) => known.id === span.entity)
  // By the parser's id: the organisation itself, or a branch of it ("Greenpeace México" serves "Greenpeace").
  const employer = person?.affiliationId === undefined ? undefined : facts.organisations.find((organisation) => organisation.id === person.affiliationId)
  if (employer) return organisations.some((organisation) => organisation.id === employer.id || (employer.parent !== undefined && fold(employer.parent) === fold(organisation.name)))
  // An affiliation the parser knows no organisation by: as written ("Ministerio Público de la Acusación de Jujuy" is one).
  const affiliation = fold(person?.affiliation ?? '')
  return organisations.some((organisation) => affiliation !== '' && [organisation.name, ...organisation.aliases].some((name) => fold(name) === affiliation || affiliation.startsWith(`${fold(name)} `)))
}

// Copulas too: "the author of the report is Paula San Pedro", "cuyo director general es José María Vera".
const LINKING = new Set(['the', 'a', 'an', 'of', 'for', 'at', 'in', 'as', 'el', 'la', 'los', 'las', 'de', 'del', 'en', 'y', 'and', 'como', 'is', 'was', 'es', 'era', 'fue'])

/** Whether only punctuation, articles, prepositions or words of the title itself stand between a name and a title. */
function apposed(folded: string, span: Span, at: Stretch, matched: ReadonlySet<string>, index: EvidenceIndex): boolean {
  const gapText = between(folded, span, at)
  const words = gapText.match(/[a-z0-9ñ]+/g) ?? []
  // "Africa laureate: Olivier Bahemuke Ndoole": a label's colon before the name links it too.
  const label = at.end <= span.start && /^\s*:\s*$/.test(gapText)
  return words.length <= 4 && (label || !/[.;:]/.test(gapText)) && words.every((word) => LINKING.has(word) || matched.has(index.termOf(word)))
}

/** The terms of the names the question asks about, as the sentence holds them: not what a figure counts. */
function entityTerms(index: EvidenceIndex, candidate: Candidate, asked: ReadonlySet<string>): Set<string> {
  const terms = new Set<string>()
  for (const span of candidate.evidence.sentence.spans ?? []) if (span.entity !== undefined && asked.has(span.entity)) for (const word of wordsOf(span.text)) terms.add(index.termOf(word))
  return terms
}

const OTHERS_ASKED = /\b(?:other|others|else|otras|otros|demas|ademas)\b/

/** "Which organisations / groups …", "¿qué organizaciones …?": all of them asked, not one. */
const ORGANISATIONS_ASKED = /\b(?:which|what|que|cuales)\s+(?:other\s+|otras\s+)?(?:organi[sz]ations|groups|ngos|organizaciones|grupos|ongs?|entidades)\b/

/** "Which places did they visit?", "¿en qué ciudades …?": places, several. */
const PLACES_ASKED = /\b(?:which|what|que|cuales|en que|a que)\s+(?:places|cities|countries|regions|towns|provinces|states|lugares|ciudades|paises|regiones|provincias|estados|localidades)\b/

/** "Which groups sent the mission?": organisations, several, as a sentence names them. */
export function asksWhichOrganisations(question: string): boolean {
  return ORGANISATIONS_ASKED.test(fold(question))
}

/** The spans of a type in the sentence, once each, leaving out what the question names. */
function spansOfType(sentence: EvidenceSentence['sentence'], type: Span['type'], question: string, asked: ReadonlySet<string>): Span[] {
  return distinctSpans((sentence.spans ?? []).filter((span) => span.type === type && !named(span, question, asked)))
}

/** Each entity (or text, for spans without one) once, at its first mention. */
function distinctSpans(spans: readonly Span[]): Span[] {
  const seen = new Set<string>()
  return spans.filter((span) => {
    const key = span.entity ?? fold(span.text)
    if (seen.has(key)) return false
    seen.add(key)
    return true
  })
}

/** An organisation by its registry name ("Committee to Protect Journalists (CPJ)" for "CPJ"), else as written. */
function organisationName(facts: Facts, span: Span): string {
  const known = facts.organisations.find((organisation) => organisation.id === span.entity)
  if (!known) return span.text
  return known.name === span.text || !known.aliases.includes(span.text) ? known.name : `${known.name} (${span.text})`
}

/** A question after a body by its kind: "which court", "what company", "¿qué tribunal?", "¿qué diario?". */
const BODY_ASKED = /\b(?:which|what|que|cual|cuales)\s+(?:other\s+)?(?:courts?|tribunals?|compan(?:y|ies)|newspapers?|agenc(?:y|ies)|ministr(?:y|ies)|tribunal(?:es)?|corte|empresas?|periodicos?|diarios?|ministerios?|agencias?)\b/

const PEOPLE_ASKED = /\b(?:names?|nombres?|who are|quienes son)\b.{0,20}\b(?:people|persons|protesters|protestors|demonstrators|activists|victims|detainees|prisoners|defenders|journalists|men|women|man|woman|children|students|manifestantes|activistas|victimas|detenid[oa]s|pres[oa]s|defensor[ae]s|periodistas|hombres|mujeres|hombre|mujer|ninos|ninas|estudiantes|personas)\b/
/** "¿A quién detuvieron?", "who was arrested?": the one something was done to is a person, not the body that did it. */
const HARMED_ASKED = /^\W*(?:and\s+|y\s+)?(?:who\s+(?:died|perished|lost\s+(?:his|her|their)\s+li(?:fe|ves))|quien(?:es)?\s+(?:murio|murieron|fallecio|fallecieron|perdio la vida|perdieron la vida))\b|\b(?:a quien(?:es)?\s+(?:\p{L}+\s+)?(?:detuv|detien|retuv|retien|reten|arrest|asesin|mat[oa]|liber|secuestr|encarcel|conden|desaparec|tortur|golpe|amenaz|hiri|dispar|demand|acus|procesa|imputa)\p{L}*|who\s+(?:was|were|got|has been|have been|is being|are being)\s+(?:arrested|detained|killed|murdered|released|freed|kidnapped|abducted|jailed|imprisoned|convicted|sentenced|tortured|beaten|threatened|shot|injured|sued|charged|accused|disappeared|held)|whom)\b/u
/** The stems of the harm a question asks who did, in English and in Spanish, and the Spanish pronouns for whom it was done to. */
const HARM_VERB_EN = 'kill|murder|shot|attack|kidnap|abduct|beat|threat|tortur|arrest|detain'
const HARM_VERB_ES = 'secuestr|mat[oa]|asesin|atac|agredi|amenaz|golpe|dispar|hiri|detuv|deten|retuv|reten|captur'
const OBJECT_PRONOUN = '(?:lo|la|los|las|le|les)'
/**
 * "Who killed him?", "¿quién los secuestró?", "what's the name of the officer who beat him?", "el policía que lo golpeó":
 * the one who did the harm, not the one it was done to.
 */
const HARMER_ASKED = new RegExp(
  `^\\W*(?:and\\s+|y\\s+|so\\s+)?(?:who|quien(?:es)?)\\s+(?:${OBJECT_PRONOUN}\\s+)?(?:${HARM_VERB_EN}|shoot|${HARM_VERB_ES})\\p{L}*` +
    `|\\b(?:who|que)\\s+(?:${OBJECT_PRONOUN}\\s+(?:${HARM_VERB_EN}|${HARM_VERB_ES})\\p{L}*|(?:${HARM_VERB_EN})\\p{L}*\\s+(?:him|her|them))\\b`,
  'u'
)
const HARM_STEM = '(?:kill|murder|shot|attack|kidnap|abduct|beat|threat|tortur|arrest|detain|secuestr|asesin|atac|agresi|agredi|amenaz|golpe|dispar|hiri|mataron|mato|muerte|death|detuv|deten|retuv|reten|captur)\\p{L}*'
/** "Unknown men shot him", "la policía, que los detuvo, …": the harm told right after the one who did it. */
const HARM_DONE_AFTER = new RegExp(`^(?:,\\s*(?:who|que|quien(?:es)?)|\\s+(?:(?:has|have|had|was|were|is|are|reportedly|allegedly|then|ha|han|habia|habían|había)\\s+)?(?:(?:lo|la|los|las|le|les)\\s+)?)\\s*${HARM_STEM}`, 'iu')
/** "He was shot by X", "secuestrados por X": the one the harm was done by. */
const HARM_DONE_BEFORE = new RegExp(`${HARM_STEM}(?:\\s+[\\p{L}]+){0,3}?\\s+(?:by|por)\\s+(?:(?:the|a|an|el|la|los|las|unos|unas)\\s+)?(?:[\\p{Ll}]+\\s+){0,2}$`, 'iu')

/** "What's the name of the officer who beat him?" — "inmates beat Amer": a name the sentence does not say did the harm. */
function harmerMissed(question: string, text: string, name: string): boolean {
  const start = text.indexOf(name)
  return HARMER_ASKED.test(fold(question)) && (start === -1 || !harmDoneBy(text, {type: 'person', text: name, start, end: start + name.length}))
}

/** "¿A quién se entregaron las firmas?", "to whom were they handed?": the one given it is asked for ("who received it?" asks for the one the sentence says received it). */
const RECIPIENT_ASKED = /^\W*(?:(?:y\s+)?a\s+quien(?:es)?\s+(?:se\s+)?(?:le\s+|les\s+|las\s+|los\s+|la\s+|lo\s+|se\s+)?(?:entreg|envi|mand|dio|dieron|hizo llegar|hicieron llegar)|to whom|who\s+(?:was (?:it|the \w+) (?:handed|given|delivered|sent) to|were (?:they|the \w+) (?:handed|given|delivered|sent) to))/
/** Where a sentence hands something over: "entregó", "handed over to", "puso a disposición del". */
const HANDING = /\b(?:entreg\p{L}*|hand(?:ed|ing|s)?(?:\s+(?:over|in))?|deliver\p{L}*|present\p{L}*\s+(?:it\s+|them\s+)?to|sent|send\p{L}*|envi\p{L}*|submit\p{L}*|a\s+disposici[oó]n|en\s+manos|hizo\s+llegar|hicieron\s+llegar)\b/iu

/** Whether the span stands after the sentence's handing over, as the one it goes to. */
function handedTo(text: string, span: Span): boolean {
  const handing = HANDING.exec(text)
  return handing !== null && span.start >= handing.index + handing[0].length
}

/** "Who is he meeting there?": whom someone meets, not who meets them (a Spanish "¿con quién …?" is read by its "con"). */
const MET_ASKED = /\bwho\s+(?:is|are|was|were|will|did|do|does)\s+(?:he|she|they|it|the\s+\w+|\w+)\s+(?:going\s+to\s+)?(?:meet|meeting|see|seeing|talk(?:ing)?\s+(?:to|with))\b/
/** Where a sentence has someone meet another: "set to hold talks with", "met", "se reunirá con". */
const MEETING = /\b(?:meet\p{L}*|met|talks\s+with|talk\p{L}*\s+(?:to|with)|reun\p{L}*\s+con|entrevist\p{L}*\s+con|audiencia\s+con)\b/iu

/** Whether the span stands after the sentence's meeting, as the one met. */
function metWith(text: string, span: Span): boolean {
  const meeting = MEETING.exec(text)
  return meeting !== null && span.start >= meeting.index + meeting[0].length
}

/** Whether the sentence says the one it names did the harm: "X shot him", "X, que los secuestró", "killed by X". */
function harmDoneBy(text: string, span: Span): boolean {
  return HARM_DONE_AFTER.test(text.slice(span.end, span.end + 60)) || HARM_DONE_BEFORE.test(text.slice(Math.max(0, span.start - 60), span.start))
}

const BOUND = /\b(?:under|over|above|below|aged|menores de|mayores de|de hasta|hasta)\s+$/i

/** Whom something is against, named right after: "contra los jueces X", "against the company's chief X". */
const AGAINST_BEFORE = /(?<![\p{L}])(?:against|contra)\s+(?:(?:the|el|la|los|las|al|a)\s+)?(?:[\p{L}'’-]+\s+){0,2}$/u

/** A figure followed by what it counts ("… million people", "500 trabajadores"), not by a unit of age or time. */
function countsWhatFollows(after: string): boolean {
  return /^\s+\p{L}{3,}/u.test(after) && !TIME_UNIT_AFTER.test(after) && !/^\s+(?:years?[- ]old|of age|de edad)\b/iu.test(after)
}

function withoutNames(matched: ReadonlySet<string>, names: ReadonlySet<string>): Set<string> {
  return new Set([...matched].filter((term) => !names.has(term)))
}

/** Nouns that count anyone ("how many people were wounded"): the verb, not the noun, says what is counted. */
const ANYONE = new Set(['people', 'persons', 'personas', 'gente', 'ppl', 'of', 'de', 'were', 'was', 'are', 'is', 'have', 'has', 'had', 'han', 'ha', 'fueron', 'son', 'hay'])

/**
 * "How many signatures …": what is counted, as a term, the last word of its phrase ("how many
 * Russian soldiers" counts soldiers); none for "how many people …" or "how many were …".
 */
function countedTerm(index: EvidenceIndex, question: string): string | undefined {
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

/** Whether a sentence writes a year, itself or in the heading or line it is listed under ("## Arrests in 2024" over "- Zenda: 149"). */
function writesYear(index: EvidenceIndex, evidence: EvidenceSentence, year: string): boolean {
  return [evidence.sentence.index, ...evidence.listedUnder, ...(evidence.section === undefined ? [] : [evidence.section])].some((at) => index.sentences[at]!.sentence.text.includes(year))
}

/** A count since a time: "since 2000", "desde 2016", "so far". */
const SINCE_ASKED_COUNT = /\b(?:since|desde|so far|hasta ahora|en lo que va)\b/

/** "the 28th death in detention since 2000", "la quinta muerte desde …": the rank written before the thing counted, as a figure. */
function rankCounted(index: EvidenceIndex, candidate: Candidate, counted: string): string | undefined {
  const text = candidate.evidence.sentence.text
  if (!SINCE_ASKED_COUNT.test(fold(text))) return undefined
  for (const match of text.matchAll(/\b(\d{1,4})(?:st|nd|rd|th|º|ª|°)\s+([\p{L}-]+)/gu)) {
    if (countsAs(index.termOf(fold(match[2]!)), new Set([counted]))) return match[1]
  }
  return undefined
}

/** "how many more", "¿cuántos otros …?": a count added to one told before. */
const ADDED_COUNT = /\b(?:how many|cuant[oa]s)\s+(?:more|further|additional|other|mas|otr[oa]s)\b/

const FINITE_VERB = /^(?:[a-z]+(?:aron|ieron|eron)|died)$/

const PARTICIPLE = /^(?:[a-z]+(?:ed|en|ados?|adas?|idos?|idas?|aron|ieron|eron|ron))$/

/** "How many people were wounded", "¿cuántas personas fueron detenidas …?": the verb that says what is counted. */
function countingVerb(index: EvidenceIndex, question: string): string | undefined {
  const words = wordsOf(question)
  const at = words.findIndex((word, i) => (word === 'many' && words[i - 1] === 'how') || /^cuant[oa]s$/.test(word))
  if (at < 0) return undefined
  const verb = words.slice(at + 1).find((word) => !ANYONE.has(word) && !isStopword(word) && !/^(?:been|estan|estaban|siguen|sigue|still|remain|remained)$/.test(word) && PARTICIPLE.test(word))
  return verb ? termInArticle(index, verb).term : undefined
}

/** "How much", "cuánto": an amount, not a count of things. */
const AMOUNT_ASKED = /\b(?:how much|cuanto|cuanta)\b/

/** For "how many people were <done to>", whether a figure of the sentence sits beside that verb ("319 were wounded"). */
function countsWhatWasDone(index: EvidenceIndex, sentence: EvidenceSentence['sentence'], question: string): boolean {
  const verb = countedTerm(index, question) === undefined ? countingVerb(index, question) : undefined
  if (verb === undefined) return true
  const figures = (sentence.spans ?? []).filter((span) => span.type === 'number')
  // "How much did the UK cut its funding?" — "reduced its funding by more than 86%": a share or a sum measures what was done, in whatever verb.
  if (AMOUNT_ASKED.test(fold(question)) && figures.some((span) => PERCENT_SIGN.test(span.text) || /[$€£]|\b(?:million|billion|millones|mil millones)\b/iu.test(span.text))) return true
  return figures.length === 0 || figures.some((span) => counts(index, sentence.text, span, new Set([verb]), true)) || listedAs(index, index.sentences[sentence.index]!, new Set([verb]))
}

/** "## Arrests by province" / "- Tromsvik (149)": what a list's figures count is named where the list is introduced. */
function listedAs(index: EvidenceIndex, evidence: EvidenceSentence, counted: ReadonlySet<string>): boolean {
  return evidence.listedUnder.some((at) => [...index.sentences[at]!.terms].some((term) => countsAs(term, counted)))
}

/** "How many people …", "¿cuántas personas …?": people, however the sentence calls them. */
const PEOPLE_COUNTED = /\b(?:how many|cuant[oa]s)\s+(?:people|persons|ppl|personas|gente)\b/

/** Words that count people: "250 workers", "12 de ellos", "cinco activistas", "2,500 women". */
const PEOPLE_WORD =
  /^(?:people|persons|personas|gente|individuals|members|miembros|staff|employees|workers|trabajador\w*|volunteers|voluntari\w*|activists|activistas|journalists|periodistas|reporters|women|mujeres|men|hombres|children|kids|ninos|ninas|menores|girls|boys|students|estudiantes|protesters|protestors|demonstrators|manifestantes|defenders|defensor\w*|detainees|detenid\w*|prisoners|pres[oa]s|refugees|refugiad\w*|migrants|migrantes|families|familias|residents|habitantes|vecinos|civilians|civiles|victims|victimas|adults|adultos|participants|participantes|delegates|delegad\w*|supporters|signatories|firmantes|signatures|firmas|defendants|accused|acusad\\w*|procesad\\w*|imputad\\w*|farmers|campesin\w*|indigenous|indigenas|lawyers|abogad\w*|doctors|medicos|nurses|teachers|docentes|maestr\w*|survivors|sobrevivientes|inmates|reclusos|internos|deaths|dead|killed|muert\w*|fallecid\w*|injured|wounded|heridos|them|ellos|ellas|who|que|quienes|soldiers|soldados|police|policias|officers|agentes|leaders|lideres|mothers|madres|fathers|padres|youths|jovenes|citizens|ciudadan\w*|nationals|inhabitants|displaced|desplazad\w*|asylum|solicitantes|applicants|empleados|union|unionists|sindicalistas)$/

function countsPeople(text: string, span: Span): boolean {
  // "three arrest warrants, yet not one of them …": the words after the figure's clause count nothing either.
  const following = searchWordsOf(text.slice(span.end, span.end + 60).split(/[,;:]/u)[0] ?? '').filter((word) => !isStopword(word) || /^(?:them|ellos|ellas|who|que|quienes)$/.test(word)).slice(0, 3)
  // "450 people have been hurt, and 11 clinics are shut": the people of the clause before count nothing after its comma.
  const preceding = searchWordsOf(text.slice(Math.max(0, span.start - 40), span.start).split(/[,;:]/u).at(-1) ?? '').filter((word) => !isStopword(word)).slice(-2)
  return [...following, ...preceding].some((word) => PEOPLE_WORD.test(word) || PEOPLE_SUFFIX.test(word))
}

/** Whether the word right after a figure names people: "some 90 civilians", "12 de ellos" is not. */
function peopleRightAfter(text: string, span: Span): boolean {
  const next = searchWordsOf(text.slice(span.end, span.end + 30))[0] ?? ''
  return PEOPLE_WORD.test(next) || PEOPLE_SUFFIX.test(next)
}

/** What is said of one accused of a harm, not one who suffered it: "…, who was also held there, has been charged with murder". */
const ACCUSED_AFTER = /^[^.;]{0,80}?\b(?:charged with|accused of|convicted of|arrested for|sentenced for|acusad[oa]s? de|imputad[oa]s? (?:de|por)|condenad[oa]s? por)\b/u

/** A figure right after a preposition ("with the tens of thousands of mothers …"). */
const OBJECT_OF_PREPOSITION = /(?:^|\s)(?:of|with|from|to|for|by|among|about|de|con|a|para|por|entre|desde|sobre)\s+(?:\p{L}+\s+){0,2}$/iu

/**
 * "How many people signed?" — "Around 12,000 people around the globe, from more than 130 countries, have put their names to the petition":
 * people counted who then do what is asked, later in the sentence, with no other count of people between.
 */
function didLater(index: EvidenceIndex, sentence: EvidenceSentence['sentence'], span: Span, counted: ReadonlySet<string>): boolean {
  // Those who do it are the sentence's subject: "from the thousands of activists who …" names others' deed.
  // … not set beside others as who they are: "release A and B, two women detained since May" tells who, not how many did it.
  const before = sentence.text.slice(Math.max(0, span.start - 30), span.start)
  if (OBJECT_OF_PREPOSITION.test(before) || /,\s*$/u.test(before)) return false
  const rest = sentence.text.slice(span.end, span.end + 160).split(/[;:.](?:\s|$)/u)[0] ?? ''
  const words = searchWordsOf(rest).filter((word) => !isStopword(word))
  // The figure counts people by the word right after it ("12,000 people"), not by one further on ("one of the many ways children …").
  if (!PEOPLE_WORD.test(words[0] ?? '') && !PEOPLE_SUFFIX.test(words[0] ?? '')) return false
  const at = words.findIndex((word) => countsAs(index.termOf(word), counted))
  if (at < 1) return false
  // Subject, maybe an aside between two commas, then the verb: not the last item of a list ("11,081 deaths, homicides, …, and disappearances").
  const upTo = fold(rest).search(new RegExp(`(?<![a-z])${words[at]}(?![a-z])`))
  // "30 million people in East, West and Southern Africa are going to need food aid": a comma between places lists where they are.
  const places = (sentence.spans ?? []).filter((other) => other.type === 'place')
  const betweenPlaces = (at: number) => places.some((one) => /^\s*$/.test(sentence.text.slice(one.end, at))) && places.some((one) => /^\s*$/.test(sentence.text.slice(at + 1, one.start)))
  const commas = [...rest.slice(0, Math.max(0, upTo)).matchAll(/,/g)].filter((comma) => !betweenPlaces(span.end + comma.index)).length
  if (upTo < 0 || (commas !== 0 && commas !== 2)) return false
  return !(sentence.spans ?? []).some((other) => other !== span && other.type === 'number' && other.start > span.end && other.start < span.end + upTo && countsPeople(sentence.text, other))
}

/** Nouns for people by their ending: "critics", "politicians", "participants", "activists", "periodistas", "campesinos" ("-ers" names letters and papers too, "-ments" governments). */
const PEOPLE_SUFFIX = /^(?![a-z]*(?:ments|mentos|mientos)$)(?!(?:clinics|politics|statistics|topics|ethics|economics|tactics|plastics|electronics|logistics|graphics|basics|characteristics|metrics|lyrics|warrants|grants|plants|restaurants|implants|elephants|documents|incidents|accidents|events|comments|components|contents|tents|cents|percents|talents|intents|sentences)$)[a-z]{2,}(?:ists|ics|ians|ants|ents|istas|antes|entes|eros|eras|anos|anas|ores|oras)$/

/** Whether the figure counts that thing: "12,500 signatures", "four people", "70 entrevistas". */
function counts(index: EvidenceIndex, text: string, span: Span, counted: ReadonlySet<string>, byVerb: boolean): boolean {
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

/**
 * "How many recommendations did Iran reject?" — "Of these, it accepted 123 and rejected 45.": a figure that closes its clause
 * right after a verb the question asks with counts what was done, named before.
 */
function countedByVerbBefore(index: EvidenceIndex, text: string, span: Span, matched: ReadonlySet<string>, counted: ReadonlySet<string>): boolean {
  if (!/^\s*(?:[.,;)]|and\s|y\s|$)/u.test(text.slice(span.end))) return false
  const verb = (text.slice(Math.max(0, span.start - 30), span.start).match(/\p{L}+/gu) ?? [])
    .filter((word) => !isStopword(fold(word)) && !FIGURE_QUALIFIERS.test(fold(word)))
    .at(-1)
  if (!verb || !DONE_FORM.test(verb)) return false
  const term = index.termOf(fold(verb))
  return matched.has(term) && !countsAs(term, counted)
}

/** A verb in a form that tells what was done: "rejected", "rechazó", "detenidas". */
const DONE_FORM = /(?:ed|ó|aron|ieron|ad[oa]s?|id[oa]s?)$/iu

/** Words between a verb and its figure: "a further 20", "some 300", "otras 12". */
const FIGURE_QUALIFIERS = /^(?:further|another|more|some|about|around|nearly|almost|over|only|just|roughly|approximately|otr[oa]s?|un[oa]s|casi|solo|unos|mas|alrededor)$/

/** Where a figure's clause ends after it: a semicolon, or "and", "y" before another verb ("aceptó 123 y rechazó 45"). */
const CLAUSE_AFTER_FIGURE = /;|\s(?:and|y)\s+(?=\p{L}+(?:ed|ó|aron|ieron)(?![\p{L}]))/u

/** "put the number of children killed in the conflict at no fewer than 435": what a figure counts, named after "the number of". */
function countedBefore(text: string, figure: Span): string | undefined {
  return /\b(?:number|total|toll|count|n[uú]mero|cifra|balance)\s+(?:of|de)\s+([^.;:]{3,70})$/iu.exec(text.slice(Math.max(0, figure.start - 80), figure.start))?.[1]
}

/** Whether a term is what is counted, in one of its forms. */
function countsAs(term: string, counted: ReadonlySet<string>): boolean {
  return counted.has(term) || [...counted].some((wanted) => sameWord(wanted, term))
}

/** "in 2016", "desde 2007", "a principios de 2021": a year as the time something happens, not part of a name ("World Press Freedom Day 2015"). */
const YEAR_AS_TIME = /(?:^|\s)(?:in|en|since|desde|from|until|till|to|hasta|by|around|hacia|durante|during|early|late|mid|de|del|a|year|año)\s+$/iu

/** "25 May 2023" or "February" answers "when"; "today" in an undated article does not. */
function informativeDate(span: Span): boolean {
  // "el viernes", "in March": a weekday or a month written in lower case is a date too.
  return span.iso !== undefined || CALENDAR_WORD.test(fold(span.text)) || /\d/.test(span.text) || /[A-Z]/.test(span.text.slice(1)) || /^\p{Lu}/u.test(span.text) && !/^(?:Today|Yesterday|Tomorrow|Hoy|Ayer|Mañana)$/u.test(span.text)
}

/**
 * A quote of the one the question asks about: in the sentence, or on the line after "X said:".
 * Named by the question, or described by its words ("the minister"); someone else's words are
 * not what they said.
 */
function quoteSpan(facts: Facts, index: EvidenceIndex, candidate: Candidate, asked: ReadonlySet<string>, terms: readonly QuestionTerm[], anySpeaker: boolean): {span: Span; at: number} | undefined {
  const at = candidate.evidence.sentence.index
  const described = (entity: string | undefined) => {
    if (anySpeaker) return true
    const speaker = facts.people.find((person) => person.id === entity)
    if (!speaker) return false
    const words = new Set(wordsOf([speaker.name, ...speaker.titles, speaker.affiliation ?? ''].join(' ')).map(index.termOf))
    return terms.some((term) => term.weight > 0 && !isLightWord(term.word) && words.has(term.term))
  }
  // A person named: their words only. An organisation or a role named: whoever speaks for it ("the president of X").
  const askedPerson = facts.people.some((person) => asked.has(person.id))
  for (const sentence of [index.sentences[at], index.sentences[at + 1]]) {
    const quote = sentence?.sentence.spans?.find((span) => span.type === 'quote' && (askedPerson ? span.entity !== undefined && asked.has(span.entity) : described(span.entity)))
    if (quote && sentence) return {span: quote, at: sentence.sentence.index}
  }
  return undefined
}

/** Whether the question names this person after "about" ("what did he say about Ruiz", "qué dijo sobre Ruiz"): spoken of, not speaking. */
function spokenAbout(facts: Facts, question: string, id: string): boolean {
  const person = facts.people.find((known) => known.id === id)
  if (!person) return false
  const folded = fold(question)
  return [person.name, ...person.aliases].some((name) => {
    const first = wordsOf(name)[0]
    // "de" only right before the name: "¿qué dijo el director de Harbourwatch, Ana Lenz?" asks what she said.
    return first !== undefined && new RegExp(`\\b(?:(?:about|regarding|sobre|acerca de|respecto a)\\s+(?:(?:la|el|the)\\s+)?(?:\\p{L}+\\s+)?|de\\s+)${first}\\b`, 'u').test(folded)
  })
}

function sayQuote(draft: Draft, facts: Facts, index: EvidenceIndex, quote: {span: Span; at: number}): Draft {
  const sentence = index.sentences[quote.at]!.sentence
  const speaker = facts.people.find((person) => person.id === quote.span.entity)
  // "Galán lamentó que la oficina «no ha tenido los medios suficientes» y …": a few quoted words inside what the sentence reports are said with it.
  if (quote.span.text.length * 2 < sentence.text.length && quote.span.start > 0) return saySentence(draft, sentence, speaker, goesOnSaying(index, sentence, speaker))
  // "“We want dialogue,” said Khan. “But the concerns still need an answer.”": what they went on to say in the same breath.
  const next = index.sentences[quote.at + 1]?.sentence
  const more = speaker && next && next.paragraph === sentence.paragraph ? next.spans?.find((span) => span.type === 'quote' && span.entity === speaker.id && span.start <= 1) : undefined
  const words = more ? `${quote.span.text.replace(/,\s*$/u, '.')} ${more.text}` : quote.span.text
  draft.say(speaker ? 'evidence-quote' : 'evidence-quote-unnamed', {speaker: speaker?.name ?? '', quote: words})
  if (more && next) cite(draft, next, speaker)
  return cite(draft, sentence, speaker)
}

/** Where the clause of a word ends: a comma, a semicolon, a dash or a bracket. */
const CLAUSE_END = /[,;:()–—]/u

/** "His organisation, he said, has "zero tolerance" …": a sentence that goes on with what the one just quoted said. */
const GOES_ON_SAYING = /\b(?:he|she|they)\s+(?:said|says|added|went on|continued|stressed|noted|warned|explained|insisted)\b|\b(?:añadió|agregó|prosiguió|subrayó|insistió|advirtió|explicó)\b/iu

/** Whether the next sentence of the paragraph goes on with the speaker's words, naming no one else. */
function goesOnSaying(index: EvidenceIndex, sentence: EvidenceSentence['sentence'], speaker: Person | undefined): boolean {
  const next = index.sentences[sentence.index + 1]?.sentence
  return speaker !== undefined && next !== undefined && next.paragraph === sentence.paragraph && GOES_ON_SAYING.test(next.text) && !(next.spans ?? []).some((span) => span.type === 'person' && span.entity !== speaker.id)
}

/** What a question says something is about when it asks of the release's own subject ("the findings", "la visita"). */
const OWN_SUBJECT = /^(?:findings?|results?|report|research|study|survey|situation|case|issue|matter|news|visit|mission|verdict|ruling|judgment|judgement|decision|conclusiones|hallazgos|resultados|informe|estudio|situacion|caso|tema|asunto|visita|mision|fallo|sentencia|veredicto|resolucion)$/

/**
 * "What did Carson say about the findings?": the one person the question names, quoted in other
 * words than the question's. Their quote that holds most of what it asks about (besides the
 * release's own subject), when one holds a share of it; someone quoted on other things only was
 * not asked about.
 */
function quoteOfNamed(facts: Facts, index: EvidenceIndex, terms: readonly QuestionTerm[], asked: ReadonlySet<string>): {span: Span; at: number} | undefined {
  const named = facts.people.filter((person) => asked.has(person.id))
  if (named.length !== 1) return undefined
  const topic = terms.filter((term) => term.entity !== named[0]!.id && term.weight > 0 && !isLightWord(term.word) && !OWN_SUBJECT.test(term.word))
  const total = topic.reduce((sum, term) => sum + term.weight, 0)
  let best: {span: Span; at: number; share: number} | undefined
  for (const evidence of index.sentences) {
    const span = evidence.sentence.spans?.find((one) => one.type === 'quote' && one.entity === named[0]!.id)
    if (!span) continue
    const around = neighbours(index, evidence.sentence.index)
    const held = topic.reduce((sum, term) => sum + term.weight * (holds(evidence, term) ? 1 : around.some((other) => holds(other, term)) ? 0.6 : 0), 0)
    const share = total === 0 ? 1 : held / total
    if (!best || share > best.share) best = {span, at: evidence.sentence.index, share}
  }
  return best && best.share >= MIN_QUOTED_TOPIC ? best : undefined
}

/** Words a banner, a sign or a letter bears, in quotation marks after "read", "said", "decía", "rezaba": "The banner read "Politicians Talk, Leaders Act"". */
const WRITTEN_WORDS = /\b(?:read|reads|reading|said|says|saying|bore|bears|decía|decia|dice|rezaba|reza|ponía|ponia)\s*:?\s*["“«]/iu

/** Share of what a question asks someone spoke about that their quote must hold (tuned on the dev half). */
const MIN_QUOTED_TOPIC = 0.25

/** How a question is read and which sentences it finds, for tuning (`scripts/why.ts`). */
export function explainEvidence(facts: Facts, asTyped: string, focus?: Person): {terms: QuestionTerm[]; ranked: Candidate[]} {
  const index = evidenceIndex(facts)
  const question = questionAsMeant(index, asTyped)
  const terms = questionTerms(index, question, questionShape(question), focus, namedEntities(facts, question))
  return {terms, ranked: candidates(index, terms).sort((a, b) => b.coverage - a.coverage || b.score - a.score)}
}

/** Whether the article speaks of something asked of it, not what about it: "does it mention X?", "¿se habla de X?", "is X mentioned?". */
const MENTION_ASKED = [
  /^\W*(?:and\s+|so\s+|y\s+)?(?:does|did|do)\s+(?:it|this|they|the (?:article|release|statement|report|story|text|press release|declaration|letter|petition|document|study|communique|alert))\s+(?:mention|say anything about|say something about|talk about|speak about|mention anything about|refer to|cover|discuss)\s+(.+)$/,
  /^\W*(?:and\s+|so\s+)?(?:is|was)\s+there\s+(?:anything|something|any mention)\s+(?:about|on|of)\s+(.+)$/,
  /^\W*(?:and\s+|so\s+)?(?:is|are|was|were)\s+(.+?)\s+(?:mentioned|talked about|discussed)\W*$/,
  /^\W*(?:y\s+)?(?:(?:el|la) (?:articulo|comunicado|nota|texto|declaracion|informe|carta|peticion|documento|estudio|alerta|pronunciamiento)\s+)?(?:se\s+)?(?:menciona|mencionan|habla|hablan|dice|dicen|aparece|hay)\s+(?:algo\s+)?(?:de|del|sobre|acerca de)\s+(.+)$/,
  /^\W*(?:y\s+)?(?:(?:el|la) (?:articulo|comunicado|nota|texto|declaracion|informe|carta|peticion|documento|estudio|alerta|pronunciamiento)\s+)?(?:se\s+)?(?:menciona|mencionan)\s+(?!algo\b)(?:a\s+)?(.+)$/
]

function mentionedTopic(question: string): string | undefined {
  const folded = fold(question).replace(/[?¿!¡.]+/gu, ' ').trim()
  for (const pattern of MENTION_ASKED) {
    const topic = pattern.exec(folded)?.[1]?.trim()
    if (topic) return topic
  }
  return undefined
}

/** "Yes" and the sentence that holds every word of what is asked about; none, and the article does not say. */
function mentionAnswer(draft: Draft, index: EvidenceIndex, topic: string, focus: Person | undefined, entities: ReadonlyMap<string, string>): Draft | undefined {
  const terms = questionTerms(index, topic, questionShape(topic), focus, entities)
  const held = candidates(index, terms).filter((candidate) => candidate.coverage >= MENTION_COVERAGE && !isSubheading(candidate)).sort((a, b) => b.score - a.score)[0]
  if (!held) return undefined
  draft.say('evidence-yes')
  return saySentence(draft, held.evidence.sentence, undefined)
}

/** A sentence holds every word of what is asked about, not only a neighbour's. */
const MENTION_COVERAGE = 0.99

/** "Is there an event in London?", "¿hay alguna protesta en Strelsau?": whether there is one, which an article not naming it does not settle. */
const THERE_IS_ASKED = /^\W*(?:so\s+)?(?:is|are|was|were|will)\s+there\b|\b(?:hay|habra|habia|hubo|existe)\b/

/** Words that ask of one more place, or of one among others: "also", "another", "besides". */
const ANOTHER_ASKED = /\b(?:other|another|else|besides|otr[oa]s?|mas|more)\b/

/**
 * "Was the protest in Oslo?" of an article that never names Oslo: where it was, when the article says so, and so no.
 * A country or a region the question names is set only against another country or region: a city may lie in it.
 * "Was he let out in March?": when he was, and so no when the sentence that tells it gives another month, not March;
 * "¿La manta medía 70 metros?", how much, likewise.
 * Yes rests on more than a day: the checks of the sentences that hold the question's words.
 */
export function askedAgainAnswer(request: Request, asTyped: string, options: EvidenceOptions = {}): Draft | undefined {
  const index = evidenceIndex(request.facts)
  const question = questionAsMeant(index, asTyped)
  const shape = questionShape(question)
  const folded = fold(question)
  if (!shape.polar || shape.today || OPEN_LIST.test(folded) || ANOTHER_ASKED.test(folded) || ONLY.test(folded) || ORIGIN_ASKED.test(folded) || THERE_IS_ASKED.test(folded)) return undefined
  // One place, one figure, or one day however many words give it ("on Sunday, February 13").
  const stated = statedValues(question, index, namedEntities(request.facts, question))
  const value = stated[0]
  if (!value || (value.type !== 'place' && value.type !== 'date' && value.type !== 'number') || stated.some((other) => other.type !== value.type) || (value.type !== 'date' && stated.length > 1)) return undefined
  const forms = formsOf(value)
  // A place the article names may be where it was: the sentences that name it settle that, or none does.
  if (value.type === 'place' && index.sentences.some((evidence) => forms.some((form) => fold(evidence.sentence.text).includes(form)))) return undefined
  // The question without what it states, nor the word that led into it: "was the protest?", "was he let out on bail?".
  let asked = question
  for (const {text} of stated) {
    const at = fold(asked).lastIndexOf(fold(text))
    if (at < 0) return undefined
    asked = `${asked.slice(0, at).replace(/[\s,]+(?:in|on|at|to|from|outside|near|en|el|a|de|del|desde|ante|frente a|fuera de)?(?:\s+(?:the|el|la|los|las))?\s*$/iu, '')}${asked.slice(at + text.length)}`
  }
  const told = evidenceAnswer(request, asked, {...options, askedAs: value.type})
  const [first] = told?.paragraphs[0] ?? []
  const short = first && typeof first.words !== 'string' && 'message' in first.words && first.words.message === 'evidence-short' ? first.words.args?.answer : undefined
  const found = short === undefined ? undefined : typeof short === 'number' ? String(short) : literalText(short)
  const cited = told?.sources[0] ? index.sentences[told.sources[0].sentenceIndex]?.sentence : undefined
  if (!told || !found || !cited) return undefined
  const wide = (name: string) => foldedCountryNames().has(fold(name)) || [...regionNames()].some((region) => fold(region) === fold(name))
  if (value.type === 'place' && wide(value.text) && !wide(found)) return undefined
  // The day or the figure asked may be told beside another: only a sentence that gives another, and not it, says no.
  if (value.type !== 'place' && stated.some((one) => holdsValue(cited, one) || !contradicts(cited, one))) return undefined
  const draft = new Draft(request, 'fact').say('evidence-no')
  // Of several figures in the sentence, the one picked may measure something else ("a 104-metre monument … a 27-metre banner"):
  // the sentence says which, not the figure alone.
  draft.paragraphs.push(...(value.type === 'number' ? told.paragraphs.slice(1) : told.paragraphs))
  draft.facts.push(...told.facts)
  draft.sources.push(...told.sources)
  return draft
}

export interface EvidenceOptions {
  /** The person talked about before, for "she", "he". */
  focus?: Person | undefined
  /**
   * Words the answering sentence must hold, by any of their forms ("kids" held by "children"):
   * what the question is about when the genre seldom tells it (a death toll, someone's age).
   */
  required?: readonly string[] | undefined
  /** "Who is the host of …?" asked again as "who hosted …?": no one holds the title it names. */
  asDeed?: boolean | undefined
  /** "Was the protest in Oslo?" asked again as "where was the protest?", "was it in March?" as "when was it?". */
  askedAs?: 'place' | 'date' | 'number' | undefined
}

/** A draft answering the question from one sentence of the article, or undefined when none does. */
export function evidenceAnswer(request: Request, asTyped: string, options: EvidenceOptions = {}): Draft | undefined {
  const {facts} = request
  const index = evidenceIndex(facts)
  const question = questionAsMeant(index, asTyped)
  const shape = options.asDeed ? {...questionShape(question), definition: false} : options.askedAs ? {...questionShape(question), polar: false, type: options.askedAs} : questionShape(question)
  // "Where was the release issued from?": the dateline's city.
  if (ISSUED_FROM.test(fold(question))) return datelineAnswer(new Draft(request, 'fact'), index)
  // "What number is this urgent action?": the "UA 243/15" it is filed under.
  const filed = REFERENCE_ASKED.test(fold(question)) ? referenceOf(index) : undefined
  if (filed) return sayShort(new Draft(request, 'fact'), filed.reference, filed.line)
  // "What is Gabby Arias's email?": the address on the line that names her.
  const contactKind = contactAsked(question)
  const contact = contactKind ? namedContact(index, question, contactKind) : undefined
  if (contact) return sayShort(new Draft(request, 'fact'), contact.address, contact.line)
  // "Is there an email I can use?": the one address the article gives.
  const email = EMAIL_ASKED.test(fold(question)) ? onlyEmail(index) : undefined
  if (email) return sayShort(new Draft(request, 'fact'), email.address, email.line)
  // "What's the deadline to act?": an urgent action's "Act by:" line, or none.
  const deadline = DEADLINE_ASKED.test(fold(question)) ? actByLine(index) : undefined
  if (deadline) {
    const draft = new Draft(request, 'fact')
    return sayShort(draft, spanInAskersLanguage(deadline.date, draft), deadline.line)
  }
  // "What's the phone number?": only a number one can dial answers it.
  if (phoneUnwritten(index, question)) return undefined
  const phone = PHONE_ASKED.test(fold(question)) ? onlyPhone(index) : undefined
  if (phone) return sayShort(new Draft(request, 'fact'), phone.number, phone.line)
  // Where someone is from: releases name roles, seldom origins, and a place beside a name is where they went.
  // Whether something is still so: an article tells how things stood the day it was written.
  if (shape.type === 'origin') return undefined
  const entities = namedEntities(facts, question)
  // "Is Ruiz the president of Chile?": the titles the article gives the one it names.
  const claim = shape.polar && !shape.today ? roleClaim(facts, question, new Set(entities.values())) : undefined
  if (claim) return sayRoleClaim(new Draft(request, 'fact'), index, claim)
  // "Who runs Amnesty Argentina?": the head of the organisation named, by their title.
  const head = HEAD_ASKED.test(fold(question)) ? headOf(facts, index, question, new Set(entities.values())) : undefined
  if (head) return sayHolder(new Draft(request, 'fact'), head)
  // "How old is she?": the age written beside the person's name.
  const aged = AGE_ASKED.test(fold(question)) ? ageAnswer(new Draft(request, 'fact'), index, facts, [...new Set(entities.values())], options.focus, question) : undefined
  if (aged) return aged
  // "Where is Sudan Tribune based?" — "the Paris-based Sudan Tribune", "AUCD, based in Silver Spring": the place written as its base.
  const based = shape.type === 'place' && !shape.polar && BASED_ASKED.test(fold(question)) ? basedAnswer(new Draft(request, 'fact'), index, new Set(entities.values()), question) : undefined
  if (based) return based
  // "Se menciona algo de la impunidad?", "does it say anything about the camp?": a sentence that holds all of it, or the article does not say.
  const mentioned = mentionedTopic(question)
  if (mentioned) return mentionAnswer(new Draft(request, 'fact'), index, mentioned, options.focus, namedEntities(facts, mentioned))
  const terms = questionTerms(index, question, shape, options.focus, entities)
  // "Who's in the photo?", "who took the picture?": the article's caption, or its credit.
  const pictured = PHOTO_ASKED.test(fold(question)) ? photoAnswer(new Draft(request, 'fact'), index, question, shape, terms) : undefined
  if (pictured) return pictured
  // "Who's organising it?": an advisory's "Organisers:" line, or what its "## Convocan" heading sets over.
  const organisers = shape.type === 'agent' && !shape.polar && terms.some((term) => term.term === ORGANISED) ? organiserLine(new Draft(request, 'fact'), index) : undefined
  if (organisers) return organisers
  // "When is the press conference?" of an advisory whose "## When" heading labels the line under it: that line.
  const headed = (shape.type === 'date' || shape.type === 'place') && !shape.polar && !shape.time && asksAnnouncedEvent(terms) && headedLines(index, shape.type === 'place' ? 2 : 1).length === 1 ? advisoryAnswer(new Draft(request, 'fact'), index, shape, terms) : undefined
  if (headed) return headed
  // A required word the article never uses stands for its translation ("páginas" in an English article: "pages").
  const required = (options.required ?? []).map((word): QuestionTerm => ({word, term: termInArticle(index, word).term, weight: 1}))
  const kindAsked = kindAskedFor(question, terms)
  // A span of the type asked for beside the question's words is evidence too: typed questions may
  // rest on sentences that hold less of their wording, the rest only on sentences that hold enough.
  const typed = SPAN_TYPES[shape.type] !== undefined || shape.duration
  // So may a yes/no question that states a figure, a day or a place: the sentence must hold it or another.
  const stated = shape.polar ? statedValues(question, index, entities) : []
  const checks = stated.length > 0
  // "Was this statement put out in New York?" — "WASHINGTON, DC – …": the release's dateline says where it was written.
  const dateline = shape.polar && RELEASE_PLACE_ASKED.test(fold(question)) ? headDateline(index) : undefined
  const issuedAt = dateline ? stated.filter((value) => value.type === 'place') : []
  const wordsTogether = (text: string) => ` ${fold(text).replace(/[^\p{L}\p{N}]+/gu, ' ').trim()} `
  const written = dateline ? wordsTogether(question).includes(wordsTogether(dateline.place)) : false
  if (dateline && (written || issuedAt.length > 0)) {
    const here = written || issuedAt.some((value) => formsOf(value).some((form) => fold(dateline.place).includes(form) || form.includes(fold(dateline.place))))
    const draft = new Draft(request, 'fact').say(here ? 'evidence-yes' : 'evidence-no')
    return sayShort(draft, dateline.place, dateline.sentence)
  }
  const floor = typed || checks ? MIN_TYPED_COVERAGE : MIN_COVERAGE
  // What the release's own organisation did may be told without naming it; what it said may not.
  const unsaid = shape.type === 'quote' || SPEAKS.test(fold(question)) ? undefined : index.author
  const found = candidates(index, terms, unsaid)
  // "Why did they pick Monday?", "what anniversary does the trip line up with?": the sentence that says what it is timed to.
  const timed = TIMING_ASKED.test(fold(question)) && !shape.polar ? timedTo(index, found) : undefined
  if (timed) return saySentence(new Draft(request, 'fact'), timed.sentence, undefined)
  const whereHeld = asksWhereHeld(question, shape)
  const ranked = found
    // Names are rare words and weigh much: what is asked about the named must be there too ("how old is X").
    // "Who is the UN rapporteur going to Mexico?" asks who someone is: all its weighty words must be there ("going" need not).
    .filter((candidate) => candidate.coverage >= floor && candidate.topicCoverage >= (shape.definition ? 1 - lightShareUnheld(terms, candidate) - 1e-9 : shape.type === 'date' ? MIN_DATED_TOPIC_COVERAGE : MIN_TOPIC_COVERAGE))
    .filter((candidate) => required.every((term) => holds(candidate.evidence, term) || sumOfMoney(candidate.evidence.sentence.text, term)))
    .filter((candidate) => namesKind(index, candidate, kindAsked))
    .filter((candidate) => ranksAsAsked(question, candidate))
    // "How many states voted in favour?" is not counted by "41 states voted against it".
    .filter((candidate) => shape.type !== 'number' || shape.polar || !votedOtherway(fold(question), fold(candidate.evidence.sentence.text)))
    .filter((candidate) => !whereHeld || namesPrison(candidate.evidence.sentence))
    // "How many letters?" — a headline's "1,600 letters" rounds what the body gives as "1,657": of two that hold as much of the question, the body's figure.
    // "whats the route" — "## Time and route" over "- Route: Zeestraat – Noordeinde": a section's heading names what the lines under it tell.
    .sort((a, b) => b.coverage - a.coverage || (shape.type === 'number' ? Number(a.evidence.sentence.block === 'heading') - Number(b.evidence.sentence.block === 'heading') : 0) || Number(isSubheading(a)) - Number(isSubheading(b)) || b.score - a.score)
  const best = ranked[0]
  const asked = new Set(entities.values())
  const draft = new Draft(request, 'fact')
  // A yes/no question whose words a sentence answers with their opposites ("¿es pública y presencial?" — "será virtual … privado").
  // "Was Kem Sokha acquitted in March?" — "… was convicted in March": what the question states the sentence holds too.
  const opposed = shape.polar ? found.find((candidate) => stated.every((value) => holdsValue(candidate.evidence.sentence, value)) && saysOpposite(question, candidate, terms) && !isActionLine(request.facts, candidate)) : undefined
  if (opposed) {
    draft.say('evidence-no')
    return saySentence(draft, opposed.evidence.sentence, undefined)
  }
  // "Who are the panelists?" — "## Panelists" over a list of names: the people its items name.
  const listed = best && shape.type === 'agent' && !shape.polar ? peopleListedUnder(index, request.facts, best.evidence) : []
  if (listed.length >= 2) {
    draft.say('evidence-short', {answer: listOf(listed.map(({person}) => nameWithRole(person, draft)))})
    for (const {item, person} of listed) cite(draft, item, person)
    return draft
  }
  // "What time does it start?": a clock time in a sentence about it, or the article does not say.
  if (shape.time) {
    // The one time an article gives answers "what time does it start" even without the question's words.
    const timed = index.sentences.filter((evidence) => CLOCK.test(evidence.sentence.text))
    // Several lines giving one time ("at 11:00 a.m." and "When: …, 11:00 a.m.") give it too.
    const one = new Set(timed.map((evidence) => (CLOCK.exec(evidence.sentence.text)?.[0] ?? '').replace(/\D/g, ''))).size === 1
    // The line that gives it most fully ("11:00 a.m. CET" over "at 11:00").
    const fullest = [...timed].sort((a, b) => (CLOCK.exec(b.sentence.text)?.[0].length ?? 0) - (CLOCK.exec(a.sentence.text)?.[0].length ?? 0))[0]
    // "What time does the press conference start?" of an advisory with one "When:" line that gives a time: that line, when
    // what is asked is what the advisory announces before it ("News Conference: …"), not a later time in the text.
    const whens = END_ASKED.test(fold(question)) ? [] : timed.filter((evidence) => Boolean(ADVISORY_LABEL.exec(evidence.sentence.text)?.[1]))
    const announced = whens.length === 1 && terms.every((term) => isLightWord(term.word) || STARTING.test(term.word) || ARRIVING.test(term.word) || index.sentences.slice(0, whens[0]!.sentence.index).some((before) => holds(before, term))) ? whens[0] : undefined
    // "What time is the rally tuesday?" — "Today, Tuesday, June 14th, 4:30 pm — City Hall": a line with a time that holds a little less of the question.
    const nearly = found.slice(0, 6).find((candidate) => candidate.coverage >= NEARLY_TIMED && CLOCK.test(candidate.evidence.sentence.text))?.evidence
    const clocked = announced ?? ranked.slice(0, 6).find((candidate) => CLOCK.test(candidate.evidence.sentence.text))?.evidence ?? (one ? fullest : nearly)
    // "¿A qué hora GMT?" — "12:00 local time (06:30 GMT)": the time given in the zone asked.
    const zone = ZONE.exec(fold(question))?.[0]
    const times = clocked ? [...clocked.sentence.text.matchAll(CLOCKS)] : []
    // "What time does it finish?": the second time of a span ("from 1 to 2 PM", "11:00-13:00"), or one after "until"; a single start time does not say.
    const endAsked = END_ASKED.test(fold(question))
    const ending = endAsked ? times.find((match, at) => at > 0 && /(?:[-–]|\b(?:to|until|till|hasta|a)\b)\s*$/iu.test(clocked!.sentence.text.slice(times[at - 1]!.index + times[at - 1]![0].length, match.index)) || /(?:\b(?:until|till|hasta|ends?\s+at|finish(?:es)?\s+at|termina\s+a)|\b(?:from|de)\s+\d{1,2}(?:[:.]\d{2})?\s*(?:[ap]\.?\s?m\.?\s*)?(?:to|a|[-–]))\s*(?:las\s+)?$/iu.test(clocked!.sentence.text.slice(Math.max(0, match.index - 30), match.index + (/^\D*/u.exec(match[0])?.[0].length ?? 0)))) : undefined
    if (endAsked && !ending) return undefined
    const time = ending ?? times.find((match) => zone !== undefined && fold(match[0]).includes(zone)) ?? times[0]
    if (!clocked || !time) return undefined
    // "What time does it start and finish?" — "4:00 – 5:45 PM": from the first time to the one it ends at.
    const first = times[0]
    const both = ending && first && first !== ending && START_AND_END.test(fold(question)) ? clocked.sentence.text.slice(first.index, ending.index + ending[0].length) : undefined
    // "at 11:30am" is given as the time itself, in either language.
    return sayShort(draft, (both ?? time[0]).trim().replace(/^at\s+/iu, ''), clocked.sentence)
  }
  // "How long did the research last?": a span of time beside what the question asks about.
  if (shape.duration) {
    for (const candidate of ranked.slice(0, 6)) {
      const text = candidate.evidence.sentence.text
      // "How long is the scroll?": a length answers it as a span of time does.
      for (const match of [...text.matchAll(DURATION), ...text.matchAll(LENGTH)]) {
        if (!nearMatched(index, candidate, {start: match.index, end: match.index + match[0].length}, 80)) continue
        return sayShort(draft, match[0].trim(), candidate.evidence.sentence)
      }
    }
    return undefined
  }
  // "Who's speaking for HRW?": the one of theirs the article quotes.
  if (shape.type === 'agent' && SPEAKS.test(fold(question)) && !CONTACT.test(fold(question))) {
    // "Who's speaking at it?" with no one named: the advisory's "Speakers:" line, before whoever the release quotes.
    const announced = asked.size === 0 ? advisoryAnswer(draft, index, shape, terms) : undefined
    if (announced) return announced
    const speakers = speakerFor(facts, index, asked)
    if (speakers) {
      const [only, ...others] = speakers.people
      if (only && others.length === 0) return sayHolder(draft, {person: only, at: speakers.at})
      return sayShort(draft, listOf(speakers.people.map((person) => nameWithRole(person, draft))), speakers.at.sentence)
    }
  }
  if (!best && shape.type === 'quote') {
    const quoted = quoteOfNamed(facts, index, terms, asked)
    return quoted ? sayQuote(draft, facts, index, quoted) : undefined
  }
  if (!best) return shape.definition ? holderOrDoer(request, asTyped, options, roleHolder(facts, index, terms, asked), terms) : advisoryAnswer(draft, index, shape, terms)

  if (shape.type === 'quote') {
    // "What did she say about governments?" with no one talked about yet: whoever the sentence
    // about governments quotes.
    const unresolvedPronoun = !options.focus && asked.size === 0 && PRONOUN.test(fold(question))
    // "What did the King promise?": the one person who holds the title the question names (whom the
    // rest of this answer then asks about).
    if (asked.size === 0) for (const id of titledAsked(facts, question)) asked.add(id)
    // "¿Qué dijo el tipo sobre Yolanda Ruiz?": the one named after "about" is who was spoken of, not who spoke.
    const spokenOf = new Set([...asked].filter((id) => spokenAbout(facts, question, id)))
    const speakers = new Set([...asked].filter((id) => !spokenOf.has(id)))
    for (const candidate of ranked.slice(0, 3)) {
      const quote = spokenOf.size > 0 && speakers.size === 0 ? quoteSpan(facts, index, candidate, speakers, terms, true) : quoteSpan(facts, index, candidate, asked, terms, unresolvedPronoun)
      // "X said the winners had earned recognition. «Just like …», she said.": what they said is both.
      if (quote && quote.at === candidate.evidence.sentence.index + 1 && reportsSpeech(candidate, asked)) return saySentence(draft, candidate.evidence.sentence, undefined, true)
      if (quote) return sayQuote(draft, facts, index, quote)
    }
    // "Vera rejected that …", "para Oxfam, la cumbre es una ocasión única": what they said in the
    // article's own words, when a sentence reports their words on what is asked.
    // "y la ONU qué dijo de su detención?" — "el Grupo de Trabajo de las Naciones Unidas calificó de arbitraria la detención":
    // a body the question names by no registered name, in a sentence that holds all it asks and reports their words.
    const reported = ranked.slice(0, 3).find((candidate) => (reportsSpeech(candidate, asked, index) && candidate.topicCoverage >= MIN_TOPIC_COVERAGE) || (asked.size === 0 && candidate.coverage >= MIN_YES_COVERAGE + 0.1 && reportedBy(index, candidate, terms)))
    const reporter = facts.people.find((person) => asked.has(person.id))
    // "What does she say about police cells?" asked first — "She insisted that … police cells …": the one the pronoun is, reporting on all the question asks.
    const pronounReported = !reported && unresolvedPronoun ? ranked.slice(0, 3).find((candidate) => candidate.coverage >= MIN_UNNAMED_REPORT_COVERAGE && samePronounReports(question, candidate.evidence.sentence.text)) : undefined
    // "¿Qué dicen de la crisis climática?" — "Para Amigos de la Tierra, la crisis climática …": whoever speaks, in a sentence that holds all the question asks.
    const theySay = !reported && !pronounReported && asked.size === 0 && !unresolvedPronoun && !SPEAKER_ASKED.test(fold(question)) ? ranked.slice(0, 3).find((candidate) => candidate.coverage >= MIN_UNNAMED_REPORT_COVERAGE && (REPORTING.test(fold(candidate.evidence.sentence.text)) || candidate.evidence.quotedFor !== undefined)) : undefined
    if (theySay) return saySentence(draft, theySay.evidence.sentence, undefined)
    if (pronounReported) return saySentence(draft, pronounReported.evidence.sentence, undefined)
    if (reported) return saySentence(draft, reported.evidence.sentence, undefined, goesOnSaying(index, reported.evidence.sentence, reporter))
    // What someone said, and no sentence quotes or reports them on it: the article does not say.
    const quoted = quoteOfNamed(facts, index, terms, asked)
    if (quoted) return sayQuote(draft, facts, index, quoted)
    // "What did the banner say?": no one's words, a thing's, written in quotation marks in the sentence that names it.
    const written = asked.size === 0 && !PRONOUN.test(fold(question)) ? ranked.slice(0, 2).find((candidate) => candidate.topicCoverage >= MIN_TOPIC_COVERAGE && WRITTEN_WORDS.test(candidate.evidence.sentence.text)) : undefined
    return written ? saySentence(draft, written.evidence.sentence, undefined) : undefined
  }
  // "¿Cómo se llama el barco?" — "the Greenpeace ship Esperanza": the name written right after the thing named.
  const called = shape.name && !shape.polar ? nameAfterNoun(index, ranked, best, question) : undefined
  if (called && !harmerMissed(question, called.evidence.sentence.text, called.name)) {
    return sayShort(draft, called.name, called.evidence.sentence)
  }
  // "Which court sentenced him?" — "the People's Court of Tuyen Quang province handed …": the name that says it is a court.
  const ofKind = !shape.polar && (shape.type === 'agent' || shape.type === 'place' || shape.type === 'text') ? nameOfKind(index, ranked, best, question, entities) : undefined
  if (ofKind) return sayShort(draft, ofKind.name, ofKind.evidence.sentence)
  // "How many settlements get the rice?" — "… in these settlements:" over a list of them: the items, counted.
  const itemsCounted = shape.type === 'number' && !shape.polar ? countedList(index, ranked, question) : undefined
  if (itemsCounted) return sayShort(draft, formatCount(request.lang, itemsCounted.count), itemsCounted.sentence)
  // The first sentence among the best that has a span of the type asked for; a headline that
  // gives none ("… kept in custody after his sentence ended") does not set how good the best is.
  const kinds = SPAN_TYPES[shape.type] ?? []
  // "Which countries were hit?" — "… people in East Africa hit by drought": a region gives no country to measure the rest by.
  const ofKindAsked = (span: Span) => kinds.includes(span.type) && (shape.granularity !== 'country' || span.type !== 'place' || foldedCountryNames().has(fold(span.text)))
  const bar = ranked.find((candidate) => (candidate.evidence.sentence.spans ?? []).some(ofKindAsked)) ?? best
  let headlineLead: ReturnType<typeof leadDate>
  // "¿Cuántos periodistas mataron en 2016?": a figure of a sentence that does not write the year is another year's, or of a longer time.
  const yearsAsked = shape.type === 'number' && !shape.polar ? (question.match(/\b(?:1[89]|20)\d\d\b/g) ?? []) : []
  // What "how many … since 2000?" counts, read once for every sentence's rank ("the 28th death").
  const rankedThing = shape.type === 'number' && !shape.polar && SINCE_ASKED_COUNT.test(fold(question)) ? (countedTerm(index, question) ?? countingVerb(index, question)) : undefined
  for (const candidate of ranked.slice(0, 12)) {
    if (candidate.coverage < bar.coverage - 0.35) break
    if (yearsAsked.some((year) => !writesYear(index, candidate.evidence, year))) continue
    const span = answerSpan(facts, index, candidate, shape, question, asked)
    // "La delegación estuvo formada por:" and a list of names under it: the people listed.
    const listed = !span && shape.type === 'agent' && !shape.polar ? peopleListedAfter(index, candidate.evidence.sentence, question, asked, facts.people) : []
    if (listed.length > 1) {
      return sayShort(draft, listOf(listed.map((one) => one.text)), candidate.evidence.sentence)
    }
    // "… it will review the following countries:" over "- Moldova – 7-8 November", "- Cameroon – …": the places listed.
    const listedPlaces = !span && shape.type === 'place' && !shape.polar ? placesListedAfter(index, candidate.evidence.sentence, question, asked) : []
    if (listedPlaces.length > 1) return sayShort(draft, listOf(listedPlaces.map((one) => one.text)), candidate.evidence.sentence)
    // "¿Cuándo fue la reunión?" of a headline that tells of it and gives no day: the lead's day, unless another sentence
    // as close to the question gives one.
    if (!span && !headlineLead && shape.type === 'date' && !shape.polar && !shape.future) headlineLead = leadDate(index, candidate.evidence)
    // "How many deaths in detention since 2000?" — "the 28th death in detention since 2000": the rank of the last is the count.
    const rank = !span && rankedThing !== undefined ? rankCounted(index, candidate, rankedThing) : undefined
    if (rank) return sayShort(draft, rank, candidate.evidence.sentence)
    if (!span) continue
    if (!besideRequired(index, candidate.evidence.sentence, span, required)) {
      // "A, la B (FeSP), la C y otras siete organizaciones … han convocado …": the bodies the sentence opens with do what it says.
      const subjects = shape.type === 'agent' && !shape.polar ? openingSubjects(index, candidate.evidence.sentence, required) : []
      if (subjects.length === 0) continue
      return sayShort(draft, listOf(subjects.map((one) => (one.type === 'organisation' ? organisationName(facts, one) : one.text))), candidate.evidence.sentence)
    }
    // "What's the address?": a place with its number ("2 West 64th Street", "Córdoba 2019"), or none.
    if (span.type === 'place' && ADDRESS_ASKED.test(fold(question))) {
      const address = streetAddress(candidate.evidence.sentence)
      if (!address) continue
      return sayShort(draft, address, candidate.evidence.sentence)
    }
    const person = span.type === 'person' ? facts.people.find((known) => known.id === span.entity) : undefined
    if (shape.polar) return checkPremise(draft, {question, lang: request.lang, shape, stated, terms, index}, candidate, span)
    // "Which organisations take part?": every one the sentence names, not the first.
    // "Which other groups …": not the release's own organisation.
    const others = OTHERS_ASKED.test(fold(question)) ? index.author : undefined
    const all = span.type === 'organisation' && asksWhichOrganisations(question) ? spansOfType(candidate.evidence.sentence, 'organisation', question, asked).filter((one) => !others || one.entity !== others) : []
    if (all.length > 1 || (others && all.length === 1)) {
      return sayShort(draft, listOf(all.map((one) => organisationName(facts, one))), candidate.evidence.sentence)
    }
    // "Which places did they visit?": every place the sentence names where it puts something.
    const places = span.type === 'place' && PLACES_ASKED.test(fold(question)) ? spansOfType(candidate.evidence.sentence, 'place', question, asked).filter((one) => answersWhere(candidate.evidence.sentence, one, shape, question)) : []
    if (places.length > 1) {
      return sayShort(draft, listOf(places.map((one) => spanInAskersLanguage(one, draft))), candidate.evidence.sentence)
    }
    // "en los centros comerciales Tolón y Millenium": both places of a pair the sentence joins.
    const joined = span.type === 'place' && !shape.polar ? placesJoinedWith(candidate.evidence.sentence, span) : []
    if (joined.length > 1) return sayShort(draft, listOf(joined.map((one) => spanInAskersLanguage(one, draft))), candidate.evidence.sentence)
    // "La organización recuerda …": the body it stands for, by name; "CCC is calling on …": by its name beside its letters.
    const byName = span.type === 'organisation' && (/^(?:the|la|el)\s+\p{Ll}/iu.test(span.text) || /^\p{Lu}{2,8}$/u.test(span.text)) ? organisationName(facts, span) : undefined
    draft.say('evidence-short', {answer: person ? nameWithRole(person, draft) : (byName ?? spanInAskersLanguage(span, draft))})
    return saySentence(draft, candidate.evidence.sentence, person)
  }
  // "¿Dónde hicieron la protesta?" — "Ante la sede del Mapa en Madrid, activistas han instalado … La protesta tiene lugar un mes antes …":
  // a sentence that names what is asked as something told just before gives no place; the one before it does.
  // "… dará una conferencia de prensa. Se celebrará en el Hotel X": or the one after it, when that goes on about it.
  const toldBeside = (shape.type === 'place' || shape.type === 'date') && !shape.polar && best ? (toldJustBefore(index, best, shape, question) ?? toldJustAfter(index, best, shape, question) ?? toldInLead(index, best, shape, question, terms)) : undefined
  if (toldBeside) return sayShort(draft, spanInAskersLanguage(toldBeside.span, draft), toldBeside.sentence)
  // "Who are the two men facing execution?" — "… handed to A and B, two protesters. … They now face execution": those the pronoun stands for.
  const referred = shape.type === 'agent' && !shape.polar && best ? referredBack(index, best, HARMED_ASKED.test(fold(question))) : undefined
  if (referred) return sayShort(draft, listOf(referred.map((span) => facts.people.find((person) => person.id === span.entity)?.name ?? span.text)), best.evidence.sentence)
  if (headlineLead) return sayShort(draft, spanInAskersLanguage(headlineLead.date, draft), headlineLead.sentence)
  // Too little of the question in any sentence: an advisory's line may still be what it asks ("who is giving it?").
  if (best.coverage < (checks ? MIN_TYPED_COVERAGE : MIN_COVERAGE)) return advisoryAnswer(draft, index, shape, terms)
  // Yes or no, and the sentence shows neither: saying something else would not answer it.
  if (shape.polar) return checkPremise(draft, {question, lang: request.lang, shape, stated, terms, index}, settling(index, ranked, best, stated, question), undefined)
  // "Who is the president of X?" is answered by the name beside the role, or not at all; so is a
  // figure, a date or a name asked of what the genre seldom tells ("how many years in prison").
  if (shape.definition) {
    const holder = roleHolder(facts, index, terms, asked)
    // "Who are SERAP's lawyers?" — "… by SERAP's lawyers, Kolawole Oluwadare and Kehinde Oyewumi": names the parser does not know, set beside the role.
    const apposed = !holder && !shape.polar && shape.type === 'agent' && best.coverage >= MIN_APPOSED_COVERAGE ? namesBesideNoun(index, best, question) : []
    if (apposed.length > 0) return sayShort(draft, listOf(apposed), best.evidence.sentence)
    return holderOrDoer(request, asTyped, options, holder, terms)
  }
  if (required.length > 0 && (typed || shape.name)) return undefined
  if (shape.type === 'place' || shape.type === 'date' || shape.type === 'agent') {
    const announced = advisoryAnswer(draft, index, shape, terms)
    if (announced) return announced
  }
  // "Where was the petition handed over?" of a release datelined "BUSAN, …, 24 November 2024" that tells the hand-over with no place: the dateline's.
  // Not where someone is held in detention, nor a yes/no question asked again as "where".
  const home = shape.type === 'place' && !shape.future && !whereHeld && !options.askedAs && shape.granularity !== 'country' && DONE_THERE.test(fold(question)) && !KEPT_THERE.test(fold(question)) && (best.evidence.sentence.spans ?? []).every((span) => span.type !== 'place') ? datedHeadDateline(index) : undefined
  if (home) return sayShort(draft, home.place, home.sentence)
  // A person, a date, a count, a place, a name asked for: the sentence that holds the question's
  // words is the answer when it gives one of that kind, even where no span could be singled out
  // ("at 133 civilians killed, including 5 children"); none, and the article does not say.
  if ((typed || shape.name) && !givesKind(facts, best.evidence.sentence, shape, question, asked)) {
    // "Which officials did they meet?" — "… to officials at every level. These included UN Ukraine, the office of the Governor …":
    // the sentence that lists those the one before speaks of, names no one the parser knows.
    const listing = shape.type === 'agent' && !shape.polar ? ranked.slice(0, 3).find((candidate) => candidate.coverage >= best.coverage - 0.05 && LISTS_THEM.test(candidate.evidence.sentence.text)) : undefined
    if (listing) return saySentence(draft, listing.evidence.sentence, undefined)
    // "Who would develop the field?" — "Equinor, which has an 80% stake, and Ithaca Energy … would develop the field": a sentence that
    // holds most of what the question asks and names, in capitals, someone the question does not.
    const unread = shape.type === 'agent' && !shape.polar && !shape.name && best.coverage >= 0.75 && namesUnread(best.evidence.sentence.text, question)
    return unread ? saySentence(draft, best.evidence.sentence, undefined) : undefined
  }
  // "How many people were evicted?" — "12,500 people demanding an end to evictions": a figure that counts what was done, or none.
  if (shape.type === 'number' && !countsWhatWasDone(index, best.evidence.sentence, question)) return undefined
  if (yearsAsked.some((year) => !writesYear(index, best.evidence, year))) return undefined
  return saySentence(draft, best.evidence.sentence, undefined, reasonAfter(index, best.evidence, shape))
}

/** A heading below the headline: it names a section, it tells nothing itself. */
function isSubheading(candidate: Candidate): boolean {
  return candidate.evidence.sentence.block === 'heading' && candidate.evidence.sentence.index > 0
}

/** "La protesta …", "The protest …", "Esta acción …": a sentence opening with what is asked, as something already told. */
const DEFINITE_OPENING = /^(?:the|this|that|la|el|los|las|esta|este|dicha|dicho)\s+([a-z]+)(?:\s+(?:of|de|del)\s+(?:the|this|that|la|el|esta|este|dicha|dicho)\s+([a-z]+))?/

/** The place or day of the sentence before the best one in its paragraph, when the best one opens by naming what is asked as told already. */
function toldJustBefore(index: EvidenceIndex, best: Candidate, shape: QuestionShape, question: string): {sentence: EvidenceSentence['sentence']; span: Span} | undefined {
  const sentence = best.evidence.sentence
  // "The visit …", or "The purpose of the trip …": the thing told before, named with its article.
  const opening = DEFINITE_OPENING.exec(fold(sentence.text))
  const named = [opening?.[1], opening?.[2]].filter((word): word is string => word !== undefined)
  if (!named.some((word) => best.matched.has(index.termOf(word))) || (sentence.spans ?? []).some((span) => span.type === shape.type)) return undefined
  const before = index.sentences[sentence.index - 1]
  if (!before || before.sentence.paragraph !== sentence.paragraph) return undefined
  // Nothing of the question is there to stand beside: the one place it puts something, or its one day.
  const spans = (before.sentence.spans ?? []).filter((span) => span.type === shape.type && (span.type === 'place' ? answersWhere(before.sentence, span, shape, question) : informativeDate(span)))
  const [span, ...others] = spans
  return span && others.length === 0 ? {sentence: before.sentence, span} : undefined
}

/**
 * "… will hold a discussion on February 26, 2025 bringing together:" over "- Philippe Sands KC, …": the one day, or place,
 * of a listed item that names whom the question asks about is the one its lead gives.
 */
function toldInLead(index: EvidenceIndex, best: Candidate, shape: QuestionShape, question: string, terms: readonly QuestionTerm[]): {sentence: EvidenceSentence['sentence']; span: Span} | undefined {
  const sentence = best.evidence.sentence
  // Only an item that names whom the question asks about: "the talk with Philippe Sands".
  const namesAsked = terms.some((term) => term.entity !== undefined && best.matched.has(term.term))
  if (sentence.block !== 'list-item' || !namesAsked || (sentence.spans ?? []).some((span) => span.type === shape.type)) return undefined
  const lead = best.evidence.listedUnder.map((at) => index.sentences[at]).find((one) => one !== undefined && /:\s*$/u.test(one.sentence.text))
  if (!lead) return undefined
  const spans = (lead.sentence.spans ?? []).filter((span) => span.type === shape.type && (span.type === 'place' ? answersWhere(lead.sentence, span, shape, question) : informativeDate(span)))
  const [span, ...others] = spans
  return span && others.length === 0 ? {sentence: lead.sentence, span} : undefined
}

/** "Which city …?", "¿en qué ciudad …?": a city asked for, not a building in it. */
const CITY_ASKED = /\b(?:(?:which|what) (?:city|town)|(?:en )?(?:que|cual) (?:ciudad|localidad|pueblo))\b/

/** Words that name a building or a site, not a town: "… Library", "Hotel …", "… Hall". */
const VENUE = /\b(?:library|museum|hall|hotel|cent(?:re|er)|building|park|square|street|church|cathedral|university|college|school|office|embassy|club|house|gallery|theat(?:re|er)|stadium|arena|plaza|biblioteca|museo|hotel|centro|edificio|parque|iglesia|catedral|universidad|colegio|escuela|oficina|embajada|teatro|estadio|sede)\b/iu

/** A sentence whose subject stands for people named before it: "They now face execution", "She was released", "Ambos siguen presos". */
const PRONOUN_SUBJECT = /^(?:(they|both(?:\s+(?:of\s+them|men|women))?|the\s+two(?:\s+(?:men|women))?|ellos|ellas|ambos|ambas|los\s+dos|las\s+dos)|(he|she|él|ella))\s/iu

/** One the deed of a sentence is done to, by pronoun: "… began to beat him", "lo golpearon". */
const PRONOUN_DONE_TO = /(?<![\p{L}])(?:\p{Ll}+(?:ed|t)\s+(?:him|her)|(?:lo|la)\s+\p{Ll}+(?:ó|aron|ieron))(?![\p{L}])/u

/** The people a sentence's pronoun subject stands for: all those of the nearest sentence before it in its paragraph that names people, or the one. */
function referredBack(index: EvidenceIndex, best: Candidate, harmedAsked = false): Span[] | undefined {
  const sentence = best.evidence.sentence
  // "Who got beaten?" — "… those officers also started to beat him.": whom the pronoun after the deed stands for.
  const subject = PRONOUN_SUBJECT.exec(sentence.text)
  const doneTo = !subject && harmedAsked ? PRONOUN_DONE_TO.exec(sentence.text) : null
  if (!(subject ?? doneTo) || (sentence.spans ?? []).some((span) => span.type === 'person')) return undefined
  const several = Boolean(subject?.[1])
  for (let at = sentence.index - 1; at >= Math.max(0, sentence.index - 2); at--) {
    const before = index.sentences[at]?.sentence
    if (!before || before.paragraph !== sentence.paragraph) return undefined
    const people = (before.spans ?? []).filter((span) => span.type === 'person')
    if (people.length === 0) continue
    // "They" stands for several, "she" for one: a sentence naming some other number is not whom it means.
    return (several ? people.length >= 2 : people.length === 1) ? people : undefined
  }
  return undefined
}

/** A sentence that goes on about what the one before told, with no subject of its own: "Se celebrará en …", "It will be held at …". */
const GOES_ON = /^(?:se\s+celebrar[aá]n?|se\s+realizar[aá]n?|tendr[aá]n?\s+lugar|ser[aá]\s+en|it\s+will\s+(?:be\s+held|take\s+place)|it\s+(?:takes\s+place|is\s+being\s+held)|this\s+will\s+(?:be\s+held|take\s+place))(?![\p{L}])/iu

/** The place or day of the sentence after the best one in its paragraph, when that one goes on about it: "… dará una conferencia de prensa. Se celebrará en el Hotel X". */
function toldJustAfter(index: EvidenceIndex, best: Candidate, shape: QuestionShape, question: string): {sentence: EvidenceSentence['sentence']; span: Span} | undefined {
  const sentence = best.evidence.sentence
  if ((sentence.spans ?? []).some((span) => span.type === shape.type && (span.type !== 'place' || answersWhere(sentence, span, shape, question)))) return undefined
  const after = index.sentences[sentence.index + 1]
  if (!after || after.sentence.paragraph !== sentence.paragraph || !GOES_ON.test(after.sentence.text)) return undefined
  const span = (after.sentence.spans ?? []).find((one) => one.type === shape.type && (one.type === 'place' ? answersWhere(after.sentence, one, shape, question) : informativeDate(one)))
  return span ? {sentence: after.sentence, span} : undefined
}

/** A photo asked about: "who's in the photo?", "¿dónde está el refugio de la foto?". */
const PHOTO_ASKED = /\b(?:photo|photos|photograph|picture|pic|image|foto|fotos|fotografia|imagen)\b/
/** Who took it: "who took the photo?", "¿quién sacó la foto?". */
const PHOTO_TAKEN = /\b(?:took|taken|take|shot|credit|credited|photographer|tomo|tomada|saco|sacada|hizo|autor|autora|fotografo|fotografa)\b/
/** A caption's label: "Photo caption:", "*Foto:", "**Pie de foto:**". */
const CAPTION_LABEL = /^\W*(?:photo caption|caption|photo|foto|image|imagen(?: de la nota original)?|pie de foto|picture)\W*:/iu
/** Its credit: "© Alli Jarrar / Amnesty International", "(Photo: Lovejoy Mutongwiza)", "Photo: Nisar Ahmad/NRC", ". Carmen Álvarez / CEAR." */
const CREDIT = /©\s*(?:\d{4}\s+)?([^*©]+?)\s*\*?\s*$|\((?:[Pp]hoto|[Ff]oto)\s*:\s*([^)]+)\)|^\W*(?:[Pp]hoto|[Ff]oto)\W*:\s*(\p{Lu}[^/:.]{2,40}\/\s*[^/:.]{2,40}?)\W*$|\.\s+(\p{Lu}[\p{L}.' -]{2,40}\s*\/\s*[\p{L}. -]{2,40}?)\.?\s*\*?$/u

/**
 * The caption of the article's photo for a question about what it shows ("who's the man in the photo?"), where a
 * place in it answers "where"; its credit for who took it.
 */
function photoAnswer(draft: Draft, index: EvidenceIndex, question: string, shape: QuestionShape, terms: readonly QuestionTerm[]): Draft | undefined {
  const labelled = index.sentences.filter((evidence) => CAPTION_LABEL.test(evidence.sentence.text))
  const captions = index.sentences.filter((evidence) => labelled.some((label) => label.sentence.paragraph === evidence.sentence.paragraph && evidence.sentence.index >= label.sentence.index))
  if (captions.length === 0) return undefined
  if (PHOTO_TAKEN.test(fold(question))) {
    for (const caption of captions) {
      const credit = CREDIT.exec(caption.sentence.text)
      const name = credit?.slice(1).find((group) => group !== undefined)?.trim()
      if (!name) continue
      return sayShort(draft, name, caption.sentence)
    }
    return undefined
  }
  // What it shows: the caption that says more than who took it.
  const shows = captions.find((caption) => caption.sentence.text.replace(CAPTION_LABEL, '').split(/\s+/).length > 6)
  if (!shows) return undefined
  if (shape.type === 'place') {
    // "¿En qué ciudad está el refugio de la foto?": the place nearest the question's words ("el refugio … en Ciudad Juárez").
    const asked = wordPositions(index, shows.sentence.text, (term) => terms.some((wanted) => wanted.term === term))
    // A place after the thing asked is where it is ("the shelter … in Tromsvik"); one before it, where someone is from.
    const distance = (span: Span) => (asked.length === 0 ? 0 : Math.min(...asked.map((at) => gap(at, span) + (at.end <= span.start ? 0 : 1000))))
    const place = (shows.sentence.spans ?? []).filter((span) => span.type === 'place').sort((a, b) => distance(a) - distance(b))[0]
    if (!place) return undefined
    draft.say('evidence-short', {answer: place.text})
  }
  return saySentence(draft, shows.sentence, undefined)
}

/**
 * "Amnistía mantuvo un encuentro con la Cancillería" over "El miércoles 27 de marzo, AI se sentó a conversar con …":
 * the headline's lead sentence tells when what the headline tells happened, when it gives one day.
 */
function leadDate(index: EvidenceIndex, headline: EvidenceSentence): {sentence: EvidenceSentence['sentence']; date: Span} | undefined {
  if (headline.sentence.block !== 'heading' || headline.sentence.index > 1 || (headline.sentence.spans ?? []).some((span) => span.type === 'date')) return undefined
  // Not a photo's caption ("Photo: … at the court on February 25").
  const lead = index.sentences.find((evidence) => evidence.sentence.index > headline.sentence.index && evidence.sentence.block === undefined && !CAPTION_LABEL.test(evidence.sentence.text))
  const dates = (lead?.sentence.spans ?? []).filter((span) => span.type === 'date' && informativeDate(span))
  return lead && dates.length === 1 ? {sentence: lead.sentence, date: dates[0]!} : undefined
}

/** "Why are they in Brussels?" — "Two defenders will take part. They are in Brussels for the consultations": the reason the next sentence of the paragraph gives. */
function reasonAfter(index: EvidenceIndex, evidence: EvidenceSentence, shape: QuestionShape): boolean {
  const next = index.sentences[evidence.sentence.index + 1]
  return (shape.type === 'reason' || shape.type === 'purpose') && !REASON_GIVEN.test(evidence.sentence.text) && next !== undefined && next.sentence.paragraph === evidence.sentence.paragraph && REASON_GIVEN.test(next.sentence.text)
}

/** Words that give a reason or a purpose: "because", "for the consultations", "in order to", "porque", "para". */
const REASON_GIVEN = /\b(?:because|since|as a result|due to|owing to|in order to|so that|for the|in protest|in response|to (?:mark|protest|demand|call|urge|ask|press|discuss|present|coincide)|porque|ya que|debido a|a causa de|para (?:que|pedir|exigir|denunciar|presentar|conmemorar|protestar|abordar|documentar)|con motivo de|en protesta)\b/i

/** Yes with the sentence that gives the person the role; no with the one who holds it; nothing when the article does not say. */
function sayRoleClaim(draft: Draft, index: EvidenceIndex, claim: RoleClaim): Draft | undefined {
  if (claim.verdict === 'unsaid') return undefined
  const titled = claim.verdict === 'no' ? claim.holder : claim.person
  const sentences = titled.sources.flatMap((source) => index.sentences[source.sentenceIndex]?.sentence ?? [])
  const at = sentences.find((sentence) => titled.titles.some((title) => fold(sentence.text).includes(fold(title)))) ?? sentences[0]
  if (!at) return undefined
  draft.say(claim.verdict === 'yes' ? 'evidence-yes' : 'evidence-no')
  if (claim.verdict !== 'yes') draft.say('evidence-short', {answer: nameWithRole(titled, draft)})
  return saySentence(draft, at, titled)
}

/** Where a release was issued from: "where was the statement issued from?", "¿desde dónde se publicó el comunicado?". */
const ISSUED_FROM =
  /^\W*where(?:'s|’s|\s+is|\s+was)\s+(?:this|it)\s+from\W*$|\b(?:where|which city|what city)\b.{0,60}\b(?:release|statement|report|advisory|announcement|communique|news|article|dateline|datelined)\b.{0,30}\bfrom\b|\b(?:issued|released|datelined|published|sent)\s+from\s+(?:where|which city|what city)\b|\b(?:where|which city|what city)\b.{0,20}\b(?:this|it)\s+(?:issued|released|sent|published|written|put out|announced|made)\s+from\b|\b(?:desde|de)\s+(?:donde|que ciudad(?:es)?)\b.{0,40}\b(?:comunicado|nota|informe|declaracion|publico|emitio|difundio|envio)\b/
/** Where the release itself was written, asked yes or no: "was this statement put out in …?", "¿el comunicado se emitió desde …?". */
const RELEASE_PLACE_ASKED =
  /\b(?:this|the|that)\s+(?:statement|release|press release|news release|media release|advisory|media advisory|announcement|communique|letter)\s+(?:\w+\s+){0,2}?(?:issued|released|put out|sent|published|written|datelined|made|announced|come|comes|came|from)\b|\b(?:el|este|ese|la|esta|esa)\s+(?:comunicado|nota|nota de prensa|declaracion|carta)\s+(?:\w+\s+){0,2}?(?:(?:se\s+)?(?:emitio|publico|difundio|escribio|envio|firmo)|(?:fue\s+)?(?:emitid[oa]|publicad[oa]|difundid[oa]|escrit[oa]|enviad[oa]|firmad[oa])|(?:viene|vino|sale|salio))\b/
/** A dateline opening the release: "(Nueva York) –", "(Washington, DC) –", "NAIROBI, 3 May 2024 –", "París, 3 de octubre de 2023 —". */
const DATELINE = /^\s*\(?\s*(\p{Lu}[\p{L}\p{M}.'’ -]{1,40}?)\s*(?:,\s*[^()–—\n]{1,40}?)?\s*\)?\s*(?:[–—]|\.-)\s/u

/** Words that open a release before a dash and are no city: "Today –", "Update –". */
const NOT_A_PLACE = /^(?:today|yesterday|tomorrow|hoy|ayer|manana|mañana|update|updated|breaking|photo|video|note|nota|urgent|urgente|comunicado|comunicado de prensa|nota de prensa|communique|statement|press statement|release|press release|news release|media advisory|advisory|alert|alerta|convocatoria|declaraci[oó]n|pronunciamiento|urgent action|acci[oó]n urgente)$/i

/** "What number is this urgent action?", "¿cuál es el número de esta acción urgente?", "the reference code of this appeal", "the AI index number". */
const REFERENCE_ASKED = /\b(?:number|numero|reference|referencia|code|codigo)\b.{0,25}\b(?:urgent action|accion urgente|ua|appeal|llamamiento|urgent appeal)\b|\bua (?:number|numero)\b|\b(?:ai )?index (?:number|no|numero)\b|\bai index\b|\bindice (?:de )?(?:ai|amnistia)\b/

/** An urgent action's number ("UA 243/15", "Urgent Action 170.20") or an appeal's code ("MEX 014 / 1107 / OBS 142"), with its line. */
function referenceOf(index: EvidenceIndex): {reference: string; line: EvidenceSentence['sentence']} | undefined {
  for (const {sentence} of index.sentences) {
    // "UA 243/15", "MDE 15/2018/ABC 123", and Amnesty's document index ("AI Index: POL 30/026/2007").
    const match = /\b(?:UA|AU|Urgent Action|Acción Urgente|Accion Urgente)\s*:?\s*\d+[/.]\d+\b|\b\p{Lu}{3}\s?\d{3}\s?\/\s?\d{3,4}\s?\/\s?\p{Lu}{3}\s?\d{3}\b|\b\p{Lu}{3}\s\d{2}\/\d{3,4}\/\d{4}\b/u.exec(sentence.text)
    if (match) return {reference: match[0], line: sentence}
  }
  return undefined
}

/** "Is there an email?", "what's the email address", "¿hay un correo?". */
const EMAIL_ASKED = /\b(?:(?:is there|any|an|the|what s the|whats the|which|un|algun|el|cual es el)\s+(?:e-?mail|email address|correo(?: electronico)?)|(?:contact|press|media)\s+e-?mail|e-?mail address|correo electronico|correo de (?:contacto|prensa)|direccion de correo)\b/

/** The one e-mail address the article writes, with its line: none when it gives several. */
function onlyEmail(index: EvidenceIndex): {address: string; line: EvidenceSentence['sentence']} | undefined {
  const found = index.sentences.flatMap(({sentence}) => [...sentence.text.matchAll(EMAIL_ADDRESSES)].map((match) => ({address: match[0].replace(/\.$/u, ''), line: sentence})))
  return new Set(found.map((one) => one.address.toLowerCase())).size === 1 ? found[0] : undefined
}

/** The one telephone number the article gives, or the one its contact line gives ("contact Ana Lenz … at 416-707-5794 (cell)"). */
function onlyPhone(index: EvidenceIndex): {number: string; line: EvidenceSentence['sentence']} | undefined {
  const found = index.sentences.flatMap(({sentence}) => [...sentence.text.matchAll(PHONE_NUMBERS)].map((match) => ({number: match[0].trim(), line: sentence})))
  if (new Set(found.map((one) => one.number.replace(/\D/g, ''))).size === 1) return found[0]
  const contact = found.filter((one) => CONTACT.test(fold(one.line.text)))
  return new Set(contact.map((one) => one.number.replace(/\D/g, ''))).size === 1 ? contact[0] : undefined
}


/** "What's the deadline?", "by when do I have to act?", "¿hay fecha límite?". */
const DEADLINE_ASKED = /\b(?:deadline|by when|fecha limite|plazo para (?:actuar|enviar|escribir|firmar))\b/

/** An urgent action's "Act by: 27 December 2015", "Actúa antes del 11 de junio", "This Urgent Action expires on …": its day. */
function actByLine(index: EvidenceIndex): {line: EvidenceSentence['sentence']; date: Span} | undefined {
  for (const {sentence} of index.sentences) {
    const label = /^(?:(?:please\s+)?(?:act|take action|send appeals|write)\s+(?:by|before)|act[uú]a\s+antes\s+del?|env[ií]a\s+(?:tus\s+)?llamamientos\s+antes\s+del?|fecha\s+l[ií]mite)\b|\bexpires\s+on\b|\bvence\s+el\b/iu.exec(sentence.text)
    const date = label ? (sentence.spans ?? []).find((span) => span.type === 'date' && span.start >= label.index && /\d/.test(span.text)) : undefined
    if (date) return {line: sentence, date}
  }
  return undefined
}

/** The city of the dateline that opens the release, with its sentence. */
/** "Where is this from?", "where was the release issued from?": the city of the release's dateline, when it has one. */
export function issuedFromAnswer(request: Request, question: string): Draft | undefined {
  return ISSUED_FROM.test(fold(question)) ? datelineAnswer(new Draft(request, 'fact'), evidenceIndex(request.facts)) : undefined
}

function datelineAnswer(draft: Draft, index: EvidenceIndex): Draft | undefined {
  const found = headDateline(index)
  return found ? sayShort(draft, found.place, found.sentence) : undefined
}

/** The release's dateline when it gives its day too ("BUSAN, Republic of Korea, 24 November 2024"): where what it tells that day was done. */
function datedHeadDateline(index: EvidenceIndex): ReturnType<typeof headDateline> {
  const found = headDateline(index)
  return found && (found.sentence.spans ?? []).some((span) => span.type === 'date') ? found : undefined
}

/** The place the release was written at, as its dateline gives it, with the dateline's sentence. */
function headDateline(index: EvidenceIndex): {place: string; sentence: EvidenceSentence['sentence']} | undefined {
  // "Human Rights Watch – Report launch – 11 December 2010" names who wrote it, not where.
  // A statement may close on it instead: "Santiago, 30 de julio de 2009" under its signatures.
  // A contact block may come first: "Contacts:" and a line for each, then "Denver, January 24, 2014 – …".
  const lines = [...index.sentences.slice(0, 8), ...index.sentences.slice(-2)]
  for (const evidence of lines.filter((line) => line.sentence.block !== 'byline')) {
    // "Ginebra-París, 15 de abril de 2016.", "TROMSVIK / STRELSAU, 4 de marzo": a dateline written as a sentence of its own.
    const date = (evidence.sentence.spans ?? []).find((span) => span.type === 'date')
    // "Nueva York (EE. UU.), miércoles 24 de abril de 2007.": the country in brackets after the city.
    const alone = date && /^\s*\.?\s*$/u.test(evidence.sentence.text.slice(date.end)) ? /^\(?(\p{Lu}[\p{L}\p{M}.'’ /-]{1,40}?)(?:\s*\([^()]{1,15}\))?,[^,]*$/u.exec(evidence.sentence.text.slice(0, date.start))?.[1] : undefined
    // "Washington, D.C. - La Comisión …": a plain hyphen after a city the world knows ("CIDH - Comunicado de Prensa" is no place).
    const hyphened = HYPHEN_DATELINE.exec(evidence.sentence.text)
    const hyphenCity = hyphened?.[1] && (worldCity(hyphened[1]) || knownPlace(hyphened[1]) || hyphened[2] !== undefined) ? hyphened[1] : undefined
    // "GINEBRA (18 de febrero de 2022) –": the parser's datelines too.
    // "Press Release / 20 May 2014 / Blantyre": a city on a line of its own among the head's lines.
    const line = evidence.sentence.text.trim().replace(/\.$/u, '')
    const cityLine = evidence.sentence.index < 8 && worldCity(line) ? line : undefined
    // "IMPHAL: The Disable Development Association …": a city in capitals before a colon, as news agencies write it.
    const capitalsColon = evidence.sentence.index < 8 ? CITY_COLON.exec(evidence.sentence.text)?.[1] : undefined
    const place = (DATELINE.exec(evidence.sentence.text)?.[1] ?? alone ?? datelineOf(evidence.sentence.text) ?? hyphenCity ?? cityLine ?? (capitalsColon && !LABEL_IN_CAPITALS.test(capitalsColon) && !foldedCountryNames().has(fold(capitalsColon)) ? capitalsColon : undefined))?.trim()
    if (!place || NOT_A_PLACE.test(place)) continue
    // "NAIROBI" as a reader writes it: "Nairobi".
    const written = place === place.toUpperCase() ? place.toLowerCase().replace(/(^|[\s-])\p{L}/gu, (letter) => letter.toUpperCase()) : place
    return {place: written, sentence: evidence.sentence}
  }
  return undefined
}

/** A city, and its region in letters, opening a sentence before a plain hyphen: "Washington, D.C. - La Comisión …". */
const HYPHEN_DATELINE = /^\s*(\p{Lu}[\p{L}\p{M}'’ ]{1,30}?)(?:,\s*(\p{Lu}\.(?:\p{Lu}\.)+))?\s+-\s+\p{Lu}/u

/** A place in capitals opening a sentence before a colon ("IMPHAL: The …", "NEW DELHI: …"); a body's letters are shorter. */
const CITY_COLON = /^(\p{Lu}{5,}|\p{Lu}{3,}(?:[\s-]\p{Lu}{3,}){1,2}):\s+\p{Lu}/u
/** Labels written in capitals before a colon that name no place. */
const LABEL_IN_CAPITALS = /^(?:PRESS|MEDIA|NOTE|NOTES|UPDATE|CONTACT|CONTACTS|WHEN|WHERE|WHAT|WHO|EMBARGO|EMBARGOED|URGENT|BACKGROUND|EDITORS|RSVP|PHOTO|VIDEO|AUDIO|SOURCE|ACTION|LOCATION|DATE|TIME|VENUE|SPEAKERS|NOTA|FECHA|LUGAR|HORA|CONTACTO|PRENSA|COMUNICADO|ATENCION|IMPORTANTE|ACTUALIZACION|PRESS RELEASE|MEDIA ADVISORY|FOR IMMEDIATE RELEASE)$/u

const AGE_ASKED = /\b(?:how old|what age|age of|his age|her age|their age|que edad|cuantos anos (?:tiene|tenia|tienen|tenian)|su edad)\b/
/**
 * An age in the clause after a name: "X, de 37 años", "X, coordinador del comité, que tenía 47 años",
 * "X (47)", "X, 47,", "X, aged 47", "X, 30 years old"; "a 47-year-old" before it.
 */
const AGE_AFTER = /^\s*\(\s*(\d{1,3})\s*\)|^,\s*(\d{1,3})\s*,|^,\s*(?:an?\s+)?(\d{1,3})-year-old\b|\b(?:de|tenía|tenia|tiene|cumplió|cumplio)\s+(\d{1,3})\s+años\b|\baged?\s+(\d{1,3})\b|\b(\d{1,3})\s+years?\s+old\b|\b(?:is|was|turns|turned)\s+(\d{1,3})(?=\s*(?:and\b|,|;|\.|$))/u
const AGE_BEFORE = /\b(\d{1,3})-year-old\s+(?:\p{Ll}+\s+){0,3}$/u

/** The age the article gives of the one person asked about (named, or talked about before), with its sentence. */
function ageAnswer(draft: Draft, index: EvidenceIndex, facts: Facts, asked: readonly string[], focus: Person | undefined, question: string): Draft | undefined {
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

/**
 * The place written as where one the question names is based: before it ("the Paris-based Sudan Tribune") or after it
 * ("AUCD, based in Silver Spring", "… is located in Silver Spring"), the one named by the registry or by the question's own words.
 */
function basedAnswer(draft: Draft, index: EvidenceIndex, asked: ReadonlySet<string>, question: string): Draft | undefined {
  const subject = BASED_SUBJECT.exec(fold(question))?.[1]
  const written = subject ? new RegExp(`\\b${subject.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/\s+/g, '\\s+')}\\b`, 'giu') : undefined
  for (const evidence of index.sentences) {
    const {text, spans = []} = evidence.sentence
    const named = spans.filter((span) => span.entity !== undefined && asked.has(span.entity)).map((span) => ({start: span.start, end: span.end}))
    const said = written && named.length === 0 ? [...text.matchAll(written)].map((match) => ({start: match.index, end: match.index + match[0].length})) : []
    for (const at of [...named, ...said]) {
      const place = BASED_BEFORE.exec(text.slice(Math.max(0, at.start - 50), at.start))?.[1] ?? BASED_AFTER.exec(text.slice(at.end, at.end + 80))?.[1]
      if (place) return sayShort(draft, place, evidence.sentence)
    }
  }
  return undefined
}

/** Who "where is … based?" asks about, in the question's own words: "where is sudan tribune based" — "sudan tribune". */
const BASED_SUBJECT = /\bwhere(?:'s|\s+is|\s+are|\s+was|\s+were)\s+(?:the\s+)?([a-z][\w .'-]{1,40}?)\s+(?:based|headquartered)\b/

/** "Paris-based ", "the London-based ": a place joined to "-based" right before a name. */
const BASED_BEFORE = /(\p{Lu}[\p{L}\p{M}]+(?:\s\p{Lu}[\p{L}\p{M}]+)?)-based\s+(?:the\s+)?$/u

/** ", based in Silver Spring", " (con sede en Ginebra)", " is located in Silver Spring": a place written as the base of the name before it. */
const BASED_AFTER = /^\s*(?:\([^)]{1,20}\))?[\s,(]*(?:which\s+is\s+|is\s+|que\s+tiene\s+|tiene\s+)?(?:based|headquartered|located|con\s+sede|su\s+sede|radicad[oa])\s+(?:in|en)\s+(\p{Lu}[\p{L}\p{M}]+(?:[\s-]+(?:de\s+)?\p{Lu}[\p{L}\p{M}]+){0,3})/u

/** Words that report what someone said or holds: "warned that", "rejected", "según", "para X,". */
const REPORTING =
  /\b(?:said|says|told|warned|warns|stressed|explained|argued|argues|insisted|noted|added|rejected|denied|criticised|criticized|condemned|denounced|urged|called|according to|believes?|considers?|promised|promising|promises|assured|assures|assuring|pledged|pledging|vowed|vowing|prometio|prometiendo|promete|dijo|dice|afirmo|afirma|senalo|senala|explico|advirtio|sostuvo|sostiene|subrayo|destaco|insistio|rechazo|nego|critico|denuncio|lamento|considera|considero|segun|califico|calificaron|described|branded|held that|found that|ruled|concluded|stated|acknowledged|reiterated|emphasi[sz]ed|highlighted|pointed out|maintained|claimed|asserted|wrote|reconocio|reconocieron|resolvio|concluyo|dictamino|indico|indicaron|manifesto|manifestaron|expreso|expresaron|aseguro|aseguraron|recordo|enfatizo|reitero|reiteraron|apunto|agrego|anadio|dijeron|afirmaron|senalaron|explicaron|advirtieron|denunciaron|subrayaron|destacaron|condeno|condenaron|recuerda|recuerdan|(?:ha|han|habia|habian) (?:dicho|senalado|afirmado|denunciado|advertido|explicado|subrayado|destacado|criticado|lamentado|calificado|asegurado|insistido|recordado|indicado|manifestado|expresado|reconocido|condenado|rechazado|reiterado|sostenido|apuntado)|repeated|repeats|observed|observes|stresses|explains|insists|adds|rejects|denies|criticises|criticizes|condemns|denounces|urges|describes|acknowledges|reiterates|emphasi[sz]es|highlights|points out|maintains|asserts|advierte|advierten|subraya|subrayan|destaca|destacan|insiste|insisten|lamenta|lamentan|explica|explican|asegura|aseguran|indica|indican|manifiesta|manifiestan|expresa|expresan|reitera|reiteran|agrega|agregan|anade|anaden|afirman|senalan|sostienen|recalcan|rechaza|rechazan|niega|niegan|reconoce|reconocen|describe|describen|califica|califican|denuncian|describio|describieron|menciono|mencionaron|mentioned|declaro|declararon|puso de relieve|pusieron de relieve|hizo hincapie|recalco|recalca|alerto|opino|opina|(?:went|goes|go) on to say|to say)\b|^\s*(?:para|for)\s+[^,]{2,60},/

/** Whether the sentence's reporting verb has a word of the question before it, as whose words they are ("las Naciones Unidas calificó"). */
function reportedBy(index: EvidenceIndex, candidate: Candidate, terms: readonly QuestionTerm[]): boolean {
  const text = candidate.evidence.sentence.text
  const verb = REPORTING.exec(fold(text))
  const wanted = terms.filter((term) => !isLightWord(term.word))
  // Who spoke and what about: "¿qué dijo el gobierno?" alone is held by too many sentences.
  if (!verb || wanted.filter((term) => candidate.matched.has(term.term)).length < 2) return false
  const speakers = new Set(wanted.flatMap((term) => [term.term, ...(term.orTerms ?? [])]))
  // The subject right before the verb, not a word inside a quotation that ends there; "Para X, …", "For X, …": X.
  const subject = /^\s*(?:para|for)\s/u.test(verb[0]) ? verb[0] : text.slice(Math.max(0, verb.index - 160), verb.index)
  return !/[”"»]/u.test(subject) && wordPositions(index, subject, (term) => speakers.has(term)).length > 0
}

/** Whether a sentence reports the words of the one the question names (a person or an organisation it names, or who speaks for it). */
function reportsSpeech(candidate: Candidate, asked: ReadonlySet<string>, index?: EvidenceIndex): boolean {
  const {sentence} = candidate.evidence
  const namesAsked = (other: EvidenceSentence['sentence']) => (other.spans ?? []).some((span) => span.entity !== undefined && asked.has(span.entity) && span.type !== 'quote')
  if (asked.size === 0) return false
  if (namesAsked(sentence)) return REPORTING.test(fold(sentence.text))
  // "In Amnesty's view, reform is critical. The first step, it says, is …": a pronoun that speaks for the one the sentence before names.
  const previous = index?.sentences[sentence.index - 1]
  const implied = candidate.evidence.impliedPerson !== undefined && asked.has(candidate.evidence.impliedPerson)
  return PRONOUN_REPORTS.test(fold(sentence.text)) && (implied || (previous !== undefined && previous.sentence.paragraph === sentence.paragraph && namesAsked(previous.sentence)))
}

/** "What did the government say …", "¿qué dijo Clarín sobre …?", "has Justice Ruiz said …": someone asked for by name or role, whom a sentence must name as the one speaking. */
const SPEAKER_ASKED = /\b(?:did|does|do|has|have|had|will|would)\s+(?!they\b|people\b|it\b|you\b)\w+(?:\s+\w+){0,3}\s+(?:say|said|think|respond|comment)\b|\b(?:dijo|dice|dijeron|opina|opino|piensa|respondio|ha dicho|han dicho)\s+(?!de\b|sobre\b|acerca\b|que\b|del\b)\w+/

/** How much of "what did she say about …" or "¿qué dicen de …?" a sentence must hold to answer it when the question names no speaker. */
const MIN_UNNAMED_REPORT_COVERAGE = 0.9

/** Whether the sentence reports, by the question's own pronoun, someone's words: "what did he say" — "Safety, he said, was …". */
function samePronounReports(question: string, text: string): boolean {
  const pronoun = /\b(?:(she|her)|(he|him|his)|(they|them|their))\b/.exec(fold(question))
  const reports = PRONOUN_REPORTS.exec(fold(text))
  if (!pronoun || !reports) return false
  const said = reports[0].split(/\s+/u)[0]
  return said === (pronoun[1] ? 'she' : pronoun[2] ? 'he' : 'they')
}

/** A pronoun reporting speech: "it says", "she added", "they argue". */
const PRONOUN_REPORTS = /\b(?:it|she|he|they)\s+(?:says|said|adds|added|argues|argued|warns|warned|notes|noted|insists|insisted|stresses|stressed|believes|believed|explains|explained|maintains|maintained|urges|urged)\b/

/** "How much money …?" — "costs developing countries US$170 billion": a sum is money, whatever the sentence calls it. */
function sumOfMoney(text: string, required: QuestionTerm): boolean {
  return MONEY_ASKED.test(required.word) && MONEY.test(text)
}

/** Whether the span sits beside one of the required words ("5 children" for "how many kids were killed"). */
function besideRequired(index: EvidenceIndex, sentence: EvidenceSentence['sentence'], span: Span, required: readonly QuestionTerm[]): boolean {
  if (required.length === 0 || required.every((term) => sumOfMoney(sentence.text, term))) return true
  const counted = countedBefore(sentence.text, span)
  if (counted && wordPositions(index, counted, (term) => required.some((wanted) => wanted.term === term)).length > 0) return true
  const held = wordPositions(index, sentence.text, (term) => required.some((wanted) => wanted.term === term))
  // "On Thursday, October 27, a court … gave him a three-year prison sentence": a date that opens the sentence dates all of it.
  if (span.type === 'date' && OPENING_DATE.test(sentence.text.slice(0, span.start)) && held.length > 0) return true
  // "the sentence handed to blogger X: 10 years in prison and 1,000 lashes": what a colon after the word sets out.
  const colon = (at: {end: number}) => sentence.text.indexOf(':', at.end)
  return held.some((at) => gap(at, span) <= 40 || (colon(at) >= 0 && colon(at) < span.start && !/[.;]/u.test(sentence.text.slice(at.end, span.start))))
}

/** Names, their letters in brackets and the small words of a list: the run of bodies a sentence may open with. */
const NAMES_RUN = /^(?:[\p{Lu}\d][\p{L}\p{M}\d'’&.-]*|\([^()]{1,12}\)|(?:de|del|la|las|los|el|the|of|for|por|and|y|e)(?![\p{L}])|,|\s)*$/u

/**
 * The bodies or people a sentence opens with when what is asked is done further on, a long subject between
 * ("Amnistía Internacional (AI), la Federación X (FeSP) y otras siete organizaciones dedicadas a … han convocado"): each, in order.
 */
function openingSubjects(index: EvidenceIndex, sentence: EvidenceSentence['sentence'], required: readonly QuestionTerm[]): Span[] {
  if (required.length === 0) return []
  const done = wordPositions(index, sentence.text, (term) => required.some((wanted) => wanted.term === term))[0]
  if (!done) return []
  const named = (sentence.spans ?? []).filter((span) => (span.type === 'organisation' || span.type === 'person') && span.end <= done.start)
  const subjects = named.filter((span) => NAMES_RUN.test(sentence.text.slice(0, span.start)))
  const last = subjects.at(-1)
  if (!last || /[.;:]|\b(?:que|who|which|quien|quienes|cuyo|cuya|whose)\b/iu.test(sentence.text.slice(last.end, done.start))) return []
  return distinctSpans(subjects)
}

/** What may stand before a date that opens its sentence: "On", "El", "Since". */
const OPENING_DATE = /^\s*(?:(?:on|in|el|en|the|this|last|este|esta|el pasado|la pasada)\s+)?$/iu

const HOLDERS = /\b(?:ministers?|officials?|authorities|government|families|relatives|victims|survivors|judges?|prosecutors?|lawmakers|ministros?|ministras?|funcionari[oa]s|autoridades|gobierno|familias|familiares|victimas|sobrevivientes|jueces|jueza?|fiscal(?:es)?|legisladores|diputad[oa]s)\b/
const WITHIN = /\b(?:within|in|by|next|over the next|dentro de|en|el proximo|los proximos|en los proximos)\s+(?:a|an|one|two|three|five|ten|\d+|un|una|dos|tres|cinco|diez)?\s*(?:decades?|years?|months?|weeks?|days?|decadas?|anos?|meses|semanas|dias)\b/
/** A time given by what must happen first ("once they have confessed", "una vez que se apruebe"). */
const ONCE = /\b(?:once|as soon as|una vez que|en cuanto|tan pronto como)\b/
const DOWNLOAD_ASKED = /\b(?:download|downloaded|online|website|link|descargar|descargo|enlace|en linea|por internet)\b/
const WEBSITE = /\b(?:website|web site|web page|online|sitio web|pagina web|en linea|www)\b|https?:/

const NUMBER_WORD = /\b(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|thirty|forty|fifty|hundreds?|thousands?|millions?|billions?|dozens?|half|double|twice|triple|uno|dos|tres|cuatro|cinco|seis|siete|ocho|nueve|diez|once|doce|veinte|treinta|cuarenta|cincuenta|cientos|miles|millones|docenas?|mitad|doble|decade|decada)\b/

const MONEY_ASKED = /\b(?:cost|costs|costing|price|money|budget|spend|spent|paid|pay|funding|cuesta|cuestan|costo|costaria|precio|dinero|presupuesto|gasto|gastar|pago|pagar|financiamiento|financiacion)\b/
/** "How many …", "¿cuántos …?": a count asked for, not a sum. */
const COUNT_ASKED = /\b(?:how many|cuant[oa]s)\b/
/** A figure that is a sum of money: "$2.8 million", "€40m", "40 millones de dólares". */
const MONEY_FIGURE = /^(?:[$£€¥]|\S+\s*(?:(?:million|billion|millones|mil|bn|m)\s+)?(?:de\s+)?(?:dollars?|pounds?|euros?|dólares|dolares|libras)(?![\p{L}]))/iu
const MONEY = /[$£€¥]|\b(?:dollars?|pounds?|euros?|dólares|dolares|libras|pesos|soles|rupees|usd|eur|gbp)\b/i
/** A change in an amount: "cut", "raised", "recortó", "aumentó". */
const CHANGE_ASKED = /\b(?:cut|cuts|reduced?|reduces|slashed?|increased?|increases|raised?|rises?|rose|fell|falls?|dropped|drops?|grew|grows?|shrunk|shrank|recort\w*|reduj\w*|reduc\w*|aument\w*|subi\w*|cay\w*|baj\w*|crec\w*)\b/

/** A place said by what it is rather than its name: "tirados en un vertedero", "held in a military camp" (folded). */
const PLACE_PHRASE =
  /\b(?:en|in|at|near|inside|outside|cerca de|junto a|frente a)\s+(?:(?:un|una|el|la|los|las|a|an|the|su|sus|his|her|their)\s+)?(?:\p{L}+\s+)?(?:vertedero|basurero|dump|landfill|field|river|rio|street|road|calle|carretera|square|plaza|prison|carcel|hospital|office|offices|oficina|oficinas|mine|mina|camp|campamento|building|edificio|border|frontera|forest|bosque|farm|finca|beach|playa|port|puerto|station|estacion|comisaria|cuartel|barracks|school|escuela|church|iglesia|market|mercado|park|parque)\b/u

/** Whether a sentence gives an answer of the kind asked for, besides what the question names. */
function givesKind(facts: Facts, sentence: EvidenceSentence['sentence'], shape: QuestionShape, question: string, asked: ReadonlySet<string>): boolean {
  const spans = (sentence.spans ?? []).filter((span) => !named(span, question, asked))
  const published = facts.article.published
  const has = (type: Span['type']) => spans.some((span) => span.type === type && (type !== 'date' || (informativeDate(span) && !(shape.future && span.iso !== undefined && published !== undefined && span.iso < published.slice(0, span.iso.length)))))
  // "The names of the activists": people named, not those who speak of them.
  if (PEOPLE_ASKED.test(fold(question))) return has('person')
  if (shape.name) return has('title') || has('person') || has('organisation') || /["“«]/.test(sentence.text)
  const text = fold(sentence.text)
  switch (shape.type) {
    // "Who did they give it to?" — "to three ministers": people named by their office are an answer too.
    case 'agent':
      return has('person') || has('organisation') || (HOLDERS.test(text) && !HOLDERS.test(fold(question)))
    // A date elsewhere in the sentence dates something else ("became secretary general" — "began last
    // December"); what is still to come may be a span of time ("within a decade").
    // "When are they handed over?" — "once they have confessed": the condition is the answer.
    case 'date':
      return (shape.future && WITHIN.test(text)) || ONCE.test(text)
    // "Where can I download it?" — "from the website", not the city where it is presented.
    case 'place':
      return DOWNLOAD_ASKED.test(fold(question)) ? WEBSITE.test(text) : spans.some((span) => span.type === 'place' && answersWhere(sentence, span, shape, question)) || WEBSITE.test(text) || PLACE_PHRASE.test(text)
    case 'number':
      // "How much does it cost?": a sum of money, not any figure.
      // "By how much did they cut the funding?": a share of it, too.
      if (MONEY_ASKED.test(fold(question))) return MONEY.test(sentence.text) || (CHANGE_ASKED.test(fold(question)) && PERCENT_SIGN.test(sentence.text))
      return has('number') || NUMBER_WORD.test(fold(sentence.text))
    case 'title':
      return has('title') || /["“«]/.test(sentence.text)
    default:
      return true
  }
}

/**
 * A yes/no question: "Yes" when the sentence holds all it states, "No" when it states a figure or
 * a place where the sentence has another one ("was it in Quito?" — the sentence says Cali).
 */
/** A yes/no question as read once: its shape, the values it states and its terms. */
interface Premise {
  question: string
  /** The asker's language. */
  lang: Lang
  shape: QuestionShape
  stated: readonly StatedValue[]
  terms: readonly QuestionTerm[]
  index: EvidenceIndex
}

function checkPremise(draft: Draft, premise: Premise, candidate: Candidate, span: Span | undefined): Draft | undefined {
  const sentence = candidate.evidence.sentence
  // Whether something is still so: an article tells how things stood the day it was written, and
  // answers only when it says so itself ("sigue desaparecida", "remains in detention").
  if (premise.shape.today && !STILL.test(fold(sentence.text))) return undefined
  // A call to act ("Take action: tell X to stop …") says what is asked of people, not what is so.
  if (draft.request.facts.actions.some((action) => action.source.sentenceIndex === sentence.index)) return undefined
  const text = fold(sentence.text)
  for (const value of premise.stated) {
    if (holdsValue(sentence, value)) continue
    if (!comparable(premise, value, sentence)) return undefined
    // The sentence gives another value of the kind the question states: that one is true.
    // Another name stands for one the article never uses only in a sentence that holds all else asked.
    // "Were they arrested after protesting at a Shell oil rig?" — "a platform operated by Gazprom": a name the article never
    // writes, read as a place, is a name all the same.
    const unheardPlace = value.type === 'place' && !worldCity(value.text) && !knownPlace(value.text) && !foldedCountryNames().has(fold(value.text)) && unheardName(premise.index, fold(value.text))
    const settles = value.type !== 'name' || candidate.coverage >= MIN_YES_COVERAGE
    // "Was Mexico one of the most dangerous countries?" — "… were Syria, the Philippines and Iraq": a list it is not on.
    const offList = value.type === 'place' && setAgainstList(premise.question) && (sentence.spans ?? []).filter((known) => known.type === 'place').length >= 2
    // "Is there an event in London?" — "demonstrations in Kathmandu": one elsewhere says nothing of one there.
    const elsewhere = value.type === 'place' && THERE_IS_ASKED.test(fold(premise.question))
    // "Was it handed in at the Treasury?" — "… on the steps of Downing Street": a name the parser knows no kind of still stands in its place.
    // Not across languages: "OAS" is the article's "OEA".
    const otherName = (value.type === 'name' || (unheardPlace && candidate.coverage >= MIN_YES_COVERAGE)) && premise.lang === premise.index.lang && writesAnotherName(sentence, premise.question)
    if (settles && !elsewhere && (offList || otherName || contradicts(sentence, value) || (span && contradicting(sentence, value)(span)))) {
      draft.say('evidence-no')
      return saySentence(draft, sentence, undefined)
    }
    // "Was the petition handed over in Seoul?" of a release datelined "BUSAN, 24 November 2024" that tells the hand-over
    // and names no place for it, nor Seoul anywhere: where the release was written is where what it tells was done.
    const home = value.type === 'place' && !elsewhere && (sentence.spans ?? []).every((known) => known.type !== 'place') && DONE_THERE.test(fold(premise.question)) && !premise.index.sentences.some((evidence) => holdsValue(evidence.sentence, value)) ? datedHeadDateline(premise.index) : undefined
    // The place asked is one the world knows, or written as a name.
    // Not a country: the city written may be in it ("was the protest in Norway?").
    const aPlace = (/\p{Lu}/u.test(value.text) || worldCity(value.text) || knownPlace(value.text)) && !foldedCountryNames().has(fold(value.text))
    if (home && aPlace && !formsOf(value).some((form) => fold(home.place).includes(form))) {
      draft.say('evidence-no')
      return sayShort(draft, home.place, home.sentence)
    }
    return undefined
  }
  // "Is Ana Lenz from Brazil?" — "Karl Brandt of Brazil, Ana Lenz of India": a place or a name
  // the sentence writes beside someone else is not said of the one asked about.
  const registered = premise.terms.flatMap((term) => (term.entity && draft.request.facts.people.some((person) => person.id === term.entity) ? [term.entity] : []))
  // Someone the parser did not register is still the one asked about where the sentence writes their name.
  const named = withNamesAsked(sentence, premise.question)
  const askedPeople = new Set([...registered, ...named.asked])
  for (const value of premise.stated) {
    const binding = askedPeople.size > 0 && (value.type === 'place' || value.type === 'name') ? bindingOf(named.sentence, value, askedPeople) : 'unbound'
    if (binding === 'other') return undefined
    if (binding === 'contradicted') {
      draft.say('evidence-no')
      return saySentence(draft, sentence, undefined)
    }
  }
  // "Is X one of the journalists?" — "The journalists A and B, the opposition leader X …": X is listed among others, not them.
  if (!listedAmongAsked(premise, named.sentence, askedPeople)) return undefined
  // "Is Ruiz from Chile?" asks where she comes from; "Ruiz has arrived in Chile" does not say it,
  // and "Ruiz of Bolivia" says no.
  if (askedPeople.size > 0 && ORIGIN_ASKED.test(fold(premise.question))) {
    const places = premise.stated.filter((value) => value.type === 'place')
    const origin = originWritten(named.sentence, askedPeople)
    if (origin && places.length > 0 && !places.some((value) => formsOf(value).some((form) => fold(origin.text).startsWith(form)))) {
      draft.say('evidence-no')
      return saySentence(draft, sentence, undefined)
    }
    if (!places.some((value) => writtenAsOrigin(named.sentence, value, askedPeople))) return undefined
  }
  // "Yes" rests on a sentence of this article that holds at least two of the things asked, and
  // neither denies it nor only asks for it, unless the question does too ("do they want X not to …").
  const asked = fold(premise.question)
  // "Was it their most successful petition?" — "No petition drive has ever been more successful": none more is the most.
  const noneMore = SUPERLATIVE_ASKED.test(asked) && NONE_MORE.test(text)
  // "The woman, who is deaf …, was turned away on the grounds that the hospital had no ward": a negation after the clause
  // of the last word asked denies something else.
  // "No recibieron atención médica, como infecciones, y que había cámaras dentro de las celdas": nor does one in a clause before the first.
  const positions = matchedPositions(premise.index, candidate)
  const lastAsked = Math.max(0, ...positions.map((at) => at.end))
  const firstAsked = Math.min(lastAsked, ...positions.map((at) => at.start))
  const clauseStart = lastAsked > 0 ? lastClauseEnd(sentence.text.slice(0, firstAsked)) : 0
  // Nor does one in what someone is said to say after the last word asked ("Cáritas sostuvo que la seguridad no se logra …").
  const tail = lastAsked > 0 ? sentence.text.slice(lastAsked) : ''
  const tailEnd = Math.min(CLAUSE_END.exec(tail)?.index ?? tail.length, SAYS_THAT.exec(fold(tail))?.index ?? tail.length)
  const askedClause = lastAsked > 0 ? sentence.text.slice(clauseStart, lastAsked + tailEnd) : sentence.text
  const denies = (NEGATION.test(fold(askedClause).replace(NOT_DENYING, ' ')) || DENYING_VERB.test(askedClause)) && !NEGATION.test(asked) && !noneMore
  // What is planned answers a question about what is to happen ("¿se presenta desde Londres?" —
  // "will unveil it from London"), not one about what happened; what is asked for answers neither.
  const planned = (PLANNED.test(text) || SPANISH_FUTURE.test(sentence.text)) && !PAST_QUESTION.test(premise.question) && !REQUESTED.test(text)
  // "All five are prisoners of conscience … and they should be set free": only what comes before the last word asked can unsettle it.
  const unsettled = UNSETTLED.test(lastAsked > 0 ? fold(sentence.text.slice(0, lastAsked)) : text) && !UNSETTLED.test(asked) && !REQUEST_ASKED.test(asked) && !planned
  // What the question states and the sentence holds counts among the things asked ("is the forum in Yerevan?").
  const held = candidate.matched.size + premise.stated.filter((value) => holdsValue(sentence, value)).length
  // "Is Amnesty meeting Ruiz?" — "X, who met with Ruiz in February": what was done is not what is to come.
  const doneBefore = ONGOING_OR_FUTURE.test(asked) && !planned && askedVerbInPast(premise.index, candidate)
  // "Will it be livestreamed?" — "The press conference will also be livestreamed": a question of one weighty word is settled by the sentence that holds it.
  // Not one about what the reader may do ("is there a petition I can sign?"): a sentence naming it does not offer it.
  const oneWordHeld = premise.terms.length === 1 && premise.stated.length === 0 && !READER_ASKS.test(asked) && candidate.coverage >= 1 && !isLightWord(premise.terms[0]!.word) && !premise.terms[0]!.entity
  const holdsAsked = candidate.coverage >= MIN_YES_COVERAGE && (held >= 2 || oneWordHeld) && !asksUnsaid(premise, candidate) && !doneBefore
  // "Was Amal Habbani taken hostage?" — "Habbani has been arrested", and the next sentence "Stanko was held hostage":
  // a rare word of the question the sentence itself does not hold is not said of what it tells.
  const aboutOthers = (other: EvidenceSentence) => (other.sentence.spans ?? []).some((span) => span.type === 'person' && span.entity !== undefined && !askedPeople.has(span.entity))
  const framing = framingWords(premise.question)
  const foreign = premise.terms.some(
    (term) =>
      !term.entity && !isLightWord(term.word) && !framing.has(term.word) && !/\d/.test(term.term) && term.weight >= RARE_WEIGHT && !holds(candidate.evidence, term) && neighbours(premise.index, sentence.index).filter((other) => holds(other, term)).every(aboutOthers)
  )
  // "Did only Chilean groups sign it?": a sentence naming Chilean groups does not say no one else did.
  const exclusive = ONLY.test(asked) && !ONLY.test(text)
  // "¿Ya la aprobó el Senado?" — "todavía necesita el voto del Senado": what is still lacking is not done.
  const lacking = STILL_LACKING.test(text) && !STILL_LACKING.test(asked)
  // "¿Es el país donde más crece?" — "el segundo país donde más ha crecido": a rank the question does not give.
  const ranked = RANK.test(text) && !RANK.test(asked)
  // "¿CIU votó a favor de la ley?" — "… con la abstención de CIU": the one asked about voted otherwise.
  if (holdsAsked && votedOtherwise(premise.question, sentence.text)) {
    draft.say('evidence-no')
    return saySentence(draft, sentence, undefined)
  }
  // "Is Ana Lenz confirmed as a speaker?" — "Ana Lenz (to be confirmed)", "ha solicitado una reunión": not confirmed.
  if (candidate.coverage >= MIN_YES_COVERAGE && CONFIRMED_ASKED.test(asked) && UNCONFIRMED.test(text)) {
    draft.say('evidence-no')
    return saySentence(draft, sentence, undefined)
  }
  // "Is the lawsuit only against Greenpeace UK?" — "against Greenpeace UK and Greenpeace International": another beside the one asked.
  if (holdsAsked && exclusive && !denies && !unsettled && joinedWithAnother(sentence, premise.terms)) {
    draft.say('evidence-no')
    return saySentence(draft, sentence, undefined)
  }
  // "Does Singapore have the highest rate?" — "Lao PDR has the highest rate, while Singapore has the lowest": the superlative is another's.
  if (holdsAsked && !denies && (superlativeOfAnother(sentence, premise) || outnumbered(sentence, premise))) {
    draft.say('evidence-no')
    return saySentence(draft, sentence, undefined)
  }
  // "¿Fue tendencia mundial?" — "llegó a ser tendencia nacional": what the sentence says is the opposite of what is asked.
  if (holdsAsked && !denies && opposedWords(asked, text).size > 0) {
    draft.say('evidence-no')
    return saySentence(draft, sentence, undefined)
  }
  if (holdsAsked && !denies && !unsettled && !exclusive && !lacking && !ranked && !foreign) {
    draft.say('evidence-yes')
    return saySentence(draft, sentence, undefined)
  }
  // "Does it have any basis in law?" — "it has no basis in Chinese law": the sentence denies what is asked, right before it.
  if (holdsAsked && denies && !unsettled && negatedAsked(premise.index, candidate)) {
    draft.say('evidence-no')
    return saySentence(draft, sentence, undefined)
  }
  return undefined
}

/** Where the last clause of a text begins: after its last comma, semicolon, colon, bracket or dash. */
function lastClauseEnd(text: string): number {
  let end = 0
  for (const match of text.matchAll(CLAUSE_ENDS)) end = match.index + 1
  return end
}

const CLAUSE_ENDS = new RegExp(CLAUSE_END.source, 'gu')

/** Words a sentence may answer with their opposite: "reject" — "approval", "pública" — "privado", "presencial" — "virtual". */
const OPPOSITES: ReadonlyArray<readonly [RegExp, RegExp]> = [
  // "So Italy agreed to let it dock?" — "both of which are still refusing it permission to dock".
  [/\b(?:reject\w*|refus\w*|rechaz\w*|deni(?:ed|es)|deny\w*|nego|negaron|se nieg\w*)\b/, /\b(?:approv\w*|accept\w*|aprob\w*|acept\w*|agree[sd]?|agreeing|accedi\w*|grant(?:ed|s|ing)?|otorg\w*|concedi\w*|(?:released|freed|let out|liberad[oa]s?|excarcelad[oa]s?) on bail|bajo fianza)\b/],
  // "Is onshore Taranaki included in the ban?" — "onshore Taranaki … has been left out of the ban".
  [/\b(?:includ\w*|inclu[iy]\w*)\b/, /\b(?:left out|leaves? out|excluded|exclud(?:es|ing)|exempt\w*|excluid[oa]s?|exent[oa]s?|(?:queda|quedan|quedo|quedaron|dejad[oa]s?|dejan?)\s+fuera)\b/],
  [/\b(?:public|(?<!se )public[oa]s?|open to the public|abiert[oa]s? al publico)\b/, /\b(?:private|privad[oa]s?|closed[- ]door|a puerta cerrada|behind closed doors)\b/],
  [/\b(?:in[- ]person|presencial(?:es|mente)?|face[- ]to[- ]face|cara a cara)\b/, /\b(?:virtual(?:es|mente)?|online|en linea|videoconferencia)\b/],
  [/\b(?:won|wins?|gano|ganaron)\b/, /\b(?:lost|loses?|perdio|perdieron)\b/],
  [/\b(?:guilty|convicted|culpables?)\b/, /\b(?:acquitted|innocent|absuelt[oa]s?|inocentes?)\b/],
  // "Did the court overturn his sentence?" — "the Supreme Court upheld it".
  [/\b(?:overturn\w*|overrul\w*|quash\w*|annul\w*|revers\w*|revoc\w*|revoke\w*|anul\w*)\b/, /\b(?:upheld|uphold\w*|confirm\w*|ratif\w*|mantuvo|mantiene)\b/],
  // "Did the number go down?" — "the total rose by 10 per cent".
  [/\b(?:go(?:es)? down|went down|gone down|fell|fall(?:s|en)?|dropp?(?:ed|s)?|decreas\w*|declin\w*|shr[ai]nk\w*|baj(?:o|aron|a|an)|disminu\w*|descend\w*|cay(?:o|eron))\b/, /\b(?:go(?:es)? up|went up|gone up|rose|ris(?:e|es|en)|increas\w*|grew|grow(?:s|n)?|climb\w*|aument\w*|subi(?:o|eron)|sub(?:e|en)|crec\w*)\b/],
  // "¿Fue tendencia mundial?" — "llegó a ser Trending Topic nacional".
  [/\b(?:worldwide|mundial(?:es|mente)?|around the world|en todo el mundo)\b/, /\b(?:national(?:ly)?|nationwide|nacional(?:es|mente)?)\b/],
  // "Was it fined more than the prosecutor wanted?" — "a fine … well below the amount the prosecutor had asked for".
  [/\b(?:more than|higher than|above|greater than|mas (?:de|que)|por encima de|superior(?:es)? a)\b/, /\b(?:less than|lower than|below|fewer than|menos (?:de|que)|por debajo de|inferior(?:es)? a)\b/],
  // "Is this happening in eastern Malaysia?" — "In western Malaysia, …": the other side of a country.
  [/\b(?:east|eastern|oriental|orientales)\b/, /\b(?:west|western|occidental|occidentales|oeste)\b/],
  [/\b(?:north|northern|norte|septentrional)\b/, /\b(?:south|southern|sur|meridional)\b/],
  [/\b(?:urban|urbanas?|urbanos?)\b/, /\b(?:rural|rurales|countryside)\b/],
  // "Is he free now?" — "Still in detention are …".
  [/\b(?:free|freed|released|libre|libres|liberad[oa]s?|excarcelad[oa]s?)\b/, /\b(?:in detention|in custody|detained|behind bars|imprisoned|jailed|detenid[oa]s?|pres[oa]s?|encarcelad[oa]s?)\b/]
]

/** A vote for, and a vote against: "how many states voted in favour?" is not counted by "41 states voted against it". */
const VOTES: readonly [RegExp, RegExp] = [/\b(?:in favou?r|a favor|backed|backing|vot(?:ed|ing) for)\b/, /\b(?:vot(?:ed|ing|es?) against|votaron en contra|voto en contra|en contra)\b/]

/** The people named by the items of a list a heading or a lead-in ("Panelists", "Speakers:") stands over, each once. */
function peopleListedUnder(index: EvidenceIndex, facts: Facts, over: EvidenceSentence): Array<{item: EvidenceSentence['sentence']; person: Person}> {
  // A heading, or a short label ("Speakers:"); not a sentence leading into a list of something else ("Según uno de los abogados, se trata de:").
  if (over.sentence.block !== 'heading' && !(/:\s*$/.test(over.sentence.text) && over.sentence.text.split(/\s+/).length <= 4)) return []
  const found: Array<{item: EvidenceSentence['sentence']; person: Person}> = []
  for (const item of index.sentences) {
    if (!item.listedUnder.includes(over.sentence.index)) continue
    const id = (item.sentence.spans ?? []).find((span) => span.type === 'person' && span.entity !== undefined)?.entity
    const person = facts.people.find((known) => known.id === id)
    if (person && !found.some((entry) => entry.person.id === person.id)) found.push({item: item.sentence, person})
  }
  return found
}

function isActionLine(facts: Facts, candidate: Candidate): boolean {
  return facts.actions.some((action) => action.source.sentenceIndex === candidate.evidence.sentence.index)
}

/**
 * "Did the government reject the field?" — "The Government gave the field its approval": a sentence
 * that holds the opposite of words asked, and with them what else is asked, says no.
 */
function saysOpposite(question: string, candidate: Candidate, terms: readonly QuestionTerm[]): boolean {
  const asked = fold(question)
  const text = fold(candidate.evidence.sentence.text)
  if ((NEGATION.test(text) || DENYING_VERB.test(candidate.evidence.sentence.text)) && !NEGATION.test(asked)) return false
  const opposed = opposedWords(asked, text)
  if (opposed.size === 0) return false
  const total = terms.reduce((sum, term) => sum + term.weight, 0)
  const weight = terms.filter((term) => opposed.has(term.word) && !candidate.matched.has(term.term)).reduce((sum, term) => sum + term.weight, 0)
  const held = candidate.matched.size + terms.filter((term) => opposed.has(term.word)).length
  return total > 0 && held >= 2 && candidate.coverage + weight / total >= MIN_YES_COVERAGE
}

/** Whether a sentence (folded) tells only of the vote opposite to the one a question (folded) counts. */
function votedOtherway(asked: string, text: string): boolean {
  const [yes, no] = VOTES
  return (yes.test(asked) && no.test(text) && !yes.test(text)) || (no.test(asked) && yes.test(text) && !no.test(text))
}

/** The words of a question (folded) that a sentence (folded) does not hold but answers with their opposite. */
function opposedWords(asked: string, text: string): Set<string> {
  const opposed = new Set<string>()
  for (const [one, other] of OPPOSITES) {
    for (const [said, against] of [[one, other], [other, one]] as const) {
      const word = said.exec(asked)?.[0]
      if (word && !said.test(text) && against.test(text) && !against.test(asked)) for (const part of wordsOf(word)) opposed.add(part)
    }
  }
  return opposed
}

/** "Which country took in the most refugees?", "¿qué provincias tienen más desmontes?" (not "¿quiénes más?"): a question that ranks. */
const SUPERLATIVE_ASKED = /\b(?:most|largest|biggest|highest|greatest|lowest|least|fewest|worst|best|richest|poorest|deadliest|mayor|mayores|peor|peores|mejor|mejores)\b|\b(?:tienen|tiene|hay|han|ha)\s+mas\s+\p{L}{4,}|\b(?:el|la|los|las|lo)\s+(?:\p{L}+\s+)?mas\s+\p{L}{4,}/u
/** "the province with the most", "la que más", "the largest number": a question about which has the greatest figure. */
const MOST_ASKED = /\b(?:most|highest|largest|biggest|mas|mayor)\b/u

/**
 * "¿Entre Ríos es la provincia con más hectáreas afectadas?" — "en Córdoba hay 315.994 hectáreas y
 * en Entre Ríos, 286.326": the figure the sentence gives the one asked about is not the greatest it gives.
 */
function outnumbered(sentence: EvidenceSentence['sentence'], premise: Premise): boolean {
  const question = fold(premise.question)
  if (!MOST_ASKED.test(question)) return false
  const spans = sentence.spans ?? []
  const isName = (span: Span) => NAMED_SPANS.has(span.type)
  // Each name with the figure written after it, before the next name.
  const figures = spans.flatMap((span, at) => {
    if (!isName(span)) return []
    const next = spans.slice(at + 1).find(isName)
    const figure = spans.slice(at + 1).find((other) => other.type === 'number' && other.start - span.end <= 40 && (!next || other.start < next.start))
    const value = figure ? Number(figure.text.replace(/[.,\s](?=\d{3}(?!\d))/gu, '').replace(',', '.')) : Number.NaN
    return Number.isNaN(value) ? [] : [{name: fold(span.text), value}]
  })
  // The one the question names ("¿Entre Ríos es …?", whatever its first word reads as).
  const asked = figures.filter((figure) => ` ${normalize(question)} `.includes(` ${normalize(figure.name)} `))
  return asked.length === 1 && figures.length >= 2 && figures.some((figure) => figure !== asked[0] && figure.value > asked[0]!.value)
}

/** A superlative a sentence gives one thing: "the highest", "la mayor". */
const SUPERLATIVE_WORD = /\b(?:highest|lowest|largest|smallest|biggest|greatest|fewest|worst|best|richest|poorest|deadliest|mayor|menor|peor|mejor)\b/u
/** Where a clause of a sentence that sets two things against each other begins. */
const CONTRAST_BREAK = /[,;:]|\b(?:while|whereas|but|mientras|pero|y)\b/gu

/**
 * Whether the superlative the question asks of a name or place is, in the sentence, another's:
 * the name nearest before it in its clause is not the one asked, and the one asked stands elsewhere.
 */
function superlativeOfAnother(sentence: EvidenceSentence['sentence'], premise: Premise): boolean {
  const word = SUPERLATIVE_WORD.exec(fold(premise.question))?.[0]
  const named = premise.stated.filter((value) => (value.type === 'place' || value.type === 'name') && holdsValue(sentence, value))
  if (!word || named.length === 0) return false
  const text = fold(sentence.text)
  const at = new RegExp(`\\b${word}\\b`, 'u').exec(text)?.index
  if (at === undefined) return false
  const clauseStart = Math.max(0, ...[...text.slice(0, at).matchAll(CONTRAST_BREAK)].map((match) => match.index + match[0].length))
  // Folding keeps a text's length, so spans' offsets hold in it.
  const spans = (sentence.spans ?? []).filter((span) => NAMED_SPANS.has(span.type) && span.start >= clauseStart && span.end <= at)
  // A name the parser did not register ("Lao PDR") is still a name: capitalised words not opening the sentence.
  const capitalised = [...sentence.text.slice(clauseStart, at).matchAll(/\p{Lu}[\p{L}\p{M}'’-]*(?:\s+\p{Lu}[\p{L}\p{M}'’-]*)*/gu)].filter((match) => clauseStart + match.index > 0)
  const holders = [...spans.map((span) => span.text), ...capitalised.map((match) => match[0])]
  if (holders.length === 0) return false
  // "Japan and Singapore share the lowest": each one the clause names before it holds it.
  return !holders.some((holder) => named.some((value) => formsOf(value).some((form) => fold(holder).includes(form) || form.includes(fold(holder)))))
}

/** "one of the …", "among the …", "uno de los …": whether something belongs to a list. */
const MEMBERSHIP_ASKED = /\b(?:one of|among|amongst|uno de|una de|entre los|entre las)\b/

/** Whether a question sets what it names against a list or a ranking ("one of the most dangerous countries"). */
function setAgainstList(question: string): boolean {
  const folded = fold(question)
  return MEMBERSHIP_ASKED.test(folded) || SUPERLATIVE_ASKED.test(folded)
}
/** The weight of a word few sentences of an article use. */
const RARE_WEIGHT = 1.5
/** A question about what the one asking may do: "can I sign?", "¿puedo firmar?". */
const READER_ASKS = /\b(?:i|we|me|my|us|our|puedo|podemos|yo|nosotros)\b/
/** Nothing more, bigger or better than it: "no petition has ever been more successful", "ninguna fue mayor". */
const NONE_MORE = /\b(?:no|none|nobody|nothing|ningun[oa]?|nadie|nada)\b[^;:]{0,80}?\b(?:more|better|bigger|larger|greater|higher|mas|mayor|mejor)\b/
/** Words that rank or compare, in either language. */
const RANKING = /\b(?:most|more|largest|biggest|highest|greatest|lowest|least|fewest|worst|best|richest|poorest|deadliest|top|record|mas|mayor|mayores|menor|menores|peor|peores|mejor|mejores|maximo|maxima|minimo|minima)\b/

/** A question that ranks is answered only by a sentence that ranks or compares too. */
function ranksAsAsked(question: string, candidate: Candidate): boolean {
  return !SUPERLATIVE_ASKED.test(fold(question)) || RANKING.test(fold(candidate.evidence.sentence.text))
}

const VOTED_FOR = /\b(?:vot(?:ed|es|e|o|aron|a|an)\s+(?:for|in favou?r|a\s+favor)|backed|apoyo|apoyaron)\b/
/** "la abstención de X", "the votes against of X": a vote told before the name. */
const OTHER_VOTE_BEFORE = /\b(?:abstencion|abstention|votos?\s+en\s+contra|votes?\s+against)\s+(?:de|del|de\s+la|de\s+los|of|by|from)\s+(?:(?:el|la|los|las|the)\s+)?$/
/** "X abstained", "X se abstuvo", "X voted against": a vote told after it. */
const OTHER_VOTE_AFTER = /^\s*(?:\S+\s+){0,2}?(?:abstained|se\s+abstuvo|se\s+abstuvieron|voted\s+against|voto\s+en\s+contra|votaron\s+en\s+contra)\b/

/** Whether the sentence says that a name the vote question asks about abstained or voted against. */
function votedOtherwise(question: string, sentence: string): boolean {
  if (!VOTED_FOR.test(fold(question))) return false
  const names = [...question.slice(1).matchAll(/\p{Lu}[\p{L}\p{M}-]+/gu)].map((match) => fold(match[0]))
  const text = fold(sentence)
  return names.some((name) => {
    const at = text.indexOf(name)
    if (at === -1) return false
    return OTHER_VOTE_BEFORE.test(text.slice(0, at)) || OTHER_VOTE_AFTER.test(text.slice(at + name.length))
  })
}

const RANK = /\b(?:second|third|fourth|fifth|segund[oa]s?|tercer[oa]?s?|cuart[oa]s?|quint[oa]s?)\b/

/** A yes/no question about where someone comes from: "is she from Chile?", "¿viene de Bolivia?". */
export const ORIGIN_ASKED = /\b(?:(?:is|are|was|were)\b.{1,40}\bfrom|(?:comes?|came|originally) from|(?:viene|vienen|venia|proviene|provienen|originari[oa]s?) de|(?:es|son|era) (?:natural|nativ[oa]) de)\b/

/** Where the sentence writes the origin of each one asked about: right after "Ana Lenz of", "Ana Ruiz (", "Ruiz, from". */
function originStarts(sentence: EvidenceSentence['sentence'], asked: ReadonlySet<string>): number[] {
  return (sentence.spans ?? []).flatMap((span) => {
    if (span.type !== 'person' || !asked.has(span.entity ?? '')) return []
    const after = /^\s*,?\s*(?:\(|of\s|from\s|de\s|del\s)\s*(?:the\s+)?/i.exec(sentence.text.slice(span.end))
    return after ? [span.end + after[0].length] : []
  })
}

/** Whether the sentence writes the place as the origin of one asked about: "Ana Lenz of India", "Ana Ruiz (Chile)", "Ruiz, from Chile". */
function writtenAsOrigin(sentence: EvidenceSentence['sentence'], value: StatedValue, asked: ReadonlySet<string>): boolean {
  const forms = formsOf(value)
  return originStarts(sentence, asked).some((at) => forms.some((form) => fold(sentence.text.slice(at, at + 40)).startsWith(form)))
}

/** The place a sentence writes as the origin of one asked about: "India" of "Ana Lenz of India". */
function originWritten(sentence: EvidenceSentence['sentence'], asked: ReadonlySet<string>): Span | undefined {
  const starts = originStarts(sentence, asked)
  return (sentence.spans ?? []).find((known) => known.type === 'place' && starts.includes(known.start))
}

/**
 * The sentence with a person span where it writes a name the question gives in capitals and no
 * span covers ("is Ana Lenz from Chile?" when the parser did not register her), and their ids.
 */
function withNamesAsked(sentence: EvidenceSentence['sentence'], question: string): {sentence: EvidenceSentence['sentence']; asked: string[]} {
  const spans = [...(sentence.spans ?? [])]
  const asked: string[] = []
  const text = fold(sentence.text)
  for (const match of question.matchAll(/\p{Lu}[\p{L}\p{M}'’-]+(?:\s+\p{Lu}[\p{L}\p{M}'’-]+)+/gu)) {
    // "Is Ana Lenz …": the question's first word is no part of the name.
    const words = match[0].split(/\s+/)
    while (words.length > 0 && isStopword(fold(words[0]!))) words.shift()
    if (words.length < 2) continue
    const name = fold(words.join(' '))
    const start = text.indexOf(name)
    if (start < 0) continue
    const end = start + name.length
    if (spans.some((span) => span.start < end && start < span.end && span.type === 'person')) continue
    spans.push({type: 'person', text: sentence.text.slice(start, end), start, end, entity: `asked:${name}`})
    asked.push(`asked:${name}`)
  }
  return {sentence: asked.length > 0 ? {...sentence, spans} : sentence, asked}
}

/** What separates the items of a list or the clauses of a sentence ("X of Brazil, Y of India and Z of Kenya"). */
const ITEM_BREAK = /[,;:()\u2013\u2014]|\s(?:and|y|e|or|o)\s/g

/** The list item or clause of the sentence a stretch of it stands in. */
function itemOf(text: string, at: Stretch): Stretch {
  let start = 0
  let end = text.length
  for (const match of text.matchAll(ITEM_BREAK)) {
    if (match.index + match[0].length <= at.start) start = match.index + match[0].length
    else if (match.index >= at.end) {
      end = match.index
      break
    }
  }
  return {start, end}
}

const inside = (item: Stretch) => (span: Span) => span.start >= item.start && span.end <= item.end

/**
 * Whom a place or a name the question states is written beside: 'other' when its list item names
 * only others, 'contradicted' when besides the item of the one asked about gives another value of
 * that kind ("Ana Lenz of India"), 'unbound' when the sentence does not tie it to anyone.
 */
function bindingOf(sentence: EvidenceSentence['sentence'], value: StatedValue, asked: ReadonlySet<string>): 'asked' | 'other' | 'unbound' | 'contradicted' {
  const spans = sentence.spans ?? []
  const forms = formsOf(value)
  const text = fold(sentence.text)
  // "Did she meet people from Rivera's cabinet?": a name that is someone's is not said of another.
  if (spans.some((span) => span.type === 'person' && forms.some((form) => fold(span.text).includes(form)))) return 'unbound'
  const written = spans.find((span) => span.type !== 'person' && forms.includes(fold(span.text)))
  const at = written ?? forms.map((form) => ({start: text.indexOf(form), end: text.indexOf(form) + form.length})).find((found) => found.start >= 0)
  if (!at) return 'unbound'
  const people = spans.filter((span) => span.type === 'person' && span.entity !== undefined).filter(inside(itemOf(sentence.text, at)))
  if (people.length === 0) return 'unbound'
  if (people.some((span) => asked.has(span.entity!))) return 'asked'
  const own = spans.find((span) => span.type === 'person' && asked.has(span.entity ?? ''))
  if (!own) return 'other'
  const kind = value.type === 'place' ? 'place' : undefined
  const besides = spans.filter(inside(itemOf(sentence.text, own))).filter((span) => span !== own && (kind ? span.type === kind : NAMED_SPANS.has(span.type)))
  return besides.length > 0 ? 'contradicted' : 'other'
}

/** Whether a negation stands within a few words before one of the question's words in the sentence. */
function negatedAsked(index: EvidenceIndex, candidate: Candidate): boolean {
  const text = fold(candidate.evidence.sentence.text)
  return matchedPositions(index, candidate).some((at) => NEGATED_BEFORE.test(text.slice(Math.max(0, at.start - 40), at.start)))
}

const NEGATED_BEFORE = /\b(?:not|no|never|nor|without|sin|ni|nunca|tampoco|ningun|ninguna)\b(?:\s+[a-z]+){0,3}\s+$/

/**
 * "Is X one of the journalists?": whether the sentence lists X right after the word for them ("the journalists A, B and X",
 * "Speaker X"), with nothing but other names between; true when the question asks no such thing or the sentence lacks the word.
 */
function listedAmongAsked(premise: Premise, sentence: EvidenceSentence['sentence'], askedPeople: ReadonlySet<string>): boolean {
  const kindWord = /\b(?:one|uno|una)\s+(?:of|de)\s+(?:the\s+|los\s+|las\s+)?([a-z]+)/.exec(fold(premise.question))?.[1]
  const kind = premise.terms.find((term) => term.word === kindWord)
  if (!kind) return true
  const spans = sentence.spans ?? []
  const asked = fold(premise.question)
  const people = spans.filter((span) => span.type === 'person' && ((span.entity !== undefined && askedPeople.has(span.entity)) || asked.includes(fold(span.text))))
  const kinds = wordPositions(premise.index, sentence.text, (term) => term === kind.term || (kind.orTerms ?? []).includes(term))
  if (people.length === 0 || kinds.length === 0) return true
  const folded = fold(sentence.text)
  return people.some((person) =>
    kinds.some((at) => {
      if (at.end > person.start) return false
      // What stands between, without the names: commas, "and", articles and nothing else.
      let gapText = folded.slice(at.end, person.start)
      for (const other of spans) if (other.type === 'person' && other.start >= at.end && other.end <= person.start) gapText = gapText.replace(fold(other.text), ' ')
      return /^[\s,;:()]*(?:(?:and|y|e|the|los|las|el|la)[\s,;:()]+)*$/u.test(gapText.replace(/[\s,;:()]+(?:and|y|e)[\s,;:()]+/gu, ' , '))
    })
  )
}

/** "one of the speakers", "as well", "the first time": words a yes/no question frames itself with, which no sentence need hold. */
const POLAR_FRAMES = /\b(?:(one|uno|una)\s+(?:of|de)\b|as\s+(well)\b|(?:first|second|third|last|only|primera|segunda|tercera|ultima|unica)\s+(time|vez)\b)/g

function framingWords(question: string): Set<string> {
  return new Set([...fold(question).matchAll(POLAR_FRAMES)].flatMap((match) => match.slice(1).filter((word): word is string => word !== undefined)))
}

/** Whether the question states something in words the article never uses ("did profits triple?"): no sentence of it confirms that. */
function asksUnsaid({terms, index, question}: Premise, candidate: Candidate): boolean {
  const framing = framingWords(question)
  return terms.some((term) => !isLightWord(term.word) && !framing.has(term.word) && !candidate.matched.has(term.term) && !index.frequency.has(term.term) && !holds(candidate.evidence, term))
}

/**
 * What a yes/no question states: a figure, a day, a place, a name the article never uses ("did
 * Shetty meet Felipe Calderón?"). `forms` are the words that hold it in either language ("doubled",
 * "duplicó").
 */
type StatedValue = {type: 'number' | 'place' | 'date' | 'name' | 'ordinal' | 'office' | 'court'; text: string; forms?: readonly string[]}

/** The folded words that hold a stated value: its own forms, a place by its name in either language ("Londres", "London"), or its text. */
function formsOf(value: StatedValue): readonly string[] {
  return value.forms ?? (value.type === 'place' ? placeNames(value.text) : [fold(value.text)])
}

function holdsValue(sentence: EvidenceSentence['sentence'], value: StatedValue): boolean {
  if (value.type === 'court') return courtsOf(fold(sentence.text)).some((kinds) => sameCourt(kinds, courtKinds(value.text)))
  // "Is Iran a party to the ICCPR?" — "… the International Covenant on Civil and Political Rights": the name its letters stand for.
  if (value.type === 'name' && spelledOutIn(value.text, sentence.text)) return true
  // "Madrid, 27/09/2011 – Valencia acogerá …": a dateline's city is where the release was written, not where things happen,
  // and its day when it was written ("San José, 29 de noviembre de 2019.- … el fallo de 2018").
  const from = value.type === 'place' || value.type === 'date' ? datelineEnd(sentence.text) : 0
  const text = fold(sentence.text.slice(from))
  const forms = formsOf(value)
  return forms.some((form) => (value.type === 'number' ? wholeFigure(text, form) : text.includes(form))) || (sentence.spans ?? []).some((known) => known.start >= from && known.type === value.type && forms.includes(fold(known.text)))
}

/** Whether a text writes out the name an acronym stands for: "ICCPR" in "the International Covenant on Civil and Political Rights". */
function spelledOutIn(acronym: string, text: string): boolean {
  if (!/^\p{Lu}{3,8}$/u.test(acronym)) return false
  for (const match of text.matchAll(/\p{Lu}[\p{L}\p{M}'’-]*(?:\s+(?:(?:of|on|and|for|the|de|del|la|las|los|y|para)\s+)*\p{Lu}[\p{L}\p{M}'’-]*)+/gu)) {
    const initials = match[0].split(/\s+/).filter((word) => /^\p{Lu}/u.test(word)).map((word) => word[0]).join('')
    if (initials === acronym) return true
  }
  return false
}

/** Whether a text holds a figure as a whole: "5 años" is not in "15 años", nor "1,2" in "1,200". */
function wholeFigure(text: string, figure: string): boolean {
  for (let at = text.indexOf(figure); at >= 0; at = text.indexOf(figure, at + 1)) {
    if (!/[\d]$|\d[.,]$/.test(text.slice(Math.max(0, at - 2), at)) && !/^(?:\d|[.,]\d)/.test(text.slice(at + figure.length))) return true
  }
  return false
}

/** Where a dateline opening the sentence ends ("NAIROBI, 3 May 2024 – "), or 0. */
function datelineEnd(text: string): number {
  const dateline = DATELINE.exec(text)
  return dateline && !NOT_A_PLACE.test(dateline[1]?.trim() ?? '') ? dateline[0].length : 0
}

/**
 * Whether a name the question states can be set against the sentence's: not a place or a name
 * asked in another language than the article's that this bot cannot translate ("la Cámara de
 * Representantes" may be the article's "House of Representatives"), and not a name set against a
 * list that is open ("she is also due to meet X": she may meet others too).
 */
function comparable(premise: Premise, value: StatedValue, sentence: EvidenceSentence['sentence']): boolean {
  if (value.type === 'office') return !OPEN_LIST.test(fold(sentence.text))
  if (value.type !== 'place' && value.type !== 'name') return true
  // A one-word name ("Valparaíso") is written alike in both; a description ("la Cámara de …") is not.
  const translated = premise.lang !== premise.index.lang && !knownPlace(value.text) && /\s/.test(value.text.trim())
  if (translated) return false
  // "… Senior Advocate at Refugees International, warned that … hundreds of thousands of whom …, among them:": a list open
  // beside the names the sentence gives leaves room for the one stated, one about something else does not.
  return value.type !== 'name' || !openBesideName(sentence)
}

/** Whether a list open to more ("also", "among them") stands beside a person or an organisation the sentence names. */
function openBesideName(sentence: EvidenceSentence['sentence']): boolean {
  // Before the name ("she is also due to meet X", "among them X"); after it only a list left open ("X and Y, among others").
  return (sentence.spans ?? []).some(
    (known) => (known.type === 'person' || known.type === 'organisation') && (OPEN_LIST.test(fold(sentence.text.slice(Math.max(0, known.start - OPEN_LIST_REACH), known.end))) || OPEN_AFTER.test(fold(sentence.text.slice(known.end, known.end + OPEN_LIST_REACH))))
  )
}

/** How far from a name a word that opens a list still speaks of it. */
const OPEN_LIST_REACH = 70

/** A list left open after the names it gives: "X and Y, among others", "X, entre otros". */
const OPEN_AFTER = /\b(?:among others|and others|and more|entre otr[oa]s|y otr[oa]s|etc)\b/

const OPEN_LIST = /\b(?:also|too|among|including|as well|tambien|ademas|entre (?:ellos|ellas|otros|otras)|incluid[oa]s?|incluso)\b/

/** What is done somewhere on the day a release tells of: handed over, held, marched, met, presented. */
const DONE_THERE = /\b(?:hand(?:ed|ing)?(?: (?:over|in))?|deliver(?:ed)?|held|hold(?:ing)?|happen(?:ed)?|took place|take place|protest(?:ed)?|march(?:ed)?|rall(?:y|ied)|gather(?:ed)?|met|meet(?:ing)?|present(?:ed)?|launch(?:ed)?|entreg\w*|celebr\w*|realiz\w*|marcha\w*|protesta\w*|reuni\w*|present\w*|lanz\w*)\b/

/** Where someone is kept, not where something was done: "where is he being held?", "¿dónde está detenida?". */
const KEPT_THERE = /\b(?:being held|(?:is|are) (?:still )?held|detained|jailed|imprisoned|kept|detenid\w*|pres[oa]s?|recluid\w*|encarcelad\w*)\b/

/** Named kinds of spans a name the question states may be set against. */
const NAMED_SPANS: ReadonlySet<Span['type']> = new Set(['person', 'organisation', 'place'])

/**
 * Whether a sentence writes, in capitals, a name the question does not use ("Downing Street", "la Asamblea Legislativa"),
 * outside a list left open to more ("also …"). None in a title, where every word has one.
 */
function writesAnotherName(sentence: EvidenceSentence['sentence'], question: string): boolean {
  const words = sentence.text.split(/\s+/).filter((word) => /\p{L}/u.test(word))
  const capitalised = words.filter((word) => /^\P{L}*\p{Lu}/u.test(word)).length
  if (capitalised * 2 > words.length || openBesideName(sentence)) return false
  const asked = new Set(wordsOf(fold(question)))
  const names = [...sentence.text.matchAll(/(?<=[\p{Ll},;:(]\s+|\p{Ll}\s+(?:de|del|of|the)\s+)\p{Lu}[\p{L}\p{M}'’-]+(?:\s+(?:(?:de|del|of|the|y|and)\s+)?\p{Lu}[\p{L}\p{M}'’-]+)*/gu)].map((match) => match[0])
  return names.some((name) => !CALENDAR_NAME.test(fold(name)) && wordsOf(fold(name)).every((word) => !asked.has(word)))
}

/** Whether a span gives another value of the kind stated. */
function contradicting(sentence: EvidenceSentence['sentence'], value: StatedValue): (known: Span) => boolean {
  if (value.type === 'name') return (known) => NAMED_SPANS.has(known.type)
  if (value.type === 'ordinal') return () => false
  if (value.type === 'office') return (known) => known.type === 'person'
  if (value.type === 'court') return () => false
  return (known) =>
    known.type === value.type &&
    // A place only where the sentence puts something there ("in Cali"), not one in a title ("president of Mexico").
    (value.type !== 'place' || LOCATIVE.test(sentence.text.slice(Math.max(0, known.start - 30), known.start)) || Boolean(ADVISORY_LABEL.exec(sentence.text)?.[2])) &&
    // A year against a date that has one ("July 2021"); a weekday or a month against one that names one.
    (value.type !== 'date' || (CALENDAR_WORD.test(fold(value.text)) ? CALENDAR_WORD.test(fold(known.text)) : /^\d{4}/.test(known.iso ?? '') || /\b(?:19|20)\d\d\b/.test(known.text)))
}

function contradicts(sentence: EvidenceSentence['sentence'], value: StatedValue): boolean {
  // "Is this the first memo?" — "its second memorandum": another rank, in words.
  if (value.type === 'ordinal') return [...fold(sentence.text).matchAll(ORDINAL_WORD)].some((match) => ORDINALS.get(match[0]) !== ORDINALS.get(fold(value.text)))
  // "Did they meet the president?" — "handed it to three ministers": another office holds the place.
  if (value.type === 'office' && [...fold(sentence.text).matchAll(HOLDER_OFFICE)].some((match) => !value.text.includes(match[0]))) return true
  // "Did they file it at the supreme court?" — "filed at the Federal High Court": another court.
  if (value.type === 'court') return courtsOf(fold(sentence.text)).some((kinds) => !sameCourt(kinds, courtKinds(value.text)))
  return (sentence.spans ?? []).some(contradicting(sentence, value))
}

/** Of the sentences found, the one that settles what a yes/no question states: it holds the figure, the place, the day, or another. */
function settling(index: EvidenceIndex, ranked: readonly Candidate[], best: Candidate, stated: readonly StatedValue[], question: string): Candidate {
  if (stated.length === 0) return best
  const settles = (evidence: EvidenceSentence) =>
    stated.every((value) => holdsValue(evidence.sentence, value) || contradicts(evidence.sentence, value) || (value.type === 'name' && writesAnotherName(evidence.sentence, question)))
  // A sentence that holds all the question states ("from London") settles it even when it words the rest otherwise.
  const holdsAll = ranked.find((candidate) => candidate.coverage >= best.coverage - 0.5 && stated.every((value) => holdsValue(candidate.evidence.sentence, value)))
  if (holdsAll) return holdsAll
  // "Was the petition for Rishi Sunak?": a sentence that names another person settles a name before one that names only a body.
  // "¿El encuentro es el domingo?" in a media advisory: its one "When:" line says the day, its "Where:" line the place,
  // more exactly than a sentence of the text ("Where: Old Palace Yard" over "gather in Westminster").
  const kind = stated.every((value) => value.type === 'date') ? 1 : stated.every((value) => value.type === 'place') ? 2 : 0
  const lines = kind === 0 ? [] : index.sentences.filter((evidence) => Boolean(ADVISORY_LABEL.exec(evidence.sentence.text)?.[kind]))
  if (lines.length === 1 && settles(lines[0]!)) return {...best, evidence: lines[0]!}
  // A court is named once, where the case went ("The suit was filed at the Federal High Court"), seldom beside all else asked.
  const reach = stated.some((value) => value.type === 'court') ? 0.5 : 0.35
  const near = ranked.slice(0, 6).filter((candidate) => candidate.coverage >= best.coverage - reach)
  const namesPerson = (evidence: EvidenceSentence) => (evidence.sentence.spans ?? []).some((span) => span.type === 'person')
  const found = (stated.some((value) => value.type === 'name') ? near.find((candidate) => settles(candidate.evidence) && namesPerson(candidate.evidence) && !openBesideName(candidate.evidence.sentence)) : undefined) ?? near.find((candidate) => settles(candidate.evidence))
  return found ?? best
}

const MONTHS_EN = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december']
const MONTHS_ES = ['enero', 'febrero', 'marzo', 'abril', 'mayo', 'junio', 'julio', 'agosto', 'septiembre', 'octubre', 'noviembre', 'diciembre']
/** Every month's name in either language, as a regex alternation (folded: no accents). */
const MONTH_NAMES = [...MONTHS_EN, ...MONTHS_ES, 'setiembre'].join('|')
const MONTH = new RegExp(`\\b(?:${MONTH_NAMES})\\b`)
/** "Back" before a time long gone: "back in 1984", "back in june", "back then". */
const BACK_THEN = new RegExp(`\\bback (?:then|in (?:(?:early|late|mid)[- ]?)?(?:(?:19|20)\\d\\d|${MONTH_NAMES}|the (?:day|\\d\\ds|(?:19|20)\\d\\ds)))\\b`)

/** "September 6" as either language writes it: "6 september", "6 de septiembre", "6 de setiembre". */
function dayForms(text: string): string[] {
  const folded = fold(text)
  const day = /\d{1,2}/.exec(folded)?.[0] ?? ''
  const word = /\p{L}+(?=\s*\d|$)/u.exec(folded.replace(/\s+de\s+/, ' '))?.[0] ?? ''
  const month = Math.max(MONTHS_EN.indexOf(word), MONTHS_ES.indexOf(word === 'setiembre' ? 'septiembre' : word))
  if (month < 0) return [folded]
  const en = MONTHS_EN[month]!
  const es = MONTHS_ES[month]!
  return [`${day} ${en}`, `${en} ${day}`, `${day} de ${es}`, `${day} ${es}`, ...(es === 'septiembre' ? [`${day} de setiembre`] : [])]
}

const DAY_OF_MONTH = new RegExp(`\\b\\d{1,2}\\s+(?:de\\s+)?(?:${MONTH_NAMES})\\b|\\b(?:${MONTHS_EN.join('|')})\\s+\\d{1,2}\\b(?!\\d|,?\\s*\\d{4})`, 'giu')
const STILL = /\b(?:still|remains?|remained|continues? to|sigue|siguen|todavia|aun|permanece|permanecen|continua|continuan)\b/
const CALENDAR_WORD = /\b(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|lunes|martes|miercoles|jueves|viernes|sabado|domingo|january|february|march|april|june|july|august|september|october|november|december|enero|febrero|marzo|abril|mayo|junio|julio|agosto|septiembre|setiembre|octubre|noviembre|diciembre)\b/
/** A weekday's or a month's name and nothing more: "January", "domingo". */
const CALENDAR_NAME = new RegExp(`^(?:${CALENDAR_WORD.source})$`)

const LOCATIVE = /\b(?:in|at|to|near|along|inside|within|en|a|cerca de|a lo largo de|dentro de)\s+(?:the\s+|el\s+|la\s+|los\s+|las\s+)?(?:(?:province|city|region|state|district|town|provincia|ciudad|region|región|estado|distrito|municipio|departamento)\s+(?:of|de|del)\s+)?(?:\p{Lu}[\p{L}\p{M}]+-)?$/iu

/** A sentence that asks, plans or hopes for something does not say that it happened. */
const PLANNED = /\b(?:will|plans? to|planned|scheduled|due to|va a|van a|sera|seran|programad[oa]s?)\b/
/** The Spanish future, by its accent in the sentence as written: "presentará", "se reunirán". */
const SPANISH_FUTURE = /\p{L}r(?:á|án)(?!\p{L})/u
const REQUESTED = /\b(?:requested|requests?|calls? (?:on|for)|calling|urges?|urging|asks?|asked|asking|seeks?|wants?|should|must|solicit\w*|pide|piden|pidio|pidieron|exige|exigen|insta|debe|deberia|deben)\b/
const PAST_QUESTION = /\b(?:did|was|were|has|have|had|fue|fueron|hubo|ha|han)\b|\p{L}(?:ó|aron|ieron)(?!\p{L})/iu
const UNSETTLED = /\b(likely|unlikely|probabl\w*|on the verge|at risk of|risk of|riesgo de|requested|requests?|will|would|plans?|planned|planning|expected|expects?|hopes?|calls? (on|for)|calling|urges?|urging|asks?|asked|asking|seeks?|wants?|may|might|could|should|must|solicit\w*|pide|piden|pidio|pidieron|espera|esperan|busca|buscan|podria|debe|deberia|deben|va a|van a|sera|seran|planea|exige|exigen|insta)\b/
/** A question about what someone asks for: "¿la OMCT reclama que …?", "do they demand …?" — a sentence that asks it settles it. */
const REQUEST_ASKED = /\b(?:reclam\w*|demand\w*|exig\w*|urg\w*|insist\w*|calling|call for|calls for)\b/

/** A question about what is happening or to come: "is she meeting", "will they present", "¿va a reunirse?". */
const ONGOING_OR_FUTURE = /\b(?:(?:is|are|am)\s+(?:\w+\s+){0,4}(?!(?:any|some|no|every)?thing\b|during\b|morning\b|evening\b|building\b)\w+ing|will|going to|va a|van a)\b/

/** Whether the sentence writes a verb of the question in the English past: "met", "presented". */
function askedVerbInPast(index: EvidenceIndex, candidate: Candidate): boolean {
  const text = fold(candidate.evidence.sentence.text)
  return matchedPositions(index, candidate).some((at) => {
    const word = text.slice(at.start, at.end)
    // "talks chaired by Ruiz": a participle saying what the talks are, not a past deed.
    if (/^\s+by\b/.test(text.slice(at.end))) return false
    const base = irregularVerbBase(word)
    return (base !== undefined && base !== word && !/(?:ing|s)$/.test(word)) || (/[a-z]{3}ed$/.test(word) && index.termOf(word) === index.termOf(word.slice(0, -2)))
  })
}

/** What a sentence says is still lacking: "still needs", "has yet to", "todavía necesita", "aún falta". */
const STILL_LACKING = /\b(?:still (?:needs?|requires?|awaits?|lacks?)|(?:has|have) yet to|(?:has|have) not yet|is yet to|todavia (?:necesita|necesitan|requiere|requieren|falta|faltan|espera|no)|aun (?:necesita|necesitan|requiere|requieren|falta|faltan|no)|sigue pendiente|siguen pendientes)\b/

/** A question whether something is confirmed: "is X confirmed", "¿está confirmada la reunión?". */
const CONFIRMED_ASKED = /\b(?:confirmed|confirmad[oa]s?|confirmo|confirmaron)\b/
/** What is not confirmed yet: asked for, awaited, "to be confirmed". */
const UNCONFIRMED = /\b(?:to be confirmed|tbc|not (?:yet )?(?:been )?confirmed|yet to be confirmed|(?:has|have) (?:also )?requested|requested a|ha(?:n)? solicitado|solicito|por confirmar|pendiente de confirma\w*|sin confirmar|a confirmar|no (?:ha|han) (?:sido )?confirmad\w*)\b/

/** Whether the sentence joins one the question names with another of its kind by "and" / "y" ("Greenpeace UK and Greenpeace International"). */
function joinedWithAnother(sentence: EvidenceSentence['sentence'], terms: readonly QuestionTerm[]): boolean {
  const askedIds = new Set(terms.flatMap((term) => (term.entity ? [term.entity] : [])))
  const spans = (sentence.spans ?? []).filter((span) => span.type === 'organisation' || span.type === 'person' || span.type === 'place')
  return spans.some((span, at) => {
    const next = spans[at + 1]
    if (!next || next.type !== span.type || !/^\s*(?:,|and|y|e|&)\s*$/u.test(sentence.text.slice(span.end, next.start))) return false
    return (span.entity !== undefined && askedIds.has(span.entity)) !== (next.entity !== undefined && askedIds.has(next.entity))
  })
}

/** Words that make a claim exclusive: "only", "solo", "únicamente". */
const ONLY = /\b(?:only|solely|exclusively|solo|solamente|unicamente|exclusivamente)\b/
const NEGATION = /\b(not|never|no|nor|denied|refused|ni|nunca|tampoco)\b/
/**
 * Negations that deny nothing of what is asked: what someone was told not to do ("warned them not to give in", "les pidió que no
 * firmaran"), a kind ("organizaciones no gubernamentales", "grupos no estatales"), and "not only … but also".
 */
const NOT_DENYING =
  /\b(?:(?:warn|urg|ask|tell|told|advis|instruct|encourag|call(?:ed|s|ing)? on|pid|pide|piden|insta|insto|instaron|advirt|advierte|exhort|llam)\w*\s+(?:[a-z]+\s+){0,3}(?:not\s+to|(?:que|a)\s+no)|no\s+(?:gubernamental|estatal|violent|remunerad|binari)\w*|not\s+only|no\s+solo|no\s+solamente)\b/g
/** Where what someone says begins: "sostuvo que", "said that". */
const SAYS_THAT = /\b(?:said|says|stated|argued|added|warned|noted|sostuvo|sostiene|dijo|dice|afirmo|afirma|senalo|senala|agrego|anadio|advirtio|explico|aseguro)\s+(?:que|that)\b/
/** Denying said by a Spanish verb, written with its accent: "rechazó", "negó" (not the noun: "expresó su rechazo al proyecto, que el Congreso aprobó"). */
const DENYING_VERB = /(?<!\p{L})(?:rechazó|rechazaron|negó|negaron)(?!\p{L})/iu

/** State offices a question may name in lower case ("the prime minister", "el gobernador"). */
const OFFICES = 'prime minister|primer ministro|primera ministra|president|presidente|presidenta|governor|gobernador|gobernadora|mayor|alcalde|alcaldesa|ambassador|embajador|embajadora|chancellor|canciller'
const OFFICE = new RegExp(`\\b(?:${OFFICES}|king|queen|rey|reina)\\b`, 'g')

/** Offices that may stand where the question names another ("the ministers", not "the president"). */
const HOLDER_OFFICE = new RegExp(`\\b(?:${OFFICES}|ministers?|ministr[oa]s?)\\b`, 'g')

/** A court with the words around it that may say its kind (folded): "the federal high court", "la corte suprema de justicia". */
const COURT = /(?:\b[a-z'-]+ ){0,2}\b(?:court|corte|tribunal|juzgado)\b(?: (?:of|de|del|de la|on) [a-z-]+(?: [a-z-]+)?)?/g

/** The kinds of court, each in its words of either language. */
const COURT_KIND: ReadonlyMap<string, string> = new Map([
  ...['supreme', 'suprema', 'supremo'].map((word) => [word, 'supreme'] as const),
  ['high', 'high'],
  ...['constitutional', 'constitucional'].map((word) => [word, 'constitutional'] as const),
  ['federal', 'federal'],
  ...['district', 'distrito'].map((word) => [word, 'district'] as const),
  ...['appeal', 'appeals', 'appellate', 'apelacion', 'apelaciones'].map((word) => [word, 'appeal'] as const),
  ...['cassation', 'casacion'].map((word) => [word, 'cassation'] as const),
  ['superior', 'superior'],
  ...['international', 'internacional'].map((word) => [word, 'international'] as const),
  ...['european', 'europea', 'europeo'].map((word) => [word, 'european'] as const),
  ...['inter-american', 'interamericana', 'idh'].map((word) => [word, 'interamerican'] as const),
  ...['criminal', 'penal'].map((word) => [word, 'criminal'] as const),
  ...['military', 'militar'].map((word) => [word, 'military'] as const),
  ['electoral', 'electoral'],
  ...['magistrates', "magistrates'", 'crown', 'county', 'circuit'].map((word) => [word, word.replace(/'$/, '')] as const)
])

/** The kinds a court's words say ("federal high court": federal, high); none for "the court". */
function courtKinds(text: string): string[] {
  return [...new Set(text.split(/\s+/).flatMap((word) => COURT_KIND.get(word) ?? []))]
}

/** The kinds of every court a folded text names. */
function courtsOf(text: string): string[][] {
  return [...text.matchAll(COURT)].map((match) => courtKinds(match[0])).filter((kinds) => kinds.length > 0)
}

/** Two courts are one when they share a kind ("the Court of Appeal", "the appeals court"). */
function sameCourt(a: readonly string[], b: readonly string[]): boolean {
  return a.some((kind) => b.includes(kind))
}

/** A question about what may yet happen: "will they appeal", "¿van a recurrir?", "can they still take it to". */
const AHEAD = /\b(?:will|going to|gonna|could|can|va a|van a|podr\w*|puede|pueden)\b/

/** Ranks in words, English and Spanish ("the second memo", "la primera visita"). */
const ORDINALS: ReadonlyMap<string, number> = new Map([
  ...(['first', 'primer', 'primera', 'primero'] as const).map((word) => [word, 1] as const),
  ...(['second', 'segundo', 'segunda'] as const).map((word) => [word, 2] as const),
  ...(['third', 'tercer', 'tercera', 'tercero'] as const).map((word) => [word, 3] as const),
  ...(['fourth', 'cuarta'] as const).map((word) => [word, 4] as const),
  ...(['fifth', 'quinto', 'quinta'] as const).map((word) => [word, 5] as const)
])
const ORDINAL_WORD = new RegExp(`\\b(?:${[...ORDINALS.keys()].join('|')})\\b`, 'g')

const COUNT_WORD = new RegExp(`\\b(${[...COUNT_WORDS.keys()].join('|')})\\s+[a-z]`, 'g')

/** "Did it triple?": how many times over, with the words that say it in English and Spanish. */
const MULTIPLIERS: ReadonlyArray<[RegExp, readonly string[]]> = [
  [/\b(?:doubl\w*|duplic\w*)/, ['doubl', 'duplic']],
  [/\b(?:tripl\w*|triplic\w*)/, ['tripl']],
  [/\b(?:quadrupl\w*|cuadruplic\w*)/, ['quadrupl', 'cuadrupl']],
  [/\b(?:halve[ds]?|halving)\b/, ['halv', 'mitad']]
]

/** A place typed in lower case and named by what it is last: "downing street", "city hall", "the palace". */
const PLACE_NOUN_LAST = /^(?:the\s+)?[a-z]+(?:\s+[a-z]+)?\s+(?:street|square|road|avenue|plaza|park|bridge|hall|palace|embassy|station|airport|museum|library|gallery|theatre|theater|cathedral|stadium|arena)$/

/**
 * A name typed in lower case that the article never writes and no dictionary knows: "was the meeting in san ramon?",
 * "is the delegation going to guadalajara?" — a place the question puts it in, to be set against the one the article gives.
 */
function unheardName(index: EvidenceIndex, name: string): boolean {
  const words = name.split(/\s+/)
  // "Is the report available in burmese?" asks for a language, not a place.
  return words.length <= 3 && !languageName(name) && words.every((word) => word.length >= 3 && !isStopword(word) && !index.frequency.has(index.termOf(word)) && !isEnglishWord(word) && !SPANISH_NOUN_ENDING.test(word))
}

/** Endings of Spanish common nouns and adjectives, not of names: "aislamiento", "libertad", "detención". */
const SPANISH_NOUN_ENDING = /(?:cion|sion|miento|dad|tad|ismo|ista|encia|ancia|aje|ura|oso|osa|ivo|iva|ado|ada|ido|ida)$/

/** Figures, days, places and names a yes/no question states, to check against the sentence. */
function statedValues(question: string, index?: EvidenceIndex, named: ReadonlyMap<string, string> = new Map()): StatedValue[] {
  const values: StatedValue[] = []
  // "¿Es el 6 de septiembre?", "on September 6": a day of a month is one date, not a figure and a month.
  const days: Array<[number, number]> = []
  for (const match of question.matchAll(DAY_OF_MONTH)) {
    values.push({type: 'date', text: match[0], forms: dayForms(match[0])})
    days.push([match.index, match.index + match[0].length])
  }
  // Not a bound ("if I'm under 18", "más de 20"): that asks about a condition, not a figure of the article.
  for (const match of question.matchAll(/(?<!\b(?:under|over|above|below|least|than|menores de|mayores de|más de|mas de|menos de)\s+)\d[\d.,]*(?:\s*(?:million|millones|mil|thousand))?/giu)) {
    if (days.some(([start, end]) => match.index >= start && match.index < end)) continue
    // "In July 2020?": a year is checked against the sentence's dates.
    values.push({type: /^(?:19|20)\d\d$/.test(match[0].trim()) ? 'date' : 'number', text: match[0].trim()})
  }
  const folded = fold(question)
  // "¿El encuentro es el domingo?"
  // "So the march got pushed to October?": after "the", "march" is the walk, not the month.
  for (const match of folded.matchAll(new RegExp(CALENDAR_WORD.source, 'g'))) {
    if (/\b(?:the|a|this|that|their|our|his|her|its)\s+$/.test(folded.slice(0, match.index))) continue
    if (!values.some((value) => fold(value.text).includes(match[0]))) values.push({type: 'date', text: match[0]})
  }
  // Capitalised words after the first: "was the press conference in Quito?"
  // Not the tail of a longer name: "la Cámara de Representantes" is no place "Representantes".
  for (const match of question.slice(1).matchAll(/(?<!\p{Lu}[\p{L}\p{M}-]*\s+(?:de|of|del)\s+)(?<=\b(?:in|at|to|from|outside|near|opposite|across|over|through|along|via|into|inside|en|a|de|desde|ante|frente a|fuera de|por|hacia|hasta)\s+)\p{Lu}[\p{L}\p{M}-]+(?:\s+(?:(?:de|del|of)\s+)?\p{Lu}[\p{L}\p{M}-]+)*/gu)) {
    // "in January" is a month, stated as a date already.
    if (!CALENDAR_NAME.test(fold(match[0]))) values.push({type: 'place', text: match[0]})
  }
  // A country typed in lower case on a phone: "se entregan en colombia?"
  // "Is the march going over the manhattan bridge?": a place crossed or passed, as one arrived at.
  for (const match of folded.matchAll(/\b(?:in|at|to|from|across|over|through|along|via|into|inside|outside|en|a|desde|por|hacia|hasta)\s+([a-z][a-z ]{2,30}?)(?=[?!.,]|$)/g)) {
    // "Were the missions in kenya and tanzania?": each place of a pair.
    // "taken to a hospital in riyadh?": the place after the last of them.
    // "el acto es en barcelona no?": a tag asking for agreement is no part of the name.
    const placed = match[1]!.trim().split(/\s+(?:in|at|to|from|en|a|desde)\s+/).pop()!.replace(/\s+(?:no|verdad|cierto|right|correct|eh|ok)$/, '')
    for (const part of placed.split(/\s+(?:and|or|y|e|o)\s+/)) {
      const name = part.trim()
      // A city too, by the world's time zones ("is the press conference in abidjan?").
      // Or one the article itself names as a place ("is the memorial unveiled in christchurch?").
      if ((foldedCountryNames().has(name) || worldCity(name) || knownPlace(name) || (PLACE_NOUN_LAST.test(name) && !values.some((value) => name.includes(fold(value.text)))) || (index && (unheardName(index, name) || (namedPlace(index, name) && asksMoreThan(folded, name))))) && !values.some((value) => fold(value.text) === name)) values.push({type: 'place', text: name})
    }
  }
  // "was islamic relief founded in london back in 1984?": a country or a city the world knows, typed in lower case in the middle.
  for (const match of folded.matchAll(/\b(?:in|at|to|from|en|desde)\s+([a-z]{4,}(?:\s+[a-z]{4,})?)(?=\s+[a-z])/g)) {
    const [first = '', second] = match[1]!.split(' ')
    const name = [second ? `${first} ${second}` : '', first].find((candidate) => candidate !== '' && (foldedCountryNames().has(candidate) || worldCity(candidate)))
    if (name && !values.some((value) => fold(value.text).includes(name))) values.push({type: 'place', text: name})
  }
  // "Was mexico one of the most dangerous countries?": a country set against a list or a ranking, wherever it stands.
  if (setAgainstList(question)) {
    for (const word of wordsOf(folded)) if (word.length > 3 && foldedCountryNames().has(word) && !values.some((value) => fold(value.text) === word)) values.push({type: 'place', text: word})
  }
  for (const match of folded.matchAll(ORDINAL_WORD)) {
    const rank = ORDINALS.get(match[0])
    if (!values.some((value) => value.type === 'ordinal')) values.push({type: 'ordinal', text: match[0], forms: [...ORDINALS].filter(([, other]) => other === rank).map(([word]) => word)})
  }
  // "¿La visita es de diez días?": a count in words, checked against the sentence's figures as digits and words.
  for (const match of folded.matchAll(COUNT_WORD)) {
    const word = match[1]!
    const figure = COUNT_WORDS.get(word)!
    values.push({type: 'number', text: word, forms: [word, String(figure), ...[...COUNT_WORDS].filter(([other, value]) => value === figure && other !== word).map(([other]) => other)]})
  }
  for (const [pattern, forms] of MULTIPLIERS) {
    const match = pattern.exec(folded)
    if (match) values.push({type: 'number', text: match[0], forms})
  }
  // An office the article never names: "was the petition handed to the prime minister?" (it
  // names the Environment Minister): settled by another person named in its place.
  if (index) {
    for (const match of folded.matchAll(OFFICE)) {
      if (!index.sentences.some((evidence) => fold(evidence.sentence.text).includes(match[0]))) values.push({type: 'office', text: match[0]})
    }
  }
  // A court of a kind the article never names: "did they file it at the supreme court?" (it names the High Court).
  // Not one a question asks about ahead ("will they appeal to the supreme court?"): where a case may yet go is not where it went.
  if (index && !AHEAD.test(folded)) {
    for (const match of folded.matchAll(COURT)) {
      const kinds = courtKinds(match[0])
      if (kinds.length > 0 && !index.sentences.some((evidence) => courtsOf(fold(evidence.sentence.text)).some((known) => sameCourt(known, kinds)))) values.push({type: 'court', text: match[0]})
    }
  }
  // A name the article never uses: "did Shetty meet Felipe Calderón?", "is FIDH asking the US?".
  if (index) {
    // "la Cámara de Representantes" is one name, "de" and all.
    for (const match of question.matchAll(/(?<=\s)\p{Lu}[\p{L}\p{M}-]*(?:\s+(?:(?:de|del|of)\s+)?\p{Lu}[\p{L}\p{M}-]*)*/gu)) {
      const words = wordsOf(match[0])
      if (words.length === 0 || values.some((value) => fold(value.text).includes(words[0]!))) continue
      if (words.some((word) => isStopword(word) || index.frequency.has(index.termOf(word)))) continue
      // "Does HRW think …?" in an article that writes "Human Rights Watch": the organisation it names.
      if (words.every((word) => named.has(word))) continue
      values.push({type: 'name', text: match[0]})
    }
  }
  return values
}

/**
 * Whether a question asks of more than a place: "is the memorial unveiled in christchurch?", not "is she in ruritania now?"
 * ("still", "now", "sigue" are light words; "at the moment", "so far" idioms the question as meant has lost already).
 */
function asksMoreThan(folded: string, place: string): boolean {
  const placeWords = new Set(wordsOf(place))
  return wordsOf(folded).some((word) => !placeWords.has(word) && !isStopword(word) && !isLightWord(word))
}

/** Whether the article names a place so, folded ("christchurch" for its "Christchurch"). */
function namedPlace(index: EvidenceIndex, name: string): boolean {
  return index.sentences.some((evidence) => (evidence.sentence.spans ?? []).some((span) => span.type === 'place' && fold(span.text) === name))
}

let countryWords: Array<[string, RegExp]> | undefined
/** Each folded country name with the pattern that finds it as whole words, built once. */
function countryPatterns(): Array<[string, RegExp]> {
  countryWords ??= [...foldedCountryNames()].map((name) => [name, new RegExp(`\\b${name}\\b`)])
  return countryWords
}

let countries: Set<string> | undefined
/** Country names in English and Spanish, folded, as a question typed on a phone writes them. */
export function foldedCountryNames(): Set<string> {
  countries ??= new Set([...countryNames()].map(fold))
  return countries
}

/** A place with those the sentence joins to it by "and", "y": "Tolón y Millenium", "in Geneva and Bangkok". */
function placesJoinedWith(sentence: EvidenceSentence['sentence'], first: Span): Span[] {
  const places = (sentence.spans ?? []).filter((span) => span.type === 'place' && span.start >= first.start).sort((a, b) => a.start - b.start)
  const joined = [first]
  for (const next of places) {
    if (next === first || next.start < joined.at(-1)!.end) continue
    // "Tolón y Millenium", "the Thailand-Malaysia border".
    if (!/^(?:\s+(?:and|y|e)\s+(?:(?:the|el|la|los|las)\s+)?|-)$/u.test(sentence.text.slice(joined.at(-1)!.end, next.start))) break
    joined.push(next)
  }
  return joined
}

/** A short answer, then the sentence of the article it comes from. */
function sayShort(draft: Draft, answer: Words, sentence: EvidenceSentence['sentence']): Draft {
  draft.say('evidence-short', {answer})
  return saySentence(draft, sentence, undefined)
}

function saySentence(draft: Draft, sentence: EvidenceSentence['sentence'], person: Person | undefined, withNext = false): Draft {
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

/** Of the best sentences, one naming what is counted and ending in ":" over a list: how many items the list has. */
function countedList(index: EvidenceIndex, ranked: readonly Candidate[], question: string): {count: number; sentence: EvidenceSentence['sentence']} | undefined {
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

/** The items of the list that starts at a sentence, up to eight. */
function listItemsFrom(sentences: Facts['sentences'], at: number): Facts['sentences'] {
  const items: Facts['sentences'] = []
  for (let next = at; next < sentences.length && items.length < 8 && sentences[next]!.block === 'list-item'; next++) items.push(sentences[next]!)
  return items
}

function cite(draft: Draft, sentence: EvidenceSentence['sentence'], person: Person | undefined): Draft {
  draft.use(sentence, {sentence: sentence.text, sentenceIndex: sentence.index, start: sentence.start, end: sentence.end})
  if (person) draft.remember({lastPerson: person.name})
  return draft
}

/**
 * The sentences that hold most of the question, whatever the rules above made of them, with what
 * is known of how well each answers it: the features the calibrated acceptance (`acceptance.ts`) weighs.
 */
export interface SentenceChoice {
  evidence: EvidenceSentence
  features: AcceptanceFeatures
  /** How the question was read, for saying the sentence as it answers it. */
  shape: QuestionShape
}

/** How many of the best-ranked sentences are weighed. */
const CHOICES = 3

export function sentenceChoices(facts: Facts, asTyped: string, options: {lang: Lang; focus?: Person | undefined; rareConcept: boolean}): SentenceChoice[] {
  const index = evidenceIndex(facts)
  const question = questionAsMeant(index, asTyped)
  const shape = questionShape(question)
  const entities = namedEntities(facts, question)
  if (ruledOut(index, shape, question, options.rareConcept, entities)) return []
  const terms = questionTerms(index, question, shape, options.focus, entities)
  const ranked = candidates(index, terms).sort((a, b) => b.coverage - a.coverage || b.score - a.score)
  const [best, second] = ranked
  if (!best) return []
  const asked = new Set(entities.values())
  const total = terms.reduce((sum, term) => sum + term.weight, 0)
  const unheard = terms.reduce((sum, term) => sum + (index.frequency.has(term.term) ? 0 : term.weight), 0)
  // The word that says most of what is asked, beside the names: the sentence should hold it.
  const rarest = terms.filter((term) => !term.entity).sort((a, b) => b.weight - a.weight)[0]
  const topScore = Math.max(...ranked.map((candidate) => candidate.score))
  const typed = SPAN_TYPES[shape.type] !== undefined && shape.type !== 'quote'
  const kindAsked = kindAskedFor(question, terms)
  const whereHeld = asksWhereHeld(question, shape)
  // What someone said is answered by their words; a person, a day or a figure by a sentence that gives one.
  const answers = (candidate: Candidate) =>
    namesKind(index, candidate, kindAsked) &&
    (!typed || givesKind(facts, candidate.evidence.sentence, shape, question, asked)) &&
    (shape.type !== 'quote' || quoteSpan(facts, index, candidate, asked, terms, false) !== undefined || reportsSpeech(candidate, asked)) &&
    (shape.type !== 'number' || countsWhatWasDone(index, candidate.evidence.sentence, question)) &&
    ranksAsAsked(question, candidate) &&
    (!whereHeld || namesPrison(candidate.evidence.sentence)) &&
    // "What was the protester's name?": a sentence that names no one does not answer it.
    (!shape.name || (candidate.evidence.sentence.spans ?? []).some((span) => NAMED_SPANS.has(span.type) && !asked.has(span.entity ?? '')))
  return ranked.slice(0, CHOICES).flatMap((candidate, rank) => {
    if (!answers(candidate)) return []
    const span = typed && answerSpan(facts, index, candidate, shape, question, asked) !== undefined
    const features: AcceptanceFeatures = {
      coverage: candidate.coverage,
      topicCoverage: candidate.topicCoverage,
      margin: rank === 0 ? best.coverage - (second?.coverage ?? 0) : candidate.coverage - best.coverage,
      first: rank === 0 ? 1 : 0,
      scoreShare: topScore > 0 ? candidate.score / topScore : 0,
      rarestHeld: rarest === undefined || candidate.matched.has(rarest.term) ? 1 : 0,
      unheard: total === 0 ? 1 : unheard / total,
      terms: Math.log1p(terms.length),
      typed: typed ? 1 : 0,
      spanFound: span ? 1 : 0,
      quote: shape.type === 'quote' ? 1 : 0,
      explanation: shape.type === 'reason' || shape.type === 'purpose' || shape.type === 'action' ? 1 : 0,
      otherLanguage: options.lang !== index.lang ? 1 : 0,
      named: asked.size > 0 ? 1 : 0
    }
    return [{evidence: candidate.evidence, features, shape}]
  })
}

/**
 * Questions no sentence answers unless a rule above found it so: yes or no (a sentence is neither),
 * "who is the <role>" (the name beside the role, or none), how things stand today, where someone
 * is from, what the genre seldom tells, and anything about a country or a name the article never
 * mentions ("who is the president of France").
 */
function ruledOut(index: EvidenceIndex, shape: QuestionShape, question: string, rareConcept: boolean, entities: ReadonlyMap<string, string>): boolean {
  if (rareConcept || shape.polar || shape.definition || shape.today || shape.time || shape.duration || shape.type === 'origin') return true
  if (phoneUnwritten(index, question)) return true
  // Every country the question names must be written in the article, in either language.
  const folded = fold(question)
  const written = (name: string) => index.sentences.some((evidence) => fold(evidence.sentence.text).includes(name))
  const countries = countryPatterns().filter(([, pattern]) => pattern.test(folded))
  if (countries.some(([name]) => !placeNames(name).some((form) => written(fold(form))))) return true
  return statedValues(question, index, entities).some((value) => value.type === 'name' || value.type === 'office')
}

/** Says the sentence chosen, as the article's words. */
export function sayChosenSentence(request: Request, found: SentenceChoice): Draft {
  return saySentence(new Draft(request, 'fact'), found.evidence.sentence, undefined, reasonAfter(evidenceIndex(request.facts), found.evidence, found.shape))
}
