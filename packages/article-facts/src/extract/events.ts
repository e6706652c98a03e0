/** Events: meetings requested and held, press conferences, report launches, protests. */
import type {ArticleEvent} from '../schema.js'
import {dateWithin, type FactsDraft, type SentenceContext} from './draft.js'
import type {NamedPerson} from './entities.js'
import {CALENDAR_WORD, withoutDate, type DateMention} from '../util/dates.js'
import {NAME, ORGANISATION_HINT, PLACE, datelineOf, atWordStart, capitalise, matchAll, trimEnd} from '../util/patterns.js'

const TOPIC = '(?:discuss|raise|present|address|talk about|review|share|discutir|analizar|abordar|presentar|hablar de|dialogar sobre|compartir)'
const MEETING_REQUEST = atWordStart(
  `(?:(?:has|have|had)\\s+)?(?:requested|asked for|sought|is seeking|are seeking|requests|(?:to|will)\\s+request|(?:to|will)\\s+seek|(?:ha|han)\\s+solicitado|(?:ha|han)\\s+pedido|solicitó|pidió)\\s+(?:a|an|una)\\s+(?:urgent\\s+|urgente\\s+)?(?:meeting|reunión|audiencia)\\s+(?:with|con)\\s+(.+?)(?:\\s+(?:to|para)\\s+${TOPIC}\\s+(.+?))?(?=,\\s|\\.(?:\\s|$)|;|$)`
)
const MEETING_HELD = atWordStart(
  `(?:(who|which|quien|quienes)\\s+)?(?:met|has met|have met|had met|se reunieron|se reunió|se han reunido|se había reunido|se habían reunido)\\s+(?:with|con)\\s+(.+?)(?:\\s+(?:to|para)\\s+${TOPIC}\\s+(.+?))?(?=,\\s|\\.(?:\\s|$)|;|$)`
)
/** "se reunirá con X", "will meet X", "la agenda incluye un encuentro el 4 de septiembre con X": a meeting to come. */
const MEETING_PLANNED = atWordStart(
  `(?:will\\s+(?:also\\s+)?meet(?:\\s+with)?|(?:is|are)\\s+(?:due|set|scheduled|expected)\\s+to\\s+meet(?:\\s+with)?|se\\s+reunirá(?:n)?\\s+(?:también\\s+)?con|(?:includes?|incluye|incluirá)\\s+(?:a|an|un|una)\\s+(?:meeting|encuentro|reunión)(?:\\s+(?:on|el)\\s+[^,.;]{3,30}?)?\\s+(?:with|con))\\s+(.+?)(?:\\s+(?:to|para)\\s+${TOPIC}\\s+(.+?))?(?=,\\s|\\.(?:\\s|$)|;|$)`
)
const PRESS = atWordStart(
  `(?:at|during|in|hold|holds|will hold|held|host|hosts|will host|en|durante|ofrecerá|ofreció|realizará|realizó)\\s+(?:a|an|una|its|su)\\s+(press conference|news conference|press briefing|media briefing|conferencia de prensa|rueda de prensa)(?:\\s+(?:in|at|en)\\s+(${PLACE}))?`
)
const PRESENT = /(?:will\s+)?(?:present|launch|release|share|discuss|unveil|presentará|presentar|dará a conocer|lanzará|compartirá)\s+(.+?)\s+(?:at|during|in|en|durante)\s+(?:a|an|una)\s+(?:press|news|media|conferencia|rueda)/u
const LAUNCH_VERB =
  '(?:launch|launches|launched|will launch|is launching|publishes|published|will publish|releases|released|will release|puts out|put out|will put out|lanza|lanzó|lanzará|lanzaron|publica|publicó|publicará|publicaron|presenta|presentó|presentaron|presentará|presentarán|(?:da|dio|dieron|dará|darán|hizo|hace|hará)\\s+(?:a\\s+conocer|público|pública))'
