/**
 * Find date phrases in a sentence (English and Spanish) and pin them to the calendar.
 * Finding is pure text work; resolving needs the article's publication date (or infers it).
 */
import type {DateRef} from '../schema.js'
import {atWordStart, capitalise, hasAny, matchAll, wordsOf} from './patterns.js'
import {fold} from './fold.js'

export type MentionKind = 'day' | 'days' | 'weekday' | 'month' | 'months' | 'year' | 'relative-month' | 'relative-week' | 'relative-day'

/** A date phrase as found, before resolution. Indexes are into the sentence text. */
export interface DateMention {
  text: string
  start: number
  end: number
  kind: MentionKind
  weekday?: number
  day?: number
  /** Last day of a `days` span ("from 9 to 20 June"). */
  dayEnd?: number
  /** 1-12. */
  month?: number
  /** Last month of a `months` span. */
  monthEnd?: number
  year?: number
  /** For relative phrases: -1 last, 0 this, 1 next. */
  shift?: number
  /** The sentence speaks of the future ("will"), which decides "in June" → the next June. */
  future?: boolean
}

const MONTHS_EN = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december']
const MONTHS_ES = ['enero', 'febrero', 'marzo', 'abril', 'mayo', 'junio', 'julio', 'agosto', 'septiembre', 'octubre', 'noviembre', 'diciembre']
const MONTH_SHORT = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sept?', 'oct', 'nov', 'dec']
const WEEKDAYS_EN = ['sunday', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday']
const WEEKDAYS_ES = ['domingo', 'lunes', 'martes', 'miércoles', 'jueves', 'viernes', 'sábado']
const WEEKDAYS_ES_UNACCENTED = WEEKDAYS_ES.map(fold)

const capital = (word: string): string => `[${word[0]?.toUpperCase()}${word[0]}]${word.slice(1)}`
// English month names are capitalised; lowercase "march" or "may" are other words.
// "Oct. 5", and "Oct 5" without its point when a day follows ("Jan Egeland" is a name).
const MONTH_EN = `(?:${MONTHS_EN.map(capitalise).join('|')}|${MONTH_SHORT.map((m) => `${capitalise(m)}\\.`).join('|')}|${MONTH_SHORT.map((m) => `${capitalise(m)}(?=\\s+\\d)`).join('|')})`
/** An English month or weekday name on its own ("March", "Monday"): a date word, never a place. */
export const CALENDAR_WORD = new RegExp(`^(?:${[...MONTHS_EN, ...WEEKDAYS_EN].map(capitalise).join('|')})$`, 'u')
// "21 Dic.", "3 ago.": the Spanish abbreviations English does not share, with their point.
const MONTH_SHORT_ES = ['ene', 'abr', 'ago', 'dic']
const MONTH_ES = `(?:${MONTHS_ES.map(capital).join('|')}|setiembre|${MONTH_SHORT_ES.map((m) => `${capital(m)}\\.`).join('|')})`
const MONTH_ANY = `(?:${MONTH_EN}|${MONTH_ES})`
const WEEKDAY = `(?:${[...WEEKDAYS_EN, ...WEEKDAYS_ES].map(capital).join('|')}|[Mm]iercoles|[Ss]abado)`
const DAY = '(\\d{1,2})(?:st|nd|rd|th|º)?'
const YEAR = '(\\d{4})'

interface Pattern {
  /** The regex to use on a text (see `atWordStart`). */
  regex: RegExp | ((text: string) => RegExp)
  /** The pattern cannot match without a digit. */
  digits?: boolean
  /** The pattern cannot match without one of these (lower-case) words. */
  words?: ReadonlySet<string>
  build: (match: RegExpExecArray) => Omit<DateMention, 'text' | 'start' | 'end'> | undefined
}

const flags = 'gu'
const MONTH_WORDS = new Set([...MONTHS_EN, ...MONTHS_ES, 'setiembre', ...MONTH_SHORT.map((month) => month.replace('?', '')), ...MONTH_SHORT_ES, 'sep', 'sept'])
const RELATIVE_EN = new Set(['last', 'this', 'next', 'past', 'coming'])
const RELATIVE_ES = new Set(['pasado', 'pasada', 'próximo', 'próxima', 'este', 'esta', 'viene'])
const DAY_WORDS = new Set(['today', 'yesterday', 'tomorrow', 'hoy', 'ayer'])
const WEEKDAY_WORDS = new Set([...WEEKDAYS_EN, ...WEEKDAYS_ES, ...WEEKDAYS_ES_UNACCENTED])
/** "el día 15": the word a day of the month alone is written with. */
const DAY_WORD = new Set(['día', 'dia'])
const WEEKDAY_EN = `(?:${WEEKDAYS_EN.map(capitalise).join('|')})`
const WEEKDAY_ES = `(?:${[...new Set([...WEEKDAYS_ES, ...WEEKDAYS_ES_UNACCENTED])].join('|')})`
/**
 * Days the world keeps on a fixed date, by the names releases give them ("on World Food Day",
 * "en el Día Internacional de la Mujer"): a day of the year like "16 October".
 */
const OBSERVANCES: ReadonlyArray<readonly [month: number, day: number, names: string]> = [
  [3, 8, `International Women['’]s Day|Día Internacional de la Mujer(?: Trabajadora)?`],
  [3, 22, 'World Water Day|Día Mundial del Agua'],
  [4, 7, 'World Health Day|Día Mundial de la Salud'],
  [4, 22, 'Earth Day|Día de la Tierra|Día Internacional de la Madre Tierra'],
  [5, 3, 'World Press Freedom Day|Día Mundial de la Libertad de Prensa'],
  [6, 5, 'World Environment Day|Día Mundial del Medio Ambiente'],
  [6, 20, 'World Refugee Day|Día Mundial del Refugiado|Día Mundial de las Personas Refugiadas'],
  [6, 26, 'International Day in Support of Victims of Torture|Día Internacional en Apoyo de las Víctimas de la Tortura'],
  [7, 17, 'World Day for International Justice|Día de la Justicia Penal Internacional'],
  [7, 30, 'World Day against Trafficking in Persons|Día Mundial contra la Trata(?: de Personas)?'],
  [8, 9, `International Day of the World['’]s Indigenous Peoples|Día Internacional de los Pueblos Indígenas`],
  [8, 19, 'World Humanitarian Day|Día Mundial de la Asistencia Humanitaria'],
  [8, 30, 'International Day of the Victims of Enforced Disappearances|Día Internacional de las Víctimas de Desapariciones Forzadas'],
  [9, 21, 'International Day of Peace|Día Internacional de la Paz'],
  [10, 10, 'World Day Against the Death Penalty|Día Mundial contra la Pena de Muerte'],
  [10, 11, 'International Day of the Girl(?: Child)?|Día Internacional de la Niña'],
  [10, 16, 'World Food Day|Día Mundial de la Alimentación'],
  [10, 17, 'International Day for the Eradication of Poverty|Día Internacional para la Erradicación de la Pobreza'],
  [11, 2, 'International Day to End Impunity for Crimes against Journalists|Día Internacional para Poner Fin a la Impunidad de los Crímenes contra Periodistas'],
  [11, 20, `World Children['’]s Day|Día Mundial de la Infancia|Día Universal del Niño`],
  [11, 25, 'International Day for the Elimination of Violence against Women|Día Internacional de la Eliminación de la Violencia contra la Mujer'],
  [12, 1, 'World AIDS Day|Día Mundial del Sida'],
  [12, 10, 'Human Rights Day|Día de los Derechos Humanos|Día Internacional de los Derechos Humanos'],
  [12, 18, 'International Migrants Day|Día Internacional del Migrante|Día Internacional de las Personas Migrantes']
]
const OBSERVANCE = new RegExp(`(?<![\\p{L}])(?:${OBSERVANCES.map(([, , names]) => `(${names})`).join('|')})(?![\\p{L}])`, 'giu')

const patterns: Pattern[] = [
  // on World Food Day · el Día Internacional de la Mujer
  {
    regex: OBSERVANCE,
    build: (m) => {
      const [month, dayOfMonth] = OBSERVANCES[m.slice(1).findIndex((group) => group !== undefined)] ?? []
      return month === undefined ? undefined : {kind: 'day', day: dayOfMonth, month}
    },
    words: new Set(['day', 'día'])
  },
  // 2019-10-22: an ISO date, as bylines and web pages write it
  {
    regex: /(?<![\d-])((?:19|20)\d\d)-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])(?![\d-])/gu,
    build: (m) => ({kind: 'day', day: Number(m[3]), month: Number(m[2]), year: Number(m[1])}),
    digits: true
  },
  // 26/01/2016 · 14-02-2013 · 14.02.2013: day first, as most of the world writes it; month first when the day could be nothing else (10/13/2016)
  {
    regex: /(?<![\d./-])(\d{1,2})([/.-])(\d{1,2})\2((?:19|20)\d\d)(?!\d|[./-]\d)/gu,
    build: (m) => {
      const [first, second, year] = [Number(m[1]), Number(m[3]), Number(m[4])]
      const [dayOfMonth, month] = second > 12 ? [second, first] : [first, second]
      return month >= 1 && month <= 12 && dayOfMonth >= 1 && dayOfMonth <= 31 ? {kind: 'day', day: dayOfMonth, month, year} : undefined
    },
    digits: true
  },
  // from 9 to 20 June 2025 · 9–20 June · del 9 al 20 de junio · entre el 3 y el 6 de septiembre · June 9-20 · between January 15 and 17
  {
    regex: atWordStart(
      `(?:(?:[Ff]rom|[Bb]etween|[Dd]el|[Ee]ntre el)\\s+)?${DAY}\\s*(?:-|–|to|and|al|y|y el|until)\\s*${DAY}\\s+(?:of\\s+|de\\s+)?(${MONTH_ANY})(?:,?\\s+(?:de\\s+)?${YEAR})?(?![\\p{L}])` +
        `|(?:(?:[Ff]rom|[Bb]etween)\\s+)?(${MONTH_EN})\\s+${DAY}\\s*(?:-|–|to|and|through|until)\\s*${DAY}(?:,?\\s+${YEAR})?(?![\\p{L}\\d])`
    ),
    build: (m) => (m[3] ? days(m[1], m[2], m[3], m[4]) : days(m[6], m[7], m[5], m[8])),
    digits: true,
    words: MONTH_WORDS
  },
  // Wednesday 12 June 2024 · 12 June · 3rd of March
  {
    regex: atWordStart(`(?:(${WEEKDAY}),?\\s+)?(?:the\\s+)?${DAY}\\s+(?:of\\s+)?(${MONTH_EN})(?:,?\\s+${YEAR})?(?![\\p{L}])`),
    build: (m) => day(m[1], m[2], m[3], m[4]),
    digits: true,
    words: MONTH_WORDS
  },
  // Thursday, May 25, 2023 · May 25
  {
    regex: atWordStart(`(?:(${WEEKDAY}),?\\s+)?(${MONTH_EN})\\s+${DAY}(?:,?\\s+${YEAR})?(?![\\p{L}\\d])`),
    build: (m) => day(m[1], m[3], m[2], m[4]),
    digits: true,
    words: MONTH_WORDS
  },
  // el jueves 25 de mayo de 2023
  {
    // "el próximo domingo 14 de mayo": the day named, the word before it no other date.
    regex: atWordStart(`(?:(?:(?:próximo|pasado)\\s+)?(${WEEKDAY})\\s+)?${DAY}\\s+(?:de\\s+)?(${MONTH_ES})(?:\\s+(?:de|del)\\s+${YEAR})?(?![\\p{L}])`),
    build: (m) => day(m[1], m[2], m[3], m[4]),
    digits: true,
    words: MONTH_WORDS
  },
  // el sábado 17 · el próximo jueves 15 · on Saturday the 17th · Saturday 17th: a weekday and its day, the month left to the reader
  {
    regex: atWordStart(
      `(?<=\\b(?:[Ee]l|[Dd]el|[Aa]l|[Ee]ste|[Ee]sta)\\s+)(?:(?:próximo|pasado)\\s+)?(${WEEKDAY_ES})\\s+(\\d{1,2})(?![\\p{L}\\d]|[.:,]\\d)` +
        `|(${WEEKDAY_EN}),?\\s+(?:the\\s+(\\d{1,2})(?:st|nd|rd|th)?|(\\d{1,2})(?:st|nd|rd|th))(?![\\p{L}\\d])`
    ),
    build: (m) => dayWithoutMonth(m[2] ?? m[4] ?? m[5], {weekday: m[1] ?? m[3]}),
    digits: true,
    words: WEEKDAY_WORDS
  },
  // el día 15 · el pasado día 1 · el próximo día 20: a day of the month alone, the month left to the reader
  {
    regex: atWordStart(`(?<=\\b(?:[Ee]l|[Dd]el|[Aa]l)\\s+)(?:(pasado|próximo)\\s+)?día\\s+(\\d{1,2})(?![\\p{L}\\d]|[.:,]\\d|\\s+(?:de\\s+)?(?:${MONTH_ANY})(?![\\p{L}]))`),
    build: (m) => dayWithoutMonth(m[2], {relative: m[1]}),
    digits: true,
    words: DAY_WORD
  },
  // on Friday · last Tuesday · next Monday (a weekday alone needs a word that makes it a day: "Sunday Times" is not one)
  {
    regex: atWordStart(`(?:(?<=\\b(?:[Oo]n|[Ss]ince|[Uu]ntil|[Bb]y|[Ff]rom|[Ee]arly|[Ll]ate)\\s+)|([Ll]ast|[Tt]his|[Nn]ext|[Cc]oming)\\s+)(${WEEKDAY_EN})(?![\\p{L}])`),
    build: (m) => weekdayAlone(m[2], m[1]),
    words: WEEKDAY_WORDS
  },
  // el viernes · este martes · el pasado lunes · el viernes anterior
  {
    regex: atWordStart(`(?<=\\b(?:[Ee]l|[Dd]el|[Aa]l|[Ee]ste|[Ee]sta)\\s+)(?:(pasado|próximo)\\s+)?(${WEEKDAY_ES})(?:\\s+(pasado|anterior|próximo|siguiente|que viene))?(?![\\p{L}])`),
    build: (m) => weekdayAlone(m[2], m[1] ?? m[3]),
    words: WEEKDAY_WORDS
  },
  // January and February 2023 · entre enero y marzo
  {
    regex: atWordStart(`(${MONTH_ANY})\\s+(?:and|to|through|until|-|–|y|a|hasta)\\s+(${MONTH_ANY})(?:,?\\s+(?:de\\s+)?${YEAR})?(?![\\p{L}])`),
    build: (m) => ({kind: 'months', month: monthNumber(m[1]), monthEnd: monthNumber(m[2]), year: year(m[3])}),
    words: MONTH_WORDS
  },
  // last December · this week · next month · la semana pasada · el pasado diciembre · diciembre pasado
  {
    regex: atWordStart(`([Ll]ast|[Tt]his|[Nn]ext|[Pp]ast|[Cc]oming)\\s+(${MONTH_EN}|week|month|year)(?![\\p{L}])`),
    build: (m) => relative(m[1], m[2]),
    words: RELATIVE_EN
  },
  {
    regex: atWordStart(`(?:(?:[Ee]l|[Ll]a|[Ee]ste|[Ee]sta|[Ee]sa)\\s+)?(?:(pasado|pasada|próximo|próxima)\\s+(${MONTH_ES}|semana|mes|año)|(${MONTH_ES}|semana|mes|año)\\s+(pasado|pasada|próximo|próxima|que viene)|([Ee]ste|[Ee]sta)\\s+(semana|mes|año))(?![\\p{L}])`),
    build: (m) => relative(m[1] ?? m[4] ?? m[5], m[2] ?? m[3] ?? m[6]),
    words: RELATIVE_ES
  },
  // today · yesterday · tomorrow · hoy · ayer
  {
    regex: /\b([Tt]oday|[Yy]esterday|[Tt]omorrow|[Hh]oy|[Aa]yer)\b/gu,
    build: (m) => {
      const word = (m[1] ?? '').toLowerCase()
      const shift = word === 'yesterday' || word === 'ayer' ? -1 : word === 'tomorrow' ? 1 : 0
      return {kind: 'relative-day', shift}
    },
    words: DAY_WORDS
  },
  // March 2023 · marzo de 2023
  {
    regex: atWordStart(`(${MONTH_ANY})\\s+(?:de\\s+|of\\s+)?${YEAR}(?![\\p{L}\\d])`),
    build: (m) => ({kind: 'month', month: monthNumber(m[1]), year: year(m[2])}),
    digits: true,
    words: MONTH_WORDS
  },
  // in February · since December · en febrero · since the start of September · last March · mid-June
  // (a bare month needs a word before it that makes it a time: "May" is a verb too)
  {
    regex: new RegExp(
      `(?<=\\b(?:(?:[Ii]n|[Ss]ince|[Dd]uring|[Uu]ntil|[Bb]y|[Ff]rom|[Bb]efore|[Aa]fter|[Tt]hroughout|[Ll]ast|[Tt]his|[Nn]ext|[Ee]arly|[Ll]ate|[Mm]id|(?:start|beginning|end|middle)\\s+of|[Ee]n|[Dd]esde|durante|hasta|de|a finales de|a principios de)\\s+|[Mm]id-))(${MONTH_ANY})(?![\\p{L}])`,
      flags
    ),
    build: (m) => ({kind: 'month', month: monthNumber(m[1])}),
    words: MONTH_WORDS
  },
  // in spring 2014 · en la primavera de 2015: a season of a year is that year
  {
    regex: atWordStart(`(?:[Ss]pring|[Ss]ummer|[Aa]utumn|[Ff]all|[Ww]inter|[Pp]rimavera|[Vv]erano|[Oo]toño|[Ii]nvierno)\\s+(?:of\\s+|de\\s+|del\\s+)?${YEAR}(?![\\p{L}\\d])`),
    build: (m) => ({kind: 'year', year: year(m[1])}),
    digits: true
  },
  // in 2022 · dates back to 1983 · desde el año 2010
  {
    regex: /(?<=\b(?:[Ii]n|[Ss]ince|[Dd]uring|[Uu]ntil|[Bb]y|[Ee]n|[Dd]esde|[Dd]urante|[Hh]asta|back\s+to|as\s+early\s+as|(?:[Dd]esde|[Ee]n|[Hh]asta)\s+el\s+año|[Dd]el\s+año)\s+)((?:19|20)\d{2})\b/gu,
    build: (m) => ({kind: 'year', year: year(m[1])}),
    digits: true
  }
]

