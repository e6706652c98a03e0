/** One announcement to one follower through the Bot API, with what Telegram's answer means for the follower. */
import {GrammyError, type Api, type InlineKeyboard} from 'grammy'
import {phrased} from '../bot/i18n.js'
import {answerKeyboard} from '../bot/keyboard.js'
import {announceArticle} from '../core/announcement.js'
import {findArticle, type Library, type LibraryArticle} from '../core/library.js'
import type {Lang} from '../core/types.js'
import {answerHtml} from '../format/answer.js'
import {HTML} from '../format/html.js'
import {RetryAfterError, type Deliver} from './broadcaster.js'
import type {FollowerStore} from './follower-store.js'

export interface AnnouncementSenderDeps {
  api: Pick<Api, 'sendMessage'>
  library: () => Library
  followers: FollowerStore
  now?: () => Date
}

/** Refusals that mean the chat will never take a message again: the bot was blocked, or the chat is gone. */
const GONE = /blocked|deactivated|kicked|chat not found|not a member/i

export function announcementSender({api, library, followers, now = () => new Date()}: AnnouncementSenderDeps): Deliver {
  // Thousands of followers read the same few messages: each is rendered once per article and language.
  const rendered = new WeakMap<LibraryArticle, Map<Lang, {html: string; keyboard: InlineKeyboard | undefined}>>()
  const render = (article: LibraryArticle, lang: Lang) => {
    let byLang = rendered.get(article)
    if (!byLang) rendered.set(article, (byLang = new Map()))
    let message = byLang.get(lang)
    if (!message) {
      const answer = phrased(announceArticle(article, lang, now()))
      byLang.set(lang, (message = {html: answerHtml(answer), keyboard: answerKeyboard(answer, undefined)}))
    }
    return message
  }
  return async (delivery, sending) => {
    // Unfollowed (or /forget) since it was queued; an article removed by a later reload.
    if ((await followers.language(delivery.chatId)) === undefined) return 'skipped'
    const article = findArticle(library(), delivery.article)
    if (!article) return 'skipped'
    const {html, keyboard} = render(article, delivery.lang)
    await sending()
    try {
      await api.sendMessage(delivery.chatId, html, {...HTML, ...(keyboard ? {reply_markup: keyboard} : {})})
    } catch (error) {
      if (error instanceof GrammyError && error.error_code === 429) throw new RetryAfterError((error.parameters.retry_after ?? 1) * 1000)
      if (error instanceof GrammyError && (error.error_code === 403 || (error.error_code === 400 && GONE.test(error.description)))) {
        await followers.unfollow(delivery.chatId)
        return 'blocked'
      }
      throw error
    }
    return 'sent'
  }
}
