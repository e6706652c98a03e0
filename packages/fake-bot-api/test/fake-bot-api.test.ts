import {createServer, type IncomingMessage, type Server} from 'node:http'
import {afterEach, beforeEach, describe, expect, it} from 'vitest'
import {startFakeBotApi, type FakeBotApi} from '../src/index.js'

let api: FakeBotApi

beforeEach(async () => {
  api = await startFakeBotApi()
})
afterEach(async () => {
  await api.close()
})

interface Answer {
  status: number
  body: {ok: boolean; result?: any; error_code?: number; description?: string; parameters?: {retry_after?: number}}
}

async function call(method: string, params: Record<string, unknown> = {}, token = api.token): Promise<Answer> {
  const res = await fetch(`${api.apiRoot}/bot${token}/${method}`, {
    method: 'POST',
    headers: {'content-type': 'application/json'},
    body: JSON.stringify(params)
  })
  return {status: res.status, body: (await res.json()) as Answer['body']}
}

describe('basics', () => {
  it('answers getMe for the right token only', async () => {
    const me = await call('getMe')
    expect(me.body.result.is_bot).toBe(true)
    const wrong = await call('getMe', {}, '1:wrong')
    expect(wrong.status).toBe(401)
    expect(wrong.body).toMatchObject({ok: false, error_code: 401, description: 'Unauthorized'})
  })

  it('answers 404 for methods it does not know, and records every call', async () => {
    const answer = await call('sendDice', {chat_id: 1})
    expect(answer.status).toBe(404)
    expect(api.calls.map((c) => c.method)).toEqual(['sendDice'])
    expect(api.calls[0]!.params).toEqual({chat_id: 1})
  })

  it('accepts form-encoded parameters with JSON fields', async () => {
    const user = api.user()
    user.sendText('hi')
    const body = new URLSearchParams({
      chat_id: String(user.chatId),
      text: 'hello',
      reply_markup: JSON.stringify({inline_keyboard: [[{text: 'A', callback_data: 'a'}]]})
    })
    const res = await fetch(`${api.apiRoot}/bot${api.token}/sendMessage`, {method: 'POST', body})
    expect(res.status).toBe(200)
    expect(api.messagesIn(user.chatId).at(-1)!.reply_markup!.inline_keyboard[0]![0]!.text).toBe('A')
  })
})

describe('getUpdates', () => {
  it('confirms by offset, honours limit, and keeps unconfirmed updates', async () => {
    const user = api.user()
    const sent = [user.sendText('one'), user.sendText('two'), user.sendText('three')]
    const first = await call('getUpdates', {limit: 2})
    expect(first.body.result.map((u: any) => u.message.text)).toEqual(['one', 'two'])
    const again = await call('getUpdates', {limit: 2})
    expect(again.body.result.map((u: any) => u.update_id)).toEqual([sent[0]!.update_id, sent[1]!.update_id])
    const next = await call('getUpdates', {offset: sent[1]!.update_id + 1})
    expect(next.body.result.map((u: any) => u.message.text)).toEqual(['three'])
    expect(api.queue.size).toBe(1)
    await call('getUpdates', {offset: sent[2]!.update_id + 1})
    expect(api.queue.size).toBe(0)
  })

  it('long-polls: waits until an update comes, or until the timeout', async () => {
    const started = Date.now()
    const empty = await call('getUpdates', {timeout: 1})
    expect(empty.body.result).toEqual([])
    expect(Date.now() - started).toBeGreaterThanOrEqual(900)

    const pending = call('getUpdates', {timeout: 10})
    await new Promise((r) => setTimeout(r, 100))
    api.user().sendText('late')
    const answer = await pending
    expect(answer.body.result).toHaveLength(1)
    expect(Date.now() - started).toBeLessThan(3000)
  })

  it('ends a waiting getUpdates with 409 when another instance polls', async () => {
    const first = call('getUpdates', {timeout: 10})
    await new Promise((r) => setTimeout(r, 100))
    const second = call('getUpdates', {timeout: 1})
    const answer = await first
    expect(answer.status).toBe(409)
    expect(answer.body.description).toContain('terminated by other getUpdates request')
    await second
  })

  it('refuses getUpdates while a webhook is set', async () => {
    await call('setWebhook', {url: 'http://127.0.0.1:1/hook'})
    const answer = await call('getUpdates')
    expect(answer.status).toBe(409)
    await call('deleteWebhook')
    expect((await call('getUpdates')).status).toBe(200)
  })
})

