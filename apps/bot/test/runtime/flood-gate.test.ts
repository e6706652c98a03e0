import {describe, expect, it} from 'vitest'
import {FloodGate, isMessageMethod} from '../../src/runtime/flood-gate.js'

describe('FloodGate', () => {
  it('is open until a 429, then paces at less than the accepted rate and holds the refused chat', async () => {
    let now = 10_000
    const gate = new FloodGate(() => now)
    expect(gate.rate).toBe(Number.POSITIVE_INFINITY)
    for (let index = 0; index < 20; index++) gate.accepted()
    gate.refused('42', 1)
    expect(gate.rate).toBe(18)
    // The refused chat and everyone else wait for retry_after; then calls are spaced 1/18 s apart.
    const started = Date.now()
    now += 1000
    await gate.admit('7')
    expect(Date.now() - started).toBeLessThan(50)
    const paced = Date.now()
    await gate.admit('8')
    expect(Date.now() - paced).toBeGreaterThanOrEqual(45) // 1000 / 18 ms after the previous call
    now += 30_001
    await gate.admit('7')
    expect(gate.rate).toBe(Number.POSITIVE_INFINITY) // quiet for 30 s: open again
  })

  it('holds only the refused chat when one chat is refused while the bot sends little (its per-chat limit)', async () => {
    let now = 10_000
    const gate = new FloodGate(() => now)
    for (let index = 0; index < 3; index++) gate.accepted()
    gate.refused('42', 20)
    expect(gate.rate).toBe(Number.POSITIVE_INFINITY)
    const started = Date.now()
    await gate.admit('7')
    expect(Date.now() - started).toBeLessThan(50)
    // Three chats refused within two seconds: the bot-wide limit, so everyone is paced.
    now += 500
    gate.refused('43', 1)
    now += 500
    gate.refused('44', 1)
    expect(gate.rate).toBeLessThan(Number.POSITIVE_INFINITY)
  })

  it('gates only methods that Telegram counts as messages', () => {
    expect(isMessageMethod('sendMessage')).toBe(true)
    expect(isMessageMethod('editMessageText')).toBe(true)
    expect(isMessageMethod('sendChatAction')).toBe(false)
    expect(isMessageMethod('answerCallbackQuery')).toBe(false)
    expect(isMessageMethod('getUpdates')).toBe(false)
  })
})
