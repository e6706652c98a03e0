/** The report: its title, what it analyses, what it finds, and where and why the research was done. */
import type {Report, Research} from 'article-facts'
import {listOf, message, type Words} from '../words.js'
import {pressConference} from './events.js'
import {Draft, type Composer, type Request} from './draft.js'
import {phrase, whenPhrase} from './phrases.js'
import {tokenize} from '../text.js'

function firstReport(request: Request): Report | undefined {
  return request.facts.reports[0]
}

/** Putting a report out, or making it ("who made the report?", "¿quién ha hecho este informe?"): who made it is its publisher. */
const PUBLISHING = new Set([
  'published', 'publish', 'publishes', 'publisher', 'by', 'publico', 'publica', 'publicado', 'publicada', 'released', 'issued',
  'made', 'make', 'makes', 'produced', 'produce', 'produces', 'behind', 'hizo', 'hicieron', 'hecho', 'elaboro', 'elaboraron', 'elaborado',
  'realizo', 'realizaron', 'realizado', 'detras'
])

function sayTitle(draft: Draft, report: Report): void {
  // "Who published it?": the publisher, with the title.
  const byWhom = draft.request.aspects.has('who') && draft.request.tokens.some((token) => PUBLISHING.has(token)) && report.publisher
  if (byWhom) draft.say('report-by', {title: report.title, publisher: byWhom})
  else draft.say('report-title', {title: report.title})
  draft.link(report.mainTitle, report.url)
}

/** What the report is about: what it analyses, or else its first finding as the article words it. */
function sayAnalyses(draft: Draft, report: Report): void {
  const {lang, facts} = draft.request
  if (report.analyses) {
    draft.say('report-analyses', {analyses: phrase(lang, report.analyses, facts.article.language)})
    return
  }
  const first = report.findings[0]
  if (!first) return
  draft.say('report-documents', {text: phrase(lang, first.text, facts.article.language)}).use(first, first.source)
}

const LINK_WORDS = new Set(['download', 'pdf', 'link', 'url', 'online', 'descargar', 'enlace', 'web', 'read', 'leer', 'available', 'disponible'])
/** Words of a sentence that tells where or when the report can be had ("available online after …"). */
const AVAILABILITY = new Set(['available', 'online', 'download', 'disponible', 'linea', 'descargar', 'descarga'])

export const report: Composer = (request) => {
  const {aspects} = request
  const found = firstReport(request)
  // When and where the report is presented: the press conference tells it, or the launch; of a report
  // whose title the article does not give, only a launch on a day it names ("el informe, que se presenta hoy").
  const launchedOnDay = request.facts.events.some((event) => event.kind === 'report-launch' && event.date?.precision === 'day')
  if ((aspects.has('when') || aspects.has('where')) && !aspects.has('what') && (found || launchedOnDay)) return pressConference(request)
  if (!found) return undefined
  const draft = new Draft(request, 'report')
  if (found.subtitle && request.tokens.some((token) => token === 'subtitle' || token === 'subtitulo')) {
    draft.say('report-subtitle', {subtitle: found.subtitle, title: found.mainTitle})
    draft.use(found, ...found.sources.slice(0, 1))
    return draft.next('press-conference').next('findings')
  }
  // "Where can I download it?": only with a link to give.
  // "Where can I download it?", "can I read it": a link, or the article's own words on where it is available.
  if (!found.url && request.tokens.some((token) => LINK_WORDS.has(token))) {
    const availability = found.sources.find((source) => tokenize(source.sentence).some((word) => AVAILABILITY.has(word)))
    if (!availability) return undefined
    draft.say('article-says', {sentence: availability.sentence})
    draft.use(found, availability)
    return draft.next('press-conference')
  }
  sayTitle(draft, found)
  if (aspects.has('what') || aspects.has('how') || aspects.size === 0 || aspects.has('why')) sayAnalyses(draft, found)
  draft.use(found, ...found.sources.slice(0, 2))
  draft.link(found.mainTitle, found.url)
  return draft.next('press-conference').next('findings').next('research')
}

export const findings: Composer = (request) => {
  const found = firstReport(request)
  if (!found) return undefined
  if ((request.aspects.has('when') || request.aspects.has('where')) && !request.aspects.has('what')) return pressConference(request)
  const draft = new Draft(request, 'findings')
  const {lang, facts} = request
  const factsLang = facts.article.language
  if (found.findings.length > 0) {
    draft.say('findings-intro', {title: found.mainTitle})
    for (const finding of found.findings.slice(0, 2)) {
      draft.say('line', {text: phrase(lang, finding.text, factsLang)}).use(finding, finding.source)
    }
  } else if (found.analyses) {
    sayAnalyses(draft, found)
    draft.use(found, ...found.sources.slice(0, 1))
  } else {
    return undefined
  }
  draft.link(found.mainTitle, found.url)
  return draft.next('press-conference').next('research').next('act')
}

function researchSentence(request: Request, research: Research, withReason: boolean): Words {
  const {lang, facts} = request
  const args = {
    kind: research.kind,
    places: listOf(research.places),
    when: whenPhrase(lang, research.period),
    reason: withReason && research.reason ? phrase(lang, research.reason, facts.article.language) : ''
  }
  return message(withReason && research.reason ? 'research-with-reason' : 'research', args)
}

export const research: Composer = (request) => {
  const found = firstReport(request)
  if (!found || found.research.length === 0) return undefined
  const draft = new Draft(request, 'research')
  const asksWhy = request.aspects.has('why')
  // A question naming a place asks about the research there.
  const named = found.research.filter((item) => item.places.some((place) => request.placesAsked.includes(place)))
  const items = asksWhy ? (named.length > 0 ? named : found.research.filter((item) => item.reason)) : named.length > 0 && request.placesAsked.length > 0 ? named : found.research
  for (const item of (items.length > 0 ? items : found.research).slice(0, 3)) {
    draft.sayParts([{words: researchSentence(request, item, asksWhy || item.reason !== undefined)}]).use(item, item.source)
  }
  return draft.next('findings').next('report').next('press-conference')
}
