/**
 * `node --import tsx scripts/why.ts ARTICLE "question"`: how the evidence layer reads a question
 * (type, terms and weights) and the sentences it finds, with their coverage. For tuning on the
 * dev half.
 */
import {evidenceIndex} from '../src/core/evidence/index.js'
import {questionShape} from '../src/core/evidence/question.js'
import {explainEvidence} from '../src/core/evidence/answer.js'
import {loadArticleFacts} from '../src/facts-source.js'

const [file, ...questions] = process.argv.slice(2)
if (!file) throw new Error('usage: why.ts ARTICLE "question" …')
const {facts} = loadArticleFacts(file)
evidenceIndex(facts)
for (const question of questions) {
  console.log(`? ${question}  ${JSON.stringify(questionShape(question))}`)
  const {terms, ranked} = explainEvidence(facts, question)
  console.log(`  terms: ${terms.map((term) => `${term.word}→${term.term} ${term.weight.toFixed(2)}`).join(', ')}`)
  for (const candidate of ranked.slice(0, 4)) console.log(`  ${candidate.coverage.toFixed(2)} (topic ${candidate.topicCoverage.toFixed(2)}) ${candidate.score.toFixed(1)} [${[...candidate.matched].join(' ')}] ${candidate.evidence.sentence.text.slice(0, 140)}`)
}
