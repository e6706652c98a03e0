/**
 * The evidence layer: every sentence with typed spans (people, organisations, places, dates,
 * numbers, titles of works, quotes with their speaker). People and organisations are tied to the
 * registry by id, so an answer can say who "she" or "the organisation" is without guessing.
 */
import type {DateRef, Span} from '../schema.js'
import {countryNames, regionNames} from '../util/countries.js'
import {resolveDate, type DateAnchor} from '../util/dates.js'
import {ADVISORY_LABELS, LEADING_WORDS, ORGANISATION_HINT, ROLE_NOUN, ROLE_WORDS, TITLE_WORDS, VENUE, isTitleCase, matchAll} from '../util/patterns.js'
import type {FactsDraft, SentenceContext} from './draft.js'

interface Name {
  text: string
  type: 'person' | 'organisation' | 'place'
  /** The registry id; none for a place. */
  entity?: string
}

/** Every way the registry writes a name: full names, aliases, "Pérez-Ríos" and "Pérez Ríos". */
function registryNames(draft: FactsDraft): Name[] {
  const names: Name[] = []
  const add = (text: string, type: Name['type'], entity?: string) => {
    if (text.length < 2) return
    // "la organización" opens a sentence as "La organización".
    const opening = /^\p{Ll}/u.test(text) ? [text[0]!.toUpperCase() + text.slice(1)] : []
    for (const variant of new Set([text, text.replace(/-/g, ' '), text.replace(/(\p{L}) (\p{Lu})/gu, '$1-$2'), ...opening])) names.push({text: variant, type, ...(entity ? {entity} : {})})
  }
  // A state named in words of several kinds ("Democratic Republic of the Congo") is one place.
  for (const country of draft.countries) if (/\s\p{Ll}/u.test(country)) add(country, 'place')
  for (const organisation of draft.organisations.values()) for (const text of [organisation.name, ...organisation.aliases]) add(text, 'organisation', organisation.id)
  const people = [...draft.people.values()]
  for (const person of people) for (const text of [person.name, ...person.aliases]) add(text, 'person', person.id)
  // "the Secretary General" is the one person who holds that title in the article.
  for (const person of people) {
    for (const title of person.titles) {
      const holders = people.filter((other) => other.titles.some((known) => known.toLowerCase() === title.toLowerCase()))
      if (holders.length === 1 && /^\p{Lu}/u.test(title) && title.length > 4) add(title, 'person', person.id)
    }
  }
  // Longest first, so a branch ("… International Chile") wins over its parent.
  return names.sort((a, b) => b.text.length - a.text.length)
}

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')

/** Figures with what they count: "12,500 signatures", "70 interviews", "dos millones", "one million", a least figure ("253+"), pence ("a 25p tax"). */
const NUMBER = /(?<![\p{L}\d])(?:US|A|C|NZ)?[$£€]\s?\d{1,3}(?:[,.]\d{3})*(?:[.,]\d+)?(?:\s?(?:bn|mn|m|k|tn|billion|million|trillion|thousand)(?![\p{L}])|(?![\p{L}\d]))|(?<![\p{L}\d])\d+(?:[.,]\d+)?(?:bn|billion|million|trillion)(?![\p{L}\d])|(?<![\p{L}\d])(?:\d{1,3}(?:[,.\s]\d{3})+|\d+(?:[.,]\d+)?)(?:\+|p(?![\p{L}\d]))?(?:\s*(?:%|per cent|percent|por ciento))?(?:\s+(?:million|billion|thousand|hundred|millones|millón|mil))?(?![\p{L}\d])|(?<![\p{L}])(?:(?:a\s+)?quarter\s+of\s+a\s+million|half\s+a\s+million|(?:un\s+)?cuarto\s+de\s+millón|medio\s+millón)(?![\p{L}])|(?<![\p{L}])(?:two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundreds|thousands|dozens|dos|tres|cuatro|cinco|seis|siete|ocho|nueve|diez|doce|trece|catorce|quince|dieciséis|dieciseis|diecisiete|dieciocho|diecinueve|veinte|treinta|cuarenta|cincuenta|sesenta|setenta|ochenta|noventa|cientos|miles|decenas|docenas|cien|doscient[oa]s|trescient[oa]s|cuatrocient[oa]s|quinient[oa]s|seiscient[oa]s|setecient[oa]s|ochocient[oa]s|novecient[oa]s)(?:\s+(?:million|thousand|hundred|millones|mil))?(?![\p{L}])|(?<![\p{L}])(?:(?:una|un)\s+(?:decena|docena|veintena|treintena|cuarentena|cincuentena|centenar|millar)|a\s+dozen|a\s+score)(?![\p{L}])|(?<![\p{L}])(?:at least|al menos|only|solo|sólo) (?:one|un|una|uno)(?![\p{L}])|(?<![\p{L}])(?:one|a|un)\s+(?:million|billion|millón)(?![\p{L}])/giu

