/**
 * Reads a question: which intents its words point to, which aspect it asks about, whom it
 * names (by name, alias, title or pronoun), and what in it the facts cannot answer.
 */
import {countryNames, detectLanguage, type Facts, type Person} from 'article-facts'
import type {ConversationContext, Lang} from './types.js'
import type {Aspect, CueIntent} from './lexicon.js'
import {
  ABOUT_ME_OPENINGS,
  ASKER_PLACES,
  ASPECT_CUES,
  ASPECT_WORDS,
  CHAT_SHORTHAND,
  FIRST_PERSON,
  FOLLOW_UP_MARKERS,
  FUTURE_MARKERS,
  INTENT_CUES,
  ITINERARY_WORDS,
  NEUTRAL_WORDS,
  PAST_MARKERS,
  OTHERS_MARKERS,
  PERSON_PRONOUNS,
  ROLE_NOUNS,
  TITLE_SYNONYMS,
  TOPIC_REFERENCES
} from './lexicon.js'
import {findPerson, indexFacts, type FactsIndex} from './facts-index.js'
import {family} from './families.js'
import {sameFamily, sameRoot, sameWord, strictTypo, tokenMatches} from './same-word.js'
import {isEnglishWord} from './evidence/irregular-forms.js'
import {stemTermOf} from './evidence/terms.js'
import {tokenize} from './text.js'

/** What was counted: "registró", "se registraron", "registered" (but "¿dónde me registro?" signs up). */
const RECORDED = /^(?:registro|registraron|registrado|registrados|registrada|registradas|registered|recorded)$/
/** "write to", "escribirle", "escribo a": writing to someone, which is how an urgent action asks people to act. */
const WRITING = /^(?:write|writing|escribir|escribirle|escribirles|escribo|escribe|escribimos)$/
/** "¿Dónde queda?", "¿en qué provincia queda?": where something lies, not how long someone stays. */
const LIES = /^(?:queda|quedan|quedaba|quedaban)$/
/** "Se quedaron sin empleo": were left without, not stayed. */
const LEFT = /^qued(?:o|aron|an|a|aba|aban|ara|aran|ado|ados|ada|adas)$/
const WHERE_OR_WHICH = /^(?:donde|adonde|que|cual)$/
const WRITE_TO_WHOM = /^(?:write|writing) to\b|^escribirle|^escribirles|^(?:escribir|escribo|escribe|escribimos) (?:a|al|le|les)\b/

export interface Understanding {
  tokens: string[]
  /** Summed cue weights per intent (best cue plus a little for each further one), places included. */
  scores: Map<CueIntent, number>
  /** The same from words alone, without the places named. */
  wordScores: Map<CueIntent, number>
  aspects: Set<Aspect>
  /** People the question is about, best match first (named, or the one a pronoun points to). */
  people: Person[]
  /** People the question itself names (by name or title), not through a pronoun. */
  named: Person[]
  /** A pronoun ("she", "ella") that points to the person last talked about. */
  pronoun: boolean
  /** "it", "that", "eso": points to the topic last talked about. */
  topicReference: boolean
  /** "and", "else", "also": reads as a follow-up. */
  followUp: boolean
  /** Asks for the others besides those already named ("Who else?"). */
  others: boolean
  /** Concepts the facts never hold ("age", "weather"). */
  unanswerable: string[]
  /** Each of those the article tells in a word the glossary holds the same ("tribunal" of an article that writes "court"): looked for as such, then asked as any question. */
  toldInOtherWords: boolean
  /** Words neither the facts nor the lexicons know, even allowing for typos. */
  unknown: string[]
  /** Numbers the question states that the facts do not. */
  strangeNumbers: string[]
  /** Past ("did … meet") or ahead ("will … meet"), when the question says. */
  tense?: 'past' | 'future'
  /** Ids of the events the question points to by date or by the article's words. */
  events: string[]
  /** The question names a month or weekday of the facts. */
  dateAsked: boolean
  /** Places of the facts the question names, as the facts write them. */
  places: string[]
  /** Words that are neither cues, names, places nor everyday words ("death", "count" is everyday). */
  contentWords: number
  /** Those words ("police", "peruvian" in "the head of the Peruvian police"). */
  content: string[]
}

