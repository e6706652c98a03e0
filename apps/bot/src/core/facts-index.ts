/**
 * What the core looks up in a facts object, computed once per object: the people and how a
 * question can name them (name, alias, title, office), the places and which topics they
 * belong to, every word the facts use (to tell a typo from a concept the facts lack) and the
 * numbers they state.
 */
import type {DateRef, Facts, Person} from 'article-facts'
import {formatDateRef} from './dates.js'
import type {CueIntent} from './lexicon.js'
import {CONCEPTS_TOLD_OTHERWISE, DATE_WORDS, INTENT_CUES, NEUTRAL_WORDS, TITLE_SYNONYMS, UNANSWERABLE_CONCEPTS, ASPECT_CUES} from './lexicon.js'
import {family, FAMILY_WORDS} from './families.js'
import {perFacts} from './per-facts.js'
import {isStopword, stemTermOf, translationsOf} from './evidence/terms.js'
import {tokenize} from './text.js'
import {literalText} from './words.js'

export interface PersonEntry {
  person: Person
  /** Tokens of the name and aliases ("ana", "souza"). */
  nameTokens: Set<string>
  /** Each title (and office held) as tokens, with Spanish role words translated. */
  titles: string[][]
  /** Words of the person's affiliation, offices and their jurisdictions. */
  affinity: Set<string>
  /** Surnames the article writes after this person's first name for someone else ("David Cameron" beside "David Mepham"). */
  namesakes: Set<string>
}

export interface FactsIndex {
  people: PersonEntry[]
  /**
   * Places, organisations and report titles as token sequences ("santiago", "greenpeace",
   * "dry rivers") → the intents whose facts mention them.
   */
  places: Array<{name: string; tokens: string[]; intents: Set<CueIntent>; kind: 'place' | 'organisation' | 'title'}>
  /** Every token that appears in the facts or the lexicons. */
  vocabulary: Set<string>
  /** Places that set the scene (the delegation's destination, offices' and branches' countries). */
  setting: Set<string>
  /** Whether a delegation of the facts has an itinerary. */
  hasItinerary: boolean
  /** Tokens of the article's own sentences. */
  articleWords: Set<string>
  /** The unanswerable concepts this article does not itself talk about ("trial" is not foreign to a trial story). */
  foreignConcepts: string[]
  /** Of those, the ones the article tells in a word the glossary holds the same ("court" for "juicio"): asked, they are looked for as such, then as any question. */
  conceptsInOtherWords: ReadonlySet<string>
  /** Content words of each event's description, to find the event a question describes. */
  eventWords: Array<{id: string; words: Set<string>; intent: CueIntent}>
  /** Content words of the labels of related items and actions, to find a link a question names ("canada?"). */
  linkWords: Array<{words: Set<string>; intent: CueIntent}>
  /** Numbers the facts state, as digit strings. */
  numbers: Set<string>
  /** Month and weekday words of each dated event, itinerary step or research period, in both languages. */
  dated: Array<{words: Set<string>; intent: CueIntent; id?: string}>
}

export const indexFacts: (facts: Facts) => FactsIndex = perFacts(buildIndex)

/** Tokens of names worth matching alone: not tiny words ("de", "la"). */
function nameTokens(text: string): string[] {
  return tokenize(text).filter((token) => token.length >= 3 && !/^\d+$/.test(token))
}

const TITLE_FILLER = new Set(['of', 'the', 'de', 'del', 'la', 'el', 'at', 'for'])

/**
 * How someone answered, and who was killed or hurt, are told in those words: an article that writes of a "response" to a
 * crisis tells no one's reply, and one that counts "deaths" at protests does not say who killed.
 */
const OWN_WORDS_ONLY = /^(?:respond|responded|replied|reply|response|respondio|kill|killed|murdered|died|die|dead|death|death toll|death count|body count|fatalities|casualties|injured|wounded|murieron|muertos|muerto|murio|fallecidos|fallecio|heridos|asesinados|victimas mortales|shot|shooting|shootings|disparo|dispararon)$/

