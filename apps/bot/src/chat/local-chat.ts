/**
 * `pnpm start` without a token: the real bot in the terminal. Lines typed are messages to it,
 * a number presses a button, `@<bot username> …` tries inline mode. Works with piped input too, so a
 * transcript can be scripted: `printf '1\nwho leads it?\n' | pnpm start`.
 */
import {mkdirSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import {join} from 'node:path'
import {createInterface} from 'node:readline'
import type {Readable, Writable} from 'node:stream'
import type {LocalBot, LocalUser, Turn} from '../bot/local-bot.js'
import type {Choice, Style} from './render.js'
import {paint, renderTurn} from './render.js'

export const LOCAL_USER_ID = 4242

export interface ChatIo {
  input: Readable & {isTTY?: boolean}
  output: Writable & {isTTY?: boolean}
}

export interface ChatOptions {
  color: boolean
  /** The Telegram language_code the local user has. */
  languageCode?: string
  firstName?: string
  /** Where pictures the bot sends are written; default: a folder in the system's temporary directory. */
  picturesDir?: string
}

const QUIT = new Set(['/quit', '/exit', 'quit', 'exit'])

export async function runLocalChat(local: LocalBot, io: ChatIo, options: ChatOptions): Promise<void> {
  const picturesDir = options.picturesDir ?? join(tmpdir(), 'campaign-bot-pictures')
  const written = new Map<string, string>()
  const style: Style = {
    color: options.color,
    // Written once per picture, when it is first shown.
    picturePath: (fileId) => {
      const known = written.get(fileId)
      if (known) return known
      const bytes = local.api.photoBytes(fileId)
      if (!bytes) return undefined
      mkdirSync(picturesDir, {recursive: true})
      const path = join(picturesDir, `${fileId}-${process.pid}.png`)
      writeFileSync(path, bytes)
      written.set(fileId, path)
      return path
    }
  }
  const interactive = Boolean(io.input.isTTY)
  const write = (text: string) => io.output.write(`${text}\n`)
  const user = local.user({
    id: LOCAL_USER_ID,
    firstName: options.firstName ?? '',
    ...(options.languageCode ? {languageCode: options.languageCode} : {})
  })
  const username = local.bot.botInfo.username

  write(paint(style, 'dim', 'Local chat with the bot, no Telegram needed: type a question or the number of a button; /quit or Ctrl+D to leave.'))

  let choices: Choice[] = []
  const show = (turn: Turn) => {
    const rendered = renderTurn(turn, style)
    if (rendered.text) write(rendered.text)
    if (rendered.choices.length > 0) choices = rendered.choices
    for (const error of turn.errors) write(paint(style, 'red', `(error: ${error instanceof Error ? error.message : String(error)})`))
  }

  show(await user.say('/start'))
  // An announcement of a new article, sent while the person is typing.
  local.onUnprompted((turn) => {
    const rendered = renderTurn(turn, style)
    if (rendered.text) write(rendered.text)
    if (rendered.choices.length > 0) choices = rendered.choices
  })

  const lines = createInterface({input: io.input, output: interactive ? io.output : undefined, terminal: interactive})
  // Ctrl+C leaves like Ctrl+D (readline would otherwise only pause the input).
  lines.on('SIGINT', () => lines.close())
  lines.setPrompt(paint(style, 'green', 'you › '))
  if (interactive) lines.prompt()
  for await (const raw of lines) {
    const line = raw.trim()
    if (QUIT.has(line.toLowerCase())) break
    if (line.length > 0) {
      if (!interactive) write(`${paint(style, 'green', 'you › ')}${line}`)
      const turn = await send(user, line, choices, username, write, style)
      if (turn) show(turn)
    }
    if (interactive) lines.prompt()
  }
  lines.close()
  // In a terminal the cursor still sits after the prompt.
  write(`${interactive ? '\n' : ''}${paint(style, 'dim', 'Bye.')}`)
}

async function send(
  user: LocalUser,
  line: string,
  choices: readonly Choice[],
  username: string,
  write: (text: string) => void,
  style: Style
): Promise<Turn | undefined> {
  if (/^\d+$/.test(line)) {
    const choice = choices[Number(line) - 1]
    if (!choice) {
      write(paint(style, 'dim', choices.length > 0 ? `(no button ${line}: pick 1 to ${choices.length})` : '(no buttons to press yet)'))
      return undefined
    }
    if (choice.button.url) {
      write(paint(style, 'dim', `(a link: open ${choice.button.url} in your browser)`))
      return undefined
    }
    if (choice.button.data === undefined) return undefined
    write(paint(style, 'dim', `(pressed “${choice.button.label}”)`))
    return user.press(choice.button.data, choice.message)
  }
  const mention = `@${username.toLowerCase()}`
  if (line.toLowerCase().startsWith(mention)) return user.inline(line.slice(mention.length).trim())
  return user.say(line)
}
