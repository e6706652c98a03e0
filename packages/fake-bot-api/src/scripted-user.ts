/**
 * A person in a private chat with the bot: sends text and commands, presses inline buttons,
 * types inline queries, and waits for what the bot shows them.
 */
import type {Message, MessageEntity, Update, User} from '@grammyjs/types'
import type {BotOutput, FakeBotApi} from './fake-bot-api.js'

export interface ScriptedUserOptions {
  id?: number
  firstName?: string
  username?: string
  /** Telegram's `language_code` of the user (e.g. `es`). */
  languageCode?: string
}

export interface WaitOptions {
  timeoutMs?: number
  /** Which outputs count as a reply; default: messages, photos, venues, edits and inline answers. */
  kinds?: BotOutput['kind'][]
}

export class ScriptedUser {
  readonly chatId: number
  /** Index into `api.outputs` of the next reply `waitForReply` looks at. */
  #cursor = 0
  readonly #queryIds = new Set<string>()

  constructor(
    readonly api: FakeBotApi,
    readonly user: User
  ) {
    this.chatId = user.id
  }

  /** Sends a message; a leading `/command` gets the `bot_command` entity Telegram adds. */
  sendText(text: string): Update {
    const entities: MessageEntity[] = []
    const command = /^\/[A-Za-z0-9_]+(@[A-Za-z0-9_]+)?/.exec(text)
    if (command) entities.push({type: 'bot_command', offset: 0, length: command[0].length})
    const message = {
      message_id: this.api.nextMessageId(this.chatId),
      date: Math.floor(Date.now() / 1000),
      chat: {id: this.chatId, type: 'private', first_name: this.user.first_name},
      from: this.user,
      text,
      ...(entities.length > 0 ? {entities} : {})
    } as Message.TextMessage
    this.api.rememberMessage(message)
    return this.api.inject({message} as Omit<Update, 'update_id'>)
  }

  /** Presses the button with this label on the newest bot message that has it. */
  pressButton(label: string): Update {
    const messages = this.api.messagesIn(this.chatId).reverse()
    for (const message of messages) {
      for (const row of message.reply_markup?.inline_keyboard ?? []) {
        for (const button of row) {
          if (button.text !== label) continue
          if (!('callback_data' in button)) {
            throw new Error(`button "${label}" is not a callback button; it cannot be pressed`)
          }
          const id = this.api.nextQueryId()
          this.#queryIds.add(id)
          return this.api.inject({
            callback_query: {
              id,
              from: this.user,
              message,
              chat_instance: String(this.chatId),
              data: button.callback_data
            }
          })
        }
      }
    }
    const seen = messages.flatMap((message) =>
      (message.reply_markup?.inline_keyboard ?? []).flat().map((button) => button.text)
    )
    throw new Error(`no button "${label}" in chat ${this.chatId}; buttons: ${JSON.stringify(seen)}`)
  }

  /** Types `@bot query` in some chat. */
  inlineQuery(query: string): Update {
    const id = this.api.nextQueryId()
    this.#queryIds.add(id)
    return this.api.inject({inline_query: {id, from: this.user, query, offset: ''}})
  }

  /** Everything the bot has shown this person so far. */
  outputs(kinds?: BotOutput['kind'][]): BotOutput[] {
    return this.api.outputs.filter((output) => this.#owns(output) && (!kinds || kinds.includes(output.kind)))
  }

  /** The next reply after the previous one this user waited for. */
  async waitForReply(options: WaitOptions = {}): Promise<BotOutput> {
    const kinds = options.kinds ?? ['message', 'photo', 'venue', 'edit', 'inline']
    const found = await this.api.waitFor(
      () => {
        for (let index = this.#cursor; index < this.api.outputs.length; index++) {
          const output = this.api.outputs[index]!
          if (this.#owns(output) && kinds.includes(output.kind)) return {output, index}
        }
        return undefined
      },
      options.timeoutMs ?? 10_000,
      `a reply to user ${this.user.id}`
    )
    this.#cursor = found.index + 1
    return found.output
  }

  #owns(output: BotOutput): boolean {
    if (output.chatId !== undefined) return output.chatId === this.chatId
    const queryId = output.inlineQueryId ?? output.callbackQueryId
    return queryId !== undefined && this.#queryIds.has(queryId)
  }
}
