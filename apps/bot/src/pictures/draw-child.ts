/**
 * Drawing in a child process: the bot keeps its memory for chats, the child loads the
 * gazetteer, draws, and exits after a quiet minute. A child that dies fails the drawings it
 * held; the next drawing starts a new one.
 */
import {fork, type ChildProcess} from 'node:child_process'
import type {Draw, Drawing, Drawn} from './drawing-data.js'
import {DrawingError} from './pictures.js'

export interface ChildDrawOptions {
  /** The worker script (dist/draw-worker.js). */
  script: string | URL
  /** The child exits after this long without a drawing. */
  idleMs?: number
  /** A drawing not back by then fails (and the child is stopped). */
  timeoutMs?: number
}

export type WorkerRequest = {id: number; drawing: Drawing}
export type WorkerReply = {id: number; ok: true; drawn: Drawn} | {id: number; ok: false; error: string}

export interface ChildDraw {
  draw: Draw
  /** Stops the child, failing what it was drawing. */
  close: () => void
}

export function drawInChild({script, idleMs = 60_000, timeoutMs = 60_000}: ChildDrawOptions): ChildDraw {
  let child: ChildProcess | undefined
  let nextId = 1
  let idle: NodeJS.Timeout | undefined
  const pending = new Map<number, {resolve: (drawn: Drawn) => void; reject: (error: Error) => void; timer: NodeJS.Timeout}>()

  const failAll = (reason: string) => {
    for (const [id, waiting] of pending) {
      clearTimeout(waiting.timer)
      waiting.reject(new DrawingError(reason))
      pending.delete(id)
    }
  }
  const stop = () => {
    clearTimeout(idle)
    child?.kill()
    child = undefined
  }
  const start = (): ChildProcess => {
    // Buffers cross as they are with the advanced serialisation; no stdin, its output is the bot's.
    const started = fork(script, [], {serialization: 'advanced', stdio: ['ignore', 'inherit', 'inherit', 'ipc']})
    started.on('message', (reply: WorkerReply) => {
      const waiting = pending.get(reply.id)
      if (!waiting) return
      pending.delete(reply.id)
      clearTimeout(waiting.timer)
      if (reply.ok) waiting.resolve({...reply.drawn, ...(reply.drawn.png ? {png: Buffer.from(reply.drawn.png)} : {})})
      else waiting.reject(new DrawingError(reply.error))
      if (pending.size === 0) idle = setTimeout(stop, idleMs).unref()
    })
    started.on('exit', (code, signal) => {
      if (child === started) child = undefined
      failAll(`the drawing process ended (${signal ?? `exit code ${code}`})`)
    })
    return started
  }

  const draw: Draw = (drawing) =>
    new Promise<Drawn>((resolve, reject) => {
      clearTimeout(idle)
      child ??= start()
      const id = nextId++
      const timer = setTimeout(() => {
        pending.delete(id)
        reject(new DrawingError(`no drawing after ${timeoutMs} ms`))
        stop()
      }, timeoutMs)
      pending.set(id, {resolve, reject, timer})
      child.send({id, drawing} satisfies WorkerRequest)
    })

  return {draw, close: stop}
}
