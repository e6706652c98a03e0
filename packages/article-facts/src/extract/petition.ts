/** Petitions: how many signatures, who is called on to do what, who delivers it to whom and when. */
import type {Petition} from '../schema.js'
import {addSource, linkWithin, type FactsDraft, type SentenceContext} from './draft.js'
import {actorIn, placeIn} from './events.js'
import {capitalise, trimEnd, uncapitalise} from '../util/patterns.js'

/** Whether a text speaks of a petition or its signatures. */
export const MENTIONS_PETITION = /[Pp]etition|[Pp]etici[óo]n|\bsignatures\b|\bfirmas\b/u
const NUMBER = '(\\d{1,3}(?:[,.\\s ]\\d{3})+|\\d+(?:[.,]\\d+)?(?:\\s*(?:million|thousand|millones|millón|mil))?|(?:a\\s+)?quarter\\s+of\\s+a\\s+million|half\\s+a\\s+million|(?:a|one)\\s+million|un\\s+cuarto\\s+de\\s+millón|medio\\s+millón|un\\s+millón)'
// "over" is not "handed over".
const QUALIFIER = '(?:(?:more than|(?<!hand(?:ed|ing|s)?\\s)over|nearly|almost|close to|around|about|some|at least|más de|casi|cerca de|alrededor de|unas?|al menos)\\s+)?'
const SIGNATURES = [
  new RegExp(`(?:petition|petición)[^.]*?\\b(?:with|signed by|of|bearing|carrying|con|firmada por|de)\\s+(${QUALIFIER}${NUMBER}\\s+(?:signatures|signatories|people|supporters|names|firmas|personas|firmantes))`, 'iu'),
  new RegExp(`(${QUALIFIER}${NUMBER}\\s+(?:people|supporters|activists|personas|of\\s+us|de\\s+nosotros))\\s+(?:have\\s+|has\\s+)?(?:signed|put (?:their|our) names to|added (?:their|our) names to|han firmado|firmaron|hemos firmado)`, 'iu'),
  // "handed over 35,000 signatures to the Ministry": the signatures are the petition.
  new RegExp(`(${QUALIFIER}${NUMBER}\\s+(?:signatures|firmas))`, 'iu')
]
const CALL = [
  /\b(?:calling on|calls on|called on|urging|urges|urged|asking|asks|demanding that|demands that)\s+(.+?)\s+to\s+(.+?)(?=[.;]|$)/u,
  /\b(?:que\s+)?(?:exige|exigen|pide|piden|insta|instan|solicita|solicitan|reclama|reclaman)\s+((?:a\s+la|al|a\s+los|a\s+las|a)\s+.+?)\s+(?:que\s+)?(\p{Ll}+(?:ar|er|ir)(?:se)?\b.+?|garantice.+?|ponga.+?)(?=[.;]|$)/u
]
/** A demand with no one named: "demanding an end to forced evictions". */
const DEMAND = /\b(?:demanding|calling for|calls for|asking for|to demand|to call for|que exige|que pide|exigiendo|pidiendo|para exigir|para pedir|para reclamar|para solicitar)\s+(.+?)(?=[.;]|$)/u
/** Whom a petition is addressed to: "una petición dirigida al fiscal general, X, para …". */
const ADDRESSED = /\b(?:addressed\s+to|directed\s+at|dirigida\s+(?=a\s|al\s))((?:the\s+|al\s+|a\s+la\s+|a\s+los\s+|a\s+las\s+|a\s+)?.+?)(?=,?\s+(?:to|para|que|demanding|calling|urging|asking|exigiendo|pidiendo)\s|[.;]|$)/u
const DELIVER =
  /\b(?:will|plans? to|to|is going to|are going to)\s+(?:deliver|hand over|hand in|present|submit)\b|\b(?:entregará|entregarán|presentará|presentarán|entregar|(?:hará|harán)\s+llegar|llevará|llevarán)(?![\p{L}])/u
