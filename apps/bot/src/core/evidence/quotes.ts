/** What someone said: their words in quotation marks, the sentence that reports them, and the line that goes on saying it. */
import type {Facts, Person, Span} from 'article-facts'
import type {Draft} from '../compose/draft.js'
import {fold} from '../text.js'
import type {EvidenceIndex, EvidenceSentence} from './index.js'
import {isLightWord, wordsOf} from './terms.js'
import {type QuestionTerm, type Candidate, holds, neighbours, wordPositions} from './search.js'
import {saySentence, cite} from './say.js'

/**
 * A quote of the one the question asks about: in the sentence, or on the line after "X said:".
 * Named by the question, or described by its words ("the minister"); someone else's words are
 * not what they said.
 */
export function quoteSpan(facts: Facts, index: EvidenceIndex, candidate: Candidate, asked: ReadonlySet<string>, terms: readonly QuestionTerm[], anySpeaker: boolean): {span: Span; at: number} | undefined {
  const at = candidate.evidence.sentence.index
  const described = (entity: string | undefined) => {
    if (anySpeaker) return true
    const speaker = facts.people.find((person) => person.id === entity)
    if (!speaker) return false
    const words = new Set(wordsOf([speaker.name, ...speaker.titles, speaker.affiliation ?? ''].join(' ')).map(index.termOf))
    return terms.some((term) => term.weight > 0 && !isLightWord(term.word) && words.has(term.term))
  }
  // A person named: their words only. An organisation or a role named: whoever speaks for it ("the president of X").
  const askedPerson = facts.people.some((person) => asked.has(person.id))
  for (const sentence of [index.sentences[at], index.sentences[at + 1]]) {
    const quote = sentence?.sentence.spans?.find((span) => span.type === 'quote' && (askedPerson ? span.entity !== undefined && asked.has(span.entity) : described(span.entity)))
    if (quote && sentence) return {span: quote, at: sentence.sentence.index}
  }
  return undefined
}

export function sayQuote(draft: Draft, facts: Facts, index: EvidenceIndex, quote: {span: Span; at: number}): Draft {
  const sentence = index.sentences[quote.at]!.sentence
  const speaker = facts.people.find((person) => person.id === quote.span.entity)
  // "Galán lamentó que la oficina «no ha tenido los medios suficientes» y …": a few quoted words inside what the sentence reports are said with it.
  if (quote.span.text.length * 2 < sentence.text.length && quote.span.start > 0) return saySentence(draft, sentence, speaker, goesOnSaying(index, sentence, speaker))
  // "“We want dialogue,” said Khan. “But the concerns still need an answer.”": what they went on to say in the same breath.
  const next = index.sentences[quote.at + 1]?.sentence
  const more = speaker && next && next.paragraph === sentence.paragraph ? next.spans?.find((span) => span.type === 'quote' && span.entity === speaker.id && span.start <= 1) : undefined
  const words = more ? `${quote.span.text.replace(/,\s*$/u, '.')} ${more.text}` : quote.span.text
  draft.say(speaker ? 'evidence-quote' : 'evidence-quote-unnamed', {speaker: speaker?.name ?? '', quote: words})
  if (more && next) cite(draft, next, speaker)
  return cite(draft, sentence, speaker)
}

/** "His organisation, he said, has "zero tolerance" …": a sentence that goes on with what the one just quoted said. */
const GOES_ON_SAYING = /\b(?:he|she|they)\s+(?:said|says|added|went on|continued|stressed|noted|warned|explained|insisted)\b|\b(?:añadió|agregó|prosiguió|subrayó|insistió|advirtió|explicó)\b/iu

/** Whether the next sentence of the paragraph goes on with the speaker's words, naming no one else. */
export function goesOnSaying(index: EvidenceIndex, sentence: EvidenceSentence['sentence'], speaker: Person | undefined): boolean {
  const next = index.sentences[sentence.index + 1]?.sentence
  return speaker !== undefined && next !== undefined && next.paragraph === sentence.paragraph && GOES_ON_SAYING.test(next.text) && !(next.spans ?? []).some((span) => span.type === 'person' && span.entity !== speaker.id)
}

