import {beforeEach, describe, expect, it, vi} from 'vitest'
import {LocalBot} from '../../src/bot/local-bot.js'
import type {LocalUser} from '../../src/bot/local-bot.js'
import {seedFacts} from './fixtures/seed-facts.js'

vi.mock('../../src/core/answer.js', () => import('./core-stand-in.js'))

const facts = seedFacts()

describe('createBot', () => {
  let local: LocalBot
  let user: LocalUser
  beforeEach(() => {
    local = new LocalBot({facts: () => facts})
    user = local.user({id: 7, firstName: 'Ana', languageCode: 'en'})
  })

  it('welcomes with the topic menu on /start', async () => {
    const turn = await user.say('/start')
    expect(turn.messages).toHaveLength(1)
    expect(turn.messages[0]?.text).toContain('Hi Ana!')
    expect(turn.messages[0]?.buttons.flat().map((b) => b.data)).toEqual([
      'i:delegation', 'i:report', 'i:act', 'i:timeline', 'i:quote', 'i:sources', 'lang'
    ])
  })
})