/** A delivery that has happened: "activists handed over 35,000 signatures". */
const DELIVERED = /\b(?:delivered|(?:was|were)\s+taken\s+to|handed\s+(?:over|in)|handed(?=\s+(?:the|its|their|a)\s+(?:petition|signatures)\b)|submitted|(?:has|have|had)\s+presented|entregaron|entregó|entregamos|(?:ha|han)\s+entregado|(?:hizo|hicieron|(?:ha|han)\s+hecho)\s+llegar|llevó|llevaron|(?:ha|han)\s+llevado)(?![\p{L}])/u
const DELIVER_TO =
  /\b(?:deliver|delivered|hand(?:ed)? over|hand(?:ed)? in|handed|present|presented|submit|submitted|entregará|entregarán|presentará)\b[^.]*?\b(?:petition|signatures)[^.]*?\s+to\s+((?:the\s+)?\p{Lu}[^,.;]*?|the\s+\p{Ll}[^,.;]*?)(?=[,.;]|\s+(?:on|in|during|calling|urging)\b|$)/u
/** Said the other way round: "The petition was taken to the Treasury on Wednesday 16 May by Mary Creagh MP". */
const DELIVERED_PASSIVE = /\b(?:petition|signatures)\s+(?:was|were|has\s+been|have\s+been)\s+(?:taken|delivered|handed(?:\s+(?:over|in))?|presented|submitted)\s+to\s+((?:the\s+)?\p{Lu}[^,.;]*?)(?=[,.;]|\s+(?:on|in|during|by)\b|$)/u
/** What follows "by" to the end of its clause: "by the IFJ and the HKJA", not "…, who …" or "on Monday". */
const PASSIVE_BY = /^[^.;]*?\bby\s+([^.;]+?)(?=,\s|\s+(?:on|in|at|during|this|last|to)\s|[.;]|$)/u
const DELIVERED_BY = /^[^.;]*?\bby\s+(\p{Lu}[\p{L}\p{M}'’-]+(?:\s+\p{Lu}[\p{L}\p{M}'’-]+)*)/u
/** Spanish: "entregarán las firmas … a la Fiscalía" / "… en la sede del Ministerio Público". */
const DELIVER_TO_ES =
  /\b(?:entreg\p{L}+|present\p{L}+)\s+(?:la\s+petición|las\s+firmas)[^.]*?\s+(?:(?:a|al|a\s+la)\s+|en\s+la\s+sede\s+(?:de\s+la\s+|del\s+|de\s+))(\p{Lu}[\p{L}\p{M}]*(?:\s+(?:de\s+|del\s+|de\s+la\s+)?\p{Lu}[\p{L}\p{M}]*)*)/u
/** Spanish, the one it goes to before the signatures: "hizo llegar este miércoles al ministro del Interior, X, alrededor de 237.000 firmas". */
const DELIVER_TO_ES_FIRST =
  /(?<![\p{L}])(?:(?:hizo|hicieron|hará|harán|(?:ha|han)\s+hecho)\s+llegar|llevó|llevaron|llevará|llevarán|entregó|entregaron|entregará|entregarán)\s+(?:(?:este|esta|el|la)\s+\p{L}+\s+|hoy\s+|ayer\s+)?(?:al|a\s+la|a\s+los|a\s+las|a)\s+(\p{L}[^,.;]*?)(?=(?:,[^.;]*?)?\s+(?:(?:alrededor|cerca|más)\s+de\s+|unas?\s+|casi\s+)?\d[\d.,\s]*\s+firmas)(?!,\s+(?:alrededor|cerca|más|unas?|casi)\s)/u
/** Who takes it: "Megan Woods, the Minister of Energy, is due to receive a Greenpeace petition", "la ministra Ana Ruiz recibirá las firmas". */
const RECEIVE = /\b(?:(?:is|are)\s+(?:due|set|expected|scheduled|going)\s+to\s+(?:receive|accept)|will\s+(?:receive|accept)|received|accepted|recibirá|recibirán|recibió|recibieron)\s+(?:a|an|the|its|their|la|las|una)\s+(?:[^.]{0,40}?\s)?(?:petition|signatures|petición|firmas)\b/u
/** The name that opens the clause before the verb, with what is said of them between commas ("Megan Woods, the Minister of Energy,"). */
const RECEIVER = /(\p{Lu}[\p{L}\p{M}'’-]+(?:\s+\p{Lu}[\p{L}\p{M}'’-]+)+)(?:,[^,]{1,90},)?\s*$/u
/** The petition's own verb after the clause of its demand: "… was delivered today", "… fue entregada ayer". */
const PETITION_PREDICATE = /,?\s+(?:was|were|has\s+been|have\s+been|will\s+be|is\s+being|fue|será|ha\s+sido)\s+(?:delivered|handed|presented|submitted|sent|launched|taken|signed|entregad[ao]s?|presentad[ao]s?|enviad[ao]s?|lanzad[ao]s?)\b.*$/u
const NEXT_CLAUSE = /,\s+(?:and|y)\s+(?:on|in|at|this|next|then|el|la|este|esta|luego)\b.*$/u
const DURING = /^(?:(During|At|After|Durante|En|Tras)\s+(?:the|this|that|la|esa|esta)\s+(meeting|reunión|audiencia|visit|visita))\s*,?/u

