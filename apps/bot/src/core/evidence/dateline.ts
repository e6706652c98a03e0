/** The dateline of a release ("NAIROBI, 3 May 2024 –", "GINEBRA (18 de febrero de 2022) –"): where and when it was written, and what it dates. */
import {datelineOf, type Span} from 'article-facts'
import {Draft, type Request} from '../compose/draft.js'
import {DATE_WORDS} from '../lexicon.js'
import {fold} from '../text.js'
import {evidenceIndex, type EvidenceIndex, type EvidenceSentence} from './index.js'
import {knownPlace, worldCity, foldedCountryNames} from './place-names.js'
import {sayShort} from './say.js'

/** A dateline written as a sentence of its own ("Madrid, martes 17 de junio de 2025.") earlier in the sentence's paragraph, with its date. */
export function datelineLine(index: EvidenceIndex, sentence: EvidenceSentence['sentence']): {line: EvidenceSentence['sentence']; date: Span} | undefined {
  for (let at = sentence.index - 1; at >= 0; at--) {
    const line = index.sentences[at]!.sentence
    if (line.paragraph !== sentence.paragraph) return undefined
    const dates = (line.spans ?? []).filter((span) => span.type === 'date')
    const date = dates[0]
    if (dates.length === 1 && date!.iso !== undefined && DATELINE_PLACE.test(line.text.slice(0, date!.start)) && /^\s*\.?\s*$/u.test(line.text.slice(date!.end))) return {line, date: date!}
  }
  return undefined
}

/**
 * The city of the dateline that places a sentence: one written as a sentence of its own earlier in its paragraph
 * ("Chihuahua, Chih., 22 de marzo de 2019."), one opening its paragraph ("Stavanger, Norway, 30 August 2022 – …",
 * "GINEBRA (18 de febrero de 2022) – …"), or a paragraph of its own right before it ("*Sevilla, 18 de junio de 2019*" over the lead).
 */
