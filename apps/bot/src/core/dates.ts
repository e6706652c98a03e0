/**
 * Dates told honestly: a date of the article is written out for the reader's language, and
 * whether an event "will" happen or "was to" happen depends on today's date, not on the tense
 * the article used when it was written.
 */
import type {ArticleEvent, DateRef, Facts} from 'article-facts'
import {remember} from './memo.js'
import {perFacts} from './per-facts.js'
import {fold} from './text.js'
import type {Lang} from './types.js'
import {message, type Words} from './words.js'

const LOCALES: Record<Lang, string> = {en: 'en-GB', es: 'es'}

interface CalendarDay {
  year: number
  month?: number
  day?: number
}

function parseIso(iso: string | undefined): CalendarDay | undefined {
  const match = iso?.match(/^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?/)
  if (!match) return undefined
  const day: CalendarDay = {year: Number(match[1])}
  if (match[2]) day.month = Number(match[2])
  if (match[3]) day.day = Number(match[3])
  return day
}

function utc(day: CalendarDay, end = false): Date {
  const month = (day.month ?? (end ? 12 : 1)) - 1
  if (day.day !== undefined) return new Date(Date.UTC(day.year, month, day.day, end ? 23 : 0, end ? 59 : 0))
  // Last day of the month for an end date.
  return end ? new Date(Date.UTC(day.year, month + 1, 0, 23, 59)) : new Date(Date.UTC(day.year, month, 1))
}

const formats = new Map<string, Intl.DateTimeFormat>()

/** Intl formatters are costly to build: one per language and shape of date. */
function dateFormat(lang: Lang, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  const key = `${lang} ${JSON.stringify(options)}`
  let format = formats.get(key)
  if (!format) formats.set(key, (format = new Intl.DateTimeFormat(LOCALES[lang], options)))
  return format
}

/** Days already written out: an article's few dates are asked of again and again, and Intl is slow to write them. */
const formattedDays = new Map<string, string>()

function formatDay(day: CalendarDay, lang: Lang, withWeekday: boolean): string {
  const key = `${lang} ${day.year} ${day.month ?? ''} ${day.day ?? ''} ${withWeekday}`
  return formattedDays.get(key) ?? remember(formattedDays, key, writeDay(day, lang, withWeekday), 10_000)
}

function writeDay(day: CalendarDay, lang: Lang, withWeekday: boolean, withYear = true): string {
  const options: Intl.DateTimeFormatOptions = withYear ? {timeZone: 'UTC', year: 'numeric'} : {timeZone: 'UTC'}
  if (day.month !== undefined) options.month = 'long'
  if (day.day !== undefined) {
    options.day = 'numeric'
    if (withWeekday) options.weekday = 'long'
  }
  // "Thursday 25 May 2023" rather than "Thursday, 25 May 2023".
  return dateFormat(lang, options)
    .formatToParts(utc(day))
    .map((part, i, parts) => (part.type === 'literal' && parts[i - 1]?.type === 'weekday' ? ' ' : part.value))
    .join('')
}

function monthName(day: CalendarDay, lang: Lang): string {
  return dateFormat(lang, {timeZone: 'UTC', month: 'long'}).format(utc(day))
}

/** "30 May" / "30 de mayo". */
function dayAndMonth(day: CalendarDay, lang: Lang): string {
  return dateFormat(lang, {timeZone: 'UTC', day: 'numeric', month: 'long'}).format(utc(day))
}

/**
 * The date as a phrase for the reader: "Thursday 25 May 2023", "December 2022" (Intl's names
 * in `lang`), "January and February 2023", "from 9 to 20 June 2025" (messages of answers.ftl).
 */
export function formatDateRef(ref: DateRef, lang: Lang): Words {
  const start = parseIso(ref.range?.start)
  const end = parseIso(ref.range?.end)
  if (start && end && (ref.precision === 'months' || ref.precision === 'month') && start.month !== end.month) {
    const last = formatDay({year: end.year, month: end.month ?? 12}, lang, false)
    return message('date-months', {first: start.year === end.year ? monthName(start, lang) : formatDay({year: start.year, month: start.month ?? 1}, lang, false), last})
  }
  if (ref.precision === 'week' && start) return message('date-week', {first: formatDay(start, lang, false)})
  // "from 9 to 20 June 2025", "del 30 de mayo al 2 de junio de 2025": every day of the span, not its first.
  if (start?.day !== undefined && end?.day !== undefined && isDaySpan(ref)) {
    const first = start.year !== end.year ? formatDay(start, lang, false) : start.month !== end.month ? dayAndMonth(start, lang) : String(start.day)
    return message('date-days', {first, last: formatDay(end, lang, false)})
  }
  const day = parseIso(ref.iso) ?? start
  if (!day) return ref.text
  // "domingo 25 de octubre" with no year written anywhere: the weekday gives the year only as a guess, so it is left unsaid.
  if (ref.resolution === 'weekday-inference' && ref.certainty === 'unresolved' && day.day !== undefined) return writeDay(day, lang, true, false)
  return formatDay(day, lang, ref.precision === 'day')
}

