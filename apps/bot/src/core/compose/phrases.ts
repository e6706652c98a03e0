/**
 * Small phrasing helpers shared by the composers: how to name a person, how to put an English
 * fact inside a Spanish sentence, how to say when and where.
 */
import type {DateRef, Facts, Person} from 'article-facts'
import {datePrecision, formatDateRef, articleDate, isDaySpan} from '../dates.js'
import {findPerson} from '../facts-index.js'
import {message, type Words} from '../words.js'
import {titleFor} from '../roles.js'
import type {Lang} from '../types.js'

/**
 * A phrase taken from an English article inside a Spanish sentence is quoted, so the reader
 * sees it is the article's wording; names and English answers need no quotes.
 */
export function phrase(lang: Lang, text: string, factsLang: Lang): Words {
  const trimmed = text.trim().replace(/[.;,]+$/, '')
  return lang !== factsLang ? message('quoted', {text: trimmed}) : trimmed
}

/** Drops a leading "to " from verb phrases the parser keeps as written ("to guarantee …"). */
export function bareVerb(text: string): string {
  return text.trim().replace(/^(to|para)\s+/i, '').replace(/[.;,]+$/, '')
}

/** A person's name with their first title ("President Ana Souza", "Ana Souza (presidenta)"): the edge orders them. */
export function titledName(person: Person, lang: Lang, facts?: Facts): Words {
  // The role in the asker's language when the article is in the other one ("secretaria general").
  const title = facts ? titleFor(facts, person, lang) : person.titles[0]
  if (!title) return person.name
  // Whether the title is short enough to stand before the name, where a language puts it there.
  const short = title.split(/\s+/).length <= 2 && !/\b(of|de)\b/i.test(title)
  return message('titled-name', {title, name: person.name, short: short ? 'yes' : 'no'})
}

/** A name as written in the facts, with the person's title when we know who it is. */
export function nameWithTitle(facts: Facts, name: string, lang: Lang): Words {
  const person = findPerson(facts, name)
  if (!person) return name
  return titledName(person, lang, facts)
}

/** "Ana Souza (campaign director, Greenpeace)". */
export function describedName(name: string, details: ReadonlyArray<string | undefined>): string {
  const known = [...new Set(details.filter((detail): detail is string => Boolean(detail && detail.trim())))]
  // "director of Greenpeace Chile" already says the organisation.
  const shown = known.filter((detail, i) => !known.some((other, j) => j !== i && other.toLowerCase().includes(detail.toLowerCase())))
  return shown.length > 0 ? `${name} (${shown.join(', ')})` : name
}

/** A span of days as the article writes it: "entre el 3 y el 6 de septiembre", "9–20 June". */
const WRITTEN_SPAN = /^(?:from|between|del|entre)\s|\d\s*(?:-|–|to|al|y|and)\s*(?:el\s+)?\d/iu

/** "On Thursday 25 May 2023," / "In February 2023," or "" when the date is unknown. */
export function whenPhrase(lang: Lang, date: DateRef | undefined): Words {
  if (!date) return ''
  // An unresolved relative date ("last October") cannot be placed for today's reader: left
  // unsaid. A day the article names without its year ("8 March") is said as written.
  if (!date.iso && !date.range) return /\d/.test(date.text) ? message(WRITTEN_SPAN.test(date.text) ? 'when-span' : 'when-day', {date: date.text}) : ''
  const text = formatDateRef(date, lang)
  return message(isDaySpan(date) ? 'when-span' : datePrecision(date) === 'day' ? 'when-day' : 'when-period', {date: text})
}

/** The same inside a sentence: "… delivered it to X on Wednesday 8 March 2017". */
export function whenInline(lang: Lang, date: DateRef): Words {
  const text = formatDateRef(date, lang)
  return isDaySpan(date) ? text : message(datePrecision(date) === 'day' ? 'when-day-inline' : 'when-period-inline', {date: text})
}

/** "As of the article (23 May 2023)," or "According to the article," for undated statements. */
export function asOfArticle(facts: Facts, lang: Lang): Words {
  const date = articleDate(facts, lang)
  return date ? message('as-of-article', {date}) : message('according-to-article')
}

export function where(place: Words | undefined): Words {
  return place ? message('where', {place}) : ''
}
