/**
 * Answers from the article's sentences when no topic of the facts does: the sentences that
 * hold the question's terms are found in the index, the span of the type asked for is taken
 * from the best of them and said first, then the sentence itself as the source. Nothing is
 * said when no sentence holds enough of what the question asks about: that threshold is what
 * keeps "the article doesn't say" true.
 */
import {ADVISORY_LABEL, regionNames, type Facts, type Person, type Span} from 'article-facts'
import {Draft, type Request} from '../compose/draft.js'
import {sameWord} from '../same-word.js'
import {fold} from '../text.js'
import {evidenceIndex, type EvidenceIndex, type EvidenceSentence} from './index.js'
import type {Lang} from '../types.js'
import {placeNames, worldCity, countryPatterns, foldedCountryNames} from './place-names.js'
import {roleClaim, type RoleClaim} from './role-claim.js'
import {contactAsked, EMAIL_ADDRESSES, namedContact, PHONE_NUMBER, PHONE_NUMBERS} from './contact.js'
import {asksRoleHoldersName, questionShape, type AnswerType, type QuestionShape} from './question.js'
import type {AcceptanceFeatures} from './acceptance.js'
import {ANSWER_TYPE_WORDS, isLightWord, isStopword, searchWordsOf, termOf, translationsOf, wordsOf} from './terms.js'
import {formatCount, listOf, literalText} from '../words.js'
import {MIN_COVERAGE, MIN_TYPED_COVERAGE, MIN_TOPIC_COVERAGE, MIN_YES_COVERAGE, MIN_DATED_TOPIC_COVERAGE, type QuestionTerm, type Candidate, PERCENT_WORD, PERCENT_SIGN, MONEY, holds, neighbours, named, type Stretch, between, wordPositions, matchedPositions, THERE_IS_ASKED, PRONOUN, ARRIVING, STARTING, questionTerms, questionAsMeant, termInArticle, asksWhereHeld, candidates, sameWordAcross, namedEntities} from './search.js'
import {datelineLine, datelinePlace, DATELINE_REACH, writesDateWord, CONTACT, VENUE, ISSUED_FROM, datelineAnswer, datedHeadDateline, headDateline} from './dateline.js'
import {counts, countedBefore, countsAs, countedTerm, SINCE_ASKED_COUNT, rankCounted, countingVerb, countsWhatWasDone, listedAs, countedList} from './figures.js'
import {checkPremise, isActionLine, saysOpposite, votedOtherway, ranksAsAsked, ORIGIN_ASKED, originWritten, withNamesAsked, itemOf, formsOf, holdsValue, OPEN_LIST, DONE_THERE, NAMED_SPANS, contradicts, settling, MONTH, LOCATIVE, ONLY} from './premise.js'
import {sayShort, saySentence, cite, spanInAskersLanguage, nameWithRole, sayHolder} from './say.js'
import {quoteSpan, sayQuote, goesOnSaying, quoteOfNamed, REPORTING, reportedBy, reportsSpeech, samePronounReports} from './quotes.js'
import {ageAnswer} from './ages.js'
import {COUNT_WORDS, KEPT_THERE, CALENDAR_WORD, statedValues} from './stated.js'

/** The spans a sentence's type of answer can be drawn from. */
const SPAN_TYPES: Partial<Record<AnswerType, ReadonlyArray<Span['type']>>> = {
  agent: ['person', 'organisation'],
  date: ['date'],
  place: ['place'],
  number: ['number'],
  title: ['title'],
  quote: ['quote']
}

/** "When does it start and finish?", "¿a qué hora empieza y termina?": both ends of a span asked at once. */
const START_AND_END = /\b(?:start|starts|begin|begins|open|opens|empieza|comienza|inicia|arranca)\b.{0,20}\b(?:and|y|e)\b.{0,20}\b(?:end|ends|finish|finishes|close|closes|termina|acaba|finaliza|cierra)\b/

/** "Which embassies", "¿en qué periódico …?": the kind of thing asked for, named right after the question word. */
const KIND_ASKED = /\b(?:which|cual|cuales|(?:en|con) que)\s+([a-z]{3,})\b/

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

