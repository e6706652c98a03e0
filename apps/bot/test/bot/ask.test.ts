import {mkdtempSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import {join} from 'node:path'
import {fileURLToPath} from 'node:url'
import type {Facts} from 'article-facts'
import {beforeAll, describe, expect, it} from 'vitest'
import {main} from '../../src/ask.js'
import type {AskResult} from '../../src/ask.js'
import {seedFacts} from './fixtures/seed-facts.js'
import {LIBRARY_DIR} from '../fixtures/library.js'
import {memoryIo} from './io.js'

const facts = seedFacts()
let bundlePath: string

function bundleOf(...articles: Facts[]) {
  return {
    schemaVersion: 1,
    contentHash: 'test',
    articles: articles.map((article, index) => ({path: `articles/${index}.txt`, hash: String(index), facts: article}))
  }
}

beforeAll(() => {
  const dir = mkdtempSync(join(tmpdir(), 'ask-test-'))
  bundlePath = join(dir, 'facts-bundle.json')
  writeFileSync(bundlePath, JSON.stringify(bundleOf(facts)))
})

async function ask(args: string[], stdin?: string[]) {
  const io = memoryIo(stdin)
  const code = await main(args, io.io, {bundlePath})
  const lines = io.stdout().trim().split('\n').filter(Boolean)
  return {code, stdout: io.stdout(), stderr: io.stderr(), json: () => lines.map((line) => JSON.parse(line) as AskResult)}
}

describe('ask', () => {
  it('prints one JSON object per question with what the person reads', async () => {
    const result = await ask(['--json', 'Who leads the delegation?', 'what is the weather?'])
    expect(result.code).toBe(0)
    const [first, second] = result.json()
    expect(Object.keys(first!)).toEqual(['question', 'answer', 'buttons', 'intent', 'confidence', 'sources'])
    expect(first).toMatchObject({question: 'Who leads the delegation?', intent: 'delegation'})
    expect(first?.confidence).toBeGreaterThan(0.5)
    // The text read, then one line per button label.
    const labels = first?.buttons.map((button) => button.label) ?? []
    expect(labels).toContain('Source')
    expect(first?.answer.split('\n').slice(-labels.length)).toEqual(labels)
    expect(first?.answer).toContain('Agnès Callamard')
    expect(first?.answer).not.toMatch(/<\/?b>|&amp;/)
    expect(first?.sources).toContainEqual(expect.objectContaining({sentence: facts.sentences[0]?.text, line: facts.sentences[0]?.start.line, column: facts.sentences[0]?.start.column}))
    expect(second).toMatchObject({intent: 'out-of-scope', sources: []})
  })

  it('answers from the newest article of the bundle', async () => {
    const [result] = (await ask(['--json', '/delegation'])).json()
    expect(result?.answer).toContain('Agnès Callamard')
  })

  it('keeps one conversation, or a fresh chat per question with --fresh', async () => {
    const together = (await ask(['--json'], ['who leads the delegation?', 'and when?'])).json()
    expect(together[1]?.intent).toBe('delegation')
    const fresh = (await ask(['--json', '--fresh'], ['who leads the delegation?', 'and when?'])).json()
    expect(fresh[1]?.intent).not.toBe('delegation')
  })

  it('answers a Spanish question in Spanish', async () => {
    const [answer] = (await ask(['--json', '¿Quién lidera la delegación?'])).json()
    expect(answer?.buttons.map((button) => button.label)).toContain('Fuente')
  })

  it('--lang sets the asker language (menus and commands)', async () => {
    const [welcome] = (await ask(['--json', '--lang', 'es', '/start'])).json()
    expect(welcome?.answer).toContain('¡Hola')
    expect(welcome?.intent).toBeNull()
    expect(welcome?.buttons.map((button) => button.label)).toContain('👥 La delegación')
  })

  it('prints readable text without --json, URL buttons with their link', async () => {
    const {stdout} = await ask(['/act'])
    expect(stdout).toContain('you › /act')
    expect(stdout).toMatch(/^bot › .*Tell Peru to stop using excessive force against protesters/m)
    expect(stdout).toContain(`${facts.actions[0]?.text} ↗ ${facts.actions[0]?.url}`)
  })

  it('exits 2 on usage errors', async () => {
    for (const args of [['--nope'], ['--lang', 'fr', 'hi'], []]) {
      const result = await ask(args)
      expect(result.code).toBe(2)
      expect(result.stderr).toContain('Usage: ask')
    }
  })

  it('exits 1 when the content cannot be loaded', async () => {
    const io = memoryIo(undefined)
    expect(await main(['hi'], io.io, {bundlePath: '/nonexistent/facts-bundle.json'})).toBe(1)
    expect(io.stderr()).toContain('content:build')
    const broken = join(mkdtempSync(join(tmpdir(), 'ask-test-')), 'bundle.json')
    writeFileSync(broken, JSON.stringify({schemaVersion: 1, articles: [{}]}))
    const invalid = memoryIo(undefined)
    expect(await main(['hi'], invalid.io, {bundlePath: broken})).toBe(1)
    expect(invalid.stderr()).toContain('does not match the schema')
  })

  it('--article answers from that article, parsed now', async () => {
    const fixture = fileURLToPath(new URL('../../../../packages/article-facts/test/fixtures/two-quotes-press-conference/input.md', import.meta.url))
    const [quote] = (await ask(['--json', '--article', fixture, '/quote'])).json()
    expect(quote?.intent).toBe('quote')
    expect(quote?.answer).toContain('Achieng Otieno')
    expect(quote?.answer).not.toContain('Callamard')
    expect(quote?.sources[0]?.articlePath).toBe(fixture)
  })

  it('--article with a file of our own: the welcome names it, answers come from it', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'ask-article-'))
    const file = join(dir, 'article.md')
    writeFileSync(
      file,
      [
        '---',
        'title: Rights group delivers petition to parliament',
        'published: 2024-03-10',
        '---',
        '',
        'The Example Rights Network delivered a petition with 5,000 signatures to parliament on 3 March 2024, calling on lawmakers to protect journalists.',
        ''
      ].join('\n')
    )
    const [welcome, petition] = (await ask(['--json', '--article', file, '/start', 'how many signatures?'])).json()
    expect(welcome?.answer).toContain('Rights group delivers petition to parliament')
    expect(petition?.answer).toContain('5,000')
  })

  it('--article exits 1 with file:line:column when the parser cannot read it', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'ask-article-'))
    const file = join(dir, 'binary.txt')
    writeFileSync(file, Buffer.from([0, 1, 2, 0]))
    const result = await ask(['--article', file, 'hi'])
    expect(result.code).toBe(1)
    expect(result.stderr).toMatch(new RegExp(`^${file.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}:1:1: .+`))
    expect((await ask(['--article', join(dir, 'missing.txt'), 'hi'])).code).toBe(1)
  })

  it('answers across every article of a folder with --content, naming them', async () => {
    const [answer] = (await ask(['--json', '--content', fileURLToPath(LIBRARY_DIR), 'What did Maria Okafor say?'])).json()
    expect(answer?.articles?.map((article) => article.id)).toEqual(['ruritania-petition-handed-over', 'ruritania-delegation-arrives'])
    expect(answer?.answer).toContain('Earlier, on 1 March 2024')
  })

  it('refuses --article with --content, and a folder without articles', async () => {
    expect((await ask(['--article', 'a.txt', '--content', 'dir', 'hi'])).code).toBe(2)
    const empty = await ask(['--content', mkdtempSync(join(tmpdir(), 'ask-empty-')), 'hi'])
    expect(empty.code).toBe(1)
    expect(empty.stderr).toContain('holds no article')
  })
})
