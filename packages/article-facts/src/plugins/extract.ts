/** extract: sentences → draft facts (`file.data.draft`). */
import type {VFile} from 'vfile'
import {extractDraft} from '../extract/index.js'
import {bylinePublisher} from '../util/byline.js'
import {report} from '../util/messages.js'
import type {} from './data.js'

export function articleExtract() {
  return function (_: unknown, file: VFile): undefined {
    const contexts = file.data.contexts ?? []
    const meta = file.data.meta
    // With no publisher in the frontmatter, the byline's is the release's ("Survival International – News release – …").
    const byline = contexts.find((context) => context.sentence.block === 'byline')
    const publisher = meta?.publisher ?? (byline ? bylinePublisher(byline.text, byline.dates) : undefined)
    if (meta && publisher !== undefined) meta.publisher = publisher
    const draft = extractDraft(contexts, {title: meta?.title, publisher})
    for (const note of draft.notes) report(file, note.reason, note.ruleId, {place: {start: note.source.start, end: note.source.end}})
    file.data.draft = draft
  }
}
