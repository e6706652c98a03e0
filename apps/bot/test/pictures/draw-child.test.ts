/** Drawing in a child process (dist/draw-worker.js, built before the tests): what the running bot uses. */
import {fileURLToPath} from 'node:url'
import {describe, expect, it} from 'vitest'
import {drawInChild} from '../../src/pictures/draw-child.js'
import {Pictures} from '../../src/pictures/pictures.js'

const script = fileURLToPath(new URL('../../dist/draw-worker.js', import.meta.url))

describe('drawing in a child process', () => {
  it('draws maps and timelines, locates places, and reports what it could not place', async () => {
    const child = drawInChild({script})
    try {
      const map = await child.draw({kind: 'map', title: 'Peru', places: ['Peru', 'Lima', 'Juliaca', 'Springfield']})
      expect(Buffer.from(map.png!).subarray(1, 4).toString()).toBe('PNG')
      expect(map.placed.map((place) => place.name)).toEqual(['Lima', 'Juliaca'])
      expect(map.unplaced).toEqual(['Springfield'])
      const located = await child.draw({kind: 'locate', places: ['Peru', 'Lima']})
      expect(located.png).toBeUndefined()
      expect(located.country).toBe('PE')
      const timeline = await child.draw({kind: 'timeline', entries: [{iso: '2023-05-25', when: '25 May 2023', text: 'A press conference', planned: true}], labels: {title: 't', past: 'happened', planned: 'planned'}})
      expect(timeline.png!.length).toBeGreaterThan(1000)
    } finally {
      child.close()
    }
  }, 30_000)

  it('fails what a dead child was drawing with a DrawingError, and starts a new child for the next drawing', async () => {
    const child = drawInChild({script, timeoutMs: 20_000})
    const pictures = new Pictures(child.draw)
    try {
      const drawing = pictures.draw({kind: 'map', title: 'Peru', places: ['Peru', 'Lima']})
      // The gazetteer takes about half a second to load: stop the child while it does.
      setTimeout(() => child.close(), 50)
      await expect(drawing).rejects.toMatchObject({name: 'DrawingError'})
      const again = await pictures.draw({kind: 'map', title: 'Peru', places: ['Peru', 'Lima']})
      expect(again.placed).toHaveLength(1)
    } finally {
      child.close()
    }
  }, 30_000)
})
