/**
 * The mechanisms added after the blind batches of round 8 and 9, each on its own: checks that
 * would fail if the mechanism were removed, on the seed facts and on two parser fixtures.
 */
import {readFileSync} from 'node:fs'
import {fileURLToPath} from 'node:url'
import {extractFacts, type Facts} from 'article-facts'
import {describe, expect, it} from 'vitest'
import {answerQuestion} from '../../src/core/answer.js'
import type {Answer, ConversationContext} from '../../src/core/types.js'
import {seedFacts} from './fixtures/seed-facts.js'
import {text} from '../phrased.js'

const later = new Date('2026-11-29T12:00:00Z')

function fixture(name: string): Facts {
  const file = fileURLToPath(new URL(`../../../../packages/article-facts/test/fixtures/${name}`, import.meta.url))
  const {facts} = extractFacts(readFileSync(file, 'utf8'), {path: file})
  if (!facts) throw new Error(`no facts from ${name}`)
  return facts
}

function conversation(facts: Facts, questions: string[]): Answer[] {
  let context: ConversationContext = {}
  return questions.map((question) => {
    const answer = answerQuestion(facts, question, {lang: 'en', now: later, context})
    context = answer.context
    return answer
  })
}

const ask = (facts: Facts, question: string) => answerQuestion(facts, question, {lang: 'en', now: later})

describe('two questions in one message', () => {
  it('answers both parts when each is answered alone', () => {
    const answer = ask(seedFacts, 'who leads it and when is the press conference')
    expect(answer.status).toBe('answered')
    expect(text(answer)).toContain('Callamard')
    expect(text(answer)).toContain('25 May')
  })

  it('says a sentence once when both parts are about one topic', () => {
    const answer = ask(seedFacts, "what's the petition for? who gets it")
    expect(text(answer)).toContain('peaceful protest')
    expect(text(answer)).toContain('Boluarte')
    const lines = text(answer).split('\n')
    expect(new Set(lines).size).toBe(lines.length)
  })

  it('reads the message whole when one part is out of scope', () => {
    expect(ask(seedFacts, 'who leads the delegation and how old is she').status).toBe('declined')
  })
})

describe('the answer must hold what is asked', () => {
  it('declines where a person is from (the facts hold roles, not origins)', () => {
    expect(ask(seedFacts, 'where is callamard from').status).toBe('declined')
  })

  it('declines whether a person went to a place their roles do not mention', () => {
    expect(ask(seedFacts, 'did callamard visit ayacucho').status).toBe('declined')
  })

  it('answers what the delegates said with a delegate\'s quote, and declines it on a subject the quote is not about', () => {
    const said = ask(seedFacts, 'what did the delegates say')
    expect(said.intent).toBe('quote')
    expect(text(said)).toContain('accompany the victims')
    expect(ask(seedFacts, 'what did the delegation say about the police').status).toBe('declined')
  })

  it('declines a saying of someone the article does not quote', () => {
    const [, said] = conversation(seedFacts, ['who is erika guevara rosas', 'what did the president tell her'])
    expect(said!.status).toBe('declined')
  })

  it('declines a pronoun question whose answer would not be about that person', () => {
    const [, going] = conversation(seedFacts, ["who's marina navarro", 'is she going to the press conference'])
    expect(going!.status).toBe('declined')
  })

  it('declines what the article cannot know about today', () => {
    expect(ask(seedFacts, 'what is the delegation doing today').status).toBe('declined')
  })
})

describe('reading phone messages', () => {
  it('leaves out what the asker says about themselves and spells out shorthand', () => {
    expect(text(ask(seedFacts, 'im in spain what can i do from abroad'))).toContain('excessive force')
    expect(ask(seedFacts, 'so um i was wondering who is the head of the delegation').status).toBe('answered')
  })

  it('reads "from <place>" after a first-person ask as where the asker is, and slang greetings as greetings', () => {
    expect(answerQuestion(seedFacts, 'como firmo desde mexico', {lang: 'es', now: later}).intent).toBe('act')
    expect(text(answerQuestion(seedFacts, 'hola q onda quien lidera la delegacion', {lang: 'es', now: later}))).toContain('Callamard')
    // Not the asker: a place the article does not name still makes the question out of scope.
    expect(ask(seedFacts, 'what did people from mexico say').status).toBe('declined')
  })

  it('finds a related item by a word of its label', () => {
    const answer = ask(seedFacts, 'canada?')
    expect(answer.intent).toBe('related')
    expect(text(answer)).toContain('Canada')
  })
})

describe('quoting the one sentence that holds the words asked', () => {
  it('gives a count the article writes as number and thing', () => {
    const facts = fixture('report-title-in-italics/input.md')
    expect(text(ask(facts, 'how many witnesses did they interview'))).toContain('64 witnesses')
    expect(ask(facts, 'how many people died in the attacks').status).toBe('declined')
  })

  it('answers why a person was arrested from the sentence about them, and declines an office with no holder', () => {
    const facts = fixture('petition-without-count/input.txt')
    const [, why] = conversation(facts, ['who is jamal', 'why was he arrested'])
    expect(text(why!)).toContain('false news')
    expect(ask(facts, 'who is the minister of justice').status).toBe('declined')
  })

  it('reads one concept across wordings: arrested where the article says detained', () => {
    const facts = fixture('headline-and-signatures/input.txt')
    expect(text(ask(facts, 'why were they arrested'))).toContain('peacefully protesting')
    expect(text(ask(facts, 'when are the vigils'))).toContain('8 March')
  })
})
