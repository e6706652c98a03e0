/**
 * Answering across every article the bot knows. A question goes to the articles its words are
 * found in; the one that answers it answers. When two do and differ about one campaign, the
 * newer is said first and the older named with its date; when they are about different
 * campaigns, the person is asked which article they mean.
 */
import {answerQuestion, answerTopic} from './answer.js'
import {articleDate} from './dates.js'
import type {Library, LibraryArticle, RankedArticle} from './library.js'
import {findArticle, rankArticles, sameSubject} from './library.js'
import {message, sameWords, type Words} from './words.js'
import type {Answer, AnswerPart, ArticleRef, AskOptions, Intent, Lang, Topic} from './types.js'

/** How many of the best-matching articles are asked. */
const ASKED = 3
/** An article whose words match less than this share of the best one's is not asked. */
const NEAR_BEST = 0.4
/** Two answering articles this close are both what the question may be about. */
const AMBIGUOUS = 0.75
/** The article the conversation was about weighs more: follow-ups stay with it. */
const CONVERSATION_BOOST = 1.5

/** Intents that are the bot's own talk, the same whatever the article. */
const SMALL_TALK: ReadonlySet<Intent> = new Set(['greeting', 'thanks', 'help'])

export function answerInLibrary(library: Library, question: string, options: AskOptions): Answer {
  const context = options.context ?? {}
  const focused = findArticle(library, context.article)
  if (focused) return fromArticle(library, focused, answerQuestion(focused.facts, question, options))
  const [only] = library.articles
  if (!only) throw new Error('The library holds no articles.')
  if (library.articles.length === 1) return answerQuestion(only.facts, question, options)

  const asked = candidates(library, question, context.lastArticle)
  const ask = ({article, score}: RankedArticle) => ({article, score, answer: answerQuestion(article.facts, question, options)})
  const first = ask(asked[0]!)
  if (SMALL_TALK.has(first.answer.intent)) return smallTalk(library, first.answer)
  // The others are asked only when what they say could change the reply: the best one does not
  // answer, or they are of its campaign (then and now), or they match about as well (which one?).
  const worthAsking = ({article, score}: RankedArticle) =>
    first.answer.status !== 'answered' || sameSubject(library, first.article, article) || score >= first.score * AMBIGUOUS
  const answers = [first, ...asked.slice(1).filter(worthAsking).map(ask)]
  const answered = answers.filter(({answer}) => answer.status === 'answered')
  const [best, next] = answered
  if (!best) {
    const clarifying = answers.find(({answer}) => answer.status === 'clarify')
    if (clarifying) return fromArticle(library, clarifying.article, clarifying.answer)
    return declineAcross(library, first.article, first.answer)
  }
  if (!next) return fromArticle(library, best.article, best.answer)
  const [newest, older] = newer(library, best.article, next.article) ? [best, next] : [next, best]
  // The same answer from several articles: the newest says it.
  if (sameAnswer(best.answer, next.answer)) return fromArticle(library, newest.article, newest.answer)
  // One campaign told in several articles: what it is now, then what it was.
  if (sameSubject(library, newest.article, older.article)) return thenAndNow(library, newest, older)
  if (next.score >= best.score * AMBIGUOUS) return whichArticle(question, [best.article, next.article], first.answer)
  return fromArticle(library, best.article, best.answer)
}

/** A topic from the menu: the chosen article's, else the newest article that has it. */
export function answerTopicInLibrary(library: Library, topic: Topic | Intent, options: AskOptions): Answer {
  const focused = findArticle(library, options.context?.article)
  const order = focused ? [focused] : library.articles
  let fallback: {article: LibraryArticle; answer: Answer} | undefined
  for (const article of order) {
    const answer = answerTopic(article.facts, topic, options)
    if (answer.status === 'answered') return fromArticle(library, article, answer)
    fallback ??= {article, answer}
  }
  if (!fallback) throw new Error('The library holds no articles.')
  return fromArticle(library, fallback.article, fallback.answer)
}

/** An answer given about one article: it says so when the bot knows several. */
export function fromArticle(library: Library, article: LibraryArticle, answer: Answer): Answer {
  const context = {...answer.context, lastArticle: article.id}
  if (library.articles.length === 1) return {...answer, context}
  return {
    ...answer,
    context,
    citations: answer.citations.map((citation) => ({...citation, article: article.id})),
    articles: [articleRef(article)]
  }
}

