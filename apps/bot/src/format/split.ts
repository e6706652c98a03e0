/**
 * Telegram refuses messages over 4096 characters. Long answers (a full timeline, many
 * sources) are split between paragraphs when possible, else lines, else words, and never
 * inside a tag or an entity; tags open at a cut are closed and reopened in the next chunk.
 */

export const TELEGRAM_MESSAGE_LIMIT = 4096

interface Cut {
  /** Index where the whitespace of the break starts. */
  at: number
  /** Index where the next chunk starts (after the whitespace). */
  next: number
  /** Opening tags still open at the cut. */
  stack: string[]
  /** 3 paragraph break, 2 line break, 1 space, 0 anywhere. */
  rank: number
}

const TAG = /^<\/?([a-z][a-z0-9-]*)[^>]*>/i
const ENTITY = /^&(#x[0-9a-f]+|#[0-9]+|[a-z]+);/i

export function splitHtml(html: string, limit = TELEGRAM_MESSAGE_LIMIT): string[] {
  const whole = html.trim()
  if (whole.length <= limit) return whole ? [whole] : []
  const chunks: string[] = []
  let prefix = ''
  let start = skipSpace(html, 0)
  let stack: string[] = []
  let cuts: Cut[] = []
  let index = start

  while (index < html.length) {
    const end = tokenEnd(html, index)
    const nextStack = applyTag(stack, html.slice(index, end))
    const size = prefix.length + (end - start) + closingTags(nextStack).length
    if (size > limit && index > start) {
      const cut = chooseCut(cuts, start, limit) ?? {at: index, next: index, stack, rank: 0}
      chunks.push(prefix + html.slice(start, cut.at).trimEnd() + closingTags(cut.stack))
      prefix = cut.stack.join('')
      stack = [...cut.stack]
      start = skipSpace(html, cut.next)
      index = start
      cuts = []
      continue
    }
    const rank = breakRank(html, index)
    if (rank > 0) {
      const next = skipSpace(html, index)
      cuts.push({at: index, next, stack: [...nextStack], rank})
      stack = nextStack
      index = next
      continue
    }
    stack = nextStack
    index = end
  }

  const last = prefix + html.slice(start).trimEnd()
  if (last.length > prefix.length) chunks.push(last)
  return chunks
}

function chooseCut(cuts: readonly Cut[], start: number, limit: number): Cut | undefined {
  // Prefer the strongest break in the second half of the chunk, so chunks stay well filled.
  const late = cuts.filter((cut) => cut.at - start >= limit / 2)
  for (const pool of [late, cuts]) {
    for (const rank of [3, 2, 1]) {
      const found = pool.findLast((cut) => cut.rank === rank)
      if (found) return found
    }
  }
  return undefined
}

function breakRank(html: string, index: number): number {
  const char = html[index]
  if (char === '\n') return html[index + 1] === '\n' ? 3 : 2
  if (char === ' ' || char === '\t') return 1
  return 0
}

function skipSpace(html: string, index: number): number {
  let position = index
  while (position < html.length && /\s/.test(html[position] ?? '')) position++
  return position
}

function tokenEnd(html: string, index: number): number {
  const char = html[index]
  if (char === '<' || char === '&') {
    const match = (char === '<' ? TAG : ENTITY).exec(html.slice(index, index + 2048))
    if (match) return index + match[0].length
  }
  const code = html.charCodeAt(index)
  // Keep surrogate pairs (emoji) whole.
  return code >= 0xd800 && code <= 0xdbff ? index + 2 : index + 1
}

function applyTag(stack: string[], token: string): string[] {
  const tag = TAG.exec(token)
  if (!tag || token.length !== tag[0].length) return stack
  if (token.startsWith('</')) {
    const name = tag[1]?.toLowerCase()
    const open = stack.findLastIndex((opening) => tagName(opening) === name)
    return open === -1 ? stack : stack.slice(0, open)
  }
  return [...stack, token]
}

function tagName(opening: string): string | undefined {
  return TAG.exec(opening)?.[1]?.toLowerCase()
}

function closingTags(stack: readonly string[]): string {
  return stack
    .map((opening) => `</${tagName(opening) ?? ''}>`)
    .reverse()
    .join('')
}
