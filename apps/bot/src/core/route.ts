/**
 * From what a question says to the intent to answer: the strongest topic, a person, a
 * follow-up of the conversation, a "did you mean" when topics tie, or nothing to answer.
 */
import type {Facts} from 'article-facts'
import {coveredTopics, hasFacts} from './compose/coverage.js'
import {COUNTABLE, SOCIAL, SPECIFICITY, type Aspect, type CueIntent} from './lexicon.js'
import type {ConversationContext, Intent} from './types.js'
import type {Understanding} from './understand.js'

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

export interface Route {
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

function preferCountable(ranked: Array<[CueIntent, number]>, understood: Understanding): Array<[CueIntent, number]> {
  if (!understood.aspects.has('count')) return ranked
  const countable = ranked.filter(([intent, score]) => score >= 0.5 && COUNTABLE[intent])
  return countable.length > 0 ? [...countable, ...ranked.filter((entry) => !countable.includes(entry))] : ranked
}

export function route(facts: Facts, understood: Understanding, context: ConversationContext): Route {
  // "How many signed?": of the topics asked about, the one with a number to give.
  const ranked = preferCountable(topScores(understood), understood)
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
    // "And Otieno?" after a quote: the same question about the person now named.
    if (understood.followUp && understood.named.length > 0 && context.lastIntent === 'quote' && understood.contentWords === 0) return {intent: 'quote', confidence: 0.7}
    if (understood.people.length > 0 && !(understood.pronoun && understood.people.length === 1 && social)) {
      return {intent: 'person', confidence: 0.8}
    }
    // "ok so what do they want people to do?": a weak "ok" or "cool" before a question is no thanks.
    if (social && social[1] >= 0.6 && !(social[1] < 1 && understood.aspects.size > 0)) return {intent: social[0], confidence: Math.min(1, social[1])}
    // A follow-up: "And when?", "Where?", "Who else?", "What about it?"
    const last = context.lastIntent
    const followsUp = understood.aspects.size > 0 || understood.followUp || understood.topicReference || understood.others
    if (last && !NOT_A_TOPIC.has(last) && followsUp) {
      if (last === 'person' && !context.lastPerson) return {intent: 'people', confidence: 0.6}
      return {intent: last, confidence: 0.7}
    }
    // "What are they there to do?" with nothing said before: "they" are the article's main subject.
    // How to act is what the article asks of readers, not what it tells of.
    const main = coveredTopics(facts).find((topic) => topic !== 'act')
    // Not "who did they tell": the main subject is a topic, not the person asked for.
    if (!last && understood.topicReference && understood.aspects.size > 0 && !understood.aspects.has('who') && understood.contentWords === 0 && main) return {intent: main, confidence: 0.5}
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
    // Only topics with facts are offered; with fewer than two, the top one answers (or declines).
    const choices = close.slice(0, 3).map(([intent]) => intent).filter((intent) => hasFacts(facts, intent))
    if (choices.length < 2) return {intent: strong[0], confidence: 0.5}
    return {intent: 'clarify', confidence: 0.4, choices}
  }
  // A named person with only a weak topic word ("her title", "his role") is about the person.
  const raw = understood.scores.get(strong[0]) ?? 0
  const aboutPerson = understood.people.length === 1 && (strong[0] === 'people' || (raw < 1 && strong[0] === 'report'))
  const intent: Intent = aboutPerson ? 'person' : strong[0]
  const margin = second ? strong[1] - second[1] : strong[1]
  return {intent, confidence: Math.min(1, 0.55 + strong[1] * 0.25 + margin * 0.2)}
}

