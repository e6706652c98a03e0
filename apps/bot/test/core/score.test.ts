import {describe, expect, it} from 'vitest'
import {EvalSetError, formatSummary, groupConversations, parseEvalSet, scoreItem, summarize, type EvalItem} from '../../src/eval/score.js'

const item = (fields: Partial<EvalItem>): EvalItem => ({id: 'x', topic: 'petition', lang: 'en', question: 'q', ...fields})
const reply = (answer: string, intent = 'petition') => ({question: 'q', answer, intent})

describe('scoreItem', () => {
  it('matches substrings without case or accents, and any-of groups', () => {
    expect(scoreItem(item({contains: ['agnes callamard']}), reply('Led by Agnès CALLAMARD.')).pass).toBe(true)
    expect(scoreItem(item({anyOf: [['200,000', '200.000']]}), reply('tiene 200.000 firmas')).pass).toBe(true)
    expect(scoreItem(item({anyOf: [['200,000', '200.000']]}), reply('tiene muchas firmas'))).toMatchObject({pass: false, reason: expect.stringContaining('missing one of')})
  })

  it('fails on a forbidden phrase, a missing substring, or a decline of an answerable question', () => {
    expect(scoreItem(item({contains: ['25 May'], noneOf: ['will present']}), reply('On 25 May X will present')).pass).toBe(false)
    expect(scoreItem(item({contains: ['Lima']}), reply('in Bogotá')).reason).toBe('missing "Lima"')
    expect(scoreItem(item({contains: ['article']}), reply("The article doesn't say", 'out-of-scope')).reason).toBe('declined an answerable question')
  })

  it('wants a yes or a no as the answer’s first word, not inside another ("Cronología", "know")', () => {
    expect(scoreItem(item({contains: ['No'], anyOf: [['4 de septiembre']]}), reply('No. El 4 de septiembre …')).pass).toBe(true)
    expect(scoreItem(item({contains: ['Sí']}), reply('Sí. El artículo dice …')).pass).toBe(true)
    expect(scoreItem(item({contains: ['No'], anyOf: [['4 de septiembre']]}), reply('El 4 de septiembre, la reunión. Quién es quién Cronología')).pass).toBe(false)
    expect(scoreItem(item({contains: ['Yes']}), reply('The article says: “No one knows yes or no.”')).pass).toBe(false)
  })

  it('finds links among the URL buttons of the reply', () => {
    const withButtons = {...reply('Take action'), buttons: [{label: 'Act', url: 'https://example.org/act'}, {label: 'Source'}]}
    expect(scoreItem(item({links: ['https://example.org/act']}), withButtons).pass).toBe(true)
    expect(scoreItem(item({links: ['https://example.org/other']}), withButtons).reason).toBe('no link button to https://example.org/other')
  })

  it('wants the out-of-scope intent for a decline and the clarify intent for an ambiguity', () => {
    expect(scoreItem(item({decline: true}), reply('…', 'out-of-scope')).pass).toBe(true)
    expect(scoreItem(item({decline: true}), reply('The petition has 200,000 signatures')).pass).toBe(false)
    expect(scoreItem(item({clarify: true}), reply('Did you mean', 'clarify')).pass).toBe(true)
    expect(scoreItem(item({decline: true}), undefined)).toMatchObject({pass: false, reason: 'no reply'})
  })
})

describe('summarize', () => {
  it('gives rates overall, per topic and language, the decline rate and the misses', () => {
    const results = [
      scoreItem(item({id: 'a', contains: ['x']}), reply('x')),
      scoreItem(item({id: 'b', lang: 'es', contains: ['y']}), reply('x')),
      scoreItem(item({id: 'c', topic: 'out-of-scope', decline: true}), reply('no', 'out-of-scope'))
    ]
    const summary = summarize(results)
    expect(summary.overall).toEqual({passed: 2, total: 3, rate: 2 / 3})
    expect(summary.byLang.es).toEqual({passed: 0, total: 1, rate: 0})
    expect(summary.byTopic['out-of-scope']).toEqual({passed: 1, total: 1, rate: 1})
    expect(summary.declined.rate).toBe(1)
    expect(summary.misses.map((miss) => miss.item.id)).toEqual(['b'])
    expect(formatSummary('t', summary)).toContain('✗ b (es, petition) "q"')
  })
})

describe('parseEvalSet and groupConversations', () => {
  it('reads JSONL, rejecting items that expect nothing or repeat an id, with file and line', () => {
    const good = '{"id":"1","topic":"t","lang":"en","question":"q","decline":true}\n\n{"id":"2","topic":"t","lang":"es","question":"q","conversation":"c","contains":["a"]}\n'
    expect(parseEvalSet(good, 'set.jsonl')).toHaveLength(2)
    expect(() => parseEvalSet('{"id":"1","topic":"t","lang":"en","question":"q"}', 'set.jsonl')).toThrow(new EvalSetError('set.jsonl:1: "1" expects nothing (contains, anyOf, links, decline or clarify)'))
    expect(() => parseEvalSet(`${good}{"id":"1","topic":"t","lang":"en","question":"q","decline":true}`, 's')).toThrow('s:4: duplicate id "1"')
  })

  it('keeps conversations together and in order', () => {
    const items = [item({id: 'a', conversation: 'c'}), item({id: 'b'}), item({id: 'c', conversation: 'c'})]
    const {conversations, standalone} = groupConversations(items)
    expect(conversations.map((group) => group.map((one) => one.id))).toEqual([['a', 'c']])
    expect(standalone.map((one) => one.id)).toEqual(['b'])
  })
})
