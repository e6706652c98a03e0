import {mkdtempSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import {join} from 'node:path'
import type {Facts} from 'article-facts'
import {describe, expect, it} from 'vitest'
import {ContentError, LibrarySource, loadBundleLibrary, loadContentDir} from '../../src/facts-source.js'
import {seedFacts} from './fixtures/seed-facts.js'

const seed = seedFacts()
const dated = (published: string | undefined, title: string): Facts => ({
  ...seed,
  article: {...seed.article, title, path: `articles/${title}.txt`, ...(published ? {published} : {published: undefined})}
})
const bundle = (...articles: Facts[]) => ({
  schemaVersion: 1 as const,
  contentHash: 'h',
  articles: articles.map((facts, index) => ({path: `a${index}.txt`, hash: String(index), facts}))
})

const titles = (path: string) => loadBundleLibrary(path).articles.map((article) => article.facts.article.title)
const written = (...articles: Facts[]) => {
  const path = join(mkdtempSync(join(tmpdir(), 'facts-source-')), 'bundle.json')
  writeFileSync(path, JSON.stringify(bundle(...articles)))
  return path
}

describe('loadBundleLibrary', () => {
  it('loads every article, newest first by publication date; undated ones last', () => {
    expect(titles(written(dated('2023-05-22', 'May'), dated('2024-01-02', 'January'), dated(undefined, 'undated')))).toEqual(['January', 'May', 'undated'])
  })

  it('gives each article an id from its file name, unique within the library', () => {
    const library = loadBundleLibrary(written(dated('2023-05-22', 'May'), dated('2024-01-02', 'January')))
    expect(library.articles.map((article) => article.id)).toEqual(['january', 'may'])
    const twice = loadBundleLibrary(written(dated('2023-05-22', 'May'), dated('2023-05-21', 'May')))
    expect(twice.articles.map((article) => article.id)).toEqual(['may', 'may-2'])
  })

  it('an empty bundle is a content error', () => {
    expect(() => loadBundleLibrary(written())).toThrow(ContentError)
  })
})

describe('loadContentDir', () => {
  it('parses every .txt and .md article of a folder now', () => {
    const dir = mkdtempSync(join(tmpdir(), 'content-dir-'))
    writeFileSync(join(dir, 'one.txt'), 'Amnesty International calls for the release of Ana Pérez.\n\nShe was detained in Lima on 3 March 2024.\n')
    writeFileSync(join(dir, 'two.md'), '---\ntitle: Second\npublished: 2024-04-01\n---\n\nThe petition has 5,000 signatures.\n')
    writeFileSync(join(dir, 'notes.json'), '{}')
    const {library} = loadContentDir(dir)
    expect(library.articles.map((article) => article.id)).toEqual(['two', 'one'])
  })

  it('a folder without articles is a content error that names it', () => {
    const dir = mkdtempSync(join(tmpdir(), 'content-dir-'))
    expect(() => loadContentDir(dir)).toThrow(dir)
  })
})

describe('LibrarySource', () => {
  it('reloads the bundle, and keeps the previous articles when the new bundle is bad', async () => {
    const path = written(dated('2023-05-22', 'old'))
    const source = new LibrarySource(() => loadBundleLibrary(path))
    expect(source.current().articles[0]?.facts.article.title).toBe('old')

    writeFileSync(path, JSON.stringify(bundle(dated('2023-06-01', 'new'), dated('2023-05-22', 'old'))))
    expect(await source.reload()).toEqual({ok: true, message: '2 articles, the newest new (2023-06-01)'})
    expect(source.current().articles[0]?.facts.article.title).toBe('new')

    writeFileSync(path, '{"schemaVersion": 1, "articles": "nope"')
    const failed = await source.reload()
    expect(failed.ok).toBe(false)
    expect(failed.message).toContain('not valid JSON')
    expect(source.current().articles).toHaveLength(2)
  })

  it('refuses a bundle of another schema version and keeps the old articles', async () => {
    const path = written(dated('2023-05-22', 'old'))
    const source = new LibrarySource(() => loadBundleLibrary(path))
    writeFileSync(path, JSON.stringify({...bundle(dated('2023-06-01', 'new')), schemaVersion: 99}))
    const refused = await source.reload()
    expect(refused.ok).toBe(false)
    expect(refused.message).toContain('schemaVersion')
    expect(source.current().articles[0]?.facts.article.title).toBe('old')
  })
})
