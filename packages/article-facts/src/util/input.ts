import {rules, type RuleId} from '../rules.js'

/** One megabyte of text is some hundred articles: anything larger is not an article. */
export const DEFAULT_MAX_BYTES = 1024 * 1024

export interface InputProblem {
  ruleId: RuleId
  reason: string
}

export type DecodedInput = {ok: true; text: string} | {ok: false; problem: InputProblem}

const utf8 = new TextDecoder('utf-8', {fatal: true})

/**
 * Turn raw file contents into article text, or say why they are not an article.
 * Checks size before decoding so a huge file costs nothing.
 */
export function decodeArticle(value: string | Uint8Array, maxBytes = DEFAULT_MAX_BYTES): DecodedInput {
  const size = typeof value === 'string' ? Buffer.byteLength(value, 'utf8') : value.byteLength
  if (size > maxBytes) {
    return fail(rules.tooLarge, `File too large: ${formatBytes(size)} exceeds the ${formatBytes(maxBytes)} limit for an article`)
  }

  let text: string
  if (typeof value === 'string') {
    text = value
  } else {
    if (value.includes(0)) return fail(rules.binaryFile, 'Binary file: contains NUL bytes, expected a text article')
    try {
      text = utf8.decode(value)
    } catch {
      const at = firstInvalidUtf8(value)
      return fail(rules.invalidUtf8, `Invalid UTF-8: byte ${at} is not valid UTF-8; save the article as UTF-8`)
    }
  }

  if (text.includes('\u0000')) return fail(rules.binaryFile, 'Binary file: contains NUL characters, expected a text article')
  // A byte order mark is invisible noise, not content.
  if (text.charCodeAt(0) === 0xfeff) text = ' ' + text.slice(1)
  if (text.trim() === '') return fail(rules.emptyFile, 'Empty file: expected an article')
  return {ok: true, text}
}

function fail(ruleId: RuleId, reason: string): DecodedInput {
  return {ok: false, problem: {ruleId, reason}}
}

function formatBytes(size: number): string {
  if (size >= 1024 * 1024) return `${(size / (1024 * 1024)).toFixed(1)} MB`
  if (size >= 1024) return `${(size / 1024).toFixed(1)} kB`
  return `${size} B`
}

/** Offset of the first byte that starts an invalid UTF-8 sequence. */
function firstInvalidUtf8(bytes: Uint8Array): number {
  let index = 0
  while (index < bytes.length) {
    const byte = bytes[index] ?? 0
    const length = byte < 0x80 ? 1 : byte >> 5 === 0b110 ? 2 : byte >> 4 === 0b1110 ? 3 : byte >> 3 === 0b11110 ? 4 : 0
    if (length === 0 || index + length > bytes.length) return index
    try {
      utf8.decode(bytes.subarray(index, index + length))
    } catch {
      return index
    }
    index += length
  }
  return index
}
