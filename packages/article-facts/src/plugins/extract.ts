/** extract: sentences → draft facts (`file.data.draft`). */
import type {VFile} from 'vfile'
import {extractDraft} from '../extract/index.js'
import {bylinePublisher} from '../util/byline.js'
import {report} from '../util/messages.js'
import type {} from './data.js'

export function articleExtract() {
  return function (_: unknown, file: VFile): undefined {
    const contexts = file.data.contexts ?? []
    const meta = file.data.meta
    // With no publisher in the frontmatter, the byline's is the release's ("Survival International – News release – …").
    const byline = contexts.find((context) => context.sentence.block === 'byline')
    const publisher = meta?.publisher ?? (byline ? bylinePublisher(byline.text, byline.dates) : undefined)
    if (meta && publisher !== undefined) meta.publisher = publisher
    const draft = extractDraft(contexts, {title: meta?.title, publisher})
    // "Amazon Watch" on a line of its own at the head, over the contact line: the release's publisher.
    const named = publisher === undefined ? contexts.slice(0, 8).map((context) => context.text.trim().replace(/[.:]$/u, '')).find((line) => draft.organisations.has(line)) : undefined
    if (meta && named) meta.publisher = named
    // "Tuesday, February 04, 2020 · Peter McCartney": the body its author speaks for ("Peter McCartney, Climate Campaigner with the Wilderness Committee").
    const author = publisher === undefined && !named && byline ? [...draft.people.values()].find((person) => person.affiliation !== undefined && byline.text.includes(person.name)) : undefined
    if (meta && author?.affiliation) meta.publisher = author.affiliation
    for (const note of draft.notes) report(file, note.reason, note.ruleId, {place: {start: note.source.start, end: note.source.end}})
    file.data.draft = draft
  }
}
