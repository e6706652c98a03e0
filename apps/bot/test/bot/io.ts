/** In-memory stdin/stdout/stderr for CLI tests. */
import {PassThrough, Readable, Writable} from 'node:stream'

export function memoryIo(input: string[] | undefined) {
  const out: string[] = []
  const err: string[] = []
  const sink = (chunks: string[]) =>
    new Writable({
      write(chunk, _encoding, done) {
        chunks.push(String(chunk))
        done()
      }
    })
  const stdin = input === undefined ? Object.assign(new PassThrough(), {isTTY: true}) : Readable.from(input.map((line) => `${line}\n`))
  return {
    io: {stdin, stdout: sink(out), stderr: sink(err)},
    stdout: () => out.join(''),
    stderr: () => err.join('')
  }
}
