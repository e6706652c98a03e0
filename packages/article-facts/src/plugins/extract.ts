/** extract: sentences → draft facts (`file.data.draft`). */
import type {VFile} from 'vfile'
import {extractDraft} from '../extract/index.js'
import type {} from './data.js'

export function articleExtract() {
  return function (_: unknown, file: VFile): undefined {
    file.data.draft = extractDraft(file.data.contexts ?? [], {title: file.data.meta?.title})
  }
}
