/** The petition (how many signed, what it demands, to whom and when it goes) and how to act. */
import type {Facts, Person, Petition} from 'article-facts'
import {plannedTense} from '../dates.js'
import {fold, tokenize} from '../text.js'
import {formatCount, listOf, message} from '../words.js'
import {eventById} from './events.js'
import {Draft, type Composer, type Request} from './draft.js'
import {asOfArticle, bareVerb, nameWithTitle, phrase, titledName, whenInline} from './phrases.js'

/** "What does it call for", "who does it call on": the demand, not the delivery. */
const DEMAND_WORDS = new Set(['call', 'calls', 'calling', 'demand', 'demands', 'demanding', 'ask', 'asks', 'asking', 'pide', 'piden', 'exige', 'exigen', 'demanda', 'reclama', 'want', 'wants'])

const FATE_WORDS = new Set(['do', 'done', 'hacer', 'haran', 'hara', 'happen', 'pasara'])

/** How the article bounds its count ("more than 45,000", "close to a quarter of a million"), in the asker's language. */
const BOUNDS: ReadonlyArray<readonly [RegExp, {en: string; es: string}]> = [
  [/^(?:more than|over|más de|mas de)\b/i, {en: 'more than ', es: 'más de '}],
  [/^(?:nearly|almost|close to|casi|cerca de)\b/i, {en: 'nearly ', es: 'casi '}],
  [/^(?:around|about|some|alrededor de|unas?)\b/i, {en: 'about ', es: 'unas '}],
  [/^(?:at least|al menos)\b/i, {en: 'at least ', es: 'al menos '}]
]

function boundOf(lang: 'en' | 'es', text: string | undefined): string {
  const found = BOUNDS.find(([pattern]) => pattern.test(text?.trim() ?? ''))
  return found ? found[1][lang] : ''
}

function sayCount(draft: Draft, petition: Petition): boolean {
  const {lang, facts} = draft.request
  if (petition.signatures !== undefined) {
    draft.say('petition-count', {count: petition.signatures, countText: boundOf(lang, petition.signaturesText) + formatCount(lang, petition.signatures), asOf: asOfArticle(facts, lang)})
    return true
  }
  if (petition.signaturesText) {
    draft.say('petition-count-text', {countText: phrase(lang, petition.signaturesText, facts.article.language), asOf: asOfArticle(facts, lang)})
    return true
  }
  return false
}

function sayDemand(draft: Draft, petition: Petition): boolean {
  if (!petition.demand) return false
  const {lang, facts} = draft.request
  const factsLang = facts.article.language
  // "… demanding that Hu Jia be freed": a demand said as a clause is asked of them, not called on them to do.
  const clause = /^(?:that|que)\s/u.test(petition.demand)
  const demand = phrase(lang, clause ? petition.demand.replace(/^(?:that|que)\s+/u, '') : bareVerb(petition.demand), factsLang)
  if (petition.target) draft.say(clause ? 'petition-demand-that' : 'petition-demand', {target: phrase(lang, petition.target, factsLang), demand})
  else draft.say('petition-demand-no-target', {demand})
  return true
}

/** "Who received the signatures?": the one it was delivered to, not whom it calls on. */
const RECEIVE_WORDS = new Set(['received', 'receive', 'receives', 'given', 'handed', 'delivered', 'recibio', 'recibieron', 'recibe', 'reciben', 'recibira', 'recibiran', 'entregaron', 'entrego', 'entregadas', 'entregada'])

/** "Who was it sent to?", "¿a quién va dirigida?": the one it goes to, not who took it there. */
const TO_WHOM = /\b(?:(?:sent|addressed|directed|written|going|went|goes)\s+to|to\s+whom)\b|\b(?:a\s+quien(?:es)?\s+(?:se\s+)?(?:va|van|iba|iban|fue|fueron|esta|estaba)?\s*(?:dirigid|enviad|mandad)|dirigid[ao]s?\s+a\s+quien)/u

function sayDelivery(draft: Draft, petition: Petition): boolean {
  const {lang, facts, now} = draft.request
  const event = eventById(facts, petition.deliveryEventId)
  if (!petition.deliveredTo && !petition.deliveredWhen && !event?.place) return false
  const tense = event?.status === 'past' ? 'past' : plannedTense(event?.date, facts, now)
  const who = petition.deliveredBy ?? event?.organiser
  draft.say(who ? 'petition-delivery' : 'petition-delivery-passive', {
    who: who ?? '',
    to: petition.deliveredTo ? message('to-someone', {name: nameWithTitle(facts, petition.deliveredTo, lang)}) : '',
    where: event?.place ? message('where', {place: event.place}) : '',
    // "este miércoles": the day it names, when the article's date places it; else the article's words.
    when: event?.date?.iso ? whenInline(lang, event.date) : petition.deliveredWhen ? phrase(lang, petition.deliveredWhen, facts.article.language) : '',
    tense
  })
  if (event) draft.use(event, event.source).remember({lastEventId: event.id})
  return true
}

/** "What's the petition called?": its name, which the facts do not hold. */
const NAME_WORDS = new Set(['name', 'called', 'title', 'nombre', 'llama', 'titulo'])

