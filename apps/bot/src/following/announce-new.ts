/**
 * After content is loaded: the articles followers have not been told about are queued for every
 * follower. The first time, every article counts as told (a new deployment does not announce
 * the whole archive).
 */
import type {Library} from '../core/library.js'
import type {AnnouncedStore} from './announced-store.js'
import {PER_CHAT_GAP_MS, type Broadcaster, type Delivery} from './broadcaster.js'
import type {FollowerStore} from './follower-store.js'

export interface NewArticles {
  articles: string[]
  followers: number
  queued: number
}

/** What would be announced, without queueing or recording anything (`broadcast --dry-run`). */
export async function unannounced(library: Library, announced: AnnouncedStore): Promise<string[]> {
  const known = await announced.known()
  if (known === undefined) return []
  return library.articles.filter((article) => !known.has(article.id)).map((article) => article.id)
}

export async function announceNew(library: Library, announced: AnnouncedStore, followers: FollowerStore, broadcaster: Broadcaster): Promise<NewArticles> {
  if ((await announced.known()) === undefined) {
    await announced.add(library.articles.map((article) => article.id))
    return {articles: [], followers: 0, queued: 0}
  }
  // Oldest first, so a follower reads them in the order they were published.
  const fresh = (await unannounced(library, announced)).reverse()
  if (fresh.length === 0) return {articles: [], followers: 0, queued: 0}
  let people = 0
  let queued = 0
  for await (const batch of followers.batches()) {
    people += batch.length
    const deliveries = batch.flatMap((follower) =>
      fresh.map((article, index): Delivery => ({article, chatId: follower.chatId, lang: follower.lang, ...(index > 0 ? {delayMs: index * PER_CHAT_GAP_MS} : {})}))
    )
    queued += await broadcaster.enqueue(deliveries)
  }
  // Recorded once queued: a crash before this queues them again, and the queue keeps each once.
  await announced.add(fresh)
  return {articles: fresh, followers: people, queued}
}
