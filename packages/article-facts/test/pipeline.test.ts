/** The plugins compose like any unified plugins, and a facts-schema failure is a message. */
import type {Root} from 'mdast'
import remarkFrontmatter from 'remark-frontmatter'
import remarkParse from 'remark-parse'
import {unified} from 'unified'
import {VFile} from 'vfile'
import {describe, expect, it} from 'vitest'
import {articleExtract, articleLineParagraphs, articleNormalise, articleResolveDates, articleSegment, articleValidate, rules} from '../src/index.js'
import {now} from './helpers.js'

const article = 'A Front Line International delegation led by Executive Director Ana Ruiz has arrived in Chile to present a report.\nTake action: Sign for police reform\n'

function pipeline(...extra: Array<() => (tree: Root, file: VFile) => undefined>) {
  let processor = unified().use(remarkParse).use(remarkFrontmatter, ['yaml']).use(articleLineParagraphs).use(articleNormalise).use(articleSegment).use(articleExtract)
  for (const plugin of extra) processor = processor.use(plugin)
  return processor.use(articleResolveDates, {now}).use(articleValidate)
}

function run(processor: ReturnType<typeof pipeline>, value: string): VFile {
  const file = new VFile({path: 'article.txt', value})
  processor.runSync(processor.parse(file), file)
  return file
}

describe('pipeline', () => {
  it('leaves each step’s result on file.data', () => {
    const file = run(pipeline(), article)
    expect(file.data.blocks?.map((block) => block.kind)).toEqual(['paragraph', 'paragraph'])
    expect(file.data.sentences).toHaveLength(2)
    expect(file.data.facts?.delegations[0]?.leader).toBe('Ana Ruiz')
    expect(file.messages).toEqual([])
  })

  it('reports facts that fail the schema as errors instead of throwing', () => {
    const breakOnePerson = () => (_: Root, file: VFile): undefined => {
      for (const person of file.data.draft?.people.values() ?? []) person.sources = []
    }
    const file = run(pipeline(breakOnePerson), article)
    expect(file.data.facts).toBeUndefined()
    expect(file.messages[0]).toMatchObject({ruleId: rules.factsInvalid, fatal: true, source: 'article-facts'})
    expect(file.messages[0]?.reason).toMatch(/^Invalid facts at `people\.0\.sources`/)
  })
})
