import {mkdtempSync, readFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import {join} from 'node:path'
import {describe, expect, it} from 'vitest'
import {LocalBroadcaster, MAX_ATTEMPTS, PER_CHAT_GAP_MS, RetryAfterError, type Deliver, type Delivery, type DeliveryOutcome} from '../../src/following/broadcaster.js'

const journal = () => join(mkdtempSync(join(tmpdir(), 'broadcast-')), 'broadcast.jsonl')
const to = (chatId: number, article = 'new-article'): Delivery => ({article, chatId, lang: 'en'})

/** A deliver that records each call, with what each call returns or throws decided by `script`. */
function recorder(script: (delivery: Delivery, call: number) => DeliveryOutcome | Error | Promise<never> = () => 'sent') {
  const calls: Array<{delivery: Delivery; at: number}> = []
  const deliver: Deliver = async (delivery) => {
    calls.push({delivery, at: Date.now()})
    const outcome = script(delivery, calls.length)
    if (outcome instanceof Error) throw outcome
    return outcome
  }
  return {calls, deliver}
}

describe('LocalBroadcaster', () => {
  it('delivers each (article, follower) once, however often it is queued', async () => {
    const {calls, deliver} = recorder()
    const broadcaster = await LocalBroadcaster.open(journal(), deliver, {ratePerSecond: 1000})
    expect(await broadcaster.enqueue([to(1), to(2), to(1)])).toBe(2)
    expect(await broadcaster.enqueue([to(2), to(3)])).toBe(1)
    await broadcaster.drained()
    expect(calls.map((call) => call.delivery.chatId).sort()).toEqual([1, 2, 3])
    await broadcaster.stop()
  })

  it('keeps a second apart the messages to one chat, and delays a follower second article', async () => {
    const {calls, deliver} = recorder()
    const broadcaster = await LocalBroadcaster.open(journal(), deliver, {ratePerSecond: 1000})
    await broadcaster.enqueue([to(1, 'first'), {...to(1, 'second'), delayMs: PER_CHAT_GAP_MS}, to(2, 'first')])
    await broadcaster.drained()
    const [first, other, second] = [...calls].sort((a, b) => a.at - b.at)
    expect([first?.delivery.article, other?.delivery.chatId, second?.delivery.article]).toEqual(['first', 2, 'second'])
    expect(second!.at - first!.at).toBeGreaterThanOrEqual(PER_CHAT_GAP_MS - 20)
    await broadcaster.stop()
  })

  it('waits as long as a 429 says, then sends the same delivery again', async () => {
    const {calls, deliver} = recorder((_delivery, call) => (call === 1 ? new RetryAfterError(300) : 'sent'))
    const done: string[] = []
    const broadcaster = await LocalBroadcaster.open(journal(), deliver, {ratePerSecond: 1000, events: {done: (outcome) => done.push(outcome)}})
    await broadcaster.enqueue([to(1)])
    await broadcaster.drained()
    expect(calls).toHaveLength(2)
    expect(calls[1]!.at - calls[0]!.at).toBeGreaterThanOrEqual(280)
    expect(done).toEqual(['sent'])
    await broadcaster.stop()
  })

  it('tries a failing delivery a bounded number of times, then counts it failed', async () => {
    const {calls, deliver} = recorder(() => new Error('Bad Gateway'))
    const done: string[] = []
    const errors: unknown[] = []
    const broadcaster = await LocalBroadcaster.open(journal(), deliver, {
      ratePerSecond: 1000,
      retryDelayMs: 5,
      events: {done: (outcome) => done.push(outcome), error: (error) => errors.push(error)}
    })
    await broadcaster.enqueue([to(1)])
    await broadcaster.drained()
    expect(calls).toHaveLength(MAX_ATTEMPTS)
    expect(errors).toHaveLength(MAX_ATTEMPTS)
    expect(done).toEqual(['failed'])
    await broadcaster.stop()
  })

  it('after a crash, sends what was left and nothing that was sent', async () => {
    const path = journal()
    // The first process sends two, then "dies" with the rest queued (its sends never answer).
    let sent = 0
    const first = recorder(() => (++sent <= 2 ? 'sent' : new Promise<never>(() => undefined)))
    const crashed = await LocalBroadcaster.open(path, first.deliver, {ratePerSecond: 1000, inFlight: 1})
    await crashed.enqueue([to(1), to(2), to(3), to(4)])
    await new Promise((resolve) => setTimeout(resolve, 100))
    expect(readFileSync(path, 'utf8')).toContain('"outcome":"sent"')

    const second = recorder()
    const restarted = await LocalBroadcaster.open(path, second.deliver, {ratePerSecond: 1000})
    await restarted.drained()
    const firstSent = first.calls.slice(0, 2).map((call) => call.delivery.chatId)
    expect(second.calls.map((call) => call.delivery.chatId).sort()).toEqual([1, 2, 3, 4].filter((chat) => !firstSent.includes(chat)))
    // The journal is compacted at open: what was done is gone from it.
    expect(readFileSync(path, 'utf8')).not.toContain(`"chatId":${firstSent[0]},`)
    await restarted.stop()
  })

  it('after a crash, does not send again a message that was under way, but does one whose send failed', async () => {
    const path = journal()
    const first: Deliver = async (delivery, sending) => {
      await sending()
      // Chat 1's message is with Telegram when the process dies; chat 2's send failed first.
      if (delivery.chatId === 2) throw new Error('Bad Gateway')
      return new Promise<never>(() => undefined)
    }
    const crashed = await LocalBroadcaster.open(path, first, {ratePerSecond: 1000, retryDelayMs: 60_000})
    await crashed.enqueue([to(1), to(2)])
    await new Promise((resolve) => setTimeout(resolve, 100))

    const second = recorder()
    const restarted = await LocalBroadcaster.open(path, second.deliver, {ratePerSecond: 1000})
    await restarted.drained()
    expect(second.calls.map((call) => call.delivery.chatId)).toEqual([2])
    await restarted.stop()
  })

  it('paces deliveries at the rate it is given', async () => {
    const {calls, deliver} = recorder()
    const broadcaster = await LocalBroadcaster.open(journal(), deliver, {ratePerSecond: 50})
    await broadcaster.enqueue(Array.from({length: 11}, (_, index) => to(index + 1)))
    await broadcaster.drained()
    // Eleven starts at 50 a second span at least ten intervals of 20 ms.
    expect(calls.at(-1)!.at - calls[0]!.at).toBeGreaterThanOrEqual(190)
    await broadcaster.stop()
  })
})
