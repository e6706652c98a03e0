/**
 * Events told relative to today: the press conference, meetings, the protests, the arrival,
 * and the timeline of them all in date order.
 */
import type {ArticleEvent, DateRef, EventKind, Facts, Person, Source} from 'article-facts'
import {articleDate, dateKey, eventTense, formatDateRef, plannedTense} from '../dates.js'
import {fold} from '../text.js'
import {findPerson} from '../facts-index.js'
import {listOf, message, type Words} from '../words.js'
import type {Lang} from '../types.js'
import {itinerarySentence} from './delegation.js'
import {Draft, type Composer, type Request} from './draft.js'
import {asOfArticle, bareVerb, nameWithTitle, phrase, where, whenPhrase} from './phrases.js'

export function eventsOf(facts: Facts, kinds: readonly EventKind[]): ArticleEvent[] {
  return facts.events.filter((event) => kinds.includes(event.kind))
}

/** Whether a person takes part in (or organises) an event. */
export function involves(facts: Facts, event: ArticleEvent, person: Person): boolean {
  return [...event.participants, event.organiser].some((name) => name !== undefined && findPerson(facts, name) === person)
}

/** Those who hold an office are the ones met with; the rest are the ones meeting. */
function splitMeetingSides(facts: Facts, participants: readonly string[]): {hosts: string[]; guests: string[]} {
  const officeHolders = new Set(facts.offices.map((office) => findPerson(facts, office.holder)).filter(Boolean))
  const hosts: string[] = []
  const guests: string[] = []
  for (const name of participants) {
    const person = findPerson(facts, name)
    if (person && officeHolders.has(person)) hosts.push(name)
    else guests.push(name)
  }
  return {hosts, guests}
}

/** "in the context of the political crisis", whether the parser kept the preposition or not. */
function contextPhrase(context: string | undefined, lang: Lang, factsLang: Lang): Words {
  const core = context?.trim().replace(/^(in the context of|in the midst of|amid|during|in)\s+/i, '')
  return core ? message('event-context', {context: phrase(lang, core, factsLang)}) : ''
}

/** One sentence about an event, in the tense that is true today. */
export function eventSentence(request: Request, event: ArticleEvent): Words {
  const {facts, lang, now} = request
  const factsLang = facts.article.language
  const tense = eventTense(event, facts, now)
  const when = whenPhrase(lang, event.date)
  const whereText = where(event.place)
  const topic = event.topic ? phrase(lang, event.topic, factsLang) : message('event-default-topic')
  const about = event.topic ? message('event-about', {topic: phrase(lang, event.topic, factsLang)}) : ''
  const who = event.organiser ? nameWithTitle(facts, event.organiser, lang) : undefined
  const participants = event.participants.map((name) => nameWithTitle(facts, name, lang))
  const args = {when, where: whereText, topic, about, tense, who: who ?? listOf(participants)}

  switch (event.kind) {
    case 'press-conference':
    case 'report-launch':
      if (args.who) return message(`event-${event.kind}`, args)
      break
    case 'meeting': {
      const {hosts, guests} = splitMeetingSides(facts, event.participants)
      const guestNames = guests.length > 0 ? guests : who ? [event.organiser!] : []
      if (guestNames.length > 0 && hosts.length > 0) {
        return message('event-meeting', {
          ...args,
          who: listOf(guestNames),
          with: listOf(hosts.map((name) => nameWithTitle(facts, name, lang))),
          count: guestNames.length
        })
      }
      if (participants.length > 1) return message('event-meeting-all', {...args, who: listOf(participants)})
      break
    }
    case 'meeting-request': {
      const with_ = event.participants.filter((name) => !event.organiser || findPerson(facts, name) !== findPerson(facts, event.organiser))
      if (who && with_.length > 0) {
        return message('event-meeting-request', {...args, with: listOf(with_.map((name) => nameWithTitle(facts, name, lang)))})
      }
      break
    }
    case 'arrival':
      if (args.who && event.place) return message(when ? 'event-arrival' : 'event-arrival-as-of', {...args, place: event.place, when: when || asOfArticle(facts, lang)})
      break
    case 'protest':
      // Without the context as a field, the article's own words carry it (when asked why).
      if (event.context || !request.aspects.has('why')) return message('event-protest', {...args, context: contextPhrase(event.context, lang, factsLang)})
      break
    case 'research':
      if (args.who) return message('event-research', args)
      break
    case 'petition-delivery':
      if (args.who) return message('event-petition-delivery', args)
      break
    case 'visit':
    case 'other':
      break
  }
  // No template fits: the article's own description, said to be the article's.
  const description = bareVerb(event.description).replace(/^(A|An|The|El|La|Los|Las|Un|Una|In|On|At|During|After|Before|Since|En|Durante|Tras|Desde|Según)\b/, (word) => word.toLowerCase())
  // A description that already holds its date ("detained since 12 October 2022") is not put on that date.
  const dated = event.date !== undefined && /\d{4}/.test(event.date.text) && fold(event.description).includes(fold(event.date.text))
  const placed = dated ? '' : when
  // "On Thursday 6 March, the report was launched in Tromsvik": not "… in Tromsvik today" too.
  const relative = placed && event.date && RELATIVE_DAY.test(event.date.text.trim()) ? event.date.text.trim() : undefined
  const told = relative ? description.replace(new RegExp(`\\s*\\b${relative}\\b`, 'iu'), '') : description
  // Undated, "According to the article," already says whose words these are.
  return message((tense === 'future' || tense === 'past' || !placed) ? 'event-described' : 'event-reported', {
    when: placed || asOfArticle(facts, lang),
    description: phrase(lang, told, factsLang)
  })
}

