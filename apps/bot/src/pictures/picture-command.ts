/**
 * The picture commands (`pnpm --silent map`, `pnpm --silent timeline`): one article (the
 * newest of the content bundle unless `--article FILE`), one PNG written to `--out`.
 * Exit codes: 0 drawn, 1 the article could not be read or has nothing to draw, 2 usage.
 */
import {writeFileSync} from 'node:fs'
import {readArgs, usageError, type CommandIo} from '../command-line.js'
import {loadConfig, type Config} from '../config.js'
import type {LibraryArticle} from '../core/library.js'
import type {Lang} from '../core/types.js'
import {ContentError, loadLibrary} from '../facts-source.js'
import {drawHere} from './drawing.js'
import type {Drawing, Drawn} from './drawing-data.js'

export interface PictureCommand {
  name: string
  /** What to draw; undefined: the article has nothing to draw (said on stderr as `nothing`). */
  drawing: (article: LibraryArticle, lang: Lang) => Drawing | undefined
  nothing: string
  /** The line on stdout after the path, and what goes to stderr. */
  report: (drawn: Drawn) => {said: string; warning?: string}
}

export async function runPictureCommand(command: PictureCommand, args: readonly string[], io: CommandIo, config?: Pick<Config, 'bundlePath'>): Promise<number> {
  const usage = `Usage: pnpm --silent ${command.name} [--article FILE] [--lang en|es] --out FILE.png`
  const read = readArgs(args, {article: {type: 'string'}, out: {type: 'string'}, lang: {type: 'string'}}, usage, io)
  if ('exit' in read) return read.exit
  const {values} = read
  if (!values.out) return usageError('--out FILE.png is needed', usage, io).exit
  if (values.lang !== undefined && values.lang !== 'en' && values.lang !== 'es') return usageError('--lang is en or es', usage, io).exit
  let article: LibraryArticle
  try {
    article = loadLibrary({article: values.article}, config ?? loadConfig(), () => undefined).articles[0]!
  } catch (error) {
    if (!(error instanceof ContentError)) throw error
    io.stderr(`${error.message}\n`)
    return 1
  }
  const drawing = command.drawing(article, values.lang ?? 'en')
  if (!drawing) {
    io.stderr(`${command.nothing}\n`)
    return 1
  }
  const drawn = await drawHere()(drawing)
  writeFileSync(values.out, drawn.png!)
  const {said, warning} = command.report(drawn)
  io.stdout(`${values.out}: ${said}\n`)
  if (warning) io.stderr(`${warning}\n`)
  return 0
}