/** "It was addressed to Wu Aiying, China's Minister of Justice, and copies went to …": whom the petition just told of is for. */
const IT_ADDRESSED = /^(?:It|Iba|Estaba|Fue|Está)\s+(?:was\s+|is\s+|had\s+been\s+)?(?:addressed\s+to\s+|dirigida\s+(?=a\s|al\s))((?:the\s+|al\s+|a\s+la\s+|a\s+)?.+?)(?=,?\s+(?:and|y|to|para|que|with|con)\s|[.;]|$)/u

export function extractPetition(context: SentenceContext, draft: FactsDraft): void {
  const {text, source} = context
  const previous = draft.petitions.at(-1)
  const addressedNext = IT_ADDRESSED.exec(text)
  if (addressedNext?.[1] && previous && !previous.target && previous.sources.some((told) => told.sentenceIndex === source.sentenceIndex - 1)) {
    previous.target = spanishTarget(trimEnd(addressedNext[1]))
    addSource(previous.sources, source)
    return
  }
  // A quotation that speaks of "these signatures" says nothing about the petition itself.
  if (!MENTIONS_PETITION.test(text) || !MENTIONS_PETITION.test(text.replace(/[“«][^”»]*[”»]/gu, ''))) return
  const petition: Petition = {sources: [source]}

  for (const pattern of SIGNATURES) {
    const match = pattern.exec(text)
    if (!match?.[1] || !match[2]) continue
    // "a quarter of a million of us": the count, as the release's readers are counted.
    petition.signaturesText = match[1].replace(/\s+(?:of\s+us|de\s+nosotros)$/iu, ' people')
    const count = parseCount(match[2])
    if (count !== undefined) petition.signatures = count
    break
  }

  // The call that follows the word "petition" is the petition's; an earlier one may be the article's.
  const afterPetition = text.slice(text.search(MENTIONS_PETITION))
  for (const pattern of CALL) {
    const match = pattern.exec(afterPetition) ?? pattern.exec(text)
    if (!match) continue
    petition.target = spanishTarget(trimEnd(match[1] ?? ''))
    petition.demand = trimEnd(match[2] ?? '')
    break
  }
  if (!petition.demand) {
    const demand = DEMAND.exec(afterPetition)
    if (demand?.[1]) petition.demand = trimEnd(demand[1])
  }
  // "… demanding tougher action on plastic, and on Wednesday X will take it to Downing Street": the demand ends at the next clause,
  // or at a dash that comments on it ("… – which puts it among the largest petitions").
  // "A petition … demanding that X be freed was delivered today by …": nor does it run on into what was done with the petition.
  if (petition.demand) petition.demand = petition.demand.replace(NEXT_CLAUSE, '').replace(/\s+[–—]\s+(?:which|that|lo que|la cual|el cual)\b.*$/u, '').replace(PETITION_PREDICATE, '')

  const addressed = petition.target ? null : ADDRESSED.exec(afterPetition)
  if (addressed?.[1]) petition.target = spanishTarget(trimEnd(addressed[1]))

  const received = RECEIVE.exec(text)
  const receiver = received ? draft.findPerson(RECEIVER.exec(text.slice(0, received.index))?.[1] ?? '') : undefined
  if (receiver) petition.deliveredTo = draft.describePerson(receiver)

  const deliver = DELIVER.exec(text) ?? DELIVERED.exec(text)
  if (deliver) {
    const passive = DELIVERED_PASSIVE.exec(text)
    const to = passive ?? DELIVER_TO.exec(text) ?? DELIVER_TO_ES.exec(text) ?? DELIVER_TO_ES_FIRST.exec(text)
    if (to?.[1] && !receiver) petition.deliveredTo = trimEnd(to[1])
    // "to the Federal Environment Minister, Ana Ruiz": the one named after the office.
    const named = to ? /^,\s+(\p{Lu}[\p{L}\p{M}'’-]+(?:\s+\p{Lu}[\p{L}\p{M}'’-]+)+)/u.exec(text.slice(to.index + to[0].length)) : null
    const holder = named?.[1] ? draft.findPerson(named[1]) : undefined
    if (holder) petition.deliveredTo = draft.describePerson(holder)
    const during = DURING.exec(text)
    // "During the meeting, X will deliver …" or "X has requested a meeting with Y to present a petition".
    const sameSentence = draft.events.find((event) => (event.kind === 'meeting-request' || event.kind === 'meeting') && event.source.sentenceIndex === source.sentenceIndex)
    // "… was taken to the Treasury by Mary Creagh MP": the one after "by".
    // "A petition … was delivered today by the IFJ and the HKJA": those after "by", when the article knows them.
    const byAfter = !passive && /\b(?:was|were|has\s+been|have\s+been)\s+$/u.test(text.slice(0, deliver.index)) ? PASSIVE_BY.exec(text.slice(deliver.index + deliver[0].length))?.[1] : undefined
    const by = passive ? DELIVERED_BY.exec(text.slice(passive.index + passive[0].length))?.[1] : byAfter && actorIn(byAfter, draft) ? byAfter : undefined
    const actor = sameSentence?.organiser ?? (by ? trimEnd(by) : actorIn(text.slice(0, deliver.index), draft))
    if (actor) petition.deliveredBy = actor
    if (during?.[1] || sameSentence) {
      if (during) petition.deliveredWhen = uncapitalise(trimEnd(during[0]))
      const meeting = sameSentence ?? [...draft.events].reverse().find((event) => event.kind === 'meeting-request' || event.kind === 'meeting')
      if (meeting) {
        petition.deliveryEventId = meeting.id
        const person = meeting.participants.map((name) => draft.findPerson(name)).find((found) => found !== undefined)
        if (!petition.deliveredTo && person) petition.deliveredTo = draft.describePerson(person)
        else if (!petition.deliveredTo && meeting.participants[0]) petition.deliveredTo = meeting.participants[0]
      }
    } else {
      addDeliveryEvent(context, draft, petition, deliver)
    }
  }

  const url = linkWithin(context, 0, text.length)
  if (url && /petition|petición|firma|sign/iu.test(text)) petition.url = url

  // A later sentence about the same petition completes it rather than adding another.
  const conflicting =
    (petition.signatures !== undefined && previous?.signatures !== undefined && petition.signatures !== previous.signatures) ||
    (petition.demand !== undefined && previous?.demand !== undefined && petition.demand !== previous.demand)
  if (previous && !conflicting) {
    for (const [key, value] of Object.entries(petition) as Array<[keyof Petition, never]>) {
      if (key !== 'sources' && previous[key] === undefined) previous[key] = value
    }
    addSource(previous.sources, source)
    return
  }
  if (petition.signaturesText || petition.demand || petition.deliveredBy || petition.url) draft.petitions.push(petition)
}

