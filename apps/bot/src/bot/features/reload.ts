/** /reload for admins: load the content again without restarting. Others never see it. */
import {Composer} from 'grammy'
import type {BotContext} from '../context.js'
import type {BotDeps} from '../deps.js'

export function reload(deps: BotDeps): Composer<BotContext> {
  const composer = new Composer<BotContext>()
  const admins = new Set(deps.adminIds ?? [])
  composer
    .command('reload')
    .filter((ctx) => ctx.from !== undefined && admins.has(ctx.from.id), async (ctx) => {
      if (!deps.reload) return void (await ctx.reply(ctx.t('reload-unavailable')))
      const result = await deps.reload()
      await ctx.reply(ctx.t(result.ok ? 'reload-done' : 'reload-failed', {message: result.message}))
    })
  return composer
}
