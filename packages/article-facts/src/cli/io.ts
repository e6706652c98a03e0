/** What the CLI touches of the outside world, so tests pass their own. */
export interface CliIo {
  stdout: {write(text: string): unknown}
  stderr: {write(text: string): unknown}
  /** Directory relative paths are resolved against. */
  cwd: string
  /** "Today", for weekday inference (tests pin it). */
  now?: Date
}

/** Exit codes: 0 ok, 1 content errors, 2 usage errors. */
export const exitCodes = {ok: 0, content: 1, usage: 2} as const

/** A problem with how the CLI was called (exit 2). */
export class UsageError extends Error {
  override name = 'UsageError'
  readonly code = 'ERR_USAGE'
}
