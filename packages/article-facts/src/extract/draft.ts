import type {
  ArticleEvent,
  DateRef,
  Demand,
  Delegation,
  EventKind,
  Language,
  LinkItem,
  MediaCredit,
  Office,
  Organisation,
  Person,
  Petition,
  Quote,
  Report,
  Research,
  Sentence,
  Source
} from '../schema.js'
import type {RuleId} from '../rules.js'
import type {BlockLink} from '../util/blocks.js'
import type {DateMention} from '../util/dates.js'
import {slug} from '../util/patterns.js'

const STATE_BODY =
  /^(?:Ministry|Department|Office of the|Ministerio|Fiscalía|Procuraduría|Secretaría|Policía|Tribunal|Corte|Defensoría)\b|\b(?:Police|Prosecution|Court|Tribunal|Parliament|Assembly|Authority|Bureau)$/u

/** One sentence and what extractors need to read it. */
export interface SentenceContext {
  sentence: Sentence
  text: string
  source: Source
  /** Links inside the sentence, indexes into `text`. */
  links: BlockLink[]
  /** Emphasised spans inside the sentence, indexes into `text`. */
  emphasis: Array<{start: number; end: number}>
  dates: DateMention[]
  /** Lower-case words of the sentence, for cheap gates before costly patterns. */
  words: Set<string>
  language: Language
  /** Whether the sentence is the whole of its block ("Take action: …" lines). */
  wholeBlock: boolean
  /** The heading of the section the sentence is in ("Take action"), when the article has headings. */
  section?: string
  /** The next sentence of the same block, if any. */
  next?: SentenceContext
  /** The sentence before, in this block or the one before ("X said:" above a quotation). */
  previous?: SentenceContext
}

/** What opens a relative clause: "quien subrayó", "who added". */
const RELATIVE_CLAUSE = /^(?:quien|quienes|who|whom|whose|which|que|cuyo|cuya|cuyos|cuyas|el cual|la cual)(?![\p{L}])/iu

/** Initials that name a body: three to eight capitals ("UNICEF", "ACNUR", "IFJ"). */
const ACRONYM = /^\p{Lu}[\p{Lu}&]{2,7}$/u
/** Initials of countries and unions of them, not of bodies. */
const NOT_A_BODY = new Set(['USA', 'UAE', 'DRC', 'RDC', 'EEUU', 'URSS', 'USSR'])

/**
 * The facts as they grow, sentence by sentence. Registries dedupe organisations and people;
 * dates are placeholders until the resolve step pins them.
 */
export class FactsDraft {
  readonly organisations = new Map<string, Organisation>()
  readonly people = new Map<string, Person>()
  readonly offices: Office[] = []
  readonly delegations: Delegation[] = []
  readonly reports: Report[] = []
  /** Research found before (or without) a report; attached to the report at the end. */
  readonly research: Research[] = []
  readonly petitions: Petition[] = []
  readonly events: ArticleEvent[] = []
  readonly quotes: Quote[] = []
  readonly demands: Demand[] = []
  readonly actions: LinkItem[] = []
  readonly related: LinkItem[] = []
  readonly media: MediaCredit[] = []
  /** The paragraph each quote came from, so a quote continuing the previous one keeps its speaker. */
  readonly quoteParagraphs = new Map<Quote, number>()
  /**
   * The quotation each sentence inside a quotation that runs over several sentences belongs to
   * (the quotation opens and its closing mark comes later, or never, as when it continues into
   * the next paragraph), by sentence index.
   */
  readonly quotedSentences = new Map<number, Quote>()
  /** A quotation opened and not yet closed, with the paragraph it runs in. */
  openQuotation: {quote: Quote; paragraph: number} | undefined
  /** Quotations whose paragraph ended before their closing mark: the next paragraph that opens with a quotation mark goes on with them. */
  readonly unclosedQuotes = new Set<Quote>()
  /** Every date placed in the facts, with the phrase it came from. */
  readonly dates = new Map<DateRef, {mention: DateMention; source: Source}>()
  /** Places named as the destination or a branch country, most relevant first. */
  readonly countries: string[] = []
  /** The country the headline opens with ("Ruritania: …"), once the body is read and names it again. */
  country: string | undefined
  /** Surnames two people share, which therefore alias neither. */
  private readonly sharedSurnames = new Set<string>()
  /** Doubts about the text, reported as warnings: what was left out or left incomplete, and why. */
  readonly notes: Array<{reason: string; ruleId: RuleId; source: Source}> = []

  /**
   * The organisation the article is about: the first one named that is not a branch, nor a state
   * body ("the organization" is never the Ministry it writes to).
   */
  mainOrganisation(): Organisation | undefined {
    const organisations = [...this.organisations.values()].filter((organisation) => !STATE_BODY.test(organisation.name))
    return organisations.find((organisation) => !organisation.parent) ?? organisations[0]
  }

  /** The organisation known by this short name ("CEAR", "Amnesty"), if any. */
  organisationByAlias(name: string): Organisation | undefined {
    return [...this.organisations.values()].find((organisation) => organisation.aliases.includes(name))
  }

  addOrganisation(name: string, source: Source, branch?: {parent: string; country: string}): Organisation {
    const existing = this.organisations.get(name)
    if (existing) {
      addSource(existing.sources, source)
      return existing
    }
    const organisation: Organisation = {id: slug(name), name, aliases: [], sources: [source]}
    if (branch) {
      organisation.parent = branch.parent
      organisation.country = branch.country
      this.addCountry(branch.country)
    }
    this.organisations.set(name, organisation)
    return organisation
  }

