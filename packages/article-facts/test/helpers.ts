import {readFileSync, readdirSync} from 'node:fs'
import {extractFacts, type ExtractOptions, type Facts} from '../src/index.js'

export const fixturesUrl = new URL('fixtures/', import.meta.url)
/** Tests pin "today" so weekday inference does not drift with the calendar. */
export const now = new Date('2026-11-29T12:00:00Z')

export function fixtureNames(): string[] {
  return readdirSync(fixturesUrl, {withFileTypes: true})
    .filter((entry) => entry.isDirectory())
    .map((entry) => entry.name)
    .sort()
}

export function fixtureInput(name: string): {path: string; text: string} {
  const file = readdirSync(new URL(`${name}/`, fixturesUrl)).find((entry) => entry.startsWith('input.'))
  if (!file) throw new Error(`fixture ${name} has no input file`)
  return {path: `${name}/${file}`, text: readFileSync(new URL(`${name}/${file}`, fixturesUrl), 'utf8')}
}

/** Extract a fixture's facts; fails the test when none are produced. */
export function fixtureFacts(name: string, options: ExtractOptions = {}): Facts {
  const {path, text} = fixtureInput(name)
  const {facts, messages} = extractFacts(text, {path, now, ...options})
  if (!facts) throw new Error(`no facts for ${name}: ${messages.map(String).join('; ')}`)
  return facts
}

export function byKind(facts: Facts, kind: Facts['events'][number]['kind']) {
  return facts.events.filter((event) => event.kind === kind)
}
