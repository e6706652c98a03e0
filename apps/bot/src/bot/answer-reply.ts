/**
 * The one path from a question (typed, a command, a button, a deep link) to the messages a
 * person gets: ask the core, remember the conversation, render, send, report.
 */
import {performance} from 'node:perf_hooks'
import {InlineKeyboard} from 'grammy'
import type {Answer, AskOptions, Lang} from '../core/types.js'
import {answerHtmlChunks} from '../format/answer.js'
import type {PhrasedAnswer} from '../format/phrase.js'
import {HTML} from '../format/html.js'
import {encodeCallback} from './callback-data.js'
import type {BotContext} from './context.js'
import {sessionOf} from './context.js'
import type {AnswerEvent, BotDeps} from './deps.js'
import {answerKeyboard} from './keyboard.js'
import {sendTimelinePicture, sendVenues, whereButton} from './pictures.js'
import {DrawingError, type Pictures} from '../pictures/pictures.js'
import {phrased} from './i18n.js'
import {sentenceIndices} from './source-sentences.js'

export interface Question {
  /** What was asked, as the person put it (the text, `/report`, the button's topic). */
  text: string
  via: AnswerEvent['via']
  lang: Lang
  answer: (options: AskOptions) => Answer
}

/** Asks the core with the conversation's context and the deps' clock; its answer phrased in the answer's language. */
export function askCore(ctx: BotContext, deps: BotDeps, question: Question): PhrasedAnswer {
  const session = sessionOf(ctx)
  const answer = question.answer({
    lang: question.lang,
    ...(session ? {context: session.conversation} : {}),
    ...(deps.now ? {now: deps.now()} : {})
  })
  return phrased(answer)
}

export async function replyWithAnswer(ctx: BotContext, deps: BotDeps, question: Question): Promise<PhrasedAnswer> {
  const started = performance.now()
  const answer = askCore(ctx, deps, question)
  const session = sessionOf(ctx)
  if (session) session.conversation = answer.context
  const {chunks, keyboard} = renderAnswer(ctx, answer)
  const where = deps.pictures ? whereButton(ctx, answer) : undefined
  const markup = keyboard && where ? InlineKeyboard.from([...keyboard.inline_keyboard, ...where.inline_keyboard]) : (keyboard ?? where)
  for (const [position, chunk] of chunks.entries()) {
    const last = position === chunks.length - 1
    await ctx.reply(chunk, {...HTML, ...(last && markup ? {reply_markup: markup} : {})})
  }
  reportAnswer(deps, question, answer, started)
  if (deps.pictures) await sendPicturesOf(ctx, deps, deps.pictures, answer)
  return answer
}

/** After the text: the timeline's picture, venues of events ahead. A drawing that fails leaves the text alone. */
async function sendPicturesOf(ctx: BotContext, deps: BotDeps, pictures: Pictures, answer: PhrasedAnswer): Promise<void> {
  try {
    if (answer.intent === 'timeline') await sendTimelinePicture(ctx, pictures, answer)
    await sendVenues(ctx, pictures, answer, deps.now?.() ?? new Date())
  } catch (error) {
    if (!(error instanceof DrawingError)) throw error
    deps.onError?.(error)
  }
}

/**
 * The answer's messages and keyboard. Sources go behind a "Source" button when the core
 * offers one and its sentences can be found again; otherwise they are quoted under the text.
 */
export function renderAnswer(ctx: BotContext, answer: PhrasedAnswer, {inline = false} = {}) {
  // Wrappers ("Source:") in the answer's language, which may differ from the interface's.
  ctx.i18n.useLocale(answer.lang)
  const wantsButton = !inline && answer.buttons.some((button) => button.kind === 'source')
  const indices = wantsButton ? sentenceIndices(ctx.library, answer.citations) : undefined
  const sourceData = indices ? encodeCallback({kind: 'source', ...indices}) : undefined
  const quoted = sourceData === undefined && answer.status === 'answered' ? answer.citations : []
  const chunks = answerHtmlChunks(answer, quoted.length > 0 ? {label: ctx.t('source'), citations: quoted} : undefined)
  return {
    chunks: chunks.length > 0 ? chunks : [ctx.t('empty-answer')],
    keyboard: answerKeyboard(answer, sourceData, {linksOnly: inline})
  }
}

export function reportAnswer(deps: BotDeps, question: Question, answer: PhrasedAnswer, started: number): void {
  deps.onAnswer?.({
    question: question.text,
    lang: answer.lang,
    intent: answer.intent,
    status: answer.status,
    confidence: answer.confidence,
    via: question.via,
    latencyMs: performance.now() - started,
    answer
  })
}
