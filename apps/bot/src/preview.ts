/**
 * `pnpm content:preview [--out DIR] [--content DIR] [--serve [--port N]]`: the maintainers'
 * preview of what the bot knows (src/preview/site.ts), built from the articles as they are now,
 * written to `content/dist/preview/` (index.html at its root). With --serve, served on 127.0.0.1
 * and built again whenever an article changes.
 * Exit codes: 0 built (or served until stopped), 1 the articles could not be read, 2 usage.
 */
import {mkdirSync, readFileSync, renameSync, rmSync, watch, writeFileSync} from 'node:fs'
import {createServer, type Server} from 'node:http'
import {createRequire} from 'node:module'
import {dirname, join, resolve} from 'node:path'
import {pathToFileURL} from 'node:url'
import {extractFacts} from 'article-facts'
import type {Facts} from 'article-facts'
import {answerTranslator, getI18n} from './bot/i18n.js'
import {createLibrary} from './core/library.js'
import {mapDrawing, timelineAnswer, timelineDrawing} from './pictures/article-drawings.js'
import {drawHere} from './pictures/drawing.js'
import {readArgs, usageError, type CommandIo} from './command-line.js'
import {articleFileNames, formatMessage} from './facts-source.js'
import {buildPreview, type PreviewArticle, type PreviewPictures} from './preview/site.js'

export interface PreviewIo extends CommandIo {
  /** Resolves when a served preview should stop (tests); without it, it serves until the process ends. */
  stop?: Promise<void>
  /** Told the address once serving. */
  listening?: (url: string) => void
}

export const usage = 'Usage: pnpm content:preview [--out DIR] [--content DIR] [--serve [--port N]]'

function contentDir(): string {
  return dirname(createRequire(import.meta.url).resolve('@campaign/content/package.json'))
}

/** The articles of a folder as the preview shows them: facts and warnings, parsed now. */
export function readArticles(dir: string): PreviewArticle[] {
  return articleFileNames(dir).flatMap((name) => {
    const path = join(dir, name)
    const {facts, messages} = extractFacts(readFileSync(path, 'utf8'), {path: name})
    if (!facts) return []
    return [{path: name, facts, warnings: messages.filter((message) => !message.fatal).map((message) => formatMessage(name, message))}]
  })
}

/** Writes the site into `out`, replacing what was there in one step. */
export function writePreview(files: ReadonlyMap<string, string | Buffer>, out: string): void {
  const staging = `${out}.${process.pid}.tmp`
  rmSync(staging, {recursive: true, force: true})
  mkdirSync(staging, {recursive: true})
  for (const [name, text] of files) writeFileSync(join(staging, name), text)
  rmSync(out, {recursive: true, force: true})
  mkdirSync(dirname(out), {recursive: true})
  renameSync(staging, out)
}

export async function main(args: readonly string[], io: PreviewIo): Promise<number> {
  const read = readArgs(args, {out: {type: 'string'}, content: {type: 'string'}, serve: {type: 'boolean'}, port: {type: 'string'}}, usage, io)
  if ('exit' in read) return read.exit
  const {values} = read
  const port = values.port === undefined ? 4173 : Number(values.port)
  if (!Number.isInteger(port) || port < 0 || port > 65_535) return usageError('--port must be a port number', usage, io).exit
  const articlesDir = resolve(values.content ?? join(contentDir(), 'articles'))
  const out = resolve(values.out ?? join(contentDir(), 'dist', 'preview'))
  let files: Map<string, string | Buffer>
  // The gazetteer takes a second and 80 MB to load: once, for every build of this run.
  const draw = drawHere()
  const i18n = getI18n()
  const build = async (): Promise<boolean> => {
    try {
      const articles = readArticles(articlesDir)
      const now = new Date()
      const pictureFiles = new Map<string, Buffer>()
      const pictures = new Map<Facts, PreviewPictures>()
      for (const entry of createLibrary(articles.map((article) => article.facts)).articles) {
        const drawn: PreviewPictures = {}
        const map = mapDrawing(entry)
        if (map) {
          const picture = await draw(map)
          if (picture.placed.length > 0) pictureFiles.set(`${entry.id}-map.png`, Buffer.from(picture.png!))
          if (picture.placed.length > 0 || picture.unplaced.length > 0) drawn.map = {...(picture.placed.length > 0 ? {file: `${entry.id}-map.png`} : {}), unplaced: picture.unplaced}
        }
        const lang = entry.facts.article.language
        const timeline = timelineDrawing(entry, timelineAnswer(entry, lang, now, answerTranslator()), {past: i18n.t(lang, 'timeline-past'), planned: i18n.t(lang, 'timeline-planned')})
        if (timeline) {
          pictureFiles.set(`${entry.id}-timeline.png`, Buffer.from((await draw(timeline)).png!))
          drawn.timeline = {file: `${entry.id}-timeline.png`, events: timeline.entries.length}
        }
        pictures.set(entry.facts, drawn)
      }
      const pages = buildPreview(articles, now, pictures)
      files = new Map<string, string | Buffer>([...pages, ...pictureFiles])
      writePreview(files, out)
      io.stdout(`Preview of ${articles.length} article(s) written to ${out}/index.html\n`)
      return true
    } catch (error) {
      io.stderr(`Cannot build the preview from ${articlesDir}: ${(error as Error).message}\n`)
      return false
    }
  }
  if (!(await build())) return 1
  if (!values.serve) return 0

  const server: Server = createServer((request, response) => {
    const name = decodeURIComponent(new URL(request.url ?? '/', 'http://localhost').pathname.slice(1)) || 'index.html'
    const body = files.get(name)
    if (body === undefined) {
      response.writeHead(404, {'content-type': 'text/plain; charset=utf-8'}).end('Not found\n')
      return
    }
    const type = name.endsWith('.css') ? 'text/css; charset=utf-8' : name.endsWith('.png') ? 'image/png' : 'text/html; charset=utf-8'
    response.writeHead(200, {'content-type': type, 'cache-control': 'no-store'}).end(body)
  })
  await new Promise<void>((done) => server.listen(port, '127.0.0.1', done))
  const address = server.address()
  const url = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : port}/`
  io.stdout(`Serving the preview on ${url} (built again when an article changes; Ctrl+C to stop)\n`)
  io.listening?.(url)
  let timer: NodeJS.Timeout | undefined
  const watcher = watch(articlesDir, () => {
    clearTimeout(timer)
    timer = setTimeout(() => void build(), 150)
  })
  await (io.stop ?? new Promise<void>((done) => process.once('SIGINT', () => done())))
  clearTimeout(timer)
  watcher.close()
  await new Promise((done) => server.close(done))
  return 0
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  process.exitCode = await main(process.argv.slice(2), {stdout: (text) => process.stdout.write(text), stderr: (text) => process.stderr.write(text)})
}
