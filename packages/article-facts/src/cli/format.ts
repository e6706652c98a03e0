import type {VFileMessage} from 'vfile-message'

/** `file:line:column: error: reason [rule-id]`, the shape editors and CI annotate. */
export function formatMessage(file: string, message: VFileMessage): string {
  const line = message.line ?? 1
  const column = message.column ?? 1
  const severity = message.fatal ? 'error' : message.fatal === false ? 'warning' : 'info'
  return `${file}:${line}:${column}: ${severity}: ${message.reason}${message.ruleId ? ` [${message.ruleId}]` : ''}`
}

/** "1 error", "2 warnings". */
export function plural(count: number, word: string): string {
  return `${count} ${word}${count === 1 ? '' : 's'}`
}

export function summary(errors: number, warnings: number): string {
  return `${plural(errors, 'error')}, ${plural(warnings, 'warning')}`
}
