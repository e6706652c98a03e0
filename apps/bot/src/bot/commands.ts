/**
 * The command list Telegram shows in its menu, in each interface language: English as the
 * default, Spanish for users whose Telegram is in Spanish.
 */
import type {Bot} from 'grammy'
import type {BotCommand} from 'grammy/types'
import type {Lang} from '../core/types.js'
import type {BotContext} from './context.js'
import {getI18n} from './i18n.js'
import {MENU_TOPICS} from './keyboard.js'

/** The topic commands are the menu's topics (create-bot.ts answers each of them). */
export const COMMANDS: readonly string[] = ['start', ...MENU_TOPICS, 'articles', 'all', 'map', 'follow', 'unfollow', 'forget', 'language', 'help']

export function commandList(lang: Lang): BotCommand[] {
  const i18n = getI18n()
  return COMMANDS.map((command) => ({command, description: i18n.t(lang, `command-${command}`)}))
}

export async function registerCommands(bot: Bot<BotContext>): Promise<void> {
  await bot.api.setMyCommands(commandList('en'))
  await bot.api.setMyCommands(commandList('es'), {language_code: 'es'})
}