export function titleTokens(text: string): string[] {
  return tokenize(text)
    .map((token) => TITLE_SYNONYMS[token] ?? token)
    .filter((token) => !TITLE_FILLER.has(token))
}

function namesakesOf(facts: Facts, person: Person): Set<string> {
  const given = person.name.split(/\s+/u)[0] ?? ''
  const own = new Set([person.name, ...person.aliases].flatMap(nameTokens))
  const found = new Set<string>()
  if (given.length < 3 || person.name === given) return found
  const after = new RegExp(`(?<![\\p{L}])${given.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\s+(\\p{Lu}[\\p{L}\\p{M}'’-]+)`, 'gu')
  for (const sentence of facts.sentences) for (const match of sentence.text.matchAll(after)) for (const token of tokenize(match[1]!)) if (!own.has(token)) found.add(token)
  return found
}

function buildIndex(facts: Facts): FactsIndex {
  const people: PersonEntry[] = facts.people.map((person) => ({
    person,
    nameTokens: new Set([person.name, ...person.aliases].flatMap(nameTokens)),
    titles: person.titles.map(titleTokens).filter((tokens) => tokens.length > 0),
    affinity: new Set([person.affiliation, ...person.titles].flatMap((text) => (text ? tokenize(text) : []))),
    namesakes: namesakesOf(facts, person)
  }))
  for (const office of facts.offices) {
    // Who holds the office is whom the parser linked it to, by id.
    const holder = office.holderId ? people.find((entry) => entry.person.id === office.holderId) : undefined
    const title = titleTokens(office.title)
    if (holder && title.length > 0) holder.titles.push(title)
    if (holder) for (const token of tokenize(`${office.title} ${office.jurisdiction ?? ''}`)) holder.affinity.add(token)
  }

  const places: FactsIndex['places'] = []
  const addPlace = (place: string | undefined, intent: CueIntent, kind: 'place' | 'organisation' | 'title' = 'place') => {
    if (!place) return
    const tokens = tokenize(place)
    if (tokens.length === 0) return
    const key = tokens.join(' ')
    const existing = places.find((entry) => entry.tokens.join(' ') === key)
    if (existing) existing.intents.add(intent)
    else places.push({name: place, tokens, intents: new Set([intent]), kind})
  }
  for (const delegation of facts.delegations) addPlace(delegation.organisation, 'delegation', 'organisation')
  for (const report of facts.reports) addPlace(report.mainTitle, 'report', 'title')
  for (const delegation of facts.delegations) {
    addPlace(delegation.destination, 'delegation')
    for (const step of delegation.itinerary) addPlace(step.place, 'delegation')
  }
  for (const report of facts.reports) {
    for (const research of report.research) for (const place of research.places) addPlace(place, 'research')
  }
  for (const event of facts.events) addPlace(event.place, eventIntent(event.kind))
  // Organisations named without a topic of their own still count as known names, and so do
  // their initials ("HRW").
  for (const organisation of facts.organisations) {
    const initials = initialsOf(organisation.name)
    for (const name of [organisation.name, ...organisation.aliases, ...(initials.length >= 3 ? [initials] : [])]) {
      const tokens = tokenize(name)
      // "WHO" for the World Health Organisation is not the "who" of a question.
      if (tokens.length === 1 && isStopword(tokens[0]!)) continue
      if (tokens.length > 0 && !places.some((entry) => entry.tokens.join(' ') === tokens.join(' '))) places.push({name, tokens, intents: new Set(), kind: 'organisation'})
    }
  }

  const vocabulary = new Set<string>()
  const addWords = (text: string | undefined) => {
    if (text) for (const token of tokenize(text)) vocabulary.add(token)
  }
  const sentenceWords = facts.sentences.map((sentence) => tokenize(sentence.text))
  for (const words of sentenceWords) for (const word of words) vocabulary.add(word)
  const articleWords = new Set(vocabulary)
  addWords(facts.article.title)
  for (const person of facts.people) [person.name, ...person.aliases, ...person.titles, person.affiliation].forEach(addWords)
  for (const organisation of facts.organisations) [organisation.name, ...organisation.aliases, organisation.parent, organisation.country, initialsOf(organisation.name)].forEach(addWords)
  for (const office of facts.offices) [office.title, office.holder, office.jurisdiction].forEach(addWords)
  for (const cues of Object.values(INTENT_CUES)) for (const [phrase] of cues) addWords(phrase)
  for (const cues of Object.values(ASPECT_CUES)) for (const phrase of cues) addWords(phrase)
  for (const word of NEUTRAL_WORDS) vocabulary.add(word)
  for (const word of Object.keys(TITLE_SYNONYMS)) vocabulary.add(word)
  for (const word of FAMILY_WORDS) vocabulary.add(word)
  // A word of office in one language is known when the facts have it in the other ("amnesty" for "Amnistía").
  for (const [spanish, english] of Object.entries(TITLE_SYNONYMS)) if (vocabulary.has(spanish)) vocabulary.add(english)
  // Single-word concepts are known words too: they are declined by name, not as unknown.
  for (const phrase of UNANSWERABLE_CONCEPTS) if (!phrase.includes(' ')) addWords(phrase)

  const numbers = new Set<string>()
  for (const token of vocabulary) if (/^\d+$/.test(token)) numbers.add(token)
  for (const petition of facts.petitions) if (petition.signatures !== undefined) numbers.add(String(petition.signatures))
  for (const date of collectDates(facts)) for (const part of date.split(/\D+/)) if (part) numbers.add(String(Number(part)))

  const dated: FactsIndex['dated'] = []
  const addDated = (date: DateRef | undefined, intent: CueIntent, id?: string) => {
    if (!date) return
    const words = new Set([date.text, literalText(formatDateRef(date, 'en')), literalText(formatDateRef(date, 'es'))].flatMap((text) => tokenize(text)).filter((word) => DATE_WORDS.has(word)))
    if (words.size > 0) dated.push({words, intent, ...(id ? {id} : {})})
  }
  for (const event of facts.events) addDated(event.date, eventIntent(event.kind), event.id)
  for (const delegation of facts.delegations) for (const step of delegation.itinerary) addDated(step.when, 'delegation')
  for (const report of facts.reports) for (const research of report.research) addDated(research.period, 'research')

  // Words that tell one event from another: not everyday words, not cue words of any topic,
  // not names of people, organisations or places (those are matched as what they are).
  const cueWords = new Set(Object.values(INTENT_CUES).flatMap((cues) => cues.flatMap(([phrase]) => phrase.split(' '))))
  const neutral = new Set(NEUTRAL_WORDS)
  const entityWords = new Set([
    ...people.flatMap((entry) => [...entry.nameTokens, ...entry.titles.flat(), ...entry.affinity]),
    ...places.flatMap((entry) => entry.tokens),
    ...facts.organisations.flatMap((organisation) => tokenize(organisation.name))
  ])
  const distinctive = (text: string) => new Set(tokenize(text).filter((word) => word.length >= 4 && !neutral.has(word) && !cueWords.has(word) && !entityWords.has(word) && !/^\d+$/.test(word)))
  const eventWords = facts.events.map((event) => ({
    id: event.id,
    intent: eventIntent(event.kind),
    words: distinctive(event.description)
  }))

  const linkWords: FactsIndex['linkWords'] = [
    ...facts.related.map((item) => ({words: distinctive(item.text), intent: 'related' as const})),
    ...facts.actions.map((item) => ({words: distinctive(item.text), intent: 'act' as const}))
  ]

  const hasItinerary = facts.delegations.some((delegation) => delegation.itinerary.length > 0)
  // The country the article is about ("Ruritania: delegación …") is the story's setting too.
  const setting = new Set(
    [
      ...facts.delegations.map((delegation) => delegation.destination),
      ...facts.offices.map((office) => office.jurisdiction),
      ...facts.organisations.map((organisation) => organisation.country),
      facts.article.country
    ].filter((place): place is string => Boolean(place))
  )
  // A concept the article words another way ("arrested" where it says "detained", "died" where it says "fallecidas") is not foreign to it.
  const toldOtherwise = (word: string) =>
    [family(word), ...CONCEPTS_TOLD_OTHERWISE.filter(({concept}) => concept.includes(word)).map(({told}) => told)].some((words) => words.some((member) => articleWords.has(member)))
  const foreignConcepts = UNANSWERABLE_CONCEPTS.filter((concept) => !concept.split(' ').every(toldOtherwise))
  // "¿Qué tribunal confirmó la condena?" of an article that writes "court", "money" of one that writes "fondos": the glossary, or the
  // bilingual one, holds a word of the article the same; but for how someone answered and who was killed or hurt.
  const articleTerms = new Set([...articleWords].map((word) => stemTermOf(word, facts.article.language)))
  const conceptsInOtherWords = new Set(foreignConcepts.filter((concept) => !OWN_WORDS_ONLY.test(concept) && concept.split(' ').every((word) => toldOtherwise(word) || articleTerms.has(stemTermOf(word, facts.article.language)) || translationsOf(word).some((other) => articleWords.has(other)))))
  return {people, places, vocabulary, articleWords, foreignConcepts, conceptsInOtherWords, eventWords, linkWords, numbers, dated, hasItinerary, setting}
}