function day(weekday: string | undefined, dayText: string | undefined, month: string | undefined, yearText: string | undefined) {
  const dayNumber = Number(dayText)
  if (!(dayNumber >= 1 && dayNumber <= 31)) return undefined
  const mention: Omit<DateMention, 'text' | 'start' | 'end'> = {kind: 'day', day: dayNumber, month: monthNumber(month)}
  if (weekday) mention.weekday = weekdayNumber(weekday)
  const resolvedYear = year(yearText)
  if (resolvedYear !== undefined) mention.year = resolvedYear
  return mention
}

function days(first: string | undefined, last: string | undefined, month: string | undefined, yearText: string | undefined) {
  const start = day(undefined, first, month, yearText)
  const end = Number(last)
  if (!start || !(end > (start.day ?? 0) && end <= 31)) return undefined
  return {...start, kind: 'days' as const, dayEnd: end}
}

function relative(shiftWord: string | undefined, unitWord: string | undefined): Omit<DateMention, 'text' | 'start' | 'end'> {
  const word = (shiftWord ?? '').toLowerCase()
  const shift = /^(last|past|pasad)/.test(word) ? -1 : /^(next|coming|próxim|que viene)/.test(word) ? 1 : 0
  const unit = (unitWord ?? '').toLowerCase()
  if (unit === 'week' || unit === 'semana') return {kind: 'relative-week', shift}
  if (unit === 'month' || unit === 'mes') return {kind: 'relative-month', shift}
  if (unit === 'year' || unit === 'año') return {kind: 'year', shift}
  return {kind: 'month', month: monthNumber(unit), shift: shift === 0 ? 0 : shift}
}

