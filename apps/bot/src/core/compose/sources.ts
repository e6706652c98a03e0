/** Where it all comes from: the article, related stories and the media credit. */
import type {Facts} from 'article-facts'
import {articleDate, yearKnown} from '../dates.js'
import {message} from '../words.js'
import {Draft, type Composer, type Request} from './draft.js'
import {fold} from '../text.js'

export const sources: Composer = (request) => {
  const {facts, lang} = request
  const draft = new Draft(request, 'sources')
  const {title} = facts.article
  const date = articleDate(facts, lang)
  draft.say(title ? 'sources-article' : 'sources-untitled', {title: title ?? '', published: date ? message('published-on', {date}) : ''})
  draft.say('sources-count', {count: facts.sentences.length})
  restsOnArticle(draft)
  return draft.next('related').next('media')
}

/** What is said of the article itself: cited by its first sentence, with a link to read it. */
function restsOnArticle(draft: Draft): void {
  const {facts} = draft.request
  const lead = facts.sentences[0]
  if (lead) draft.use(facts.article, {sentence: lead.text, sentenceIndex: lead.index, start: lead.start, end: lead.end})
  draft.link(message('read-article'), facts.article.url)
}

export const related: Composer = (request) => {
  const {facts} = request
  if (facts.related.length === 0) return undefined
  const draft = new Draft(request, 'related')
  for (const item of facts.related.slice(0, 3)) {
    draft.say('related-item', {text: item.text}).use(item, item.source)
    draft.link(item.text, item.url)
  }
  return draft.next('act').next('sources')
}

export const media: Composer = (request) => {
  const {facts} = request
  if (facts.media.length === 0) return undefined
  const draft = new Draft(request, 'media')
  for (const item of facts.media.slice(0, 2)) draft.say('media-credit', {label: item.label, credit: item.credit, kind: item.kind}).use(item, item.source)
  return draft.next('sources')
}

