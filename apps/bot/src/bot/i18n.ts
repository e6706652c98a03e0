/**
 * The app's one Fluent stack: the interface strings (`locales/<lang>/ui.ftl`) and the answering
 * core's sentences (`answers.ftl`), in one @grammyjs/i18n instance. The core's answers are
 * data; the edge phrases them with `answerTranslator()` (src/format/phrase.ts).
 */
import {existsSync, readdirSync, readFileSync} from 'node:fs'
import {join} from 'node:path'
import {fileURLToPath} from 'node:url'
import {I18n} from '@grammyjs/i18n'
import type {Answer, Lang} from '../core/types.js'
import {phraseAnswer, type PhrasedAnswer, type Translate} from '../format/phrase.js'
import {localesDir} from '../locales-dir.js'
import type {BotContext} from './context.js'
import {uiLanguage} from './context.js'

export const LANGUAGES: readonly Lang[] = ['en', 'es']

let shared: I18n<BotContext> | undefined
let answers: Translate | undefined

/** Loaded once per process (locale files are read the first time). */
export function getI18n(): I18n<BotContext> {
  shared ??= createI18n(fileURLToPath(localesDir))
  return shared
}

/** Phrases the core's answers (`phraseAnswer`) with the app's one Fluent stack. */
export function answerTranslator(): Translate {
  if (!answers) {
    const i18n = getI18n()
    answers = rememberedTranslations((lang, id, args) => i18n.t(lang, id, args))
  }
  return answers
}

/** The core's answer as a person reads it, phrased with the app's messages. */
export function phrased(answer: Answer): PhrasedAnswer {
  return phraseAnswer(answer, answerTranslator())
}

/**
 * Answers say the same sentences again and again (a question asked of many articles, the same
 * labels under every answer), and i18n's `t` negotiates the locale on every call (about 8 µs):
 * the last few thousand formatted messages are kept.
 */
function rememberedTranslations(translate: Translate, keep = 5000): Translate {
  const remembered = new Map<string, string>()
  return (lang, id, args) => {
    const key = `${lang}\u0000${id}\u0000${JSON.stringify(args)}`
    let text = remembered.get(key)
    if (text === undefined) {
      text = translate(lang, id, args)
      if (remembered.size >= keep) remembered.delete(remembered.keys().next().value!)
      remembered.set(key, text)
    }
    return text
  }
}

export function createI18n(localesDir: string): I18n<BotContext> {
  const i18n = new I18n<BotContext>({
    defaultLocale: 'en',
    // No Unicode isolation marks around variables: they show up as junk in terminals and tests.
    fluentBundleOptions: {useIsolating: false},
    localeNegotiator: (ctx) => uiLanguage(ctx),
    // A message missing is a bug: said at once, never shown to a person as its id.
    fluentOptions: {
      warningHandler: (warning) => {
        throw new Error(`Fluent: message "${'messageId' in warning ? String(warning.messageId) : String(warning.path)}" missing (${JSON.stringify(warning.locales ?? [])})`)
      }
    }
  })
  for (const locale of readdirSync(localesDir)) {
    const sources = ['ui.ftl', 'answers.ftl'].map((name) => join(localesDir, locale, name)).filter((file) => existsSync(file))
    if (sources.length > 0) i18n.loadLocaleSync(locale, {source: sources.map((file) => readFileSync(file, 'utf8')).join('\n')})
  }
  return i18n
}