function year(text: string | undefined): number | undefined {
  const value = Number(text)
  return text && value >= 1900 && value <= 2200 ? value : undefined
}

export function monthNumber(text: string | undefined): number {
  const word = (text ?? '').toLowerCase().replace(/\.$/, '')
  const english = MONTHS_EN.findIndex((name) => name.startsWith(word.slice(0, 3)) && (word.length === 3 || name.startsWith(word) || word === 'sept'))
  if (english !== -1 && /^[a-z]+$/.test(word) && !MONTHS_ES.includes(word)) return english + 1
  const spanish = MONTH_SHORT_ES.includes(word) ? MONTHS_ES.findIndex((name) => name.startsWith(word)) : MONTHS_ES.indexOf(word === 'setiembre' ? 'septiembre' : word)
  return spanish + 1
}

/**
 * A day of the month written without its month, with its weekday ("el sábado 17") or alone ("el pasado día 1", and whether it
 * is the last or the next one): the month is the one around publication where they meet.
 */
function dayWithoutMonth(dayText: string | undefined, {weekday, relative}: {weekday?: string | undefined; relative?: string | undefined}): Omit<DateMention, 'text' | 'start' | 'end'> | undefined {
  const dayNumber = Number(dayText)
  if (!(dayNumber >= 1 && dayNumber <= 31)) return undefined
  return {kind: 'day', day: dayNumber, ...(weekday === undefined ? {} : {weekday: weekdayNumber(weekday)}), ...(relative === undefined ? {} : {shift: relative === 'pasado' ? -1 : 1})}
}

