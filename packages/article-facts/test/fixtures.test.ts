/**
 * Every fixture's facts equal its `expected.json` (regenerate with `UPDATE=1 vitest run`), and
 * every fact's source points back at its sentence in the original file.
 */
import {existsSync, readFileSync, writeFileSync} from 'node:fs'
import {describe, expect, it} from 'vitest'
import {extractFacts} from '../src/index.js'
import {fixtureFacts, fixtureInput, fixtureNames, fixturesUrl, now} from './helpers.js'

const names = fixtureNames()

describe('fixtures', () => {
  it('has at least six articles of our own besides the seed', () => {
    expect(names.filter((name) => name !== 'peru-delegation').length).toBeGreaterThanOrEqual(6)
  })

  for (const name of names) {
    describe(name, () => {
      it('matches expected.json', () => {
        const facts = fixtureFacts(name)
        const expectedUrl = new URL(`${name}/expected.json`, fixturesUrl)
        const actual = JSON.stringify(facts, null, 2) + '\n'
        // A new fixture gets its expected file written on a developer's machine, to be read and committed;
        // under CI a missing one is a failure, not a file written and passed.
        if (process.env.UPDATE || (!existsSync(expectedUrl) && !process.env.CI)) writeFileSync(expectedUrl, actual)
        expect(existsSync(expectedUrl), `${name}/expected.json is missing: run UPDATE=1 vitest run and commit it`).toBe(true)
        expect(JSON.parse(actual)).toEqual(JSON.parse(readFileSync(expectedUrl, 'utf8')))
      })

      it('has no errors', () => {
        const {path, text} = fixtureInput(name)
        const {messages} = extractFacts(text, {path, now})
        expect(messages.filter((message) => message.fatal).map(String)).toEqual([])
      })

      it('points every source at its sentence in the original file', () => {
        const {text, path} = fixtureInput(name)
        const plain = path.endsWith('.txt')
        const facts = fixtureFacts(name)
        const lines = text.split('\n')
        const sources: Array<{sentence: string; sentenceIndex: number; start: {line: number; column: number; offset: number}; end: {offset: number}}> = []
        JSON.stringify(facts, (key, value) => {
          if ((key === 'source' || key === 'sources') && value) sources.push(...(Array.isArray(value) ? value : [value]))
          return value
        })
        expect(sources.length).toBeGreaterThan(0)
        for (const source of sources) {
          const sentence = facts.sentences[source.sentenceIndex]
          expect(sentence?.text).toBe(source.sentence)
          const slice = text.slice(source.start.offset, source.end.offset)
          const atLine = lines[source.start.line - 1]?.slice(source.start.column - 1) ?? ''
          if (plain) {
            expect(slice).toBe(source.sentence)
            expect(atLine.startsWith(source.sentence)).toBe(true)
          } else {
            // Markdown syntax (links, emphasis) or HTML tags sit between the words.
            const strip = path.endsWith('.html') ? stripTags : stripMarkdown
            expect(strip(slice)).toBe(source.sentence)
            expect(strip(atLine).startsWith(source.sentence)).toBe(true)
          }
        }
      })
    })
  }
})

function stripTags(text: string): string {
  return text.replace(/<[^>]*>/g, '')
}

function stripMarkdown(text: string): string {
  return text.replace(/\[|\]\([^)]*\)|\*|_/g, '')
}
