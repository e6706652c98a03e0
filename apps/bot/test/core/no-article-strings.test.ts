import {readdirSync, readFileSync} from 'node:fs'
import {join} from 'node:path'
import {fileURLToPath} from 'node:url'
import {describe, expect, it} from 'vitest'
import {seedFacts} from './fixtures/seed-facts.js'

const src = fileURLToPath(new URL('../../src/', import.meta.url))
const locales = fileURLToPath(new URL('../../locales/', import.meta.url))

function files(dir: string): string[] {
  return readdirSync(dir, {withFileTypes: true}).flatMap((entry) => (entry.isDirectory() ? files(join(dir, entry.name)) : [join(dir, entry.name)]))
}

describe('the answering code names no article', () => {
  // Names, places, numbers and titles of the seed article: they must come from facts only.
  const forbidden = [
    ...seedFacts.people.map((person) => person.name.split(' ').at(-1)!),
    ...seedFacts.reports.map((report) => report.mainTitle),
    ...seedFacts.reports.flatMap((report) => report.research.flatMap((research) => research.places)),
    'Peru', '200,000', '200000', 'Juliaca', 'Getty'
  ]

  it.each(files(src).concat(files(locales)).filter((file) => /\.(ts|ftl)$/.test(file)))('%s', (file) => {
    const content = readFileSync(file, 'utf8')
    for (const word of forbidden) {
      const escaped = word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
      expect(new RegExp(`(^|[^\\p{L}\\d])${escaped}($|[^\\p{L}\\d])`, 'iu').test(content), `${file} mentions "${word}"`).toBe(false)
    }
  })
})
