/**
 * The one schema of article facts: the exported TypeScript types, the runtime
 * validation (`factsSchema.parse`) and the shipped JSON Schema (`schema/facts.schema.json`)
 * all come from here.
 */
import {z} from 'zod'

export const SCHEMA_VERSION = 1

/** A point in the source file: 1-based line and column, 0-based offset. */
export const pointSchema = z.object({
  line: z.number().int().min(1),
  column: z.number().int().min(1),
  offset: z.number().int().min(0)
})

/** Where a fact came from: the sentence, verbatim, and its place in the source file. */
export const sourceSchema = z.object({
  sentence: z.string(),
  /** Index into `facts.sentences`. */
  sentenceIndex: z.number().int().min(0),
  start: pointSchema,
  end: pointSchema
})

export const languageSchema = z.enum(['en', 'es'])

/** How a date in the text was pinned to the calendar. */
export const dateResolutionSchema = z.enum([
  /** The text names day, month and year. */
  'explicit',
  /** The year came from the article's `published` date (frontmatter or given). */
  'published-year',
  /** A weekday + day + month matched exactly one nearby year. */
  'weekday-inference',
  /** A relative phrase ("last December", "this week") resolved against the publication date. */
  'relative',
  /** No year could be found: only `text` (and month/day parts) are known. */
  'unresolved'
])

export const dateRefSchema = z.object({
  /** The phrase as written: "Wednesday 12 June", "last December", "this week". */
  text: z.string(),
  /** ISO 8601 when resolvable: `YYYY-MM-DD`, `YYYY-MM` or `YYYY`. */
  iso: z.string().optional(),
  /** For spans ("this week", "January and February"): ISO start and end days. */
  range: z.object({start: z.string(), end: z.string()}).optional(),
  precision: z.enum(['day', 'week', 'month', 'months', 'year', 'unknown']),
  resolution: dateResolutionSchema,
  certainty: z.enum(['certain', 'likely', 'unresolved'])
})

export const organisationSchema = z.object({
  id: z.string(),
  /** Full name as written, e.g. a country branch "Front Line International Chile". */
  name: z.string(),
  /** The parent organisation for a country branch: "Front Line International". */
  parent: z.string().optional(),
  /** The country of a branch: "Chile". */
  country: z.string().optional(),
  /** Other ways the text refers to it ("the organization"). */
  aliases: z.array(z.string()),
  sources: z.array(sourceSchema).min(1)
})

export const personSchema = z.object({
  id: z.string(),
  name: z.string(),
  /** Titles and roles as written: "Secretary General", "executive director". */
  titles: z.array(z.string()),
  /** Organisation (or country) the person belongs to or serves: "Human Rights Watch". */
  affiliation: z.string().optional(),
  /** The affiliation's id in `organisations`, when it is an organisation the article names. */
  affiliationId: z.string().optional(),
  /** Short references used in the text: the surname, "Morales". */
  aliases: z.array(z.string()),
  sources: z.array(sourceSchema).min(1)
})

/** Who holds which office: "President" of "Guatemala" held by "Luis Morales". */
export const officeSchema = z.object({
  title: z.string(),
  holder: z.string(),
  /** The holder's id in `people`, when the holder is a person the article names. */
  holderId: z.string().optional(),
  jurisdiction: z.string().optional(),
  source: sourceSchema
})

export const delegationMemberSchema = z.object({
  name: z.string(),
  /** Their id in `people`. */
  personId: z.string().optional(),
  role: z.string().optional(),
  affiliation: z.string().optional(),
  isLeader: z.boolean()
})

export const itineraryStepSchema = z.object({
  order: z.number().int().min(1),
  /** What the delegates do: "meet with families of the disappeared". */
  activity: z.string(),
  /** Where: "different parts of the country", a city. */
  place: z.string().optional(),
  /** Whom they meet: "families of the disappeared", "prosecutors". */
  with: z.string().optional(),
  when: dateRefSchema.optional(),
  source: sourceSchema
})

export const delegationSchema = z.object({
  organisation: z.string(),
  /** The organisation's id in `organisations`. */
  organisationId: z.string().optional(),
  leader: z.string().optional(),
  /** The leader's id in `people`. */
  leaderId: z.string().optional(),
  members: z.array(delegationMemberSchema),
  destination: z.string().optional(),
  /** "to document forced evictions of Indigenous communities". */
  purpose: z.string().optional(),
  status: z.enum(['arrived', 'planned', 'visiting', 'unknown']),
  itinerary: z.array(itineraryStepSchema),
  sources: z.array(sourceSchema).min(1)
})

