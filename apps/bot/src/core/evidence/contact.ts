/**
 * A contact's address asked by whom it reaches: "what is Gabby Arias's email?" of a release whose
 * press contacts are lines like "Gabby Arias – garias@aclu.org – cell 908-230-3166".
 */
import {fold} from '../text.js'
import type {EvidenceIndex, EvidenceSentence} from './index.js'
import {isStopword, wordsOf} from './terms.js'

export type ContactKind = 'email' | 'phone'

/** A question for an email address or a telephone number, by its kind. */
export function contactAsked(question: string): ContactKind | undefined {
  const folded = fold(question)
  if (EMAIL_WORD.test(folded)) return 'email'
  return PHONE_WORD.test(folded) ? 'phone' : undefined
}

/**
 * The one address of that kind on the line that names most of whom the question names, when one
 * line alone does; nothing when the question names no one the contact lines name.
 */
export function namedContact(index: EvidenceIndex, question: string, kind: ContactKind): {address: string; line: EvidenceSentence['sentence']} | undefined {
  const asked = new Set(wordsOf(question).filter((word) => word.length >= 3 && !isStopword(word) && !CONTACT_WORD.test(word)))
  if (asked.size === 0) return undefined
  const pattern = kind === 'email' ? EMAIL_ADDRESSES : PHONE_NUMBERS
  let most = 0
  let found: Array<{address: string; line: EvidenceSentence['sentence']}> = []
  for (const {sentence} of index.sentences) {
    const addresses = new Set([...sentence.text.matchAll(pattern)].map((match) => match[0].replace(/\.$/u, '').trim()))
    // "Phone: 202 495 2266 / Fax: 202 495 2138": which of two is meant, the question does not say.
    if (addresses.size !== 1) continue
    const held = new Set(wordsOf(sentence.text))
    const named = [...asked].filter((word) => held.has(word)).length
    if (named === 0 || named < most) continue
    if (named > most) found = []
    most = named
    found.push({address: [...addresses][0]!, line: sentence})
  }
  return found.length === 1 ? found[0] : undefined
}

const EMAIL_WORD = /\b(?:e-?mail|mail|correo)\b/
const PHONE_WORD = /\b(?:phone|telephone|cell|mobile|telefono|celular|movil)\b/
/** The question's words for the kind of address, not for whom it reaches. */
const CONTACT_WORD = /^(?:e-?mail|mail|correo|electronico|address|addresses|direccion|phone|telephone|number|numero|telefono|contact|contacto|call|llamar|cell|mobile|celular|movil|reach|write|escribir|pls|please)$/
/** Every e-mail address of a text (`matchAll` copies the pattern, so it keeps no state between texts). */
export const EMAIL_ADDRESSES = /[\w.+-]+@[\w-]+(?:\.[\w-]+)+/gu
/** A number one can dial: "+44 20 7413 5566", "(11) 4523-8890". */
export const PHONE_NUMBER = /\+?\(?\d[\d ()-]{6,}\d/u
/** Every such number of a text. */
export const PHONE_NUMBERS = new RegExp(PHONE_NUMBER.source, 'gu')
