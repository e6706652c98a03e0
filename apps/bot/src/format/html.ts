/**
 * Telegram HTML (parse_mode "HTML"): every piece of content goes through `escapeHtml`, so a
 * fact containing `<`, `>` or `&` can never break the markup or inject a link.
 */
import type {PhrasedPart} from './phrase.js'

/** Send options of a message in Telegram HTML; no link preview under an answer. */
export const HTML = {parse_mode: 'HTML', link_preview_options: {is_disabled: true}} as const

const ESCAPES: Record<string, string> = {'&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;'}

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"]/g, (char) => ESCAPES[char] ?? char)
}

export function bold(html: string): string {
  return `<b>${html}</b>`
}

export function italic(html: string): string {
  return `<i>${html}</i>`
}

export function blockquote(html: string): string {
  return `<blockquote>${html}</blockquote>`
}

/** One paragraph of an answer: `strong` parts bold, everything escaped. */
export function partsToHtml(parts: readonly PhrasedPart[]): string {
  return parts.map((part) => (part.strong ? bold(escapeHtml(part.text)) : escapeHtml(part.text))).join('')
}

export function partsToPlain(parts: readonly PhrasedPart[]): string {
  return parts.map((part) => part.text).join('')
}

const ENTITIES: Record<string, string> = {amp: '&', lt: '<', gt: '>', quot: '"', apos: "'"}

/** What the person reads: markup removed, entities decoded, quotes kept as quote marks. */
export function htmlToPlain(html: string): string {
  return html
    .replace(/<blockquote[^>]*>([\s\S]*?)<\/blockquote>/g, (_, inner: string) => `“${inner}”`)
    .replace(/<[^>]*>/g, '')
    .replace(/&(#x[0-9a-f]+|#[0-9]+|[a-z]+);/gi, (whole, name: string) => {
      if (name.startsWith('#x') || name.startsWith('#X')) return String.fromCodePoint(Number.parseInt(name.slice(2), 16))
      if (name.startsWith('#')) return String.fromCodePoint(Number.parseInt(name.slice(1), 10))
      return ENTITIES[name.toLowerCase()] ?? whole
    })
}
