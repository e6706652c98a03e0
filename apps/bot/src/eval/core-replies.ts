/**
 * Replies straight from the answering core, phrased as the bot phrases them, for the CI test of
 * the question sets (the eval runner goes through `ask` instead). Conversations thread the
 * context like the bot does.
 */
import type {Facts} from 'article-facts'
import {answerQuestion} from '../core/answer.js'
import {phrased} from '../bot/i18n.js'
import type {Answer, ConversationContext} from '../core/types.js'
import type {EvalItem, EvalReply} from './score.js'
import {groupConversations} from './score.js'

/** What a person reads: the paragraphs, then the button labels one per line. */
export function plainReply(question: string, data: Answer): EvalReply {
  const answer = phrased(data)
  const text = answer.paragraphs.map((parts) => parts.map((part) => part.text).join('')).join('\n\n')
  const labels = answer.buttons.map((button) => button.label)
  return {question, answer: [text, ...labels].join('\n'), intent: answer.intent, buttons: answer.buttons, confidence: answer.confidence}
}

/** `acceptance: false`: the rules alone, without the calibrated acceptance's sentences. */
export function coreReplies(facts: Facts, items: readonly EvalItem[], now: Date, {acceptance = true}: {acceptance?: boolean} = {}): Map<EvalItem, EvalReply> {
  const replies = new Map<EvalItem, EvalReply>()
  const {conversations, standalone} = groupConversations(items)
  for (const item of standalone) replies.set(item, plainReply(item.question, answerQuestion(facts, item.question, {lang: item.lang, now, acceptance})))
  for (const conversation of conversations) {
    let context: ConversationContext = {}
    for (const item of conversation) {
      const answer = answerQuestion(facts, item.question, {lang: conversation[0]!.lang, context, now, acceptance})
      context = answer.context
      replies.set(item, plainReply(item.question, answer))
    }
  }
  return replies
}
