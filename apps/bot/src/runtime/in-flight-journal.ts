/**
 * Every update is written down before Telegram is told it arrived (before polling confirms its
 * offset, before the webhook answers 200) and crossed out once its handling has ended. Whatever a
 * crash, `kill -9` or the shutdown deadline cuts off is still written down, and is answered after
 * the restart: Telegram counts it as delivered and will not send it again.
 *
 * In Redis when configured: a hash per instance, kept alive by a lease; an instance whose lease
 * has run out is dead, and the first live instance to notice adopts its updates. Without Redis, a
 * JSON Lines file of this process and its successors.
 */
import {appendFileSync, mkdirSync, renameSync, writeFileSync} from 'node:fs'
import {dirname} from 'node:path'
import type {Update} from 'grammy/types'
import type {Redis} from 'ioredis'
import {readJsonLines} from './json-lines.js'

/** Where the journal is kept without Redis. */
export const DEFAULT_IN_FLIGHT_FILE = 'data/in-flight-updates.jsonl'

/** An update that has been tried this often and still killed its process is given up (a crash loop otherwise). */
export const MAX_ATTEMPTS = 3

export interface JournalEntry {
  update: Update
  /** 1 when it first arrives; one more each time it is adopted after its handler died. */
  attempt: number
}

export interface InFlightJournal {
  /** Writes the updates down; resolves once they are kept. */
  begin(entries: readonly JournalEntry[]): Promise<void>
  /** Crosses an update out: its handling has ended. */
  end(updateId: number): Promise<void>
  /**
   * The updates whose handlers died (an earlier process of this journal, or a dead instance),
   * written down again as this process's, with their attempt counted.
   */
  adoptOrphans(): Promise<JournalEntry[]>
  /** Updates recently crossed out: a copy Telegram sends again after a crash is not answered twice. */
  recentlyEnded(): readonly number[]
  close(): Promise<void>
}

type FileLine = {begin: JournalEntry} | {end: number} | {ended: number[]}

/** Crossed-out ids kept across a compaction: more than one `getUpdates` batch or webhook burst. */
const ENDED_KEPT = 1000
/** Lines written before the file is compacted to what is still running. */
const COMPACT_AFTER = 5000

export class FileInFlightJournal implements InFlightJournal {
  readonly #running = new Map<number, JournalEntry>()
  readonly #ended: number[] = []
  #orphans: JournalEntry[] = []
  #writes = 0

  private constructor(readonly path: string) {}

  /** Reads what the last process left (a line cut short by a crash is skipped) and starts afresh. */
  static async open(path: string): Promise<FileInFlightJournal> {
    const journal = new FileInFlightJournal(path)
    const left = new Map<number, JournalEntry>()
    for (const line of await readJsonLines<FileLine>(path)) {
      if ('begin' in line) left.set(line.begin.update.update_id, line.begin)
      else if ('end' in line) {
        left.delete(line.end)
        journal.#remember(line.end)
      } else if ('ended' in line) for (const id of line.ended) journal.#remember(id)
    }
    journal.#orphans = [...left.values()]
    mkdirSync(dirname(path), {recursive: true})
    journal.#compact()
    return journal
  }

  async begin(entries: readonly JournalEntry[]): Promise<void> {
    if (entries.length === 0) return
    for (const entry of entries) this.#running.set(entry.update.update_id, entry)
    this.#append(entries.map((entry) => ({begin: entry})))
  }