const QUOTED = /[“"«]([^”"»]+)[”"»]/gu
/** Kinds of work a title names. */
const WORK = /\b(?:report|reports|briefing|study|book|film|documentary|campaign|petition|statement|letter|memorandum|informe|informes|estudio|libro|documental|campaña|ciberacción|petición|carta|documento|memorando)\b/iu

/** A capitalised run: "Alta Verapaz", "Ciudad de México". */
// "Borg al-Arab Prison": an Arabic article inside a name is part of it.
const CAPITALISED = /(?<![\p{L}\p{M}\d])\p{Lu}[\p{L}\p{M}'’-]*(?:\s+(?:de\s+|del\s+|de la\s+|of\s+)?(?:(?:al|el)-)?\p{Lu}[\p{L}\p{M}'’-]*){0,3}/gu
/** Words before a place: "in Quito", "to Cuenca", "en Loja", "in the capital, Port Moresby". */
const LOCATIVE = /(?:^|[\s(])(?:in|to|at|from|(?:MP|MEP|MSP|MLA|MPP|diputad[oa]|senador[a]?)\s+(?:for|por)|^In|^En|^At|^From|^Desde|^Outside|^Near|across|near|outside|inside|visit|visits|visited|visiting|reach|reached|en|a|desde|hacia|hasta|visitar|visitará|visitó|(?:places|areas|towns|communities|neighbourhoods|neighborhoods|lugares|zonas|localidades|comunidades|barrios)\s+(?:such\s+as|like|como)|(?:cities|towns|villages|countries|regions|provinces|states|districts|ciudades|pueblos|localidades|países|regiones|provincias|estados|municipios|departamentos)\s*:|(?:city|town|village|capital|outskirts|suburbs|hotel|province|region|state|district|department|municipality|ciudad|pueblo|aldea|localidad|afueras|provincia|región|estado|distrito|departamento|municipio|cárcel|prisión|penal|penitenciaría|reclusorio|centro penitenciario|centro de detención|prison|jail|zona rural|zona urbana|área rural|area rural|rural area|urban area)\s+(?:of|de)|(?:city|town|village|capital|ciudad|pueblo|localidad),|centros?\s+comercial(?:es)?|shopping\s+(?:centres?|centers?|malls?))\s+(?:the\s+|el\s+|la\s+|los\s+|las\s+)?(?:(?:(?:No|Nº|Núm|Number)\.?\s+)?\d{1,3}\s+)?$/u

let lowerCaseCountries: readonly string[] | undefined

/** Country names with a word in lower case, with either apostrophe ("Côte d’Ivoire", "Côte d'Ivoire"), longest first. */
function countriesWithLowerCase(): readonly string[] {
  lowerCaseCountries ??= [...countryNames()]
    .filter((name) => /[\s’']\p{Ll}/u.test(name))
    .flatMap((name) => [...new Set([name, name.replace(/’/gu, "'")])])
    .sort((a, b) => b.length - a.length)
  return lowerCaseCountries
}

/** A body named by the word its kind begins with, alone: "el Consejo", "la Comisión", "the Committee". */
const BODY_WORD = /^(?:Consejo|Comité|Comisión|Ministerio|Fiscalía|Procuraduría|Secretaría|Defensoría|Tribunal|Council|Committee|Commission|Ministry)$/u

/** Kinds of building a name may end with in lower case too ("Evin prison"). */
const FACILITY_KINDS = 'prison|jail|penitentiary|hospital|camp'
/** A building's kind in lower case right after its name: " prison" in "Evin prison". */
const FACILITY_KIND = new RegExp(`^\\s(?:${FACILITY_KINDS})(?![\\p{L}])`, 'u')
/** A building named by what it is last: "Evin Prison", "Borg al-Arab Prison", "Grand Hotel" — a place where someone is held or stays. */
const FACILITY = new RegExp(`\\s(?:Gaol|Hotel|Airport|Stadium|Barracks|${FACILITY_KINDS.replace(/\b\p{Ll}/gu, (letter) => letter.toUpperCase())}|${FACILITY_KINDS})$`, 'u')

/** "to" after words that point at a source or a cause, not a place: "according to", "thanks to", "due to". */
const NOT_LOCATIVE = /\b(?:according|thanks|due|owing|speaking|talking)\s+to\s+(?:the\s+)?$/iu
/** What puts a name as the building or the square something happens at: "frente al", "in front of the", "la plaza". */
const FACING = /(?:^|\s)(?:frente\s+a(?:l|\s+la|\s+los|\s+las)?|delante\s+de(?:l|\s+la)?|in\s+front\s+of(?:\s+the)?|outside\s+the|(?:la\s+|the\s+)?(?:plaza|calle|avenida|paseo|glorieta))\s+$/u

/** A verb done to someone, then the Spanish "a" that marks whom: "explicaron a", "amenazaron a la", "detuvieron el lunes a". */
const PERSONAL_A = /(?:^|\s)(?:explic|dij|dijo|decir|dice|inform|pidi|pide|pedir|pregunt|respond|contest|agredi|amenaz|golpe|acus|asesin|tortur|secuestr|detuv|deten|arrest|liber|conden|juzg|agradec|felicit|entrevist|acompa[ñn]|notific|comunic|escuch|insult|hostig|intimid|persigu|atac|hiri|mataron|mató|denunci|demand)\p{L}*\s+(?:[\p{Ll}\d]+\s+){0,3}?a\s+$/u

/** "put their names to a WWF petition": the English article "a", not the Spanish "a" of "viajó a Quito". */
const ENGLISH_A = /\b(?:to|of|for|with|into|onto|is|was|are|were|be|been|has|have|had|as|on|at|by|from|in|and|like|than|about|after|before|under|over|through|during|not|such|what|half|quite)\s+a\s+$/iu
const PLACED_AFTER = /^,?\s+(?:in|en)\s+(?:the\s+|el\s+|la\s+)?\p{Lu}/u
const LIST_GAP = /^\s*(?:,|,?\s+(?:and|y|e|or|o))\s*$/u
/**
 * What introduces a name ("President", "said", "by" are not enough; a title is): an honorific, or a role or office right before it
 * ("el fiscal Luis Barroso", "cuyo director general es José María Vera", the "stand-up poet" Ana Lenz), or hosting an event ("hosted by Ana Lenz").
 */
const PERSON_CUE = new RegExp(
  `(?:\\b(?:Mr|Mrs|Ms|Dr|Sr|Sra)\\.?|(?<![\\p{L}])(?:${ROLE_NOUN}|general|prosecutor|judge|senator|mayor|fiscal|juez|jueza|senadora|senador|diputada|diputado|alcaldesa|alcalde|mandatario|mandataria)["”’]?|\\b(?:hosted|presented|moderated|chaired|emceed)\\s+by|\\b(?:conducid[oa]s?|presentad[oa]s?|moderad[oa]s?)\\s+por)[,:]?(?:\\s+(?:is|was|es|era|fue))?\\s+$`,
  'iu'
)

/** People named right after a capitalised word, which then says what they are: "Black people", "Indigenous women". */
const PEOPLE_AFTER = /^\s+(?:people|persons|communities|community|women|men|children|youth|families|voters|workers|residents|students|lives)(?![\p{L}])/u

/** "Interviews in French and Spanish": a language, not a place. */
const LANGUAGE = /^(?:English|Spanish|French|Portuguese|Arabic|Russian|Chinese|Mandarin|Cantonese|German|Italian|Japanese|Korean|Hindi|Urdu|Bengali|Tamil|Swahili|Amharic|Somali|Hausa|Yoruba|Zulu|Quechua|Aymara|Guarani|Guaraní|Kurdish|Persian|Farsi|Dari|Pashto|Turkish|Ukrainian|Polish|Dutch|Greek|Hebrew|Burmese|Creole|Catalan|Basque|Galician)$/u

/** A country by its name in English or Spanish, wherever it stands ("Ana Lenz of India"); not a body the region table also names. */
function isCountryName(run: string): boolean {
  return (countryNames().has(run) || countryNames().has(run.replace(/'/gu, '’'))) && !BODIES.has(run)
}

/** "Syria, the Philippines, Pakistan, Iraq and India": a list of countries or regions, not a title. */
function placesOnly(text: string): boolean {
  return text.split(/,\s*|\s+(?:and|y|e)\s+/u).every((part) => {
    const name = part.trim().replace(/^(?:the|la|el|los|las)\s+/iu, '')
    return isCountryName(name) || regionNames().has(name)
  })
}

/** Names of open places and streets by their last word ("Parliament Lawn", "Merrion Square", "Whitehall Road"). */
const GROUND = /\s(?:Lawn|Square|Street|Avenue|Road|Plaza|Green|Gardens|Embankment|Bridge|Steps|Common)$/u

const REGION_DESK = /^\s+(?:researcher|director|directora|division|program|programme|team|desk|deputy|advocacy|campaigner|investigador|investigadora)\b/iu

const BODIES = new Set(['United Nations', 'Naciones Unidas', 'European Union', 'Unión Europea'])

export interface SpanContext {
  draft: FactsDraft
  anchor: DateAnchor
  /** Each way of writing a registry name, to the entity it names (the longest name's first). */
  names: Map<string, Name>
  namePattern: RegExp | undefined
  /** "la ministra", "the lawyer": a role's word with its article, for the one person whose title it heads. */
  rolePattern: RegExp | undefined
  roleHolders: Map<string, string>
  titles: string[]
  /** The article outside its Title Case headlines, where capitals mark names. */
  running: {text: string; ordinary: ReadonlySet<string>}
}

/** The word a title opens with, when it is a role's ("ministra de Justicia" → "ministra"), in lower case. */
function roleHead(title: string): string | undefined {
  const head = title.replace(/^(?:the|la|el)\s+/iu, '').split(/\s+/)[0]?.toLowerCase() ?? ''
  return ROLE_WORDS.has(head) ? head : undefined
}

/** Each role word that heads the titles of exactly one person, to that person's id. */
function soleRoleHolders(draft: FactsDraft): Map<string, string> {
  const holders = new Map<string, Set<string>>()
  for (const person of draft.people.values()) {
    for (const title of person.titles) {
      const head = roleHead(title)
      if (head) holders.set(head, (holders.get(head) ?? new Set()).add(person.id))
    }
  }
  return new Map([...holders].filter(([, ids]) => ids.size === 1).map(([head, ids]) => [head, [...ids][0]!]))
}

/** What spans need from the whole article, read once per file. */
export function spanContext(draft: FactsDraft, anchor: DateAnchor, sentences: readonly SentenceContext[] = []): SpanContext {
  const ordered = registryNames(draft)
  const names = new Map<string, Name>()
  for (const name of ordered) if (!names.has(name.text)) names.set(name.text, name)
  const namePattern = names.size === 0 ? undefined : new RegExp(`(?<![\\p{L}\\p{M}\\d])(?:${[...names.keys()].map(escape).join('|')})(?![\\p{L}\\p{M}\\d])`, 'gu')
  const titles = [...new Set(draft.reports.flatMap((report) => [report.title, report.mainTitle]))].sort((a, b) => b.length - a.length)
  const roleHolders = soleRoleHolders(draft)
  // Not "the minister of X" nor "the lawyer for Y" (perhaps another), nor "la ministra Ana Ruiz" (named already).
  const rolePattern = roleHolders.size === 0 ? undefined : new RegExp(`(?<![\\p{L}])(?:[Tt]he|[Ll]a|[Ee]l)\\s+(${[...roleHolders.keys()].map(escape).join('|')})(?![\\p{L}])(?!\\s+(?:of|for|at|from|de|del|para|en)\\s)(?!,?\\s+\\p{Lu})`, 'gu')
  return {draft, anchor, names, namePattern, rolePattern, roleHolders, titles, running: runningText(sentences)}
}

/** What the article writes outside its Title Case headlines, and the words it writes there in lower case ("rally", "ship", "million"). */
function runningText(sentences: readonly SentenceContext[]): {text: string; ordinary: Set<string>} {
  const texts = sentences.map(({text}) => text).filter((text) => !isTitleCase(text))
  const ordinary = new Set<string>()
  for (const text of texts) for (const [word] of text.matchAll(/(?<![\p{L}\p{M}'’-])\p{Ll}[\p{L}\p{M}]*/gu)) ordinary.add(word)
  return {text: texts.join('\n'), ordinary}
}

/**
 * The name a capitalised run of a Title Case headline holds, where every word is capitalised: its longest start the
 * article writes so elsewhere ("Kunshan" of "Kunshan Kills", "New York" of "New York Rally"), never one ordinary word
 * alone ("Ship" of "to Ship One Million Cholera"); a run of one word that is none ("to visit Zenda") as it is. Empty when there is none.
 */
function headlineName(run: string, running: SpanContext['running']): string {
  const words = run.split(/\s+/)
  for (let length = words.length; length >= 1; length--) {
    const name = words.slice(0, length).join(' ')
    if (/\s(?:of|de|del|la)$/u.test(name) || (length === 1 && running.ordinary.has(name.toLowerCase()))) continue
    // "… to visit Zenda": one word, no ordinary one, is a name where it stands.
    if (words.length === 1) return name
    if (new RegExp(`(?<![\\p{L}\\p{M}])${escape(name)}(?![\\p{L}\\p{M}])`, 'u').test(running.text)) return name
  }
  return ''
}

function overlaps(spans: readonly Span[], start: number, end: number): boolean {
  return spans.some((span) => span.type !== 'quote' && start < span.end && span.start < end)
}

/** Media advisories: "When: …", "Dónde: …", "Who: …" lines. */
export const ADVISORY_LABEL = new RegExp(`^(?:(${ADVISORY_LABELS.when})|(${ADVISORY_LABELS.where})|(${ADVISORY_LABELS.who}))\\s*:\\s*`, 'u')
/** A name and nothing more, two or three capitalised words: "Elizabeth Berton-Hunter". */
const BARE_NAME = /^\p{Lu}[\p{Ll}\p{M}'’]+(?:-\p{L}[\p{Ll}\p{M}'’]+)*(?:\s+\p{Lu}[\p{Ll}\p{M}'’]+(?:-\p{L}[\p{Ll}\p{M}'’]+)*){1,2}$/u

const PERSON_NAME = /(?<![\p{L}\p{M}])\p{Lu}[\p{L}\p{M}'’-]+(?:\s+(?:de\s+|del\s+|de la\s+)?\p{Lu}[\p{L}\p{M}'’-]+){1,3}/gu

/** A label for both the day and the place: "When and where", "Cuándo y dónde". */
const BOTH_LABEL = /\s(?:and|y|&)\s/u

function advisorySpans(text: string, push: (span: Span) => void): void {
  const label = ADVISORY_LABEL.exec(text)
  if (!label) return
  const start = label[0].length
  const end = text.replace(/[\s.;]+$/u, '').length
  if (end <= start) return
  if (label[1]) push({type: 'date', text: text.slice(start, end), start, end})
  else if (label[2] && BOTH_LABEL.test(label[2])) {
    // "Cuándo y dónde: … el miércoles 10 de febrero a las 11:30 h en la Asociación de la Prensa de Madrid, …": the place is what the last "en" names.
    const venue = [...text.slice(start, end).matchAll(/\b(?:in|at|en)\s+((?:la|el|los|las|the)\s+)?(\p{Lu}[^,;.:]*)/gu)].at(-1)
    if (venue) {
      const venueEnd = start + venue.index + venue[0].length
      const at = venueEnd - (venue[2] ?? '').length
      push({type: 'place', text: text.slice(at, venueEnd).trim(), start: at, end: venueEnd})
    }
  } else if (label[2]) push({type: 'place', text: text.slice(start, end), start, end})
  else for (const match of matchAll(PERSON_NAME, text.slice(start))) if (!match[0].split(/\s+/).every((word) => TITLE_WORDS.has(word)) && !ORGANISATION_HINT.test(match[0])) push({type: 'person', text: match[0], start: start + match.index, end: start + match.index + match[0].length})
}

/** The typed spans of one sentence, in text order. */
export function sentenceSpans(sentence: SentenceContext, context: SpanContext): Span[] {
  const {text} = sentence
  const spans: Span[] = []
  const push = (span: Span) => {
    if (span.type === 'quote' || !overlaps(spans, span.start, span.end)) spans.push(span)
  }

  for (const match of /[“"«]/u.test(text) ? matchAll(QUOTED, text) : []) {
    const body = (match[1] ?? '').trim()
    if (body.split(/\s+/).length < 5) continue
    // A report's title in quotation marks is the title, not anyone's words.
    if (context.titles.some((title) => title !== '' && body.replace(/[\s,.;:]+$/u, '').startsWith(title))) continue
    const quote = context.draft.quotes.find((candidate) => candidate.source.sentenceIndex === sentence.sentence.index && body.startsWith(candidate.text.slice(0, 20)))
    const speaker = quote?.speaker ? context.draft.findPerson(quote.speaker) : undefined
    push({type: 'quote', text: body, start: match.index + 1, end: match.index + match[0].length - 1, ...(speaker ? {entity: speaker.id} : {})})
  }
  // A sentence inside a quotation that runs over several: the whole of it is the speaker's words.
  const running = context.draft.quotedSentences.get(sentence.sentence.index)
  if (running && !spans.some((span) => span.type === 'quote')) {
    // "X said: “This aid is …": in the sentence that opens it, the words after the mark.
    const opening = running.source.sentenceIndex === sentence.sentence.index ? text.search(/[“"«]/u) : -1
    const start = opening > 0 ? opening + 1 + text.slice(opening + 1).search(/\S/u) : text.search(/[^\s“"«]/u)
    const closing = text.slice(Math.max(start, 0)).search(/[”»"]/u)
    const end = closing < 0 ? text.trimEnd().length : start + closing
    const speaker = running.speaker ? context.draft.findPerson(running.speaker) : undefined
    if (start >= 0 && end > start) push({type: 'quote', text: text.slice(start, end), start, end, ...(speaker ? {entity: speaker.id} : {})})
  }
  for (const title of context.titles) {
    for (let at = text.indexOf(title); at >= 0; at = text.indexOf(title, at + title.length)) push({type: 'title', text: title, start: at, end: at + title.length})
  }
  // «Deterioro letal», un informe …; the report "Inequality Inc.": a short capitalised quotation
  // beside the name of a kind of work is that work's title.
  for (const match of /[“"«]/u.test(text) ? matchAll(QUOTED, text) : []) {
    const body = (match[1] ?? '').trim()
    if (body.split(/\s+/).length > 12 || !/^\p{Lu}/u.test(body)) continue
    const start = match.index + 1
    const end = match.index + match[0].length - 1
    const around = `${text.slice(Math.max(0, match.index - 60), match.index)} ${text.slice(end + 1, end + 31)}`
    if (WORK.test(around)) push({type: 'title', text: body.replace(/[.,;]+$/u, ''), start, end: start + body.replace(/[.,;]+$/u, '').length})
  }
  for (const emphasis of sentence.emphasis) {
    const emphasised = text.slice(emphasis.start, emphasis.end)
    // "- **Ana Lenz**, abogada", "**Asia Pacific** was …", "**Syria, the Philippines and Iraq**": names set in bold are the people, organisations or places they name, not a work.
    // "**Africa:** …", "**Asia and the Pacific**: …": a label, not a work.
    const label = /:\s*$/u.test(emphasised) || text.charAt(emphasis.end) === ':'
    // "**Ambassador Madjid Bouguerra**": a known person with their title is that person, not a work.
    const namesSomeone = [...context.names.values()].some((name) => name.type === 'person' && name.text.includes(' ') && emphasised.includes(name.text))
    // "*Imagen: el canciller … durante su reunión.*", a standfirst in bold: a sentence set apart, not a work's name.
    const wholeSentence = /[.!?]["”»]?\s*$/u.test(emphasised) && emphasised.split(/\s+/).length > 6
    // "- **Jorge Faurie**, canciller argentino": someone listed with their role.
    // "contact **Elizabeth Berton-Hunter**, Media Relations": a name of two or three words, then who they are
    // (not "*No Stone Unturned*, a documentary": a work, then what it is).
    const listedName =
      (emphasis.start === 0 && /^\s*(?:,|[–—-])\s+\p{Ll}/u.test(text.slice(emphasis.end))) ||
      (BARE_NAME.test(emphasised) && !ORGANISATION_HINT.test(emphasised) && /^\s*,\s+\p{L}/u.test(text.slice(emphasis.end)) && !WORK.test(text.slice(emphasis.end, emphasis.end + 40)))
    // "**London, United Kingdom** – Oil major Shell …": a dateline in bold.
    const boldDateline = emphasis.start === 0 && emphasised.includes(',') && /^\s*[–—-]\s/u.test(text.slice(emphasis.end))
    // "**At least 450 people** have been killed": a figure set in bold, counted like any other.
    const figure = /^(?:(?:at least|more than|over|nearly|almost|some|about|around|up to|fewer than|less than|al menos|más de|casi|unos|unas|cerca de|hasta)\s+)?\d/iu.test(emphasised)
    // "**Coastal Rights Network (CRN)**": a known name with its letters in brackets is that name.
    const knownName = context.names.has(emphasised) || context.names.has(emphasised.replace(/\s*\([^()]{2,12}\)$/u, ''))
    if (label || namesSomeone || wholeSentence || listedName || boldDateline || figure || knownName || placesOnly(emphasised) || sentence.dates.some((date) => date.start >= emphasis.start && date.end <= emphasis.end)) continue
    if (emphasised.split(/\s+/).length >= 2 && /^\p{Lu}/u.test(emphasised)) push({type: 'title', text: emphasised, start: emphasis.start, end: emphasis.end})
  }
  const named: Span[] = []
  for (const match of context.namePattern ? matchAll(context.namePattern, text) : []) {
    const name = context.names.get(match[0])
    if (name) named.push({type: name.type, text: match[0], start: match.index, end: match.index + match[0].length, ...(name.entity ? {entity: name.entity} : {})})
  }
  for (const span of named) push(span)
  // "En representación del gobierno, la ministra recibió las firmas": the one person titled so.
  for (const match of context.rolePattern ? matchAll(context.rolePattern, text) : []) {
    const entity = context.roleHolders.get(match[1]!.toLowerCase())
    // "la defensora ambiental Rosa Herrera": the sentence names her already.
    if (entity && !named.some((span) => span.entity === entity)) push({type: 'person', text: match[0], start: match.index, end: match.index + match[0].length, entity})
  }
  // An advisory's line is typed by its label, around the registry's names (a known person keeps their id).
  if (ADVISORY_LABEL.test(text)) {
    // "Where: Second Chamber of the Swedish Parliament, Stockholm": the whole value is the place, a venue named in it too.
    if (ADVISORY_LABEL.exec(text)?.[2]) for (let at = spans.length - 1; at >= 0; at--) if (spans[at]!.type === 'organisation' || spans[at]!.type === 'place') spans.splice(at, 1)
    advisorySpans(text, push)
  }
  for (const mention of sentence.dates) {
    const date: DateRef = resolveDate(mention, context.anchor).date
    push({type: 'date', text: mention.text, start: mention.start, end: mention.end, ...(date.iso ? {iso: date.iso} : {})})
  }
  for (const match of matchAll(NUMBER, text)) {
    const figure = match[0].trim()
    // A year is a date, not a count: "2023 was the hottest year ever recorded".
    if (/^(?:1[89]|20)\d\d$/.test(figure)) {
      // "Index: HW 18/026/2001": a year inside a reference is not one told.
      if (/\/$/u.test(text.slice(0, match.index)) || /^\/\d/u.test(text.slice(match.index + figure.length))) continue
      push({type: 'date', text: figure, start: match.index, end: match.index + figure.length, iso: figure})
      continue
    }
    push({type: 'number', text: figure, start: match.index, end: match.index + figure.length})
  }
  let placeEnd = -1
  const headline = isTitleCase(text)
  for (const match of matchAll(CAPITALISED, text)) {
    // "handed in at No 10": a house number is read with its "No", never "No" alone.
    const numbered = /^(?:No|Nº|Núm|Number)\.?$/u.test(match[0]) ? /^\s\d+\b/u.exec(text.slice(match.index + match[0].length)) : undefined
    if (numbered === null) continue
    // "in the U.S.", "the U.K.": a letter with its points and the letters after it is one name, not "U".
    const dotted = /^\p{Lu}$/u.test(match[0]) ? /^(?:\.\p{Lu})+\./u.exec(text.slice(match.index + 1)) : null
    const whole = numbered ? match[0] + numbered[0] : dotted ? match[0] + dotted[0] : match[0]
    // "the murder in Colombia of Hernán Bedoya": a country, then whom the sentence tells of, not one place.
    const countryOf = / (?:of|de|del) \p{Lu}/u.exec(whole)
    const named = countryOf && isCountryName(whole.slice(0, countryOf.index)) && !isCountryName(whole) ? whole.slice(0, countryOf.index) : whole
    // "Evin prison", "Tora prison": the building's kind in lower case after its name is part of the name.
    // "Côte d'Ivoire", "Trinidad and Tobago": a country whose name has a word in lower case is one run.
    const run = countriesWithLowerCase().find((country) => text.startsWith(country, match.index)) ?? named + (FACILITY_KIND.exec(text.slice(match.index + named.length))?.[0] ?? '')
    const first = run.split(/\s+/)[0] ?? ''
    if (match.index === 0 && LEADING_WORDS.has(first)) continue
    if (run.split(/\s+/).every((word) => TITLE_WORDS.has(word)) || LANGUAGE.test(run)) continue
    const before = text.slice(Math.max(0, match.index - 30), match.index)
    // "in Quito, Cuenca and Loja": the places of a list after one.
    // Not a name placed somewhere itself: "Virginie Houdmont in Chile and Josefina Salomon in the UK".
    const listed = placeEnd >= 0 && LIST_GAP.test(text.slice(placeEnd, match.index)) && !(run.includes(' ') && PLACED_AFTER.test(text.slice(match.index + run.length, match.index + run.length + 20)))
    // "on Parliament Lawn", "on Merrion Square": a place one stands on, named by what it is.
    const onGround = /(?:^|\s)on\s+(?:the\s+)?$/u.test(before) && GROUND.test(run)
    // "Break Free from Plastic", "Doctors from Nowhere": "from" inside a capitalised name names no place, unless the place is known.
    // Someone the article names is from a place, though: "Ana Lenz from Strelsau".
    const nameFrom = /(\p{Lu}[\p{L}\p{M}'’-]*)\s+from\s+$/u.exec(before)
    const inName = nameFrom !== null && !isCountryName(run) && !regionNames().has(run) && ![...context.names.values()].some((name) => name.type === 'person' && name.text.endsWith(nameFrom[1]!))
    // "according to Filippo Grandi", "thanks to Ana Lenz": a "to" that points at someone, not somewhere.
    // "no le explicaron a José Adrián", "amenazaron a Amada Martínez": the Spanish "a" of whom a deed is done to.
    const pointsAtSomeone = (NOT_LOCATIVE.test(before) || ENGLISH_A.test(before) || PERSONAL_A.test(text.slice(Math.max(0, match.index - 60), match.index))) && !isCountryName(run)
    // "las votaciones previstas en el Consejo": a body by the first word of its name, not a place.
    const bodyWord = BODY_WORD.test(run)
    // "police violence directed at Black people": a word that qualifies people, not a place they are at.
    const qualifiesPeople = PEOPLE_AFTER.test(text.slice(match.index + run.length)) && !isCountryName(run) && !regionNames().has(run)
    // "frente al Senado", "in front of Parliament", "de la plaza Imperial Tarraco": a building or a square one stands at, whatever body it houses.
    const facing = FACING.test(before) && !qualifiesPeople
    const placed = facing || context.draft.countries.includes(run) || (LOCATIVE.test(before) && !inName && !pointsAtSomeone && !bodyWord && !qualifiesPeople) || listed || VENUE.test(run) || FACILITY.test(run) || onGround
    // "Ana Lenz of India", "Neha Dixit of India": the country after a name read as one run with it,
    // whether or not the name is known (a registered body, "University of Chile", keeps its span).
    const tail = placed ? null : / (?:of|de|del) (\p{Lu}[\p{L}\p{M}'’ -]*)$/u.exec(run)
    if (tail && isCountryName(tail[1]!)) {
      const start = match.index + tail.index + tail[0].length - tail[1]!.length
      if (!overlaps(spans, start, start + tail[1]!.length)) push({type: 'place', text: tail[1]!, start, end: start + tail[1]!.length})
      continue
    }
    // "along the Thailand-Malaysia border", "the Israel-Gaza war": each country of a pair joined by a hyphen.
    const joined = run.includes('-') ? run.split('-') : []
    if (joined.length > 1 && joined.every((part) => isCountryName(part)) && !overlaps(spans, match.index, match.index + run.length)) {
      let at = match.index
      for (const part of joined) {
        push({type: 'place', text: part, start: at, end: at + part.length})
        at += part.length + 1
      }
      placeEnd = match.index + run.length
      continue
    }
    // "Latin America", "Asia Pacific": a region by its name, unless it names a job or a desk ("senior Asia researcher", "Americas director").
    const region = regionNames().has(run) && !REGION_DESK.test(text.slice(match.index + run.length))
    const type = placed || isCountryName(run) || region ? 'place' : PERSON_CUE.test(before) && run.includes(' ') ? 'person' : undefined
    // In a Title Case headline capitals mark every word: a place other than a country or a region is only what the article writes so elsewhere.
    const name = headline && type === 'place' && !isCountryName(run) && !region && !context.draft.countries.includes(run) ? headlineName(run, context.running) : run
    if (!type || name === '' || overlaps(spans, match.index, match.index + name.length)) continue
    push({type, text: name, start: match.index, end: match.index + name.length})
    // "Organisations from Mexico, Central America and South America": a country named anywhere is a
    // place, but only a place where something is starts a list of places.
    placeEnd = placed ? match.index + name.length : -1
  }
  return spans.sort((a, b) => a.start - b.start || b.end - a.end)
}

