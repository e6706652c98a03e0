/// <reference lib="dom" />
/**
 * The preview in a real browser (Debian's chromium driven by playwright-core): every page loads
 * without console errors, a fact's source link scrolls to its sentence, pages fit a phone's
 * width, and axe-core finds no serious accessibility violation.
 */
import {readFileSync} from 'node:fs'
import {createRequire} from 'node:module'
import {mkdtempSync} from 'node:fs'
import {tmpdir} from 'node:os'
import {join} from 'node:path'
import {fileURLToPath} from 'node:url'
import {chromium, type Browser, type Page} from 'playwright-core'
import {afterAll, beforeAll, describe, expect, it} from 'vitest'
import {main} from '../../src/preview.js'
import {LIBRARY_DIR} from '../fixtures/library.js'
import {prerequisite} from '../prerequisites.js'
import {which} from '../runtime/helpers/harness.js'

const chromiumBin = process.env.CHROMIUM_BIN ?? which('chromium') ?? which('chromium-browser')
const ready = prerequisite('preview in a browser', [!chromiumBin && 'chromium'], 'apt-get install chromium')
const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8')

describe.runIf(ready)('the preview site in a browser', () => {
  let browser: Browser
  let url = ''
  let stop: () => void = () => undefined
  let served: Promise<number>

  beforeAll(async () => {
    const stopped = new Promise<void>((resolve) => (stop = resolve))
    const listening = new Promise<string>((resolve) => {
      served = main(['--content', fileURLToPath(LIBRARY_DIR), '--out', join(mkdtempSync(join(tmpdir(), 'preview-')), 'site'), '--serve', '--port', '0'], {
        stdout: () => undefined,
        stderr: (text) => process.stderr.write(text),
        stop: stopped,
        listening: resolve
      })
    })
    url = await listening
    browser = await chromium.launch({executablePath: chromiumBin!, args: ['--no-sandbox', '--disable-gpu']})
  }, 60_000)

  afterAll(async () => {
    await browser?.close()
    stop()
    await served
  })

  async function open(path: string, viewport = {width: 1280, height: 900}): Promise<{page: Page; errors: string[]}> {
    const page = await browser.newPage({viewport})
    const errors: string[] = []
    page.on('console', (message) => {
      if (message.type() === 'error') errors.push(message.text())
    })
    page.on('pageerror', (error) => errors.push(error.message))
    const response = await page.goto(new URL(path, url).href)
    expect(response?.status()).toBe(200)
    return {page, errors}
  }

  const pages = ['index.html', 'ruritania-delegation-arrives.html', 'ruritania-petition-handed-over.html']

  it('loads every page without console errors', async () => {
    for (const path of pages) {
      const {page, errors} = await open(path)
      expect(errors, path).toEqual([])
      await page.close()
    }
  })

  it('scrolls to the sentence a fact comes from, and highlights it', async () => {
    const {page} = await open('ruritania-delegation-arrives.html', {width: 1280, height: 400})
    const link = page.locator('#f-quote-1 a.source').first()
    const target = (await link.getAttribute('href'))!
    await link.click()
    expect(await page.evaluate(() => location.hash)).toBe(target)
    const sentence = page.locator(target)
    await expect.poll(async () => sentence.evaluate((element) => element.getBoundingClientRect().top)).toBeLessThan(400)
    expect(await sentence.evaluate((element) => getComputedStyle(element).outlineStyle)).toBe('solid')
    expect(await sentence.textContent()).toContain('Six journalists have spent five months in prison')
    await page.close()
  })

  it('fits a phone’s width', async () => {
    for (const path of pages) {
      const {page} = await open(path, {width: 375, height: 812})
      expect(await page.evaluate(() => document.documentElement.scrollWidth), path).toBeLessThanOrEqual(375)
      await page.close()
    }
  })

  it('has no serious or critical accessibility violation (axe-core)', async () => {
    for (const path of pages) {
      const {page} = await open(path)
      await page.addScriptTag({content: axeSource})
      const violations = await page.evaluate(async () => {
        const result = await (window as unknown as {axe: {run: () => Promise<{violations: Array<{id: string; impact: string}>}>}}).axe.run()
        return result.violations.map(({id, impact}) => ({id, impact}))
      })
      expect(violations.filter((violation) => violation.impact === 'serious' || violation.impact === 'critical'), path).toEqual([])
      await page.close()
    }
  })
})
