/**
 * What an answer says, as data: the core picks the sentences of `locales/<lang>/answers.ftl` and
 * the facts that fill them; the edge phrases them with the app's one Fluent stack
 * (`src/format/phrase.ts`), so the core holds no translator and reads no files.
 */
import type {Lang} from './types.js'

/**
 * Words for a reader. A string is said as it is (the article's own words, a name, a date
 * already written in the answer's language); a message is one of answers.ftl with its
 * arguments, themselves words; a list is joined the way the answer's language joins lists.
 */
export type Words = string | MessageWords | ListWords

export interface MessageWords {
  message: string
  args?: Readonly<Record<string, Words | number>>
}

export interface ListWords {
  list: readonly Words[]
}

/** A message of answers.ftl; arguments left undefined are not given (Fluent's optional parts). */
export function message(id: string, args: Readonly<Record<string, Words | number | undefined>> = {}): MessageWords {
  const given: Record<string, Words | number> = {}
  for (const [key, value] of Object.entries(args)) if (value !== undefined) given[key] = value
  return Object.keys(given).length > 0 ? {message: id, args: given} : {message: id}
}

/** "A, B and C" / "A, B y C", once phrased; nothing ("") for no items. */
export function listOf(items: readonly Words[]): Words {
  return items.length === 0 ? '' : {list: items}
}

/** Whether there is anything to say: an empty string is nothing, a message always something. */
export function saysSomething(words: Words): boolean {
  return typeof words !== 'string' || words.length > 0
}

/**
 * What the core checks an answer against ("does it name the place asked about?"): the names of
 * its messages, which say what each tells ("report-documents"), and the strings of the article
 * and the facts they carry; never a message's wording in a language, which only the edge knows.
 */
export function literalText(words: Words): string {
  if (typeof words === 'string') return words
  if ('list' in words) return words.list.map(literalText).join(' ')
  return [words.message.replace(/-/g, ' '), ...Object.values(words.args ?? {}).map((value) => (typeof value === 'number' ? String(value) : literalText(value)))].join(' ')
}

/** Two words (or paragraphs of them) that phrase the same, in any language. */
export function sameWords<T extends Words | readonly unknown[]>(a: T, b: T): boolean {
  return JSON.stringify(a) === JSON.stringify(b)
}

// Intl formatters are costly to build and safe to share.
const counts = new Map<Lang, Intl.NumberFormat>()

/** A count grouped the local way: 12,500 / 12.500. */
export function formatCount(lang: Lang, value: number): string {
  let format = counts.get(lang)
  if (!format) counts.set(lang, (format = new Intl.NumberFormat(lang === 'en' ? 'en-GB' : 'es', {useGrouping: true})))
  return format.format(value)
}
