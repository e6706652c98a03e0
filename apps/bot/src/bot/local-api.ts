/**
 * The Bot API, answered in-process: every call the bot makes is recorded and gets a plausible
 * result, so the real grammY update handling runs without Telegram (local chat, `ask`, tests,
 * benchmarks).
 */
import {InputFile, type Api} from 'grammy'
import type {InlineKeyboardMarkup, InlineQueryResult, UserFromGetMe} from 'grammy/types'
import {escapeHtml, htmlToPlain} from '../format/html.js'

export type Payload = Record<string, unknown>

export interface ApiCall {
  method: string
  payload: Payload
  /** What the bot got back. */
  result: unknown
}

export interface ButtonView {
  label: string
  /** Callback data, for buttons the bot answers. */
  data?: string
  url?: string
}

/** A message as the person sees it: new or edited, with its buttons; a photo's caption is its text. */
export interface MessageView {
  messageId: number
  edited: boolean
  html: string
  /** The text without markup. */
  text: string
  buttons: ButtonView[][]
  /** A photo: its file id here (`api.photoBytes(fileId)` has the picture). */
  photo?: {fileId: string}
  venue?: {latitude: number; longitude: number; title: string; address: string}
}

export class LocalApi {
  private calls: ApiCall[] = []
  private nextMessageId = 1
  private readonly photos = new Map<string, Uint8Array>()
  /** Whether an update is being handled: calls made outside one (an announcement) go to `outside`. */
  inUpdate = false
  outside: ((call: ApiCall) => void) | undefined

  constructor(
    bot: {readonly api: Api},
    private readonly botInfo: UserFromGetMe
  ) {
    bot.api.config.use(async (_previous, method, payload) => {
      const call = {method, payload: (payload ?? {}) as Payload, result: undefined as unknown}
      if (method === 'sendPhoto') await this.keepPhoto(call.payload)
      call.result = this.result(call)
      if (!this.inUpdate && this.outside) this.outside(call)
      else this.calls.push(call)
      return {ok: true, result: call.result} as never
    })
  }

  /** The bytes of a photo the bot sent, by its file id. */
  photoBytes(fileId: string): Uint8Array | undefined {
    return this.photos.get(fileId)
  }

  /** An uploaded photo gets a file id, as Telegram gives one; the payload then carries the id. */
  private async keepPhoto(payload: Payload): Promise<void> {
    const photo = payload.photo
    if (!(photo instanceof InputFile)) return
    const raw = await photo.toRaw()
    const chunks: Uint8Array[] = []
    if (raw instanceof Uint8Array) chunks.push(raw)
    else for await (const chunk of raw) chunks.push(chunk)
    const fileId = `local-photo-${this.photos.size + 1}`
    this.photos.set(fileId, Buffer.concat(chunks))
    payload.photo = fileId
  }

  /** The calls made since the last `take()`. */
  take(): ApiCall[] {
    const calls = this.calls
    this.calls = []
    return calls
  }

  private result({method, payload}: Omit<ApiCall, 'result'>): unknown {
    const now = Math.floor(Date.now() / 1000)
    switch (method) {
      case 'getMe':
        return this.botInfo
      case 'sendMessage':
      case 'editMessageText': {
        if (method === 'editMessageText' && payload.inline_message_id !== undefined) return true
        const messageId = method === 'sendMessage' ? this.nextMessageId++ : Number(payload.message_id)
        return {
          message_id: messageId,
          date: now,
          chat: {id: payload.chat_id, type: 'private', first_name: 'Local'},
          from: this.botInfo,
          text: htmlToPlain(typeof payload.text === 'string' ? payload.text : ''),
          ...(payload.reply_markup ? {reply_markup: payload.reply_markup} : {})
        }
      }
      case 'sendPhoto':
      case 'sendVenue': {
        const venue = method === 'sendVenue' ? {location: {latitude: payload.latitude, longitude: payload.longitude}, title: payload.title, address: payload.address} : undefined
        return {
          message_id: this.nextMessageId++,
          date: now,
          chat: {id: payload.chat_id, type: 'private', first_name: 'Local'},
          from: this.botInfo,
          ...(method === 'sendPhoto' ? {photo: [{file_id: payload.photo, file_unique_id: String(payload.photo), width: 800, height: 600}]} : {venue}),
          ...(typeof payload.caption === 'string' ? {caption: htmlToPlain(payload.caption)} : {}),
          ...(payload.reply_markup ? {reply_markup: payload.reply_markup} : {})
        }
      }
      default:
        return true
    }
  }
}

/** The messages sent or edited by these calls. */
export function messagesOf(calls: readonly ApiCall[]): MessageView[] {
  const views: MessageView[] = []
  for (const {method, payload, result} of calls) {
    if (!['sendMessage', 'editMessageText', 'sendPhoto', 'sendVenue'].includes(method)) continue
    const written = method === 'sendPhoto' ? payload.caption : method === 'sendVenue' ? `${String(payload.title)}\n${String(payload.address)}` : payload.text
    const html = typeof written === 'string' ? written : ''
    const isHtml = payload.parse_mode === 'HTML'
    const sent = result as {message_id?: number} | true
    views.push({
      messageId: sent === true ? 0 : (sent.message_id ?? Number(payload.message_id)),
      edited: method === 'editMessageText',
      html: isHtml ? html : escapeHtml(html),
      text: isHtml ? htmlToPlain(html) : html,
      buttons: buttonsOf(payload.reply_markup),
      ...(method === 'sendPhoto' ? {photo: {fileId: String(payload.photo)}} : {}),
      ...(method === 'sendVenue'
        ? {venue: {latitude: Number(payload.latitude), longitude: Number(payload.longitude), title: String(payload.title), address: String(payload.address)}}
        : {})
    })
  }
  return views
}

/** Texts shown by answerCallbackQuery (the small notice on top of the chat). */
export function noticesOf(calls: readonly ApiCall[]): string[] {
  return calls.flatMap(({method, payload}) =>
    method === 'answerCallbackQuery' && typeof payload.text === 'string' ? [payload.text] : []
  )
}

export function inlineResultsOf(calls: readonly ApiCall[]): InlineQueryResult[] {
  return calls.flatMap(({method, payload}) =>
    method === 'answerInlineQuery' ? ((payload.results ?? []) as InlineQueryResult[]) : []
  )
}

export function buttonsOf(markup: unknown): ButtonView[][] {
  const keyboard = (markup as Partial<InlineKeyboardMarkup> | undefined)?.inline_keyboard ?? []
  return keyboard
    .map((row) =>
      row.map((button): ButtonView => ({
        label: button.text,
        ...('callback_data' in button && button.callback_data !== undefined ? {data: button.callback_data} : {}),
        ...('url' in button && button.url !== undefined ? {url: button.url} : {})
      }))
    )
    .filter((row) => row.length > 0)
}
