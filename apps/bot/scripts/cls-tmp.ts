import {readFileSync} from 'node:fs'
import {loadCorpus} from '../src/eval/corpus.js'
import {loadArticleFacts} from '../src/facts-source.js'
import {answerQuestion} from '../src/core/answer.js'
import {explainEvidence, MIN_COVERAGE, MIN_TOPIC_COVERAGE} from '../src/core/evidence/answer.js'
import {questionShape} from '../src/core/evidence/question.js'
import {understand} from '../src/core/understand.js'
const counts = new Map<string, number>()
for (const article of loadCorpus('eval/corpus').filter((a) => a.split === 'dev')) {
  const {facts} = loadArticleFacts(article.article)
  for (const item of article.items) {
    if (item.decline || item.conversation) continue
    const answer = answerQuestion(facts, item.question, {lang: item.lang, now: new Date()})
    if (answer.status !== 'declined') continue
    const shape = questionShape(item.question)
    const u = understand(facts, item.question, {})
    const {ranked} = explainEvidence(facts, item.question)
    const best = ranked[0]
    let why = u.unanswerable.length ? `concept:${u.unanswerable[0]}` : !best ? 'no-candidate' : best.coverage < MIN_COVERAGE ? 'coverage' : best.topicCoverage < MIN_TOPIC_COVERAGE ? 'topic-coverage' : `typed:${shape.type}${shape.polar ? '/polar' : ''}${shape.definition ? '/def' : ''}${shape.name ? '/name' : ''}`
    counts.set(why.split(':')[0] + (why.startsWith('typed') ? ':' + why.split(':')[1] : ''), (counts.get(why.split(':')[0] + (why.startsWith('typed') ? ':' + why.split(':')[1] : '')) ?? 0) + 1)
    if (process.argv[2] && why.startsWith(process.argv[2])) console.log(why, '|', item.question, '|', best ? `${best.coverage.toFixed(2)}/${best.topicCoverage.toFixed(2)} ${best.evidence.sentence.text.slice(0, 120)}` : '')
  }
}
console.log([...counts].sort((a, b) => b[1] - a[1]))
