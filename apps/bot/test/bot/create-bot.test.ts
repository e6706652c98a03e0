/**
 * The grammY layer as a Telegram user meets it: updates in through `bot.handleUpdate`, Bot API
 * calls out through `bot.api.config.use` (LocalBot), botInfo given so nothing leaves the process.
 */
import type {Facts} from 'article-facts'
import {beforeEach, describe, expect, it, vi} from 'vitest'
import {registerCommands} from '../../src/bot/commands.js'
import {createBot} from '../../src/bot/create-bot.js'
import type {AnswerEvent, BotDeps} from '../../src/bot/deps.js'
import {LocalApi} from '../../src/bot/local-api.js'
import {LOCAL_BOT_INFO, LocalBot} from '../../src/bot/local-bot.js'
import type {LocalUser, Turn} from '../../src/bot/local-bot.js'
import {libraryOf} from '../../src/core/library.js'
import {seedFacts} from './fixtures/seed-facts.js'

const facts = seedFacts()

function setup(deps: Partial<BotDeps> = {}, languageCode = 'en') {
  const events: AnswerEvent[] = []
  const local = new LocalBot({library: () => libraryOf(facts), onAnswer: (event) => events.push(event), ...deps})
  const user = local.user({id: 7, firstName: 'Ana', languageCode})
  return {local, user, events}
}

const labels = (turn: Turn) => turn.messages.flatMap((message) => message.buttons.flat().map((button) => button.label))
const datas = (turn: Turn) => turn.messages.flatMap((message) => message.buttons.flat().flatMap((button) => button.data ?? []))
const sends = (turn: Turn) => turn.calls.filter((call) => call.method === 'sendMessage')

describe('/start and deep links', () => {
  let user: LocalUser
  beforeEach(() => ({user} = setup()))

  it('welcomes by name, names the article and its date, and shows the topic menu', async () => {
    const turn = await user.say('/start')
    expect(turn.messages).toHaveLength(1)
    const [welcome] = turn.messages
    expect(welcome?.text).toContain('Hi Ana!')
    expect(welcome?.text).toContain(facts.article.title)
    expect(welcome?.text).toContain('22 May 2023')
    expect(welcome?.html).toContain('<b>')
    expect(datas(turn)).toEqual(['i:delegation', 'i:report', 'i:act', 'i:timeline', 'i:quote', 'i:sources', 'lang'])
    expect(sends(turn)[0]?.payload.parse_mode).toBe('HTML')
  })

  it('answers the topic of a deep link directly (/start act)', async () => {
    const turn = await user.say('/start act')
    expect(turn.answers.map((event) => event.intent)).toEqual(['act'])
    expect(turn.messages[0]?.text).toContain(facts.actions[0]?.text)
    expect(turn.messages[0]?.buttons.flat()).toContainEqual({label: facts.actions[0]?.text, url: facts.actions[0]?.url})
  })

  it('opens the language picker and help from deep links, and ignores unknown payloads', async () => {
    expect(datas(await user.say('/start language'))).toEqual(['lang:en', 'lang:es'])
    expect((await user.say('/start help')).messages[0]?.text).toContain('/delegation')
    const unknown = await user.say('/start nonsense-payload')
    expect(unknown.messages[0]?.text).toContain('Hi Ana!')
    expect(unknown.errors).toEqual([])
  })
})

