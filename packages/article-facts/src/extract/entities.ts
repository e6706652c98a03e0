/** Organisations (with country branches and aliases) and people (with titles and affiliations). */
import type {FactsDraft, SentenceContext} from './draft.js'
import {countryNames} from '../util/countries.js'
import {
  ADVISORY_LABELS,
  ANY_TITLE,
  CONTACT_LABEL,
  APOSTROPHE,
  HONORIFIC,
  CAP_WORD,
  LEADING_WORDS,
  NAME,
  NAME_OR_SURNAME,
  ORGANISATION,
  ORGANISATION_HINT,
  PLACE,
  ROLE_NOUN,
  ROLE_WORDS,
  TITLE_KEYWORDS,
  TITLE_WORDS,
  VENUE,
  atWordStart,
  hasAny,
  matchAll,
  trimLeadingWords,
  uncapitalise
} from '../util/patterns.js'

const BRANCH_SUFFIX = /(?:International|Internacional)$/u
const ORGANISATION_RUN = atWordStart(`(${ORGANISATION})(?:\\s+(${CAP_WORD}|\\p{Lu}{2,4}(?![\\p{L}])))?`)
const TITLE_START = new RegExp(`^(?:${ANY_TITLE})$`, 'u')
const ALIAS = /\b(?:[Tt]he organi[sz]ation|[Ll]a organización)(?!\p{L})/u
// "Sindicato de Prensa de Santa Cruz (Sipren SC)": a short name of a word and letters, too.
const LETTERS_THEN_NAME = new RegExp(`(?<![\\p{L}])(\\p{Lu}{2,8}),\\s+(?:the|la|el)\\s+(${ORGANISATION})(?=\\s*[,.;)]|\\s*$|\\s+(?:and|y)\\s)`, 'gu')
const ACRONYM = new RegExp(`(${ORGANISATION})\\s+\\((\\p{Lu}{2,8}|\\p{Lu}\\p{Ll}{2,8}\\s\\p{Lu}{2,4})\\)`, 'gu')

/** A centre named for what happens there: "Oslo Congress Centre", "Centro de Convenciones", "Tromsvik Community Center". */
const VENUE_CENTRE = /(?:Congress|Convention|Conference|Exhibition|Community|Civic|Cultural|Arts|Sports|Leisure|Shopping|Events?|Press)\s+(?:Centre|Center)$|^Centro\s+(?:de\s+(?:Convenciones|Congresos|Exposiciones)|Cultural|Comunitario|Cívico)(?![\p{L}])/u
const JOINED_BEFORE = /(\p{Lu}[\p{L}-]+)\s+and\s+$/u

