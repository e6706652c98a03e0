/**
 * Strictness: the checks that turn a question into "the article does not say" even when some
 * of its words match a topic: counts of what the facts do not count, sayings of people the
 * article does not quote, present-day states, links it does not give, answers that would not
 * be about the people and places asked about.
 */
import type {Facts, Person} from 'article-facts'
import {findPerson, indexFacts} from './facts-index.js'
import {family} from './families.js'
import {familyKey} from './same-word.js'
import {COUNT_ANCHORS, COUNTABLE, DATE_WORDS, ROLE_NOUNS, INTENT_CUES, NEUTRAL_WORDS, NOW_WORDS, SOCIAL, SPAN_WORDS, TODAY_WORDS, type CueIntent} from './lexicon.js'
import {tokenize} from './text.js'
import {literalText} from './words.js'
import type {Answer, Intent} from './types.js'
import type {Understanding} from './understand.js'

const COUNT_WORDS = new Set(['how', 'many', 'much', 'number', 'of', 'cuantos', 'cuantas', 'cuanto', 'cuanta', 'numero', 'de', 'total', 'count', 'cantidad'])
const NEUTRAL = new Set(NEUTRAL_WORDS)
/** Kinds of things a question may count that no topic counts: "from how many countries", "how many days". */
const OTHER_KINDS = new Set(
  (
    'country countries organisation organisations organization organizations group groups day days week weeks month months year years ' +
    'time times place places city cities pais paises organizacion organizaciones grupo grupos dia dias semana semanas mes meses ano anos ' +
    'vez veces lugar lugares ciudad ciudades'
  ).split(' ')
)

/** Asking how to help someone: "help", "support", "ayudar", "apoyar". */
const HELP_WORDS = new Set(['help', 'support', 'ayudar', 'ayudo', 'ayuda', 'apoyar', 'apoyo'])

/** What the answer says of the article and its facts, to check it against the question. */
function answerText(answer: Answer): string {
  return answer.paragraphs.map((parts) => parts.map((part) => literalText(part.words)).join(' ')).join(' ')
}

/** "how many signatures" can be answered; "how many deaths" is a number the facts do not give. */
export function countable(understood: Understanding, intent: Intent): boolean {
  const nouns = COUNTABLE[intent as CueIntent]
  if (!nouns) return false
  const {tokens} = understood
  const at = tokens.findIndex((token, i) => COUNT_WORDS.has(token) && token !== 'of' && token !== 'de' && !(token === 'how' && !['many', 'much'].includes(tokens[i + 1] ?? '')))
  // A count is about the topic only when the question names it: "how many members does the
  // organisation have" is not the delegation, "how many regions are there" not the research.
  const anchors = COUNT_ANCHORS[intent as CueIntent]
  if (anchors && !tokens.some((token) => anchors.has(token))) return false
  const after = tokens.slice(at + 1).filter((token) => !COUNT_WORDS.has(token))
  const counted = after[0]
  // "How many countries did the signatures come from?" counts countries, not signatures.
  if (counted !== undefined && OTHER_KINDS.has(counted)) return false
  // "how many signatures", "number of petition signatures", "how many are in it".
  if (after.some((token) => nouns.has(token))) return true
  return counted === undefined || NEUTRAL.has(counted)
}

/** Verbs of saying: a question about what someone said is about that someone. */
const QUOTE_VERBS = INTENT_CUES.quote
  .map(([phrase]) => phrase)
  .filter((phrase) => !phrase.includes(' ') && !/^(quote|quotes|quoted|cita|citas|words|palabras|message|mensaje|statement|statements|declaracion|declaraciones)$/.test(phrase))

/** A web address ("change.org") the facts do not contain. */
export function strangeLink(question: string, facts: Facts): boolean {
  const links = question.match(/\b[\w-]+(?:\.[\w-]+)*\.(?:org|com|net|info|io|es|pe|uk)\b/gi) ?? []
  const known = [facts.article.url, ...facts.actions.map((item) => item.url), ...facts.related.map((item) => item.url), ...facts.reports.map((report) => report.url), ...facts.petitions.map((petition) => petition.url)]
  // "Who started the change.org campaign?" of an article that names Change.org: a platform it writes of, not a link it lacks.
  const written = (link: string) => facts.sentences.some((sentence) => sentence.text.toLowerCase().includes(link.toLowerCase()))
  return links.some((link) => !known.some((url) => url?.toLowerCase().includes(link.toLowerCase())) && !written(link))
}

