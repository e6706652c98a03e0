/**
 * A fake Telegram Bot API server on 127.0.0.1 that behaves like the real one where bots can
 * tell: `getUpdates` with offset confirmation and long polling, webhooks with the secret
 * header and re-delivery, the errors Telegram gives for bad requests, plus fault injection and
 * optional rate limits. Point grammY at it with `client.apiRoot = api.apiRoot`.
 */
import {EventEmitter} from 'node:events'
import {createServer, type IncomingMessage, type Server, type ServerResponse} from 'node:http'
import type {Socket} from 'node:net'
import type {
  BotCommand,
  InlineKeyboardMarkup,
  Message,
  PhotoSize,
  Update,
  User,
  UserFromGetMe,
  Venue
} from '@grammyjs/types'
import {ApiError, badRequest, conflictOtherPoller, conflictWebhookActive} from './api-error.js'
import {FaultBook, type Fault} from './faults.js'
import {parseTelegramHtml} from './html.js'
import {RateLimiter, telegramRateLimits, type RateLimits} from './rate-limit.js'
import {UpdateQueue} from './update-queue.js'
import {WebhookDelivery, type DeliveryRecord, type WebhookDeliveryOptions} from './webhook-delivery.js'
import {ScriptedUser, type ScriptedUserOptions} from './scripted-user.js'

export type Params = Record<string, unknown>

export interface FakeBotApiOptions {
  token?: string
  botInfo?: Partial<UserFromGetMe>
  /** Enforce Telegram's message limits (`true`: about 30/s overall, 1/s per chat with small bursts). */
  rateLimits?: boolean | RateLimits
  webhook?: Partial<WebhookDeliveryOptions>
  /** The first update id handed out. */
  firstUpdateId?: number
}

export type CallOutcome =
  | {ok: true; result: unknown}
  | {ok: false; error_code: number; description: string}
  | {ok: false; dropped: true}

/** One request the bot made, as the fake answered it. */
export interface ApiCall {
  seq: number
  method: string
  params: Params
  at: number
  outcome: CallOutcome
  fault?: Fault
}

export interface ButtonView {
  text: string
  callbackData?: string
  url?: string
}

/** Something the bot showed a person: a message, a photo, a venue, an edit, an inline answer or a button toast. */
export interface BotOutput {
  kind: 'message' | 'photo' | 'venue' | 'edit' | 'inline' | 'callback-answer'
  method: string
  chatId?: number
  messageId?: number
  /** Text as people see it (HTML tags removed, entities decoded); a photo's caption; a venue's title and address. */
  text?: string
  /** The photo sent: its largest size, whose bytes are in `api.fileBytes(photo.file_id)`. */
  photo?: PhotoSize
  venue?: Venue
  buttons: ButtonView[][]
  inlineQueryId?: string
  callbackQueryId?: string
  /** answerInlineQuery results. */
  results?: Params[]
  call: ApiCall
}

/** A message in a chat: text, or a photo with its caption, or a venue. */
export interface StoredMessage extends Omit<Message.TextMessage, 'text'> {
  text?: string
  caption?: string
  photo?: PhotoSize[]
  venue?: Venue
  reply_markup?: InlineKeyboardMarkup
}

/** A file sent in a multipart request. */
export interface UploadedFile {
  name: string
  bytes: Buffer
}

const defaultToken = '123456789:AAFakeFakeFakeFakeFakeFakeFakeFake_00'
const messageMethods = new Set(['sendMessage', 'sendPhoto', 'sendVenue'])
/** Telegram's limits for photos sent by bots. */
const MAX_PHOTO_BYTES = 10 * 1024 * 1024
const MAX_CAPTION = 1024

export class FakeBotApi extends EventEmitter {
  readonly token: string
  readonly botInfo: UserFromGetMe
  readonly calls: ApiCall[] = []
  readonly outputs: BotOutput[] = []
  readonly faults = new FaultBook()
  readonly commands = new Map<string, BotCommand[]>()
  readonly queue = new UpdateQueue()
  webhook: WebhookDelivery | undefined
  /** Every webhook delivery attempt, also of earlier webhooks. */
  readonly deliveries: DeliveryRecord[] = []

