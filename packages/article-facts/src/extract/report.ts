/** Reports: exact title (main title and subtitle), publisher, link, what they analyse, findings, research. */
import type {Report, Research} from '../schema.js'
import {addSource, dateWithin, linkWithin, type FactsDraft, type SentenceContext} from './draft.js'
import {actorsIn} from './events.js'
import {CALENDAR_WORD} from '../util/dates.js'
import {CAP_WORD, CLOSE_QUOTE, OPEN_QUOTE, ORGANISATION_HINT, PLACE_LIST, ROLE_NOUN, capitalise, matchAll, splitList, trimEnd} from '../util/patterns.js'

/** "The Hear Our Voices report is being launched": a name of three words or more in capitals before "report". */
const NAME_BEFORE_REPORT = /(?<![\p{L}])[Tt]he\s+((?:\p{Lu}[\p{L}'’-]*\s+){3,7})report(?![\p{L}])/u

const TITLE_PATTERNS = [
  // the report, Searching alone: State failures in the search for … .
  // Not "In a new report, PHR said …", "According to the report, X would …", "For the report, X spoke with …": a clause after the comma is no title;
  // nor "The report, 58 pages long and titled …": its length.
  /(?<!\b(?:[Ii]n|[Ww]ith|[Tt]hrough|[Tt]o|[Bb]y|[Uu]nder|[Ff]or)\s)\b(?:[Tt]he|[Aa]|[Ii]ts|[Tt]heir)\s+(?:new\s+|latest\s+|full\s+|annual\s+|\d+-page\s+)*report,\s+(?!which\b|that\b|[“"«]|\d|(?:\p{Lu}\S*\s+){1,4}(?:said|says|found|finds|warned|concluded|urged|called|noted|stated|added|argued|shows|showed|spoke|interviewed|met|visited|reviewed|documented|analy[sz]ed)\b)(.+?)(?=,\s+(?:will|is|was|has|have|which|that|can|shows|showed|documents|documenting|detailing|showing|examining|analy[sz]ing|based|published|released|launched|exposes|exposed|reveals|revealed|finds|found|highlights|describes|details|examines|warns|says|said)\b|\.?$)/u,
  // "The report, titled “'Forced to …': Sexual Violence …,” runs to 85 pages": a quoted title, its comma inside the marks.
  new RegExp(`\\breport,?\\s+(?:(?:is|was)\\s+)?(?:titled|entitled|called|named)\\s+${OPEN_QUOTE}(.+?),?${CLOSE_QUOTE}(?!\\s*[–—:-])`, 'u'),
  // a report titled “…” / called …
  new RegExp(`\\breport\\s+(?:(?:is|was)\\s+)?(?:titled|entitled|called|named)\\s+${OPEN_QUOTE}?(.+?)${CLOSE_QUOTE}?(?=,\\s|\\.\\s|\\.?$)`, 'u'),
  new RegExp(`\\breport\\s*,?\\s*${OPEN_QUOTE}(.+?)${CLOSE_QUOTE}`, 'u'),
  // "el informe de la CIDH «Políticas integrales …»": whose report it is may stand between.
  new RegExp(`\\binforme(?:\\s+(?:anual|nuevo|final|especial))?(?:\\s+(?:de|del)\\s+(?:la\\s+|el\\s+)?\\p{Lu}[\\p{L}\\p{M}]*(?:\\s+\\p{Lu}[\\p{L}\\p{M}]*){0,4})?\\s*,?\\s*(?:titulado\\s+|denominado\\s+)?${OPEN_QUOTE}(.+?)${CLOSE_QUOTE}`, 'u'),
  /\binforme\s+(?:titulado|denominado)\s+(.+?)(?=,\s|\.\s|\.?$)/u,
  // "su primer informe sobre la represión en Ruritania, titulado Mar de fondo: …"
  /\b(?:informe|report|estudio|study|briefing)\b[^.;“”"«»]{0,80}?,?\s+(?:titulado|titulada|denominado|titled|entitled)\s+(\p{Lu}.+?)(?=,\s|\.\s|\.?$)/u,
  // "en su informe más reciente, titulado «Esperanza bajo riesgo: …»", "El documento, de 267 páginas y titulado «…»": the quoted title after words about the report,
  // a quotation inside it too ("The report, which runs to 73 pages and is titled "'No Room to Bargain': …"").
  // "el Boletín nº3 sobre Vulnerabilidad Social, que lleva por título 'Temiendo por el futuro: …'": a bulletin's title, said so.
  new RegExp(`\\b(?:informe|report|estudio|study|briefing|[Dd]ocumento|[Dd]ocument|[Pp]ublicación|[Pp]ublication|[Bb]olet[ií]n|[Bb]ulletin)\\b[^.;“”"«»]{0,80}?,?\\s+(?:titulado|titulada|denominado|titled|entitled|(?:que\\s+)?lleva\\s+por\\s+t[ií]tulo)\\s+(?:${OPEN_QUOTE}(['‘]?\\p{Lu}.+?),?${CLOSE_QUOTE}|['‘](\\p{Lu}.+?)['’](?=[\\s,.;]|$))`, 'u'),
  // "Titled Time to Care, the report describes …", "Titulado «…», el informe …", "Titled 'Harbour Trees', the report": the title set before the report it names.
  new RegExp(`^(?:Titled|Entitled|Called|Titulado|Titulada|Denominado|Denominada|Bajo el título)\\s+[“"«'‘]?(\\p{Lu}[^,;]+?)[”"»'’]?,\\s+(?:the|this|its|their|el|este|su)\\s+(?:new\\s+|nuevo\\s+)?(?:report|informe|study|estudio|briefing)\\b`, 'u'),
  NAME_BEFORE_REPORT,
  // "A new WaterAid publication, State of the World's Water 2018: The Water Gap, shows that …": a title in capitals between commas, then what it shows.
  // "Christian Aid's recent report, Counting the Cost 2023: A year of climate breakdown, shows …", "its inquiry, Britain's Families: Thriving or Surviving?, which examined …".
  /(?<![\p{L}])(?:[Tt]he|[Aa]|[Ii]ts|[Tt]heir|\p{Lu}[\p{L}]*(?:\s+\p{Lu}[\p{L}]*){0,3}['’]s)\s+(?:new\s+|latest\s+|annual\s+|recent\s+|first\s+|final\s+)*(?:\p{Lu}[\p{L}'’-]*\s+){0,3}(?:report|publication|study|briefing|index|inquiry|survey),\s+(\p{Lu}[^,;]{2,120}?),\s+(?:which\s+)?(?:shows|show|showed|finds|found|reveals|revealed|warns|documents|highlights|ranks|examines|examined|looks|looked)\b/u,
  // "presentará su Informe Anual sobre la Prensa 2024": the report's name in capitals.
  new RegExp(`\\b(?:su|sus|el|del|its|the|their)\\s+((?:Informe|Report)(?:\\s+(?:(?:de|del|la|las|los|el|sobre|contra|on|of|the|for|y|and)\\s+)*(?:${CAP_WORD}|\\d{4})){2,10})`, 'u'),
  // "según el Informe mundial sobre la infancia 2018: Infancias robadas, que …": a capital "Informe" mid-sentence opens a title in sentence case.
  /(?<=\s(?:su|el|del|al|nuevo)\s)(Informe\s+[\p{Ll}\d][^,.;()“”"«»]{3,100}?)(?=,\s+(?:que|el cual|la cual|publicado|presentado|elaborado|donde|en el que)\b|\.?$)/u,
  // Not "De acuerdo con el informe, México fue …", "Según el informe, …": a finding after the comma.
  /(?<!(?:[Aa]cuerdo con|[Ss]egún|[Cc]onforme a|[Ee]n)\s)\b(?:[Ee]l|del)\s+(?:nuevo\s+)?informe,\s+(?!que\b)(.+?)(?=,\s+(?:que|el cual|será|estará|fue|ha)\b|\.?$)/u,
  // "as it published its State of the World's Mothers report": a name in capitals right before "report".
  new RegExp(
    `\\b(?:published|publishes|released|releases|launched|launches|issued|issues|unveiled|unveils)\\s+(?:its|their|the)\\s+(?:new\\s+|annual\\s+|latest\\s+)?((?:${CAP_WORD}|\\d{4})(?:\\s+(?:(?:of|on|for|the|and|in)\\s+)*(?:${CAP_WORD}|\\d{4})){1,8})\\s+(?:report|briefing|study)\\b`,
    'u'
  ),
  // "FLD published its Global Analysis 2021 on 23 February 2022, a report on …": the title beside "a report".
  new RegExp(
    `\\b(?:published|released|launched|issued|presented|unveiled|publicó|presentó|lanzó)\\s+(?:its|their|the|su|sus|el)\\s+((?:${CAP_WORD}|\\d{4})(?:\\s+(?:${CAP_WORD}|\\d{4})){1,8})(?:\\s+(?:on|el)\\s+[^,]{3,30})?,\\s+(?:a|an|its|the|un|una|su)\\s+(?:new\\s+|annual\\s+|nuevo\\s+|anual\\s+)?(?:report|briefing|study|informe|estudio)\\b`,
    'u'
  )
]
/** A report, or a document, study or publication the sentence gives a title ("El documento, de 267 páginas y titulado «…»", "a new publication, State of …, shows"). */
const MENTIONS_REPORT = /[Rr]eport|[Ii]nforme|\b(?:[Pp]ublication|[Ss]tudy|[Ii]ndex|[Ii]nquiry|[Ss]urvey),\s+\p{Lu}|\b(?:[Dd]ocumento|[Dd]ocument|[Ee]studio|[Ss]tudy|[Pp]ublicación|[Pp]ublication|[Bb]olet[ií]n|[Bb]ulletin)\b[^.;]{0,80}\b(?:titulad[oa]|titled|entitled|lleva\s+por\s+t[ií]tulo)\b/u
const ANALYSES =
  /\b(?:[Tt]he|[Tt]his|[Ii]ts|[Ee]l|[Ee]ste|[Ss]u)\s+(?:new\s+|nuevo\s+)?(?:report|informe)\s+(?:analy[sz]es|examines|investigates|looks at|looks into|covers|analiza|examina|investiga|aborda)\s+(.+?)(?:,\s+(?:which|that|que|lo que|los que|las que)\s+(.+?))?\.?$/u
/** What a report does, right after its title: "the report, “…,” documents …" / "el informe «…», que documenta …". */
const AFTER_TITLE =
  /^\s*[”"»]?\s*,?\s*[”"»]?\s*(?:(?:which|that|que)\s+)?(documents|documenting|examines|examining|analy[sz]es|analy[sz]ing|investigates|describes|details|detailing|exposes|looks at|documenta|analiza|examina|describe|expone|revela)\s+(.+?)\.?$/u
/** What a report shows, right after its title: ", shows that …", ", which found that …", ", que revela que …". */
const SHOWN_AFTER_TITLE = /^\s*[”"»]?\s*,\s*(?:which\s+|que\s+)?(?:shows|showed|finds|found|reveals|revealed|concludes|concluded|muestra|mostró|revela|reveló|concluye|concluyó)\s+(?:that\s+|que\s+)?(.+?)\.?$/u
/** A finding reported after it: "At least four workers were killed …, the report found." */
const FINDING_AFTER =
  /^(.+?),\s+(?:the|this|its|el|este|la|su)\s+(?:new\s+)?(?:report|informe|investigation|investigación)\s+(?:found|finds|concluded|concludes|showed|shows|revealed|reveals|documented|documents|encontró|concluyó|reveló|documentó)\.?$/u
/** "Según el informe, la mayoría …" / "According to the report, most …". */
const FINDING_ACCORDING = /^(?:Según|De acuerdo con|According to)\s+(?:el|the|this|este|su|its)\s+(?:new\s+|nuevo\s+)?(?:report|informe),\s+(.+?)\.?$/u
const FINDING =
  /\b(?:[Tt]he|[Tt]his|[Ii]ts|[Ee]l|[Ee]ste|[Ll]a|[Ss]u)\s+(?:new\s+)?(?:report|informe|investigation|research|investigación)\s+(?:found|finds|concludes|concluded|shows|showed|reveals|revealed|documents|documented|establishes|confirms|encontró|concluye|concluyó|revela|reveló|muestra|mostró|documenta|documentó|demuestra|confirma)\s+(?:that\s+|que\s+)?(.+?)\.?$/u

const RELEASED_BY = /^[^.;]{0,60}?\b(?:released|published|issued|produced|put\s+out|publicad[oa]|elaborad[oa]|difundid[oa])\s+(?:[^.;]{0,20}?\s)?(?:by|por)\s+([^.;]{3,120})/u

/** Titles, what the report analyses, and findings. */
export function extractReport(context: SentenceContext, draft: FactsDraft): void {
  const {text, source} = context
  if (!MENTIONS_REPORT.test(text)) return

  const title = findTitle(context)
  if (title) {
    const existing = draft.reports.find((report) => report.title === title.text)
    if (existing) addSource(existing.sources, source)
    else {
      const colon = title.text.search(/:\s/u)
      const report: Report = {
        title: title.text,
        mainTitle: colon === -1 ? title.text : title.text.slice(0, colon).trim(),
        findings: [],
        research: [],
        sources: [source]
      }
      if (colon !== -1) report.subtitle = title.text.slice(colon + 1).trim()
      const before = text.slice(0, title.start)
      // "…, the report released today by the UN Food Agency": whoever the sentence says put it out.
      const releasedBy = RELEASED_BY.exec(text.slice(title.end))?.[1]
      const publisher = (releasedBy ? actorsIn(releasedBy, draft, 'organisations') : undefined) ?? actorsIn(before, draft, 'organisations') ?? draft.mainOrganisation()?.name
      if (publisher) report.publisher = publisher
      if (title.url) report.url = title.url
      const after = AFTER_TITLE.exec(text.slice(title.end))
      if (after?.[2]) report.analyses = trimEnd(after[2])
      // "… report, Counting the Cost 2023: …, shows that the impact differs": what it shows, right after its title.
      const shown = SHOWN_AFTER_TITLE.exec(text.slice(title.end))?.[1]
      if (shown) report.findings.push({text: `${capitalise(trimEnd(shown))}.`, source})
      draft.reports.push(report)
    }
  }

  const report = draft.reports.at(-1)
  if (!report) return
  const analyses = ANALYSES.exec(text)
  if (analyses?.[1]) {
    report.analyses = trimEnd(analyses[1])
    // "X, which resulted in Y" → "X resulted in Y", only when X is a noun phrase that can be a subject.
    if (analyses[2] && /^(?:the|a|an|its|el|la|los|las|un|una|su)\s/iu.test(report.analyses)) report.findings.push({text: `${capitalise(report.analyses)} ${trimEnd(analyses[2])}.`, source})
    addSource(report.sources, source)
  }
  const finding = FINDING.exec(text) ?? FINDING_AFTER.exec(text) ?? FINDING_ACCORDING.exec(text)
  if (finding?.[1]) {
    report.findings.push({text: `${capitalise(trimEnd(finding[1]))}.`, source})
    addSource(report.sources, source)
  }
}

/** A role right after a comma: what follows a person's name ("…, Head of Business", "…, directora de …"). */
const ROLE_AFTER = new RegExp(`^\\s*,\\s*(?:the\\s+|an?\\s+|la\\s+|el\\s+)?(?:\\p{L}+\\s+){0,2}${ROLE_NOUN}(?![\\p{L}])`, 'iu')

function findTitle(context: SentenceContext): {text: string; start: number; end: number; url?: string} | undefined {
  // Markdown sets titles in italics: the emphasised span is the whole title, subtitle included.
  for (const span of context.emphasis) {
    const text = trimEnd(context.text.slice(span.start, span.end).replace(/^[“"«]|[”"»]$/gu, ''))
    // "**Guatemala City, 18 February 2025**": a dateline set in bold, not a title.
    if (context.dates.some((date) => date.start >= span.start && date.end <= span.end)) continue
    // "The **100-page report**, **“…”** looks at **77 people**": figures in bold, with no capital, say what the report is or finds, not what it is called.
    if (!/\p{Lu}/u.test(text)) continue
    // "**Seema Joshi**, Head of Business and Human Rights": a name in bold with its role after it, not a title.
    if (ROLE_AFTER.test(context.text.slice(span.end))) continue
    // "- **Report summary:** bit.ly/…": a label in bold, not a title.
    if (/:\s*$/u.test(context.text.slice(span.start, span.end)) || /^\s*:/u.test(context.text.slice(span.end))) continue
    // "a new report from **Harbourwatch**": who put the report out, not what it is called.
    if (/\b(?:from|by|por)\s+(?:the\s+)?$/iu.test(context.text.slice(0, span.start))) continue
    if (text.split(/\s+/).length >= 2 && /^[“"«]?[\p{Lu}\d]/u.test(context.text.slice(span.start, span.end))) {
      const url = linkWithin(context, span.start, span.end)
      const found = {text: text.replace(/[“”"«»]/gu, ''), start: span.start, end: span.end}
      return url ? {...found, url} : found
    }
  }
  for (const pattern of TITLE_PATTERNS) {
    const match = pattern.exec(context.text)
    // The title in double quotes, or (one pattern) in single ones.
    const raw = match?.[1] ?? match?.[2]
    if (!match || !raw) continue
    const unquoted = trimEnd(raw.replace(/^[“"«]|[”"»]$/gu, ''))
    // "“Please Tell the World” – The Chut Pyin Massacre": the quoted main title's marks go with the opening one.
    const text = /^[^“«]*[”»]/u.test(unquoted) ? unquoted.replace(/[”»]/u, '') : unquoted
    if (text.split(/\s+/).length < 2 || !/^[\p{Lu}\d¿¡“"«‘']/u.test(text)) continue
    // "The Human Rights Watch report": whose report it is, not its title.
    if (pattern === NAME_BEFORE_REPORT && ORGANISATION_HINT.test(text)) continue
    const start = context.text.indexOf(raw, match.index)
    const url = linkWithin(context, start, start + raw.length)
    return url ? {text, start, end: start + raw.length, url} : {text, start, end: start + raw.length}
  }
  // A Markdown link near the word "report" whose label reads like a title.
  for (const link of context.links) {
    const label = context.text.slice(link.start, link.end)
    if (label.split(/\s+/).length >= 3 && /^[\p{Lu}\d]/u.test(label) && !/^(?:read|download|sign|take|lee|descarga|firma)\b/iu.test(label)) {
      return {text: trimEnd(label), start: link.start, end: link.end, url: link.url}
    }
  }
  return undefined
}

const RESEARCH_EN = new RegExp(
  `\\b(?:(initial|preliminary|first|further|additional|follow-up|more|new|field)\\s+)?(?:research|fieldwork|field research|investigations?)\\s+(?:visits?\\s+)?(?:in|to|across)\\s+(${PLACE_LIST})`,
  'gu'
)
const RESEARCH_ES = new RegExp(
  `\\b(?:investigaci(?:ón|ones)|trabajo de campo|visitas? de investigación)\\s+(?:(inicial(?:es)?|preliminar(?:es)?|adicional(?:es)?|posterior(?:es)?|nuevas?|más)\\s+)?(?:en|a)\\s+(${PLACE_LIST})`,
  'gu'
)
/** Interviews name where the research was done: "interviewed 87 workers … in Dhaka and Gazipur". */
const RESEARCH_INTERVIEWS = new RegExp(
  `\\b(?:interviewed|interviews\\s+with|spoke\\s+(?:with|to)|entrevistó|entrevistaron|entrevistas\\s+con)\\s+(?:more than\\s+|over\\s+|at least\\s+|más de\\s+)?\\d[^.;“”«»]{0,120}?\\s+(?:in|en)\\s+()(${PLACE_LIST})`,
  'gu'
)
const RESEARCH_HINT = /[Rr]esearch|[Ff]ieldwork|[Ii]nvestigat|[Tt]rabajo de campo|[Ii]nterview|[Ss]poke (?:with|to)|[Ee]ntrevist/u
const REASON = /^\s*,\s+((?:another|one|a region|an area|the region|where|which|because|given|due|otra|otro|una|uno|donde|por ser|debido|dado)\b[^.;]*?)(?=,\s+(?:the|la|el|and|y)\s|[.;]|$)/u

/** Research trips: where, when and, when given, why there. */
export function extractResearch(context: SentenceContext, draft: FactsDraft): void {
  const {text, source} = context
  if (!RESEARCH_HINT.test(text)) return
  for (const match of [...matchAll(RESEARCH_EN, text), ...matchAll(RESEARCH_ES, text), ...matchAll(RESEARCH_INTERVIEWS, text)]) {
    const places = splitList(match[2] ?? '').filter((place) => !CALENDAR_WORD.test(place))
    if (places.length === 0) continue
    const research: Research = {kind: researchKind(match[1]), places, source}
    const listEnd = match.index + match[0].length
    let rest = text.slice(listEnd)
    const period = /^\s+(?:in|during|between|from|en|entre|durante|de)\s+/u.exec(rest)
    if (period) {
      const when = dateWithin(context, listEnd + period[0].length, text.length)
      if (when && when.start === listEnd + period[0].length) {
        research.period = draft.date(when, source)
        rest = text.slice(when.end)
      }
    }
    const reason = REASON.exec(rest)
    if (reason?.[1]) research.reason = trimEnd(reason[1])
    draft.research.push(research)
  }
}

function researchKind(word: string | undefined): Research['kind'] {
  const kind = (word ?? '').toLowerCase()
  if (/^(?:initial|preliminary|first|inicial|preliminar)/u.test(kind)) return 'initial'
  if (/^(?:further|additional|follow-up|more|new|adicional|posterior|nueva|más)/u.test(kind)) return 'further'
  return 'other'
}
