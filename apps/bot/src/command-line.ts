/**
 * What the commands (`map`, `timeline`, `preview`, `broadcast`, `unanswered`) share: output
 * streams given to `main(args, io)`, so tests never touch the process; `--help`; a usage error
 * said with the usage and exit code 2.
 */
import {parseArgs, type ParseArgsConfig} from 'node:util'

export interface CommandIo {
  stdout: (text: string) => void
  stderr: (text: string) => void
}

/** Exit codes every command gives the same meaning. */
export const ExitCode = {ok: 0, failed: 1, usage: 2} as const

type Options = NonNullable<ParseArgsConfig['options']>
type Values<O extends Options> = ReturnType<typeof parseArgs<{args: string[]; options: O; strict: true}>>['values']

/** The parsed options, or the exit code when the command is done (help shown, or a usage error). */
export function readArgs<const O extends Options>(args: readonly string[], options: O, usage: string, io: CommandIo): {values: Values<O>} | {exit: number} {
  try {
    const withHelp: Options = {...options, help: {type: 'boolean', short: 'h'}}
    const values: Record<string, unknown> = parseArgs({args: [...args], options: withHelp, strict: true}).values
    if (values.help === true) {
      io.stdout(`${usage}\n`)
      return {exit: ExitCode.ok}
    }
    return {values: values as Values<O>}
  } catch (error) {
    return usageError((error as Error).message, usage, io)
  }
}

/** Says what was wrong and how to call the command; gives exit code 2. */
export function usageError(problem: string, usage: string, io: CommandIo): {exit: number} {
  io.stderr(`${problem}\n${usage}\n`)
  return {exit: ExitCode.usage}
}
