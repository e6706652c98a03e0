/**
 * Where the bot's articles come from: the content bundle built by `pnpm content:build`
 * (validated with the parser's schema), or article files parsed on the fly (`--article FILE`,
 * `--content DIR`). The bot answers across every article it is given.
 */
import {readdirSync, readFileSync} from 'node:fs'
import {createRequire} from 'node:module'
import {dirname, join} from 'node:path'
import {bundleSchema, extractFacts} from 'article-facts'
import type {Bundle, ExtractResult, Facts} from 'article-facts'
import type {ReloadResult} from './bot/deps.js'
import {createLibrary, type Library} from './core/library.js'

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

/** Every article of the bundle, in one library. */
export function loadBundleLibrary(path = defaultBundlePath()): Library {
  const bundle = readBundle(path)
  if (bundle.articles.length === 0) throw new ContentError(`${path} holds no articles.`)
  return createLibrary(bundle.articles.map((article) => article.facts))
}

/** The current library, swapped atomically by `reload()`; a failed reload keeps the old one. */
export class LibrarySource {
  private library: Library

  constructor(private readonly load: () => Library) {
    this.library = load()
  }

  current = (): Library => this.library

  reload = async (): Promise<ReloadResult> => {
    try {
      this.library = this.load()
      return {ok: true, message: describeLibrary(this.library)}
    } catch (error) {
      return {ok: false, message: error instanceof Error ? error.message : String(error)}
    }
  }
}

export function describeLibrary(library: Library): string {
  const [newest] = library.articles
  const about = newest ? describeFacts(newest.facts) : 'no article'
  return library.articles.length === 1 ? about : `${library.articles.length} articles, the newest ${about}`
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

/** The article files of a folder (`.txt`, `.md`, `.html`), by name; a folder's README describes it and is not one. */
export function articleFileNames(dir: string): string[] {
  return readdirSync(dir).filter((name) => /\.(?:txt|md|markdown|html?)$/i.test(name) && !/^readme\./i.test(name)).sort()
}

/** A parser message as maintainers read it: `file:line:column: message [rule]`. */
export function formatMessage(file: string, message: ExtractResult['messages'][number]): string {
  return `${file}:${message.line ?? 1}:${message.column ?? 1}: ${message.reason}${message.ruleId ? ` [${message.ruleId}]` : ''}`
}

/** The articles of a folder, parsed now (`ask --content DIR`). */
export function loadContentDir(dir: string): {library: Library; warnings: string[]} {
  let names: string[]
  try {
    names = articleFileNames(dir)
  } catch (error) {
    throw new ContentError(`Cannot read the content folder ${dir} (${(error as NodeJS.ErrnoException).code ?? String(error)}).`)
  }
  if (names.length === 0) throw new ContentError(`${dir} holds no article (.txt, .md or .html).`)
  const parsed = names.map((name) => loadArticleFacts(join(dir, name)))
  return {library: createLibrary(parsed.map((article) => article.facts)), warnings: parsed.flatMap((article) => article.warnings)}
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
      .map((message) => formatMessage(file, message))
  const errors = lines(true)
  if (!facts || errors.length > 0) {
    throw new ContentError(errors.length > 0 ? errors.join('\n') : `${file}: no facts could be extracted.`)
  }
  return {facts, warnings: lines(false)}
}

/** The articles to answer from: one file, a folder or the content bundle. */
export function loadLibrary(options: {article?: string | undefined; content?: string | undefined}, config: {bundlePath?: string | undefined}, warn: (line: string) => void): Library {
  if (options.article) {
    const article = loadArticleFacts(options.article)
    for (const warning of article.warnings) warn(warning)
    return createLibrary([article.facts])
  }
  if (options.content) {
    const content = loadContentDir(options.content)
    for (const warning of content.warnings) warn(warning)
    return content.library
  }
  return loadBundleLibrary(config.bundlePath)
}
