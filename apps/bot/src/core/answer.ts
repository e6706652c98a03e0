/**
 * The answering core's entry points: a question (or a topic picked from a menu) and the facts
 * in, an `Answer` out. No Telegram here: formatters render the answer.
 */
import type {Facts} from 'article-facts'
import {clarify, decline, greeting, help, thanks} from './compose/conversation.js'
import {coveredTopics, hasFacts} from './compose/coverage.js'
import {delegation} from './compose/delegation.js'
import type {Composer, Draft, Request} from './compose/draft.js'
import {meeting, otherEvents, pressConference, protests, timeline} from './compose/events.js'
import {people, person} from './compose/people.js'
import {act, petition} from './compose/petition.js'
import {quote} from './compose/quote.js'
import {findings, report, research} from './compose/report.js'
import {media, related, sources} from './compose/sources.js'
import {findPerson, indexFacts} from './facts-index.js'
import {detectLanguage} from './language.js'
import {message} from './messages.js'
import {COUNT_ANCHORS, COUNTABLE, NEUTRAL_WORDS, NOW_WORDS, INTENT_CUES, SOCIAL, SPECIFICITY, type Aspect, type CueIntent} from './lexicon.js'
import type {Answer, AnswerQuestion, AnswerTopic, AskOptions, Citation, ConversationContext, Intent, Lang} from './types.js'
import {tokenize} from './text.js'
import {understand, type Understanding} from './understand.js'

const COMPOSERS: Readonly<Record<Exclude<Intent, 'clarify' | 'out-of-scope'>, Composer>> = {
  delegation,
  report,
  act,
  timeline,
  quote,
  sources,
  petition,
  people,
  person,
  event: otherEvents,
  'press-conference': pressConference,
  meeting,
  protests,
  research,
  findings,
  related,
  media,
  greeting,
  thanks,
  help
}

/** Intents that carry no topic of their own for a follow-up to continue. */
const NOT_A_TOPIC: ReadonlySet<Intent> = new Set(['clarify', 'out-of-scope', 'greeting', 'thanks', 'help'])

/** What to offer when a bare "when?" or "where?" comes without a conversation to lean on. */
const ASPECT_CHOICES: Readonly<Partial<Record<Aspect, Intent[]>>> = {
  when: ['timeline', 'press-conference', 'meeting'],
  where: ['delegation', 'press-conference', 'research'],
  who: ['delegation', 'people', 'quote'],
  why: ['delegation', 'report', 'petition'],
  count: ['petition', 'delegation'],
  what: ['delegation', 'report', 'act']
}

function request(facts: Facts, lang: Lang, options: AskOptions, intent: Intent, understood?: Understanding): Request {
  return {
    facts,
    lang,
    now: options.now ?? new Date(),
    intent,
    aspects: understood?.aspects ?? new Set(),
    people: understood?.people ?? [],
    placesAsked: understood?.places ?? [],
    eventsAsked: understood?.events ?? [],
    tokens: understood?.tokens ?? [],
    others: understood?.others ?? false,
    tense: understood?.tense,
    context: options.context ?? {}
  }
}

function citation(facts: Facts, source: Draft['sources'][number]): Citation {
  const cited: Citation = {sentence: source.sentence, line: source.start.line, column: source.start.column}
  if (facts.article.path) cited.articlePath = facts.article.path
  if (facts.article.url) cited.articleUrl = facts.article.url
  return cited
}

