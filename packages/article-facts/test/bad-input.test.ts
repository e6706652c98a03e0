/** Bad input gets a clear message with a rule id, and never a crash. */
import {mkdirSync, writeFileSync} from 'node:fs'
import path from 'node:path'
import {VFile} from 'vfile'
import {describe, expect, it} from 'vitest'
import {extractFacts, rules} from '../src/index.js'
import {run, temporaryDirectory} from './cli-helpers.js'
import {now} from './helpers.js'

function only(input: string | VFile) {
  const result = extractFacts(input, {now})
  const errors = result.messages.filter((message) => message.fatal)
  return {...result, errors}
}

describe('bad input', () => {
  it('empty or blank file', () => {
    for (const value of ['', '  \n\n\t\n']) {
      const {facts, errors} = only(value)
      expect(facts).toBeUndefined()
      expect(errors.map((error) => [error.ruleId, error.reason])).toEqual([[rules.emptyFile, 'Empty file: expected an article']])
      expect(errors[0]?.source).toBe('article-facts')
    }
  })

  it('binary file', () => {
    const {facts, errors} = only(new VFile({path: 'photo.jpg', value: new Uint8Array([0xff, 0xd8, 0xff, 0xe0, 0, 0x10, 0x4a, 0x46])}))
    expect(facts).toBeUndefined()
    expect(errors[0]?.ruleId).toBe(rules.binaryFile)
  })

  it('invalid UTF-8, with the offending byte', () => {
    const bytes = Buffer.concat([Buffer.from('Amnesty International said '), Buffer.from([0xc3, 0x28]), Buffer.from(' hello')])
    const {facts, errors} = only(new VFile({path: 'latin.txt', value: bytes}))
    expect(facts).toBeUndefined()
    expect(errors[0]?.ruleId).toBe(rules.invalidUtf8)
    expect(errors[0]?.reason).toBe('Invalid UTF-8: byte 27 is not valid UTF-8; save the article as UTF-8')
  })

  it('a 10 MB file is refused before any parsing', () => {
    const big = 'Amnesty International has requested a meeting with President Ana Ruiz.\n'.repeat(150_000)
    const {facts, errors, file} = only(big)
    expect(facts).toBeUndefined()
    expect(errors[0]?.ruleId).toBe(rules.tooLarge)
    expect(errors[0]?.reason).toMatch(/^File too large: 10\.\d MB exceeds the 1\.0 MB limit/)
    // Refused before parsing: no pipeline data at all.
    expect(file.data.blocks).toBeUndefined()
  })

  // Each took the parser 10 s to a minute, or overflowed its stack: refused before parsing, where they start.
  it.each([
    ['20,000 `*` around a word', `Intro line.\n\n${'*'.repeat(20_000)}x${'*'.repeat(20_000)}`, 3, 1],
    ['10,000 nested list levels', `Intro line.\n${'- '.repeat(10_000)}x`, 2, 1],
    ['50,000 `[` around a word', `Intro line.\n\nSee ${'['.repeat(50_000)}x${']'.repeat(50_000)}`, 3, 5],
    ['100 nested links', `Intro line.\n\n${'[a '.repeat(100)}x${'](b)'.repeat(100)}`, 3, 1]
  ])('%s is refused with its line and column', (_name, text, line, column) => {
    const {facts, errors, file} = only(text)
    expect(facts).toBeUndefined()
    expect(errors).toHaveLength(1)
    expect(errors[0]).toMatchObject({ruleId: rules.markdownTooDeep, line, column})
    expect(errors[0]?.reason).toMatch(/^Markdown (too deep to read|nested too deeply)/)
    expect(file.data.blocks).toBeUndefined()
  })

  it('real Markdown stays well inside the limits', () => {
    const text = '# Title\n\n- one\n  - two\n    - three\n\n> quoted (with [a link](https://example.org) and **bold** text) — ***strong*** ____\n\nAmnesty International has requested a meeting with President Ana Ruiz.\n'
    expect(only(text).errors.filter((error) => error.ruleId === rules.markdownTooDeep)).toEqual([])
  })

  it('a YAML tag it does not define (`!!js/function`) is an error where it stands, not a title', () => {
    const {facts, errors} = only('---\nlanguage: en\ntitle: !!js/function "function () { return 1 }"\n---\n\nAmnesty International has requested a meeting with President Ana Ruiz.\n')
    expect(errors[0]).toMatchObject({ruleId: rules.frontmatterInvalid, line: 3, column: 8})
    expect(errors[0]?.reason).toMatch(/^Cannot use frontmatter: Unresolved tag: tag:yaml.org,2002:js\/function/)
    expect(facts?.article.title ?? '').not.toContain('function')
  })

  it('broken frontmatter: unparseable YAML, wrong types, no closing line', () => {
    const body = 'Amnesty International has requested a meeting with President Ana Ruiz.\n'
    const unparseable = only(`---\ntitle: Peru: a title: with colons\n---\n\n${body}`)
    // Where the YAML goes wrong: "Peru: a title" on line 2.
    expect(unparseable.errors[0]).toMatchObject({ruleId: rules.frontmatterInvalid, line: 2, column: 8})
    expect(unparseable.errors[0]?.reason).toMatch(/^Cannot parse frontmatter: /)
    // The body is still read: one bad field does not hide the article.
    expect(unparseable.facts?.events).toHaveLength(1)

    const wrongTypes = only(`---\ntitle: [a, b]\npublished: 22 May\nlanguage: fr\n---\n\n${body}`)
    expect(wrongTypes.errors.map((error) => error.reason)).toEqual([
      'Expected frontmatter `title` to be a string',
      'Expected frontmatter `language` to be `en` or `es`',
      'Expected `published` to be a date as YYYY-MM-DD, not `22 May`'
    ])

    const unclosed = only(`---\ntitle: Something\n\n${body}`)
    expect(unclosed.errors[0]?.reason).toBe('Cannot find the end of the frontmatter: expected a closing `---` line')
  })

  it('an article with no recognisable facts', () => {
    const {facts, errors} = only('Preheat the oven to 200 degrees.\nMix the flour and the butter.\n')
    expect(errors.map((error) => error.ruleId)).toEqual([rules.noFacts])
    expect(errors[0]?.reason).toMatch(/^No facts recognised/)
    expect(facts?.sentences).toHaveLength(2)
  })

  it('a statement that names no body it knows but tells where and when: a warning, and the sentences', () => {
    const {facts, errors, messages} = only('# Fighting goes on\n\n*Posted on 02 May 2023*\n\nViolence is spreading across Ruritania. At least 450 people have been hurt, and 11 clinics are shut.\n')
    expect(errors).toEqual([])
    expect(messages.map((message) => message.ruleId)).toContain(rules.sentencesOnly)
    expect(facts?.sentences.length).toBeGreaterThan(0)
  })

  it('the CLI reports each with file:line:column and exits 1', () => {
    const cwd = temporaryDirectory()
    mkdirSync(path.join(cwd, 'bad'))
    writeFileSync(path.join(cwd, 'bad/empty.txt'), '')
    writeFileSync(path.join(cwd, 'bad/binary.txt'), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x00, 0x00]))
    writeFileSync(path.join(cwd, 'bad/latin1.txt'), Buffer.from('Amnist\xeda Internacional', 'latin1'))
    writeFileSync(path.join(cwd, 'bad/recipe.md'), 'Preheat the oven.\n')
    const result = run(['bad', '--bundle', 'bundle.json'], cwd)
    expect(result.code).toBe(1)
    expect(result.stderr.split('\n').slice(0, 4)).toEqual([
      'bad/binary.txt:1:1: error: Binary file: contains NUL bytes, expected a text article [binary-file]',
      'bad/empty.txt:1:1: error: Empty file: expected an article [empty-file]',
      'bad/latin1.txt:1:1: error: Invalid UTF-8: byte 6 is not valid UTF-8; save the article as UTF-8 [invalid-utf8]',
      expect.stringMatching(/^bad\/recipe\.md:1:1: error: No facts recognised: .* \[no-facts\]$/)
    ])
    expect(result.stderr).toContain('4 articles: 4 errors, 0 warnings')
  })

  it('a directory without articles', () => {
    const cwd = temporaryDirectory()
    mkdirSync(path.join(cwd, 'empty'))
    writeFileSync(path.join(cwd, 'empty/notes.json'), '{}')
    const result = run(['empty', '--check'], cwd)
    expect(result.code).toBe(1)
    expect(result.stderr).toBe('empty:1:1: error: No articles found: expected .md, .markdown, .txt, .html or .htm files [no-articles]\n')
  })
})
