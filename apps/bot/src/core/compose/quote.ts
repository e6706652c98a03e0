/** What was said, and by whom. */
import {findPerson} from '../facts-index.js'
import {Draft, type Composer} from './draft.js'
import {titledName} from './phrases.js'
import {message} from '../words.js'

/** "…, he said, …", "She added that …", "según dijo ella": someone named just before goes on speaking. */
const PRONOUN_SAYS = /(?:^|[,;]\s*)(?:he|she|they|él|ella|ellos|ellas)\s+(?:also\s+|then\s+|también\s+)?(?:said|says|added|adds|stressed|noted|warned|explained|insisted|argued|dijo|añadió|agregó|señaló|afirmó|explicó|advirtió|subrayó|insistió)(?![\p{L}])/iu

export const quote: Composer = (request) => {
  const {facts, lang} = request
  if (facts.quotes.length === 0) return undefined
  const bySpeaker = facts.quotes.filter((one) => request.people.some((person) => findPerson(facts, one.speaker ?? '') === person))
  // Asking what someone said when the article quotes only others: it does not say.
  if (request.people.length > 0 && bySpeaker.length === 0) return undefined
  const chosen = (bySpeaker.length > 0 ? bySpeaker : facts.quotes)[0]!
  const draft = new Draft(request, 'quote')
  const speakerPerson = chosen.speaker ? findPerson(facts, chosen.speaker) : undefined
  const speaker = speakerPerson ? titledName(speakerPerson, lang, facts) : chosen.speaker
  const paragraphOf = (one: typeof chosen) => facts.sentences[one.source.sentenceIndex]?.paragraph
  // The quote in the sentence after, in the same paragraph, by the same speaker or by no one named ("In his view, … “…”").
  const after = facts.quotes.find((one) => one.source.sentenceIndex === chosen.source.sentenceIndex + 1 && paragraphOf(one) === paragraphOf(chosen) && (one.speaker === chosen.speaker || one.speaker === undefined))
  const sentence = facts.sentences[chosen.source.sentenceIndex]
  if (sentence && chosen.text.length * 2 < sentence.text.length && !/^\W*[“"«]/u.test(sentence.text)) {
    // "X said the alliance condemns “the ongoing arbitrary arrests” of people who …": a few quoted words inside what the
    // sentence reports them saying; the sentence tells what they said, with the next one when it quotes them too.
    // "His organisation, he said, has “zero tolerance” for …": or the next one that reports them by a pronoun.
    const following = facts.sentences[chosen.source.sentenceIndex + 1]
    const next = after ? facts.sentences[after.source.sentenceIndex] : following && following.paragraph === sentence.paragraph && PRONOUN_SAYS.test(following.text) ? following : undefined
    // "Who's the CARE guy quoted?": who, then what the article says they said.
    if (request.aspects.has('who') && speaker) draft.say('evidence-short', {answer: speaker})
    draft.sayArticleSentence(next ? `${sentence.text} ${next.text}` : sentence.text)
    draft.use(chosen, chosen.source)
    if (after) draft.use(after, after.source)
  } else {
    draft.say(speaker ? 'quote-said' : 'quote-unattributed', {speaker: speaker ?? ''})
    // "“We want dialogue,” said Khan. “But the concerns still need an answer.”": what they went on to say in the same paragraph.
    const goesOn = after && after.speaker === chosen.speaker ? after : undefined
    // The article's quote often ends on the comma before "said X"; the reader gets a full stop.
    const finished = (text: string) => text.trim().replace(/^[“"]|[”"]$/g, '').replace(/[,;:]$/, '').replace(/([^.!?…])$/, '$1.')
    const words = goesOn ? `${finished(chosen.text)} ${finished(goesOn.text)}` : finished(chosen.text)
    draft.sayParts([{words: message('quoted', {text: words})}])
    draft.use(chosen, chosen.source)
    if (goesOn) draft.use(goesOn, goesOn.source)
  }
  if (speakerPerson) draft.remember({lastPerson: speakerPerson.name})
  return draft.next('delegation').next('report').next('sources')
}
