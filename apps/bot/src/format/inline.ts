/** Answer → an inline-mode result a person can share into any chat. */
import {InlineQueryResultBuilder} from 'grammy'
import type {InlineKeyboard} from 'grammy'
import type {InlineQueryResultArticle} from 'grammy/types'
import type {PhrasedAnswer} from './phrase.js'
import {answerPlain} from './answer.js'
import {HTML} from './html.js'

const DESCRIPTION_LENGTH = 180

export interface InlineResultOptions {
  /** Unique within the results of one query (≤ 64 bytes). */
  id: string
  title: string
  /** The message that gets posted, HTML, already under the message limit. */
  html: string
  keyboard?: InlineKeyboard
}

export function answerInlineResult(answer: PhrasedAnswer, {id, title, html, keyboard}: InlineResultOptions): InlineQueryResultArticle {
  const options = {description: truncate(answerPlain(answer), DESCRIPTION_LENGTH), ...(keyboard ? {reply_markup: keyboard} : {})}
  return InlineQueryResultBuilder.article(id, title, options).text(html, HTML)
}

/** Cut at a word boundary, with an ellipsis. */
export function truncate(text: string, length: number): string {
  const flat = text.replace(/\s+/g, ' ').trim()
  if (flat.length <= length) return flat
  const cut = flat.slice(0, length - 1)
  const space = cut.lastIndexOf(' ')
  return `${(space > length / 2 ? cut.slice(0, space) : cut).trimEnd()}…`
}