  #server: Server | undefined
  #port = 0
  readonly #sockets = new Set<Socket>()
  #nextUpdateId: number
  #nextUserId = 1000
  #nextQueryId = 1
  readonly #messages = new Map<number, Map<number, StoredMessage>>()
  readonly #nextMessageId = new Map<number, number>()
  readonly #knownChats = new Set<number>()
  readonly #blockedBy = new Set<number>()
  readonly #openCallbackQueries = new Set<string>()
  readonly #openInlineQueries = new Set<string>()
  readonly #files = new Map<string, Buffer>()
  #poller: {respond: (error: ApiError | undefined, updates: Update[]) => void; wake: () => void} | undefined
  readonly #rateLimiter: RateLimiter | undefined
  readonly #webhookOptions: WebhookDeliveryOptions

  constructor(options: FakeBotApiOptions = {}) {
    super()
    this.setMaxListeners(0)
    this.token = options.token ?? defaultToken
    const id = Number(this.token.split(':')[0])
    this.botInfo = {
      id,
      is_bot: true,
      first_name: 'Fake Bot',
      username: 'fake_test_bot',
      can_join_groups: true,
      can_read_all_group_messages: false,
      supports_inline_queries: true,
      can_connect_to_business: false,
      has_main_web_app: false,
      has_topics_enabled: false,
      allows_users_to_create_topics: false,
      ...options.botInfo
    } as UserFromGetMe
    this.#nextUpdateId = options.firstUpdateId ?? 100_000
    const limits = options.rateLimits === true ? telegramRateLimits : options.rateLimits || undefined
    this.#rateLimiter = limits ? new RateLimiter(limits) : undefined
    this.#webhookOptions = {retryDelayMs: 100, timeoutMs: 10_000, ...options.webhook}
  }

  /** grammY's `client.apiRoot`. */
  get apiRoot(): string {
    return `http://127.0.0.1:${this.#port}`
  }

  get port(): number {
    return this.#port
  }

