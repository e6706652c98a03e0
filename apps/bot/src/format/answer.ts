/**
 * Answer → what a person reads. The core gives paragraphs and citations; this renders them as
 * Telegram HTML (split under the message limit) or as plain text, with nothing but escaped
 * content between the few tags we use.
 */
import type {Answer, Citation} from '../core/types.js'
import {blockquote, escapeHtml, italic, partsToHtml, partsToPlain} from './html.js'
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

export function answerHtml(answer: Answer, source?: SourceBlock): string {
  const paragraphs = answer.paragraphs.map((parts) => partsToHtml(parts)).filter((html) => html.length > 0)
  if (source && source.citations.length > 0) paragraphs.push(sourcesHtml(source))
  return paragraphs.join('\n\n')
}

/** The answer as Telegram messages, each under the limit. */
export function answerHtmlChunks(answer: Answer, source?: SourceBlock, limit = TELEGRAM_MESSAGE_LIMIT): string[] {
  return splitHtml(answerHtml(answer, source), limit)
}

export function answerPlain(answer: Answer): string {
  return answer.paragraphs.map((parts) => partsToPlain(parts)).filter((text) => text.length > 0).join('\n\n')
}

function unique(values: readonly string[]): string[] {
  return [...new Set(values)]
}