/** A weekday after "on"/"el": "dio a conocer el martes en Tromsvik su informe". */
const WEEKDAY = '(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|lunes|martes|miércoles|jueves|viernes|sábado|domingo)'
const LAUNCH = atWordStart(
  // A date may sit between the verb and the report: "presentaron el 3 de marzo de 2024 el informe".
  `${LAUNCH_VERB}(?:\\s+(?:on|el)\\s+(?:\\p{L}+\\s+)?\\d{1,2}(?:\\s+(?:de\\s+)?\\p{L}+)(?:,?\\s+(?:de\\s+)?\\d{4})?|\\s+(?:on|el)\\s+${WEEKDAY}|\\s+(?:este|esta|this|today|hoy)(?:\\s+\\p{Ll}+)?)?(?:\\s+(?:in|en)\\s+(${PLACE}))?` +
    // "…, en un acto celebrado en el Museo del Puerto, su informe": where it was done, set between commas.
    `(?:,\\s+(?:en|in|at|durante|during)\\s+[^,.;]{3,80},)?\\s+(?:a|an|its|the|un|el|su)\\s+(?:new\\s+|nuevo\\s+|annual\\s+|latest\\s+|full\\s+|complete\\s+|final\\s+|\\d+-page\\s+)*(?:report|informe)(?:\\s+(?:anual|nuevo|completo|final))?(?:\\s+(?:in|en)\\s+(${PLACE}))?` +
    // "…, Human Rights Watch said in a report released today."
    `|(?:in|with|en)\\s+(?:a|an|its|un|su)\\s+(?:new\\s+|nuevo\\s+|\\d+-page\\s+)*(?:report|informe)\\s+(?:released|published|issued|launched|publicado|presentado|difundido)\\b` +
    // "The report was launched in Tromsvik today", "el informe fue presentado en Tromsvik".
    `|(?:[Tt]he|[Ii]ts|[Ee]l|[Ss]u)\\s+(?:new\\s+|nuevo\\s+|\\d+-page\\s+)*(?:report|informe)\\s+(?:was|is|will be|has been|fue|será|ha sido)\\s+(?:launched|published|released|presented|presentado|publicado|lanzado|difundido)(?:\\s+(?:in|en)\\s+(${PLACE}))?`
)
/** "según el Informe …, que Save the Children hace público hoy": the report named first, its launch in a clause after it (when the sentence dates it). */
// "El informe, que se presenta hoy": right after the word only in the release's own present ("que se presenta").
const LAUNCH_AFTER = new RegExp(`(?<![\\p{L}])(?:[Rr]eport|[Ii]nforme)(?:\\s[^.;]{0,150}?|(?=,\\s+que\\s+se\\s)),\\s+(?:que|which|that)\\s+(?:[^,.;]{0,40}?\\s)?${LAUNCH_VERB}(?![\\p{L}])`, 'u')
const VISIT = new RegExp(`\\b(?:will visit|is visiting|visited|has visited|will make an official visit to|visitará|visitó|visita)\\s+(${PLACE})`, 'u')
const PROTESTS = new RegExp(
  `(protests|demonstrations|protestas|manifestaciones|movilizaciones)\\s+(?:that|which|que)\\s+(began|started|erupted|broke out|took place|have taken place|comenzaron|empezaron|se iniciaron|iniciaron|estallaron|se realizaron)(.*?)(?=;|\\.(?:\\s|$)|$)`,
  'u'
)
const CONTEXT = /(?:in the context of|amid|against the backdrop of|en el contexto de|en medio de|en el marco de)\s+(.+)$/u
const PREPOSITIONS = /^(?:of|and|to|in|by|for|on|during|amid|after|against|de|y|en|por|a|durante|contra|tras)\s+/u
const FUTURE = /\b(?:will|shall|is going to|are going to|plans? to)\b|\p{L}r(?:á|án)(?!\p{L})/u
const PAST = /\b(?:held|presented|launched|hosted|was|were|met|took place|gave|said|told|wrote|sent|handed|dio|dieron|hizo|hicieron|fue|fueron|tuvo)\b|\p{L}(?:ó|aron|ieron)(?!\p{L})/u

