import {writeFileSync} from 'node:fs'
import {fileURLToPath} from 'node:url'
import {describe, expect, it} from 'vitest'
import {main, type BroadcastPlan} from '../../src/broadcast.js'
import {loadConfig} from '../../src/config.js'
import {dataFiles} from '../data-files.js'
import {ARRIVAL, HANDOVER, LIBRARY_DIR} from '../fixtures/library.js'

async function run(args: string[], env: Record<string, string>) {
  let out = ''
  let err = ''
  const code = await main(args, {stdout: (text) => (out += text), stderr: (text) => (err += text)}, loadConfig(env))
  return {code, out, err}
}

describe('pnpm broadcast --dry-run', () => {
  const content = fileURLToPath(LIBRARY_DIR)

  it('shows the articles not yet announced, to how many, and what each language reads; sends nothing', async () => {
    const env = dataFiles()
    writeFileSync(env.FOLLOWERS_FILE, JSON.stringify({1: 'en', 2: 'es', 3: 'es'}))
    writeFileSync(env.ANNOUNCED_FILE, JSON.stringify([ARRIVAL]))
    const {code, out} = await run(['--dry-run', '--json', '--content', content], env)
    expect(code).toBe(0)
    const plan = JSON.parse(out) as BroadcastPlan
    expect(plan).toMatchObject({articles: [{id: HANDOVER}], followers: 3, byLanguage: {en: 1, es: 2}, messages: 3, firstRun: false})
    expect(plan.previews.map((preview) => [preview.lang, preview.text.split('\n')[0]])).toEqual([
      ['en', 'New: Ruritania: petition for six jailed journalists handed to the Minister of Justice (20 March 2024)'],
      ['es', 'Nuevo: Ruritania: petition for six jailed journalists handed to the Minister of Justice (20 de marzo de 2024)']
    ])
    const readable = await run(['--dry-run', '--content', content], env)
    expect(readable.out).toContain('Followers: 3 (en 1, es 2)')
    expect(readable.out).toContain('[Read the article]')
  })

  it('says nothing would be sent before the bot first recorded what it has', async () => {
    const {code, out} = await run(['--dry-run', '--content', content], dataFiles())
    expect(code).toBe(0)
    expect(out).toContain('at its first start the bot records every article it has as told')
  })

  it('only ever shows: without --dry-run it is a usage error', async () => {
    expect((await run(['--content', content], dataFiles())).code).toBe(2)
  })
})
