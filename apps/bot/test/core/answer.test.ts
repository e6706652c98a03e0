import {describe, expect, it} from 'vitest'
import {answerQuestion, answerTopic} from '../../src/core/answer.js'
import type {Answer, ConversationContext, Lang} from '../../src/core/types.js'
import {otherFacts} from './fixtures/other-facts.js'
import {seedFacts} from './fixtures/seed-facts.js'
import {phrased, text} from '../phrased.js'

const later = new Date('2026-11-29T12:00:00Z')
const ask = (question: string, lang: Lang = 'en', context?: ConversationContext, now = later) => answerQuestion(seedFacts, question, {lang, now, ...(context ? {context} : {})})

/** Asks in one conversation, threading the context like the bot's session does. */
function conversation(questions: string[], lang: Lang = 'en'): Answer[] {
  let context: ConversationContext = {}
  return questions.map((question) => {
    const answer = ask(question, lang, context)
    context = answer.context
    return answer
  })
}

describe('answerQuestion: the delegation', () => {
  it('names the leader with title, cites the source sentence with its position', () => {
    const answer = ask("who's leading it")
    expect(answer).toMatchObject({intent: 'delegation', status: 'answered', lang: 'en'})
    expect(text(answer)).toContain('Secretary General Agnès Callamard')
    expect(answer.citations[0]).toMatchObject({line: 1, column: 1})
    expect(answer.citations[0]!.sentence).toMatch(/^An Amnesty International delegation/)
    expect(answer.buttons.some((button) => button.kind === 'intent' && button.intent === 'people')).toBe(true)
  })

  it('answers follow-ups from the conversation: who else, and where, then a pronoun', () => {
    const [, others, where, meeting] = conversation(['Who leads the delegation?', 'Who else is in it?', 'And where are they?', 'When did she meet the president?'])
    expect(text(others!)).toContain('Erika Guevara-Rosas')
    expect(text(others!)).not.toContain('led by')
    expect(text(where!)).toContain('Peru')
    expect(meeting!.intent).toBe('meeting')
    expect(text(meeting!)).toContain('February 2023')
    expect(text(meeting!)).toContain('Marina Navarro')
  })

  it('answers in Spanish when asked in Spanish, whatever the UI language', () => {
    const answer = ask('¿Quién encabeza la delegación?', 'en')
    expect(answer.lang).toBe('es')
    expect(text(answer)).toContain('La delegación de Amnesty International está encabezada por Agnès Callamard')
  })
})

describe('answerQuestion: numbers and dates', () => {
  it('formats the signature count for the language', () => {
    expect(text(ask('how many sigs'))).toContain('200,000 signatures')
    expect(text(ask('¿Cuántas firmas tiene la petición?', 'es'))).toContain('200.000 firmas')
  })

  it('tells a planned event as planned before its date and as "was to" after it', () => {
    const before = ask('When is the press conference?', 'en', undefined, new Date('2023-05-23T09:00:00Z'))
    expect(text(before)).toBe('On Thursday 25 May, Amnesty International will present the findings of the report at a press conference in Lima.')
    const after = ask('When is the press conference?')
    expect(text(after)).toBe('On Thursday 25 May, Amnesty International was to present the findings of the report at a press conference in Lima.')
    expect(text(ask('¿Cuándo es la conferencia de prensa?', 'es'))).toContain('El jueves 25 de mayo, Amnesty International iba a presentar')
  })

  it('lists the timeline in date order', () => {
    const lines = text(answerTopic(seedFacts, 'timeline', {lang: 'en', now: later})).split('\n')
    expect(lines[0]).toContain('December 2022')
    expect(lines[1]).toContain('February 2023')
    // The article writes no year: the one its weekday points to is left unsaid.
    expect(lines.at(-1)).toContain('Thursday 25 May,')
  })
})

