/** Run every extractor over the sentences, in order, then tie the facts together. */
import {FactsDraft, type SentenceContext} from './draft.js'
import {extractDelegation} from './delegation.js'
import {extractOrganisations, extractPeople, isOffice, listedNameItem, listsPerson, signatureBody, titledNameInBold} from './entities.js'
import {extractDatedStatement, extractEvents} from './events.js'
import {extractDemands} from './demands.js'
import {extractLinks} from './links.js'
import {extractCallToReaders, extractPetition} from './petition.js'
import {extractQuotes} from './quotes.js'
import {extractReport, extractResearch} from './report.js'
import {ADVISORY_LABEL} from './spans.js'
import {ADVISORY_LABELS, ANY_TITLE, CONTACT_LABEL, LEADING_WORDS, NAME, ORGANISATION_HINT, capitalise, isTitleCase} from '../util/patterns.js'
import type {Organisation, Person} from '../schema.js'
import {fold} from '../util/fold.js'
import {countryNames} from '../util/countries.js'

/** What the article says about itself beyond its sentences. */
export interface ArticleContext {
  title?: string | undefined
  /** The publishing organisation the frontmatter names: an organisation wherever the text writes its name. */
  publisher?: string | undefined
}

/** A line that credits a picture: "Photo credit: © …", "Foto: …". */
const CREDIT = /©|\b(?:photo|foto|credit|cr[eé]dito|image|imagen|picture)\b/iu

export function extractDraft(contexts: SentenceContext[], article: ArticleContext = {}): FactsDraft {
  const draft = new FactsDraft()
  for (const [at, context] of contexts.entries()) {
    // The line a statement closes with, when it names a body ("Steering Committee of the EU-Russia Civil Society Forum"): who
    // signs it, Title Case or not; not a picture's credit ("Photo credit: © Amnesty International Zimbabwe").
    const signature = at === contexts.length - 1 && at > 0 && context.sentence.block === undefined && ORGANISATION_HINT.test(context.text) && !CREDIT.test(context.text)
    // Capitals in a Title Case headline do not mark names; in an advisory's "Who:" line or a contact line they do.
    // Nor is an item of a list, which ends in ";" or "," ("- Ana Lenz, profesora de la Universidad de Deusto;").
    const headline = isTitleCase(context.text) && !/[;,]\s*$/u.test(context.text) && !ADVISORY_LABEL.exec(context.text)?.[3] && !CONTACT_LABEL.test(context.text) && !listedUnderWho(context) && !listsSomeone(context) && !titledNameInBold(context)
    const organisations = headline && !signature ? [] : extractOrganisations(context, draft, article.publisher)
    // A byline names and dates the release; the facts are in the sentences after it.
    if (context.sentence.block === 'byline') continue
    const people = headline ? [] : extractPeople(context, draft, organisations)
    signatureBody(context, draft)
    // "- Nicolás López, técnico en Conservación": under "Who:" or "Intervendrán:", a name and what they do is a person, whatever their job;
    // "- **Who:** Meg Satterthwaite and Amna Akbar, Center for Human Rights": so on the label's line, when its first line runs into it.
    const labelledWho = context.sentence.block === 'list-item' && Boolean(ADVISORY_LABEL.exec(context.text)?.[3])
    if (people.length === 0 && (labelledWho || listedUnderWho(context))) listedSpeaker(labelledWho ? context.text.replace(ADVISORY_LABEL, '') : context.text, context, draft)
    extractDelegation(context, draft, people, organisations)
    extractEvents(context, draft, people)
    extractReport(context, draft)
    extractResearch(context, draft)
    extractPetition(context, draft)
    extractCallToReaders(context, draft)
    extractDemands(context, draft)
    extractQuotes(context, draft)
    const isLinkLine = extractLinks(context, draft)
    // The headline announces; the body's sentences say what happened when.
    const isHeadline = context.text.trim() === article.title
    if (!isHeadline && !isLinkLine && !draft.usesMention(context.dates[0])) {
      extractDatedStatement(context, draft)
    }
  }
  link(draft, contexts, article)
  return draft
}

/** "- Europe and Central Asia: Doros Polykarpou of KISA (Cyprus)", "**Ana Lenz**, Minister of Ruritania": a line naming someone, in Title Case or not. */
function listsSomeone(context: SentenceContext): boolean {
  if (context.sentence.block === 'list-item' && (listsPerson(context.text) || listedNameItem(context))) return true
  // "**Abdelmadjid Tebboune**, President of the Republic of Algeria", "**Sarah Jackson** – Deputy Regional Director": a name set in bold, then who they are.
  const bold = context.emphasis[0]
  // "- **Campaigning:** the Egyptian Commission for Rights and Freedoms": a labelled item names whom the label is for.
  if (context.sentence.block === 'list-item' && bold?.start === 0 && /:\s*$/u.test(context.text.slice(0, bold.end + 1))) return true
  return bold?.start === 0 || (bold !== undefined && context.text.slice(0, bold.start).trim() === '') ? /^(?:,|\s+[–—-]\s)/u.test(context.text.slice(bold.end)) : false
}