/** A weekday without its date, and whether it is the last or the next one: "last Friday", "el viernes anterior". */
function weekdayAlone(weekday: string | undefined, relative: string | undefined): Omit<DateMention, 'text' | 'start' | 'end'> | undefined {
  if (!weekday) return undefined
  const word = relative?.toLowerCase()
  const shift = word === undefined || word === 'this' || word === 'coming' ? undefined : ['last', 'pasado', 'anterior'].includes(word) ? -1 : 1
  return {kind: 'weekday', weekday: weekdayNumber(weekday), ...(shift === undefined ? {} : {shift}), ...(word === 'coming' ? {future: true} : {})}
}

function weekdayNumber(text: string): number {
  const word = fold(text)
  const english = WEEKDAYS_EN.indexOf(word)
  if (english !== -1) return english
  return WEEKDAYS_ES_UNACCENTED.indexOf(word)
}

/** Cheap test first: most sentences have no date at all. */
const DATE_WORDS = new Set([...MONTH_WORDS, ...RELATIVE_EN, ...RELATIVE_ES, ...DAY_WORDS, ...WEEKDAY_WORDS, 'week', 'month', 'year', 'semana', 'mes', 'año', 'day', 'día'])

/** All date phrases in a sentence, leftmost-longest, without overlaps. */
export function findDates(sentence: string, words: ReadonlySet<string> = wordsOf(sentence)): DateMention[] {
  // "ADVISORY FOR TUESDAY, FEB. 14, 1 P.M.": a line in capitals is read as if written in title case (same length, same offsets).
  const titled = IN_CAPITALS.test(sentence) ? titleCase(sentence) : undefined
  if (titled !== undefined && titled.length === sentence.length) {
    return findDates(titled, words).map((mention) => ({...mention, text: sentence.slice(mention.start, mention.end)}))
  }
  const hasDigit = /\d/u.test(sentence)
  if (!hasDigit && !hasAny(words, DATE_WORDS)) return []
  const found: DateMention[] = []
  for (const pattern of patterns) {
    if ((pattern.digits && !hasDigit) || (pattern.words && !hasAny(words, pattern.words))) continue
    const regex = typeof pattern.regex === 'function' ? pattern.regex(sentence) : pattern.regex
    for (const match of matchAll(regex, sentence)) {
      const built = pattern.build(match)
      if (!built || (built.month !== undefined && built.month < 1)) continue
      found.push({...built, text: match[0], start: match.index, end: match.index + match[0].length})
    }
  }
  found.sort((a, b) => a.start - b.start || b.end - a.end)
  const kept: DateMention[] = []
  for (const mention of found) {
    const previous = kept.at(-1)
    if (previous && mention.start < previous.end) continue
    kept.push(mention)
  }
  if (kept.length === 0) return kept
  const boundaries = matchAll(BOUNDARY, sentence).map((match) => ({start: match.index, end: match.index + match[0].length}))
  for (const mention of kept) if (FUTURE.test(clauseAround(sentence, mention, boundaries))) mention.future = true
  return kept
}

