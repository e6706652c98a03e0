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

/** The country the most of these places are ("Chile", "Temuco", "Chile" → "CL"), when any is a country. */
export function countryNamedMost(places: readonly string[]): string | undefined {
  return mostCounted(places.flatMap((place) => {
    const code = countryCodes().get(fold(place))
    return code ? [[code, 1] as const] : []
  }))
}

/**
 * The country an article is about: the one its places name most; when none of its places is a
 * country, the one its title and sentences name most ("Ukraine: strikes on Kharkiv …").
 */
export function countryOf(facts: Facts, places: readonly string[]): string | undefined {
  const named = countryNamedMost(places)
  if (named) return named
  const words = ` ${fold([facts.article.title ?? '', ...facts.sentences.map((sentence) => sentence.text)].join(' ')).replace(/[^\p{L}\d]+/gu, ' ')} `
  return mostCounted([...countryCodes()].flatMap(([name, code]) => {
    const found = name.length < 4 ? 0 : words.split(` ${name} `).length - 1
    return found > 0 ? [[code, found] as const] : []
  }))
}

function mostCounted(counted: ReadonlyArray<readonly [string, number]>): string | undefined {
  const counts = new Map<string, number>()
  for (const [code, count] of counted) counts.set(code, (counts.get(code) ?? 0) + count)
  return [...counts].sort((a, b) => b[1] - a[1])[0]?.[0]
}