/** A day named by its distance from the article's: "today", "ayer". */
const RELATIVE_DAY = /^(?:today|yesterday|tomorrow|hoy|ayer|mañana)$/iu

function eventKey(event: ArticleEvent, published: string | undefined): number | undefined {
  const articleKey = published ? dateKey({text: published, iso: published, precision: 'day', resolution: 'explicit', certainty: 'certain'}) : undefined
  return dateKey(event.date) ?? (event.status === 'planned' ? undefined : articleKey)
}

/**
 * Events in date order. An undated event the article reports as done or requested is placed
 * at the article's date; the rest keep the article's order after the dated ones.
 */
export function chronological(events: readonly ArticleEvent[], published?: string): ArticleEvent[] {
  return events
    .map((event, position) => ({event, position, key: eventKey(event, published)}))
    .sort((a, b) => (a.key ?? Number.POSITIVE_INFINITY) - (b.key ?? Number.POSITIVE_INFINITY) || a.position - b.position)
    .map(({event}) => event)
}

function tellEvents(draft: Draft, events: readonly ArticleEvent[]): Draft {
  for (const event of events) draft.sayParts([{words: eventSentence(draft.request, event)}]).use(event, event.source)
  const last = events[events.length - 1]
  if (last) draft.remember({lastEventId: last.id})
  return draft
}

/** Events and the delegation's itinerary, in date order (at most six lines). */
export const timeline: Composer = (request) => {
  const {facts, lang, now} = request
  const entries: Array<{key: number | undefined; date: DateRef | undefined; planned: boolean; words: Words; fact: unknown; sources: Source[]}> = chronological(facts.events, facts.article.published).map((event) => ({
    key: eventKey(event, facts.article.published),
    date: event.date,
    planned: ['future', 'was-to'].includes(eventTense(event, facts, now)),
    words: eventSentence(request, event),
    fact: event,
    sources: [event.source]
  }))
  const delegation = facts.delegations[0]
  const itinerary = delegation ? itinerarySentence(request, delegation) : undefined
  if (itinerary) {
    const date = itinerary.steps.find((step) => step.when)?.when
    const key = dateKey(date)
    // After the events of its date, before the later ones.
    const at = key === undefined ? entries.length : entries.findIndex((entry) => entry.key !== undefined && entry.key > key)
    entries.splice(at === -1 ? entries.length : at, 0, {key, date, planned: ['future', 'was-to'].includes(plannedTense(date, facts, now)), words: itinerary.words, fact: delegation, sources: itinerary.steps.map((step) => step.source)})
  }
  // "What happened in February?": the entries of the events asked about, when there are any.
  const asked = entries.filter((entry) => request.eventsAsked.includes((entry.fact as {id?: string}).id ?? ''))
  if (asked.length > 0) entries.splice(0, entries.length, ...asked)
  if (entries.length === 0) return undefined
  const draft = new Draft(request, 'timeline')
  for (const entry of entries.slice(0, 6)) {
    draft.sayParts([{words: entry.words}]).use(entry.fact, ...entry.sources)
    const iso = entry.date?.iso ?? entry.date?.range?.start
    draft.timeline.push({...(iso ? {iso} : {}), ...(entry.date && iso ? {when: formatDateRef(entry.date, lang)} : {}), words: entry.words, planned: entry.planned})
  }
  return draft.next('press-conference').next('delegation').next('sources')
}

