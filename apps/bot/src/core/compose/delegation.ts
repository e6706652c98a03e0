/** The delegation: who leads it, who is in it, where it is, why, and its itinerary. */
import type {Delegation, Facts, ItineraryStep} from 'article-facts'
import {formatDateRef, plannedTense} from '../dates.js'
import {findPerson} from '../facts-index.js'
import {ITINERARY_WORDS} from '../lexicon.js'
import {fold} from '../text.js'
import {listOf, message, type Words} from '../words.js'
import {roleIn} from '../roles.js'
import type {Lang} from '../types.js'
import {Draft, type Composer, type Request} from './draft.js'
import {asOfArticle, bareVerb, describedName, phrase, titledName, whenPhrase, where} from './phrases.js'

function memberLabel(facts: Facts, name: string, role: string | undefined, affiliation: string | undefined, lang: Lang): string {
  const person = findPerson(facts, name)
  return describedName(name, [roleIn(facts, role ?? person?.titles[0], lang, person), affiliation ?? person?.affiliation])
}

/** Whoever leads it: the leader, and those who lead it with them ("headed by A and by B"). */
function leaderName(request: Request, delegation: Delegation): Words | undefined {
  const leaders = [...new Set([delegation.leader, ...delegation.members.filter((member) => member.isLeader).map((member) => member.name)].filter((name): name is string => name !== undefined))]
  if (leaders.length === 0) return undefined
  return listOf(
    leaders.map((name) => {
      const person = findPerson(request.facts, name)
      return person ? titledName(person, request.lang, request.facts) : name
    })
  )
}

function sayWho(draft: Draft, delegation: Delegation): void {
  const {request} = draft
  const leader = leaderName(request, delegation)
  const leaderPerson = findPerson(request.facts, delegation.leader ?? delegation.members.find((member) => member.isLeader)?.name ?? '')
  // "Who else?" leaves out whoever the question names, or the one person just talked about.
  const lastPerson = request.context.lastIntent === 'person' ? request.context.lastPerson : undefined
  const exclude = new Set(request.others ? request.people.map((person) => person.name).concat(lastPerson ?? []) : [])
  const members = delegation.members.filter((member) => {
    const person = findPerson(request.facts, member.name)
    if (member.isLeader || (leaderPerson && person === leaderPerson)) return false
    return !exclude.has(person?.name ?? member.name)
  })
  const labels = members.map((member) => memberLabel(request.facts, member.name, member.role, member.affiliation, request.lang))
  if (!request.others && leader) draft.say('delegation-leader', {org: delegation.organisation, leader})
  if (labels.length > 0) {
    draft.say(request.others || !leader ? 'delegation-members-only' : 'delegation-members', {members: listOf(labels), count: labels.length, org: delegation.organisation})
  } else if (request.others) {
    draft.say('delegation-no-others', {org: delegation.organisation})
  }
  if (draft.empty) return
  // "she" next refers to the leader after "who leads", to the last one named after "who else".
  const last = request.others ? members[members.length - 1]?.name : leaderPerson?.name ?? members[members.length - 1]?.name
  if (last) draft.remember({lastPerson: findPerson(request.facts, last)?.name ?? last})
}

/** The itinerary as one sentence ("The delegates were to meet … and return to …"), with its steps. */
export function itinerarySentence(request: Request, delegation: Delegation): {words: Words; steps: ItineraryStep[]} | undefined {
  const steps = [...delegation.itinerary].sort((a, b) => a.order - b.order)
  if (steps.length === 0) return undefined
  const factsLang = request.facts.article.language
  const parts = steps.map((step) => {
    const activity = bareVerb(step.activity)
    // A descriptive place ("different parts of the country") is the article's wording; a name is not.
    const placeText = step.place && /(^|\s)\p{Ll}/u.test(step.place) ? phrase(request.lang, step.place, factsLang) : step.place
    const place = step.place && placeText && !activity.toLowerCase().includes(step.place.toLowerCase()) ? where(placeText) : ''
    const when = step.when ? formatDateRef(step.when, request.lang) : ''
    return message('itinerary-step', {activity: request.lang === factsLang ? activity : phrase(request.lang, activity, factsLang), place, when, dated: step.when ? 'yes' : 'no'})
  })
  const tense = plannedTense(steps.find((step) => step.when)?.when, request.facts, request.now)
  return {words: message('delegation-itinerary', {steps: listOf(parts), tense}), steps}
}

function sayItinerary(draft: Draft, delegation: Delegation): void {
  const itinerary = itinerarySentence(draft.request, delegation)
  if (!itinerary) return
  draft.sayParts([{words: itinerary.words}])
  for (const step of itinerary.steps) draft.use(step, step.source)
}