  async listen(port = 0): Promise<this> {
    const server = createServer((req, res) => void this.#onRequest(req, res))
    server.keepAliveTimeout = 60_000
    server.on('connection', (socket) => {
      this.#sockets.add(socket)
      socket.on('close', () => this.#sockets.delete(socket))
    })
    await new Promise<void>((resolve, reject) => {
      server.once('error', reject)
      server.listen(port, '127.0.0.1', () => resolve())
    })
    this.#server = server
    const address = server.address()
    this.#port = typeof address === 'object' && address ? address.port : 0
    return this
  }

  async close(): Promise<void> {
    this.webhook?.stop()
    this.#poller?.respond(undefined, [])
    const server = this.#server
    if (!server) return
    const closed = new Promise<void>((resolve) => server.close(() => resolve()))
    for (const socket of this.#sockets) socket.destroy()
    await closed
    this.#server = undefined
  }

  // ---- what tests drive -------------------------------------------------------------

  /** The person of this private chat blocks the bot: every message to it gets 403, as on Telegram. */
  blockBot(chatId: number): void {
    this.#blockedBy.add(chatId)
  }

  /** A person who talks to the bot in a private chat. */
  user(options: ScriptedUserOptions = {}): ScriptedUser {
    const id = options.id ?? this.#nextUserId++
    return new ScriptedUser(this, {
      id,
      is_bot: false,
      first_name: options.firstName ?? `User${id}`,
      ...(options.languageCode ? {language_code: options.languageCode} : {}),
      ...(options.username ? {username: options.username} : {})
    })
  }

  /** Queues an update (as Telegram would when a person does something); fills in `update_id`. */
  inject(update: Omit<Update, 'update_id'> & {update_id?: number}): Update {
    const full = {...update, update_id: update.update_id ?? this.#nextUpdateId++}
    const chatId = full.message?.chat.id ?? full.callback_query?.message?.chat.id
    if (chatId !== undefined) this.#knownChats.add(chatId)
    if (full.callback_query) this.#openCallbackQueries.add(full.callback_query.id)
    if (full.inline_query) this.#openInlineQueries.add(full.inline_query.id)
    this.queue.push(full)
    this.#poller?.wake()
    this.webhook?.pump()
    this.emit('update', full)
    return full
  }

  /** Makes the next `times` calls of `method` (or `*`) fail or stall. */
  fault(method: string, fault: Fault, times = 1): void {
    this.faults.add(method, fault, times)
  }

  nextMessageId(chatId: number): number {
    const id = this.#nextMessageId.get(chatId) ?? 1
    this.#nextMessageId.set(chatId, id + 1)
    return id
  }

  nextQueryId(): string {
    return String(this.#nextQueryId++)
  }

  rememberMessage(message: StoredMessage): void {
    let chat = this.#messages.get(message.chat.id)
    if (!chat) {
      chat = new Map()
      this.#messages.set(message.chat.id, chat)
    }
    chat.set(message.message_id, message)
  }

  /** Messages in a chat, oldest first, as they look now (after edits). */
  messagesIn(chatId: number): StoredMessage[] {
    return [...(this.#messages.get(chatId)?.values() ?? [])]
  }

  /** The bytes of a file the bot uploaded, by any of its file ids. */
  fileBytes(fileId: string): Buffer | undefined {
    return this.#files.get(fileId)
  }

  /** A getUpdates long poll is waiting for updates now. */
  get polling(): boolean {
    return this.#poller !== undefined
  }

  callsOf(method: string): ApiCall[] {
    return this.calls.filter((call) => call.method === method)
  }

  /** Resolves when `check` holds, re-checked after every call and update; rejects after `timeoutMs`. */
  async waitFor<T>(check: () => T | undefined | false, timeoutMs = 10_000, what = 'condition'): Promise<T> {
    const first = check()
    if (first) return first
    return new Promise<T>((resolve, reject) => {
      const onEvent = (): void => {
        const value = check()
        if (!value) return
        cleanup()
        resolve(value)
      }
      const timer = setTimeout(() => {
        cleanup()
        reject(new Error(`fake Bot API: timed out after ${timeoutMs} ms waiting for ${what}`))
      }, timeoutMs)
      const cleanup = (): void => {
        clearTimeout(timer)
        this.off('call', onEvent)
        this.off('update', onEvent)
        this.off('delivery', onEvent)
        this.off('poll', onEvent)
      }
      this.on('call', onEvent)
      this.on('update', onEvent)
      this.on('delivery', onEvent)
      this.on('poll', onEvent)
    })
  }

  // ---- HTTP -------------------------------------------------------------------------

  async #onRequest(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const match = /^\/bot([^/]+)\/([A-Za-z]+)$/.exec(new URL(req.url ?? '/', 'http://x').pathname)
    if (!match) return send(res, new ApiError(404, 'Not Found'))
    const [, token, method] = match as unknown as [string, string, string]
    const fault = this.faults.take(method)
    if (fault?.kind === 'drop') {
      this.#record(method, {}, {ok: false, dropped: true}, fault)
      req.socket.destroy()
      return
    }
    let params: Params
    try {
      params = await readParams(req)
    } catch {
      return send(res, badRequest('invalid request body'))
    }
    if (fault?.kind === 'slow') await sleep(fault.delayMs)
    if (token !== this.token) {
      return this.#answer(res, method, params, new ApiError(401, 'Unauthorized'), fault)
    }
    if (fault?.kind === 'retry-after') {
      const error = new ApiError(429, `Too Many Requests: retry after ${fault.seconds}`, {retry_after: fault.seconds})
      return this.#answer(res, method, params, error, fault)
    }
    if (fault?.kind === 'error') {
      const error = new ApiError(fault.code, fault.description ?? defaultDescription(fault.code))
      return this.#answer(res, method, params, error, fault)
    }
    try {
      const result = await this.#dispatch(method, params, res)
      this.#answer(res, method, params, {result}, fault)
    } catch (error) {
      const apiError = error instanceof ApiError ? error : new ApiError(500, `Internal Server Error: ${String(error)}`)
      this.#answer(res, method, params, apiError, fault)
    }
  }

  #answer(res: ServerResponse, method: string, params: Params, answer: ApiError | {result: unknown}, fault?: Fault): void {
    const outcome: CallOutcome =
      answer instanceof ApiError
        ? {ok: false, error_code: answer.code, description: answer.description}
        : {ok: true, result: answer.result}
    const call = this.#record(method, params, outcome, fault, false)
    if (outcome.ok) this.#noteOutput(call)
    this.emit('call', call)
    send(res, answer instanceof ApiError ? answer : {ok: true, result: answer.result})
  }

  #record(method: string, params: Params, outcome: CallOutcome, fault?: Fault, emit = true): ApiCall {
    const call: ApiCall = {seq: this.calls.length + 1, method, params, at: Date.now(), outcome, ...(fault ? {fault} : {})}
    this.calls.push(call)
    if (emit) this.emit('call', call)
    return call
  }

  #noteOutput(call: ApiCall): void {
    const {method, params} = call
    const result = call.outcome.ok ? call.outcome.result : undefined
    if (method === 'sendMessage' || method === 'editMessageText' || method === 'editMessageReplyMarkup') {
      const message = typeof result === 'object' && result !== null ? (result as StoredMessage) : undefined
      this.outputs.push({
        kind: method === 'sendMessage' ? 'message' : 'edit',
        method,
        chatId: message?.chat.id,
        messageId: message?.message_id,
        text: message?.text,
        buttons: buttonsOf(message?.reply_markup),
        call
      })
    } else if (method === 'sendPhoto' || method === 'sendVenue') {
      const message = result as StoredMessage
      const venue = message.venue
      this.outputs.push({
        kind: method === 'sendPhoto' ? 'photo' : 'venue',
        method,
        chatId: message.chat.id,
        messageId: message.message_id,
        ...(message.caption !== undefined ? {text: message.caption} : {}),
        ...(venue ? {text: `${venue.title}\n${venue.address}`, venue} : {}),
        ...(message.photo ? {photo: message.photo.at(-1)!} : {}),
        buttons: buttonsOf(message.reply_markup),
        call
      })
    } else if (method === 'answerInlineQuery') {
      this.outputs.push({
        kind: 'inline',
        method,
        inlineQueryId: String(params.inline_query_id),
        results: params.results as Params[],
        buttons: [],
        call
      })
    } else if (method === 'answerCallbackQuery') {
      this.outputs.push({
        kind: 'callback-answer',
        method,
        callbackQueryId: String(params.callback_query_id),
        ...(typeof params.text === 'string' ? {text: params.text} : {}),
        buttons: [],
        call
      })
    }
  }

  // ---- methods ----------------------------------------------------------------------

  async #dispatch(method: string, params: Params, res: ServerResponse): Promise<unknown> {
    if (messageMethods.has(method) && this.#rateLimiter) {
      const admitted = this.#rateLimiter.admit(String(params.chat_id))
      if (!admitted.ok) {
        throw new ApiError(429, `Too Many Requests: retry after ${admitted.retryAfter}`, {
          retry_after: admitted.retryAfter
        })
      }
    }
    switch (method) {
      case 'getMe':
        return this.botInfo
      case 'getUpdates':
        return this.#getUpdates(params, res)
      case 'sendMessage':
        return this.#sendMessage(params)
      case 'sendPhoto':
        return this.#sendPhoto(params)
      case 'sendVenue':
        return this.#sendVenue(params)
      case 'editMessageText':
        return this.#editMessage(params, true)
      case 'editMessageReplyMarkup':
        return this.#editMessage(params, false)
      case 'answerCallbackQuery':
        return closeQuery(this.#openCallbackQueries, params.callback_query_id)
      case 'answerInlineQuery':
        checkInlineResults(params.results)
        return closeQuery(this.#openInlineQueries, params.inline_query_id)
      case 'setMyCommands':
        this.commands.set(commandScopeKey(params), checkCommands(params.commands))
        return true
      case 'deleteMyCommands':
        this.commands.delete(commandScopeKey(params))
        return true
      case 'getMyCommands':
        return this.commands.get(commandScopeKey(params)) ?? []
      case 'sendChatAction':
        return true
      case 'setWebhook':
        return this.#setWebhook(params)
      case 'deleteWebhook':
        this.webhook?.stop()
        this.webhook = undefined
        if (params.drop_pending_updates === true) this.queue.clear()
        return true
      case 'getWebhookInfo':
        return {
          url: this.webhook?.settings.url ?? '',
          has_custom_certificate: false,
          pending_update_count: this.queue.size,
          ...(this.webhook ? {max_connections: this.webhook.settings.maxConnections} : {}),
          ...(this.webhook?.lastError
            ? {
                last_error_date: Math.floor(this.webhook.lastError.at / 1000),
                last_error_message: this.webhook.lastError.message
              }
            : {})
        }
      case 'close':
      case 'logOut':
        return true
      default:
        throw new ApiError(404, 'Not Found: method not found')
    }
  }

  async #getUpdates(params: Params, res: ServerResponse): Promise<Update[]> {
    if (this.webhook) throw conflictWebhookActive()
    const offset = Number(params.offset ?? 0)
    const limit = Math.max(1, Math.min(100, Number(params.limit ?? 100)))
    const timeoutMs = Math.max(0, Number(params.timeout ?? 0)) * 1000
    if (offset > 0) this.queue.confirmBelow(offset)
    // A newer getUpdates ends the one waiting, as Telegram does when two instances poll.
    this.#poller?.respond(conflictOtherPoller(), [])
    const ready = this.queue.from(offset, limit)
    if (ready.length > 0 || timeoutMs === 0) return ready
    return new Promise<Update[]>((resolve, reject) => {
      const poller = {
        respond: (error: ApiError | undefined, updates: Update[]) => {
          if (this.#poller !== poller) return
          this.#poller = undefined
          clearTimeout(timer)
          if (error) reject(error)
          else resolve(updates)
        },
        wake: () => {
          const updates = this.queue.from(offset, limit)
          // Telegram returns a little after the first update so a burst comes as one batch.
          if (updates.length > 0) setTimeout(() => poller.respond(undefined, this.queue.from(offset, limit)), 2)
        }
      }
      const timer = setTimeout(() => poller.respond(undefined, []), timeoutMs)
      this.#poller = poller
      this.emit('poll')
      res.on('close', () => {
        if (this.#poller === poller && !res.writableEnded) {
          this.#poller = undefined
          clearTimeout(timer)
        }
      })
    })
  }

  #sendMessage(params: Params): StoredMessage {
    const chatId = this.#recipient(params)
    const {text, markup} = this.#content(params)
    return this.#newMessage(chatId, {text, ...(markup ? {reply_markup: markup} : {})})
  }

  /** A photo: an upload (PNG or JPEG, up to 10 MB) or the file id of one uploaded before. */
  #sendPhoto(params: Params): StoredMessage {
    const chatId = this.#recipient(params)
    const photo = params.photo
    let sizes: PhotoSize[]
    if (isUpload(photo)) {
      const size = imageSize(photo.bytes)
      if (!size) throw badRequest('IMAGE_PROCESS_FAILED')
      if (photo.bytes.length > MAX_PHOTO_BYTES) throw badRequest('PHOTO_INVALID_DIMENSIONS')
      const serial = this.#files.size + 1
      // Telegram keeps a few sizes of every photo; bots take the last (largest).
      const thumbnail = {file_id: `AgACfakeThumb${serial}`, file_unique_id: `fakeT${serial}`, width: Math.min(320, size.width), height: Math.round(size.height * Math.min(1, 320 / size.width)), file_size: Math.ceil(photo.bytes.length / 8)}
      const full = {file_id: `AgACfakePhoto${serial}`, file_unique_id: `fakeP${serial}`, ...size, file_size: photo.bytes.length}
      this.#files.set(thumbnail.file_id, photo.bytes)
      this.#files.set(full.file_id, photo.bytes)
      sizes = [thumbnail, full]
    } else if (typeof photo === 'string' && this.#files.has(photo)) {
      const bytes = this.#files.get(photo)!
      const size = imageSize(bytes)!
      sizes = [{file_id: photo, file_unique_id: `fake${photo}`, ...size, file_size: bytes.length}]
    } else {
      // No internet here, and unknown file ids are refused as Telegram does.
      throw badRequest('wrong file identifier/HTTP URL specified')
    }
    const {text: caption, markup} = this.#content(params, {field: 'caption', limit: MAX_CAPTION, optional: true})
    return this.#newMessage(chatId, {photo: sizes, ...(caption ? {caption} : {}), ...(markup ? {reply_markup: markup} : {})})
  }

  #sendVenue(params: Params): StoredMessage {
    const chatId = this.#recipient(params)
    const latitude = Number(params.latitude)
    const longitude = Number(params.longitude)
    if (params.latitude === undefined || !(Math.abs(latitude) <= 90)) throw badRequest('wrong latitude specified')
    if (params.longitude === undefined || !(Math.abs(longitude) <= 180)) throw badRequest('wrong longitude specified')
    const title = typeof params.title === 'string' ? params.title.trim() : ''
    const address = typeof params.address === 'string' ? params.address.trim() : ''
    if (title === '' || address === '') throw badRequest('VENUE_INVALID')
    const markup = checkMarkup(params.reply_markup)
    return this.#newMessage(chatId, {venue: {location: {latitude, longitude}, title, address}, ...(markup ? {reply_markup: markup} : {})})
  }

  /** The chat a message goes to: known, and not blocked by its person. */
  #recipient(params: Params): number {
    const chatId = this.#chat(params)
    if (this.#blockedBy.has(chatId)) throw new ApiError(403, 'Forbidden: bot was blocked by the user')
    return chatId
  }

  #newMessage(chatId: number, content: Partial<StoredMessage>): StoredMessage {
    const message: StoredMessage = {
      message_id: this.nextMessageId(chatId),
      date: Math.floor(Date.now() / 1000),
      chat: {id: chatId, type: 'private', first_name: 'Chat'},
      from: this.botInfo,
      ...content
    }
    this.rememberMessage(message)
    return message
  }

