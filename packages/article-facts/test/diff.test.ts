/** `--diff`: what a new build changes in the published bundle, before it is published. */
import {readFileSync, writeFileSync} from 'node:fs'
import path from 'node:path'
import {describe, expect, it} from 'vitest'
import {diffBundles, type BundleDiff} from '../src/index.js'
import {run, temporaryDirectory} from './cli-helpers.js'

const petition = (count: string) =>
  `Amnesty International handed a petition signed by ${count} people to the Minister of Justice in Lima on 3 March 2024, calling for the release of Ana Pérez.\n`

function published(dir: string): void {
  writeFileSync(path.join(dir, 'petition.txt'), petition('10,000'))
  writeFileSync(path.join(dir, 'visit.txt'), 'An Amnesty International delegation led by Secretary General Agnès Callamard arrived in Lima on 2 March 2024.\n')
  expect(run(['.', '--bundle', 'published.json'], dir).code).toBe(0)
}

describe('article-facts --diff', () => {
  it('says which published fact changed, field by field, and exits 1', () => {
    const dir = temporaryDirectory()
    published(dir)
    writeFileSync(path.join(dir, 'petition.txt'), petition('25,000'))
    const {code, stdout} = run(['.', '--diff', '--from', 'published.json'], dir)
    expect(stdout).toContain('~ petition.txt')
    expect(stdout).toContain('~ petition #1 signatures: 10000 → 25000')
    expect(stdout).toContain('Published facts changed')
    expect(code).toBe(1)
  })

  it('a new article alone changes nothing published: exit 0', () => {
    const dir = temporaryDirectory()
    published(dir)
    writeFileSync(path.join(dir, 'report.txt'), 'Human Rights Watch published a report, "Silenced Voices", on 5 March 2024.\n')
    const {code, stdout} = run(['.', '--diff', '--from', 'published.json'], dir)
    expect(stdout).toContain('+ report.txt (new article)')
    expect(stdout).toContain('No published fact changed.')
    expect(code).toBe(0)
  })

  it('as JSON, and against another bundle with --to; a removed article counts as a change', () => {
    const dir = temporaryDirectory()
    published(dir)
    const bundle = JSON.parse(readFileSync(path.join(dir, 'published.json'), 'utf8')) as {articles: unknown[]}
    writeFileSync(path.join(dir, 'smaller.json'), JSON.stringify({...bundle, articles: bundle.articles.slice(0, 1)}))
    const {code, stdout} = run(['--diff', '--from', 'published.json', '--to', 'smaller.json', '--json'], dir)
    const result = JSON.parse(stdout) as BundleDiff & {from: string; to: string}
    expect(result).toMatchObject({from: 'published.json', to: 'smaller.json', addedArticles: [], removedArticles: ['visit.txt'], publishedFactChanged: true})
    expect(code).toBe(1)
  })

  it('needs the published bundle, and says so', () => {
    const dir = temporaryDirectory()
    expect(run(['.', '--diff'], dir).code).toBe(2)
    expect(run(['.', '--diff', '--from', 'missing.json'], dir).stderr).toContain('Cannot read the bundle missing.json')
  })

  it('ignores where facts sit in their file: an article moved down a line is unchanged', () => {
    const dir = temporaryDirectory()
    published(dir)
    const before = JSON.parse(readFileSync(path.join(dir, 'published.json'), 'utf8'))
    writeFileSync(path.join(dir, 'petition.txt'), `Lima, Peru.\n${petition('10,000')}`)
    expect(run(['.', '--bundle', 'moved.json'], dir).code).toBe(0)
    const after = JSON.parse(readFileSync(path.join(dir, 'moved.json'), 'utf8'))
    expect(diffBundles(before, after).changes.filter((change) => change.fact.startsWith('petition'))).toEqual([])
  })
})
