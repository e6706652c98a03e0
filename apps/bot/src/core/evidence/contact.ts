/**
 * Whom to contact and how: the release's media contact for "who do I contact?", and a contact's address
 * asked by whom it reaches ("what is Gabby Arias's email?" of a release whose press contacts are lines
 * like "Gabby Arias – garias@aclu.org – cell 908-230-3166").
 */
import {fold} from '../text.js'
import {type EvidenceIndex, type EvidenceSentence, evidenceIndex} from './index.js'
import {isStopword, wordsOf} from './terms.js'
import type {Facts, Person} from 'article-facts'
import {Draft, type Request} from '../compose/draft.js'
import {questionShape} from './question.js'
import {listOf} from '../words.js'
import {CONTACT} from './dateline.js'
import {sayShort, cite, nameWithRole, sayHolder} from './say.js'

export type ContactKind = 'email' | 'phone'

/** A question for an email address or a telephone number, by its kind. */
export function contactAsked(question: string): ContactKind | undefined {
  const folded = fold(question)
  if (EMAIL_WORD.test(folded)) return 'email'
  return PHONE_WORD.test(folded) ? 'phone' : undefined
}

/**
 * The one address of that kind on the line that names most of whom the question names, when one
 * line alone does; nothing when the question names no one the contact lines name.
 */
export function namedContact(index: EvidenceIndex, question: string, kind: ContactKind): {address: string; line: EvidenceSentence['sentence']} | undefined {
  const asked = new Set(wordsOf(question).filter((word) => word.length >= 3 && !isStopword(word) && !CONTACT_WORD.test(word)))
  if (asked.size === 0) return undefined
  const pattern = kind === 'email' ? EMAIL_ADDRESSES : PHONE_NUMBERS
  let most = 0
  let found: Array<{address: string; line: EvidenceSentence['sentence']}> = []
  for (const {sentence} of index.sentences) {
    const addresses = new Set([...sentence.text.matchAll(pattern)].map((match) => match[0].replace(/\.$/u, '').trim()))
    // "Phone: 202 495 2266 / Fax: 202 495 2138": which of two is meant, the question does not say.
    if (addresses.size !== 1) continue
    const held = new Set(wordsOf(sentence.text))
    const named = [...asked].filter((word) => held.has(word)).length
    if (named === 0 || named < most) continue
    if (named > most) found = []
    most = named
    found.push({address: [...addresses][0]!, line: sentence})
  }
  return found.length === 1 ? found[0] : undefined
}

