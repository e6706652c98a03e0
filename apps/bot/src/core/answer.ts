/**
 * The answering core's entry points: a question (or a topic picked from a menu) and the facts
 * in, an `Answer` out. No Telegram here: formatters render the answer.
 */
import type {Facts, Person, Span} from 'article-facts'
import {clarify, decline, greeting, help, thanks} from './compose/conversation.js'
import {delegation, membership} from './compose/delegation.js'
import type {Composer, Draft, Request} from './compose/draft.js'
import {meeting, otherEvents, pressConference, protests, timeline} from './compose/events.js'
import {people, person} from './compose/people.js'
import {act, petition} from './compose/petition.js'
import {quote} from './compose/quote.js'
import {findings, report, research} from './compose/report.js'
import {asksPublisher, media, publishedAnswer, publishedOnlyGuessed, publisherAnswer, related, sources} from './compose/sources.js'
import {mostTrusted} from './evidence/acceptance.js'
import {acronymAnswer, announcedAnswer, CAPITALISED_NAME, askedAgainAnswer, asksWhichOrganisations, evidenceAnswer, onlyOfKindAnswer, sayChosenSentence, sentenceChoices} from './evidence/answer.js'
import {signedByAnswer, SIGNED_ASKED} from './evidence/signatures.js'
import {asksWhatIsDemanded} from './evidence/search.js'
import {contactAnswer} from './evidence/contact.js'
import {issuedFromAnswer} from './evidence/dateline.js'
import {foldedCountryNames} from './evidence/place-names.js'
import {ORIGIN_ASKED} from './evidence/premise.js'
import {evidenceIndex} from './evidence/index.js'
import {asksRoleHoldersName, questionShape} from './evidence/question.js'
import {ANSWER_TYPE_WORDS, isStopword, translationsOf, wordsOf} from './evidence/terms.js'
import {findPerson} from './facts-index.js'
import {detectLanguage} from 'article-facts'
import {fold, tokenize} from './text.js'
import {CHAT_SHORTHAND, DATE_WORDS} from './lexicon.js'
import {literalText, message, sameWords} from './words.js'
import {route} from './route.js'
import {aboutSomeoneUnnamed, answersTheAspect, sayingOfTopic, unheldOffice, asksAboutToday, countable, coversWhatWasNamed, sayingOfUnquoted, strangeLink} from './scope.js'
import type {Answer, AnswerQuestion, AnswerTopic, AskOptions, Citation, ConversationContext, Intent, Lang} from './types.js'
import {understand, type Understanding} from './understand.js'

const COMPOSERS: Readonly<Record<Exclude<Intent, 'clarify' | 'out-of-scope' | 'fact'>, Composer>> = {
  delegation,
  report,
  act,
  timeline,
  quote,
  sources,
  petition,
  people,
  person,
  event: otherEvents,
  'press-conference': pressConference,
  meeting,
  protests,
  research,
  findings,
  related,
  media,
  greeting,
  thanks,
  help
}

function request(facts: Facts, lang: Lang, options: AskOptions, intent: Intent, understood?: Understanding): Request {
  return {
    facts,
    lang,
    now: options.now ?? new Date(),
    intent,
    aspects: understood?.aspects ?? new Set(),
    people: understood?.people ?? [],
    placesAsked: understood?.places ?? [],
    eventsAsked: understood?.events ?? [],
    tokens: understood?.tokens ?? [],
    others: understood?.others ?? false,
    tense: understood?.tense,
    context: options.context ?? {}
  }
}

function citation(facts: Facts, source: Draft['sources'][number]): Citation {
  const cited: Citation = {index: source.sentenceIndex, sentence: source.sentence, line: source.start.line, column: source.start.column}
  if (facts.article.path) cited.articlePath = facts.article.path
  if (facts.article.url) cited.articleUrl = facts.article.url
  return cited
}

function finish(draft: Draft, confidence: number, status?: Answer['status']): Answer {
  const {facts, lang, context} = draft.request
  const intent = draft.intent
  const resolved: Answer['status'] = status ?? (intent === 'out-of-scope' ? 'declined' : intent === 'clarify' ? 'clarify' : 'answered')
  const next: ConversationContext = {...context, ...draft.context}
  if (resolved === 'answered') {
    next.lastIntent = intent
    if (!draft.context.pendingChoices) delete next.pendingChoices
    if (!draft.context.lastEventId && intent !== 'timeline') delete next.lastEventId
    if (draft.context.lastEventId) next.lastEventId = draft.context.lastEventId
  }
  if (resolved === 'declined') delete next.pendingChoices
  if (draft.sources.length > 0) draft.buttons.push({kind: 'source', label: message('source-button')})
  return {
    intent,
    status: resolved,
    confidence: Math.round(Math.min(1, Math.max(0, confidence)) * 100) / 100,
    lang,
    paragraphs: draft.paragraphs,
    facts: draft.facts,
    citations: draft.sources.map((source) => citation(facts, source)),
    buttons: draft.buttons,
    context: next,
    ...(draft.timeline.length > 0 ? {timeline: draft.timeline} : {})
  }
}

