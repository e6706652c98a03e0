import {describe, expect, it} from 'vitest'
import {answerInLibrary, answerTopicInLibrary} from '../../src/core/across.js'
import {answerQuestion} from '../../src/core/answer.js'
import {libraryOf, rankArticles} from '../../src/core/library.js'
import type {Answer} from '../../src/core/types.js'
import {answerPlain as plainOf} from '../../src/format/answer.js'
import {phrased} from '../phrased.js'

const answerPlain = (answer: Answer) => plainOf(phrased(answer))
import {ARRIVAL, campaignLibrary, HANDOVER, SEED} from '../fixtures/library.js'
import {seedFacts} from '../fixtures/seed-facts.js'

const library = campaignLibrary()
const now = new Date('2026-11-29T12:00:00Z')
const ask = (question: string, context = {}) => answerInLibrary(library, question, {lang: 'en', now, context})
const from = (answer: Answer) => answer.articles?.map((article) => article.id)

describe('a library of articles', () => {
  it('is newest first, each article with an id from its file name', () => {
    expect(library.articles.map((article) => article.id)).toEqual([HANDOVER, ARRIVAL, SEED])
  })

  it('ranks the articles whose words a question uses', () => {
    expect(rankArticles(library, 'Okafor Ruritania journalists').map((hit) => hit.article.id)).not.toContain(SEED)
    expect(rankArticles(library, 'Callamard Lima press conference')[0]?.article.id).toBe(SEED)
  })
})

describe('answering across articles', () => {
  it('answers from the article that says it, and names that article', () => {
    const answer = ask('When is the press conference?')
    expect(answer.status).toBe('answered')
    expect(answerPlain(answer)).toContain('Lima')
    expect(from(answer)).toEqual([SEED])
    expect(answer.citations.every((citation) => citation.article === SEED)).toBe(true)
    expect(answer.context.lastArticle).toBe(SEED)
  })

  it('says the newer figure first and the older with its date, within one campaign', () => {
    const answer = ask('how many people signed the petition for the journalists?')
    const text = answerPlain(answer)
    expect(text).toMatch(/25,000[\s\S]*Earlier, on 1 March 2024[\s\S]*10,000/)
    expect(from(answer)).toEqual([HANDOVER, ARRIVAL])
  })

  it('asks which article when articles of different campaigns answer differently', () => {
    const answer = ask('how many signatures does the petition have?')
    expect(answer.status).toBe('clarify')
    const choices = answer.buttons.flatMap((button) => (button.kind === 'article' ? [button.article] : []))
    expect(choices).toEqual(expect.arrayContaining([HANDOVER, SEED]))
    expect(answer.context.pendingQuestion).toBe('how many signatures does the petition have?')
  })

  it('answers from the article the person chose, and only from it', () => {
    const answer = ask('how many signatures does the petition have?', {article: SEED})
    expect(answerPlain(answer)).toContain('200,000')
    expect(from(answer)).toEqual([SEED])
  })

  it('says the same answer once, from the newest article that gives it', () => {
    const answer = ask('who is Rudolf Elphberg?')
    expect(answerPlain(answer)).toContain('Minister of Justice')
    expect(from(answer)).toEqual([HANDOVER])
  })

  it('keeps a follow-up with no word of any article on the article talked about', () => {
    const first = ask('When is the press conference?')
    const followUp = ask('and where?', first.context)
    expect(from(followUp)).toEqual([SEED])
  })

  it('declines for every article when none says it', () => {
    const answer = ask('what is the weather like in Strelsau?')
    expect(answer.status).toBe('declined')
    expect(answerPlain(answer)).toContain('None of the 3 articles')
  })

  it('greets about all the articles, naming the newest', () => {
    const answer = ask('hi')
    expect(answerPlain(answer)).toContain('3 articles')
    expect(answerPlain(answer)).toContain('petition for six jailed journalists')
  })

  it('answers a menu topic from the newest article that has it', () => {
    expect(from(answerTopicInLibrary(library, 'report', {lang: 'en', now}))).toEqual([SEED])
    expect(from(answerTopicInLibrary(library, 'delegation', {lang: 'en', now}))).toEqual([ARRIVAL])
    expect(from(answerTopicInLibrary(library, 'delegation', {lang: 'en', now, context: {article: SEED}}))).toEqual([SEED])
  })

  it('with one article answers exactly as the single-article core does', () => {
    const question = 'Who leads the delegation?'
    const alone = answerInLibrary(libraryOf(seedFacts), question, {lang: 'en', now})
    expect(alone).toEqual({...answerQuestion(seedFacts, question, {lang: 'en', now}), context: {...alone.context}})
    expect(alone.articles).toBeUndefined()
  })
})
