/**
 * A minimal stand-in for the answering core (src/core/answer.ts), for the grammY-layer tests
 * while the real core is being written: answers composed from the fixture facts, enough to
 * drive every path of the Telegram layer (answered, declined, clarify, follow-up, links).
 */
import type {Facts} from 'article-facts'
import type {Answer, AskOptions, Intent} from '../../src/core/types.js'

const EN = {source: 'Source', act: 'Take action', declined: 'The article does not say.'}
const ES = {source: 'Fuente', act: 'Actúa', declined: 'El artículo no lo dice.'}

export function answerTopic(facts: Facts, intent: Intent, options: AskOptions): Answer {
  const words = options.lang === 'es' ? ES : EN
  const base = {intent, lang: options.lang, confidence: 1, facts: [], buttons: [], context: {...options.context, lastIntent: intent}}
  const answered = (text: string, sources: Facts['sentences'], extra: Partial<Answer> = {}): Answer => ({
    ...base,
    status: 'answered',
    paragraphs: [[{text}]],
    citations: sources.map((s) => ({sentence: s.text, line: s.start.line, column: s.start.column})),
    buttons: [{kind: 'source', label: words.source}, {kind: 'intent', label: words.act, intent: 'act'}],
    ...extra
  })
  const sentence = (index: number) => facts.sentences.filter((s) => s.index === index)
  switch (intent) {
    case 'delegation': {
      const delegation = facts.delegations[0]
      if (!delegation) break
      return answered(`${delegation.leader} leads the delegation.`, sentence(delegation.sources[0]!.sentenceIndex))
    }
    case 'act': {
      const action = facts.actions[0]
      if (!action) break
      return {
        ...answered(action.text, sentence(action.source.sentenceIndex)),
        buttons: action.url ? [{kind: 'url', label: action.text, url: action.url}] : []
      }
    }
    case 'quote': {
      const quote = facts.quotes[0]
      if (!quote) break
      // No source button: the formatter quotes the sentence under the answer.
      return {...answered(`“${quote.text}”, said ${quote.speaker}.`, sentence(quote.source.sentenceIndex)), buttons: []}
    }
    case 'timeline':
      return {
        ...answered(facts.events.map((event) => `${event.date?.text}: ${event.description}`).join('\n'), []),
        paragraphs: facts.sentences.map((s) => [{text: s.text, strong: s.index === 0}])
      }
    case 'report':
    case 'sources':
    case 'petition':
    case 'event': {
      const text = intent === 'event' ? facts.events[0]?.date?.text : facts.sentences[0]?.text
      return answered(`${text}`, sentence(0))
    }
    default:
      break
  }
  return {...base, status: 'declined', confidence: 0.2, paragraphs: [[{text: words.declined}]], citations: []}
}

export function answerQuestion(facts: Facts, question: string, options: AskOptions): Answer {
  const text = question.toLowerCase()
  if (text.includes('ambiguous')) {
    return {
      intent: 'clarify',
      status: 'clarify',
      confidence: 0.5,
      lang: options.lang,
      paragraphs: [[{text: options.lang === 'es' ? '¿Quieres decir…?' : 'Did you mean…?'}]],
      facts: [],
      citations: [],
      buttons: [
        {kind: 'intent', label: 'The report', intent: 'report'},
        {kind: 'intent', label: 'The delegation', intent: 'delegation'}
      ],
      context: {...options.context, pendingChoices: ['report', 'delegation']}
    }
  }
  if (text.includes('<script>')) {
    return {...answerTopic(facts, 'report', options), paragraphs: [[{text: 'Tags <b>stay</b> text & so do "quotes"'}]]}
  }
  if (text.startsWith('and when') || text.startsWith('¿y cuándo')) {
    return options.context?.lastIntent ? answerTopic(facts, 'event', options) : answerTopic(facts, 'out-of-scope', options)
  }
  if (/delegation|delegación|who leads/.test(text)) return answerTopic(facts, 'delegation', options)
  if (/petition|petición|firmas/.test(text)) return answerTopic(facts, 'petition', options)
  if (/everything|timeline/.test(text)) return answerTopic(facts, 'timeline', options)
  return answerTopic(facts, 'out-of-scope', options)
}
