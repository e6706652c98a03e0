/**
 * Updates the shutdown deadline cut off, kept to be answered after the restart: Telegram may
 * already count them as delivered (polling confirmed their offset, a webhook acknowledged them
 * early), so nobody else will send them again. In Redis when configured (any instance picks them
 * up), else in a local JSON Lines file.
 */
import {mkdir, readFile, rm, writeFile} from 'node:fs/promises'
import {dirname} from 'node:path'
import type {Update} from 'grammy/types'
import type {Redis} from 'ioredis'

/** Where handed-back updates wait without Redis. */
export const DEFAULT_HANDED_BACK_FILE = 'data/handed-back-updates.jsonl'

export interface HandedBackStore {
  /** Keeps these updates for the next start. */
  keep(updates: readonly Update[]): Promise<void>
  /** Takes every kept update out of the store. */
  take(): Promise<Update[]>
}

export class FileHandedBackStore implements HandedBackStore {
  constructor(readonly path: string) {}

  async keep(updates: readonly Update[]): Promise<void> {
    if (updates.length === 0) return
    const kept = await this.#read()
    await mkdir(dirname(this.path), {recursive: true})
    await writeFile(this.path, [...kept, ...updates].map((update) => `${JSON.stringify(update)}\n`).join(''))
  }

  async take(): Promise<Update[]> {
    const kept = await this.#read()
    if (kept.length > 0) await rm(this.path, {force: true})
    return kept
  }

  async #read(): Promise<Update[]> {
    let text: string
    try {
      text = await readFile(this.path, 'utf8')
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') return []
      throw error
    }
    return text
      .split('\n')
      .filter((line) => line.trim() !== '')
      .map((line) => JSON.parse(line) as Update)
  }
}

export class RedisHandedBackStore implements HandedBackStore {
  constructor(
    readonly redis: Redis,
    readonly key = 'bot:handed-back'
  ) {}

  async keep(updates: readonly Update[]): Promise<void> {
    if (updates.length > 0) await this.redis.rpush(this.key, ...updates.map((update) => JSON.stringify(update)))
  }

  async take(): Promise<Update[]> {
    // One instance takes them all: LRANGE and DEL in one transaction.
    const result = await this.redis.multi().lrange(this.key, 0, -1).del(this.key).exec()
    const lines = (result?.[0]?.[1] as string[] | undefined) ?? []
    return lines.map((line) => JSON.parse(line) as Update)
  }
}