export const researchSchema = z.object({
  kind: z.enum(['initial', 'further', 'other']),
  places: z.array(z.string()),
  period: dateRefSchema.optional(),
  /** Why these places: "one of the states with the highest number of open investigations". */
  reason: z.string().optional(),
  source: sourceSchema
})

export const reportSchema = z.object({
  /** The whole title as written, subtitle included. */
  title: z.string(),
  /** Main title before the colon: "Searching alone". */
  mainTitle: z.string(),
  subtitle: z.string().optional(),
  publisher: z.string().optional(),
  /** The publisher's id in `organisations`. */
  publisherId: z.string().optional(),
  url: z.string().optional(),
  /** What it analyses: "how federal and state authorities responded to … cases". */
  analyses: z.string().optional(),
  findings: z.array(z.object({text: z.string(), source: sourceSchema})),
  research: z.array(researchSchema),
  sources: z.array(sourceSchema).min(1)
})

export const petitionSchema = z.object({
  /** Signature count as a number; absent when the text gives none. */
  signatures: z.number().int().min(0).optional(),
  signaturesText: z.string().optional(),
  /** Who is called on: "the government". */
  target: z.string().optional(),
  /** What it calls for: "release the detained defender". */
  demand: z.string().optional(),
  /** Who delivers it. */
  deliveredBy: z.string().optional(),
  /** Its id in `organisations`, when an organisation the article names. */
  deliveredById: z.string().optional(),
  /** To whom it is delivered, when said: "President Luis Morales". */
  deliveredTo: z.string().optional(),
  /** Their id in `people`, when a person the article names. */
  deliveredToId: z.string().optional(),
  /** When: "during the meeting" (with the event id when known). */
  deliveredWhen: z.string().optional(),
  deliveryEventId: z.string().optional(),
  url: z.string().optional(),
  sources: z.array(sourceSchema).min(1)
})

export const eventKindSchema = z.enum([
  'arrival',
  'visit',
  'meeting',
  'meeting-request',
  'press-conference',
  'report-launch',
  'petition-delivery',
  'protest',
  'research',
  'other'
])

export const eventSchema = z.object({
  id: z.string(),
  kind: eventKindSchema,
  /** A short sentence-like description built from the text. */
  description: z.string(),
  /** Whether, as of the article's date, it has happened, is planned, requested or going on. */
  status: z.enum(['past', 'planned', 'requested', 'ongoing', 'unknown']),
  date: dateRefSchema.optional(),
  place: z.string().optional(),
  participants: z.array(z.string()),
  /** `participantIds[i]`: the id in `people` of `participants[i]`, or null when that is no person the article names (an organisation, a group). */
  participantIds: z.array(z.string().nullable()).optional(),
  /** Who organised or requested it. */
  organiser: z.string().optional(),
  /** The organiser's id in `people`, when a person. */
  organiserId: z.string().optional(),
  /** The organiser's id in `organisations`, when an organisation. */
  organisationId: z.string().optional(),
  /** What it is about: "the preliminary findings of its investigation". */
  topic: z.string().optional(),
  /** Background given: "in the context of the cost-of-living crisis". */
  context: z.string().optional(),
  source: sourceSchema
})

export const quoteSchema = z.object({
  text: z.string(),
  speaker: z.string().optional(),
  /** The speaker's id in `people`. */
  speakerId: z.string().optional(),
  speakerTitle: z.string().optional(),
  source: sourceSchema
})

/** What an organisation or person calls on someone to do, outside a petition. */
export const demandSchema = z.object({
  /** Who demands it: "Amnesty International". */
  by: z.string(),
  /** Its id in `organisations`, when an organisation the article names. */
  byId: z.string().optional(),
  /** Who is called on: "the Iranian authorities". */
  target: z.string().optional(),
  /** What they should do: "release Narges Rahimi and Leila Karimi". */
  demand: z.string(),
  source: sourceSchema
})

export const linkItemSchema = z.object({
  /** The label as written after "Take action:" or "Related:". */
  text: z.string(),
  url: z.string().optional(),
  source: sourceSchema
})

export const mediaCreditSchema = z.object({
  kind: z.enum(['photo', 'video', 'image', 'other']),
  /** "Header photo credit". */
  label: z.string(),
  credit: z.string(),
  source: sourceSchema
})