/** A text in capitals: no lower-case letter, and some capitals in a row. */
const IN_CAPITALS = /^(?=[\s\S]*\p{Lu}{3})[^\p{Ll}]+$/u

/** Each word's first letter a capital, the rest lower case; one letter for one, so that offsets hold. */
function titleCase(text: string): string {
  return text.replace(/\p{L}+/gu, (word) => word.charAt(0) + word.slice(1).toLowerCase())
}

const FUTURE = /\b(?:[Ww]ill|[Ss]hall|is going to|are going to|plans? to|upcoming|(?:is|are) (?:expected|due|set|scheduled) to)\b|\p{L}r(?:á|án)(?!\p{L})/u
const BOUNDARY = /,|;|\b(?:[Tt]hat|[Ww]hich|[Ww]ho|[Ww]hen|[Ww]here|[Bb]efore|[Aa]fter|[Ww]hile|que|[Cc]uando|[Aa]ntes|[Dd]espués|[Mm]ientras)(?![\p{L}])/gu

/**
 * The clause a date belongs to, for its tense: "protests that began in March" is past even when
 * the sentence also says "will hold". A date opening the sentence belongs to the main clause after it.
 */
function clauseAround(sentence: string, mention: DateMention, boundaries: Array<{start: number; end: number}>): string {
  const previous = boundaries.filter((boundary) => boundary.end <= mention.start).at(-1)
  const following = boundaries.filter((boundary) => boundary.start >= mention.end)
  const start = previous?.end ?? 0
  const opening = start === 0 && /^\s*(?:\p{L}+\s+){0,2}$/u.test(sentence.slice(0, mention.start))
  const end = (opening ? following[1] : following[0])?.start ?? sentence.length
  return sentence.slice(start, end)
}