export function extractEvents(context: SentenceContext, draft: FactsDraft, people: NamedPerson[]): void {
  const {text, source} = context
  const subject = (before: string): string | undefined => actorsIn(before, draft) ?? delegationIn(before, draft)

  const request = includesAny(text, 'meeting', 'reunión', 'audiencia') ? first(MEETING_REQUEST(text), text) : null
  if (request) {
    const organiser = subject(text.slice(0, request.index))
    const withText = trimEnd(request[1] ?? '')
    // "will return on 1 July to request a meeting": a request still to be made, dated by the sentence.
    const future = /^(?:to|will)\s/u.test(request[0]) || FUTURE.test(text.slice(0, request.index))
    const when = future ? context.dates.find((mention) => mention.end <= request.index) : undefined
    draft.addEvent('meeting-request', {
      description: capitalise(`${organiser ? `${organiser} ` : ''}${trimEnd(request[0]).replace(/^to\s+/u, 'will ')}`),
      status: future ? 'planned' : 'requested',
      ...(when ? {date: draft.date(when, source)} : {}),
      participants: namesIn(withText, draft),
      ...(organiser ? {organiser} : {}),
      ...(request[2] ? {topic: trimEnd(request[2])} : {}),
      source
    })
  }

  const held = includesAny(text, 'met ', 'reuni') ? first(MEETING_HELD(text), text) : null
  if (held && !request) {
    const subjects = held[1]
      ? people.filter((person) => person.end <= held.index).map((person) => person.name)
      : [subject(text.slice(0, held.index))].filter((name): name is string => Boolean(name))
    const withText = trimEnd(held[2] ?? '')
    const when = dateWithin(context, held.index, held.index + held[0].length)
    let topic = held[3] ? trimEnd(held[3]) : undefined
    if (topic && when) topic = trimEnd(withoutDate(topic, when))
    const clause = trimEnd(held[0].replace(/^(?:who|which|quien|quienes)\s+/u, ''))
    draft.addEvent('meeting', {
      description: capitalise(`${subjects.join(context.language === 'es' ? ' y ' : ' and ')} ${clause}`.trim()),
      status: 'past',
      ...(when ? {date: draft.date(when, source)} : {}),
      participants: [...subjects, ...namesIn(withText.replace(when?.text ?? '\u0000', ''), draft)],
      ...(topic ? {topic} : {}),
      source
    })
  }

  const planned = !request && !held && includesAny(text, 'meet', 'reunirá', 'encuentro', 'reunión') ? first(MEETING_PLANNED(text), text) : null
  const plannedWith = planned ? trimEnd(planned[1] ?? '') : ''
  // Only with someone the article names (a person, an organisation): "will meet with victims in different parts of the country" is an itinerary's step.
  const named = (entries: Iterable<{name: string; aliases: string[]}>) => [...entries].filter((entry) => [entry.name, ...entry.aliases].some((name) => name.length > 2 && plannedWith.includes(name))).map((entry) => entry.name)
  const known = planned ? [...named(draft.people.values()), ...named(draft.organisations.values())] : []
  // "con Marta Ruiz Soto, vicepresidenta": a name written first is someone, known or not.
  const written = planned && known.length === 0 ? new RegExp(`^(${NAME})(?=,|$)`, 'u').exec(plannedWith)?.[1] : undefined
  const plannedPeople = written && !ORGANISATION_HINT.test(written) ? [written] : known
  if (planned && plannedPeople.length > 0) {
    const when = dateWithin(context, planned.index, planned.index + planned[0].length)
    const organiser = subject(text.slice(0, planned.index))
    draft.addEvent('meeting', {
      description: capitalise(trimEnd(text)),
      status: 'planned',
      ...(when ? {date: draft.date(when, source)} : {}),
      participants: plannedPeople,
      ...(organiser ? {organiser} : {}),
      ...(planned[2] ? {topic: trimEnd(planned[2])} : {}),
      source
    })
  }

  const press = includesAny(text, 'conference', 'briefing', 'prensa') ? first(PRESS(text), text) : null
  if (press) {
    // "at a press conference on Friday 8 March in Tegucigalpa": the place may follow the date.
    const place = press[2] ?? placeIn(text.slice(press.index + press[0].length), draft)
    addSentenceEvent('press-conference', context, draft, {organiser: subject(text.slice(0, press.index)), place, topic: topicOf(PRESENT.exec(text)?.[1], context)})
  }

  // A person's visit ("The UN Special Rapporteur …, X, will visit Chile from 9 to 20 June"); delegations have their own.
  const visit = includesAny(text, 'visit') ? VISIT.exec(text) : null
  const visitor = visit ? people.find((person) => person.end <= visit.index) : undefined
  if (visit && visitor && !draft.delegations.some((delegation) => delegation.sources.some((entry) => entry.sentenceIndex === source.sentenceIndex))) {
    addSentenceEvent('visit', context, draft, {place: visit[1], participants: [visitor.name]})
  }

  const launch = includesAny(text, 'report', 'informe', 'Report', 'Informe') ? (first(LAUNCH(text), text) ?? (context.dates.length > 0 ? LAUNCH_AFTER.exec(text) : null)) : null
  if (launch && !press) {
    const organiser = subject(text.slice(0, launch.index)) ?? actorIn(text, draft, 'organisations')
    // The launch's date comes before the report is named; "que documenta … durante 2024" is another time.
    // Said of the report ("The report was launched in Tromsvik today"), the date may follow.
    const passive = /^(?:[Tt]he|[Ii]ts|[Ee]l|[Ss]u|[Rr]eport|[Ii]nforme)[\s,]/u.test(launch[0])
    const when = context.dates.find((mention) => passive || mention.start < launch.index + launch[0].length) ?? null
    addSentenceEvent('report-launch', context, draft, {organiser, place: launch[1] ?? launch[2] ?? launch[3] ?? datelinePlace(context) ?? placeIn(outsideTitles(context), draft), when})
  }

  const protests = includesAny(text, 'protest', 'demonstration', 'manifestacion', 'movilizacion') ? PROTESTS.exec(text) : null
  if (protests) {
    // The word before the noun, unless a preposition: "widespread protests", "las protestas".
    const before = /(?:^|\s)(\p{Ll}+)\s+$/u.exec(text.slice(0, protests.index))?.[1]
    const noun = (before && !PREPOSITIONS.test(`${before} `) ? `${before} ` : '') + (protests[1] ?? '')
    const restStart = protests.index + protests[0].length - (protests[3] ?? '').length
    const when = dateWithin(context, restStart, protests.index + protests[0].length)
    let rest = protests[3] ?? ''
    if (when) rest = ' ' + withoutDate(rest, when)
    const background = CONTEXT.exec(trimEnd(rest))
    const place = /\s(?:in|en)\s+(\p{Lu}[\p{L}’'-]+(?:\s+\p{Lu}[\p{L}’'-]+)*)/u.exec(rest)?.[1]
    draft.addEvent('protest', {
      description: capitalise(trimEnd(`${noun} ${protests[2]}${protests[3]}`)),
      status: 'past',
      ...(when ? {date: draft.date(when, source)} : {}),
      ...(place ? {place} : {}),
      participants: [],
      ...(background?.[1] ? {context: trimEnd(background[1])} : {}),
      source
    })
  }
}

