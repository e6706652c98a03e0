import {mkdtempSync, readFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import {join} from 'node:path'
import {fileURLToPath} from 'node:url'
import {beforeAll, describe, expect, it} from 'vitest'
import {main} from '../../src/map.js'
import {loadGeography, locate, mapOf, type City} from '../../src/pictures/map.js'
import {placesOf} from '../../src/pictures/places.js'
import {countryOf} from '../../src/pictures/countries.js'
import {loadArticleFacts} from '../../src/facts-source.js'
import {toPng} from '../../src/pictures/svg.js'
import {SEED_ARTICLE, seedFacts} from '../fixtures/seed-facts.js'
import type {Topology} from 'topojson-specification'

let geography: {cities: City[]; world: Topology}
beforeAll(async () => {
  geography = await loadGeography()
}, 30_000)

describe('the map of an article’s places', () => {
  it('places the places the article names within its country', () => {
    const map = mapOf(placesOf(seedFacts), geography.cities, geography.world, 'Peru')
    expect(map.country).toBe('PE')
    expect(map.placed.map((place) => place.name)).toEqual(expect.arrayContaining(['Lima', 'Ayacucho', 'Andahuaylas', 'Chincheros', 'Juliaca']))
    const lima = map.placed.find((place) => place.name === 'Lima')!
    expect(lima.lon).toBeCloseTo(-77.03, 1)
    expect(lima.lat).toBeCloseTo(-12.04, 1)
    expect(map.svg).toContain('>Lima</text>')
  })

  it('lists a place it cannot find in the country, never guessing another country’s', () => {
    const facts = {...seedFacts, sentences: [...seedFacts.sentences, {...seedFacts.sentences[0]!, index: 99, text: 'x', spans: [{type: 'place' as const, text: 'Springfield', start: 0, end: 11}]}]}
    expect(placesOf(facts)).toContain('Springfield')
    const map = mapOf(placesOf(facts), geography.cities, geography.world, 'Peru')
    expect(map.unplaced).toEqual(['Springfield'])
    expect(map.placed.map((place) => place.name)).not.toContain('Springfield')
  })

  it('finds a city named inside a longer place ("the Amnesty office in Lima"), and nothing without a country', () => {
    expect(locate(['Peru', 'the Amnesty International office in Lima'], geography.cities).placed).toEqual([expect.objectContaining({name: 'the Amnesty International office in Lima'})])
    expect(locate(['Lima'], geography.cities)).toEqual({placed: [], unplaced: ['Lima']})
  })

  it('takes the country from the title and text when no place is a country ("Ukraine: strikes on Kharkiv")', () => {
    const facts = {...seedFacts, article: {...seedFacts.article, title: 'Ukraine: strikes on Kharkiv killed civilians'}, sentences: [{...seedFacts.sentences[0]!, text: 'Strikes hit Kharkiv in Ukraine.'}]}
    expect(countryOf(facts, ['Kharkiv'])).toBe('UA')
    expect(countryOf(facts, ['Kharkiv', 'Peru', 'Peru'])).toBe('PE')
    expect(locate(['Kharkiv'], geography.cities, 'UA').placed[0]!.lat).toBeCloseTo(50, 0)
  })

  it('maps an article of another country: its places in that country, the mainland in view', () => {
    const {facts} = loadArticleFacts(fileURLToPath(new URL('../../eval/corpus/ai-chile-secretary-general-visit-2008/article.txt', import.meta.url)))
    const places = placesOf(facts)
    const map = mapOf(places, geography.cities, geography.world, 'Chile', countryOf(facts, places))
    expect(map.country).toBe('CL')
    expect(map.placed.map((place) => place.name)).toEqual(['Temuco', 'Calama'])
    // Easter Island, 3,500 km out in the Pacific, is not what the map is about: Temuco sits mid-picture, not at its edge.
    const label = map.svg.indexOf('>Temuco<')
    const temuco = /<circle cx="([\d.]+)"/.exec(map.svg.slice(map.svg.lastIndexOf('<circle', label)))
    expect(Number(temuco?.[1])).toBeGreaterThan(250)
    expect(Number(temuco?.[1])).toBeLessThan(480)
  })

  it('renders a PNG', () => {
    const png = toPng(mapOf(placesOf(seedFacts), geography.cities, geography.world, 'Peru').svg)
    expect([...png.subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])
    expect(png.length).toBeGreaterThan(10_000)
  })

  it('pnpm map writes the file and says what it placed', async () => {
    const out = join(mkdtempSync(join(tmpdir(), 'map-')), 'map.png')
    let said = ''
    const code = await main(['--article', fileURLToPath(SEED_ARTICLE), '--out', out], {stdout: (text) => (said += text), stderr: () => undefined}, {})
    expect(code).toBe(0)
    expect(said).toContain('Lima')
    expect(readFileSync(out).subarray(1, 4).toString()).toBe('PNG')
    expect(await main(['--article', fileURLToPath(SEED_ARTICLE)], {stdout: () => undefined, stderr: () => undefined}, {})).toBe(2)
  })
})
