import type {Redis} from 'ioredis'
import {describe, expect, it} from 'vitest'
import {ResilientRateCounter} from '../../src/runtime/rate-counter.js'

describe('ResilientRateCounter', () => {
  it('counts in Redis, and in memory while Redis fails, windows included', async () => {
    let up = true
    const counts = new Map<string, number>()
    const redis = {
      incr: async (key: string) => {
        if (!up) throw new Error('Connection is closed.')
        counts.set(key, (counts.get(key) ?? 0) + 1)
        return counts.get(key)!
      },
      pexpire: async () => {
        if (!up) throw new Error('Connection is closed.')
        return 1
      }
    } as unknown as Redis
    let now = 0
    const errors: unknown[] = []
    const counter = new ResilientRateCounter(redis, (error) => errors.push(error), () => now)
    expect(await counter.incr('a')).toBe(1)
    expect(await counter.incr('a')).toBe(2)
    up = false
    expect(await counter.incr('b')).toBe(1)
    await counter.pexpire('b', 1000)
    expect(await counter.incr('b')).toBe(2)
    now += 1001
    expect(await counter.incr('b')).toBe(1)
    expect(errors.length).toBeGreaterThan(0)
  })
})
