import {mkdtempSync} from 'node:fs'
import {tmpdir} from 'node:os'
import {join} from 'node:path'
import {GrammyError} from 'grammy'
import {describe, expect, it} from 'vitest'
import {createLibrary} from '../../src/core/library.js'
import {FileAnnouncedStore} from '../../src/following/announced-store.js'
import {announceNew} from '../../src/following/announce-new.js'
import {LocalBroadcaster, PER_CHAT_GAP_MS, RetryAfterError, type Delivery} from '../../src/following/broadcaster.js'
import {MemoryFollowerStore} from '../../src/following/follower-store.js'
import {announcementSender} from '../../src/following/send-announcement.js'
import {ARRIVAL, campaignLibrary, HANDOVER, SEED} from '../fixtures/library.js'

const dir = () => mkdtempSync(join(tmpdir(), 'announce-'))
const noop = async () => undefined
const library = campaignLibrary()
const only = (...ids: string[]) => createLibrary(library.articles.filter((article) => ids.includes(article.id)).map((article) => article.facts))

/** A broadcaster that only records what it is given. */
function queue() {
  const queued: Delivery[] = []
  return {
    queued,
    broadcaster: {enqueue: async (deliveries: readonly Delivery[]) => (queued.push(...deliveries), deliveries.length), pending: async () => 0, stop: async () => undefined}
  }
}

describe('announcing new articles', () => {
  it('announces nothing the first time (every article counts as told), then each new article to each follower', async () => {
    const announced = new FileAnnouncedStore(join(dir(), 'announced.json'))
    const followers = new MemoryFollowerStore()
    await followers.follow(1, 'en')
    await followers.follow(2, 'es')
    const {queued, broadcaster} = queue()
    expect(await announceNew(only(SEED), announced, followers, broadcaster)).toEqual({articles: [], followers: 0, queued: 0})
    expect(queued).toEqual([])

    const told = await announceNew(library, announced, followers, broadcaster)
    // Oldest first; a follower's second article a second after the first.
    expect(told).toEqual({articles: [ARRIVAL, HANDOVER], followers: 2, queued: 4})
    expect(queued.filter((delivery) => delivery.chatId === 2)).toEqual([
      {article: ARRIVAL, chatId: 2, lang: 'es'},
      {article: HANDOVER, chatId: 2, lang: 'es', delayMs: PER_CHAT_GAP_MS}
    ])
    expect((await announceNew(library, announced, followers, broadcaster)).queued).toBe(0)
  })
})

describe('sending an announcement', () => {
  function sender(result: (chatId: number) => unknown = () => ({})) {
    const sent: Array<{chatId: number; text: string; markup: unknown}> = []
    const followers = new MemoryFollowerStore()
    const api = {
      sendMessage: async (chatId: number | string, text: string, other?: {reply_markup?: unknown}) => {
        const outcome = result(Number(chatId))
        if (outcome instanceof Error) throw outcome
        sent.push({chatId: Number(chatId), text, markup: other?.reply_markup})
        return outcome
      }
    }
    return {sent, followers, deliver: announcementSender({api: api as never, library: () => library, followers, now: () => new Date('2026-11-29T12:00:00Z')})}
  }

  it('sends the headline fact, how to act and a button to ask, in the follower’s language', async () => {
    const {sent, followers, deliver} = sender()
    await followers.follow(5, 'es')
    expect(await deliver({article: HANDOVER, chatId: 5, lang: 'es'}, noop)).toBe('sent')
    expect(sent[0]?.text).toContain('Nuevo: Ruritania: petition for six jailed journalists')
    expect(sent[0]?.text).toContain('25,000 people')
    expect(JSON.stringify(sent[0]?.markup)).toContain(`"callback_data":"a:${HANDOVER}"`)
    expect(JSON.stringify(sent[0]?.markup)).toContain('https://example.org/ruritania-petition')
  })

  it('skips someone who unfollowed since, and an article no longer loaded', async () => {
    const {sent, followers, deliver} = sender()
    expect(await deliver({article: HANDOVER, chatId: 6, lang: 'en'}, noop)).toBe('skipped')
    await followers.follow(6, 'en')
    expect(await deliver({article: 'removed-article', chatId: 6, lang: 'en'}, noop)).toBe('skipped')
    expect(sent).toEqual([])
  })

  it('unfollows someone who blocked the bot, and hands a 429 back with its wait', async () => {
    const blocked = new GrammyError('Call to sendMessage failed', {ok: false, error_code: 403, description: 'Forbidden: bot was blocked by the user'}, 'sendMessage', {})
    const limited = new GrammyError('Call to sendMessage failed', {ok: false, error_code: 429, description: 'Too Many Requests', parameters: {retry_after: 3}}, 'sendMessage', {})
    const {followers, deliver} = sender((chatId) => (chatId === 7 ? blocked : limited))
    await followers.follow(7, 'en')
    await followers.follow(8, 'en')
    expect(await deliver({article: HANDOVER, chatId: 7, lang: 'en'}, noop)).toBe('blocked')
    expect(await followers.language(7)).toBeUndefined()
    await expect(deliver({article: HANDOVER, chatId: 8, lang: 'en'}, noop)).rejects.toEqual(new RetryAfterError(3000))
  })

  it('goes end to end through the in-process broadcaster', async () => {
    const {sent, followers, deliver} = sender()
    for (const chatId of [1, 2, 3]) await followers.follow(chatId, 'en')
    const broadcaster = await LocalBroadcaster.open(join(dir(), 'broadcast.jsonl'), deliver, {ratePerSecond: 1000})
    const announced = new FileAnnouncedStore(join(dir(), 'announced.json'))
    await announced.add([SEED, ARRIVAL])
    await announceNew(library, announced, followers, broadcaster)
    await broadcaster.drained()
    expect(sent.map((message) => message.chatId).sort()).toEqual([1, 2, 3])
    await broadcaster.stop()
  })
})
