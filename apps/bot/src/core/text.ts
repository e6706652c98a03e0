/**
 * Text normalisation shared by intent detection, entity matching and the eval scorer:
 * lower case, no accents, contractions expanded, tokens of letters and digits.
 */

const CONTRACTIONS: ReadonlyArray<[RegExp, string]> = [
  [/\b(who|what|where|when|why|how|that|there|it|he|she)'s\b/g, '$1 is'],
  [/\b(\w+)'re\b/g, '$1 are'],
  [/\b(\w+)'ll\b/g, '$1 will'],
  [/\b(\w+)'ve\b/g, '$1 have'],
  [/\b(\w+)'d\b/g, '$1 would'],
  [/\bi'm\b/g, 'i am'],
  [/\bcan't\b/g, 'can not'],
  [/\bwon't\b/g, 'will not'],
  [/\b(\w+)n't\b/g, '$1 not'],
  [/\b(\w+)'s\b/g, '$1']
]
/** Phone typing drops the apostrophe: "whos", "whats". */
const WITHOUT_APOSTROPHE = /\b(who|what|where|when|how)s\b/g

/** Lower case without diacritics, curly quotes straight: the one form words are compared in (the parser's). */
export {fold} from 'article-facts'
import {fold} from 'article-facts'

/** Folded text with its contractions written out: "they're" → "they are", "won't" → "will not" (not "won"). */
export function expandContractions(folded: string): string {
  // A text without an apostrophe has no contraction to expand, and most sentences have none.
  if (!folded.includes("'")) return folded
  for (const [pattern, replacement] of CONTRACTIONS) folded = folded.replace(pattern, replacement)
  return folded
}

/** Folded text with contractions expanded and everything but letters, digits and spaces removed. */
export function normalize(text: string): string {
  return expandContractions(fold(text))
    .replace(WITHOUT_APOSTROPHE, '$1 is')
    .replace(/(\d)[.,](?=\d{3}\b)/g, '$1')
    .replace(/[^a-z0-9ñ]+/g, ' ')
    .trim()
}

export function tokenize(text: string): string[] {
  const normalized = normalize(text)
  return normalized === '' ? [] : normalized.split(' ')
}

/** Words as written (case kept), to spot proper nouns the facts do not know. */
export function rawWords(text: string): string[] {
  return text.match(/[\p{L}\p{N}][\p{L}\p{N}'’-]*/gu) ?? []
}