  #editMessage(params: Params, withText: boolean): StoredMessage | true {
    if (params.inline_message_id !== undefined) {
      if (withText) this.#content(params)
      return true
    }
    const chatId = this.#chat(params)
    const existing = this.#messages.get(chatId)?.get(Number(params.message_id))
    if (!existing) throw badRequest('message to edit not found')
    const next: StoredMessage = {...existing, edit_date: Math.floor(Date.now() / 1000)}
    if (withText) {
      const {text, markup} = this.#content(params)
      next.text = text
      if (markup) next.reply_markup = markup
      else delete next.reply_markup
    } else {
      const markup = checkMarkup(params.reply_markup)
      if (markup) next.reply_markup = markup
      else delete next.reply_markup
    }
    if (next.text === existing.text && JSON.stringify(next.reply_markup) === JSON.stringify(existing.reply_markup)) {
      throw badRequest(
        'message is not modified: specified new message content and reply markup are exactly the same as a current content and reply markup of the message'
      )
    }
    this.rememberMessage(next)
    return next
  }

  #chat(params: Params): number {
    const chatId = Number(params.chat_id)
    if (params.chat_id === undefined || Number.isNaN(chatId)) throw badRequest('chat_id is empty')
    if (!this.#knownChats.has(chatId)) throw badRequest('chat not found')
    return chatId
  }

  /** A message's text (or a photo's caption) as people read it, checked as Telegram checks it. */
  #content(params: Params, {field = 'text', limit = 4096, optional = false} = {}): {text: string; markup: InlineKeyboardMarkup | undefined} {
    const value = params[field]
    const raw = typeof value === 'string' ? value : ''
    let text = raw
    if (params.parse_mode === 'HTML') {
      const parsed = parseTelegramHtml(raw)
      if (!parsed.ok) throw new ApiError(400, parsed.description)
      text = parsed.text
    }
    if (text.trim() === '' && !optional) throw badRequest('message text is empty')
    if ([...text].length > limit) throw badRequest(field === 'caption' ? 'message caption is too long' : 'message is too long')
    return {text, markup: checkMarkup(params.reply_markup)}
  }

  #setWebhook(params: Params): true {
    const url = typeof params.url === 'string' ? params.url : ''
    this.webhook?.stop()
    this.webhook = undefined
    if (params.drop_pending_updates === true) this.queue.clear()
    if (url === '') return true
    let parsed: URL
    try {
      parsed = new URL(url)
    } catch {
      throw badRequest('invalid webhook URL specified')
    }
    // This fake only ever talks to the loopback interface.
    if (!['127.0.0.1', 'localhost', '[::1]'].includes(parsed.hostname)) {
      throw badRequest('bad webhook: this fake Bot API only delivers to loopback addresses')
    }
    const secret = params.secret_token
    if (secret !== undefined && (typeof secret !== 'string' || !/^[A-Za-z0-9_-]{1,256}$/.test(secret))) {
      throw badRequest('secret token contains unallowed characters')
    }
    this.webhook = new WebhookDelivery(
      {
        url,
        ...(typeof secret === 'string' ? {secretToken: secret} : {}),
        maxConnections: Number(params.max_connections ?? 40)
      },
      this.queue,
      this.#webhookOptions,
      (record) => {
        this.deliveries.push(record)
        // A delivery of a replaced webhook may end after the new one started: let the new one retry it.
        this.webhook?.pump()
        this.emit('delivery', record)
      }
    )
    this.webhook.pump()
    return true
  }
}