/** Events of some kinds, narrowed to those the question points to, or the people it asks about. */
function eventsAbout(request: Request, kinds: readonly EventKind[]): ArticleEvent[] {
  const all = eventsOf(request.facts, kinds)
  const asked = all.filter((event) => request.eventsAsked.includes(event.id))
  const events = asked.length > 0 ? asked : all
  const withPeople = events.filter((event) => request.people.some((person) => involves(request.facts, event, person)))
  return withPeople.length > 0 ? withPeople : events
}

export const pressConference: Composer = (request) => {
  const events = eventsAbout(request, ['press-conference', 'report-launch'])
  if (events.length === 0) return undefined
  return tellEvents(new Draft(request, 'press-conference'), events.slice(0, 2)).next('report').next('timeline')
}

/** What came out of a meeting: never in the facts, which only tell who met and what about. */
const OUTCOME_WORDS = new Set(['result', 'results', 'outcome', 'resultado', 'resultados', 'conclusion', 'concluded'])

/** "Did the meeting happen?": about a requested meeting, the article cannot know. */
const HAPPEN_WORDS = new Set(['happen', 'happened', 'held', 'place', 'realizo', 'ocurrio', 'lugar', 'celebro', 'paso', 'hizo', 'hubo', 'occurred'])

export const meeting: Composer = (request) => {
  if (request.tokens.some((token) => OUTCOME_WORDS.has(token))) return undefined
  let events = eventsAbout(request, ['meeting', 'meeting-request'])
  if (events.length === 0) return undefined
  const requested = events.filter((event) => event.kind === 'meeting-request' || event.status === 'requested')
  if (requested.length > 0 && request.tokens.some((token) => HAPPEN_WORDS.has(token))) {
    const draft = tellEvents(new Draft(request, 'meeting'), requested.slice(0, 1))
    draft.say('event-outcome-unknown', {date: articleDate(request.facts, request.lang) ?? ''})
    return draft.next('timeline')
  }
  // "When did she meet …" asks about a meeting that took place; "will they meet" about the request.
  const held = events.filter((event) => event.kind === 'meeting' && event.status === 'past')
  const ahead = events.filter((event) => !held.includes(event))
  // Asked about the past, the meeting held comes first, then any request still open as of the article.
  if (request.tense === 'past' && held.length > 0) events = [...held, ...ahead]
  else if (request.tense === 'future' && ahead.length > 0) events = ahead
  const ordered = request.tense === 'past' ? events : chronological(events).reverse()
  const draft = tellEvents(new Draft(request, 'meeting'), ordered.slice(0, 2))
  const participant = events.flatMap((event) => event.participants).find((name) => !request.people.some((person) => findPerson(request.facts, name) === person))
  if (request.people[0]) draft.remember({lastPerson: request.people[0].name})
  else if (participant) draft.remember({lastPerson: participant})
  if (request.facts.petitions.length > 0) draft.next('petition')
  return draft.next('people').next('timeline')
}

export const protests: Composer = (request) => {
  const events = eventsAbout(request, ['protest'])
  if (events.length === 0) return undefined
  const draft = tellEvents(new Draft(request, 'protests'), events.slice(0, 2))
  return draft.next('report').next('act')
}

/** "event": the arrival and other events that are neither meetings nor the press conference. */
export const otherEvents: Composer = (request) => {
  const events = eventsAbout(request, ['arrival', 'visit', 'other', 'petition-delivery'])
  if (events.length === 0) return undefined
  return tellEvents(new Draft(request, 'event'), events.slice(0, 2)).next('delegation').next('timeline')
}

/** Events a person takes part in, for "When did she …?" without a topic word. */
export function personEvents(request: Request, person: Person): ArticleEvent[] {
  return chronological(request.facts.events.filter((event) => involves(request.facts, event, person)))
}

/** Looked up by id from the conversation ("And when?" after an event). */
export function eventById(facts: Facts, id: string | undefined): ArticleEvent | undefined {
  return id ? facts.events.find((event) => event.id === id) : undefined
}

