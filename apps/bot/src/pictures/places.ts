/** The places an article names, for its map: light enough for the bot's own process. */
import type {Facts} from 'article-facts'

/** In its sentences, its events and its delegation, each once. */
export function placesOf(facts: Facts): string[] {
  const names = new Set<string>()
  for (const sentence of facts.sentences) for (const span of sentence.spans ?? []) if (span.type === 'place') names.add(span.text.trim())
  for (const event of facts.events) if (event.place) names.add(event.place.trim())
  for (const delegation of facts.delegations) if (delegation.destination) names.add(delegation.destination.trim())
  return [...names].filter((name) => name.length > 1)
}
