/** Quotations and who said them: “…,” said X · X said: “…” · “…” X added. */
import type {Quote} from '../schema.js'
import type {FactsDraft, SentenceContext} from './draft.js'
import {parseRole} from './entities.js'
import {NAME_OR_SURNAME, matchAll} from '../util/patterns.js'

const QUOTED = /[“"«]([^”"»]+)[”"»]/gu
const VERB = '(?:said|says|added|adds|stated|states|explained|explains|warned|warns|noted|notes|told|declared|insisted|stressed|dijo|afirmó|afirma|señaló|señala|agregó|añadió|declaró|explicó|advirtió|sostuvo|indicó|expresó)'
const AFTER = new RegExp(`^\\s*,?\\s*[—–-]?\\s*(?:${VERB}\\s+(.+?)|(${NAME_OR_SURNAME}|[Ss]he|[Hh]e|[Tt]hey)\\s+${VERB}(?:\\s+.*)?)[—–-]?\\s*[.,;]?\\s*$`, 'u')
const AFTER_LOOSE = new RegExp(`^\\s*,?\\s*[—–-]?\\s*${VERB}\\s+(.+?)(?=[.;—–]|$)`, 'u')
const BEFORE = new RegExp(`(?:^|[.;]\\s+)(.+?)\\s+${VERB}(?:\\s+(?:that|que))?\\s*[:,]?\\s*$`, 'u')
const NEXT_SENTENCE = new RegExp(`^(?:${VERB}\\s+(.+?)|(${NAME_OR_SURNAME})\\s+${VERB})\\s*[.,]?\\s*$`, 'u')

export function extractQuotes(context: SentenceContext, draft: FactsDraft): void {
  const {text, source} = context
  if (!/[“"«]/u.test(text)) return
  for (const match of matchAll(QUOTED, text)) {
    const body = (match[1] ?? '').trim()
    // Titles and scare quotes are short; a quotation is a sentence someone said, not a report's title.
    if (body.split(/\s+/).length < 5 || draft.reports.some((report) => report.title === body)) continue
    const after = text.slice(match.index + match[0].length)
    const before = text.slice(0, match.index)
    const attribution = AFTER.exec(after)
    const speakerPhrase = attribution?.[1] ?? attribution?.[2] ?? AFTER_LOOSE.exec(after)?.[1] ?? BEFORE.exec(before)?.[1] ?? nextSentenceSpeaker(context)
    const quote: Quote = {text: body.replace(/[,;]\s*$/u, ''), source}
    const speaker = speakerPhrase ? resolveSpeaker(speakerPhrase, draft, context) : undefined
    if (speaker) {
      quote.speaker = speaker.name
      if (speaker.title) quote.speakerTitle = speaker.title
    } else if (/^(?:[Ss]he|[Hh]e|[Ee]lla|[Éé]l)$/u.test(speakerPhrase ?? '') || continuesPreviousQuote(context, draft)) {
      // "She said", or a quote right after another in the same paragraph: the same speaker.
      const previous = draft.quotes.at(-1)
      if (previous?.speaker) {
        quote.speaker = previous.speaker
        if (previous.speakerTitle) quote.speakerTitle = previous.speakerTitle
      }
    }
    draft.quotes.push(quote)
    draft.quoteParagraphs.set(quote, context.sentence.paragraph)
  }
}

function continuesPreviousQuote(context: SentenceContext, draft: FactsDraft): boolean {
  const previous = draft.quotes.at(-1)
  return previous !== undefined && draft.quoteParagraphs.get(previous) === context.sentence.paragraph && /^[“"«]/u.test(context.text.trim())
}

function nextSentenceSpeaker(context: SentenceContext): string | undefined {
  const next = context.next
  if (!next) return undefined
  const match = NEXT_SENTENCE.exec(next.text)
  return match?.[1] ?? match?.[2]
}

/** "Ana Ruiz, Human Rights Watch’s Americas director" → the person, registered. */
function resolveSpeaker(phrase: string, draft: FactsDraft, context: SentenceContext): {name: string; title?: string} | undefined {
  const cleaned = phrase.trim().replace(/[.,;]+$/u, '')
  const [namePart = '', ...roleParts] = cleaned.split(/,\s*/u)
  const titled = new RegExp(`(${NAME_OR_SURNAME})$`, 'u').exec(namePart.trim())
  const name = titled?.[1]
  if (!name || /^(?:[Ss]he|[Hh]e|[Tt]hey|[Ee]lla|[Éé]l)$/u.test(name)) return undefined
  const known = draft.findPerson(name)
  const role = roleParts.length > 0 ? parseRole(roleParts.join(', ')) : undefined
  if (!known && name.split(/\s+/).length < 2) return undefined
  const person = draft.addPerson(known?.name ?? name, context.source, role ?? {})
  const title = person.titles[0]
  return title ? {name: person.name, title} : {name: person.name}
}
