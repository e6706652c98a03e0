/** A visiting delegation: who leads it, who is in it, where it goes, why, and its itinerary. */
import type {Delegation, ItineraryStep} from '../schema.js'
import {addSource, dateWithin, type FactsDraft, type SentenceContext} from './draft.js'
import type {NamedPerson} from './entities.js'
import {withoutDate} from '../util/dates.js'
import {ANY_TITLE, CAP_WORD, NAME, ORGANISATION, PLACE, capitalise, trimEnd, trimLeadingWords} from '../util/patterns.js'

const ORG_BEFORE = new RegExp(`(?:[Aa]n?|[Tt]he)\\s+(${ORGANISATION}(?:\\s+${CAP_WORD})?)(?:\\s+\\(\\p{Lu}{2,8}\\))?\\s+(?:delegation|mission)`, 'u')
const ORG_AFTER = new RegExp(`(?:(?:delegation|mission)\\s+(?:from|of)|(?:delegación|misión)\\s+(?:de|del))\\s+(?:la\\s+|el\\s+|the\\s+)?(${ORGANISATION}(?:\\s+${CAP_WORD})?)`, 'u')
const LEADER = new RegExp(
  `(?:led|headed)\\s+by\\s+(?:its\\s+|the\\s+organi[sz]ation[’']s\\s+|their\\s+)?(?:(?:${ANY_TITLE}),?\\s+)?(${NAME})|(?:encabezada|liderada|dirigida|presidida)\\s+por\\s+(?:su\\s+|la\\s+|el\\s+)?(?:(?:${ANY_TITLE})(?:\\s+de\\s+${ORGANISATION})?,?\\s+)?(${NAME})`,
  'u'
)
const MOVEMENT = new RegExp(
  // "the last day of the Harbourwatch delegation's visit to Ruritania": the visit it is on.
  `(has arrived|have arrived|arrived|arrives|is visiting|are visiting|visited|will visit|will travel|will arrive|is travelling|is traveling|has travelled|has traveled|ha llegado|han llegado|llegó|llega|visita|visitará|viajará|llegará|se encuentra|['’]s\\s+visit|` +
    // "inicia este lunes una visita a Honduras", "begins a visit to Ruritania today".
    `(?:inicia|inició|iniciará|comienza|comenzó|comenzará|emprende|emprendió|realiza|begins|began|will begin|starts|started|will start)\\s+(?:(?:este|esta|el|hoy|today|on|this)\\s+(?:\\p{L}+\\s+)?)?(?:una|a|an)\\s+(?:\\p{L}+\\s+)?(?:visita|visit))\\s+(?:in|to|at|a|al|en)?\\s*(${PLACE})`,
  'u'
)
// The big patterns above start with a name or a title, which the regex engine tries at every
// position: a sentence without their verb is turned away first by these (a tenth of the cost).
const LEADER_WORD = /\b(?:led|headed)\s+by\b|\b(?:encabezada|liderada|dirigida|presidida)\s+por\b/u
const HEADS_WORD = /\b(?:lead|head)|encabez|lider|dirig/u
const ORG_AFTER_WORD = /(?:delegation|mission)\s+(?:from|of)|(?:delegación|misión)\s+(?:de|del)/u
const PURPOSE = /^\s*,?\s*(?:to|in order to|para|con el fin de|con el objetivo de)\s+(.+)$/u

