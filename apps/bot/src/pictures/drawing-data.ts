/**
 * What can be drawn and what a drawing gives back, as plain data: the bot's process builds and
 * reads these, the drawing itself happens elsewhere (src/pictures/drawing.ts, in a child).
 */
import type {PhrasedTimelineEntry} from '../format/phrase.js'

export interface PlacedPlace {
  name: string
  lon: number
  lat: number
}

/** Where an article's places are, as far as the gazetteer knows them within its country. */
export interface Located {
  /** Two-letter code of the article's country, when it names one. */
  country?: string
  placed: PlacedPlace[]
  /** Places the gazetteer does not know within the country (or every place, without a country). */
  unplaced: string[]
}

export interface TimelineLabels {
  title: string
  /** Legend of the filled dot ("happened") and of the hollow one ("planned"). */
  past: string
  planned: string
}

export type Drawing =
  /** A map of these places, titled, within this country (two-letter code) when known. */
  | {kind: 'map'; title: string; places: string[]; country?: string}
  /** A timeline of these entries. */
  | {kind: 'timeline'; entries: PhrasedTimelineEntry[]; labels: TimelineLabels}
  /** Only where these places are (for venues): no picture. */
  | {kind: 'locate'; places: string[]; country?: string}

export interface Drawn extends Located {
  /** The PNG; absent for `locate`. */
  png?: Uint8Array
}

export type Draw = (drawing: Drawing) => Promise<Drawn>
