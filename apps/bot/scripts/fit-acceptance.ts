/**
 * Fits the calibrated acceptance (`src/core/evidence/acceptance.ts`): for every question of the
 * dev half of the corpus and of the question sets that the rules decline, whether saying the
 * sentence that best holds it would pass, and what is known of that sentence. A logistic model
 * is fitted on those (a question of the sets weighs as `--set-weight` of the corpus, 20 by default), and the threshold
 * chosen where answers gained most outnumber wrong ones and no trap of the sets is answered
 * (a wrong answer, or an answer to what the article does not say, costs `--cost` gains; 1 by default). The
 * test half is never read. Prints the model and the table of thresholds; `--write` puts the
 * model in place.
 *
 *   pnpm --filter @campaign/bot fit-acceptance [--cost 1] [--set-weight 20] [--write] [--corpus-only] [--verbose]
 *
 * --corpus-only leaves the question sets out (their traps weigh much: without them the model
 * answers more and declines fewer traps); --verbose prints each question's sentences and their probabilities.
 */
import {readFileSync, writeFileSync} from 'node:fs'
import {parseArgs} from 'node:util'
import {detectLanguage, type Facts} from 'article-facts'
import {SENTENCE_ACCEPTANCE, acceptance, mostTrusted, type AcceptanceFeature, type AcceptanceFeatures, type AcceptanceModel} from '../src/core/evidence/acceptance.js'
import {sentenceChoices} from '../src/core/evidence/answer.js'
import {understand} from '../src/core/understand.js'
import {coreReplies} from '../src/eval/core-replies.js'
import {loadCorpus} from '../src/eval/corpus.js'
import {parseEvalSet, scoreItem, type EvalItem} from '../src/eval/score.js'
import {loadArticleFacts} from '../src/facts-source.js'

const {values: args} = parseArgs({
  options: {cost: {type: 'string', default: '1'}, 'set-weight': {type: 'string', default: '20'}, write: {type: 'boolean', default: false}, 'corpus-only': {type: 'boolean', default: false}, verbose: {type: 'boolean', default: false}}
})
const cost = Number(args.cost)
const setWeight = Number(args['set-weight'])

interface Choice {
  features: AcceptanceFeatures
  /** Saying this sentence passes. */
  right: boolean
}

interface Example {
  /** The best-ranked sentences, each weighed apart; the one the model likes most is said. */
  choices: Choice[]
  /** The article does not say: any answer is wrong. */
  unanswerable: boolean
  source: string
  /** The article (or question set) it was asked of. */
  article: string
  /** Asked in a question set, not the corpus. */
  fromSet: boolean
}

const now = new Date('2026-11-29T12:00:00Z')
const examples: Example[] = []

function collect(facts: Facts, items: readonly EvalItem[], source: string, fromSet: boolean): void {
  // What the rules alone decline.
  const replies = coreReplies(facts, items, now, {acceptance: false})
  for (const item of items) {
    // In a conversation the focus decides the sentence: only questions asked alone are weighed.
    if (item.conversation !== undefined || item.clarify) continue
    if (replies.get(item)?.intent !== 'out-of-scope') continue
    const lang = detectLanguage(item.question) ?? item.lang
    const found = sentenceChoices(facts, item.question, {lang, rareConcept: understand(facts, item.question, {}).unanswerable.length > 0})
    if (found.length === 0) continue
    // What the bot would say: the sentence itself.
    const choices = found.map((choice) => ({features: choice.features, right: scoreItem(item, {question: item.question, answer: choice.evidence.sentence.text, intent: 'fact'}).pass}))
    examples.push({choices, unanswerable: item.decline === true, source: `${source} ${item.id}`, article: source, fromSet})
  }
}

for (const article of loadCorpus('eval/corpus')) if (article.split === 'dev') collect(loadArticleFacts(article.article).facts, article.items, article.article, false)
const sets = JSON.parse(readFileSync('eval/sets.json', 'utf8')) as {sets: Array<{name: string; file: string; article?: string}>}
for (const set of args['corpus-only'] ? [] : sets.sets) {
  const article = set.article ? new URL(set.article, new URL('../eval/sets.json', import.meta.url)).pathname : '../../content/articles/amnesty-peru-delegation.txt'
  const {facts} = loadArticleFacts(article)
  collect(facts, parseEvalSet(readFileSync(`eval/${set.file}`, 'utf8'), set.file), set.name, true)
}

const names = Object.keys(SENTENCE_ACCEPTANCE.weights) as AcceptanceFeature[]

/** The L2 penalty on every weight but the bias. */
const L2 = 1

/**
 * Logistic regression by Newton's method over every sentence weighed, with a little L2 so that rare features stay small.
 * A question of the sets weighs as `--set-weight` questions of the corpus: their traps are the kind of question the bot must
 * decline, and there are few of them.
 */
function fit(data: readonly Example[]): AcceptanceModel {
  const rows = data.flatMap((example) => example.choices.map((choice) => ({x: [1, ...names.map((name) => choice.features[name])], y: choice.right ? 1 : 0, weight: example.fromSet ? setWeight : 1})))
  const size = names.length + 1
  let w = new Array<number>(size).fill(0)
  for (let step = 0; step < 30; step++) {
    const gradient = w.map((value, i) => (i === 0 ? 0 : L2 * value))
    const hessian = Array.from({length: size}, (_, i) => Array.from({length: size}, (_, j) => (i === j && i > 0 ? L2 : 0)))
    for (const {x, y, weight} of rows) {
      const p = 1 / (1 + Math.exp(-x.reduce((sum, value, i) => sum + value * w[i]!, 0)))
      for (let i = 0; i < size; i++) {
        gradient[i]! += weight * (p - y) * x[i]!
        for (let j = 0; j < size; j++) hessian[i]![j]! += weight * p * (1 - p) * x[i]! * x[j]!
      }
    }
    const delta = solve(hessian, gradient)
    w = w.map((value, i) => value - delta[i]!)
  }
  return {bias: w[0]!, weights: Object.fromEntries(names.map((name, i) => [name, w[i + 1]!])) as Record<AcceptanceFeature, number>, threshold: 0}
}

