/**
 * `pnpm --silent map [--article FILE] --out FILE.png`: a map of the places an article names
 * (src/pictures/map.ts), the newest article of the content bundle unless one is given. Places the
 * gazetteer does not find within the article's country are listed on stderr, never guessed.
 * Exit codes: 0 drawn, 1 the article could not be read, 2 usage.
 */
import {writeFileSync} from 'node:fs'
import {pathToFileURL} from 'node:url'
import {parseArgs} from 'node:util'
import {articleTitle} from './core/across.js'
import {loadConfig, type Config} from './config.js'
import {ContentError, loadLibrary} from './facts-source.js'
import {loadGeography, mapOf, toPng} from './pictures/map.js'

export interface MapIo {
  stdout: (text: string) => void
  stderr: (text: string) => void
}

export const usage = 'Usage: pnpm --silent map [--article FILE] --out FILE.png'

export async function main(args: readonly string[], io: MapIo, config?: Pick<Config, 'bundlePath'>): Promise<number> {
  let values: {article?: string; out?: string; help?: boolean}
  try {
    values = parseArgs({args: [...args], options: {article: {type: 'string'}, out: {type: 'string'}, help: {type: 'boolean', short: 'h'}}}).values
  } catch (error) {
    io.stderr(`${(error as Error).message}\n${usage}\n`)
    return 2
  }
  if (values.help) {
    io.stdout(`${usage}\n`)
    return 0
  }
  if (!values.out) {
    io.stderr(`--out FILE.png is needed\n${usage}\n`)
    return 2
  }
  let article
  try {
    article = loadLibrary({article: values.article}, config ?? loadConfig(), () => undefined).articles[0]!
  } catch (error) {
    if (!(error instanceof ContentError)) throw error
    io.stderr(`${error.message}\n`)
    return 1
  }
  const {cities, world} = await loadGeography()
  const map = mapOf(article.facts, cities, world, articleTitle(article))
  writeFileSync(values.out, toPng(map.svg))
  io.stdout(`${values.out}: ${map.placed.map((place) => place.name).join(', ') || 'no place found'}${map.country ? ` (${map.country})` : ''}\n`)
  if (map.unplaced.length > 0) io.stderr(`Not on the map (not found${map.country ? ` in ${map.country}` : ': the article names no country'}): ${map.unplaced.join(', ')}\n`)
  return 0
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  process.exitCode = await main(process.argv.slice(2), {stdout: (text) => process.stdout.write(text), stderr: (text) => process.stderr.write(text)})
}
