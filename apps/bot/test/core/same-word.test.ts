import {describe, expect, it} from 'vitest'
import {editDistance, familyKey, sameFamily, sameRoot, sameWord, strictTypo, tokenMatches} from '../../src/core/same-word.js'

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

describe('sameFamily', () => {
  it('takes another ending of one word, or a stem the longer word begins with', () => {
    expect(sameFamily('detenidas', 'detenidos')).toBe(true)
    expect(sameFamily('fund', 'funding')).toBe(true)
    expect(sameFamily('fund', 'fundacion')).toBe(false)
    expect(sameFamily('investig', 'investigacion')).toBe(false)
  })

  it('keeps words apart that only start alike', () => {
    expect(sameFamily('direct', 'direccion')).toBe(false)
    expect(sameFamily('fun', 'fund')).toBe(false)
  })
})

describe('sameRoot', () => {
  it('joins long words of one root, more loosely than sameFamily', () => {
    expect(sameRoot('protection', 'protest')).toBe(true)
    expect(sameFamily('protection', 'protest')).toBe(false)
    expect(sameRoot('proteo', 'prote')).toBe(false)
  })
})

describe('strictTypo', () => {
  it('takes one letter off in a long word, or two after six shared letters', () => {
    expect(strictTypo('wheather', 'weather')).toBe(true)
    expect(strictTypo('investigacoin', 'investigacion')).toBe(true)
  })

  it('never confuses two real words two letters apart', () => {
    expect(strictTypo('pusieron', 'murieron')).toBe(false)
    expect(strictTypo('relacion', 'religion')).toBe(false)
    expect(tokenMatches('relacion', 'religion')).toBe(true)
  })
})

describe('sameWord', () => {
  it('is a typo, another ending or one letter other', () => {
    expect(sameWord('reprot', 'report')).toBe(true)
    expect(sameWord('protest', 'protesting')).toBe(true)
    expect(sameWord('bisit', 'visit')).toBe(true)
    expect(sameWord('where', 'there')).toBe(true)
    expect(sameWord('sign', 'sigs')).toBe(false)
  })

  it('takes no figure for another: "850000" is not a typo of "550000"', () => {
    expect(sameWord('850000', '550000')).toBe(false)
    expect(tokenMatches('850000', '550000')).toBe(false)
    expect(sameWord('2024', '2024')).toBe(true)
  })

  it('takes a trade with its medium for the trade ("photojournalist", "fotoperiodista"), not any prefix', () => {
    expect(sameWord('photojournalist', 'journalist')).toBe(true)
    expect(sameWord('periodista', 'fotoperiodista')).toBe(true)
    expect(sameWord('vicepresident', 'president')).toBe(false)
  })
})

describe('familyKey', () => {
  it('is the first five letters, shared by the endings of one word', () => {
    expect(familyKey('protesting')).toBe(familyKey('protests'))
    expect(familyKey('ley')).toBe('ley')
  })
})
