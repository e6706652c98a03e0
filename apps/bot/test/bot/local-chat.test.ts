import {existsSync, mkdtempSync, readFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import {join} from 'node:path'
import {Readable, Writable} from 'node:stream'
import {describe, expect, it} from 'vitest'
import {LocalBot} from '../../src/bot/local-bot.js'
import {runLocalChat} from '../../src/chat/local-chat.js'
import {htmlToTerminal} from '../../src/chat/render.js'
import {libraryOf} from '../../src/core/library.js'
import {seedFacts} from './fixtures/seed-facts.js'
import {drawHere} from '../../src/pictures/drawing.js'
import {Pictures} from '../../src/pictures/pictures.js'

const facts = seedFacts()

async function chat(lines: string[], languageCode = 'en', {pictures, picturesDir}: {pictures?: Pictures; picturesDir?: string} = {}) {
  let output = ''
  const sink = new Writable({
    write(chunk, _encoding, done) {
      output += String(chunk)
      done()
    }
  })
  const input = Readable.from(lines.map((line) => `${line}\n`))
  await runLocalChat(new LocalBot({library: () => libraryOf(facts), ...(pictures ? {pictures} : {})}), {input, output: sink}, {color: false, languageCode, ...(picturesDir ? {picturesDir} : {})})
  return output
}

/** The number shown for a button in the last lines of a transcript. */
function numberOf(output: string, label: string): string {
  const found = [...output.matchAll(/\[(\d+)\] ([^[\n]+?)(?=\s{3}\[|\s*$|\s↗)/gm)].filter((match) => match[2] === label).at(-1)
  if (!found?.[1]) throw new Error(`no button "${label}" in:\n${output}`)
  return found[1]
}

describe('local chat', () => {
  it('writes a picture the bot sends to a file, and prints its path', async () => {
    const picturesDir = mkdtempSync(join(tmpdir(), 'local-pictures-'))
    const output = await chat(['/map', '/map'], 'en', {pictures: new Pictures(drawHere()), picturesDir})
    const paths = [...output.matchAll(/^bot › 🖼 (\S+\.png)$/gm)].map((match) => match[1]!)
    expect(paths).toHaveLength(2)
    // Sent again by its file id: the same picture, written once.
    expect(paths[1]).toBe(paths[0])
    expect(paths[0]!.startsWith(picturesDir)).toBe(true)
    expect(existsSync(paths[0]!) && readFileSync(paths[0]!).subarray(1, 4).toString()).toBe('PNG')
    expect(output).toMatch(/📍 The places of Peru: .*: Lima, Ayacucho/)
  }, 30_000)


  it('says what it is, shows the menu as numbered choices, and a number presses a button', async () => {
    const output = await chat(['1'])
    expect(output.split('\n')[0]).toMatch(/^Local chat with the bot, no Telegram needed.*\/quit or Ctrl\+D/)
    expect(output.split('\n')[1]).toBe('bot › Hi! I answer questions about one campaign article, only from what it says, with the sentence each answer comes from.')
    expect(output).toContain('[1] 👥 The delegation   [2] 📄 The report')
    expect(output).toContain('[7] 🌐 Language')
    expect(output).toContain('(pressed “👥 The delegation”)')
    expect(output).toMatch(/^bot › .*Agnès Callamard/m)
    expect(output.trimEnd().endsWith('Bye.')).toBe(true)
  })

  it('echoes piped questions and shows the source of an answer with a quote bar', async () => {
    const first = await chat(['who leads the delegation?'])
    expect(first).toContain('you › who leads the delegation?')
    const output = await chat(['who leads the delegation?', numberOf(first, 'Source')])
    expect(output).toContain('(pressed “Source”)')
    expect(output).toContain(`│ ${facts.sentences[0]?.text}`)
  })

  it('shows links with their URL, edits in place, and explains numbers without a button', async () => {
    const url = facts.actions[0]?.url ?? ''
    const act = await chat(['/act'])
    expect(act).toContain(`↗ ${url}`)
    const linkNumber = act.split('\n').find((line) => line.includes(url))?.match(/\[(\d+)\]/)?.[1] ?? ''
    const output = await chat(['/act', linkNumber, '/language', '2', '99'])
    expect(output).toContain(`(a link: open ${url} in your browser)`)
    expect(output).toContain('bot (edited) › Listo: los menús están ahora en español.')
    expect(output).toContain('[1] 👥 La delegación')
    expect(output).toContain('(no button 99: pick 1 to 7)')
  })

  it('tries inline mode with @bot and stops at /quit', async () => {
    const output = await chat(['@campaign_facts_bot who leads the delegation?', '/quit', 'never read'])
    expect(output).toMatch(/^inline › who leads the delegation\? — .*Agnès Callamard/m)
    expect(output).not.toContain('never read')
  })

  it('renders bold, quotes and links for the terminal', () => {
    expect(htmlToTerminal('<b>a</b> &amp; <blockquote>q</blockquote> <a href="https://x.org">x</a>', {color: false})).toBe(
      'a & │ q x (https://x.org)'
    )
  })
})
