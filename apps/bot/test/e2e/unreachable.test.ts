/**
 * The bot as a process when Telegram cannot be reached: it stops by its shutdown deadline, and it
 * gives up starting after a bounded wait, with a clear line and a non-zero exit code.
 */
import {spawn, type ChildProcess} from 'node:child_process'
import {existsSync, mkdtempSync} from 'node:fs'
import {tmpdir} from 'node:os'
import {join} from 'node:path'
import {startFakeBotApi} from '@campaign/fake-bot-api'
import {describe, expect, it} from 'vitest'
import {defaultBundlePath} from '../../src/facts-source.js'
import {dataFiles} from '../data-files.js'
import {prerequisite} from '../prerequisites.js'
import {freePort} from '../runtime/helpers/harness.js'

const appDir = join(import.meta.dirname, '..', '..')
const bundleReady = prerequisite('Telegram out of reach tests', [!existsSync(defaultBundlePath()) && `the facts bundle ${defaultBundlePath()}`], 'pnpm content:build')

function startBot(env: Record<string, string>): {bot: ChildProcess; output: () => string; exited: Promise<number | null>} {
  let output = ''
  const dir = mkdtempSync(join(tmpdir(), 'bot-unreachable-'))
  const files = dataFiles(dir)
  const bot = spawn(process.execPath, ['dist/main.js'], {cwd: appDir, env: {PATH: process.env.PATH, ...files, ...env}, stdio: ['ignore', 'pipe', 'pipe']})
  bot.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()))
  bot.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()))
  const exited = new Promise<number | null>((resolve) => bot.once('exit', (code) => resolve(code)))
  return {bot, output: () => output, exited}
}

/** The exit code, or "still running" when the process has not ended in time. */
async function exitWithin(exited: Promise<number | null>, ms: number): Promise<number | null | 'still running'> {
  return Promise.race([exited, new Promise<'still running'>((resolve) => setTimeout(() => resolve('still running'), ms))])
}

describe.skipIf(!bundleReady)('the bot process with Telegram out of reach', () => {
  it('exits by its shutdown deadline on SIGTERM while its replies cannot be sent', async () => {
    const api = await startFakeBotApi()
    const {bot, output, exited} = startBot({TELEGRAM_BOT_TOKEN: api.token, TELEGRAM_API_ROOT: api.apiRoot, SHUTDOWN_TIMEOUT_MS: '2000'})
    try {
      await api.waitFor(() => api.polling, 20_000, 'the bot to poll')
      // Every reply's connection drops, as when Telegram is unreachable: retries without end before.
      for (let i = 0; i < 200; i++) api.fault('sendMessage', {kind: 'drop'})
      const user = api.user({languageCode: 'en'})
      user.sendText('Who leads the delegation?')
      await api.waitFor(() => output().includes('Bot API call failed on the network'), 10_000, 'a failed send')
      bot.kill('SIGTERM')
      expect(await exitWithin(exited, 12_000)).toBe(1)
      expect(output()).toContain('Shutdown timed out')
    } finally {
      if (bot.exitCode === null) bot.kill('SIGKILL')
      await api.close()
    }
  }, 40_000)

  it('gives up starting after a bounded wait, with a clear line and exit code 1', async () => {
    const port = await freePort()
    const {bot, output, exited} = startBot({TELEGRAM_BOT_TOKEN: '123:abc', TELEGRAM_API_ROOT: `http://127.0.0.1:${port}`})
    try {
      expect(await exitWithin(exited, 30_000)).toBe(1)
      expect(output()).toContain(`Cannot reach the Bot API at http://127.0.0.1:${port}`)
    } finally {
      if (bot.exitCode === null) bot.kill('SIGKILL')
    }
  }, 40_000)
})