export const petition: Composer = (request) => {
  const found = request.facts.petitions[0]
  if (!found || request.tokens.some((token) => NAME_WORDS.has(token))) return undefined
  const draft = new Draft(request, 'petition')
  const {aspects} = request
  const asksDemand = request.tokens.some((token) => DEMAND_WORDS.has(token))
  // "What will they do with it?": what happens to the petition is its delivery.
  const fate = request.tokens.some((token) => FATE_WORDS.has(token)) && request.tokens.some((token) => token === 'with' || token === 'con' || token === 'happen' || token === 'pasara')
  if (fate && sayDelivery(draft, found)) {
    // told
  } else if (asksDemand) {
    // What it calls for, or nothing: how many signed does not say what they asked (a sentence of the article may).
    sayDemand(draft, found)
  } else if (aspects.has('where') || aspects.has('when')) {
    // Where or when it goes: the delivery, when the article places or dates it; what it demands answers neither.
    const event = eventById(request.facts, found.deliveryEventId)
    if (aspects.has('where') ? event?.place : (found.deliveredWhen ?? event?.date)) sayDelivery(draft, found)
  } else if (aspects.has('who') && !aspects.has('count')) {
    // To whom: the delivery when the article tells it, else whom the petition calls on (but not to "who received it?").
    const received = request.tokens.some((token) => RECEIVE_WORDS.has(token))
    // "Who was it sent to?" of a petition delivered with no one named to take it: whom it is addressed to, not the day it went.
    const toWhom = TO_WHOM.test(request.tokens.join(' ')) && !found.deliveredTo
    if ((toWhom || !sayDelivery(draft, found)) && !received) sayDemand(draft, found)
  } else if (aspects.has('count')) {
    sayCount(draft, found)
    // "How many signed the petition against X?", "… the plastic petition?": which petition that is, by whom it calls on or what it asks.
    const named = [found.target ?? '', found.demand ?? ''].join(' ')
    if (tokenize(named).some((word) => word.length > 3 && request.tokens.includes(word))) sayDemand(draft, found)
  } else if (aspects.has('why') || aspects.has('what')) {
    // What it calls for, then how many back it.
    sayDemand(draft, found)
    sayCount(draft, found)
  } else {
    sayCount(draft, found)
    sayDemand(draft, found)
    sayDelivery(draft, found)
  }
  if (draft.empty) return undefined
  draft.use(found, ...found.sources)
  draft.link(message('sign-petition'), found.url)
  linkActions(draft, request)
  return draft.next('act').next('meeting')
}

/** Headings over the people a campaign asks you to write to. */
const CONTACT_SECTION = /\b(?:who to (?:contact|write to)|write to|send (?:your )?(?:appeals|letters) to|contact (?:details|information|these officials)|addresses|a qui[eé]n (?:escribir|dirigirse|enviar)|escribe a|env[ií]a (?:tus )?(?:llamamientos|cartas) a|destinatari[oa]s?)\b/iu

/** The text of the heading, or of the short label line ("**Destinatario:**"), the sentence is under, or "" when none is. */
function headingAbove(facts: Facts, sentenceIndex: number | undefined): string {
  if (sentenceIndex === undefined) return ''
  for (let at = sentenceIndex; at >= 0; at--) {
    const sentence = facts.sentences[at]
    if (sentence?.block === 'heading' || (at < sentenceIndex && sentence !== undefined && sentence.block !== 'list-item' && /^[^.]{2,40}:\s*$/u.test(sentence.text))) return sentence?.text ?? ''
  }
  return ''
}

/** A letter's greeting: "Señor Arzú:", "Dear Minister Ruiz,", "Excelentísimo Sr. Presidente:". */
const GREETING = /^(?:dear|estimad[oa]s?|senor(?:a)?|sr\.?|sra\.?|excelentisim[oa]|excm[oa]\.?|your excellency|distinguid[oa])\b[^.]{0,60}[:,]\s*$/

/** Whether a letter greeting the person by their surname follows the sentence that names them: they are whom it is written to. */
function greetedNext(facts: Facts, sentenceIndex: number | undefined, person: Person): boolean {
  if (sentenceIndex === undefined) return false
  // "Señor Arzú:" for "Álvaro Enrique Arzú Escobar": any of the names after the first.
  const surnames = person.name.split(/\s+/u).slice(1).map(fold).filter((word) => word.length >= 3)
  return facts.sentences.slice(sentenceIndex + 1, sentenceIndex + 4).some((sentence) => GREETING.test(fold(sentence.text)) && surnames.some((surname) => new RegExp(`\\b${surname}\\b`, 'u').test(fold(sentence.text))))
}

function linkActions(draft: Draft, request: Request): void {
  for (const action of request.facts.actions) draft.link(action.text, action.url)
}

export const act: Composer = (request) => {
  const {facts, lang} = request
  const found = facts.petitions[0]
  // An urgent action's "Who to contact": the officials to write to, by name and title; or the one its letter greets
  // ("Álvaro Arzú, Presidente del Congreso, 9 Avenida … / Señor Arzú:").
  const recipients = facts.people.filter((person) => person.sources.some((source) => CONTACT_SECTION.test(headingAbove(facts, source.sentenceIndex)) || greetedNext(facts, source.sentenceIndex, person)))
  if (facts.actions.length === 0 && !found && recipients.length === 0) return undefined
  const draft = new Draft(request, 'act')
  for (const action of facts.actions.slice(0, 3)) {
    draft.say('act-take-action', {text: phrase(lang, action.text, facts.article.language)}).use(action, action.source)
  }
  if (recipients.length > 0) {
    draft.say('act-write-to', {names: listOf(recipients.map((person) => titledName(person, lang, facts)))})
    for (const person of recipients) draft.use(person, person.sources[0])
  }
  if (found?.url) {
    // Only a petition the content links to is one the person can join; otherwise it is news.
    const count = found.signatures
    draft.say(count === undefined ? 'act-petition' : 'act-petition-count', {count: count ?? 0, countText: count === undefined ? '' : formatCount(lang, count)}).use(found, found.sources[0])
    draft.link(message('sign-petition'), found.url)
  } else if (found && sayCount(draft, found)) {
    draft.use(found, found.sources[0])
  }
  linkActions(draft, request)
  return draft.next('petition').next('related').next('sources')
}
