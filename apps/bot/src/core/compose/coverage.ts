/** Which intents a facts object can answer: buttons and "did you mean" only offer those. */
import type {Facts} from 'article-facts'
import type {Intent} from '../types.js'

export function hasFacts(facts: Facts, intent: Intent): boolean {
  switch (intent) {
    case 'delegation':
      return facts.delegations.length > 0
    case 'report':
      return facts.reports.length > 0
    case 'findings':
      return facts.reports.some((report) => report.findings.length > 0 || report.analyses !== undefined)
    case 'research':
      return facts.reports.some((report) => report.research.length > 0)
    case 'petition':
      return facts.petitions.length > 0
    case 'act':
      return facts.actions.length > 0 || facts.petitions.length > 0
    case 'timeline':
    case 'event':
      return facts.events.length > 0
    case 'press-conference':
      return facts.events.some((event) => event.kind === 'press-conference' || event.kind === 'report-launch')
    case 'meeting':
      return facts.events.some((event) => event.kind === 'meeting' || event.kind === 'meeting-request')
    case 'protests':
      return facts.events.some((event) => event.kind === 'protest')
    case 'quote':
      return facts.quotes.length > 0
    case 'people':
    case 'person':
      return facts.people.length > 0
    case 'related':
      return facts.related.length > 0
    case 'media':
      return facts.media.length > 0
    default:
      return true
  }
}

/** The topics this facts object can answer about, most useful first. */
export function coveredTopics(facts: Facts): Intent[] {
  const order: Intent[] = ['delegation', 'report', 'petition', 'act', 'timeline', 'quote', 'people', 'sources']
  return order.filter((topic) => hasFacts(facts, topic))
}