/**
 * Where each word occurs in the question: exactly, or, for a token the facts and lexicons do
 * not know as itself, as a typo or another form of it ("reprot", "protesting"). Memoised per
 * word, since hundreds of cues share few words.
 */
const NOWHERE: readonly number[] = []

class TokenMatcher {
  private readonly exactAt = new Map<string, number[]>()
  private readonly loose: number[] = []
  private readonly memo = new Map<string, number[]>()

  constructor(
    readonly tokens: readonly string[],
    known: (token: string) => boolean
  ) {
    tokens.forEach((token, i) => {
      this.exactAt.set(token, [...(this.exactAt.get(token) ?? []), i])
      if (!known(token)) this.loose.push(i)
    })
  }

  at(word: string): readonly number[] {
    if (this.loose.length === 0) return this.exactAt.get(word) ?? NOWHERE
    let positions = this.memo.get(word)
    if (!positions) {
      const fuzzy = this.loose.filter((i) => {
        const token = this.tokens[i]!
        return token !== word && sameWord(token, word)
      })
      positions = [...(this.exactAt.get(word) ?? []), ...fuzzy].sort((a, b) => a - b)
      this.memo.set(word, positions)
    }
    return positions
  }

  /** Start positions of the phrase's words in a row. */
  phrase(words: readonly string[]): readonly number[] {
    const first = this.at(words[0]!)
    if (first.length === 0 || words.length === 1) return first
    return first.filter((start) => words.every((word, k) => k === 0 || this.at(word).includes(start + k)))
  }
}

/** "Found dead", "found guilty", "encontrado muerto": someone found in a state, not what research found. */
const FOUND_IN_A_STATE = new Set(['dead', 'alive', 'guilty', 'hanged', 'shot', 'murdered', 'killed', 'unconscious', 'muerto', 'muerta', 'muertos', 'muertas', 'culpable', 'culpables', 'sin', 'asesinado', 'asesinada', 'asesinados'])

/** The lexicons split into words once. */
const INTENT_PHRASES = (Object.entries(INTENT_CUES) as Array<[CueIntent, typeof INTENT_CUES[CueIntent]]>).map(
  ([intent, cues]) => [intent, cues.map(([phrase, weight]) => ({words: phrase.split(' '), weight}))] as const
)
const ASPECT_PHRASES = (Object.entries(ASPECT_CUES) as Array<[Aspect, readonly string[]]>).map(
  ([aspect, phrases]) => [aspect, phrases.map((phrase) => phrase.split(' '))] as const
)

/** What each article's vocabulary was found to know: the scan below is the costly part of reading a question. */
const knownTokens = new WeakMap<FactsIndex, Map<string, boolean>>()

function isKnown(index: FactsIndex, token: string): boolean {
  if (index.vocabulary.has(token)) return true
  if (token.length < 3 || /^\d+$/.test(token)) return true
  let known = knownTokens.get(index)
  if (!known) knownTokens.set(index, (known = new Map()))
  let answer = known.get(token)
  if (answer === undefined) {
    answer = scanVocabulary(index, token)
    if (known.size < 20_000) known.set(token, answer)
  }
  return answer
}

function scanVocabulary(index: FactsIndex, token: string): boolean {
  for (const word of index.vocabulary) {
    if (tokenMatches(token, word) || sameRoot(token, word)) return true
  }
  return false
}