/**
 * A delivery on its own ("On 12 June, activists handed over …", "entregarán las firmas el próximo
 * 12 de marzo"): an event, dated when the sentence says when, linked from the petition.
 */
function addDeliveryEvent(context: SentenceContext, draft: FactsDraft, petition: Petition, deliver: RegExpExecArray): void {
  const when = context.dates.find((mention) => !/\b(?:since|desde|in|en)\s+$/u.test(context.text.slice(0, mention.start)) || mention.start < deliver.index)
  const past = DELIVERED.test(context.text) && !DELIVER.test(context.text)
  if (!when && !past) return
  const place = placeIn(context.text.slice(deliver.index), draft)
  const event = draft.addEvent('petition-delivery', {
    description: capitalise(trimEnd(context.text.replace(/^(?:On|El|on|el)\s+[^,]{3,40},\s+/u, ''))),
    status: past ? 'past' : 'planned',
    ...(when ? {date: draft.date(when, context.source)} : {}),
    ...(place ? {place} : {}),
    participants: petition.deliveredTo ? [petition.deliveredTo] : [],
    ...(petition.deliveredBy ? {organiser: petition.deliveredBy} : {}),
    source: context.source
  })
  petition.deliveryEventId = event.id
  if (when) petition.deliveredWhen = datePhrase(context.text, when)
}