/** Register organisations named in the sentence; return them in order with their offsets. */
export function extractOrganisations(context: SentenceContext, draft: FactsDraft, publisher?: string): Array<{name: string; start: number}> {
  const found = context.text.includes('(') ? acronymOrganisations(context, draft) : []
  const spelledOut = found.map((entry) => ({start: entry.start, end: entry.start + entry.name.length}))
  for (const match of ORGANISATION_HINT.test(context.text) ? matchAll(ORGANISATION_RUN(context.text), context.text) : []) {
    const raw = match[1] ?? ''
    // "Food and Agriculture Organisation": words joined by "and" before the kind word are one name,
    // when none of them ends a name itself ("Amnesty International and Human Rights Watch" are two).
    const joined = JOINED_BEFORE.exec(context.text.slice(0, match.index + raw.length - trimLeadingWords(raw).length))
    // Not a country or a branch's letters ending the name before: "Greenpeace UK and Greenpeace International" are two.
    const joinsName = joined !== null && !ORGANISATION_HINT.test(joined[1] ?? '') && !isCountry(joined[1] ?? '') && !/^\p{Lu}{2,3}$/u.test(joined[1] ?? '')
    const name = joinsName ? `${joined[1]} and ${trimLeadingWords(raw)}` : trimLeadingWords(raw)
    if (name.split(/\s+/).length < 2 && !/^\p{Lu}{2,}$/u.test(name)) continue
    // "Día Internacional de la Mujer": a day the world keeps, not a body; "Premio Internacional": a prize.
    if (/^(?:D[ií]a|Premio)\s/u.test(name)) continue
    // "the Oslo Congress Centre": a building one meets in, not a body.
    if (VENUE_CENTRE.test(name)) continue
    const start = joinsName && joined ? (joined.index ?? 0) : match.index + raw.length - name.length
    // Part of a name spelled out before its acronym: "Centre for Justice" in "Centre for Justice and International Law (CEJIL)".
    if (spelledOut.some((span) => start >= span.start && start < span.end)) continue
    // "The Russian Federation", "the Democratic Republic of the Congo": a state, not an organisation.
    if (STATE_NAME.test(name)) {
      draft.addCountry(name)
      continue
    }
    const country = match[2]
    if (country && BRANCH_SUFFIX.test(name) && isBranchCountry(country)) {
      draft.addOrganisation(name, context.source)
      draft.addOrganisation(`${name} ${country}`, context.source, {parent: name, country})
      found.push({name: `${name} ${country}`, start})
    } else {
      draft.addOrganisation(name, context.source)
      found.push({name, start})
    }
  }

  // Three words first, so that the whole name is met before its last two ("Harbour Rights Now says" is no "Rights Now"),
  // unless the first is a sentence's word ("Yesterday Age Action said").
  const threeWords = matchAll(SPEAKING_THREE_WORDS, context.text).filter((match) => !LEADING_WORDS.has((match[1] ?? '').split(/\s+/u)[0] ?? ''))
  const runs = threeWords.map((match) => ({start: match.index + match[0].length - match[0].trimStart().length, end: match.index + match[0].length}))
  for (const match of [...threeWords, ...matchAll(SPEAKING_ORGANISATION, context.text)]) {
    const name = match[1] ?? ''
    const start = match.index + match[0].length - match[0].trimStart().length
    if (runs.some((run) => start > run.start && start < run.end)) continue
    if (found.some((entry) => start >= entry.start && start < entry.start + entry.name.length) || !speaksAsOrganisation(name, draft, context.text.slice(start + name.length))) continue
    // "Ana Lenz of Harbourwatch said": the tail of a person's name and the body after "of", not one body.
    if (/\s(?:of|for)\s/u.test(name) && /\p{Lu}[\p{L}\p{M}'’-]*\s+$/u.test(context.text.slice(0, start))) continue
    // "CCOO de la Región de Murcia vuelve …", "la Unión de Actores y Actrices exige …": the tail of a longer name, not a body.
    if (NAME_GOES_ON_BEFORE.test(context.text.slice(Math.max(0, start - 60), start))) continue
    // "Sipren SC denuncia …": letters after a word end a short name known already.
    const wordBefore = /(\p{Lu}\p{Ll}+)\s$/u.exec(context.text.slice(Math.max(0, start - 30), start))?.[1]
    if (/^\p{Lu}{2,4}$/u.test(name) && wordBefore && draft.organisationByAlias(`${wordBefore} ${name}`)) continue
    // A sentence's first word is capitalised anyway ("Activists handed over …"): there only the forms
    // of an organisation's statement count ("Greenpeace ha presentado", "Oxfam has called").
    if (context.text.slice(0, start).trim() === '' && !/^\s+(?:has|have|ha|han|se\s+ha|is\s+calling|is\s+urging|is\s+asking|vuelve)\b/u.test(context.text.slice(start + name.length))) continue
    // "Darren Jones MP said": the letters after a name are their office or honour, not a body.
    if (POST_NOMINALS.has(name) && /\p{Lu}[\p{L}\p{M}'’-]*\s+$/u.test(context.text.slice(0, start))) continue
    // "CEAR, que …, ha reconocido": an acronym already read as an organisation's short name is that organisation.
    if (draft.organisationByAlias(name)) continue
    const known = [...draft.organisations.values()].find((organisation) => organisation.name.startsWith(`${name} `))
    // "Amnesty" for "Amnesty International": the organisation known, by another name.
    if (known) {
      if (!known.aliases.includes(name)) known.aliases.push(name)
      continue
    }
    draft.addOrganisation(name, context.source)
    found.push({name, start})
  }

  // An organisation by where it stands rather than by its name's ending, unless already read there,
  // a person, a country or a word, or known by this short name ("CPJ": its full name is not what is written).
  const addWritten = ({name, start}: {name: string; start: number}) => {
    if (found.some((entry) => start < entry.start + entry.name.length && entry.start < start + name.length)) return
    if (draft.findPerson(name) || isCountry(name) || LEADING_WORDS.has(name) || TITLE_WORDS.has(name)) return
    if (draft.organisationByAlias(name)) return
    found.push({name: draft.addOrganisation(name, context.source).name, start})
  }
  // "Manos Unidas – Presentación de informe – 15 de junio de 2022": a byline names who publishes, whatever its name.
  const byline = context.sentence.index <= 2 ? BYLINE.exec(context.text) : null
  if (byline?.[1] && context.dates.some((mention) => mention.year !== undefined && mention.start >= byline[0].length)) addWritten({name: byline[1], start: 0})
  // "organisation: Front Line Defenders" in the frontmatter: the publisher, wherever the text writes its name.
  for (let at = publisher ? context.text.indexOf(publisher) : -1; publisher && at >= 0; at = context.text.indexOf(publisher, at + publisher.length)) {
    if (!/[\p{L}\p{M}\d]/u.test(context.text[at - 1] ?? '') && !/[\p{L}\p{M}\d]/u.test(context.text[at + publisher.length] ?? '')) addWritten({name: publisher, start: at})
  }
  // "La organización internacional Red Costera convoca …", "the NGO Harbourwatch": named by what it is.
  for (const match of BODY_KIND_WORD.test(context.text) ? matchAll(KIND_BEFORE_NAME, context.text) : []) {
    const name = (match[1] ?? '').trim()
    addWritten({name, start: match.index + match[0].length - name.length})
  }
  // "Lambda Warszawa, founded in 1997, is Poland's oldest LGBT organisation": said to be one.
  // "COTA Australia, the country's peak organisation for older persons, today welcomed …": set beside one.
  const kindNamed = BODY_KIND_WORD.test(context.text)
  const apposed = kindNamed ? APPOSED_BODY.exec(context.text) : null
  // Words after the kind are Spanish adjectives ("el movimiento campesino"), not an English compound's head ("the union leader").
  const said = kindNamed ? (SAID_TO_BE_BODY.exec(context.text) ?? (apposed && (!apposed[3] || SPANISH_DETERMINER.test(apposed[2] ?? '')) ? apposed : null)) : null
  if (said?.[1]) addWritten({name: said[1], start: 0})
  for (const match of kindNamed ? matchAll(APPOSED_BODY_INSIDE, context.text) : []) {
    const name = match[1] ?? ''
    addWritten({name, start: match.index + match[0].indexOf(name)})
  }
  // "Expertos de la ONU señalaron …", "officials of the OAS": those who serve a body name it, by its letters.
  for (const match of matchAll(SERVING_BODY_LETTERS, context.text)) addWritten({name: match[1] ?? '', start: match.index + match[0].length - (match[1] ?? '').length})
  // "four organizations – Harbourwatch, IFEX, Reporters Without Borders and Article 19 –": each one a list
  // after the word names is an organisation, whatever its name.
  for (const listed of ORGANISATION_LIST_WORD.test(context.text) ? listedOrganisations(context.text) : []) addWritten(listed)

  for (const match of context.text.includes('(') ? matchAll(ACRONYM, context.text) : []) {
    const organisation = draft.organisations.get(trimLeadingWords(match[1] ?? ''))
    if (organisation && match[2] && !organisation.aliases.includes(match[2])) organisation.aliases.push(match[2])
  }

  // "who heads KTR, the Confederation of Labour of Russia": letters glossed by the body's name are its letters, whatever language they are of.
  for (const match of context.text.includes(', ') ? matchAll(LETTERS_THEN_NAME, context.text) : []) {
    const organisation = draft.organisations.get(trimLeadingWords(match[2] ?? ''))
    const letters = match[1] ?? ''
    if (organisation && !organisation.aliases.includes(letters) && !draft.organisationByAlias(letters)) organisation.aliases.push(letters)
  }

  // "Federación de Enseñanza de CCOO": the body it is part of, by its letters, is one too ("CCOO firma el convenio").
  for (const {name, start} of found) {
    const parent = PARENT_LETTERS.exec(name)?.[1]
    // Not letters a longer name goes on from: "SEO/BirdLife".
    const whole = !/^[/\p{L}\d-]/u.test(context.text.slice(start + name.length))
    if (parent && whole && !isCountry(parent) && !draft.organisationByAlias(parent)) draft.addOrganisation(parent, context.source)
  }
  found.sort((a, b) => a.start - b.start)
  const alias = ALIAS.exec(context.text)
  const main = draft.mainOrganisation()
  if (alias && main) {
    const written = alias[0].toLowerCase()
    if (!main.aliases.some((entry) => entry.toLowerCase() === written)) main.aliases.push(uncapitalise(alias[0]))
  }
  return found
}

/**
 * "Greenpeace ha presentado …", "Temblores documented …", "Greenpeace España se ha felicitado":
 * a one-word name (or one and a country) that does what organisations do is an organisation,
 * whatever its ending.
 */
const INNER_WORD = '(?:the|of|of\\s+the|for|for\\s+the|en)'
const INNER = new RegExp(`^${INNER_WORD}$`, 'u')
const ORGANISATION_VERB =
  '(?:said|says|called|calls|urged|urges|published|publishes|launched|launches|released|releases|denounced|denounces|documented|documents|demanded|demands|welcomed|welcomes|warned|warns|condemned|condemns|reported|reports|collected|delivered|submitted|presented|organised|organized|handed|issued|responded|reacted|voiced|expressed|has\\s+(?:called|urged|published|launched|documented|demanded|welcomed|warned|condemned|collected|delivered|submitted|presented|asked|issued|responded|reacted|voiced|expressed)|is\\s+(?:calling|urging|asking|demanding|holding|organising|organizing)|afirmó|afirma|dijo|denunció|denuncia|pidió|pide|exigió|exige|publicó|publica|presentó|presenta|lanzó|lanza|documentó|documenta|celebró|instó|insta|reclamó|reclama|advirtió|advierte|entregó|entrega|entregará|recogió|solicitó|señaló|señala|recuerda|recordó|vuelve|ha\\s+\\p{Ll}+|se\\s+ha\\s+\\p{Ll}+)'
// "Save the Children said", "Friends of the Earth has called": a small word inside makes no person's name.
// "DC 37 is asking …", "Local 1199 has called …": a union's letters or name and its number.
const SPEAKING_ORGANISATION = new RegExp(`(?:^|[\\s(“"«,;])((?:${CAP_WORD}|\\p{Lu}{2,6}(?![\\p{L}]))(?:\\s+(?:${INNER_WORD}\\s+)?${CAP_WORD}|\\s+\\d{1,4}(?![\\d\\p{L}]))?)\\s+${ORGANISATION_VERB}(?![\\p{L}])`, 'gu')
/** Three capitalised words that speak, read before two so that the whole name is met first: "Human Rights First has welcomed …". */
const SPEAKING_THREE_WORDS = new RegExp(`(?:^|[\\s(“"«,;])(${CAP_WORD}\\s+${CAP_WORD}\\s+${CAP_WORD})\\s+${ORGANISATION_VERB}(?![\\p{L}])`, 'gu')

/** What stands before the tail of a longer name: "Región de " (Murcia), "Unión de Actores y " (Actrices). */
const NAME_GOES_ON_BEFORE = /\p{Lu}[\p{L}\p{M}'’-]*\s+(?:de|del|de\s+la|de\s+los|de\s+las|of|of\s+the)\s+$|(?:^|\s)(?:de|del|de\s+la|de\s+los|de\s+las|of|of\s+the)\s+\p{Lu}[\p{L}\p{M}'’-]*\s+(?:y|and|e)\s+$/u

/** People who serve a body, then its letters: "expertos de la ONU", "officials from the OAS", "la relatora de la CIDH". */
const SERVING_BODY_LETTERS = /(?<![\p{L}])(?:[Ee]xpert[oa]?s|[Rr]elator[ae]s?|[Ff]uncionari[oa]s|[Rr]epresentantes?|[Pp]ortavoz|[Dd]elegad[oa]s|[Aa]gencias?|[Oo]fficials|[Rr]epresentatives?|[Ss]pokes(?:person|woman|man)|[Dd]elegates|[Aa]genc(?:y|ies)|[Rr]apporteurs?)\s+(?:de\s+la|del|de\s+las|de\s+los|of\s+the|from\s+the|at\s+the)\s+(\p{Lu}{2,6})(?![\p{L}\d/-])/gu

/** A byline: a name, what the release is, and its date, each set apart by a dash or a bar. */
const BYLINE = /^(\p{Lu}[\p{L}\p{M}&'’./-]*(?:\s+(?:(?:de|del|la|las|los|en|of|the|for|y|and|sin|without|Without)\s+)*\p{Lu}[\p{L}\p{M}&'’./-]*){0,5})\s+[–—|]\s+[^–—|]{3,80}\s+[–—|]\s+/u

const BODY_KIND = '(?:organización|organi[sz]ation|ONG|NGO|grupo|group|colectivo|agency|charity|movement|movimiento|network|coalition|coalición|alliance|alianza|platform|plataforma|agrupación|union|sindicato)'
const BODY_KIND_WORD = new RegExp(`(?<![\\p{L}])${BODY_KIND}(?![\\p{L}])`, 'u')
/** What opens the phrase that says what kind of body a name is: "the", "a", "una", "Poland's". */
const BODY_DETERMINER = "(?:the|a|an|una?|la|el|\\p{Lu}[\\p{L}]+['’]s)"
/** A word of that phrase is no preposition: "the head of the union" is a role, not a kind of body. */
const SPANISH_DETERMINER = /^(?:el|la|los|las|una?)$/iu
const NO_PREPOSITION = '(?!(?:of|de|del|in|en|for|para|with|con)\\s)'
/** "X, founded in 1997, is Poland's oldest LGBT organisation", "Red Costera es una organización": a name said to be a body. */
const SAID_TO_BE_BODY = new RegExp(`^(${CAP_WORD}(?:\\s+${CAP_WORD}){0,4})(?:,\\s+[^,]{3,60},)?\\s+(?:is|was|es|fue)\\s+${BODY_DETERMINER}\\s+(?:${NO_PREPOSITION}[\\p{L}+-]+\\s+){0,4}?${BODY_KIND}(?![\\p{L}])`, 'u')
/**
 * A name opening a sentence with what kind of body it is beside it, the kind word heading that phrase ("the union's leader" is a person's role),
 * Spanish adjectives after it ("La Red Costera, el movimiento campesino mundial que …").
 */
const APPOSED_BODY = new RegExp(
  `^((?:${CAP_WORD}|\\p{Lu}{2,8})(?:\\s+${CAP_WORD}){0,4}),\\s+(${BODY_DETERMINER})\\s+(?:${NO_PREPOSITION}[\\p{L}'’+-]+\\s+){0,4}?${BODY_KIND}((?:\\s+${NO_PREPOSITION}\\p{Ll}[\\p{L}-]+){0,2}?)(?=\\s*,|\\s+(?:for|of|in|on|de|del|en|para|que|that|which|working|based|dedicated|representing)\\s)`,
  'u'
)
/** "… belong to the Friends of Iran, the group in charge of …": a name inside a sentence with what kind of body it is right after it. */
const APPOSED_BODY_INSIDE = new RegExp(
  `(?<![\\p{L}])(?:[Tt]he|[Ll]a|[Ee]l|[Ll]os|[Ll]as)\\s+(${CAP_WORD}(?:\\s+(?:(?:of|for|the|de|del|la|los|las)\\s+)*${CAP_WORD}){0,5}),\\s+(?:the|a|an|una?|la|el)\\s+(?:${NO_PREPOSITION}[\\p{Ll}'’+-]+\\s+){0,3}?${BODY_KIND}(?=\\s*,|\\s+(?:for|of|in|on|de|del|en|para|que|that|which|working|based|dedicated|representing|responsible)\\s)`,
  'gu'
)
/** "the NGO Harbourwatch", "the humanitarian agency Islamic Relief", "la organización internacional Red Costera": up to three lower-case words between. */
const KIND_BEFORE_NAME = new RegExp(
  `(?<![\\p{L}])(?:[Ll]a|[Ee]l|[Tt]he)(?:\\s+[\\p{Ll}'’-]+){0,3}?\\s+${BODY_KIND}(?:\\s+(?:internacional|international|ambientalista|ecologista|environmental|humanitaria|humanitarian|no\\s+gubernamental|de\\s+derechos\\s+humanos|(?:for|de)\\s+(?:la\\s+)?libertad\\s+de\\s+expresión))?\\s+((?:\\p{Lu}|\\d\\p{Lu})[\\p{L}\\p{M}&'’-]*(?:\\s+(?:\\p{Lu}[\\p{L}\\p{M}&'’-]*|\\d{1,4}))*)`,
  'gu'
)
const ORGANISATION_LIST_WORD = /(?<![\p{L}])(?:organi[sz]ations|groups|NGOs|organizaciones|grupos|ONGs?|entidades|colectivos)(?![\p{L}])/u
const ORGANISATION_LIST_START = /(?<![\p{L}])(?:organi[sz]ations|groups|NGOs|organizaciones|grupos|ONGs?|entidades|colectivos)(?:\s+(?:such as|including|like|namely|como|entre ellas|incluidas|incluyendo))?(?:\s*[–—:(]\s*|,?\s+(?=\p{Lu}))/gu
// A name in such a list: capitalised words and the small words inside names, never "and" or "y", which join the list.
const LISTED_ORGANISATION = /(?:the\s+|la\s+|el\s+|los\s+|las\s+)?(\p{Lu}[\p{L}\p{M}'’&.-]*(?:\s+(?:(?:of|on|for|the|de|del|la|las|los|para|sin|por|Without|without)\s+)*(?:\p{Lu}[\p{L}\p{M}'’&.-]*|\d{1,4}))*)/uy
const ORGANISATION_SEPARATOR = /\s*,\s*(?:(and|y|e)\s+)?|\s+(and|y|e)\s+/uy

/** The names a list right after "organizations", "groups", "organizaciones como" gives: two or more, the last joined by "and" / "y". */
function listedOrganisations(text: string): Array<{name: string; start: number}> {
  return matchAll(ORGANISATION_LIST_START, text).flatMap((match) => {
    const {items, lastJoined} = listFrom(text, match.index + match[0].length, LISTED_ORGANISATION, ORGANISATION_SEPARATOR)
    // The list ends with the name after "and": "… and Article 19 – will travel".
    const listed = lastJoined === undefined ? [] : items.slice(0, lastJoined + 1)
    return listed.length >= 2 ? listed.map((item) => ({name: item.name.replace(/[.]$/u, ''), start: item.start})) : []
  })
}

/**
 * The items of a list written from `at`: each the first group of `item` (a sticky regex), one
 * after another while `separator` (sticky; a group when it joins with "and" / "y") joins them;
 * `lastJoined` is the index of the first item "and" joined.
 */
function listFrom(text: string, at: number, item: RegExp, separator: RegExp): {items: Array<{name: string; start: number}>; lastJoined: number | undefined} {
  const items: Array<{name: string; start: number}> = []
  let lastJoined: number | undefined
  for (let next = at; ; ) {
    item.lastIndex = next
    const found = item.exec(text)
    if (!found?.[1]) break
    items.push({name: found[1], start: next + found[0].indexOf(found[1])})
    if (lastJoined !== undefined) break
    separator.lastIndex = next + found[0].length
    const joins = separator.exec(text)
    if (!joins) break
    if (joins.slice(1).some(Boolean)) lastJoined = items.length
    next = separator.lastIndex
  }
  return {items, lastJoined}
}

/** A name's last words naming the body it belongs to by its letters: "… de CCOO", "… of the TUC". */
const PARENT_LETTERS = /\s(?:de|del|de la|of|of the)\s+(\p{Lu}{3,6})$/u

function speaksAsOrganisation(name: string, draft: FactsDraft, after: string): boolean {
  const words = name.split(/\s+/)
  const [first = '', second] = words
  // "Human Rights First": a word of a title ("Human Rights Defender") opening a cause's name is no title.
  if (LEADING_WORDS.has(first) || (TITLE_WORDS.has(first) && (HONORIFIC_WORD.test(first) || !CAUSE_WORD.test(second ?? ''))) || isCountry(first) || draft.findPerson(name) || draft.findPerson(first)) return false
  // Two words: a name and its country ("Greenpeace México"); two names are a person ("Silvia Díaz"),
  // unless what they do is their body's ("Detention Action is asking its supporters …") or a word after the first names a cause
  // ("Human Rights First has welcomed …").
  // A small word between two ("Save the Children") is no person's.
  return second === undefined || isCountry(second) || (words.length >= 3 && words.slice(1, -1).every((word) => INNER.test(word))) || ITS_OWN.test(after) || (words.length <= 3 && CAUSE_WORD.test(second ?? '')) || (words.length === 2 && /^\d{1,4}$/u.test(second))
}

/** Words a person's name opens with: "Mr Justice Garnham" is a judge, not a cause. */
const HONORIFIC_WORD = /^(?:Mr|Mrs|Ms|Miss|Dr|Lord|Lady|Sir|Dame|Judge|Justice|Chief|President|Minister|Senator|Mayor|Sr|Sra)\.?$/u

/** Words that end the names of causes, seldom a person's surname: "Age Action says", "Christian Aid has called", "Women's Refuge said". */
const CAUSE_WORD = /^(?:Action|Aid|Care|Concern|Rights|Justice|Watch|Voice|Voices|Now|Matters|Relief|Refuge|Shelter|Advocacy|Solidarity|Liberty|Freedom|Defenders|Alert|Response|Partners|Unite|Acoge|Solidaria|Justicia|Derechos|Libertad|Ayuda|Acción)$/u

/** What a name does to its own ("… is asking its supporters", "… has urged its members"): a body's, not a person's. */
const ITS_OWN = /^\s+(?:has\s+|is\s+)?\p{Ll}+(?:\s+on)?\s+its\s/u

/** The forms of a state's own name: "Democratic Republic of the Congo", "Russian Federation", "Reino Unido"; not a federation of unions ("Federación de Sindicatos de …"). */
const STATE_NAME = /^(?:(?:Democratic|Islamic|Federal|Socialist|People's|Arab|Czech|Dominican|Central African|Bolivarian)\s+)*(?:Republic|Kingdom|Emirates|República|Reino|Emiratos)\b|^Federación (?:de )?Rus(?:ia|a)$|\b(?:Republic|República) (?:of|de|del)\b|^(?:Russian|Swiss) (?:Federation|Confederation)$|^United (?:States|Kingdom|Arab Emirates)\b|^Estados Unidos\b/u

/** Whether a word is a country's name in English or Spanish. */
function isCountry(word: string): boolean {
  return countryNames().has(word)
}

const CONNECTOR = '(?:of|for|and|on|the|to|against|without|de|del|la|las|los|el|al|a|en|y|para|por|sobre|contra|sin|e)'
const NAME_BEFORE_ACRONYM = new RegExp(
  // "Ciudadanos en Apoyo a los Derechos Humanos, A.C. (CADHAC)": a civil association's legal form may stand between.
  // "The Engineering, Printing and Manufacturing Union (EPMU)": a comma may part the words the acronym is made of.
  `(\\p{Lu}[\\p{L}\\p{M}’'-]*(?:,?\\s+(?:${CONNECTOR}\\s+)*\\p{Lu}[\\p{L}\\p{M}’'-]*){1,10})(?:,?\\s+(?:A\\.\\s?C|S\\.\\s?A|S\\.\\s?C|I\\.\\s?A\\.\\s?P)\\.)?\\s+\\((\\p{Lu}[\\p{L}-]{1,9})\\)`,
  'gu'
)
const CONNECTOR_WORD = new RegExp(`^${CONNECTOR}$`, 'u')

/**
 * "Centre for Justice and International Law (CEJIL)", "Programa Venezolano de … (Provea)": a name
 * followed by an acronym made of its initials is an organisation, whatever its last word.
 */
function acronymOrganisations(context: SentenceContext, draft: FactsDraft): Array<{name: string; start: number}> {
  const found: Array<{name: string; start: number}> = []
  for (const match of matchAll(NAME_BEFORE_ACRONYM, context.text)) {
    const acronym = match[2] ?? ''
    let words = (match[1] ?? '').split(/\s+/)
    // Only a sentence's first word or an opener ("The", "El") may be dropped to fit the acronym.
    if (LEADING_WORDS.has(words[0] ?? '') || (match.index === 0 && initial(words[0]) !== acronym[0])) words = words.slice(1)
    // "Geneva, Amnesty International (AI)": what comes before a comma is a name of its own unless the acronym starts with it.
    while (words.some((word) => word.endsWith(',')) && initial(words[0]) !== initial(acronym)) words = words.slice(words.findIndex((word) => word.endsWith(',')) + 1)
    while (words.length > 0 && CONNECTOR_WORD.test(words[0] ?? '')) words = words.slice(1)
    const name = words.join(' ')
    const significant = words.filter((word) => !CONNECTOR_WORD.test(word))
    const looksLikeOrganisation = significant.length >= 3 || words.length > significant.length || ORGANISATION_HINT.test(name)
    // An acronym in another language ("Reporters Without Borders (RSF)") shares at least the first letter, unless the name says
    // it is a body ("Confederation of Public Employees' Unions (KESK)").
    // Its first or last word says so, and it joins no two names ("BWI and the Russian Building Workers Union (RBWU)", "Scott Griffen
    // of the International Press Institute (IPI)", "NRC's Internal Displacement Monitoring Centre (IDMC)").
    const bodyWord = (word: string | undefined) => ORGANISATION_HINT.test((word ?? '').replace(/(?<=\p{L}[^s'’])s(?=['’]?$)/u, ''))
    const saysBody =
      (bodyWord(significant[0]) || bodyWord(significant.at(-1))) && !/\s(?:and|y|e|&)\s|\s(?:of|at|from)\s+the\s|['’]s\s/u.test(name) && !(significant[0] ?? '').split('-').some((part) => TITLE_WORDS.has(part))
    const foreignAcronym = significant.length >= 3 && /^\p{Lu}+$/u.test(acronym) && ((initial(significant[0]) === acronym[0] && !significant.some((word) => TITLE_WORDS.has(word))) || saysBody)
    if (!looksLikeOrganisation || !(acronymFits(significant, acronym) || foreignAcronym)) continue
    if (STATE_NAME.test(name)) {
      draft.addCountry(name)
      continue
    }
    const organisation = draft.addOrganisation(name, context.source)
    if (!organisation.aliases.includes(acronym)) organisation.aliases.push(acronym)
    found.push({name, start: match.index + (match[1] ?? '').length - name.length})
  }
  return found
}

function initial(word: string | undefined): string {
  return (word ?? '').charAt(0).toUpperCase()
}

/** Whether the acronym starts with the name's initial and at least two of its letters are initials, in order. */
function acronymFits(words: string[], acronym: string): boolean {
  const initials = words.flatMap((word) => word.split('-')).filter((part) => part !== '').map(initial)
  if (initials[0] !== initial(acronym)) return false
  let next = 0
  let matched = 0
  for (const letter of acronym.toUpperCase()) {
    const at = initials.indexOf(letter, next)
    if (at === -1) continue
    matched++
    next = at + 1
  }
  return matched >= 2
}

function isBranchCountry(word: string): boolean {
  return !LEADING_WORDS.has(word) && !TITLE_START.test(word) && !/^(?:Secretary|Deputy|Executive|Regional|Senior|Director|Directora|Secretaria|Secretario|Report|Informe)$/u.test(word)
}

// "Special Rapporteur on the situation of human rights defenders, X": a remit in lower case, then the name.
/** "La presidenta de la institución, Clara Pardo": the release's own body, named by what it is. */
const OWN_BODY = '(?:the\\s+|la\\s+|el\\s+|esta\\s+|this\\s+)?(?:organi[sz]ation|organización|institución|entidad|ONG|NGO|group|charity|network|fundación|foundation|federación|federation|coordinadora|asociación|association)'
const TITLED_NAME = atWordStart(
  `(${ANY_TITLE})(?:\\s+(?:of|de|del|de la)\\s+(${ORGANISATION}|${PLACE})(?:\\s+(?:in|en)\\s+${PLACE})?,\\s+|\\s+(?:of|de|del|de la)\\s+${OWN_BODY},\\s+|(\\s+(?:on|for|sobre|para)\\s+(?:the\\s+|la\\s+|el\\s+|los\\s+|las\\s+)?\\p{Ll}[\\p{Ll}\\s’'-]{2,70}?),\\s+|,?\\s+)(?:${HONORIFIC}\\s+)?(${NAME_OR_SURNAME})(?![\\p{L}])`
)
const JUDGE_ADDRESS = /\b(?:Mr|Mrs|Ms|Lord|Lady) Justice\b/u
const OWN_BODY_AFTER_TITLE = new RegExp(`^\\s+(?:of|de|del|de la)\\s+${OWN_BODY},`, 'u')
const POSSESSIVE_BEFORE = new RegExp(`^${APOSTROPHE}s\\s+$`, 'u')
// The role is looked ahead at, not consumed: "Durante la visita a Ruritania, Ana Lenz irá con Karl Brandt, investigador" tries Karl Brandt too.
// An age or an honour may stand between the name and its comma: "Ana Lenz (34), …", "Sandra Horley CBE, Chief Executive of Refuge".
// "the U.S. director of Reporters Without Borders": an initial's dot is no end of the role;
// "a reporter for the daily “La Voz”": a short quoted name is part of it.
/** A title's own letters in brackets, before the body it serves: "Chief Executive (CEO) of the Refugee Council". */
const TITLE_LETTERS_AHEAD = String.raw`\(\p{Lu}{2,6}\)(?=\s+(?:of|at|for|with|from|de|del|en)\s)`
const APPOSITIVE = atWordStart(`(${NAME})(?=(?:\\s*\\(\\d{1,3}\\)|\\s+(?:CBE|OBE|MBE|KBE|DBE|QC|KC|MP|MEP|MSP|PhD))?,\\s+((?:[^,.;:“”"«»()]|(?<=(?:^|[\\s.])\\p{Lu})\\.|"\\p{Lu}[^",.;:]{0,60}"|“\\p{Lu}[^”,.;:]{0,60}”|«\\p{Lu}[^»,.;:]{0,60}»|\\s?${TITLE_LETTERS_AHEAD}){3,200}?)(?:,|(?<!(?:^|[\\s.])\\p{Lu})\\.|;|:|\\s*\\((?!\\p{Lu}{2,6}\\)\\s+(?:of|at|for|with|from|de|del|en)\\s)|$))`)
/** A role's noun written as a title, capitalised ("The organisation's Head of Campaigns, Mary Church"). */
const CAPITALISED_ROLE_NOUN = ROLE_NOUN.replace(/(?<=[(:|])\p{Ll}/gu, (letter) => letter.toUpperCase())
/** A role in lower case with its article, a comma, then a name that ends its clause: "el secretario de Estado de Comunicación, Fernando Moraleda." */
const ROLE_COMMA_NAME = new RegExp(`(?<![\\p{L}])(?:[Ee]l|[Ll]a|[Tt]he|del|al|(?:[Tt]he|[Ii]ts|[Tt]heir)\\s+(?:organi[sz]ation|group|charity|union|network|coalition|campaign)${APOSTROPHE}s)\\s+((?:${ROLE_NOUN}|${CAPITALISED_ROLE_NOUN}|${ANY_TITLE})(?:\\s+[^,.;:()“”"«»]{1,70}?)?),\\s+(${NAME})(?=\\s*(?:[,.;)]|$)|\\s+(?:y|e|and)\\s)`, 'gu')
/** "X, who promised …": a clause about the person, not a role; "X, organización cuyo director es Y": not a person at all. */
const CLAUSE_START = /^(?:who|whom|whose|which|that|where|when|quien|quienes|que|cuyo|cuya|donde|cuando|together\s+with|along\s+with|junto\s+(?:con|a)|and|y|e|or|o|but|pero|was|were|is|are|has|have|had|will|would|fue|fueron|es|son|ha|han)\b|\b(?:whose|cuy[oa]s?)\b|^(?:an?\s+|the\s+|la\s+|una\s+)?(?:organi[sz]ation|organización|group|grupo|NGO|ONG|network|red|coalition|coalición|alliance|alianza)\b/iu
const ROLE_CLAUSE = /^(?:who\s+(?:is|was|serves\s+as)|quien\s+(?:es|era)|que\s+es)\s+(?=(?:the\s+|an?\s+|el\s+|la\s+)?\p{Ll}|(?:Director|Deputy|Head|Chief|Senior|Executive|Secretary|Coordinator|Researcher|Adviser|Advisor|Regional|Programme|Program)\b|(?:\p{Lu}\p{Ll}+\s+){1,3}(?:Director|Coordinator|Researcher|Adviser|Advisor|Officer|Manager)\b)/u
const INFINITIVE_CLAUSE = /^\p{Ll}+(?:ar|er|ir)\s+(?:los|las|el|la|al|a|sus?|un|una)\s/u
/** "Filippo Grandi, puso en manos del Secretario General …", "X, handed the Secretary General …": what they did, not who they are. */
const VERB_CLAUSE = /^(?:\p{Ll}+(?:ó|aron|ieron)|pus(?:o|ieron)|hi(?:zo|cieron)|dij(?:o|eron)|di(?:o|eron)|tuv(?:o|ieron)|estuv(?:o|ieron)|vin(?:o|ieron)|traj(?:o|eron)|\p{Ll}+ed\s+(?:the|a|an|his|her|their|its|on|to|over))(?![\p{L}])/u
const ROLE = new RegExp(`(?<![\\p{L}])${ROLE_NOUN}(?![\\p{L}])`, 'iu')
const POSSESSIVE_ROLE = new RegExp(`^(?:the\\s+|la\\s+|el\\s+)?(${ORGANISATION}(?:\\s+${CAP_WORD})?)${APOSTROPHE}s\\s+(.+)$`, 'u')
const ROLE_BEFORE_ORGANISATION = /^(?:the\s+|an?\s+|la\s+|el\s+|una?\s+)?(.+?)\s+(?:of|at|for|with|from|de|del|en)\s+(?:la\s+|el\s+|the\s+)?$/u
// Not a freedom's object: "Representative on Freedom of Expression" names no place "Expression".
const ROLE_OF = new RegExp(`^(?:the\\s+|an?\\s+|la\\s+|el\\s+|una?\\s+)?(.+?)\\s+(?:of|at|for|with|from|de|del|en)\\s+(?:la\\s+|el\\s+|the\\s+)?(${ORGANISATION}(?:\\s+${CAP_WORD})?|(?!(?:Expression|Opinion|Information|Assembly|Association|Religion|Speech|Conscience|Movement|Expresión|Opinión|Información|Reunión|Asociación|Prensa|República|Nación|Republic|Nation|Campaigns|Communications|Programmes|Programs|Policy|Research|Advocacy|Media|Operations|Fundraising)$)${PLACE})$`, 'u')

/** "coordinador general de MSF en México": a title, a body by its letters, then the country where it works. */
const BODY_LETTERS_IN_PLACE = /^(?:the\s+|an?\s+|la\s+|el\s+|una?\s+)?(.+?)\s+(?:of|at|for|de|del)\s+(?:la\s+|el\s+|the\s+)?(?!(?:ONG|NGO)\s)(\p{Lu}{2,6})\s+(?:en|in)\s+\p{Lu}[\p{L}\p{M}'’-]+(?:\s+\p{Lu}[\p{L}\p{M}'’-]+){0,2}$/u
/** "X serves as vice president of Y", "X se desempeña como coordinadora de Y": a role said with a verb. */
const SERVES_AS = new RegExp(`(${NAME_OR_SURNAME})\\s+(?:serves|served|works|worked|acts|acted|se\\s+desempeña|se\\s+desempeñaba|ejerce|ejercía|trabaja|trabajaba)\\s+(?:as|como)\\s+(?:the\\s+|an?\\s+|la\\s+|el\\s+)?([^,.;:()]{3,120}?)(?=\\s+(?:and|y|since|desde)\\s|[,.;:()]|$)`, 'gu')

/** A name a clause about someone opens after: "filed by Ly Yong Phat, who is among the most powerful businessmen", "Ana Lenz, quien dirige …". */
const NAME_WHO = new RegExp(`(?:^|(?<![\\p{L}])(?:by|por|de|with|con|from|to|a|que|that)\\s+)(${NAME}),\\s+(?:who|quien|quienes)\\s+(?:is|was|has|had|owns|owned|leads|led|heads|headed|runs|ran|works|worked|es|era|fue|ha|había|dirige|dirigía|encabeza|preside|trabaja|trabajaba)\\b`, 'gu')

/** A name right before a verb of speech that reports what was said ("Miguel Concha afirmó que", "Ana Lenz said that", "Ana Lenz said she"). */
// "Darren Jones MP, who hosted the event, said modern slavery …": the letters of an office and a clause about them may come between,
// and then "that" may go unsaid.
const SPEAKS_REPORTED = new RegExp(
  `(${NAME})(?:\\s+(MP|MEP|MSP|MLA|MPP|TD|QC|KC|CBE|OBE|MBE))?(,\\s+(?:who|quien)\\s[^,.;]{3,80},)?\\s+(?:afirmó|aseguró|declaró|señaló|explicó|sostuvo|advirtió|denunció|dijo|said|told|stated|explained|argued|warned|stressed)\\s+(?:(que|that|he|she)\\b|(?=\\p{L}))`,
  'gu'
)

/** Text that ends in "of" or "de": a name after it belongs to what someone is of. */
const AFTER_OF = /(?<![\p{L}])(?:of|of\s+the|de|del|de\s+la)\s+$/u

export interface NamedPerson {
  name: string
  start: number
  end: number
}

/** A body's name and its "'s" opening a phrase. */
const OWNER_FIRST = /^(?:the\s+)?(?:\p{Lu}[\p{L}\p{M}&.-]*\s+){0,4}\p{Lu}[\p{L}\p{M}&.-]*['’]s\s+/u

/** Letters written after a person's name: an office held ("MP", "MEP", "MSP") or an honour ("OBE", "QC"). */
const POST_NOMINALS = new Set(['MP', 'MPs', 'MEP', 'MSP', 'MS', 'MLA', 'MPP', 'MHK', 'TD', 'QC', 'KC', 'CBE', 'OBE', 'MBE', 'KBE', 'DBE', 'PhD'])

/** People with a title before the name, or an appositive role after it. */
export function extractPeople(context: SentenceContext, draft: FactsDraft, organisations: Array<{name: string; start: number}>): NamedPerson[] {
  const found: NamedPerson[] = []

  // "Mr Justice Garnham": a judge's form of address, whose words are too common to look for alone.
  for (const match of hasAny(context.words, TITLE_KEYWORDS) || JUDGE_ADDRESS.test(context.text) ? matchAll(TITLED_NAME(context.text), context.text) : []) {
    // "Governor Silva's initiatives": the person is Silva.
    const written = match[4] ?? ''
    const name = written.replace(/['’]s$/u, '')
    // "Attorney General's Office" is an office, not a person titled Attorney.
    if (!isName(name, draft) || ORGANISATION_HINT.test(name.split(/\s+/).at(-1) ?? '')) continue
    const nameStart = match.index + match[0].length - written.length
    // "**Director Chen Jianhua** Director of …": a name ends where its bold does.
    if (context.emphasis.some((bold) => nameStart < bold.end && nameStart + name.length > bold.end)) continue
    const before = organisations.filter((organisation) => organisation.start < nameStart).at(-1)
    // "Amnesty International Director X": the organisation's last word is no part of the title ("Director").
    const overlap = before ? before.start + before.name.length - match.index : 0
    const title = `${overlap > 0 && overlap < (match[1] ?? '').length ? (match[1] ?? '').slice(overlap).trim() : (match[1] ?? '')}${match[3] ?? ''}`
    // "Human Rights Watch’s Executive Director X": the organisation right before the title.
    const possessive = before && POSSESSIVE_BEFORE.test(context.text.slice(before.start + before.name.length, match.index)) ? before.name : undefined
    // "An X delegation led by Secretary General Y": the organisation just before the title employs
    // the person; one a clause away ("X called for the release of the journalist Y") does not.
    const gap = before ? context.text.slice(before.start + before.name.length, match.index) : ''
    const employer = before && gap.length <= 30 && !/\b(?:to|for|of|against|on|al|contra|para|de|del)\s/u.test(gap) ? before.name : undefined
    // "FIDH President X", "FLD Deputy Director X": an organisation written right before a title, by
    // its name or a short name already known, is whose title it is.
    const adjacent = before && gap.trim() === '' ? before.name : knownJustBefore(context.text.slice(0, match.index), draft)
    // "La presidenta de la institución, Clara Pardo": of the body the release speaks for.
    const own = OWN_BODY_AFTER_TITLE.test(context.text.slice(match.index + (match[1] ?? '').length)) ? draft.mainOrganisation()?.name : undefined
    const affiliation = possessive ?? match[2] ?? own ?? (TITLE_START.test(title) && !isOffice(title) ? (employer ?? adjacent) : adjacent)
    // "Dr. Osama El Baz": a form of address, not a title to tell.
    // "Mr Justice Garnham": a judge of the High Court, by the form of address judges have.
    const spoken = /^(?:Dr|Mr|Mrs|Ms|Prof|Rev|Revd|Reverend)\.?$/iu.test(title.trim()) ? undefined : /^(?:Mr|Mrs|Ms|Lord|Lady) Justice$/u.test(title.trim()) ? 'judge' : title.replace(/\s+/g, ' ')
    const person = draft.addPerson(name, context.source, {title: spoken, affiliation: affiliation ? trimLeadingWords(affiliation) : undefined})
    // "presidente de Ruritania" holds an office of a state; "presidente del Consejo de Ministros" chairs a body.
    const office = trimLeadingWords(match[2] ?? possessive ?? '')
    if (isOffice(title) && office && !ORGANISATION_HINT.test(office)) draft.addCountry(office)
    found.push({name: person.name, start: nameStart, end: nameStart + name.length})
  }

  for (const match of context.text.includes(', ') && hasAny(context.words, ROLE_WORDS) ? matchAll(APPOSITIVE(context.text), context.text) : []) {
    // "X, who is political adviser to the president": the role the clause gives.
    const appositive = (match[2] ?? '').trim().replace(ROLE_CLAUSE, '')
    if (!ROLE.test(appositive) || CLAUSE_START.test(appositive)) continue
    // A long one is a role only when it opens with it ("the local journalist who was detained …"), not a clause that names one later.
    // An owner's name may come first: "Amnesty International's Research and Advocacy Director for …".
    const opening = appositive.replace(OWNER_FIRST, '')
    if (appositive.length > 90 && !ROLE.test(opening.split(/\s+/).slice(0, 4).join(' '))) continue
    // "Berta Cáceres, defender los derechos humanos se ha vuelto …": a Spanish verb, not the English role.
    if (context.language === 'es' && INFINITIVE_CLAUSE.test(appositive)) continue
    if (VERB_CLAUSE.test(appositive)) continue
    // "Board Chair X, Executive Director Y and Advocacy Director Z": a list of titled people, not X's role.
    if ([...matchAll(TITLED_NAME(appositive), appositive)].some((titled) => isName(titled[4] ?? '', draft) && (titled[4] ?? '').includes(' '))) continue
    const end = match.index + (match[1] ?? '').length
    // "Permanent Secretary Tendai Moyo, …": the titled name already read is the person.
    const titled = found.find((entry) => entry.end === end)
    const name = titled?.name ?? withoutTitles(trimLeadingWords(match[1] ?? ''))
    if (!titled && (!isName(name, draft) || name.split(/\s+/).length < 2)) continue
    const start = titled?.start ?? end - name.length
    const role = parseRole(appositive, draft.organisations.keys())
    if (!role.title) continue
    // "Gerry Simpson, Associate Director, Human Rights Watch;": the organisation after the title is theirs.
    const after = context.text.indexOf(appositive, end) + appositive.length
    const employer = role.affiliation ? undefined : organisations.find((organisation) => organisation.start > after && /^,\s+$/u.test(context.text.slice(after, organisation.start)))
    if (employer && /^(?:\s*[;.)]|\s*$)/u.test(context.text.slice(employer.start + employer.name.length))) role.affiliation = employer.name
    const person = draft.addPerson(name, context.source, role)
    if (!titled) found.push({name: person.name, start, end})
  }

  // "el jefe del gabinete de la Presidencia, José Enrique Serrano, y …": a role in lower case, then the name it belongs to.
  // "el alcalde del municipio de X, Jorge Mendoza": an office is a role as much as a job is.
  for (const match of context.text.includes(', ') && (hasAny(context.words, ROLE_WORDS) || OFFICE.test(context.text)) ? matchAll(ROLE_COMMA_NAME, context.text) : []) {
    const name = match[2] ?? ''
    const start = match.index + match[0].length - name.length
    if (found.some((entry) => start < entry.end && entry.start < start + name.length) || !isName(name, draft) || name.split(/\s+/).length < 2) continue
    const role = parseRole(match[1] ?? '', draft.organisations.keys())
    if (!role.title) continue
    const person = draft.addPerson(name, context.source, role)
    found.push({name: person.name, start, end: start + name.length})
  }

  // "Mohamad Hussni Mishnen, a 29-year-old paramedic, and Fadi Alomar, a 34-year-old ambulance driver": a name given an age is a person's.
  for (const match of AGE_WORD.test(context.text) ? matchAll(AGED_NAME, context.text) : []) {
    const name = withoutTitles(trimLeadingWords(match[1] ?? ''))
    const start = match.index + (match[1] ?? '').length - name.length
    const role = match[2] ? parseRole(match[2], draft.organisations.keys()) : undefined
    addNamed(name, start, undefined, role?.title ? role : undefined)
  }

  // "Reports say that Tarek Chaudhery was fatally assaulted", "Ana Lenz fue detenida": only a person is arrested, tortured or murdered.
  for (const match of HARMED_VERB.test(context.text) ? matchAll(NAME_HARMED, context.text) : []) {
    const name = withoutTitles(trimLeadingWords(match[1] ?? ''))
    addNamed(name, match.index + match[0].indexOf(name))
  }

  // "One of the people taken hostage, Exaltación Marcos Ucelo, was found dead": a name set off after those it is one of.
  for (const match of context.text.includes(', ') ? matchAll(ONE_OF_PEOPLE_NAME, context.text) : []) {
    const name = withoutTitles(trimLeadingWords(match[1] ?? ''))
    addNamed(name, match.index + match[0].lastIndexOf(name))
  }

  for (const match of HARMED_VERB.test(context.text) ? matchAll(NAMES_HARMED, context.text) : []) {
    const list = match[1] ?? ''
    for (const name of list.split(/,\s+|\s+(?:and|y|e)\s+/u)) addNamed(withoutTitles(trimLeadingWords(name.trim())), match.index + list.indexOf(name))
  }

  /** A name read by where it stands: a person unless it names a body or a country, or is read already. */
  function addNamed(name: string, start: number, body?: string, role?: {title: string; affiliation?: string}): void {
    if (!isName(name, draft) || name.split(/\s+/).length < 2 || ORGANISATION_HINT.test(name) || isCountry(name) || draft.organisations.has(name) || draft.organisationByAlias(name)) return
    if (found.some((entry) => start < entry.end && entry.start < start + name.length)) return
    if (organisations.some((organisation) => start < organisation.start + organisation.name.length && organisation.start < start + name.length)) return
    const affiliation = body && !isCountry(body) ? (draft.organisationByAlias(body)?.name ?? draft.addOrganisation(body, context.source).name) : undefined
    const person = draft.addPerson(name, context.source, role ?? (affiliation ? {affiliation} : {}))
    found.push({name: person.name, start, end: start + name.length})
  }

  // "Rev. Chambers-Young serves as an at-large vice president of the NCC": the role someone already known serves in.
  for (const match of hasAny(context.words, ROLE_WORDS) ? matchAll(SERVES_AS, context.text) : []) {
    const person = draft.findPerson(match[1] ?? '')
    const role = person ? parseRole(match[2] ?? '', draft.organisations.keys()) : undefined
    if (person && role?.title && ROLE.test(role.title)) draft.addPerson(person.name, context.source, role)
  }

  // A list's item is read by the rules for lists below.
  for (const match of context.sentence.block === 'list-item' ? [] : matchAll(NAME_WHO, context.text)) {
    // "Johan Mooij, who heads CARE's work in the country as Yemen Country Director, said": the title the clause gives, of the body it names.
    const clause = context.text.slice(match.index + match[0].length).split(/[,;.]/u)[0] ?? ''
    const as = /\s(?:as|como)\s+(?:the\s+|an?\s+|el\s+|la\s+)?(.+)$/u.exec(clause)?.[1]
    const role = as && (ROLE.test(as) || ANY_TITLE_ANYWHERE.test(as)) ? parseRole(as, draft.organisations.keys()) : undefined
    const body = role && !role.affiliation ? [...draft.organisations.keys()].find((name) => clause.includes(name)) : undefined
    addNamed(match[1] ?? '', match.index + match[0].indexOf(match[1] ?? ''), undefined, role?.title ? {...role, ...(body ? {affiliation: body} : {})} : undefined)
  }
  // "El sacerdote Miguel Concha afirmó que …", "Ana Lenz said that …": whoever is said to speak is a person, whatever their title
  // (after the clauses that give one).
  for (const match of matchAll(SPEAKS_REPORTED, context.text)) {
    if (!match[4] && !match[2] && !match[3]) continue
    const start = match.index + match[0].indexOf(match[1] ?? '')
    // "Chief Ana Lenz of Tromsvik First Nation said she …": the name after "of" is where the speaker is from.
    if (AFTER_OF.test(context.text.slice(0, start))) continue
    const office = match[2] && /^M|^TD$/u.test(match[2]) ? {title: match[2]} : undefined
    addNamed(match[1] ?? '', start, undefined, office)
  }

  // "- **Fiscal General de la República:** Douglas Meléndez": an item of a list, a title, a colon and who holds it.
  const labelled = context.sentence.block === 'list-item' ? TITLE_COLON_NAME.exec(context.text) : null
  const holdsTitle = labelled?.[1] !== undefined && (ROLE.test(labelled[1]) || ANY_TITLE_AT_START.test(labelled[1]))
  if (labelled?.[1] && labelled[2] && holdsTitle) {
    const role = parseRole(labelled[1].trim(), draft.organisations.keys())
    if (role.title) addNamed(labelled[2], labelled[0].length - labelled[2].length, undefined, role)
  }
  // "- Premio Nacional: Jorge del Cura Antón", "- Journalism Prize: Ana Lenz and Karl Brandt": an award, a colon and who won it.
  const awarded = context.sentence.block === 'list-item' && !holdsTitle ? AWARD_COLON_NAMES.exec(context.text) : null
  for (const name of awarded?.[1] ? winners(awarded[2] ?? '', awarded[3]) : []) {
    // "Es Premio Nacional" says it in Spanish; English says whose prize it is.
    const award = (awarded?.[1] ?? '').trim()
    if (name) addNamed(name, context.text.indexOf(name), undefined, {title: /^(?:Premio|Galard|Medalla|Menci)/u.test(award) ? award : `winner of the ${award}`})
  }
  // "- **Africa:** Gamito dos Santos Carlos of AJOPAZ, the Youth Association for Peace (Mozambique)": an item
  // of a list (laureates, speakers) that opens with a name and the body they are with.
  const listed = context.sentence.block === 'list-item' ? LISTED_WITH.exec(context.text) : null
  if (listed?.[1] && listed[2]) addNamed(listed[1], listed.index + listed[0].indexOf(listed[1]), listed[2].replace(/^(?:the|la|el)\s+/u, ''))
  // "Well-known figures who back the call include:" then "- Jay Naidoo", "- Joe Seoka, Anglican Bishop of Pretoria": the people listed.
  const item = listedNameItem(context)
  if (item) addNamed(item.name, context.text.indexOf(item.name), undefined, item.role ? parseRole(item.role, draft.organisations.keys()) : undefined)
  // "videoconferencia con Miguel Ángel Ceballos (coordinador del informe), Juan Bárcena (…)": a name and, in brackets, their role.
  for (const match of context.text.includes('(') && hasAny(context.words, ROLE_WORDS) ? matchAll(NAME_ROLE_IN_BRACKETS(context.text), context.text) : []) {
    const inner = match[2] ?? ''
    if (!ROLE.test(inner) || CLAUSE_START.test(inner)) continue
    const role = parseRole(inner, draft.organisations.keys())
    if (role.title) addNamed(match[1] ?? '', match.index, undefined, role)
  }
  // "- **Sarah Jackson** – Deputy Regional Director at Amnesty": an item of a list, a name, a dash and who they are.
  const dashed = context.sentence.block === 'list-item' || context.emphasis[0]?.start === 0 ? NAME_DASH_ROLE.exec(context.text) : null
  if (dashed?.[1] && dashed[2] && (ROLE.test(dashed[2]) || [...draft.organisations.keys()].some((name) => dashed[2]!.includes(name)))) {
    // "Executive Director, Amnesty International Kenya": the title, then whose.
    const comma = /^([^,]+),\s+(.+)$/u.exec(dashed[2].trim())
    const body = comma?.[2] && (draft.organisations.has(comma[2]) || draft.organisationByAlias(comma[2]) || ORGANISATION_HINT.test(comma[2])) ? comma : null
    const role = body?.[1] && body[2] ? {title: body[1], affiliation: draft.organisationByAlias(body[2])?.name ?? body[2]} : parseRole(dashed[2].trim(), draft.organisations.keys())
    const start = dashed[0].indexOf(dashed[1])
    // "**Dr. Njoki Wamai** – Assistant Professor …": read already by the form of address, the role is still theirs.
    const read = found.find((entry) => entry.start < start + dashed[1]!.length && start < entry.end)
    if (role.title && read) draft.addPerson(read.name, context.source, role)
    else if (role.title) addNamed(dashed[1], start, undefined, role)
  }
  // "**Director Chen Jianhua**" over the lines of an address: a title and a name set in bold on their own are that person.
  const titledInBold = titledNameInBold(context)
  if (titledInBold) addNamed(titledInBold.name, titledInBold.start, undefined, parseRole(titledInBold.title, draft.organisations.keys()))
  // "Tania Bernath and Ayodele Ameen took a flight out of Banjul", "Peter Greste, Mohammed Fahmy and Baher Mohamed each received
  // seven years": names opening a sentence and doing something together.
  const together = NAMES_DOING.exec(context.text)
  if (together) {
    const listed = [...(together[1] ?? '').split(/,\s+/u).filter((name) => name !== ''), together[2]!, together[3]!]
    if (!listed.some((name) => ORGANISATION_HINT.test(name) || isCountry(name) || regionLike(name))) {
      let from = 0
      for (const name of listed) {
        const start = together[0].indexOf(name, from)
        addNamed(name, start)
        from = start + name.length
      }
    }
  }
  // "its two co-moderators, Marwa Fatafta of Access Now and Khalid Ibrahim of GCHR": a name written as of a body is a person of it.
  for (const organisation of organisations) {
    const from = Math.max(0, organisation.start - 80)
    const named = NAME_OF_BODY.exec(context.text.slice(from, organisation.start))
    const name = withoutTitles(named?.[1] ?? '')
    if (!named || !name) continue
    // "Country Director of NRC", "Global Coal Campaigner of Greenpeace", "Second Chamber of the Parliament": a title or a part, no one's name.
    if (name.split(/\s+/u).some((word) => TITLE_WORDS.has(word) || ROLE_WORDS.has(word.toLowerCase()) || ORDINAL_WORD.test(word))) continue
    // "the unpublished Supplementary Homicide Report of the FBI", "Jenny Ricks, Global Convenor at …", "Advocacy and Campaigns Lead at …":
    // a thing, or a title set after someone's name.
    const start = from + named.index
    if (THING_OR_TITLE_BEFORE.test(context.text.slice(Math.max(0, start - 60), start))) continue
    addNamed(name, start + (named[1] ?? '').length - name.length, organisation.name)
  }
  // "represented by Jennifer Bexara Córdova", "acompañada por Ana Lenz": whoever stands for or goes with someone is a person.
  for (const match of BY_NAME_WORD.test(context.text) ? matchAll(BY_NAME, context.text) : []) addNamed(match[1] ?? '', match.index + match[0].length - (match[1] ?? '').length)

  // "Media contact: Ana Lenz, Communications Associate", "Contact: … contact Ana Lenz, Press Officer",
  // "For more information, contact Ana Lenz, Media Relations": whom journalists reach, whatever their title.
  const contact = CONTACT_LINE.exec(context.text) ?? CONTACT_SENTENCE.exec(context.text)
  if (contact?.[1] && isName(contact[1], draft) && !ORGANISATION_HINT.test(contact[1]) && !isCountry(contact[1])) {
    const start = contact.index + contact[0].length - contact[1].length
    const person = draft.addPerson(contact[1], context.source, {title: context.language === 'es' ? 'contacto de prensa' : 'media contact'})
    if (!found.some((entry) => entry.start === start)) found.push({name: person.name, start, end: start + contact[1].length})
  }

  // "Contacts: US — Ana Lenz, 415-746-0306 · India — Karl Brandt, +91 …": each a contact, after the place they answer for.
  const contactList = contact ? undefined : CONTACT_LABEL.exec(context.text)
  if (contactList) {
    let at = contactList[0].length
    for (const part of context.text.slice(at).split(CONTACT_SEPARATOR)) {
      const start = context.text.indexOf(part, at)
      at = start + part.length
      const named = PLACED_CONTACT.exec(part)
      if (!named?.[1] || !isName(named[1], draft) || ORGANISATION_HINT.test(named[1]) || isCountry(named[1])) continue
      const nameStart = start + named[0].length - named[1].length
      const person = draft.addPerson(named[1], context.source, {title: context.language === 'es' ? 'contacto de prensa' : 'media contact'})
      if (!found.some((entry) => entry.start === nameStart)) found.push({name: person.name, start: nameStart, end: nameStart + named[1].length})
    }
  }

  // "los periodistas Ana Lenz y Karl Brandt", "media contacts, A in Chile and B in the UK": people a
  // sentence names as a group by their role, with no title of their own.
  for (const listed of hasAny(context.words, PLURAL_ROLE_WORDS) ? namedByPluralRole(context.text) : []) {
    if (!isName(listed.name, draft) || ORGANISATION_HINT.test(listed.name) || isCountry(listed.name.split(/\s+/).at(-1) ?? '') || found.some((entry) => listed.start < entry.end && entry.start < listed.start + listed.name.length)) continue
    const person = draft.addPerson(listed.name, context.source, {title: listed.title})
    found.push({name: person.name, start: listed.start, end: listed.start + listed.name.length})
  }

  // "Abdel Karim Suleiman, who writes online as Karim Amer": the other name is theirs too, and its surname.
  for (const match of /\b(?:as|como|alias)\s/u.test(context.text) ? matchAll(KNOWN_AS, context.text) : []) {
    const person = draft.findPerson(match[1] ?? '')
    const other = match[2] ?? ''
    if (!person || draft.findPerson(other) || isCountry(other)) continue
    for (const alias of [other, other.split(/\s+/).at(-1) ?? '']) if (alias && alias !== person.name && !person.aliases.includes(alias) && !draft.findPerson(alias)) person.aliases.push(alias)
  }

  // "Raúl Lucas Lucía y Manuel Ponce Rosas, integrantes de la OFPM": names listed before a role in the plural.
  for (const listed of context.text.includes(', ') && hasAny(context.words, PLURAL_ROLE_WORDS) ? namedBeforePluralRole(context.text) : []) {
    if (!isName(listed.name, draft) || ORGANISATION_HINT.test(listed.name) || isCountry(listed.name) || found.some((entry) => listed.start < entry.end && entry.start < listed.start + listed.name.length)) continue
    const role = parseRole(listed.role, draft.organisations.keys())
    const person = draft.addPerson(listed.name, context.source, {title: listed.title, ...(role.affiliation ? {affiliation: role.affiliation} : {})})
    found.push({name: person.name, start: listed.start, end: listed.start + listed.name.length})
  }

  // "the murder of Ana Lenz", "la liberación de Karl Brandt": whom harm or freedom befalls is a person, unless the name is
  // a body's or a place's; read after every reader of roles, which may give them one.
  for (const match of HARM_OF_WORD.test(context.text) ? matchAll(HARM_OF_NAME, context.text) : []) {
    const name = match[1] ?? ''
    if (!ORGANISATION_HINT.test(name) && !isCountry(name) && !regionLike(name)) addNamed(name, match.index + match[0].length - name.length)
  }
  // "demanding that Hu Jia be freed": whom freedom is asked for is a person too.
  for (const match of FREED_WORD.test(context.text) ? matchAll(FREED_NAME, context.text) : []) {
    const name = match[1] ?? ''
    if (!ORGANISATION_HINT.test(name) && !isCountry(name) && !regionLike(name)) addNamed(name, match.index + match[0].indexOf(name, /^\S+\s+/u.exec(match[0])![0].length))
  }

  // "Federico Aguirre" over "Secretario Ejecutivo" over "Corporación … - CODEPU": a statement's signature, a name, its
  // title and its body each on a line of their own.
  const signer = signedAbove(context, draft)
  if (signer) draft.addPerson(signer.name, signer.source, {title: context.text.trim()})

  found.sort((a, b) => a.start - b.start)
  // Last, so that a name another rule reads with its role keeps it: "condenó al ex dictador Francisco Morales Bermúdez", "los militares en retiro Pedro Richter Prada y Germán Ruiz": what someone is, in lower case, then their name.
  for (const match of /\s\p{Lu}\p{Ll}+\s+\p{Lu}/u.test(context.text) ? matchAll(DESCRIBED_NAME, context.text) : []) {
    const names = [match[1] ?? '', match[2] ?? '']
    // Who they are is a noun for a person ("dictador", "militares", "periodista", "lawyer"), not any word ("the annual Václav Havel …").
    const described = /(\p{Ll}+)\s+$/u.exec(match[0].slice(0, match[0].indexOf(match[1] ?? '')))?.[1] ?? ''
    if (!PERSON_NOUN.test(described)) continue
    // "… work as Ruritania Country Director": a title, not a name.
    for (const name of names) if (name && !TITLE_WORDS.has(name.split(/\s+/).at(-1) ?? '')) addNamed(name, match.index + match[0].lastIndexOf(name))
  }

  return found
}

/** The line under a signature's name and title, when it names a known body: the signer's. */
export function signatureBody(context: SentenceContext, draft: FactsDraft): void {
  if (context.text.length > SIGNATURE_LINE || !context.previous) return
  const titled = signedAbove(context.previous, draft)
  const signer = titled ? draft.findPerson(titled.name) : undefined
  if (!signer || signer.affiliation) return
  const body = [...draft.organisations.keys()].filter((name) => context.text.includes(name)).sort((a, b) => b.length - a.length)[0]
  if (body) signer.affiliation = body
}

/** How long a line of a signature runs at most: a name, a title, a body's name. */
const SIGNATURE_LINE = 100
/** A line that is only a name, maybe with an initial after it ("Claudio González U"). */
const NAME_LINE = new RegExp(`^(${NAME})(?:\\s+\\p{Lu}\\.?)?$`, 'u')

/** The name on the line above, when this line is only the title that goes with it. */
function signedAbove(context: SentenceContext, draft: FactsDraft): {name: string; source: SentenceContext['source']} | undefined {
  const line = context.text.trim()
  const above = context.previous?.text.trim() ?? ''
  // Not a list of speakers ("- House Speaker Nancy Pelosi" over "- Senate Minority Leader Chuck Schumer").
  if (context.sentence.block === 'list-item' || context.previous?.sentence.block === 'list-item') return undefined
  if (line.length > SIGNATURE_LINE || line.split(/\s+/u).length > 6 || /[.!?;:]$/u.test(line) || !/^\p{Lu}/u.test(line) || !ROLE.test(line.split(/\s+/u).slice(0, 3).join(' '))) return undefined
  const name = NAME_LINE.exec(above)?.[1]
  if (!name || !isName(name, draft) || ORGANISATION_HINT.test(name) || isCountry(name)) return undefined
  return {name, source: context.previous!.source}
}

/** A noun for a person by its ending: "dictador", "militares", "periodista", "abogada", "lawyer", "activist", "politician". */
const PERSON_NOUN = /^\p{Ll}{3,}(?:dora?|dore?s|doras|ista|istas|ero|era|eros|eras|ario|aria|arios|arias|ares|ado|ada|ados|adas|[^aeiou]er|[^aeiou]ers|or|ors|ist|ists|ian|ians)$/u
/** A name after an article and what the person is in lower case, maybe a second name joined by "y"/"and": "el ex dictador X", "the former president X". */
const DESCRIBED_NAME = new RegExp(`(?<![\\p{L}])(?:el|la|los|las|al|del|the)\\s+(?:ex\\s+|former\\s+)?(?:(?!(?:de|del|en|of|in|on|at|for|para|por|con|with|y|and|que|the|la|el|los|las)\\s)\\p{Ll}[\\p{Ll}-]+\\s+){1,4}(?<!(?:de|del|en|of|in|on|at|for|para|por|con|with|y|and|que|the|la|el|los|las|as|como|to|a|by|from|than|an)\\s+)(?!(?:Lake|Mount|River|Bay|Gulf|Port|Island|Lago|Monte|Cerro|Río|Rio|Sierra|Isla|Golfo|Puerto|San|Santa|Saint|Santo|Plaza|Avenida|Calle)\\s)(${NAME})(?:\\s+(?:y|and)\\s+(${NAME}))?(?=\\s*[,.;:)]|\\s+(?:y|and|por|for|who|que|quien)\\s|$)`, 'gu')
/** What is done only to a person: arrested, tortured, murdered, "detenida", "asesinado". */
const HARMED_WORD = '(?:arrested|detained|abducted|kidnapped|tortured|sentenced|jailed|imprisoned|murdered|assaulted|beaten|executed|put to death|hanged|convicted|acquitted|stabbed|shot dead|absuelt[oa]|detenid[oa]|secuestrad[oa]|torturad[oa]|asesinad[oa]|encarcelad[oa]|condenad[oa]|golpead[oa]|ejecutad[oa])'
const HARMED_VERB = new RegExp(`(?<![\\p{L}])${HARMED_WORD}(?![\\p{L}])`, 'u')
/** A name, then that it was so treated: "Tarek Chaudhery was fatally assaulted", "Ana Lenz fue detenida". */
/** People by what happened to them or what they are, then a name between commas: "the victim, X Y,", "uno de los detenidos, X Y,". */
const ONE_OF_PEOPLE_NAME = new RegExp(
  `(?<![\\p{L}])(?:[Tt]he|[Oo]ne of the|[Tt]wo of the|[Aa]n?|[Ee]l|[Ll]a|[Uu]no de los|[Uu]na de las)\\s+(?:[\\p{Ll}-]+\\s+){0,3}(?:victims?|hostages?|detainees?|prisoners?|protesters?|demonstrators?|people|deceased|v[ií]ctimas?|rehenes|detenid[oa]s?|manifestantes|fallecid[oa]s?|asesinad[oa]s?|secuestrad[oa]s?)(?:\\s+[\\p{Ll}-]+){0,4},\\s+(${NAME}),`,
  'gu'
)
const NAME_HARMED = new RegExp(`(${NAME})\\s+(?:was|had been|has been|fue|ha sido|había sido|quedó|resultó)\\s+(?:\\p{Ll}+ly\\s+|reportedly\\s+|presuntamente\\s+|arbitrariamente\\s+)?${HARMED_WORD}(?![\\p{L}])`, 'gu')
/** Names listed, then that they were so treated: "A, B and C, were put to death", "A y B fueron detenidos". */
const NAMES_HARMED = new RegExp(
  `((?:${NAME},\\s+)+${NAME},?\\s+(?:and|y|e)\\s+${NAME}),?\\s+(?:were|have been|had been|fueron|han sido|habían sido)\\s+(?:\\p{Ll}+ly\\s+|reportedly\\s+|presuntamente\\s+|arbitrariamente\\s+)?${HARMED_WORD}`,
  'gu'
)
/** An age written as one: "29-year-old", "34 years old", "de 45 años". */
const AGE_WORD = /\d-year-old|\d\s+years?\s+old|\d\s+años/u
/** A name, then its age, maybe what they do: "X, a 29-year-old paramedic,", "X, de 45 años,", "X, 34,". */
const AGED_NAME = new RegExp(`(${NAME}),\\s+(?:an?\\s+|de\\s+)?\\d{1,3}(?:-year-old|\\s+years?\\s+old|\\s+años(?:\\s+de\\s+edad)?)(?:\\s+((?:(?!and\\s|y\\s|who\\s|que\\s)[\\p{Ll}-]+\\s*){1,3}))?(?=\\s*[,.;:)]|\\s+(?:and|y|who|que|from|de)\\s|$)`, 'gu')
const NAMES_DOING = new RegExp(`^((?:${NAME},\\s+){0,5})(${NAME}),?\\s+(?:and|y)\\s+(${NAME})\\s+(?:(?:each|all|both|todos|ambos)\\s+)?(?:\\p{Ll}+ed|took|were|are|have|had|will|said|went|met|left|flew|spoke|told|gave|made|came|fueron|son|han|habían|llegaron|viajaron|dijeron|salieron|se\\s+\\p{Ll}+)(?![\\p{L}])`, 'u')

/** "Latin America", "North Africa": a region, not a person. */
function regionLike(name: string): boolean {
  return /^(?:North|South|East|West|Central|Latin|Southern|Northern|Eastern|Western|Middle)\s/u.test(name)
}

/** An award's name, a colon and who won it, one or two: "Premio Internacional: Victoire Ingabire y Nora Morales de Cortiñas". */
const AWARD_COLON_NAMES = new RegExp(
  `^((?:Premio|Award|Prize|Galard[oó]n|Medalla|Medal|Menci[oó]n)(?![\\p{L}])[^:]{0,60}|[^:]{0,60}(?:Award|Prize))\\s*:\\s+(${NAME})(?:\\s+(?:y|and|&|e)\\s+(${NAME}))?\\s*\\.?$`,
  'u'
)
/** The one or two winners an award's line names: "Olga Berg y Ana Lenz", read as one name by the rule for "Ortega y Gasset", are two. */
function winners(first: string, second: string | undefined): string[] {
  if (second) return [first, second]
  const parts = first.split(/\s+(?:y|and|&|e)\s+/u)
  return parts.length === 2 && parts.every((part) => part.split(/\s+/u).length >= 2) ? parts : [first]
}

/** "Fiscal General de la República: Douglas Meléndez": a list item's title, a colon and who holds it. */
const TITLE_COLON_NAME = new RegExp(`^([^:]{3,90}):\\s+(?:${HONORIFIC}\\s+)?(${NAME})\\s*\\.?$`, 'u')
/** "Director Chen Jianhua", "Ambassador Qin Gang": the whole of a bold span, a title then a name. */
const BOLD_TITLED_NAME = new RegExp(`^(${ANY_TITLE})\\s+(${NAME})$`, 'u')

/** The title and name a sentence opens with in bold ("**Ambassador Qin Gang**"), as an urgent action lists whom to write to. */
export function titledNameInBold(context: SentenceContext): {title: string; name: string; start: number} | undefined {
  const bold = context.emphasis[0]?.start === 0 ? context.text.slice(0, context.emphasis[0].end) : ''
  const match = bold ? BOLD_TITLED_NAME.exec(bold) : null
  return match?.[1] && match[2] ? {title: match[1], name: match[2], start: bold.length - match[2].length} : undefined
}
const ANY_TITLE_AT_START = new RegExp(`^(?:${ANY_TITLE})(?![\\p{L}])`, 'u')
const NAME_DASH_ROLE = new RegExp(`^(?:${HONORIFIC}\\s+)?(${NAME})\\s+[–—-]\\s+([^–—]{3,140})$`, 'u')
const NAME_ROLE_IN_BRACKETS = atWordStart(`(${NAME})\\s+\\(([^()]{3,90})\\)`)

/** "- Joe Seoka, Anglican Bishop of Pretoria", "- Jay Naidoo": an item of a list that is a name alone, or a name and who they are. */
const NAME_ITEM = new RegExp(`^(?:(?:${HONORIFIC}|Rev\\.?|Prof\\.?|Professor)\\s+)?(${NAME})(?:,\\s+([^,;:()]{3,120}))?\\.?$`, 'u')
/** A lead-in that lists people: "Well-known figures who back the call include:", "Entre los firmantes están:". */
const PEOPLE_LEAD = /(?<![\p{L}])(?:figures|personalities|celebrities|speakers|signatories|panell?ists|participants|supporters|backers|guests|members|laureates|winners|figuras|personalidades|ponentes|firmantes|participantes|integrantes|miembros|invitad[oa]s|galardonad[oa]s|premiad[oa]s)(?![\p{L}])[^:]*:\s*$/iu

/** A list's item that names a person: the name alone under a lead-in that lists people, or a name and a title. */
export function listedNameItem(context: SentenceContext): {name: string; role?: string} | undefined {
  const item = context.sentence.block === 'list-item' ? NAME_ITEM.exec(context.text) : null
  // "- House Speaker Nancy Pelosi": a title run into the name is read by the rules for titles, not here.
  if (!item?.[1] || item[1].split(/\s+/u).some((word) => TITLE_WORDS.has(word) || /^(?:Speaker|Leader)$/u.test(word))) return undefined
  if (item[2] && (ROLE.test(item[2]) || ANY_TITLE_ANYWHERE.test(item[2]))) return {name: item[1], role: item[2]}
  return PEOPLE_LEAD.test(leadIn(context)?.text ?? '') ? {name: item[1]} : undefined
}
const ANY_TITLE_ANYWHERE = new RegExp(`(?<![\\p{L}])(?:${ANY_TITLE})(?![\\p{L}])`, 'u')

/** The sentence a list's items hang from: the one before the first item. */
function leadIn(context: SentenceContext): SentenceContext | undefined {
  let at = context.previous
  while (at && at.sentence.block === 'list-item') at = at.previous
  return at
}

/** Whether a list's item names someone by where the name stands: "Name of BODY", "… represented by Name". */
export function listsPerson(text: string): boolean {
  return LISTED_WITH.test(text) || BY_NAME_WORD.test(text) || NAME_AND_ROLE.test(text) || AWARD_COLON_NAMES.test(text)
}

/** "4.00 pm: Opening words from Ulf Holm, Second Deputy Speaker of Parliament": a name, a comma and a role. */
const NAME_AND_ROLE = new RegExp(`${NAME},\\s+(?:[^,.;:]{0,30}\\s)?${ROLE_NOUN}(?![\\p{L}])`, 'iu')

// Not a "When:" or "Where:" line: "Where: Second Chamber of the Swedish Parliament" is a place.
const LISTED_WITH = new RegExp(`^(?!(?:${ADVISORY_LABELS.when}|${ADVISORY_LABELS.where})\\s*:)(?:[^:]{1,40}:\\s+)?(${NAME})\\s+(?:of|from|with|de|del)\\s+((?:the\\s+|la\\s+|el\\s+)?(?:\\p{Lu}{2,8}(?![\\p{L}])|${CAP_WORD}(?:\\s+(?:(?:for|of|the|de|del|la|y|and)\\s+)*${CAP_WORD}){0,6}))(?=\\s*[,(;]|\\s*$)`, 'u')
/** What befalls a person, not a body: "the murder of", "la liberación de". */
const HARM_OF = '(?:murder|killing|death|assassination|arrest|detention|release|disappearance|abduction|kidnapping|imprisonment|execution|asesinato|muerte|homicidio|detención|liberación|desaparición|secuestro|encarcelamiento|ejecución|arresto)'
const HARM_OF_WORD = new RegExp(`(?<![\\p{L}])${HARM_OF}\\s+(?:of|de)\\s+\\p{Lu}`, 'u')
const HARM_OF_NAME = new RegExp(`(?<![\\p{L}])${HARM_OF}\\s+(?:of|de)\\s+(${NAME})(?![\\p{L}])`, 'gu')
/** "demanding that Hu Jia be freed", "calls for Ana Lenz to be released", "exige que Karl Brandt sea liberado": whom freedom is asked for. */
const FREED_WORD = /(?<![\p{L}])(?:freed|released|set\s+free|liberad[oa]|puest[oa]\s+en\s+libertad|excarcelad[oa])(?![\p{L}])/u
const FREED_NAME = new RegExp(`(?<![\\p{L}])(?:that|for|que)\\s+(${NAME})\\s+(?:be|to\\s+be|sea|fuera)\\s+(?:immediately\\s+|unconditionally\\s+|inmediatamente\\s+)?(?:freed|released|set\\s+free|liberad[oa]|puest[oa]\\s+en\\s+libertad|excarcelad[oa])(?![\\p{L}])`, 'gu')
const BY_NAME_WORD = /(?<![\p{L}])(?:represented|accompanied|joined|representad[oa]s?|acompañad[oa]s?)\s/u
const THING_OR_TITLE_BEFORE = /(?:(?<![\p{L}])(?:the|its|their|his|her|an?|la|el|los|las|su|sus)\s+(?:\p{Ll}+\s+)*|\p{Lu}\p{Ll}+,\s*|\p{Lu}\p{Ll}+\s+(?:and|y|&)\s+)$/u
const ORDINAL_WORD = /^(?:First|Second|Third|Fourth|Fifth|Sixth|Seventh|Eighth|Ninth|Tenth)$/u
/** A name right before the body it is of: "Marwa Fatafta of Access Now", "Ana Lenz from the Coastal Rights Network". */
const NAME_OF_BODY = new RegExp(`(?<![\\p{L}])(${NAME})\\s+(?:of|from|at)\\s+(?:the\\s+)?$`, 'u')
const BY_NAME = new RegExp(`(?<![\\p{L}])(?:represented|accompanied|joined|representad[oa]s?|acompañad[oa]s?)\\s+(?:by|por|de)\\s+(${NAME})(?![\\p{L}])`, 'gu')

/** Contacts listed on one line: "US — Ana Lenz, 415-746-0306 · India — Karl Brandt". */
const CONTACT_SEPARATOR = /\s+[·•|]\s+|;\s+/u
const PLACED_CONTACT = new RegExp(`^\\s*(?:\\p{Lu}[\\p{L}.]*(?:\\s+\\p{Lu}[\\p{L}.]*){0,2}\\s*[—–:-]\\s*)?(${NAME})(?![\\p{L}])`, 'u')
const CONTACT_LINE = new RegExp(`${CONTACT_LABEL.source}(?:[^:]{0,100}?\\b(?:contact|call|email|reach|contacte|contactar|contacta|llame|escriba)(?:\\s+(?:a|con|with))?\\s+)?(${NAME})(?![\\p{L}])`, 'u')

/** A sentence that tells journalists whom to reach: "For more information, contact Ana Lenz", "Para más información, contacte con Ana Lenz". */
const CONTACT_SENTENCE = new RegExp(
  `^(?:For (?:more|further) (?:information|details)|For interviews|To arrange (?:an )?interviews?|Para (?:más|mayor) información|Para entrevistas)[^.:]{0,40}?[,:]?\\s*(?:please\\s+)?(?:contact|call|email|reach|contacte con|contacta con|contactar con|llame a|escriba a)\\s+(${NAME})(?![\\p{L}])`,
  'u'
)

/** Role nouns in the plural ("journalists", "periodistas", "líderes"), each with its singular. */
const PLURAL_ROLES = new Map<string, string>([
  ...[...ROLE_WORDS, 'contact'].flatMap((role) => pluralsOf(role).map((plural): [string, string] => [plural, role])),
  ...[...ROLE_WORDS].filter((role) => /(?:man|woman)$/u.test(role)).map((role): [string, string] => [`${role.slice(0, -2)}en`, role])
])
const PLURAL_ROLE_WORDS = new Set(PLURAL_ROLES.keys())

function pluralsOf(word: string): string[] {
  if (/[^aeiou]y$/u.test(word)) return [`${word.slice(0, -1)}ies`]
  if (/[aeiouáéíóú]$/u.test(word)) return [`${word}s`]
  if (/(?:s|x|z|ch|sh)$/u.test(word)) return [`${word}es`]
  return [`${word}s`, `${word}es`]
}

// A name in a list: particles, but never "y", which joins the list ("Ana Lenz y Karl Brandt").
const LISTED_NAME = `${CAP_WORD}(?:\\s+(?:(?:de|del|de la|da|das|do|dos|van|von|der|di|du)\\s+)?${CAP_WORD}){1,4}`
const PLURAL_ROLE_RUN = new RegExp(
  `(?<![\\p{L}])(${[...PLURAL_ROLES.keys()].sort((a, b) => b.length - a.length).join('|')})(?:\\s+\\p{Ll}{3,}(?:les|nes|os|as|es))?` +
    // "los defensores de derechos humanos A y B", "las defensoras de la tierra A y B": what they defend or do may follow.
    `(?:\\s+(?:de|of)\\s+(?:(?:la|los|las|the)\\s+)?(?:derechos\\s+humanos|human\\s+rights|tierra|land|territorio|medio\\s+ambiente|environment|agua|water))?` +
    // "The journalists at the table were A, B and C": a short phrase and a verb of being may stand between.
    `(?:[,:]?\\s+|(?:\\s+(?:at|in|on|from|of|en|de)\\s+[^,.;:()]{1,30}?)?\\s+(?:were|are|included|include|son|eran|fueron)\\s+)(?=\\p{Lu})`,
  'gu'
)
const LIST_ITEM = new RegExp(`(${LISTED_NAME})(?:\\s+\\([^()]{1,40}\\))?(?:,?\\s+(?:of|from|in|de|en)\\s+(?:the\\s+)?\\p{Lu}[\\p{L}\\p{M}'’-]*(?:\\s+\\p{Lu}[\\p{L}\\p{M}'’-]*)?)?`, 'uy')
// No group: a list of people goes on past "and" ("A y B, y C").
const LIST_SEPARATOR = /(?:,\s+(?:and\s+|y\s+|e\s+)?|\s+(?:and|y|e)\s+)/uy

const KNOWN_AS = new RegExp(`(${NAME}),\\s+(?:who\\s+(?:writes|blogs|posts|goes|is\\s+known|performs)(?:\\s+online)?\\s+(?:as|by)|(?:better\\s+|also\\s+)?known\\s+as|alias|(?:más\\s+)?conocid[oa]\\s+como|que\\s+(?:escribe|firma)(?:\\s+en\\s+internet)?\\s+como|apodad[oa])\\s+(${NAME})`, 'gu')
const PLURAL_ROLE_AFTER = new RegExp(`,\\s+(?:[\\p{L}-]+\\s+){0,3}?(${[...PLURAL_ROLES.keys()].sort((a, b) => b.length - a.length).join('|')})(?![\\p{L}])([^,.;:()“”"«»]{0,90})`, 'gu')
// "Tawakkol Karman of Yemen, Leymah Gbowee of Liberia and Jody Williams of the United States": each name may say where its bearer is from.
const NAME_FROM = `(?:${LISTED_NAME})(?:\\s+(?:of|from|de)\\s+(?:the\\s+)?${CAP_WORD}(?:\\s+${CAP_WORD})?)?`
const NAMES_BEFORE = new RegExp(`${NAME_FROM}(?:(?:,\\s+|\\s+(?:and|y|e)\\s+)${NAME_FROM})+$`, 'u')
const ONE_NAME_BEFORE = new RegExp(`${NAME_FROM}$`, 'u')
const ONE_OF = /^,\s+(?:one|uno|una)\s+(?:of|de)\s/iu
const FROM_AFTER_NAME = /\s+(?:of|from|de)\s+(?:the\s+)?\p{Lu}[\p{L}\p{M}'’-]*(?:\s+\p{Lu}[\p{L}\p{M}'’-]*)?$/u

/** The names listed right before ", <role in the plural>", each with the role in the singular. */
function namedBeforePluralRole(text: string): Array<{name: string; start: number; title: string; role: string}> {
  const listed: Array<{name: string; start: number; title: string; role: string}> = []
  for (const match of matchAll(PLURAL_ROLE_AFTER, text)) {
    const title = PLURAL_ROLES.get((match[1] ?? '').toLowerCase())
    // "Ana Lenz, one of its cameramen": one name is enough when the role says the person is one of several.
    const names = NAMES_BEFORE.exec(text.slice(0, match.index)) ?? (ONE_OF.test(match[0]) ? ONE_NAME_BEFORE.exec(text.slice(0, match.index)) : null)
    if (!title || !names) continue
    let at = names.index
    for (const item of names[0].split(/,\s+|\s+(?:and|y|e)\s+/u)) {
      const name = item.replace(FROM_AFTER_NAME, '')
      const start = text.indexOf(name, at)
      listed.push({name, start, title, role: `${title}${match[2] ?? ''}`.trim()})
      at = start + name.length
    }
  }
  return listed
}

/** The names listed right after a plural role noun, each with the role in the singular. */
function namedByPluralRole(text: string): Array<{name: string; start: number; title: string}> {
  const listed: Array<{name: string; start: number; title: string}> = []
  for (const match of matchAll(PLURAL_ROLE_RUN, text)) {
    const title = PLURAL_ROLES.get((match[1] ?? '').toLowerCase())
    if (title) for (const item of listFrom(text, match.index + match[0].length, LIST_ITEM, LIST_SEPARATOR).items) listed.push({...item, title})
  }
  return listed
}

function knownJustBefore(text: string, draft: FactsDraft): string | undefined {
  const trimmed = text.trimEnd()
  if (trimmed.length === text.length) return undefined
  for (const organisation of draft.organisations.values()) {
    for (const name of [organisation.name, ...organisation.aliases]) {
      if (name.length >= 2 && /^\p{Lu}/u.test(name) && trimmed.endsWith(name) && !/[\p{L}\p{M}]/u.test(trimmed.charAt(trimmed.length - name.length - 1))) return organisation.name
    }
  }
  return undefined
}

/** "Labour Minister Farid Hossain" → "Farid Hossain": title words are never part of a name. */
function withoutTitles(name: string): string {
  const words = name.split(/\s+/)
  let first = 0
  for (let index = 0; index < words.length - 1; index++) if (TITLE_WORDS.has(words[index] ?? '')) first = index + 1
  return words.slice(first).join(' ')
}

/** Whether a capitalised run names a person, not a title, an organisation or a sentence opener. */
function isName(name: string, draft: FactsDraft): boolean {
  const first = name.split(/\s+/)[0] ?? ''
  return !LEADING_WORDS.has(first) && !TITLE_WORDS.has(first) && !draft.organisations.has(name) && !/^\p{Lu}+$/u.test(name) && !VENUE.test(name) && !STREET.test(name)
}

/** "10 Downing Street, the residence of the Prime Minister": an address, whatever role its appositive names. */
const STREET = /\s(?:Street|Avenue|Road|Square|Lane|Boulevard)$|^(?:Calle|Avenida|Plaza|Paseo)\s/u

/** Whether a phrase holds a role noun: "la coordinadora de X", "his lawyer". */
export function isRole(text: string): boolean {
  return ROLE.test(text)
}

/**
 * A role ends where a clause about the person begins: "a lawyer who documented torture" → "a lawyer";
 * and before a phone number or an address ("Communications Officer – 212-300-9032").
 */
const ROLE_END = /\s+(?:who|whom|whose|which|that|detained|arrested|held|jailed|killed|since|quien|quienes|que|detenid[oa]|arrestad[oa]|based\s+in|con\s+sede\s+en|radicad[oa]\s+en)\b.*$|\s*[–—:|-]\s*(?:\+?\d[\d\s().-]{6,}|\S+@\S+).*$/u

const TITLE_LETTERS = new RegExp(String.raw`\s*${TITLE_LETTERS_AHEAD}`, 'gu')

/**
 * "Human Rights Watch’s Americas director" → title + affiliation. Known organisations are
 * recognised whole, so "a lawyer with the Centre for Justice and International Law" keeps its name.
 */
export function parseRole(text: string, organisations: Iterable<string> = []): {title: string; affiliation?: string} {
  // "autor de uno de los informes …, en concreto el": a clause cut short after its article is no part of the role.
  // "Chief Executive (CEO) of the Refugee Council": the title's own letters in brackets stand between it and its body.
  const appositive = text.replace(TITLE_LETTERS, '').replace(ROLE_END, '').replace(/,[^,]*\s(?:el|la|los|las|un|una|the|an?|de|del|of)$/iu, '')
  // The longest name first: "de Ecologistas en Acción" is not a role "de Ecologistas" in "Acción".
  const known = [...organisations].sort((a, b) => b.length - a.length)
  for (const organisation of known) {
    if (!appositive.endsWith(organisation)) continue
    const role = ROLE_BEFORE_ORGANISATION.exec(appositive.slice(0, appositive.length - organisation.length))
    if (role?.[1] && ROLE.test(role[1])) return {title: role[1], affiliation: organisation}
  }
  const possessive = POSSESSIVE_ROLE.exec(appositive)
  if (possessive) return {title: possessive[2] ?? appositive, affiliation: trimLeadingWords(possessive[1] ?? '')}
  // "Harbourwatch's Policy Lead": a known organisation's, whatever its name looks like.
  const owner = /^(?:the\s+)?(\p{Lu}[\p{L}\p{M}&.-]*(?:\s+\p{Lu}[\p{L}\p{M}&.-]*){0,4})['’]s\s+(.+)$/u.exec(appositive)
  // "the OSCE's Representative on Freedom of the Media": an acronym's, known or not.
  if (owner?.[1] && owner[2] && (known.includes(owner[1]) || /^\p{Lu}{2,8}$/u.test(owner[1]))) return {title: owner[2], affiliation: owner[1]}
  // "coordinador general de MSF en México": the body's letters, then where the one who heads it there works.
  const placed = BODY_LETTERS_IN_PLACE.exec(appositive)
  if (placed?.[1] && placed[2] && ROLE.test(placed[1])) return {title: placed[1], affiliation: placed[2]}
  const of = ROLE_OF.exec(appositive)
  if (of && ROLE.test(of[1] ?? '')) return {title: of[1] ?? appositive, affiliation: of[2]}
  return {title: appositive.replace(/^(?:the|an?|la|el|una?|su|sus|his|her|their)\s+/iu, '')}
}

const OFFICE = /(?<!\p{L})(?:vice[- ]?president|president|prime minister|primer ministro|primera ministra|minister|ministra|ministro|attorney general|governor|gobernador|gobernadora|mayor|alcalde|alcaldesa|king|queen|chancellor|senator|congress\p{L}*|ombuds\p{L}*|vicepresident\p{L}*|presidenta|presidente|fiscal|defensora? del pueblo|congresista|public prosecutor|prosecutor general|chief justice)(?!\p{L})/iu

export function isOffice(title: string): boolean {
  return OFFICE.test(title)
}
