/**
 * A timeline of an article's dated events, drawn from the core's timeline answer (its lines and
 * dates in the reader's language): one row per event, in date order, a filled dot for what has
 * happened and a hollow one for what the article tells as planned. Labels come from the caller, so this
 * module holds no language.
 */
import type {PhrasedTimelineEntry} from '../format/phrase.js'
import {escapeHtml} from '../format/html.js'
import {datedEntries} from './article-drawings.js'
import type {TimelineLabels} from './drawing-data.js'
import {FONT, titleBar, wrap} from './svg.js'

const WIDTH = 800
const TOP = 70
const AXIS = 225
const TEXT_X = 250
/** Characters per line at 17 px in the text column, and per line at 15 px in the date column. */
const TEXT_CHARS = 54
const DATE_CHARS = 17
const LINE = 22

export function drawTimeline(entries: readonly PhrasedTimelineEntry[], labels: TimelineLabels): string {
  const rows: string[] = []
  let y = TOP
  const dots: number[] = []
  for (const entry of datedEntries(entries)) {
    const text = wrap(entry.text, TEXT_CHARS, 4)
    const when = wrap(entry.when!, DATE_CHARS, 2)
    const height = Math.max(text.length, when.length) * LINE + 26
    const dotY = y + 16
    dots.push(dotY)
    rows.push(
      lines(when, AXIS - 22, dotY + 5, 15, '#4a4a4a', 'end', true),
      `<circle cx="${AXIS}" cy="${dotY}" r="8" fill="${entry.planned ? '#ffffff' : '#c0392b'}" stroke="#c0392b" stroke-width="3"/>`,
      lines(text, TEXT_X, dotY + 6, 17, '#1a1a1a', 'start', false)
    )
    y += height
  }
  const axis = dots.length > 1 ? `<line x1="${AXIS}" y1="${dots[0]}" x2="${AXIS}" y2="${dots.at(-1)}" stroke="#c0392b" stroke-width="3"/>` : ''
  const legendY = y + 10
  const legend =
    `<circle cx="${TEXT_X}" cy="${legendY}" r="7" fill="#c0392b" stroke="#c0392b" stroke-width="3"/><text x="${TEXT_X + 16}" y="${legendY + 5}" font-size="15" font-family="${FONT}" fill="#4a4a4a">${escapeHtml(labels.past)}</text>` +
    `<circle cx="${TEXT_X + 200}" cy="${legendY}" r="7" fill="#ffffff" stroke="#c0392b" stroke-width="3"/><text x="${TEXT_X + 216}" y="${legendY + 5}" font-size="15" font-family="${FONT}" fill="#4a4a4a">${escapeHtml(labels.planned)}</text>`
  const height = legendY + 30
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${WIDTH}" height="${height}" viewBox="0 0 ${WIDTH} ${height}"><rect width="100%" height="100%" fill="#fbf8f1"/>${axis}${rows.join('')}${legend}${titleBar(labels.title, WIDTH)}</svg>`
}

function lines(texts: readonly string[], x: number, firstY: number, size: number, color: string, anchor: 'start' | 'end', bold: boolean): string {
  return texts
    .map((text, index) => `<text x="${x}" y="${firstY + index * LINE}" font-size="${size}" font-family="${FONT}" fill="${color}" text-anchor="${anchor}"${bold ? ' font-weight="bold"' : ''}>${escapeHtml(text)}</text>`)
    .join('')
}
