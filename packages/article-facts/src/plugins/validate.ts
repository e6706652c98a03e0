/** validate: draft + meta + sentences → facts checked against the schema (`file.data.facts`). */
import type {VFile} from 'vfile'
import {rules} from '../rules.js'
import {SCHEMA_VERSION, factsSchema, type Facts} from '../schema.js'
import {report} from '../util/messages.js'
import type {} from './data.js'

export function articleValidate() {
  return function (_: unknown, file: VFile): undefined {
    const draft = file.data.draft
    const meta = file.data.meta
    if (!draft || !meta) return

    if (draft.isEmpty()) {
      // A statement that names no body it knows ("the Forum calls on the parties …") still tells where and when
      // things happened: its sentences answer, so it is a warning; a recipe tells neither, so nothing can be built.
      const told = (type: string) => (file.data.sentences ?? []).some((sentence) => (sentence.spans ?? []).some((span) => span.type === type))
      const placedAndDated = told('place') && (told('date') || told('number'))
      report(
        file,
        placedAndDated
          ? 'No organisations, people, reports, petitions or events recognised: only the sentences can answer questions'
          : 'No facts recognised: expected an article about organisations, people, reports, petitions or events (is this a campaign article?)',
        placedAndDated ? rules.sentencesOnly : rules.noFacts,
        {place: {line: 1, column: 1, offset: 0}, fatal: !placedAndDated}
      )
    }

    const candidate: Facts = {
      schemaVersion: SCHEMA_VERSION,
      article: draft.country ? {...meta, country: draft.country} : meta,
      organisations: [...draft.organisations.values()],
      people: [...draft.people.values()],
      offices: draft.offices,
      delegations: draft.delegations,
      reports: draft.reports,
      petitions: draft.petitions,
      events: draft.events,
      quotes: draft.quotes,
      ...(draft.demands.length > 0 ? {demands: draft.demands} : {}),
      actions: draft.actions,
      related: draft.related,
      media: draft.media,
      sentences: file.data.sentences ?? []
    }
    const result = factsSchema.safeParse(candidate)
    if (result.success) {
      file.data.facts = result.data
      return
    }
    for (const issue of result.error.issues) {
      report(file, `Invalid facts at \`${issue.path.join('.')}\`: ${issue.message}`, rules.factsInvalid, {fatal: true})
    }
  }
}
