/**
 * The bot run in-process: `createBot` with the Bot API intercepted and updates fed to
 * `bot.handleUpdate`, one at a time. The local chat, `ask`, the tests and the benchmark all
 * talk to the bot through this, as a Telegram user would.
 */
import type {Bot} from 'grammy'
import type {InlineQueryResult, MessageEntity, Update, User, UserFromGetMe} from 'grammy/types'
import type {BotContext} from './context.js'
import {createBot} from './create-bot.js'
import type {AnswerEvent, BotDeps} from './deps.js'
import type {ApiCall, MessageView} from './local-api.js'
import {inlineResultsOf, LocalApi, messagesOf, noticesOf} from './local-api.js'

export const LOCAL_BOT_INFO: UserFromGetMe = {
  id: 1000,
  is_bot: true,
  first_name: 'Campaign bot',
  username: 'campaign_facts_bot',
  can_join_groups: true,
  can_read_all_group_messages: false,
  supports_inline_queries: true,
  can_connect_to_business: false,
  has_main_web_app: false,
  has_topics_enabled: false,
  allows_users_to_create_topics: false,
  can_manage_bots: false,
  supports_join_request_queries: false
}

/** What one update made the bot do. */
export interface Turn {
  calls: ApiCall[]
  messages: MessageView[]
  /** answerCallbackQuery texts. */
  notices: string[]
  inlineResults: InlineQueryResult[]
  /** What the core answered during this update (usually one). */
  answers: AnswerEvent[]
  /** Errors that reached bot.catch (the person got a friendly reply). */
  errors: unknown[]
}

export class LocalBot {
  readonly bot: Bot<BotContext>
  readonly api: LocalApi
  private nextUpdateId = 1
  private answers: AnswerEvent[] = []
  private errors: unknown[] = []
  private queue: Promise<unknown> = Promise.resolve()

  constructor(deps: BotDeps) {
    const botInfo = deps.botInfo ?? LOCAL_BOT_INFO
    this.bot = createBot('local:intercepted', {
      ...deps,
      botInfo,
      onAnswer: (event) => {
        this.answers.push(event)
        deps.onAnswer?.(event)
      },
      onError: (error) => {
        this.errors.push(error)
        deps.onError?.(error)
      }
    })
    this.api = new LocalApi(this.bot, botInfo)
  }

  /** A person in their own private chat (chat id = user id, as on Telegram). */
  user(options: {id: number; firstName?: string; languageCode?: string}): LocalUser {
    return new LocalUser(this, {
      id: options.id,
      is_bot: false,
      first_name: options.firstName ?? 'You',
      ...(options.languageCode ? {language_code: options.languageCode} : {})
    })
  }

  /** Handles one update and returns what the bot did; updates are handled one at a time. */
  handle(update: Omit<Update, 'update_id'>): Promise<Turn> {
    const turn = this.queue.then(() => this.handleNow(update))
    this.queue = turn.catch(() => undefined)
    return turn
  }

  /** Messages the bot sends on its own, between updates (announcements to followers). */
  onUnprompted(listener: (turn: Turn) => void): void {
    this.api.outside = (call) => listener({calls: [call], messages: messagesOf([call]), notices: [], inlineResults: [], answers: [], errors: []})
  }

  private async handleNow(update: Omit<Update, 'update_id'>): Promise<Turn> {
    this.api.take()
    this.answers = []
    this.errors = []
    this.api.inUpdate = true
    try {
      await this.bot.handleUpdate({update_id: this.nextUpdateId++, ...update})
    } finally {
      this.api.inUpdate = false
    }
    const calls = this.api.take()
    return {
      calls,
      messages: messagesOf(calls),
      notices: noticesOf(calls),
      inlineResults: inlineResultsOf(calls),
      answers: this.answers,
      errors: this.errors
    }
  }
}

export class LocalUser {
  constructor(
    private readonly local: LocalBot,
    readonly user: User
  ) {}

  get chat() {
    return {id: this.user.id, type: 'private' as const, first_name: this.user.first_name}
  }

  /** Sends a text message (a command when it starts with "/"). */
  say(text: string): Promise<Turn> {
    const command = /^\/[A-Za-z0-9_]+(@[A-Za-z0-9_]+)?/.exec(text)
    const entities: MessageEntity[] = command ? [{type: 'bot_command', offset: 0, length: command[0].length}] : []
    return this.local.handle({
      message: {
        message_id: Date.now() % 1_000_000,
        date: now(),
        chat: this.chat,
        from: this.user,
        text,
        ...(entities.length > 0 ? {entities} : {})
      }
    })
  }

  /** Presses an inline button with this callback data, under the message it was sent with. */
  press(data: string, message?: Pick<MessageView, 'messageId' | 'text'>): Promise<Turn> {
    return this.local.handle({
      callback_query: {
        id: String(Date.now()),
        from: this.user,
        chat_instance: String(this.user.id),
        data,
        message: {
          message_id: message?.messageId ?? 1,
          date: now(),
          chat: this.chat,
          from: this.local.bot.botInfo,
          text: message?.text ?? ''
        }
      }
    })
  }

  /** Types `@bot <query>` in some chat. */
  inline(query: string): Promise<Turn> {
    return this.local.handle({
      inline_query: {id: String(Date.now()), from: this.user, query, offset: '', chat_type: 'private'}
    })
  }
}

function now(): number {
  return Math.floor(Date.now() / 1000)
}
