/**
 * The drawing child process (src/pictures/draw-child.ts forks it): draws what it is sent,
 * one reply per request, and exits when its parent goes.
 */
import {drawHere} from './pictures/drawing.js'
import type {WorkerReply, WorkerRequest} from './pictures/draw-child.js'

const draw = drawHere()

process.on('message', (request: WorkerRequest) => {
  draw(request.drawing).then(
    (drawn) => process.send?.({id: request.id, ok: true, drawn} satisfies WorkerReply),
    (error: unknown) => process.send?.({id: request.id, ok: false, error: error instanceof Error ? error.message : String(error)} satisfies WorkerReply)
  )
})
process.on('disconnect', () => process.exit(0))
