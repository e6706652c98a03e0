import {mkdtempSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import {join} from 'node:path'
import type {Facts} from 'article-facts'
import {describe, expect, it} from 'vitest'
import {ContentError, FactsSource, loadBundleFacts, newestFacts} from '../../src/facts-source.js'
import {seedFacts} from './fixtures/seed-facts.js'

const seed = seedFacts()
const dated = (published: string | undefined, title: string): Facts => ({
  ...seed,
  article: {...seed.article, title, ...(published ? {published} : {published: undefined})}
})
const bundle = (...articles: Facts[]) => ({
  schemaVersion: 1 as const,
  contentHash: 'h',
  articles: articles.map((facts, index) => ({path: `a${index}.txt`, hash: String(index), facts}))
})

describe('newestFacts', () => {
  it('answers from the newest article by publication date; undated ones count as oldest', () => {
    expect(newestFacts(bundle(dated('2023-05-22', 'May'), dated('2024-01-02', 'January'), dated(undefined, 'undated'))).article.title).toBe('January')
  })

  it('among equal dates the later one in the bundle wins', () => {
    expect(newestFacts(bundle(dated('2023-05-22', 'first'), dated('2023-05-22', 'second'))).article.title).toBe('second')
  })

  it('an empty bundle is a content error', () => {
    expect(() => newestFacts(bundle())).toThrow(ContentError)
  })
})

describe('FactsSource', () => {
  it('reloads the bundle, and keeps the previous facts when the new bundle is bad', async () => {
    const path = join(mkdtempSync(join(tmpdir(), 'facts-source-')), 'bundle.json')
    writeFileSync(path, JSON.stringify(bundle(dated('2023-05-22', 'old'))))
    const source = new FactsSource(() => loadBundleFacts(path))
    expect(source.current().article.title).toBe('old')

    writeFileSync(path, JSON.stringify(bundle(dated('2023-06-01', 'new'))))
    expect(await source.reload()).toEqual({ok: true, message: 'new (2023-06-01)'})
    expect(source.current().article.title).toBe('new')

    writeFileSync(path, '{"schemaVersion": 1, "articles": "nope"')
    const failed = await source.reload()
    expect(failed.ok).toBe(false)
    expect(failed.message).toContain('not valid JSON')
    expect(source.current().article.title).toBe('new')
  })
})
