/**
 * `article-facts <file|dir> [--out FILE] [--pretty] [--bundle FILE] [--check] [--strict]`.
 * Takes its arguments and io, so tests never touch `process`.
 */
import {createHash} from 'node:crypto'
import {readFileSync} from 'node:fs'
import path from 'node:path'
import {parseArgs} from 'node:util'
import {VFile} from 'vfile'
import {diffBundles, formatDiff} from '../diff.js'
import {extractFacts} from '../extract-facts.js'
import {rules} from '../rules.js'
import {SCHEMA_VERSION, bundleSchema, type Bundle, type Facts} from '../schema.js'
import {ARTICLE_EXTENSIONS, collectArticles} from './collect.js'
import {formatMessage, plural, summary} from './format.js'
import {exitCodes, UsageError, type CliIo} from './io.js'
import {writeAtomic} from './write.js'

export const usage = `Usage: article-facts <file|dir> [options]

Turn campaign articles (plain text with one paragraph per line, or Markdown
with optional YAML frontmatter) into structured, sourced facts.

Arguments:
  file|dir              an article (.txt, .md), or a directory of articles

Options:
  --out FILE            write the facts (a directory: the bundle) to FILE instead of stdout
  --bundle FILE         write a facts bundle (schema version, content hash, all articles) to FILE
  --check               validate only: print problems, write nothing
  --strict              treat warnings as errors
  --published DATE      publication date (YYYY-MM-DD) for articles without frontmatter \`published\`
  --pretty              indent the JSON
  --diff --from OLD     compare with the bundle OLD (the one published): articles added or
                        removed, facts added, removed or changed; exit 1 when a published
                        fact changed or went away (--to NEW.json: compare with that bundle
                        instead of building the articles; --json: as JSON)
  -h, --help            show this help

Files are written atomically and not at all when an article has errors.
Problems print to stderr as \`file:line:column: severity: message [rule]\`.
Exit codes: 0 ok, 1 content errors, 2 usage errors.
`

interface Article {
  path: string
  hash: string
  facts: Facts | undefined
}

export function main(args: readonly string[], io: CliIo): number {
  try {
    return run(args, io)
  } catch (error) {
    if (error instanceof UsageError) {
      io.stderr.write(`article-facts: ${error.message}\n\n${usage}`)
      return exitCodes.usage
    }
    throw error
  }
}

function run(args: readonly string[], io: CliIo): number {
  const {values, positionals} = parseOptions(args)
  if (values.help) {
    io.stdout.write(usage)
    return exitCodes.ok
  }
  if (values.diff) return diff(values, positionals, io)
  if (positionals.length !== 1) throw new UsageError(positionals.length === 0 ? 'Missing an article file or directory' : 'Expected one article file or directory')
  if (values.check && (values.out || values.bundle)) throw new UsageError('`--check` writes nothing: drop `--out` and `--bundle`')
  if (values.published && !/^\d{4}-\d{2}-\d{2}$/.test(values.published)) throw new UsageError('Expected `--published` as YYYY-MM-DD')

  const target = path.resolve(io.cwd, positionals[0] ?? '')
  const {files, directory} = collectArticles(target)
  const shown = (file: string): string => path.relative(io.cwd, file).split(path.sep).join('/') || path.basename(file)

  if (files.length === 0) {
    io.stderr.write(`${shown(target)}:1:1: error: No articles found: expected ${ARTICLE_EXTENSIONS.slice(0, -1).join(', ')} or ${ARTICLE_EXTENSIONS.at(-1)} files [${rules.noArticles}]\n`)
    return exitCodes.content
  }

  let errors = 0
  let warnings = 0
  const articles: Article[] = []
  for (const file of files) {
    const name = shown(file)
    let bytes: Buffer
    try {
      bytes = readFileSync(file)
    } catch (error) {
      io.stderr.write(`${name}:1:1: error: Cannot read file: ${(error as Error).message} [${rules.unreadable}]\n`)
      errors++
      continue
    }
    const options = {...(io.now ? {now: io.now} : {}), ...(values.published ? {published: values.published} : {})}
    const {facts, messages} = extractFacts(new VFile({path: name, value: bytes}), options)
    for (const message of messages) {
      io.stderr.write(formatMessage(name, message) + '\n')
      if (message.fatal) errors++
      else if (message.fatal === false) warnings++
    }
    articles.push({path: name, hash: sha256(bytes), facts})
  }

  const failed = errors > 0 || (values.strict === true && warnings > 0)
  if (errors + warnings > 0 || values.check) {
    io.stderr.write(`${plural(files.length, 'article')}: ${summary(errors, warnings)}${values.strict && warnings > 0 ? ' (--strict: warnings fail)' : ''}\n`)
  }
  const indent = values.pretty ? 2 : undefined

  if (values.check) return failed ? exitCodes.content : exitCodes.ok

  if (values.bundle || directory) {
    const destination = values.bundle ?? values.out
    if (failed) {
      if (destination) io.stderr.write(`Not writing ${destination}: fix the errors above; the previous file is kept\n`)
      return exitCodes.content
    }
    const json = JSON.stringify(createBundle(articles), null, indent) + '\n'
    if (destination) {
      writeAtomic(path.resolve(io.cwd, destination), json)
      io.stderr.write(`Wrote ${destination} (${plural(articles.length, 'article')})\n`)
    } else io.stdout.write(json)
    return exitCodes.ok
  }

  const facts = articles[0]?.facts
  if (values.out) {
    if (failed || !facts) {
      io.stderr.write(`Not writing ${values.out}: fix the errors above; the previous file is kept\n`)
      return exitCodes.content
    }
    writeAtomic(path.resolve(io.cwd, values.out), JSON.stringify(facts, null, indent) + '\n')
    return exitCodes.ok
  }
  if (facts) io.stdout.write(JSON.stringify(facts, null, indent) + '\n')
  return failed || !facts ? exitCodes.content : exitCodes.ok
}