const MEMBERS = [
  /^(.*?),?\s+(?:are|is|were|was)\s+also\s+(?:part|members?)\s+of\s+the\s+delegation/u,
  /^(.*?),?\s+(?:también\s+)?(?:forman|forma)\s+parte\s+de\s+la\s+delegación/u,
  /[Tt]he\s+delegation\s+(?:also\s+)?(?:includes|included|is made up of|comprises|is composed of)\s+(.+)$/u,
  /[Ll]a\s+delegación\s+(?:también\s+)?(?:incluye|está integrada por|está compuesta por|la integran)\s+(.+)$/u,
  // "Four people will travel with the Secretary General: A, …; B, …", "Viajarán con ella: …".
  /\b(?:will\s+travel|are\s+travelling|are\s+traveling|travel|viajarán|viajan|irán)\s+(?:with|con)\s+[^:;.]{2,60}:\s*(.+)$/u,
  // "Travelling with her were A, who is …; B, …; and C, …".
  /^(?:[Tt]ravel(?:l)?ing|[Aa]ccompanying)\s+(?:with\s+)?(?:her|him|them)\s+(?:were|are|will\s+be)\s+(.+)$/u
]
const TRAVELS_WITH = /\b(?:travel\w*|viajar\w*|viajan|irán)\s+(?:with|con)\s+[^:;.]{2,60}:|^(?:[Tt]ravel(?:l)?ing|[Aa]ccompanying)\s+(?:with\s+)?(?:her|him|them)\s+(?:were|are|will\s+be)\s/u
const ACCOMPANIED_WORD = /acompañad|accompanied/u
const ACCOMPANIED = /\b(?:(?:irá|irán|va|van|viajará|viajarán|estará|estarán|viaja|viajan|llegará|llegarán)\s+acompañad[oa]s?\s+(?:por|de)|(?:will\s+be|is|are|was|were)\s+accompanied\s+by)\s/u
const RELATIVE_CLAUSE = /,?\s+(?:who|which|quien|quienes|que)\s/u

const ITINERARY_SUBJECT =
  // An opening phrase may come first: "Over five days, the delegation will …".
  /^(?:[^,]{1,40},\s+)?(?:[Tt]he\s+(?:delegates|delegation|members\s+of\s+the\s+delegation)|[Dd]elegates|They|[Ll]os\s+(?:delegados|integrantes)|[Ll]as\s+delegadas|[Ll]a\s+delegación|Ellos)\s+(?:will|are\s+(?:due|expected|scheduled)\s+to|plan\s+to|also\s+plan\s+to|)\s*/u
const STEP_BREAK = /,?\s+and\s+will\s+(?:then\s+|later\s+|also\s+)?|,?\s+y\s+(?:luego|después)\s+|\s+(?:before|and then|then|after which|antes de|y luego|para luego|y después)\s+/u
const WITH =
  /(?:(?:meet|meets|meeting|meetings|reunirse|reunirán|se reunirán|reunión|reuniones)(?:\s+(?:in|en)\s+\p{Lu}[\p{L}\p{M}-]*(?:\s+\p{Lu}[\p{L}\p{M}-]*)*)?\s+(?:with|con)|\bmeet(?!\s+(?:with|in|at)\b))\s+(.+?)(?=\s+(?:in|at|across|en|por|this|next|on|during|esta|la próxima|el)\s|$)/u
const WHERE = new RegExp(
  `(?:^|\\s)(in|across|around|to|at|en|a|por)\\s+((?:different|various|several|other|many|distintas|diferentes|varias|otras)\\s+(?:parts|regions|areas|cities|provinces|partes|regiones|zonas|ciudades|provincias)(?:\\s+(?:of|del|de)\\s+(?:the\\s+|la\\s+|el\\s+)?\\p{L}+)?|(?:the\\s+)?${PLACE}(?:\\s+(?:region|area|province|department|state|valley|border|región|provincia|departamento))?)`,
  'u'
)

/**
 * "Irene Khan, Secretary General of Amnesty International, will head a delegation to Chile",
 * "X encabezará una misión de Y a Z": a person who leads a delegation, mission or visit somewhere.
 */
const HEADS = new RegExp(
  `(${NAME})(?:,\\s+[^,.;]{3,100},)?\\s+(?:will|is to|is set to|is due to|to|has arrived to)\\s+(?:lead|head)\\s+(?:an?|the)\\s+(?:(${ORGANISATION})\\s+)?(?:delegation|mission|team|visit)\\s+(?:(?:of|from)\\s+the\\s+organi[sz]ation\\s+)?(?:(?:that|which)\\s+will\\s+(?:be|travel|go|stay)\\s+)?(?:to|in)\\s+(${PLACE})` +
    // "encabezará una delegación de la organización que estará en Strelsau"
    `|(${NAME})(?:,\\s+[^,.;]{3,100},)?\\s+(?:encabezará|liderará|dirigirá|encabeza|lidera)\\s+(?:una|la)\\s+(?:delegación|misión|visita)\\s+(?:de\\s+(?:la\\s+)?(${ORGANISATION}|organización)\\s+)?(?:que\\s+(?:estará|viajará|irá|llegará|visitará|se\\s+desplazará)\\s+)?(?:a|en)\\s+(${PLACE})`,
  'u'
)