function compose(req: Request, confidence: number): Answer {
  if (req.intent === 'clarify' || req.intent === 'out-of-scope' || req.intent === 'fact') return finish(decline(req), confidence)
  const draft = COMPOSERS[req.intent](req)
  if (!draft || draft.empty) return finish(decline({...req, intent: 'out-of-scope'}), confidence)
  return finish(draft, confidence)
}

/** Answers a topic or intent picked from a menu, a command, a deep link or a button. */
export const answerTopic: AnswerTopic = (facts, topic, options) => {
  return compose(request(facts, options.lang, options, topic), 1)
}

/** Picks one of the "Did you mean …" choices by number ("2") when the person answers with one. */
function pickedChoice(question: string, context: ConversationContext): Intent | undefined {
  const choices = context.pendingChoices
  if (!choices || choices.length === 0) return undefined
  const match = question.trim().match(/^#?(\d)\.?$/)
  if (!match) return undefined
  return choices[Number(match[1]) - 1]
}

/** What the release itself is about, by the name of its kind ("this advisory", "este comunicado"); a report is a topic of its own. */
const ABOUT_THIS =
  /^(?:so\s+)?(?:what(?:'s|s| is)?|whats)\s+(?:this|the)\s+(?:media\s+|press\s+|news\s+)?(?:advisory|release|statement|article|story|news|urgent action|alert|update|communique|piece|post)\s+(?:all\s+)?about\b|^(?:de|sobre)\s+(?:que|q)\s+(?:trata|va|habla)\s+(?:este|esta|el|la)\s+(?:comunicado|nota(?:\s+de\s+prensa)?|articulo|noticia|accion urgente|alerta|declaracion|convocatoria|pronunciamiento)\b/

/** Words that open a second question inside one message ("… and when is the press conference"). */
const SECOND_QUESTION = /\s+(?:and|y|e)\s+(?=(?:when|where|who|what|how many|how much|cuando|donde|quien|quienes|que|cuantos|cuantas)\b)|\?\s*(?=\S)/u

/** Two question words asking of one thing: "when and where was he arrested?", "¿cuándo y desde dónde se publicó?". */
const JOINED_QUESTION_WORDS = /^([¿¡\s]*)(when|where|who|cuando|donde|desde donde|a donde|quien|quienes)\s+(?:and|y|e)\s+(when|where|from where|who|cuando|donde|desde donde|a donde|quien|quienes)\s+(?=\S)/u

/** A message that asks two things: each part answered alone, when both can be. */
function splitQuestion(question: string): string[] {
  const folded = fold(question)
  // Each question word with the rest of the question: "when was he arrested?", "where was he arrested?".
  const joined = JOINED_QUESTION_WORDS.exec(folded)
  if (joined) {
    const [whole, lead = '', first = '', second = ''] = joined
    const rest = question.slice(whole.length)
    const secondAt = folded.lastIndexOf(second, whole.length)
    return [`${question.slice(0, lead.length + first.length)} ${rest}`, `${question.slice(0, lead.length)}${question.slice(secondAt, secondAt + second.length)} ${rest}`]
  }
  const match = SECOND_QUESTION.exec(folded)
  if (!match || match.index === 0) return [question]
  const first = question.slice(0, match.index).trim()
  const second = question.slice(match.index + match[0].length).trim()
  return first && second && tokenize(second).length >= 2 && tokenize(first).length >= 2 ? [first, second] : [question]
}

/** The English question words shorthand may stand for; Spanish shorthand ("q", "xq") is read where it is read, word by word. */
const QUESTION_WORD_SPELLED = /^(?:what|when|where|who|why|how)$/

/** English question words in chat shorthand ("wat", "wen"). */
const SHORTHAND_QUESTION_WORD = new RegExp(`(?<![\\p{L}\\d'’])(?:${Object.keys(CHAT_SHORTHAND).filter((word) => QUESTION_WORD_SPELLED.test(CHAT_SHORTHAND[word]!)).join('|')})(?![\\p{L}\\d'’])`, 'giu')

/**
 * A question with its English question words spelled out, as every reader of it expects them: "wat does NSS stand for" — "what does NSS stand for".
 * In lower case, or opening the question: "Wen" inside it is a name ("who is Wen Lenz?").
 */
function spelledOut(question: string): string {
  return question.replace(SHORTHAND_QUESTION_WORD, (word: string, at: number) => (word === word.toLowerCase() || /^[\s¿¡"“]*$/u.test(question.slice(0, at)) ? (CHAT_SHORTHAND[word.toLowerCase()] ?? word) : word))
}

/** Answers a free-text question, in the question's language when it shows one. */
export const answerQuestion: AnswerQuestion = (facts, asTyped, options) => {
  const question = spelledOut(asTyped)
  const parts = splitQuestion(question)
  if (parts.length > 1) {
    const first = answerOne(facts, parts[0]!, options)
    const second = first.status === 'answered' ? answerOne(facts, parts[1]!, {...options, context: first.context}) : undefined
    // Both answered, about different things: one reply with both. Otherwise the whole message is read as one question.
    if (second && second.status === 'answered') return joinAnswers(first, second)
  }
  return answerOne(facts, question, options)
}

function joinAnswers(first: Answer, second: Answer): Answer {
  const buttons = [...first.buttons]
  for (const button of second.buttons) if (!buttons.some((kept) => sameWords(kept.label, button.label))) buttons.push(button)
  return {
    ...first,
    confidence: Math.min(first.confidence, second.confidence),
    // Two questions about one topic may share sentences: each is said once.
    paragraphs: [...first.paragraphs, ...second.paragraphs.filter((parts) => !first.paragraphs.some((kept) => sameWords(kept, parts)))],
    facts: [...first.facts, ...second.facts],
    citations: [...first.citations, ...second.citations],
    buttons,
    context: second.context
  }
}

function answerOne(facts: Facts, question: string, options: AskOptions): Answer {
  const lang = detectLanguage(question) ?? options.lang
  const context = options.context ?? {}
  const picked = pickedChoice(question, context)
  if (picked) return compose(request(facts, lang, {...options, context}, picked), 0.9)

  const understood = understand(facts, question, context)
  const base = request(facts, lang, {...options, context}, 'out-of-scope', understood)
  // A concept no article of the genre answers that this one does not name either (the weather,
  // someone's age, a hotel), or a link it does not give: the article does not say.
  if (strangeLink(question, facts)) return finish(decline(base), 0.9)
  const focus = context.lastPerson ? findPerson(facts, context.lastPerson) : undefined
  // "What time …?", "how long …?": a clock time or a span of time in a sentence, or the article
  // does not say; no topic's summary answers it.
  if (questionShape(question).time || questionShape(question).duration) {
    const found = evidenceAnswer({...base, intent: 'fact'}, question, {focus})
    return found ? finish(found, 0.6) : finish(decline(base), 0.9)
  }
  const answer = ruledAnswer(facts, question, understood, base, focus)
  if (answer.status !== 'declined' || options.acceptance === false) return namedOrDecline(facts, question, answer, base)
  // No rule found an answer: the sentence that holds most of the question, when the calibrated
  // acceptance says it answers it.
  const trusted = mostTrusted(sentenceChoices(facts, question, {lang, focus, rareConcept: understood.unanswerable.length > 0 && !understood.toldInOtherWords}))
  return trusted ? namedOrDecline(facts, question, finish(sayChosenSentence({...base, intent: 'fact'}, trusted.choice), trusted.probability), base) : answer
}

/**
 * "Which prison …?", "¿en qué hospital …?", "which oil company …?": a kind of thing known by its name, asked for by it.
 * What the genre names (prisons, courts, companies, places, outlets), in either language.
 */
const NAMED_KIND_ASKED =
  /^\W*(?:(?:in|at|to|from|for|by|en|a|de|desde)\s+)?(?:which|what|que|cual|cuales)\s+(?:\p{L}+\s+)?(?:prisons?|jails?|hospitals?|compan(?:y|ies)|firms?|brands?|agenc(?:y|ies)|courts?|tribunals?|organi[sz]ations?|ngos?|states?|countr(?:y|ies)|cit(?:y|ies)|towns?|regions?|provinces?|departments?|newspapers?|outlets?|stations?|channels?|universit(?:y|ies)|ministr(?:y|ies)|embass(?:y|ies)|part(?:y|ies)|unions?|banks?|schools?|hotels?|venues?|carcel(?:es)?|prision(?:es)?|penal(?:es)?|hospital(?:es)?|empresas?|companias?|marcas?|agencias?|cortes?|tribunal(?:es)?|organizacion(?:es)?|ongs?|estados?|pais(?:es)?|ciudad(?:es)?|pueblos?|region(?:es)?|provincias?|departamentos?|periodicos?|diarios?|emisoras?|canal(?:es)?|universidad(?:es)?|ministerios?|embajadas?|partidos?|sindicatos?|bancos?|escuelas?|hotel(?:es)?)\b/u

/** Bodies, not people, asked for: "which organisations", "¿qué grupos?". */
const BODIES_ASKED = /\b(?:organi[sz]ations?|organizacion(?:es)?|groups?|grupos?|ngos?|ongs?|bodies|entidades|colectivos)\b/

/** "Who else is on the delegation besides X?", "¿quién más intervino aparte de X?": someone other than the one named is asked for. */
const SOMEONE_ELSE_ASKED = /\b(?:who else|whom else|quien(?:es)? mas|(?:apart|aside) from|besides|other than|aparte de|ademas de)\b/

/**
 * A sentence given for "who else …?" that names no one but those the question names does not answer it, nor one given
 * for "which prison …?" that names nothing: the article does not say who else, or which.
 */
function namedOrDecline(facts: Facts, question: string, answer: Answer, base: Request): Answer {
  const asked = fold(question)
  if (answer.status !== 'answered' || (answer.intent !== 'fact' && !(answer.intent === 'event' && KIND_IN_NAME.some(([kind]) => kind.test(asked))))) return answer
  const elseAsked = SOMEONE_ELSE_ASKED.test(asked) && questionShape(question).type === 'agent' && answer.intent === 'fact'
  // "Which prison is he held in?" — "he has been held in prison since 2015": a sentence that names none does not say which;
  // a short answer is the name.
  const kindAsked = NAMED_KIND_ASKED.test(asked) && !answer.paragraphs.some((parts) => parts.some((part) => typeof part.words !== 'string' && 'message' in part.words && part.words.message === 'evidence-short'))
  // "What are the names of the workers who died?": several people's names, or the article does not give them.
  if (NAMES_ASKED.test(asked) && namesSomeoneElse(facts, answer, asked) < 2) return finish(decline(base), 0.8)
  if (!elseAsked && !kindAsked) return answer
  const named = (span: Span) => asked.includes(fold(span.text)) || facts.people.some((person) => person.id === span.entity && [person.name, ...person.aliases].some((name) => asked.includes(fold(name))))
  // "What organisations are involved besides CPJ?": another body answers it; "who else?", another person; "which prison?", any name.
  const kinds: ReadonlyArray<Span['type']> = kindAsked ? ['person', 'organisation', 'place', 'title'] : BODIES_ASKED.test(asked) ? ['person', 'organisation'] : ['person']
  // "Which hospital was she taken to?": a sentence that names a body but no hospital does not say which.
  const kindWord = kindAsked ? KIND_IN_NAME.find(([kind]) => kind.test(asked)) : undefined
  const others = answer.citations.some(
    (cited) =>
      (facts.sentences[cited.index]?.spans ?? []).some((span) => kinds.includes(span.type) && !named(span) && (!kindWord || kindWord[1].test(fold(span.text)))) ||
      // "Which provinces will he visit?" — "… in these provinces:" over "Ontario", "Quebec": a list of bare names names them.
      (kindAsked && !kindWord && listedName(facts.sentences[cited.index])) ||
      // "Which companies set out concrete measures?": names in capitals no registry knows, right beside the kind the sentence
      // writes ("the companies that replied, Besix, …", "Laboratorios Ensaproc S.L., la empresa"); a name elsewhere in it may be anything.
      (kindAsked && !kindWord && cited.index > 0 && facts.sentences[cited.index]?.block !== 'heading' && namedBesideKind(asked, facts.sentences[cited.index]?.text ?? '')) ||
      // "Which court refused bail?" — "the Court of Appeals of Cambodia … refused": a name in capitals says what it is.
      // A headline in title case is all capitals: no name stands out in it.
      (kindWord !== undefined && cited.index > 0 && facts.sentences[cited.index]?.block !== 'heading' && [...(facts.sentences[cited.index]?.text ?? '').matchAll(CAPITALISED_NAME)].some((name) => kindWord[1].test(fold(name[0])) && !asked.includes(fold(name[0]))))
  )
  return others ? answer : finish(decline(base), 0.8)
}

/**
 * Whether a sentence names, in capitals, one of the kind asked for right beside where it writes that kind:
 * "which companies" — "the companies that replied, Besix, …", "for the companies Statoil and Chevron", "Ensaproc S.L., la empresa".
 */
function namedBesideKind(asked: string, text: string): boolean {
  const after = /\b(?:which|what|que|cual|cuales)\s+(\p{L}+)(?:\s+(\p{L}+))?/u.exec(asked)
  // "which companies set out …", "which oil company …": the word that names a kind.
  const kind = [after?.[1], after?.[2]].find((word) => word !== undefined && NAMED_KIND_ASKED.test(`which ${word}`))
  if (!kind) return false
  const forms = [kind, kind.replace(/(?:es|s)$/u, ''), kind.replace(/ies$/u, 'y')]
  const stems = new Set([...forms, ...forms.flatMap(translationsOf)].filter((form) => form.length >= 4).map((form) => form.replace(/(?:ies|es|s|y|a|o)$/u, '')))
  const folded = fold(text)
  for (const word of folded.matchAll(/\p{L}+/gu)) {
    if (![...stems].some((stem) => word[0].startsWith(stem) && word[0].length - stem.length <= 3)) continue
    const after = text.slice(word.index + word[0].length, word.index + word[0].length + 40)
    const before = text.slice(Math.max(0, word.index - 40), word.index)
    const names = [...namesInCapitals(` x ${after}`), ...namesInCapitals(before).slice(-2)].filter((name) => !asked.includes(fold(name)) && !DEMONYM.test(name))
    if (names.length > 0) return true
  }
  return false
}

/** "Pakistani", "Chilean", "Chinese": a people's adjective, not a name. */
const DEMONYM = /(?:i|an|ese|ish)$/u

/** Words in capitals inside a sentence, not its first word: "Besix", "Multiplex", "Vinci (QDVC)". */
function namesInCapitals(text: string): string[] {
  return [...text.matchAll(/(?<=[^.!?:;«“"(\s]\s+)\p{Lu}[\p{L}\p{M}'’-]+/gu)].map((match) => match[0]).filter((word) => !DATE_WORDS.has(fold(word)))
}

/** A list item that is a name and nothing more: "Ontario", "British Columbia". */
function listedName(sentence: Facts['sentences'][number] | undefined): boolean {
  return sentence?.block === 'list-item' && /^\p{Lu}[\p{L}\p{M}'’.-]*(?:\s+\p{Lu}[\p{L}\p{M}'’.-]*){0,3}\.?$/u.test(sentence.text.trim())
}

/** Kinds whose names say what they are ("Evin Prison", "Hospital Central"), asked for and as written in a name. */
const KIND_IN_NAME: ReadonlyArray<readonly [RegExp, RegExp]> = [
  [/\b(?:prisons?|jails?|carcel(?:es)?|prision(?:es)?|penal(?:es)?)\b/, /\b(?:prison|jail|gaol|penitentiary|carcel|prision|penal|penitenciari[oa]|reclusorio|cereso)\b/],
  [/\b(?:hospital(?:es)?|clinics?|clinicas?)\b/, /\b(?:hospital|clinic|clinica|medical|medico|sanatori)/],
  [/\b(?:courts?|tribunal(?:es)?|cortes?|juzgados?)\b/, /\b(?:court|tribunal|corte|juzgado|audiencia|chamber|sala)\b/],
  [/\b(?:universit(?:y|ies)|universidad(?:es)?)\b/, /\b(?:universit|universidad|college|colegio)/],
  [/\b(?:hotel(?:es)?)\b/, /\bhotel/],
  [/\b(?:embass(?:y|ies)|embajadas?)\b/, /\b(?:embass|embajada|consulat|consulado)/]
]

/** The answer the rules give: a topic's, a sentence's, or a decline. */
function ruledAnswer(facts: Facts, question: string, understood: Understanding, base: Request, focus: Person | undefined): Answer {
  const folded = fold(question)
  // A concept the genre seldom tells (a death toll, someone's age, the weather): only a sentence
  // that speaks of it answers ("how many kids were killed" — "… including 5 children").
  if (understood.unanswerable.length > 0) {
    // "Who wrote this?": whoever put the release out, though who wrote something else is seldom told.
    const itself = RELEASE_ITSELF.test(folded) && understood.unanswerable.some((concept) => WRITING.test(concept))
    const signed = itself ? signedByAnswer({...base, intent: 'fact'}) : undefined
    if (signed) return finish(signed, 0.8)
    const publisher = itself ? publisherAnswer({...base, intent: 'sources'}, question, evidenceIndex(facts).author) : undefined
    if (publisher) return finish(publisher, 0.8)
    const required = conceptWords(understood.unanswerable)
    const found = required ? evidenceAnswer({...base, intent: 'fact'}, question, {focus, required}) : undefined
    if (found) return finish(found, 0.6)
    // Told in other words ("tribunal" of an article that writes "court"): asked as any question is.
    if (!understood.toldInOtherWords) return finish(decline(base), 0.9)
  }
  // Yes or no: the sentence that confirms or corrects it, before any topic's summary.
  const shape = questionShape(question)
  const polar = shape.polar
  if (polar) {
    const checked = evidenceAnswer({...base, intent: 'fact'}, question, {focus})
    if (checked) return finish(checked, 0.7)
    const member = membership({...base, intent: 'delegation'}, question)
    if (member) return finish(member, 0.8)
    const askedAgain = askedAgainAnswer({...base, intent: 'fact'}, question, {focus})
    if (askedAgain) return finish(askedAgain, 0.6)
  }
  // "Who do I contact?": the release's media contact, before any topic's list of people.
  const contact = contactAnswer({...base, intent: 'fact'}, question)
  if (contact) return finish(contact, 0.7)
  // "What is this advisory about?", "¿de qué trata este comunicado?": the gist of the release itself.
  if (ABOUT_THIS.test(folded.replace(/^[¿¡\s]+/u, ''))) return compose({...base, intent: 'help'}, 0.9)
  // "Who signed it?": whoever signs the release.
  const signer = SIGNED_ASKED.test(folded) ? signedByAnswer({...base, intent: 'fact'}, true) : undefined
  if (signer) return finish(signer, 0.8)
  // "When was this statement put out?": the article's own date.
  const published = publishedAnswer({...base, intent: 'sources'}, question)
  if (published) return finish(published, 0.8)
  // "When was this published?" of an article that dates nothing with a year: it does not say.
  if (publishedOnlyGuessed(facts, question)) return finish(decline(base), 0.9)
  // "Who put out this statement?": the publisher its frontmatter or byline names.
  // "Who's behind this message?" of one no publisher is known for: whoever signs it at its head.
  const publisher = publisherAnswer({...base, intent: 'sources'}, question, evidenceIndex(facts).author) ?? (asksPublisher(question) ? signedByAnswer({...base, intent: 'fact'}) : undefined)
  if (publisher) return finish(publisher, 0.8)
  // "Which prison is she held in?" of an article that names one prison: that one.
  const kind = NAMED_KIND_ASKED.test(folded) ? KIND_IN_NAME.find(([asked]) => asked.test(folded)) : undefined
  const ofKind = kind ? onlyOfKindAnswer({...base, intent: 'fact'}, question, kind[0], kind[1]) : undefined
  if (ofKind) return finish(ofKind, 0.7)
  // "Where is this from?": the city its dateline gives, before the article's title.
  const issued = issuedFromAnswer({...base, intent: 'fact'}, question)
  if (issued) return finish(issued, 0.8)
  // "What is COFADEH?": the name the acronym stands for.
  const acronym = acronymAnswer({...base, intent: 'fact'}, question)
  if (acronym) return finish(acronym, 0.8)
  // "Where's the rally?" in a media advisory: its "Where:" line, before the event's story.
  const announced = announcedAnswer({...base, intent: 'fact'}, question)
  if (announced) return finish(announced, 0.75)
  // "Which groups sent the mission?": the organisations a sentence names, before a topic that names one.
  const organisationsAsked = asksWhichOrganisations(question)
  const named = organisationsAsked ? evidenceAnswer({...base, intent: 'fact'}, question, {focus}) : undefined
  if (named) return finish(named, 0.65)
  // "What's the name of his lawyer?": the name the article gives beside the role, or none; a topic's story of the lawyer is no name.
  if (asksRoleHoldersName(question) && !polar) {
    const holder = evidenceAnswer({...base, intent: 'fact'}, question, {focus})
    return holder ? finish(holder, 0.6) : finish(decline(base), 0.8)
  }
  // Words the topics' facts do not know: one sentence of the article may still hold them.
  const answer = understood.strangeNumbers.length > 0 || understood.unknown.length > 0 ? finish(decline(base), 0.9) : topicAnswer(facts, question, understood, base)
  // "Is Ruiz the chair of the committee?" that no sentence settles: who Ruiz is says neither yes nor no;
  // "is Ruiz from Ruritania?", which releases seldom tell, is fairly met by who she is.
  if (polar && answer.intent === 'person' && !ORIGIN_ASKED.test(folded)) return finish(decline(base), 0.6)
  // "¿La Comisión apoyó el proyecto?": how the reader can act says nothing of what others did; "can I still sign?" asks about the reader.
  if (polar && answer.intent === 'act' && !ASKER_ASKS.test(folded)) return finish(decline(base), 0.6)
  // "Who got arrested?": an event's story that names no one does not say who; a sentence that names the one it was done to does.
  if (answer.intent === 'event' && shape.type === 'agent' && understood.people.length === 0 && !namesSomeone(facts, answer) && !namesWhatIsAsked(question, answer)) {
    const found = evidenceAnswer({...base, intent: 'fact'}, question, {focus})
    const who = found ? finish(found, 0.6) : undefined
    if (who && namesSomeone(facts, who)) return who
  }
  // "Who got executed?" that the topics only ask back about ("who's who, or a quote?"): a sentence that names them answers it.
  // "¿Qué pasó en Llano de Brujas?": so is one about what happened somewhere the article names.
  if (answer.intent === 'clarify' && !polar && (shape.type === 'agent' || HAPPENED_ASKED.test(folded))) {
    const found = evidenceAnswer({...base, intent: 'fact'}, question, {focus})
    const settled = found ? finish(found, 0.6) : undefined
    if (settled && (shape.type !== 'agent' || namesSomeone(facts, settled))) return settled
  }
  // "What is CPJ asking the authorities to do?": a day of the timeline does not tell what is asked for; the sentence that does.
  if (answer.intent === 'event' && !polar && asksWhatIsDemanded(question)) {
    const found = evidenceAnswer({...base, intent: 'fact'}, question, {focus})
    if (found) return finish(found, 0.6)
  }
  if (answer.status !== 'declined') return answer
  // A yes/no question or one asking which organisations was put to the sentences already, with the same focus.
  const found = polar || organisationsAsked ? undefined : evidenceAnswer({...base, intent: 'fact'}, question, {focus})
  return found ? finish(found, 0.6) : answer
}

/** "What happened in X?", "¿qué pasó con el proyecto?". */
const HAPPENED_ASKED = /\b(?:what\s+happened|whats?\s+happening|que\s+(?:paso|pasa|ocurrio|sucedio|ha\s+pasado))\b/

/** The release itself, not a report or a work it tells of: "who wrote this?", "¿quién escribió este comunicado?". */
const RELEASE_ITSELF = /\b(?:this|esto|eso)\W*$|\b(?:this|the|este|esta|el|la)\s+(?:statement|release|press release|news release|article|advisory|communique|message|letter|update|post|blog post|comunicado|nota|articulo|declaracion|mensaje|carta|entrada)\b/

/** Writing asked of: "who wrote this?", "¿quién escribió esto?". */
const WRITING = /^(?:wrote|write|written|writer|author|authors|escribio|escribieron)$/

/** A yes/no question about what the one asking can do: "can I sign?", "¿puedo firmar?", "should we write?". */
const ASKER_ASKS = /\b(?:i|we|me|my|puedo|podemos|debo|debemos|tengo|tenemos|firmo|escribo|ayudo)\b/

/** What an answer says, as the core checks it: its messages' names and the article's words they carry. */
function saidIn(answer: Answer): string {
  return answer.paragraphs.flatMap((parts) => parts.map((part) => literalText(part.words))).join(' ')
}

/** "What are the names of the …?", "¿cómo se llaman los activistas?", "… by name?": the names of several people (not of companies or places). */
const NAMES_ASKED = /\b(?:what (?:are|were) the names of (?:the|those|these|all)(?! (?:\d+ )?(?:compan|organi[sz]ation|group|firm|brand|countr|place|town|village|school|report|law|bill|street|camp|prison)\w*)|names of the (?:\d+ |other )?(?:people|persons|workers|victims|delegates|journalists|activists|prisoners|detainees|students|members|protesters|defenders|children|men|women|dead)|what (?:are|were) their names|\bby name\W*$|como se llaman (?:los|las) (?:\d+ )?(?:personas|trabajador|victimas|delegad|periodistas|activistas|pres|detenid|estudiantes|miembros|manifestantes|defensor|muert|fallecid|expert)|(?:cuales|como) (?:son|eran) los nombres de|nombres de (?:los|las) (?:\d+ )?(?:personas|trabajador|victimas|delegad|periodistas|activistas|pres|detenid|estudiantes|miembros|manifestantes|defensor|muert|fallecid))/

/** How many of the people the article names an answer's sentences name, other than those the question names. */
function namesSomeoneElse(facts: Facts, answer: Answer, asked: string): number {
  const said = saidIn(answer)
  const spans = answer.citations.flatMap((cited) => facts.sentences[cited.index]?.spans ?? []).filter((span) => span.type === 'person')
  const named = new Set([...facts.people.filter((person) => said.includes(person.name)).map((person) => person.name), ...spans.map((span) => span.text)])
  return [...named].filter((name) => !asked.includes(fold(name))).length
}

/** Whether an answer names anyone the article names, by name or surname. */
function namesSomeone(facts: Facts, answer: Answer): boolean {
  const said = saidIn(answer)
  return facts.people.some((person) => [person.name, ...person.aliases].some((name) => said.includes(name)))
}

/** Whether an answer writes as a name a word the question asks about: "who was Olga Berg?" — "Olga Berg Hansen was …". */
function namesWhatIsAsked(question: string, answer: Answer): boolean {
  const said = saidIn(answer)
  const names = new Set((said.match(/(?<![\p{L}])\p{Lu}[\p{L}\p{M}'’-]{3,}/gu) ?? []).map(fold))
  // A country the question sets it in ("who got released in Iran?") is no one asked about.
  return wordsOf(question).some((word) => names.has(word) && !foldedCountryNames().has(word))
}

/** The words each concept is held by, or undefined when one is only a question's frame ("what time"). */
function conceptWords(concepts: readonly string[]): string[] | undefined {
  const words: string[] = []
  for (const concept of concepts) {
    const own = wordsOf(concept).filter((word) => !isStopword(word) && !ANSWER_TYPE_WORDS.has(word))
    if (own.length === 0) return undefined
    words.push(...own)
  }
  return words
}

function topicAnswer(facts: Facts, question: string, understood: Understanding, base: Request): Answer {
  const answer = routedAnswer(facts, question, understood, base)
  // "Why was he arrested?": about one person, in words no topic's facts hold (a role or an event
  // description is not an answer to them, nor a choice of topics), the sentence about that person that holds them.
  const [person, ...others] = understood.people
  if (person && others.length === 0 && (understood.content.length > 0 || asksWhatIsDemanded(question)) && (answer.status === 'declined' || answer.intent === 'event' || answer.intent === 'person' || answer.intent === 'clarify')) {
    const found = evidenceAnswer({...base, intent: 'fact'}, question, {focus: person})
    if (found) return finish(found, 0.6)
    // No one sentence about them holds those words: an event's description does not answer them either.
    if (answer.intent === 'event') return finish(decline(base), 0.6)
  }
  return answer
}

/** The answer of the topic the question routes to, or a decline when that answer would not answer it. */
function routedAnswer(facts: Facts, question: string, understood: Understanding, base: Request): Answer {
  const context = base.context
  const routed = route(facts, understood, context)
  // "How many people support …": a count none of the candidate topics can give.
  if (understood.aspects.has('count') && routed.intent === 'clarify' && !(routed.choices ?? []).some((choice) => countable(understood, choice))) {
    return finish(decline(base), 0.9)
  }
  // "What did <someone the article does not name> say": no choice of topics can answer it.
  if (routed.intent === 'clarify' && aboutSomeoneUnnamed(understood, 'clarify')) return finish(decline(base), 0.8)
  if (routed.intent === 'clarify' && routed.choices && routed.choices.length > 1) {
    // "Where was the report presented?" between the report and its launch: a sentence that says where answers it.
    const pointed = understood.aspects.has('where') || understood.aspects.has('when') ? evidenceAnswer({...base, intent: 'fact'}, question, {}) : undefined
    if (pointed) return finish(pointed, 0.6)
    return finish(clarify({...base, intent: 'clarify'}, routed.choices), routed.confidence)
  }
  if (routed.intent === 'clarify' || routed.intent === 'out-of-scope') return finish(decline(base), routed.confidence)
  if (understood.aspects.has('count') && !countable(understood, routed.intent)) return finish(decline(base), 0.9)

  if (aboutSomeoneUnnamed(understood, routed.intent, facts) || asksAboutToday(understood, routed.intent) || sayingOfUnquoted(understood, facts) || unheldOffice(understood, routed.intent)) return finish(decline(base), 0.8)
  // "What did the delegates say?": their quote, or nothing.
  const saying = sayingOfTopic(understood, routed.intent, facts)
  if (saying === 'out-of-scope') return finish(decline(base), 0.8)
  if (saying) routed.intent = saying
  let people = understood.people
  if (people.length === 0 && routed.intent === 'person' && context.lastPerson) {
    const last = findPerson(facts, context.lastPerson)
    if (last) people = [last]
  }
  const answer = compose({...base, intent: routed.intent, people}, routed.confidence)
  if (answer.status === 'answered' && !(coversWhatWasNamed(answer, understood, facts) && answersTheAspect(answer, understood))) return finish(decline(base), 0.8)
  return answer
}

