/** Answers as a person reads them: the core's data phrased with the app's messages, as the bot does. */
import {phrased} from '../src/bot/i18n.js'
import type {Answer} from '../src/core/types.js'

export {phrased}

/** The paragraphs' text, one per line. */
export function text(answer: Answer): string {
  return phrased(answer)
    .paragraphs.map((parts) => parts.map((part) => part.text).join(''))
    .join('\n')
}
