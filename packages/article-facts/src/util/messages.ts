import type {VFile} from 'vfile'
import type {VFileMessage} from 'vfile-message'
import {SOURCE, type RuleId} from '../rules.js'

interface Point {
  line: number
  column: number
  offset?: number | undefined
}

export interface Place {
  start: Point
  end: Point
}

/** Report a problem on a file; `fatal` makes it an error, else a warning. */
export function report(file: VFile, reason: string, ruleId: RuleId, options: {place?: Place | Point; fatal?: boolean} = {}): VFileMessage {
  const message = file.message(reason, {ruleId, source: SOURCE, ...(options.place ? {place: options.place} : {})})
  message.fatal = options.fatal ?? false
  return message
}