/** What a question says something is about when it asks of the release's own subject ("the findings", "la visita"). */
const OWN_SUBJECT = /^(?:findings?|results?|report|research|study|survey|situation|case|issue|matter|news|visit|mission|verdict|ruling|judgment|judgement|decision|conclusiones|hallazgos|resultados|informe|estudio|situacion|caso|tema|asunto|visita|mision|fallo|sentencia|veredicto|resolucion)$/

/**
 * "What did Carson say about the findings?": the one person the question names, quoted in other
 * words than the question's. Their quote that holds most of what it asks about (besides the
 * release's own subject), when one holds a share of it; someone quoted on other things only was
 * not asked about.
 */
export function quoteOfNamed(facts: Facts, index: EvidenceIndex, terms: readonly QuestionTerm[], asked: ReadonlySet<string>): {span: Span; at: number} | undefined {
  const named = facts.people.filter((person) => asked.has(person.id))
  if (named.length !== 1) return undefined
  const topic = terms.filter((term) => term.entity !== named[0]!.id && term.weight > 0 && !isLightWord(term.word) && !OWN_SUBJECT.test(term.word))
  const total = topic.reduce((sum, term) => sum + term.weight, 0)
  let best: {span: Span; at: number; share: number} | undefined
  for (const evidence of index.sentences) {
    const span = evidence.sentence.spans?.find((one) => one.type === 'quote' && one.entity === named[0]!.id)
    if (!span) continue
    const around = neighbours(index, evidence.sentence.index)
    const held = topic.reduce((sum, term) => sum + term.weight * (holds(evidence, term) ? 1 : around.some((other) => holds(other, term)) ? 0.6 : 0), 0)
    const share = total === 0 ? 1 : held / total
    if (!best || share > best.share) best = {span, at: evidence.sentence.index, share}
  }
  return best && best.share >= MIN_QUOTED_TOPIC ? best : undefined
}

/** Share of what a question asks someone spoke about that their quote must hold (tuned on the dev half). */
const MIN_QUOTED_TOPIC = 0.25

/** Words that report what someone said or holds: "warned that", "rejected", "según", "para X,". */
export const REPORTING =
  /\b(?:said|says|told|warned|warns|stressed|explained|argued|argues|insisted|noted|added|rejected|denied|criticised|criticized|condemned|denounced|urged|called|according to|believes?|considers?|promised|promising|promises|assured|assures|assuring|pledged|pledging|vowed|vowing|prometio|prometiendo|promete|dijo|dice|afirmo|afirma|senalo|senala|explico|advirtio|sostuvo|sostiene|subrayo|destaco|insistio|rechazo|nego|critico|denuncio|lamento|considera|considero|segun|califico|calificaron|described|branded|held that|found that|ruled|concluded|stated|acknowledged|reiterated|emphasi[sz]ed|highlighted|pointed out|maintained|claimed|asserted|wrote|reconocio|reconocieron|resolvio|concluyo|dictamino|indico|indicaron|manifesto|manifestaron|expreso|expresaron|aseguro|aseguraron|recordo|enfatizo|reitero|reiteraron|apunto|agrego|anadio|dijeron|afirmaron|senalaron|explicaron|advirtieron|denunciaron|subrayaron|destacaron|condeno|condenaron|recuerda|recuerdan|(?:ha|han|habia|habian) (?:dicho|senalado|afirmado|denunciado|advertido|explicado|subrayado|destacado|criticado|lamentado|calificado|asegurado|insistido|recordado|indicado|manifestado|expresado|reconocido|condenado|rechazado|reiterado|sostenido|apuntado)|repeated|repeats|observed|observes|stresses|explains|insists|adds|rejects|denies|criticises|criticizes|condemns|denounces|urges|describes|acknowledges|reiterates|emphasi[sz]es|highlights|points out|maintains|asserts|advierte|advierten|subraya|subrayan|destaca|destacan|insiste|insisten|lamenta|lamentan|explica|explican|asegura|aseguran|indica|indican|manifiesta|manifiestan|expresa|expresan|reitera|reiteran|agrega|agregan|anade|anaden|afirman|senalan|sostienen|recalcan|rechaza|rechazan|niega|niegan|reconoce|reconocen|describe|describen|califica|califican|denuncian|describio|describieron|menciono|mencionaron|mentioned|declaro|declararon|puso de relieve|pusieron de relieve|hizo hincapie|recalco|recalca|alerto|opino|opina|(?:went|goes|go) on to say|to say)\b|^\s*(?:para|for)\s+[^,]{2,60},/