/** A line of the list an advisory's "Who:" label, or an urgent action's "Destinatario:", opens ("- Ana Lenz, Director, Harbourwatch"): people, not a headline. */
function listedUnderWho(context: SentenceContext): boolean {
  // The label ends its line, alone or after the "Where:" line it was run into; or the lines of a list nested under "- **Who:** …".
  return listedUnder(context, (line) => WHO_LABEL_ENDS.test(line.text) || CONTACTS_LABEL_ENDS.test(line.text) || (context.sentence.block === 'list-item' && Boolean(ADVISORY_LABEL.exec(line.text)?.[3])))
}

/** Whether a line of a list stands under a label, with only other lines of the list (no sentence of prose) between. */
function listedUnder(context: SentenceContext, isLabel: (line: SentenceContext) => boolean): boolean {
  let line = context.previous
  for (let step = 0; line && step < 12; step++, line = line.previous) {
    if (isLabel(line)) return true
    if (!line.wholeBlock || /[.!?]\s*$/u.test(line.text)) return false
  }
  return false
}
/** The person a "Who:" list's line names before their role: "Nicolás López, técnico en Conservación de SEO/BirdLife". */
function listedSpeaker(text: string, context: SentenceContext, draft: FactsDraft): void {
  const listed = LISTED_NAME.exec(text)
  // "- Presidente de la República Nicolás Maduro": an office, then the name of whoever holds it.
  const office = listed ? null : OFFICE_THEN_NAME.exec(text)
  const name = listed?.[1] ?? office?.[2]
  const contact = listedUnderContacts(context)
  if (!name || draft.organisations.has(name) || name.split(/\s+/u).some((word) => LEADING_WORDS.has(word))) {
    // "- Meg Satterthwaite and Amna Akbar, Center for Human Rights, NYU", "- Jen Nessel, Center for Constitutional Rights (CCR)": names and the body they are with.
    const withBody = name ? null : NAMES_WITH_BODY.exec(text)
    const body = withBody?.[3]?.trim()
    if (!withBody?.[1] || !body || !(ORGANISATION_HINT.test(body) || draft.organisations.has(body) || draft.organisationByAlias(body))) return
    const affiliation = draft.organisationByAlias(body)?.name ?? body
    for (const named of [withBody[1], withBody[2]]) {
      if (named && !draft.organisations.has(named) && !named.split(/\s+/u).some((word) => LEADING_WORDS.has(word))) draft.addPerson(named, context.source, contact ? {title: 'media contact', affiliation} : {affiliation})
    }
    return
  }
  const title = (listed?.[2] ?? office?.[1])?.replace(/[.;,\s]+$/u, '')
  draft.addPerson(name, context.source, title ? {title} : contact ? {title: 'media contact'} : {})
}
const NAMES_WITH_BODY = new RegExp(`^(${NAME})(?:\\s+(?:and|y|&)\\s+(${NAME}))?,\\s+([^,;()]{3,90}?)(?:\\s*[,(;].*)?$`, 'u')

/** Whether a list's line stands under a "Media contacts:" label. */
function listedUnderContacts(context: SentenceContext): boolean {
  return listedUnder(context, (line) => CONTACTS_LABEL_ENDS.test(line.text))
}
const CONTACTS_LABEL_ENDS = new RegExp(`^(?:${ADVISORY_LABELS.contact})\\s*:\\s*$`, 'u')
const LISTED_NAME = new RegExp(`^(${NAME}),\\s+(\\p{Ll}[^;]{2,120})$`, 'u')
const OFFICE_THEN_NAME = new RegExp(`^((?:${ANY_TITLE})(?:\\s+(?:de la|del|de|of the|of)\\s+\\p{Lu}[\\p{L}\\p{M}]+)?)\\s+(\\p{Lu}[\\p{L}\\p{M}'’-]+(?:\\s+\\p{Lu}[\\p{L}\\p{M}'’-]+){1,3})$`, 'u')
const WHO_LABEL_ENDS = new RegExp(`(?:^|\\s)(?:${ADVISORY_LABELS.who}|[Dd]estinatari[oa]s?|[Rr]ecipients?|[Aa]ddressees?|[Ss]end (?:your )?(?:appeals|letters) to|[Ww]rite to|[Ee]scribe a)\\s*:\\s*$`, 'u')

