/**
 * The rules the build enforces, shown to fail: code that breaks one is linted in place of a file
 * of the app (the text is linted, the file is left alone), and the lint must report it. A rule
 * that quietly stopped matching would fail here.
 */
import {execFile} from 'node:child_process'
import {mkdtemp, mkdir, rm, writeFile} from 'node:fs/promises'
import {tmpdir} from 'node:os'
import {join} from 'node:path'
import {promisify} from 'node:util'
import {ESLint} from 'eslint'
import {afterAll, beforeAll, describe, expect, it} from 'vitest'

const app = join(import.meta.dirname, '..', '..')
const eslint = new ESLint({cwd: app})

async function ruleIdsFor(code: string, filePath: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, {filePath: join(app, filePath)})
  return (result?.messages ?? []).map((message) => message.ruleId ?? message.message)
}

describe('the ESLint boundaries', () => {
  it('keeps grammY, files and the network out of the answering core', async () => {
    expect(await ruleIdsFor(`import {Bot} from 'grammy'\nexport const bot = Bot\n`, 'src/core/dates.ts')).toContain('no-restricted-imports')
    expect(await ruleIdsFor(`import {readFileSync} from 'node:fs'\nexport const read = readFileSync\n`, 'src/core/dates.ts')).toContain('no-restricted-imports')
    expect(await ruleIdsFor(`import {createServer} from 'node:http'\nexport const serve = createServer\n`, 'src/core/dates.ts')).toContain('no-restricted-imports')
  })

  it('lets only the configuration module read process.env', async () => {
    expect(await ruleIdsFor(`export const token = process.env.BOT_TOKEN\n`, 'src/runtime/service.ts')).toContain('no-restricted-properties')
    expect(await ruleIdsFor(`export const token = process.env.BOT_TOKEN\n`, 'src/config.ts')).not.toContain('no-restricted-properties')
  })

  it('lets the edge import grammY', async () => {
    expect(await ruleIdsFor(`import {Bot} from 'grammy'\nexport const bot = Bot\n`, 'src/bot/i18n.ts')).not.toContain('no-restricted-imports')
  })
})

describe('the dependency rules', () => {
  const config = join(app, '..', '..', 'packages', 'lint-config', 'dependency-cruiser.cjs')
  const depcruise = join(app, 'node_modules', '.bin', 'depcruise')
  let folder = ''

  beforeAll(async () => {
    // A package of its own, whose core imports a formatter and whose code imports an app.
    folder = await mkdtemp(join(tmpdir(), 'boundaries-'))
    await mkdir(join(folder, 'src', 'core'), {recursive: true})
    await mkdir(join(folder, 'src', 'format'), {recursive: true})
    await mkdir(join(folder, 'apps', 'bot'), {recursive: true})
    await writeFile(join(folder, 'package.json'), JSON.stringify({name: 'violation', type: 'module'}))
    await writeFile(join(folder, 'tsconfig.json'), JSON.stringify({compilerOptions: {module: 'nodenext', moduleResolution: 'nodenext'}}))
    await writeFile(join(folder, 'src', 'format', 'html.ts'), `export const escape = (text: string) => text\n`)
    await writeFile(join(folder, 'src', 'core', 'answer.ts'), `import {escape} from '../format/html.js'\nexport const answer = escape('x')\n`)
    await writeFile(join(folder, 'apps', 'bot', 'main.ts'), `export const main = 1\n`)
    await writeFile(join(folder, 'src', 'uses-app.ts'), `import {main} from '../apps/bot/main.js'\nexport const used = main\n`)
  })
  afterAll(async () => {
    await rm(folder, {recursive: true, force: true})
  })

  it('fails on a core that imports an edge, and on a package that imports an app', async () => {
    const run = promisify(execFile)(depcruise, ['src', '--config', config], {cwd: folder})
    const failure = (await run.then(() => undefined, (error: unknown) => error)) as {code?: number; stdout?: string} | undefined
    expect(failure?.code).toBeGreaterThan(0)
    expect(failure?.stdout).toContain('answering-core-stands-alone')
    expect(failure?.stdout).toContain('packages-never-import-apps')
  })
})
