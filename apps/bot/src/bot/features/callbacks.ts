/** Filters for button presses by what their data decodes to. */
import type {Filter} from 'grammy'
import type {CallbackAction} from '../callback-data.js'
import {decodeCallback} from '../callback-data.js'
import type {BotContext} from '../context.js'

export type CallbackContext = Filter<BotContext, 'callback_query:data'>

export function actionOf<K extends CallbackAction['kind']>(
  ctx: CallbackContext,
  kind: K
): Extract<CallbackAction, {kind: K}> | undefined {
  const action = decodeCallback(ctx.callbackQuery.data)
  return action?.kind === kind ? (action as Extract<CallbackAction, {kind: K}>) : undefined
}

export function isAction(kind: CallbackAction['kind']) {
  return (ctx: CallbackContext): boolean => actionOf(ctx, kind) !== undefined
}
