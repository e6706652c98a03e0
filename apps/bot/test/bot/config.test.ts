import {readFileSync} from 'node:fs'
import {describe, expect, it} from 'vitest'
import {ConfigError, ENVIRONMENT_VARIABLES, loadConfig} from '../../src/config.js'

describe('loadConfig', () => {
  it('reads the token, API root, admins and bundle from the given environment', () => {
    const config = loadConfig({
      TELEGRAM_BOT_TOKEN: ' 123:abc ',
      TELEGRAM_API_ROOT: 'http://127.0.0.1:8081/',
      ADMIN_IDS: '1, 22 ,333',
      FACTS_BUNDLE: '/tmp/bundle.json'
    })
    expect(config).toMatchObject({token: '123:abc', apiRoot: 'http://127.0.0.1:8081', adminIds: [1, 22, 333], bundlePath: '/tmp/bundle.json', color: 'auto'})
  })

  it('without a token there is none (local chat), and empty values count as unset', () => {
    const config = loadConfig({TELEGRAM_BOT_TOKEN: '', BOT_ADMIN_IDS: ''})
    expect(config.token).toBeUndefined()
    expect(config.adminIds).toEqual([])
  })

  it('colours: NO_COLOR wins, FORCE_COLOR forces', () => {
    expect(loadConfig({NO_COLOR: '1', FORCE_COLOR: '1'}).color).toBe('never')
    expect(loadConfig({FORCE_COLOR: '1'}).color).toBe('always')
    expect(loadConfig({FORCE_COLOR: '0'}).color).toBe('auto')
  })

  it('reads admin ids by the same rule as the runtime (commas or spaces)', () => {
    expect(loadConfig({TELEGRAM_BOT_TOKEN: '123:abc', ADMIN_IDS: '12 34'}).adminIds).toEqual([12, 34])
  })

  it('rejects admin ids that are not numbers', () => {
    expect(() => loadConfig({BOT_ADMIN_IDS: '12,alice'})).toThrow(ConfigError)
  })
})

describe('the environment schema', () => {
  it('reads exactly the variables docs/operations.md lists', () => {
    const doc = readFileSync(new URL('../../../../docs/operations.md', import.meta.url), 'utf8')
    const documented = new Set(doc.split('\n').flatMap((line) => {
      const names = /^\| (`[A-Z_]+`(?:(?:, | \(or )`[A-Z_]+`\)?)*) \|/.exec(line)?.[1]
      return names ? [...names.matchAll(/`([A-Z_]+)`/g)].map((match) => match[1]!) : []
    }))
    expect([...documented].sort()).toEqual([...ENVIRONMENT_VARIABLES].sort())
  })
})