/** Text without a date phrase and the preposition before it: "travel to X on 12 June" → "travel to X". */
export function withoutDate(text: string, mention: DateMention): string {
  const at = text.indexOf(mention.text)
  if (at === -1) return text
  const before = text.slice(0, at).replace(/\s+(?:on|in|since|during|by|from|el|en|desde|durante)\s*$/u, '')
  return (before.trimEnd() + ' ' + text.slice(at + mention.text.length).trimStart()).trim()
}

/** What dates are resolved against. */
export interface DateAnchor {
  /** ISO `YYYY-MM-DD`. */
  published?: string
  /** Whether `published` is known (frontmatter or option) rather than inferred. */
  publishedKnown: boolean
  /** Today, for weekday inference when nothing else pins the year. */
  now: Date
  /** Years the article writes anywhere ("Alerta 085-2017"): a weekday's date falls in one of them rather than in the latest year it fits. */
  years?: readonly number[]
}

export interface Resolved {
  date: DateRef
  /** The weekday written does not fall on that day. */
  weekdayMismatch?: boolean
}

/** How far from publication a day without its month ("el sábado 17", "el día 15") is looked for: the two months around it. */
const DAY_WITHOUT_MONTH_REACH = 62

/**
 * The date nearest publication that falls on the day written (and its weekday, when written): before it for "el pasado día 1",
 * after it for "el próximo día 20" or when the sentence tells what will be.
 */
