/**
 * `pnpm start` with a token, end to end over HTTP: the runtime's long polling against the fake
 * Bot API on 127.0.0.1, which also rejects HTML Telegram would not parse.
 */
import {mkdtempSync} from 'node:fs'
import {tmpdir} from 'node:os'
import {join} from 'node:path'
import {startFakeBotApi} from '@campaign/fake-bot-api'
import type {FakeBotApi} from '@campaign/fake-bot-api'
import {afterEach, beforeEach, describe, expect, it} from 'vitest'
import {loadConfig} from '../../src/config.js'
import {runOnTelegram} from '../../src/run-on-telegram.js'
import {libraryOf} from '../../src/core/library.js'
import {dataFiles} from '../data-files.js'
import {campaignLibrary} from '../fixtures/library.js'
import {seedFacts} from './fixtures/seed-facts.js'

const facts = seedFacts()

describe('runOnTelegram', () => {
  let api: FakeBotApi
  let stop: AbortController
  let running: Promise<number>
  const logs: string[] = []

  beforeEach(async () => {
    api = await startFakeBotApi()
    stop = new AbortController()
    const dir = mkdtempSync(join(tmpdir(), 'bot-'))
    const env = {TELEGRAM_BOT_TOKEN: api.token, TELEGRAM_API_ROOT: api.apiRoot, ...dataFiles(dir)}
    running = runOnTelegram(loadConfig(env), () => libraryOf(facts), {
      signal: stop.signal,
      handleSignals: false,
      logDestination: {write: (line: string) => void logs.push(line)}
    })
  })

  afterEach(async () => {
    stop.abort()
    await running
    await api.close()
  })

  it('registers the commands in both languages, polls, and answers in valid Telegram HTML', async () => {
    await api.waitFor(() => api.polling, 10_000, 'the first poll')
    expect([...api.commands.keys()].sort()).toEqual(['{"type":"default"}|', '{"type":"default"}|es'])

    const user = api.user({firstName: 'Ana', languageCode: 'es'})
    user.sendText('/start')
    const welcome = await user.waitForReply()
    expect(welcome.text).toContain('¡Hola Ana!')

    user.pressButton('📄 El informe')
    const report = await user.waitForReply()
    expect(report.text).toContain('Lethal racism')
    expect(report.call.outcome.ok).toBe(true)

    user.sendText('Who leads the delegation?')
    const answer = await user.waitForReply()
    expect(answer.text).toContain('Agnès Callamard')
    expect(answer.call.outcome.ok).toBe(true)

    user.pressButton('Source')
    const source = await user.waitForReply()
    expect(source.text).toContain(facts.sentences[0]?.text)
  })

  it('turns away what Telegram itself would not deliver: overlong texts and queries, giant or missing names', async () => {
    await api.waitFor(() => api.polling, 10_000, 'the first poll')
    const flooder = api.user({languageCode: 'en'})
    flooder.sendText(`who leads the delegation? ${'x'.repeat(100_000)}`)
    expect((await flooder.waitForReply()).text).toContain('longer than Telegram allows')
    flooder.inlineQuery('delegation '.repeat(30))
    expect((await flooder.waitForReply()).results).toEqual([])

    const giant = api.user({firstName: 'N'.repeat(5000), languageCode: 'en'})
    giant.sendText('/start')
    const welcome = await giant.waitForReply()
    expect(welcome.call.outcome.ok).toBe(true)
    expect(welcome.text!.length).toBeLessThan(1000)

    // A forged /start without a first name: the welcome, not a TypeError.
    const nameless = api.user({languageCode: 'en'})
    const {first_name: _dropped, ...anonymous} = nameless.user
    api.inject({message: {message_id: 1, date: Math.floor(Date.now() / 1000), chat: {id: nameless.chatId, type: 'private', first_name: ''}, from: anonymous as typeof nameless.user, text: '/start', entities: [{type: 'bot_command', offset: 0, length: 6}]}})
    const hello = await nameless.waitForReply()
    expect(hello.text).toMatch(/^Hi!/)
  })

  it('tells a flooding person once to slow down, drops the rest of their burst, and keeps answering everyone else', async () => {
    await api.waitFor(() => api.polling, 10_000, 'the first poll')
    const flooder = api.user({languageCode: 'en'})
    for (let index = 0; index < 60; index++) flooder.sendText(`who leads the delegation? ${index}`)
    const other = api.user({languageCode: 'en'})
    other.sendText('How many people signed the petition?')
    expect((await other.waitForReply({timeoutMs: 5000})).text).toContain('200,000')
    await api.waitFor(() => api.queue.size === 0, 10_000, 'the burst read')
    await new Promise((resolve) => setTimeout(resolve, 1000))
    const toFlooder = api.callsOf('sendMessage').filter((call) => String(call.params.chat_id) === String(flooder.chatId))
    expect(toFlooder.filter((call) => String(call.params.text).includes('faster than I can answer'))).toHaveLength(1)
    // Eight answers in the window (RATE_LIMIT), the slow-down note, nothing more.
    expect(toFlooder).toHaveLength(9)
    // Typing an inline query sends one on every keystroke: they are not counted.
    const typist = api.user({languageCode: 'en'})
    for (const prefix of ['d', 'de', 'del', 'dele', 'deleg', 'delega', 'delegat', 'delegati', 'delegatio', 'delegation']) typist.inlineQuery(prefix)
    await api.waitFor(() => api.callsOf('answerInlineQuery').length === 10, 10_000, 'every inline query answered')
  }, 30_000)

  it('stops cleanly with exit code 0', async () => {
    await api.waitFor(() => api.polling, 10_000, 'the first poll')
    stop.abort()
    expect(await running).toBe(0)
  })
})

