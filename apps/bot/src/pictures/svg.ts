/** What the pictures share: their title bar, text escaping (the HTML escaper: SVG text needs the same), and SVG → PNG with the system's fonts. */
import {Resvg} from '@resvg/resvg-js'
import {escapeHtml} from '../format/html.js'

export const FONT = 'DejaVu Sans, sans-serif'

/** The white band on top with the article's title, cut to fit. */
export function titleBar(title: string, width: number): string {
  const fits = Math.floor((width - 40) / 11.5)
  const shown = title.length > fits ? `${title.slice(0, fits - 1)}…` : title
  return `<rect x="0" y="0" width="${width}" height="50" fill="#ffffff" opacity="0.9"/><text x="20" y="33" font-size="20" font-family="${FONT}" fill="#1a1a1a">${escapeHtml(shown)}</text>`
}

/** Lines of at most `width` characters, broken between words; the last cut with "…" past `maxLines`. */
export function wrap(text: string, width: number, maxLines: number): string[] {
  const lines: string[] = []
  let line = ''
  for (const word of text.split(/\s+/).filter(Boolean)) {
    if (line && line.length + 1 + word.length > width) {
      lines.push(line)
      line = word
    } else line = line ? `${line} ${word}` : word
  }
  if (line) lines.push(line)
  if (lines.length <= maxLines) return lines
  const kept = lines.slice(0, maxLines)
  const last = kept[maxLines - 1]!
  kept[maxLines - 1] = `${last.length >= width ? last.slice(0, width - 1) : last}…`
  return kept
}

export function toPng(svg: string): Buffer {
  return new Resvg(svg, {font: {loadSystemFonts: true, defaultFontFamily: 'DejaVu Sans'}}).render().asPng()
}