export async function startFakeBotApi(options: FakeBotApiOptions = {}): Promise<FakeBotApi> {
  return new FakeBotApi(options).listen()
}

// ---- helpers ----------------------------------------------------------------------------

function send(res: ServerResponse, body: ApiError | {ok: true; result: unknown}): void {
  if (res.destroyed || res.writableEnded) return
  const status = body instanceof ApiError ? body.code : 200
  const json = JSON.stringify(body)
  res.writeHead(status, {'content-type': 'application/json', 'content-length': Buffer.byteLength(json)})
  res.end(json)
}

async function readParams(req: IncomingMessage): Promise<Params> {
  const query = Object.fromEntries(new URL(req.url ?? '/', 'http://x').searchParams)
  const chunks: Buffer[] = []
  for await (const chunk of req) chunks.push(chunk as Buffer)
  const bytes = Buffer.concat(chunks)
  const body = bytes.toString('utf8')
  const type = req.headers['content-type'] ?? ''
  if (body === '') return decodeValues(query)
  if (type.includes('multipart/form-data')) return readMultipart(bytes, type, query)
  if (type.includes('application/json')) return {...query, ...(JSON.parse(body) as Params)}
  if (type.includes('application/x-www-form-urlencoded')) {
    return decodeValues({...query, ...Object.fromEntries(new URLSearchParams(body))})
  }
  throw new Error(`unsupported content type ${type}`)
}

