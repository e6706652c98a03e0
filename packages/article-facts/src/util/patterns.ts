/**
 * Regular-expression building blocks for the genre: names, titles, organisations, places,
 * quotation marks. Plain strings, so extractors compose them into their own patterns.
 */
import {fold} from './fold.js'

export const OPEN_QUOTE = '[“"«]'
export const CLOSE_QUOTE = '[”"»]'
export const APOSTROPHE = "['’]"

/** A capitalised word: "Tomás", "Pérez-Ríos", "O’Brien". */
export const CAP_WORD = "\\p{Lu}[\\p{Ll}\\p{Lu}\\p{M}'’\\-]*[\\p{Ll}\\p{M}]"
const PARTICLE = '(?:de|del|de la|da|das|do|dos|van|von|der|di|du|le|la|y|bin|ibn|bint)'
/** An Arabic article written onto the name: "al-Bajady", "el-Masri". */
const JOINED_ARTICLE = "(?:al|el|ad|as|ash|at|az|an|ar)[-‑]"
/** A middle initial, the "M." of "Raul M. Grijalva", or a nickname in quotation marks, the "Jessie" of 'Jesus "Jessie" Tabanao'. */
const INITIAL = `(?:\\s+\\p{Lu}\\.|\\s+${OPEN_QUOTE}${CAP_WORD}${CLOSE_QUOTE})?`
/** A name given by an initial and a surname, as releases write some: "T. Kumar" (not the "S. Senate" of "U.S. Senate"). */
const INITIAL_NAME = `(?<![\\p{L}.])\\p{Lu}\\.\\s+${CAP_WORD}(?:\\s+${CAP_WORD})?`
/** A person's name: two to five capitalised words, with particles ("María de la Cruz", "Erwin van der Borght", "Mohammed Saleh al-Bajady") or a middle initial. */
export const NAME = `(?:${CAP_WORD}${INITIAL}(?:\\s+(?:${PARTICLE}\\s+){0,2}(?:${JOINED_ARTICLE})?${CAP_WORD}){1,4}|${INITIAL_NAME})`
/** A name that may be one word, as after a title ("President Morales"). */
export const NAME_OR_SURNAME = `${CAP_WORD}(?:${INITIAL}(?:\\s+(?:${PARTICLE}\\s+){0,2}${CAP_WORD}){1,4})?`

/** Offices held in a state: the holder serves a jurisdiction. */
export const OFFICE_TITLES = [
  '(?:Interior|Justice|Foreign|Foreign Affairs|Home Affairs|Internal Affairs|Defen[cs]e|Finance|Health|Education|Labou?r|Security|Public Security|Home|Environment|Women|Human Rights|Information|Economy|Agriculture|Mining|Energy) Minister', '(?:Foreign|Home|Health|Justice|Defen[cs]e|Business|Culture|Environment|Education|Transport|Interior) Secretary', 'Secretary of State', 'Vice President', 'Vice-President', 'President', 'Prime Minister', 'Minister of [\\p{Lu}][\\p{L}]+(?: (?:and|of|the) [\\p{Lu}][\\p{L}]+(?: [\\p{Lu}][\\p{L}]+(?!\\s+\\p{Lu}))?)*', 'Minister',
  'Attorney General', 'Public Prosecutor', 'Prosecutor General', 'Chief Justice', 'Governor', 'Mayor', 'King', 'Queen', 'Chancellor', 'Senator', 'Congresswoman', 'Congressman', 'Ombudsperson', 'Ombudsman',
  'Vicepresidenta', 'Vicepresidente', 'Presidenta', 'Presidente', 'Primera Ministra', 'Primer Ministro', 'Ministra de [\\p{Lu}][\\p{L}]+(?: [\\p{Lu}][\\p{L}]+(?=,))?(?: (?:y|e|de|del|de la) [\\p{Lu}][\\p{L}]+(?: [\\p{Lu}][\\p{L}]+(?!\\s+\\p{Lu}))?)*', 'Ministro de [\\p{Lu}][\\p{L}]+(?: [\\p{Lu}][\\p{L}]+(?=,))?(?: (?:y|e|de|del|de la) [\\p{Lu}][\\p{L}]+(?: [\\p{Lu}][\\p{L}]+(?!\\s+\\p{Lu}))?)*', 'Ministra', 'Ministro',
  'Fiscal de la Nación', 'Fiscal General', 'Gobernadora', 'Gobernador', 'Alcaldesa', 'Alcalde', 'Defensora del Pueblo', 'Defensor del Pueblo', 'Congresista'
]

