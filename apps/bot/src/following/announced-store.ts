/**
 * Which articles followers have been told about. The first time the bot runs with following,
 * every article it has counts as told: only articles published after that are announced.
 */
import {mkdir, readFile, rename, writeFile} from 'node:fs/promises'
import {dirname} from 'node:path'
import type {Redis} from 'ioredis'

export interface AnnouncedStore {
  /** The ids of the articles announced, or undefined when nothing was ever recorded. */
  known(): Promise<ReadonlySet<string> | undefined>
  add(ids: readonly string[]): Promise<void>
}

export const DEFAULT_ANNOUNCED_FILE = 'data/announced.json'
export const ANNOUNCED_KEY = 'bot:announced'

export class FileAnnouncedStore implements AnnouncedStore {
  constructor(private readonly path: string) {}

  async known(): Promise<ReadonlySet<string> | undefined> {
    try {
      return new Set(JSON.parse(await readFile(this.path, 'utf8')) as string[])
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined
      throw error
    }
  }

  async add(ids: readonly string[]): Promise<void> {
    const all = new Set([...((await this.known()) ?? []), ...ids])
    await mkdir(dirname(this.path), {recursive: true})
    const temporary = `${this.path}.${process.pid}.tmp`
    await writeFile(temporary, `${JSON.stringify([...all].sort())}\n`)
    await rename(temporary, this.path)
  }
}

export class RedisAnnouncedStore implements AnnouncedStore {
  constructor(
    private readonly redis: Redis,
    private readonly key = ANNOUNCED_KEY
  ) {}

  async known(): Promise<ReadonlySet<string> | undefined> {
    if ((await this.redis.exists(this.key)) === 0) return undefined
    return new Set(await this.redis.smembers(this.key))
  }

  async add(ids: readonly string[]): Promise<void> {
    if (ids.length > 0) await this.redis.sadd(this.key, ...ids)
  }
}
