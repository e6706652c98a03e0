/**
 * Telegram's HTML parse mode, checked the way the Bot API checks it: only the supported tags,
 * properly nested, and every `<`, `>`, `&` outside a tag escaped. Returns the text people see,
 * or the Bot API's error description.
 */
const supportedTags = new Set([
  'b', 'strong', 'i', 'em', 'u', 'ins', 's', 'strike', 'del', 'span', 'tg-spoiler', 'a', 'code', 'pre',
  'blockquote', 'tg-emoji'
])

const namedEntities: Record<string, string> = {lt: '<', gt: '>', amp: '&', quot: '"'}

export type HtmlResult = {ok: true; text: string} | {ok: false; description: string}

export function parseTelegramHtml(html: string): HtmlResult {
  const open: string[] = []
  let text = ''
  let index = 0
  const fail = (reason: string): HtmlResult => ({
    ok: false,
    description: `Bad Request: can't parse entities: ${reason} at byte offset ${Buffer.byteLength(html.slice(0, index))}`
  })
  while (index < html.length) {
    const char = html[index]!
    if (char === '<') {
      const end = html.indexOf('>', index)
      if (end === -1) return fail('Unclosed start tag')
      const tag = html.slice(index + 1, end).trim()
      const closing = tag.startsWith('/')
      const name = (closing ? tag.slice(1) : tag).split(/\s/)[0]!.toLowerCase()
      if (!supportedTags.has(name)) return fail(`Unsupported start tag "${name}"`)
      if (closing) {
        if (open.pop() !== name) return fail(`Unmatched end tag "${name}"`)
      } else {
        open.push(name)
      }
      index = end + 1
    } else if (char === '>') {
      return fail('Unescaped ">"')
    } else if (char === '&') {
      const match = /^&(#\d+|#x[\da-f]+|[a-z]+);/i.exec(html.slice(index))
      if (!match) return fail('Unescaped "&"')
      const name = match[1]!
      if (name.startsWith('#x')) text += String.fromCodePoint(Number.parseInt(name.slice(2), 16))
      else if (name.startsWith('#')) text += String.fromCodePoint(Number.parseInt(name.slice(1), 10))
      else text += namedEntities[name.toLowerCase()] ?? match[0]
      index += match[0].length
    } else {
      text += char
      index++
    }
  }
  if (open.length > 0) return fail(`Unclosed tag "${open[open.length - 1]}"`)
  return {ok: true, text}
}
