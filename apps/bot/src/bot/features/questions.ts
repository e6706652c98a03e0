/**
 * Free text: a question for the core, in the language it is asked in, with the conversation
 * so far. In groups only messages addressed to the bot (a mention or a reply) count.
 */
import {Composer} from 'grammy'
import type {Filter} from 'grammy'
import {answerInLibrary} from '../../core/across.js'
import {detectLanguage} from 'article-facts'
import {replyWithAnswer} from '../answer-reply.js'
import type {BotContext} from '../context.js'
import {uiLanguage} from '../context.js'
import type {BotDeps} from '../deps.js'
import {showHelp} from './help.js'

type TextContext = Filter<BotContext, 'message:text'>

export function questions(deps: BotDeps): Composer<BotContext> {
  const composer = new Composer<BotContext>()

  composer.on('message:text', async (ctx) => {
    if (!isAddressedToBot(ctx)) return
    const text = withoutMention(ctx.message.text, ctx.me.username)
    if (text.startsWith('/')) {
      await ctx.reply(ctx.t('unknown-command'))
      return showHelp(ctx)
    }
    if (text.length === 0) return showHelp(ctx)
    await replyWithAnswer(ctx, deps, {
      text,
      via: 'message',
      lang: detectLanguage(text) ?? uiLanguage(ctx),
      answer: (options) => answerInLibrary(ctx.library, text, options)
    })
  })

  composer.on('message', async (ctx) => {
    if (ctx.chat.type === 'private') await ctx.reply(ctx.t('text-only'))
  })

  return composer
}

function isAddressedToBot(ctx: TextContext): boolean {
  if (ctx.chat.type === 'private') return true
  const {text, reply_to_message: repliedTo} = ctx.message
  return repliedTo?.from?.id === ctx.me.id || text.toLowerCase().includes(`@${ctx.me.username.toLowerCase()}`)
}

function withoutMention(text: string, username: string): string {
  const mention = new RegExp(`@${username.replace(/[^\w]/g, '')}\\b`, 'gi')
  return text.replace(mention, ' ').replace(/\s+/g, ' ').trim()
}
