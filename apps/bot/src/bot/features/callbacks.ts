/** Filters for button presses by what their data decodes to. */
import {GrammyError} from 'grammy'
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

/**
 * Stops the button's spinner (with a notice when given). Telegram refuses answers to presses
 * older than about 15 seconds (a backlog after a restart); the reply itself still matters more.
 */
export async function acknowledge(ctx: BotContext, text?: string): Promise<void> {
  await ignoreHarmless(ctx.answerCallbackQuery(text === undefined ? undefined : {text}))
}

/** Errors that change nothing for the person: a late callback answer, an edit to the same text. */
export async function ignoreHarmless(call: Promise<unknown>): Promise<void> {
  try {
    await call
  } catch (error) {
    if (!(error instanceof GrammyError && error.error_code === 400 && HARMLESS.test(error.description))) throw error
  }
}

const HARMLESS = /query is too old|query ID is invalid|message is not modified/i
