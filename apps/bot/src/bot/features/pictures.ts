/**
 * Where things happen: /map and the "📍 Where" button send the map of the article talked
 * about. Drawing may take a second or two the first time; then Telegram's copy is reused.
 */
import {Composer} from 'grammy'
import {findArticle, type LibraryArticle} from '../../core/library.js'
import {HTML} from '../../format/html.js'
import type {BotContext} from '../context.js'
import type {BotDeps} from '../deps.js'
import {articleOfAnswer, sendMap} from '../pictures.js'
import {DrawingError} from '../../pictures/pictures.js'
import {acknowledge, actionOf, isAction} from './callbacks.js'

export function pictures(deps: BotDeps): Composer<BotContext> {
  const composer = new Composer<BotContext>()
  composer.command('map', (ctx) => showMap(ctx, deps, articleOfAnswer(ctx)))
  composer.on('callback_query:data').filter(isAction('where'), async (ctx) => {
    const action = actionOf(ctx, 'where')
    await acknowledge(ctx)
    await showMap(ctx, deps, findArticle(ctx.library, action?.article) ?? articleOfAnswer(ctx))
  })
  return composer
}

async function showMap(ctx: BotContext, deps: BotDeps, article: LibraryArticle | undefined): Promise<void> {
  if (!deps.pictures || !article) {
    await ctx.reply(ctx.t('map-unavailable'), HTML)
    return
  }
  try {
    await sendMap(ctx, deps.pictures, article)
  } catch (error) {
    if (!(error instanceof DrawingError)) throw error
    deps.onError?.(error)
    await ctx.reply(ctx.t('map-failed'), HTML)
  }
}