/**
 * An answer must be about the people and places the question names: "the minister's position on
 * the report" is not answered by the report's title, nor "regions in <country>" by the places
 * researched. Questions about a person or the people are about them by construction.
 */
export function coversWhatWasNamed(answer: Answer, understood: Understanding, facts: Facts): boolean {
  const said = new Set(tokenize(answerText(answer)))
  const index = indexFacts(facts)
  // "Who's the CARE guy quoted?": what the article says of the one quoted ("Johan Mooij, who heads CARE's work …") is theirs too.
  if (answer.intent === 'quote' && understood.people.length === 0) {
    for (const person of facts.people.filter((one) => [one.name, ...one.aliases].some((name) => tokenize(name).every((token) => said.has(token))))) {
      for (const token of toldOf(person)) said.add(token)
    }
  }
  // "Did she visit <place>?": a person's roles do not tell where they went.
  const placesCovered = understood.places.filter((name) => !index.setting.has(name)).every((place) => tokenize(place).every((token) => said.has(token)))
  if (answer.intent === 'person' || answer.intent === 'people') return placesCovered
  // "Who else besides the secretary general": the person named is left out on purpose.
  for (const person of understood.others ? [] : understood.named) {
    const tokens = index.people.find((entry) => entry.person === person)?.nameTokens ?? new Set<string>()
    if (![...tokens].some((token) => said.has(token))) return false
  }
  // "Is she going to the press conference?": the person a pronoun points to must be in the answer too.
  if (understood.pronoun && !understood.others) {
    for (const person of understood.people.filter((one) => !understood.named.includes(one))) {
      const tokens = index.people.find((entry) => entry.person === person)?.nameTokens ?? new Set<string>()
      if (![...tokens].some((token) => said.has(token))) return false
    }
  }
  // Words the question asks about that are neither topic words nor names ("the head of the
  // Peruvian police") must show up in the answer, in some form, when both are in one language.
  // "How can I help the Temuan?": whom the article's call to act is for, when the article names them, need not be in the call.
  const forWhomToAct = answer.intent === 'act' && understood.tokens.some((token) => HELP_WORDS.has(token)) && understood.content.every((token) => index.articleWords.has(token))
  if (answer.lang === facts.article.language && !forWhomToAct) {
    const stems = new Set([...said].map(familyKey))
    // The setting's words are implied like the setting: "¿cuándo viaja la delegación a Ruritania?"
    // So is the organisation whose release it is: "what's the name of the Oxfam report?" of Oxfam's release.
    const setting = new Set([...index.setting, facts.article.publisher ?? ''].flatMap((place) => tokenize(place)))
    if (understood.content.some((token) => !setting.has(token) && !family(token).some((member) => stems.has(familyKey(member))))) return false
  }
  // The article's own setting (the delegation's destination, an office's country) is implied.
  return placesCovered
}

/** Someone the article does not name ("the police", "the activists") said or is asked about. */
export function aboutSomeoneUnnamed(understood: Understanding, intent: Intent, facts?: Facts): boolean {
  const saying = understood.scores.has('quote') && QUOTE_VERBS.some((verb) => understood.tokens.includes(verb))
  if (!((intent === 'people' || intent === 'quote' || saying) && understood.people.length === 0 && understood.contentWords > 0)) return false
  // "Who's the CARE guy quoted?": someone quoted whom the article tells of in those words ("Johan Mooij, who heads CARE's work …").
  return !(intent === 'quote' && understood.aspects.has('who') && facts && describedSpeaker(understood, facts))
}

/** Whether the article tells of someone it quotes in every content word of the question. */
function describedSpeaker(understood: Understanding, facts: Facts): boolean {
  return facts.quotes.some((quote) => {
    const speaker = findPerson(facts, quote.speaker ?? '')
    const told = new Set(speaker ? toldOf(speaker) : [])
    return told.size > 0 && understood.content.every((token) => told.has(token))
  })
}

/** The words of the sentences that tell of someone. */
function toldOf(person: Person): string[] {
  return person.sources.flatMap((source) => tokenize(source.sentence))
}

/**
 * "Is she still president?": the article tells who held what as of its date, not today; and
 * "how many signed today" asks about a day after it, whatever the topic.
 */
