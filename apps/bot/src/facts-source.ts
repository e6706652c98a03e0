/**
 * Where the bot's facts come from: the content bundle built by `pnpm content:build`
 * (validated with the parser's schema) or one article file parsed on the fly (`--article`).
 * A bundle may hold several articles; the bot answers from the newest by publication date.
 */
import {readFileSync} from 'node:fs'
import {createRequire} from 'node:module'
import {dirname, join} from 'node:path'
import {bundleSchema, extractFacts} from 'article-facts'
import type {Bundle, Facts} from 'article-facts'
import type {ReloadResult} from './bot/deps.js'

export class ContentError extends Error {
  override name = 'ContentError'
  readonly code = 'E_CONTENT'
}

/** `content/dist/facts-bundle.json` of the `@campaign/content` workspace package. */
export function defaultBundlePath(): string {
  const require = createRequire(import.meta.url)
  return join(dirname(require.resolve('@campaign/content/package.json')), 'dist', 'facts-bundle.json')
}

export function readBundle(path: string): Bundle {
  let text: string
  try {
    text = readFileSync(path, 'utf8')
  } catch (error) {
    throw new ContentError(
      `Cannot read the facts bundle ${path} (${(error as NodeJS.ErrnoException).code ?? String(error)}). Run \`pnpm content:build\` first.`
    )
  }
  let json: unknown
  try {
    json = JSON.parse(text)
  } catch (error) {
    throw new ContentError(`The facts bundle ${path} is not valid JSON: ${(error as Error).message}`)
  }
  const parsed = bundleSchema.safeParse(json)
  if (!parsed.success) {
    const problems = parsed.error.issues.slice(0, 5).map((issue) => `${issue.path.join('.') || '(root)'}: ${issue.message}`)
    throw new ContentError(`The facts bundle ${path} does not match the schema:\n  ${problems.join('\n  ')}`)
  }
  return parsed.data
}

/** The newest article by `published` (ISO dates compare as text); undated ones count as oldest. */
export function newestFacts(bundle: Bundle, path = 'the bundle'): Facts {
  let newest: Facts | undefined
  for (const {facts} of bundle.articles) {
    if (!newest || (facts.article.published ?? '') >= (newest.article.published ?? '')) newest = facts
  }
  if (!newest) throw new ContentError(`${path} holds no articles.`)
  return newest
}

export function loadBundleFacts(path = defaultBundlePath()): Facts {
  return newestFacts(readBundle(path), path)
}

/** The current facts, swapped atomically by `reload()`; a failed reload keeps the old ones. */
export class FactsSource {
  private facts: Facts

  constructor(private readonly load: () => Facts) {
    this.facts = load()
  }

  current = (): Facts => this.facts

  reload = async (): Promise<ReloadResult> => {
    try {
      this.facts = this.load()
      return {ok: true, message: describeFacts(this.facts)}
    } catch (error) {
      return {ok: false, message: error instanceof Error ? error.message : String(error)}
    }
  }
}

export function describeFacts(facts: Facts): string {
  const {title, published, path} = facts.article
  return [title ?? path ?? 'untitled article', published ? `(${published})` : undefined].filter(Boolean).join(' ')
}

export interface ArticleFacts {
  facts: Facts
  /** The parser's warnings, `file:line:column: message [rule]`. */
  warnings: string[]
}

/** One article file parsed now with the parser (`ask --article`). */
export function loadArticleFacts(file: string): ArticleFacts {
  let text: string
  try {
    text = readFileSync(file, 'utf8')
  } catch (error) {
    throw new ContentError(`Cannot read the article ${file} (${(error as NodeJS.ErrnoException).code ?? String(error)}).`)
  }
  const {facts, messages} = extractFacts(text, {path: file})
  const lines = (fatal: boolean) =>
    messages
      .filter((message) => Boolean(message.fatal) === fatal)
      .map((message) => `${file}:${message.line ?? 1}:${message.column ?? 1}: ${message.reason}${message.ruleId ? ` [${message.ruleId}]` : ''}`)
  const errors = lines(true)
  if (!facts || errors.length > 0) {
    throw new ContentError(errors.length > 0 ? errors.join('\n') : `${file}: no facts could be extracted.`)
  }
  return {facts, warnings: lines(false)}
}
