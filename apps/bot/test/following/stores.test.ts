import {mkdtempSync, readFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import {join} from 'node:path'
import {Redis} from 'ioredis'
import {afterAll, beforeAll, describe, expect, it} from 'vitest'
import {FileAnnouncedStore, RedisAnnouncedStore, type AnnouncedStore} from '../../src/following/announced-store.js'
import {FileFollowerStore, RedisFollowerStore, type Follower, type FollowerStore} from '../../src/following/follower-store.js'
import {prerequisite} from '../prerequisites.js'
import {redisServerBin, TestRedis} from '../runtime/helpers/harness.js'

const dir = () => mkdtempSync(join(tmpdir(), 'following-'))

async function all(store: FollowerStore, size?: number): Promise<Follower[][]> {
  const batches: Follower[][] = []
  for await (const batch of store.batches(size)) batches.push(batch)
  return batches
}

function followerStoreContract(name: string, open: () => Promise<FollowerStore>) {
  describe(name, () => {
    it('keeps who follows and in which language; unfollow says whether they were', async () => {
      const store = await open()
      await store.follow(1, 'en')
      await store.follow(2, 'es')
      await store.follow(1, 'es')
      expect(await store.language(1)).toBe('es')
      expect(await store.count()).toBe(2)
      expect(await store.unfollow(2)).toBe(true)
      expect(await store.unfollow(2)).toBe(false)
      expect(await store.language(2)).toBeUndefined()
      expect((await all(store)).flat()).toEqual([{chatId: 1, lang: 'es'}])
    })

    it('gives every follower once, in batches', async () => {
      const store = await open()
      for (let chatId = 1; chatId <= 1200; chatId++) await store.follow(chatId, chatId % 2 ? 'en' : 'es')
      const ids = (await all(store, 100)).flat().map((follower) => follower.chatId)
      expect(new Set(ids).size).toBe(1200)
      expect(ids).toHaveLength(1200)
    })
  })
}

function announcedStoreContract(name: string, open: () => AnnouncedStore) {
  describe(name, () => {
    it('knows nothing until something is recorded, then every id recorded', async () => {
      const store = open()
      expect(await store.known()).toBeUndefined()
      await store.add(['a', 'b'])
      await store.add(['b', 'c'])
      expect([...((await store.known()) ?? [])].sort()).toEqual(['a', 'b', 'c'])
    })
  })
}

followerStoreContract('FileFollowerStore', async () => FileFollowerStore.open(join(dir(), 'followers.json')))
announcedStoreContract('FileAnnouncedStore', () => new FileAnnouncedStore(join(dir(), 'announced.json')))

describe('FileFollowerStore, across restarts', () => {
  it('reads back what an earlier process wrote, and writes only chat ids and languages', async () => {
    const path = join(dir(), 'followers.json')
    const first = await FileFollowerStore.open(path)
    await Promise.all([first.follow(10, 'en'), first.follow(11, 'es'), first.follow(12, 'en')])
    await first.unfollow(12)
    const second = await FileFollowerStore.open(path)
    expect((await all(second)).flat()).toEqual([
      {chatId: 10, lang: 'en'},
      {chatId: 11, lang: 'es'}
    ])
    expect(JSON.parse(readFileSync(path, 'utf8'))).toEqual({10: 'en', 11: 'es'})
  })

  it('fails at open when the file cannot be written', async () => {
    await expect(FileFollowerStore.open('/proc/followers.json')).rejects.toThrow()
  })
})

describe.runIf(prerequisite('following stores in Redis', [!redisServerBin && 'redis-server'], 'apt-get install redis-server'))('in Redis', () => {
  let server: TestRedis
  let redis: Redis
  let next = 0
  beforeAll(async () => {
    server = await TestRedis.start()
    redis = new Redis(server.url)
  })
  afterAll(async () => {
    await redis.quit()
    await server.kill()
  })
  followerStoreContract('RedisFollowerStore', async () => new RedisFollowerStore(redis, `test:followers:${next++}`))
  announcedStoreContract('RedisAnnouncedStore', () => new RedisAnnouncedStore(redis, `test:announced:${next++}`))
})
