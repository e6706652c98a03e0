/** Quotations and who said them: “…,” said X · X said: “…” · “…” X added. */
import {rules} from '../rules.js'
import type {Person, Quote} from '../schema.js'
import type {FactsDraft, SentenceContext} from './draft.js'
import {isRole, parseRole} from './entities.js'
import {fold} from '../util/fold.js'
import {LEADING_WORDS, NAME, NAME_OR_SURNAME, TITLE_WORDS, matchAll, trimEnd} from '../util/patterns.js'

const QUOTED = /[“"«]([^”"»]+)[”"»]/gu
const SPEECH_VERB =
  '(?:said|says|added|adds|stated|states|explained|explains|warned|warns|noted|notes|told|declared|insisted|stressed|argued|argues|emphasi[sz]ed|commented|remarked|underlined|dijo|afirmó|afirma|señaló|señala|agregó|agrega|añadió|añade|declaró|explicó|advirtió|sostuvo|sostiene|indicó|expresó|subrayó|subraya|destacó|destaca|aseguró|asegura|recordó|insistió|concluyó|comentó|apuntó|remarcó|puntualizó|manifestó|enfatizó|reiteró|lamentó|alertó|planteó|plantea|preguntó|cuestionó|aseveró|opinó|relató|observó|asked|observed|pointed out|admitted|acknowledged|conceded|continued|went on|urged|denounced|criticised|criticized|wrote|writes|tweeted|summed up|summarised|summarized|escribió|escribe|tuiteó|resumió|admitió|reconoció|denunció|criticó|reclamó|exigió|continuó|prosiguió|(?:ha|han|había|habían)\\s+(?:dicho|resumido|declarado|afirmado|señalado|explicado|añadido|agregado|asegurado|advertido|subrayado|destacado|indicado|recordado|denunciado|lamentado|insistido|apuntado|manifestado|reiterado|comentado|expresado|sostenido|reconocido|admitido)|(?:has|have|had)\\s+(?:said|added|stated|warned|explained|stressed|noted|told|declared|insisted|argued))'
/** "Richardson also said:", "Ríos también señaló:": a word of sequence may stand before the verb. */
const VERB = `(?:(?:also|further|later|then|again|additionally|too|también|además|luego|asimismo)\\s+)?${SPEECH_VERB}`
/** “…,” said X · “…,” X said · “…,” the president told PEN (whoever holds that title). */
const AFTER = new RegExp(`^\\s*,?\\s*[—–-]?\\s*(?:${VERB}\\s+(.+?)|(${NAME_OR_SURNAME}|[Ss]he|[Hh]e|[Tt]hey|(?:[Tt]he|[Ee]l|[Ll]a)\\s+\\p{Ll}[\\p{Ll}\\s]{2,40}?)\\s+${VERB}(?:\\s+.*)?)[—–-]?\\s*[.,;]?\\s*$`, 'u')
/** “…,” his wife, Sita Thapa, told reporters. */
const AFTER_RELATIVE = new RegExp(`^\\s*,?\\s*[—–-]?\\s*(?:[Hh]is|[Hh]er|[Tt]heir|[Ss]us?)\\s+(\\p{Ll}[\\p{Ll} ]{1,30}),\\s+(${NAME_OR_SURNAME}),?\\s+${VERB}\\b`, 'u')
const AFTER_LOOSE = new RegExp(`^\\s*,?\\s*[—–-]?\\s*${VERB}\\s+(.+?)(?=[.;—–]|$)`, 'u')
/** “…,” according to X, who … · «…», según X. */
const ACCORDING_AFTER = /^\s*,?\s*(?:according to|según)\s+(.+?)(?=[.;—–]|$)/u
/** "X, who has just taken office as UN High Commissioner": the office is X's title. */
const TOOK_OFFICE_AS = /,\s+(?:who|quien)\s+(?:has\s+(?:just\s+)?|had\s+)?(?:taken office|been appointed|become|became|took office)\s+as\s+/u
const BEFORE = new RegExp(`(?:^|[.;]\\s+)(.+?)\\s+${VERB}(?:\\s+(?:that|que))?\\s*[:,]?\\s*$`, 'u')
/** Reported speech around a partial quotation: "X said on 2 October that the government “…”", "X explicó que, tal como han dicho “alto y claro” …, “…”". */
const REPORTED = new RegExp(`(?:^|[.;]\\s+)(.+?)\\s+${VERB}\\s+(?:[^“”"«»,.;:]{1,40}\\s+)?(?:that|que)\\s*,?\\s+(?:[^“”"«».;:]|[“"«][^“”"«»]{1,30}[”"»]){0,160}$`, 'u')
/** A partial quotation after what it is about: "X said the forum “will represent …”". */
const PARTIAL = new RegExp(`(?:^|[.;]\\s+)(.+?)\\s+${VERB}\\s+[^“”"«».;:]{1,60}$`, 'u')
/** "By sentencing them, he said, the authorities had shown their “…”": a speaker set between commas in the words before. */
const INTERPOSED = new RegExp(`,\\s+(${NAME_OR_SURNAME}|[Ss]he|[Hh]e|[Ee]lla|[Éé]l)\\s+${VERB},\\s[^“”"«»]*$`, 'u')
/** "According to Ana Lenz, director of X, the arrests are “…”", "Según Ríos, …": the one named before the comma. */
const ACCORDING_BEFORE = new RegExp(`^(?:According to|Según|De acuerdo con)\\s+(${NAME}(?:,\\s+[^,“"«]{3,80})?),\\s`, 'u')
const NEXT_SENTENCE = new RegExp(`^(?:${VERB}\\s+(.+?)|(${NAME_OR_SURNAME})\\s+${VERB})\\s*[.,]?\\s*$`, 'u')

/** Spanish dialogue: "—Cada periodista agredido … —afirmó la coordinadora de X, Marta Ríos." */
const DIALOGUE = new RegExp(`^[—―]\\s*(.+?)\\s+[—―]\\s*${VERB}\\s+(.+?)\\.?$`, 'u')

export function extractQuotes(context: SentenceContext, draft: FactsDraft): void {
  const {text, source} = context
  const dialogue = text.startsWith('—') || text.startsWith('―') ? DIALOGUE.exec(text) : null
  if (dialogue?.[1] && dialogue[2]) {
    const speaker = resolveSpeaker(dialogue[2], draft, context)
    const quote: Quote = {text: trimEnd(dialogue[1]), source}
    if (speaker) giveTo(quote, speaker)
    else draft.notes.push({reason: 'Cannot tell who said this dialogue line: the quote has no speaker', ruleId: rules.quoteSpeakerUnknown, source})
    draft.quotes.push(quote)
    draft.quoteParagraphs.set(quote, context.sentence.paragraph)
    return
  }
  if (continueQuotation(context, draft)) return
  if (!/[“"«]/u.test(text)) return
  if (openQuotation(context, draft)) return
  if (openQuotationAfterLead(context, draft)) return
  for (const match of matchAll(QUOTED, text)) {
    const body = (match[1] ?? '').trim()
    // Titles and scare quotes are short; a quotation is a sentence someone said, not a report's title.
    if (body.split(/\s+/).length < 5 || draft.reports.some((report) => report.title === trimEnd(body))) continue
    const after = text.slice(match.index + match[0].length)
    const before = text.slice(0, match.index)
    const attribution = AFTER.exec(after)
    const relative = attribution ? null : AFTER_RELATIVE.exec(after)
    const speakerPhrase =
      attribution?.[1] ?? attribution?.[2] ?? (relative ? `${relative[2]}, ${relative[1]}` : undefined) ?? AFTER_LOOSE.exec(after)?.[1] ?? ACCORDING_AFTER.exec(after)?.[1]?.replace(TOOK_OFFICE_AS, ', ') ?? BEFORE.exec(before)?.[1] ?? REPORTED.exec(before)?.[1] ?? PARTIAL.exec(before)?.[1] ?? INTERPOSED.exec(before)?.[1] ?? ACCORDING_BEFORE.exec(before)?.[1] ?? nextSentenceSpeaker(context) ?? leadInSpeaker(context, before) ?? COLON_LEAD.exec(before)?.[1] ?? colonLeadBefore(context, before) ?? subjectSpeaker(before, draft)
    const quote: Quote = {text: body.replace(/[,;]\s*$/u, ''), source}
    const named = speakerPhrase ? resolveSpeaker(speakerPhrase, draft, context) : undefined
    // "En su intervención advirtió:" names no one: who the sentence before is about.
    const bare = named ? undefined : bareVerbSpeaker(context, draft, before, after)
    const speaker = named ?? (bare ? resolveSpeaker(bare, draft, context) : before.trim() === '' ? continuedSpeaker(context, draft) : undefined)
    // "She said", or a quote right after another in the same paragraph: the same speaker; else the
    // one the words before are about ("Ruiz warned that … “…,” she said"); else the last speaker.
    // "However, she argued that …": the pronoun after an opening word.
    const pronoun = !speaker && (/^(?:[Ss]he|[Hh]e|[Ee]lla|[Éé]l)$/u.test((speakerPhrase ?? '').split(/,\s*/u).at(-1) ?? '') || continuesPreviousQuote(context, draft) || (before.trim() === '' && /^[\s.,;]*$/u.test(after) && followsQuoteParagraph(context, draft)))
    const found = speaker ?? (pronoun ? pronounSpeaker(context, draft, before) : undefined) ?? wordsOfSpeaker(context, draft, before)
    if (found) giveTo(quote, found)
    else noSpeaker(draft, body, source)
    draft.quotes.push(quote)
    draft.quoteParagraphs.set(quote, context.sentence.paragraph)
  }
}

type Speaker = {name: string; title?: string}

/** "In Bowen's words, … “…”", "en palabras de Ríos", "Clara Pardo … que, en sus palabras, «…»": whose words they are. */
const WORDS_OF = new RegExp(`(?:[Ii]n\\s+(${NAME_OR_SURNAME})['’]s?\\s+words|[Ee]n\\s+palabras\\s+de\\s+(${NAME_OR_SURNAME})|[Ii]n\\s+(?:his|her|their)\\s+(?:own\\s+)?words|[Ee]n\\s+sus\\s+(?:propias\\s+)?palabras|[Ss]egún\\s+sus\\s+palabras)`, 'u')
const NAME_RUN = new RegExp(NAME, 'gu')

function wordsOfSpeaker(context: SentenceContext, draft: FactsDraft, before: string): Speaker | undefined {
  const cue = WORDS_OF.exec(before)
  if (!cue) return undefined
  const named = cue[1] ?? cue[2]
  if (named) return draft.findPerson(named) ? resolveSpeaker(named, draft, context) : undefined
  // "her words": the one person the sentence names before them.
  const people = [...new Set(matchAll(NAME_RUN, before.slice(0, cue.index)).flatMap((match) => draft.findPerson(match[0]) ?? []))]
  const [person] = people
  if (!person || people.length !== 1) return undefined
  const title = person.titles[0]
  return title ? {name: person.name, title} : {name: person.name}
}

function giveTo(quote: Quote, speaker: Speaker): void {
  quote.speaker = speaker.name
  if (speaker.title) quote.speakerTitle = speaker.title
}

/** Who said a quote already given to someone. */
function speakerOf(quote: Quote): Speaker | undefined {
  if (!quote.speaker) return undefined
  return quote.speakerTitle ? {name: quote.speaker, title: quote.speakerTitle} : {name: quote.speaker}
}

function noSpeaker(draft: FactsDraft, body: string, source: Quote['source']): void {
  draft.notes.push({reason: `Cannot tell who said “${body.length > 40 ? `${body.slice(0, 40)}…` : body}”: the quote has no speaker`, ruleId: rules.quoteSpeakerUnknown, source})
}

/** An opening quotation mark with no closing one after it in the sentence: the quotation runs on. */
const OPENS = /^\s*[“"«]/u
function unclosed(text: string): boolean {
  if (!OPENS.test(text)) return false
  const body = text.trimStart().slice(1)
  const straight = text.trimStart().startsWith('"')
  return straight ? (body.match(/"/gu) ?? []).length % 2 === 0 : !/[”»]/u.test(body)
}

/** Where a quotation that opened earlier closes in this sentence, or -1. */
function closingMark(text: string): number {
  return text.search(/[”»"]/u)
}

/**
 * A quotation over several sentences ("X said:" then a paragraph that opens with a quotation
 * mark and closes it only later, or in a later paragraph): one quote, its speaker that of the
 * lead-in line, or of the quotation it continues from the paragraph before.
 */
function openQuotation(context: SentenceContext, draft: FactsDraft): boolean {
  if (!unclosed(context.text)) return false
  const body = context.text.trim().replace(/^[“"«]\s*/u, '')
  if (body.split(/\s+/).length < 3) return false
  const phrase = leadInSpeaker(context, '') ?? COLON_LEAD.exec(context.previous?.text ?? '')?.[1]
  const previous = draft.quotes.at(-1)
  const speaker = phrase ? resolveSpeaker(phrase, draft, context) : (continuedSpeaker(context, draft) ?? (previous && followsQuoteParagraph(context, draft) ? speakerOf(previous) : undefined))
  const quote: Quote = {text: body, source: context.source}
  if (speaker) giveTo(quote, speaker)
  else noSpeaker(draft, body, context.source)
  draft.quotes.push(quote)
  draft.quoteParagraphs.set(quote, context.sentence.paragraph)
  draft.quotedSentences.set(context.sentence.index, quote)
  draft.openQuotation = {quote, paragraph: context.sentence.paragraph}
  return true
}

/** "X said: “This aid is crucial …" with no closing mark: the quotation opens after the lead-in and runs on. */
const LEAD_IN_INLINE = new RegExp(`^(.+?)\\s+${VERB}(?:\\s+(?:that|que))?\\s*[:,]\\s*$`, 'u')

function openQuotationAfterLead(context: SentenceContext, draft: FactsDraft): boolean {
  const mark = /[“"«]/u.exec(context.text)
  if (!mark || mark.index === 0 || !unclosed(context.text.slice(mark.index))) return false
  const lead = LEAD_IN_INLINE.exec(context.text.slice(0, mark.index))?.[1]
  const body = context.text.slice(mark.index + 1).trim()
  if (!lead || body.split(/\s+/).length < 3) return false
  const speaker = resolveSpeaker(lead, draft, context)
  if (!speaker) return false
  const quote: Quote = {text: body, source: context.source}
  giveTo(quote, speaker)
  draft.quotes.push(quote)
  draft.quoteParagraphs.set(quote, context.sentence.paragraph)
  draft.quotedSentences.set(context.sentence.index, quote)
  draft.openQuotation = {quote, paragraph: context.sentence.paragraph}
  return true
}

/** A sentence of a quotation opened before: its words join the quote, up to the closing mark. */
function continueQuotation(context: SentenceContext, draft: FactsDraft): boolean {
  const open = draft.openQuotation
  if (!open) return false
  if (open.paragraph !== context.sentence.paragraph) {
    // The paragraph ended inside the quotation: the next one that opens with a quotation mark goes on with it.
    draft.unclosedQuotes.add(open.quote)
    draft.openQuotation = undefined
    return false
  }
  const closing = closingMark(context.text)
  const words = (closing < 0 ? context.text : context.text.slice(0, closing)).trim()
  if (words !== '') open.quote.text = `${open.quote.text} ${words}`
  draft.quotedSentences.set(context.sentence.index, open.quote)
  if (closing >= 0) draft.openQuotation = undefined
  return true
}

/** The speaker of the quotation the paragraph before left open, for a paragraph that opens with a quotation mark. */
function continuedSpeaker(context: SentenceContext, draft: FactsDraft): Speaker | undefined {
  const previous = context.previous
  if (!previous || previous.sentence.paragraph === context.sentence.paragraph || !OPENS.test(context.text)) return undefined
  const quote = draft.quotedSentences.get(previous.sentence.index)
  return quote && draft.unclosedQuotes.has(quote) ? speakerOf(quote) : undefined
}

/** Who "she", "he" or a quote following another is: the nearest speaker or person named before it. */
function pronounSpeaker(context: SentenceContext, draft: FactsDraft, before: string): Speaker | undefined {
  const paragraph = context.sentence.paragraph
  const previous = draft.quotes.at(-1)
  const quoteParagraph = previous ? (draft.quoteParagraphs.get(previous) ?? -9) : -9
  const asQuoted = previous ? speakerOf(previous) : undefined
  if (asQuoted && quoteParagraph === paragraph) return asQuoted
  const sameParagraph = context.previous?.sentence.paragraph === paragraph ? context.previous.text : ''
  const subject = personOpening(before, draft) ?? (sameParagraph ? personOpening(sameParagraph, draft) : undefined)
  if (subject) return resolveSpeaker(subject, draft, context)
  if (asQuoted && paragraph - quoteParagraph <= 1) return asQuoted
  const earlier = subjectBefore(context, draft, before) ?? nearestNamedBefore(context, draft)
  return (earlier ? resolveSpeaker(earlier, draft, context) : undefined) ?? asQuoted
}

/** "In Luther's words, … None of them saw a lawyer. By sentencing them, he said, …": the nearest sentence before that names someone, a paragraph back at most. */
function nearestNamedBefore(context: SentenceContext, draft: FactsDraft): string | undefined {
  let previous = context.previous
  for (let step = 0; previous && step < 3 && context.sentence.paragraph - previous.sentence.paragraph <= 1; step++, previous = previous.previous) {
    const named = personOpening(previous.text, draft)
    if (named) return named
  }
  return undefined
}

/** "Afirmó que quienes defienden el medio ambiente «…»": a sentence that opens with the verb, its subject the one before. */
const BARE_OPENING = new RegExp(`^(?:${SPEECH_VERB})\\s+(?:que|that)\\s[^“”"«»]*$`, 'iu')

/** "…», declaró.", "En su intervención advirtió: «…»": a speech verb with no one named. */
const BARE_AFTER = new RegExp(`^\\s*,?\\s*[—–-]?\\s*${VERB}\\s*[.,;]?\\s*$`, 'u')
const BARE_BEFORE = new RegExp(`(?:^|\\s)${VERB}\\s*:?\\s*$`, 'u')
/** The name a sentence opens with, past a short opening phrase: "Durante la presentación, Jahel Quiroga, presidenta …". */
const OPENING_NAME = new RegExp(`^(?:[^,“”"«»]{1,40},\\s+)?(${NAME})(?=\\s*,|\\s+\\p{Ll})`, 'u')

/**
 * Who a speech verb with no one named speaks for: the person the sentence before is about
 * ("Bertha Oliva, por su parte, habló de Honduras … En su intervención advirtió: «…»"), in the
 * same paragraph or the one before.
 */
function bareVerbSpeaker(context: SentenceContext, draft: FactsDraft, before: string, after: string): string | undefined {
  const bare = BARE_AFTER.test(after) || (BARE_BEFORE.test(before) && !FIRST_NAME.test(before)) || BARE_OPENING.test(before)
  return bare ? subjectBefore(context, draft, before) : undefined
}

/** The person the words before the quotation are about ("Vera rechazó que …: «…», denunció"), else the sentence before, in the same paragraph or the one before. */
function subjectBefore(context: SentenceContext, draft: FactsDraft, before: string): string | undefined {
  const own = personOpening(before, draft)
  if (own) return own
  const previous = context.previous
  if (!previous || context.sentence.paragraph - previous.sentence.paragraph > 1) return undefined
  return personOpening(previous.text, draft)
}

/** The name a text opens with, or the known person it names first. */
function personOpening(text: string, draft: FactsDraft): string | undefined {
  const opening = OPENING_NAME.exec(text)?.[1]
  if (opening && !TITLE_WORDS.has(opening.split(/\s+/)[0] ?? '') && !LEADING_WORDS.has(opening.split(/\s+/)[0] ?? '') && !draft.organisations.has(opening)) return opening
  let first: {name: string; at: number} | undefined
  for (const person of draft.people.values()) {
    for (const name of [person.name, ...person.aliases]) {
      const at = new RegExp(`(?<![\\p{L}])${name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?![\\p{L}])`, 'u').exec(text)?.index ?? -1
      if (at >= 0 && (!first || at < first.at)) first = {name: person.name, at}
    }
  }
  return first?.name
}

function continuesPreviousQuote(context: SentenceContext, draft: FactsDraft): boolean {
  const previous = draft.quotes.at(-1)
  return previous !== undefined && draft.quoteParagraphs.get(previous) === context.sentence.paragraph && OPENS.test(context.text)
}

/**
 * A paragraph that is nothing but a quotation, right after a paragraph quoting someone: the same
 * speaker goes on (releases name a new speaker; they do not repeat the one still speaking).
 */
function followsQuoteParagraph(context: SentenceContext, draft: FactsDraft): boolean {
  const previous = draft.quotes.at(-1)
  return previous?.speaker !== undefined && context.sentence.paragraph - (draft.quoteParagraphs.get(previous) ?? -9) === 1 && context.previous?.sentence.paragraph !== context.sentence.paragraph
}

/** "FLD Deputy Director Olive Moore explained the purpose of the report: “…”": a name, what they did, a colon. */
const COLON_LEAD = new RegExp(`^(.*?${NAME}(?:,\\s+[^,:“”"«»]{3,120},)?)\\s+\\p{Ll}[^“”"«»]*:\\s*$`, 'u')
const LEAD_IN = new RegExp(`^(.+?)\\s+${VERB}(?:\\s+(?:that|que))?\\s*:\\s*$`, 'u')

/** "Ana Lenz, campaign lead, spoke from the site:" closing the sentence above a quotation that opens its own. */
function colonLeadBefore(context: SentenceContext, before: string): string | undefined {
  return before.trim() === '' && context.previous ? COLON_LEAD.exec(context.previous.text)?.[1] : undefined
}

/** "Ana Lenz, campaigns lead at X, welcomed the ruling, calling it “…”": the one the sentence opens with, who does the deed. */
const SUBJECT_OPENING = new RegExp(`^(${NAME}(?:,\\s+[^,“”"«»]{3,120},)?)\\s+\\p{Ll}+(?![\\p{L}])`, 'u')
/** A second name after the subject may be whose words they are ("Ana Lenz met Karl Brandt, who told her “…”"). */
const ANOTHER_NAME = /\p{Lu}[\p{Ll}\p{M}'’-]+\s+\p{Lu}[\p{Ll}\p{M}'’-]+/u

function subjectSpeaker(before: string, draft: FactsDraft): string | undefined {
  const subject = SUBJECT_OPENING.exec(before)
  const name = subject?.[1]?.split(',')[0]?.trim()
  // "Manos Unidas pone en marcha …": a body speaks as a body; a person is someone the article already knows, or is given a role here.
  if (!subject?.[1] || !name || (subject[1] === name && !knownIn(name, draft)) || draft.organisationByAlias(name) || [...draft.organisations.keys()].some((known) => known.includes(name))) return undefined
  return ANOTHER_NAME.test(before.slice(subject[0].length)) ? undefined : subject[1]
}

/** "Ingrid Solberg said:" closing the paragraph above a quotation that opens its own. */
function leadInSpeaker(context: SentenceContext, before: string): string | undefined {
  if (before.trim() !== '' || !context.previous) return undefined
  return LEAD_IN.exec(context.previous.text)?.[1]
}

function nextSentenceSpeaker(context: SentenceContext): string | undefined {
  const next = context.next
  if (!next) return undefined
  const match = NEXT_SENTENCE.exec(next.text)
  return match?.[1] ?? match?.[2] ?? WITH_THESE_WORDS.exec(next.text)?.[1]?.replace(/,\s*$/u, '')
}

/** "«…». Con estas palabras, el presidente de Cáritas, Rafael del Río, resumió …": the sentence after names who said it. */
const WITH_THESE_WORDS = new RegExp(`^(?:[Cc]on\\s+(?:estas|esas)\\s+palabras|[Ww]ith\\s+these\\s+words|[Ii]n\\s+these\\s+words),\\s+(.+?)\\s+(?:${VERB}|resumió|resumía|summed\\s+up|summari[sz]ed)(?![\\p{L}])`, 'u')

const SPEAKER_NAME = new RegExp(`(${NAME_OR_SURNAME})$`, 'u')
/** A lead-in that opens with what was going on: "Reacting to …", "Speaking in Tromsvik", "Tras la reunión". */
const OPENING_CLAUSE = /^(?:\p{Lu}\p{Ll}+ing|In|On|At|After|Before|During|Following|Asked|Tras|Durante|Ante|Al|Después|En|Antes)\s/u
const TITLE_HEAD = /^(?:Lead|Director|Directora|Officer|Manager|Advis[oe]r|Coordinator|Coordinadora|Coordinador|Head|Chief|Researcher|Campaigner|Spokesperson|Chair|Specialist|Analyst|Associate)$/u
/** A title, then a name of two words or more, at the end: "Harbourwatch's Climate Policy Lead Ana Lenz". */
const TRAILING_NAME = new RegExp(`^(.*?)\\s*(?<![\\p{L}])(\\p{Lu}[\\p{Ll}\\p{M}'’-]+(?:\\s+\\p{Lu}[\\p{Ll}\\p{M}'’-]+){1,2})$`, 'u')
const ROLE_WITH_ARTICLE = /^\s*(?:el|la|los|las|the)\s+\p{Ll}/u
const WHOLE_NAME = new RegExp(`^\\s*${NAME_OR_SURNAME}\\s*$`, 'u')
const RELATION = /^\s*(?:his|her|their|su|sus)\s+(\p{Ll}[\p{Ll} ]{1,30}?)\s*$/u
const LEADING_NAME = new RegExp(`^(${NAME_OR_SURNAME})(?=\\s+(?:ahead|after|before|during|at|in|on|when|while|from|antes|después|durante|en|tras)\\b)`, 'u')
/** A part that holds a name of two words or more. */
const FIRST_NAME = new RegExp(NAME, 'u')
const PRONOUN = /^(?:[Ss]he|[Hh]e|[Tt]hey|[Ee]lla|[Éé]l)$/u

/**
 * "Ana Ruiz, Human Rights Watch’s Americas director" → the person, registered. A person already
 * known and named in the phrase wins ("La directora …, Lucía Ferrer"); titles never join a name.
 */
function resolveSpeaker(phrase: string, draft: FactsDraft, context: SentenceContext): Speaker | undefined {
  const cleaned = phrase.trim().replace(/[.,;]+$/u, '')
  const titled = personByTitle(cleaned, draft)
  if (titled) return titled
  const parts = cleaned.split(/,\s*/u)
  const knownPart = parts.findIndex((part) => knownIn(part, draft) !== undefined)
  // "su hermano, Pedro Herrera" / "his brother, X": the relation first, the name after it.
  // "la coordinadora de C-Libre, Marta Ríos": a role first, the name after it.
  // "Reacting to the report, which …, Harbourwatch's Climate Policy Lead Ana Lenz": a clause first, the speaker last.
  const clauseFirst = knownPart === -1 && parts.length > 1 && OPENING_CLAUSE.test(parts[0] ?? '') ? TRAILING_NAME.exec(parts.at(-1) ?? '') : null
  if (clauseFirst?.[2]) {
    // "… Policy Lead Ana Lenz": a title's last word is not the given name.
    const [first = '', ...rest] = clauseFirst[2].split(/\s+/)
    const titled = rest.length > 1 && (TITLE_WORDS.has(first) || TITLE_HEAD.test(first))
    const name = titled ? rest.join(' ') : clauseFirst[2]
    // "Responding for the organisation, Harbourwatch's Policy Lead, Ana Lenz": the title may be the part before.
    const lead = `${clauseFirst[1] ?? ''}${titled ? ` ${first}` : ''}`.trim() || (parts.length > 2 ? (parts.at(-2) ?? '').trim() : '')
    return registeredSpeaker(name, lead ? parseRole(lead, draft.organisations.keys()) : undefined, draft, context)
  }
  // "el presidente de Cáritas Española, Rafael del Río": a role opening with its article, whatever names it holds.
  const roleFirst = knownPart === -1 && parts.length > 1 && (!FIRST_NAME.test(parts[0] ?? '') || ROLE_WITH_ARTICLE.test(parts[0] ?? '')) && WHOLE_NAME.test(parts[1] ?? '')
  const relation = roleFirst ? RELATION.exec(parts[0] ?? '')?.[1] : undefined
  const roleBefore = roleFirst && !relation && isRole(parts[0] ?? '') ? parseRole(parts[0] ?? '', draft.organisations.keys()) : undefined
  const nameIndex = roleFirst ? 1 : knownPart === -1 ? 0 : knownPart
  const namePart = parts[nameIndex] ?? ''
  const known = knownIn(namePart, draft) ?? knownIn(LEADING_NAME.exec(namePart.trim())?.[1] ?? '', draft)
  // "said Marsh ahead of the visit": the name, then what the sentence adds about the moment.
  const name = known?.name ?? withoutTitleWords(SPEAKER_NAME.exec(namePart.trim())?.[1] ?? LEADING_NAME.exec(namePart.trim())?.[1])
  if (!name || PRONOUN.test(name)) return undefined
  // "Américas de Amnistía Internacional" is the tail of a title, not a person.
  if (!known && (name.split(/\s+/).length < 2 || [...draft.organisations.keys()].some((organisation) => name.includes(organisation)))) return undefined
  const roleParts = parts.slice(nameIndex + 1)
  const role = relation ? {title: relation} : (roleBefore ?? (roleParts.length > 0 ? parseRole(roleParts.join(', '), draft.organisations.keys()) : undefined))
  return registeredSpeaker(name, role, draft, context)
}

/** The speaker as the registry has them, with the role the lead-in gives, if it gives one. */
function registeredSpeaker(name: string, role: {title: string; affiliation?: string} | undefined, draft: FactsDraft, context: SentenceContext): Speaker {
  const person = draft.addPerson(name, context.source, role?.title ? role : {})
  const title = person.titles[0]
  return title ? {name: person.name, title} : {name: person.name}
}

const ARTICLE = /^(?:the|el|la|los|las|su|sus|its|their|our|nuestr[oa])\s+/iu

/** "añadió el secretario general": the one known person who holds that title. */
function personByTitle(phrase: string, draft: FactsDraft): {name: string; title: string} | undefined {
  if (!ARTICLE.test(phrase)) return undefined
  const title = fold(phrase.replace(ARTICLE, ''))
  // "la secretaria general" and "Secretaría General" are one title.
  const [holder, ...others] = [...draft.people.values()].filter((person) => person.titles.some((own) => fold(own) === title))
  return holder && others.length === 0 ? {name: holder.name, title: holder.titles[0] ?? title} : undefined
}

/** The known person a phrase ends with, by full name or surname. */
function knownIn(part: string, draft: FactsDraft): Person | undefined {
  const words = part.trim().split(/\s+/)
  for (let index = 0; index < words.length; index++) {
    // "Sita Thapa" is not "Ram Thapa": a surname alone matches only when no given name precedes it.
    if (index === words.length - 1 && index > 0 && /^\p{Lu}/u.test(words[index - 1] ?? '') && !TITLE_WORDS.has(words[index - 1] ?? '')) break
    const found = draft.findPerson(words.slice(index).join(' '))
    if (found) return found
  }
  return undefined
}

/** "Labour Minister Farid Hossain" → "Farid Hossain". */
function withoutTitleWords(name: string | undefined): string | undefined {
  if (!name) return undefined
  const words = name.split(/\s+/)
  while (words.length > 1 && (TITLE_WORDS.has(words[0] ?? '') || LEADING_WORDS.has(words[0] ?? ''))) words.shift()
  return words.join(' ')
}