/** Roles in organisations, written before a name. */
export const ROLE_TITLES = [
  'Secretary[- ]General', 'Deputy Secretary[- ]General', 'General Secretary', 'Deputy General Secretary', 'Permanent Secretary', 'Principal Secretary',
  // A union's officers: "EPMU national secretary Andrew Little said …".
  '(?:National|Assistant|Branch|Regional|Organi[sz]ing|Financial) Secretary', 'Executive Director', 'Deputy Director', 'Regional Director', '[\\p{Lu}][\\p{L}]+ Director',
  '[\\p{Lu}][\\p{L}]+ Manager', '[\\p{Lu}][\\p{L}]+ Officer', '[\\p{Lu}][\\p{L}]+ Coordinator', 'Project Leader', 'Spokesman', 'Spokeswoman', 'Vocera', 'Vocero',
  'Director', 'CEO', 'Chief Executive', '(?:Mr|Mrs|Ms|Lord|Lady) Justice', 'Senior Researcher', 'Researcher', 'Spokesperson', 'Campaigner', 'Chair', 'Chairperson', 'Judge', 'Special Rapporteur',
  'High Commissioner', 'Commissioner', 'Ambassador', 'Embajadora', 'Embajador', 'Dr\\.?', 'Rev(?:d|\\.)?', 'Reverend', 'Professor', 'Bishop', 'Father', 'Sister', 'Lawyer', 'Attorney',
  'Human Rights Defender', 'Women Human Rights Defender', 'Environmental Defender', 'Land Defender', 'Activist', 'Journalist', 'Blogger', 'Trade Unionist', 'Editor', 'Photographer', 'Poet', 'Writer', 'Filmmaker', 'Artist', 'Presenter', 'Actress', 'Actor', 'Singer', 'Musician',
  'Secretaria General', 'Secretario General', 'Directora General', 'Director General', 'Directora Ejecutiva', 'Director Ejecutivo', 'Directora Adjunta', 'Director Adjunto', 'Subdirectora', 'Subdirector', 'Directora para las Américas', 'Director para las Américas',
  'Directora', 'Investigadora', 'Investigador', 'Portavoz', 'Relatora Especial', 'Relator Especial', 'Alta Comisionada', 'Alto Comisionado', 'Abogada', 'Abogado', 'Jueza', 'Juez',
  'Defensora de derechos humanos', 'Defensor de derechos humanos', 'Defensora ambiental', 'Defensor ambiental', 'Activista', 'Periodista', 'Fotógrafa', 'Fotógrafo', 'Poeta', 'Escritora', 'Escritor', 'Cineasta', 'Artista', 'Presentadora', 'Presentador', 'Actriz', 'Cantante', 'Músico',
  'Aid Worker', 'Humanitarian Worker', 'Student Leader', 'Estudiante', 'Dirigente Estudiantil', 'Líder Indígena', 'Lideresa Indígena',
  // Police ranks: "Police Superintendent X, who heads the task group".
  'Police Superintendent', 'Chief Superintendent', 'Superintendent', 'Chief Inspector', 'Police Inspector', 'Inspector', 'Sergeant', 'Lieutenant', 'Comisaria', 'Comisario', 'Teniente', 'Sargento',
  // A First Nation's or a community's chief: "Chief Ana Lenz of Tromsvik First Nation"; capitalised only, as "the agency's
  // chief Ana Lenz" describes her job, which her title says better. (The lookahead keeps the capital that titleAlternation
  // would let be written in lower case.)
  '(?=G)Grand Chief', '(?=N)National Chief', '(?=C)Chief'
]

/** Forms of address between a title and a name: "the Public Prosecutor, Counsellor X". */
export const HONORIFIC = '(?:Counsell?or|Judge|Justice|Dr\\.?|Md\\.|Mohd\\.|Mr\\.?|Mrs\\.?|Ms\\.?|General|Colonel|Major|Captain|Sheikh|Don|Doña|Dato[\'’]|Datuk|Dña\\.|Sr\\.|Sra\\.|S\\.\\s?E\\.|Magistrad[oa]|Monseñor)'