/** A typed stretch of a sentence: the evidence answers are drawn from. */
export const spanSchema = z.object({
  type: z.enum(['person', 'organisation', 'place', 'date', 'number', 'title', 'quote']),
  text: z.string(),
  /** Indexes into the sentence's `text`. */
  start: z.number().int().min(0),
  end: z.number().int().min(0),
  /** The registry id: of the person or organisation named, or of a quote's speaker. */
  entity: z.string().optional(),
  /** For dates: the ISO date the phrase resolves to, when it does. */
  iso: z.string().optional()
})

export const sentenceSchema = z.object({
  index: z.number().int().min(0),
  text: z.string(),
  paragraph: z.number().int().min(0),
  start: pointSchema,
  end: pointSchema,
  /** Typed spans (added in 0.3.0; absent in facts written before). */
  spans: z.array(spanSchema).optional(),
  /**
   * Where the sentence stands when it is not running prose: a heading, or an item of a list, which
   * is about what the heading or the line before the list says (added in 0.3.0), or the byline at
   * the head of a release that says who put it out, what kind of release it is and when
   * ("Survival International – News release – 25 November 2013"; added in 0.3.0).
   */
  block: z.enum(['heading', 'list-item', 'byline']).optional()
})

export const articleMetaSchema = z.object({
  title: z.string().optional(),
  url: z.string().optional(),
  /** ISO date (YYYY-MM-DD) the article was published, when known. */
  published: z.string().optional(),
  /** How `published` was found: frontmatter (or a web page's own metadata), option, or inferred from dates in the text. */
  publishedResolution: z.enum(['frontmatter', 'option', 'inferred', 'unknown']),
  language: languageSchema,
  /**
   * The country the article is about, as the genre's headline opens with it ("Ruritania: …"),
   * when the body names it again (as such or as "Ruritanian") (added in 0.3.0).
   */
  country: z.string().optional(),
  /** The organisation that published the article, as its frontmatter names it (`organisation`, `organization` or `publisher`), else as its byline does (added in 0.3.0). */
  publisher: z.string().optional(),
  /** File path when read from disk. */
  path: z.string().optional()
})

export const factsSchema = z.object({
  schemaVersion: z.literal(SCHEMA_VERSION),
  article: articleMetaSchema,
  organisations: z.array(organisationSchema),
  people: z.array(personSchema),
  offices: z.array(officeSchema),
  delegations: z.array(delegationSchema),
  reports: z.array(reportSchema),
  petitions: z.array(petitionSchema),
  events: z.array(eventSchema),
  quotes: z.array(quoteSchema),
  /** Calls made outside a petition (added in 0.2.0; absent when there are none). */
  demands: z.array(demandSchema).optional(),
  actions: z.array(linkItemSchema),
  related: z.array(linkItemSchema),
  media: z.array(mediaCreditSchema),
  sentences: z.array(sentenceSchema)
})

/** What `content:build` writes and the bot loads. */
export const bundleSchema = z.object({
  schemaVersion: z.literal(SCHEMA_VERSION),
  /** sha256 of the article sources, sorted by path. */
  contentHash: z.string(),
  articles: z.array(
    z.object({
      path: z.string(),
      hash: z.string(),
      facts: factsSchema
    })
  )
})

export type Point = z.infer<typeof pointSchema>
export type Source = z.infer<typeof sourceSchema>
export type Language = z.infer<typeof languageSchema>
export type DateResolution = z.infer<typeof dateResolutionSchema>
export type DateRef = z.infer<typeof dateRefSchema>
export type Organisation = z.infer<typeof organisationSchema>
export type Person = z.infer<typeof personSchema>
export type Office = z.infer<typeof officeSchema>
export type DelegationMember = z.infer<typeof delegationMemberSchema>
export type ItineraryStep = z.infer<typeof itineraryStepSchema>
export type Delegation = z.infer<typeof delegationSchema>
export type Research = z.infer<typeof researchSchema>
export type Report = z.infer<typeof reportSchema>
export type Petition = z.infer<typeof petitionSchema>
export type EventKind = z.infer<typeof eventKindSchema>
export type ArticleEvent = z.infer<typeof eventSchema>
export type Quote = z.infer<typeof quoteSchema>
export type Demand = z.infer<typeof demandSchema>
export type LinkItem = z.infer<typeof linkItemSchema>
export type MediaCredit = z.infer<typeof mediaCreditSchema>
export type Span = z.infer<typeof spanSchema>
export type Sentence = z.infer<typeof sentenceSchema>
export type ArticleMeta = z.infer<typeof articleMetaSchema>
export type Facts = z.infer<typeof factsSchema>
export type Bundle = z.infer<typeof bundleSchema>
