/**
 * Answer → what a person reads. The core gives paragraphs and citations, phrased by
 * `phraseAnswer`; this renders them as
 * Telegram HTML (split under the message limit) or as plain text, with nothing but escaped
 * content between the few tags we use.
 */
import {readableDate} from '../core/dates.js'
import type {ArticleRef, Citation, Lang} from '../core/types.js'
import {blockquote, escapeHtml, italic, partsToHtml, partsToPlain} from './html.js'
import type {PhrasedAnswer} from './phrase.js'
import {splitHtml, TELEGRAM_MESSAGE_LIMIT} from './split.js'

export interface SourceBlock {
  /** "Source" in the reader's language. */
  label: string
  citations: readonly Citation[]
}

/** The sentences an answer rests on, quoted; one quote block per sentence. */
export function sourcesHtml({label, citations}: SourceBlock): string {
  const quotes = unique(citations.map((citation) => citation.sentence)).map((sentence) => blockquote(escapeHtml(sentence)))
  return [italic(`${escapeHtml(label)}:`), ...quotes].join('\n')
}

export function answerHtml(answer: PhrasedAnswer, source?: SourceBlock): string {
  const paragraphs = answer.paragraphs.map((parts) => partsToHtml(parts)).filter((html) => html.length > 0)
  // Where it comes from, when the bot knows several articles (a clarifying question lists them as buttons).
  if (answer.status === 'answered' && answer.articles && answer.articles.length > 0) paragraphs.push(answer.articles.map((article) => articleLine(article, answer.lang)).join('\n'))
  if (source && source.citations.length > 0) paragraphs.push(sourcesHtml(source))
  return paragraphs.join('\n\n')
}

/** "📰 Title · 22 May 2023", the title linked when the article has a web address. */
export function articleLine(article: ArticleRef, lang: Lang): string {
  const title = escapeHtml(article.title ?? article.id)
  const linked = article.url && /^https?:\/\//i.test(article.url) ? `<a href="${escapeHtml(article.url)}">${title}</a>` : title
  const date = readableDate(article.published, lang)
  return `📰 ${italic(linked)}${date ? ` · ${escapeHtml(date)}` : ''}`
}

/** The answer as Telegram messages, each under the limit. */
export function answerHtmlChunks(answer: PhrasedAnswer, source?: SourceBlock, limit = TELEGRAM_MESSAGE_LIMIT): string[] {
  return splitHtml(answerHtml(answer, source), limit)
}

export function answerPlain(answer: PhrasedAnswer): string {
  const paragraphs = answer.paragraphs.map((parts) => partsToPlain(parts)).filter((text) => text.length > 0)
  if (answer.status === 'answered' && answer.articles && answer.articles.length > 0) {
    paragraphs.push(answer.articles.map((article) => `📰 ${article.title ?? article.id}${article.published ? ` · ${readableDate(article.published, answer.lang) ?? article.published}` : ''}`).join('\n'))
  }
  return paragraphs.join('\n\n')
}

function unique(values: readonly string[]): string[] {
  return [...new Set(values)]
}