/** Both lists as one alternation, each title also in lower case ("la presidenta Ana Ruiz"). */
export function titleAlternation(titles: readonly string[]): string {
  return titles.map((title) => title.replace(/(?<![\\[{\p{L}])([A-Z])(?=[a-z])/gu, (letter: string) => `[${letter}${letter.toLowerCase()}]`)).join('|')
}

/** Capitalised words that belong to titles, never to names: "Minister", "General". */
export const TITLE_WORDS = new Set(
  [...OFFICE_TITLES, ...ROLE_TITLES].flatMap((title) => title.match(/(?<![\\[{\p{L}])[A-Z]\p{Ll}+/gu) ?? [])
)

export const ANY_TITLE = `(?:${titleAlternation(OFFICE_TITLES)}|${titleAlternation(ROLE_TITLES)})`

/** Lower-case role nouns that make an appositive a job title: "executive director of X". */
export const ROLE_NOUN =
  '(?:director|directora|subdirector|subdirectora|subsecretario|subsecretaria|president|presidenta|presidente|secretary|secretaria|secretario|researcher|investigadora|investigador|coordinator|coordinadora|coordinador|spokesperson|spokesman|spokeswoman|portavoz|vocera|vocero|jefa|jefe|head|chair|chief|CEO|ceo|adviser|advisor|asesora|asesor|officer|associate|campaigner|lawyer|solicitor|barrister|abogada|abogado|activist|activista|protester|protestor|demonstrator|manifestante|defender|defensora|defensor|minister|ministra|ministro|manager|representative|representante|founder|fundadora|fundador|leader|lideresa|líder|journalist|photojournalist|videojournalist|fotoperiodista|periodista|rapporteur|relatora|relator|commissioner|comisionada|comisionado|expert|experta|experto|member|miembro|integrante|mother|madre|father|padre|sister|hermana|brother|hermano|daughter|hija|hijo|wife|husband|esposa|esposo|widow|viuda|survivor|sobreviviente|responsable|author|autora|autor|editor|editora|analyst|analista|specialist|especialista|consultant|consultora|consultor|laureate|winner|recipient|galardonada|galardonado|ganadora|ganador|strategist|estratega|organiser|organizer|organizadora|organizador|envoy|enviada|enviado|economist|economista|official|funcionaria|funcionario|columnist|columnista|reporter|reportera|reportero|correspondent|corresponsal|delegate|delegada|delegado|deputy|adjunta|adjunto|attorney|counsel|chairman|chairwoman|chairperson|cofundadora|cofundador|co-founder|professor|profesora|profesor|scientist|científica|científico|photographer|fotógrafa|fotógrafo|cameraman|camerawoman|camarógrafa|camarógrafo|canciller|cancillera|procuradora|procurador|magistrada|magistrado|poet|poeta|writer|escritora|escritor|filmmaker|cineasta|artist|artista|presenter|presentadora|presentador|moderator|moderadora|moderador|panelist|panellist|panelista|actress|actor|actriz|singer|cantante|musician|músico)'

const ORG_SUFFIXES =
  'International|Internacional|Watch|Programme|Foundation|Committee|Commission|Council|Organization|Organisation|Network|Alliance|Federation|Confederation|Association|Institute|Coalition|Trust|Fund|Nations|Court|Union|Center|Centre|Office|Agency|Project|Initiative|Campaign|Society|Prosecution|Police|Tribunal|Parliament|Assembly|Authority|Bureau|Platform|Movement|Observatory|Guild|League|School|College|University|Academy|Hospital|Forum|Consortium|Guard|Army|Navy|Forces|Service|Party|Worldwide'
// "Amigos de la Tierra", "Abuelas de Plaza de Mayo": people in the plural, named for what joins them.
const ORG_STARTS = 'Unión|Amigos|Abogados|Abogadas|Madres|Abuelas|Ingenieros|Colegio|Escuela|Plataforma|Movimiento|Colectivo|Observatorio|Sindicato|Amnistía|Comité|Comisión|Corte|Coordinadora|Defensoría|Fundación|Instituto|Asociación|Federación|Confederación|Consejo|Oficina|Alto Comisionado|Red|Centro|Organización|Naciones|Ministerio|Fiscalía|Procuraduría|Secretaría|Tribunal|Policía'
/** English names that start with their kind: "Ministry of Home Affairs", "Office of the Public Prosecutor". */
const ORG_STARTS_EN = 'Ministry|Department|Confederation|Federation|Office|Secretariat|Organization|Organisation'
/** English names that start with their kind and say what they are for: "Committee to Protect Journalists", "Campaign Against Arms Trade". */
const ORG_PURPOSE_EN = 'Committee|Campaign|Coalition|Centre|Center|Institute|Foundation|Fund|Alliance|League|Society|Network'
/** A cheap test for whether a text may name an organisation at all, by whole words ("Cortez" is a surname, no "Corte"). */
export const ORGANISATION_HINT = new RegExp(`(?<![\\p{L}])(?:${ORG_SUFFIXES}|${ORG_STARTS}|${ORG_STARTS_EN})(?![\\p{L}])`, 'u')
const ORG_SUFFIX = `(?:${ORG_SUFFIXES})`
// Not the "A" of "A.C." (asociación civil) after a name.
// "Building and Wood Workers' International": a plural's apostrophe ends a word of the name.
const ORG_WORD = "\\p{Lu}(?![.])[\\p{L}\\-]*(?:(?<=s)['’](?![\\p{L}]))?"
/**
 * An organisation: capitalised words ending in a typical suffix ("Front Line International",
 * "Human Rights Watch"), with an optional " on|for …" tail, or a name that starts with its kind
 * ("Comisión Interamericana de Derechos Humanos", "Ministry of Home Affairs").
 */
export const ORGANISATION =
  // "and" joins words of one name ("Ministry of Justice and Human Rights"), not two organisations.
  `(?:(?:${ORG_STARTS_EN})\\s+(?:of|for)\\s+(?:the\\s+)?${ORG_WORD}(?:\\s+(?:(?:and(?!\\s+(?:${ORG_WORD}\\s+){0,3}${ORG_SUFFIX}\\b)|of|for|of the)\\s+)?${ORG_WORD}){0,4}` +
  `|(?:The\\s+)?(?:${ORG_PURPOSE_EN})\\s+(?:to|against|Against)\\s+${ORG_WORD}(?:\\s+(?:(?:and|of|for|the)\\s+)?${ORG_WORD}){0,3}` +
  // The kind word ends there: "Presidential Commissioner" is a title, not a "Commission".
  // "the Writers in Prison Committee": "in" inside a name that ends in its kind, after "the" ("Protests in Nairobi Police" is none).
  `|(?:(?<=(?:^|\\s)[Tt]he\\s+)(?:${ORG_WORD}\\s+){1,3}in\\s+${ORG_WORD}\\s+|(?:${ORG_WORD}\\s+){0,4})${ORG_SUFFIX}(?![\\p{L}])(?:\\s+(?:on|for)\\s+(?:the\\s+)?${ORG_WORD}(?:\\s+(?:and(?!\\s+(?:${ORG_WORD}\\s+){0,3}${ORG_SUFFIX}\\b)\\s+)?${ORG_WORD}){0,3})?` +
  `|(?:${ORG_STARTS})(?:\\s+(?:de|del|de la|de los|de las|al|a la|para|por|y|sobre)?\\s*${ORG_WORD}){1,6})`

/** A place: capitalised words ("Quito", "Ciudad de México", "New York"). */
export const PLACE = `\\p{Lu}[\\p{L}\\p{M}'’\\-]*(?:\\s+(?:de\\s+|del\\s+|de la\\s+)?\\p{Lu}[\\p{L}\\p{M}'’\\-]*){0,3}`

/** A dateline opening a sentence: "(Dhaka, October 17, 2024) –", "Lahore, August 30, 2022 (PPI-OT): …", "Caracas, 5 de marzo de 2024", "GINEBRA (18 de febrero de 2022) –", "MONTREAL – August 1, 2019 –", "LONDON, 12 September 2023 (EIN Presswire) –", "(GLAND, Switzerland) 9 April 2024 –", "HARTFORD, CT (November 7, 2007) –". A hyphen between digits is a phone number’s, no dash ("Karl Brandt, lawyer: +51-959-284295"). */
const DATELINE = new RegExp(`^\\(?(${PLACE})(?:,\\s+|(?:,\\s+\\p{Lu}[\\p{L}.]{1,20})?\\s+\\((?=[^()]{6,40}\\))|(?<=^\\p{Lu}{2,}(?:\\s+\\p{Lu}{2,})*)\\s+[–—-]\\s+(?=[^()–—]{0,30}\\d{4}\\s*[–—-]))[^()–—]{6,40}?\\)?(?:(?<=\\))\\s*[^()–—]{0,30}?\\d{4})?\\s*(?:\\([^()]{2,30}\\)\\s*)?(?:[.:]?\\s*(?:[–—]|-(?!\\d))|(?<=\\)\\s*):\\s|$)`, 'u')

/** A list of places: "Jalisco, Guanajuato and Zacatecas". */
export const PLACE_LIST = `${PLACE}(?:\\s*,\\s*${PLACE})*(?:\\s*,?\\s+(?:and|y|e)\\s+${PLACE})?`

/** Split "A, B and C" / "A, B y C" into items. */
export function splitList(text: string): string[] {
  return text
    .split(/\s*,\s*(?:(?:and|y|e)\s+)?|\s+(?:and|y|e)\s+/u)
    .map((item) => item.trim())
    .filter((item) => item !== '')
}

/** The lower-case words of a text, for cheap "could this pattern match at all" tests. */
export function wordsOf(text: string): Set<string> {
  // Latin letters only: the words we look for are English or Spanish, and this is fast.
  return new Set(text.toLowerCase().split(/[^a-zà-öø-ÿ]+/))
}

/**
 * A global regex for `source` matched only at word starts. V8 scans far faster with `\b` than with
 * a Unicode look-behind, but `\b` is ASCII-only, so texts with accented capitals ("Óscar") get
 * the exact version.
 */
export function atWordStart(source: string): (text: string) => RegExp {
  const fast = new RegExp(`\\b(?=[A-Za-z\\d])(?:${source})`, 'gu')
  const exact = new RegExp(`(?<![\\p{L}\\p{M}\\d])(?:${source})`, 'gu')
  return (text) => (/[À-ÖØ-ÞĀ-ſ]/u.test(text) ? exact : fast)
}

export function hasAny(words: ReadonlySet<string>, wanted: ReadonlySet<string>): boolean {
  const [small, large] = words.size <= wanted.size ? [words, wanted] : [wanted, words]
  for (const word of small) if (large.has(word)) return true
  return false
}

/** Lower-case words every title contains at least one of: "president", "director", "minister". */
export const TITLE_KEYWORDS = new Set(
  [...OFFICE_TITLES, ...ROLE_TITLES]
    .flatMap((title) => title.toLowerCase().match(/(?<![\\[{])\b\p{Ll}{3,}/gu) ?? [])
    // Qualifiers common in every sentence of the genre; each title also has a head noun.
    .filter((word) => !['the', 'and', 'del', 'las', 'para', 'human', 'rights', 'derechos', 'humanos', 'women', 'land', 'environmental', 'trade', 'public', 'home', 'affairs', 'internal', 'security', 'justice', 'foreign'].includes(word))
)

/** ROLE_NOUN as a set of words. */
export const ROLE_WORDS = new Set(ROLE_NOUN.slice(3, -1).split('|'))

/** Words that start a sentence but never a name or an organisation. */
export const LEADING_WORDS = new Set([
  'A', 'An', 'The', 'On', 'In', 'At', 'During', 'After', 'Before', 'When', 'While', 'Since', 'And', 'But', 'As', 'For', 'With', 'By', 'From', 'Today', 'This', 'That', 'These', 'Those', 'Its', 'Their', 'His', 'Her', 'Our', 'We', 'They', 'It', 'Header', 'Photo',
  'Un', 'Una', 'El', 'La', 'Los', 'Las', 'En', 'Durante', 'Después', 'Antes', 'Desde', 'Con', 'Para', 'Por', 'Del', 'Al', 'Y', 'Pero', 'Según', 'Hoy', 'Su', 'Sus', 'Este', 'Esta',
  'También', 'Además', 'Asimismo', 'Also', 'However', 'Meanwhile',
  'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday', 'January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'
])

/** Drop leading sentence words from a capitalised run: "During Human Rights Watch" → "Human Rights Watch". */
export function trimLeadingWords(text: string): string {
  const words = text.split(/\s+/)
  while (words.length > 1 && LEADING_WORDS.has(words[0] ?? '')) words.shift()
  return words.join(' ')
}

/**
 * Whether a sentence is a Title Case headline or deck ("Factory Owners, Police Target Union
 * Organizers"): there capitals do not mark names, so names and organisations are not read from it.
 */
export function isTitleCase(text: string): boolean {
  if (/[.!?…”"»:]\s*$/u.test(text)) return false
  const words = text.split(/\s+/).filter((word) => /^\p{L}{4,}/u.test(word))
  if (words.length < 4) return false
  const capitalised = words.filter((word) => /^\p{Lu}/u.test(word)).length
  return capitalised / words.length >= 0.75
}

/** A dateline ending in a full stop after its year, the country or the agency in brackets: "Ginebra (Suiza), 20 de junio de 2014 (ACNUR/UNHCR). Según …". */
const DATELINE_STOP = new RegExp(`^(${PLACE})(?:\\s+\\([^()]{2,30}\\))?,\\s+[^()–—.]{4,30}?\\d{4}\\s*(?:\\([^()]{2,30}\\))?\\.(?:\\s|$)`, 'u')

/** The place of a dateline opening `text`, if it opens with one ("On Monday, 4 March –" does not). */
export function datelineOf(text: string): string | undefined {
  const place = DATELINE.exec(text)?.[1] ?? DATELINE_STOP.exec(text)?.[1]
  return place && !LEADING_WORDS.has(place.split(/\s+/)[0] ?? '') ? place : undefined
}

export function slug(text: string): string {
  return fold(text)
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '')
}

export function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1)
}

/** "On 12 June" → "on 12 June": a phrase opening a sentence, set inside another. */
export function uncapitalise(text: string): string {
  return text.charAt(0).toLowerCase() + text.slice(1)
}

/** Strip trailing punctuation and spaces: "protest." → "protest". */
export function trimEnd(text: string): string {
  return text.replace(/[\s.,;:]+$/u, '')
}

/** Every match of a global regex, without cloning it (`String#matchAll` recompiles a copy each call). */
export function matchAll(regex: RegExp, text: string): RegExpExecArray[] {
  if (!regex.global) throw new Error('matchAll needs a global regex')
  const matches: RegExpExecArray[] = []
  regex.lastIndex = 0
  for (let match = regex.exec(text); match; match = regex.exec(text)) {
    matches.push(match)
    if (match[0] === '') regex.lastIndex++
  }
  regex.lastIndex = 0
  return matches
}

/** A building named by what it is first: "Palacio de la Moncloa", "Museo de la Memoria", "Hotel Continental" — a place, never a person. */
export const VENUE = /^(?:Museo|Museum|Palacio|Palace|Teatro|Theatre|Theater|Auditorio|Auditorium|Hotel|Plaza|Parque|Park|Universidad|University|Embajada|Embassy|Sala|Hall|Salón|Centro Cultural|Casa)\s/u

/** Label words as written and in capitals ("WHEN:", "DÓNDE:", "MEDIA CONTACT:"), as advisories often set them. */
function inCapitalsToo(labels: string): string {
  // The pattern's own alternatives, not the words inside its groups ("(?:When|Date) and where").
  const alternatives: string[] = ['']
  let depth = 0
  for (const char of labels) {
    if (char === '|' && depth === 0) alternatives.push('')
    else alternatives[alternatives.length - 1] += char
    if (char === '(') depth++
    if (char === ')') depth--
  }
  return [labels, ...alternatives.filter((label) => /^[\p{L} ?]+$/u.test(label)).map((label) => label.toUpperCase())].join('|')
}

/** The labels of a media advisory's lines ("When: …", "Dónde: …", "Who: …"), by what each gives. */
export const ADVISORY_LABELS = {
  when: inCapitalsToo('When|Date|Time|Assembly time|Meeting time|Cuándo|Cuando|Fecha|Hora|Hora de (?:concentración|encuentro|salida)'),
  // "When and where:", "Cuándo y dónde:": a line that places the event, its day with it.
  where: inCapitalsToo('Where|Venue|Location|Place|Meeting point|Assembly point|Dónde|Donde|Lugar|Sede|Punto de (?:encuentro|reunión|concentración|salida)|Lugar de (?:encuentro|concentración)|(?:When|Date|Cuándo|Cuando|Fecha)\\s+(?:and|y|&)\\s+(?:where|venue|place|dónde|donde|lugar)'),
  who: inCapitalsToo('Who|Speakers|Speaking|Participants|Panel|Panelists|Panellists|Quién|Quiénes|Quien|Quienes|Participan|Ponentes|Participantes|Intervienen|Intervendrán|Intervendran|Oradores|Oradoras'),
  /** Whom journalists reach: "Media contact: …", "Contacto de prensa: …". */
  contact: inCapitalsToo('Media contacts?|Press contacts?|Contacts?(?: information| info)?|For more information|For further information|Contactos?(?: de prensa| para medios)?|Para más información|Más información')
} as const

/** A line that names whom to contact: "Media contact: …", "Media contact for the Coastal Rights Network: …". */
export const CONTACT_LABEL = new RegExp(`^(?:${ADVISORY_LABELS.contact})(?:\\s+(?:for|at|de|del|de la)\\s+[^:]{1,80})?\\s*:\\s*`, 'u')
