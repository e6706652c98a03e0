/**
 * Pictures in the chat: /map and "📍 Where" send the article's map, /timeline its picture,
 * an event still ahead comes as a venue; drawn once, then sent by Telegram's file id.
 */
import {startFakeBotApi} from '@campaign/fake-bot-api'
import {describe, expect, it} from 'vitest'
import {createBot} from '../../src/bot/create-bot.js'
import {LocalBot, LOCAL_BOT_INFO} from '../../src/bot/local-bot.js'
import {libraryOf} from '../../src/core/library.js'
import {drawHere} from '../../src/pictures/drawing.js'
import type {Draw, Drawing} from '../../src/pictures/drawing-data.js'
import {Pictures} from '../../src/pictures/pictures.js'
import {campaignLibrary} from '../fixtures/library.js'
import {seedFacts} from '../fixtures/seed-facts.js'

const library = libraryOf(seedFacts)
/** One draw for every test: the gazetteer loads once. */
const draw = drawHere()

function counting(): {draw: Draw; drawn: Drawing[]} {
  const drawn: Drawing[] = []
  return {drawn, draw: (drawing) => (drawn.push(drawing), draw(drawing))}
}

function setup({now = new Date('2026-11-29T12:00:00Z'), withPictures = true, fails = false} = {}) {
  const counted = counting()
  const pictures = new Pictures(fails ? () => Promise.reject(new Error('the child died')) : counted.draw)
  const errors: unknown[] = []
  const local = new LocalBot({library: () => library, now: () => now, ...(withPictures ? {pictures} : {}), onError: (error) => errors.push(error)})
  return {local, drawn: counted.drawn, errors, user: local.user({id: 77, languageCode: 'en'})}
}

describe('the map', () => {
  it('/map sends the map with the places on it, drawn once and then sent by file id', async () => {
    const {user, drawn, local} = setup()
    const first = await user.say('/map')
    const photo = first.messages.find((message) => message.photo)
    expect(photo?.text).toBe('📍 The places of Amnesty peru delegation: Lima, Ayacucho, Andahuaylas, Chincheros and Juliaca.')
    expect(first.calls.map((call) => call.method)).toEqual(['sendChatAction', 'sendPhoto'])
    const bytes = local.api.photoBytes(photo!.photo!.fileId)!
    expect(Buffer.from(bytes).subarray(1, 4).toString()).toBe('PNG')

    const again = await user.say('/map')
    expect(again.calls.map((call) => call.method)).toEqual(['sendPhoto'])
    expect(again.calls[0]!.payload.photo).toBe(photo!.photo!.fileId)
    expect(drawn.filter((drawing) => drawing.kind === 'map')).toHaveLength(1)
  })

  it('offers "📍 Where" under answers about places, not under others, and the button sends the map', async () => {
    const {user} = setup()
    const delegation = await user.say('/delegation')
    const where = delegation.messages.at(-1)!.buttons.flat().find((button) => button.label === '📍 Where')
    expect(where?.data).toBe('w:amnesty-peru-delegation')
    const pressed = await user.press(where!.data!, delegation.messages.at(-1))
    expect(pressed.messages.find((message) => message.photo)?.text).toContain('Juliaca')
    const quote = await user.say('/quote')
    expect(quote.messages.flatMap((message) => message.buttons.flat()).map((button) => button.label)).not.toContain('📍 Where')
  })

  it('says so when an article has no place the gazetteer finds in its country, listing them', async () => {
    const local = new LocalBot({library: campaignLibrary, pictures: new Pictures(draw)})
    const user = local.user({id: 78, languageCode: 'en'})
    await user.press('a:ruritania-delegation-arrives')
    const map = await user.say('/map')
    expect(map.messages.some((message) => message.photo)).toBe(false)
    expect(map.messages.at(-1)!.text).toMatch(/names no place I can put on a map: .*Ruritania/)
  })

  it('keeps the caption within Telegram’s 1,024 characters: a long list says how many more', async () => {
    const facts = structuredClone(seedFacts)
    const sentence = facts.sentences[0]!
    // Thirty towns of Peru the gazetteer knows, named in one sentence.
    const towns = ['Arequipa', 'Trujillo', 'Chiclayo', 'Piura', 'Iquitos', 'Cusco', 'Huancayo', 'Tacna', 'Ica', 'Pucallpa', 'Sullana', 'Chimbote', 'Huánuco', 'Tarapoto', 'Puno', 'Tumbes', 'Talara', 'Jaén', 'Huaraz', 'Cajamarca', 'Moquegua', 'Abancay', 'Tingo María', 'Huacho', 'Barranca', 'Chincha Alta', 'Pisco', 'Moyobamba', 'Yurimaguas', 'Huanta']
    facts.sentences.push({...sentence, index: 900, text: towns.join(', '), spans: towns.map((town) => ({type: 'place' as const, text: town, start: 0, end: town.length}))})
    const local = new LocalBot({library: () => libraryOf(facts), pictures: new Pictures(draw)})
    const map = await local.user({id: 80, languageCode: 'en'}).say('/map')
    const caption = map.messages.find((message) => message.photo)!.text
    expect(caption.length).toBeLessThan(1024)
    expect(caption).toMatch(/and \d+ more\.$/)
  })

  it('in Spanish, and without pictures it says it cannot draw', async () => {
    const {local} = setup()
    const spanish = local.user({id: 79, languageCode: 'es'})
    expect((await spanish.say('/map')).messages.find((message) => message.photo)?.text).toMatch(/^📍 Los lugares de .*: Lima, Ayacucho, Andahuaylas, Chincheros y Juliaca\.$/)
    const {user} = setup({withPictures: false})
    expect((await user.say('/map')).messages[0]!.text).toBe("I can't draw maps here.")
    expect((await user.say('/delegation')).messages.flatMap((message) => message.buttons.flat()).map((button) => button.label)).not.toContain('📍 Where')
  })

  it('a drawing that fails: a friendly line for /map, the text answers unharmed', async () => {
    const {user, errors} = setup({fails: true})
    expect((await user.say('/map')).messages.at(-1)!.text).toContain("couldn't draw the map")
    const timeline = await user.say('/timeline')
    expect(timeline.messages[0]!.text).toContain('In December 2022')
    expect(timeline.messages.some((message) => message.photo)).toBe(false)
    expect(errors.map((error) => (error as Error).name)).toEqual(['DrawingError', 'DrawingError'])
  })
})

