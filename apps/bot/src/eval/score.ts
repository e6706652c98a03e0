/**
 * Scoring of the question sets (`eval/*.jsonl`): pure functions from items and the replies the
 * bot gave to accuracy figures and a list of misses. The runner (`src/eval.ts`) gets replies
 * through `ask`; the CI test gets them from the core directly.
 */
import {fold} from '../core/text.js'

export interface EvalItem {
  id: string
  /** What the question is about, for per-topic accuracy ("petition", "out-of-scope", …). */
  topic: string
  lang: 'en' | 'es'
  question: string
  /** Items sharing a conversation id are asked in order in one chat. */
  conversation?: string
  /** Every one of these must be in the answer (case and accents ignored). */
  contains?: string[]
  /** From each group, at least one must be in the answer. */
  anyOf?: string[][]
  /** Each of these must be the URL of a link button of the reply. */
  links?: string[]
  /** None of these may be in the answer (e.g. "will present" for a past date). */
  noneOf?: string[]
  /** The bot must say the article does not say. */
  decline?: boolean
  /** The bot must ask back ("Did you mean …"). */
  clarify?: boolean
}

/** What the bot replied, as `ask --json` prints it. */
export interface EvalReply {
  question: string
  answer: string
  intent: string
  buttons?: unknown
  confidence?: number
  sources?: unknown
}

export interface ItemResult {
  item: EvalItem
  reply: EvalReply | undefined
  pass: boolean
  /** Why it failed, for the list of misses. */
  reason?: string
}

export interface Rate {
  passed: number
  total: number
  rate: number
}

export interface EvalSummary {
  overall: Rate
  byTopic: Record<string, Rate>
  byLang: Record<string, Rate>
  /** Out-of-scope items the bot declined. */
  declined: Rate
  /** Answerable items the bot wrongly declined. */
  falseDeclines: Rate
  misses: ItemResult[]
}

export class EvalSetError extends Error {
  override name = 'EvalSetError'
}

/** Parses a JSONL question set; each problem names the file and line. */
export function parseEvalSet(text: string, file: string): EvalItem[] {
  const items: EvalItem[] = []
  const ids = new Set<string>()
  text.split('\n').forEach((line, i) => {
    if (line.trim() === '') return
    const where = `${file}:${i + 1}`
    let value: unknown
    try {
      value = JSON.parse(line)
    } catch (error) {
      throw new EvalSetError(`${where}: not JSON (${(error as Error).message})`)
    }
    const item = value as Partial<EvalItem>
    if (typeof item.id !== 'string' || typeof item.question !== 'string' || typeof item.topic !== 'string') {
      throw new EvalSetError(`${where}: an item needs "id", "topic" and "question" strings`)
    }
    if (item.lang !== 'en' && item.lang !== 'es') throw new EvalSetError(`${where}: "lang" must be "en" or "es"`)
    if (ids.has(item.id)) throw new EvalSetError(`${where}: duplicate id "${item.id}"`)
    const expects = Boolean(item.decline) || Boolean(item.clarify) || [item.contains, item.anyOf, item.links].some((list) => (list?.length ?? 0) > 0)
    if (!expects) throw new EvalSetError(`${where}: "${item.id}" expects nothing (contains, anyOf, links, decline or clarify)`)
    ids.add(item.id)
    items.push(item as EvalItem)
  })
  return items
}

/** Text compared without case, accents, curly quotes or repeated spaces. */
export function comparable(text: string): string {
  return fold(text).replace(/[“”]/g, '"').replace(/\s+/g, ' ')
}

const DECLINED = 'out-of-scope'
const CLARIFY = 'clarify'

/** The words that answer a yes/no question: said first, or not said ("No" inside "Cronología" is not one). */
const VERDICT = /^(?:yes|no|si)$/

/** Whether the answer holds what is expected: a verdict as its first word, anything else anywhere. */
function holdsNeedle(answer: string, needle: string): boolean {
  const wanted = comparable(needle)
  if (VERDICT.test(wanted)) return new RegExp(`^\\W*${wanted}\\b`).test(answer)
  return answer.includes(wanted)
}

