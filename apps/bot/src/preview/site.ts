/**
 * The maintainers' preview: a static site of what the bot knows. An index of the articles with
 * their warnings; per article, its text with every sentence a fact comes from highlighted and
 * linked to that fact, the facts grouped (people, delegation, report, petition, events with
 * their dates and how they were resolved, quotes, calls to action), the warnings with
 * line:column, and the bot's real answers to the questions people ask most.
 */
import type {Facts} from 'article-facts'
import type {Element, ElementContent} from 'hast'
import {toHtml} from 'hast-util-to-html'
import {h} from 'hastscript'
import {answerQuestion} from '../core/answer.js'
import {articleTitle} from '../core/across.js'
import {readableDate} from '../core/dates.js'
import {createLibrary, type LibraryArticle} from '../core/library.js'
import type {Lang} from '../core/types.js'
import {phrased} from '../bot/i18n.js'
import {answerPlain} from '../format/answer.js'

export interface PreviewArticle {
  path: string
  facts: Facts
  /** The parser's warnings, `line:column: message [rule]`. */
  warnings: string[]
}

/** The questions every article is asked, in its language. */
export const STANDARD_QUESTIONS: Readonly<Record<Lang, readonly string[]>> = {
  en: ['Who leads the delegation?', 'What is the report?', 'How can I help?', 'When is it?', 'Where is it?', 'How many people signed the petition?', 'What did they say?'],
  es: ['¿Quién encabeza la delegación?', '¿Cuál es el informe?', '¿Cómo puedo ayudar?', '¿Cuándo es?', '¿Dónde es?', '¿Cuántas personas firmaron la petición?', '¿Qué dijeron?']
}

const STYLE = `
:root { color-scheme: light; font-family: system-ui, sans-serif; line-height: 1.5; color: #1a1a1a; background: #fff; }
body { margin: 0 auto; max-width: 72rem; padding: 1rem; }
a { color: #0b57a4; }
.layout { display: grid; grid-template-columns: minmax(0, 3fr) minmax(0, 2fr); gap: 2rem; }
@media (max-width: 48rem) { .layout { grid-template-columns: 1fr; } }
.sentence.cited { background: #fff3b0; }
.sentence:target { outline: 3px solid #c75000; background: #ffe08a; }
.sentence, .fact { scroll-margin-top: 1rem; }
.fact:target { outline: 3px solid #c75000; }
.fact { margin: 0.25rem 0; }
.warnings li, .warning { color: #8a3a00; }
.answer { white-space: pre-wrap; background: #f3f5f7; padding: 0.5rem; border-radius: 4px; }
table { border-collapse: collapse; width: 100%; table-layout: fixed; } td, th { border: 1px solid #ccc; padding: 0.25rem 0.5rem; text-align: left; overflow-wrap: anywhere; }
.answer, .fact, .sentence { overflow-wrap: anywhere; }
`

/** A map of an article's places, when one was drawn: the PNG's file name and what it could not place. */
export interface PreviewMap {
  /** Absent when no place could be found: an empty map says nothing. */
  file?: string
  unplaced: string[]
}

/** The pictures the bot would send about an article. */
export interface PreviewPictures {
  map?: PreviewMap
  /** The timeline picture of its dated events. */
  timeline?: {file: string; events: number}
}

/** Every file of the site, by name. */
export function buildPreview(articles: readonly PreviewArticle[], now: Date = new Date(), pictures: ReadonlyMap<Facts, PreviewPictures> = new Map()): Map<string, string> {
  const library = createLibrary(articles.map((article) => article.facts))
  const files = new Map<string, string>([['style.css', STYLE.trim() + '\n']])
  const pages = library.articles.map((entry) => ({entry, source: articles.find((article) => article.facts === entry.facts)!}))
  files.set('index.html', document('What the bot knows', 'en', [
    h('h1', 'What the bot knows'),
    h('p', `${pages.length} article${pages.length === 1 ? '' : 's'}, newest first. Each page shows the article with the sentences facts come from highlighted, the facts, the warnings and the bot's answers.`),
    h('table', [
      h('thead', h('tr', [h('th', 'Article'), h('th', 'Published'), h('th', 'Language'), h('th', 'Warnings')])),
      h('tbody', pages.map(({entry, source}) => h('tr', [
        h('td', h('a', {href: `${entry.id}.html`}, articleTitle(entry))),
        h('td', entry.facts.article.published ?? 'unknown'),
        h('td', entry.facts.article.language),
        h('td', {className: source.warnings.length > 0 ? ['warning'] : []}, String(source.warnings.length))
      ])))
    ])
  ]))
  for (const {entry, source} of pages) files.set(`${entry.id}.html`, articlePage(entry, source, now, pictures.get(entry.facts) ?? {}))
  return files
}

function document(title: string, lang: string, body: ElementContent[]): string {
  const tree = h(null, [
    {type: 'doctype'},
    h('html', {lang}, [
      h('head', [h('meta', {charset: 'utf-8'}), h('meta', {name: 'viewport', content: 'width=device-width, initial-scale=1'}), h('title', title), h('link', {rel: 'stylesheet', href: 'style.css'})]),
      h('body', body)
    ])
  ])
  return toHtml(tree) + '\n'
}