/** A date with the words that introduce it: "on 12 June", "el próximo 12 de marzo". */
function datePhrase(text: string, mention: {start: number; end: number; text: string}): string {
  const lead = /(?:(?<![\p{L}])(?:on|by|el|el\s+próximo|el\s+pasado|este|esta|this|next|last)\s+)$/iu.exec(text.slice(0, mention.start))
  return lead ? `${uncapitalise(lead[0])}${mention.text}` : mention.text
}

/** Counts written in words: "a quarter of a million", "medio millón". */
const WORDED_COUNTS: ReadonlyArray<readonly [RegExp, number]> = [
  [/quarter\s+of\s+a\s+million|cuarto\s+de\s+millón/iu, 250_000],
  [/half\s+a\s+million|medio\s+millón/iu, 500_000],
  [/^(?:a|one|un)\s+(?:million|millón)$/iu, 1_000_000]
]

/** "12,500" → 12500 · "1.2 million" → 1200000 · "50.000" (es) → 50000 · "10 mil" → 10000. */
export function parseCount(text: string): number | undefined {
  const worded = WORDED_COUNTS.find(([pattern]) => pattern.test(text))
  if (worded) return worded[1]
  const match = /^([\d.,\s ]+?)\s*(million|thousand|millones|millón|mil)?$/iu.exec(text.trim())
  if (!match?.[1]) return undefined
  let digits = match[1].replace(/[\s ]/gu, '')
  if (/^\d{1,3}(?:[.,]\d{3})+$/u.test(digits)) digits = digits.replace(/[.,]/gu, '')
  else digits = digits.replace(',', '.')
  const value = Number(digits)
  if (!Number.isFinite(value)) return undefined
  const scale = match[2] ? (/^mill/iu.test(match[2]) ? 1_000_000 : 1000) : 1
  return Math.round(value * scale)
}

/** Spanish "al gobierno" → "el gobierno", "a la Fiscalía" → "la Fiscalía": the target on its own. */
export function spanishTarget(target: string): string {
  return target.replace(/^al\s+/u, 'el ').replace(/^a\s+(?=(?:la|los|las)\s)/u, '').replace(/^a\s+/u, '')
}

/**
 * "Detention Action is asking its supporters to contact their MP", "… is asking everyone concerned to come to the court",
 * "Harbourwatch invita a la ciudadanía a firmar …":
 * what a release asks its readers to do, said in prose rather than as a "Take action" line.
 */
const CALL_TO_READERS = new RegExp(
  `\\b(?:is\\s+asking|asks|is\\s+urging|urges|is\\s+calling\\s+on|calls\\s+on|is\\s+inviting|invites|is\\s+encouraging|encourages)\\s+(?:(?:its|our)\\s+(?:supporters|members|followers|readers|activists)|everyone(?:\\s+(?:concerned|interested))?|all\\s+(?:those|people)\\s+(?:concerned|interested)|members\\s+of\\s+the\\s+public|the\\s+public)\\s+to\\s+([a-z][^.;]{8,160})` +
    `|\\b(?:pide|invita|anima|llama|convoca)\\s+a\\s+(?:sus\\s+(?:socios|socias|simpatizantes|seguidores|miembros)|la\\s+ciudadanía|toda\\s+la\\s+ciudadanía|la\\s+sociedad)\\s+a\\s+(\\p{Ll}+(?:ar|er|ir)(?:se)?\\s[^.;]{4,160})`,
  'u'
)

/** The call a sentence makes to the release's readers, as an action: "contact your MP so that …". */
export function extractCallToReaders(context: SentenceContext, draft: FactsDraft): void {
  const match = CALL_TO_READERS.exec(context.text)
  const asked = match?.[1] ?? match?.[2]
  if (!asked) return
  // Told to the reader: "their MP" is the reader's own.
  // "… to come to the court as observers, and is calling on …": the call ends where the sentence says something else the body does.
  const own = asked.replace(/,?\s+and\s+(?:is|are|has|have|will)\s[\s\S]*$/u, '')
  const text = match?.[1] ? own.replace(/\btheir\b/gu, 'your').replace(/\bthemselves\b/gu, 'yourself') : own
  if (draft.actions.some((action) => action.source.sentenceIndex === context.source.sentenceIndex)) return
  draft.actions.push({text: trimEnd(text), source: context.source})
}
