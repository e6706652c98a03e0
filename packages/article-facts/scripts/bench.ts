/**
 * `pnpm bench`: figures, not assertions. Times are CPU time of this process (the machine is
 * shared), and every ratio compares against a baseline measured in the same run.
 */
import {existsSync, readFileSync} from 'node:fs'
import os from 'node:os'
import remarkParse from 'remark-parse'
import {unified} from 'unified'
import type * as ArticleFacts from '../src/index.js'

// The built package, as users run it (`pnpm bench` builds first); the source when there is no build.
const built = new URL('../dist/index.js', import.meta.url)
const {extractFacts} = (await import(existsSync(built) ? built.href : '../src/index.js')) as typeof ArticleFacts

const seed = readFileSync(new URL('../test/fixtures/peru-delegation/input.txt', import.meta.url), 'utf8')
const now = new Date()

/** CPU milliseconds this process used: other processes on a shared machine do not count. */
function cpuMs(): number {
  const usage = process.cpuUsage()
  return (usage.user + usage.system) / 1000
}

/**
 * Median CPU milliseconds per call of each task. Tasks run in batches (CPU time has coarse
 * resolution) and interleave round by round, so the machine's state falls on all of them alike.
 */
function medians(tasks: Array<{run: () => unknown; batch: number}>, rounds: number, warmup = 3): number[] {
  for (let round = 0; round < warmup; round++) for (const task of tasks) task.run()
  const times = tasks.map(() => [] as number[])
  for (let round = 0; round < rounds; round++) {
    tasks.forEach((task, index) => {
      const start = cpuMs()
      for (let call = 0; call < task.batch; call++) task.run()
      times[index]?.push((cpuMs() - start) / task.batch)
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

console.log(`article-facts bench · ${existsSync(built) ? 'dist' : 'src'} · ${os.cpus()[0]?.model ?? 'unknown CPU'} · ${os.cpus().length} cores · Node.js ${process.version}`)
console.log(`seed article: ${seed.length} characters, ${seed.split('\n').filter(Boolean).length} lines\n`)

// Throughput: as many seed extractions as fit in about two CPU seconds.
let count = 0
const started = cpuMs()
while (cpuMs() - started < 2000) {
  extract(seed)
  count++
}
const seconds = (cpuMs() - started) / 1000
console.log(`throughput            ${format(count / seconds, 0)} articles per CPU second (${count} in ${format(seconds)} s)`)

// Overhead over bare remark-parse on the same input.
const [full = Number.NaN, bare = Number.NaN] = medians(
  [
    {run: () => extract(seed), batch: 100},
    {run: () => parser.parse(seed), batch: 100}
  ],
  15,
  3
)
console.log(`full extraction       ${format(full, 3)} ms/article`)
console.log(`bare remark-parse     ${format(bare, 3)} ms/article`)
console.log(`ratio full / parse    ${format(full / bare)}× (aim ≤ 3×)\n`)

// Scaling: the article repeated 1×, 10×, 100× (one paragraph per line throughout).
const repeated = (times: number): string => Array.from({length: times}, () => seed.trim()).join('\n') + '\n'
const inputs = [1, 10, 100].map((times) => ({times, text: repeated(times)}))
const scaling = medians(inputs.map(({text, times}) => ({run: () => extract(text), batch: Math.max(1, 100 / times)})), 11, 2)
inputs.forEach(({times}, index) => console.log(`${String(times).padStart(3)}× article          ${format(scaling[index] ?? Number.NaN, 2).padStart(8)} ms`))
const one = scaling[0] ?? Number.NaN
const hundred = scaling[2] ?? Number.NaN
console.log(`ratio 100× / 1×       ${format(hundred / one, 1)}× (aim ≤ 150×, linear is 100×)`)
