import {mkdtempSync, rmSync} from 'node:fs'
import {tmpdir} from 'node:os'
import path from 'node:path'
import {afterEach} from 'vitest'
import {main} from '../src/cli/main.js'
import {now} from './helpers.js'

/** Run the CLI in `cwd` with captured output. */
export function run(args: string[], cwd: string): {code: number; stdout: string; stderr: string} {
  let stdout = ''
  let stderr = ''
  const code = main(args, {
    cwd,
    now,
    stdout: {write: (text: string) => (stdout += text)},
    stderr: {write: (text: string) => (stderr += text)}
  })
  return {code, stdout, stderr}
}

const made: string[] = []
afterEach(() => {
  for (const directory of made.splice(0)) rmSync(directory, {recursive: true, force: true})
})

/** A fresh temporary directory, removed after the test. */
export function temporaryDirectory(): string {
  const directory = mkdtempSync(path.join(tmpdir(), 'article-facts-'))
  made.push(directory)
  return directory
}