/** What is presented, without a date phrase inside it ("presentará el jueves 29 de agosto, …"). */
function topicOf(phrase: string | undefined, context: SentenceContext): string | undefined {
  if (!phrase) return undefined
  const date = context.dates.find((mention) => phrase.includes(mention.text))
  const topic = trimEnd((date ? withoutDate(phrase, date) : phrase).replace(/^[\s,]+|(?:\s+(?:el|la|on))?[\s,]+$/gu, ''))
  return topic.split(/\s+/).length >= 2 ? topic : undefined
}

function includesAny(text: string, ...words: string[]): boolean {
  return words.some((word) => text.includes(word))
}

/** The first match of a global regex. */
function first(regex: RegExp, text: string): RegExpExecArray | null {
  regex.lastIndex = 0
  const match = regex.exec(text)
  regex.lastIndex = 0
  return match
}

function tense(text: string): ArticleEvent['status'] {
  if (FUTURE.test(text)) return 'planned'
  if (PAST.test(text) || /\p{L}{3}ed\b/u.test(text)) return 'past'
  return 'unknown'
}

const IN_PLACE = new RegExp(`\\b(?:in|en)\\s+(${PLACE})`, 'gu')

/**
 * A dated statement no other extractor took ("On 12 January 2024, a court sentenced …"):
 * kept as an `other` event, so no date in the article is lost.
 */
