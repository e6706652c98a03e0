/**
 * The interface strings (`locales/<lang>/ui.ftl`). The answering core renders its own
 * sentences; this bundle only holds what the Telegram layer says around them.
 */
import {existsSync, readdirSync, readFileSync} from 'node:fs'
import {join} from 'node:path'
import {fileURLToPath} from 'node:url'
import {I18n} from '@grammyjs/i18n'
import type {Lang} from '../core/types.js'
import {localesDir} from '../locales-dir.js'
import type {BotContext} from './context.js'
import {uiLanguage} from './context.js'

export const LANGUAGES: readonly Lang[] = ['en', 'es']

let shared: I18n<BotContext> | undefined

/** Loaded once per process: locale files are read from disk only the first time. */
export function getI18n(): I18n<BotContext> {
  shared ??= createI18n(fileURLToPath(localesDir))
  return shared
}

export function createI18n(localesDir: string): I18n<BotContext> {
  const i18n = new I18n<BotContext>({
    defaultLocale: 'en',
    // No Unicode isolation marks around variables: they show up as junk in terminals and tests.
    fluentBundleOptions: {useIsolating: false},
    localeNegotiator: (ctx) => uiLanguage(ctx)
  })
  for (const locale of readdirSync(localesDir)) {
    const file = join(localesDir, locale, 'ui.ftl')
    if (existsSync(file)) i18n.loadLocaleSync(locale, {source: readFileSync(file, 'utf8')})
  }
  return i18n
}
