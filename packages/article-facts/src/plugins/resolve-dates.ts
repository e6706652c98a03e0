/**
 * resolve dates: pin every date placeholder in the draft to the calendar. Without a known
 * publication date, the first date that pins itself near publication (weekday + day + month, or
 * a full date announced in the future tense) dates the article: `published` becomes the Monday of
 * that week, marked `inferred`.
 */
import type {VFile} from 'vfile'
import {rules} from '../rules.js'
import {iso, mondayOf, parseIso, resolveDate, type DateAnchor} from '../util/dates.js'
import {report} from '../util/messages.js'
import {datelineOf} from '../util/patterns.js'
import {TIME_AFTER_DATE, datesTheRelease} from '../util/byline.js'
import type {} from './data.js'

export interface ResolveDatesOptions {
  /** "Today" for weekday inference; defaults to the current date. */
  now?: Date
}

export function articleResolveDates(options: ResolveDatesOptions = {}) {
  const now = options.now ?? new Date()
  return function (_: unknown, file: VFile): undefined {
    const meta = file.data.meta
    const draft = file.data.draft
    if (!meta || !draft) return

    if (!meta.published) {
      const inferred = inferPublished(file, now)
      if (inferred) {
        meta.published = inferred
        meta.publishedResolution = 'inferred'
      }
    }

    const anchor = dateAnchor(meta, now)
    // The years the article writes: a year a weekday points to is only a guess unless one of them stands near it.
    const written = yearsWritten(file)
    for (const [ref, {mention, source}] of draft.dates) {
      const resolved = resolveDate(mention, anchor)
      Object.assign(ref, resolved.date)
      const year = Number(ref.iso?.slice(0, 4))
      if (ref.resolution === 'weekday-inference' && !written.some((one) => Math.abs(one - year) <= 1)) ref.certainty = 'unresolved'
      const place = {start: source.start, end: source.end}
      if (resolved.weekdayMismatch) {
        report(file, `Date \`${mention.text}\` names a weekday that does not fall on ${ref.iso ?? 'that day'}`, rules.dateWeekdayMismatch, {place})
      }
      if (ref.resolution === 'unresolved') {
        report(file, `Cannot resolve the year of \`${mention.text}\`: add \`published\` to the frontmatter`, rules.dateUnresolved, {place})
      }
    }
  }
}

/** What dates of this article resolve against: its publication date, when known, and now. */
export function dateAnchor(meta: {published?: string | undefined; publishedResolution: string}, now: Date): DateAnchor {
  const anchor: DateAnchor = {now, publishedKnown: meta.publishedResolution === 'frontmatter' || meta.publishedResolution === 'option'}
  if (meta.published) anchor.published = meta.published
  return anchor
}

/** Every year the article writes, in a date or not ("Alerta 085-2017", "its 2005 report"). */
function yearsWritten(file: VFile): number[] {
  return (file.data.contexts ?? []).flatMap((context) => (context.text.match(/(?<!\d)(?:19|20)\d\d(?!\d)/g) ?? []).map(Number))
}