/**
 * "The Harbourwatch Institute and the Coastal Rights Network have sent a joint mission to
 * Ruritania", "X está enviando una misión a Y": organisations that send a delegation, its
 * leaders named later ("It is headed by …").
 */
const SENT = new RegExp(
  `\\b(?:have|has|had|are|is|will)?\\s*(?:sent|sending|send|heading|leading|head|lead)\\s+(?:a|an)\\s+(?:(?:joint|international|fact-finding|high-level|press freedom|solidarity)\\s+)*(?:delegation|mission)(?:\\s+of\\s+[^,.;]{3,60}?)?(?:\\s+on\\s+an?\\s+[^,.;]{3,40}?)?\\s+(?:to|in)\\s+(?:the\\s+)?(${PLACE})` +
    `|\\b(?:enviaron|envían|envió|envía|enviará|enviarán|han enviado|ha enviado|encabezan|encabeza)\\s+(?:una|la)\\s+(?:delegación|misión)\\s+(?:(?:conjunta|internacional)\\s+)*(?:a|en)\\s+(${PLACE})`,
  'u'
)
const SENT_WORD = /\b(?:sen[dt]|sending|head|lead|envi|encabez)/u
/** "X headed the delegation", "X encabezó la misión": who leads a delegation already told, named before the verb. */
const HEADED_IT = /\b(?:headed|led|heads|leads|encabezó|encabeza|lideró|lidera|dirigió|presidió)\s+(?:the|this|la|esta)\s+(?:delegation|mission|delegación|misión)\b/u
/** "It is headed by A, …, and by B", "La misión está encabezada por A": who leads a delegation already told. */
const LED_LATER = new RegExp(`^(?:It|The\\s+(?:mission|delegation|visit)|La\\s+(?:misión|delegación))\\s+(?:is|was|will\\s+be|está|estará|fue|es)\\s+(?:headed|led|encabezada|liderada|dirigida)\\s+(?:by|por)\\s`, 'u')

/** "el grupo, al frente del cual está su directora, X": who leads a delegation already told. */
const AT_ITS_HEAD = /\bal\s+frente\s+(?:del\s+cual|de\s+la\s+cual|de\s+(?:la|esta)\s+(?:delegación|misión))\s+(?:está|estará|se\s+encuentra|va|irá)\s/u

const STAY = new RegExp(`^(?:The|This|La|Esta)\\s+(?:mission|delegation|visit|misión|delegación|visita)\\s+(?:is|will\\s+be|was|estará|está|estuvo)\\s+(?:in|en)\\s+(${PLACE})`, 'u')

