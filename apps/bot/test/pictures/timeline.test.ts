import {mkdtempSync, readFileSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import {join} from 'node:path'
import {fileURLToPath} from 'node:url'
import {describe, expect, it} from 'vitest'
import {drawTimeline} from '../../src/pictures/timeline.js'
import {wrap} from '../../src/pictures/svg.js'
import {main} from '../../src/timeline.js'
import {SEED_ARTICLE} from '../fixtures/seed-facts.js'

const labels = {title: 'A release', past: 'happened', planned: 'planned'}

describe('the timeline picture', () => {
  it('draws one row per dated line in order, filled when it happened, hollow when planned, and leaves out undated lines', () => {
    const svg = drawTimeline(
      [
        {iso: '2022-12', when: 'December 2022', text: 'Protests began.', planned: false},
        {text: 'Something undated.', planned: false},
        {iso: '2023-05-25', when: 'Thursday 25 May 2023', text: 'A press conference in Lima & more.', planned: true}
      ],
      labels
    )
    expect(svg.indexOf('Protests began.')).toBeLessThan(svg.indexOf('A press conference in Lima &amp; more.'))
    expect(svg).not.toContain('Something undated')
    expect(svg.match(/<circle cx="225"[^>]*fill="#c0392b"/g)).toHaveLength(1)
    expect(svg.match(/<circle cx="225"[^>]*fill="#ffffff"/g)).toHaveLength(1)
    expect(svg).toContain('>planned</text>')
  })

  it('wraps long lines between words and cuts what does not fit', () => {
    expect(wrap('one two three four', 9, 3)).toEqual(['one two', 'three', 'four'])
    expect(wrap('one two three four', 9, 2)).toEqual(['one two', 'three…'])
  })

  it('pnpm timeline writes the PNG, in Spanish too; an article with no dated event has none', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'timeline-'))
    let said = ''
    const io = {stdout: (text: string) => (said += text), stderr: () => undefined}
    const now = () => new Date('2026-11-29T12:00:00Z')
    expect(await main(['--article', fileURLToPath(SEED_ARTICLE), '--lang', 'es', '--out', join(dir, 't.png')], io, {}, now)).toBe(0)
    expect(said).toContain('4 dated event(s)')
    expect(readFileSync(join(dir, 't.png')).subarray(1, 4).toString()).toBe('PNG')
    writeFileSync(join(dir, 'undated.md'), '# A release\n\nThe organisation asks people to sign the petition.\n')
    let warned = ''
    expect(await main(['--article', join(dir, 'undated.md'), '--out', join(dir, 'u.png')], {stdout: () => undefined, stderr: (text) => (warned += text)}, {}, now)).toBe(1)
    expect(warned).toContain('dates none of its events')
    expect(await main(['--out', join(dir, 'x.png'), '--lang', 'fr'], io, {}, now)).toBe(2)
  })
})