/**
 * Uploads (grammY's InputFile): fields as strings, files as parts. A field may point at a file
 * part with `attach://<name>`, as media groups and grammY's uploads do.
 */
function readMultipart(bytes: Buffer, type: string, query: Record<string, string>): Params {
  const fields: Record<string, string> = {...query}
  const files = new Map<string, UploadedFile>()
  for (const part of multipartParts(bytes, type)) {
    if (part.filename === undefined) fields[part.name] = part.body.toString('utf8')
    else files.set(part.name, {name: part.filename, bytes: part.body})
  }
  const params = decodeValues(fields)
  for (const [key, value] of Object.entries(params)) {
    const attached = typeof value === 'string' && value.startsWith('attach://') ? files.get(value.slice('attach://'.length)) : undefined
    if (attached) params[key] = attached
  }
  for (const [name, file] of files) if (!(name in params)) params[name] = file
  return params
}

/**
 * The parts of a multipart/form-data body. Lenient where Telegram is: grammY writes
 * `content-disposition:form-data;name="x";filename=map.png` (no spaces, filename unquoted),
 * which Node's own FormData parser refuses.
 */
function multipartParts(bytes: Buffer, type: string): Array<{name: string; filename?: string; body: Buffer}> {
  const boundary = /boundary=(?:"([^"]+)"|([^;]+))/i.exec(type)
  if (!boundary) throw new Error('multipart body without a boundary')
  const delimiter = Buffer.from(`--${boundary[1] ?? boundary[2]!.trim()}`)
  const parts: Array<{name: string; filename?: string; body: Buffer}> = []
  let at = bytes.indexOf(delimiter)
  while (at !== -1) {
    const start = at + delimiter.length
    if (bytes.subarray(start, start + 2).toString() === '--') break
    const next = bytes.indexOf(delimiter, start)
    if (next === -1) throw new Error('multipart body not closed')
    // Between "\r\n" after the delimiter and "\r\n" before the next one.
    const part = bytes.subarray(start + 2, next - 2)
    const headerEnd = part.indexOf('\r\n\r\n')
    if (headerEnd === -1) throw new Error('multipart part without headers')
    const disposition = part.subarray(0, headerEnd).toString('utf8').split('\r\n').find((line) => /^content-disposition\s*:/i.test(line)) ?? ''
    const name = /;\s*name=(?:"([^"]*)"|([^;\s]+))/i.exec(disposition)
    const filename = /;\s*filename=(?:"([^"]*)"|([^;\s]+))/i.exec(disposition)
    if (!name) throw new Error('multipart part without a name')
    parts.push({name: name[1] ?? name[2]!, ...(filename ? {filename: filename[1] ?? filename[2]!} : {}), body: part.subarray(headerEnd + 4)})
    at = next
  }
  return parts
}