/** Whether the date is a span of several days ("from 9 to 20 June"), not one day or a month. */
export function isDaySpan(ref: DateRef): boolean {
  return ref.precision === 'day' && ref.range !== undefined && ref.range.start !== ref.range.end && ref.range.start.length === 10 && ref.range.end.length === 10
}

/** Month and weekday names in a language, from Intl (January first, Monday first). */
function calendarNames(lang: Lang): {months: string[]; weekdays: string[]} {
  const month = dateFormat(lang, {timeZone: 'UTC', month: 'long'})
  const weekday = dateFormat(lang, {timeZone: 'UTC', weekday: 'long'})
  return {
    months: Array.from({length: 12}, (_, index) => month.format(Date.UTC(2024, index, 1))),
    // 1 January 2024 was a Monday.
    weekdays: Array.from({length: 7}, (_, index) => weekday.format(Date.UTC(2024, 0, 1 + index)))
  }
}

/**
 * A day as the other language writes it, with nothing added: "28 October" → "28 de octubre",
 * "jueves 17 de marzo" → "Thursday 17 March"; anything else as written.
 */
export function dayInLanguage(text: string, lang: Lang): string {
  const match = /^(?:(\p{L}+),?\s+)?(?:(\d{1,2})(?:\s+de)?\s+(\p{L}+)|(\p{L}+)\s+(\d{1,2}))$/u.exec(text.trim())
  if (!match) return text
  const from = calendarNames(lang === 'es' ? 'en' : 'es')
  const to = calendarNames(lang)
  const month = from.months.findIndex((name) => fold(name) === fold(match[3] ?? match[4] ?? ''))
  const weekday = match[1] === undefined ? -1 : from.weekdays.findIndex((name) => fold(name) === fold(match[1]!))
  if (month < 0 || (match[1] !== undefined && weekday < 0)) return text
  const dayOfMonth = match[2] ?? match[5]
  const day = lang === 'es' ? `${dayOfMonth} de ${to.months[month]}` : `${dayOfMonth} ${to.months[month]}`
  return weekday < 0 ? day : `${to.weekdays[weekday]} ${day}`
}

/** The preposition a date phrase takes ("On Thursday 25 May 2023", "In February 2023"). */
export function datePrecision(ref: DateRef): 'day' | 'period' {
  return ref.precision === 'day' && parseIso(ref.iso)?.day !== undefined ? 'day' : 'period'
}

/** The article's own date, written for the reader, when known. */
export function articleDate(facts: Facts, lang: Lang): string | undefined {
  return readableDate(yearKnown(facts) ? facts.article.published : undefined, lang)
}

/**
 * Whether the article says, near enough, the year it was published in: given by its frontmatter, or
 * a year its dates write within one of it. A year guessed from a weekday alone ("domingo 25 de
 * octubre" in an article that writes no year) is not said.
 */
export const yearKnown: (facts: Facts) => boolean = perFacts((facts) => {
  const {published, publishedResolution} = facts.article
  if (!published || publishedResolution !== 'inferred') return published !== undefined
  const year = Number(published.slice(0, 4))
  return facts.sentences.some((sentence) => (sentence.spans ?? []).some((span) => span.type === 'date' && [...span.text.matchAll(/\b(?:1[89]|20)\d\d\b/g)].some(([written]) => Math.abs(Number(written) - year) <= 1)))
})

/** An ISO date written for the reader ("22 May 2023", "22 de mayo de 2023"). */
export function readableDate(iso: string | undefined, lang: Lang): string | undefined {
  const day = parseIso(iso)
  return day ? formatDay(day, lang, false) : undefined
}

/** A sortable key for a date (start of the span); undefined when it cannot be placed. */
export function dateKey(ref: DateRef | undefined): number | undefined {
  const day = parseIso(ref?.range?.start ?? ref?.iso)
  return day ? utc(day).getTime() : undefined
}

/** The last moment a date (or span) covers. */
function dateEnd(ref: DateRef | undefined): Date | undefined {
  const day = parseIso(ref?.range?.end ?? ref?.iso)
  return day ? utc(day, true) : undefined
}

/**
 * How to tell an event now:
 * - `past`: it happened (as of the article);
 * - `future`: it was planned and its date is still ahead of `now`;
 * - `was-to`: it was planned (or requested) and its date, or the article's, is behind `now`:
 *   "was to present", never "will present";
 * - `ongoing`: going on when the article was written.
 */
export type Tense = 'past' | 'future' | 'was-to' | 'ongoing'

export function eventTense(event: Pick<ArticleEvent, 'status' | 'date'>, facts: Facts, now: Date): Tense {
  if (event.status === 'past') return 'past'
  if (event.status === 'ongoing') return 'ongoing'
  return plannedTense(event.date, facts, now)
}

/** Tense of something the article announces for later, with or without its own date. */
export function plannedTense(date: DateRef | undefined, facts: Facts, now: Date): Tense {
  const end = dateEnd(date) ?? dateEnd(facts.article.published ? {text: '', iso: facts.article.published, precision: 'day', resolution: 'explicit', certainty: 'certain'} : undefined)
  if (!end) return 'was-to'
  return end.getTime() >= now.getTime() ? 'future' : 'was-to'
}
