import {fileURLToPath} from 'node:url'
import {describe, expect, it} from 'vitest'
import {readArticles} from '../../src/preview.js'
import {buildPreview} from '../../src/preview/site.js'
import {ARRIVAL, LIBRARY_DIR} from '../fixtures/library.js'

const articles = readArticles(fileURLToPath(LIBRARY_DIR))
const site = buildPreview(articles, new Date('2026-11-29T12:00:00Z'))
const page = site.get(`${ARRIVAL}.html`) ?? ''

describe('the preview site', () => {
  it('has an index of the articles, newest first, with their warnings, and a page each', () => {
    expect([...site.keys()].sort()).toEqual(['index.html', 'ruritania-delegation-arrives.html', 'ruritania-petition-handed-over.html', 'style.css'])
    const index = site.get('index.html') ?? ''
    expect(index.indexOf('petition for six jailed journalists')).toBeLessThan(index.indexOf('delegation arrives'))
  })

  it('highlights each sentence a fact comes from and links the fact and the sentence both ways', () => {
    expect(page).toMatch(/<span id="s-2" class="sentence cited">"Six journalists[^<]*<a href="#f-[^"]+" class="to-fact"/)
    expect(page).toMatch(/<li id="f-quote-1" class="fact"><q>Six journalists[^]*?<a href="#s-2" class="source">sentence 3<\/a>/)
  })

  it('groups the facts, with dates and how they were resolved', () => {
    for (const heading of ['People and their roles', 'Delegation', 'Petition', 'Events', 'Quotes', 'Calls to action']) expect(page).toContain(`<h3>${heading}</h3>`)
    expect(page).toMatch(/1 to 5 March → 2024-03-01\/2024-03-05|from 1 to 5 March/)
  })

  it('shows the bot’s real answers to the standard questions', () => {
    expect(page).toContain('<h3>Who leads the delegation?</h3>')
    expect(page).toMatch(/<p class="answer">The Amnesty International delegation is led by Maria Okafor/)
  })

  it('lists the parser’s warnings with line and column', () => {
    const withWarning = buildPreview([{...articles[0]!, warnings: ['x.md:3:1: Cannot tell who said it [quote-speaker-unknown]']}])
    expect([...withWarning.values()].join('')).toContain('<li>x.md:3:1: Cannot tell who said it [quote-speaker-unknown]</li>')
  })

  it('shows the map of the places, lists what is not on it, and shows the timeline', () => {
    const withMap = buildPreview(articles, new Date('2026-11-29T12:00:00Z'), new Map([[articles[0]!.facts, {map: {file: 'a-map.png', unplaced: ['Zenda']}, timeline: {file: 'a-timeline.png', events: 3}}]]))
    const shown = [...withMap.values()].join('')
    expect(shown).toContain('<img src="a-map.png"')
    expect(shown).toContain('Not on the map (not found in the article\'s country): Zenda')
    expect(shown).toMatch(/<img src="a-timeline.png" alt="Timeline of the 3 dated events of [^"]+"/)
  })
})
