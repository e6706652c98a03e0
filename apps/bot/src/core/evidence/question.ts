/**
 * What a question asks for, read from its shape rather than from the article's words: the type
 * of answer (a person, a date, a place, a number, a title, a quote, a reason, a way to act, yes or
 * no), and whether it states something to check ("was it in Quito?").
 */
import {CHAT_SHORTHAND} from '../lexicon.js'
import {fold} from '../text.js'

export type AnswerType = 'origin' | 'agent' | 'date' | 'place' | 'number' | 'title' | 'quote' | 'reason' | 'action' | 'purpose' | 'text'

export interface QuestionShape {
  type: AnswerType
  /** A yes/no question: "is", "did", "¿es …?" without a question word. */
  polar: boolean
  /** "Who is the minister?": asks who holds a role, answered only by the name beside it. */
  definition: boolean
  /** "What are the names of …", "¿cómo se llama …?": only a name answers it. */
  name: boolean
  /** "Is she still …", "right now": asks about today, which the article cannot know. */
  today: boolean
  /** "When will …": asks about what is still to come. */
  future: boolean
  /** "What time …", "¿a qué hora …?": only a clock time answers it. */
  time: boolean
  /** "How long …", "¿cuánto tiempo …?": only a span of time answers it ("seven and a half years"). */
  duration: boolean
  /** "What month …", "what year …", "which country …": a date or a place that does not give one does not answer. */
  granularity?: 'month' | 'year' | 'country' | 'region' | 'city'
}

// Order matters: "how many people did they interview" is a number before it is a "who".
const TYPES: ReadonlyArray<[AnswerType, RegExp]> = [
  ['origin', /\b(where (is|are|was|were) .{1,40} from|(what|which) (country|city|place) (is|are|was|were) .{1,40} from|de donde (es|son|era|eran|viene|vienen)|what nationality|que nacionalidad)\b/],
  // "What's the vote count?", "¿cuál fue el recuento?": a count asked by its noun.
  ['number', /\b(how many|how much|how big|how large|what number|what percentage|what percent|what proportion|cuant[oa]s?|que porcentaje|que cantidad|que numero|cifra|(?:vote|final) (?:count|tally)|recuento)\b/],
  ['quote', /\b(said anything|say anything|dijo algo|dijeron algo|what did .{1,60} (say|tell|declare|state|add|promise)|what .{1,30} (said|says|told)|what does .{1,30} say|(?<!por )que (dijo|dijeron|dice|dicen|ha dicho|han dicho|declaro|declararon|afirmo|afirmaron|senalo|senalaron|expreso|expresaron|prometio|prometieron|opino|opinaron|opina|opinan)|what (do|does|did) .{1,40} think|quote|cita|palabras de)\b/],
  ['title', /\b(what( i|')?s the (name|title) of|(name|title) of the (law|bill|campaign|petition|document|programme|program|project|initiative|book|film|documentary|ship|boat|operation|exhibition|letter)|what('s| is)? the ([a-z]+ ){0,2}(report|informe|study|briefing)('s)? (called|name|title)|(name|title) of the (report|study|briefing)|what is .{1,30} called|what('s| is) it called|como se llama|(nombre|titulo) del? (informe|estudio|reporte)|titulo)\b/],
  ['date', /\b(when|what year|which year|what month|en que ano|que ano|en que mes|what date|what days?|what time|which days?|which date|how long ago|since when|cuando|que dias?|que fecha|en que fecha|a (?:que|q) h?ora|desde cuando|hasta cuando)\b/],
  ['place', /\b(where|(?:what|which) (?:cities|city|countries|country|places|place|regions|region|towns|town|venue)|(?:what|whats|what s) (?:is )?the (?:address|adress|venue)|(?:cual es )?(?:la )?direccion|donde|en que (ciudad|lugar|pais|region|estado)(?:es|s)?|que (ciudad|lugar|pais|region)(?:es|s)?|a que (ciudad|pais|lugar)(?:es|s)?)\b/],
  ['reason', /\b(why|what for|for what reason|how come|por que|porque|por cual razon|motivo)\b/],
  ['action', /\b(how (can|do|could|should) (i|we|people|you)|what can (i|we|people|you) do|can i (help|sign|act|support|join|donate)|how to (help|sign|act|support|join)|take action|get involved|como (puedo|podemos|ayudo|firmo|apoyo)|que (puedo|podemos) hacer|puedo (ayudar|firmar|apoyar)|como ayudar)\b/],
  ['agent', /\b(who|whos|whom|whose|names? of|which (other )?(organi[sz]ations?|groups?|ngos?|unions?|charit(y|ies)|person|people|officials?|ministers?|authority|authorities|courts?|tribunals?|compan(y|ies)|newspapers?|agenc(y|ies)|ministr(y|ies))|which ([a-z]+ ){1,2}(organi[sz]ations?|groups?|ngos?|unions?|officials?|ministers?|authorit(y|ies)|agenc(y|ies))|what (other )?(organi[sz]ations?|groups?|ngos?|unions?|charit(y|ies)|court|tribunal|company|newspaper|agency|ministry)|quien|quienes|que (organizacion|organizaciones|grupo|grupos|sindicato|sindicatos|persona|personas|ong|ongs|autoridad|autoridades|tribunal|tribunales|corte|empresa|empresas|periodico|periodicos|diario|diarios|ministerio|agencia)|cual(es)? (organizacion|organizaciones|grupo|grupos|sindicato|sindicatos|tribunal|empresa|periodico|diario))\b/],
  ['purpose', /\b(what for|what is the (aim|goal|purpose)|what are .{1,20} (aims|goals)|purpose|objetivo|proposito|para que)\b/]
]

