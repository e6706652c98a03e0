/** The local JSON Lines files the runtime keeps when Redis is not configured. */
import {readFile} from 'node:fs/promises'

/** Every record of the file; none when it does not exist, and a line cut short by a crash is skipped. */
export async function readJsonLines<T>(path: string): Promise<T[]> {
  let text: string
  try {
    text = await readFile(path, 'utf8')
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return []
    throw error
  }
  return text
    .split('\n')
    .filter((line) => line.trim() !== '')
    .flatMap((line) => {
      try {
        return [JSON.parse(line) as T]
      } catch {
        return []
      }
    })
}