describe('commands', () => {
  it.each(['delegation', 'report', 'act', 'timeline', 'quote', 'sources'])('/%s answers its topic in HTML', async (topic) => {
    const {user, events} = setup()
    const turn = await user.say(`/${topic}`)
    expect(turn.messages.length).toBeGreaterThan(0)
    expect(sends(turn).every((call) => call.payload.parse_mode === 'HTML')).toBe(true)
    expect(events).toMatchObject([{intent: topic, via: 'command', question: `/${topic}`, lang: 'en'}])
    expect(turn.errors).toEqual([])
  })

  it('/delegation names the leader and offers the source behind a button', async () => {
    const {user} = setup()
    const turn = await user.say('/delegation')
    expect(turn.messages[0]?.text).toContain('Agnès Callamard')
    expect(labels(turn)).toContain('Source')
    expect(datas(turn).filter((data) => data.startsWith('s:'))).toHaveLength(1)
  })

  it('/quote quotes the speaker', async () => {
    const {user} = setup()
    const turn = await user.say('/quote')
    expect(turn.messages[0]?.text).toContain(facts.quotes[0]?.text)
    expect(turn.messages[0]?.text).toContain('Agnès Callamard')
  })

  it('/help lists the commands with the menu', async () => {
    const {user} = setup()
    const turn = await user.say('/help')
    for (const command of ['/delegation', '/report', '/act', '/timeline', '/quote', '/sources', '/language']) {
      expect(turn.messages[0]?.text).toContain(command)
    }
    expect(turn.messages[0]?.text).toContain(`type @${LOCAL_BOT_INFO.username} and a question`)
    expect(datas(turn)).toContain('i:delegation')
  })

  it('answers an unknown command politely with help', async () => {
    const {user} = setup()
    const turn = await user.say('/weather')
    expect(turn.messages[0]?.text).toBe("I don't know that command.")
    expect(turn.messages[1]?.text).toContain('/help')
  })

  it('registers the commands in English (default) and Spanish', async () => {
    const bot = createBot('test:token', {library: () => libraryOf(facts), botInfo: LOCAL_BOT_INFO})
    const api = new LocalApi(bot, LOCAL_BOT_INFO)
    await registerCommands(bot)
    const calls = api.take()
    expect(calls.map((call) => call.method)).toEqual(['setMyCommands', 'setMyCommands'])
    const [english, spanish] = calls
    expect(english?.payload.language_code).toBeUndefined()
    expect(spanish?.payload.language_code).toBe('es')
    const commands = (call: typeof english) => (call?.payload.commands as Array<{command: string; description: string}>) ?? []
    expect(commands(english).map((c) => c.command)).toEqual(
      ['start', 'delegation', 'report', 'act', 'timeline', 'quote', 'sources', 'articles', 'all', 'map', 'follow', 'unfollow', 'forget', 'language', 'help']
    )
    expect(commands(spanish).find((c) => c.command === 'act')?.description).toBe('Cómo actuar')
  })
})

describe('buttons', () => {
  it.each(['delegation', 'report', 'act', 'timeline', 'quote', 'sources'])('the menu button for %s answers in place', async (topic) => {
    const {user, events} = setup()
    const menu = (await user.say('/start')).messages[0]
    const turn = await user.press(`i:${topic}`, menu)
    expect(turn.calls[0]?.method).toBe('answerCallbackQuery')
    expect(turn.messages.length).toBeGreaterThan(0)
    expect(events).toMatchObject([{intent: topic, via: 'callback'}])
  })

  it('the Source button quotes the sentences of the answer', async () => {
    const {user} = setup()
    const answered = await user.say('/delegation')
    const source = answered.messages.flatMap((message) => message.buttons.flat()).find((button) => button.label === 'Source')
    const turn = await user.press(source?.data ?? '', answered.messages[0])
    expect(turn.calls[0]?.method).toBe('answerCallbackQuery')
    expect(turn.notices).toEqual([])
    expect(turn.messages[0]?.text).toMatch(/^Source:/)
    for (const citation of answered.answers[0]?.answer.citations ?? []) {
      expect(turn.messages[0]?.html).toContain(`<blockquote>${citation.sentence}</blockquote>`)
    }
  })

  it.each(['old-version:42', 's:999', 'i:not-an-intent', 'i:report:fr', 'lang:fr', ''])('stale or unknown data %j gets a polite reply', async (data) => {
    const {user} = setup()
    const turn = await user.press(data)
    expect(turn.errors).toEqual([])
    expect(turn.notices).toEqual(['That button is out of date.'])
    expect(turn.messages[0]?.text).toContain('no longer works')
    expect(datas(turn)).toContain('i:delegation')
  })

  it('buttons under a Spanish answer answer in Spanish for an English-speaking user', async () => {
    const {user} = setup()
    const turn = await user.say('¿cuántas firmas tiene la petición?')
    expect(turn.answers[0]?.answer.lang).toBe('es')
    const next = datas(turn).find((data) => data.startsWith('i:'))
    expect(next).toMatch(/^i:[a-z-]+:es$/)
    const pressed = await user.press(next ?? '', turn.messages[0])
    expect(pressed.answers[0]?.answer.lang).toBe('es')
  })

  it('asks back with "Did you mean" buttons that answer the chosen topic', async () => {
    const {user, events} = setup()
    const turn = await user.say('when?')
    expect(turn.answers[0]?.answer.status).toBe('clarify')
    const choices = datas(turn)
    expect(choices.length).toBeGreaterThanOrEqual(2)
    expect(choices.every((data) => data.startsWith('i:'))).toBe(true)
    const chosen = await user.press(choices[0] ?? '', turn.messages[0])
    expect(`i:${chosen.answers[0]?.intent}:en`).toBe(choices[0])
    expect(events.map((event) => event.status)).toEqual(['clarify', 'answered'])
  })
})

