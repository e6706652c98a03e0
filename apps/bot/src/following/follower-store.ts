/**
 * Who follows the campaign: a chat id and the language to write to them in, nothing else. In a
 * local JSON file for one small instance, in a Redis hash (`bot:followers`) when there is Redis.
 */
import {mkdir, readFile, rename, writeFile} from 'node:fs/promises'
import {dirname} from 'node:path'
import type {Redis} from 'ioredis'
import type {Lang} from '../core/types.js'

export interface Follower {
  chatId: number
  lang: Lang
}

export interface FollowerStore {
  follow(chatId: number, lang: Lang): Promise<void>
  /** Whether they were following. */
  unfollow(chatId: number): Promise<boolean>
  language(chatId: number): Promise<Lang | undefined>
  count(): Promise<number>
  /** Every follower, a batch at a time. */
  batches(size?: number): AsyncIterable<Follower[]>
}

export const DEFAULT_FOLLOWERS_FILE = 'data/followers.json'
export const FOLLOWERS_KEY = 'bot:followers'

const asLang = (value: string | null | undefined): Lang | undefined => (value === 'en' || value === 'es' ? value : undefined)

export class MemoryFollowerStore implements FollowerStore {
  protected readonly followers = new Map<number, Lang>()

  async follow(chatId: number, lang: Lang): Promise<void> {
    this.followers.set(chatId, lang)
  }

  async unfollow(chatId: number): Promise<boolean> {
    return this.followers.delete(chatId)
  }

  async language(chatId: number): Promise<Lang | undefined> {
    return this.followers.get(chatId)
  }

  async count(): Promise<number> {
    return this.followers.size
  }

  async *batches(size = 500): AsyncIterable<Follower[]> {
    const all = [...this.followers].map(([chatId, lang]) => ({chatId, lang}))
    for (let start = 0; start < all.length; start += size) yield all.slice(start, start + size)
  }
}

/** The followers in a JSON file (`{"<chat id>": "<lang>"}`), rewritten whole and atomically on each change. */
export class FileFollowerStore extends MemoryFollowerStore {
  private writing: Promise<void> = Promise.resolve()

  private constructor(private readonly path: string) {
    super()
  }

  static async open(path: string): Promise<FileFollowerStore> {
    const store = new FileFollowerStore(path)
    let text = ''
    try {
      text = await readFile(path, 'utf8')
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error
    }
    if (text.trim()) {
      for (const [chatId, lang] of Object.entries(JSON.parse(text) as Record<string, string>)) {
        const known = asLang(lang)
        if (known && Number.isSafeInteger(Number(chatId))) store.followers.set(Number(chatId), known)
      }
    }
    // Written once now, so a path that cannot be written fails at start, not on someone's /follow.
    await store.save()
    return store
  }

  override async follow(chatId: number, lang: Lang): Promise<void> {
    await super.follow(chatId, lang)
    await this.save()
  }

  override async unfollow(chatId: number): Promise<boolean> {
    const was = await super.unfollow(chatId)
    if (was) await this.save()
    return was
  }

  /** One write at a time, each of the whole current map: the last one always wins. */
  private save(): Promise<void> {
    const next = this.writing.then(async () => {
      await mkdir(dirname(this.path), {recursive: true})
      const temporary = `${this.path}.${process.pid}.tmp`
      await writeFile(temporary, `${JSON.stringify(Object.fromEntries(this.followers))}\n`)
      await rename(temporary, this.path)
    })
    this.writing = next.catch(() => undefined)
    return next
  }
}

export class RedisFollowerStore implements FollowerStore {
  constructor(
    private readonly redis: Redis,
    private readonly key = FOLLOWERS_KEY
  ) {}

  async follow(chatId: number, lang: Lang): Promise<void> {
    await this.redis.hset(this.key, String(chatId), lang)
  }

  async unfollow(chatId: number): Promise<boolean> {
    return (await this.redis.hdel(this.key, String(chatId))) > 0
  }

  async language(chatId: number): Promise<Lang | undefined> {
    return asLang(await this.redis.hget(this.key, String(chatId)))
  }

  async count(): Promise<number> {
    return this.redis.hlen(this.key)
  }

  async *batches(size = 500): AsyncIterable<Follower[]> {
    let cursor = '0'
    do {
      const [next, flat] = await this.redis.hscan(this.key, cursor, 'COUNT', size)
      cursor = next
      const batch: Follower[] = []
      for (let index = 0; index + 1 < flat.length; index += 2) {
        const lang = asLang(flat[index + 1])
        if (lang) batch.push({chatId: Number(flat[index]), lang})
      }
      if (batch.length > 0) yield batch
    } while (cursor !== '0')
  }
}
