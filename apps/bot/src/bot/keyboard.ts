/** Inline keyboards: the topic menu and the next steps under an answer. */
import {InlineKeyboard} from 'grammy'
import type {InlineKeyboardButton} from 'grammy/types'
import type {Topic} from '../core/types.js'
import type {PhrasedAnswer} from '../format/phrase.js'
import {encodeCallback} from './callback-data.js'
import type {BotContext} from './context.js'

export const MENU_TOPICS: readonly Topic[] = ['delegation', 'report', 'act', 'timeline', 'quote', 'sources']

export function menuKeyboard(ctx: BotContext): InlineKeyboard {
  const buttons = MENU_TOPICS.map((topic) =>
    InlineKeyboard.text(ctx.t(`menu-${topic}`), encodeCallback({kind: 'intent', intent: topic}))
  )
  if (ctx.library.articles.length > 1) buttons.push(InlineKeyboard.text(ctx.t('menu-articles'), encodeCallback({kind: 'articles', page: 0, fresh: true})))
  buttons.push(InlineKeyboard.text(ctx.t('menu-language'), encodeCallback({kind: 'language-menu'})))
  return InlineKeyboard.from(pairs(buttons))
}

/**
 * Next steps, in the core's order: intent and source buttons two per row, links one per row
 * (their labels are long). `sourceData` is absent when the sources are quoted in the text;
 * `linksOnly` keeps only URL buttons.
 */
export function answerKeyboard(answer: PhrasedAnswer, sourceData: string | undefined, {linksOnly = false} = {}): InlineKeyboard | undefined {
  const rows: InlineKeyboardButton[][] = []
  let short: InlineKeyboardButton[] = []
  for (const button of answer.buttons) {
    if (button.kind === 'url') {
      if (isWebUrl(button.url)) rows.push([InlineKeyboard.url(button.label, button.url)])
      continue
    }
    // Messages shared through inline mode have no chat to answer buttons in.
    if (linksOnly) continue
    // Article titles are long: one per row.
    if (button.kind === 'article') {
      rows.push([InlineKeyboard.text(button.label, encodeCallback({kind: 'article', article: button.article}))])
      continue
    }
    const data = button.kind === 'source' ? sourceData : encodeCallback({kind: 'intent', intent: button.intent, lang: answer.lang})
    if (data === undefined) continue
    short.push(InlineKeyboard.text(button.label, data))
    if (short.length === 2) {
      rows.push(short)
      short = []
    }
  }
  if (short.length > 0) rows.push(short)
  return rows.length > 0 ? InlineKeyboard.from(rows) : undefined
}

/** Telegram rejects URL buttons that are not http(s); content may hold anything. */
export function isWebUrl(url: string): boolean {
  try {
    const {protocol} = new URL(url)
    return protocol === 'https:' || protocol === 'http:'
  } catch {
    return false
  }
}

function pairs<T>(items: readonly T[]): T[][] {
  const rows: T[][] = []
  for (let index = 0; index < items.length; index += 2) rows.push(items.slice(index, index + 2))
  return rows
}
