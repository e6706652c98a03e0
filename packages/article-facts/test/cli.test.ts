import {copyFileSync, existsSync, mkdirSync, readFileSync, readdirSync, writeFileSync} from 'node:fs'
import path from 'node:path'
import {describe, expect, it} from 'vitest'
import {bundleSchema, factsSchema} from '../src/index.js'
import {run, temporaryDirectory} from './cli-helpers.js'

const seed = new URL('fixtures/peru-delegation/input.txt', import.meta.url)
const markdown = new URL('fixtures/report-launch-markdown/input.md', import.meta.url)

function articles(): string {
  const directory = temporaryDirectory()
  mkdirSync(path.join(directory, 'articles'))
  copyFileSync(seed, path.join(directory, 'articles', 'seed.txt'))
  copyFileSync(markdown, path.join(directory, 'articles', 'launch.md'))
  return directory
}

describe('article-facts <file>', () => {
  it('prints pure facts JSON on stdout and nothing on stderr', () => {
    const cwd = articles()
    const result = run(['articles/seed.txt'], cwd)
    expect(result.code).toBe(0)
    expect(result.stderr).toBe('')
    const facts = factsSchema.parse(JSON.parse(result.stdout))
    expect(facts.article.path).toBe('articles/seed.txt')
    expect(facts.petitions[0]?.signatures).toBe(200000)
    expect(result.stdout).not.toContain('\n  ')
  })

  it('indents with --pretty and writes to --out instead of stdout', () => {
    const cwd = articles()
    expect(run(['articles/seed.txt', '--pretty'], cwd).stdout).toContain('\n  "schemaVersion": 1')
    const result = run(['articles/seed.txt', '--out', 'out/facts.json'], cwd)
    expect(result).toMatchObject({code: 0, stdout: ''})
    expect(factsSchema.parse(JSON.parse(readFileSync(path.join(cwd, 'out/facts.json'), 'utf8'))).delegations).toHaveLength(1)
  })

  it('prints --help on stdout with exit 0', () => {
    const result = run(['--help'], temporaryDirectory())
    expect(result.code).toBe(0)
    expect(result.stdout).toMatch(/^Usage: article-facts <file\|dir>/)
  })

  it('exits 2 on usage errors, with the usage on stderr', () => {
    const cwd = articles()
    for (const args of [[], ['--bogus', 'articles'], ['a', 'b'], ['missing.txt'], ['articles', '--check', '--bundle', 'x.json'], ['articles', '--published', 'May']]) {
      const result = run(args, cwd)
      expect(result.code, args.join(' ')).toBe(2)
      expect(result.stderr).toContain('Usage: article-facts')
      expect(result.stdout).toBe('')
    }
  })
})

describe('article-facts <dir> --bundle', () => {
  it('writes one bundle with schema version, content hash and every article', () => {
    const cwd = articles()
    const result = run(['articles', '--bundle', 'dist/facts-bundle.json'], cwd)
    expect(result.code).toBe(0)
    expect(result.stderr).toContain('Wrote dist/facts-bundle.json (2 articles)')
    const bundle = bundleSchema.parse(JSON.parse(readFileSync(path.join(cwd, 'dist/facts-bundle.json'), 'utf8')))
    expect(bundle.articles.map((article) => article.path)).toEqual(['articles/launch.md', 'articles/seed.txt'])
    expect(bundle.contentHash).toMatch(/^[a-f\d]{64}$/)
    expect(readdirSync(path.join(cwd, 'dist'))).toEqual(['facts-bundle.json'])
  })

  it('gives the same content hash for the same content, another for changed content', () => {
    const cwd = articles()
    const hash = (): string => {
      run(['articles', '--bundle', 'bundle.json'], cwd)
      return (JSON.parse(readFileSync(path.join(cwd, 'bundle.json'), 'utf8')) as {contentHash: string}).contentHash
    }
    const first = hash()
    expect(hash()).toBe(first)
    writeFileSync(path.join(cwd, 'articles/seed.txt'), readFileSync(seed, 'utf8').replace('200,000', '300,000'))
    expect(hash()).not.toBe(first)
  })

  it('keeps the previous bundle when an article has errors', () => {
    const cwd = articles()
    expect(run(['articles', '--bundle', 'dist/facts-bundle.json'], cwd).code).toBe(0)
    const previous = readFileSync(path.join(cwd, 'dist/facts-bundle.json'), 'utf8')
    writeFileSync(path.join(cwd, 'articles/empty.md'), '')
    const result = run(['articles', '--bundle', 'dist/facts-bundle.json'], cwd)
    expect(result.code).toBe(1)
    expect(result.stderr).toContain('articles/empty.md:1:1: error: Empty file: expected an article [empty-file]')
    expect(result.stderr).toContain('Not writing dist/facts-bundle.json')
    expect(readFileSync(path.join(cwd, 'dist/facts-bundle.json'), 'utf8')).toBe(previous)
    expect(readdirSync(path.join(cwd, 'dist'))).toEqual(['facts-bundle.json'])
  })

  it('prints the bundle on stdout for a directory without --bundle', () => {
    const result = run(['articles'], articles())
    expect(bundleSchema.parse(JSON.parse(result.stdout)).articles).toHaveLength(2)
  })
})

describe('article-facts <dir> --check', () => {
  it('validates without writing', () => {
    const cwd = articles()
    const result = run(['articles', '--check'], cwd)
    expect(result).toMatchObject({code: 0, stdout: ''})
    expect(result.stderr).toBe('2 articles: 0 errors, 0 warnings\n')
    expect(existsSync(path.join(cwd, 'dist'))).toBe(false)
  })

  it('passes warnings but fails them with --strict', () => {
    const cwd = articles()
    writeFileSync(path.join(cwd, 'articles/undated.txt'), 'Amnesty International said the protests that began last October must be investigated.\nThe organization has requested a meeting with President Ana Ruiz.\n')
    const lenient = run(['articles', '--check'], cwd)
    expect(lenient.code).toBe(0)
    expect(lenient.stderr).toMatch(/^articles\/undated\.txt:1:1: warning: Cannot resolve the year of `last October`.* \[date-unresolved\]$/m)
    const strict = run(['articles', '--check', '--strict'], cwd)
    expect(strict.code).toBe(1)
    expect(strict.stderr).toContain('--strict: warnings fail')
  })
})
