/**
 * Words → text: the core's answers are data (messages of answers.ftl with their facts); this
 * phrases them in the answer's language with the translator the edge holds (the app's one
 * Fluent stack, `src/bot/i18n.ts`). Telegram, the local chat, inline mode, `ask` and the eval
 * all read answers through `phraseAnswer`.
 */
import type {Answer, AnswerButton, AnswerPart, Lang, TimelineEntry} from '../core/types.js'
import type {Words} from '../core/words.js'

/** Formats message `id` in `lang`; throws on a missing message or a formatting error. */
export type Translate = (lang: Lang, id: string, args: Record<string, string | number>) => string

export interface PhrasedPart extends Omit<AnswerPart, 'words'> {
  text: string
}

/** Each kind of button, its label phrased. */
type LabelPhrased<Button> = Button extends unknown ? Omit<Button, 'label'> & {label: string} : never
export type PhrasedButton = LabelPhrased<AnswerButton>

export interface PhrasedTimelineEntry extends Omit<TimelineEntry, 'when' | 'words'> {
  when?: string
  text: string
}

/** An answer as a person reads it, before any markup. */
export interface PhrasedAnswer extends Omit<Answer, 'paragraphs' | 'buttons' | 'timeline'> {
  paragraphs: PhrasedPart[][]
  buttons: PhrasedButton[]
  timeline?: PhrasedTimelineEntry[]
}

export function phraseAnswer(answer: Answer, translate: Translate): PhrasedAnswer {
  const say = (words: Words) => phrase(words, answer.lang, translate)
  const {paragraphs, buttons, timeline, ...rest} = answer
  return {
    ...rest,
    paragraphs: paragraphs
      .map((parts) => parts.map(({words, ...part}, position) => ({...part, text: position === 0 ? capitalise(say(words)) : say(words)})))
      .filter((parts) => parts.some((part) => part.text.length > 0)),
    buttons: buttons.map((button) => ({...button, label: say(button.label)})),
    ...(timeline ? {timeline: timeline.map(({when, words, ...entry}) => ({...entry, ...(when === undefined ? {} : {when: say(when)}), text: capitalise(say(words))}))} : {})
  }
}

/** The words in `lang`: a message through the translator, a list joined the language's way. */
export function phrase(words: Words, lang: Lang, translate: Translate): string {
  if (typeof words === 'string') return words
  if ('list' in words) return listFormat(lang).format(words.list.map((item) => phrase(item, lang, translate)))
  const args: Record<string, string | number> = {}
  for (const [name, value] of Object.entries(words.args ?? {})) args[name] = typeof value === 'number' ? value : phrase(value, lang, translate)
  const text = translate(lang, words.message, args)
  // Optional parts left empty must not leave gaps (" ." or double spaces) behind.
  // An abbreviation's full stop ends the sentence too: "1 p.m.", not "1 p.m..".
  const tidy = text.replace(/[ \t]+([.,;:])/g, '$1').replace(/[ \t]{2,}/g, ' ').replace(/,([.,])/g, '$1').replace(/(\p{L})\.\.(?!\.)/gu, '$1.').trim()
  // Spanish contracts "a el" and "de el" when a fact starting with "el" follows a preposition.
  return lang === 'es' ? tidy.replace(/\b([aA]|[dD]e) el\b/g, '$1l') : tidy
}

/** A paragraph starts with a capital even when its first part is a fragment ("in February …"); an e-mail address or a web address stays as written. */
export function capitalise(text: string): string {
  if (/^[\w.+-]+@[\w-]+\.|^(?:https?:\/\/|www\.)/u.test(text)) return text
  return text.charAt(0).toUpperCase() + text.slice(1)
}

// Intl formatters are costly to build and safe to share.
const lists = new Map<Lang, Intl.ListFormat>()

function listFormat(lang: Lang): Intl.ListFormat {
  let format = lists.get(lang)
  if (!format) lists.set(lang, (format = new Intl.ListFormat(lang === 'en' ? 'en-GB' : 'es', {style: 'long', type: 'conjunction'})))
  return format
}

/** "A, B and C" / "A, B y C". */
export function listText(lang: Lang, items: readonly string[]): string {
  return listFormat(lang).format(items)
}
