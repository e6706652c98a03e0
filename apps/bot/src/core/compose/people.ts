/** Who is who: one person (titles, affiliation, part in the story) or everyone the article names. */
import type {Person, Sentence} from 'article-facts'
import {findPerson} from '../facts-index.js'
import {Draft, type Composer, type Request} from './draft.js'
import {delegationRole} from './delegation.js'
import {eventSentence, personEvents} from './events.js'
import {describedName} from './phrases.js'
import {roleIn} from '../roles.js'
import {listOf, literalText, message, type Words} from '../words.js'

/** Roles many people hold ("an aid worker", "a lawyer"), not one office ("executive director of X"). */
const SHARED_ROLE = /^(?:[a-z-]+ ){0,2}(?:worker|journalist|lawyer|activist|student|defender|researcher|reporter|teacher|doctor|nurse|academic|blogger|campaigner|photographer|farmer|member|volunteer)$/

/** A role as English says it of one person: "an aid worker"; as written otherwise. */
function asSaid(title: Words): Words {
  return typeof title === 'string' && SHARED_ROLE.test(title) ? message('shared-role', {role: title, vowel: /^[aeiou]/.test(title) ? 'yes' : 'no'}) : title
}

/** Whom someone works for, with the short name the article gives it: "Committee to Protect Journalists (CPJ)". */
function employerName(draft: Draft, person: Person): string {
  const employer = draft.request.facts.organisations.find((organisation) => organisation.id === person.affiliationId)
  const acronym = employer?.aliases.find((alias) => /^\p{Lu}{2,8}$/u.test(alias) && !employer.name.includes(alias))
  return acronym && person.affiliation === employer?.name ? `${person.affiliation} (${acronym})` : (person.affiliation ?? '')
}

/** "directora interina de la organización": the organisation the release speaks for, by its name. */
const OWN_ORGANISATION = /\b(?:de la organizaci[oó]n|de la ONG|of the organi[sz]ation)$/iu

function identity(draft: Draft, person: Person): void {
  const {lang} = draft.request
  const publisher = draft.request.facts.article.publisher
  const named = (title: string) => (publisher ? title.replace(OWN_ORGANISATION, (words) => `${words.split(/\s+/)[0]} ${publisher}`) : title)
  const titles = person.titles.length > 0 ? listOf(person.titles.map((title) => asSaid(roleIn(draft.request.facts, named(title), lang, person) ?? named(title)))) : ''
  if (titles && person.affiliation && !literalText(titles).toLowerCase().includes(person.affiliation.toLowerCase())) {
    draft.say('person-titles-of', {name: person.name, titles, affiliation: employerName(draft, person)})
  } else if (titles) {
    draft.say('person-titles', {name: person.name, titles})
  } else if (person.affiliation) {
    draft.say('person-affiliation', {name: person.name, affiliation: employerName(draft, person)})
  } else if (!introduction(draft, person)) {
    draft.say('person-mentioned', {name: person.name})
  }
  draft.use(person, ...person.sources.slice(0, 1))
}

const CAPTION = /^(?:photo|photos|foto|fotos|pictured|image|imagen|caption|photo caption)\b/i

/**
 * The first sentence of the text that names the person in full, or that the parser read them in, as the article says it:
 * not the headline of a plain-text release, nor a photo's caption, but the story's own sentence.
 */
function introduction(draft: Draft, person: Person): Sentence | undefined {
  const {facts} = draft.request
  const read = new Set(person.sources.map((source) => source.sentenceIndex))
  return facts.sentences.find(
    (sentence) => sentence.block !== 'heading' && sentence.index > 0 && !CAPTION.test(sentence.text) && sentence.text.length <= 400 && (read.has(sentence.index) || sentence.text.includes(person.name))
  )
}

/** The sentence that brings the person in, as the article says it. */
function introduce(draft: Draft, person: Person): void {
  const sentence = introduction(draft, person)
  if (!sentence) return
  draft.sayArticleSentence(sentence.text).use(sentence, {sentence: sentence.text, sentenceIndex: sentence.index, start: sentence.start, end: sentence.end})
}

export function describePerson(request: Request, person: Person): Draft {
  const draft = new Draft(request, 'person')
  const {facts, aspects} = request
  const events = personEvents(request, person)
  if (aspects.has('when') && events.length > 0) {
    for (const event of events.slice(0, 2)) draft.sayParts([{words: eventSentence(request, event)}]).use(event, event.source)
  } else {
    identity(draft, person)
    // "Who is Le Manh Ha?" — "a journalist" says little: the sentence that brings them in says where and for whom
    // ("… Vietnamese authorities should free journalist Le Manh Ha"), before any one event of theirs.
    const generic = person.titles.every((title) => SHARED_ROLE.test(title.toLowerCase()))
    if (generic) introduce(draft, person)
    const role = delegationRole(facts, person.name)
    if (role) {
      draft.say(role.leads ? 'person-leads' : 'person-member', {name: person.name, org: role.delegation.organisation})
      draft.use(role.delegation, ...role.delegation.sources.slice(0, 1))
    }
    const event = events.find((candidate) => candidate.kind === 'meeting') ?? (role ? undefined : events[0])
    if (event && draft.paragraphs.length < 3) draft.sayParts([{words: eventSentence(request, event)}]).use(event, event.source)
    // "Who is Yorov?" of an office alone: its sentence too, when no event said more.
    if (!generic && draft.paragraphs.length < 2) introduce(draft, person)
  }
  draft.remember({lastPerson: person.name})
  if (facts.quotes.some((quote) => findPerson(facts, quote.speaker) === person)) draft.next('quote')
  if (events.some((event) => event.kind === 'meeting')) draft.next('meeting')
  return draft.next('delegation').next('people')
}

export const person: Composer = (request) => {
  const [first, ...rest] = request.people
  if (!first) return undefined
  if (rest.length > 0) return people({...request, people: request.people})
  return describePerson(request, first)
}

export const people: Composer = (request) => {
  const chosen = request.people.length > 1 ? request.people : request.facts.people
  if (chosen.length === 0) return undefined
  const draft = new Draft(request, 'people')
  const labels = chosen.slice(0, 6).map((one) => describedName(one.name, [roleIn(request.facts, one.titles[0], request.lang, one), one.affiliation]))
  draft.say('people-list', {people: listOf(labels), count: chosen.length})
  for (const one of chosen.slice(0, 6)) draft.use(one, one.sources[0])
  return draft.next('delegation').next('quote')
}
