/**
 * A tiny bot built on the same contract as `createBot` (sequentialize per chat, then session
 * with `deps.sessionStorage`), so the runtime is tested on its own: it echoes with the session's
 * language and the previous message, reports answers, and has a slow and a failing command.
 */
import {sequentialize} from '@grammyjs/runner'
import {Bot, session, type Context, type SessionFlavor} from 'grammy'
import {conversationKey} from '../../../src/bot/context.js'
import type {AnswerEvent, BotDeps, SessionData} from '../../../src/bot/deps.js'

type TestContext = Context & SessionFlavor<SessionData>

export function createTestBot(token: string, deps: BotDeps, name = 'bot'): Bot<TestContext> {
  const bot = new Bot<TestContext>(token, {
    ...(deps.botInfo ? {botInfo: deps.botInfo} : {}),
    client: {...(deps.apiRoot ? {apiRoot: deps.apiRoot} : {})}
  })
  bot.use(sequentialize(conversationKey))
  bot.use(
    session({
      initial: (): SessionData => ({conversation: {}}),
      ...(deps.sessionStorage ? {storage: deps.sessionStorage} : {})
    })
  )
  bot.command('language', async (ctx) => {
    ctx.session.lang = ctx.match === 'es' ? 'es' : 'en'
    await ctx.reply(`language ${ctx.session.lang} (by ${name})`)
  })
  bot.command('version', async (ctx) => {
    await ctx.reply(`facts ${(deps.library() as unknown as {marker: string}).marker}`)
  })
  bot.command('slow', async (ctx) => {
    await new Promise((resolve) => setTimeout(resolve, Number(ctx.match) || 1000))
    await ctx.reply(`slow done (by ${name})`)
  })
  bot.command('boom', () => {
    throw new Error('boom')
  })
  bot.on('callback_query:data', async (ctx) => {
    await ctx.answerCallbackQuery()
    await ctx.reply(`pressed ${ctx.callbackQuery.data}`)
  })
  bot.on('inline_query', async (ctx) => {
    await ctx.answerInlineQuery([
      {type: 'article', id: '1', title: ctx.inlineQuery.query || 'empty', input_message_content: {message_text: 'x'}}
    ])
  })
  bot.on('message:text', async (ctx) => {
    const started = Date.now()
    const lang = ctx.session.lang ?? 'en'
    const previous = ctx.session.conversation.lastPerson ?? '-'
    ctx.session.conversation.lastPerson = ctx.message.text
    const declined = ctx.message.text.startsWith('?')
    await ctx.reply(`[${lang}] ${ctx.message.text} (previous: ${previous}) (by ${name})`, {
      reply_markup: {inline_keyboard: [[{text: 'More', callback_data: 'more'}]]}
    })
    deps.onAnswer?.({
      question: ctx.message.text,
      lang,
      intent: declined ? 'out-of-scope' : 'help',
      status: declined ? 'declined' : 'answered',
      confidence: declined ? 0 : 1,
      via: 'message',
      latencyMs: Date.now() - started,
      // The runtime only reads the fields above; a full core Answer is not needed here.
      answer: {} as AnswerEvent['answer']
    })
  })
  bot.catch(async (error) => {
    deps.onError?.(error.error)
    await error.ctx.reply('Sorry, something went wrong.').catch(() => {})
  })
  return bot
}

/** Facts stand-ins the test bot can tell apart (`/version`). */
export const testFacts = (marker: string) => ({marker}) as never
