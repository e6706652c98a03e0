/**
 * Markdown no article is written in, that would make the Markdown parser work for minutes or
 * overflow its stack (20,000 `*` around a word, 10,000 nested list markers, 50,000 `[`): found
 * in one pass over the text before parsing, with where it starts. Limits sit far above anything
 * a release holds.
 */

/** Most of one delimiter in a row: `****…`, `[[[[…`. */
export const MAX_RUN = 64
/** Most containers (list items, block quotes) opened at the start of one line. */
export const MAX_NESTING = 32
/** Most brackets open at once. */
export const MAX_BRACKET_DEPTH = 64

export interface Pathology {
  reason: string
  line: number
  column: number
  offset: number
}

const DELIMITERS = new Set(['*', '_', '[', ']', '(', ')', '`', '~', '<', '>', '!', '\\'])
/** One container marker at the start of a line: "- ", "* ", "+ ", "1. ", "1) ", "> ". */
const CONTAINER = /[ \t]{0,3}(?:[-*+]|\d{1,9}[.)]|>)(?=[ \t]|$)[ \t]?/y

export function findPathology(text: string): Pathology | undefined {
  let lineStart = 0
  let depth = 0
  let openedAt = 0
  for (let offset = 0; offset < text.length; offset++) {
    const char = text[offset]!
    if (char === '\n') {
      // Brackets do not reach over a blank line: a paragraph starts afresh.
      if (text[offset + 1] === '\n') depth = 0
      lineStart = offset + 1
      continue
    }
    const at = (reason: string, where = offset): Pathology => ({reason, ...pointAt(text, where)})
    if (offset === lineStart) {
      let markers = 0
      CONTAINER.lastIndex = offset
      while (CONTAINER.exec(text)) {
        markers++
        if (markers > MAX_NESTING) return at(`Markdown nested too deeply: more than ${MAX_NESTING} lists or quotes open on one line`)
      }
    }
    if (!DELIMITERS.has(char)) continue
    let run = 1
    while (text[offset + run] === char) run++
    if (run > MAX_RUN) return at(`Markdown too deep to read: ${run} \`${char}\` in a row (at most ${MAX_RUN})`)
    if (char === '[' || char === '(') {
      if (depth === 0) openedAt = offset
      depth += run
      if (depth > MAX_BRACKET_DEPTH) return at(`Markdown too deep to read: more than ${MAX_BRACKET_DEPTH} brackets open at once`, openedAt)
    } else if (char === ']' || char === ')') depth = Math.max(0, depth - run)
    offset += run - 1
  }
  return undefined
}

function pointAt(text: string, offset: number): {line: number; column: number; offset: number} {
  const before = text.slice(0, offset)
  const line = before.split('\n').length
  return {line, column: offset - (before.lastIndexOf('\n') + 1) + 1, offset}
}
