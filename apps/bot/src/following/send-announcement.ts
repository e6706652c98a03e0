/** One announcement to one follower through the Bot API, with what Telegram's answer means for the follower. */
import {GrammyError, type Api} from 'grammy'
import {answerKeyboard} from '../bot/keyboard.js'
import {announceArticle} from '../core/announcement.js'
import {findArticle, type Library} from '../core/library.js'
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
  return async (delivery, sending) => {
    // Unfollowed (or /forget) since it was queued; an article removed by a later reload.
    if ((await followers.language(delivery.chatId)) === undefined) return 'skipped'
    const article = findArticle(library(), delivery.article)
    if (!article) return 'skipped'
    const answer = announceArticle(article, delivery.lang, now())
    const keyboard = answerKeyboard(answer, undefined)
    await sending()
    try {
      await api.sendMessage(delivery.chatId, answerHtml(answer), {...HTML, ...(keyboard ? {reply_markup: keyboard} : {})})
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