export function datelinePlace(index: EvidenceIndex, sentence: EvidenceSentence['sentence']): Span | undefined {
  const found = datelineLine(index, sentence)
  const city = found ? /^(\p{Lu}[\p{L}\p{M}'’ -]*?),/u.exec(found.line.text)?.[1] : leadDateline(index, sentence)
  // "Martes, 26 de junio de 2018": a day of the week before the date, not a city.
  return city && !writesDateWord(city) ? {type: 'place', text: city, start: 0, end: city.length} : undefined
}

/** The place of a dated dateline opening the sentence's paragraph, or making up the paragraph just before it. */
function leadDateline(index: EvidenceIndex, sentence: EvidenceSentence['sentence']): string | undefined {
  let first = sentence.index
  while (first > 0 && index.sentences[first - 1]!.sentence.paragraph === sentence.paragraph) first--
  const dated = (line: EvidenceSentence['sentence']) => (line.spans ?? []).some((span) => span.type === 'date' && span.start <= DATELINE_REACH)
  const opening = index.sentences[first]!.sentence
  const own = dated(opening) ? datelineOf(opening.text) : undefined
  if (own) return own
  const before = index.sentences[first - 1]?.sentence
  return before && before.paragraph !== sentence.paragraph && dated(before) && /^\s*$/u.test(before.text.slice(Math.max(...(before.spans ?? []).filter((span) => span.type === 'date').map((span) => span.end)))) ? datelineOf(before.text) : undefined
}

/** How far into its line a dateline's date may begin: past a city, a region and a country. */
export const DATELINE_REACH = 45

/** What a dateline puts before its date: a place and a comma ("Ciudad de México, "), or nothing. */
const DATELINE_PLACE = /^(?:\p{Lu}[\p{L}\p{M}.'’ -]*,\s*)*$/u

/** Whether a text writes a month or a weekday ("Martes", "25 May"), by the lexicon's date words. */
export function writesDateWord(text: string): boolean {
  return fold(text).split(/[^a-z0-9ñ]+/u).some((word) => DATE_WORDS.has(word))
}

/** "Who do I contact to interview their spokespeople?" asks for the contact, not the speakers; "the call" is the event (a press call). */
export const CONTACT = /\b(?:contact|reach|email|(?<!\b(?:the|this|a|press) )call|phone|contactar|contacto|llamar|escribir)\b/

/** Words that name a building or a site, not a town: "… Library", "Hotel …", "… Hall". */
export const VENUE = /\b(?:library|museum|hall|hotel|cent(?:re|er)|building|park|square|street|church|cathedral|university|college|school|office|embassy|club|house|gallery|theat(?:re|er)|stadium|arena|plaza|biblioteca|museo|hotel|centro|edificio|parque|iglesia|catedral|universidad|colegio|escuela|oficina|embajada|teatro|estadio|sede)\b/iu

/** Where a release was issued from: "where was the statement issued from?", "¿desde dónde se publicó el comunicado?". */
export const ISSUED_FROM =
  /^\W*where(?:'s|’s|\s+is|\s+was)\s+(?:this|it)\s+from\W*$|\b(?:where|which city|what city)\b.{0,60}\b(?:release|statement|report|advisory|announcement|communique|news|article|dateline|datelined)\b.{0,30}\bfrom\b|\b(?:issued|released|datelined|published|sent)\s+from\s+(?:where|which city|what city)\b|\b(?:where|which city|what city)\b.{0,20}\b(?:this|it)\s+(?:issued|released|sent|published|written|put out|announced|made)\s+from\b|\b(?:desde|de)\s+(?:donde|que ciudad(?:es)?)\b.{0,40}\b(?:comunicado|nota|informe|declaracion|publico|emitio|difundio|envio)\b/

/** A dateline opening the release: "(Nueva York) –", "(Washington, DC) –", "NAIROBI, 3 May 2024 –", "París, 3 de octubre de 2023 —". */
export const DATELINE = /^\s*\(?\s*(\p{Lu}[\p{L}\p{M}.'’ -]{1,40}?)\s*(?:,\s*[^()–—\n]{1,40}?)?\s*\)?\s*(?:[–—]|\.-)\s/u

/** Words that open a release before a dash and are no city: "Today –", "Update –". */
export const NOT_A_PLACE = /^(?:today|yesterday|tomorrow|hoy|ayer|manana|mañana|update|updated|breaking|photo|video|note|nota|urgent|urgente|comunicado|comunicado de prensa|nota de prensa|communique|statement|press statement|release|press release|news release|media advisory|advisory|alert|alerta|convocatoria|declaraci[oó]n|pronunciamiento|urgent action|acci[oó]n urgente)$/i

/** The city of the dateline that opens the release, with its sentence. */
/** "Where is this from?", "where was the release issued from?": the city of the release's dateline, when it has one. */
export function issuedFromAnswer(request: Request, question: string): Draft | undefined {
  return ISSUED_FROM.test(fold(question)) ? datelineAnswer(new Draft(request, 'fact'), evidenceIndex(request.facts)) : undefined
}

export function datelineAnswer(draft: Draft, index: EvidenceIndex): Draft | undefined {
  const found = headDateline(index)
  return found ? sayShort(draft, found.place, found.sentence) : undefined
}

/** The release's dateline when it gives its day too ("BUSAN, Republic of Korea, 24 November 2024"): where what it tells that day was done. */
export function datedHeadDateline(index: EvidenceIndex): ReturnType<typeof headDateline> {
  const found = headDateline(index)
  return found && (found.sentence.spans ?? []).some((span) => span.type === 'date') ? found : undefined
}

/** The place the release was written at, as its dateline gives it, with the dateline's sentence. */
export function headDateline(index: EvidenceIndex): {place: string; sentence: EvidenceSentence['sentence']} | undefined {
  // "Human Rights Watch – Report launch – 11 December 2010" names who wrote it, not where.
  // A statement may close on it instead: "Santiago, 30 de julio de 2009" under its signatures.
  // A contact block may come first: "Contacts:" and a line for each, then "Denver, January 24, 2014 – …".
  const lines = [...index.sentences.slice(0, 8), ...index.sentences.slice(-2)]
  for (const evidence of lines.filter((line) => line.sentence.block !== 'byline')) {
    // "Ginebra-París, 15 de abril de 2016.", "TROMSVIK / STRELSAU, 4 de marzo": a dateline written as a sentence of its own.
    const date = (evidence.sentence.spans ?? []).find((span) => span.type === 'date')
    // "Nueva York (EE. UU.), miércoles 24 de abril de 2007.": the country in brackets after the city.
    const alone = date && /^\s*\.?\s*$/u.test(evidence.sentence.text.slice(date.end)) ? /^\(?(\p{Lu}[\p{L}\p{M}.'’ /-]{1,40}?)(?:\s*\([^()]{1,15}\))?,[^,]*$/u.exec(evidence.sentence.text.slice(0, date.start))?.[1] : undefined
    // "Washington, D.C. - La Comisión …": a plain hyphen after a city the world knows ("CIDH - Comunicado de Prensa" is no place).
    const hyphened = HYPHEN_DATELINE.exec(evidence.sentence.text)
    const hyphenCity = hyphened?.[1] && (worldCity(hyphened[1]) || knownPlace(hyphened[1]) || hyphened[2] !== undefined) ? hyphened[1] : undefined
    // "GINEBRA (18 de febrero de 2022) –": the parser's datelines too.
    // "Press Release / 20 May 2014 / Blantyre": a city on a line of its own among the head's lines.
    const line = evidence.sentence.text.trim().replace(/\.$/u, '')
    const cityLine = evidence.sentence.index < 8 && worldCity(line) ? line : undefined
    // "IMPHAL: The Disable Development Association …": a city in capitals before a colon, as news agencies write it.
    const capitalsColon = evidence.sentence.index < 8 ? CITY_COLON.exec(evidence.sentence.text)?.[1] : undefined
    const place = (DATELINE.exec(evidence.sentence.text)?.[1] ?? alone ?? datelineOf(evidence.sentence.text) ?? hyphenCity ?? cityLine ?? (capitalsColon && !LABEL_IN_CAPITALS.test(capitalsColon) && !foldedCountryNames().has(fold(capitalsColon)) ? capitalsColon : undefined))?.trim()
    if (!place || NOT_A_PLACE.test(place)) continue
    // "NAIROBI" as a reader writes it: "Nairobi".
    const written = place === place.toUpperCase() ? place.toLowerCase().replace(/(^|[\s-])\p{L}/gu, (letter) => letter.toUpperCase()) : place
    return {place: written, sentence: evidence.sentence}
  }
  return undefined
}

/** A city, and its region in letters, opening a sentence before a plain hyphen: "Washington, D.C. - La Comisión …". */
const HYPHEN_DATELINE = /^\s*(\p{Lu}[\p{L}\p{M}'’ ]{1,30}?)(?:,\s*(\p{Lu}\.(?:\p{Lu}\.)+))?\s+-\s+\p{Lu}/u

/** A place in capitals opening a sentence before a colon ("IMPHAL: The …", "NEW DELHI: …"); a body's letters are shorter. */
const CITY_COLON = /^(\p{Lu}{5,}|\p{Lu}{3,}(?:[\s-]\p{Lu}{3,}){1,2}):\s+\p{Lu}/u
/** Labels written in capitals before a colon that name no place. */
const LABEL_IN_CAPITALS = /^(?:PRESS|MEDIA|NOTE|NOTES|UPDATE|CONTACT|CONTACTS|WHEN|WHERE|WHAT|WHO|EMBARGO|EMBARGOED|URGENT|BACKGROUND|EDITORS|RSVP|PHOTO|VIDEO|AUDIO|SOURCE|ACTION|LOCATION|DATE|TIME|VENUE|SPEAKERS|NOTA|FECHA|LUGAR|HORA|CONTACTO|PRENSA|COMUNICADO|ATENCION|IMPORTANTE|ACTUALIZACION|PRESS RELEASE|MEDIA ADVISORY|FOR IMMEDIATE RELEASE)$/u
