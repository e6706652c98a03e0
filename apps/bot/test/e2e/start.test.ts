/**
 * The bot started as a user starts it — a process with TELEGRAM_BOT_TOKEN and
 * TELEGRAM_API_ROOT pointing at the fake Bot API — driven by scripted people, with faults.
 */
import {spawn, type ChildProcess} from 'node:child_process'
import {copyFileSync, existsSync, mkdtempSync, readFileSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import {join} from 'node:path'
import {startFakeBotApi, type FakeBotApi} from '@campaign/fake-bot-api'
import {afterAll, beforeAll, describe, expect, it} from 'vitest'
import {defaultBundlePath} from '../../src/facts-source.js'
import {dataFiles} from '../data-files.js'
import {prerequisite} from '../prerequisites.js'
import {freePort} from '../runtime/helpers/harness.js'

const appDir = join(import.meta.dirname, '..', '..')
/** What `pnpm start` runs (turbo builds dist/ before the tests). */
const command = ['dist/main.js']
const bundleReady = prerequisite('end-to-end tests', [!existsSync(defaultBundlePath()) && `the facts bundle ${defaultBundlePath()}`], 'pnpm content:build')

async function until(check: () => boolean, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs
  while (!check() && Date.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 50))
}

describe.skipIf(!bundleReady)(`the bot started as a user starts it (node ${command.join(' ')})`, () => {
  let api: FakeBotApi
  let bot: ChildProcess
  let output = ''
  let metricsPort: number
  let unansweredFile: string
  let bundleFile: string
  let exited: Promise<number | null>

  beforeAll(async () => {
    api = await startFakeBotApi()
    metricsPort = await freePort()
    const dir = mkdtempSync(join(tmpdir(), 'bot-e2e-'))
    unansweredFile = join(dir, 'unanswered.jsonl')
    // A copy of the bundle, for a maintainer's bad upload and its fix.
    bundleFile = join(dir, 'facts-bundle.json')
    copyFileSync(defaultBundlePath(), bundleFile)
    bot = spawn(process.execPath, command, {
      cwd: appDir,
      env: {
        PATH: process.env.PATH,
        TELEGRAM_BOT_TOKEN: api.token,
        TELEGRAM_API_ROOT: api.apiRoot,
        METRICS_PORT: String(metricsPort),
        ...dataFiles(dir),
        UNANSWERED_FILE: unansweredFile,
        FACTS_BUNDLE: bundleFile
      },
      stdio: ['ignore', 'pipe', 'pipe']
    })
    bot.stdout!.on('data', (chunk: Buffer) => (output += chunk.toString()))
    bot.stderr!.on('data', (chunk: Buffer) => (output += chunk.toString()))
    exited = new Promise((resolve) => bot.once('exit', (code) => resolve(code)))
    await api.waitFor(() => api.polling, 20_000, `the bot to poll; output so far:\n${output}`)
  }, 30_000)
  afterAll(async () => {
    if (bot && bot.exitCode === null) bot.kill('SIGKILL')
    await api?.close()
  })

  it('answers people who ask, press buttons and use inline mode, each exactly once despite faults', async () => {
    api.fault('sendMessage', {kind: 'error', code: 500})
    api.fault('getUpdates', {kind: 'drop'})
    api.fault('answerCallbackQuery', {kind: 'retry-after', seconds: 1})

    const starter = api.user({languageCode: 'en'})
    starter.sendText('/start')
    const welcome = await starter.waitForReply({timeoutMs: 15_000})
    const button = welcome.buttons.flat().find((candidate) => candidate.callbackData)
    expect(button, `a callback button under the welcome: ${JSON.stringify(welcome.buttons)}`).toBeDefined()
    starter.pressButton(button!.text)
    const afterPress = await starter.waitForReply({timeoutMs: 15_000})
    expect(afterPress.text?.trim()).not.toBe('')

    const asker = api.user({languageCode: 'en'})
    asker.sendText('How many people signed the petition?')
    const spanish = api.user({languageCode: 'es'})
    spanish.sendText('¿Quién forma parte de la delegación?')
    const outOfScope = api.user({languageCode: 'en'})
    outOfScope.sendText('What will the weather be like tomorrow?')
    const inline = api.user()
    inline.inlineQuery('petition')

    expect((await asker.waitForReply({timeoutMs: 15_000})).text).toContain('200,000')
    expect((await spanish.waitForReply({timeoutMs: 15_000})).text).toMatch(/delegación/i)
    expect((await outOfScope.waitForReply({timeoutMs: 15_000})).text).toMatch(/doesn't say|does not say/)
    expect((await inline.waitForReply({timeoutMs: 15_000})).results!.length).toBeGreaterThan(0)
    await new Promise((resolve) => setTimeout(resolve, 500))

    if (process.env.E2E_DEBUG) console.log(JSON.stringify(api.outputs.map(({call: _call, ...output}) => output), null, 1))
    expect(api.faults.pending).toBe(0)
    // Exactly once: no chat got the same message twice, every button press was answered once.
    const sent = api.callsOf('sendMessage').filter((call) => call.outcome.ok)
    const seen = new Set<string>()
    for (const call of sent) {
      const key = `${String(call.params.chat_id)}\u0000${String(call.params.text)}`
      expect(seen.has(key), `sent twice to ${String(call.params.chat_id)}: ${String(call.params.text)}`).toBe(false)
      seen.add(key)
    }
    expect(api.callsOf('answerCallbackQuery').filter((call) => call.outcome.ok)).toHaveLength(1)
    expect(api.commands.size).toBeGreaterThan(0) // setMyCommands at start
    expect(api.callsOf('answerInlineQuery').filter((call) => call.outcome.ok)).toHaveLength(1)

    // The declined question is kept for maintainers, without who asked it.
    const kept = readFileSync(unansweredFile, 'utf8')
    expect(kept).toContain('What will the weather be like tomorrow?')
    expect(kept).not.toContain(String(outOfScope.user.id))

    const metrics = await (await fetch(`http://127.0.0.1:${metricsPort}/metrics`)).text()
    expect(metrics).toMatch(/bot_updates_total\{type="message"\} 4/)
    expect(metrics).toMatch(/telegram_api_retries_total\{method="sendMessage"\} 1/)
  }, 60_000)

  it('sends the map as a photo drawn by its drawing process, then by file id, and the timeline with its picture', async () => {
    const person = api.user({languageCode: 'en'})
    person.sendText('/map')
    const map = await person.waitForReply({timeoutMs: 20_000})
    expect(map.kind).toBe('photo')
    expect(map.text).toContain('Lima, Ayacucho, Andahuaylas, Chincheros and Juliaca')
    expect(api.fileBytes(map.photo!.file_id)!.subarray(1, 4).toString()).toBe('PNG')
    person.sendText('/map')
    expect((await person.waitForReply({timeoutMs: 15_000})).photo!.file_id).toBe(map.photo!.file_id)
    expect(api.callsOf('sendPhoto').at(-1)!.params.photo).toBe(map.photo!.file_id)
    person.sendText('/timeline')
    expect((await person.waitForReply({timeoutMs: 15_000})).kind).toBe('message')
    expect((await person.waitForReply({timeoutMs: 20_000})).kind).toBe('photo')
  }, 60_000)

  it('refuses a broken bundle on SIGHUP, reloads the fixed one on the next, and stops cleanly on SIGTERM, never logging the token', async () => {
    const good = readFileSync(bundleFile, 'utf8')
    writeFileSync(bundleFile, '{"schemaVersion": 1, "articles": [')
    bot.kill('SIGHUP')
    await until(() => output.includes('New content refused'), 5000)
    expect(output).toContain('New content refused')
    writeFileSync(bundleFile, good)
    bot.kill('SIGHUP')
    await until(() => output.includes('Content reloaded'), 5000)
    expect(output).toContain('Content reloaded')
    bot.kill('SIGTERM')
    expect(await exited).toBe(0)
    expect(output).toContain('Stopped')
    expect(output).not.toContain(api.token)
    expect(output).not.toContain(api.token.split(':')[1])
  }, 20_000)
})
