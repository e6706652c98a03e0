/**
 * What inline buttons carry (Telegram allows 64 bytes). Parsing never throws: anything
 * unknown or from an older version of the bot comes back as undefined and gets a polite reply.
 */
import type {Intent, Lang} from '../core/types.js'
import {LANGUAGES} from './i18n.js'

export type CallbackAction =
  /** Ask the core about a topic or intent, in the language of the answer the button sat under. */
  | {kind: 'intent'; intent: Intent; lang?: Lang}
  /** Show these sentences of an article (indices into facts.sentences); no article: the only or newest one. */
  | {kind: 'source'; article?: string; sentences: number[]}
  /** Talk about this article (its library id). */
  | {kind: 'article'; article: string}
  /** A page of /articles (from 0), in place of the page shown; `fresh`: the list as a new message (from the menu). */
  | {kind: 'articles'; page: number; fresh?: boolean}
  /** The map of this article's places. */
  | {kind: 'where'; article: string}
  /** Follow the campaign (or stop). */
  | {kind: 'follow'; on: boolean}
  /** Open the language picker. */
  | {kind: 'language-menu'}
  | {kind: 'language'; lang: Lang}

const CALLBACK_DATA_LIMIT = 64

/** A library id as `createLibrary` makes them. */
export const ARTICLE_ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/

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
    case 'article':
      return `a:${action.article}`
    case 'follow':
      return action.on ? 'f:on' : 'f:off'
    case 'where':
      return `w:${action.article}`
    case 'articles':
      return action.fresh ? 'al:new' : `al:${action.page}`
    case 'source': {
      // Keep as many sentences as fit; the first ones matter most.
      const start = action.article === undefined ? 's:' : `s:${action.article}:`
      let data = start
      for (const index of action.sentences) {
        const next = data === start ? `${data}${index}` : `${data}.${index}`
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
  if (prefix === 's') {
    const [first, rest] = splitOnce(value, ':')
    const [article, indices] = rest === undefined ? [undefined, first] : [first, rest]
    if (!/^\d+(\.\d+)*$/.test(indices) || (article !== undefined && !ARTICLE_ID.test(article))) return undefined
    return {kind: 'source', ...(article === undefined ? {} : {article}), sentences: indices.split('.').map(Number)}
  }
  if (prefix === 'a' && ARTICLE_ID.test(value)) return {kind: 'article', article: value}
  if (prefix === 'w' && ARTICLE_ID.test(value)) return {kind: 'where', article: value}
  if (prefix === 'f' && (value === 'on' || value === 'off')) return {kind: 'follow', on: value === 'on'}
  if (prefix === 'al' && value === 'new') return {kind: 'articles', page: 0, fresh: true}
  if (prefix === 'al' && /^\d{1,4}$/.test(value)) return {kind: 'articles', page: Number(value)}
  return undefined
}

function isLanguage(value: string): value is Lang {
  return (LANGUAGES as readonly string[]).includes(value)
}

function splitOnce(text: string, separator: string): [string, string?] {
  const at = text.indexOf(separator)
  return at === -1 ? [text] : [text.slice(0, at), text.slice(at + 1)]
}