/** "When was this statement put out?", "¿de qué fecha es el comunicado?", a bare "¿cuándo se publicó?": the release itself, not a report it presents. */
const PUBLISHED_ASKED =
  /\b(?:what(?:'s|s| is)?|whats)\s+the\s+date\s+(?:of|on)\s+(?:this|the)\s+(?:(?:press|media|public|joint|news)\s+)?(?:statement|release|press release|article|urgent action|story|news|advisory|announcement|appeal|communique|post|alert)\b|\b(?:que|cual es la)\s+fecha\s+(?:tiene|lleva)\s+(?:este|esta|el|la)\s+(?:comunicado|nota|articulo|accion urgente|noticia|declaracion)\b|\b(?:when|what date|which date|what day)\b.{0,40}\b(?:this|the)\s+(?:(?:press|media|public|joint|news)\s+)?(?:statement|release|press release|article|urgent action|story|news|advisory|announcement|appeal|communique|post)\b.{0,30}\b(?:published|released|issued|put out|posted|sent out|written|signed|dated|out)\b|\bwhen\b.{0,40}\b(?:publish|put out|issue|post)(?:ed)?\s+(?:this|it)\b|(?<!hasta )\b(?:cuando|(?:que|q) dia|(?:de |en )?(?:que|q) fecha)\b.{0,40}\b(?:este|el|la|esta)\s+(?:comunicado|nota|articulo|accion urgente|noticia|declaracion|publicacion|pronunciamiento)\b|\bcuando\s+(?:salio|se publico|publicaron|se emitio)\s+(?:esto|eso)\b|\b(?:when|what date|which date|what day)\s+(?:did|was)\s+(?:this|it)\s+(?:come out|published|released|issued|put out|posted|announced|made public|sent out)\b|\b(?:cuando|que dia|que fecha|en que fecha)\b.{0,40}\b(?:se publico|publico|publicaron|emitio|emitieron|difundio|difundieron)\s+(?:este|esta|el|la)\s+(?:comunicado|nota|articulo|accion urgente|noticia|declaracion)\b|^\W*(?:and\s+|y\s+)?(?:cuando|when)\s+(?:se\s+publico|lo\s+publicaron|salio|was\s+(?:it|this)\s+(?:published|posted|released|written)|published)\W*$|^\W*(?:de\s+)?(?:que|q)\s+fecha\s+(?:es|tiene|lleva)(?:\s+(?:esto|eso))?\W*$|^\W*de\s+cuando\s+es(?:\s+(?:esto|eso))?\W*$|\b(?:what date|which date|what day|when)\s+(?:is|was)\s+(?:this|the)\s+(?:[a-z]{2,12}\s+)?(?:(?:press|media|public|joint|news)\s+)?(?:statement|statment|release|press release|article|urgent action|story|advisory|announcement|appeal|communique|post|letter)\s+from\b/

/**
 * "Who put out this statement?", "¿quién emitió el comunicado?": the release's publisher, not a report's.
 * "Who launched this appeal?" too, but not "who launched the campaign?", which may ask for the person who did.
 */
const PUBLISHER_ASKED =
  /\b(?:who|whos|which (?:organi[sz]ation|group|ngo))\b.{0,30}\b(?:launched|started)\s+this\s+(?:appeal|campaign|petition|report|study|survey|initiative)\b|\b(?:quien|quienes|que organizacion)\b.{0,20}\b(?:lanzo|lanzaron|inicio|iniciaron)\s+(?:este|esta)\s+(?:llamamiento|campana|peticion|informe|estudio|iniciativa)\b|\b(?:who|whos|which (?:organi[sz]ation|group|ngo))\b.{0,30}\b(?:published|issued|released|put out|sent out|wrote|signed|is behind|s behind|are behind|(?<=\bwhos\s)behind)\s+(?:this|the)\s+(?:(?:press|media|public|joint|news)\s+)?(?:statement|release|press release|news release|article|urgent action|urgent appeal|appeal|story|advisory|media advisory|announcement|communique|alert|report|study|campaign|petition|survey|poll|message|letter|open letter)\b|\b(?:who|quien|quienes|(?:which|what) (?:organi[sz]ation|group|ngo))\b.{0,20}\bput\s+(?:this|it)\s+out\W*$|\b(?:quien|quienes|que organizacion)\b.{0,20}\b(?:publico|publica|emitio|emite|difundio|difunde|firma|firmo|escribio|esta detras de|envio|saco|sacaron)\s+(?:este|esta|el|la)\s+(?:comunicado|nota|articulo|accion urgente|llamamiento urgente|llamamiento|noticia|declaracion|alerta|pronunciamiento|informe|estudio|mensaje|carta)\b|\bde quien es (?:este|esta|el|la)\s+(?:comunicado|nota|articulo|accion urgente|noticia|declaracion)\b|\b(?:who|quien|quienes|(?:which|what) (?:organi[sz]ation|group|ngo)|(?:que|q|cual) (?:organizacion|ong|grupo|entidad))\b.{0,20}\b(?:published|issued|released|put out|sent out|wrote|is behind|s behind|are behind|organi[sz]ing|organi[sz]ed|organi[sz]es|publico|publica|emitio|emite|difundio|difunde|escribio|envio|esta detras de|organiza|organizo|convoca|convoco)\s+(?:this|esto|eso)\W*$/

/** Whether the question asks who put the release out. */
export function asksPublisher(question: string): boolean {
  return PUBLISHER_ASKED.test(fold(question))
}

/**
 * "A group of 13 ACRATH members …", "Reports reaching MESN from its observers …": a body the release names only by its
 * letters, in three of its sentences or more and more often than any other word in capitals; none when two tie.
 */
function bodyByLetters(facts: Facts): string | undefined {
  const counts = new Map<string, number>()
  for (const sentence of facts.sentences) {
    // A headline or a line in capitals ("MUUNGANO ALLIANCE DENOUNCES …") writes every word so.
    if (sentence.text === sentence.text.toUpperCase()) continue
    for (const letters of new Set(sentence.text.match(/(?<![\p{L}\d-])\p{Lu}{3,8}(?![\p{L}\d-])/gu) ?? [])) counts.set(letters, (counts.get(letters) ?? 0) + 1)
  }
  const named = [...counts].filter(([letters]) => !NOT_A_BODY.has(letters)).sort((a, b) => b[1] - a[1])
  const [first, second] = named
  return first && first[1] >= 3 && first[1] > (second?.[1] ?? 0) ? first[0] : undefined
}

/**
 * The body a release speaks for, by name: the one it names most, unless that one never speaks in it ("the Malawi Electoral
 * Commission" of a release where "MESN urges the MEC …", "MESN's observers say …") and another speaks in two sentences or more.
 */
function speakerRatherThan(facts: Facts, mostNamed: string | undefined): string | undefined {
  const named = facts.organisations.find((organisation) => organisation.id === mostNamed)
  if (!named) return undefined
  const speaking = new Map<string, number>()
  for (const sentence of facts.sentences) {
    const speakers = new Set((sentence.spans ?? []).filter((span) => span.type === 'organisation' && span.entity !== undefined && SPEAKS_AFTER.test(sentence.text.slice(span.end, span.end + 50))).map((span) => span.entity!))
    for (const id of speakers) speaking.set(id, (speaking.get(id) ?? 0) + 1)
  }
  if ((speaking.get(named.id) ?? 0) > 0) return named.name
  const [loudest, next] = [...speaking].sort((a, b) => b[1] - a[1])
  const other = loudest && loudest[1] >= 2 && loudest[1] > (next?.[1] ?? 0) ? facts.organisations.find((organisation) => organisation.id === loudest[0]) : undefined
  if (other) return other.name
  // "MESN urges the MEC …": letters the parser knows no body by, that speak.
  const letters = bodyByLetters(facts)
  const speaks = letters !== undefined && !named.aliases.includes(letters) && facts.sentences.some((sentence) => [...sentence.text.matchAll(new RegExp(`(?<![\\p{L}])${letters}(?![\\p{L}])`, 'gu'))].some((at) => SPEAKS_AFTER.test(sentence.text.slice(at.index + letters.length, at.index + letters.length + 50))))
  return speaks ? letters : named.name
}

/**
 * "GLAN joins over 230 organisations …", "Amnistía Internacional exige …": the body a headline opens with, doing something —
 * one the parser knows, or letters. A word alone may be a place or a group no one publishes as ("Taliban seize …").
 */
function headlineActor(facts: Facts): string | undefined {
  const headline = facts.sentences[0]
  if (!headline || headline.text === headline.text.toUpperCase()) return undefined
  const name = HEADLINE_ACTOR.exec(headline.text)?.[1]
  if (!name) return undefined
  const known = facts.organisations.find((organisation) => [organisation.name, ...organisation.aliases].includes(name))
  if (known) return known.name
  return /^\p{Lu}{3,8}$/u.test(name) && !NOT_A_BODY.has(name) && !(headline.spans ?? []).some((span) => span.type === 'place' && span.start === 0) ? name : undefined
}

/** A name of one to four words in capitals opening a headline, then a verb of what it does ("joins", "welcomes", "alerta", "exige"). */
const HEADLINE_ACTOR = /^((?:\p{Lu}[\p{L}\p{M}'’&/-]*)(?:\s+(?:(?:of|for|de|del|the)\s+)?\p{Lu}[\p{L}\p{M}'’&/-]*){0,3})\s+(?!(?:urges?d|told|asked|must|should|needs?|has|is|was|were|are|to|under|accused|faces|debe|deben|tiene|es|fue|ha|sera)\b)(?:\p{Ll}{3,}s|\p{Ll}{3,}[ae])\b/u

/** Words right after a body's name that make it the one speaking: "MESN urges", "Amnesty International said", "la FLIP rechaza". */
const SPEAKS_AFTER =
  /^(?:\s*\([^()]{1,15}\))?\s*(?:,[^,]{1,40},\s*)?(?:has\s+|have\s+|ha\s+|han\s+)?(?:said|says|urges?d?|calls?(?:\s+on|\s+for)?|called|welcomes?d?|condemns?|condemned|denounces?d?|demands?|demanded|warns?|warned|believes|expressed|expresses|rejects?|rejected|notes|noted|stresses|stressed|appeals|appealed|pide|piden|pidi[oó]|exige|exigen|exigi[oó]|denuncia|denuncian|denunci[oó]|condena|condenan|conden[oó]|rechaza|rechazan|rechaz[oó]|manifiesta|manifest[oó]|expresa|expres[oó]|exhorta|insta|instan|inst[oó]|llama|afirma|afirm[oó]|señala|señal[oó]|considera|celebra|saluda|lamenta|lament[oó]|advierte|advirti[oó]|alerta|dijo|declar[oó]|hace un llamado|reclama|reclaman)\b/iu

/** Letters in capitals that name no body: diseases, treaties, currencies, times, roles, countries. */
const NOT_A_BODY = new Set(['NGO', 'NGOS', 'CEO', 'HIV', 'AIDS', 'COVID', 'LGBT', 'LGBTI', 'LGBTQ', 'LGBTIQ', 'GDP', 'USD', 'EUR', 'GBP', 'ICCPR', 'UDHR', 'CEDAW', 'CRC', 'SMS', 'PDF', 'URL', 'UTC', 'GMT', 'BST', 'EST', 'EDT', 'CET', 'FAQ', 'MPS', 'DNA', 'PTSD', 'ONG', 'ONGS', 'VIH', 'SIDA', 'PIB', 'DDHH', 'PVT', 'AGM', 'UPR', 'EPU', 'USA', 'UAE', 'DRC', 'RDC', 'EEUU', 'EE', 'UU'])

/**
 * Who published the article, when a question asks and the article says (its frontmatter or its byline),
 * or else the organisation it speaks for (`speaksFor`: the one it names most, as the evidence index reads it).
 */
export function publisherAnswer(request: Request, question: string, speaksFor?: string): Draft | undefined {
  // Asked first: this runs for every question, and reading a body's letters off the whole article is not free.
  if (!asksPublisher(question)) return undefined
  const {facts} = request
  const found = facts.article.publisher ?? headlineActor(facts) ?? speakerRatherThan(facts, speaksFor) ?? (speaksFor === undefined ? bodyByLetters(facts) : undefined)
  if (found === undefined) return undefined
  // "PEN calls on …" of a release that goes on as "PEN International": the one body the article names by that word and more.
  const fuller = /^\S+$/u.test(found) ? facts.organisations.filter((organisation) => organisation.name.startsWith(`${found} `)) : []
  const publisher = fuller.length === 1 && fuller[0] ? fuller[0].name : found
  // "Asociación Interétnica de Desarrollo de la Selva Peruana (AIDESEP)", "… (Cemda)": the name people know it by too.
  const acronym = facts.organisations.find((organisation) => organisation.name === publisher)?.aliases.find((alias) => /^\p{Lu}(?:[\p{Lu}-]{1,9}|\p{Ll}{2,6}(?:\s\p{Lu}{2,4})?)$/u.test(alias) && !publisher.includes(alias))
  const draft = new Draft(request, 'sources')
  draft.say('article-publisher', {publisher: acronym ? `${publisher} (${acronym})` : publisher})
  restsOnArticle(draft)
  return draft
}

/** Whether the question asks when the release was published, and the article gives only a date guessed from a weekday. */
export function publishedOnlyGuessed(facts: Facts, question: string): boolean {
  return facts.article.published !== undefined && !yearKnown(facts) && PUBLISHED_ASKED.test(fold(question))
}

/** The date the article was published, when a question asks for it and the article gives one. */
export function publishedAnswer(request: Request, question: string): Draft | undefined {
  const {facts, lang} = request
  const date = articleDate(facts, lang)
  if (!date || !PUBLISHED_ASKED.test(fold(question))) return undefined
  const draft = new Draft(request, 'sources')
  draft.say('article-published', {date})
  restsOnArticle(draft)
  return draft
}