const EMAIL_WORD = /\b(?:e-?mail|mail|correo)\b/
const PHONE_WORD = /\b(?:phone|telephone|cell|mobile|telefono|celular|movil)\b/
/** The question's words for the kind of address, not for whom it reaches. */
const CONTACT_WORD = /^(?:e-?mail|mail|correo|electronico|address|addresses|direccion|phone|telephone|number|numero|telefono|contact|contacto|call|llamar|cell|mobile|celular|movil|reach|write|escribir|pls|please)$/
/** Every e-mail address of a text (`matchAll` copies the pattern, so it keeps no state between texts). */
export const EMAIL_ADDRESSES = /[\w.+-]+@[\w-]+(?:\.[\w-]+)+/gu
/** A number one can dial: "+44 20 7413 5566", "(11) 4523-8890". */
export const PHONE_NUMBER = /\+?\(?\d[\d ()-]{6,}\d/u
/** Every such number of a text. */
export const PHONE_NUMBERS = new RegExp(PHONE_NUMBER.source, 'gu')

/** What the genre calls whom journalists reach ("Media contact: …", "Senior Press Officer", "jefa de prensa"). */
const CONTACT_TITLE = /\b(?:media contact|press contact|contacto de prensa|press officer|media officer|press secretary|communications? (?:officer|associate|manager|director)|(?:jef[ae]|responsable|director[a]?) de (?:prensa|comunicacion))\b|^contact(?:o)?$/

/** "Who do I contact …?", "¿a quién contacto?": whom to reach, asked. */
function asksWhomToContact(question: string): boolean {
  // Asked of every question: the cheap word test first.
  if (!CONTACT.test(fold(question))) return false
  const shape = questionShape(question)
  return shape.type === 'agent' && !shape.polar
}

/** "Who do I contact for an interview?": the release's media contact, or undefined when it names none (or several, unplaced). */
export function contactAnswer(request: Request, question: string): Draft | undefined {
  if (!asksWhomToContact(question)) return undefined
  const index = evidenceIndex(request.facts)
  const one = sayHolder(new Draft(request, 'fact'), mediaContact(request.facts, index, question))
  if (one) return one
  // Several contacts, none the question places ("who do I call?"): all of them, each where the release gives them.
  const contacts = request.facts.people.filter((person) => person.titles.some((title) => CONTACT_TITLE.test(fold(title))))
  // "Media: for interviews …, contact Heather (+447828 505 758)": a name no registry holds, with the number or address to reach them.
  if (contacts.length === 0) {
    const lines = index.sentences.flatMap((evidence) => {
      const named = CONTACT_NAMED.exec(evidence.sentence.text)
      return named ? [{name: named[1]!, sentence: evidence.sentence}] : []
    })
    return lines.length === 1 ? sayShort(new Draft(request, 'fact'), lines[0]!.name, lines[0]!.sentence) : undefined
  }
  if (contacts.length < 2 || contacts.length > 4) return undefined
  const draft = new Draft(request, 'fact')
  draft.say('evidence-short', {answer: listOf(contacts.map((person) => nameWithRole(person, draft)))})
  for (const person of contacts) {
    const at = index.sentences[person.sources[0]?.sentenceIndex ?? -1]
    if (at) cite(draft, at.sentence, person)
  }
  return draft
}

/** "contact Heather (+447828 505 758)", "contactar a Eva Ruiz: eva@…": a name after the word, then how to reach them. */
const CONTACT_NAMED = /\b(?:contact|contacte|contactar(?:\s+a)?|contacto:?)\s+(\p{Lu}[\p{L}\p{M}'’-]+(?:\s+\p{Lu}[\p{L}\p{M}'’-]+){0,2})\s*(?:\(\s*\+?\d|,?\s*(?:on|at|en|al|:)?\s*(?:\+?\d[\d ()-]{6,}|[\w.+-]+@[\w-]+\.[\w.]+))/u

/**
 * The one media contact of the release, or of several the one the question places ("the media
 * contact in the UK": "Ana Lenz in Chile and Karl Brandt in the UK").
 */
function mediaContact(facts: Facts, index: EvidenceIndex, question: string): {person: Person; at: EvidenceSentence} | undefined {
  const contacts = facts.people.filter((person) => person.titles.some((title) => CONTACT_TITLE.test(fold(title))))
  const sentenceOf = (person: Person) => index.sentences[person.sources[0]?.sentenceIndex ?? -1]
  const placed = contacts.filter((person) => {
    const at = sentenceOf(person)
    const after = at ? fold(at.sentence.text).split(fold(person.name))[1]?.slice(0, 30) ?? '' : ''
    // "Ana Lenz in Chile", or "India — Karl Brandt" on a line of contacts.
    const before = at ? fold(at.sentence.text).split(fold(person.name))[0]?.slice(-30) ?? '' : ''
    const place = /^\s*(?:,\s*)?(?:in|en|from|de)\s+(?:the\s+)?([a-z][a-z ]{1,20}?)(?=[,.;]|\s+and\b|\s+y\b|$)/.exec(after)?.[1] ?? /(?:^|[·•|;:]\s*)([a-z][a-z .]{1,20}?)\s*[—–-]\s*$/u.exec(before)?.[1]
    return place !== undefined && new RegExp(`(?<![a-z])${place.replace(/[.]/g, '\\.')}(?![a-z])`).test(fold(question))
  })
  // "Who's the press contact at Amnesty?": of several, the one with the body the question names.
  const asked = new Set(wordsOf(question))
  const theirs = placed.length > 0 ? placed : contacts.filter((person) => person.affiliation !== undefined && asked.has(wordsOf(person.affiliation)[0] ?? ''))
  const [person, ...others] = theirs.length > 0 ? theirs : contacts
  const at = person ? sentenceOf(person) : undefined
  return person && at && others.length === 0 ? {person, at} : undefined
}