function articlePage(entry: LibraryArticle, source: PreviewArticle, now: Date, {map, timeline}: PreviewPictures): string {
  const {facts} = entry
  const lang = facts.article.language
  const cited = new Map<number, string>()
  const fact = (id: string, content: ElementContent[], sentences: readonly number[]): Element => {
    for (const index of sentences) if (!cited.has(index)) cited.set(index, id)
    return h('li', {id, className: ['fact']}, [
      ...content,
      ...sentences.flatMap((index): ElementContent[] => [{type: 'text', value: ' '}, h('a', {href: `#s-${index}`, className: ['source']}, `sentence ${index + 1}`)])
    ])
  }
  const groups: Element[] = []
  const group = (title: string, items: Element[]) => {
    if (items.length > 0) groups.push(h('section', [h('h3', title), h('ul', items)]))
  }
  group('People and their roles', facts.people.map((person) => fact(`f-person-${person.id}`, [h('strong', person.name), textOf(person.titles.length > 0 || person.affiliation ? ` — ${[person.titles.join(', '), person.affiliation].filter(Boolean).join(', ')}` : '')], indices(person))))
  group('Delegation', facts.delegations.map((delegation, index) => fact(`f-delegation-${index + 1}`, [textOf(`Led by ${delegation.leader ?? 'someone the article does not name'}${delegation.destination ? `, to ${delegation.destination}` : ''}; members: ${delegation.members.map((member) => member.name).join(', ') || 'none named'}`)], indices(delegation))))
  group('Report', facts.reports.map((report, index) => fact(`f-report-${index + 1}`, [h('cite', report.title ?? 'untitled report'), textOf(report.publisher ? ` — ${report.publisher}` : '')], indices(report))))
  group('Petition', facts.petitions.map((petition, index) => fact(`f-petition-${index + 1}`, [textOf(`${petition.signaturesText ?? 'signatures not given'}${petition.target ? `, to ${petition.target}` : ''}${petition.demand ? `: ${petition.demand}` : ''}`)], indices(petition))))
  group('Events', facts.events.map((event) => fact(`f-event-${event.id}`, [h('strong', event.kind), textOf(`${event.date ? ` — ${event.date.text} → ${event.date.iso ?? '?'} (${event.date.resolution}, ${event.date.certainty ?? 'certain'})` : ' — no date'}${event.place ? `, ${event.place}` : ''}, ${event.status}`)], indices(event))))
  group('Quotes', facts.quotes.map((quote, index) => fact(`f-quote-${index + 1}`, [h('q', quote.text), textOf(` — ${quote.speaker ?? 'speaker unknown'}`)], indices(quote))))
  group('Calls to action', facts.actions.map((action, index) => fact(`f-action-${index + 1}`, [action.url ? h('a', {href: action.url}, action.text) : textOf(action.text)], indices(action))))

  const paragraphs = new Map<number, Element[]>()
  for (const sentence of facts.sentences) {
    const cites = cited.get(sentence.index)
    const span = h('span', {id: `s-${sentence.index}`, className: ['sentence', ...(cites ? ['cited'] : [])]}, [
      sentence.text,
      ...(cites ? [' ', h('a', {href: `#${cites}`, className: ['to-fact'], 'aria-label': `the fact from sentence ${sentence.index + 1}`}, '↗')] : [])
    ])
    paragraphs.set(sentence.paragraph, [...(paragraphs.get(sentence.paragraph) ?? []), span, h('span', ' ')])
  }
  const answers = STANDARD_QUESTIONS[lang].map((question) => {
    const answer = answerQuestion(facts, question, {lang, now})
    return h('div', [h('h3', question), h('p', {className: ['answer']}, answerPlain(phrased(answer)) || '(no answer)')])
  })
  const date = readableDate(facts.article.published, 'en')
  return document(articleTitle(entry), lang, [
    h('p', h('a', {href: 'index.html'}, '← All articles')),
    h('h1', articleTitle(entry)),
    h('p', `${source.path} · ${date ?? 'no publication date'} (${facts.article.publishedResolution}) · ${lang}${facts.article.url ? ' · ' : ''}`, facts.article.url ? h('a', {href: facts.article.url}, facts.article.url) : ''),
    h('section', {className: ['warnings']}, [h('h2', `Warnings (${source.warnings.length})`), source.warnings.length > 0 ? h('ul', source.warnings.map((warning) => h('li', warning))) : h('p', 'None.')]),
    h('div', {className: ['layout']}, [
      h('main', [h('h2', 'The article'), ...[...paragraphs.values()].map((spans) => h('p', spans))]),
      h('aside', {'aria-label': 'Facts'}, [h('h2', 'Facts'), ...groups])
    ]),
    h('section', [h('h2', 'What the bot answers'), ...answers]),
    ...(map
      ? [
          h('section', [
            h('h2', 'Where'),
            ...(map.file ? [h('img', {src: map.file, alt: `Map of the places ${articleTitle(entry)} names`, width: 800, height: 600, style: 'max-width: 100%; height: auto'})] : []),
            h('p', map.unplaced.length > 0 ? `Not on the map (not found in the article's country): ${map.unplaced.join(', ')}` : 'Every place the article names is on the map.')
          ])
        ]
      : []),
    ...(timeline
      ? [
          h('section', [
            h('h2', 'When'),
            h('img', {src: timeline.file, alt: `Timeline of the ${timeline.events} dated events of ${articleTitle(entry)}`, width: 800, style: 'max-width: 100%; height: auto'})
          ])
        ]
      : [])
  ])
}

function textOf(value: string): ElementContent {
  return {type: 'text', value}
}

/** The sentences a fact comes from. */
function indices(item: object): number[] {
  const found = new Set<number>()
  const visit = (value: unknown): void => {
    if (!value || typeof value !== 'object') return
    if (Array.isArray(value)) return value.forEach(visit)
    const record = value as Record<string, unknown>
    if (typeof record.sentenceIndex === 'number') found.add(record.sentenceIndex)
    for (const [key, inner] of Object.entries(record)) if (key === 'source' || key === 'sources') visit(inner)
  }
  visit(item)
  return [...found].sort((a, b) => a - b)
}
