/**
 * `pnpm bench`: figures, not assertions. Every ratio compares against a baseline measured in the
 * same run on the same machine, so a busy machine shifts both sides alike.
 */
import {readFileSync} from 'node:fs'
import os from 'node:os'
import remarkParse from 'remark-parse'
import {unified} from 'unified'
import {extractFacts} from '../src/index.js'

const seed = readFileSync(new URL('../test/fixtures/peru-delegation/input.txt', import.meta.url), 'utf8')
const now = new Date()

/**
 * Median milliseconds per call of each task, the tasks interleaved round by round so that load
 * from other processes falls on all of them alike.
 */
function medians(tasks: Array<() => unknown>, rounds: number, warmup = 3): number[] {
  for (let round = 0; round < warmup; round++) for (const task of tasks) task()
  const times = tasks.map(() => [] as number[])
  for (let round = 0; round < rounds; round++) {
    tasks.forEach((task, index) => {
      const start = performance.now()
      task()
      times[index]?.push(performance.now() - start)
    })
  }
  return times.map((list) => {
    list.sort((a, b) => a - b)
    return list[Math.floor(list.length / 2)] ?? Number.NaN
  })
}

function extract(text: string): void {
  const {facts} = extractFacts(text, {now})
  if (!facts) throw new Error('bench input produced no facts')
}

const parser = unified().use(remarkParse)
const format = (value: number, digits = 2): string => value.toFixed(digits)

console.log(`article-facts bench · ${os.cpus()[0]?.model ?? 'unknown CPU'} · ${os.cpus().length} cores · Node.js ${process.version}`)
console.log(`seed article: ${seed.length} characters, ${seed.split('\n').filter(Boolean).length} lines\n`)

// Throughput: as many seed extractions as fit in about two seconds.
let count = 0
const started = performance.now()
while (performance.now() - started < 2000) {
  extract(seed)
  count++
}
const seconds = (performance.now() - started) / 1000
console.log(`throughput            ${format(count / seconds, 0)} articles/s (${count} in ${format(seconds)} s)`)

// Overhead over bare remark-parse on the same input.
const [full = Number.NaN, bare = Number.NaN] = medians([() => extract(seed), () => parser.parse(seed)], 400, 50)
console.log(`full extraction       ${format(full, 3)} ms/article`)
console.log(`bare remark-parse     ${format(bare, 3)} ms/article`)
console.log(`ratio full / parse    ${format(full / bare)}× (aim ≤ 3×)\n`)

// Scaling: the article repeated 1×, 10×, 100× (one paragraph per line throughout).
const repeated = (times: number): string => Array.from({length: times}, () => seed.trim()).join('\n') + '\n'
const inputs = [1, 10, 100].map((times) => ({times, text: repeated(times)}))
const scaling = medians(inputs.map(({text}) => () => extract(text)), 15, 2)
inputs.forEach(({times}, index) => console.log(`${String(times).padStart(3)}× article          ${format(scaling[index] ?? Number.NaN, 2).padStart(8)} ms`))
const one = scaling[0] ?? Number.NaN
const hundred = scaling[2] ?? Number.NaN
console.log(`ratio 100× / 1×       ${format(hundred / one, 1)}× (aim ≤ 150×, linear is 100×)`)
