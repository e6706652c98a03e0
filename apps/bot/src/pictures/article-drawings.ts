/**
 * What to draw for an article: its map (the places it names) and its timeline (the core's
 * timeline answer, in the reader's language). Plain data, light enough for the bot's process;
 * the drawing itself happens in src/pictures/drawing.ts (which the bot's process never loads:
 * resvg and the gazetteer live in the drawing child).
 */
import {answerTopic} from '../core/answer.js'
import {articleTitle} from '../core/across.js'
import type {LibraryArticle} from '../core/library.js'
import type {Lang} from '../core/types.js'
import {phraseAnswer, type PhrasedAnswer, type PhrasedTimelineEntry, type Translate} from '../format/phrase.js'
import type {Drawing} from './drawing-data.js'
import {countryOf} from './countries.js'
import {placesOf} from './places.js'

/** The entries a timeline picture shows: the dated ones (an undated line has no place on it). */
export function datedEntries(entries: readonly PhrasedTimelineEntry[] | undefined): PhrasedTimelineEntry[] {
  return (entries ?? []).filter((entry) => entry.iso !== undefined && entry.when !== undefined)
}

/** Undefined when the article names no place. */
export function mapDrawing(article: LibraryArticle): Extract<Drawing, {kind: 'map'}> | undefined {
  const places = placesOf(article.facts)
  if (places.length === 0) return undefined
  const country = countryOf(article.facts, places)
  return {kind: 'map', title: articleTitle(article), places: [...places], ...(country ? {country} : {})}
}

export interface TimelineWords {
  past: string
  planned: string
}

/** From a timeline answer; undefined when none of its lines has a date. */
export function timelineDrawing(article: LibraryArticle, answer: PhrasedAnswer, words: TimelineWords): Extract<Drawing, {kind: 'timeline'}> | undefined {
  const entries = datedEntries(answer.timeline)
  return entries.length > 0 ? {kind: 'timeline', entries, labels: {title: articleTitle(article), ...words}} : undefined
}

/** The timeline answer of one article, told as of `now`, phrased by `translate`. */
export function timelineAnswer(article: LibraryArticle, lang: Lang, now: Date, translate: Translate): PhrasedAnswer {
  return phraseAnswer(answerTopic(article.facts, 'timeline', {lang, now}), translate)
}
