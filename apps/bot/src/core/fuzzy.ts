/**
 * Typo-tolerant token matching: optimal string alignment distance (Damerau-Levenshtein with
 * adjacent transpositions), which catches the usual phone typos ("reprot", "petiton").
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
  const allowance = Math.min(typoAllowance(word.length), typoAllowance(token.length))
  if (allowance === 0) return false
  // Typos rarely hit the first letter; requiring it avoids "meet" ~ "feet"-style confusions.
  if (token[0] !== word[0] && allowance < 2) return false
  return editDistance(token, word, allowance) <= allowance
}
