/**
 * "Is Ruiz the president of Chile?": a yes/no question whether someone the article names holds
 * a role, settled by the titles the parser gave the people of the article, not by a sentence that
 * happens to hold the name, the role and the country.
 */
import type {Facts, Person} from 'article-facts'
import {englishRole, ROLE_NAMES} from '../roles.js'
import {fold, normalize} from '../text.js'
import {isStopword, wordsOf} from './terms.js'

export type RoleClaim =
  /** The person holds the role. */
  | {verdict: 'yes'; person: Person}
  /** Someone else holds the one role asked about ("the president"). */
  | {verdict: 'no'; person: Person; holder: Person}
  /** The one role asked about ("the director") is not among the roles the article gives the person. */
  | {verdict: 'other'; person: Person}
  /** The article gives the person other roles and does not say they hold this one. */
  | {verdict: 'unsaid'; person: Person}

const ROLE_PATTERN = new RegExp(`\\b(?:${[...ROLE_NAMES].sort((a, b) => b.length - a.length).map((name) => name.replace(/\s+/g, '\\s+')).join('|')})\\b`, 'g')

/** The genre's role a title or a question names, in English ("Secretaria General" → "secretary general"), the longest it holds. */
function roleNamed(text: string): {role: string; at: number; end: number} | undefined {
  let found: {role: string; at: number; end: number} | undefined
  for (const match of fold(text).matchAll(ROLE_PATTERN)) {
    const role = englishRole(match[0].replace(/\s+/g, ' '))
    if (role && (!found || match[0].length > found.end - found.at)) found = {role, at: match.index, end: match.index + match[0].length}
  }
  return found
}

/** Whether a title says the role: the role itself or a kind of it ("Executive Director" is a director), never a deputy's ("Vice President"). */
function holds(title: string, role: string): boolean {
  const own = roleNamed(title)?.role
  return own !== undefined && (own === role || (own.endsWith(` ${role}`) && !/^(?:vice|deputy)\b/.test(own)))
}

const COPULA = /\b(?:is|was|are|were|es|era|fue|son)\b/

/** "Is X the president", "¿es X la presidenta?": a role one person holds at a time, asked with a definite article. */
const DEFINITE = /\b(?:the|el|la)\s+$/

/**
 * The claim a yes/no question makes that one person it names (by id) holds a role, checked against
 * the people's titles; undefined when the question names no role of the genre, or not one person.
 */
export function roleClaim(facts: Facts, question: string, asked: ReadonlySet<string>): RoleClaim | undefined {
  const people = facts.people.filter((person) => asked.has(person.id))
  const [person] = people
  if (!person || people.length > 1) return undefined
  const folded = fold(question)
  // The person's names out of the way, word by word: a title word of a name ("General Ruiz") is
  // not the role asked, and a title right before a surname ("president Rivera") names them.
  const nameWords = new Set([person.name, ...person.aliases].flatMap((name) => fold(name).split(/[\s-]+/)).filter((word) => word.length > 2))
  const withoutNames = folded.replace(/[\p{L}\p{M}'-]+/gu, (word) => (nameWords.has(word) ? '@' : word))
  const named = roleNamed(withoutNames)
  // "Is X the president", "¿es X la presidenta?": the role is what the question says they are,
  // not a title naming them ("did president Rivera agree").
  if (!named || !COPULA.test(withoutNames.slice(0, named.at)) || /^\s*@/.test(withoutNames.slice(named.end))) return undefined
  if (person.titles.some((title) => holds(title, named.role))) {
    // "Was Said Haddadi a Human Rights Watch researcher?" of Amnesty's researcher: the role, at another body.
    if (worksElsewhere(facts, person, withoutNames)) return {verdict: 'other', person}
    // "Is X a journalist from Brazil?": the titles settle the role, not what the question adds to it.
    const known = fold([...person.titles, person.affiliation ?? ''].join(' '))
    const added = wordsOf(withoutNames.slice(named.end)).filter((word) => word.length > 2 && !isStopword(word) && !known.includes(word))
    return added.length === 0 ? {verdict: 'yes', person} : undefined
  }
  const unique = DEFINITE.test(withoutNames.slice(0, named.at))
  const holders = facts.people.filter((other) => other !== person && other.titles.some((title) => holds(title, named.role)))
  // "The president" held by one other person of the article: not this one.
  if (unique && holders.length === 1) return {verdict: 'no', person, holder: holders[0]!}
  // "¿Es Ruiz la directora?" of someone the article calls a researcher: a role held by one at a time, and theirs is another.
  if (unique && person.titles.length > 0) return {verdict: 'other', person}
  return person.titles.length > 0 ? {verdict: 'unsaid', person} : undefined
}

/** Whether the question names an organisation of the article other than the one the person works for (nor a branch of it). */
function worksElsewhere(facts: Facts, person: Person, question: string): boolean {
  const employer = facts.organisations.find((organisation) => organisation.id === person.affiliationId)
  if (!employer) return false
  const words = (text: string) => ` ${normalize(text)} `
  const asked = words(question)
  const own = [employer.name, ...employer.aliases].map(words)
  return facts.organisations.some(
    (organisation) =>
      organisation !== employer &&
      [organisation.name, ...organisation.aliases].some((name) => name.length > 2 && asked.includes(words(name))) &&
      !own.some((name) => words(organisation.name).includes(name) || name.includes(words(organisation.name)))
  )
}