function dayWithoutMonthNear(mention: DateMention, published: Date | undefined, base: {text: string}): Resolved {
  if (!published || mention.day === undefined) return {date: {...base, precision: 'day', resolution: 'unresolved', certainty: 'unresolved'}}
  const offsets = Array.from({length: 2 * DAY_WITHOUT_MONTH_REACH + 1}, (_, at) => at - DAY_WITHOUT_MONTH_REACH)
    .filter((offset) => (mention.shift === -1 ? offset <= 0 : mention.shift === 1 || mention.future ? offset >= 0 : true))
    .sort((a, b) => Math.abs(a) - Math.abs(b))
  for (const offset of offsets) {
    const date = new Date(published.getTime() + offset * 86_400_000)
    if (date.getUTCDate() === mention.day && (mention.weekday === undefined || date.getUTCDay() === mention.weekday)) return {date: {...base, iso: iso(date), precision: 'day', resolution: 'relative', certainty: 'likely'}}
  }
  return {date: {...base, precision: 'day', resolution: 'unresolved', certainty: 'unresolved'}}
}

/** Pin a mention to the calendar. Never throws: what cannot be pinned is `unresolved`. */
export function resolveDate(mention: DateMention, anchor: DateAnchor): Resolved {
  const base = {text: mention.text}
  const published = anchor.published ? parseIso(anchor.published) : undefined
  const relativeCertainty = anchor.publishedKnown ? 'certain' : 'likely'
  const unresolved = (precision: DateRef['precision']): Resolved => ({
    date: {...base, precision, resolution: 'unresolved', certainty: 'unresolved'}
  })

  switch (mention.kind) {
    case 'day': {
      if (mention.month === undefined) return dayWithoutMonthNear(mention, published, base)
      const month = mention.month
      const dayOfMonth = mention.day ?? 1
      if (mention.year !== undefined) {
        const date = utc(mention.year, month, dayOfMonth)
        const resolved: Resolved = {date: {...base, iso: iso(date), precision: 'day', resolution: 'explicit', certainty: 'certain'}}
        if (mention.weekday !== undefined && date.getUTCDay() !== mention.weekday) resolved.weekdayMismatch = true
        return resolved
      }
      // The date that dated the article pins itself; others follow the (inferred) publication year.
      if (mention.weekday !== undefined && !anchor.publishedKnown) {
        const pinned = inferYear(mention.weekday, month, dayOfMonth, published ? new Date(Date.UTC(published.getUTCFullYear() + 1, 0, 1)) : anchor.now, anchor.years)
        if (pinned) return {date: {...base, iso: iso(pinned), precision: 'day', resolution: 'weekday-inference', certainty: 'likely'}}
      }
      if (published) {
        const candidates = [-1, 0, 1].map((shift) => utc(published.getUTCFullYear() + shift, month, dayOfMonth))
        const pick = nearest(candidates, published, mention.future)
        const resolved: Resolved = {
          date: {...base, iso: iso(pick), precision: 'day', resolution: 'published-year', certainty: mention.weekday !== undefined && pick.getUTCDay() === mention.weekday ? 'certain' : 'likely'}
        }
        if (mention.weekday !== undefined && pick.getUTCDay() !== mention.weekday) resolved.weekdayMismatch = true
        return resolved
      }
      return unresolved('day')
    }
    case 'weekday': {
      // The one of that weekday nearest publication on the side the tense says: the Friday before
      // an article about the past (or that day itself), the Friday after one about the future.
      if (!published || mention.weekday === undefined || mention.weekday < 0) return unresolved('day')
      const after = mention.shift === 1 || (mention.shift === undefined && mention.future === true)
      const strict = mention.shift !== undefined
      const date = new Date(published)
      const step = after ? 1 : -1
      if (strict) date.setUTCDate(date.getUTCDate() + step)
      while (date.getUTCDay() !== mention.weekday) date.setUTCDate(date.getUTCDate() + step)
      return {date: {...base, iso: iso(date), precision: 'day', resolution: 'relative', certainty: 'likely'}}
    }
    case 'days': {
      // The first day pins the year; the span ends in the same month.
      const first = resolveDate({...mention, kind: 'day'}, anchor)
      const start = first.date.iso ? parseIso(first.date.iso) : undefined
      if (!start) return {date: {...first.date, precision: 'day'}}
      const end = utc(start.getUTCFullYear(), start.getUTCMonth() + 1, mention.dayEnd ?? start.getUTCDate())
      return {date: {...first.date, range: {start: iso(start), end: iso(end)}}}
    }
    case 'month': {
      const month = mention.month ?? 1
      if (mention.year !== undefined) return {date: {...base, iso: isoMonth(mention.year, month), precision: 'month', resolution: 'explicit', certainty: 'certain'}}
      if (!published) return unresolved('month')
      const pickedYear = yearForMonth(month, published, mention.shift, mention.future)
      return {
        date: {...base, iso: isoMonth(pickedYear, month), precision: 'month', resolution: 'relative', certainty: mention.shift === undefined ? 'likely' : relativeCertainty}
      }
    }
    case 'months': {
      const first = mention.month ?? 1
      const last = mention.monthEnd ?? first
      let endYear = mention.year
      if (endYear === undefined) {
        if (!published) return unresolved('months')
        endYear = yearForMonth(last, published, undefined, mention.future)
      }
      const startYear = first <= last ? endYear : endYear - 1
      return {
        date: {
          ...base,
          range: {start: iso(utc(startYear, first, 1)), end: iso(utc(endYear, last + 1, 0))},
          precision: 'months',
          resolution: mention.year === undefined ? 'relative' : 'explicit',
          certainty: mention.year === undefined ? 'likely' : 'certain'
        }
      }
    }
    case 'year': {
      if (mention.year !== undefined) return {date: {...base, iso: String(mention.year), precision: 'year', resolution: 'explicit', certainty: 'certain'}}
      if (!published) return unresolved('year')
      return {date: {...base, iso: String(published.getUTCFullYear() + (mention.shift ?? 0)), precision: 'year', resolution: 'relative', certainty: relativeCertainty}}
    }
    case 'relative-month': {
      if (!published) return unresolved('month')
      const date = utc(published.getUTCFullYear(), published.getUTCMonth() + 1 + (mention.shift ?? 0), 1)
      return {date: {...base, iso: isoMonth(date.getUTCFullYear(), date.getUTCMonth() + 1), precision: 'month', resolution: 'relative', certainty: relativeCertainty}}
    }
    case 'relative-week': {
      if (!published) return unresolved('week')
      const monday = mondayOf(published)
      monday.setUTCDate(monday.getUTCDate() + 7 * (mention.shift ?? 0))
      const sunday = new Date(monday)
      sunday.setUTCDate(sunday.getUTCDate() + 6)
      return {date: {...base, range: {start: iso(monday), end: iso(sunday)}, precision: 'week', resolution: 'relative', certainty: relativeCertainty}}
    }
    case 'relative-day': {
      if (!published) return unresolved('day')
      const date = new Date(published)
      date.setUTCDate(date.getUTCDate() + (mention.shift ?? 0))
      return {date: {...base, iso: iso(date), precision: 'day', resolution: 'relative', certainty: relativeCertainty}}
    }
  }
}