/** A "who" that follows the noun it describes: "the people who signed", "los que firmaron" is not asked. */
const RELATIVE_WHO = /^(?:the|those|these|all|las?|los)\s+(?:\p{L}+\s+){0,2}?(?:who|that|quienes?|que)$/u
const NUMBER_ASKED = /\b(?:how many|how much|cuant[oa]s?)\b/

/** Question words that ask for no type of their own: what, which, how. */
const GENERIC_LEAD = /^(?:what|whats|which|how|que|q|k|cual|cuales|como)\b(?!\s+(?:many|much|long|old)\b)/

const POLAR = /^(is|are|was|were|did|does|do|has|have|had|will|would|can|could|should|isn't|aren't|wasn't|didn't|doesn't)\b/
/** A tag that turns an English statement into a yes/no question: "…, right?", "… correct?". */
export const ENGLISH_TAG = /(?:,|\s)\s*(?:right|correct|isn'?t it|wasn'?t it|aren'?t they|weren'?t they|yeah)\s*\?+\s*$/iu
const SPANISH_QUESTION_WORD = /\b(que|q|k|quien|quienes|cual|cuales|cuando|donde|como|cuant[oa]s?|por que|xq|pq)\b/
/** A question word written with its accent asks, wherever it stands: "¿el informe de qué trata?". */
const ACCENTED_QUESTION_WORD = /(?<!\p{L})(?:qué|quién|quiénes|cuál|cuáles|cuándo|dónde|cómo|cuánt[oa]s?)(?!\p{L})/iu
/** Words a question word may follow: "¿y en qué …", "¿a quién …", "según Ruiz, ¿cuándo …". */
const BEFORE_QUESTION_WORD = /^(?:y|e|o|pero|entonces|a|al|de|del|en|con|por|para|desde|hasta|sobre|segun)$/

/**
 * Whether a Spanish question asks "what/who/when …" rather than yes or no. Unaccented, "que",
 * "como", "cuando" and "donde" are also conjunctions ("¿el informe reconoce que …?", "¿hay que
 * investigar?"): only at the head of the question (or of its part after a comma) do they ask;
 * typed short ("q le piden?") it is a question word.
 */
function asksSpanishWh(question: string, folded: string): boolean {
  if (ACCENTED_QUESTION_WORD.test(question) || /\b(?:por que|porque|xq|pq|q|k|quien|quienes|cual|cuales|cuant[oa]s?|como se llama\w*)\b/.test(folded)) return true
  const heads = question.split(/[,¿]/).map((part) => fold(part).replace(/\bcomo (?=\d)/g, '').split(' ').filter(Boolean))
  return heads.some((words) => {
    const at = words.findIndex((word) => !BEFORE_QUESTION_WORD.test(word))
    // "¿el informe de que?": a question word may also close it.
    return (at >= 0 && SPANISH_QUESTION_WORD.test(words[at] ?? '')) || SPANISH_QUESTION_WORD.test(words.at(-1) ?? '')
  })
}

const ROLE_ASKED = /\b(lawyer|lawyers|attorney|director|president|minister|spokesperson|spokesman|spokeswoman|judge|prosecutor|leader|head|coordinator|researcher|secretary|chair|founder|abogad[oa]s?|directora?|president[ea]|ministr[oa]|portavoz|vocer[oa]|jueza?|fiscal|lider|jef[ea]|coordinador[a]?|investigador[a]?|secretari[oa]|fundador[a]?)\b/

/** "What's the name of his lawyer?", "whats the judge's name", "¿cómo se llama su abogada?": a role's holder asked for by name. */
const ROLE_NAME_ASKED = new RegExp(`\\b(?:names? of (?:the |his |her |their |its )?(?:\\w+ )?${ROLE_ASKED.source.slice(2, -2)}|${ROLE_ASKED.source.slice(2, -2)}(?: s|s)? names?|como se llama(?:n|ba|ban)? (?:el |la |los |las |su |sus )?${ROLE_ASKED.source.slice(2, -2)}|nombres? del? (?:la )?${ROLE_ASKED.source.slice(2, -2)})\\b`)

/** Whether a question asks for the name of whoever holds a role ("what is the name of his lawyer?"): only a name answers it. */
export function asksRoleHoldersName(question: string): boolean {
  return ROLE_NAME_ASKED.test(fold(question).replace(/['’]/g, ' '))
}

/** Words only an English question has: an English question without an auxiliary first is not a Spanish yes/no one. */
const ENGLISH_WORD = /\b(the|what|whats|who|whos|how|which|is|are|was|were|do|does|did|you|they|it|its|of|and|to|in|on|for|with|from|at|about|s)\b/

/** Openers that come before the question itself: "ok so", "and", "y". */
const OPENER = /^(?:(?:ok|okay|so|and|but|hey|hi|please|also|then|y|pero|entonces|oye|hola|bueno|vale|tambien)\s+)+/

const QUESTION_WORDS = new Set(['what', 'when', 'where', 'who', 'why', 'how'])
/** A question opened by a word that says by itself what is asked: "where …", "when …". */
const FIRST_WORD_TYPE: ReadonlyArray<readonly [RegExp, AnswerType]> = [
  [/^(?:where|wheres|donde|a donde)\b/, 'place'],
  [/^(?:when|whens|cuando)\b/, 'date']
]

/** A question word anywhere, as typed on a phone too: "whats", "whos", "which". */
const WH_WORD = /\b(?:what|whats|wat|who|whos|whom|whose|when|whens|where|wheres|why|how|hows|which)\b/

export function questionShape(question: string): QuestionShape {
  // "wen is it", "wher is it": chat shorthand for a question word read as that word, in lower case or opening the question
  // ("who is Wen Lenz?" names someone).
  const words = (text: string) => text.replace(/%/g, ' percent ').replace(/[¿?¡!.,;:]/g, ' ').replace(/\s+/g, ' ').trim().split(' ')
  const written = words(question)
  const folded = words(fold(question))
    .map((word, at) => (QUESTION_WORDS.has(CHAT_SHORTHAND[word] ?? '') && (at === 0 || written[at] === written[at]?.toLowerCase()) ? CHAT_SHORTHAND[word]! : word))
    .join(' ')
    .replace(OPENER, '')
  // The question word leads the question: "who" inside "the protesters who were killed" does not ask for a person.
  const lead = folded.split(' ').slice(0, 6).join(' ')
  let type: AnswerType = 'text'
  // "Qué hace la ONU cuando recibe …": a question led by "what" asks for what follows it, unless
  // the words after it name a type ("what day", "qué dijo"); a later "cuando" is part of the question.
  const opening = lead.replace(/^(?:a|de|en|con|por|para|to|in|on|at|from|of|with|for)\s+/, '')
  const generic = GENERIC_LEAD.test(opening)
  // "Where were they protesting when they got picked up?": the question word that opens it says what is asked, not a later one.
  const first = FIRST_WORD_TYPE.find(([pattern]) => pattern.test(lead))?.[1]
  // "Where is she from?" asks an origin, whichever word opens it.
  const leading = first && !TYPES.some(([candidate, pattern]) => candidate === 'origin' && pattern.test(lead)) ? TYPES.find(([candidate]) => candidate === first) : undefined
  for (const [candidate, pattern] of leading ? [leading, ...TYPES] : TYPES) {
    // "What did the chair of the African Group of Negotiators say": who is asked about may take many words.
    const target = candidate === 'action' || candidate === 'purpose' ? folded : candidate === 'quote' ? folded.split(' ').slice(0, 14).join(' ') : lead
    const match = pattern.exec(target)
    if (!match) continue
    // "The people who signed came from how many countries?": "who" after a noun is a relative, not the question word.
    if (candidate === 'agent' && RELATIVE_WHO.test(target.slice(0, match.index + match[0].length))) {
      if (NUMBER_ASKED.test(folded)) type = 'number'
      if (type !== 'text') break
      continue
    }
    // The type words belong to the question word's phrase ("what are the names of") within its first words.
    if (generic && candidate !== 'action' && candidate !== 'purpose' && target.slice(lead.length - opening.length, match.index).split(' ').length > 4) continue
    type = candidate
    break
  }
  // "So the petition was for Sunak, right?": a statement with a tag asks yes or no.
  // "So the march got pushed to October?": a statement opened by "so" and asked is checked as one.
  const soStated = /^(?:(?:ok|okay|and)\s+)?so\s/.test(fold(question).trim()) && /\?\s*$/.test(question) && !WH_WORD.test(folded)
  const englishPolar = POLAR.test(folded) || ((ENGLISH_TAG.test(question) || soStated) && ENGLISH_WORD.test(folded) && !QUESTION_WORDS.has(folded.split(' ')[0] ?? ''))
  // "¿La conferencia es en Quito?": Spanish asks yes/no by intonation, so no question word and a question mark.
  // On a phone the opening "¿" is often left out: "las firmas se entregan en colombia?"
  const spanishPolar =
    type === 'text' && (/¿/.test(question) || (/\?/.test(question) && folded.split(' ').length >= 4 && !ENGLISH_WORD.test(folded))) && !englishPolar && !asksSpanishWh(question, folded)
  const whoIs = /^(who is|who are|who was|who s|who's|whos|who're|quien es|quienes son|quien era|quienes eran)\b/.test(folded)
  // "Who is Ana Ruiz?" asks what the article says of her; "who is the minister?" asks for a name.
  const namesSomeone = whoIs && /^[¿¡\s]*\p{L}+(?:'s)?\s+(?:\p{L}+\s+)?\p{Lu}/u.test(question) && !/^[¿¡\s]*\p{L}+(?:'s)?\s+(?:the|a|an|el|la|los|las|un|una)\s/iu.test(question)
  if (namesSomeone) type = 'text'
  // "Who is the minister?", "who is Amnesty's president?" ask for a role's holder; "who's leading it?" does not.
  // "What's the name of her lawyer?", "¿cómo se llama el fiscal?": a role's holder too.
  const roleNamed = /\b(names? of|como se llama(n|ba|ban)?|nombre del?)\b/.test(folded) && ROLE_ASKED.test(folded)
  if (roleNamed) type = 'agent'
  // "Who was the letter sent to?" asks who it went to, not who holds a role.
  const passive = /\b(?:to|by|for|with|from|about|at|a|por|para|con)$/.test(folded) || /\b\w+(?:ed|en|ado|ada|ido|ida)\s+(?:to|by|for|with|from|a|por|para|con)\b/.test(folded)
  const definition = roleNamed || type === 'agent' && whoIs && !passive && /^(?:who is|who are|who was|who s|who's|whos|who're|quien es|quienes son|quien era|quienes eran)\s+(?:the|a|an|el|la|los|las|un|una|\S+'s)\s/.test(folded)
  // "whats the union called": a name, asked at the end.
  const name = /\b(names? of|what is (his|her|their) name|como se llama(n|ba|ban)?|nombres? de)\b|^\W*(what|whats|wat)\b.*\bcalled\W*$/.test(folded)
  const today = /\b(still|anymore|any more|currently|right now|nowadays|todavia|sigue|siguen|aun|actualmente|hoy en dia|ahora mismo)\b/.test(folded)
  // "Irán" the country is no "irán" (they will go), which goes "a" somewhere.
  const future = /\b(will|going to|gonna|sera|seran|va a|van a|iran? a|habra)\b/.test(folded)
  const time = /\b(what time|which time|at what time|(?:a )?(?:que|q) h?ora)\b/.test(folded) && !/\b(?:what time is it|que hora es)\s*$/.test(folded)
  const granularity = /\b(what|which) month|(en )?que mes\b/.test(folded)
    ? ('month' as const)
    : /\b(what|which) year|(en )?que ano\b/.test(folded)
      ? ('year' as const)
      : /\b(what|which) countr(y|ies)|(en )?que pais(es)?\b/.test(folded)
        ? ('country' as const)
        : /\b(what|which) (cit(y|ies)|towns?)\b|\b(que|cual|cuales) (ciudad(es)?|pueblos?|localidad(es)?)\b/.test(folded)
          ? ('city' as const)
          : /\b(what|which) (region|continent|part of the world)s?\b|\b(que|cual|cuales) (region|regiones|continente|zona del mundo)\b/.test(folded)
            ? ('region' as const)
            : undefined
  const duration = /\b(how long|for how long|cuanto tiempo|en cuanto tiempo|por cuanto tiempo|durante cuanto tiempo|cuanto (?:dura|duran|duro|duraron|durara|duraran)|cuanto mide|cuanto miden|que longitud|how far|how tall|how high|how wide|how deep|que altura|que tan alt[oa])\b/.test(folded) && !/\bhow long ago\b/.test(folded)
  // "Did the UK cut its funding too? by how much": the second question is what is asked.
  if (FOLLOW_UP.test(question.toLowerCase())) return {definition: false, name: false, today, future, time: false, duration: false, type: 'number', polar: false}
  return {...(granularity ? {granularity} : {}), definition, name, today, future, time, duration, type: englishPolar && type === 'text' ? 'text' : type, polar: (englishPolar && !TYPES.some(([, pattern]) => pattern.test(folded.split(' ').slice(0, 1).join(' ')))) || spanishPolar}
}

/** A yes/no question, then a short second one that asks how much. */
const FOLLOW_UP = /\?+\s*(?:and\s+|y\s+|(?:by|por|en)\s+)?(?:how\s+much|how\s+many|cu[aá]nto|cu[aá]ntos|cu[aá]ntas)\s*\??\s*$/u
