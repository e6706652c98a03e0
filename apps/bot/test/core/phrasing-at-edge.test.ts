/** The core says which words, the edge says them: word order and quotation marks are the locales'. */
import type {Person} from 'article-facts'
import {describe, expect, it} from 'vitest'
import {phrase, titledName} from '../../src/core/compose/phrases.js'

const person: Person = {id: 'ana-lenz', name: 'Ana Lenz', titles: ['President'], aliases: [], sources: []}

describe('phrasing left to the edge', () => {
  it('gives a titled name as a message, the title’s length as data, not an English word order', () => {
    expect(titledName(person, 'en')).toEqual({message: 'titled-name', args: {title: 'President', name: 'Ana Lenz', short: 'yes'}})
    expect(titledName({...person, titles: ['Director of the Coastal Rights Network']}, 'es')).toEqual({message: 'titled-name', args: {title: 'Director of the Coastal Rights Network', name: 'Ana Lenz', short: 'no'}})
  })

  it('marks the article’s words in an answer in the other language by a message, not by quotation marks of its own', () => {
    expect(phrase('es', 'to stop the evictions.', 'en')).toEqual({message: 'quoted', args: {text: 'to stop the evictions'}})
    expect(phrase('en', 'to stop the evictions.', 'en')).toBe('to stop the evictions')
  })
})
