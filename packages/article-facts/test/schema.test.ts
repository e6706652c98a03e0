import {readFileSync} from 'node:fs'
import {describe, expect, it} from 'vitest'
import {schemaFiles} from '../scripts/generate-schema.js'
import {factsSchema} from '../src/index.js'
import {fixtureFacts} from './helpers.js'

describe('JSON Schema files', () => {
  it('are up to date with the zod schema (run `pnpm generate:schema`)', () => {
    for (const file of schemaFiles()) expect(readFileSync(file.url, 'utf8')).toBe(file.contents)
  })

  it('describe what the zod schema accepts', () => {
    const facts = fixtureFacts('peru-delegation')
    expect(factsSchema.safeParse(facts).success).toBe(true)
    const schema = JSON.parse(schemaFiles()[0]?.contents ?? '{}') as {required: string[]}
    expect(schema.required).toEqual(expect.arrayContaining(['schemaVersion', 'article', 'people', 'events', 'sentences']))
  })
})
