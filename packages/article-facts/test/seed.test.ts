/** The seed article: every fact the issue lists, asserted one by one, each with its source. */
import {readFileSync} from 'node:fs'
import {describe, expect, it} from 'vitest'
import {extractFacts} from '../src/index.js'
import {byKind, fixtureFacts, now} from './helpers.js'

const facts = fixtureFacts('peru-delegation')
const text = readFileSync(new URL('fixtures/peru-delegation/input.txt', import.meta.url), 'utf8')

describe('seed article: organisations, people, offices', () => {
  it('finds the organisation and its country branch', () => {
    const amnesty = facts.organisations.find((organisation) => organisation.name === 'Amnesty International')
    expect(amnesty?.aliases).toContain('the organization')
    expect(facts.organisations.find((organisation) => organisation.name === 'Amnesty International Peru')).toMatchObject({
      parent: 'Amnesty International',
      country: 'Peru'
    })
  })

  it('finds people with names, titles and affiliations', () => {
    const people = Object.fromEntries(facts.people.map((person) => [person.name, person]))
    expect(people['Agnès Callamard']).toMatchObject({titles: ['Secretary General'], affiliation: 'Amnesty International'})
    expect(people['Erika Guevara-Rosas']).toMatchObject({titles: ['Americas director'], affiliation: 'Amnesty International'})
    expect(people['Marina Navarro']).toMatchObject({titles: ['executive director'], affiliation: 'Amnesty International Peru'})
    expect(people['Dina Boluarte']?.aliases).toContain('Boluarte')
    expect(facts.people).toHaveLength(4)
  })

  it('knows who holds which office', () => {
    expect(facts.offices).toEqual([expect.objectContaining({title: 'President', holder: 'Dina Boluarte', jurisdiction: 'Peru'})])
  })
})

describe('seed article: the delegation', () => {
  const [delegation] = facts.delegations

  it('has organisation, leader, destination, purpose and status', () => {
    expect(facts.delegations).toHaveLength(1)
    expect(delegation).toMatchObject({
      organisation: 'Amnesty International',
      leader: 'Agnès Callamard',
      destination: 'Peru',
      status: 'arrived',
      purpose:
        'present the complete findings of an investigation into the repression of widespread protests that began in the context of the political crisis last December'
    })
  })

  it('has its members with roles', () => {
    expect(delegation?.members).toEqual([
      {name: 'Agnès Callamard', personId: 'agnes-callamard', role: 'Secretary General', affiliation: 'Amnesty International', isLeader: true},
      {name: 'Erika Guevara-Rosas', personId: 'erika-guevara-rosas', role: 'Americas director', affiliation: 'Amnesty International', isLeader: false},
      {name: 'Marina Navarro', personId: 'marina-navarro', role: 'executive director', affiliation: 'Amnesty International Peru', isLeader: false}
    ])
    expect(delegation?.leaderId).toBe('agnes-callamard')
  })

  it('names people by their registry id wherever a fact names them', () => {
    const ids = new Set(facts.people.map((person) => person.id))
    const quote = facts.quotes.find((one) => one.speaker === 'Agnès Callamard')
    expect(quote?.speakerId).toBe('agnes-callamard')
    const meeting = facts.events.find((event) => event.participants.includes('Dina Boluarte'))
    expect(meeting?.participantIds?.[meeting.participants.indexOf('Dina Boluarte')]).toBe('dina-boluarte')
    for (const id of [...facts.quotes.map((one) => one.speakerId), ...facts.events.flatMap((event) => event.participantIds ?? [])]) if (id) expect(ids.has(id), id).toBe(true)
  })

  it('has the itinerary in order: victims this week, then Lima for government officials', () => {
    const [first, second] = delegation?.itinerary ?? []
    expect(delegation?.itinerary).toHaveLength(2)
    expect(first).toMatchObject({
      order: 1,
      activity: 'meet with victims of grave human rights violations',
      with: 'victims of grave human rights violations',
      place: 'different parts of the country',
      when: {text: 'this week', range: {start: '2023-05-22', end: '2023-05-28'}, precision: 'week', resolution: 'relative'}
    })
    expect(second).toMatchObject({order: 2, activity: 'return to Lima for meetings with government officials', place: 'Lima', with: 'government officials'})
  })
})

describe('seed article: the report', () => {
  const [report] = facts.reports

  it('has the exact title with its subtitle', () => {
    expect(facts.reports).toHaveLength(1)
    expect(report).toMatchObject({
      title: 'Lethal racism: Extrajudicial executions and unlawful use of force by Peru’s security forces',
      mainTitle: 'Lethal racism',
      subtitle: 'Extrajudicial executions and unlawful use of force by Peru’s security forces',
      publisher: 'Amnesty International'
    })
  })

  it('says what it analyses and what it found', () => {
    expect(report?.analyses).toBe('the use of force by Peruvian police and military forces in response to the protests')
    expect(report?.findings.map((finding) => finding.text)).toEqual([
      'The use of force by Peruvian police and military forces in response to the protests resulted in serious human rights violations and crimes under international law.'
    ])
  })

  it('has initial and further research with places, period and reason', () => {
    expect(report?.research).toEqual([
      expect.objectContaining({
        kind: 'initial',
        places: ['Lima', 'Ayacucho', 'Andahuaylas', 'Chincheros'],
        period: expect.objectContaining({text: 'January and February', range: {start: '2023-01-01', end: '2023-02-28'}, precision: 'months'})
      }),
      expect.objectContaining({kind: 'further', places: ['Juliaca'], reason: 'another of the regions with the highest number of protests and deaths'})
    ])
  })
})