export function extractDatedStatement(context: SentenceContext, draft: FactsDraft): void {
  if (!context.dates[0] || /^[“"«]/u.test(context.text)) return
  // A launch sentence's later dates belong to what the report covers ("que documenta … durante 2024").
  if (draft.events.some((event) => event.kind === 'report-launch' && event.source.sentenceIndex === context.sentence.index)) return
  // A bare dateline ("Caracas, 5 de marzo de 2024") dates the article, not an event.
  if (datelineOf(context.text) && context.dates[0].end >= trimEnd(context.text).length - 1) return
  const place = datelinePlace(context) ?? placeIn(outsideTitles(context), draft)
  const participants = [...draft.people.values()]
    .filter((person) => [person.name, ...person.aliases].some((written) => context.text.includes(written)))
    .map((person) => person.name)
  addSentenceEvent('other', context, draft, {place, participants})
}

/** The first "in <Place>" of a text that is not a month or part of an organisation's name ("en Derechos Humanos"). */
export function placeIn(text: string, draft: FactsDraft): string | undefined {
  for (const match of matchAll(IN_PLACE, text)) {
    const name = match[1] ?? ''
    if (CALENDAR_WORD.test(name)) continue
    if ([...draft.organisations.values()].some((organisation) => organisation.name.includes(`${match[0].split(/\s/u)[0]} ${name}`) || organisation.name === name)) continue
    return name
  }
  return undefined
}

/** The sentence with quotations and emphasised spans blanked: a title's "in Sagaing Region" is no venue. */
function outsideTitles(context: SentenceContext): string {
  let text = context.text.replace(/[“«][^”»]*[”»]/gu, (quoted) => ' '.repeat(quoted.length))
  for (const span of context.emphasis) text = text.slice(0, span.start) + ' '.repeat(span.end - span.start) + text.slice(span.end)
  return text
}

/** The city of a dateline opening the sentence, when its date is the sentence's first. */
function datelinePlace(context: SentenceContext): string | undefined {
  const first = context.dates[0]
  return first ? datelineOf(context.text.slice(0, first.end + 4)) : undefined
}

/** "The delegation will present …": the delegation's organisation acts. */
function delegationIn(before: string, draft: FactsDraft): string | undefined {
  return /\b(?:[Tt]he|[Ll]a)\s+(?:delegation|delegates|delegación)\b/u.test(before) ? draft.delegations.at(-1)?.organisation : undefined
}

/** An event a whole sentence announces, dated by its first date: "On <date>, X will … in Y." */
function addSentenceEvent(
  kind: ArticleEvent['kind'],
  context: SentenceContext,
  draft: FactsDraft,
  details: {organiser?: string | undefined; place?: string | undefined; topic?: string | undefined; participants?: string[]; when?: DateMention | null}
): void {
  // `null`: the sentence's dates are not this event's.
  const when = details.when === null ? undefined : (details.when ?? mainClauseDate(context))
  draft.addEvent(kind, {
    description: capitalise(trimEnd(withoutLeadingDate(context.text, context))),
    status: tense(context.text),
    ...(when ? {date: draft.date(when, context.source)} : {}),
    ...(details.place ? {place: details.place} : {}),
    participants: details.participants ?? [],
    ...(details.organiser ? {organiser: details.organiser} : {}),
    ...(details.topic ? {topic: details.topic} : {}),
    source: context.source
  })
}

/** A clause set between commas about someone or something ("X, who had been sentenced on 18 April, walked out today"). */
const RELATIVE_CLAUSE = /,\s+(?:who|which|whose|quien|quienes|el cual|la cual|que)\b[^,;]*,/gu

/** The sentence's first date outside a relative clause, or its first date: what the sentence tells happened then. */
function mainClauseDate(context: SentenceContext): DateMention | undefined {
  const clauses = [...context.text.matchAll(RELATIVE_CLAUSE)].map((match) => [match.index, match.index + match[0].length] as const)
  return context.dates.find((mention) => !clauses.some(([start, end]) => mention.start >= start && mention.end <= end)) ?? context.dates[0]
}

/** "On Wednesday 12 June, X will …" → "X will …". */
function withoutLeadingDate(text: string, context: SentenceContext): string {
  const first = context.dates[0]
  if (!first || !/^(?:On|on|El|el|On the|In|En|)$/u.test(text.slice(0, first.start).trim())) return text
  // "Hoy, 15 de agosto, …": the day "today" is glossed with goes with it; "El jueves 10 de agosto pasado, …": so does "pasado".
  const glossed = context.dates[1] !== undefined && /^\s*[,(]\s*$/u.test(text.slice(first.end, context.dates[1].start)) && /^\s*[,)]/u.test(text.slice(context.dates[1].end)) ? context.dates[1] : first
  return text.slice(glossed.end).replace(/^(?:\s+pasad[oa]\b)?\s*[,)]?\s*/iu, '')
}

/**
 * Organisations acting together: "Provea y Amnistía Internacional presentaron …" → both, joined as
 * written; else the one actor of `actorIn`.
 */
export function actorsIn(before: string, draft: FactsDraft, only?: 'organisations'): string | undefined {
  const single = actorIn(before, draft, only)
  const last = draft.organisations.get(single ?? '')
  if (!single || !last) return single
  const lastAt = Math.max(...[last.name, ...last.aliases].map((written) => before.lastIndexOf(written)))
  const joint = /(?:\s+\([^()]{1,12}\))?\s+(and|y|e|&)\s+$/u.exec(before.slice(0, Math.max(lastAt, 0)))
  if (lastAt === -1 || !joint) return single
  const head = before.slice(0, joint.index)
  const first = draft.organisations.get(actorIn(head, draft, 'organisations') ?? '')
  // The first organisation must end right where "and" begins.
  if (!first || first === last || ![first.name, ...first.aliases].some((written) => head.endsWith(written))) return single
  return `${first.name} ${joint[1]} ${last.name}`
}

/** The organisation or person acting in a clause: the last one named before the verb. */
export function actorIn(before: string, draft: FactsDraft, only?: 'organisations'): string | undefined {
  let best: {name: string; at: number} | undefined
  const lowered = before.toLowerCase()
  for (const organisation of draft.organisations.values()) {
    for (const written of [organisation.name, ...organisation.aliases]) {
      const at = lowered.lastIndexOf(written.toLowerCase())
      if (at !== -1 && (!best || at > best.at || (at === best.at && organisation.name.length > best.name.length))) best = {name: organisation.name, at}
    }
  }
  for (const person of only ? [] : draft.people.values()) {
    for (const written of [person.name, ...person.aliases]) {
      const at = before.lastIndexOf(written)
      if (at !== -1 && (!best || at > best.at)) best = {name: person.name, at}
    }
  }
  return best?.name
}

/** Known people named in a phrase ("President Luis Morales" → ["Luis Morales"]), else the phrase. */
export function namesIn(phrase: string, draft: FactsDraft): string[] {
  const names: string[] = []
  for (const person of draft.people.values()) {
    if ([person.name, ...person.aliases].some((written) => containsWord(phrase, written))) names.push(person.name)
  }
  return names.length > 0 ? names : phrase ? [phrase] : []
}

/** Whether `text` contains `word` as a whole word (not inside a longer one). */
function containsWord(text: string, word: string): boolean {
  for (let at = text.indexOf(word); at !== -1; at = text.indexOf(word, at + 1)) {
    if (!/\p{L}/u.test(text[at - 1] ?? '') && !/\p{L}/u.test(text[at + word.length] ?? '')) return true
  }
  return false
}
