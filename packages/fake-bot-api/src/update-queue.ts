/**
 * Updates waiting to be confirmed, as Telegram keeps them: by long polling (`getUpdates` with a
 * higher `offset` confirms) or by webhook (a 2xx answer confirms). An update stays here until
 * confirmed, so a lost answer to `getUpdates` or a failed webhook call delivers it again.
 */
import type {Update} from '@grammyjs/types'

export interface QueuedUpdate {
  update: Update
  /** Webhook deliveries tried so far. */
  attempts: number
  /** Not before this time (ms) for the next webhook delivery. */
  dueAt: number
  inFlight: boolean
}

export class UpdateQueue {
  readonly #items: QueuedUpdate[] = []

  push(update: Update): void {
    this.#items.push({update, attempts: 0, dueAt: 0, inFlight: false})
  }

  /** Confirms (drops) every update with an id below `offset`. */
  confirmBelow(offset: number): void {
    while (this.#items.length > 0 && this.#items[0]!.update.update_id < offset) this.#items.shift()
  }

  confirm(item: QueuedUpdate): void {
    const index = this.#items.indexOf(item)
    if (index !== -1) this.#items.splice(index, 1)
  }

  from(offset: number, limit: number): Update[] {
    const result: Update[] = []
    for (const item of this.#items) {
      if (result.length >= limit) break
      if (item.update.update_id >= offset) result.push(item.update)
    }
    return result
  }

  /** Webhook deliveries that may start now. */
  due(now: number): QueuedUpdate[] {
    return this.#items.filter((item) => !item.inFlight && item.dueAt <= now)
  }

  nextDueAt(): number | undefined {
    const waiting = this.#items.filter((item) => !item.inFlight).map((item) => item.dueAt)
    return waiting.length > 0 ? Math.min(...waiting) : undefined
  }

  clear(): void {
    this.#items.length = 0
  }

  get size(): number {
    return this.#items.length
  }
}
