/**
 * Yes/no questions: whether the sentence found holds what the question states (`stated.ts`), contradicts
 * it or leaves it open, so that "yes" is said only when the article says so and "no" comes with what it
 * says instead.
 */
import {ADVISORY_LABEL, type Facts, type Span} from 'article-facts'
import type {Draft} from '../compose/draft.js'
import {fold, normalize} from '../text.js'
import type {EvidenceIndex, EvidenceSentence} from './index.js'
import type {Lang} from '../types.js'
import {knownPlace, placeNames, worldCity, foldedCountryNames} from './place-names.js'
import {irregularVerbBase} from './irregular-forms.js'
import type {QuestionShape} from './question.js'
import {isLightWord, isStopword, wordsOf} from './terms.js'
import {MIN_YES_COVERAGE, type QuestionTerm, type Candidate, holds, neighbours, type Stretch, wordPositions, matchedPositions, CLAUSE_END, THERE_IS_ASKED} from './search.js'
import {DATELINE, NOT_A_PLACE, datedHeadDateline} from './dateline.js'
import {sayShort, saySentence} from './say.js'
import {SUPERLATIVE_ASKED, setAgainstList, inside, type StatedValue, MONTH_NAMES, CALENDAR_WORD, CALENDAR_NAME, OFFICES, courtKinds, courtsOf, sameCourt, ORDINALS, ORDINAL_WORD, unheardName} from './stated.js'

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

/**
 * A yes/no question: "Yes" when the sentence holds all it states, "No" when it states a figure or
 * a place where the sentence has another one ("was it in Quito?" — the sentence says Cali).
 */
