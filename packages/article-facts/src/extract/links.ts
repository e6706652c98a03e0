/** Lines that are not prose: "Take action: …", "Related: …", "Header photo credit: © …". */
import type {MediaCredit} from '../schema.js'
import {linkWithin, type FactsDraft, type SentenceContext} from './draft.js'
import type {LinkItem} from '../schema.js'
import {trimEnd} from '../util/patterns.js'

const ACTION = /^(?:Take action|Act now|Take part|Sign the petition|Sign now|Sign|Donate|Join us|Actúa|Actúa ya|Actúa ahora|Firma la petición|Firma ya|Firma|Únete|Participa)\s*:\s*(.+)$/iu
const RELATED = /^(?:Related|Related story|Related content|Read more|Read also|See also|More|Relacionado|Relacionada|Noticia relacionada|Lee también|Lee más|Ver también|Más)\s*:\s*(.+)$/iu
const MEDIA = /^([^:]{0,40}?\b(photo|picture|image|video|footage|foto|fotografía|imagen|vídeo)\b[^:]{0,30}|[^:]{0,20}?\b(?:credits?|créditos?)\b[^:]{0,30})\s*:\s*(.+)$/iu
const BARE_URL = /https?:\/\/[^\s)>\]]+/u

/** A line that is only a link inviting to act: "[Sign the petition](…)", "[Firma la petición](…)". */
const ACTION_LINK = /^(?:Sign|Write|Send|Email|E-mail|Tweet|Call|Donate|Join|Share|Take action|Act now|Add your name|Tell|Urge|Demand|Firma|Escribe|Envía|Únete|Comparte|Dona|Actúa|Exige|Pide)\b/iu

/** A line that is only a link to read on: "[Read the full statement](…)", "[Descarga el informe](…)". */
const READ_LINK = /^(?:Read|Download|See|Learn more|Find out more|Watch|Listen|Lee|Leer|Descarga|Descargar|Ver|Mira|Escucha|Más información)\b/iu

/** A section that tells readers what to do: "## Take action", "## Qué puedes hacer". */
const ACTION_SECTION = /^(?:Take action|Take part|Act now|What (?:you|can you|can I) (?:can )?do|What to do|(?:Recommended|Suggested) actions?|How (?:you can|to|can I|can you) help|Actúa|Actúa ya|Toma acción|Qué puedes hacer|Qué hacer|Acci(?:ón|ones) recomendadas?|Cómo (?:puedes )?ayudar)(?![\p{L}])/iu
/** Verbs that tell the reader to act, in prose or as a step. */
const STEP_VERBS = 'write|send|email|call|tweet|sign|share|tell|contact|urge|ask|join|donate|add|show|support|attend|escribe|envía|firma|comparte|llama|únete|pide|exige|contacta|dona|difunde|apoya|súmate|participa'
/** A step that tells the reader to act: "Write to …", "Please send appeals …", "Escribe a …"; a step opens with a capital. */
const IMPERATIVE = new RegExp(`^(?:Please,?\\s+(?:${STEP_VERBS})\\b|Address|E-mail|Phone|Let|Post|${STEP_VERBS.replace(/(?<=^|\|)\p{Ll}/gu, (letter) => letter.toUpperCase())})\\b`, 'u')
/** The same step after a colon in prose: "Women's Day is a chance to show your solidarity: add your voice to the campaign …". */
const IMPERATIVE_AFTER_COLON = new RegExp(`:\\s+(?:${STEP_VERBS})\\b`, 'u')
/** A line that only says to give or sign: "Donate Now", "Dona ya". */
const BARE_ACTION = /^(?:Donate|Give|Sign|Join|Dona|Firma|Únete)(?:\s+(?:now|today|here|ahora|ya|aquí|hoy))?\s*[.!]?$/iu

