/**
 * Drawing what src/pictures/drawing-data.ts describes, in this process (the CLIs, the preview,
 * tests, and the drawing child `src/draw-worker.ts`); the running bot sends its drawings to the
 * child (src/pictures/draw-child.ts), so it never holds the 80 MB gazetteer.
 */
import type {Topology} from 'topojson-specification'
import type {Draw} from './drawing-data.js'
import {loadGeography, locate, mapOf, type City} from './map.js'
import {toPng} from './svg.js'
import {drawTimeline} from './timeline.js'

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