/** "HRW" for "Human Rights Watch": the capitalised words' first letters. */
function initialsOf(name: string): string {
  return name
    .split(/\s+/)
    .filter((word) => /^\p{Lu}/u.test(word))
    .map((word) => word[0])
    .join('')
}

function collectDates(facts: Facts): string[] {
  const dates: string[] = []
  if (facts.article.published) dates.push(facts.article.published)
  for (const event of facts.events) if (event.date?.iso) dates.push(event.date.iso)
  for (const report of facts.reports) for (const research of report.research) if (research.period?.iso) dates.push(research.period.iso)
  return dates
}

/** The intent a question about an event of this kind belongs to. */
export function eventIntent(kind: Facts['events'][number]['kind']): CueIntent {
  switch (kind) {
    case 'press-conference':
    case 'report-launch':
      return 'press-conference'
    case 'meeting':
    case 'meeting-request':
      return 'meeting'
    case 'protest':
      return 'protests'
    case 'research':
      return 'research'
    case 'petition-delivery':
      return 'petition'
    case 'arrival':
    case 'visit':
      return 'delegation'
    case 'other':
      return 'event'
  }
}

/**
 * Each name a fact writes, with the person the parser linked it to by id (a speaker, a leader, a
 * participant, an office holder): who "President Luis Morales" is comes from the parser.
 */
