import {parseDocument} from 'yaml'
import type {Language} from '../schema.js'

export interface FrontmatterMeta {
  title?: string
  url?: string
  published?: string
  language?: Language
  publisher?: string
}

export type FrontmatterResult =
  | {ok: true; meta: FrontmatterMeta; problems: string[]}
  /** `at`: where in the YAML (1-based line and column), when known. */
  | {ok: false; reason: string; at?: {line: number; column: number}}

/** Read the fields we know from YAML frontmatter; unknown fields are ignored, wrong types reported. */
export function parseFrontmatter(yaml: string): FrontmatterResult {
  let data: unknown
  try {
    const document = parseDocument(yaml)
    const [error] = document.errors
    if (error) return {ok: false, reason: `Cannot parse frontmatter: ${error.message.split('\n')[0]}`, ...positionOf(error.linePos)}
    // "!!js/function" and other tags YAML does not define: plain YAML only, never a value read as a string.
    const tag = document.warnings.find((warning) => warning.code === 'TAG_RESOLVE_FAILED')
    if (tag) return {ok: false, reason: `Cannot use frontmatter: ${tag.message.split(' at line')[0]}; use plain YAML values`, ...positionOf(tag.linePos)}
    data = document.toJS()
  } catch (error) {
    const reason = error instanceof Error ? error.message.split('\n')[0] : String(error)
    return {ok: false, reason: `Cannot parse frontmatter: ${reason}`}
  }
  if (data === null || data === undefined) return {ok: true, meta: {}, problems: []}
  if (typeof data !== 'object' || Array.isArray(data)) return {ok: false, reason: 'Cannot use frontmatter: expected a YAML mapping (`title: …`)'}

  const record = data as Record<string, unknown>
  const meta: FrontmatterMeta = {}
  const problems: string[] = []
  for (const key of ['title', 'url'] as const) {
    const value = record[key]
    if (value === undefined) continue
    if (typeof value === 'string') meta[key] = value
    else problems.push(`Expected frontmatter \`${key}\` to be a string`)
  }
  // Who published it: `organisation`, `organization` or `publisher`.
  const publisher = record.organisation ?? record.organization ?? record.publisher
  if (typeof publisher === 'string' && publisher.trim() !== '') meta.publisher = publisher.trim()
  else if (publisher !== undefined) problems.push('Expected frontmatter `organisation` to be a string')
  const published = record.published ?? record.date
  if (published instanceof Date) meta.published = published.toISOString().slice(0, 10)
  else if (typeof published === 'string') meta.published = published
  else if (published !== undefined) problems.push('Expected frontmatter `published` to be a date (YYYY-MM-DD)')
  const language = record.language ?? record.lang
  if (language === 'en' || language === 'es') meta.language = language
  else if (language !== undefined) problems.push('Expected frontmatter `language` to be `en` or `es`')
  return {ok: true, meta, problems}
}

function positionOf(linePos: ReadonlyArray<{line: number; col: number}> | undefined): {at?: {line: number; column: number}} {
  const start = linePos?.[0]
  return start ? {at: {line: start.line, column: start.col}} : {}
}