export function articleRef(article: LibraryArticle): ArticleRef {
  const {published, url} = article.facts.article
  return {id: article.id, title: articleTitle(article), ...(published ? {published} : {}), ...(url ? {url} : {})}
}

/** "Hi", "thanks", "help" with several articles: about all of them, the newest named. */
function smallTalk(library: Library, answer: Answer): Answer {
  const newest = library.articles[0]!
  if (answer.intent !== 'greeting' && answer.intent !== 'help') return answer
  const date = articleDate(newest.facts, answer.lang)
  const words = message('greeting-library', {count: library.articles.length, title: articleTitle(newest), date: date ?? '', dated: date ? 'yes' : 'no'})
  return {...answer, paragraphs: [[{words}], ...answer.paragraphs.slice(1)], context: {...answer.context, lastArticle: newest.id}}
}

function candidates(library: Library, question: string, last: string | undefined): RankedArticle[] {
  const ranked = rankArticles(library, question).map((hit) => (hit.article.id === last ? {...hit, score: hit.score * CONVERSATION_BOOST} : hit))
  ranked.sort((a, b) => b.score - a.score)
  const top = ranked[0]
  // No word of the question in any article ("and when?", "how can I help?"): the article talked
  // about, else the newest.
  if (!top) return [{article: findArticle(library, last) ?? library.articles[0]!, score: 0}]
  return ranked.filter((hit) => hit.score >= top.score * NEAR_BEST).slice(0, ASKED)
}

function newer(library: Library, a: LibraryArticle, b: LibraryArticle): boolean {
  return library.articles.indexOf(a) < library.articles.indexOf(b)
}

function sameAnswer(a: Answer, b: Answer): boolean {
  return sameWords(a.paragraphs[0] ?? [], b.paragraphs[0] ?? [])
}

/** "… (newest) — Earlier, on 22 May 2023 (“Title”): …": both, the newer first. */
function thenAndNow(library: Library, newest: {article: LibraryArticle; answer: Answer}, older: {article: LibraryArticle; answer: Answer}): Answer {
  const now = fromArticle(library, newest.article, newest.answer)
  const then = fromArticle(library, older.article, older.answer)
  const [opening = [], ...rest] = older.answer.paragraphs
  const earlier: AnswerPart[] = [{words: earlierLabel(older.article, older.answer.lang)}, {words: ' '}, ...opening]
  return {
    ...now,
    paragraphs: [...now.paragraphs, earlier, ...rest],
    facts: [...now.facts, ...then.facts],
    citations: [...now.citations, ...then.citations],
    articles: [articleRef(newest.article), articleRef(older.article)]
  }
}

function earlierLabel(article: LibraryArticle, lang: Lang): Words {
  const date = articleDate(article.facts, lang)
  const title = articleTitle(article)
  return message('across-earlier', {date: date ?? '', title: title ?? '', dated: date ? 'yes' : 'no', titled: title ? 'yes' : 'no'})
}

function whichArticle(question: string, articles: readonly LibraryArticle[], asked: Answer): Answer {
  const {lang} = asked
  return {
    intent: 'clarify',
    status: 'clarify',
    confidence: 0.5,
    lang,
    paragraphs: [[{words: message('across-which')}]],
    facts: [],
    citations: [],
    buttons: articles.map((article) => ({kind: 'article' as const, label: articleLabel(article, lang), article: article.id})),
    context: {...asked.context, pendingQuestion: question, lastArticle: articles[0]!.id},
    articles: articles.map(articleRef)
  }
}

/** An article's title, or its file's name as words when it has none ("2024 petition handed over"). */
export function articleTitle({id, facts}: LibraryArticle): string {
  if (facts.article.title) return facts.article.title
  const words = id.replace(/-/g, ' ')
  return words.charAt(0).toUpperCase() + words.slice(1)
}

/** A button's words for an article: its title and date. */
export function articleLabel(article: LibraryArticle, lang: Lang): string {
  const date = articleDate(article.facts, lang)
  const title = articleTitle(article)
  const short = title.length > 48 ? `${title.slice(0, 47).trimEnd()}…` : title
  return date ? `${short} · ${date}` : short
}

function declineAcross(library: Library, article: LibraryArticle, declined: Answer): Answer {
  return {
    ...declined,
    paragraphs: [[{words: message('decline-across', {count: library.articles.length})}]],
    context: {...declined.context, lastArticle: article.id}
  }
}
