/**
 * When two words are the same word: the core's one home for it. A typo (optimal string alignment
 * distance, which catches the usual phone typos "reprot", "petiton"), another ending ("protests",
 * "protesting"), and the looser and stricter forms a caller needs where a wrong match costs little
 * or much. Language-aware word families (stemmers, cognates) live in `evidence/terms.ts`.
 */

/** Edit distance with adjacent transpositions; stops early once `max` is exceeded. */
export function editDistance(a: string, b: string, max = Number.POSITIVE_INFINITY): number {
  if (a === b) return 0
  if (Math.abs(a.length - b.length) > max) return max + 1
  const rows = a.length + 1
  const cols = b.length + 1
  let previousPrevious: number[] = []
  let previous: number[] = Array.from({length: cols}, (_, j) => j)
  for (let i = 1; i < rows; i++) {
    const current: number[] = [i]
    let rowMin = i
    for (let j = 1; j < cols; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1
      let value = Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + cost)
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) {
        value = Math.min(value, previousPrevious[j - 2]! + 1)
      }
      current.push(value)
      if (value < rowMin) rowMin = value
    }
    if (rowMin > max) return max + 1
    previousPrevious = previous
    previous = current
  }
  return previous[cols - 1]!
}

/** How many typos a word of this length may carry and still count as that word. */
export function typoAllowance(length: number): number {
  if (length >= 8) return 2
  if (length >= 5) return 1
  return 0
}

/** Whether a question token is the given word, allowing typos for longer words. */
export function tokenMatches(token: string, word: string): boolean {
  if (token === word) return true
  // "850000" is no typo of "550000": a figure is written right or is another figure.
  if (/^\d+$/.test(token) || /^\d+$/.test(word)) return false
  const allowance = Math.min(typoAllowance(word.length), typoAllowance(token.length))
  if (allowance === 0) return false
  // Typos rarely hit the first letter; requiring it avoids "meet" ~ "feet"-style confusions.
  if (token[0] !== word[0] && allowance < 2) return false
  return editDistance(token, word, allowance) <= allowance
}

/** How many letters two words share at their start. */
export function sharedStart(a: string, b: string): number {
  const shorter = Math.min(a.length, b.length)
  let common = 0
  while (common < shorter && a[common] === b[common]) common++
  return common
}

/**
 * Another ending of one word ("protest" / "protesting", the stems "fund" / "funding"): the
 * shorter begins the longer, four letters or more of it, four or fewer left; or five shared at the start
 * and lengths at most two apart ("detenidas" / "detenidos").
 */
export function sameFamily(a: string, b: string): boolean {
  const [short, long] = a.length <= b.length ? [a, b] : [b, a]
  if (short.length >= 4 && long.startsWith(short) && long.length - short.length <= 4) return true
  return short.length >= 5 && sharedStart(a, b) >= 5 && long.length - short.length <= 2
}

/**
 * Of one root, loosely ("protection" / "protest"): six letters or more each, the first five shared.
 * Enough to know a question's word as the article's, never to match evidence with it.
 */
export function sameRoot(a: string, b: string): boolean {
  return a.length >= 6 && b.length >= 6 && sharedStart(a, b) >= 5
}

/**
 * A typo where a wrong match costs most (a concept the article lacks): one letter off in a word of
 * seven letters or more with the same first letter, or two after the same six letters; not
 * "pusieron" for "murieron", "premio" for "precio", "relacion" for "religion".
 */
export function strictTypo(token: string, word: string): boolean {
  if (token.length < 7 || token[0] !== word[0]) return false
  return editDistance(token, word, 2) <= (sharedStart(token, word) >= 6 ? 2 : 1)
}

/** A word's family at its crudest, its first five letters: for a set of them, looked up word by word. */
export function familyKey(word: string): string {
  return word.slice(0, 5)
}

/** "photojournalist" is a journalist, "fotoperiodista" a periodista: a medium put before a trade. */
const MEDIUM = /^(?:photo|foto|video)(?=\p{L}{5})/u

/** The one "same word" rule: a typo of it, another ending of it, one letter other ("bisita", "visita"), or a trade with its medium ("photojournalist"). */
export function sameWord(a: string, b: string): boolean {
  if (/^\d+$/.test(a) || /^\d+$/.test(b)) return a === b
  return a === b || tokenMatches(a, b) || sameFamily(a, b) || (a.length >= 5 && a.length === b.length && [...a].filter((letter, i) => letter !== b[i]).length === 1) || a.replace(MEDIUM, '') === b || b.replace(MEDIUM, '') === a
}
