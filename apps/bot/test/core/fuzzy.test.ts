import {describe, expect, it} from 'vitest'
import {editDistance, tokenMatches} from '../../src/core/fuzzy.js'

describe('editDistance', () => {
  it('counts insertions, deletions, substitutions and adjacent transpositions as one edit each', () => {
    expect(editDistance('report', 'report')).toBe(0)
    expect(editDistance('reprot', 'report')).toBe(1)
    expect(editDistance('petiton', 'petition')).toBe(1)
    expect(editDistance('firmas', 'firma')).toBe(1)
    expect(editDistance('delgation', 'delegation')).toBe(1)
    expect(editDistance('kitten', 'sitting')).toBe(3)
  })

  it('stops early past the limit', () => {
    expect(editDistance('weather', 'petition', 2)).toBe(3)
  })
})

describe('tokenMatches', () => {
  it('allows one typo from five letters and two from eight, never in short words', () => {
    expect(tokenMatches('reprot', 'report')).toBe(true)
    expect(tokenMatches('delgation', 'delegation')).toBe(true)
    expect(tokenMatches('callamrd', 'callamard')).toBe(true)
    expect(tokenMatches('sign', 'sigs')).toBe(false)
    expect(tokenMatches('dime', 'dice')).toBe(false)
  })

  it('does not take a different first letter for a typo in a short word', () => {
    expect(tokenMatches('where', 'there')).toBe(false)
    expect(tokenMatches('reason', 'season')).toBe(false)
  })
})