export function understand(facts: Facts, question: string, context: ConversationContext = {}): Understanding {
  const index = indexFacts(facts)
  const tokens = possessivesAsNames(index, questionTokens(question))
  const nameAt = fullNamePositions(index, tokens)
  // A word the lexicons or facts know as itself is not read as a typo or form of another.
  const matcher = new TokenMatcher(tokens, (token) => index.vocabulary.has(token))
  const used = new Set<number>()

  const scores = new Map<CueIntent, number>()
  for (const [intent, cues] of INTENT_PHRASES) {
    const matched: Array<{weight: number; covers: number[]}> = []
    for (const {words, weight} of cues) {
      // "Carla Fuentes" is a person, not a request for sources ("fuentes").
      const positions = matcher.phrase(words).filter((position) => !words.some((_, k) => nameAt.has(position + k)) && !(intent === 'findings' && FOUND_IN_A_STATE.has(tokens[position + words.length] ?? '')))
      if (positions.length === 0) continue
      const covers = positions.flatMap((position) => words.map((_, k) => position + k))
      matched.push({weight, covers})
      for (const i of covers) used.add(i)
    }
    if (matched.length === 0) continue
    // The best cue counts in full; further cues add a little, but only for words not yet counted
    // ("report" is not counted again as "reporte").
    matched.sort((a, b) => b.weight - a.weight)
    const counted = new Set<number>()
    let score = 0
    for (const [rank, cue] of matched.entries()) {
      if (rank > 0 && cue.covers.every((i) => counted.has(i))) continue
      score += rank === 0 ? cue.weight : cue.weight * 0.25
      for (const i of cue.covers) counted.add(i)
    }
    scores.set(intent, score)
  }

  const aspects = new Set<Aspect>()
  for (const [aspect, phrases] of ASPECT_PHRASES) {
    if (phrases.some((words) => matcher.phrase(words).length > 0)) aspects.add(aspect)
  }
  // "how many" is a count, not a "how"; "what time" is a "when".
  if (aspects.has('count')) aspects.delete('how')
  if (aspects.has('when') || aspects.has('where') || aspects.has('who') || aspects.has('why') || aspects.has('count')) aspects.delete('what')

  // "What's the plan for next week?": plans are the delegation's itinerary.
  if (index.hasItinerary && tokens.some((token) => ITINERARY_WORDS.has(token) && token !== 'do' && token !== 'hacer')) {
    scores.set('delegation', (scores.get('delegation') ?? 0) + 0.3)
  }
  const wordScores = new Map(scores)
  // Places: a place the facts name points to the topics that mention it.
  const places: string[] = []
  const named = new Set<string>()
  const translated = tokens.map((token) => TITLE_SYNONYMS[token] ?? token)
  const strict = {plain: new TokenMatcher(tokens, () => true), translated: new TokenMatcher(translated, () => true)}
  const loose = {plain: new TokenMatcher(tokens, () => false), translated: new TokenMatcher(translated, () => false)}
  for (const place of index.places) {
    // Short names must be exact; longer ones allow typos. An organisation may go by its first
    // word ("Amnesty" for "Amnesty International"), in either language.
    const matchers = place.tokens.length === 1 && place.tokens[0]!.length < 5 ? strict : loose
    let positions = matchers.plain.phrase(place.tokens)
    if (positions.length === 0 && place.kind === 'organisation') {
      const first = place.tokens[0]!
      const full = matchers.translated.phrase(place.tokens)
      positions = full.length > 0 ? full : first.length >= 5 && !NEUTRAL.has(first) ? loose.translated.at(first) : []
      if (positions.length > 0 && full.length === 0) {
        for (const position of positions) named.add(tokens[position]!)
        for (const intent of place.intents) scores.set(intent, (scores.get(intent) ?? 0) + 0.4)
        continue
      }
    }
    if (positions.length === 0) continue
    if (place.kind === 'place') places.push(place.name)
    for (const position of positions) for (let k = 0; k < place.tokens.length; k++) named.add(tokens[position + k]!)
    for (const intent of place.intents) scores.set(intent, (scores.get(intent) ?? 0) + (place.kind === 'title' ? 0.9 : place.kind === 'organisation' ? 0.4 : 0.6))
  }

  // "What happens on Thursday?", "¿qué pasó en febrero?": the events of that date.
  const events = new Set<string>()
  let dateAsked = false
  for (const {words, intent, id} of index.dated) {
    if (tokens.some((token) => words.has(token))) {
      dateAsked = true
      scores.set(intent, (scores.get(intent) ?? 0) + 0.7)
      for (const token of tokens) if (words.has(token)) named.add(token)
      if (id) events.add(id)
    }
  }
  // "When does the trial resume?": an event the question describes in the article's words.
  for (const {id, words, intent} of index.eventWords) {
    const shared = tokens.filter((token) => family(token).some((member) => words.has(member)) || (token.length >= 6 && [...words].some((word) => word.length >= 5 && sameFamily(token, word))))
    if (shared.length === 0) continue
    // A weak hint: these words stay content words, so they cannot carry an unrelated question.
    events.add(id)
    wordScores.set(intent, Math.max(wordScores.get(intent) ?? 0, 0.45 + 0.1 * shared.length))
    scores.set(intent, Math.max(scores.get(intent) ?? 0, 0.45 + 0.1 * shared.length))
  }

  // "canada?": a word of a related item's or an action's label points to it, weakly.
  for (const {words, intent} of index.linkWords) {
    const shared = tokens.filter((token) => words.has(token) && !named.has(token))
    if (shared.length === 0) continue
    wordScores.set(intent, Math.max(wordScores.get(intent) ?? 0, 0.45 + 0.1 * shared.length))
    scores.set(intent, Math.max(scores.get(intent) ?? 0, 0.45 + 0.1 * shared.length))
  }

  // "¿cómo se llama el camarógrafo de C5N?": a name the question capitalises after "de" or "of" says whose role is asked,
  // as a body the facts know does.
  const capitalised = new Set((question.slice(1).match(CAPITALISED_WORD) ?? []).flatMap((word) => tokenize(word)))
  const owners = new Set([...named, ...tokens.filter((token, i) => i > 0 && capitalised.has(token) && OWNER_WORDS.has(tokens[i - 1]!) && !countriesByFirstWord().has(token))])
  const namedPeople = matchPeople(index, tokens, owners)
  const people = [...namedPeople]
  const pronoun = tokens.some((token) => PERSON_PRONOUNS.has(token)) || /(^|[^\p{L}])él([^\p{L}]|$)/iu.test(question)
  if (pronoun && context.lastPerson) {
    const last = findPerson(facts, context.lastPerson)
    if (last && !people.includes(last)) people.unshift(last)
  }

  // "organizing" in an article that writes "organising": one word in American and British spelling.
  const strangers = tokens.filter((token) => !index.vocabulary.has(token) && !index.vocabulary.has(token.replace(/iz/g, 'is')) && !index.vocabulary.has(token.replace(/is/g, 'iz')))
  const language = detectLanguage(question)
  // "¿Cuántas agresiones registró?" counts what was recorded; it does not ask how to sign up.
  // "Who should I write to?" asks how to act, not who wrote the article.
  const conceptTokens = tokens.filter(
    (token, i) =>
      !(RECORDED.test(token) && tokens[i - 1] !== 'me') &&
      !(WRITING.test(token) && WRITE_TO_WHOM.test(tokens.slice(i, i + 2).join(' '))) &&
      !(LIES.test(token) && tokens.slice(0, i).some((before) => WHERE_OR_WHICH.test(before)) && tokens[i - 1] !== 'se') &&
      !(LEFT.test(token) && tokens[i + 1] === 'sin')
  )
  const conceptText = ` ${conceptTokens.join(' ')} `
  // A name is no concept: "Costa Rica" is not "cuesta", whether typed with capitals or on a phone in lower case.
  const names = namedWords(question)
  const conceptStrangers = strangers.filter((token) => conceptTokens.includes(token) && !names.has(token))
  const unanswerable = index.foreignConcepts.filter(
    (concept) =>
      conceptText.includes(` ${concept} `) ||
      // A misspelt concept ("wheather") is still that concept; only long single words, to stay safe.
      // One letter off and the same start ("wheather"), and no word of the dictionary ("founded" is not "funded"): two letters off, "pusieron" would be "murieron" and "relacion" "religion".
      // "nationally" is how, not a nationality.
      (conceptStrangers.length > 0 && concept.length >= 6 && !concept.includes(' ') && conceptStrangers.some((token) => !(ADVERB.test(token) && !ADVERB.test(concept)) && ((strictTypo(token, concept) && !isEnglishWord(token) && !SPANISH_NOUN_FORM.test(token)) || sameTerm(token, concept, language))))
  )
  const unknown = tokens.filter((token) => !isKnown(index, token))
  const strangeNumbers = tokens.filter((token) => /^\d+$/.test(token) && !index.numbers.has(String(Number(token))))

  const content = tokens.filter(
    (token, i) =>
      !used.has(i) &&
      !named.has(token) &&
      !(/^\d+$/.test(token) && index.numbers.has(String(Number(token)))) &&
      !NEUTRAL.has(token) &&
      !ASPECT_WORDS.has(token) &&
      !people.some((person) => index.people.find((entry) => entry.person === person)?.nameTokens.has(token)) &&
      !people.some((person) => index.people.find((entry) => entry.person === person)?.titles.flat().includes(TITLE_SYNONYMS[token] ?? token))
  )

  return {
    tokens,
    scores,
    wordScores,
    aspects,
    people,
    named: namedPeople,
    pronoun,
    topicReference: tokens.some((token) => TOPIC_REFERENCES.has(token)),
    followUp: tokens.some((token) => FOLLOW_UP_MARKERS.has(token)),
    others: tokens.some((token) => OTHERS_MARKERS.has(token)),
    unanswerable,
    toldInOtherWords: unanswerable.length > 0 && unanswerable.every((concept) => index.conceptsInOtherWords.has(concept)),
    unknown,
    strangeNumbers,
    places,
    tense: questionTense(tokens),
    events: [...events],
    dateAsked,
    contentWords: content.length,
    content
  }
}

