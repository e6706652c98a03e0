/**
 * The articles the bot answers from, and reloading them (SIGHUP, /reload): a bundle that does
 * not load is refused and the old articles stay. Reloads asked for while one runs share it.
 */
import type {ReloadResult} from '../bot/deps.js'
import type {Library} from '../core/library.js'
import type {Logger} from './logger.js'
import type {BotMetrics} from './metrics.js'

export interface Content {
  library: () => Library
  reload: () => Promise<ReloadResult>
}

export function createContent(first: Library, load: () => Library | Promise<Library>, metrics: BotMetrics, logger: Logger): Content {
  let library = first
  const loadNew = async (): Promise<ReloadResult> => {
    try {
      library = await load()
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
    library: () => library,
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