/** "to present …": the parser may keep the infinitive's "to" or not. */
function purposeOf(request: Request, purpose: string): Words {
  const factsLang = request.facts.article.language
  if (request.lang !== factsLang || request.lang !== 'en') return phrase(request.lang, purpose, factsLang)
  return /^(to|for|in order to)\b/i.test(purpose.trim()) ? purpose.trim() : message('purpose-to', {purpose: purpose.trim()})
}

/** An English purpose reads on from "came to X"; a quoted or Spanish one needs "with this aim:". */
function purposeForm(request: Request): 'inline' | 'aim' {
  return request.lang === 'en' && request.facts.article.language === 'en' ? 'inline' : 'aim'
}

export const delegation: Composer = (request) => {
  const found = request.facts.delegations[0]
  if (!found) return undefined
  const draft = new Draft(request, 'delegation')
  const {aspects, lang, facts} = request
  const org = found.organisation
  const destination = found.destination

  if (aspects.has('why') && found.purpose) {
    draft.say('delegation-purpose', {org, destination: destination ?? '', purpose: purposeOf(request, found.purpose), status: found.status, form: purposeForm(request)})
  } else if (aspects.has('where') && !aspects.has('who')) {
    // "The mission is in Strelsau from …": the city it is in says more than the country it went to.
    const arrival = facts.events.find((event) => event.kind === 'arrival' && event.place !== undefined)
    const there = arrival?.place ?? destination
    if (there) draft.say('delegation-where', {org, destination: there, status: found.status, asOf: asOfArticle(facts, lang)})
    if (arrival && there !== destination) draft.use(arrival, arrival.source)
    sayItinerary(draft, found)
  } else if (aspects.has('when') && !aspects.has('who')) {
    const arrival = facts.events.find((event) => event.kind === 'arrival')
    const when = arrival?.place === destination ? whenPhrase(lang, arrival?.date) : ''
    // "Entre el 3 y el 6 de septiembre": the days it is there, when the article gives them.
    if (destination && when) draft.say('delegation-when', {org, destination, status: found.status, when})
    else if (destination) draft.say('delegation-where', {org, destination, status: found.status, asOf: asOfArticle(facts, lang)})
    if (arrival) draft.use(arrival, arrival.source)
    sayItinerary(draft, found)
  } else if (
    request.tokens.some((token) => ITINERARY_WORDS.has(token)) ||
    aspects.has('how') ||
    (request.context.lastIntent === 'delegation' && !aspects.has('who') && !request.others)
  ) {
    sayItinerary(draft, found)
    if (draft.empty) sayWho(draft, found)
  } else {
    sayWho(draft, found)
    if (!request.others && destination && found.purpose && draft.paragraphs.length < 3) {
      draft.say('delegation-purpose', {org, destination, purpose: purposeOf(request, found.purpose), status: found.status, form: purposeForm(request)})
    }
  }
  if (draft.empty) return undefined
  draft.use(found, ...found.sources)
  return draft.next('people').next('timeline').next('report')
}

/** Whether the delegation includes this person, and how ("leads", "member"). */
export function delegationRole(facts: Facts, name: string): {delegation: Delegation; leads: boolean} | undefined {
  const person = findPerson(facts, name)
  for (const found of facts.delegations) {
    const leader = found.leader ? findPerson(facts, found.leader) : undefined
    if (person && leader === person) return {delegation: found, leads: true}
    for (const member of found.members) {
      if ((person && findPerson(facts, member.name) === person) || member.name === name) return {delegation: found, leads: member.isLeader}
    }
  }
  return undefined
}

/** "Is X part of the delegation?", "¿forma X parte de la misión?", "is she on the trip?". */
const MEMBERSHIP_ASKED = /\b(?:part\s+of|member\s+of|members\s+of|in|on|with|parte\s+de|miembro\s+de|integra|en)\s+(?:the|la|el|esa|this|that)\s+(?:delegation|mission|team|trip|visit|delegacion|mision|equipo|viaje|visita)\b/

/**
 * "Is X part of the delegation?": yes, of whom the facts name among its members or leaders. A
 * person the facts do not name there gets no answer from here: a list of members may be partial.
 */
export function membership(request: Request, question: string): Draft | undefined {
  const [person, ...others] = request.people
  if (!person || others.length > 0 || !MEMBERSHIP_ASKED.test(fold(question))) return undefined
  const role = delegationRole(request.facts, person.name)
  if (!role) return undefined
  const draft = new Draft(request, 'delegation')
  draft.say('evidence-yes')
  draft.say(role.leads ? 'person-leads' : 'person-member', {name: person.name, org: role.delegation.organisation})
  const told = role.delegation.sources.find((source) => source.sentence.includes(person.name)) ?? role.delegation.sources[0]
  draft.use(role.delegation, told)
  draft.remember({lastPerson: person.name})
  return draft.next('people')
}
