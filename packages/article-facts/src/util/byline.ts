/**
 * A release's byline: the line at its head that says who put it out, what kind of release it is
 * and when ("Survival International – News release – 25 November 2013", "Press release – The
 * Observatory – Paris-Geneva, 16 April 2015", "Published 9 February 2021"). It dates the release
 * and names its publisher; it says nothing a reader asks about.
 */
import type {DateMention} from './dates.js'

/** The kinds of release a byline names, in English and Spanish. */
const RELEASE_KIND =
  /^(?:(?:press|news|media)\s+(?:release|advisory|statement|invitation|alert|briefing|note)|public\s+statement|statement|urgent\s+action|report\s+launch|news|update|alert|for\s+immediate\s+release|comunicado(?:\s+de\s+prensa)?|nota\s+(?:de\s+prensa|informativa|sobre)|convocatoria(?:\s+de\s+prensa)?|alerta|acci[oó]n\s+urgente|declaraci[oó]n(?:\s+p[uú]blica)?|presentaci[oó]n\s+de|noticia|actualizaci[oó]n)\b/iu

/** "Published 9 February 2021", "Published: 03/03/2012", "Date published: May 24, 2018", "Publicado el 3 de mayo de 2020", "Date: 2002-12-11", "Última modificación: 1 de febrero de 2017": a line that only dates the release. */
const DATED_ONLY = /^(?:(?:date\s+)?(?:published|posted|updated|publicado|publicada|actualizado)(?:\s+(?:on|el))?\s*:?|(?:date|fecha(?:\s+de\s+publicaci[oó]n)?|for\s+(?:immediate\s+)?release|last\s+(?:modified|updated)|[uú]ltima\s+(?:modificaci[oó]n|actualizaci[oó]n))\s*:)\s*$/iu

/** "Posted by Caabu on 04 Sep 2014", "Publicado por Red Costera el 3 de mayo de 2020": who posted it, then the date. */
const POSTED_BY = /^(?:posted|published|publicado|publicada)\s+(?:by|por)\s+(\p{Lu}.{1,60}?)\s+(?:on|el)\s*$/iu

/** A clock time after a byline's date, ", 02:00 PM", " at 14:00", " 10:15 am GMT": the line still only dates the release. */
export const TIME_AFTER_DATE = /^\s*,?\s*(?:at\s+|a\s+las\s+|-\s+)?\d{1,2}[:.]\d{2}(?:\s*(?:[ap]\.?\s?m\.?|h|hrs))?(?:\s+\p{Lu}{2,4})?\s*\.?\s*$/iu

/** Whether what stands before a line's date makes it a line that only dates the release ("Posted on", "Posted by Caabu on"). */
export function datesTheRelease(beforeDate: string): boolean {
  return DATED_ONLY.test(beforeDate) || POSTED_BY.test(beforeDate)
}

const SEPARATOR = /\s+[–—|·]\s+/u
const CAPITALS = /^[\p{Lu}\s.,'’-]{3,}$/u

/** Whether a block's only sentence, among the first of an article, is its byline. */
export function isByline(text: string, dates: readonly DateMention[]): boolean {
  const line = text.trim().replace(/\.$/u, '')
  if (line.length > 160) return false
  const fullDate = dates.find((date) => date.kind === 'day' && date.year !== undefined)
  if (fullDate && datesTheRelease(line.slice(0, fullDate.start)) && (line.slice(fullDate.end).trim() === '' || TIME_AFTER_DATE.test(line.slice(fullDate.end)))) return true
  const parts = line.split(SEPARATOR)
  if (parts.length < 2 || parts.some((part) => part.split(/\s+/u).length > 10 || /[.!?]\s/u.test(part))) return false
  const datedPart = (part: string) => fullDate !== undefined && part.includes(fullDate.text) && part.trim().length <= fullDate.text.length + 30
  return parts.some((part) => RELEASE_KIND.test(part)) || datedPart(parts.at(-1)!) || (datedPart(parts[0]!) && parts.slice(1).every(namesOnly))
}

/** A part of a byline that is only a name ("Dean Preston", "Tenants Together"): capitalised words, a few of them. */
function namesOnly(part: string): boolean {
  // "Topics: Water, Inequality" labels what the page files the release under; it names no one.
  return /^\p{Lu}[^:]*$/u.test(part.trim()) && part.trim().split(/\s+/u).length <= 6
}

/**
 * Who a byline says put the release out: its first part that is neither the kind of release nor
 * where and when, the first when it names several ("Centro Prodh (SIDIDH), con información de La
 * Jornada" → "Centro Prodh (SIDIDH)").
 */
export function bylinePublisher(text: string, dates: readonly DateMention[]): string | undefined {
  const fullDate = dates.find((date) => date.kind === 'day' && date.year !== undefined)
  const posted = fullDate ? POSTED_BY.exec(text.trim().slice(0, fullDate.start - (text.length - text.trimStart().length)))?.[1] : undefined
  if (posted) return posted
  let at = 0
  const parts = text.trim().replace(/\.$/u, '').split(SEPARATOR)
  // "NEW YORK — Oct 5, 2016": a place in capitals and a date is a dateline; it names no publisher.
  if (parts.length === 2 && CAPITALS.test(parts[0]!) && dates.some((date) => parts[1]!.includes(date.text))) return undefined
  // "Thursday, November 5, 2015 · Dean Preston · Tenants Together": a blog's date, author and site; the site is the last.
  // "Tuesday, February 04, 2020 · Peter McCartney": a date and its author name no publisher.
  const datedFirst = dates.some((date) => parts[0]!.includes(date.text)) && parts.slice(1).every(namesOnly)
  if (datedFirst) return parts.length >= 3 ? parts.at(-1)!.trim() : undefined
  for (const part of parts) {
    const start = text.indexOf(part, at)
    at = start + part.length
    if (RELEASE_KIND.test(part) || dates.some((date) => date.start < at && date.end > start) || !/^[\p{Lu}\d]/u.test(part)) continue
    // Several publishers ("Entreculturas y Alboan", "FIDH and Human Rights Watch"): the first named.
    return part.split(/,\s|\s+(?:y|and|e)\s+(?=\p{Lu})/u)[0]!.trim()
  }
  return undefined
}
