/**
 * What followers are sent when an article is published: that it is new, its headline fact (the
 * opening sentence), how to act on it, and a button to ask about it.
 */
import {articleTitle} from './across.js'
import {answerTopic} from './answer.js'
import {articleDate} from './dates.js'
import type {LibraryArticle} from './library.js'
import {message} from './words.js'
import type {Answer, AnswerButton, AnswerPart, Lang} from './types.js'

export function announceArticle(article: LibraryArticle, lang: Lang, now: Date): Answer {
  const {facts} = article
  const date = articleDate(facts, lang)
  const paragraphs: AnswerPart[][] = [[{words: message('announce-new', {title: articleTitle(article), date: date ?? '', dated: date ? 'yes' : 'no'}), strong: true}]]
  const lead = facts.sentences[0]
  if (lead) paragraphs.push([{words: message('quoted', {text: lead.text})}])
  const act = answerTopic(facts, 'act', {lang, now})
  const buttons: AnswerButton[] = [{kind: 'article', label: message('announce-ask'), article: article.id}]
  if (act.status === 'answered') {
    const [first] = act.paragraphs
    if (first) paragraphs.push(first)
    buttons.push(...act.buttons.filter((button) => button.kind === 'url'))
  }
  if (facts.article.url) buttons.push({kind: 'url', label: message('announce-read'), url: facts.article.url})
  return {
    intent: 'related',
    status: 'answered',
    confidence: 1,
    lang,
    paragraphs,
    facts: [],
    citations: lead ? [{index: lead.index, sentence: lead.text, line: lead.start.line, column: lead.start.column, article: article.id}] : [],
    buttons,
    // The heading names the article: no "📰" line under it.
    context: {}
  }
}
