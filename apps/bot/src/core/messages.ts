/**
 * The answer sentences, in Fluent (`locales/<lang>/answers.ftl`): the core picks a message and
 * its facts, Fluent phrases it for the language (numbers grouped the local way, plural and
 * tense variants).
 */
import {readFileSync} from 'node:fs'
import {FluentBundle, FluentResource, type FluentVariable} from '@fluent/bundle'
import {localesDir} from '../locales-dir.js'
import type {Lang} from './types.js'

export type MessageArgs = Record<string, FluentVariable | undefined>

const bundles = new Map<Lang, FluentBundle>()

function bundle(lang: Lang): FluentBundle {
  let loaded = bundles.get(lang)
  if (!loaded) {
    loaded = new FluentBundle(lang === 'en' ? 'en-GB' : 'es', {useIsolating: false})
    const source = readFileSync(new URL(`${lang}/answers.ftl`, localesDir), 'utf8')
    const errors = loaded.addResource(new FluentResource(source))
    if (errors.length > 0) throw new Error(`locales/${lang}/answers.ftl: ${errors.map(String).join('; ')}`)
    bundles.set(lang, loaded)
  }
  return loaded
}

/** The message `id` in `lang` with its arguments; throws on a missing id (a bug, not content). */
export function message(lang: Lang, id: string, args: MessageArgs = {}): string {
  const messages = bundle(lang)
  const pattern = messages.getMessage(id)?.value
  if (!pattern) throw new Error(`Missing answer message "${id}" for ${lang}`)
  const defined: Record<string, FluentVariable> = {}
  for (const [key, value] of Object.entries(args)) if (value !== undefined) defined[key] = value
  const errors: Error[] = []
  const text = messages.formatPattern(pattern, defined, errors)
  if (errors.length > 0) throw new Error(`Answer message "${id}" (${lang}): ${errors.map(String).join('; ')}`)
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
