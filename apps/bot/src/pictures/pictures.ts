/**
 * The pictures the bot sends, drawn once: the drawing's result by a key made from what is
 * drawn (so a changed article or another day's tense is drawn anew), the last few PNGs in
 * memory, and Telegram's file id for each picture already uploaded, so it is sent again
 * without drawing or uploading.
 */
import {createHash} from 'node:crypto'
import type {Draw, Drawing, Drawn} from './drawing-data.js'

/** A drawing failed: the drawing process died, took too long, or threw. */
export class DrawingError extends Error {
  override name = 'DrawingError'
}

export interface Picture extends Drawn {
  key: string
}

export interface PicturesOptions {
  /** PNGs kept in memory (about 100 KB each). */
  keep?: number
}

export class Pictures {
  readonly #draw: Draw
  readonly #keep: number
  /** Results without their PNG: small, kept for every drawing made (captions, venues). */
  readonly #known = new Map<string, Drawn>()
  /** The last PNGs, oldest first. */
  readonly #pngs = new Map<string, Uint8Array>()
  readonly #drawing = new Map<string, Promise<Picture>>()
  readonly #fileIds = new Map<string, string>()

  constructor(draw: Draw, {keep = 24}: PicturesOptions = {}) {
    this.#draw = draw
    this.#keep = keep
  }

  static key(drawing: Drawing): string {
    return createHash('sha256').update(JSON.stringify(drawing)).digest('base64url').slice(0, 22)
  }

  /** What a drawing found, when it was made before (no PNG). */
  known(drawing: Drawing): Picture | undefined {
    const key = Pictures.key(drawing)
    const known = this.#known.get(key)
    return known ? {...known, key} : undefined
  }

  /** Draws, or gives what was drawn; one drawing at a time per key. */
  async draw(drawing: Drawing): Promise<Picture> {
    const key = Pictures.key(drawing)
    const known = this.#known.get(key)
    const png = this.#pngs.get(key)
    if (known && (png || drawing.kind === 'locate')) return {...known, ...(png ? {png} : {}), key}
    const running = this.#drawing.get(key)
    if (running) return running
    const started = this.#draw(drawing)
      .catch((error: unknown) => {
        throw error instanceof DrawingError ? error : new DrawingError(`cannot draw the ${drawing.kind}: ${error instanceof Error ? error.message : String(error)}`, {cause: error})
      })
      .then((drawn) => {
        const {png: drawnPng, ...rest} = drawn
        this.#known.set(key, rest)
        if (drawnPng) this.#remember(key, drawnPng)
        return {...drawn, key}
      })
      .finally(() => this.#drawing.delete(key))
    this.#drawing.set(key, started)
    return started
  }

  /** Telegram's file id of this picture, once uploaded. */
  fileId(key: string): string | undefined {
    return this.#fileIds.get(key)
  }

  rememberFileId(key: string, fileId: string): void {
    this.#fileIds.set(key, fileId)
  }

  /** Telegram no longer knows the file (another bot token, a deleted file): upload again. */
  forgetFileId(key: string): void {
    this.#fileIds.delete(key)
  }

  #remember(key: string, png: Uint8Array): void {
    this.#pngs.delete(key)
    this.#pngs.set(key, png)
    while (this.#pngs.size > this.#keep) this.#pngs.delete(this.#pngs.keys().next().value!)
  }
}