describe('seed article: the petition', () => {
  it('has the count as a number, the call, and its delivery at the requested meeting', () => {
    const [petition] = facts.petitions
    const request = byKind(facts, 'meeting-request')[0]
    expect(facts.petitions).toHaveLength(1)
    expect(petition).toMatchObject({
      signatures: 200000,
      signaturesText: '200,000 signatures',
      target: 'the government',
      demand: 'guarantee the right to peaceful protest',
      deliveredBy: 'Amnesty International',
      deliveredTo: 'President Dina Boluarte',
      deliveredWhen: 'during the meeting',
      deliveryEventId: request?.id
    })
  })
})

describe('seed article: events', () => {
  it('has the arrival', () => {
    expect(byKind(facts, 'arrival')).toEqual([
      expect.objectContaining({status: 'past', place: 'Peru', organiser: 'Amnesty International', participants: ['Agnès Callamard', 'Erika Guevara-Rosas', 'Marina Navarro']})
    ])
  })

  it('has the requested meeting with the President', () => {
    expect(byKind(facts, 'meeting-request')).toEqual([
      expect.objectContaining({status: 'requested', participants: ['Dina Boluarte'], organiser: 'Amnesty International', topic: 'the findings of the report'})
    ])
  })

  it('has the earlier meeting in February on the preliminary findings, with who attended', () => {
    expect(byKind(facts, 'meeting')).toEqual([
      expect.objectContaining({
        status: 'past',
        participants: ['Erika Guevara-Rosas', 'Marina Navarro', 'Dina Boluarte'],
        topic: 'the preliminary findings of the investigation',
        date: expect.objectContaining({iso: '2023-02', precision: 'month', resolution: 'relative'})
      })
    ])
  })

  // The article writes no year: the weekday points to 2023 as a guess, so its certainty is unresolved.
  it('has the press conference on Thursday 25 May in Lima, the year pinned by the weekday only as a guess', () => {
    expect(byKind(facts, 'press-conference')).toEqual([
      expect.objectContaining({
        status: 'planned',
        place: 'Lima',
        organiser: 'Amnesty International',
        topic: 'the findings of the report',
        date: {text: 'Thursday 25 May', iso: '2023-05-25', precision: 'day', resolution: 'weekday-inference', certainty: 'unresolved'}
      })
    ])
  })

  it('has the protests, begun last December in the context of the political crisis', () => {
    expect(byKind(facts, 'protest')).toEqual([
      expect.objectContaining({
        context: 'the political crisis',
        date: expect.objectContaining({text: 'last December', iso: '2022-12', resolution: 'relative'})
      })
    ])
  })

  it('infers the publication date as the Monday of the dated week', () => {
    expect(facts.article).toMatchObject({published: '2023-05-22', publishedResolution: 'inferred', language: 'en'})
  })

  it('uses frontmatter or an option for the publication date when given', () => {
    const given = extractFacts(text, {published: '2023-05-24', now}).facts
    expect(given?.article).toMatchObject({published: '2023-05-24', publishedResolution: 'option'})
    expect(byKind(given!, 'press-conference')[0]?.date).toMatchObject({iso: '2023-05-25', resolution: 'published-year', certainty: 'certain'})
  })
})

describe('seed article: quotes, actions, related, media', () => {
  it('has the quote with its speaker and title', () => {
    expect(facts.quotes).toHaveLength(1)
    expect(facts.quotes[0]).toMatchObject({speaker: 'Agnès Callamard', speakerTitle: 'Secretary General'})
    expect(facts.quotes[0]?.text).toMatch(/^We are here to accompany the victims .* against demonstrators$/)
  })

  it('has the call to action, the related story and the photo credit', () => {
    expect(facts.actions.map((action) => action.text)).toEqual(['Tell Peru to stop using excessive force against protesters'])
    expect(facts.related.map((item) => item.text)).toEqual(['Canada must stop arms exports to Peru amid deadly repression of protests'])
    expect(facts.media).toEqual([expect.objectContaining({kind: 'photo', label: 'Header photo credit', credit: '© JUAN CARLOS CISNEROS/AFP via Getty Images'})])
  })
})

describe('seed article: provenance', () => {
  it('slices every sentence back out of the original file by offset', () => {
    expect(facts.sentences.length).toBe(12)
    for (const sentence of facts.sentences) expect(text.slice(sentence.start.offset, sentence.end.offset)).toBe(sentence.text)
  })

  it('gives true line and column for a list line and the last line', () => {
    const related = facts.related[0]?.source
    expect(related?.start).toMatchObject({line: 3, column: 3})
    const media = facts.media[0]?.source
    expect(media?.start).toMatchObject({line: 8, column: 1})
  })
})

describe('input shapes give the same facts', () => {
  const withoutPositions = (value: unknown): unknown =>
    JSON.parse(JSON.stringify(value, (key, entry: unknown) => (key === 'source' || key === 'sources' || key === 'sentences' || key === 'path' ? undefined : entry)))

  it('reads the seed as Markdown with blank lines and frontmatter the same way', () => {
    const markdown = `---\nlanguage: en\n---\n\n${text.trim().split('\n').join('\n\n')}\n`
    const fromMarkdown = extractFacts(markdown, {now}).facts
    expect(withoutPositions(fromMarkdown)).toEqual(withoutPositions(facts))
  })

  it('reads CRLF line endings the same way', () => {
    const crlf = extractFacts(text.replace(/\n/g, '\r\n'), {now}).facts
    expect(withoutPositions(crlf)).toEqual(withoutPositions(facts))
    const sentence = crlf?.sentences[5]
    expect(text.replace(/\n/g, '\r\n').slice(sentence?.start.offset, sentence?.end.offset)).toBe(sentence?.text)
  })
})
