/**
 * Questions the content does not answer, kept so maintainers can see what people ask: the text,
 * the language and the time, never who asked. In Redis (shared by instances, capped list) when
 * configured, else appended to a local JSON Lines file.
 */
import {appendFile, mkdir} from 'node:fs/promises'
import {dirname} from 'node:path'
import type {Redis} from 'ioredis'
import {readJsonLines} from './json-lines.js'

/** Where declined questions go without Redis; the bot writes it and `pnpm unanswered` reads it. */
export const DEFAULT_UNANSWERED_FILE = 'data/unanswered.jsonl'

export interface UnansweredQuestion {
  text: string
  lang: string
  /** ISO time. */
  at: string
}

export interface UnansweredStore {
  add(question: UnansweredQuestion): Promise<void>
  list(): Promise<UnansweredQuestion[]>
}

export class FileUnansweredStore implements UnansweredStore {
  #dirReady: Promise<unknown> | undefined

  constructor(readonly path: string) {}

  async add(question: UnansweredQuestion): Promise<void> {
    this.#dirReady ??= mkdir(dirname(this.path), {recursive: true})
    await this.#dirReady
    await appendFile(this.path, `${JSON.stringify(question)}\n`)
  }

  async list(): Promise<UnansweredQuestion[]> {
    return readJsonLines<UnansweredQuestion>(this.path)
  }
}

export class RedisUnansweredStore implements UnansweredStore {
  constructor(
    readonly redis: Redis,
    readonly key = 'bot:unanswered',
    readonly capacity = 100_000
  ) {}

  async add(question: UnansweredQuestion): Promise<void> {
    await this.redis.multi().lpush(this.key, JSON.stringify(question)).ltrim(this.key, 0, this.capacity - 1).exec()
  }

  async list(): Promise<UnansweredQuestion[]> {
    const items = await this.redis.lrange(this.key, 0, -1)
    return items.map((item) => JSON.parse(item) as UnansweredQuestion).reverse()
  }
}

export interface UnansweredSummary {
  /** The question as first written (the normalised form groups variants). */
  text: string
  lang: string
  count: number
  firstAt: string
  lastAt: string
}

/** Groups the same question (case, spacing and end punctuation aside), most frequent first. */
export function summarizeUnanswered(questions: readonly UnansweredQuestion[]): UnansweredSummary[] {
  const groups = new Map<string, UnansweredSummary>()
  for (const question of questions) {
    const key = `${question.lang}\u0000${normalize(question.text)}`
    const group = groups.get(key)
    if (group) {
      group.count++
      if (question.at < group.firstAt) group.firstAt = question.at
      if (question.at > group.lastAt) group.lastAt = question.at
    } else {
      groups.set(key, {text: question.text.trim(), lang: question.lang, count: 1, firstAt: question.at, lastAt: question.at})
    }
  }
  return [...groups.values()].sort((a, b) => b.count - a.count || b.lastAt.localeCompare(a.lastAt))
}

function normalize(text: string): string {
  return text
    .normalize('NFKC')
    .toLocaleLowerCase()
    .replace(/\s+/g, ' ')
    .replace(/^[\s¿¡]+|[\s?!.…]+$/g, '')
}
