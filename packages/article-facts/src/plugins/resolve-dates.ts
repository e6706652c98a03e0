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
    for (const [ref, {mention, source}] of draft.dates) {
      const resolved = resolveDate(mention, anchor)
      Object.assign(ref, resolved.date)
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

function inferPublished(file: VFile, now: Date): string | undefined {
  const contexts = file.data.contexts ?? []
  // A dateline among the first sentences ("(Dhaka, October 17, 2024) –") is the publication date itself.
  for (const context of contexts.slice(0, 3)) {
    const first = context.dates[0]
    if (first?.kind === 'day' && first.year !== undefined && datelineOf(context.text.slice(0, first.end + 4))) {
      const resolved = resolveDate(first, {now, publishedKnown: false}).date.iso
      if (resolved) return resolved
    }
  }
  // "said today (Thursday 6 March)": the day the release calls today is its date.
  for (const context of contexts) {
    for (const mention of context.dates) {
      if (mention.kind !== 'day' || !TODAY_GLOSSED.test(context.text.slice(Math.max(0, mention.start - 12), mention.start))) continue
      const resolved = resolveDate(mention, {now, publishedKnown: false}).date.iso
      if (resolved) return resolved
    }
  }
  for (const context of contexts) {
    for (const mention of context.dates) {
      // A weekday pins the date near publication ("On Thursday 25 May"); a full date does so only
      // when announced for the future ("will hold … on May 25, 2023"), not a past one ("since 2022").
      if (mention.kind !== 'day' || (mention.weekday === undefined && !(mention.year !== undefined && mention.future))) continue
      const resolved = resolveDate(mention, {now, publishedKnown: false}).date
      const date = resolved.iso ? parseIso(resolved.iso) : undefined
      if (date) return iso(mondayOf(date))
    }
  }
  return undefined
}

/** "today (" right before a date: the release glosses its own day. */
const TODAY_GLOSSED = /\b(?:today|hoy)\s*\(\s*$/iu
