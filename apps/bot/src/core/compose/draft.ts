/**
 * What every composer builds: sentences for the reader, the facts and source sentences they
 * rest on, and the next steps to offer. `answer.ts` turns a draft into an `Answer`.
 */
import type {Facts, Person, Source} from 'article-facts'
import type {Aspect} from '../lexicon.js'
import type {AnswerButton, AnswerPart, ConversationContext, Intent, Lang, TimelineEntry} from '../types.js'
import {message, type MessageArgs} from '../messages.js'
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

  /** A paragraph from a message of answers.ftl. */
  say(id: string, args: MessageArgs = {}): this {
    const text = message(this.request.lang, id, args)
    if (text) this.paragraphs.push([{text: capitalise(text)}])
    return this
  }

  /** A paragraph of ready parts (a quote, a list line). */
  sayParts(parts: AnswerPart[]): this {
    const [first, ...rest] = parts
    if (first && parts.some((part) => part.text.length > 0)) this.paragraphs.push([{...first, text: capitalise(first.text)}, ...rest])
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
    this.buttons.push({kind: 'intent', label: message(this.request.lang, `intent-${intent}`), intent})
    return this
  }

  /** A link from the content, as a URL button. */
  link(label: string, url: string | undefined): this {
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

/** A paragraph starts with a capital even when its first part is a fragment ("in February …"). */
export function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1)
}

/** A composer answers one intent from the facts, or returns undefined when the facts do not say. */
export type Composer = (request: Request) => Draft | undefined