describe('the timeline picture and venues', () => {
  it('/timeline sends the text and then the picture of its dated lines, in the answer’s language', async () => {
    const {user, drawn} = setup()
    const turn = await user.say('/timeline')
    expect(turn.messages[0]!.text).toContain('In December 2022, protests began')
    expect(turn.messages.at(-1)!.photo).toBeDefined()
    expect(turn.messages.at(-1)!.text).toBe('🗓 Amnesty peru delegation: what happens when.')
    const timeline = drawn.find((drawing) => drawing.kind === 'timeline')
    expect(timeline?.kind === 'timeline' && timeline.entries.map((entry) => entry.when)).toEqual(['December 2022', 'February 2023', 'the week of 22 May 2023', 'Thursday 25 May'])
    expect(timeline?.kind === 'timeline' && timeline.entries.map((entry) => entry.planned)).toEqual([false, false, true, true])
  })

  it('sends the press conference as a venue while it is ahead, and not once its day has passed', async () => {
    const before = setup({now: new Date('2023-05-23T12:00:00Z')})
    const ahead = await before.user.say('Where is the press conference?')
    const venue = ahead.calls.find((call) => call.method === 'sendVenue')
    expect(venue?.payload).toMatchObject({title: 'Press conference · Thursday 25 May', address: 'Lima, Peru'})
    expect(venue!.payload.latitude as number).toBeCloseTo(-12.04, 1)
    expect(venue!.payload.longitude as number).toBeCloseTo(-77.03, 1)
    const after = setup()
    const passed = await after.user.say('Where is the press conference?')
    expect(passed.messages[0]!.text).toContain('Lima')
    expect(passed.calls.map((call) => call.method)).not.toContain('sendVenue')
  })
})

describe('over the Bot API (fake, real HTTP)', () => {
  it('uploads the PNG as multipart once, then sends the file id; uploads again when Telegram forgets it', async () => {
    const api = await startFakeBotApi()
    try {
      const counted = counting()
      const bot = createBot(api.token, {library: () => library, botInfo: {...LOCAL_BOT_INFO, id: api.botInfo.id}, apiRoot: api.apiRoot, pictures: new Pictures(counted.draw)})
      const user = api.user({languageCode: 'en'})
      await bot.handleUpdate(user.sendText('/map'))
      const first = await user.waitForReply()
      expect(first.kind, JSON.stringify(api.calls.map((c) => [c.method, c.outcome]))).toBe('photo')
      expect(first.text).toContain('Lima, Ayacucho')
      expect(first.photo!.width).toBe(800)
      expect(api.fileBytes(first.photo!.file_id)!.subarray(1, 4).toString()).toBe('PNG')

      await bot.handleUpdate(user.sendText('/map'))
      const second = await user.waitForReply()
      expect(second.photo!.file_id).toBe(first.photo!.file_id)
      expect(api.callsOf('sendPhoto')[1]!.params.photo).toBe(first.photo!.file_id)

      api.fault('sendPhoto', {kind: 'error', code: 400, description: 'Bad Request: wrong file identifier/HTTP URL specified'})
      await bot.handleUpdate(user.sendText('/map'))
      const third = await user.waitForReply()
      expect(third.kind).toBe('photo')
      expect(typeof api.callsOf('sendPhoto')[3]!.params.photo).toBe('object')
      expect(counted.drawn).toHaveLength(1)
    } finally {
      await api.close()
    }
  })
})
