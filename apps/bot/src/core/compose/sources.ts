/** Where it all comes from: the article, related stories and the media credit. */
import {articleDate} from '../dates.js'
import {message} from '../words.js'
import {Draft, type Composer} from './draft.js'

export const sources: Composer = (request) => {
  const {facts, lang} = request
  const draft = new Draft(request, 'sources')
  const {title, url} = facts.article
  const date = articleDate(facts, lang)
  draft.say(title ? 'sources-article' : 'sources-untitled', {title: title ?? '', published: date ? message('published-on', {date}) : ''})
  draft.say('sources-count', {count: facts.sentences.length})
  const lead = facts.sentences[0]
  if (lead) draft.use(facts.article, {sentence: lead.text, sentenceIndex: lead.index, start: lead.start, end: lead.end})
  draft.link(message('read-article'), url)
  return draft.next('related').next('media')
}

export const related: Composer = (request) => {
  const {facts} = request
  if (facts.related.length === 0) return undefined
  const draft = new Draft(request, 'related')
  for (const item of facts.related.slice(0, 3)) {
    draft.say('related-item', {text: item.text}).use(item, item.source)
    draft.link(item.text, item.url)
  }
  return draft.next('act').next('sources')
}

export const media: Composer = (request) => {
  const {facts} = request
  if (facts.media.length === 0) return undefined
  const draft = new Draft(request, 'media')
  for (const item of facts.media.slice(0, 2)) draft.say('media-credit', {label: item.label, credit: item.credit, kind: item.kind}).use(item, item.source)
  return draft.next('sources')
}