/**
 * The nearest year, counting back from the current one, in which day/month falls on the weekday;
 * of those, one the article writes (`written`) first. A weekday repeats on a date every 5-11
 * years, so 28 years back always finds one.
 */
export function inferYear(weekday: number, month: number, dayOfMonth: number, now: Date, written: readonly number[] = []): Date | undefined {
  const fitting: Date[] = []
  for (let year = now.getUTCFullYear(); year > now.getUTCFullYear() - 28; year--) {
    const date = utc(year, month, dayOfMonth)
    if (date.getUTCMonth() === month - 1 && date.getUTCDay() === weekday) fitting.push(date)
  }
  return fitting.find((date) => written.includes(date.getUTCFullYear())) ?? fitting[0]
}

/** For a month without a year: the last such month before publication (or the next, for the future). */
function yearForMonth(month: number, published: Date, shift: number | undefined, future: boolean | undefined): number {
  const publishedYear = published.getUTCFullYear()
  const publishedMonth = published.getUTCMonth() + 1
  if (shift === -1) return month < publishedMonth ? publishedYear : publishedYear - 1
  if (shift === 1) return month > publishedMonth ? publishedYear : publishedYear + 1
  if (shift === 0) return publishedYear
  if (future) return month >= publishedMonth ? publishedYear : publishedYear + 1
  return month <= publishedMonth ? publishedYear : publishedYear - 1
}

function nearest(candidates: Date[], published: Date, future: boolean | undefined): Date {
  let best = candidates[1] ?? published
  for (const candidate of candidates) {
    const distance = Math.abs(candidate.getTime() - published.getTime())
    const bestDistance = Math.abs(best.getTime() - published.getTime())
    // Within half a year, tense decides between before and after publication.
    if (distance < bestDistance && !(future === true && candidate < published && best >= published)) best = candidate
  }
  return best
}

export function mondayOf(date: Date): Date {
  const monday = new Date(date)
  monday.setUTCDate(monday.getUTCDate() - ((monday.getUTCDay() + 6) % 7))
  return monday
}

export function parseIso(value: string): Date | undefined {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value)
  if (!match) return undefined
  const date = utc(Number(match[1]), Number(match[2]), Number(match[3]))
  return iso(date) === value ? date : undefined
}

function utc(year: number, month: number, dayOfMonth: number): Date {
  return new Date(Date.UTC(year, month - 1, dayOfMonth))
}

export function iso(date: Date): string {
  return date.toISOString().slice(0, 10)
}

function isoMonth(year: number, month: number): string {
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}`
}
