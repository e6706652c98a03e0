import {Writable} from 'node:stream'
import {describe, expect, it} from 'vitest'
import {ConfigError} from '../../src/config.js'
import {createLogger, readRuntimeConfig, redactSecrets} from '../../src/runtime/index.js'
import {secretVariants} from '../../src/runtime/logger.js'

const token = '123456:AAbbCCddEEff-gg_hh'

describe('readRuntimeConfig', () => {
  it('defaults to polling with memory state', () => {
    const config = readRuntimeConfig({TELEGRAM_BOT_TOKEN: token})
    expect(config).toMatchObject({token, mode: 'polling', concurrency: 100, adminIds: []})
    expect(config.webhook).toBeUndefined()
    expect(config.redisUrl).toBeUndefined()
    expect(config.metricsPort).toBeUndefined()
  })

  it('reads webhook mode; instances without WEBHOOK_SECRET agree on a derived one', () => {
    const env = {TELEGRAM_BOT_TOKEN: token, BOT_MODE: 'webhook', WEBHOOK_URL: 'https://bot.example.org/tg/hook', PORT: '9000'}
    const one = readRuntimeConfig(env)
    expect(one.webhook).toMatchObject({path: '/tg/hook', port: 9000, register: true, maxBodyBytes: 1024 * 1024})
    expect(one.webhook!.secret).toMatch(/^[A-Za-z0-9_-]{20,}$/)
    expect(one.webhook!.secret).not.toContain(token.split(':')[1])
    expect(readRuntimeConfig(env).webhook!.secret).toBe(one.webhook!.secret)
    expect(readRuntimeConfig({...env, TELEGRAM_BOT_TOKEN: '1:other'}).webhook!.secret).not.toBe(one.webhook!.secret)
    expect(readRuntimeConfig({...env, WEBHOOK_PATH: '/hook', WEBHOOK_REGISTER: 'false'}).webhook).toMatchObject({path: '/hook', register: false})
  })

  it('refuses what it cannot use, saying which variable', () => {
    const bad: [Record<string, string>, RegExp][] = [
      [{}, /TELEGRAM_BOT_TOKEN is not set/],
      [{TELEGRAM_BOT_TOKEN: 'nonsense'}, /does not look like a bot token/],
      [{TELEGRAM_BOT_TOKEN: token, BOT_MODE: 'push'}, /BOT_MODE/],
      [{TELEGRAM_BOT_TOKEN: token, BOT_MODE: 'webhook'}, /WEBHOOK_URL/],
      [{TELEGRAM_BOT_TOKEN: token, BOT_MODE: 'webhook', WEBHOOK_URL: 'x', WEBHOOK_SECRET: 'a b'}, /WEBHOOK_URL is not a URL/],
      [{TELEGRAM_BOT_TOKEN: token, BOT_MODE: 'webhook', WEBHOOK_URL: 'https://a.b/', WEBHOOK_SECRET: 'a b'}, /WEBHOOK_SECRET/],
      [{TELEGRAM_BOT_TOKEN: token, METRICS_PORT: '80a'}, /METRICS_PORT must be a whole number/],
      [{TELEGRAM_BOT_TOKEN: token, ADMIN_IDS: '12, bob'}, /ADMIN_IDS: "bob"/]
    ]
    for (const [env, message] of bad) {
      expect(() => readRuntimeConfig(env)).toThrow(ConfigError)
      expect(() => readRuntimeConfig(env)).toThrow(message)
    }
    expect(readRuntimeConfig({TELEGRAM_BOT_TOKEN: token, BOT_ADMIN_IDS: '12 34'}).adminIds).toEqual([12, 34])
  })
})

describe('log redaction', () => {
  it('removes secrets from every part of a line: fields, messages, errors, URLs', () => {
    const lines: string[] = []
    const destination = new Writable({
      write(chunk, _encoding, done) {
        lines.push(String(chunk))
        done()
      }
    })
    const logger = createLogger({level: 'info', secrets: [token, 'hook-secret-1', 'redis-pass'], destination})
    const error = new Error(`request to http://127.0.0.1:1/bot${token}/sendMessage failed`)
    logger.error({err: error, url: `redis://:redis-pass@host/0`, token}, `token half ${token.split(':')[1]}`)
    logger.warn({header: 'hook-secret-1', encoded: encodeURIComponent(token)}, 'x')
    const text = lines.join('')
    expect(text).not.toContain(token.split(':')[1])
    expect(text).not.toContain('hook-secret-1')
    expect(text).not.toContain('redis-pass')
    expect(text).toContain('[REDACTED]')
    expect(JSON.parse(lines[0]!).err.message).toBe('request to http://127.0.0.1:1/bot[REDACTED]/sendMessage failed')
  })

  it('leaves short or empty secrets alone rather than masking every letter', () => {
    expect(redactSecrets('a b c', secretVariants(['', 'b']))).toBe('a b c')
    expect(redactSecrets('a b c', [''])).toBe('a b c')
  })
})
