/** Organisations (with country branches and aliases) and people (with titles and affiliations). */
import {FactsDraft, type SentenceContext} from './draft.js'
import {
  ANY_TITLE,
  APOSTROPHE,
  CAP_WORD,
  LEADING_WORDS,
  NAME,
  NAME_OR_SURNAME,
  ORGANISATION,
  ORGANISATION_HINT,
  PLACE,
  ROLE_NOUN,
  ROLE_WORDS,
  TITLE_KEYWORDS,
  TITLE_WORDS,
  atWordStart,
  hasAny,
  matchAll,
  trimLeadingWords
} from '../util/patterns.js'

const BRANCH_SUFFIX = /(?:International|Internacional)$/u
const ORGANISATION_RUN = atWordStart(`(${ORGANISATION})(?:\\s+(${CAP_WORD}|\\p{Lu}{2,4}(?![\\p{L}])))?`)
const TITLE_START = new RegExp(`^(?:${ANY_TITLE})$`, 'u')
const ALIAS = /\b(?:[Tt]he organi[sz]ation|[Ll]a organización)(?!\p{L})/u
const ACRONYM = new RegExp(`(${ORGANISATION})\\s+\\((\\p{Lu}{2,8})\\)`, 'gu')

/** Register organisations named in the sentence; return them in order with their offsets. */
export function extractOrganisations(context: SentenceContext, draft: FactsDraft): Array<{name: string; start: number}> {
  const found: Array<{name: string; start: number}> = []
  for (const match of ORGANISATION_HINT.test(context.text) ? matchAll(ORGANISATION_RUN(context.text), context.text) : []) {
    const raw = match[1] ?? ''
    const name = trimLeadingWords(raw)
    if (name.split(/\s+/).length < 2 && !/^\p{Lu}{2,}$/u.test(name)) continue
    const start = match.index + raw.length - name.length
    const country = match[2]
    if (country && BRANCH_SUFFIX.test(name) && isBranchCountry(country)) {
      draft.addOrganisation(name, context.source)
      draft.addOrganisation(`${name} ${country}`, context.source, {parent: name, country})
      found.push({name: `${name} ${country}`, start})
    } else {
      draft.addOrganisation(name, context.source)
      found.push({name, start})
    }
  }

  for (const match of context.text.includes('(') ? matchAll(ACRONYM, context.text) : []) {
    const organisation = draft.organisations.get(trimLeadingWords(match[1] ?? ''))
    if (organisation && match[2] && !organisation.aliases.includes(match[2])) organisation.aliases.push(match[2])
  }

  const alias = ALIAS.exec(context.text)
  const main = draft.mainOrganisation()
  if (alias && main) {
    const written = alias[0].toLowerCase()
    if (!main.aliases.some((entry) => entry.toLowerCase() === written)) main.aliases.push(alias[0].charAt(0).toLowerCase() + alias[0].slice(1))
  }
  return found
}

function isBranchCountry(word: string): boolean {
  return !LEADING_WORDS.has(word) && !TITLE_START.test(word) && !/^(?:Secretary|Deputy|Executive|Regional|Senior|Director|Directora|Secretaria|Secretario|Report|Informe)$/u.test(word)
}

const TITLED_NAME = atWordStart(`(${ANY_TITLE})(?:\\s+(?:of|de|del|de la)\\s+(${ORGANISATION}|${PLACE}),\\s+|,?\\s+)(${NAME_OR_SURNAME})(?![\\p{L}])`)
const POSSESSIVE_BEFORE = new RegExp(`^${APOSTROPHE}s\\s+$`, 'u')
const APPOSITIVE = atWordStart(`(${NAME}),\\s+([^,.;:“”"«»()]{3,90}?)(?=,|\\.|;|$)`)
const ROLE = new RegExp(`(?<![\\p{L}])${ROLE_NOUN}(?![\\p{L}])`, 'iu')
const POSSESSIVE_ROLE = new RegExp(`^(?:the\\s+|la\\s+|el\\s+)?(${ORGANISATION}(?:\\s+${CAP_WORD})?)${APOSTROPHE}s\\s+(.+)$`, 'u')
const ROLE_OF = new RegExp(`^(?:the\\s+|an?\\s+|la\\s+|el\\s+|una?\\s+)?(.+?)\\s+(?:of|at|for|with|from|de|del|en)\\s+(?:la\\s+|el\\s+|the\\s+)?(${ORGANISATION}(?:\\s+${CAP_WORD})?|${PLACE})$`, 'u')

