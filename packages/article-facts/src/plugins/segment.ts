/** segment: blocks → sentences with positions in the original file → `file.data.sentences`. */
import type {VFile} from 'vfile'
import type {SentenceContext} from '../extract/index.js'
import type {Sentence} from '../schema.js'
import {isByline} from '../util/byline.js'
import {findDates} from '../util/dates.js'
import {createLocator} from '../util/location.js'
import {wordsOf} from '../util/patterns.js'
import {splitSentences} from '../util/sentences.js'
import type {} from './data.js'

/** Spans of a block that overlap a sentence, re-indexed into the sentence. */
function within<T extends {start: number; end: number}>(spans: T[], sentence: {start: number; end: number}): T[] {
  return spans
    .filter((span) => span.start < sentence.end && span.end > sentence.start)
    .map((span) => ({...span, start: Math.max(span.start, sentence.start) - sentence.start, end: Math.min(span.end, sentence.end) - sentence.start}))
}

/** A plain-text article's heading: a short line in capitals alone ("TAKE ACTION!", "BACKGROUND"), after the headline. */
const HEADING_IN_CAPITALS = /^(?=.*\p{Lu}{2})[^\p{Ll}.]{2,60}$/u

export function articleSegment() {
  return function (_: unknown, file: VFile): undefined {
    const locate = createLocator(String(file.value))
    const blocks = file.data.blocks ?? []
    const language = file.data.meta?.language ?? 'en'
    const sentences: Sentence[] = []
    const contexts: SentenceContext[] = []

    let section: string | undefined
    for (const block of blocks) {
      if (block.kind === 'heading' || (block.kind === 'paragraph' && block.index > 0 && HEADING_IN_CAPITALS.test(block.text.trim()))) section = block.text.trim()
      const spans = splitSentences(block.text)
      let previous: SentenceContext | undefined
      for (const span of spans) {
        const text = block.text.slice(span.start, span.end)
        const words = wordsOf(text)
        const dates = findDates(text, words)
        const byline = block.kind === 'paragraph' && block.index <= 3 && spans.length === 1 && isByline(text, dates)
        const endOffset = (block.offsets[span.end - 1] ?? block.offsets[span.start] ?? 0) + 1
        const sentence: Sentence = {
          index: sentences.length,
          text,
          paragraph: block.index,
          start: locate(block.offsets[span.start] ?? 0),
          end: locate(endOffset),
          ...(byline ? {block: 'byline' as const} : block.kind === 'paragraph' ? {} : {block: block.kind})
        }
        sentences.push(sentence)
        const context: SentenceContext = {
          sentence,
          text,
          source: {sentence: text, sentenceIndex: sentence.index, start: sentence.start, end: sentence.end},
          links: within(block.links, span),
          emphasis: within(block.emphasis, span),
          dates,
          words,
          language,
          wholeBlock: spans.length === 1,
          ...(section !== undefined && block.kind !== 'heading' ? {section} : {})
        }
        if (previous) previous.next = context
        const before = contexts.at(-1)
        if (before) context.previous = before
        previous = context
        contexts.push(context)
      }
    }

    file.data.sentences = sentences
    file.data.contexts = contexts
  }
}
