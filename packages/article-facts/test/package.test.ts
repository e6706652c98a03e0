/**
 * The package as npm users get it (built first: turbo runs `build` before `test`): what `npm pack`
 * ships, publint and arethetypeswrong clean, a consumer project type-checks against the published
 * types (with `file.data` typed), and `require()` works on Node.js ≥ 20.19.
 */
import {execFileSync, spawnSync} from 'node:child_process'
import {readFileSync} from 'node:fs'
import {createRequire} from 'node:module'
import {fileURLToPath} from 'node:url'
import {describe, expect, it} from 'vitest'

const packageDir = fileURLToPath(new URL('..', import.meta.url))
const bin = (name: string) => fileURLToPath(new URL(`../node_modules/.bin/${name}`, import.meta.url))

function run(command: string, args: string[]): {status: number | null; output: string} {
  const result = spawnSync(command, args, {cwd: packageDir, encoding: 'utf8', timeout: 120_000})
  return {status: result.status, output: `${result.stdout}${result.stderr}`}
}

describe('the published package', () => {
  it('ships the ESM build, its types, the CLI, the JSON Schemas and the docs, nothing else', () => {
    const [packed] = JSON.parse(execFileSync('npm', ['pack', '--dry-run', '--json', '--ignore-scripts'], {cwd: packageDir, encoding: 'utf8'})) as Array<{files: Array<{path: string}>; unpackedSize: number}>
    const files = packed!.files.map((file) => file.path.replace(/chunk-[\w-]+\.js$/, 'chunk.js')).sort()
    expect(files).toEqual(['CHANGELOG.md', 'LICENSE', 'README.md', 'bin/article-facts.js', 'dist/chunk.js', 'dist/cli.js', 'dist/index.d.ts', 'dist/index.js', 'package.json', 'schema/bundle.schema.json', 'schema/facts.schema.json'])
    // The dependencies are installed, not bundled: the whole package stays small. Its own code, schemas and docs
    // come to some 600 KB; bundling zod, yaml or parse5 alone would add well over that.
    expect(packed!.unpackedSize).toBeLessThan(700_000)
    // npm itself takes seconds to start on a busy machine (the other packages' tests run beside it).
  }, 60_000)

  it('is clean for publint', () => {
    const {status, output} = run(bin('publint'), ['--pack', 'npm', '--strict'])
    expect(output).toContain('All good!')
    expect(status).toBe(0)
  }, 60_000)

  it('has types that resolve for ESM and bundlers (arethetypeswrong, ESM-only profile)', () => {
    const {status, output} = run(bin('attw'), ['--pack', '.', '--profile', 'esm-only'])
    // attw exits non-zero on any problem its profile does not ignore (the profile ignores CommonJS
    // type resolution: TypeScript's node16-cjs mode does not model require(esm)).
    expect(status, output).toBe(0)
    expect(output).toContain('node16 (from ESM): 🟢 (ESM)')
  }, 120_000)

  it('gives a consumer project typed results, file.data included', () => {
    const {status, output} = run(bin('tsc'), ['-p', 'test/consumer/tsconfig.json'])
    expect(output).toBe('')
    expect(status).toBe(0)
  }, 60_000)

  it('can be required from CommonJS (require(esm), Node.js ≥ 20.19)', () => {
    const required = createRequire(import.meta.url)('article-facts') as {extractFacts: unknown}
    expect(typeof required.extractFacts).toBe('function')
  })
})

describe('the README', () => {
  it('documents every export of the package by name', async () => {
    const api = await import('../src/index.js')
    const readme = readFileSync(new URL('../README.md', import.meta.url), 'utf8')
    const undocumented = Object.keys(api).filter((name) => !readme.includes(`\`${name}`))
    expect(undocumented).toEqual([])
  })
})

