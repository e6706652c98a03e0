/**
 * The answer sentences, in Fluent (`locales/<lang>/answers.ftl`): the core picks a message and
 * its facts, Fluent phrases it for the language (numbers grouped the local way, plural and
 * tense variants). The core reads no files: the edge gives it the translator of the app's one
 * Fluent stack (`src/bot/i18n.ts`, @grammyjs/i18n, which loads answers.ftl beside ui.ftl).
 */
import type {Lang} from './types.js'

export type MessageArgs = Record<string, string | number | Date | undefined>

/** Formats message `id` in `lang`; throws on a missing message or a formatting error. */
export type Translate = (lang: Lang, id: string, args: Record<string, string | number | Date>) => string

let translate: Translate | undefined

/** Gives the core its messages; `getI18n()` does, once per process. */
export function useAnswerMessages(translator: Translate): void {
  translate = translator
}

/** The message `id` in `lang` with its arguments; throws on a missing id (a bug, not content). */
export function message(lang: Lang, id: string, args: MessageArgs = {}): string {
  if (!translate) throw new Error('The answer messages are not loaded: the edge calls getI18n() (src/bot/i18n.ts) before asking the core')
  const defined: Record<string, string | number | Date> = {}
  for (const [key, value] of Object.entries(args)) if (value !== undefined) defined[key] = value
  const text = translate(lang, id, defined)
  // Optional parts left empty must not leave gaps (" ." or double spaces) behind.
  const tidy = text.replace(/[ \t]+([.,;:])/g, '$1').replace(/[ \t]{2,}/g, ' ').replace(/,([.,])/g, '$1').trim()
  // Spanish contracts "a el" and "de el" when a fact starting with "el" follows a preposition.
  return lang === 'es' ? tidy.replace(/\b([aA]|[dD]e) el\b/g, '$1l') : tidy
}

// Intl formatters are costly to build and safe to share.
const lists = new Map<Lang, Intl.ListFormat>()
const counts = new Map<Lang, Intl.NumberFormat>()

/** "A, B and C" / "A, B y C". */
export function list(lang: Lang, items: readonly string[]): string {
  let format = lists.get(lang)
  if (!format) lists.set(lang, (format = new Intl.ListFormat(lang === 'en' ? 'en-GB' : 'es', {style: 'long', type: 'conjunction'})))
  return format.format(items)
}

/** A count grouped the local way: 12,500 / 12.500. */
export function formatCount(lang: Lang, value: number): string {
  let format = counts.get(lang)
  if (!format) counts.set(lang, (format = new Intl.NumberFormat(lang === 'en' ? 'en-GB' : 'es', {useGrouping: true})))
  return format.format(value)
}