/** Solves a x = b by Gaussian elimination with partial pivoting. */
function solve(a: number[][], b: number[]): number[] {
  const n = b.length
  const m = a.map((row, i) => [...row, b[i]!])
  for (let col = 0; col < n; col++) {
    let pivot = col
    for (let row = col + 1; row < n; row++) if (Math.abs(m[row]![col]!) > Math.abs(m[pivot]![col]!)) pivot = row
    ;[m[col], m[pivot]] = [m[pivot]!, m[col]!]
    for (let row = col + 1; row < n; row++) {
      const factor = m[row]![col]! / m[col]![col]!
      for (let k = col; k <= n; k++) m[row]![k]! -= factor * m[col]![k]!
    }
  }
  const x = new Array<number>(n).fill(0)
  for (let row = n - 1; row >= 0; row--) {
    let sum = m[row]![n]!
    for (let k = row + 1; k < n; k++) sum -= m[row]![k]! * x[k]!
    x[row] = sum / m[row]![row]!
  }
  return x
}

/** Answers gained, unanswerable answered, wrong answers, and the net of them at a threshold: each question answered by the sentence the model likes most. */
function tally(model: AcceptanceModel, data: readonly Example[], threshold: number) {
  let gained = 0
  let unanswerable = 0
  let wrong = 0
  for (const example of data) {
    const chosen = mostTrusted(example.choices, {...model, threshold})?.choice
    if (!chosen) continue
    if (chosen.right) gained++
    else if (example.unanswerable) unanswerable++
    else wrong++
  }
  return {gained, unanswerable, wrong, net: gained - cost * (unanswerable + wrong)}
}

const model = fit(examples)
const traps = examples.filter((example) => example.fromSet && example.unanswerable)
const rows = [0.3, 0.35, 0.4, 0.45, 0.5, 0.55, 0.6, 0.65, 0.7, 0.75, 0.8, 0.85, 0.9].map((threshold) => ({threshold, ...tally(model, examples, threshold), trapsAnswered: tally(model, traps, threshold).unanswerable}))
// Every trap of the sets declined: what the bot must not answer, it does not.
const chosen = rows.filter((row) => row.trapsAnswered === 0).reduce((best, row) => (row.net > best.net ? row : best), {threshold: 2, gained: 0, unanswerable: 0, wrong: 0, net: 0, trapsAnswered: 0})
model.threshold = chosen.threshold

// Five-fold estimate of the same on articles the fit did not see: a new article is what the bot meets.
const articles = [...new Set(examples.map((example) => example.article))]
const foldOf = new Map(articles.map((article, i) => [article, i % 5]))
const folds = {gained: 0, unanswerable: 0, wrong: 0}
for (let fold = 0; fold < 5; fold++) {
  const held = examples.filter((example) => foldOf.get(example.article) === fold)
  const fitted = {...fit(examples.filter((example) => foldOf.get(example.article) !== fold)), threshold: chosen.threshold}
  const counts = tally(fitted, held, chosen.threshold)
  folds.gained += counts.gained
  folds.unanswerable += counts.unanswerable
  folds.wrong += counts.wrong
}

const right = examples.filter((example) => example.choices.some((choice) => choice.right)).length
const unanswerable = examples.filter((example) => example.unanswerable).length
console.log(`${examples.length} questions the rules decline: one of the best sentences answers ${right}, the article does not say ${unanswerable}`)
console.table(rows)
console.log(`threshold ${chosen.threshold} (cost ${cost}): +${chosen.gained}, ${chosen.unanswerable} unanswerable answered, ${chosen.wrong} wrong`)
const inPlace = tally(SENTENCE_ACCEPTANCE, examples, SENTENCE_ACCEPTANCE.threshold)
console.log(`the model in place (threshold ${SENTENCE_ACCEPTANCE.threshold}): +${inPlace.gained}, ${inPlace.unanswerable} unanswerable answered, ${inPlace.wrong} wrong`)
console.log(`five folds of articles, held out: +${folds.gained}, ${folds.unanswerable} unanswerable answered, ${folds.wrong} wrong`)
const round = (value: number) => Math.round(value * 1000) / 1000
const literal = `export const SENTENCE_ACCEPTANCE: AcceptanceModel = {
  bias: ${round(model.bias)},
  weights: {${names.map((name) => `${name}: ${round(model.weights[name])}`).join(', ')}},
  threshold: ${model.threshold}
}`
console.log(literal)
if (args.write) {
  const file = new URL('../src/core/evidence/acceptance.ts', import.meta.url)
  const source = readFileSync(file, 'utf8')
  writeFileSync(file, source.replace(/export const SENTENCE_ACCEPTANCE: AcceptanceModel = \{[\s\S]*?\n\}/, literal))
}
if (args.verbose) {
  for (const example of examples) {
    const scored = example.choices.map((choice) => `${choice.right ? '+' : '-'}${acceptance(choice.features, model).toFixed(2)}`).join(' ')
    console.log(example.unanswerable ? 'U' : 'A', scored, example.source.replace(/^.*\//, ''))
  }
}