function finish(draft: Draft, confidence: number, status?: Answer['status']): Answer {
  const {facts, lang, context} = draft.request
  const intent = draft.intent
  const resolved: Answer['status'] = status ?? (intent === 'out-of-scope' ? 'declined' : intent === 'clarify' ? 'clarify' : 'answered')
  const next: ConversationContext = {...context, ...draft.context}
  if (resolved === 'answered') {
    next.lastIntent = intent
    if (!draft.context.pendingChoices) delete next.pendingChoices
    if (!draft.context.lastEventId && intent !== 'timeline') delete next.lastEventId
    if (draft.context.lastEventId) next.lastEventId = draft.context.lastEventId
  }
  if (resolved === 'declined') delete next.pendingChoices
  if (draft.sources.length > 0) draft.buttons.push({kind: 'source', label: messageSourceLabel(lang)})
  return {
    intent,
    status: resolved,
    confidence: Math.round(Math.min(1, Math.max(0, confidence)) * 100) / 100,
    lang,
    paragraphs: draft.paragraphs,
    facts: draft.facts,
    citations: draft.sources.map((source) => citation(facts, source)),
    buttons: draft.buttons,
    context: next
  }
}

function messageSourceLabel(lang: Lang): string {
  return message(lang, 'source-button')
}

function compose(req: Request, confidence: number): Answer {
  if (req.intent === 'clarify' || req.intent === 'out-of-scope') return finish(decline(req), confidence)
  const draft = COMPOSERS[req.intent](req)
  if (!draft || draft.empty) return finish(decline({...req, intent: 'out-of-scope'}), confidence)
  return finish(draft, confidence)
}

/** Answers a topic or intent picked from a menu, a command, a deep link or a button. */
export const answerTopic: AnswerTopic = (facts, topic, options) => {
  return compose(request(facts, options.lang, options, topic), 1)
}

