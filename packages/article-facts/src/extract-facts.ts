import {VFile} from 'vfile'
import {VFileMessage} from 'vfile-message'
import {articleProcessorFor, type ProcessorOptions} from './processor.js'
import {rules} from './rules.js'
import type {Facts} from './schema.js'
import {decodeArticle} from './util/input.js'
import {findPathology} from './util/pathological.js'
import {report} from './util/messages.js'

export interface ExtractOptions extends ProcessorOptions {
  /** File path, for messages and `facts.article.path` (when `input` is a string). */
  path?: string
  /** Refuse files larger than this many bytes (default 1 MiB). */
  maxBytes?: number
}

export interface ExtractResult {
  /** The facts, validated against the schema; `undefined` when none could be produced. */
  facts: Facts | undefined
  /** Errors (`fatal: true`) and warnings, with positions, rule ids and source `article-facts`. */
  messages: VFileMessage[]
  file: VFile
}

/**
 * Turn one article (plain text, one paragraph per line, or Markdown with optional frontmatter)
 * into structured, sourced facts. Synchronous; never throws on bad input.
 */
export function extractFacts(input: string | VFile, options: ExtractOptions = {}): ExtractResult {
  const file = typeof input === 'string' ? new VFile({value: input, ...(options.path ? {path: options.path} : {})}) : input
  const decoded = decodeArticle(file.value ?? '', options.maxBytes)
  if (!decoded.ok) {
    report(file, decoded.problem.reason, decoded.problem.ruleId, {fatal: true})
    return {facts: undefined, messages: file.messages, file}
  }
  file.value = decoded.text
  // Before the parser sees it: some Markdown would keep it busy for minutes.
  const pathology = findPathology(decoded.text)
  if (pathology) {
    const {reason, ...point} = pathology
    report(file, reason, rules.markdownTooDeep, {fatal: true, place: point})
    return {facts: undefined, messages: file.messages, file}
  }

  const processor = articleProcessorFor(options)
  try {
    processor.runSync(processor.parse(file), file)
  } catch (error) {
    if (!(error instanceof VFileMessage && file.messages.includes(error))) {
      const cause = error instanceof Error ? error : new Error(String(error))
      report(file, `Cannot extract facts: ${cause.message}`, rules.factsInvalid, {fatal: true})
    }
  }
  return {facts: file.data.facts, messages: file.messages, file}
}

