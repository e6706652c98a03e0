/** Countries by name (English and Spanish, from Intl) and the country an article is about. */
import type {Facts} from 'article-facts'
import {fold} from '../core/text.js'

/** Region codes Intl names that are no country a gazetteer has cities of. */
const NOT_COUNTRIES = new Set(['EU', 'EZ', 'UN', 'QO', 'XA', 'XB', 'ZZ'])

let codesByName: Map<string, string> | undefined

/** Folded country names → two-letter codes (built once: 1,352 ICU lookups). */
export function countryCodes(): Map<string, string> {
  if (codesByName) return codesByName
  const codes = new Map<string, string>()
  const letters = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ'
  for (const lang of ['en', 'es']) {
    const regions = new Intl.DisplayNames([lang], {type: 'region'})
    for (const a of letters) {
      for (const b of letters) {
        const name = regions.of(a + b)
        if (name && name !== a + b && !NOT_COUNTRIES.has(a + b)) codes.set(fold(name), a + b)
      }
    }
  }
  codesByName = codes
  return codes
}

/**
 * The country an article is about: the one its places name most; when none of its places is a
 * country, the one its title and sentences name most ("Ukraine: strikes on Kharkiv …").
 */
export function countryOf(facts: Facts, places: readonly string[]): string | undefined {
  const codes = countryCodes()
  const counts = new Map<string, number>()
  for (const place of places) {
    const code = codes.get(fold(place))
    if (code) counts.set(code, (counts.get(code) ?? 0) + 1)
  }
  if (counts.size === 0) {
    const words = ` ${fold([facts.article.title ?? '', ...facts.sentences.map((sentence) => sentence.text)].join(' ')).replace(/[^\p{L}\d]+/gu, ' ')} `
    for (const [name, code] of codes) {
      if (name.length < 4) continue
      const found = words.split(` ${name} `).length - 1
      if (found > 0) counts.set(code, (counts.get(code) ?? 0) + found)
    }
  }
  return [...counts].sort((a, b) => b[1] - a[1])[0]?.[0]
}