/** Picks one of the "Did you mean …" choices by number ("2") when the person answers with one. */
function pickedChoice(question: string, context: ConversationContext): Intent | undefined {
  const choices = context.pendingChoices
  if (!choices || choices.length === 0) return undefined
  const match = question.trim().match(/^#?(\d)\.?$/)
  if (!match) return undefined
  return choices[Number(match[1]) - 1]
}

interface Route {
  intent: Intent
  confidence: number
  choices?: Intent[]
}

function topScores(understood: Understanding): Array<[CueIntent, number]> {
  return [...understood.scores]
    .filter(([intent]) => !SOCIAL.has(intent))
    .map(([intent, score]): [CueIntent, number] => [intent, score + (score >= 0.5 ? SPECIFICITY[intent] ?? 0 : 0)])
    .sort((a, b) => b[1] - a[1])
}

function route(facts: Facts, understood: Understanding, context: ConversationContext): Route {
  const ranked = topScores(understood)
  const [best, second] = ranked
  let strong = best && best[1] >= 0.5 ? best : undefined
  const placeOnly = strong !== undefined && (understood.wordScores.get(strong[0]) ?? 0) < 0.5
  // "Who is the president of <place>": the place names no topic when a person is asked about.
  if (placeOnly && understood.people.length > 0) strong = undefined
  // "the death count in <place>": a place alone does not make other words answerable.
  else if (placeOnly && understood.contentWords > 0) return {intent: 'out-of-scope', confidence: 0.6}

  const social = [...understood.scores].filter(([intent]) => SOCIAL.has(intent)).sort((a, b) => b[1] - a[1])[0]
  // "What is the article about?" is a request for the gist, not for the sources.
  if (social && social[1] >= 1 && (!strong || strong[1] < 0.8) && understood.people.length === 0) {
    return {intent: social[0], confidence: Math.min(1, social[1])}
  }
  if (!strong) {
    if (understood.people.length > 0 && !(understood.pronoun && understood.people.length === 1 && social)) {
      return {intent: 'person', confidence: 0.8}
    }
    if (social && social[1] >= 0.6) return {intent: social[0], confidence: Math.min(1, social[1])}
    // A follow-up: "And when?", "Where?", "Who else?", "What about it?"
    const last = context.lastIntent
    const followsUp = understood.aspects.size > 0 || understood.followUp || understood.topicReference || understood.others
    if (last && !NOT_A_TOPIC.has(last) && followsUp) {
      if (last === 'person' && !context.lastPerson) return {intent: 'people', confidence: 0.6}
      return {intent: last, confidence: 0.7}
    }
    // "What are they there to do?" with nothing said before: "they" are the article's main subject.
    const main = coveredTopics(facts)[0]
    if (!last && understood.topicReference && understood.aspects.size > 0 && understood.contentWords === 0 && main) return {intent: main, confidence: 0.5}
    // A weak hint (an organisation's name) answers only when nothing else is asked about.
    if (best && understood.contentWords === 0) return {intent: best[0], confidence: best[1]}
    const aspect = [...understood.aspects][0]
    const choices = aspect ? ASPECT_CHOICES[aspect] : undefined
    if (choices && understood.tokens.length <= 3) return {intent: 'clarify', confidence: 0.3, choices: choices.filter((choice) => hasFacts(facts, choice))}
    return {intent: 'out-of-scope', confidence: 0.5}
  }

  // Several topics about as likely: the conversation decides, or the person does.
  const close = ranked.filter(([, score]) => score >= 0.5 && strong[1] - score < 0.05)
  // "What happened in February?" with several things that month: the timeline of that month.
  if (close.length > 1 && understood.events.length > 0 && understood.dateAsked) return {intent: 'timeline', confidence: 0.6}
  if (close.length > 1) {
    const last = context.lastIntent
    const fromContext = close.find(([intent]) => intent === last)
    if (fromContext) return {intent: fromContext[0], confidence: 0.6}
    return {intent: 'clarify', confidence: 0.4, choices: close.slice(0, 3).map(([intent]) => intent)}
  }
  // A named person with only a weak topic word ("her title", "his role") is about the person.
  const raw = understood.scores.get(strong[0]) ?? 0
  const aboutPerson = understood.people.length === 1 && (strong[0] === 'people' || (raw < 1 && strong[0] === 'report'))
  const intent: Intent = aboutPerson ? 'person' : strong[0]
  const margin = second ? strong[1] - second[1] : strong[1]
  return {intent, confidence: Math.min(1, 0.55 + strong[1] * 0.25 + margin * 0.2)}
}

const COUNT_WORDS = new Set(['how', 'many', 'much', 'number', 'of', 'cuantos', 'cuantas', 'cuanto', 'cuanta', 'numero', 'de', 'total', 'count', 'cantidad'])
const NEUTRAL = new Set(NEUTRAL_WORDS)

/** "how many signatures" can be answered; "how many deaths" is a number the facts do not give. */
function countable(understood: Understanding, intent: Intent): boolean {
  const nouns = COUNTABLE[intent as CueIntent]
  if (!nouns) return false
  const {tokens} = understood
  const at = tokens.findIndex((token, i) => COUNT_WORDS.has(token) && token !== 'of' && token !== 'de' && !(token === 'how' && !['many', 'much'].includes(tokens[i + 1] ?? '')))
  // A count is about the topic only when the question names it: "how many members does the
  // organisation have" is not the delegation, "how many regions are there" not the research.
  const anchors = COUNT_ANCHORS[intent as CueIntent]
  if (anchors && !tokens.some((token) => anchors.has(token))) return false
  const after = tokens.slice(at + 1).filter((token) => !COUNT_WORDS.has(token))
  // "how many signatures", "number of petition signatures", "how many are in it".
  if (after.some((token) => nouns.has(token))) return true
  const counted = after[0]
  return counted === undefined || NEUTRAL.has(counted)
}

/** A web address ("change.org") the facts do not contain. */
/** Verbs of saying: a question about what someone said is about that someone. */
const QUOTE_VERBS = INTENT_CUES.quote.map(([phrase]) => phrase).filter((phrase) => !phrase.includes(' ') && !/^(quote|quotes|quoted|cita|citas|words|palabras|message|mensaje|statement|statements|declaracion|declaraciones)$/.test(phrase))

function strangeLink(question: string, facts: Facts): boolean {
  const links = question.match(/\b[\w-]+(?:\.[\w-]+)*\.(?:org|com|net|info|io|es|pe|uk)\b/gi) ?? []
  const known = [facts.article.url, ...facts.actions.map((item) => item.url), ...facts.related.map((item) => item.url), ...facts.reports.map((report) => report.url), ...facts.petitions.map((petition) => petition.url)]
  return links.some((link) => !known.some((url) => url?.toLowerCase().includes(link.toLowerCase())))
}

/** Answers a free-text question, in the question's language when it shows one. */
export const answerQuestion: AnswerQuestion = (facts, question, options) => {
  const lang = detectLanguage(question) ?? options.lang
  const context = options.context ?? {}
  const picked = pickedChoice(question, context)
  if (picked) return compose(request(facts, lang, {...options, context}, picked), 0.9)

  const understood = understand(facts, question, context)
  const base = request(facts, lang, {...options, context}, 'out-of-scope', understood)
  // Strict: a concept, a number, a link or a word the facts and lexicons do not know (typos
  // allowed) means the article does not say.
  if (understood.unanswerable.length > 0 || understood.strangeNumbers.length > 0 || understood.unknown.length > 0 || strangeLink(question, facts)) {
    return finish(decline(base), 0.9)
  }
  const routed = route(facts, understood, context)
  if (routed.intent === 'clarify' && routed.choices && routed.choices.length > 1) {
    return finish(clarify({...base, intent: 'clarify'}, routed.choices), routed.confidence)
  }
  if (routed.intent === 'clarify' || routed.intent === 'out-of-scope') return finish(decline(base), routed.confidence)
  if (understood.aspects.has('count') && !countable(understood, routed.intent)) return finish(decline(base), 0.9)

  // "What are the activists' names?", "What did the police say?": about someone the article does
  // not name, so not about the people it does name or quote.
  const saying = understood.scores.has('quote') && QUOTE_VERBS.some((verb) => understood.tokens.includes(verb))
  if ((routed.intent === 'people' || routed.intent === 'quote' || saying) && understood.people.length === 0 && understood.contentWords > 0) {
    return finish(decline(base), 0.8)
  }
  // "Is she still president?": the article tells who held what as of its date, not today.
  if (routed.intent === 'person' && understood.tokens.some((token) => NOW_WORDS.has(token))) return finish(decline(base), 0.8)
  let people = understood.people
  if (people.length === 0 && routed.intent === 'person' && context.lastPerson) {
    const last = findPerson(facts, context.lastPerson)
    if (last) people = [last]
  }
  const answer = compose({...base, intent: routed.intent, people}, routed.confidence)
  if (answer.status === 'answered' && !coversWhatWasNamed(answer, understood, facts)) return finish(decline(base), 0.8)
  return answer
}

/**
 * An answer must be about the people and places the question names: "the minister's position on
 * the report" is not answered by the report's title, nor "regions in <country>" by the places
 * researched. Questions about a person or the people are about them by construction.
 */
function coversWhatWasNamed(answer: Answer, understood: Understanding, facts: Facts): boolean {
  if (answer.intent === 'person' || answer.intent === 'people') return true
  const said = new Set(tokenize(answer.paragraphs.map((parts) => parts.map((part) => part.text).join('')).join(' ')))
  const index = indexFacts(facts)
  // "Who else besides the secretary general": the person named is left out on purpose.
  for (const person of understood.others ? [] : understood.named) {
    const tokens = index.people.find((entry) => entry.person === person)?.nameTokens ?? new Set<string>()
    if (![...tokens].some((token) => said.has(token))) return false
  }
  // The article's own setting (the delegation's destination, an office's country) is implied.
  for (const place of understood.places.filter((name) => !index.setting.has(name))) {
    if (!tokenize(place).every((token) => said.has(token))) return false
  }
  return true
}
