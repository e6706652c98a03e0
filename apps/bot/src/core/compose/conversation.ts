/** Greetings, thanks, help, "the article does not say" and "did you mean …". */
import {articleDate} from '../dates.js'
import {listOf, message, type Words} from '../words.js'
import type {Intent} from '../types.js'
import {coveredTopics} from './coverage.js'
import {Draft, type Composer, type Request} from './draft.js'

function topicNames(topics: readonly Intent[]): Words {
  return listOf(topics.map((topic) => message(`topic-${topic}`)))
}

function offerTopics(draft: Draft, count = 4): Draft {
  for (const topic of coveredTopics(draft.request.facts).slice(0, count)) draft.next(topic)
  return draft
}

export const greeting: Composer = (request) => {
  const draft = new Draft(request, 'greeting')
  const title = request.facts.article.title
  draft.say(title ? 'greeting' : 'greeting-untitled', {title: title ?? '', topics: topicNames(coveredTopics(request.facts).slice(0, 4))})
  return offerTopics(draft)
}

export const thanks: Composer = (request) => offerTopics(new Draft(request, 'thanks').say('thanks'))

/** Help doubles as the gist: what the article is and its opening sentence. */
export const help: Composer = (request) => {
  const {facts, lang} = request
  const draft = new Draft(request, 'help')
  // The release's opening sentence, past its headline (said already as its title) and its byline.
  const lead = facts.sentences.find((sentence) => sentence.text.trim() !== facts.article.title?.trim() && sentence.block !== 'byline' && sentence.block !== 'heading') ?? facts.sentences[0]
  const date = articleDate(facts, lang)
  draft.say(facts.article.title ? 'help-titled' : 'help-untitled', {title: facts.article.title ?? '', published: date ? message('published-on', {date}) : ''})
  if (lead) {
    draft.say('help-gist', {gist: lead.text})
    draft.use(lead, {sentence: lead.text, sentenceIndex: lead.index, start: lead.start, end: lead.end})
  }
  draft.say('help-how', {topics: topicNames(coveredTopics(facts).slice(0, 5))})
  return offerTopics(draft)
}

export function decline(request: Request): Draft {
  const draft = new Draft(request, 'out-of-scope')
  draft.say('decline')
  draft.say('decline-offer', {topics: topicNames(coveredTopics(request.facts).slice(0, 5))})
  return offerTopics(draft, 3)
}

export function clarify(request: Request, choices: readonly Intent[]): Draft {
  const draft = new Draft(request, 'clarify')
  draft.say('clarify')
  for (const choice of choices) draft.next(choice)
  draft.remember({pendingChoices: [...choices]})
  return draft
}
