import {describe, expect, it} from 'vitest'
import {detectLanguage, countryCodes, countryNames, regionNames} from '../src/index.js'

describe('detectLanguage', () => {
  it.each([
    ['Who leads the delegation?', 'en'],
    ['how many sigs', 'en'],
    ["who's leading it", 'en'],
    ['¿Quién encabeza la delegación?', 'es'],
    ['cuantas firmas hay', 'es'],
    ['firmas', 'es'],
    ['Y cuándo?', 'es'],
    ['petition', 'en']
  ])('%s → %s', (question, lang) => {
    expect(detectLanguage(question)).toBe(lang)
  })

  it('reads an article by its first paragraphs', () => {
    expect(detectLanguage('Amnistía Internacional presentará el informe en una conferencia de prensa. '.repeat(40))).toBe('es')
    expect(detectLanguage('The organisation will present the report at a press conference on Thursday. '.repeat(40))).toBe('en')
  })

  it('says nothing when the text is only names or numbers', () => {
    expect(detectLanguage('Callamard')).toBeUndefined()
    expect(detectLanguage('2')).toBeUndefined()
  })
})

describe('country names', () => {
  it('names each country in English and Spanish, with its region code', () => {
    expect(countryCodes().get('Peru')).toBe('PE')
    expect(countryCodes().get('Perú')).toBe('PE')
    expect(countryCodes().get('Estados Unidos')).toBe('US')
    expect(countryNames().has('United Kingdom')).toBe(true)
    expect(countryNames().size).toBe(countryCodes().size)
  })
})

describe('region names', () => {
  it('names the world\'s regions in English and Spanish, as running text writes them, and no country', () => {
    for (const name of ['Latin America', 'Latinoamérica', 'Asia Pacific', 'Centroamérica', 'África Occidental', 'Middle East', 'Oriente Medio']) expect(regionNames().has(name), name).toBe(true)
    expect([...regionNames()].filter((name) => countryNames().has(name))).toEqual([])
  })
})
