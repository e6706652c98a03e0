import {readFileSync} from 'node:fs'
import {VFile} from 'vfile'
import {createArticleProcessor} from '../src/processor.js'
import {FactsDraft} from '../src/extract/draft.js'
import {extractDelegation} from '../src/extract/delegation.js'
import {extractOrganisations, extractPeople} from '../src/extract/entities.js'
import {extractEvents, extractDatedStatement} from '../src/extract/events.js'
import {extractLinks} from '../src/extract/links.js'
import {extractPetition} from '../src/extract/petition.js'
import {extractQuotes} from '../src/extract/quotes.js'
import {extractReport, extractResearch} from '../src/extract/report.js'
import {findDates} from '../src/util/dates.js'
import {splitSentences} from '../src/util/sentences.js'
import {wordsOf} from '../src/util/patterns.js'
const seed = readFileSync('test/fixtures/peru-delegation/input.txt', 'utf8')
const proc = createArticleProcessor({})
const f = new VFile(seed); proc.runSync(proc.parse(f), f)
const contexts = f.data.contexts!
const t: Record<string, number> = {}
const time = (k: string, fn: () => unknown) => { const s = performance.now(); const r = fn(); t[k] = (t[k] ?? 0) + performance.now() - s; return r }
const N = 3000
for (let i = 0; i < N; i++) {
  const draft = new FactsDraft()
  for (const b of f.data.blocks!) time('split', () => splitSentences(b.text))
  for (const c of contexts) {
    const o = time('orgs', () => extractOrganisations(c, draft)) as any
    const p = time('people', () => extractPeople(c, draft, o)) as any
    time('delegation', () => extractDelegation(c, draft, p))
    time('events', () => extractEvents(c, draft, p))
    time('report', () => extractReport(c, draft))
    time('research', () => extractResearch(c, draft))
    time('petition', () => extractPetition(c, draft))
    time('quotes', () => extractQuotes(c, draft))
    time('links', () => extractLinks(c, draft))
    time('dated', () => { if (!draft.usesMention(c.dates[0])) extractDatedStatement(c, draft) })
    const w = time('words', () => wordsOf(c.text)) as any
    time('findDates', () => findDates(c.text, w))
  }
}
for (const [k, v] of Object.entries(t)) console.log(k.padEnd(12), (v / N * 1000).toFixed(1), 'µs/article')
