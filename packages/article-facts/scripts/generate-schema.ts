/**
 * Write the JSON Schema files shipped in `schema/` from the zod schema, the one source of truth.
 * `pnpm generate:schema`; a test fails when the committed files are out of date.
 */
import {writeFileSync} from 'node:fs'
import {fileURLToPath, pathToFileURL} from 'node:url'
import {z} from 'zod'
import {SCHEMA_VERSION, bundleSchema, factsSchema} from '../src/schema.js'

const folder = new URL('../schema/', import.meta.url)

export function schemaFiles(): Array<{url: URL; contents: string}> {
  const render = (schema: z.ZodType, id: string, title: string): string =>
    JSON.stringify({...z.toJSONSchema(schema, {target: 'draft-2020-12'}), $id: id, title, description: `article-facts schema version ${SCHEMA_VERSION}`}, null, 2) + '\n'
  return [
    {url: new URL('facts.schema.json', folder), contents: render(factsSchema, 'https://article-facts.local/facts.schema.json', 'Article facts')},
    {url: new URL('bundle.schema.json', folder), contents: render(bundleSchema, 'https://article-facts.local/bundle.schema.json', 'Facts bundle')}
  ]
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  for (const file of schemaFiles()) {
    writeFileSync(file.url, file.contents)
    console.log(`wrote ${fileURLToPath(file.url)}`)
  }
}
