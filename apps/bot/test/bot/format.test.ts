import {describe, expect, it} from 'vitest'
import {answerHtml, answerHtmlChunks, answerPlain} from '../../src/format/answer.js'
import {escapeHtml, htmlToPlain} from '../../src/format/html.js'
import {truncate} from '../../src/format/inline.js'
import {answerTranslator} from '../../src/bot/i18n.js'
import {answerTopic} from '../../src/core/answer.js'
import type {Answer} from '../../src/core/types.js'
import {listOf, message} from '../../src/core/words.js'
import {phraseAnswer, type PhrasedAnswer} from '../../src/format/phrase.js'
import {seedFacts} from '../fixtures/seed-facts.js'
import {splitHtml, TELEGRAM_MESSAGE_LIMIT} from '../../src/format/split.js'

const answer = (paragraphs: PhrasedAnswer['paragraphs']): PhrasedAnswer => ({
  intent: 'report',
  status: 'answered',
  confidence: 1,
  lang: 'en',
  paragraphs,
  facts: [],
  citations: [{index: 0, sentence: 'A <sentence> & more.', line: 1, column: 1}],
  buttons: [],
  context: {}
})

/** Tags balanced in each chunk: every opened tag closed, in order. */
function balanced(html: string): boolean {
  const stack: string[] = []
  for (const [, closing, name] of html.matchAll(/<(\/?)([a-z-]+)[^>]*>/g)) {
    if (!closing) stack.push(name!)
    else if (stack.pop() !== name) return false
  }
  return stack.length === 0
}

describe('escaping', () => {
  it('escapes the characters HTML parse mode reads', () => {
    expect(escapeHtml('<b>Tom & "Jerry"</b>')).toBe('&lt;b&gt;Tom &amp; &quot;Jerry&quot;&lt;/b&gt;')
  })

  it('renders strong parts bold and escapes all content, sources included', () => {
    const html = answerHtml(answer([[{text: 'x < y', strong: true}, {text: ' & z'}]]), {
      label: 'Source',
      citations: answer([]).citations
    })
    expect(html).toBe('<b>x &lt; y</b> &amp; z\n\n<i>Source:</i>\n<blockquote>A &lt;sentence&gt; &amp; more.</blockquote>')
    expect(htmlToPlain(html)).toBe('x < y & z\n\nSource:\n“A <sentence> & more.”')
  })

  it('plain text keeps paragraphs, without markup', () => {
    expect(answerPlain(answer([[{text: 'One', strong: true}], [{text: 'Two'}]]))).toBe('One\n\nTwo')
  })
})

describe('phraseAnswer', () => {
  const data: Answer = {
    intent: 'report',
    status: 'answered',
    confidence: 1,
    lang: 'es',
    paragraphs: [[{words: message('where', {place: 'Strelsau'}), strong: true}, {words: ' y más'}], [{words: ''}]],
    facts: [],
    citations: [],
    buttons: [{kind: 'intent', label: message('intent-timeline'), intent: 'timeline'}, {kind: 'url', label: 'Firmar', url: 'https://example.org'}],
    context: {},
    timeline: [{iso: '2023-05-22', when: '22 de mayo de 2023', words: message('where', {place: listOf(['Strelsau', 'Tromsvik'])}), planned: false}]
  }

  it('phrases paragraphs, button labels and timeline lines in the answer\'s language, each paragraph capitalised', () => {
    const phrased = phraseAnswer(data, answerTranslator())
    expect(phrased.paragraphs).toEqual([[{text: 'En Strelsau', strong: true}, {text: ' y más'}]])
    expect(phrased.buttons.map((button) => button.label)).toEqual(['Cronología', 'Firmar'])
    expect(phrased.timeline).toEqual([{iso: '2023-05-22', when: '22 de mayo de 2023', text: 'En Strelsau y Tromsvik', planned: false}])
    expect(phraseAnswer({...data, lang: 'en'}, answerTranslator()).paragraphs[0]![0]!.text).toBe('In Strelsau')
  })

  it('is how every answer of the core reaches a person: the core\'s own answer holds messages, not prose', () => {
    const answer = answerTopic(seedFacts, 'delegation', {lang: 'en', now: new Date('2026-11-29T12:00:00Z')})
    expect(answer.paragraphs.flat().some((part) => typeof part.words === 'object' && 'message' in part.words)).toBe(true)
    expect(answerPlain(phraseAnswer(answer, answerTranslator()))).toMatch(/^The Amnesty International delegation/)
  })
})

describe('splitHtml', () => {
  it('leaves short messages alone', () => {
    expect(splitHtml('<b>hi</b> there')).toEqual(['<b>hi</b> there'])
  })

  it('splits between paragraphs first', () => {
    const paragraph = 'word '.repeat(500).trim()
    const chunks = splitHtml(`${paragraph}\n\n${paragraph}\n\n${paragraph}`)
    expect(chunks).toHaveLength(3)
    expect(chunks.every((chunk) => chunk === paragraph)).toBe(true)
  })

  it('splits a long paragraph between words, closing and reopening tags', () => {
    const html = `<b>${'bold &amp; words '.repeat(600)}</b> end`
    const chunks = splitHtml(html)
    expect(chunks.length).toBeGreaterThan(1)
    for (const chunk of chunks) {
      expect(chunk.length).toBeLessThanOrEqual(TELEGRAM_MESSAGE_LIMIT)
      expect(balanced(chunk)).toBe(true)
      expect(chunk).not.toMatch(/&[a-z]*$/)
    }
    const flat = (text: string) => text.replace(/\s+/g, ' ').trim()
    expect(flat(chunks.map((chunk) => htmlToPlain(chunk)).join(' '))).toBe(flat(htmlToPlain(html)))
  })

  it('cuts text without spaces anywhere, but never inside an entity or a surrogate pair', () => {
    const html = '&amp;😀'.repeat(2000)
    const chunks = splitHtml(html, 100)
    for (const chunk of chunks) {
      expect(chunk.length).toBeLessThanOrEqual(100)
      expect(chunk).toMatch(/^(&amp;😀|😀|&amp;)+$/)
    }
    expect(chunks.join('')).toBe(html)
  })

  it('keeps answer chunks under the limit', () => {
    const long = answer(Array.from({length: 200}, (_, index) => [{text: `Paragraph ${index} with some words in it.`, strong: index % 3 === 0}]))
    const chunks = answerHtmlChunks(long, undefined, 500)
    expect(chunks.length).toBeGreaterThan(5)
    for (const chunk of chunks) expect(chunk.length).toBeLessThanOrEqual(500)
    expect(chunks.join('\n\n')).toBe(answerHtml(long))
  })
})

describe('truncate', () => {
  it('cuts at a word with an ellipsis', () => {
    expect(truncate('one two three four', 12)).toBe('one two…')
    expect(truncate('short', 12)).toBe('short')
  })
})
