/** The places an article names, for its map: light enough for the bot's own process. */
import {perFacts} from '../core/per-facts.js'

/** In its sentences, its events and its delegation, each once (worked out once per article: the bot asks under every answer). */
export const placesOf = perFacts((facts): readonly string[] => {
  const names = new Set<string>()
  for (const sentence of facts.sentences) for (const span of sentence.spans ?? []) if (span.type === 'place') names.add(span.text.trim())
  for (const event of facts.events) if (event.place) names.add(event.place.trim())
  for (const delegation of facts.delegations) if (delegation.destination) names.add(delegation.destination.trim())
  return [...names].filter((name) => name.length > 1)
})
