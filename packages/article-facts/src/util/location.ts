import type {Point} from '../schema.js'

export type Locate = (offset: number) => Point

/** Map 0-based offsets in `value` to 1-based line and column points. */
export function createLocator(value: string): Locate {
  const lineStarts = [0]
  for (let index = value.indexOf('\n'); index !== -1; index = value.indexOf('\n', index + 1)) {
    lineStarts.push(index + 1)
  }

  return function locate(offset) {
    let low = 0
    let high = lineStarts.length - 1
    while (low < high) {
      const middle = (low + high + 1) >> 1
      if ((lineStarts[middle] ?? 0) <= offset) low = middle
      else high = middle - 1
    }
    return {line: low + 1, column: offset - (lineStarts[low] ?? 0) + 1, offset}
  }
}
