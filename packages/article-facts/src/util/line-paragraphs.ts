/**
 * Plain-text articles put one paragraph on each line with no blank lines between. Markdown would
 * merge such lines into one paragraph (or let a `- ` line become a list that swallows the rest),
 * so these utilities detect that shape and insert a blank line after every line, keeping a map
 * from the new offsets back to the original file.
 */

export interface SeparatedLines {
  value: string
  /** Offset in `value` → offset in the original text. */
  toOriginal: (offset: number) => number
}

/** Offset where the body starts: after a YAML frontmatter block, if any. */
export function bodyStart(text: string): number {
  const match = /^---[ \t]*\r?\n(?:[\s\S]*?\r?\n)?---[ \t]*(?:\r?\n|$)/.exec(text)
  return match ? match[0].length : 0
}

/** Whether the body has several non-empty lines and no blank line between them. */
export function isOneParagraphPerLine(text: string, start = bodyStart(text)): boolean {
  const lines = text.slice(start).split(/\r?\n/)
  while (lines.length > 0 && lines[0]?.trim() === '') lines.shift()
  while (lines.length > 0 && lines.at(-1)?.trim() === '') lines.pop()
  if (lines.length < 2) return false
  // Fenced code or indented blocks mean the author writes Markdown on purpose.
  return lines.every((line) => line.trim() !== '' && !/^(?:```|~~~| {4}|\t)/.test(line))
}

/**
 * Whether a plain-text file keeps each paragraph on one line, blank lines between some of them or
 * not: a line longer than any wrapped one is written ("Información general" over "En la Costa Chica
 * …" are then two paragraphs, not one wrapped).
 */
export function isUnwrappedPlainText(text: string, path: string | undefined, start = bodyStart(text)): boolean {
  if (!/\.txt$/iu.test(path ?? '')) return false
  const lines = text.slice(start).split(/\r?\n/)
  if (lines.some((line) => /^(?:```|~~~| {4}|\t)/u.test(line))) return false
  return lines.some((line) => line.length > UNWRAPPED_LINE)
}

/** Longer than a line wrapped by hand or by an editor (72–100 characters). */
const UNWRAPPED_LINE = 120

/**
 * Where a plain-text headline on the first line ends, when the line under it runs on with no blank
 * line between ("Perú: … en Ica" over "Amnistía Internacional – Acción urgente – 16 de octubre"):
 * Markdown would read both as one paragraph. Only without frontmatter, and not a Markdown heading,
 * a list, a first line ending as sentences end or one whose sentence wraps onto the next line.
 */
export function headlineRunsOn(text: string): number | undefined {
  if (bodyStart(text) !== 0) return undefined
  const end = text.indexOf('\n')
  if (end === -1) return undefined
  const first = text.slice(0, end).trim()
  const nextEnd = text.indexOf('\n', end + 1)
  const next = text.slice(end + 1, nextEnd === -1 ? undefined : nextEnd).trim()
  if (first === '' || next === '' || /^(?:#|[-*+>]\s|\d+[.)]\s|```|~~~)/u.test(first) || /[.!?:;,]$/u.test(first) || /^(?:=+|-+)$/u.test(next)) return undefined
  // A wrapped sentence goes on in lower case ("… the minister of the" / "interior on Monday."); a byline starts anew.
  if (!/^[\p{Lu}\d]/u.test(next)) return undefined
  return end + 1
}

/** The text with a blank line after each line from `start` (up to `until`), and the map back to the original offsets. */
export function separateLines(text: string, start = bodyStart(text), until = Number.POSITIVE_INFINITY): SeparatedLines {
  const insertAt: number[] = []
  const inserted: string[] = []
  const lastContent = Math.min(text.trimEnd().length, until)
  for (let index = text.indexOf('\n', start); index !== -1 && index < lastContent; index = text.indexOf('\n', index + 1)) {
    insertAt.push(index + 1)
    inserted.push(text[index - 1] === '\r' ? '\r\n' : '\n')
  }

  let value = ''
  let previous = 0
  const generatedAt: number[] = []
  const shiftAfter: number[] = []
  insertAt.forEach((at, index) => {
    value += text.slice(previous, at)
    generatedAt.push(value.length)
    value += inserted[index] ?? ''
    shiftAfter.push(value.length - at)
    previous = at
  })
  value += text.slice(previous)

  return {
    value,
    toOriginal(offset) {
      // Count insertions that start before `offset` (binary search over their generated positions).
      let low = 0
      let high = generatedAt.length
      while (low < high) {
        const middle = (low + high) >> 1
        if ((generatedAt[middle] ?? 0) < offset) low = middle + 1
        else high = middle
      }
      const last = low - 1
      const shift = last >= 0 ? (shiftAfter[last] ?? 0) : 0
      // Inside an inserted line break: map to where it was inserted.
      if (last >= 0 && offset < (generatedAt[last] ?? 0) + (inserted[last]?.length ?? 0)) return insertAt[last] ?? 0
      return offset - shift
    }
  }
}
