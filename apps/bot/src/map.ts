/**
 * `pnpm --silent map [--article FILE] --out FILE.png`: a map of the places an article names
 * (src/pictures/map.ts). Places the gazetteer does not find within the article's country are
 * listed on stderr, never guessed.
 */
import {pathToFileURL} from 'node:url'
import type {Config} from './config.js'
import {mapDrawing} from './pictures/article-drawings.js'
import type {CommandIo} from './command-line.js'
import {runPictureCommand} from './pictures/picture-command.js'

export function main(args: readonly string[], io: CommandIo, config?: Pick<Config, 'bundlePath'>): Promise<number> {
  return runPictureCommand(
    {
      name: 'map',
      drawing: (article) => mapDrawing(article),
      nothing: 'The article names no place: there is no map to draw.',
      report: (drawn) => ({
        said: `${drawn.placed.map((place) => place.name).join(', ') || 'no place found'}${drawn.country ? ` (${drawn.country})` : ''}`,
        ...(drawn.unplaced.length > 0 ? {warning: `Not on the map (not found${drawn.country ? ` in ${drawn.country}` : ': the article names no country'}): ${drawn.unplaced.join(', ')}`} : {})
      })
    },
    args,
    io,
    config
  )
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  process.exitCode = await main(process.argv.slice(2), {stdout: (text) => process.stdout.write(text), stderr: (text) => process.stderr.write(text)})
}