/** "These included A, B and C", "Entre ellos, A y B": a sentence that lists those the one before it speaks of. */
const LISTS_THEM = /^(?:among\s+(?:them|these|those)|(?:these|they|those)\s+includ(?:e|ed)|entre\s+(?:ellos|ellas|estos|estas)\s*(?:,|est[aá]n|figuran|se encuentran))\b/iu

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
  // "¿Dónde mataron a Hermes Vidal?" — "A, en Totoró; B, en Mapiripán, y Hermes Vidal, en Tierralta": the place of the item that names them.
  if (shape.type === 'place' && !shape.polar && sentence.text.includes(';')) {
    const withNames = withNamesAsked(sentence, question)
    const own = (withNames.sentence.spans ?? []).find((span) => span.type === 'person' && (asked.has(span.entity ?? '') || withNames.asked.includes(span.entity ?? '')))
    const item = own ? itemOf(sentence.text, own) : undefined
    const theirs = item ? spans.find((span) => span.start >= item.start && span.end <= item.end) : undefined
    if (theirs) return theirs
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

/** A question about what the asker may do ("where can I sign?", "¿dónde puedo firmar?"): no dateline tells it. */
const ASKER_ACTS = /\b(?:i|me|my|we|puedo|podemos|puedes|debo|tengo|hago|firmo|mi)\b/

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

/** Characters between two stretches of a text (0 when they overlap). */
function gap(a: Stretch, b: Stretch): number {
  return Math.min(Math.abs(a.start - b.end), Math.abs(b.start - a.end))
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

const SPEAKS = /\b(?:speak|speaks|speakers|speaking|spoke|spokes\w*|ponentes|oradores|oradoras|panell?ists|talk|talks|talked|talking|said|says|quoted|represent|representing|habla|hablo|hablan|portavoz|vocer[oa]|dijo|declaro|representa|representando|citad[oa])\b/

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
const HEAD_ASKED = /^\W*(?:who(?:'s| is)?\s+(?:runs|leads|heads|in charge of|the head of|the boss of|running|leading|heading|the (?:executive director|chief executive|ceo) (?:of|at))|who(?:'s|s| is)\s+(?:the\s+)?[\w&-]+(?:\s+[\w&-]+)?\s+(?:head|boss|chief)|quien\s+(?:dirige|encabeza|lidera|preside|esta al frente de|manda en|es el jefe de|es la jefa de|es (?:el|la) (?:director|directora) (?:ejecutiv[oa]|general) de))(?:\s|\W*$)(?!.*\b(?:delegation|mission|team|trip|visit|tour|campaign|delegacion|mision|equipo|comitiva|visita|gira|campana)\b)/

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

/** Whether a sentence writes a year, itself or in the heading or line it is listed under ("## Arrests in 2024" over "- Zenda: 149"). */
function writesYear(index: EvidenceIndex, evidence: EvidenceSentence, year: string): boolean {
  return [evidence.sentence.index, ...evidence.listedUnder, ...(evidence.section === undefined ? [] : [evidence.section])].some((at) => index.sentences[at]!.sentence.text.includes(year))
}

/** "how many more", "¿cuántos otros …?": a count added to one told before. */
const ADDED_COUNT = /\b(?:how many|cuant[oa]s)\s+(?:more|further|additional|other|mas|otr[oa]s)\b/

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

/** "in 2016", "desde 2007", "a principios de 2021": a year as the time something happens, not part of a name ("World Press Freedom Day 2015"). */
const YEAR_AS_TIME = /(?:^|\s)(?:in|en|since|desde|from|until|till|to|hasta|by|around|hacia|durante|during|early|late|mid|de|del|a|year|año)\s+$/iu

/** "25 May 2023" or "February" answers "when"; "today" in an undated article does not. */
function informativeDate(span: Span): boolean {
  // "el viernes", "in March": a weekday or a month written in lower case is a date too.
  return span.iso !== undefined || CALENDAR_WORD.test(fold(span.text)) || /\d/.test(span.text) || /[A-Z]/.test(span.text.slice(1)) || /^\p{Lu}/u.test(span.text) && !/^(?:Today|Yesterday|Tomorrow|Hoy|Ayer|Mañana)$/u.test(span.text)
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

/** Words a banner, a sign or a letter bears, in quotation marks after "read", "said", "decía", "rezaba": "The banner read "Politicians Talk, Leaders Act"". */
const WRITTEN_WORDS = /\b(?:read|reads|reading|said|says|saying|bore|bears|decía|decia|dice|rezaba|reza|ponía|ponia)\s*:?\s*["“«]/iu

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
  // "¿En qué estado está Tenosique?" — "… en Tenosique, Tabasco, …": the place written right after the one named.
  const container = !shape.polar && CONTAINER_ASKED.test(fold(question)) ? containingPlace(new Draft(request, 'fact'), index, question) : undefined
  if (container) return container
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
  // "¿Cada cuántas horas matan a una mujer?", "how often …?": the "cada 32 horas" of the sentence that holds most of the rest.
  const often = FREQUENCY_ASKED.test(fold(question)) && !shape.polar ? frequencyIn(found, question) : undefined
  if (often) return sayShort(draft, often.frequency, often.sentence)
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

/** Where the release itself was written, asked yes or no: "was this statement put out in …?", "¿el comunicado se emitió desde …?". */
const RELEASE_PLACE_ASKED =
  /\b(?:this|the|that)\s+(?:statement|release|press release|news release|media release|advisory|media advisory|announcement|communique|letter)\s+(?:\w+\s+){0,2}?(?:issued|released|put out|sent|published|written|datelined|made|announced|come|comes|came|from)\b|\b(?:el|este|ese|la|esta|esa)\s+(?:comunicado|nota|nota de prensa|declaracion|carta)\s+(?:\w+\s+){0,2}?(?:(?:se\s+)?(?:emitio|publico|difundio|escribio|envio|firmo)|(?:fue\s+)?(?:emitid[oa]|publicad[oa]|difundid[oa]|escrit[oa]|enviad[oa]|firmad[oa])|(?:viene|vino|sale|salio))\b/

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

const AGE_ASKED = /\b(?:how old|what age|age of|his age|her age|their age|que edad|cuantos anos (?:tiene|tenia|tienen|tenian)|su edad)\b/

/** "How often …?", "¿cada cuántas horas …?", "¿con qué frecuencia …?": how often something happens. */
const FREQUENCY_ASKED = /\b(?:how often|how frequently|every how many|cada cuant[oa]s?|cada cuanto|con que frecuencia)\b/
/** "cada 32 horas", "one every 30 hours", "three times a week", "dos veces al mes". */
const FREQUENCY = /(?<![\p{L}\d])(?:(?:every|cada)\s+(?:\d+(?:[.,]\d+)?\s+|(?:two|three|four|five|six|ten|dos|tres|cuatro|cinco|seis|diez)\s+)?|\d+\s+(?:times|veces)\s+(?:a|per|al|por)\s+)(?:seconds?|minutes?|hours?|days?|weeks?|months?|years?|segundos?|minutos?|horas?|d[ií]as?|semanas?|mes(?:es)?|años?|a[nñ]os?)(?![\p{L}])/iu
/** The unit the question asks by ("cada cuántas horas"): the answer must be given in it. */
const FREQUENCY_UNIT = /\b(?:cada cuant[oa]s|every how many)\s+(\p{L}+)/u

/** Of the sentences found, the best-ranked that says how often, in the unit asked if one is. */
function frequencyIn(found: readonly Candidate[], question: string): {frequency: string; sentence: EvidenceSentence['sentence']} | undefined {
  const unit = FREQUENCY_UNIT.exec(fold(question))?.[1]?.slice(0, 3)
  for (const candidate of [...found].sort((a, b) => b.coverage - a.coverage).slice(0, 8)) {
    if (candidate.coverage < MIN_FREQUENCY_COVERAGE) break
    const match = FREQUENCY.exec(candidate.evidence.sentence.text)
    if (match && (!unit || fold(match[0]).includes(unit))) return {frequency: match[0], sentence: candidate.evidence.sentence}
  }
  return undefined
}
/** A sentence that says how often must hold some of what happens, not only the unit. */
const MIN_FREQUENCY_COVERAGE = 0.3

/** A text's words, folded, one space between and around them: a name is in it when ` ${name} ` is. */
function wordsTogether(text: string): string {
  return ` ${fold(text).replace(/[^\p{L}\p{N}]+/gu, ' ').trim()} `
}

/** "Which state is it in?", "¿en qué provincia queda?": the larger place a place belongs to. */
const CONTAINER_ASKED = /\b(?:which|what|que|q|cual)\s+(?:state|province|region|county|department|district|country|estado|provincia|region|departamento|municipio|distrito|pais|comunidad autonoma)\b/

/** ", " or ", en la provincia de ": what sets the larger place after the smaller. */
const IN_CONTAINER = /^,\s*(?:(?:en|in)\s+(?:la\s+|el\s+|the\s+)?(?:provincia|province|estado|state|regi[oó]n|region|departamento|department|county|distrito|district|municipio|municipality)\s+(?:de|del|of)\s+)?$/iu

/** The place set after a comma right after the one the question names ("Tenosique, Tabasco"), not one the question names too. */
function containingPlace(draft: Draft, index: EvidenceIndex, question: string): Draft | undefined {
  const asked = wordsTogether(question)
  const named = (span: Span) => asked.includes(wordsTogether(span.text))
  for (const {sentence} of index.sentences) {
    const places = (sentence.spans ?? []).filter((span) => span.type === 'place')
    for (const [at, place] of places.entries()) {
      const next = places[at + 1]
      if (next && named(place) && !named(next) && IN_CONTAINER.test(sentence.text.slice(place.end, next.start))) return sayShort(draft, next.text, sentence)
    }
  }
  return undefined
}

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

/** "What did the government say …", "¿qué dijo Clarín sobre …?", "has Justice Ruiz said …": someone asked for by name or role, whom a sentence must name as the one speaking. */
const SPEAKER_ASKED = /\b(?:did|does|do|has|have|had|will|would)\s+(?!they\b|people\b|it\b|you\b)\w+(?:\s+\w+){0,3}\s+(?:say|said|think|respond|comment)\b|\b(?:dijo|dice|dijeron|opina|opino|piensa|respondio|ha dicho|han dicho)\s+(?!de\b|sobre\b|acerca\b|que\b|del\b)\w+/

/** How much of "what did she say about …" or "¿qué dicen de …?" a sentence must hold to answer it when the question names no speaker. */
const MIN_UNNAMED_REPORT_COVERAGE = 0.9

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
