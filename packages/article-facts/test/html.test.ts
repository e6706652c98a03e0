/** Articles as they come from a website: the same facts as their Markdown, placed in the HTML file. */
import {readFileSync, writeFileSync} from 'node:fs'
import path from 'node:path'
import {describe, expect, it} from 'vitest'
import {extractFacts} from '../src/index.js'
import {looksLikeHtml} from '../src/util/html.js'
import {run, temporaryDirectory} from './cli-helpers.js'
import {fixtureInput, now} from './helpers.js'

/** Facts without where they sit in their file (the shapes differ in that alone). */
function placeless(value: unknown): unknown {
  return JSON.parse(JSON.stringify(value, (key, inner: unknown) => (['start', 'end', 'path'].includes(key) ? undefined : inner)))
}

const markdown = fixtureInput('report-launch-markdown')
const page = fixtureInput('report-launch-html')
const fromMarkdown = extractFacts(markdown.text, {path: markdown.path, now})
const fromPage = extractFacts(page.text, {path: page.path, now})

describe('a web page', () => {
  it('gives the facts its Markdown version gives', () => {
    expect(fromPage.messages.filter((message) => message.fatal)).toEqual([])
    expect(placeless(fromPage.facts)).toEqual(placeless(fromMarkdown.facts))
  })

  it('takes its metadata from the page: headline, canonical URL, publication time, language', () => {
    expect(fromPage.facts?.article).toMatchObject({
      title: 'Mexico: New report exposes failures in the search for disappeared people',
      url: 'https://www.example.org/en/latest/news/2024/03/mexico-search-report/',
      published: '2024-03-04',
      publishedResolution: 'frontmatter',
      language: 'en'
    })
  })

  it('drops the site around the article: navigation, cookie banner, share buttons, scripts, asides, newsletter, footer', () => {
    const text = fromPage.facts?.sentences.map((sentence) => sentence.text).join(' ') ?? ''
    for (const furniture of ['Donate now', 'cookies', 'Share on', 'fake report', 'Read more', '12 journalists', 'newsletter', 'Registered charity']) expect(text).not.toContain(furniture)
  })

  it('places every sentence in the HTML file', () => {
    const lines = page.text.split('\n')
    for (const sentence of fromPage.facts?.sentences ?? []) {
      const line = lines[sentence.start.line - 1]?.slice(sentence.start.column - 1).replace(/<[^>]*>/g, '') ?? ''
      expect(line.startsWith(sentence.text.slice(0, 30))).toBe(true)
    }
  })

  it('is known by its extension or its first tag', () => {
    expect(looksLikeHtml('plain text', 'a.html')).toBe(true)
    expect(looksLikeHtml('  <!DOCTYPE html><p>x</p>')).toBe(true)
    expect(looksLikeHtml('<html lang="es"><body></body></html>')).toBe(true)
    expect(looksLikeHtml('# Title\n\n<b>bold</b> in Markdown', 'a.md')).toBe(false)
  })

  it('reads a Spanish page as Spanish from its lang, and a page without article or main from its body', () => {
    const spanish = extractFacts('<html lang="es-AR"><head><title>Informe</title></head><body><p>Amnistía Internacional presentó hoy un informe en Buenos Aires.</p></body></html>', {path: 'a.html', now})
    expect(spanish.facts?.article.language).toBe('es')
    expect(spanish.facts?.article.title).toBe('Informe')
    expect(spanish.facts?.sentences.map((sentence) => sentence.text)).toEqual(['Amnistía Internacional presentó hoy un informe en Buenos Aires.'])
  })
})

describe('the CLI', () => {
  it('bundles the .html articles of a folder beside the others', () => {
    const dir = temporaryDirectory()
    writeFileSync(path.join(dir, 'page.html'), page.text)
    writeFileSync(path.join(dir, 'text.txt'), 'Amnesty International calls for the release of Ana Pérez, detained in Lima on 3 March 2024.\n')
    const {code, stderr} = run(['.', '--bundle', 'bundle.json'], dir)
    expect(stderr).not.toContain('error')
    expect(code).toBe(0)
    const bundle = JSON.parse(readFileSync(path.join(dir, 'bundle.json'), 'utf8')) as {articles: Array<{path: string; facts: {article: {title?: string}}}>}
    expect(bundle.articles.map((article) => article.path).sort()).toEqual(['page.html', 'text.txt'])
    expect(bundle.articles.find((article) => article.path === 'page.html')?.facts.article.title).toContain('New report exposes failures')
  })
})
