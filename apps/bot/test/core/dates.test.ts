import type {DateRef} from 'article-facts'
import {describe, expect, it} from 'vitest'
import {answerTranslator} from '../../src/bot/i18n.js'
import {dayInLanguage, eventTense, formatDateRef as dateWords} from '../../src/core/dates.js'
import type {Lang} from '../../src/core/types.js'
import {phrase} from '../../src/format/phrase.js'
import {seedFacts} from './fixtures/seed-facts.js'

/** The date as the reader reads it: the core's words phrased. */
const formatDateRef = (date: DateRef, lang: Lang) => phrase(dateWords(date, lang), lang, answerTranslator())

const thursday: DateRef = {text: 'Thursday 25 May', iso: '2023-05-25', precision: 'day', resolution: 'weekday-inference', certainty: 'likely'}

describe('formatDateRef', () => {
  it('writes a day with its weekday and year, in the reader’s language', () => {
    expect(formatDateRef(thursday, 'en')).toBe('Thursday 25 May 2023')
    expect(formatDateRef(thursday, 'es')).toBe('jueves 25 de mayo de 2023')
  })

  it('leaves out a year only a weekday points to, when the article writes none near it', () => {
    const guessed: DateRef = {...thursday, resolution: 'weekday-inference', certainty: 'unresolved'}
    expect(formatDateRef(guessed, 'en')).toBe('Thursday 25 May')
    expect(formatDateRef(guessed, 'es')).toBe('jueves 25 de mayo')
  })

  it('writes months and spans of months', () => {
    expect(formatDateRef({text: 'last December', iso: '2022-12', precision: 'month', resolution: 'relative', certainty: 'likely'}, 'en')).toBe('December 2022')
    const months: DateRef = {text: 'January and February', range: {start: '2023-01-01', end: '2023-02-28'}, precision: 'months', resolution: 'relative', certainty: 'likely'}
    expect(formatDateRef(months, 'en')).toBe('January and February 2023')
    expect(formatDateRef(months, 'es')).toBe('enero y febrero de 2023')
  })

  it('writes every day of a span of days, not only its first', () => {
    const days = (start: string, end: string): DateRef => ({text: 'span', iso: start, range: {start, end}, precision: 'day', resolution: 'explicit', certainty: 'certain'})
    expect(formatDateRef(days('2025-06-09', '2025-06-20'), 'en')).toBe('from 9 to 20 June 2025')
    expect(formatDateRef(days('2025-06-09', '2025-06-20'), 'es')).toBe('del 9 al 20 de junio de 2025')
    expect(formatDateRef(days('2025-05-30', '2025-06-02'), 'en')).toBe('from 30 May to 2 June 2025')
    expect(formatDateRef(days('2024-12-30', '2025-01-02'), 'es')).toBe('del 30 de diciembre de 2024 al 2 de enero de 2025')
  })

  it('keeps the words as written when nothing could be resolved', () => {
    expect(formatDateRef({text: 'soon', precision: 'unknown', resolution: 'unresolved', certainty: 'unresolved'}, 'en')).toBe('soon')
  })
})

describe('eventTense', () => {
  const planned = {status: 'planned' as const, date: thursday}
  it('is "future" while the planned date is ahead and "was-to" once it has passed', () => {
    expect(eventTense(planned, seedFacts, new Date('2023-05-23T10:00:00Z'))).toBe('future')
    expect(eventTense(planned, seedFacts, new Date('2026-11-29T10:00:00Z'))).toBe('was-to')
  })

  it('never tells an undated plan as upcoming once the article is old', () => {
    expect(eventTense({status: 'planned'}, seedFacts, new Date('2026-01-01T00:00:00Z'))).toBe('was-to')
    expect(eventTense({status: 'past', date: thursday}, seedFacts, new Date('2020-01-01T00:00:00Z'))).toBe('past')
  })
})

describe('dayInLanguage', () => {
  it('writes a day in the other language with nothing added, and leaves anything else as written', () => {
    expect(dayInLanguage('28 October', 'es')).toBe('28 de octubre')
    expect(dayInLanguage('jueves 17 de marzo', 'en')).toBe('Thursday 17 March')
    expect(dayInLanguage('May 25', 'es')).toBe('25 de mayo')
    expect(dayInLanguage('from 3 to 8 November', 'es')).toBe('from 3 to 8 November')
  })
})
