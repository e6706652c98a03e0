/** segment: blocks → sentences with positions in the original file → `file.data.sentences`. */
import type {VFile} from 'vfile'
import type {SentenceContext} from '../extract/index.js'
import type {Sentence} from '../schema.js'
import {findDates} from '../util/dates.js'
import {createLocator} from '../util/location.js'
import {wordsOf} from '../util/patterns.js'
import {splitSentences} from '../util/sentences.js'
import './data.js'

export function articleSegment() {
  return function (_: unknown, file: VFile): undefined {
    const locate = createLocator(String(file.value))
    const blocks = file.data.blocks ?? []
    const language = file.data.meta?.language ?? 'en'
    const sentences: Sentence[] = []
    const contexts: SentenceContext[] = []

    for (const block of blocks) {
      const spans = splitSentences(block.text)
      let previous: SentenceContext | undefined
      for (const span of spans) {
        const text = block.text.slice(span.start, span.end)
        const words = wordsOf(text)
        const endOffset = (block.offsets[span.end - 1] ?? block.offsets[span.start] ?? 0) + 1
        const sentence: Sentence = {
          index: sentences.length,
          text,
          paragraph: block.index,
          start: locate(block.offsets[span.start] ?? 0),
          end: locate(endOffset)
        }
        sentences.push(sentence)
        const context: SentenceContext = {
          sentence,
          text,
          source: {sentence: text, sentenceIndex: sentence.index, start: sentence.start, end: sentence.end},
          links: block.links
            .filter((link) => link.start < span.end && link.end > span.start)
            .map((link) => ({start: Math.max(link.start, span.start) - span.start, end: Math.min(link.end, span.end) - span.start, url: link.url})),
          dates: findDates(text, words),
          words,
          language,
          wholeBlock: spans.length === 1
        }
        if (previous) previous.next = context
        previous = context
        contexts.push(context)
      }
    }

    file.data.sentences = sentences
    file.data.contexts = contexts
  }
}