describe('messages', () => {
  it('sends to known chats only, checks HTML, and shows the text people read', async () => {
    expect((await call('sendMessage', {chat_id: 42, text: 'x'})).body.description).toBe('Bad Request: chat not found')
    const user = api.user()
    user.sendText('/start')
    const ok = await call('sendMessage', {chat_id: user.chatId, text: '<b>Hi</b> &amp; bye', parse_mode: 'HTML'})
    expect(ok.body.result.text).toBe('Hi & bye')
    const bad = await call('sendMessage', {chat_id: user.chatId, text: 'a < b & c', parse_mode: 'HTML'})
    expect(bad.status).toBe(400)
    expect(bad.body.description).toMatch(/can't parse entities/)
    expect((await call('sendMessage', {chat_id: user.chatId, text: 'x'.repeat(4097)})).body.description).toBe(
      'Bad Request: message is too long'
    )
    expect((await call('sendMessage', {chat_id: user.chatId, text: ' '})).body.description).toBe(
      'Bad Request: message text is empty'
    )
  })

  it('edits messages and refuses an edit that changes nothing', async () => {
    const user = api.user()
    user.sendText('hi')
    const sent = await call('sendMessage', {chat_id: user.chatId, text: 'first'})
    const id = sent.body.result.message_id
    const edited = await call('editMessageText', {chat_id: user.chatId, message_id: id, text: 'second'})
    expect(edited.body.result.text).toBe('second')
    const same = await call('editMessageText', {chat_id: user.chatId, message_id: id, text: 'second'})
    expect(same.body.description).toMatch(/message is not modified/)
    const missing = await call('editMessageText', {chat_id: user.chatId, message_id: 999, text: 'x'})
    expect(missing.body.description).toBe('Bad Request: message to edit not found')
    const markup = {inline_keyboard: [[{text: 'Go', callback_data: 'go'}]]}
    await call('editMessageReplyMarkup', {chat_id: user.chatId, message_id: id, reply_markup: markup})
    expect(api.messagesIn(user.chatId).at(-1)!.reply_markup).toEqual(markup)
  })

  it('rejects button data over 64 bytes and invalid commands', async () => {
    const user = api.user()
    user.sendText('hi')
    const markup = {inline_keyboard: [[{text: 'x', callback_data: 'y'.repeat(65)}]]}
    expect((await call('sendMessage', {chat_id: user.chatId, text: 'x', reply_markup: markup})).body.description).toBe(
      'Bad Request: BUTTON_DATA_INVALID'
    )
    expect((await call('setMyCommands', {commands: [{command: 'Bad-Name', description: 'x'}]})).status).toBe(400)
    await call('setMyCommands', {commands: [{command: 'help', description: 'Ayuda'}], language_code: 'es'})
    expect((await call('getMyCommands', {language_code: 'es'})).body.result).toEqual([{command: 'help', description: 'Ayuda'}])
  })
})

describe('scripted users', () => {
  it('press buttons, answer callback queries once, and wait for replies in order', async () => {
    const user = api.user({languageCode: 'es'})
    const update = user.sendText('/start now')
    expect(update.message!.entities).toEqual([{type: 'bot_command', offset: 0, length: 6}])
    expect(update.message!.from.language_code).toBe('es')
    const markup = {inline_keyboard: [[{text: 'Act', callback_data: 'topic:act'}, {text: 'Site', url: 'https://example.org'}]]}
    await call('sendMessage', {chat_id: user.chatId, text: 'Welcome', reply_markup: markup})
    await call('sendMessage', {chat_id: user.chatId, text: 'Second'})
    expect((await user.waitForReply()).text).toBe('Welcome')
    expect((await user.waitForReply()).text).toBe('Second')

    const press = user.pressButton('Act')
    expect(press.callback_query!.data).toBe('topic:act')
    expect(() => user.pressButton('Site')).toThrow(/not a callback button/)
    expect(() => user.pressButton('Nope')).toThrow(/no button "Nope"/)
    const id = press.callback_query!.id
    expect((await call('answerCallbackQuery', {callback_query_id: id})).status).toBe(200)
    expect((await call('answerCallbackQuery', {callback_query_id: id})).body.description).toMatch(/query is too old/)
    expect(user.outputs(['callback-answer'])).toHaveLength(1)
  })

  it('send inline queries and see the answer', async () => {
    const user = api.user()
    const update = user.inlineQuery('petition')
    const waiting = user.waitForReply()
    const results = [{type: 'article', id: '1', title: 'T', input_message_content: {message_text: 'hello'}}]
    await call('answerInlineQuery', {inline_query_id: update.inline_query!.id, results})
    const reply = await waiting
    expect(reply.kind).toBe('inline')
    expect(reply.results).toEqual(results)
    const dup = [results[0], results[0]]
    const other = user.inlineQuery('x')
    expect((await call('answerInlineQuery', {inline_query_id: other.inline_query!.id, results: dup})).body.description).toBe(
      'Bad Request: RESULT_ID_DUPLICATE'
    )
  })
})

describe('faults', () => {
  it('injects 429, 500 and slow answers for the given number of calls', async () => {
    api.fault('getMe', {kind: 'retry-after', seconds: 2})
    api.fault('getMe', {kind: 'error', code: 500}, 2)
    const limited = await call('getMe')
    expect(limited.status).toBe(429)
    expect(limited.body.parameters).toEqual({retry_after: 2})
    expect((await call('getMe')).status).toBe(500)
    expect((await call('getMe')).status).toBe(500)
    expect((await call('getMe')).status).toBe(200)

    api.fault('*', {kind: 'slow', delayMs: 300})
    const started = Date.now()
    expect((await call('getMe')).status).toBe(200)
    expect(Date.now() - started).toBeGreaterThanOrEqual(280)
    expect(api.calls.filter((c) => c.fault).length).toBe(4)
  })

  it('drops the connection before handling the call', async () => {
    const user = api.user()
    user.sendText('hi')
    api.fault('sendMessage', {kind: 'drop'})
    await expect(call('sendMessage', {chat_id: user.chatId, text: 'lost'})).rejects.toThrow()
    expect(api.messagesIn(user.chatId).map((m) => m.text)).toEqual(['hi'])
    await call('sendMessage', {chat_id: user.chatId, text: 'kept'})
    expect(api.callsOf('sendMessage').map((c) => c.outcome.ok)).toEqual([false, true])
  })

  it('enforces rate limits with retry_after when asked', async () => {
    await api.close()
    api = await startFakeBotApi({rateLimits: {overall: {perSecond: 30, burst: 30}, perChat: {perSecond: 1, burst: 1}}})
    const user = api.user()
    user.sendText('hi')
    expect((await call('sendMessage', {chat_id: user.chatId, text: '1'})).status).toBe(200)
    const second = await call('sendMessage', {chat_id: user.chatId, text: '2'})
    expect(second.status).toBe(429)
    expect(second.body.parameters!.retry_after).toBe(1)
  })
})

describe('webhooks', () => {
  let server: Server
  let received: {update: any; secret: string | undefined}[]
  let failuresLeft: number

  beforeEach(async () => {
    received = []
    failuresLeft = 0
    server = createServer((req: IncomingMessage, res) => {
      let body = ''
      req.on('data', (chunk: Buffer) => (body += chunk.toString()))
      req.on('end', () => {
        received.push({update: JSON.parse(body), secret: req.headers['x-telegram-bot-api-secret-token'] as string})
        res.statusCode = failuresLeft-- > 0 ? 500 : 200
        res.end()
      })
    })
    await new Promise<void>((r) => server.listen(0, '127.0.0.1', () => r()))
  })
  afterEach(async () => {
    await new Promise((r) => server.close(r))
  })

  const hookUrl = (): string => {
    const address = server.address()
    return `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}/hook`
  }

  it('POSTs updates with the secret header and re-delivers after a non-2xx answer', async () => {
    failuresLeft = 1
    expect((await call('setWebhook', {url: hookUrl(), secret_token: 's3cret'})).body.result).toBe(true)
    const update = api.user().sendText('hello')
    await api.waitFor(() => api.queue.size === 0 && api.deliveries.length >= 2, 5000)
    expect(received.map((r) => r.update.update_id)).toEqual([update.update_id, update.update_id])
    expect(received.every((r) => r.secret === 's3cret')).toBe(true)
    expect(api.deliveries.map((d) => d.status)).toEqual([500, 200])
    const info = await call('getWebhookInfo')
    expect(info.body.result).toMatchObject({url: hookUrl(), pending_update_count: 0})
    expect(info.body.result.last_error_message).toContain('500')
  })

  it('delivers updates queued before the webhook was set, and refuses non-loopback URLs', async () => {
    api.user().sendText('early')
    expect((await call('setWebhook', {url: 'https://example.org/hook'})).status).toBe(400)
    await call('setWebhook', {url: hookUrl()})
    await api.waitFor(() => received.length === 1, 5000)
    expect(received[0]!.secret).toBeUndefined()
  })
})

describe('blocked chats', () => {
  it('answers 403 to every message to a person who blocked the bot, as Telegram does', async () => {
    api.user({id: 5}).sendText('hello')
    api.user({id: 6}).sendText('hello')
    expect((await call('sendMessage', {chat_id: 5, text: 'hi'})).body.ok).toBe(true)
    api.blockBot(5)
    const refused = await call('sendMessage', {chat_id: 5, text: 'hi again'})
    expect(refused.body).toMatchObject({ok: false, error_code: 403, description: 'Forbidden: bot was blocked by the user'})
    expect((await call('sendMessage', {chat_id: 6, text: 'hi'})).body.ok).toBe(true)
  })
})

describe('photos and venues', () => {
  /** The smallest PNG: its header says 3×2. */
  const png = Buffer.concat([Buffer.from('89504e470d0a1a0a0000000d49484452', 'hex'), Buffer.from([0, 0, 0, 3, 0, 0, 0, 2]), Buffer.alloc(16)])

  async function upload(fields: Record<string, string>, file: Buffer, attach = false): Promise<Answer> {
    const form = new FormData()
    for (const [key, value] of Object.entries(fields)) form.append(key, value)
    if (attach) {
      form.append('photo', 'attach://picture1')
      form.append('picture1', new Blob([file]), 'map.png')
    } else form.append('photo', new Blob([file]), 'map.png')
    const res = await fetch(`${api.apiRoot}/bot${api.token}/sendPhoto`, {method: 'POST', body: form})
    return {status: res.status, body: (await res.json()) as Answer['body']}
  }

  it('takes a PNG upload (also by attach://), gives it file ids, and sends it again by id', async () => {
    const user = api.user()
    user.sendText('/map')
    const sent = await upload({chat_id: String(user.chatId), caption: '<b>Places</b>: Lima', parse_mode: 'HTML', reply_markup: JSON.stringify({inline_keyboard: [[{text: 'Read', url: 'https://example.org'}]]})}, png)
    expect(sent.status).toBe(200)
    const largest = sent.body.result.photo.at(-1)
    expect(largest).toMatchObject({width: 3, height: 2, file_size: png.length})
    expect(sent.body.result.caption).toBe('Places: Lima')
    const output = await user.waitForReply()
    expect(output).toMatchObject({kind: 'photo', text: 'Places: Lima', photo: {file_id: largest.file_id}, buttons: [[{text: 'Read', url: 'https://example.org'}]]})
    expect(api.fileBytes(largest.file_id)).toEqual(png)

    const again = await call('sendPhoto', {chat_id: user.chatId, photo: largest.file_id})
    expect(again.body.result.photo.at(-1).file_id).toBe(largest.file_id)
    expect((await upload({chat_id: String(user.chatId)}, png, true)).body.ok).toBe(true)
  })

  it('reads multipart bodies written the way grammY writes them (no spaces, filename unquoted)', async () => {
    const user = api.user()
    user.sendText('/map')
    const boundary = '----------abc123'
    const body = Buffer.concat([
      Buffer.from(`--${boundary}\r\ncontent-disposition:form-data;name="chat_id"\r\n\r\n${user.chatId}\r\n--${boundary}\r\ncontent-disposition:form-data;name="photo"\r\n\r\nattach://xyz\r\n--${boundary}\r\ncontent-disposition:form-data;name="xyz";filename=map.png\r\ncontent-type:application/octet-stream\r\n\r\n`),
      png,
      Buffer.from(`\r\n--${boundary}--\r\n`)
    ])
    const res = await fetch(`${api.apiRoot}/bot${api.token}/sendPhoto`, {method: 'POST', headers: {'content-type': `multipart/form-data; boundary=${boundary}`}, body})
    expect(res.status).toBe(200)
    expect(api.fileBytes(((await res.json()) as Answer['body']).result.photo.at(-1).file_id)).toEqual(png)
  })

  it('refuses unknown file ids, URLs, files that are not pictures and long captions', async () => {
    const user = api.user()
    user.sendText('/map')
    expect((await call('sendPhoto', {chat_id: user.chatId, photo: 'AgACnever'})).body.description).toBe('Bad Request: wrong file identifier/HTTP URL specified')
    expect((await call('sendPhoto', {chat_id: user.chatId, photo: 'https://example.org/a.png'})).status).toBe(400)
    expect((await upload({chat_id: String(user.chatId)}, Buffer.from('not a picture'))).body.description).toBe('Bad Request: IMAGE_PROCESS_FAILED')
    expect((await upload({chat_id: String(user.chatId), caption: 'x'.repeat(1025)}, png)).body.description).toBe('Bad Request: message caption is too long')
    api.blockBot(user.chatId)
    expect((await upload({chat_id: String(user.chatId)}, png)).status).toBe(403)
    expect(user.outputs(['photo'])).toEqual([])
  })

  it('sends a venue with a place and an address, and refuses one off the globe', async () => {
    const user = api.user()
    user.sendText('where?')
    const venue = await call('sendVenue', {chat_id: user.chatId, latitude: -12.04, longitude: -77.03, title: 'Press conference', address: 'Lima, Peru'})
    expect(venue.body.result.venue).toEqual({location: {latitude: -12.04, longitude: -77.03}, title: 'Press conference', address: 'Lima, Peru'})
    expect(await user.waitForReply()).toMatchObject({kind: 'venue', text: 'Press conference\nLima, Peru'})
    expect((await call('sendVenue', {chat_id: user.chatId, latitude: 91, longitude: 0, title: 'x', address: 'y'})).body.description).toBe('Bad Request: wrong latitude specified')
    expect((await call('sendVenue', {chat_id: user.chatId, latitude: 1, longitude: 0, title: '', address: 'y'})).body.description).toBe('Bad Request: VENUE_INVALID')
  })
})