describe('runOnTelegram settings', () => {
  it('a bad setting is a ConfigError naming the variable, before anything is sent', () => {
    expect(() => loadConfig({TELEGRAM_BOT_TOKEN: 'not a token'})).toThrow(/TELEGRAM_BOT_TOKEN does not look like a bot token/)
    expect(() => loadConfig({TELEGRAM_BOT_TOKEN: '1:a', BOT_MODE: 'webhook'})).toThrow(/WEBHOOK_URL/)
  })

  it('exits 2 without the service settings (no token), before touching Telegram', async () => {
    const errors: string[] = []
    const code = await runOnTelegram(loadConfig({}), () => libraryOf(facts), {
      stderr: (line) => errors.push(line)
    })
    expect(code).toBe(2)
    expect(errors[0]).toContain('TELEGRAM_BOT_TOKEN')
  })
})

describe('runOnTelegram with several articles', () => {
  it('answers across articles over real HTTP: which article, /articles, and picking one', async () => {
    const api = await startFakeBotApi()
    const stop = new AbortController()
    const env = {TELEGRAM_BOT_TOKEN: api.token, TELEGRAM_API_ROOT: api.apiRoot, ...dataFiles()}
    const library = campaignLibrary()
    const running = runOnTelegram(loadConfig(env), () => library, {signal: stop.signal, handleSignals: false, logDestination: {write: () => undefined}})
    try {
      await api.waitFor(() => api.polling, 10_000, 'the first poll')
      const user = api.user({languageCode: 'en'})
      user.sendText('What did Maria Okafor say?')
      const quote = await user.waitForReply()
      expect(quote.call.outcome.ok).toBe(true)
      expect(quote.text).toContain('Earlier, on 1 March 2024')
      expect(quote.text).toContain('📰 Ruritania: petition for six jailed journalists handed to the Minister of Justice · 20 March 2024')

      // Someone new: nothing talked about yet, so "the petition" could be either campaign's.
      const other = api.user({languageCode: 'en'})
      other.sendText('how many signatures does the petition have?')
      const which = await other.waitForReply()
      expect(which.text).toContain('Which article do you mean?')
      other.pressButton(which.buttons.flat().find((button) => button.text.startsWith('Peru'))!.text)
      expect((await other.waitForReply()).text).toContain('200,000')

      user.sendText('/articles')
      const list = await user.waitForReply()
      expect(list.buttons.flat().map((button) => button.text)).toHaveLength(3)
    } finally {
      stop.abort()
      await running
      await api.close()
    }
  })
})