describe('free text', () => {
  it('answers an English question with its source and next steps, and reports it', async () => {
    const {user, events} = setup()
    const turn = await user.say('Who leads the delegation?')
    expect(turn.messages[0]?.text).toContain('Agnès Callamard')
    expect(labels(turn)).toContain('Source')
    expect(events).toHaveLength(1)
    expect(events[0]).toMatchObject({question: 'Who leads the delegation?', via: 'message', intent: 'delegation', lang: 'en', status: 'answered'})
    expect(events[0]?.latencyMs).toBeGreaterThanOrEqual(0)
    expect(events[0]?.answer.citations.map((citation) => citation.sentence)).toContain(facts.sentences[0]?.text)
  })

  it('answers a Spanish question in Spanish even when the interface is English', async () => {
    const {user, events} = setup()
    const turn = await user.say('¿Quién lidera la delegación?')
    expect(events[0]?.lang).toBe('es')
    expect(labels(turn)).toContain('Fuente')
  })

  it('says plainly when the article does not say', async () => {
    const {user, events} = setup()
    const turn = await user.say('what is the weather tomorrow?')
    expect(events[0]?.status).toBe('declined')
    expect(turn.messages[0]?.text).toMatch(/doesn't say|does not say/)
    expect(labels(turn)).not.toContain('Source')
  })

  it('follows up within one conversation, and not across chats', async () => {
    const {local, user} = setup()
    await user.say('who leads the delegation?')
    const followUp = await user.say('And when?')
    expect(followUp.answers[0]).toMatchObject({intent: 'delegation', status: 'answered'})
    const stranger = local.user({id: 8, languageCode: 'en'})
    expect((await stranger.say('And when?')).answers[0]?.intent).not.toBe('delegation')
  })

  it('escapes every content string in HTML', async () => {
    const tricky = structuredClone(facts)
    tricky.actions[0]!.text = 'Tell <b>them</b> & "stop"'
    const {user} = setup({library: () => libraryOf(tricky)})
    const turn = await user.say('/act')
    expect(turn.messages[0]?.html).toContain('Tell &lt;b&gt;them&lt;/b&gt; &amp; &quot;stop&quot;')
    expect(turn.messages[0]?.text).toContain('Tell <b>them</b> & "stop"')
    expect(labels(turn)).toContain('Tell <b>them</b> & "stop"')
  })

  it('splits a long answer under 4096 characters, with the buttons under the last part', async () => {
    const long = structuredClone(facts)
    long.quotes[0]!.text = Array.from({length: 600}, (_, index) => `Sentence ${index} of a long quote.`).join(' ')
    const {user} = setup({library: () => libraryOf(long)})
    const turn = await user.say('/quote')
    expect(turn.messages.length).toBeGreaterThan(1)
    for (const message of turn.messages) expect(message.html.length).toBeLessThanOrEqual(4096)
    expect(turn.messages.slice(0, -1).every((message) => message.buttons.length === 0)).toBe(true)
    expect(turn.messages.at(-1)?.buttons.length).toBeGreaterThan(0)
    const joined = turn.messages.map((message) => message.text).join(' ')
    for (const index of [0, 299, 599]) expect(joined).toContain(`Sentence ${index} of a long quote.`)
  })

  it('asks for text when sent something else', async () => {
    const {local, user} = setup()
    const turn = await local.handle({
      message: {message_id: 1, date: 0, chat: user.chat, from: user.user, sticker: {} as never}
    })
    expect(turn.messages[0]?.text).toContain('I can only read text messages')
  })

  it('in groups answers only messages addressed to the bot', async () => {
    const {local, user} = setup()
    const group = {id: -100, type: 'group' as const, title: 'Campaign'}
    const message = (text: string) => ({message: {message_id: 1, date: 0, chat: group, from: user.user, text}})
    expect((await local.handle(message('who leads the delegation?'))).messages).toEqual([])
    const addressed = await local.handle(message(`@${LOCAL_BOT_INFO.username} who leads the delegation?`))
    expect(addressed.answers[0]?.intent).toBe('delegation')
  })
})

describe('language', () => {
  it('follows the Telegram language_code (es*) until /language changes it, and the choice persists', async () => {
    const {user} = setup({}, 'es-419')
    expect((await user.say('/start')).messages[0]?.text).toContain('¡Hola Ana!')
    const picker = await user.say('/language')
    expect(labels(picker)).toEqual(['English', 'Español'])
    const chosen = await user.press('lang:en', picker.messages[0])
    expect(chosen.notices).toEqual(['Done: menus are in English now.'])
    expect(chosen.messages[0]).toMatchObject({edited: true, text: 'Done: menus are in English now.'})
    expect(labels(chosen)).toContain('👥 The delegation')
    expect((await user.say('/start')).messages[0]?.text).toContain('Hi Ana!')
    expect((await user.say('/help')).messages[0]?.text).toContain('What I can do')
  })

  it('/language es switches directly', async () => {
    const {user} = setup()
    expect((await user.say('/language es')).messages[0]?.text).toBe('Listo: los menús están ahora en español.')
    expect(labels(await user.say('/start'))).toContain('👥 La delegación')
  })

  it('the menu button opens the picker', async () => {
    const {user} = setup()
    expect(datas(await user.press('lang'))).toEqual(['lang:en', 'lang:es'])
  })
})

describe('inline mode', () => {
  it('offers the topics for an empty query', async () => {
    const {user} = setup()
    const turn = await user.inline('')
    expect(turn.calls.map((call) => call.method)).toEqual(['answerInlineQuery'])
    expect(turn.inlineResults.map((result) => ('title' in result ? result.title : ''))).toEqual([
      '👥 The delegation', '📄 The report', '✊ Take action', '🗓 Timeline', '💬 A quote', '🔎 Sources'
    ])
  })

  it('answers a question with a shareable HTML article result and a deep link into the bot', async () => {
    const {user, events} = setup()
    const turn = await user.inline('who leads the delegation?')
    const [result] = turn.inlineResults
    expect(result).toMatchObject({type: 'article', title: 'who leads the delegation?'})
    const content = (result as {input_message_content: {message_text: string; parse_mode: string}}).input_message_content
    expect(content.parse_mode).toBe('HTML')
    expect(content.message_text).toContain('Agnès Callamard')
    // Sources are quoted: shared messages cannot carry callback buttons.
    expect(content.message_text).toContain('<blockquote>')
    const buttons = (result as {reply_markup: {inline_keyboard: Array<Array<{url?: string; callback_data?: string}>>}}).reply_markup.inline_keyboard.flat()
    expect(buttons.every((button) => button.callback_data === undefined)).toBe(true)
    expect(buttons.at(-1)?.url).toBe(`https://t.me/${LOCAL_BOT_INFO.username}?start=delegation`)
    expect(events).toMatchObject([{via: 'inline', intent: 'delegation'}])
  })
})

describe('errors and admin', () => {
  it('replies with a friendly message and reports the error', async () => {
    const errors: unknown[] = []
    let broken = false
    const {user} = setup({library: () => libraryOf(broken ? (undefined as unknown as Facts).article && facts : facts), onError: (error) => errors.push(error)})
    broken = true
    const turn = await user.say('who leads the delegation?')
    expect(turn.messages[0]?.text).toBe('Sorry, something went wrong on my side. Please try again, or send /help.')
    expect(errors).toHaveLength(1)
  })

  it('/reload works for admins only', async () => {
    const reload = vi.fn(async () => ({ok: true, message: 'new article'}))
    const {local, user} = setup({adminIds: [99], reload})
    expect((await user.say('/reload')).messages[0]?.text).toBe("I don't know that command.")
    expect(reload).not.toHaveBeenCalled()
    const admin = local.user({id: 99})
    expect((await admin.say('/reload')).messages[0]?.text).toBe('Content reloaded: new article')
  })
})

describe('inline mode, ambiguous questions', () => {
  it('offers one result per meaning instead of asking back', async () => {
    const {user} = setup()
    const turn = await user.inline('when?')
    expect(turn.inlineResults.length).toBeGreaterThanOrEqual(2)
    const texts = turn.inlineResults.map((result) => (result as {input_message_content: {message_text: string}}).input_message_content.message_text)
    expect(texts.every((text) => !text.includes('Did you mean'))).toBe(true)
    expect(new Set(turn.inlineResults.map((result) => result.id)).size).toBe(turn.inlineResults.length)
  })
})

describe('Telegram refusals that change nothing for the person', () => {
  function refusing(method: string, description: string) {
    const context = setup()
    context.local.bot.api.config.use(async (previous, called, payload, signal) =>
      called === method ? ({ok: false, error_code: 400, description: `Bad Request: ${description}`} as never) : previous(called, payload, signal)
    )
    return context
  }

  it('a button pressed long ago (callback answer refused) is still answered', async () => {
    const {user} = refusing('answerCallbackQuery', 'query is too old and response timeout expired or query ID is invalid')
    const turn = await user.press('i:report')
    expect(turn.errors).toEqual([])
    expect(turn.answers[0]?.intent).toBe('report')
  })

  it('choosing the language already shown (edit refused) is no error', async () => {
    const {user} = refusing('editMessageText', 'message is not modified: specified new message content and reply markup are exactly the same')
    const turn = await user.press('lang:en')
    expect(turn.errors).toEqual([])
    expect(turn.messages.some((message) => message.text.includes('Sorry'))).toBe(false)
  })

  it('other refusals get the friendly reply', async () => {
    const {user} = refusing('editMessageText', 'message to edit not found')
    const turn = await user.press('lang:en')
    expect(turn.errors).toHaveLength(1)
    expect(turn.messages.at(-1)?.text).toContain('Sorry, something went wrong')
  })
})