const NEUTRAL = new Set(NEUTRAL_WORDS)

/** Words that say whose a role is: "the cameraman of …", "el camarógrafo de …". */
const OWNER_WORDS = new Set(['of', 'from', 'at', 'de', 'del'])
/** A word written with a capital, digits and all ("C5N", "Tromsvik"). */
const CAPITALISED_WORD = /(?<![\p{L}\p{M}\d])\p{Lu}[\p{L}\p{M}\d'’-]*/gu

/** The words of the names a question writes: capitalised after its first word, or a country's. */
function namedWords(question: string): Set<string> {
  const words = new Set((question.slice(1).match(/(?<![\p{L}\p{M}])\p{Lu}[\p{L}\p{M}'’-]*/gu) ?? []).flatMap((word) => tokenize(word)))
  const tokens = tokenize(question)
  tokens.forEach((token, at) => {
    for (const country of countriesByFirstWord().get(token) ?? []) {
      if (country.every((word, k) => tokens[at + k] === word)) for (const word of country) words.add(word)
    }
  })
  return words
}

let countries: Map<string, string[][]> | undefined
/** Country names as tokens, in English and Spanish, by their first word: found once. */
function countriesByFirstWord(): Map<string, string[][]> {
  if (!countries) {
    countries = new Map()
    for (const name of new Set([...countryNames()].map((one) => tokenize(one).join(' ')))) {
      const words = name.split(' ').filter((word) => word !== '')
      if (words.length > 0) countries.set(words[0]!, [...(countries.get(words[0]!) ?? []), words])
    }
  }
  return countries
}

/** Another form of the same word in either language ("responderá", "respond"). */
function sameTerm(token: string, concept: string, lang: Lang | undefined): boolean {
  // As written: a concept is a word's own family ("written" is authorship, "writing from" is not).
  // In the question's language when it shows one: the English "fall" is no Spanish "fallo" (a ruling).
  return (lang !== 'en' && stemTermOf(token, 'es') === stemTermOf(concept, 'es')) || (lang !== 'es' && stemTermOf(token, 'en') === stemTermOf(concept, 'en'))
}

/** A Spanish noun by its ending ("organismo", "detención"): a word of its own, no mistyping of a concept ("organizo"). */
const SPANISH_NOUN_FORM = /\p{L}{3}(?:ismo|ismos|cion|ciones|sion|siones|miento|mientos|dad|dades)$/u

/** An English adverb ("nationally", "publicly"): it says how, it names no concept. */
const ADVERB = /[a-z]{3}(?:al|ic|ful|ous|ive|ent|ant|ate|ar|ed)ly$/

/** "khans job", "bowens quote": a name with the possessive written without its apostrophe is the name. */
function possessivesAsNames(index: FactsIndex, tokens: string[]): string[] {
  return tokens.map((token) => {
    const name = token.slice(0, -1)
    return token.endsWith('s') && name.length >= 3 && !index.vocabulary.has(token) && index.people.some((entry) => entry.nameTokens.has(name)) ? name : token
  })
}

/**
 * The question's words as the rest of the reading needs them: chat shorthand spelled out, and
 * what the asker says about themselves ("i'm in spain", "from abroad") left out.
 */
function questionTokens(question: string): string[] {
  const tokens = tokenize(question).map((token) => CHAT_SHORTHAND[token] ?? token)
  const kept: string[] = []
  for (let i = 0; i < tokens.length; i++) {
    const opening = ABOUT_ME_OPENINGS.map((phrase) => phrase.split(' ')).find((words) => words.every((word, k) => tokens[i + k] === word))
    if (opening) {
      // Skip the opening and what follows it, up to the next question word (at most three words).
      let j = i + opening.length
      const stop = Math.min(tokens.length, j + 3)
      while (j < stop && !ASPECT_WORDS.has(tokens[j]!) && !['can', 'puedo', 'should', 'is', 'are'].includes(tokens[j]!)) j++
      i = j - 1
      continue
    }
    if (ASKER_PLACES.has(tokens[i]!)) {
      if (['from', 'desde'].includes(kept[kept.length - 1] ?? '')) kept.pop()
      continue
    }
    kept.push(tokens[i]!)
  }
  // "como firmo desde mexico", "can i sign from spain": where the asker is, not what is asked.
  const from = kept.findLastIndex((token) => token === 'from' || token === 'desde')
  if (from > 0 && kept.length - from === 2 && kept.some((token) => FIRST_PERSON.has(token))) return kept.slice(0, from)
  return kept
}

/** Positions of a person's name written in full (two of their name words): names, not cues. */
function fullNamePositions(index: FactsIndex, tokens: readonly string[]): Set<number> {
  const at = new Set<number>()
  for (const entry of index.people) {
    const positions = tokens.flatMap((token, i) => (entry.nameTokens.has(token) ? [i] : []))
    if (positions.length >= 2) for (const i of positions) at.add(i)
  }
  return at
}

function questionTense(tokens: readonly string[]): 'past' | 'future' | undefined {
  const past = tokens.filter((token) => PAST_MARKERS.has(token)).length
  const future = tokens.filter((token) => FUTURE_MARKERS.has(token)).length
  if (past === future) return undefined
  return past > future ? 'past' : 'future'
}

/** Words that may stand before a role without saying which one it is ("the director", "su directora"). */
const ROLE_DETERMINERS = new Set(['the', 'a', 'an', 'its', 'their', 'his', 'her', 'el', 'la', 'los', 'las', 'un', 'una', 'su', 'sus', 'de', 'del', 'of', 's'])

/** Whether the word the question puts before a role ("executive director") is one of the title's, or says no kind. */
function qualifiedAlike(tokens: readonly string[], role: string, title: readonly string[], affinity: ReadonlySet<string>): boolean {
  const before = tokens[tokens.indexOf(role) - 1]
  return before === undefined || ROLE_DETERMINERS.has(before) || title.includes(before) || affinity.has(before)
}

/**
 * People the question names: by a name or alias token, or by all the words of one of their
 * titles or offices ("the president", "la secretaria general").
 */
function matchPeople(index: FactsIndex, tokens: readonly string[], named: ReadonlySet<string>): Person[] {
  const translated = tokens.map((token) => TITLE_SYNONYMS[token] ?? token)
  const scored: Array<{person: Person; score: number}> = []
  for (const entry of index.people) {
    let score = 0
    let byName = false
    for (const [at, token] of tokens.entries()) {
      if (token.length < 3) continue
      // "david cameron" is not David Mepham, when the article writes both.
      if (entry.namesakes.has(tokens[at + 1] ?? '') && !entry.nameTokens.has(tokens[at + 1] ?? '')) continue
      for (const name of entry.nameTokens) {
        if (token === name || (token.length >= 5 && tokenMatches(token, name))) {
          score += 1
          byName = true
          break
        }
      }
    }
    for (const title of entry.titles) {
      const has = (word: string) => translated.some((token) => token === word || tokenMatches(token, word))
      if (title.every(has)) score = Math.max(score, 0.5 + title.length * 0.1)
      // "the minister" for "Interior Minister": the role word alone, weaker than the whole title;
      // not "the executive director" for a "Deputy Director": a word the question puts before it must be the title's.
      else if (title.some((word) => ROLE_NOUNS.has(word) && translated.includes(word) && qualifiedAlike(translated, word, title, entry.affinity))) score = Math.max(score, 0.35)
    }
    // "Greenpeace's director" is not the director of another organisation the facts name.
    if (!byName && score > 0 && [...named].some((token) => !entry.affinity.has(TITLE_SYNONYMS[token] ?? token))) score = 0
    if (score > 0) scored.push({person: entry.person, score})
  }
  scored.sort((a, b) => b.score - a.score)
  if (scored.length === 0) return []
  const best = scored[0]!.score
  return scored.filter((entry) => entry.score >= best - 0.05).map((entry) => entry.person)
}
