/** Following the campaign from the chat: /follow, the welcome's button, /unfollow, /forget. */
import {describe, expect, it} from 'vitest'
import {LocalBot} from '../../src/bot/local-bot.js'
import {libraryOf} from '../../src/core/library.js'
import {MemoryFollowerStore} from '../../src/following/follower-store.js'
import {seedFacts} from './fixtures/seed-facts.js'

const facts = seedFacts()

function setup(withFollowing = true) {
  const followers = new MemoryFollowerStore()
  const local = new LocalBot({library: () => libraryOf(facts), ...(withFollowing ? {followers} : {})})
  return {followers, user: local.user({id: 31, firstName: 'Rosa', languageCode: 'es'})}
}

describe('following the campaign', () => {
  it('follows from the button under the welcome, in the person’s language', async () => {
    const {followers, user} = setup()
    const welcome = await user.say('/start')
    const button = welcome.messages[0]?.buttons.flat().find((shown) => shown.label.includes('Avísame'))
    expect(button?.data).toBe('f:on')
    const followed = await user.press(button!.data!, welcome.messages[0])
    expect(followed.messages[0]?.text).toContain('te enviaré un breve resumen')
    expect(await followers.language(31)).toBe('es')
  })

  it('/follow and /unfollow, and says so when someone was not following', async () => {
    const {followers, user} = setup()
    await user.say('/follow')
    expect(await followers.count()).toBe(1)
    expect((await user.say('/unfollow')).messages[0]?.text).toContain('no recibirás más mensajes')
    expect(await followers.count()).toBe(0)
    expect((await user.say('/unfollow')).messages[0]?.text).toContain('No sigues la campaña')
  })

  it('/forget deletes whether they follow and the conversation', async () => {
    const {followers, user} = setup()
    await user.say('/follow')
    await user.say('/language')
    const chose = await user.press('lang:en')
    expect(chose.messages.map((message) => message.text).join(' ')).toContain('English')
    expect((await user.say('/forget')).messages[0]?.text).toContain('deleted everything')
    expect(await followers.language(31)).toBeUndefined()
    // The session is gone: the interface language is the Telegram one again.
    expect((await user.say('/help')).messages[0]?.text).toContain('Qué puedo hacer')
  })

  it('says following is not available where there is no store, and offers no button', async () => {
    const {user} = setup(false)
    const welcome = await user.say('/start')
    expect(welcome.messages[0]?.buttons.flat().map((button) => button.data)).not.toContain('f:on')
    expect((await user.say('/follow')).messages[0]?.text).toContain('no está disponible')
  })
})
