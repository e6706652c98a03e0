/**
 * What the bot did, as terminal text: messages (bold where Telegram shows bold, quotes with a
 * bar), photos as the path of their file, venues with their coordinates, buttons as numbered choices, links with their URL, callback notices, inline results.
 */
import {styleText} from 'node:util'
import {htmlToPlain} from '../format/html.js'
import type {ButtonView, MessageView} from '../bot/local-api.js'
import type {Turn} from '../bot/local-bot.js'

export interface Choice {
  button: ButtonView
  message: MessageView
}

export interface Style {
  color: boolean
  /** Where a photo the bot sent was written, by its file id (the terminal cannot show pictures). */
  picturePath?: (fileId: string) => string | undefined
}

const BOT = 'bot › '
const INDENT = ' '.repeat(BOT.length)

/** The lines to print for a turn, and the buttons it offers (numbered from 1, in order). */
export function renderTurn(turn: Turn, style: Style): {text: string; choices: Choice[]} {
  const lines: string[] = []
  const choices: Choice[] = []
  for (const notice of turn.notices) lines.push(paint(style, 'dim', `(${notice})`))
  for (const message of turn.messages) {
    const head = paint(style, 'cyan', message.edited ? 'bot (edited) › ' : BOT)
    const picture = message.photo ? `🖼 ${paint(style, 'underline', style.picturePath?.(message.photo.fileId) ?? message.photo.fileId)}` : undefined
    const place = message.venue ? `📍 ${message.venue.latitude.toFixed(4)}, ${message.venue.longitude.toFixed(4)}` : undefined
    const body = [picture, place, message.html ? htmlToTerminal(message.html, style) : undefined].filter((part) => part !== undefined).join('\n').split('\n')
    lines.push(...body.map((line, index) => (index === 0 ? head + line : line ? INDENT + line : '')))
    for (const row of message.buttons) {
      const cells = row.map((button) => {
        choices.push({button, message})
        const number = paint(style, 'bold', `[${choices.length}]`)
        return button.url ? `${number} ${button.label} ↗ ${paint(style, 'underline', button.url)}` : `${number} ${button.label}`
      })
      lines.push(INDENT + cells.join('   '))
    }
  }
  for (const result of turn.inlineResults) {
    const description = 'description' in result && result.description ? ` — ${result.description}` : ''
    lines.push(`${paint(style, 'cyan', 'inline › ')}${'title' in result ? result.title : result.id}${description}`)
  }
  return {text: lines.join('\n'), choices}
}

export function htmlToTerminal(html: string, style: Style): string {
  const marked = html
    .replace(/<a href="([^"]*)">([\s\S]*?)<\/a>/g, (_, url: string, label: string) => `${label} (${url})`)
    .replace(/<blockquote[^>]*>([\s\S]*?)<\/blockquote>/g, (_, inner: string) =>
      inner
        .split('\n')
        .map((line) => `\u0001│ ${line}`)
        .join('\n')
    )
    .replace(/<b>([\s\S]*?)<\/b>/g, '\u0002$1\u0003')
  // The markers are control characters on purpose: no text a person or an article writes holds them.
  /* eslint-disable no-control-regex */
  return htmlToPlain(marked)
    .replace(/\u0001│ /g, paint(style, 'dim', '│ '))
    .replace(/\u0002([\s\S]*?)\u0003/g, (_, inner: string) => paint(style, 'bold', inner))
  /* eslint-enable no-control-regex */
}

export function paint(style: Style, format: Parameters<typeof styleText>[0], text: string): string {
  return style.color ? styleText(format, text) : text
}