/** The place a statement is signed at, before the date that closes it: "Santiago, ". */
const SIGNED_AT = /^\p{Lu}[\p{L}\p{M}.'’ -]{1,40},\s*$/u

function inferPublished(file: VFile, now: Date): string | undefined {
  const contexts = file.data.contexts ?? []
  const years = yearsWritten(file)
  // A dateline among the first sentences ("(Dhaka, October 17, 2024) –") is the publication date itself.
  // "FOR IMMEDIATE RELEASE", a standfirst or its bullet points may come first: the dateline opens one of the first few paragraphs.
  for (const context of contexts.slice(0, 8)) {
    const first = context.dates[0]
    if (first?.kind === 'day' && first.year !== undefined && (datelineOf(context.text.slice(0, first.end + 4)) ?? datelineOf(context.text.slice(0, first.end + 40)))) {
      const resolved = resolveDate(first, {now, publishedKnown: false}).date.iso
      if (resolved) return resolved
    }
  }
  // "Amnesty International – Press release – 4 January 2008", "19 October 2022", "11 de junio de 2019. A un año …":
  // a full date set apart at the head of a release, ending its byline or opening its first line, is its date.
  for (const context of contexts.slice(0, 3)) {
    const date = context.dates.find((mention) => mention.kind === 'day' && mention.year !== undefined && isBylineDate(context.text, mention))
    const resolved = date ? resolveDate(date, {now, publishedKnown: false}).date.iso : undefined
    if (resolved) return resolved
  }
  // "Gautam Mody / General Secretary / 29 June 2023": a full date alone on a line of the signature that closes a statement,
  // on a line that says it dates the page ("Última modificación: 1 de febrero de 2017"), or after where it was signed ("Santiago, 30 de julio de 2009").
  for (const context of contexts.slice(-3)) {
    const date = context.dates.find((mention) => mention.kind === 'day' && mention.year !== undefined && (context.text.trim().replace(/[.\s]+$/u, '') === mention.text || ((datesTheRelease(context.text.slice(0, mention.start).trim()) || SIGNED_AT.test(context.text.slice(0, mention.start))) && /^\s*\.?\s*$/u.test(context.text.slice(mention.end)))))
    const resolved = date ? resolveDate(date, {now, publishedKnown: false}).date.iso : undefined
    if (resolved) return resolved
  }
  // "said today (Thursday 6 March)": the day the release calls today is its date.
  // "Hoy, 15 de agosto": with no year, it takes the year a weekday elsewhere pins.
  let todayWithoutYear: {month: number; day: number} | undefined
  for (const context of contexts) {
    for (const mention of context.dates) {
      if (mention.kind !== 'day' || !TODAY_GLOSSED.test(context.text.slice(Math.max(0, mention.start - 12), mention.start))) continue
      const resolved = resolveDate(mention, {now, publishedKnown: false}).date.iso
      if (resolved) return resolved
      if (mention.month !== undefined && mention.day !== undefined) todayWithoutYear ??= {month: mention.month, day: mention.day}
    }
  }
  for (const context of contexts) {
    for (const mention of context.dates) {
      // A weekday pins the date near publication ("On Thursday 25 May"); a full date does so only
      // when announced for the future ("will hold … on May 25, 2023"), not a past one ("since 2022").
      if (mention.kind !== 'day' || (mention.weekday === undefined && !(mention.year !== undefined && mention.future))) continue
      const resolved = resolveDate(mention, {now, publishedKnown: false, years}).date
      const date = resolved.iso ? parseIso(resolved.iso) : undefined
      if (date && todayWithoutYear) return iso(new Date(Date.UTC(date.getUTCFullYear(), todayWithoutYear.month - 1, todayWithoutYear.day)))
      if (date) return iso(mondayOf(date))
    }
  }
  return undefined
}

/** A byline's separators: "–", "—", "|", "·", a hyphen between spaces, or a comma after a name ("Europa Press, 24 de junio de 2013."). */
const BYLINE_BEFORE = /(?:[–—|·,]|\s-)\s*$/u
/** After a date that opens a line: a separator, a hyphen between spaces ("25 April 2019 - Amnesty International, …") or nothing. */
const BYLINE_AFTER = /^\s*(?:[.–—|·:]|-\s|$)/u
/** "(updated 20 January 2016)": when the release was changed, after the date it was put out. */
const UPDATED_AFTER = /^\s*\((?:updated|last updated|actualizad[oa]|modificad[oa])\b[^()]*\)/iu

/** A date a byline gives: alone on its line, or after or before the line's separator, in a short line. */
function isBylineDate(text: string, date: {start: number; end: number}): boolean {
  const before = text.slice(0, date.start).replace(/^\s*[(]?/u, '')
  const after = text.slice(date.end)
  // "30 November 2018, 17:23 UTC": a line that opens with the date may end with the time it was posted.
  if (before === '' && (BYLINE_AFTER.test(after) || TIME_AFTER_DATE.test(after))) return true
  // "*Posted on 02 May 2023*", "Publicado el 3 de mayo de 2020", "Posted by Caabu on 04 Sep 2014": a line that only dates the release.
  // "Published 15 December 2016, 02:00 PM": with the hour it was posted at.
  if (datesTheRelease(before) && (/^\s*\.?\s*$/u.test(after) || TIME_AFTER_DATE.test(after))) return true
  // "LIBE Press release - Asylum policy - 14-02-2013 - 12:52": the time it was sent may follow, or when it was updated
  // ("Reporters Without Borders (RSF) news item, 10 August 2015 (updated 20 January 2016)").
  return text.length <= 160 && BYLINE_BEFORE.test(before) && /^\s*(?:[-–—|·]\s*\d{1,2}[:.]\d{2}\s*)?[.)]?\s*$/u.test(after.replace(UPDATED_AFTER, ''))
}

/** "today (" or "Today, " right before a date: the release glosses its own day ("Today, November 4, 2022, is …"). */
const TODAY_GLOSSED = /\b(?:today|hoy)\s*[(,]\s*$/iu