export function extractDelegation(context: SentenceContext, draft: FactsDraft, people: NamedPerson[], organisations: ReadonlyArray<{name: string; start: number}> = []): void {
  const {text, source} = context
  const heads = draft.delegations.length === 0 && HEADS_WORD.test(text) ? HEADS.exec(text) : null
  if (heads) {
    const leaderName = heads[1] ?? heads[4] ?? ''
    const person = draft.addPerson(leaderName, source)
    // "una delegación de la organización": the one the leader works for.
    const named = heads[2] ?? (heads[5] === 'organización' ? undefined : heads[5])
    const organisation = trimLeadingWords(named ?? person.affiliation ?? draft.mainOrganisation()?.name ?? '')
    if (organisation) {
      const destination = heads[3] ?? heads[6]
      const planned = /\b(?:will|is to|is set to|is due to|to)\s+(?:lead|head)\b|encabezará|liderará|dirigirá/u.test(heads[0])
      draft.delegations.push({
        organisation,
        leader: person.name,
        members: [{name: person.name, role: person.titles[0], affiliation: person.affiliation ?? organisation, isLeader: true}],
        ...(destination ? {destination} : {}),
        status: planned ? 'planned' : 'visiting',
        itinerary: [],
        sources: [source]
      })
      if (destination) draft.countries.unshift(destination)
      // "… que estará en Strelsau entre el 3 y el 6 de septiembre": when it is there.
      const placeEnd = heads.index + heads[0].length
      const when = context.dates.find((mention) => mention.start >= placeEnd && mention.start - placeEnd <= 25 && !/[.;:]/u.test(text.slice(placeEnd, mention.start)))
      if (when && destination) {
        draft.addEvent('arrival', {
          description: capitalise(text.slice(heads.index, when.end)),
          status: planned ? 'planned' : 'ongoing',
          date: draft.date(when, source),
          place: destination,
          participants: [person.name],
          organiser: organisation,
          source
        })
      }
      return
    }
  }
  // Organisations, not a person, send it: its leaders may be named later.
  const sent = draft.delegations.length === 0 && SENT_WORD.test(text) ? SENT.exec(text) : null
  const senders = sent ? organisations.filter((organisation) => organisation.start < sent.index) : []
  if (sent && senders.length > 0) {
    const destination = sent[1] ?? sent[2]
    const planned = /\b(?:will|enviará|enviarán)\b/u.test(sent[0])
    draft.delegations.push({organisation: senders[0]!.name, members: [], ...(destination ? {destination} : {}), status: planned ? 'planned' : 'visiting', itinerary: [], sources: [source]})
    if (destination) draft.countries.unshift(destination)
    return
  }
  const mentionsDelegation = /delegat|delegaci|misi[oó]n|mission/u.test(text)
  const organisationMatch = mentionsDelegation ? (organisationNamed(ORG_BEFORE.exec(text) ?? (ORG_AFTER_WORD.test(text) ? ORG_AFTER.exec(text) : null)) ?? namedBefore(text, organisations)) : undefined
  const leaderMatch = organisationMatch && LEADER_WORD.test(text) ? LEADER.exec(text) : null
  const movement = organisationMatch ? MOVEMENT.exec(text) : null

  if (organisationMatch && (leaderMatch || movement)) {
    const organisation = trimLeadingWords(organisationMatch.name)
    const verb = movement?.[1] ?? ''
    const status: Delegation['status'] = !movement
      ? 'unknown'
      : /will|visitará|viajará|llegará/u.test(verb)
        ? 'planned'
        : /visiting|visita|se encuentra|['’]s\s+visit/u.test(verb)
          ? 'visiting'
          : 'arrived'
    const delegation: Delegation = {organisation, members: [], status, itinerary: [], sources: [source]}
    const leader = leaderMatch?.[1] ?? leaderMatch?.[2]
    if (leader) {
      const person = draft.addPerson(leader, source)
      delegation.leader = person.name
      delegation.members.push({name: person.name, role: person.titles[0], affiliation: person.affiliation ?? organisation, isLeader: true})
    }
    if (movement) {
      delegation.destination = movement[2]
      draft.countries.unshift(movement[2] ?? '')
      // "arrived in Tegucigalpa on Monday 4 March to assess …": the purpose may follow a date.
      const afterMovement = movement.index + movement[0].length
      const arrivalDate = context.dates.find((mention) => /^\s*,?\s*(?:on|el|this|esta|)\s*$/u.test(text.slice(afterMovement, mention.start)))
      const purposeStart = arrivalDate ? arrivalDate.end : afterMovement
      const purpose = PURPOSE.exec(text.slice(purposeStart))
      if (purpose?.[1]) delegation.purpose = trimEnd(purpose[1])
      const article = /(?:\b(?:[Aa]n?|[Tt]he|[Uu]na|[Ll]a)\s+)$/u.exec(text.slice(0, organisationMatch.index))
      const start = article ? article.index : organisationMatch.index
      const end = movement.index + movement[0].length
      draft.addEvent('arrival', {
        description: capitalise(text.slice(start, end)),
        status: status === 'arrived' ? 'past' : status === 'planned' ? 'planned' : 'ongoing',
        ...(arrivalDate ? {date: draft.date(arrivalDate, source)} : {}),
        place: delegation.destination,
        participants: delegation.leader ? [delegation.leader] : [],
        organiser: organisation,
        ...(delegation.purpose ? {topic: delegation.purpose} : {}),
        source
      })
    }
    draft.delegations.push(delegation)
    return
  }

  const delegation = draft.delegations.at(-1)
  if (!delegation) return

  // "The mission is in Strelsau from 9 to 11 September": where it is, on which days.
  const stay = STAY.exec(text)
  const stayDate = stay ? context.dates.find((mention) => mention.start >= stay.index + stay[0].length && mention.start - (stay.index + stay[0].length) <= 12) : undefined
  if (stay?.[1] && stayDate && !draft.events.some((event) => event.kind === 'arrival')) {
    draft.addEvent('arrival', {
      description: capitalise(text.slice(stay.index, stayDate.end)),
      status: /\b(?:will|estará)\b/u.test(stay[0]) ? 'planned' : 'ongoing',
      date: draft.date(stayDate, source),
      place: stay[1],
      participants: delegation.leader ? [delegation.leader] : [],
      organiser: delegation.organisation,
      source
    })
    addSource(delegation.sources, source)
    return
  }

  // "…, al frente del cual está su directora para las Américas, X, …": the one named next leads it.
  // "The Secretary General, Irene Khan, headed the delegation": the one named before the verb does.
  const atItsHead = delegation.leader === undefined ? AT_ITS_HEAD.exec(text) : null
  const headedIt = delegation.leader === undefined && !atItsHead ? HEADED_IT.exec(text) : null
  const head = atItsHead ? people.find((one) => one.start >= atItsHead.index + atItsHead[0].length) : headedIt ? people.filter((one) => one.end <= headedIt.index).at(-1) : undefined
  if (head) {
    const person = draft.findPerson(head.name)
    delegation.leader = head.name
    delegation.members.unshift({name: head.name, role: person?.titles[0], affiliation: person?.affiliation ?? delegation.organisation, isLeader: true})
    addSource(delegation.sources, source)
    return
  }
  const ledLater = delegation.leader === undefined ? LED_LATER.exec(text) : null
  if (ledLater) {
    // Each "by …" of the sentence names one who leads it; the first is its leader.
    for (const named of people.filter((one) => one.start >= ledLater[0].length && /(?:^|\s)(?:by|por)\s+(?:\S+\s+){0,6}$/u.test(text.slice(0, one.start)))) {
      if (delegation.members.some((member) => member.name === named.name)) continue
      const person = draft.findPerson(named.name)
      delegation.leader ??= named.name
      delegation.members.push({name: named.name, role: person?.titles[0], affiliation: person?.affiliation, isLeader: true})
    }
    addSource(delegation.sources, source)
    return
  }

  // "X irá acompañada de A y de B", "X will be accompanied by A": those who go with a delegate are delegates.
  const accompanied = ACCOMPANIED_WORD.test(text) ? ACCOMPANIED.exec(text) : null
  const before = accompanied ? text.slice(0, accompanied.index) : ''
  const goes = accompanied && delegation.members.some((member) => [member.name, ...(draft.findPerson(member.name)?.aliases ?? [])].some((name) => before.includes(name)))
  if (accompanied && goes) {
    for (const named of people) {
      if (named.start < accompanied.index + accompanied[0].length || delegation.members.some((member) => member.name === named.name)) continue
      const person = draft.findPerson(named.name)
      delegation.members.push({name: named.name, role: person?.titles[0], affiliation: person?.affiliation, isLeader: false})
    }
    addSource(delegation.sources, source)
  }

  for (const pattern of mentionsDelegation || TRAVELS_WITH.test(text) ? MEMBERS : []) {
    const match = pattern.exec(text)
    if (!match) continue
    const segmentStart = text.indexOf(match[1] ?? '', match.index)
    let segmentEnd = segmentStart + (match[1] ?? '').length
    // "A and B, who met the minister": the clause ends the list; in "A, who is …; B, who …" each item has its own.
    const relative = text.slice(segmentStart, segmentEnd).includes(';') ? null : RELATIVE_CLAUSE.exec(text.slice(segmentStart, segmentEnd))
    if (relative) segmentEnd = segmentStart + relative.index
    for (const named of people) {
      if (named.start < segmentStart || named.end > segmentEnd) continue
      if (delegation.members.some((member) => member.name === named.name)) continue
      const person = draft.findPerson(named.name)
      delegation.members.push({name: named.name, role: person?.titles[0], affiliation: person?.affiliation, isLeader: false})
    }
    addSource(delegation.sources, source)
    break
  }

  const subject = mentionsDelegation || /\b(?:They|Ellos)\b/u.test(text) ? ITINERARY_SUBJECT.exec(text) : null
  if (subject && /\b(?:will|are due|are expected|plan)\b|(?<!\p{L})\p{Ll}+rán(?!\p{L})/u.test(text)) {
    const rest = trimEnd(text.slice(subject[0].length))
    let offset = subject[0].length
    for (const clause of rest.split(STEP_BREAK)) {
      const clauseStart = text.indexOf(clause, offset)
      offset = clauseStart + clause.length
      const step = itineraryStep(clause, clauseStart, context, delegation.itinerary.length + 1, draft)
      if (step) delegation.itinerary.push(step)
    }
    addSource(delegation.sources, source)
  }
}

function itineraryStep(clause: string, clauseStart: number, context: SentenceContext, order: number, draft: FactsDraft): ItineraryStep | undefined {
  if (clause.trim() === '') return undefined
  const step: ItineraryStep = {order, activity: '', source: context.source}
  const when = dateWithin(context, clauseStart, clauseStart + clause.length)
  let activity = clause
  if (when) {
    step.when = draft.date(when, context.source)
    activity = withoutDate(activity, when)
  }
  const withMatch = WITH.exec(clause)
  if (withMatch?.[1]) step.with = trimEnd(withMatch[1])
  const where = WHERE.exec(clause)
  if (where?.[2] && !/^(?:January|February|March|April|May|June|July|August|September|October|November|December)$/u.test(where[2])) {
    step.place = where[2].replace(/^the\s+/u, '')
    // "in different parts of the country" says where; "to Quito" is part of what they do.
    if (/^(?:in|across|around|en|por)$/u.test(where[1] ?? '')) activity = activity.replace(where[0].trim(), '')
  }
  step.activity = baseForm(trimEnd(activity.replace(/\s{2,}/g, ' ').trim()))
  return step.activity ? step : undefined
}

/** "returning to Quito" → "return to Quito": an itinerary reads as what the delegates will do. */
function baseForm(activity: string): string {
  return activity.replace(/^(\p{L}+?)(\p{L})\2?ing\b/u, (whole, stem: string, last: string) => {
    if (/^(?:bring|sing|ring|thing)$/u.test(whole)) return whole
    const verb = stem + last
    return /[^aeiou][aeiou][kvcz]$/u.test(verb) ? `${verb}e` : verb
  })
}

/** The organisation a delegation pattern found, and where its match starts. */
interface OrganisationAt {
  name: string
  index: number
}

function organisationNamed(match: RegExpExecArray | null): OrganisationAt | undefined {
  return match ? {name: match[1] ?? '', index: match.index} : undefined
}

/** "a Reporters Without Borders (RSF) delegation": an organisation the sentence names, whatever its name, right before the word. */
function namedBefore(text: string, organisations: ReadonlyArray<{name: string; start: number}>): OrganisationAt | undefined {
  return organisations
    .filter((organisation) => /(?:^|\s)(?:[Aa]n?|[Tt]he)\s+$/u.test(text.slice(0, organisation.start)))
    .filter((organisation) => /^(?:\s+\(\p{Lu}{2,8}\))?\s+(?:delegation|mission)\b/u.test(text.slice(organisation.start + organisation.name.length)))
    .map((organisation) => ({name: organisation.name, index: organisation.start}))[0]
}
