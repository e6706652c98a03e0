import type {Language} from '../schema.js'

const ENGLISH = new Set(['the', 'of', 'and', 'to', 'in', 'has', 'have', 'will', 'with', 'for', 'is', 'are', 'was', 'that', 'on', 'by', 'this'])
const SPANISH = new Set(['el', 'la', 'los', 'las', 'de', 'del', 'que', 'y', 'en', 'con', 'para', 'por', 'una', 'un', 'ha', 'han', 'es', 'su', 'al'])

/** English or Spanish, by counting their most common words. */
export function detectLanguage(text: string): Language {
  let english = 0
  let spanish = 0
  // The first paragraphs tell the language as well as the whole article.
  for (const word of text.slice(0, 1500).toLowerCase().split(/[^a-zñáéíóúü]+/)) {
    if (ENGLISH.has(word)) english++
    if (SPANISH.has(word)) spanish++
  }
  return spanish > english ? 'es' : 'en'
}
