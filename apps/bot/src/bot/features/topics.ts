/**
 * The topic commands (/delegation, /report, /act, /timeline, /quote, /sources) and the
 * topic or "Did you mean …" buttons: one feature per topic command, one for the buttons,
 * all answered by the core's `answerTopic`.
 */
import {Composer} from 'grammy'
import {answerTopicInLibrary} from '../../core/across.js'
import type {Intent, Lang, Topic} from '../../core/types.js'
import {replyWithAnswer} from '../answer-reply.js'
import type {BotContext} from '../context.js'
import {uiLanguage} from '../context.js'
import type {AnswerEvent, BotDeps} from '../deps.js'
import {acknowledge, actionOf, isAction} from './callbacks.js'

export function topicCommand(topic: Topic, deps: BotDeps): Composer<BotContext> {
  const composer = new Composer<BotContext>()
  composer.command(topic, (ctx) => answerIntent(ctx, deps, topic, 'command'))
  return composer
}

export function intentButtons(deps: BotDeps): Composer<BotContext> {
  const composer = new Composer<BotContext>()
  composer.on('callback_query:data').filter(isAction('intent'), async (ctx) => {
    const action = actionOf(ctx, 'intent')
    await acknowledge(ctx)
    if (action) await answerIntent(ctx, deps, action.intent, 'callback', action.lang)
  })
  return composer
}

export async function answerIntent(
  ctx: BotContext,
  deps: BotDeps,
  intent: Intent,
  via: AnswerEvent['via'],
  lang: Lang = uiLanguage(ctx)
): Promise<void> {
  await replyWithAnswer(ctx, deps, {
    text: via === 'command' ? `/${intent}` : intent,
    via,
    lang,
    answer: (options) => answerTopicInLibrary(ctx.library, intent, options)
  })
}