export function scoreItem(item: EvalItem, reply: EvalReply | undefined): ItemResult {
  const fail = (reason: string): ItemResult => ({item, reply, pass: false, reason})
  if (!reply) return fail('no reply')
  if (item.decline) return reply.intent === DECLINED ? {item, reply, pass: true} : fail(`expected a decline, got intent "${reply.intent}"`)
  if (item.clarify) return reply.intent === CLARIFY ? {item, reply, pass: true} : fail(`expected "did you mean", got intent "${reply.intent}"`)
  if (reply.intent === DECLINED) return fail('declined an answerable question')
  const answer = comparable(reply.answer)
  const holds = (needle: string) => holdsNeedle(answer, needle)
  const missing = (item.contains ?? []).filter((needle) => !holds(needle))
  if (missing.length > 0) return fail(`missing ${missing.map((needle) => JSON.stringify(needle)).join(', ')}`)
  const unmet = (item.anyOf ?? []).filter((group) => !group.some(holds))
  if (unmet.length > 0) return fail(`missing one of ${unmet.map((group) => JSON.stringify(group)).join(', ')}`)
  const urls = buttonUrls(reply.buttons)
  const absent = (item.links ?? []).filter((link) => !urls.includes(link))
  if (absent.length > 0) return fail(`no link button to ${absent.join(', ')}`)
  const present = (item.noneOf ?? []).filter((needle) => answer.includes(comparable(needle)))
  if (present.length > 0) return fail(`must not say ${present.map((needle) => JSON.stringify(needle)).join(', ')}`)
  return {item, reply, pass: true}
}

/** The URLs of a reply's link buttons, whatever the shape of its buttons. */
export function buttonUrls(buttons: unknown): string[] {
  if (!Array.isArray(buttons)) return []
  return buttons.flatMap((button: unknown) => {
    const url = (button as {url?: unknown} | null)?.url
    return typeof url === 'string' ? [url] : []
  })
}

function rate(results: readonly ItemResult[]): Rate {
  const passed = results.filter((result) => result.pass).length
  return {passed, total: results.length, rate: results.length === 0 ? 1 : passed / results.length}
}

function groupRates(results: readonly ItemResult[], key: (result: ItemResult) => string): Record<string, Rate> {
  const groups = new Map<string, ItemResult[]>()
  for (const result of results) {
    const name = key(result)
    groups.set(name, [...(groups.get(name) ?? []), result])
  }
  return Object.fromEntries([...groups].sort(([a], [b]) => a.localeCompare(b)).map(([name, members]) => [name, rate(members)]))
}

export function summarize(results: readonly ItemResult[]): EvalSummary {
  const outOfScope = results.filter((result) => result.item.decline)
  const answerable = results.filter((result) => !result.item.decline && !result.item.clarify)
  const falseDeclines = answerable.filter((result) => result.reply?.intent === DECLINED).length
  return {
    overall: rate(results),
    byTopic: groupRates(results, (result) => result.item.topic),
    byLang: groupRates(results, (result) => result.item.lang),
    declined: rate(outOfScope),
    falseDeclines: {passed: falseDeclines, total: answerable.length, rate: answerable.length === 0 ? 0 : falseDeclines / answerable.length},
    misses: results.filter((result) => !result.pass)
  }
}

/** Conversations in order of first appearance, then the standalone items. */
export function groupConversations(items: readonly EvalItem[]): {conversations: EvalItem[][]; standalone: EvalItem[]} {
  const conversations = new Map<string, EvalItem[]>()
  const standalone: EvalItem[] = []
  for (const item of items) {
    if (item.conversation === undefined) standalone.push(item)
    else conversations.set(item.conversation, [...(conversations.get(item.conversation) ?? []), item])
  }
  return {conversations: [...conversations.values()], standalone}
}

const percent = (value: Rate) => `${(value.rate * 100).toFixed(1)}% (${value.passed}/${value.total})`

/** The report `pnpm eval` prints. */
export function formatSummary(name: string, summary: EvalSummary): string {
  const lines = [`== ${name}`, `overall        ${percent(summary.overall)}`, `out of scope   ${percent(summary.declined)} declined`]
  lines.push(`false declines ${summary.falseDeclines.passed} of ${summary.falseDeclines.total} answerable`)
  for (const [lang, value] of Object.entries(summary.byLang)) lines.push(`lang ${lang.padEnd(9)} ${percent(value)}`)
  for (const [topic, value] of Object.entries(summary.byTopic)) lines.push(`topic ${topic.padEnd(17)} ${percent(value)}`)
  if (summary.misses.length > 0) lines.push(`misses:`)
  for (const miss of summary.misses) {
    const expected = miss.item.decline ? 'decline' : miss.item.clarify ? 'clarify' : JSON.stringify({contains: miss.item.contains, anyOf: miss.item.anyOf, links: miss.item.links, noneOf: miss.item.noneOf})
    const got = miss.reply ? `[${miss.reply.intent}] ${miss.reply.answer.replace(/\s+/g, ' ').slice(0, 300)}` : '(no reply)'
    lines.push(`  ✗ ${miss.item.id} (${miss.item.lang}, ${miss.item.topic}) ${JSON.stringify(miss.item.question)}`)
    lines.push(`      expected ${expected}; ${miss.reason ?? ''}`)
    lines.push(`      got      ${got}`)
  }
  return lines.join('\n')
}