/** Facts that need the whole article: offices and their jurisdiction, research per report, participants. */
function link(draft: FactsDraft, contexts: SentenceContext[], article: ArticleContext): void {
  // The genre's headlines open with the country: "Egypt: Free …".
  // Not a kicker ("Urgent action: …"), and named again in the body (as such or as "Egyptian").
  const headlineCountry = /^(\p{Lu}[\p{L}\p{M}’' -]{2,30}?):\s/u.exec(article.title ?? '')?.[1]
  const root = headlineCountry === undefined ? undefined : adjectiveRoot(headlineCountry)
  const inBody = root !== undefined && contexts.some(({text}) => text !== article.title && text.includes(root))
  // "The Water Gap: WaterAid report names …" is a report's title; "The Gambia:" is a country.
  const led = headlineCountry === undefined ? undefined : ARTICLE_LED.exec(headlineCountry)?.[1]
  const titled = led !== undefined && !countryNames().has(led) && !countryNames().has(headlineCountry!)
  // "ONU: expertos reclaman …": a body's letters, unless they are a country's ("UK:", "EEUU:").
  const letters = headlineCountry !== undefined && /^\p{Lu}{2,6}$/u.test(headlineCountry) && !countryNames().has(headlineCountry)
  const usable = headlineCountry && inBody && !titled && !letters && !KICKER.test(headlineCountry) && !draft.organisations.has(headlineCountry)
  // The headline's country before any other: a branch's ("Amnesty International UK") is where its writer sits, not what it is about.
  const candidates = usable ? [headlineCountry, ...draft.countries] : draft.countries
  const country = candidates.find((name) => name !== '' && isCountry(name, draft, contexts, article))
  if (usable) draft.country = headlineCountry
  for (const person of draft.people.values()) {
    // An affiliation written by its acronym ("coordinadora general de Provea") is that organisation.
    const byAlias = person.affiliation ? draft.organisationByAlias(person.affiliation) : undefined
    if (byAlias) person.affiliation = byAlias.name
    // "FIDH President": a title that names an organisation is a role in it, not a state office.
    const namedIn = person.affiliation ? undefined : person.titles.map((title) => organisationIn(title, draft)).find((name) => name !== undefined)
    if (namedIn) person.affiliation = namedIn
    if (person.affiliation && draft.organisations.has(person.affiliation)) continue
    const office = person.titles.find((title) => isOffice(title))
    if (!office) continue
    const source = person.sources[0]
    if (!source) continue
    const title = capitalise(office)
    const jurisdiction = person.affiliation && !draft.organisations.has(person.affiliation) ? person.affiliation : country
    draft.offices.push({title, holder: person.name, ...(jurisdiction ? {jurisdiction} : {}), source})
    if (!person.affiliation && jurisdiction) person.affiliation = jurisdiction
  }

  const report = draft.reports[0]
  if (report) report.research.push(...draft.research.splice(0))

  for (const delegation of draft.delegations) {
    // Roles and affiliations read after a member was named ("FIDH vice-president" → the FIDH).
    for (const member of delegation.members) {
      const person = draft.findPerson(member.name)
      if (!member.role && person?.titles[0]) member.role = person.titles[0]
      if (!member.affiliation && person?.affiliation) member.affiliation = person.affiliation
    }
    const members = delegation.members.map((member) => member.name)
    for (const event of draft.events) {
      if (event.kind === 'arrival' && event.organiser === delegation.organisation) {
        event.participants = [...new Set([...event.participants, ...members])]
      }
    }
  }

  // A meeting's person is best named with their office: "President Luis Morales".
  for (const petition of draft.petitions) {
    const person = petition.deliveredTo ? draft.findPerson(petition.deliveredTo) : undefined
    if (person) petition.deliveredTo = draft.describePerson(person)
  }
  linkPeople(draft)
  linkOrganisations(draft)
}

/** Facts that name an organisation carry its registry id too: whom a person works for, a delegation's and a report's organisation, who organises an event, delivers a petition or makes a demand. */
function linkOrganisations(draft: FactsDraft): void {
  const idOf = (name: string | undefined) => (name === undefined ? undefined : organisationNamed(draft, name)?.id)
  for (const person of draft.people.values()) setId(person, 'affiliationId', idOf(person.affiliation))
  for (const delegation of draft.delegations) setId(delegation, 'organisationId', idOf(delegation.organisation))
  for (const report of draft.reports) setId(report, 'publisherId', idOf(report.publisher))
  // An organiser the registry knows as a person keeps only the person's id.
  for (const event of draft.events) setId(event, 'organisationId', event.organiserId === undefined ? idOf(event.organiser) : undefined)
  for (const petition of draft.petitions) setId(petition, 'deliveredById', idOf(petition.deliveredBy))
  for (const demand of draft.demands) setId(demand, 'byId', idOf(demand.by))
}

/** Sets a fact's id field when an id was found. */
function setId<T extends object, K extends keyof T>(fact: T, key: K, id: T[K] | undefined): void {
  if (id !== undefined) fact[key] = id
}

/** The organisation a fact names, by its name or one of its aliases, as the parser compares names (case and accents aside). */
function organisationNamed(draft: FactsDraft, text: string): Organisation | undefined {
  const name = fold(text.trim().replace(/^(?:the|la|el|los|las)\s+/iu, ''))
  return [...draft.organisations.values()].find((organisation) => [organisation.name, ...organisation.aliases].some((known) => fold(known) === name))
}

/** Every fact that names a person carries their registry id, so no reader has to guess who is meant. */
function linkPeople(draft: FactsDraft): void {
  const idOf = (name: string | undefined) => (name === undefined ? undefined : personNamed(draft, name)?.id)
  for (const office of draft.offices) setId(office, 'holderId', idOf(office.holder))
  for (const delegation of draft.delegations) {
    setId(delegation, 'leaderId', idOf(delegation.leader))
    for (const member of delegation.members) setId(member, 'personId', idOf(member.name))
  }
  for (const petition of draft.petitions) setId(petition, 'deliveredToId', idOf(petition.deliveredTo))
  for (const event of draft.events) {
    setId(event, 'organiserId', idOf(event.organiser))
    const ids = event.participants.map((name) => idOf(name) ?? null)
    if (ids.some((id) => id !== null)) event.participantIds = ids
  }
  for (const quote of draft.quotes) setId(quote, 'speakerId', idOf(quote.speaker))
}

/** The person a fact names: by name or alias, or named with a title before ("President Luis Morales"). */
function personNamed(draft: FactsDraft, text: string): Person | undefined {
  const found = draft.findPerson(text)
  if (found) return found
  const name = text.trim()
  let best: Person | undefined
  for (const person of draft.people.values()) {
    if (name.endsWith(` ${person.name}`) && person.name.length > (best?.name.length ?? 0)) best = person
  }
  return best
}

/** A headline's opening led by an article ("The Water Gap", "La Gran Marcha"): a name of something, a country only when known as one. */
const ARTICLE_LED = /^(?:The|El|La|Los|Las)\s+(.+)$/u
const KICKER = /^(?:urgent action|update|press release|statement|breaking|opinion|analysis|report|explainer|q&a|acción urgente|comunicado|actualización|opinión|análisis|informe)$/iu

/** The organisation a title names by its name or an alias: "FIDH vice-president" → the FIDH. */
function organisationIn(title: string, draft: FactsDraft): string | undefined {
  for (const organisation of draft.organisations.values()) {
    for (const written of [organisation.name, ...organisation.aliases]) {
      const at = title.indexOf(written)
      if (at !== -1 && /^\p{Lu}/u.test(written) && !/\p{L}/u.test(title[at - 1] ?? '') && !/\p{L}/u.test(title[at + written.length] ?? '')) return organisation.name
    }
  }
  return undefined
}

/** What a place's name shares with its adjectives ("Chile" → "Chil", for "Chilean"), never under four letters: a prefix to look for, not a stemmer. */
function adjectiveRoot(place: string): string {
  return place.slice(0, Math.max(4, place.length - 1))
}

/**
 * Whether the text treats a place as a country, so an office without a stated jurisdiction may be
 * placed there: a branch's country, "X’s …", an adjective from its name ("Chilean", "colombianas"),
 * "the country" / "el país" beside it, or a headline "X: …". A city never gets a president.
 */
function isCountry(place: string, draft: FactsDraft, contexts: SentenceContext[], article: ArticleContext): boolean {
  if ([...draft.organisations.values()].some((organisation) => organisation.country === place)) return true
  if (article.title?.startsWith(`${place}:`)) return true
  const root = adjectiveRoot(place).toLowerCase()
  return contexts.some(({text, words}) => {
    if (text.includes(`${place}’s`) || text.includes(`${place}'s`)) return true
    if ([...words].some((word) => word.length > place.length && word.startsWith(root) && /(?:ian|ean|an|ese|ish|i|ano|ana|anos|anas|eño|eña|eños|eñas|ense|enses)$/u.test(word))) return true
    return words.has('country') || words.has('país')
  })
}

export {FactsDraft} from './draft.js'
export type {SentenceContext} from './draft.js'
