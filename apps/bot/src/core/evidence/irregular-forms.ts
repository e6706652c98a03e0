/**
 * English forms no stemmer reaches — irregular verbs and plurals ("took" / "take", "held" /
 * "hold", "children" / "child", "was" / "be") — from WordNet's exception lists as wink-lexicon
 * ships them, and its word list (about 3 MB in memory), which tells a dictionary word from a
 * name. Its senses are not loaded: with them the lexicon would cost the bot about 50 MB for what
 * the Snowball stemmer already does.
 */
import lexicon from 'wink-lexicon/src/lexicon.js'
import nounExceptions from 'wink-lexicon/src/wn-noun-exceptions.js'
import verbExceptions from 'wink-lexicon/src/wn-verb-exceptions.js'

/** The dictionary form of an irregular English verb or noun, or undefined when the word is not one. */
export function irregularBase(word: string): string | undefined {
  return (Object.hasOwn(verbExceptions, word) ? verbExceptions[word] : undefined) ?? (Object.hasOwn(nounExceptions, word) ? nounExceptions[word] : undefined)
}

/** The dictionary form of an irregular English verb, or undefined. */
export function irregularVerbBase(word: string): string | undefined {
  return Object.hasOwn(verbExceptions, word) ? verbExceptions[word] : undefined
}

/** Whether a folded word is an English dictionary word ("custody", "hall"); names of places ("milan", "delhi") are not. */
export function isEnglishWord(word: string): boolean {
  return Object.hasOwn(lexicon, word) || irregularBase(word) !== undefined
}
