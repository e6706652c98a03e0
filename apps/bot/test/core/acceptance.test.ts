/**
 * The calibrated acceptance: when no rule answers, the sentence that best holds the question is
 * said only when the fitted model trusts it, and never for what the rules rule out.
 */
import {describe, expect, it} from 'vitest'
import {facts, now, text} from './fixtures/written-articles.js'
import {answerQuestion} from '../../src/core/answer.js'
import {acceptance, mostTrusted, SENTENCE_ACCEPTANCE, type AcceptanceFeatures, type AcceptanceModel} from '../../src/core/evidence/acceptance.js'
import {sentenceChoices} from '../../src/core/evidence/answer.js'

const report = facts(`---
title: "Valdoria: watchdog report finds prison population doubled under emergency rule"
published: 2025-06-10
language: en
---

The Prison Watch Collective published a report on Tuesday documenting conditions in 14 detention centres across Valdoria.

The figures compiled by the national ombudsman cover the period from 1 January 2023 to 31 March 2025.

Over those two years the prison population doubled to 48,000, while the budget for food in the centres was cut by a third.

Marta Quiroga, the collective's director, said the findings show that emergency rule has turned prisons into warehouses.

Relatives described visits cancelled without notice and parcels of medicine returned unopened.

The collective is asking parliament to end the state of emergency and to open the centres to independent monitors.
`)

const ask = (question: string, lang: 'en' | 'es' = 'en') => answerQuestion(report, question, {lang, now})

describe('the sentence said when the model trusts it', () => {
  it('answers from the sentence no rule took, with the model’s probability as confidence', () => {
    const answer = ask('¿qué pasó con los paquetes de medicinas?', 'es')
    expect(answer.status).toBe('answered')
    expect(text(answer)).toContain('parcels of medicine returned unopened')
    expect(answer.citations).toHaveLength(1)
    const choices = sentenceChoices(report, '¿qué pasó con los paquetes de medicinas?', {lang: 'es', rareConcept: false})
    expect(answer.confidence).toBeCloseTo(Math.max(...choices.map((choice) => acceptance(choice.features))), 2)
    expect(answer.confidence).toBeGreaterThanOrEqual(SENTENCE_ACCEPTANCE.threshold)
  })

  it('is left out when asked for the rules alone (acceptance: false), as the fit script measures them', () => {
    const answer = answerQuestion(report, '¿qué pasó con los paquetes de medicinas?', {lang: 'es', now, acceptance: false})
    expect(answer.status).toBe('declined')
  })

  it('weighs nothing the rules rule out: yes or no, a country or a name the article never mentions, how things stand today', () => {
    for (const question of ['¿quién es el presidente de Francia?', 'who is the president of chile', 'is the prison population still growing?', 'did Amnesty International publish the report?']) {
      expect(sentenceChoices(report, question, {lang: 'en', rareConcept: false}), question).toEqual([])
    }
    expect(ask('¿quién es el presidente de Francia?', 'es').status).toBe('declined')
  })

  it('weighs no sentence for what the genre seldom tells', () => {
    expect(sentenceChoices(report, 'how old is Marta Quiroga?', {lang: 'en', rareConcept: true})).toEqual([])
  })

  it('keeps only sentences that give what a typed question asks for', () => {
    // "When": the sentence on medicine parcels gives no date, so it is no choice.
    const choices = sentenceChoices(report, 'when were the medicine parcels returned?', {lang: 'en', rareConcept: false})
    expect(choices.map((choice) => choice.evidence.sentence.text).join(' ')).not.toContain('parcels of medicine')
  })
})

describe('acceptance', () => {
  const features: AcceptanceFeatures = {coverage: 1, topicCoverage: 1, margin: 0.2, first: 1, scoreShare: 1, rarestHeld: 1, unheard: 0, terms: 1, typed: 0, spanFound: 0, quote: 0, explanation: 0, otherLanguage: 0, named: 0}
  const model = (bias: number, coverage: number, threshold: number): AcceptanceModel => ({
    bias,
    weights: {...Object.fromEntries(Object.keys(features).map((name) => [name, 0])), coverage} as AcceptanceModel['weights'],
    threshold
  })

  it('is the logistic of the weighed features', () => {
    expect(acceptance(features, model(0, 0, 0.5))).toBeCloseTo(0.5)
    expect(acceptance(features, model(-1, 2, 0.5))).toBeCloseTo(1 / (1 + Math.exp(-1)))
    expect(acceptance({...features, coverage: 0.5}, model(-1, 2, 0.5))).toBeCloseTo(0.5)
  })

  it('trusts the sentence it weighs highest, at or above the threshold only', () => {
    const weaker = {features: {...features, coverage: 0.2}}
    const stronger = {features}
    expect(mostTrusted([weaker, stronger], model(-1, 2, 0.5))?.choice).toBe(stronger)
    expect(mostTrusted([weaker, stronger], model(-1, 2, 0.5))?.probability).toBeCloseTo(1 / (1 + Math.exp(-1)))
    expect(mostTrusted([weaker, stronger], model(-1, 2, 0.74))).toBeUndefined()
    expect(mostTrusted([], model(0, 0, 0))).toBeUndefined()
  })
})
