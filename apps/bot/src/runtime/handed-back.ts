/**
 * Updates the shutdown deadline cut off, kept to be answered after the restart: Telegram may
 * already count them as delivered (polling confirmed their offset, a webhook acknowledged them
 * early), so nobody else will send them again. In Redis when configured (any instance picks them
 * up), else in a local JSON Lines file.
 */
import {appendFile, mkdir, rm} from 'node:fs/promises'
import {dirname} from 'node:path'
import type {Update} from 'grammy/types'
import type {Redis} from 'ioredis'
import {readJsonLines} from './json-lines.js'

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
    await mkdir(dirname(this.path), {recursive: true})
    await appendFile(this.path, updates.map((update) => `${JSON.stringify(update)}\n`).join(''))
  }

  async take(): Promise<Update[]> {
    const kept = await readJsonLines<Update>(this.path)
    if (kept.length > 0) await rm(this.path, {force: true})
    return kept
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
