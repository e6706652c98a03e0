/**
 * Work done once per facts object (an article's indexes), kept as long as the facts are: a
 * reload brings new facts, and the old indexes go with the old facts.
 */
import type {Facts} from 'article-facts'

export function perFacts<T>(build: (facts: Facts) => T): (facts: Facts) => T {
  const built = new WeakMap<Facts, T>()
  return (facts) => {
    let value = built.get(facts)
    if (value === undefined) {
      value = build(facts)
      built.set(facts, value)
    }
    return value
  }
}
