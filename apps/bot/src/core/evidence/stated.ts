/**
 * What a yes/no question states, to be checked against the article: a figure, a day or a month, a place,
 * a name, an office, a court, a rank ("was it the first?"), read once from the question as typed.
 */
import type {Span} from 'article-facts'
import {fold} from '../text.js'
import type {EvidenceIndex} from './index.js'
import {knownPlace, languageName, worldCity, foldedCountryNames} from './place-names.js'
import {isEnglishWord} from './irregular-forms.js'
import {isLightWord, isStopword, wordsOf} from './terms.js'

/** Counts in words a question may state before what it counts ("¿es de diez días?"), with their figure. */
export const COUNT_WORDS: ReadonlyMap<string, number> = new Map([
  ['two', 2], ['three', 3], ['four', 4], ['five', 5], ['six', 6], ['seven', 7], ['eight', 8], ['nine', 9], ['ten', 10], ['eleven', 11], ['twelve', 12], ['thirteen', 13], ['fourteen', 14], ['fifteen', 15],
  ['sixteen', 16], ['seventeen', 17], ['eighteen', 18], ['nineteen', 19], ['twenty', 20], ['thirty', 30], ['forty', 40], ['fifty', 50], ['sixty', 60], ['seventy', 70], ['eighty', 80], ['ninety', 90],
  ['dos', 2], ['tres', 3], ['cuatro', 4], ['cinco', 5], ['seis', 6], ['siete', 7], ['ocho', 8], ['nueve', 9], ['diez', 10], ['doce', 12], ['trece', 13], ['catorce', 14], ['quince', 15], ['dieciseis', 16],
  ['diecisiete', 17], ['dieciocho', 18], ['diecinueve', 19], ['veinte', 20], ['treinta', 30], ['cuarenta', 40], ['cincuenta', 50], ['sesenta', 60], ['setenta', 70], ['ochenta', 80], ['noventa', 90]
])

/** "Which country took in the most refugees?", "¿qué provincias tienen más desmontes?" (not "¿quiénes más?"): a question that ranks. */
export const SUPERLATIVE_ASKED = /\b(?:most|largest|biggest|highest|greatest|lowest|least|fewest|worst|best|richest|poorest|deadliest|mayor|mayores|peor|peores|mejor|mejores)\b|\b(?:tienen|tiene|hay|han|ha)\s+mas\s+\p{L}{4,}|\b(?:el|la|los|las|lo)\s+(?:\p{L}+\s+)?mas\s+\p{L}{4,}/u

/** "one of the …", "among the …", "uno de los …": whether something belongs to a list. */
const MEMBERSHIP_ASKED = /\b(?:one of|among|amongst|uno de|una de|entre los|entre las)\b/

/** Whether a question sets what it names against a list or a ranking ("one of the most dangerous countries"). */
export function setAgainstList(question: string): boolean {
  const folded = fold(question)
  return MEMBERSHIP_ASKED.test(folded) || SUPERLATIVE_ASKED.test(folded)
}

export const inside = (item: Pick<Span, 'start' | 'end'>) => (span: Span) => span.start >= item.start && span.end <= item.end

/**
 * What a yes/no question states: a figure, a day, a place, a name the article never uses ("did
 * Shetty meet Felipe Calderón?"). `forms` are the words that hold it in either language ("doubled",
 * "duplicó").
 */
export type StatedValue = {type: 'number' | 'place' | 'date' | 'name' | 'ordinal' | 'office' | 'court'; text: string; forms?: readonly string[]}

/** Where someone is kept, not where something was done: "where is he being held?", "¿dónde está detenida?". */
export const KEPT_THERE = /\b(?:being held|(?:is|are) (?:still )?held|detained|jailed|imprisoned|kept|detenid\w*|pres[oa]s?|recluid\w*|encarcelad\w*)\b/

const MONTHS_EN = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december']
const MONTHS_ES = ['enero', 'febrero', 'marzo', 'abril', 'mayo', 'junio', 'julio', 'agosto', 'septiembre', 'octubre', 'noviembre', 'diciembre']
/** Every month's name in either language, as a regex alternation (folded: no accents). */
export const MONTH_NAMES = [...MONTHS_EN, ...MONTHS_ES, 'setiembre'].join('|')