function isUpload(value: unknown): value is UploadedFile {
  return typeof value === 'object' && value !== null && Buffer.isBuffer((value as UploadedFile).bytes)
}

/** Width and height of a PNG or JPEG, or undefined when the bytes are neither. */
function imageSize(bytes: Buffer): {width: number; height: number} | undefined {
  if (bytes.length > 24 && bytes.subarray(0, 8).equals(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]))) {
    return {width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20)}
  }
  if (bytes.length > 4 && bytes[0] === 0xff && bytes[1] === 0xd8) {
    // JPEG: walk the segments to the first start-of-frame.
    let at = 2
    while (at + 9 < bytes.length && bytes[at] === 0xff) {
      const marker = bytes[at + 1]!
      if (marker >= 0xc0 && marker <= 0xcf && ![0xc4, 0xc8, 0xcc].includes(marker)) return {width: bytes.readUInt16BE(at + 7), height: bytes.readUInt16BE(at + 5)}
      at += 2 + bytes.readUInt16BE(at + 2)
    }
  }
  return undefined
}

/** Form and query values arrive as strings; JSON-looking ones (reply_markup, results) are decoded. */
function decodeValues(values: Record<string, string>): Params {
  const params: Params = {}
  for (const [key, value] of Object.entries(values)) {
    try {
      params[key] = /^[[{]/.test(value) ? JSON.parse(value) : value
    } catch {
      params[key] = value
    }
  }
  return params
}

function checkMarkup(markup: unknown): InlineKeyboardMarkup | undefined {
  if (markup === undefined) return undefined
  const keyboard = (markup as InlineKeyboardMarkup).inline_keyboard
  if (!Array.isArray(keyboard)) return undefined // reply keyboards and removals are not kept
  for (const row of keyboard) {
    if (!Array.isArray(row)) throw badRequest('field "inline_keyboard" of the InlineKeyboardMarkup should be an Array of Arrays')
    for (const button of row) {
      if (typeof button.text !== 'string' || button.text.trim() === '') throw badRequest('BUTTON_TEXT_EMPTY')
      if ('callback_data' in button && Buffer.byteLength(button.callback_data) > 64) {
        throw badRequest('BUTTON_DATA_INVALID')
      }
      if ('url' in button && !/^(https?|tg):\/\//.test(button.url)) {
        throw badRequest(`inline keyboard button URL '${button.url}' is invalid: Wrong HTTP URL`)
      }
    }
  }
  return {inline_keyboard: keyboard}
}

function buttonsOf(markup: InlineKeyboardMarkup | undefined): ButtonView[][] {
  return (markup?.inline_keyboard ?? []).map((row) =>
    row.map((button) => ({
      text: button.text,
      ...('callback_data' in button ? {callbackData: button.callback_data} : {}),
      ...('url' in button ? {url: button.url} : {})
    }))
  )
}

function closeQuery(open: Set<string>, id: unknown): true {
  if (!open.delete(String(id))) {
    throw badRequest('query is too old and response timeout expired or query ID is invalid')
  }
  return true
}

function checkInlineResults(results: unknown): void {
  if (!Array.isArray(results)) throw badRequest('field "results" must be an Array')
  if (results.length > 50) throw badRequest('RESULTS_TOO_MUCH')
  const ids = new Set<string>()
  for (const result of results as Params[]) {
    const id = typeof result.id === 'string' || typeof result.id === 'number' ? String(result.id) : ''
    if (id === '' || Buffer.byteLength(id) > 64) throw badRequest('RESULT_ID_INVALID')
    if (ids.has(id)) throw badRequest('RESULT_ID_DUPLICATE')
    ids.add(id)
    if (result.type === 'article') {
      const content = result.input_message_content as Params | undefined
      if (!result.title) throw badRequest('RESULT_TITLE_EMPTY')
      if (typeof content?.message_text !== 'string' || content.message_text.trim() === '') {
        throw badRequest('MESSAGE_EMPTY')
      }
      if (content.parse_mode === 'HTML') {
        const parsed = parseTelegramHtml(content.message_text)
        if (!parsed.ok) throw new ApiError(400, parsed.description)
      }
    }
  }
}

function checkCommands(commands: unknown): BotCommand[] {
  if (!Array.isArray(commands) || commands.length > 100) throw badRequest('BOT_COMMANDS_TOO_MUCH')
  for (const command of commands as BotCommand[]) {
    if (!/^[a-z0-9_]{1,32}$/.test(String(command.command))) throw badRequest('BOT_COMMAND_INVALID')
    const description = String(command.description ?? '')
    if (description.length < 1 || description.length > 256) throw badRequest('BOT_COMMAND_DESCRIPTION_INVALID')
  }
  return commands as BotCommand[]
}

function commandScopeKey(params: Params): string {
  return `${JSON.stringify(params.scope ?? {type: 'default'})}|${typeof params.language_code === 'string' ? params.language_code : ''}`
}

function defaultDescription(code: number): string {
  if (code === 409) return conflictOtherPoller().description
  if (code >= 500) return 'Internal Server Error'
  return `Error ${code}`
}

function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms))
}

export type {User}
