/**
 * What every composer builds: sentences for the reader, the facts and source sentences they
 * rest on, and the next steps to offer. `answer.ts` turns a draft into an `Answer`.
 */
import type {Facts, Person, Source} from 'article-facts'
import type {Aspect} from '../lexicon.js'
import type {AnswerButton, AnswerPart, ConversationContext, Intent, Lang, TimelineEntry} from '../types.js'
import {message, saysSomething, type Words} from '../words.js'
import {hasFacts} from './coverage.js'

/** A question as the composers see it: the intent chosen, what about it, whom it concerns. */
export interface Request {
  facts: Facts
  lang: Lang
  now: Date
  intent: Intent
  aspects: ReadonlySet<Aspect>
  /** People the question is about (named, by title or by pronoun). */
  people: readonly Person[]
  /** The question's words (folded), for details a composer checks itself ("subtitle"). */
  tokens: readonly string[]
  /** Events the question points to (by date or wording); empty when none in particular. */
  eventsAsked: readonly string[]
  /** Places of the facts the question names. */
  placesAsked: readonly string[]
  /** Whether the question looks back ("did they meet") or ahead ("will they meet"). */
  tense?: 'past' | 'future'
  /** "Who else": leave out those already talked about. */
  others: boolean
  context: ConversationContext
}

export class Draft {
  readonly paragraphs: AnswerPart[][] = []
  readonly facts: unknown[] = []
  readonly sources: Source[] = []
  readonly buttons: AnswerButton[] = []
  readonly timeline: TimelineEntry[] = []
  context: ConversationContext = {}

  constructor(
    readonly request: Request,
    public intent: Intent
  ) {}

  /** A paragraph from a message of answers.ftl (phrased, and capitalised, at the edge). */
  say(id: string, args: Parameters<typeof message>[1] = {}): this {
    this.paragraphs.push([{words: message(id, args)}])
    return this
  }

  /** A sentence of the article, as the article says it: in quotation marks unless it opens with its own, marked as in the other language when it is. */
  sayArticleSentence(text: string): this {
    const other = this.request.lang !== this.request.facts.article.language
    return this.say(`${other ? 'evidence-says-other-language' : 'article-says'}${/^["“«]/.test(text) ? '-quotation' : ''}`, {sentence: text})
  }

  /** A paragraph of ready parts (a quote, a list line). */
  sayParts(parts: AnswerPart[]): this {
    if (parts.some((part) => saysSomething(part.words))) this.paragraphs.push(parts)
    return this
  }

  /** Records a fact and the sentences it came from. */
  use(fact: unknown, ...sources: Array<Source | undefined>): this {
    if (!this.facts.includes(fact)) this.facts.push(fact)
    for (const source of sources) {
      if (source && !this.sources.some((known) => known.sentenceIndex === source.sentenceIndex)) this.sources.push(source)
    }
    return this
  }

  /** Offers another intent as a next step (once, never the one just answered, only with facts behind it). */
  next(intent: Intent): this {
    if (intent === this.intent || !hasFacts(this.request.facts, intent)) return this
    if (this.buttons.some((button) => button.kind === 'intent' && button.intent === intent)) return this
    this.buttons.push({kind: 'intent', label: message(`intent-${intent}`), intent})
    return this
  }

  /** A link from the content, as a URL button. */
  link(label: Words, url: string | undefined): this {
    if (url && /^https?:\/\//i.test(url) && !this.buttons.some((button) => button.kind === 'url' && button.url === url)) {
      this.buttons.push({kind: 'url', label, url})
    }
    return this
  }

  remember(context: ConversationContext): this {
    this.context = {...this.context, ...context}
    return this
  }

  get empty(): boolean {
    return this.paragraphs.length === 0
  }
}

/** A composer answers one intent from the facts, or returns undefined when the facts do not say. */
export type Composer = (request: Request) => Draft | undefined