/** "Back" before a time long gone: "back in 1984", "back in june", "back then". */
export const BACK_THEN = new RegExp(`\\bback (?:then|in (?:(?:early|late|mid)[- ]?)?(?:(?:19|20)\\d\\d|${MONTH_NAMES}|the (?:day|\\d\\ds|(?:19|20)\\d\\ds)))\\b`)

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

export const CALENDAR_WORD = /\b(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|lunes|martes|miercoles|jueves|viernes|sabado|domingo|january|february|march|april|june|july|august|september|october|november|december|enero|febrero|marzo|abril|mayo|junio|julio|agosto|septiembre|setiembre|octubre|noviembre|diciembre)\b/
/** A weekday's or a month's name and nothing more: "January", "domingo". */
export const CALENDAR_NAME = new RegExp(`^(?:${CALENDAR_WORD.source})$`)

/** State offices a question may name in lower case ("the prime minister", "el gobernador"). */
export const OFFICES = 'prime minister|primer ministro|primera ministra|president|presidente|presidenta|governor|gobernador|gobernadora|mayor|alcalde|alcaldesa|ambassador|embajador|embajadora|chancellor|canciller'
const OFFICE = new RegExp(`\\b(?:${OFFICES}|king|queen|rey|reina)\\b`, 'g')

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
export function courtKinds(text: string): string[] {
  return [...new Set(text.split(/\s+/).flatMap((word) => COURT_KIND.get(word) ?? []))]
}

/** The kinds of every court a folded text names. */
export function courtsOf(text: string): string[][] {
  return [...text.matchAll(COURT)].map((match) => courtKinds(match[0])).filter((kinds) => kinds.length > 0)
}

/** Two courts are one when they share a kind ("the Court of Appeal", "the appeals court"). */
export function sameCourt(a: readonly string[], b: readonly string[]): boolean {
  return a.some((kind) => b.includes(kind))
}

/** A question about what may yet happen: "will they appeal", "¿van a recurrir?", "can they still take it to". */
const AHEAD = /\b(?:will|going to|gonna|could|can|va a|van a|podr\w*|puede|pueden)\b/

/** Ranks in words, English and Spanish ("the second memo", "la primera visita"). */
export const ORDINALS: ReadonlyMap<string, number> = new Map([
  ...(['first', 'primer', 'primera', 'primero'] as const).map((word) => [word, 1] as const),
  ...(['second', 'segundo', 'segunda'] as const).map((word) => [word, 2] as const),
  ...(['third', 'tercer', 'tercera', 'tercero'] as const).map((word) => [word, 3] as const),
  ...(['fourth', 'cuarta'] as const).map((word) => [word, 4] as const),
  ...(['fifth', 'quinto', 'quinta'] as const).map((word) => [word, 5] as const)
])
export const ORDINAL_WORD = new RegExp(`\\b(?:${[...ORDINALS.keys()].join('|')})\\b`, 'g')

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
export function unheardName(index: EvidenceIndex, name: string): boolean {
  const words = name.split(/\s+/)
  // "Is the report available in burmese?" asks for a language, not a place.
  return words.length <= 3 && !languageName(name) && words.every((word) => word.length >= 3 && !isStopword(word) && !index.frequency.has(index.termOf(word)) && !isEnglishWord(word) && !SPANISH_NOUN_ENDING.test(word))
}

/** Endings of Spanish common nouns and adjectives, not of names: "aislamiento", "libertad", "detención". */
const SPANISH_NOUN_ENDING = /(?:cion|sion|miento|dad|tad|ismo|ista|encia|ancia|aje|ura|oso|osa|ivo|iva|ado|ada|ido|ida)$/

/** Figures, days, places and names a yes/no question states, to check against the sentence. */
export function statedValues(question: string, index?: EvidenceIndex, named: ReadonlyMap<string, string> = new Map()): StatedValue[] {
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