function parseOptions(args: readonly string[]) {
  try {
    return parseArgs({
      args: [...args],
      allowPositionals: true,
      strict: true,
      options: {
        out: {type: 'string'},
        bundle: {type: 'string'},
        check: {type: 'boolean'},
        strict: {type: 'boolean'},
        published: {type: 'string'},
        pretty: {type: 'boolean'},
        diff: {type: 'boolean'},
        from: {type: 'string'},
        to: {type: 'string'},
        json: {type: 'boolean'},
        help: {type: 'boolean', short: 'h'}
      }
    })
  } catch (error) {
    throw new UsageError((error as Error).message)
  }
}

/** All articles with facts, plus a hash over their sources so the bot can tell content changed. */
export function createBundle(articles: readonly Article[]): Bundle {
  const entries = articles
    .filter((article): article is Article & {facts: Facts} => article.facts !== undefined)
    .sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0))
  const contentHash = sha256(`schema:${SCHEMA_VERSION}\n` + entries.map((entry) => `${entry.path}\0${entry.hash}\n`).join(''))
  return bundleSchema.parse({schemaVersion: SCHEMA_VERSION, contentHash, articles: entries.map(({path, hash, facts}) => ({path, hash, facts}))})
}

function sha256(value: string | Uint8Array): string {
  return createHash('sha256').update(value).digest('hex')
}

/** `--diff`: the published bundle against a new build of the articles (or another bundle). */
function diff(values: ReturnType<typeof parseOptions>['values'], positionals: readonly string[], io: CliIo): number {
  if (!values.from) throw new UsageError('`--diff` needs `--from OLD.json`, the bundle published')
  const readBundle = (file: string): Bundle => {
    const full = path.resolve(io.cwd, file)
    let json: unknown
    try {
      json = JSON.parse(readFileSync(full, 'utf8'))
    } catch (error) {
      throw new UsageError(`Cannot read the bundle ${file}: ${(error as Error).message}`)
    }
    const parsed = bundleSchema.safeParse(json)
    if (!parsed.success) throw new UsageError(`${file} is not a facts bundle of schema version ${SCHEMA_VERSION}`)
    return parsed.data
  }
  const before = readBundle(values.from)
  let after: Bundle
  let to: string
  if (values.to) {
    after = readBundle(values.to)
    to = values.to
  } else {
    if (positionals.length !== 1) throw new UsageError('`--diff` compares with the articles given (a file or directory), or with `--to NEW.json`')
    // The new build, made as `--bundle` would make it, but kept in memory.
    let json = ''
    const built = run([positionals[0]!, ...(values.published ? ['--published', values.published] : [])], {...io, stdout: {write: (text: string) => (json += text)}})
    if (built !== exitCodes.ok) return built
    const parsed = JSON.parse(json) as Bundle | Facts
    after = 'articles' in parsed ? parsed : createBundle([{path: path.relative(io.cwd, path.resolve(io.cwd, positionals[0]!)).split(path.sep).join('/'), hash: '', facts: parsed}])
    to = positionals[0]!
  }
  const result = diffBundles(before, after)
  io.stdout.write(values.json ? `${JSON.stringify({from: values.from, to, ...result})}\n` : formatDiff(result, values.from, to))
  return result.publishedFactChanged ? exitCodes.content : exitCodes.ok
}