describe('answerQuestion: out of scope and ambiguity', () => {
  it.each([
    'How old is Agnès Callamard?',
    'How many people died in the protests?',
    "what's the weather in Lima",
    'Who is the president of France?',
    'How many deaths were there in Juliaca?',
    '¿Cuántos años tiene Callamard?'
  ])('declines "%s", offering the topics covered, with no citation', (question) => {
    const answer = ask(question)
    expect(answer).toMatchObject({intent: 'out-of-scope', status: 'declined', citations: []})
    expect(text(answer)).toMatch(/doesn't say|no lo dice/)
    expect(answer.buttons.map((button) => button.kind)).toEqual(['intent', 'intent', 'intent'])
  })

  it('asks back when a bare question could mean several things, and takes the answer by number', () => {
    const [choice, picked] = conversation(['when?', '2'])
    expect(choice).toMatchObject({intent: 'clarify', status: 'clarify'})
    expect(text(choice!)).toBe('Did you mean one of these?')
    expect(choice!.buttons.map((button) => (button.kind === 'intent' ? button.intent : button.kind))).toEqual(['timeline', 'press-conference', 'meeting'])
    expect(picked!.intent).toBe('press-conference')
  })

  it('declines a question about someone the article does not quote', () => {
    expect(ask('What did Marina Navarro say?').status).toBe('declined')
  })
})

describe('answers come from the facts given', () => {
  it('answers about another article with its own people, numbers and links', () => {
    const lead = answerQuestion(otherFacts, 'who leads the delegation', {lang: 'en', now: later})
    expect(text(lead)).toContain('Ana Souza')
    expect(text(lead)).not.toContain('Callamard')
    const petition = answerQuestion(otherFacts, 'firmas', {lang: 'es', now: later})
    expect(text(petition)).toContain('12.500 firmas')
    expect(phrased(petition).buttons).toContainEqual({kind: 'url', label: 'Firmar la petición', url: 'https://example.org/sign'})
    const act = answerQuestion(otherFacts, 'how can I help', {lang: 'en', now: later})
    expect(phrased(act).buttons).toContainEqual({kind: 'url', label: 'Ask the ministry to publish water permits', url: 'https://example.org/act'})
    const report = answerQuestion(otherFacts, 'report', {lang: 'en', now: later})
    expect(phrased(report).buttons).toContainEqual({kind: 'url', label: 'Dry rivers', url: 'https://example.org/dry-rivers.pdf'})
    expect(answerQuestion(otherFacts, 'Who is the president?', {lang: 'en', now: later}).status).not.toBe('answered')
  })

  it('declines topics the facts do not have', () => {
    expect(answerTopic(otherFacts, 'quote', {lang: 'en', now: later}).status).toBe('declined')
    expect(phrased(answerTopic(otherFacts, 'sources', {lang: 'en', now: later})).buttons).toContainEqual({kind: 'url', label: 'Read the article', url: 'https://example.org/chile-dry-rivers'})
  })
})

describe('answerTopic', () => {
  it('answers every topic of the menu from the seed facts, in both languages, in 1 to 3 sentences', () => {
    for (const lang of ['en', 'es'] as const) {
      for (const topic of ['delegation', 'report', 'act', 'quote', 'sources', 'petition', 'people', 'meeting', 'protests', 'research', 'findings', 'related', 'media'] as const) {
        const answer = answerTopic(seedFacts, topic, {lang, now: later})
        expect(answer.status, `${topic} ${lang}`).toBe('answered')
        expect(answer.paragraphs.length, `${topic} ${lang}`).toBeGreaterThan(0)
        expect(answer.paragraphs.length, `${topic} ${lang}`).toBeLessThanOrEqual(3)
        expect(answer.buttons.some((button) => button.kind === 'intent' && button.intent === topic)).toBe(false)
      }
    }
  })

  it('offers the natural next step: take action after the petition, the press conference after the report', () => {
    const intents = (answer: Answer) => answer.buttons.flatMap((button) => (button.kind === 'intent' ? [button.intent] : []))
    expect(intents(answerTopic(seedFacts, 'petition', {lang: 'en', now: later}))).toContain('act')
    expect(intents(answerTopic(seedFacts, 'report', {lang: 'en', now: later}))).toContain('press-conference')
    expect(intents(answerTopic(seedFacts, 'delegation', {lang: 'en', now: later}))).toEqual(expect.arrayContaining(['people', 'timeline']))
  })
})

describe('answerQuestion: a word of thanks', () => {
  it('thanks for "ok" or "cool" alone, but takes a question that follows one ("ok and why?") as a question', () => {
    expect(ask('ok').intent).toBe('thanks')
    expect(ask('cool').intent).toBe('thanks')
    expect(ask('ok and why?').intent).not.toBe('thanks')
  })
})
