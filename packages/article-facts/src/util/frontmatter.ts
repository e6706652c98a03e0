import {parse} from 'yaml'
import type {Language} from '../schema.js'

export interface FrontmatterMeta {
  title?: string
  url?: string
  published?: string
  language?: Language
}

export type FrontmatterResult = {ok: true; meta: FrontmatterMeta; problems: string[]} | {ok: false; reason: string}

/** Read the fields we know from YAML frontmatter; unknown fields are ignored, wrong types reported. */
export function parseFrontmatter(yaml: string): FrontmatterResult {
  let data: unknown
  try {
    data = parse(yaml)
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
  const published = record.published ?? record.date
  if (published instanceof Date) meta.published = published.toISOString().slice(0, 10)
  else if (typeof published === 'string') meta.published = published
  else if (published !== undefined) problems.push('Expected frontmatter `published` to be a date (YYYY-MM-DD)')
  const language = record.language ?? record.lang
  if (language === 'en' || language === 'es') meta.language = language
  else if (language !== undefined) problems.push('Expected frontmatter `language` to be `en` or `es`')
  return {ok: true, meta, problems}
}
