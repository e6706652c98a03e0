/**
 * Demands made outside a petition: "Amnesty International is calling on the authorities to …",
 * "The authorities must release X, Human Rights Watch said", "Amnistía Internacional pide a las
 * autoridades que …". Only when the one who demands is a known organisation or person.
 */
import type {FactsDraft, SentenceContext} from './draft.js'
import {actorIn} from './events.js'
import {MENTIONS_PETITION, spanishTarget} from './petition.js'
import {hasAny, trimEnd, uncapitalise} from '../util/patterns.js'

const CALLS_ON =
  /\b(?:is calling on|are calling on|calls on|call on|called on|urges|urged|is urging|are urging|has urged|have urged)\s+(.+?)\s+to\s+(.+?)(?=[.;]|$)/u
const PIDE =
  /\b(?:pide|piden|pidió|exige|exigen|exigió|insta|instan|instó|solicita|solicitan|reclama|reclaman)\s+((?:a\s+la|al|a\s+los|a\s+las|a)\s+.+?)\s+que\s+(.+?)(?=[.;]|$)/u
/** "The authorities must release X …, Amnesty International said (today)." */
const MUST_SAID = /^(.+?)\s+(?:must|should)\s+(.+),\s+([^,]+?)\s+(?:said|says|stated)(?:\s+(?:today|on\s+\p{L}+))?\.?$/u
const CALLS_FOR = /\b(?:is calling for|are calling for|calls for|called for)\s+(.+?)(?=[.;]|$)/u
const WORDS = new Set(['call', 'calls', 'calling', 'called', 'urge', 'urges', 'urged', 'urging', 'must', 'should', 'pide', 'piden', 'pidió', 'exige', 'exigen', 'exigió', 'insta', 'instan', 'instó', 'solicita', 'solicitan', 'reclama', 'reclaman'])

export function extractDemands(context: SentenceContext, draft: FactsDraft): void {
  const {text, source} = context
  // Petitions carry their own call; a quotation is someone's words, kept as a quote.
  if (!hasAny(context.words, WORDS) || MENTIONS_PETITION.test(text) || /^[“"«]/u.test(text)) return

  const said = MUST_SAID.exec(text)
  if (said?.[1] && said[2] && said[3]) {
    // The one who said it is the whole phrase: "…, Amnesty International said", not "…, a lawyer at X said".
    const speaker = said[3].trim().replace(/^the\s+/iu, '')
    const by = actorIn(speaker, draft)
    if (by && speaker.length <= by.length + 2) draft.demands.push({by, target: lowerFirst(said[1]), demand: trimEnd(said[2]), source})
    return
  }
  for (const pattern of [CALLS_ON, PIDE, CALLS_FOR]) {
    const match = pattern.exec(text)
    if (!match) continue
    const by = actorIn(text.slice(0, match.index), draft)
    if (!by) return
    const demand = trimEnd(match[2] ?? match[1] ?? '')
    const target = match[2] ? spanishTarget(trimEnd(match[1] ?? '')) : undefined
    draft.demands.push(target ? {by, target, demand, source} : {by, demand, source})
    return
  }
}

function lowerFirst(text: string): string {
  return /^(?:The|El|La|Los|Las)\s/u.test(text) ? uncapitalise(text) : text
}
