/**
 * Following, put together: where followers and the record of announced articles are kept, and
 * the broadcaster that sends, all in Redis when there is Redis (any number of instances), else in
 * local files with an in-process sender (one small instance).
 */
import type {Redis} from 'ioredis'
import type {Library} from '../core/library.js'
import {FileAnnouncedStore, RedisAnnouncedStore, type AnnouncedStore} from './announced-store.js'
import {announceNew, type NewArticles} from './announce-new.js'
import {LocalBroadcaster, type BroadcastEvents, type Broadcaster} from './broadcaster.js'
import {FileFollowerStore, RedisFollowerStore, type FollowerStore} from './follower-store.js'
import {announcementSender, type AnnouncementSenderDeps} from './send-announcement.js'

export interface FollowingConfig {
  followersFile: string
  announcedFile: string
  broadcastFile: string
  /** Announcements a second, for the whole bot. */
  broadcastRate: number
}

export interface FollowingStores {
  followers: FollowerStore
  announced: AnnouncedStore
}

export async function openFollowingStores(config: FollowingConfig, redis: Redis | undefined): Promise<FollowingStores> {
  return redis
    ? {followers: new RedisFollowerStore(redis), announced: new RedisAnnouncedStore(redis)}
    : {followers: await FileFollowerStore.open(config.followersFile), announced: new FileAnnouncedStore(config.announcedFile)}
}

export interface Following extends FollowingStores {
  broadcaster: Broadcaster
  /** Queues the articles of this library that followers have not been told about. */
  announce(library: Library): Promise<NewArticles>
}

export async function startFollowing(
  config: FollowingConfig,
  stores: FollowingStores,
  sender: Omit<AnnouncementSenderDeps, 'followers'>,
  options: {redisUrl?: string | undefined; events?: BroadcastEvents} = {}
): Promise<Following> {
  const deliver = announcementSender({...sender, followers: stores.followers})
  const shared = {ratePerSecond: config.broadcastRate, ...(options.events ? {events: options.events} : {})}
  // BullMQ is loaded only where there is Redis: one small instance does without its memory.
  const broadcaster = options.redisUrl
    ? new (await import('./queue-broadcaster.js')).QueueBroadcaster(options.redisUrl, deliver, shared)
    : await LocalBroadcaster.open(config.broadcastFile, deliver, shared)
  return {
    ...stores,
    broadcaster,
    announce: (library) => announceNew(library, stores.announced, stores.followers, broadcaster)
  }
}
