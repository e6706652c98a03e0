/**
 * The answering core's contract. Nothing here imports Telegram: the core takes facts and a
 * question and returns data; formatters turn that data into text for Telegram, the terminal
 * chat, inline mode and `ask --json`.
 */
import type {Facts, Source} from 'article-facts'
import type {Words} from './words.js'

export type Lang = 'en' | 'es'

/** The topics a person can pick from the menu, a command or a deep link. */
export type Topic = 'delegation' | 'report' | 'act' | 'timeline' | 'quote' | 'sources'

/** What the question was about. Topics plus finer intents the core recognises. */
export type Intent =
  | Topic
  | 'petition'
  | 'people'
  | 'person'
  | 'event'
  | 'press-conference'
  | 'meeting'
  | 'protests'
  | 'research'
  | 'findings'
  | 'related'
  | 'media'
  | 'greeting'
  | 'thanks'
  | 'help'
  /** An answer drawn from one sentence of the article (the evidence layer), not from a topic. */
  | 'fact'
  | 'clarify'
  | 'out-of-scope'

/**
 * What a conversation remembers between questions, so follow-ups ("And when?", "Who else?")
 * can be answered. Kept in the grammY session; must stay JSON-serialisable and small.
 */
export interface ConversationContext {
  lastIntent?: Intent
  /** Name of the person last talked about (for "she", "he", "they"). */
  lastPerson?: string
  /** Id of the event last talked about (for "when?", "where?"). */
  lastEventId?: string
  /** The article the person chose to talk about (/articles, a deep link); absent: all of them. */
  article?: string
  /** The article the last answer came from, for follow-ups ("and when?"). */
  lastArticle?: string
  /** A question asked back about ("which article?"), answered once an article is picked. */
  pendingQuestion?: string
  /** Options offered in the last "Did you mean …" question. */
  pendingChoices?: Intent[]
}

/** One piece of an answer, phrased at the edge. `strong` parts are shown bold where possible. */
export interface AnswerPart {
  words: Words
  strong?: boolean
}

/** A sentence of the article that the answer rests on. */
export interface Citation {
  /** The sentence's index in the article's facts (`facts.sentences[].index`), as the parser gave it. */
  index: number
  sentence: string
  line: number
  column: number
  articlePath?: string
  articleUrl?: string
  /** The article's id in the library, when the bot knows more than one. */
  article?: string
}

/** A next step offered under the answer. */
export type AnswerButton =
  /** Ask the core about a topic or intent (callback data in Telegram). */
  | {kind: 'intent'; label: Words; intent: Intent}
  /** Open a link from the content (Telegram URL button). */
  | {kind: 'url'; label: Words; url: string}
  /** Show the source sentences of this answer. */
  | {kind: 'source'; label: Words}
  /** Talk about this article (its id in the library). */
  | {kind: 'article'; label: Words; article: string}

/** A line of a timeline answer with its date, so it can also be drawn (src/pictures/timeline.ts). */
export interface TimelineEntry {
  /** ISO day, month or year of its date (the start of a period); absent: undated. */
  iso?: string
  /** The date as the reader reads it, in the answer's language. */
  when?: Words
  /** The line as the answer says it. */
  words: Words
  /** Planned or requested by the article, not told as done (its date may have passed since). */
  planned: boolean
}

/** An article an answer comes from, as a reader would name it. */
export interface ArticleRef {
  id: string
  title?: string
  /** ISO date. */
  published?: string
  url?: string
}

export interface Answer {
  intent: Intent
  /** answered: from the facts; declined: the article does not say; clarify: asks back. */
  status: 'answered' | 'declined' | 'clarify'
  /** 0..1: how sure the core is that it understood the question. */
  confidence: number
  lang: Lang
  /** One to three sentences for the person to read (may be quoted lines, lists for timeline), as words the edge phrases. */
  paragraphs: AnswerPart[][]
  /** The facts used, as they are in the facts object (for --json and debugging). */
  facts: unknown[]
  citations: Citation[]
  buttons: AnswerButton[]
  /** The context to keep for the next question. */
  context: ConversationContext
  /** The articles it comes from, newest first: given when the bot knows more than one. */
  articles?: ArticleRef[]
  /** A timeline answer's lines with their dates, in date order. */
  timeline?: TimelineEntry[]
}

export interface AskOptions {
  lang: Lang
  context?: ConversationContext
  /** The date answers are told relative to; defaults to now. */
  now?: Date
  /** Whether a sentence no rule answers with may still be said when the calibrated acceptance trusts it; defaults to true (false: the rules alone, as the fit script measures them). */
  acceptance?: boolean
}

/** The core's entry points (implemented in ./answer.ts). */
export type AnswerQuestion = (facts: Facts, question: string, options: AskOptions) => Answer
export type AnswerTopic = (facts: Facts, topic: Topic | Intent, options: AskOptions) => Answer

export type {Facts, Source, Words}
