/** Countries by name (English and Spanish, from Intl) and the country an article is about. */
import {countryCodes as namedCountries, type Facts} from 'article-facts'
import {fold} from '../core/text.js'

/** Region codes Intl names that are no country a gazetteer has cities of. */
const NOT_COUNTRIES = new Set(['EU', 'EZ', 'UN', 'QO', 'XA', 'XB', 'ZZ'])

let codesByName: Map<string, string> | undefined

/** Folded country names (the parser's, from Intl) → two-letter codes, without the regions that are no country. */
export function countryCodes(): Map<string, string> {
  codesByName ??= new Map([...namedCountries()].filter(([, code]) => !NOT_COUNTRIES.has(code)).map(([name, code]) => [fold(name), code]))
  return codesByName
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