export function asksAboutToday(understood: Understanding, intent: Intent): boolean {
  if (intent === 'person' && understood.tokens.some((token) => NOW_WORDS.has(token))) return true
  // A count of signatures is answered as of the article's date, which the answer says.
  return !SOCIAL.has(intent as CueIntent) && intent !== 'petition' && understood.tokens.some((token) => TODAY_WORDS.has(token))
}

/** Verbs of telling someone something ("what did the president tell her"). */
const TELLING = new Set(['told', 'tell', 'answer', 'answered', 'contesto', 'contestaron', 'dijo', 'respond', 'reply'])

/**
 * "What did the president tell her?": a saying of someone the question names, when the article
 * quotes none of the people asked about.
 */
export function sayingOfUnquoted(understood: Understanding, facts: Facts): boolean {
  const {tokens, people} = understood
  if (people.length === 0) return false
  const saying =
    QUOTE_VERBS.some((verb) => tokens.includes(verb)) ||
    tokens.some((token, i) => TELLING.has(token) && !['me', 'us', 'nos'].includes(tokens[i + 1] ?? '') && i > 0)
  if (!saying) return false
  return !people.some((person) => facts.quotes.some((quote) => findPerson(facts, quote.speaker ?? '') === person))
}

/**
 * The answer must hold the kind of thing asked: a "when" question a date or a span of time, a
 * "where" about a person a place (the facts hold people's roles, not where they come from).
 */
export function answersTheAspect(answer: Answer, understood: Understanding): boolean {
  const {aspects} = understood
  const text = answerText(answer)
  if (aspects.has('when') && !aspects.has('who') && !aspects.has('where') && !['timeline', 'act', 'sources'].includes(answer.intent)) {
    const tokens = tokenize(text)
    // A year, a month or a day's name; a bare figure is no date ("risen to over 4,000").
    if (!tokens.some((token) => DATE_WORDS.has(token) || SPAN_WORDS.has(token) || /^(?:1[89]|20)\d\d$/.test(token))) return false
  }
  if (aspects.has('where') && !aspects.has('who') && (answer.intent === 'person' || answer.intent === 'people')) return false
  // "¿Quién va a presentar el informe?": a report's title does not say who, its publisher does.
  if (aspects.has('who') && answer.intent === 'report' && !answer.facts.some((fact) => saysPublisher(fact, text))) return false
  // "Which prison is she in?", "where's the press conference?": an event the article places nowhere does not say where.
  if (aspects.has('where') && !aspects.has('who') && !aspects.has('when') && (answer.intent === 'event' || answer.intent === 'press-conference') && !answer.facts.some(placed)) return false
  return true
}

/** Whether the answer names the publisher the report fact gives. */
function saysPublisher(fact: unknown, text: string): boolean {
  return typeof fact === 'object' && fact !== null && 'publisher' in fact && typeof fact.publisher === 'string' && fact.publisher !== '' && text.includes(fact.publisher)
}

/**
 * "Who is the minister of justice?": an office the article names without saying who holds it.
 * An event that mentions the office does not answer who holds it.
 */
export function unheldOffice(understood: Understanding, intent: Intent): boolean {
  return intent === 'event' && understood.aspects.has('who') && understood.people.length === 0 && understood.tokens.some((token) => ROLE_NOUNS.has(token))
}

/**
 * "What did the delegates say?": a saying asked of the delegation, not of a person. The quote
 * answers it when the article quotes one of the delegation; the delegation's answer is not a saying.
 */
export function sayingOfTopic(understood: Understanding, intent: Intent, facts: Facts): Intent | undefined {
  // What a report or a petition "says" is its content: only a group of people says things.
  if (intent !== 'delegation' || understood.people.length > 0) return undefined
  if (!QUOTE_VERBS.some((verb) => understood.tokens.includes(verb))) return undefined
  const members = facts.delegations.flatMap((delegation) => [delegation.leader, ...delegation.members.map((member) => member.name)])
  const quoted = facts.quotes.some((quote) => members.some((name) => name && findPerson(facts, name) === findPerson(facts, quote.speaker ?? '')))
  return quoted ? 'quote' : 'out-of-scope'
}

function placed(fact: unknown): boolean {
  return typeof fact === 'object' && fact !== null && 'place' in fact && typeof fact.place === 'string' && fact.place !== ''
}