  addCountry(name: string): void {
    if (!this.countries.includes(name)) this.countries.push(name)
  }

  /**
   * Register a person. A one-word name that is the surname of a known person is that person
   * ("President Morales" after "President Luis Morales").
   */
  addPerson(name: string, source: Source, details: {title?: string; affiliation?: string} = {}): Person {
    const person = this.findPerson(name) ?? this.createPerson(name, source)
    // Found by the last words of the full name: those words name them too.
    if (person.name !== name.trim() && !person.aliases.includes(name.trim())) person.aliases.push(name.trim())
    addSource(person.sources, source)
    // "declaró Houngbo, quien subrayó que …": a clause about someone, not their title.
    const title = details.title !== undefined && !RELATIVE_CLAUSE.test(details.title) ? details.title : undefined
    if (title && !person.titles.some((known) => known.toLowerCase() === title.toLowerCase())) person.titles.push(title)
    if (details.affiliation && !person.affiliation) person.affiliation = details.affiliation
    // "Catherine Russell, directora ejecutiva de UNICEF": the body someone heads or works for, by its initials, is an organisation.
    if (details.affiliation && ACRONYM.test(details.affiliation) && !NOT_A_BODY.has(details.affiliation) && !this.organisations.has(details.affiliation) && !this.organisationByAlias(details.affiliation)) {
      this.addOrganisation(details.affiliation, source)
    }
    return person
  }

  private createPerson(name: string, source: Source): Person {
    const words = name.split(/\s+/)
    const surname = words.length > 1 ? (words.at(-1) ?? name) : undefined
    // Relatives share a surname: then the surname alone names neither of them.
    const namesake = surname ? [...this.people.values()].find((other) => other.aliases.includes(surname)) : undefined
    if (namesake) namesake.aliases = namesake.aliases.filter((alias) => alias !== surname)
    const person: Person = {id: slug(name), name, titles: [], aliases: surname && !namesake && !this.sharedSurnames.has(surname) ? [surname] : [], sources: [source]}
    // "Abdullah bin Hussein" is "King Abdullah": a name with a patronymic goes by its first word.
    if (/^\S+\s+(?:bin|ibn|bint)\s/u.test(name)) person.aliases.push(words[0]!)
    if (namesake && surname) this.sharedSurnames.add(surname)
    this.people.set(name, person)
    return person
  }

  findPerson(text: string): Person | undefined {
    const name = text.trim()
    const exact = this.people.get(name)
    if (exact) return exact
    for (const person of this.people.values()) {
      if (person.aliases.includes(name)) return person
    }
    // "Ana Ruiz-Lenz" after "Ana Ruiz Lenz": the same name written with a hyphen, one id.
    const id = slug(name)
    for (const person of this.people.values()) if (person.id === id) return person
    // "Peña Nieto" after "Enrique Peña Nieto": the last words of one known full name, a surname of two words.
    if (/\s/.test(name)) {
      const [longer, ...others] = [...this.people.values()].filter((person) => person.name.endsWith(` ${name}`))
      if (longer && others.length === 0) return longer
    }
    return undefined
  }

  /** "President Luis Morales": the person with their office or first title, as the text would say it. */
  describePerson(person: Person): string {
    const office = this.offices.find((entry) => entry.holder === person.name)
    return office ? `${office.title} ${person.name}` : person.name
  }

  addEvent(kind: EventKind, event: Omit<ArticleEvent, 'id' | 'kind'>): ArticleEvent {
    const count = this.events.filter((entry) => entry.kind === kind).length
    const created: ArticleEvent = {id: `${kind}-${count + 1}`, kind, ...event}
    this.events.push(created)
    return created
  }

  /** A date placeholder: the resolve step fills `iso`, `range`, `resolution` and `certainty`. */
  date(mention: DateMention, source: Source): DateRef {
    const ref: DateRef = {text: mention.text, precision: 'unknown', resolution: 'unresolved', certainty: 'unresolved'}
    this.dates.set(ref, {mention, source})
    return ref
  }

  /** Whether a date phrase already dates some fact. */
  usesMention(mention: DateMention | undefined): boolean {
    if (!mention) return false
    for (const entry of this.dates.values()) if (entry.mention === mention) return true
    return false
  }

  /** Whether anything at all was recognised. */
  isEmpty(): boolean {
    return (
      this.organisations.size + this.people.size + this.delegations.length + this.reports.length + this.petitions.length +
        this.events.length + this.quotes.length + this.actions.length + this.related.length + this.research.length === 0
    )
  }
}

export function addSource(sources: Source[], source: Source): void {
  if (!sources.some((entry) => entry.sentenceIndex === source.sentenceIndex)) sources.push(source)
}

/** The date mention inside `[start, end)` of the sentence, if any. */
export function dateWithin(context: SentenceContext, start: number, end: number): DateMention | undefined {
  return context.dates.find((mention) => mention.start >= start && mention.end <= end)
}

/** The link overlapping `[start, end)` of the sentence, if any. */
export function linkWithin(context: SentenceContext, start: number, end: number): string | undefined {
  return context.links.find((link) => link.start < end && link.end > start)?.url
}
