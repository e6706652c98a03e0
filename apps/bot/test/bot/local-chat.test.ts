import {Readable, Writable} from 'node:stream'
import {describe, expect, it, vi} from 'vitest'
import {LocalBot} from '../../src/bot/local-bot.js'
import {runLocalChat} from '../../src/chat/local-chat.js'
import {seedFacts} from './fixtures/seed-facts.js'

vi.mock('../../src/core/answer.js', () => import('./core-stand-in.js'))

async function chat(lines: string[], languageCode = 'en') {
  let output = ''
  const sink = new Writable({
    write(chunk, _encoding, done) {
      output += String(chunk)
      done()
    }
  })
  const facts = seedFacts()
  await runLocalChat(new LocalBot({facts: () => facts}), {input: Readable.from(lines.map((l) => `${l}\n`)), output: sink}, {color: false, languageCode})
  return output
}

describe('local chat', () => {
  it('says what it is, shows the menu as numbered choices, and a number presses a button', async () => {
    const output = await chat(['1'])
    expect(output.split('\n')[0]).toMatch(/^Local chat with the bot .*\/quit or Ctrl\+D/)
    expect(output).toContain('[1] 👥 The delegation   [2] 📄 The report')
    expect(output).toContain('[7] 🌐 Language')
    expect(output).toContain('(pressed “👥 The delegation”)')
    expect(output).toContain('bot › Agnès Callamard leads the delegation.')
    expect(output.trimEnd().endsWith('Bye.')).toBe(true)
  })

  it('echoes piped questions, answers them, shows links with their URL and edits in place', async () => {
    const facts = seedFacts()
    const output = await chat(['who leads the delegation?', '/act', '1', '/language', '2', '99'])
    expect(output).toContain('you › who leads the delegation?')
    expect(output).toContain(`[1] ${facts.actions[0]?.text} ↗ ${facts.actions[0]?.url}`)
    expect(output).toContain(`(a link: open ${facts.actions[0]?.url} in your browser)`)
    expect(output).toContain('bot (edited) › Listo: los menús están ahora en español.')
    expect(output).toContain('(no button 99: pick 1 to 7)')
  })

  it('quotes sources with a bar and tries inline mode with @bot', async () => {
    const output = await chat(['/quote', '@campaign_facts_bot who leads the delegation?', '/quit', 'never read'])
    expect(output).toContain('│ “We are here to accompany')
    expect(output).toContain('inline › who leads the delegation? — Agnès Callamard leads the delegation.')
    expect(output).not.toContain('never read')
  })
})
