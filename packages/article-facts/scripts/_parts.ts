import {readFileSync} from 'node:fs'
import remarkParse from 'remark-parse'
import remarkFrontmatter from 'remark-frontmatter'
import {unified} from 'unified'
import {VFile} from 'vfile'
import {articleLineParagraphs} from '../src/plugins/line-paragraphs.js'
import {articleNormalise} from '../src/plugins/normalise.js'
import {articleSegment} from '../src/plugins/segment.js'
import {articleExtract} from '../src/plugins/extract.js'
import {articleResolveDates} from '../src/plugins/resolve-dates.js'
import {articleValidate} from '../src/plugins/validate.js'
const seed = readFileSync('test/fixtures/peru-delegation/input.txt', 'utf8')
const cpu = () => { const u = process.cpuUsage(); return (u.user + u.system) / 1000 }
const plugins = [articleNormalise, articleSegment, articleExtract, articleResolveDates, articleValidate] as any[]
const procs = plugins.map((_, n) => { let p: any = unified().use(remarkParse).use(remarkFrontmatter, ['yaml']).use(articleLineParagraphs); for (const pl of plugins.slice(0, n + 1)) p = p.use(pl); return p.freeze() })
const tasks: Record<string, () => unknown> = {}
procs.forEach((p, n) => { tasks['upto-' + n] = () => { const f = new VFile(seed); p.runSync(p.parse(f), f) } })
for (const [, t] of Object.entries(tasks)) for (let i = 0; i < 200; i++) t()
const res: Record<string, number[]> = {}
for (let r = 0; r < 15; r++) for (const [k, t] of Object.entries(tasks)) { const s = cpu(); for (let i = 0; i < 30; i++) t(); (res[k] ??= []).push((cpu() - s) / 30) }
for (const [k, v] of Object.entries(res)) { v.sort((a, b) => a - b); console.log(k.padEnd(22), v[7]!.toFixed(3)) }
