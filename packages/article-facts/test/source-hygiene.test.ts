/** Extraction follows the genre: no string of the seed article may appear in the source. */
import {readFileSync, readdirSync} from 'node:fs'
import path from 'node:path'
import {fileURLToPath} from 'node:url'
import {expect, it} from 'vitest'

const source = fileURLToPath(new URL('../src/', import.meta.url))
const seedStrings = ['Callamard', 'Boluarte', 'Peru', 'Lethal racism', 'Lima', '200,000', 'Guevara', 'Navarro', 'Juliaca', 'Ayacucho', 'Getty']

it('src/ holds no article-specific strings', () => {
  const files = readdirSync(source, {recursive: true, encoding: 'utf8'}).filter((file) => file.endsWith('.ts'))
  expect(files.length).toBeGreaterThan(10)
  for (const file of files) {
    const text = readFileSync(path.join(source, file), 'utf8')
    for (const word of seedStrings) expect(text.includes(word), `${file} contains ${word}`).toBe(false)
  }
})
