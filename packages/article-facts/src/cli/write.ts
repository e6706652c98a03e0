import {randomBytes} from 'node:crypto'
import {mkdirSync, renameSync, rmSync, writeFileSync} from 'node:fs'
import path from 'node:path'

/**
 * Write a file atomically: a temp file in the same directory, then rename over the target, so a
 * reader sees the old file or the new one, never half of one.
 */
export function writeAtomic(target: string, contents: string): void {
  mkdirSync(path.dirname(target), {recursive: true})
  const temporary = path.join(path.dirname(target), `.${path.basename(target)}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`)
  try {
    writeFileSync(temporary, contents)
    renameSync(temporary, target)
  } catch (error) {
    rmSync(temporary, {force: true})
    throw error
  }
}
