import {readdirSync, readFileSync} from 'node:fs'
import {join} from 'node:path'
import {fileURLToPath} from 'node:url'
import {describe, expect, it} from 'vitest'
import {answerTranslator} from '../../src/bot/i18n.js'
import {formatCount, listOf, literalText, message, type Words} from '../../src/core/words.js'
import {phrase} from '../../src/format/phrase.js'

const say = (lang: 'en' | 'es', words: Words) => phrase(words, lang, answerTranslator())

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
    expect(say('en', message('event-protest', {when: '', where: '', context: ''}))).toBe('protests began.')
    expect(say('es', message('petition-demand', {target: 'el gobierno', demand: 'x'}))).toBe('Pide al gobierno: x.')
  })

  it('formats counts and lists the local way', () => {
    expect(formatCount('en', 200000)).toBe('200,000')
    expect(formatCount('es', 200000)).toBe('200.000')
    expect(formatCount('es', 5000)).toBe('5.000')
    expect(say('es', listOf(['a', 'b', 'c']))).toBe('a, b y c')
    expect(say('en', listOf([]))).toBe('')
  })

  it('ends on one full stop after an abbreviation ("1 p.m.", not "1 p.m.."), an ellipsis left whole', () => {
    expect(say('en', message('evidence-short', {answer: '1 p.m.'}))).toBe('1 p.m.')
    expect(say('en', message('evidence-short', {answer: 'and so on...'}))).toBe('and so on....')
  })

  it('phrases messages inside messages, each in the answer\'s language', () => {
    const words = message('where', {place: listOf(['Strelsau', message('event-default-topic')])})
    expect(say('en', words)).toBe('in Strelsau and its findings')
    expect(say('es', words)).toBe('en Strelsau y sus conclusiones')
  })
})

describe('the words an answer is checked against', () => {
  it('are the facts it carries and the names of its messages, never their wording in a language', () => {
    const words = message('report-documents', {text: listOf(['killings', 'arrests'])})
    expect(literalText(words)).toBe('report documents killings arrests')
    expect(literalText('As written')).toBe('As written')
  })
})
