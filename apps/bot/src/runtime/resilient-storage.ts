/**
 * A session storage that never throws. It keeps a copy of recent sessions in this process:
 * when the primary store (Redis) fails, sessions are read from and written to that copy, and
 * the ones changed during the outage are written back once the primary answers again. People
 * keep getting answers; only a follow-up answered by another instance may lose its context.
 */
import type {StorageAdapter} from 'grammy'

interface LocalCopy<T> {
  value: T | undefined
  /** Changed here while the primary could not be written. */
  dirty: boolean
}

export class ResilientStorage<T> implements StorageAdapter<T> {
  readonly #local = new Map<string, LocalCopy<T>>()

  constructor(
    readonly primary: StorageAdapter<T>,
    readonly onError: (error: unknown) => void,
    readonly localCapacity = 50_000
  ) {}

  async read(key: string): Promise<T | undefined> {
    const local = this.#local.get(key)
    let stored: T | undefined
    try {
      stored = await this.primary.read(key)
    } catch (error) {
      this.onError(error)
      return local?.value
    }
    if (local?.dirty) {
      if (local.value === undefined) await this.delete(key)
      else await this.write(key, local.value)
      return local.value
    }
    this.#remember(key, {value: stored, dirty: false})
    return stored
  }

  async write(key: string, value: T): Promise<void> {
    try {
      await this.primary.write(key, value)
      this.#remember(key, {value, dirty: false})
    } catch (error) {
      this.onError(error)
      this.#remember(key, {value, dirty: true})
    }
  }

  async delete(key: string): Promise<void> {
    try {
      await this.primary.delete(key)
      this.#remember(key, {value: undefined, dirty: false})
    } catch (error) {
      this.onError(error)
      this.#remember(key, {value: undefined, dirty: true})
    }
  }

  #remember(key: string, copy: LocalCopy<T>): void {
    this.#local.delete(key) // re-inserted last: the Map's order is least recently used first
    this.#local.set(key, copy)
    if (this.#local.size > this.localCapacity) {
      const oldest = this.#local.keys().next().value
      if (oldest !== undefined) this.#local.delete(oldest)
    }
  }
}
