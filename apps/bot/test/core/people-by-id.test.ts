/** Who a fact names comes from the parser's registry ids, not from words the names share. */
import {describe, expect, it} from 'vitest'
import {findPerson} from '../../src/core/facts-index.js'
import {seedFactsCopy} from '../fixtures/seed-facts.js'

describe('people by the parser’s ids', () => {
  it('finds the person a fact links by id, where the shared words of two names would pick the other', () => {
    const facts = seedFactsCopy()
    const source = facts.people[0]!.sources[0]!
    // Two people whose names share every word a fact writes: only the id tells them apart.
    facts.people.push(
      {id: 'luis-morales', name: 'Luis Morales', titles: ['mayor'], aliases: [], sources: [source]},
      {id: 'luis-morales-2', name: 'Luis Morales', titles: ['President'], aliases: [], sources: [source]}
    )
    facts.offices.push({title: 'President', holder: 'President Luis Morales', holderId: 'luis-morales-2', source})
    expect(findPerson(facts, 'President Luis Morales')?.id).toBe('luis-morales-2')
  })

  it('links the seed article’s speakers and participants as the parser did', () => {
    const facts = seedFactsCopy()
    for (const quote of facts.quotes) if (quote.speaker && quote.speakerId) expect(findPerson(facts, quote.speaker)?.id).toBe(quote.speakerId)
    const linked = facts.events.flatMap((event) => event.participants.map((name, at) => [name, event.participantIds?.[at]] as const)).filter(([, id]) => id)
    expect(linked.length).toBeGreaterThan(0)
    for (const [name, id] of linked) expect(findPerson(facts, name)?.id).toBe(id)
  })

  it('takes a name no fact links for the person of that name or alias only, never the one whose name shares a word', () => {
    const facts = seedFactsCopy()
    const source = facts.people[0]!.sources[0]!
    facts.people.push({id: 'ana-lenz', name: 'Ana Lenz', titles: ['researcher'], aliases: ['Lenz'], sources: [source]})
    expect(findPerson(facts, 'Lenz')?.id).toBe('ana-lenz')
    expect(findPerson(facts, 'Karl Lenz')).toBeUndefined()
  })
})
