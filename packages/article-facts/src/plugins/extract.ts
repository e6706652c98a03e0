/** extract: sentences → draft facts (`file.data.draft`). */
import type {VFile} from 'vfile'
import {extractDraft} from '../extract/index.js'
import {report} from '../util/messages.js'
import type {} from './data.js'

export function articleExtract() {
  return function (_: unknown, file: VFile): undefined {
    const draft = extractDraft(file.data.contexts ?? [], {title: file.data.meta?.title, publisher: file.data.meta?.publisher})
    for (const note of draft.notes) report(file, note.reason, note.ruleId, {place: {start: note.source.start, end: note.source.end}})
    file.data.draft = draft
  }
}