/** Whether the sentence's reporting verb has a word of the question before it, as whose words they are ("las Naciones Unidas calificó"). */
export function reportedBy(index: EvidenceIndex, candidate: Candidate, terms: readonly QuestionTerm[]): boolean {
  const text = candidate.evidence.sentence.text
  const verb = REPORTING.exec(fold(text))
  const wanted = terms.filter((term) => !isLightWord(term.word))
  // Who spoke and what about: "¿qué dijo el gobierno?" alone is held by too many sentences.
  if (!verb || wanted.filter((term) => candidate.matched.has(term.term)).length < 2) return false
  const speakers = new Set(wanted.flatMap((term) => [term.term, ...(term.orTerms ?? [])]))
  // The subject right before the verb, not a word inside a quotation that ends there; "Para X, …", "For X, …": X.
  const subject = /^\s*(?:para|for)\s/u.test(verb[0]) ? verb[0] : text.slice(Math.max(0, verb.index - 160), verb.index)
  return !/[”"»]/u.test(subject) && wordPositions(index, subject, (term) => speakers.has(term)).length > 0
}

/** Whether a sentence reports the words of the one the question names (a person or an organisation it names, or who speaks for it). */
export function reportsSpeech(candidate: Candidate, asked: ReadonlySet<string>, index?: EvidenceIndex): boolean {
  const {sentence} = candidate.evidence
  const namesAsked = (other: EvidenceSentence['sentence']) => (other.spans ?? []).some((span) => span.entity !== undefined && asked.has(span.entity) && span.type !== 'quote')
  if (asked.size === 0) return false
  if (namesAsked(sentence)) return REPORTING.test(fold(sentence.text))
  // "In Amnesty's view, reform is critical. The first step, it says, is …": a pronoun that speaks for the one the sentence before names.
  const previous = index?.sentences[sentence.index - 1]
  const implied = candidate.evidence.impliedPerson !== undefined && asked.has(candidate.evidence.impliedPerson)
  return PRONOUN_REPORTS.test(fold(sentence.text)) && (implied || (previous !== undefined && previous.sentence.paragraph === sentence.paragraph && namesAsked(previous.sentence)))
}

/** Whether the sentence reports, by the question's own pronoun, someone's words: "what did he say" — "Safety, he said, was …". */
export function samePronounReports(question: string, text: string): boolean {
  const pronoun = /\b(?:(she|her)|(he|him|his)|(they|them|their))\b/.exec(fold(question))
  const reports = PRONOUN_REPORTS.exec(fold(text))
  if (!pronoun || !reports) return false
  const said = reports[0].split(/\s+/u)[0]
  return said === (pronoun[1] ? 'she' : pronoun[2] ? 'he' : 'they')
}

/** A pronoun reporting speech: "it says", "she added", "they argue". */
const PRONOUN_REPORTS = /\b(?:it|she|he|they)\s+(?:says|said|adds|added|argues|argued|warns|warned|notes|noted|insists|insisted|stresses|stressed|believes|believed|explains|explained|maintains|maintained|urges|urged)\b/
