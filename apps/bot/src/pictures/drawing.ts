/**
 * What can be drawn, as plain data, so a drawing can be made in this process (the CLIs, the
 * preview, tests) or in a child process (the running bot, which must not hold the 80 MB
 * gazetteer): `drawHere` does the work, `src/pictures/draw-child.ts` sends it to a child.
 */
import type {Topology} from 'topojson-specification'
import type {TimelineEntry} from '../core/types.js'
import {loadGeography, locate, mapOf, type City, type PlacedPlace} from './map.js'
import {toPng} from './svg.js'
import {drawTimeline, type TimelineLabels} from './timeline.js'

export type Drawing =
  /** A map of these places, titled, within this country (two-letter code) when known. */
  | {kind: 'map'; title: string; places: string[]; country?: string}
  /** A timeline of these entries. */
  | {kind: 'timeline'; entries: TimelineEntry[]; labels: TimelineLabels}
  /** Only where these places are (for venues): no picture. */
  | {kind: 'locate'; places: string[]; country?: string}

export interface Drawn {
  /** The PNG; absent for `locate`. */
  png?: Uint8Array
  /** For maps and `locate`: the places found and those not. */
  placed: PlacedPlace[]
  unplaced: string[]
  country?: string
}

export type Draw = (drawing: Drawing) => Promise<Drawn>

/** Draws in this process; the gazetteer is loaded on the first map and kept. */
export function drawHere(): Draw {
  let geography: Promise<{cities: City[]; world: Topology}> | undefined
  return async (drawing) => {
    if (drawing.kind === 'timeline') return {png: toPng(drawTimeline(drawing.entries, drawing.labels)), placed: [], unplaced: []}
    geography ??= loadGeography()
    const {cities, world} = await geography
    if (drawing.kind === 'locate') return locate(drawing.places, cities, drawing.country)
    const {svg, ...located} = mapOf(drawing.places, cities, world, drawing.title, drawing.country)
    return {...located, png: toPng(svg)}
  }
}
