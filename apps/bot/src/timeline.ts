/**
 * `pnpm --silent timeline [--article FILE] [--lang en|es] --out FILE.png`: the article's dated
 * events as the bot's /timeline draws them (src/pictures/timeline.ts), told as of today.
 */
import {pathToFileURL} from 'node:url'
import type {Config} from './config.js'
import {answerTranslator, getI18n} from './bot/i18n.js'
import {timelineAnswer, timelineDrawing} from './pictures/article-drawings.js'
import type {CommandIo} from './command-line.js'
import {runPictureCommand} from './pictures/picture-command.js'

export function main(args: readonly string[], io: CommandIo, config?: Pick<Config, 'bundlePath'>, now: () => Date = () => new Date()): Promise<number> {
  const i18n = getI18n()
  let lines = 0
  return runPictureCommand(
    {
      name: 'timeline',
      drawing: (article, lang) => {
        const drawing = timelineDrawing(article, timelineAnswer(article, lang, now(), answerTranslator()), {past: i18n.t(lang, 'timeline-past'), planned: i18n.t(lang, 'timeline-planned')})
        lines = drawing?.entries.length ?? 0
        return drawing
      },
      nothing: 'The article dates none of its events: there is no timeline to draw.',
      report: () => ({said: `${lines} dated event(s)`})
    },
    args,
    io,
    config
  )
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  process.exitCode = await main(process.argv.slice(2), {stdout: (text) => process.stdout.write(text), stderr: (text) => process.stderr.write(text)})
}