export interface NamedPerson {
  name: string
  start: number
  end: number
}

/** People with a title before the name, or an appositive role after it. */
export function extractPeople(context: SentenceContext, draft: FactsDraft, organisations: Array<{name: string; start: number}>): NamedPerson[] {
  const found: NamedPerson[] = []

  for (const match of hasAny(context.words, TITLE_KEYWORDS) ? matchAll(TITLED_NAME(context.text), context.text) : []) {
    const name = match[3] ?? ''
    if (!isName(name, draft)) continue
    const title = match[1] ?? ''
    const nameStart = match.index + match[0].length - name.length
    const before = organisations.filter((organisation) => organisation.start < nameStart).at(-1)
    // "Human Rights Watch’s Executive Director X": the organisation right before the title.
    const possessive = before && POSSESSIVE_BEFORE.test(context.text.slice(before.start + before.name.length, match.index)) ? before.name : undefined
    const affiliation = possessive ?? match[2] ?? (TITLE_START.test(title) && !isOffice(title) ? before?.name : undefined)
    const person = draft.addPerson(name, context.source, {title: title.replace(/\s+/g, ' '), affiliation: affiliation ? trimLeadingWords(affiliation) : undefined})
    if (isOffice(title) && (match[2] || possessive)) draft.addCountry(trimLeadingWords(match[2] ?? possessive ?? ''))
    found.push({name: person.name, start: nameStart, end: nameStart + name.length})
  }

  for (const match of context.text.includes(', ') && hasAny(context.words, ROLE_WORDS) ? matchAll(APPOSITIVE(context.text), context.text) : []) {
    const name = trimLeadingWords(match[1] ?? '')
    const appositive = (match[2] ?? '').trim()
    if (!ROLE.test(appositive) || !isName(name, draft) || name.split(/\s+/).length < 2) continue
    const start = match.index + (match[1] ?? '').length - name.length
    const role = parseRole(appositive)
    const person = draft.addPerson(name, context.source, role)
    if (!found.some((entry) => entry.start === start)) found.push({name: person.name, start, end: start + name.length})
  }

  found.sort((a, b) => a.start - b.start)
  return found
}

/** Whether a capitalised run names a person, not a title, an organisation or a sentence opener. */
function isName(name: string, draft: FactsDraft): boolean {
  const first = name.split(/\s+/)[0] ?? ''
  return !LEADING_WORDS.has(first) && !TITLE_WORDS.has(first) && !draft.organisations.has(name) && !/^\p{Lu}+$/u.test(name)
}

/** A role ends where a clause about the person begins: "a lawyer who documented torture" → "a lawyer". */
const ROLE_END = /\s+(?:who|whom|whose|which|that|detained|arrested|held|jailed|killed|since|quien|quienes|que|detenid[oa]|arrestad[oa])\b.*$/u

/** "Human Rights Watch’s Americas director" → title + affiliation. */
export function parseRole(text: string): {title: string; affiliation?: string} {
  const appositive = text.replace(ROLE_END, '')
  const possessive = POSSESSIVE_ROLE.exec(appositive)
  if (possessive) return {title: possessive[2] ?? appositive, affiliation: trimLeadingWords(possessive[1] ?? '')}
  const of = ROLE_OF.exec(appositive)
  if (of && ROLE.test(of[1] ?? '')) return {title: of[1] ?? appositive, affiliation: of[2]}
  return {title: appositive.replace(/^(?:the|an?|la|el|una?)\s+/iu, '')}
}

const OFFICE = /(?<!\p{L})(?:vice[- ]?president|president|prime minister|primer ministro|primera ministra|minister|ministra|ministro|attorney general|governor|gobernador|gobernadora|mayor|alcalde|alcaldesa|king|queen|chancellor|senator|congress\p{L}*|ombuds\p{L}*|vicepresident\p{L}*|presidenta|presidente|fiscal|defensor|defensora|congresista)(?!\p{L})/iu

export function isOffice(title: string): boolean {
  return OFFICE.test(title)
}