  async end(updateId: number): Promise<void> {
    if (!this.#running.delete(updateId)) return
    this.#remember(updateId)
    this.#append([{end: updateId}])
  }

  async adoptOrphans(): Promise<JournalEntry[]> {
    const adopted = this.#orphans.map((entry) => ({update: entry.update, attempt: entry.attempt + 1}))
    this.#orphans = []
    await this.begin(adopted)
    return adopted
  }

  recentlyEnded(): readonly number[] {
    return this.#ended
  }

  async close(): Promise<void> {}

  #remember(updateId: number): void {
    this.#ended.push(updateId)
    if (this.#ended.length > ENDED_KEPT) this.#ended.splice(0, this.#ended.length - ENDED_KEPT)
  }

  // Synchronous: the line is in the file (the OS's page cache survives a kill -9) before Telegram hears back.
  #append(lines: readonly FileLine[]): void {
    appendFileSync(this.path, lines.map((line) => `${JSON.stringify(line)}\n`).join(''))
    this.#writes += lines.length
    if (this.#writes > COMPACT_AFTER) this.#compact()
  }

  #compact(): void {
    const lines: FileLine[] = [{ended: this.#ended}, ...[...this.#running.values(), ...this.#orphans].map((entry) => ({begin: entry}))]
    const next = `${this.path}.next`
    writeFileSync(next, lines.map((line) => `${JSON.stringify(line)}\n`).join(''))
    renameSync(next, this.path)
    this.#writes = 0
  }
}

export interface RedisJournalOptions {
  /** How long an instance counts as alive after its last renewal. */
  leaseMs: number
  onError: (error: unknown) => void
  prefix?: string
}

export class RedisInFlightJournal implements InFlightJournal {
  readonly #prefix: string
  readonly #key: string
  readonly #alive: string
  readonly #renewal: NodeJS.Timeout

  constructor(
    readonly redis: Redis,
    readonly instance: string,
    readonly options: RedisJournalOptions
  ) {
    this.#prefix = options.prefix ?? 'bot:'
    this.#key = `${this.#prefix}in-flight:${instance}`
    this.#alive = `${this.#prefix}alive:${instance}`
    this.#renew()
    this.#renewal = setInterval(() => this.#renew(), Math.max(100, Math.floor(options.leaseMs / 3)))
    this.#renewal.unref()
  }

  // While Redis is down the updates are handled all the same; only their safety net is missing.
  async begin(entries: readonly JournalEntry[]): Promise<void> {
    if (entries.length === 0) return
    const fields = entries.flatMap((entry) => [String(entry.update.update_id), JSON.stringify(entry)])
    await this.redis.hset(this.#key, ...fields).catch(this.options.onError)
  }

  async end(updateId: number): Promise<void> {
    await this.redis.hdel(this.#key, String(updateId)).catch(this.options.onError)
  }

  async adoptOrphans(): Promise<JournalEntry[]> {
    const adopted: JournalEntry[] = []
    try {
      const pattern = `${this.#prefix}in-flight:*`
      let cursor = '0'
      do {
        const [next, keys] = await this.redis.scan(cursor, 'MATCH', pattern, 'COUNT', 100)
        cursor = next
        for (const key of keys) {
          if (key === this.#key) continue
          const owner = key.slice(`${this.#prefix}in-flight:`.length)
          if ((await this.redis.exists(`${this.#prefix}alive:${owner}`)) === 1) continue
          adopted.push(...(await this.#adopt(key)))
        }
      } while (cursor !== '0')
    } catch (error) {
      this.options.onError(error)
    }
    return adopted
  }

  recentlyEnded(): readonly number[] {
    // Redis keeps the de-duplication claims themselves.
    return []
  }

  async close(): Promise<void> {
    clearInterval(this.#renewal)
    // Gone at once: what the shutdown deadline left here is adopted by the next instance without waiting for the lease.
    await this.redis.del(this.#alive).catch(this.options.onError)
  }

  async #adopt(key: string): Promise<JournalEntry[]> {
    // RENAME is atomic: of several instances noticing the same dead one, one gets its updates.
    const taken = `${this.#prefix}in-flight-adopting:${this.instance}:${Date.now()}`
    try {
      await this.redis.rename(key, taken)
    } catch {
      return []
    }
    const fields = await this.redis.hgetall(taken)
    const adopted = Object.values(fields).map((value) => {
      const entry = JSON.parse(value) as JournalEntry
      return {update: entry.update, attempt: entry.attempt + 1}
    })
    const multi = this.redis.multi()
    if (adopted.length > 0) multi.hset(this.#key, ...adopted.flatMap((entry) => [String(entry.update.update_id), JSON.stringify(entry)]))
    await multi.del(taken).exec()
    return adopted
  }

  #renew(): void {
    this.redis.set(this.#alive, '1', 'PX', this.options.leaseMs).catch(this.options.onError)
  }
}
