/**
 * The facts the bot answers from, and reloading them (SIGHUP, /reload): a bundle that does not
 * load is refused and the old facts stay. Reloads asked for while one runs share it.
 */
import type {Facts} from 'article-facts'
import type {ReloadResult} from '../bot/deps.js'
import type {Logger} from './logger.js'
import type {BotMetrics} from './metrics.js'

export interface Content {
  facts: () => Facts
  reload: () => Promise<ReloadResult>
}

export function createContent(first: Facts, load: () => Facts | Promise<Facts>, metrics: BotMetrics, logger: Logger): Content {
  let facts = first
  const loadNew = async (): Promise<ReloadResult> => {
    try {
      facts = await load()
      metrics.reloads.inc({result: 'ok'})
      logger.info('Content reloaded')
      return {ok: true, message: 'Content reloaded.'}
    } catch (error) {
      metrics.reloads.inc({result: 'refused'})
      logger.error({err: error}, 'New content refused; still answering from the previous bundle')
      return {ok: false, message: `New content refused (${error instanceof Error ? error.message : String(error)}); still answering from the previous bundle.`}
    }
  }
  // The slot is freed once that reload has settled and been stored: a loader that throws at once
  // settles before it could be stored, and freeing it inside would leave the refusal there for good.
  let reloading: Promise<ReloadResult> | undefined
  return {
    facts: () => facts,
    reload: () => {
      if (!reloading) {
        const current = loadNew()
        reloading = current
        void current.finally(() => {
          if (reloading === current) reloading = undefined
        })
      }
      return reloading
    }
  }
}
