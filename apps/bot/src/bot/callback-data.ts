/**
 * What inline buttons carry (Telegram allows 64 bytes). Parsing never throws: anything
 * unknown or from an older version of the bot comes back as undefined and gets a polite reply.
 */
import type {Intent, Lang} from '../core/types.js'
import {LANGUAGES} from './i18n.js'

export type CallbackAction =
  /** Ask the core about a topic or intent, in the language of the answer the button sat under. */
  | {kind: 'intent'; intent: Intent; lang?: Lang}
  /** Show these sentences of the article (indices into facts.sentences). */
  | {kind: 'source'; sentences: number[]}
  /** Open the language picker. */
  | {kind: 'language-menu'}
  | {kind: 'language'; lang: Lang}

const CALLBACK_DATA_LIMIT = 64

// A Record so the compiler flags an intent added to the core but missing here.
const INTENTS: Record<Intent, true> = {
  delegation: true,
  report: true,
  act: true,
  timeline: true,
  quote: true,
  sources: true,
  petition: true,
  people: true,
  person: true,
  event: true,
  'press-conference': true,
  meeting: true,
  protests: true,
  research: true,
  findings: true,
  related: true,
  media: true,
  greeting: true,
  thanks: true,
  help: true,
  fact: true,
  clarify: true,
  'out-of-scope': true
}

export function isIntent(value: string): value is Intent {
  return Object.hasOwn(INTENTS, value)
}

export function encodeCallback(action: CallbackAction): string {
  switch (action.kind) {
    case 'intent':
      return action.lang ? `i:${action.intent}:${action.lang}` : `i:${action.intent}`
    case 'language-menu':
      return 'lang'
    case 'language':
      return `lang:${action.lang}`
    case 'source': {
      // Keep as many sentences as fit; the first ones matter most.
      let data = 's:'
      for (const index of action.sentences) {
        const next = data === 's:' ? `${data}${index}` : `${data}.${index}`
        if (next.length > CALLBACK_DATA_LIMIT) break
        data = next
      }
      return data
    }
  }
}

export function decodeCallback(data: string | undefined): CallbackAction | undefined {
  if (data === undefined) return undefined
  if (data === 'lang') return {kind: 'language-menu'}
  const [prefix, value = ''] = splitOnce(data, ':')
  if (prefix === 'i') {
    const [intent, lang] = splitOnce(value, ':')
    if (!isIntent(intent)) return undefined
    if (lang === undefined) return {kind: 'intent', intent}
    return isLanguage(lang) ? {kind: 'intent', intent, lang} : undefined
  }
  if (prefix === 'lang' && isLanguage(value)) return {kind: 'language', lang: value}
  if (prefix === 's' && /^\d+(\.\d+)*$/.test(value)) return {kind: 'source', sentences: value.split('.').map(Number)}
  return undefined
}

function isLanguage(value: string): value is Lang {
  return (LANGUAGES as readonly string[]).includes(value)
}

function splitOnce(text: string, separator: string): [string, string?] {
  const at = text.indexOf(separator)
  return at === -1 ? [text] : [text.slice(0, at), text.slice(at + 1)]
}
