import {readdirSync, readFileSync} from 'node:fs'
import {join} from 'node:path'
import {fileURLToPath} from 'node:url'
import {describe, expect, it} from 'vitest'
import {formatCount, list, message} from '../../src/core/messages.js'

const ids = (lang: string) =>
  [...readFileSync(new URL(`../../locales/${lang}/answers.ftl`, import.meta.url), 'utf8').matchAll(/^([a-z][\w-]*) =/gm)].map((match) => match[1]!).sort()

function sources(dir: string): string[] {
  return readdirSync(dir, {withFileTypes: true}).flatMap((entry) => (entry.isDirectory() ? sources(join(dir, entry.name)) : entry.name.endsWith('.ts') ? [readFileSync(join(dir, entry.name), 'utf8')] : []))
}

describe('answers.ftl', () => {
  it('has the same messages in English and Spanish', () => {
    expect(ids('es')).toEqual(ids('en'))
  })

  it('shares no id with ui.ftl: both load into one Fluent bundle per language, where a second message would silently replace the first', () => {
    for (const lang of ['en', 'es']) {
      const ui = [...readFileSync(new URL(`../../locales/${lang}/ui.ftl`, import.meta.url), 'utf8').matchAll(/^([a-z][\w-]*) =/gm)].map((match) => match[1]!)
      expect(ids(lang).filter((id) => ui.includes(id))).toEqual([])
    }
  })

  it('has every message the core asks for', () => {
    const code = sources(fileURLToPath(new URL('../../src/core/', import.meta.url))).join('\n')
    const used = new Set([...code.matchAll(/\b(?:say|message)\((?:[\w.]+, )?'([a-z][\w-]*)'/g)].map((match) => match[1]!))
    expect(used.size).toBeGreaterThan(30)
    for (const id of used) expect(ids('en'), id).toContain(id)
  })

  it('leaves no gap where an optional part is empty', () => {
    expect(message('en', 'event-protest', {when: '', where: '', context: ''})).toBe('protests began.')
    expect(message('es', 'petition-demand', {target: 'el gobierno', demand: 'x'})).toBe('Pide al gobierno: x.')
  })

  it('formats counts and lists the local way', () => {
    expect(formatCount('en', 200000)).toBe('200,000')
    expect(formatCount('es', 200000)).toBe('200.000')
    expect(formatCount('es', 5000)).toBe('5.000')
    expect(list('es', ['a', 'b', 'c'])).toBe('a, b y c')
  })
})
