/**
 * A session storage that never throws: when the primary store (Redis) fails, sessions are kept
 * in this process's memory instead, and written back once the primary answers again. People
 * keep getting answers; a follow-up may lose its context when another instance answers it.
 */
import type {StorageAdapter} from 'grammy'

export class ResilientStorage<T> implements StorageAdapter<T> {
  readonly #fallback = new Map<string, T>()

  constructor(
    readonly primary: StorageAdapter<T>,
    readonly onError: (error: unknown) => void,
    readonly fallbackCapacity = 50_000
  ) {}

  async read(key: string): Promise<T | undefined> {
    let stored: T | undefined
    try {
      stored = await this.primary.read(key)
    } catch (error) {
      this.onError(error)
      return this.#fallback.get(key)
    }
    const local = this.#fallback.get(key)
    if (local === undefined) return stored
    // Written here during an outage: newer than what the primary holds.
    await this.write(key, local)
    return local
  }

  async write(key: string, value: T): Promise<void> {
    try {
      await this.primary.write(key, value)
      this.#fallback.delete(key)
    } catch (error) {
      this.onError(error)
      this.#fallback.delete(key)
      this.#fallback.set(key, value)
      if (this.#fallback.size > this.fallbackCapacity) {
        const oldest = this.#fallback.keys().next().value
        if (oldest !== undefined) this.#fallback.delete(oldest)
      }
    }
  }

  async delete(key: string): Promise<void> {
    this.#fallback.delete(key)
    try {
      await this.primary.delete(key)
    } catch (error) {
      this.onError(error)
    }
  }
}