const linkedNames = perFacts((facts): Map<string, Person> => {
  const byId = new Map(facts.people.map((person) => [person.id, person]))
  const names = new Map<string, Person>()
  const link = (name: string | undefined, id: string | null | undefined) => {
    const person = id ? byId.get(id) : undefined
    if (name && person && !names.has(name)) names.set(name, person)
  }
  for (const office of facts.offices) link(office.holder, office.holderId)
  for (const delegation of facts.delegations) {
    link(delegation.leader, delegation.leaderId)
    for (const member of delegation.members) link(member.name, member.personId)
  }
  for (const petition of facts.petitions) link(petition.deliveredTo, petition.deliveredToId)
  for (const event of facts.events) {
    link(event.organiser, event.organiserId)
    event.participants.forEach((name, at) => link(name, event.participantIds?.[at]))
  }
  for (const quote of facts.quotes) link(quote.speaker, quote.speakerId)
  return names
})

/** Names already looked up in a facts object: composers and checks ask about the same speakers and participants on every question. */
const found = new WeakMap<Facts, Map<string, Person | undefined>>()

/**
 * The person a name stands for: as the parser linked it, by id, when a fact wrote it; otherwise
 * (a name remembered from the conversation) the person of that name or alias. Identity is the
 * parser's to decide: no guessing by the words two names share.
 */
export function findPerson(facts: Facts, name: string | undefined): Person | undefined {
  if (!name) return undefined
  let byName = found.get(facts)
  if (!byName) found.set(facts, (byName = new Map()))
  if (!byName.has(name)) byName.set(name, linkedNames(facts).get(name) ?? facts.people.find((person) => person.name === name || person.aliases.includes(name)))
  return byName.get(name)
}
