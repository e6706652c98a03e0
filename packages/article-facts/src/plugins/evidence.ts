/** evidence: typed spans on every sentence (`sentence.spans`), tied to the registry by id. */
import type {VFile} from 'vfile'
import {sentenceSpans, spanContext} from '../extract/spans.js'
import {dateAnchor, type ResolveDatesOptions} from './resolve-dates.js'
import type {} from './data.js'

export function articleEvidence(options: ResolveDatesOptions = {}) {
  const now = options.now ?? new Date()
  return function (_: unknown, file: VFile): undefined {
    const {draft, meta, contexts} = file.data
    if (!draft || !meta || !contexts) return
    const context = spanContext(draft, dateAnchor(meta, now), contexts)
    for (const sentence of contexts) sentence.sentence.spans = sentenceSpans(sentence, context)
  }
}