/** Whether the sentence was such a line (then it was recorded as an action, a related link or a media credit). */
export function extractLinks(context: SentenceContext, draft: FactsDraft): boolean {
  // Pasted lists keep their bullets ("• Related: …"); Markdown's own list markers are gone already.
  const text = context.text.trim().replace(/^[•·▪‣◦●■]\s*/u, '')
  // "## Take action" then "1. Write to one or both of the officials …": each step is an action.
  if (context.section && ACTION_SECTION.test(context.section) && (IMPERATIVE.test(text) || IMPERATIVE_AFTER_COLON.test(text))) {
    draft.actions.push(linkItem(context, text))
    return true
  }
  // "Send appeals urging the authorities to:" then "- Free Ana Lenz at once": the lines a step opens are part of it.
  const opened = context.section && ACTION_SECTION.test(context.section) && continuesStep(context) ? stepOpenedBefore(context, draft) : undefined
  if (opened) {
    opened.item.text = `${opened.item.text}${opened.first ? ': ' : '; '}${trimEnd(text)}`
    return true
  }
  const link = context.wholeBlock ? context.links[0] : undefined
  const onlyLink = link && context.links.length === 1 && context.text.slice(link.start, link.end).trim() === trimEnd(text)
  if (onlyLink && ACTION_LINK.test(text)) {
    draft.actions.push({text: trimEnd(text), url: link.url, source: context.source})
    return true
  }
  if (context.wholeBlock && BARE_ACTION.test(text)) {
    draft.actions.push({text: trimEnd(text), source: context.source})
    return true
  }
  if (onlyLink && READ_LINK.test(text)) {
    draft.related.push({text: trimEnd(text), url: link.url, source: context.source})
    return true
  }
  // Every other such line is "Label: …".
  if (!text.includes(':')) return false
  const action = ACTION.exec(text)
  if (action?.[1]) {
    draft.actions.push(linkItem(context, action[1]))
    return true
  }
  const related = RELATED.exec(text)
  if (related?.[1]) {
    draft.related.push(linkItem(context, related[1]))
    return true
  }
  const lower = text.slice(0, 80).toLowerCase()
  const media = /photo|picture|image|video|footage|foto|imagen|vídeo|credit|crédito/u.test(lower) ? MEDIA.exec(text) : null
  if (media?.[3] && (context.wholeBlock || /©|credit|crédito/iu.test(text))) {
    const noun = (media[2] ?? '').toLowerCase()
    const kind: MediaCredit['kind'] = /^(?:photo|picture|foto|fotografía)$/u.test(noun) ? 'photo' : /^(?:video|vídeo|footage)$/u.test(noun) ? 'video' : /^(?:image|imagen)$/u.test(noun) ? 'image' : 'other'
    draft.media.push({kind, label: (media[1] ?? '').trim(), credit: trimEnd(media[3]), source: context.source})
    return true
  }
  return false
}

function linkItem(context: SentenceContext, label: string) {
  const start = context.text.indexOf(label)
  const url = linkWithin(context, start, start + label.length) ?? BARE_URL.exec(label)?.[0]
  const text = trimEnd(label.replace(BARE_URL, '').replace(/\s*[-–—:]\s*$/u, ''))
  return url ? {text, url, source: context.source} : {text, source: context.source}
}

/** A line that goes on a step rather than saying something of its own: a list item, or a short line with no full stop ("Palacio Presidencial"). */
function continuesStep(context: SentenceContext): boolean {
  return context.sentence.block === 'list-item' || (context.text.length <= 120 && !/[.!?]["”»]?\s*$/u.test(context.text))
}

/** The last action, when it ends with a colon and only lines going on it stand between it and this line. */
function stepOpenedBefore(context: SentenceContext, draft: FactsDraft): {item: LinkItem; first: boolean} | undefined {
  const item = draft.actions.at(-1)
  if (!item) return undefined
  for (let line = context.previous; line; line = line.previous) {
    if (line.sentence.index === item.source.sentenceIndex) return /:\s*$/u.test(line.text) ? {item, first: line === context.previous} : undefined
    if (!continuesStep(line)) return undefined
  }
  return undefined
}