export function checkPremise(draft: Draft, premise: Premise, candidate: Candidate, span: Span | undefined): Draft | undefined {
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

export function isActionLine(facts: Facts, candidate: Candidate): boolean {
  return facts.actions.some((action) => action.source.sentenceIndex === candidate.evidence.sentence.index)
}

/**
 * "Did the government reject the field?" — "The Government gave the field its approval": a sentence
 * that holds the opposite of words asked, and with them what else is asked, says no.
 */
export function saysOpposite(question: string, candidate: Candidate, terms: readonly QuestionTerm[]): boolean {
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
export function votedOtherway(asked: string, text: string): boolean {
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

/** The weight of a word few sentences of an article use. */
const RARE_WEIGHT = 1.5
/** A question about what the one asking may do: "can I sign?", "¿puedo firmar?". */
const READER_ASKS = /\b(?:i|we|me|my|us|our|puedo|podemos|yo|nosotros)\b/
/** Nothing more, bigger or better than it: "no petition has ever been more successful", "ninguna fue mayor". */
const NONE_MORE = /\b(?:no|none|nobody|nothing|ningun[oa]?|nadie|nada)\b[^;:]{0,80}?\b(?:more|better|bigger|larger|greater|higher|mas|mayor|mejor)\b/
/** Words that rank or compare, in either language. */
const RANKING = /\b(?:most|more|largest|biggest|highest|greatest|lowest|least|fewest|worst|best|richest|poorest|deadliest|top|record|mas|mayor|mayores|menor|menores|peor|peores|mejor|mejores|maximo|maxima|minimo|minima)\b/

/** A question that ranks is answered only by a sentence that ranks or compares too. */
export function ranksAsAsked(question: string, candidate: Candidate): boolean {
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
export function originWritten(sentence: EvidenceSentence['sentence'], asked: ReadonlySet<string>): Span | undefined {
  const starts = originStarts(sentence, asked)
  return (sentence.spans ?? []).find((known) => known.type === 'place' && starts.includes(known.start))
}

/**
 * The sentence with a person span where it writes a name the question gives in capitals and no
 * span covers ("is Ana Lenz from Chile?" when the parser did not register her), and their ids.
 */
export function withNamesAsked(sentence: EvidenceSentence['sentence'], question: string): {sentence: EvidenceSentence['sentence']; asked: string[]} {
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

/** What separates the items of a list whose items hold commas themselves: "A, en Totoró; B, en Mapiripán, y C, en Tierralta". */
const SEMICOLON_ITEM_BREAK = /[;:()\u2013\u2014]|,\s(?:and|y|e)\s/g

/** The list item or clause of the sentence a stretch of it stands in. */
export function itemOf(text: string, at: Stretch): Stretch {
  let start = 0
  let end = text.length
  for (const match of text.matchAll(text.includes(';') ? SEMICOLON_ITEM_BREAK : ITEM_BREAK)) {
    if (match.index + match[0].length <= at.start) start = match.index + match[0].length
    else if (match.index >= at.end) {
      end = match.index
      break
    }
  }
  return {start, end}
}

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
  if (people.some((span) => asked.has(span.entity!))) return 'asked'
  const own = spans.find((span) => span.type === 'person' && asked.has(span.entity ?? ''))
  if (!own) return people.length === 0 ? 'unbound' : 'other'
  const kind = value.type === 'place' ? 'place' : undefined
  const besides = spans.filter(inside(itemOf(sentence.text, own))).filter((span) => span !== own && (kind ? span.type === kind : NAMED_SPANS.has(span.type)))
  // "¿A Alonso Lozano lo mataron en Totoró?" — "A, en Totoró; Alonso Lozano, en Mapiripán": the item of the one asked about gives another, though the one beside the value is no one the parser knows.
  return besides.length > 0 ? 'contradicted' : people.length === 0 ? 'unbound' : 'other'
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

/** The folded words that hold a stated value: its own forms, a place by its name in either language ("Londres", "London"), or its text. */
export function formsOf(value: StatedValue): readonly string[] {
  return value.forms ?? (value.type === 'place' ? placeNames(value.text) : [fold(value.text)])
}

export function holdsValue(sentence: EvidenceSentence['sentence'], value: StatedValue): boolean {
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

export const OPEN_LIST = /\b(?:also|too|among|including|as well|tambien|ademas|entre (?:ellos|ellas|otros|otras)|incluid[oa]s?|incluso)\b/

/** What is done somewhere on the day a release tells of: handed over, held, marched, met, presented. */
export const DONE_THERE = /\b(?:hand(?:ed|ing)?(?: (?:over|in))?|deliver(?:ed)?|held|hold(?:ing)?|happen(?:ed)?|took place|take place|protest(?:ed)?|march(?:ed)?|rall(?:y|ied)|gather(?:ed)?|met|meet(?:ing)?|present(?:ed)?|launch(?:ed)?|entreg\w*|celebr\w*|realiz\w*|marcha\w*|protesta\w*|reuni\w*|present\w*|lanz\w*)\b/

/** Named kinds of spans a name the question states may be set against. */
export const NAMED_SPANS: ReadonlySet<Span['type']> = new Set(['person', 'organisation', 'place'])

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

export function contradicts(sentence: EvidenceSentence['sentence'], value: StatedValue): boolean {
  // "Is this the first memo?" — "its second memorandum": another rank, in words.
  if (value.type === 'ordinal') return [...fold(sentence.text).matchAll(ORDINAL_WORD)].some((match) => ORDINALS.get(match[0]) !== ORDINALS.get(fold(value.text)))
  // "Did they meet the president?" — "handed it to three ministers": another office holds the place.
  if (value.type === 'office' && [...fold(sentence.text).matchAll(HOLDER_OFFICE)].some((match) => !value.text.includes(match[0]))) return true
  // "Did they file it at the supreme court?" — "filed at the Federal High Court": another court.
  if (value.type === 'court') return courtsOf(fold(sentence.text)).some((kinds) => !sameCourt(kinds, courtKinds(value.text)))
  return (sentence.spans ?? []).some(contradicting(sentence, value))
}

/** Of the sentences found, the one that settles what a yes/no question states: it holds the figure, the place, the day, or another. */
export function settling(index: EvidenceIndex, ranked: readonly Candidate[], best: Candidate, stated: readonly StatedValue[], question: string): Candidate {
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

export const MONTH = new RegExp(`\\b(?:${MONTH_NAMES})\\b`)

const STILL = /\b(?:still|remains?|remained|continues? to|sigue|siguen|todavia|aun|permanece|permanecen|continua|continuan)\b/

export const LOCATIVE = /\b(?:in|at|to|near|along|inside|within|en|a|cerca de|a lo largo de|dentro de)\s+(?:the\s+|el\s+|la\s+|los\s+|las\s+)?(?:(?:province|city|region|state|district|town|provincia|ciudad|region|región|estado|distrito|municipio|departamento)\s+(?:of|de|del)\s+)?(?:\p{Lu}[\p{L}\p{M}]+-)?$/iu

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
    // "an activity that is not allowed": a participle after "is" says how things stand, not what was done.
    if (/\b(?:is|are|be|been|being)\s+(?:not\s+|still\s+|no\s+longer\s+)?$/.test(text.slice(0, at.start))) return false
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
export const ONLY = /\b(?:only|solely|exclusively|solo|solamente|unicamente|exclusivamente)\b/
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

/** Offices that may stand where the question names another ("the ministers", not "the president"). */
const HOLDER_OFFICE = new RegExp(`\\b(?:${OFFICES}|ministers?|ministr[oa]s?)\\b`, 'g')
