/** Who put the release out or signed it: the signature lines at its foot, and "Signed by:" lists. */
import {Draft, type Request} from '../compose/draft.js'
import {fold} from '../text.js'
import {listOf} from '../words.js'
import {sayShort, cite, nameWithRole} from './say.js'
import {CALENDAR_WORD} from './stated.js'

/** "*By Ana Lenz, Harbourwatch – published 22 April 2016*": the one who signs the release, at its head. */
const SIGNED_BY = /^\W*(?:By|Written by|Por|Escrito por|(?:An?\s+)?(?:message|letter|statement|note|open letter)\s+(?:from|by)|(?:Un|Una)?\s*(?:mensaje|carta|nota|declaraci[oó]n)\s+de)\s+(\p{Lu}[\p{L}\p{M}'’.-]+(?:\s+(?:de\s+|van\s+|von\s+)?\p{Lu}[\p{L}\p{M}'’.-]+){1,3})/u

/**
 * Who wrote the release: the one a line at its head signs it with ("By Ana Lenz"), the author its
 * byline names ("Tuesday, February 04, 2020 · Peter McCartney"), or the one who signs it at its foot
 * ("In solidarity, / Sevan Doraisamy / Executive Director").
 */
export function signedByAnswer(request: Request, signingAsked = false): Draft | undefined {
  const {facts} = request
  const signed = facts.sentences.slice(0, 12).find((sentence) => SIGNED_BY.test(sentence.text))
  const name = signed ? SIGNED_BY.exec(signed.text)?.[1] : undefined
  if (signed && name) return sayShort(new Draft(request, 'fact'), name, signed)
  const byline = facts.sentences.slice(0, 5).find((sentence) => sentence.block === 'byline')
  const author = byline?.text
    .split(/\s+[–—|·]\s+/u)
    .map((part) => part.trim())
    .find((part) => PERSON_NAME.test(part) && !RELEASE_WORD.test(part) && part !== facts.article.publisher && !facts.organisations.some((organisation) => organisation.name === part))
  if (byline && author) return sayShort(new Draft(request, 'fact'), author, byline)
  // Those whose names are lines of their own among the last: each signs it ("Sonia Alesso / Secretaria General / Roberto Baradel / …").
  const foot = facts.sentences.slice(-8)
  const signers = facts.people.flatMap((person) => {
    // "Claudio González U": a name and an initial.
    const line = foot.find((sentence) => {
      const text = sentence.text.trim().replace(/[.,]$/u, '')
      return text === person.name || (text.startsWith(`${person.name} `) && /^\p{Lu}\.?$/u.test(text.slice(person.name.length + 1)))
    })
    return line ? [{person, line}] : []
  })
  // "Fray Tomás González Castillo, OFM" closing the statement: a name, a form of address before it or an order's letters after it.
  // Only when signing is asked: a name closing a release may be its contact's too.
  // "Gautam Mody / General Secretary / 29 June 2023": above a title and a date too.
  const closing = signers.length === 0 && signingAsked ? facts.sentences.slice(-4).reverse().find((sentence) => SIGNATURE_LINE.test(sentence.text.trim()) && !TITLE_LINE.test(sentence.text) && !CALENDAR_WORD.test(fold(sentence.text)) && !facts.organisations.some((organisation) => sentence.text.includes(organisation.name))) : undefined
  if (closing) return sayShort(new Draft(request, 'fact'), closing.text.trim().replace(/[.,]$/u, ''), closing)
  if (signers.length === 0 || signers.length > 4) return undefined
  const draft = new Draft(request, 'fact')
  // For whom each signs: "Federico Aguirre, Secretario Ejecutivo (Corporación de Promoción …)".
  draft.say('evidence-short', {answer: listOf(signers.map(({person}) => (person.affiliation ? `${nameWithRole(person, draft)} (${person.affiliation})` : nameWithRole(person, draft))))})
  for (const {person, line} of signers) cite(draft, line, person)
  return draft
}

/** A line that is someone's title, under their name: "General Secretary", "Coordinadora Nacional". */
const TITLE_LINE = /\b(?:secretary|director|president|chair|chairperson|coordinator|officer|manager|spokesperson|head|member|secretari[oa]|director[a]?|president[ae]|coordinador[a]?|portavoz|responsable|miembro|integrante)\b/iu

/** A signature line: a name of two to four words, maybe a form of address before it ("Fray", "Dr.") and letters after it (", OFM", ", SJ"). */
const SIGNATURE_LINE = /^(?:(?:Fray|Fr\.|Sor|Hna\.|Hermana|Hermano|Padre|P\.|Mons\.|Monseñor|Rev\.|Dr\.|Dra\.|Lic\.|Mgr\.)\s+)?\p{Lu}[\p{L}\p{M}'’-]+(?:\s+(?:de\s+(?:la\s+|los\s+)?|del\s+)?\p{Lu}[\p{L}\p{M}'’-]+){1,3}(?:,\s*\p{Lu}{2,5}\.?)?\.?$/u

/** Words a byline names the release with, not its author: "Media Release", "Press Statement". */
const RELEASE_WORD = /\b(?:release|statement|advisory|update|news|press|media|comunicado|nota|prensa)\b/iu

/** A person's name as a byline writes it: two or three capitalised words ("Dean Preston"). */
const PERSON_NAME = /^\p{Lu}[\p{L}\p{M}'’-]+(?:\s+\p{Lu}[\p{L}\p{M}'’-]+){1,2}$/u

/** "Who signed it?", "¿quién firma este comunicado?": the release's signer, not a petition's. */
export const SIGNED_ASKED =
  /^\W*(?:who (?:signed|signs|has signed)(?: (?:it|(?:this|the)(?: (?:statement|letter|open letter|release|press release|declaration|appeal|urgent appeal))?))?|quien(?:es)? (?:lo |la )?(?:firma|firmo|firmaron|firman)(?: (?:esto|este comunicado|el comunicado|la carta|esta carta|la declaracion|esta declaracion|el pronunciamiento|este pronunciamiento))?)\W*$/
