/** Key facts of each fixture article, asserted explicitly: the extractors follow the genre, not the seed. */
import {describe, expect, it} from 'vitest'
import {datelineOf, extractFacts, fold, type Facts} from '../src/index.js'
import {byKind, fixtureFacts, now} from './helpers.js'

/** The texts of a kind of span across the article's sentences. */
function spanTexts(facts: Facts | undefined, type: string): string[] | undefined {
  return facts?.sentences.flatMap((sentence) => (sentence.spans ?? []).filter((span) => span.type === type).map((span) => span.text))
}

describe('report launch in Markdown with frontmatter and links', () => {
  const facts = fixtureFacts('report-launch-markdown')

  it('reads title, url and publication date from the frontmatter', () => {
    expect(facts.article).toMatchObject({
      title: 'Mexico: New report exposes failures in the search for disappeared people',
      url: 'https://www.example.org/en/latest/news/2024/03/mexico-search-report/',
      published: '2024-03-04',
      publishedResolution: 'frontmatter'
    })
  })

  it('takes the report title and URL from the link', () => {
    expect(facts.reports[0]).toMatchObject({
      title: 'Searching alone: State failures in the search for disappeared persons in Mexico',
      mainTitle: 'Searching alone',
      subtitle: 'State failures in the search for disappeared persons in Mexico',
      url: 'https://www.example.org/en/documents/amr41/searching-alone/',
      publisher: 'Amnesty International'
    })
    expect(facts.reports[0]?.findings.map((finding) => finding.text)).toContain('Local search commissions lacked staff, vehicles and forensic equipment throughout 2023.')
  })

  it('dates the research months in the year before publication', () => {
    expect(facts.reports[0]?.research[0]).toMatchObject({kind: 'initial', places: ['Jalisco', 'Guanajuato', 'Zacatecas'], period: {range: {start: '2023-10-01', end: '2023-11-30'}}})
    expect(facts.reports[0]?.research[1]).toMatchObject({kind: 'further', places: ['Tamaulipas'], reason: 'one of the states with the highest number of open investigations'})
  })

  it('has the launch event, today, in another country', () => {
    expect(byKind(facts, 'report-launch')[0]).toMatchObject({place: 'Mexico City', status: 'past', date: {iso: '2024-03-04', resolution: 'relative'}})
  })

  it('keeps link URLs for actions and related stories', () => {
    expect(facts.actions[0]).toMatchObject({text: 'Demand that Mexico searches for every disappeared person', url: 'https://www.example.org/en/get-involved/take-action/mexico-search/'})
    expect(facts.related[0]).toMatchObject({url: 'https://www.example.org/en/latest/news/2023/11/families-demand-answers/'})
    expect(facts.media[0]).toMatchObject({kind: 'photo', credit: '© Ana Torres/Example Press'})
  })

  it('has no delegation and no petition', () => {
    expect(facts.delegations).toEqual([])
    expect(facts.petitions).toEqual([])
  })
})

describe('two quotes by different people, dates as "May 25, 2023" and "on 3 March"', () => {
  const facts = fixtureFacts('two-quotes-press-conference')

  it('attributes each quote to its speaker, after and before the quotation', () => {
    expect(facts.quotes.map((quote) => [quote.speaker, quote.speakerTitle])).toEqual([
      ['Achieng Otieno', 'senior researcher'],
      ['Wanjiru Mwangi', 'executive director']
    ])
    expect(facts.people.find((person) => person.name === 'Wanjiru Mwangi')?.affiliation).toBe('Kenya Human Rights Commission')
  })

  it('resolves "May 25, 2023" explicitly and "on 3 March" against the inferred publication year', () => {
    expect(byKind(facts, 'press-conference')[0]).toMatchObject({place: 'Nairobi', status: 'planned', date: {iso: '2023-05-25', resolution: 'explicit', certainty: 'certain'}})
    expect(byKind(facts, 'other')[0]?.date).toMatchObject({text: '3 March', iso: '2023-03-03', resolution: 'published-year'})
  })

  it('keeps the protests in the past even in a sentence about the future', () => {
    expect(byKind(facts, 'protest')[0]).toMatchObject({context: 'the cost-of-living crisis', date: {iso: '2023-03'}})
  })

  it('cuts the report title before the verb that follows it', () => {
    expect(facts.reports[0]?.title).toBe('Shot in the Street: Police Killings During Kenya’s Cost-of-Living Protests')
  })

  it('knows a minister by the title before the name', () => {
    expect(facts.offices[0]).toMatchObject({title: 'Interior Minister', holder: 'Daniel Kamau'})
  })
})

describe('a minister of two portfolios, and a name written once with a hyphen', () => {
  const {facts} = extractFacts(
    [
      '# Ruritania: Red Costera entrega firmas',
      '',
      'Eva Ruiz Lenz, directora de la Red Costera, viajó a Tromsvik. Acudió también la ministra de Justicia y Derechos Humanos, **Olga Berg**, con el propósito de recibir las firmas.',
      '',
      'En representación del gobierno, la ministra recibió las firmas. La directora habló después.',
      '',
      'El ministro de Economía y Finanzas Karl Brandt no acudió.',
      '',
      '— **Eva Ruiz-Lenz**, directora de la Red Costera'
    ].join('\n'),
    {path: 'portfolios.md', now}
  )

  it('reads the whole portfolio as the title, and the name after it', () => {
    expect(facts?.people.find((person) => person.name === 'Olga Berg')?.titles).toEqual(['ministra de Justicia y Derechos Humanos'])
    expect(facts?.people.find((person) => person.name === 'Karl Brandt')?.titles).toEqual(['ministro de Economía y Finanzas'])
  })

  it('ties "la ministra" to the one person whose title it heads, and leaves a role two people hold alone', () => {
    const received = facts?.sentences.find((sentence) => sentence.text.includes('la ministra recibió'))
    expect(received?.spans).toContainEqual(expect.objectContaining({type: 'person', text: 'la ministra', entity: 'olga-berg'}))
    const spoke = facts?.sentences.find((sentence) => sentence.text.startsWith('La directora habló'))
    expect(spoke?.spans).toContainEqual(expect.objectContaining({type: 'person', text: 'La directora', entity: 'eva-ruiz-lenz'}))
    const two = extractFacts(['# Ministras en Tromsvik', '', 'Acudieron la ministra de Pesca, Ana Lenz, y la ministra de Justicia, Olga Berg. La ministra recibió las firmas.'].join('\n'), {path: 'two.md', now}).facts
    const either = two?.sentences.find((sentence) => sentence.text.startsWith('La ministra recibió'))
    expect(either?.spans ?? []).toEqual([])
  })

  it('keeps one person for a name written with and without a hyphen', () => {
    expect(facts?.people.filter((person) => person.id === 'eva-ruiz-lenz')).toHaveLength(1)
  })
})

describe('officials listed by their title and a colon', () => {
  const {facts} = extractFacts(
    [
      '# Primer día de la visita a Ruritania',
      '',
      'La primera cita fue con el Ministro de Relaciones Exteriores, S.E. Karl Brandt, acompañado por su equipo.',
      '',
      'Para cerrar el día, se reunió con:',
      '',
      '- **Fiscal General de la República:** Olga Berg Lenz',
      '- **Procuradora General de la República:** Eva Cortez de Ruiz',
      '- **Presidente de la Corte Suprema de Justicia:** Magistrado Ana Lenz Brandt'
    ].join('\n'),
    {path: 'officials.md', now}
  )
  const titleOf = (name: string) => facts?.people.find((person) => person.name === name)?.titles

  it('reads each item as a title and the person who holds it', () => {
    expect(titleOf('Olga Berg Lenz')).toEqual(['Fiscal General de la República'])
    // "Cortez" is a surname, not a "Corte".
    expect(titleOf('Eva Cortez de Ruiz')).toEqual(['Procuradora General de la República'])
    expect(titleOf('Ana Lenz Brandt')).toEqual(['Presidente'])
  })

  it('reads a minister of two words past "S.E."', () => {
    expect(titleOf('Karl Brandt')).toEqual(['Ministro de Relaciones Exteriores'])
  })
})

describe('rapporteurs on freedom of expression', () => {
  it('are of the organisation named after their mandate, and no "Expression" is a place', () => {
    const {facts} = extractFacts(['# Rapporteurs gather in Tromsvik', '', 'The launch will bring together Ana Lenz, the Ruritania Representative on Freedom of Expression; and Eva Ruiz, the Special Rapporteur on Freedom of Expression of the Organization of Harbour States.'].join('\n'), {path: 'rapporteurs.md', now})
    expect(facts?.people.find((person) => person.name === 'Eva Ruiz')).toMatchObject({titles: ['Special Rapporteur on Freedom of Expression'], affiliation: 'Organization of Harbour States'})
    expect(facts?.people.find((person) => person.name === 'Ana Lenz')?.affiliation).toBeUndefined()
  })
})

describe('a role with initials in it', () => {
  it('is read past the dots of "U.S.", and still ends at a sentence\'s full stop', () => {
    const {facts} = extractFacts(['# Speakers at the Tromsvik news conference', '', 'Speakers:', '', '* Ana Lenz, the U.S. director of Harbour Rights Watch;', '* Karl Brandt, director of HRW. He will speak first.'].join('\n'), {path: 'initials.md', now})
    expect(facts?.people.find((person) => person.name === 'Ana Lenz')).toMatchObject({titles: ['U.S. director'], affiliation: 'Harbour Rights Watch'})
    expect(facts?.people.find((person) => person.name === 'Karl Brandt')).toMatchObject({titles: ['director'], affiliation: 'HRW'})
  })
})

describe('a media contact with a phone number after the role', () => {
  it('is a person whose title stops before the number', () => {
    const {facts} = extractFacts(['# Vigils for Karl Brandt', '', '## Media contact', '', '**Ana Lenz**, Communications Associate – 212-300-9032'].join('\n'), {path: 'contact.md', now})
    expect(facts?.people).toEqual([expect.objectContaining({name: 'Ana Lenz', titles: ['Communications Associate']})])
  })
})

describe('a delegation led by a reverend', () => {
  const {facts} = extractFacts(['# Harbour Council women to visit Tromsvik', '', 'Led by the Rev. Dr. Ana Lenz, the group sets off on Wednesday for a visit of two weeks. Rev. Lenz serves as an at-large vice president of the Harbour Council and is also president of the Tromsvik Union.'].join('\n'), {path: 'rev.md', now})

  it('reads "Rev." as a form of address, not the end of a sentence', () => {
    expect(facts?.sentences.find((sentence) => sentence.text.startsWith('Led by'))?.text).toContain('Ana Lenz, the group sets off')
  })

  it('knows the reverend by name, with the role she "serves as"', () => {
    expect(facts?.people).toEqual([expect.objectContaining({name: 'Ana Lenz', titles: ['at-large vice president'], affiliation: 'Harbour Council'})])
  })
})

describe('petition without a count', () => {
  const facts = fixtureFacts('petition-without-count')

  it('has the petition with target and demand but no invented number', () => {
    expect(facts.petitions).toHaveLength(1)
    expect(facts.petitions[0]?.signatures).toBeUndefined()
    expect(facts.petitions[0]).toMatchObject({target: 'the Minister of Justice'})
    expect(facts.petitions[0]?.demand).toMatch(/^release Jamal Haddad/)
  })

  it('keeps roles short: the clause after a role is not part of it', () => {
    expect(facts.people.find((person) => person.name === 'Jamal Haddad')?.titles).toEqual(['human rights defender', 'lawyer'])
  })

  it('says it cannot date "last October" without a publication date', () => {
    expect(byKind(facts, 'other')[0]?.date).toMatchObject({text: 'last October', resolution: 'unresolved', certainty: 'unresolved'})
    expect(facts.article.publishedResolution).toBe('unknown')
  })
})

describe('a petition someone is due to receive', () => {
  it('is delivered to the one who receives it, and asks what it "calls for"', () => {
    const {facts} = extractFacts(['# Strelsau government set to receive fishing petition', '', 'At midday today, Ana Lenz, the Minister of Fisheries, is due to receive a Coastal Rights Network petition, signed by upwards of 45,000 people, that calls for bottom trawling to be brought to an end.'].join('\n'), {path: 'receive.md', now})
    expect(facts?.petitions[0]).toMatchObject({deliveredToId: 'ana-lenz', signatures: 45000, demand: 'bottom trawling to be brought to an end'})
  })
})

describe('a petition told the other way round', () => {
  it('counts "a quarter of a million of us", and reads who took it where from "was taken to X … by Y"', () => {
    const {facts} = extractFacts(['Fishing petition delivered to the ministry', 'Red Costera – Petition hand-in – 29 May 2018', 'Close to a quarter of a million of us have put our names to a petition asking the minister, Ana Lenz, to "ban bottom trawling in our waters" – which puts it among the largest petitions the ministry has received.', 'The petition was taken to the Ministry of Fisheries on Wednesday 16 May by Karl Brandt MP, together with fishers from Tromsvik.'].join('\n'), {path: 'passive.txt', now})
    expect(facts?.petitions[0]).toMatchObject({signatures: 250000, signaturesText: 'Close to a quarter of a million people', demand: '"ban bottom trawling in our waters"', deliveredTo: 'the Ministry of Fisheries', deliveredBy: 'Karl Brandt MP'})
  })
})

describe('a petition delivered "by" its bearers and addressed in the next sentence', () => {
  it('reads who delivered it after "was delivered … by", ends the demand before that, and takes "It was addressed to X" as whom it is for', () => {
    const {facts} = extractFacts(['Rights groups hand over petition for Karl Brandt', 'A petition bearing 2,300 signatures and demanding that Karl Brandt be freed was delivered today by the Coastal Rights Network and Harbourwatch International.', "It was addressed to Ana Lenz, Ruritania's Minister of Justice, and copies went to the prime minister."].join('\n'), {path: 'addressed.txt', now})
    expect(facts?.petitions).toHaveLength(1)
    expect(facts?.petitions[0]).toMatchObject({signatures: 2300, demand: 'that Karl Brandt be freed', deliveredBy: 'the Coastal Rights Network and Harbourwatch International', target: "Ana Lenz, Ruritania's Minister of Justice"})
  })
})

describe('whom freedom is asked for', () => {
  it('is a person, named nowhere else ("demanding that X be freed", "for X to be released", "que X sea liberado")', () => {
    const {facts} = extractFacts(['Rights groups hand over petition', 'A petition demanding that Karl Brandt be freed was delivered today.', 'They also call for Ana Lenz to be released.', 'Exigen además que Eva Ruiz sea liberada.'].join('\n'), {path: 'freed.txt', now})
    expect(facts?.people.map((person) => person.name)).toEqual(['Karl Brandt', 'Ana Lenz', 'Eva Ruiz'])
  })
})

describe('a title of a body named by its letters, in a country', () => {
  it('is the body\'s ("coordinadora general de RCI en Ruritania"), not the country\'s; "la ONG" is no body\'s letters', () => {
    const {facts} = extractFacts(['Red Costera Internacional alerta de secuestros', 'La Red Costera Internacional (RCI) atendió a 11 pescadores secuestrados.', 'Para Eva Ruiz, coordinadora general de RCI en Ruritania, "es cuestión de tiempo".', 'Según Ana Lenz, directora ejecutiva de la ONG en Strelsau, la campaña sigue.'].join('\n'), {path: 'letters.txt', now})
    expect(facts?.people.find((person) => person.name === 'Eva Ruiz')).toMatchObject({titles: ['coordinadora general'], affiliationId: 'red-costera-internacional'})
    expect(facts?.people.find((person) => person.name === 'Ana Lenz')?.affiliation).not.toBe('ONG')
  })
})

describe('a country written by its letters with points', () => {
  it('is one place ("the U.S.", "the U.K."), not a place "U"', () => {
    const {facts} = extractFacts(['Press groups end their visit', 'The groups hope the visit will put a spotlight on press freedom in the U.S. and in the U.K. as well.'].join('\n'), {path: 'dotted.txt', now})
    expect(spanTexts(facts, 'place')).toEqual(['U.S.', 'U.K.'])
  })
})

describe('article in Spanish', () => {
  const facts = fixtureFacts('spanish-delegation')

  it('detects the language', () => {
    expect(facts.article.language).toBe('es')
  })

  it('reads the delegation, its leader and destination', () => {
    expect(facts.delegations[0]).toMatchObject({organisation: 'Amnistía Internacional', leader: 'Elena Márquez', destination: 'Colombia', status: 'arrived'})
    expect(facts.people.find((person) => person.name === 'Elena Márquez')?.titles).toEqual(['secretaria general'])
  })

  it('reads the report title, the petition count in Spanish notation and its delivery', () => {
    expect(facts.reports[0]).toMatchObject({mainTitle: 'Tiros a la vista', subtitle: 'Violaciones de derechos humanos durante el paro nacional'})
    expect(facts.petitions[0]).toMatchObject({
      signatures: 50000,
      target: 'el gobierno',
      demand: 'garantizar el derecho a la protesta pacífica',
      deliveredBy: 'Amnistía Internacional',
      deliveredWhen: 'durante la reunión'
    })
  })

  it('pins "el martes 14 de marzo" by its weekday and resolves "el pasado abril"', () => {
    expect(byKind(facts, 'press-conference')[0]).toMatchObject({place: 'Bogotá', date: {iso: '2023-03-14', resolution: 'weekday-inference'}})
    expect(byKind(facts, 'protest')[0]?.date).toMatchObject({iso: '2022-04'})
    expect(facts.offices[0]).toMatchObject({holder: 'Andrés Rivera', jurisdiction: 'Colombia'})
  })

  it('reads "Actúa:", "Relacionado:" and the photo credit', () => {
    expect(facts.actions[0]?.text).toBe('Exige justicia para las víctimas del paro nacional')
    expect(facts.related[0]?.text).toBe('Colombia debe reformar a la policía')
    expect(facts.media[0]).toMatchObject({kind: 'photo', label: 'Foto de portada'})
  })
})

describe('explicit dates in frontmatter and text', () => {
  const facts = fixtureFacts('explicit-dates')

  it('keeps every dated statement', () => {
    const other = byKind(facts, 'other')
    expect(other.map((event) => event.date?.iso)).toEqual(['2024-01-12', '2024-03-06'])
    expect(other[0]?.place).toBe('Minsk')
    expect(other[1]?.status).toBe('planned')
    expect(byKind(facts, 'protest')[0]?.date).toMatchObject({iso: '2020-08', resolution: 'explicit'})
  })

  it('dates a statement by its main clause, not by a date set between commas about its subject', () => {
    const {facts: released} = extractFacts(['---', 'title: "Karl Brandt freed"', 'published: 2009-05-11', '---', '', 'Brandt, who had been handed an eight-year prison term on April 18, walked out of Strelsau Prison today after an appeals court cut his sentence.'].join('\n'), {path: 'released.md', now})
    expect(byKind(released!, 'other').map((event) => event.date?.iso)).toEqual(['2009-05-11'])
  })

  it('reads "X said: “…”" and a compound minister title', () => {
    expect(facts.quotes[0]).toMatchObject({speaker: 'Marta Kowalska'})
    expect(facts.offices[0]).toMatchObject({title: 'Justice Minister', holder: 'Sergei Volkov'})
  })
})

describe('visit in Markdown: another delegation shape', () => {
  const facts = fixtureFacts('visit-markdown')

  it('reads "a delegation from X, headed by …, is visiting"', () => {
    expect(facts.delegations[0]).toMatchObject({organisation: 'Front Line International', leader: 'Tomás Ruiz', destination: 'Guatemala', status: 'visiting'})
    expect(facts.delegations[0]?.members.map((member) => member.name)).toEqual(['Tomás Ruiz', 'Carmen Ixcot', 'Peter Lund'])
  })

  it('orders the itinerary and dates each step', () => {
    expect(facts.delegations[0]?.itinerary).toEqual([
      expect.objectContaining({order: 1, activity: 'travel to Cobán', place: 'Cobán', when: expect.objectContaining({iso: '2024-06-12'})}),
      expect.objectContaining({order: 2, activity: 'hold meetings with prosecutors', with: 'prosecutors', place: 'Guatemala City', when: expect.objectContaining({range: {start: '2024-06-17', end: '2024-06-23'}})})
    ])
  })

  it('links the petition to the meeting requested in the same sentence', () => {
    expect(facts.petitions[0]).toMatchObject({signatures: 12500, demand: 'an end to forced evictions', deliveredBy: 'Front Line International', deliveredTo: 'President Luis Morales'})
  })

  it('attributes a two-sentence quote to the speaker named after it', () => {
    expect(facts.quotes[0]).toMatchObject({speaker: 'Tomás Ruiz', speakerTitle: 'Executive Director'})
    expect(facts.quotes[0]?.text).toContain('. Now they are being driven out')
  })
})

describe('plain text with a headline, a petition count in the next sentence', () => {
  const facts = fixtureFacts('headline-and-signatures')

  it('takes the unpunctuated first line as the title', () => {
    expect(facts.article.title).toBe('Iran: Authorities must immediately release women human rights defenders detained after peaceful protests')
  })

  it('completes the petition from a later sentence', () => {
    expect(facts.petitions).toHaveLength(1)
    expect(facts.petitions[0]).toMatchObject({signatures: 45000, target: 'the Head of the Judiciary, Reza Amini', demand: 'release all those detained solely for exercising their human rights'})
  })

  it('does not date the article from a past date, and says what it cannot resolve', () => {
    expect(facts.article.publishedResolution).toBe('unknown')
    const dated = byKind(facts, 'other')
    expect(dated[0]?.date).toMatchObject({iso: '2022-10-12', resolution: 'explicit'})
    expect(dated[1]?.date).toMatchObject({text: '8 March', resolution: 'unresolved'})
  })
})

describe('Markdown report title in italics, quote continued after the speaker', () => {
  const facts = fixtureFacts('report-title-in-italics')

  it('takes the whole emphasised title, subtitle included', () => {
    expect(facts.reports[0]).toMatchObject({mainTitle: 'Our Villages Burned', subtitle: 'Military Attacks on Civilians in Sagaing Region', publisher: 'Human Rights Watch'})
  })

  it('gives a quote continuing the previous one the same speaker', () => {
    expect(facts.quotes.map((quote) => quote.speaker)).toEqual(['Mia Laurent', 'Mia Laurent'])
  })

  it('does not take a place inside the title for the launch', () => {
    expect(byKind(facts, 'report-launch')[0]?.place).toBeUndefined()
  })
})

describe('offices and jurisdictions', () => {
  it('does not make a city the jurisdiction of a president', () => {
    const text = [
      'A Front Line International delegation led by Executive Director Ana Ruiz has arrived in Geneva to present a report.',
      'The organization has requested a meeting with President Luis Morales to discuss the report.'
    ].join('\n')
    const facts = extractFacts(text, {now})
    expect(facts.facts?.offices).toEqual([expect.objectContaining({title: 'President', holder: 'Luis Morales'})])
    expect(facts.facts?.offices[0]?.jurisdiction).toBeUndefined()
  })

  it('places a president in the destination when the text treats it as a country', () => {
    const text = [
      'A Front Line International delegation led by Executive Director Ana Ruiz has arrived in Chile to present a report.',
      'The organization has requested a meeting with President Luis Morales to discuss the Chilean police.'
    ].join('\n')
    expect(extractFacts(text, {now}).facts?.offices[0]?.jurisdiction).toBe('Chile')
  })
})

describe('Spanish Markdown: «» quotes and titles, rueda de prensa', () => {
  const facts = fixtureFacts('spanish-report-markdown')

  it('reads the title in «» as the report, not as a quote', () => {
    expect(facts.reports[0]).toMatchObject({mainTitle: 'Buscar sin descanso', subtitle: 'Madres buscadoras frente a la indiferencia del Estado'})
    expect(facts.quotes).toEqual([expect.objectContaining({speaker: 'Carla Fuentes', speakerTitle: 'directora para las Américas'})])
  })

  it('dates the press conference from the frontmatter year and keeps a date out of its topic', () => {
    expect(byKind(facts, 'press-conference')[0]).toMatchObject({place: 'Ciudad de México', date: {iso: '2024-08-29', certainty: 'certain'}})
    expect(byKind(facts, 'press-conference')[0]?.topic).toBeUndefined()
  })

  it('reads a Spanish signature count and target', () => {
    expect(facts.petitions[0]).toMatchObject({signatures: 30000, target: 'la Fiscalía General', demand: 'proteger a las buscadoras'})
    expect(facts.related[0]).toMatchObject({text: 'Madres buscadoras: una lucha sin tregua', url: 'https://example.org/es/madres'})
  })
})

describe('country branches', () => {
  it('reads branches named by an acronym', () => {
    const text =
      'Paul Reyes, executive director of Front Line International USA, and Sara Kent, director of Front Line International UK, said the delegation will travel to Chile.\nThe organization has requested a meeting with the minister.'
    const facts = extractFacts(text, {now}).facts
    expect(facts?.organisations.filter((organisation) => organisation.parent).map((organisation) => [organisation.name, organisation.country])).toEqual([
      ['Front Line International USA', 'USA'],
      ['Front Line International UK', 'UK']
    ])
    expect(facts?.people.find((person) => person.name === 'Sara Kent')?.affiliation).toBe('Front Line International UK')
  })
})

describe('organisations known by what they do, not by their name’s ending', () => {
  const text = [
    'Pescadores del sur piden una audiencia',
    'La organización ecologista Greenpeace México vuelve a pedir una audiencia urgente al presidente.',
    'Greenpeace ha presentado por segunda vez una solicitud, dijo la vocera Ana Ruiz.',
    'Activists handed over 12,000 signatures.',
    'Someone urged the authorities to listen.',
    'In Bogotá, the collective Temblores documented 289 cases of police violence.'
  ].join('\n')
  const {facts} = extractFacts(text, {path: 'speaking.txt', now})

  it('registers a hyphenated name that voices concern ("ILGA-Europe has voiced grave concern")', () => {
    const {facts: voiced} = extractFacts('# Harbour-Europe alarmed\n\nHarbour-Europe has voiced grave concern after the parliament of Ruritania approved the ban.', {path: 'voiced.md', now})
    expect(voiced?.organisations.map((organisation) => organisation.name)).toEqual(['Harbour-Europe'])
  })

  it('registers a one-word name that speaks, publishes or asks, alone or with its country', () => {
    const names = facts?.organisations.map((organisation) => organisation.name) ?? []
    expect(names).toEqual(expect.arrayContaining(['Greenpeace México', 'Temblores']))
    // The branch's short name is an alias of it, not a second organisation.
    expect(facts?.organisations.find((organisation) => organisation.name === 'Greenpeace México')?.aliases).toContain('Greenpeace')
  })

  it('does not take a capitalised first word or a person for an organisation', () => {
    const names = facts?.organisations.map((organisation) => organisation.name) ?? []
    expect(names).not.toContain('Activists')
    expect(names).not.toContain('Someone')
    expect(names).not.toContain('Ana Ruiz')
    expect(names).not.toContain('Bogotá')
  })

  it('reads a name with a small word inside as one organisation ("Save the Children said", "Friends of the Earth has called")', () => {
    const {facts} = extractFacts(['Babies at risk', 'The first day is the riskiest, Harbour the Children said today.', 'Friends of the Coast has called for action.', 'Ana of Tromsvik was there.'].join('\n'), {path: 'inner-word.txt', now})
    expect(facts?.organisations.map((organisation) => organisation.name)).toEqual(['Harbour the Children', 'Friends of the Coast'])
  })
})

describe('places with an article before them, and venues by their kind', () => {
  const {facts} = extractFacts(['El CELS presenta su informe anual', 'La presentación será el lunes en el Museo de la Memoria, y luego en la Plaza Mayor.', 'The panel meets at Palacio Nacional.'].join('\n'), {path: 'venues.txt', now})
  const places = facts?.sentences.flatMap((sentence) => (sentence.spans ?? []).filter((span) => span.type === 'place').map((span) => span.text))

  it('types "en el Museo de la Memoria" and "Palacio Nacional" as places', () => {
    expect(places).toEqual(expect.arrayContaining(['Museo de la Memoria', 'Plaza Mayor', 'Palacio Nacional']))
  })

  it('does not take a name placed somewhere, after a place in a list, for a place', () => {
    const {facts: contacts} = extractFacts(['Visit to Chile', 'Reach our media contacts, Ana Lenz in Chile and Josefina Salomon in the UK, or visit Andahuaylas and Chincheros in Apurímac.'].join('\n'), {path: 'contacts.txt', now})
    const listed = contacts?.sentences.flatMap((sentence) => (sentence.spans ?? []).filter((span) => span.type === 'place').map((span) => span.text))
    expect(listed).not.toContain('Josefina Salomon')
    expect(listed).toEqual(expect.arrayContaining(['Chile', 'UK', 'Andahuaylas', 'Chincheros']))
  })

  it('does not take a name placed somewhere after a comma, in a list of places, for a place ("…, en Tromsvik, y Ines Vidal, en Zenda")', () => {
    const {facts: killed} = extractFacts(['Asesinados', 'Fueron asesinados Tomas Ek, en Strelsau; Lisa Moreau, en Tromsvik, y Ines Vidal, en Zenda.'].join('\n'), {path: 'killed.txt', now})
    expect(spanTexts(killed, 'place')).toEqual(['Strelsau', 'Tromsvik', 'Zenda'])
  })
})

describe('a body someone works for, named by its initials', () => {
  it('is an organisation, and theirs ("Ana Lenz, directora ejecutiva de HARBOUR")', () => {
    const {facts} = extractFacts(['# Pescadores', '', 'Ana Lenz, directora ejecutiva de HARBOUR, insistió en que los países deben redoblar sus esfuerzos.'].join('\n'), {path: 'initials.md', now})
    expect(facts?.organisations.map((organisation) => organisation.name)).toContain('HARBOUR')
    expect(facts?.people.find((person) => person.name === 'Ana Lenz')).toMatchObject({affiliation: 'HARBOUR', affiliationId: 'harbour'})
  })

  it('gives no title from a clause about someone ("declaró Lenz, quien subrayó que …")', () => {
    const {facts} = extractFacts(['# Pescadores', '', 'Ana Lenz, directora ejecutiva de HARBOUR, habló en Strelsau.', '"Los pescadores deben volver al mar", declaró Lenz, quien subrayó que la costa sigue siendo insegura.'].join('\n'), {path: 'relative.md', now})
    expect(facts?.people.find((person) => person.name === 'Ana Lenz')?.titles).toEqual(['directora ejecutiva'])
  })
})

describe('a Title Case headline, where capitals mark every word', () => {
  const {facts} = extractFacts(
    ['# Harbourwatch Welcomes Pledge to Ship One Million Water Filters to Ruritania', '', '# Dockers Rally in Port Zenda as Strelsau Talks Stall', '', 'Harbourwatch said the ministry will send one million filters to Ruritania, where the port of Port Zenda was hit hardest. Dockers in Strelsau will rally again.'].join('\n'),
    {path: 'title-case.md', now}
  )
  const places = spanTexts(facts, 'place')

  it('reads no place from a run of capitals after "to" that the article never writes so ("Ship One Million Water")', () => {
    expect(places).not.toContain('Ship One Million Water')
    expect(places?.filter((place) => /Ship/u.test(place))).toEqual([])
  })

  it('keeps a place the body writes so, and a country', () => {
    expect(places).toEqual(expect.arrayContaining(['Ruritania', 'Port Zenda']))
    expect(facts?.sentences[1]?.spans?.filter((span) => span.type === 'place').map((span) => span.text)).toEqual(['Port Zenda'])
  })

  it('reads "one million" as a figure', () => {
    expect(spanTexts(facts, 'number')).toEqual(['One Million', 'one million'])
  })
})

describe('a quote "according to" someone', () => {
  it('is theirs, and "according to" places no one ("…," according to X, who has just taken office as Y)', () => {
    const {facts} = extractFacts(['# Refugees', '', '"When you invest in refugees\' lives, you invest in the future," according to Karl Brandt, who has just taken office as High Commissioner for Fishers.'].join('\n'), {path: 'according.md', now})
    expect(facts?.quotes.map(({speaker, speakerTitle}) => ({speaker, speakerTitle}))).toEqual([{speaker: 'Karl Brandt', speakerTitle: 'High Commissioner'}])
    expect(spanTexts(facts, 'place')).toEqual([])
  })

  it('is theirs when the sentence opens with them ("According to Ana Lenz, Campaigns lead at X, the arrests are “…”")', () => {
    const {facts} = extractFacts(['# Arrests', '', 'According to Ana Lenz, Campaigns lead at Harbourwatch, the arrests are “symptomatic of an ongoing drive to silence people” by the regime.'].join('\n'), {path: 'according-before.md', now})
    expect(facts?.quotes.map(({speaker}) => speaker)).toEqual(['Ana Lenz'])
  })
})

describe('a quote after a deed of the one the sentence opens with', () => {
  it('is theirs when a role names them a person ("Ana Lenz, …, welcomed the ruling, calling it “…”"), not a body’s ("Red Costera pone en marcha …")', () => {
    const {facts} = extractFacts(['# Ruling', '', 'Ana Lenz, assistant general secretary of the Harbour Union, welcomed the ruling, calling it "a victory for the crews and for press freedom".', '', 'Red Costera pone en marcha su campaña "Cambia el mundo con nosotros y con todas tus fuerzas".'].join('\n'), {path: 'subject-speaker.md', now})
    expect(facts?.quotes.map(({speaker}) => speaker)).toEqual(['Ana Lenz', undefined])
  })
})

describe('a line of contacts', () => {
  it('gives each one after the place they answer for ("Contacts: Ruritania — Ana Lenz, … · Strelsau — Karl Brandt, …")', () => {
    const {facts} = extractFacts(['# Verdict', '', '**Contacts:** Ruritania — Ana Lenz, 415-746-0306 · Strelsau — Karl Brandt, +91 9444082401'].join('\n'), {path: 'contacts-line.md', now})
    expect(facts?.people.map(({name, titles}) => [name, titles])).toEqual([['Ana Lenz', ['media contact']], ['Karl Brandt', ['media contact']]])
  })
})

describe('an office of a body', () => {
  it('makes the body no country ("el presidente del Consejo de Ministros, X"), while an office of a state does ("la presidenta de Ruritania, Y")', () => {
    const {facts} = extractFacts(['# Foro', '', 'El presidente del Consejo de Ministros, Karl Brandt, habló en el foro.', '', 'La presidenta de Ruritania, Eva Ruiz, también habló.'].join('\n'), {path: 'office-of-body.md', now})
    expect(spanTexts(facts, 'place')).toEqual(['Ruritania'])
    expect(facts?.organisations.map(({name}) => name)).toEqual(['Consejo de Ministros'])
  })
})

describe('a centre named for what happens there', () => {
  it('is a place, not a body ("held at the Strelsau Congress Centre", "en el Centro Cultural Tromsvik")', () => {
    const {facts} = extractFacts(['# Prize', '', 'The prize was presented at a ceremony held at the Strelsau Congress Centre on 19 June.', '', 'La reunión será en el Centro Cultural Tromsvik.'].join('\n'), {path: 'venue-centre.md', now})
    expect(spanTexts(facts, 'place')).toEqual(['Strelsau Congress Centre', 'Centro Cultural Tromsvik'])
    expect(facts?.organisations).toEqual([])
  })
})

describe('a place after the kind of place it is in', () => {
  it('is a place ("en un hotel de Tromsvik", "on the outskirts of Strelsau")', () => {
    const {facts} = extractFacts(['# Findings', '', 'La misión presentará sus conclusiones en una rueda de prensa en un hotel de Tromsvik.', '', 'The families live on the outskirts of Strelsau.'].join('\n'), {path: 'kind-of-place.md', now})
    expect(spanTexts(facts, 'place')).toEqual(['Tromsvik', 'Strelsau'])
  })
})

describe('a body named after what it is', () => {
  it('is an organisation with words before its kind ("the humanitarian agency Harbour Relief", "the youth-led climate movement Sunwave")', () => {
    const {facts} = extractFacts(['# Appeal', '', 'The humanitarian agency Harbour Relief has opened an emergency appeal for Ruritania.', '', 'The youth-led climate movement Sunwave staged sit-ins in Strelsau.'].join('\n'), {path: 'kind-words.md', now})
    expect(facts?.organisations.map(({name}) => name)).toEqual(['Harbour Relief', 'Sunwave'])
  })
})

describe('a name said to be a body', () => {
  it('is an organisation ("Harbour Lambda, founded in 1997, is Ruritania’s oldest LGBT organisation"), not one said to be a member of one', () => {
    const {facts} = extractFacts(['# March attacked', '', 'Harbour Lambda, founded in 1997, is Ruritania’s oldest LGBT organisation.', '', 'Red Costera es una organización ecologista.', '', 'Ana Lenz is a member of the group.'].join('\n'), {path: 'said-body.md', now})
    expect(facts?.organisations.map(({name}) => name)).toEqual(['Harbour Lambda', 'Red Costera'])
  })

  it('publishes the release when its name stands alone on a line at the head', () => {
    const {facts} = extractFacts(['Fishers face condemnation at the annual meeting', '', 'Harbour Watch', '', 'Contact: Ana Lenz, +1.703.798.3109', '', 'Strelsau – Harbour Lanterns met with outrage at its meeting today.'].join('\n'), {path: 'publisher-line.txt', now})
    expect(facts?.article.publisher).toBe('Harbour Watch')
  })
})

describe('the English article "a"', () => {
  it('places nothing ("put their names to a WWF petition"), while the Spanish "a" does ("viajó a Tromsvik")', () => {
    const {facts} = extractFacts(['# Petition', '', 'Around 12,000 people have put their names to a WWF petition.', '', 'La delegación viajó a Tromsvik.'].join('\n'), {path: 'english-a.md', now})
    expect(spanTexts(facts, 'place')).toEqual(['Tromsvik'])
  })
})

describe('a name with a middle initial', () => {
  it('is one person ("Congressman Karl M. Brandt", "Media contact: Ana V. Lenz")', () => {
    const {facts} = extractFacts(['# Bill backed', '', 'The bill is led by Congressman Karl M. Brandt (D-AZ-03).', '', 'Media contact: Ana V. Lenz, Harbour Communications, ana@harbour.org'].join('\n'), {path: 'initials.md', now})
    expect(facts?.people.map(({name, titles}) => ({name, titles}))).toEqual([{name: 'Karl M. Brandt', titles: ['Congressman']}, {name: 'Ana V. Lenz', titles: ['media contact']}])
  })
})

describe('a role before a name and a comma, opening its sentence or the organisation’s', () => {
  it('is that person’s title ("The organisation’s Head of Campaigns, Olga Berg, gave …", "The head of campaigns, Ana Lenz, said …")', () => {
    const {facts} = extractFacts(['# Harbourwatch reacts to the court case', '', 'Harbourwatch has reacted to the news. The organisation’s Head of Campaigns, Olga Berg, gave the following response.', '', 'The head of policy, Ana Lenz, said the case would fail.'].join('\n'), {path: 'opening-role.md', now})
    expect(facts?.people.map(({name, titles}) => [name, titles.join(';')])).toEqual([
      ['Olga Berg', 'Head of Campaigns'],
      ['Ana Lenz', 'head of policy']
    ])
  })
})

describe('a role in lower case before a name and a comma', () => {
  it('is that person’s title, of the body it names ("la directora general de Harbourwatch en Ruritania, Ana Lenz"), and "y de la …" after a name is no role of theirs', () => {
    const {facts} = extractFacts(['# Informe presentado', '', 'La apertura corrió a cargo de la presidenta del Congreso de Ruritania, **Eva Ruiz**, y de la directora general de Harbourwatch en Ruritania, **Ana Lenz**. Ambas insistieron.', '', 'Fueron recibidos por el jefe del gabinete de la Presidencia, Karl Brandt, y por el secretario de Comunicación, Olga Berg.'].join('\n'), {path: 'role-comma-name.md', now})
    expect(facts?.people.map(({name, titles, affiliation}) => [name, titles.join(';'), affiliation ?? ''])).toEqual([
      ['Eva Ruiz', 'presidenta', 'Congreso de Ruritania'],
      ['Ana Lenz', 'directora general', 'Harbourwatch'],
      ['Karl Brandt', 'jefe del gabinete', 'Presidencia'],
      ['Olga Berg', 'secretario', 'Comunicación']
    ])
  })
})

describe('an office in lower case before a name and a comma', () => {
  it('is that person’s title too ("el alcalde del municipio de Tromsvik, Karl Brandt")', () => {
    const {facts} = extractFacts(['# Alerta por un desalojo', '', 'La red lanza una alerta ante las amenazas de desalojo formuladas por el alcalde del municipio de Tromsvik, Karl Brandt Ruiz. Las familias siguen allí.'].join('\n'), {path: 'office-comma-name.md', now})
    expect(facts?.people.map(({name, titles}) => [name, titles.join(';')])).toEqual([['Karl Brandt Ruiz', 'alcalde del municipio de Tromsvik']])
  })
})

describe('a name a clause about someone follows', () => {
  it('is a person ("filed by Karl Brandt, who is among the richest businessmen"), a body named so is not', () => {
    const {facts} = extractFacts(['# Activists held', '', 'Their arrest followed a complaint filed by Karl Brandt, who is among the richest businessmen in Ruritania.', '', 'The case was taken up by Harbourwatch International, who is based in Strelsau.'].join('\n'), {path: 'name-who.md', now})
    expect(facts?.people.map((person) => person.name)).toEqual(['Karl Brandt'])
  })

  it('is a person opening the sentence too, with the title the clause gives ("X, who heads Y’s work as Country Director, said")', () => {
    const {facts} = extractFacts(['# Bus hit in Ruritania', '', 'Karl Brandt, who heads the Harbour Foundation’s work in the country as Ruritania Country Director, said that civilians were paying the price.'].join('\n'), {path: 'name-who-opens.md', now})
    expect(facts?.people.map(({name, titles, affiliation}) => [name, titles.join(';'), affiliation])).toEqual([['Karl Brandt', 'Ruritania Country Director', 'Harbour Foundation']])
  })
})

describe('lawyers by their English titles', () => {
  it('are people with that role ("Karl Brandt, solicitor at Lenz Day", "Eva Ruiz, a barrister at Harbour Chambers")', () => {
    const {facts} = extractFacts(['# Harbourwatch goes to court', '', 'Karl Brandt, solicitor at Lenz Day, said the case raises a point of law.', '', 'Eva Ruiz, a barrister at Harbour Chambers, took the case on for free.'].join('\n'), {path: 'lawyers.md', now})
    expect(facts?.people.map(({name, titles}) => [name, titles.join(';')])).toEqual([['Karl Brandt', 'solicitor'], ['Eva Ruiz', 'barrister']])
  })
})

describe('an advisory’s lists of contacts and speakers', () => {
  const advisory = ['# Rights groups to hold a press call', '', '**Media contacts:**', '', '- Ana Lenz, Harbourwatch Foundation (HWF)', '- Karl Brandt, Coastal Rights Network, 212 555 0100', '', 'The groups will hold a press call on Thursday.', '', '- **What:** Press call on the documents', '- **Who:**', '  - Eva Ruiz and Olga Berg, Coastal Rights Network, Strelsau Law School', '  - Tomas Berge, Harbourwatch Foundation', '- **When:** Thursday, 11:30 a.m.'].join('\n')

  it('gives the people under "Media contacts:" that role, with the body beside each name', () => {
    const {facts} = extractFacts(advisory, {path: 'contacts.md', now})
    expect(facts?.people.filter((person) => person.titles.includes('media contact')).map(({name, affiliation}) => [name, affiliation])).toEqual([
      ['Ana Lenz', 'Harbourwatch Foundation'],
      ['Karl Brandt', 'Coastal Rights Network']
    ])
  })

  it('reads the names on a "Who:" line and on the lines nested under it, two to a line too', () => {
    const {facts} = extractFacts(advisory, {path: 'speakers.md', now})
    expect(facts?.people.filter((person) => !person.titles.includes('media contact')).map(({name, affiliation}) => [name, affiliation])).toEqual([
      ['Eva Ruiz', 'Coastal Rights Network'],
      ['Olga Berg', 'Coastal Rights Network'],
      ['Tomas Berge', 'Harbourwatch Foundation']
    ])
  })
})

describe('a programme as an organisation', () => {
  it('is named by its suffix, without an acronym beside it ("welcomed by the World Fish Programme")', () => {
    const {facts} = extractFacts(['# Rice for refugees in Ruritania', '', 'The rice was welcomed by the World Fish Programme in Strelsau.'].join('\n'), {path: 'programme.md', now})
    expect(facts?.organisations.map((organisation) => organisation.name)).toEqual(['World Fish Programme'])
  })
})

describe('a forum as an organisation', () => {
  it('is named by its suffix ("the Ruritania NGO Forum is calling on …")', () => {
    const {facts} = extractFacts(['# Joint statement: protect civilians', '', 'The Ruritania NGO Forum is calling on the parties to protect civilians in Strelsau.'].join('\n'), {path: 'forum.md', now})
    expect(facts?.organisations.map((organisation) => organisation.name)).toEqual(['Ruritania NGO Forum'])
  })
})

describe('a plain-text urgent action', () => {
  it('reads a heading in capitals as the section its steps are under, and the lines a step opens as part of it', () => {
    const text = [
      'RURITANIA: FREE FISHER KARL BRANDT',
      '',
      'Harbourwatch is concerned at the detention of the fisher Karl Brandt in Strelsau.',
      '',
      'TAKE ACTION!',
      '',
      'Send appeals urging the authorities of Ruritania to:',
      '',
      '- Free Karl Brandt at once',
      '- Respect the right to fish',
      '',
      'Address your appeals to:',
      '',
      'Minister of the Interior',
      '',
      'Ms. Olga Berg',
      '',
      'Salutation: Dear Minister',
      '',
      'Appeals should go out straight away.'
    ].join('\n')
    const {facts} = extractFacts(text, {path: 'plain-ua.txt', now})
    expect(facts?.actions.map((action) => action.text)).toEqual([
      'Send appeals urging the authorities of Ruritania to: Free Karl Brandt at once; Respect the right to fish',
      'Address your appeals to: Minister of the Interior; Ms. Olga Berg; Salutation: Dear Minister'
    ])
  })
})

describe('a count in words from thirteen to ninety', () => {
  it('is a figure in either language ("eighteen peaceful demonstrators", "dieciocho manifestantes", "seventy families")', () => {
    const {facts} = extractFacts(['# Protesters held in Ruritania', '', 'Police detained eighteen peaceful demonstrators in Strelsau, and seventy families were evicted.', '', 'La policía detuvo a dieciocho manifestantes.'].join('\n'), {path: 'words.md', now})
    expect(spanTexts(facts, 'number')).toEqual(['eighteen', 'seventy', 'dieciocho'])
  })
})

describe('a figure set in bold', () => {
  it('is a figure, not a work’s title ("**At least 450 people** have been killed")', () => {
    const {facts} = extractFacts(['# Fighting goes on in Ruritania', '', '- **At least 450 people** have been killed in Strelsau.', '- **More than 3,700 people** have been injured.'].join('\n'), {path: 'bold-figure.md', now})
    expect(spanTexts(facts, 'title')).toEqual([])
    expect(spanTexts(facts, 'number')).toEqual(['450', '3,700'])
  })
})

describe('a place that opens its sentence', () => {
  it('is placed by a capitalised "At" as by "at" ("At the Harbour Street protest, …")', () => {
    const {facts} = extractFacts(['# Fishers protest', '', 'At the Harbour Street protest, fishers handed out leaflets to shoppers.'].join('\n'), {path: 'at.md', now})
    expect(spanTexts(facts, 'place')).toEqual(['Harbour Street'])
  })
})

describe('a civil association’s legal form before its acronym', () => {
  it('ends no sentence, and the name before it is the organisation the acronym stands for ("…, A.C. (RCA) es …")', () => {
    const {facts} = extractFacts(['# Sobre la red', '', 'Red Costera de Apoyo a los Derechos Humanos, A.C. (RCADH) es una organización no gubernamental. Trabaja en Tromsvik desde 1993.'].join('\n'), {path: 'legal-form.md', now})
    expect(facts?.organisations.map(({name, aliases}) => [name, aliases])).toEqual([['Red Costera de Apoyo a los Derechos Humanos', ['RCADH']]])
    expect(facts?.sentences.map((sentence) => sentence.text)).toContain('Red Costera de Apoyo a los Derechos Humanos, A.C. (RCADH) es una organización no gubernamental.')
  })
})

describe('a list of names under a lead-in that lists people', () => {
  it('is those people, with the title an item gives ("- Karl Brandt, Anglican Bishop of Tromsvik"), and a list of other things is not', () => {
    const {facts} = extractFacts(['# Support grows for the march', '', 'Well-known figures who have lent their weight to the call include:', '', '- Ana Lenz', '- Karl Brandt, Anglican Bishop of Tromsvik', '- Olga Berg Ruiz', '', 'Build-up activities include:', '', '- Community Meetings', '- Street Stalls'].join('\n'), {path: 'listed-names.md', now})
    expect(facts?.people.map(({name, titles}) => [name, titles.join(';')])).toEqual([['Ana Lenz', ''], ['Karl Brandt', 'Anglican Bishop of Tromsvik'], ['Olga Berg Ruiz', '']])
  })
})

describe('a Spanish organisation’s long name', () => {
  it('is read whole, up to its "A.C." ("Centro de Derechos Humanos Ana Lenz de Las Casas, A.C.")', () => {
    const {facts} = extractFacts(['# Secuestrados dos defensores', '', 'Al Centro de Derechos Humanos Ana Lenz de Las Casas, A.C. le ha llegado información del secuestro.', '', 'Lo denunció también la Comisión Costera de Defensa y Promoción de los Derechos Humanos A.C. en Strelsau.'].join('\n'), {path: 'long-name.md', now})
    expect(facts?.organisations.map((organisation) => organisation.name)).toEqual(['Centro de Derechos Humanos Ana Lenz de Las Casas', 'Comisión Costera de Defensa y Promoción de los Derechos Humanos'])
  })
})

describe('a union’s general secretary', () => {
  it('is a title before the name, in lower case too ("Harbourwatch general secretary Ana Lenz has …")', () => {
    const {facts} = extractFacts(['# Harbourwatch on the budget', '', 'Harbourwatch general secretary Ana Lenz has delivered a damning judgement on the budget.'].join('\n'), {path: 'general-secretary.md', now})
    expect(facts?.people.map(({name, titles}) => ({name, titles}))).toEqual([{name: 'Ana Lenz', titles: ['general secretary']}])
  })
})

describe('a capitalised title before a name and a comma', () => {
  it('is that person’s title after "del" too, and a clause that opens with a verb is no one’s title ("Ana Lenz, puso en manos del …")', () => {
    const {facts} = extractFacts(['# Firmas entregadas', '', 'Ese día, la Alta Comisionada de Harbourwatch, Ana Lenz, puso en manos del Secretario General de la Red Costera, Karl Brandt, la mayor petición jamás reunida.'].join('\n'), {path: 'title-comma-name.md', now})
    expect(facts?.people.map(({name, titles, affiliation}) => [name, titles.join(';'), affiliation ?? ''])).toEqual([
      ['Ana Lenz', 'Alta Comisionada', 'Harbourwatch'],
      ['Karl Brandt', 'Secretario General', 'Red Costera']
    ])
  })
})

describe('a media contact line that says whose contact it is', () => {
  it('names the contact after its colon ("Media contact for the Coastal Rights Network: Ana Lenz, …")', () => {
    const {facts} = extractFacts(['Hearing on Thursday', 'Media contact for the Coastal Rights Network: Ana Lenz, Harbour Communications, 212.260.5000, ana@harbour.org'].join('\n'), {path: 'contact-for.txt', now})
    expect(facts?.people.map(({name, titles}) => ({name, titles}))).toEqual([{name: 'Ana Lenz', titles: ['media contact']}])
  })
})

describe('an address with an appositive that names a role', () => {
  it('is no person, and a place after "at" and its number ("at 10 Downing Street, the residence of the Prime Minister")', () => {
    const {facts} = extractFacts(['# Letters handed in', '', 'Volunteers are handing in 1,657 letters at 10 Harbour Street, the residence of the Ruritanian Prime Minister, Karl Brandt.'].join('\n'), {path: 'address.md', now})
    expect(facts?.people.map((person) => person.name)).toEqual(['Karl Brandt'])
    expect(spanTexts(facts, 'place')).toEqual(['Harbour Street'])
  })
})

describe('a person who will head a delegation or a mission somewhere', () => {
  it('reads the leader, the organisation and the destination', () => {
    const {facts} = extractFacts(['Rights group head to lead mission to Nordland', 'Maren Dahl, Secretary General of the Coastal Rights Network, will head a delegation to Nordland from 3 to 8 November.'].join('\n'), {path: 'heads.txt', now})
    expect(facts?.delegations[0]).toMatchObject({organisation: 'Coastal Rights Network', leader: 'Maren Dahl', destination: 'Nordland', status: 'planned'})
  })

  it('reads the Spanish form', () => {
    const {facts} = extractFacts(['Misión a Nordlandia', 'Ana Ruiz, directora de la Red de Derechos Costeros, encabezará una misión a Nordlandia la próxima semana.'].join('\n'), {path: 'misión.txt', now})
    expect(facts?.delegations[0]).toMatchObject({leader: 'Ana Ruiz', destination: 'Nordlandia', status: 'planned'})
  })
})

describe('a name after the office that introduces it, and "at least one" as a count', () => {
  const {facts} = extractFacts(['Fiscalía pide archivar la causa', 'Según la prensa, el fiscal Luis Barroso ha pedido que se archive la causa.', 'Al menos un manifestante murió.'].join('\n'), {path: 'offices.txt', now})
  const spans = (type: string) => spanTexts(facts, type)

  it('types the name after "el fiscal" as a person', () => {
    expect(spans('person')).toContain('Luis Barroso')
  })

  it('types the name after a quoted title or after "hosted by" as a person', () => {
    const hosted = extractFacts(['Harbourwatch honours fishers', 'They received their awards in Strelsau, at a ceremony hosted by the "stand-up poet" Karl Brandt.', 'The panel will be moderated by Olga Berg.'].join('\n'), {path: 'hosted.txt', now})
    expect(spanTexts(hosted.facts, 'person')).toEqual(['Karl Brandt', 'Olga Berg'])
  })

  it('types "al menos un" as a number', () => {
    expect(spans('number')).toContain('Al menos un')
  })
})

describe('an advisory’s list of speakers', () => {
  it('reads the organisation after each title as the speaker’s affiliation', () => {
    const {facts} = extractFacts(['Media advisory: Human Rights Watch presents its report', 'Human Rights Watch and ARTICLE 19 will present the report online.', 'Who: Gerry Simpson, Associate Crisis Director, Human Rights Watch; Matthew Bugher, Head of Programme, ARTICLE 19.'].join('\n'), {path: 'speakers.txt', now})
    expect(facts?.people.find((person) => person.name === 'Gerry Simpson')).toMatchObject({affiliation: 'Human Rights Watch', titles: ['Associate Crisis Director']})
  })

  it('reads each title-case line of the list a "Who:" label opens as a speaker, not a headline', () => {
    const {facts} = extractFacts(
      ['Media advisory: one year on', 'The Coastal Rights Network is inviting journalists to a press conference on 3 October 2007.', '', 'Where: Coastal Rights Network offices, Strelsau', 'Who:', '- Ana Lenz, Regional Director, Coastal Rights Network', '- Karl Brandt, Director of the Harbourwatch Foundation'].join('\n'),
      {path: 'who-list.txt', now}
    )
    expect(facts?.people.map((person) => [person.name, person.titles, person.affiliation])).toEqual([
      ['Ana Lenz', ['Regional Director'], 'Coastal Rights Network'],
      ['Karl Brandt', ['Director'], 'Harbourwatch Foundation']
    ])
  })

  it('reads a name and whatever job follows it on such a list as a person, under "Intervendrán:" too', () => {
    const {facts} = extractFacts(
      ['Red Costera presenta su informe', 'Fecha: jueves 29 de septiembre', 'Intervendrán:', '- Ana Lenz, directora ejecutiva de Red Costera', '- Karl Brandt, técnico en Conservación de Red Costera', '- Eva Ruiz, delegada de Red Costera en Tromsvik'].join('\n'),
      {path: 'intervendran.txt', now}
    )
    expect(facts?.people.map((person) => [person.name, person.titles[0]])).toEqual([
      ['Ana Lenz', 'directora ejecutiva'],
      ['Karl Brandt', 'técnico en Conservación de Red Costera'],
      ['Eva Ruiz', expect.stringContaining('delegada')]
    ])
  })

  it('keeps a title-case line outside such a list a headline', () => {
    const {facts} = extractFacts(['Media advisory', 'The Coastal Rights Network is inviting journalists to a press conference on 3 October 2007.', '', 'Ana Lenz, Regional Director, Coastal Rights Network'].join('\n'), {path: 'no-who-list.txt', now})
    expect(facts?.people).toEqual([])
  })
})

describe('a state’s own name', () => {
  it('is a place, not an organisation, however its name ends', () => {
    const {facts} = extractFacts(['Tour', 'Three winners, from the Democratic Republic of the Congo (DRC), Ukraine and Colombia, will tour the country.', 'Africa laureate: Olivier Bahemuke Ndoole, a lawyer.', 'The Russian Federation voted against, said the United Nations Human Rights Council.'].join('\n'), {path: 'states.txt', now})
    expect(facts?.organisations.map((organisation) => organisation.name)).toEqual(['United Nations Human Rights Council'])
    const spans = (type: string) => spanTexts(facts, type)
    expect(spans('place')).toContain('Democratic Republic of the Congo')
    expect(spans('person')).toContain('Olivier Bahemuke Ndoole')
  })
})

describe('a country named anywhere', () => {
  it('is a place, after a name read with it ("the lawyer Karl Brandt of India") and in a phrase about it, but starts no list of places', () => {
    const {facts} = extractFacts(['Guests', 'The guests were the lawyer Karl Brandt of India and the editor Olga Berg of Kenya.', 'Mexico, Red Costera and Harbourwatch signed the Iraq petition, said the University of Chile.'].join('\n'), {path: 'countries.txt', now})
    const spans = (type: string) => spanTexts(facts, type)
    expect(spans('place')).toEqual(['India', 'Kenya', 'Mexico', 'Iraq', 'University of Chile'])
    expect(spans('person')).toEqual(['Karl Brandt', 'Olga Berg'])
  })

  it('is one place when its name has a word in lower case, with either apostrophe ("Côte d\'Ivoire", "Côte d’Ivoire")', () => {
    const {facts} = extractFacts(['Report', "The waste was dumped in Strelsau, Côte d'Ivoire, in 2006.", 'Côte d’Ivoire signed the treaty.'].join('\n'), {path: 'lower-case-country.txt', now})
    expect(spanTexts(facts, 'place')).toEqual(['Strelsau', "Côte d'Ivoire", 'Côte d’Ivoire'])
  })

  it('is a world region by its name in either language, wherever it stands, but not the desk of a job', () => {
    const {facts} = extractFacts(['# Report', '', '- **Asia Pacific** was the deadliest region for fishers in 2013.', '', '- The most dangerous countries were **Syria, the Philippines and India**.', '', 'Centroamérica y África Occidental siguieron.', '', 'Karl Brandt, senior Asia researcher at the network, said so.'].join('\n'), {path: 'regions.md', now})
    expect(spanTexts(facts, 'place')).toEqual(['Asia Pacific', 'Syria', 'Philippines', 'India', 'Centroamérica', 'África Occidental'])
    expect(spanTexts(facts, 'title')).toEqual([])
  })

  it('is a place one stands "on", named by what it is ("on Parliament Lawn"), not a day ("on Monday")', () => {
    const {facts} = extractFacts(['Report', 'Fishers will take part in the event on Harbour Lawn, alongside Karl Brandt.', 'They met on Monday in Tromsvik.'].join('\n'), {path: 'on-ground.txt', now})
    expect(spanTexts(facts, 'place')).toEqual(['Harbour Lawn', 'Tromsvik'])
  })

  it('is a building named by its kind, last in capitals or in lower case, or first in Spanish ("Borg al-Arab Prison", "Strelsau prison", "la cárcel de Tromsvik")', () => {
    const {facts} = extractFacts(['Report', 'The authorities transferred Karl Brandt from Borg al-Arab Prison to a facility.', 'He was later placed in solitary confinement in Strelsau prison.', 'Eva Ruiz fue trasladada a la cárcel de Tromsvik.'].join('\n'), {path: 'prisons.txt', now})
    expect(spanTexts(facts, 'place')).toEqual(['Borg al-Arab Prison', 'Strelsau prison', 'Tromsvik'])
  })

  it('is not a body named by the first word of its name after "en el" ("las votaciones previstas en el Consejo")', () => {
    const {facts} = extractFacts(['Informe', 'Harbourwatch habló de las votaciones previstas en el Consejo para las últimas jornadas de la sesión en Strelsau.'].join('\n'), {path: 'body-word.txt', now})
    expect(spanTexts(facts, 'place')).toEqual(['Strelsau'])
  })

  it('is a place after "places such as", "lugares como"', () => {
    const {facts} = extractFacts(['Report', 'En lugares como La Carpio, la delegación comprobó que muchas personas viven hacinadas.', 'In places such as Tromsvik, fishers live in tents.'].join('\n'), {path: 'such-as.txt', now})
    expect(spanTexts(facts, 'place')).toEqual(['La Carpio', 'Tromsvik'])
  })

  it('is the place alone when whom the sentence tells of follows it ("the murder in Colombia of Karl Brandt")', () => {
    const {facts} = extractFacts(['Report', 'Among the cases: the murder in Colombia of Karl Brandt, shot 14 times.', 'El asesinato en Colombia de Eva Ruiz sigue impune.'].join('\n'), {path: 'country-of.txt', now})
    expect(spanTexts(facts, 'place')).toEqual(['Colombia', 'Colombia'])
  })

  it('is a place after a name the registry does not know ("Lisa Moreau of Brazil")', () => {
    const {facts} = extractFacts(['Winners meet the minister', 'The reporters at the table were Lisa Moreau of Brazil, Tomas Ek of India and Ines Vidal of Kenya.'].join('\n'), {path: 'unknown-names.txt', now})
    expect(spanTexts(facts, 'place')).toEqual(['Brazil', 'India', 'Kenya'])
  })
})

describe('an office whose name begins like a kind of organisation', () => {
  it('is a title, not an organisation: "Commissioner" is no "Commission"', () => {
    const {facts} = extractFacts(['Mission meets officials', 'Its schedule includes a meeting with Andrés Guzmán Caballero, the Presidential Commissioner for Human Rights and Freedom of Expression.', 'The Inter American Press Association will report on the visit.'].join('\n'), {path: 'commissioner.txt', now})
    expect(facts?.organisations.map((organisation) => organisation.name)).toEqual(['Inter American Press Association'])
  })
})

describe('a report’s title set beside “a report”', () => {
  it('reads "published its Global Analysis 2021 on …, a report on …" as the title', () => {
    const {facts} = extractFacts(['Defenders at risk', 'The Coastal Rights Network published its Annual Monitor 2023 on 2 March 2024, a report on the situation of defenders at risk.'].join('\n'), {path: 'apposed.txt', now})
    expect(facts?.reports.map((report) => report.title)).toEqual(['Annual Monitor 2023'])
  })

  it('reads "as it published its State of the World’s Coasts report" as the title, the name right before "report"', () => {
    const {facts} = extractFacts(['Defenders at risk', 'The coast is the most dangerous place to defend rights, Harbourwatch said today as it published its State of the World’s Coasts report.'].join('\n'), {path: 'named-before.txt', now})
    expect(facts?.reports.map((report) => report.title)).toEqual(['State of the World’s Coasts'])
  })

  it('reads "A new Harbourwatch publication, State of the World’s Coasts 2018: The Gap, shows that …" as the title', () => {
    const {facts} = extractFacts(['Coasts at risk', 'A new Harbourwatch publication, State of the World’s Coasts 2018: The Gap, shows that Strelsau has the worst coast.'].join('\n'), {path: 'between-commas.txt', now})
    expect(facts?.reports.map((report) => report.title)).toEqual(['State of the World’s Coasts 2018: The Gap'])
  })
})

describe('who said a quote, however the text names them', () => {
  const {facts} = extractFacts(
    [
      '# Valdoria: union leaders meet the labour minister',
      '',
      'Ana María Torres Vidal, secretaria general de la Unión de Mineros, se reunió con el ministro de Trabajo.',
      '',
      '"Los salarios llevan seis meses sin pagarse y nadie responde por ello", dijo Torres Vidal.',
      '',
      '"Volveremos a la mesa la semana próxima si no hay respuesta del gobierno", añadió la secretaria general.',
      '',
      'Pavel Orsk, the union’s lawyer, spoke to reporters after the meeting.',
      '',
      'Orsk also said: "The ministry has had every document it asked for since March."'
    ].join('\n'),
    {path: 'quotes.md', now}
  )

  it('knows whom an urgent action lists to write to by a title and a name in bold over their address', () => {
    const contacts = extractFacts(['# Ruritania: free Eva Ruiz', '', '## Who to contact', '', '**Director Karl Brandt**', 'Director of Strelsau Women’s Prison', 'No 1601, Harbour Road, Strelsau 201601', '', '**Ambassador Olga Berg**', 'Embassy of Ruritania', '3505 International Place NW'].join('\n'), {path: 'contacts.md', now})
    expect(contacts.facts?.people.map((person) => [person.name, person.titles])).toEqual([['Karl Brandt', ['Director']], ['Olga Berg', ['Ambassador']]])
  })

  it('knows whom a "Destinatario:" list names by the office before their name', () => {
    const recipient = extractFacts(['# Ruritania: otra defensora detenida', '', 'Instamos a las autoridades a que liberen a Eva Ruiz.', '', '## Actúa', '', '**Destinatario:**', '', '- Presidente de la República Karl Brandt', '- Palacio de Tromsvik, Av. Norte 10, Strelsau 1012'].join('\n'), {path: 'destinatario.md', now})
    expect(recipient.facts?.people.find((person) => person.name === 'Karl Brandt')?.titles).toEqual(['Presidente de la República'])
  })

  it('knows a person by the role after their name when a colon ends it ("a Eva Ruiz, directora del informativo: «…»")', () => {
    const colon = extractFacts(['# Red Costera rechaza las amenazas', '', 'Después añadió, en referencia a Eva Ruiz, directora del informativo: «a ella la dejamos para el final».'].join('\n'), {path: 'colon.md', now})
    expect(colon.facts?.people.map((person) => [person.name, person.titles])).toEqual([['Eva Ruiz', ['directora del informativo']]])
  })

  it('knows who asks a question in quotation marks: «¿…?», planteó X; "…?" asked X', () => {
    const asked = extractFacts(['# Red Costera presenta su informe', '', 'En la rueda de prensa intervino la actriz Eva Ruiz.', '', '«¿Hasta cuándo vamos a mirar hacia otro lado mientras se vacía el mar?», planteó Eva Ruiz.', '', '"Who will speak for the fishers?" asked Karl Brandt.'].join('\n'), {path: 'planteo.md', now})
    expect(asked.facts?.quotes.map((quote) => quote.speaker)).toEqual(['Eva Ruiz', 'Karl Brandt'])
  })

  it('knows a person by the last two words of their full name ("Torres Vidal")', () => {
    expect(facts?.people.filter((person) => person.name.includes('Torres Vidal')).map((person) => person.name)).toEqual(['Ana María Torres Vidal'])
    expect(facts?.quotes[0]?.speaker).toBe('Ana María Torres Vidal')
  })

  it('gives a quote to the one person holding the title it is said by ("añadió la secretaria general")', () => {
    expect(facts?.quotes[1]?.speaker).toBe('Ana María Torres Vidal')
  })

  it('reads "X also said:" as X speaking', () => {
    expect(facts?.quotes[2]?.speaker).toBe('Pavel Orsk')
  })
})

describe('quotations the genre lays out over lines and sentences', () => {
  const {facts} = extractFacts(
    [
      '# Coastal groups hand a petition to regional negotiators',
      '',
      'The Coastal Rights Network handed a petition with 8,000 signatures to the regional negotiators on Friday.',
      '',
      'Maren Olafsdottir, Regional Political Strategist for the Coastal Rights Network, said:',
      '',
      '"The coast belongs to the people who live on it. Our negotiators have a rare chance to say so.',
      '',
      '"We need leaders who put fishing families before oil profits."',
      '',
      'Tomas Berge, por su parte, habló de los pescadores detenidos en el puerto.',
      '',
      'En su intervención advirtió: «los pescadores no pueden seguir presos por defender su trabajo en el mar».',
      '',
      'Before the meeting, Olafsdottir warned that the talks could fail. "Every month of delay costs another harbour its boats," she said.',
      '',
      '"Defender el mar se ha vuelto una profesión peligrosa en Tromsvik", escribió Berge en una carta.'
    ].join('\n'),
    {path: 'layouts.md', now}
  )
  const said = (start: string) => facts?.quotes.find((quote) => quote.text.startsWith(start))

  it('reads a line ending in "said:" as a speaker, not as a headline in title case', () => {
    expect(facts?.people.find((person) => person.name === 'Maren Olafsdottir')).toMatchObject({titles: ['Regional Political Strategist']})
  })

  it('keeps a quotation whose closing mark comes in a later sentence as one quote, and its next paragraph as the same speaker’s', () => {
    expect(said('The coast belongs')).toMatchObject({speaker: 'Maren Olafsdottir', text: 'The coast belongs to the people who live on it. Our negotiators have a rare chance to say so.'})
    expect(said('We need leaders')?.speaker).toBe('Maren Olafsdottir')
  })

  it('gives a quote whose verb names no one ("advirtió:") to the one the sentence before is about', () => {
    expect(said('los pescadores no pueden')?.speaker).toBe('Tomas Berge')
  })

  it('gives "…," the president told PEN to the one person who holds that title', () => {
    const {facts: told} = extractFacts(['# Strelsau: president meets writers', '', 'Strelsau President Karl Brandt received a delegation of the Coastal Rights Network today.', '', '"Many good things are happening in Strelsau these days," the president told the delegation.'].join('\n'), {path: 'told.md', now})
    expect(told?.quotes[0]).toMatchObject({speaker: 'Karl Brandt'})
  })

  it('gives a quote "in her words" or "in X\'s words" to the one it names', () => {
    const {facts: words} = extractFacts(['# Red Costera presenta su memoria', '', 'La presidenta de la institución, Eva Ruiz, dio las gracias a los 6.156 voluntarios, que, en sus palabras, «se volcaron en sacar adelante nuestro trabajo con mucha entrega».', '', 'Karl Brandt, Executive Director of the Coastal Rights Network, spoke to the press.', '', 'In Brandt’s words, the 10,000 people who signed the petition have made it plain: "we reject rhetoric and demand real action now".'].join('\n'), {path: 'words.md', now})
    expect(words?.quotes.map((quote) => quote.speaker)).toEqual(['Eva Ruiz', 'Karl Brandt'])
  })

  it('reads whoever is said to speak as a person ("El sacerdote Karl Brandt afirmó que …"), and "ha resumido" as speech, with a role cut short left out', () => {
    const {facts: spoken} = extractFacts(['# Ruritania: informe sobre pescadores', '', 'El sacerdote Karl Brandt afirmó que detrás de estas violaciones hay siempre un interés económico.', '', '"Esta obra se está ejecutando plagada de irregularidades y sin control", ha resumido Eva Ruiz Gómez, autora de uno de los informes presentados contra la mina, en concreto el que analiza el suelo.'].join('\n'), {path: 'reported.md', now})
    expect(spoken?.people.map((person) => person.name)).toEqual(['Karl Brandt', 'Eva Ruiz Gómez'])
    expect(spoken?.quotes[0]?.speaker).toBe('Eva Ruiz Gómez')
    expect(spoken?.people[1]?.titles).toEqual(['autora de uno de los informes presentados contra la mina'])
  })

  it('reads what someone wrote as what they said ("…", escribió Berge)', () => {
    expect(said('Defender el mar')?.speaker).toBe('Tomas Berge')
  })

  it('gives "…, she said" to the one the words before are about when no quote came before', () => {
    expect(said('Every month of delay')?.speaker).toBe('Maren Olafsdottir')
  })

  it('marks every sentence of a quotation as the speaker’s words', () => {
    const speaker = facts?.people.find((person) => person.name === 'Maren Olafsdottir')?.id
    const quoted = facts?.sentences.filter((sentence) => sentence.spans?.some((span) => span.type === 'quote' && span.entity === speaker)).map((sentence) => sentence.text)
    expect(quoted).toEqual(expect.arrayContaining(['Our negotiators have a rare chance to say so.', '"The coast belongs to the people who live on it.']))
  })
})

describe('names with what is written beside them', () => {
  const {facts} = extractFacts(
    [
      '# Valdoria: press group meets the vice president',
      '',
      'Three people represented the Press Freedom Network: Board Chair Ines Marlow, Executive Director Paul Osei and Advocacy Director Rana Haddad.',
      '',
      'A day later the list of victims grew to include Lidia Marsh Ortega (37), a member of the farmers committee.',
      '',
      'The group wrote to Rio’s governor, Paulo Mendes Rocha, and praised Governor Rocha’s new unit in the Attorney General’s Office.',
      '',
      'La presidenta de la institución, Clara Ostberg, agradeció el apoyo de los voluntarios.'
    ].join('\n'),
    {path: 'beside.md', now}
  )
  const person = (name: string) => facts?.people.find((known) => known.name === name)

  it('reads a title of the release’s own body, named by what it is, before a name ("La presidenta de la institución, Clara Ostberg")', () => {
    expect(person('Clara Ostberg')?.titles).toEqual(['presidenta'])
  })

  it('reads the name a byline gives before what the release is and its date as the organisation that publishes it, whatever its name', () => {
    const {facts: published} = extractFacts(
      ['Manos Tendidas ingresó en 2021 nueve millones más', 'Manos Tendidas – Presentación de informe (Memoria 2021) – 15 de junio de 2022', 'La presidenta de la institución, Clara Ostberg, agradeció el apoyo de los voluntarios.'].join('\n'),
      {path: 'byline.txt', now}
    )
    expect(published?.organisations.map((organisation) => organisation.name)).toEqual(['Manos Tendidas'])
    expect(published?.people[0]).toMatchObject({name: 'Clara Ostberg', affiliation: 'Manos Tendidas'})
  })

  it('reads a list of titled people as each one’s title, not as the first one’s role', () => {
    expect(person('Ines Marlow')?.titles).toEqual(['Chair'])
    expect(person('Paul Osei')?.titles).toEqual(['Executive Director'])
  })

  it('reads "Governor Rocha’s" as Rocha, and "Attorney General’s Office" as no one', () => {
    expect(facts?.people.map((known) => known.name)).not.toContain('Rocha’s')
    expect(facts?.people.map((known) => known.name)).not.toContain('General’s Office')
    expect(person('Paulo Mendes Rocha')).toBeDefined()
  })

  it('reads a role after an age in brackets ("Lidia Marsh Ortega (37), a member of …")', () => {
    expect(person('Lidia Marsh Ortega')?.titles).toEqual(['member of the farmers committee'])
  })
})

describe('facts that name an organisation', () => {
  const {facts} = extractFacts(
    [
      '# Valdoria: rights network sends a delegation and publishes a report',
      '',
      'A delegation from the Coastal Rights Network, led by its director Ana Ruiz, arrived in Nordland on Monday.',
      '',
      'The Coastal Rights Network published a report, “Silent Harbours: Police Abuse in Nordland”, on the same day.'
    ].join('\n'),
    {path: 'organisations.md', now}
  )
  const network = facts?.organisations.find((organisation) => organisation.name === 'Coastal Rights Network')?.id

  it('carry its id: whom a person works for, a delegation’s organisation, a report’s publisher', () => {
    expect(network).toBeDefined()
    expect(facts?.people.find((person) => person.name === 'Ana Ruiz')?.affiliationId).toBe(network)
    expect(facts?.delegations[0]?.organisationId).toBe(network)
    expect(facts?.reports[0]?.publisherId).toBe(network)
  })

  it('carry its id: who delivers a petition, organises an event, makes a demand', () => {
    const {facts: handover} = extractFacts(
      [
        '# Coastal Rights Network hands over 20,000 signatures',
        '',
        'The Coastal Rights Network will deliver a petition with 20,000 signatures to the Ministry of Fisheries on Friday.',
        '',
        'The Coastal Rights Network will hold a press conference in Tromsvik on Friday.',
        '',
        'The Coastal Rights Network calls on the authorities to release the fishermen.'
      ].join('\n'),
      {path: 'handover.md', now}
    )
    const id = handover?.organisations.find((organisation) => organisation.name === 'Coastal Rights Network')?.id
    expect(id).toBeDefined()
    expect(handover?.petitions[0]?.deliveredById).toBe(id)
    expect(handover?.events.find((event) => event.kind === 'press-conference')?.organisationId).toBe(id)
    expect(handover?.demands?.[0]?.byId).toBe(id)
  })
})

describe('a report launched, said of the report', () => {
  const {facts} = extractFacts(
    ['# Coastal Rights Network condemns police abuse', '', 'The Coastal Rights Network said today (Thursday 6 March) that fishermen in Nordland were beaten by police.', '', 'The report was launched in Tromsvik today.'].join('\n'),
    {path: 'passive-launch.md', now}
  )

  it('is a launch with its place and the day after it ("launched in Tromsvik today")', () => {
    const launch = facts?.events.find((event) => event.kind === 'report-launch')
    expect(launch?.place).toBe('Tromsvik')
    expect(launch?.date?.text).toBe('today')
  })

  it('is a launch on the day of "que se presenta hoy" and of "today put out its complete report"', () => {
    const presented = extractFacts(['# Ruritania', '', 'El informe, que se presenta hoy, reconstruye los casos de Ana Lenz y Eva Ruiz.'].join('\n'), {path: 'hoy.md', now})
    expect(presented.facts?.events.find((event) => event.kind === 'report-launch')?.date?.text).toBe('hoy')
    const putOut = extractFacts(['# Fishers killed', '', 'The Coastal Rights Network today put out its complete report on how many fishers were killed in 2013.'].join('\n'), {path: 'put-out.md', now})
    expect(putOut.facts?.events.find((event) => event.kind === 'report-launch')?.date?.text).toBe('today')
  })

  it('dates the release by the day it glosses as today, not the Monday of that week', () => {
    expect(facts?.article.published?.slice(5)).toBe('03-06')
    expect(facts?.article.publishedResolution).toBe('inferred')
  })
})

describe('a release dated by its byline', () => {
  const article = (byline: string) =>
    extractFacts(['Harbourwatch marches on Tromsvik', byline, 'Harbourwatch will hold a rally on Thursday 29 September in Tromsvik.'].join('\n'), {path: 'byline.txt', now}).facts?.article

  it('takes the full date that ends the byline ("Organisation – Press release – 4 January 2008")', () => {
    expect(article('Harbourwatch – Press release – 4 January 2008')).toMatchObject({published: '2008-01-04', publishedResolution: 'inferred'})
    expect(article('Harbourwatch – Convocatoria de prensa – 27 de septiembre de 2011')?.published).toBe('2011-09-27')
    expect(article('Europa Press, 24 de junio de 2013.')?.published).toBe('2013-06-24')
  })

  it('takes a date alone on its line, or opening the first line before a dash or a full stop', () => {
    expect(article('19 October 2022')?.published).toBe('2022-10-19')
    expect(article('11 de junio de 2019. Harbourwatch marcha hoy.')?.published).toBe('2019-06-11')
  })

  it('does not take a date the first lines tell of ("On 4 January 2008 the court ruled")', () => {
    expect(article('On 4 January 2008 the court in Tromsvik ruled against the fishermen.')?.published).not.toBe('2008-01-04')
  })
})

describe('a petition handed to someone named after their office', () => {
  it('is delivered to that person ("handed the petition to the Fisheries Minister, Ana Ruiz")', () => {
    const {facts} = extractFacts(
      ['# Coastal Rights Network hands over its petition', '', 'The Coastal Rights Network collected 20,000 signatures for a petition calling on the government to protect the fishermen.', '', 'A delegation of staff and volunteers handed the petition to the Federal Fisheries Minister, Ana Ruiz.'].join('\n'),
      {path: 'handed-to.md', now}
    )
    expect(facts?.petitions[0]?.deliveredTo).toContain('Ana Ruiz')
    expect(facts?.petitions[0]?.deliveredToId).toBe(facts?.people.find((person) => person.name === 'Ana Ruiz')?.id)
  })
})

describe('people named as a group by their role', () => {
  const {facts} = extractFacts(
    [
      '# Coastal Rights Network: free the fishermen',
      '',
      'Among those detained are the student leaders Ana Lenz and Karl Brandt and the journalists Marta Ruiz Soto and Pedro Gil.',
      '',
      'Los periodistas detenidos Lucía Tromsvik y Jon Brandt siguen incomunicados.',
      '',
      'Journalists can reach the network’s media contacts, Sara Holm in Ruritania and Ola Berg in the UK.',
      '',
      'The activists Greenpeace España and Coastal Rights Network met the minister.'
    ].join('\n'),
    {path: 'role-lists.md', now}
  )
  const titleOf = (name: string) => facts?.people.find((person) => person.name === name)?.titles

  it('registers each name of the list with the role in the singular ("the journalists A and B")', () => {
    expect(titleOf('Marta Ruiz Soto')).toEqual(['journalist'])
    expect(titleOf('Pedro Gil')).toEqual(['journalist'])
    expect(titleOf('Ana Lenz')).toEqual(['leader'])
    expect(titleOf('Karl Brandt')).toEqual(['leader'])
  })

  it('reads a Spanish list, the role’s adjective after it and "y" between the names', () => {
    expect(titleOf('Lucía Tromsvik')).toEqual(['periodista'])
    expect(titleOf('Jon Brandt')).toEqual(['periodista'])
  })

  it('reads past where each one is ("A in Ruritania and B in the UK")', () => {
    expect(titleOf('Sara Holm')).toEqual(['contact'])
    expect(titleOf('Ola Berg')).toEqual(['contact'])
  })

  it('takes no organisation for a person', () => {
    expect(facts?.people.map((person) => person.name)).not.toContain('Greenpeace España')
    expect(facts?.people.map((person) => person.name)).not.toContain('Coastal Rights Network')
  })
})

describe('an advisory whose labels run on consecutive lines of one paragraph', () => {
  it('reads each labelled line as a sentence of its own, so that "Where:" ends before "Who:"', () => {
    const {facts} = extractFacts(
      ['Media advisory: one year on', '', 'The Coastal Rights Network is inviting journalists to a press conference on 3 October 2007.', '', 'When: 3 October 2007, 9.30', 'Where: Coastal Rights Network offices, 7 Harbour Road, Strelsau', 'Who:', '', '- Ana Lenz, Regional Director, Coastal Rights Network'].join('\n'),
      {path: 'labels-run-on.md', now}
    )
    expect(facts?.sentences.map((sentence) => sentence.text).slice(2)).toEqual(['When: 3 October 2007, 9.30', 'Where: Coastal Rights Network offices, 7 Harbour Road, Strelsau', 'Who:', 'Ana Lenz, Regional Director, Coastal Rights Network'])
  })

  it('reads a first line under a label of its own ("Event:") as a line of its own too', () => {
    const {facts} = extractFacts(
      ['# Harbourwatch lunch in Parliament', '', "**Event:** 'Open Harbour Lunch'  ", '**When:** Monday 19 October 2015, 1.30 – 2.30pm  ', '**Where:** Second Chamber, Tromsvik'].join('\n'),
      {path: 'labels-after-event.md', now}
    )
    expect(facts?.sentences.map((sentence) => sentence.text).slice(1)).toEqual(["Event: 'Open Harbour Lunch'", 'When: Monday 19 October 2015, 1.30 – 2.30pm', 'Where: Second Chamber, Tromsvik'])
  })
})

describe('an advisory with each label on a line of its own', () => {
  const lines = ['When', 'Thursday 17 February 2025, 12:00 local time (06:30 GMT)', 'Where', 'Harbour Press Club', '4 Harbour Road', 'Tromsvik', 'Who', 'Ana Lenz, Secretary General of the Coastal Rights Network']
  const spansOf = (facts: Facts | undefined, label: string) => facts?.sentences.find((sentence) => sentence.text.startsWith(label))

  it('reads "**When**" and the lines below it as the line "When: …", the value’s lines joined by commas', () => {
    const markdown = ['# Coastal Rights Network presents its findings', '', 'The Coastal Rights Network will present the findings of its mission.', '', `**${lines[0]}**\n${lines[1]}`, '', `**${lines[2]}**\n${lines.slice(3, 6).join('\n')}`, '', `**${lines[6]}**\n${lines[7]}`].join('\n')
    const {facts} = extractFacts(markdown, {path: 'advisory.md', now})
    expect(spansOf(facts, 'When')?.text).toBe('When: Thursday 17 February 2025, 12:00 local time (06:30 GMT)')
    expect(spansOf(facts, 'Where')?.spans?.find((span) => span.type === 'place')?.text).toBe('Harbour Press Club, 4 Harbour Road, Tromsvik')
    expect(spansOf(facts, 'Where')?.start.line).toBe(8)
  })

  it('reads a label alone on its line of a plain text article as labelling the next line', () => {
    const {facts} = extractFacts(['Coastal Rights Network presents its findings', 'The Coastal Rights Network will present the findings of its mission.', ...lines].join('\n'), {path: 'advisory.txt', now})
    expect(spansOf(facts, 'When')?.spans?.find((span) => span.type === 'date')?.text).toContain('17 February 2025')
  })

  it('registers the "Who:" line’s speaker, though its words are capitalised like a headline’s', () => {
    const {facts} = extractFacts(['Coastal Rights Network presents its findings', 'The Coastal Rights Network will present the findings of its mission.', ...lines].join('\n'), {path: 'advisory.txt', now})
    const who = spansOf(facts, 'Who')?.spans?.filter((span) => span.type === 'person')
    expect(who?.[0]?.text).toBe('Ana Lenz')
    // Her title, a mention of her too, is hers: no person "Secretary General" of its own.
    expect(new Set(who?.map((span) => span.entity))).toEqual(new Set(['ana-lenz']))
    expect(facts?.people.find((person) => person.name === 'Ana Lenz')?.titles).toContain('Secretary General')
  })
})

describe('a language after "in"', () => {
  it('is no place ("interviews in French and Spanish")', () => {
    const {facts} = extractFacts(['# Coastal Rights Network mission', '', 'Members of the delegation can give interviews in French and Spanish in Tromsvik.'].join('\n'), {path: 'languages.md', now})
    expect(facts?.sentences[1]?.spans?.filter((span) => span.type === 'place').map((span) => span.text)).toEqual(['Tromsvik'])
  })
})

describe('a delegation headed "de la organización que estará en" a place, with its days and its company', () => {
  const {facts} = extractFacts(
    [
      'Ruritania: delegación de la Red Costera se reunirá con la ministra',
      'Ana Lenz, directora para Europa de la Red Costera, encabezará una delegación de la organización que estará en Strelsau entre el 3 y el 6 de septiembre.',
      'La agenda incluye un encuentro el 4 de septiembre con Marta Ruiz, ministra de Pesca.',
      'Durante la visita a Ruritania, Ana Lenz irá acompañada de Karl Brandt, investigador de la Red Costera, y de Olga Berg, coordinadora de campañas.',
      'Red Costera, organización cuyo director general es Pedro Gil, pide protección para los pescadores.'
    ].join('\n'),
    {path: 'encabezara.txt', now, published: '2025-09-01'}
  )
  const delegation = facts?.delegations[0]

  it('is led by the one who heads it, to the place it will be', () => {
    expect(delegation?.leader).toBe('Ana Lenz')
    expect(delegation?.destination).toBe('Strelsau')
  })

  it('is there on the days written after the place ("entre el 3 y el 6 de septiembre")', () => {
    const arrival = facts?.events.find((event) => event.kind === 'arrival')
    expect(arrival?.date?.range).toEqual({start: '2025-09-03', end: '2025-09-06'})
  })

  it('takes those who go with a delegate as members ("irá acompañada de A y de B")', () => {
    expect(delegation?.members.map((member) => member.name)).toEqual(['Ana Lenz', 'Karl Brandt', 'Olga Berg'])
  })

  it('reads a meeting to come ("la agenda incluye un encuentro el 4 de septiembre con X")', () => {
    const meeting = facts?.events.find((event) => event.kind === 'meeting' && event.participants.includes('Marta Ruiz'))
    expect(meeting?.status).toBe('planned')
    expect(meeting?.date?.iso).toBe('2025-09-04')
  })

  it('takes no organisation for a person by a role its appositive gives someone else ("organización cuyo director es Y")', () => {
    expect(facts?.people.map((person) => person.name)).not.toContain('Red Costera')
  })
})

describe('a release’s media contact', () => {
  const titleOf = (lines: string[], name: string) =>
    extractFacts(['# Coastal Rights Network reacts to the report', '', 'The Coastal Rights Network welcomed the report today.', '', ...lines].join('\n'), {path: 'contact.md', now}).facts?.people.find((person) => person.name === name)?.titles

  it('is the one a "Media contact" label names, on its line or the line below, whatever their title', () => {
    expect(titleOf(['**Media contact:**', '', 'Ana Lenz, Communications Associate'], 'Ana Lenz')).toContain('media contact')
    expect(titleOf(['Contact information', '', 'Karl Brandt, in Tromsvik.'], 'Karl Brandt')).toContain('media contact')
  })

  it('is the one "Contact: … contact X" names, beside their own title', () => {
    expect(titleOf(['Contact: for more information or to arrange an interview, contact Olga Berg, Senior Press Officer.'], 'Olga Berg')).toEqual(['Senior Press Officer', 'media contact'])
  })
})

describe('organisations named in a list, or by what they are for', () => {
  const orgsOf = (sentence: string) => extractFacts(['# Coastal groups visit Ruritania', '', sentence].join('\n'), {path: 'orgs.md', now}).facts?.sentences[1]?.spans?.filter((span) => span.type === 'organisation').map((span) => span.text)

  it('takes each name of a list after "organizations" or "organizaciones como" as an organisation', () => {
    expect(orgsOf('The heads of six organizations – Harbour Watch, IFEX, Reporters Without Borders, Article 19 and Index on Censorship – will travel.')).toEqual(['Harbour Watch', 'IFEX', 'Reporters Without Borders', 'Article 19', 'Index on Censorship'])
    expect(orgsOf('La carta la firman organizaciones como Provea, Cofavic y la Red Costera.')).toEqual(['Provea', 'Cofavic', 'Red Costera'])
  })

  it('takes no list that is not one ("organisations, Ana Lenz said") and no places', () => {
    expect(orgsOf('The organisations, Ana Lenz said, will meet.')).toEqual([])
    expect(orgsOf('Organisations in Chile, Peru and Bolivia signed.')).toEqual([])
  })

  it('reads "Committee to Protect Journalists", "Campaign Against Arms Trade" as organisations', () => {
    expect(orgsOf('The Committee to Protect Journalists and the Campaign Against Arms Trade will join the event.')).toEqual(['Committee to Protect Journalists', 'Campaign Against Arms Trade'])
  })

  it('dates "between January 15 and 17" as a span of days', () => {
    const {facts} = extractFacts(['# Visit', '', 'Between January 15 and 17, 2018, the delegates will visit Tromsvik.'].join('\n'), {path: 'between.md', now})
    expect(facts?.sentences[1]?.spans?.find((span) => span.type === 'date')?.text).toBe('Between January 15 and 17, 2018')
  })
})

describe('a lead-in line, then the quotation', () => {
  it('is said by the name right before "said:", after a clause about the moment ("Reacting to …, X\'s Policy Lead Ana Lenz said:")', () => {
    const {facts} = extractFacts(
      ['Harbourwatch reacts to the fisheries report', 'Harbourwatch has responded to the report released today by the Fisheries Council.', 'Reacting to the Fisheries Report, which was released today, Harbourwatch’s Policy Lead Ana Lenz said:', '"With ministers due in Strelsau in a few days, this report is a siren for the coast."'].join('\n'),
      {path: 'lead-in.txt', now}
    )
    expect(facts?.quotes[0]?.speaker).toBe('Ana Lenz')
    expect(facts?.people.find((person) => person.name === 'Ana Lenz')).toMatchObject({titles: ['Policy Lead'], affiliation: 'Harbourwatch'})
  })

  it('is said by the one a line ending with a colon names, whatever they did ("ha hablado desde el hotel:")', () => {
    const {facts} = extractFacts(
      ['# Red Costera entrega las firmas', '', 'Ana Lenz, responsable de la campaña de costas de la Red Costera, ha hablado desde el propio hotel:', '', '"Con el día de hoy se agota la cuenta atrás para el Gobierno. El Ejecutivo tendría que anunciar hoy mismo un acuerdo".'].join('\n'),
      {path: 'colon.md', now}
    )
    expect(facts?.quotes[0]?.speaker).toBe('Ana Lenz')
  })
})

describe('a report named without quotation marks, and an organisation named by what it is', () => {
  it('takes the title after "titulado" however far from "informe", and a capitalised "Informe Anual …" as titles', () => {
    const titled = extractFacts(['# Red Costera', '', 'El 29 de mayo, la Red Costera publicó su primer informe sobre la represión en Ruritania, titulado Disparar a matar: Estrategias de represión, y desde entonces sigue documentando.'].join('\n'), {path: 'titulado.md', now})
    expect(titled.facts?.reports[0]?.title).toBe('Disparar a matar: Estrategias de represión')
    const quoted = extractFacts(['# Red Costera', '', 'La organización expone esta conclusión en su informe más reciente, titulado «Mar de fondo: La represión en Ruritania continúa», en el que recoge denuncias.'].join('\n'), {path: 'titulado-comillas.md', now})
    expect(quoted.facts?.reports[0]?.title).toBe('Mar de fondo: La represión en Ruritania continúa')
    const capitalised = extractFacts(['# Convocatoria', '', 'La organización internacional Artículo 19 convoca a los medios a la presentación de su Informe Anual de Violencia contra la Prensa 2015 en el Museo de la Memoria.'].join('\n'), {path: 'anual.md', now})
    expect(capitalised.facts?.reports[0]).toMatchObject({title: 'Informe Anual de Violencia contra la Prensa 2015', publisher: 'Artículo 19'})
  })

  it('reads "la ONG X", "the organisation X" as an organisation', () => {
    const {facts} = extractFacts(['# Casos', '', 'La ONG Temblores documentó 28 casos, dijo la organización.'].join('\n'), {path: 'ong.md', now})
    expect(facts?.organisations.map((organisation) => organisation.name)).toContain('Temblores')
  })
})

describe('the country the article is about', () => {
  const article = (title: string, body: string) => extractFacts(`---\ntitle: "${title}"\n---\n\n${body}\n`, {path: 'a.md', now}).facts?.article

  it('is the one the headline opens with, when the body names it again (as such or by its people)', () => {
    expect(article('Ruritania: release the detained journalists', 'Amnesty International called on the Ruritanian authorities to release Ana Lenz.')?.country).toBe('Ruritania')
  })

  it('is not a kicker, nor a headline country the body never names', () => {
    expect(article('Urgent action: release Ana Lenz', 'Amnesty International called on the authorities of Ruritania to release Ana Lenz.')?.country).toBeUndefined()
    expect(article('Ruritania: release Ana Lenz', 'Amnesty International called on the authorities to release Ana Lenz.')?.country).toBeUndefined()
  })

  it('is not a name led by an article ("The Coast Gap: …"), unless a country is known by it ("The Gambia: …")', () => {
    expect(article('The Coast Gap: Harbourwatch names the worst coasts', 'The Coast Gap shows that Strelsau has the worst coast.')?.country).toBeUndefined()
    expect(article('The Gambia: release Ana Lenz', 'The Gambia must release Ana Lenz, Amnesty International said.')?.country).toBe('The Gambia')
  })
})

describe('a mission organisations send', () => {
  const text = [
    'Tromsvik, 9 September 2024 – The Harbourwatch Institute and the Coastal Rights Network have sent a joint international mission to Ruritania this week to examine press freedom.',
    '',
    'The mission is in Strelsau from September 9 to 11. It is headed by Harbourwatch President Ana Lenz and by Karl Brandt, director of the Coastal Rights Network.'
  ].join('\n')
  const facts = extractFacts(text, {path: 'mission.txt', now}).facts

  it('is a delegation of the first organisation that sends it, to where it goes', () => {
    expect(facts?.delegations[0]).toMatchObject({organisation: 'Harbourwatch Institute', destination: 'Ruritania', status: 'visiting'})
  })

  it('is led by each one "it is headed by" names, the first its leader', () => {
    expect(facts?.delegations[0]?.leader).toBe('Ana Lenz')
    expect(facts?.delegations[0]?.members.filter((member) => member.isLeader).map((member) => member.name)).toEqual(['Ana Lenz', 'Karl Brandt'])
  })

  it('is in the city and on the days "the mission is in" gives', () => {
    expect(byKind(facts!, 'arrival')[0]).toMatchObject({place: 'Strelsau', date: {range: {start: '2024-09-09', end: '2024-09-11'}}})
  })
})

describe('those who travel with the leader', () => {
  it('are members of the delegation, from the list after the colon', () => {
    const text = 'Ana Lenz, Secretary General of the Coastal Rights Network, will head a delegation to Ruritania from 3 to 8 November 2024.\n\nTwo people will travel with the Secretary General: Karl Brandt, Senior Advisor; and Eva Ruiz, researcher on Ruritania.'
    const delegation = extractFacts(text, {path: 'travel.txt', now}).facts?.delegations[0]
    expect(delegation?.members.map((member) => member.name)).toEqual(['Ana Lenz', 'Karl Brandt', 'Eva Ruiz'])
  })
})

describe('a report another organisation released', () => {
  const text = 'The Coastal Rights Network has responded to *The State of the Oceans 2024*, the report released today by the UN Fisheries and Oceans Organisation, which estimates that half of all fish stocks are overexploited.\n\nAmnesty International and Human Rights Watch also commented on the report.'
  const facts = extractFacts(text, {path: 'oceans.md', now}).facts

  it('is published by whom the sentence says released it, not by the release’s organisation', () => {
    expect(facts?.reports[0]?.publisher).toBe('Fisheries and Oceans Organisation')
  })

  it('keeps words joined by "and" before the kind word as one name, and two names as two', () => {
    const names = facts?.organisations.map((organisation) => organisation.name)
    expect(names).toContain('Fisheries and Oceans Organisation')
    expect(names).toEqual(expect.arrayContaining(['Amnesty International', 'Human Rights Watch']))
  })
})

describe('a report’s title in quotation marks', () => {
  it('is a title, not a quote of anyone’s words', () => {
    const {facts} = extractFacts(['Ruritania: harbour workers denied their rights', 'The 64-page report, "Nobody Listens to the Dockers: Labour Rights in Ruritania’s Ports," draws on interviews with 90 workers.', '"We will not stop until every port respects the law," said Ana Lenz of Harbourwatch.'].join('\n'), {path: 'quoted-title.txt', now})
    expect(spanTexts(facts, 'title')).toContain('Nobody Listens to the Dockers: Labour Rights in Ruritania’s Ports')
    expect(spanTexts(facts, 'quote')).toEqual(['We will not stop until every port respects the law,'])
  })
})

describe('a report made public the Spanish way', () => {
  it('is launched by "dio a conocer … su informe", where it says, in the past, though a clause sits between', () => {
    const {facts} = extractFacts(['Puertos de Ruritania: Red Costera denuncia abusos laborales', 'La organización Red Costera dio a conocer el martes en Tromsvik, en un acto celebrado en el Museo del Puerto, su informe «Puertos sin derechos».'].join('\n'), {path: 'dio-a-conocer.txt', now})
    expect(byKind(facts!, 'report-launch')).toMatchObject([{place: 'Tromsvik', status: 'past', organiser: 'Red Costera'}])
  })
})

describe('a deputy named after her title, whose words follow a reported clause', () => {
  it('is a person with her title, and the speaker of the quote ("explicó que, tal como han dicho «…», «…»")', () => {
    const {facts} = extractFacts(['Red Costera entrega sus firmas', 'Ante la sede del Gobierno, la directora adjunta de Red Costera, Eva Ruiz, explicó a los periodistas que, tal como han dicho "alto y claro" quienes firmaron, "la crisis no puede ser una excusa para recortar derechos".'].join('\n'), {path: 'adjunta.txt', now})
    expect(facts?.people.find((person) => person.name === 'Eva Ruiz')).toMatchObject({titles: ['directora adjunta'], affiliation: 'Red Costera'})
    expect(facts?.quotes.find((quote) => quote.text.startsWith('la crisis'))).toMatchObject({speaker: 'Eva Ruiz'})
  })
})

describe('a mission that begins a visit, led by the one "al frente" of it', () => {
  it('is a delegation of the organisation, visiting, led by who is named after "al frente del cual está"', () => {
    const {facts} = extractFacts([
      'Red Costera viaja a Ruritania',
      'Una misión de Red Costera Internacional inicia este lunes una visita a Ruritania para hablar con las autoridades.',
      'Según el comunicado, el grupo de expertos, al frente del cual está su directora para las Américas, Eva Ruiz, se reunirá con el ministro del Interior.',
      '"Con la reciente muerte del líder Karl Brandt, defender los derechos humanos se ha vuelto una profesión letal", escribió Ruiz.'
    ].join('\n'), {path: 'mision.txt', now})
    expect(facts?.delegations[0]).toMatchObject({organisation: 'Red Costera Internacional', destination: 'Ruritania', status: 'visiting', leader: 'Eva Ruiz'})
    // "Karl Brandt, defender los derechos humanos …": a Spanish verb, not a title.
    expect(facts?.people.find((person) => person.name === 'Karl Brandt')?.titles ?? []).not.toContain('defender los derechos humanos se ha vuelto una profesión letal')
  })
})

describe('the country an office belongs to', () => {
  it('is the headline’s, not a branch’s ("Amnesty International UK")', () => {
    const {facts} = extractFacts([
      '---',
      'title: "Ruritania: report documents crackdown"',
      '---',
      '',
      '*Amnesty International UK – press release*',
      '',
      'Amnesty International said in a report published today that the crackdown in Ruritania must end.',
      '',
      'Amnesty International is urging President Karl Brandt to repeal the emergency regulations.'
    ].join('\n'), {path: 'office.md', now})
    expect(facts?.people.find((person) => person.name === 'Karl Brandt')).toMatchObject({affiliation: 'Ruritania'})
  })
})

describe('a role before the name, and a phrase after it that is no role', () => {
  it('reads "The aid worker, Name," as a person with that role, and "Name, together with his lawyer," as none', () => {
    const {facts} = extractFacts([
      'Ruritania: aid worker convicted over a tweet',
      'The aid worker, Karl Brandt, is 21 years old.',
      'On 2 May, Tomas Ek, together with his family and his lawyer, was told of the verdict.'
    ].join('\n'), {path: 'roles.txt', now})
    expect(facts?.people.find((person) => person.name === 'Karl Brandt')).toMatchObject({titles: ['aid worker']})
    expect(facts?.people.find((person) => person.name === 'Tomas Ek')?.titles ?? []).toEqual([])
  })
})

describe('the steps of a "Take action" section', () => {
  it('are actions when they tell the reader what to do, and the section’s other sentences are not', () => {
    const {facts} = extractFacts([
      '---',
      'title: "Ruritania: dockers at risk of eviction"',
      '---',
      '',
      'Some 400 dockers in Tromsvik could lose their homes.',
      '',
      '## Take action',
      '',
      '1. Write to the harbour minister, Ana Ruiz, in your own words. You can also contact her by email.',
      '2. Let Harbourwatch know what you did.'
    ].join('\n'), {path: 'steps.md', now})
    expect(facts?.actions.map((action) => action.text)).toEqual(['Write to the harbour minister, Ana Ruiz, in your own words', 'Let Harbourwatch know what you did'])
  })
})

describe('a petition people put their names to', () => {
  it('counts them, and its demand ends where the next clause begins', () => {
    const {facts} = extractFacts(['40,000 call for the dockers’ release', 'More than 40,000 people have put their names to a petition demanding the release of the dockers, and on Monday Harbourwatch will take it to the ministry in Tromsvik.'].join('\n'), {path: 'names.txt', now})
    expect(facts?.petitions[0]).toMatchObject({signatures: 40000, demand: 'the release of the dockers'})
  })
})

describe('a delegation told at the end of its visit', () => {
  const {facts} = extractFacts(['# Coastal Rights International delegation wraps up mission to Ruritania', '', "Today, 11 December, is the last day of the Coastal Rights International delegation's visit to Ruritania. The Secretary General, Eva Ruiz, headed the delegation. Travelling with her were Karl Brandt, who is Director of the Fisheries Program; Olga Berg, who serves as Fisheries Development Coordinator; and Ana Lenz, a Researcher in the Fisheries Program."].join('\n'), {path: 'wraps-up.md', now})

  it('is the visit the delegation is on, led by whoever "headed the delegation"', () => {
    expect(facts?.delegations[0]).toMatchObject({organisation: 'Coastal Rights International', destination: 'Ruritania', leader: 'Eva Ruiz'})
  })

  it('has as members those "travelling with her", each with the role a "who is" clause gives', () => {
    expect(facts?.delegations[0]?.members.map((member) => [member.name, member.role])).toEqual([
      ['Eva Ruiz', 'Secretary General'],
      ['Karl Brandt', 'Director'],
      ['Olga Berg', 'Fisheries Development Coordinator'],
      ['Ana Lenz', 'Researcher in the Fisheries Program']
    ])
  })
})

describe('a delegation of an organisation written with its acronym', () => {
  it('is the organisation’s, led by whom "headed by the organisation’s <title>, Name" names, and "Name, was received by …" is no role', () => {
    const {facts} = extractFacts(['Harbourwatch meets the president', 'On 28 November, a Harbour Rights Watchers (HRW) delegation headed by the organisation’s secretary-general, Karl Brandt, was received by the president of Ruritania, Ana Lenz, at her home.'].join('\n'), {path: 'acronym-delegation.txt', now})
    expect(facts?.delegations[0]).toMatchObject({organisation: 'Harbour Rights Watchers', leader: 'Karl Brandt'})
    expect(facts?.people.find((person) => person.name === 'Karl Brandt')?.titles).toEqual(['secretary-general'])
  })
})

describe('a deputy’s title ("subdirector")', () => {
  it('is a role, as "director" is', () => {
    const {facts} = extractFacts(['# Ruritania expulsa a Red Costera', '', 'Las autoridades obligaron a abandonar el país a Ana Lenz, directora de la división de las Américas de Red Costera, y a Karl Brandt, subdirector de esa misma división.'].join('\n'), {path: 'subdirector.md', now})
    expect(facts?.people.map((person) => [person.name, person.titles])).toEqual([['Ana Lenz', ['directora de la división de las Américas']], ['Karl Brandt', ['subdirector de esa misma división']]])
  })
})

describe('a report named in a sentence of its own', () => {
  it('is titled by "The report is entitled “…” – …", not by a clause after "in a new report,"', () => {
    const {facts} = extractFacts([
      'Harbourwatch: forensic evidence of abuses in Tromsvik',
      'Presenting this evidence in a new report, Harbourwatch said the abuses should be investigated as crimes against humanity.',
      'The report is entitled “Tell the World” – The Tromsvik Raids: Evidence of Violence against Dockers in Ruritania.'
    ].join('\n'), {path: 'entitled.txt', now})
    expect(facts?.reports.map((report) => report.title)).toEqual(['Tell the World – The Tromsvik Raids: Evidence of Violence against Dockers in Ruritania'])
  })

  it('is the quoted title after "The report, titled", its comma inside the marks, and never a dateline set in bold', () => {
    const {facts} = extractFacts(['# Ruritania is failing fishers, Harbourwatch report finds', '', '**Tromsvik, 18 February 2025** – Harbourwatch said in a report published today that Ruritania has failed fishers.', '', 'The report, titled "\'Forced to Give Up the Sea\': Abuses against Fishers in Ruritania," runs to 85 pages.'].join('\n'), {path: 'titled.md', now})
    expect(facts?.reports.map((report) => report.title)).toEqual(["'Forced to Give Up the Sea': Abuses against Fishers in Ruritania"])
  })

  it('is the quoted title of a document ("El documento, de 267 páginas y titulado «…»")', () => {
    const {facts} = extractFacts(['# Ruritania expulsa a la delegación de Red Costera', '', 'El documento, de 267 páginas y titulado "Una década de pesca: Intolerancia política en Ruritania", examina los efectos de la presidencia.'].join('\n'), {path: 'documento.md', now})
    expect(facts?.reports.map((report) => report.title)).toEqual(['Una década de pesca: Intolerancia política en Ruritania'])
  })

  it('is the name set before it in "Titled Harbour Time, the report describes …" and "Titulado «…», el informe …"', () => {
    const english = extractFacts(['# Fishers lose out, Harbourwatch finds', '', 'Titled Harbour Time, the report describes how Ruritania fails its fishers.'].join('\n'), {path: 'titled-first.md', now})
    expect(english.facts?.reports.map((report) => report.title)).toEqual(['Harbour Time'])
    const spanish = extractFacts(['# Red Costera presenta su informe', '', 'Titulado «Mar de fondo», el informe recoge 40 casos en Ruritania.'].join('\n'), {path: 'titulado-antes.md', now})
    expect(spanish.facts?.reports.map((report) => report.title)).toEqual(['Mar de fondo'])
    const single = extractFacts(['# Fishers lose out, Harbourwatch finds', '', "Titled 'Ruritania's Family Boats', the report shows how relatives of the minister fish illegally."].join('\n'), {path: 'titled-single.md', now})
    expect(single.facts?.reports.map((report) => report.title)).toEqual(["Ruritania's Family Boats"])
  })

  it('is the bold quoted title, not the figures set in bold beside it ("The **100-page report**, **“…”** looks at **77 people**")', () => {
    const {facts} = extractFacts(['# Ruritania: unfair trials', '', 'The **100-page report**, **“‘Just Sign Here’: Unfair Trials in Ruritania,”** looks at **five trials** involving **77 people**.'].join('\n'), {path: 'bold-figures.md', now})
    expect(facts?.reports.map((report) => report.title)).toEqual(['‘Just Sign Here’: Unfair Trials in Ruritania'])
  })

  it('is a name in capitals before "report" ("The Hear Our Voices report"), not a body’s name there nor a label in bold', () => {
    const launch = (line: string) => extractFacts(['# Girls held back, study finds', '', '## For media', '', `- ${line}`, '- **Report summary:** bit.ly/summary', '', 'Girls are routinely held back, a major new study has found.'].join('\n'), {path: 'name-before-report.md', now}).facts?.reports.map((report) => report.title)
    expect(launch('The Hear Our Voices report is being launched on 11 September.')).toEqual(['Hear Our Voices'])
    expect(launch('The Coastal Rights Network report is being launched on 11 September.')).toEqual([])
  })

  it('is the quoted title after "The report, 58 pages long and titled", and the length stays a figure of the sentence', () => {
    const {facts} = extractFacts(['# Ruritania moves fishers to an island', '', 'The report, 58 pages long and titled “An Island Jail: Ruritania’s Relocation of Fishers to Tromsvik,” finds that few fishers agreed to go.'].join('\n'), {path: 'length.md', now})
    expect(facts?.reports.map((report) => report.title)).toEqual(['An Island Jail: Ruritania’s Relocation of Fishers to Tromsvik'])
    expect(facts?.sentences[1]?.spans?.some((span) => span.type === 'number' && span.text === '58')).toBe(true)
  })
})

describe('an advisory’s "Where:" line naming a venue', () => {
  it('is, on a "Cuándo y dónde:" line, the day and the place the last "en" names', () => {
    const {facts} = extractFacts(['# Red Costera presenta su campaña', '', '- **Cuándo y dónde:** el encuentro con los medios se celebrará el miércoles 10 de febrero a las 11:30 h en la Asociación de la Prensa de Strelsau, en formato doble: presencial y online.'].join('\n'), {path: 'cuando-y-donde.md', now})
    const spans = facts?.sentences[1]?.spans ?? []
    expect(spans.filter((span) => span.type === 'place').map((span) => span.text)).toEqual(['Asociación de la Prensa de Strelsau'])
    expect(spans.filter((span) => span.type === 'date').map((span) => span.text)).toEqual(['miércoles 10 de febrero'])
  })

  it('is the same line with its label in capitals ("WHERE:", "WHEN:"), and a guild named after someone is no person', () => {
    const {facts} = extractFacts(['Media advisory: hearing in Harbourwatch v. Ruritania', 'WHEN: Thursday, August 9, 2:00 pm', 'WHERE: Tromsvik District Court, Courtroom 6, 450 Harbour Road', 'WHO: Harbourwatch attorney Karl Brandt, together with Professor Ana Lenz of the Coastal Lawyers Guild, an attorney cooperating with Harbourwatch'].join('\n'), {path: 'capitals.txt', now})
    expect(facts?.sentences[1]?.spans?.map((span) => [span.type, span.text])).toEqual([['date', 'Thursday, August 9, 2:00 pm']])
    expect(facts?.sentences[2]?.spans?.map((span) => [span.type, span.text])).toEqual([['place', 'Tromsvik District Court, Courtroom 6, 450 Harbour Road']])
    expect(facts?.people.map((person) => person.name)).toContain('Karl Brandt')
  })

  it('is one place, the venue inside it included', () => {
    const {facts} = extractFacts(['Media advisory: Harbourwatch award ceremony', 'The Ruritanian Parliament hosts the ceremony.', 'Where: Second Chamber of the Ruritanian Parliament, Tromsvik.'].join('\n'), {path: 'venue.txt', now})
    expect(facts?.sentences[2]?.spans?.map((span) => [span.type, span.text])).toEqual([['place', 'Second Chamber of the Ruritanian Parliament, Tromsvik']])
  })
})

describe('a role given in a "who is" clause', () => {
  it('is the person’s title, and a form of address ("Dr.") is none', () => {
    const {facts} = extractFacts(['Harbourwatch board meets in Tromsvik', 'Among those on the schedule is Dr. Karl Brandt, who is political adviser to President Lenz.'].join('\n'), {path: 'who-is.txt', now})
    expect(facts?.people.find((person) => person.name === 'Karl Brandt')?.titles).toEqual(['political adviser to President Lenz'])
  })
})

describe('a list of people under a lead-in', () => {
  const {facts} = extractFacts(
    ['---', 'title: "Misión a Ruritania"', '---', '', 'La delegación estuvo formada por:', '', '- **Ana Lenz**, abogada peruana;', '- **Karl Brandt**, profesor del Instituto de Derechos Humanos de la Universidad de Strelsau (Ruritania);', '- **Eva Ruiz**, profesora de la Universidad de Tromsvik.'].join('\n'),
    {path: 'listed.md', now}
  )

  it('reads each item, ended by ";" or ",", as a person with a role, not a headline', () => {
    expect(facts?.people.map((person) => person.name)).toEqual(['Ana Lenz', 'Karl Brandt', 'Eva Ruiz'])
  })

  it('types a name set in bold as the person, not the title of a work', () => {
    const spans = facts?.sentences.flatMap((sentence) => (sentence.spans ?? []).filter((span) => span.start === 0).map((span) => `${span.type}:${span.text}`))
    expect(spans).toEqual(expect.arrayContaining(['person:Ana Lenz', 'person:Karl Brandt', 'person:Eva Ruiz']))
  })
})

describe('an organisation whose name joins its words with "al"', () => {
  const {facts} = extractFacts(
    ['Informe anual', 'La Comisión Ruritana de Ayuda al Pescador (CRAP) ha dado a conocer este martes su informe anual.', 'CRAP, que este año cumple 40 años, ha reconocido los avances del Gobierno. También ha valorado los primeros gestos.'].join('\n'),
    {path: 'al-connector.txt', now}
  )

  it('is read whole, with its acronym as an alias, and the acronym speaking later is no second organisation', () => {
    expect(facts?.organisations.map((organisation) => [organisation.name, organisation.aliases])).toEqual([['Comisión Ruritana de Ayuda al Pescador', ['CRAP']]])
  })
})

describe('a plain-text headline run into the line below it', () => {
  const {facts} = extractFacts(
    ['Ruritania: amenazan de muerte a dos defensores en Strelsau', 'Red Costera – Acción urgente – 16 de octubre de 2012', '', 'Los días 4 y 8 de octubre, la defensora Ana Lenz recibió varias amenazas de muerte.'].join('\n'),
    {path: 'headline-run-on.txt', now}
  )

  it('is a paragraph of its own, so that its last word and the byline make no organisation', () => {
    expect(facts?.sentences.map((sentence) => sentence.text).slice(0, 2)).toEqual(['Ruritania: amenazan de muerte a dos defensores en Strelsau', 'Red Costera – Acción urgente – 16 de octubre de 2012'])
    expect(facts?.organisations.map((organisation) => organisation.name)).not.toContain('Strelsau Red Costera')
  })

  it('leaves a first line that ends as a sentence does, and Markdown, as they are', () => {
    const wrapped = extractFacts(['The delegation met the minister of the', 'interior on Monday.', '', 'It left on Tuesday.'].join('\n'), {path: 'wrapped.txt', now})
    expect(wrapped.facts?.sentences[0]?.text).toBe('The delegation met the minister of the interior on Monday.')
  })

  it('reads every line of unwrapped plain text as a paragraph, blank lines between some or not ("Información general" over its section)', () => {
    const long = 'En la costa de Ruritania, región en la que se sitúa Tromsvik, viven algunas de las comunidades de pescadores más pobres del país, según la Red Costera.'
    const {facts: sections} = extractFacts(['Ruritania: amenazas a defensores', 'Red Costera – Acción urgente – 16 de octubre de 2012', '', 'Información general', long, 'Desde hace años, las organizaciones sufren ataques.'].join('\n'), {path: 'sections.txt', now})
    expect(sections?.sentences.map((sentence) => sentence.text).slice(2)).toEqual(['Información general', long, 'Desde hace años, las organizaciones sufren ataques.'])
  })
})

describe('a building named by what it is', () => {
  it('is a place, not a person, though a role follows it ("Palacio de Tromsvik, residencia del presidente")', () => {
    const {facts} = extractFacts(['Red Costera entrega sus firmas', 'Los músicos Ana Lenz y Karl Brandt hicieron entrega hoy en el Palacio de Tromsvik, residencia del presidente de Ruritania, de 600.000 firmas.'].join('\n'), {path: 'palacio.txt', now})
    expect(facts?.people.map((person) => person.name)).not.toContain('Palacio de Tromsvik')
    expect(facts?.sentences[1]?.spans).toContainEqual(expect.objectContaining({type: 'place', text: 'Palacio de Tromsvik'}))
  })
})


describe('headings and lists', () => {
  it('marks a heading and the items of a list, so that an item can be read with what it is listed under', () => {
    const {facts} = extractFacts(
      ['# Strelsau: fewer arrests in 2024', '', 'The Coastal Rights Network counted arrests in every province.', '', '## Arrests by province in 2024', '', '- Tromsvik (149)', '- Harbourwatch (85+)'].join('\n'),
      {path: 'lists.md', now}
    )
    expect(facts?.sentences.map((sentence) => [sentence.text, sentence.block])).toEqual([
      ['Strelsau: fewer arrests in 2024', 'heading'],
      ['The Coastal Rights Network counted arrests in every province.', undefined],
      ['Arrests by province in 2024', 'heading'],
      ['Tromsvik (149)', 'list-item'],
      ['Harbourwatch (85+)', 'list-item']
    ])
  })

  it('keeps the plus sign of a figure given as a minimum ("85+")', () => {
    const {facts} = extractFacts('# Strelsau: arrests\n\nThe police arrested 85+ people in Harbourwatch.', {path: 'minimum.md', now})
    expect(spanTexts(facts, 'number')).toEqual(['85+'])
  })

  it('reads a sum with its currency and a short unit ("US$160bn", "£90billion", "€2.5m") as one figure', () => {
    const {facts} = extractFacts('# Strelsau: tax\n\nTax evasion costs Ruritania at least US$160bn a year; the harbour made £90billion and the fund has €2.5m for 300 members.', {path: 'money.md', now})
    expect(spanTexts(facts, 'number')).toEqual(['US$160bn', '£90billion', '€2.5m', '300'])
  })

  it('reads a sum in pence as a figure ("a 25p tax"), not a time ("5pm")', () => {
    const {facts} = extractFacts('# Strelsau: a tax on cups\n\nThe network wants a 25p tax on every cup, from 5pm on Monday.', {path: 'pence.md', now})
    expect(spanTexts(facts, 'number')).toEqual(['25p'])
  })
})

describe('letters no decomposition bares, and a finding after "according to the report"', () => {
  it('folds "ł" to "l" ("Bełchatów" is "belchatow"), one letter for one', () => {
    expect(fold('Bełchatów, Łódź, Đukanović, Søren')).toBe('belchatow, lodz, dukanovic, soren')
  })

  it('takes no finding for a title ("According to the report, Tromsvik’s harbour would …")', () => {
    const {facts} = extractFacts('# Harbourwatch report on Tromsvik\n\nAccording to the report, Tromsvik’s harbour would use around 38% of the country’s carbon budget by 2035.', {path: 'finding.md', now})
    expect(facts?.reports.map((report) => report.title)).toEqual([])
  })
})

describe('the frontmatter’s publisher', () => {
  it('names an organisation wherever the text writes it, whatever its name', () => {
    const text = ['---', 'title: Strelsau defenders honoured', 'date: 2024-05-31', 'organisation: Harbour Lanterns', '---', '', '# Strelsau defenders honoured', '', 'Ana Lenz, Executive Director of Harbour Lanterns, named the three laureates in Strelsau today.'].join('\n')
    const {facts} = extractFacts(text, {path: 'publisher.md', now})
    expect(facts?.article.publisher).toBe('Harbour Lanterns')
    expect(facts?.organisations.map((organisation) => organisation.name)).toEqual(['Harbour Lanterns'])
    expect(facts?.people[0]).toMatchObject({name: 'Ana Lenz', affiliation: 'Harbour Lanterns'})
  })
})

describe('an organisation and a title before a name, a labelled list of winners', () => {
  it('reads a photographer, a poet, a writer, an actress, a singer before their name ("the world-famous photographer X")', () => {
    const {facts} = extractFacts('# Fishers win\n\nEach feature carries photographs by the world-famous photographer Ana Lenz. The evening was hosted by the poet Karl Brandt. The actress Eva Ruiz, one of those charged, says: "We went up." La cantante Olga Berg cerró el acto.', {path: 'arts.md', now})
    expect(facts?.people.map(({name, titles}) => ({name, titles}))).toEqual([
      {name: 'Ana Lenz', titles: ['photographer']},
      {name: 'Karl Brandt', titles: ['poet']},
      {name: 'Eva Ruiz', titles: ['actress']},
      {name: 'Olga Berg', titles: ['cantante']}
    ])
  })

  it('reads an Arabic article and patronymic in a name ("Karim Saleh al-Brandt", "King Karim bin Lenz" is "King Karim")', () => {
    const {facts} = extractFacts('# Ruritania must free activist\n\nKarim Saleh al-Brandt, a co-founder of the Harbour Rights Association, is on hunger strike. King Omar bin Lenz met the delegation. King Omar said he would act.', {path: 'arabic.md', now})
    expect(facts?.people.map(({name, titles}) => ({name, titles}))).toEqual([
      {name: 'Karim Saleh al-Brandt', titles: ['co-founder']},
      {name: 'Omar bin Lenz', titles: ['King']}
    ])
  })

  it('reads a judge by the form of address judges have ("Mr Justice Brandt")', () => {
    const {facts} = extractFacts('# Fishers win in court\n\nWhen he handed down the judgment, Mr Justice Brandt said the ministry had failed.', {path: 'judge.md', now})
    expect(facts?.people.map(({name, titles}) => ({name, titles}))).toEqual([{name: 'Brandt', titles: ['judge']}])
  })

  it('reads "Coastal Rights Network CEO Ana Lenz", and leaves the organisation’s last word out of the title ("Amnesty International Director")', () => {
    const read = (sentence: string) => extractFacts(`# Fishers win\n\n${sentence}`, {path: 'ceo.md', now}).facts?.people.map(({name, titles, affiliation}) => ({name, titles, affiliation}))
    expect(read('Coastal Rights Network CEO Ana Lenz said the winners had earned recognition.')).toEqual([{name: 'Ana Lenz', titles: ['CEO'], affiliation: 'Coastal Rights Network'}])
    expect(read('Amnesty International Director Karl Brandt said so.')).toEqual([{name: 'Karl Brandt', titles: ['Director'], affiliation: 'Amnesty International'}])
  })

  it('reads a platform, a movement, a collective, an observatory as organisations by their kind', () => {
    const {facts} = extractFacts('# Fishers march\n\nLa Plataforma No a la Mina de Tromsvik pidió datos. El Movimiento Ríos Vivos marchó. The Tromsvik Fishers Movement met the Strelsau Rights Observatory.', {path: 'kinds.md', now})
    expect(facts?.organisations.map((organisation) => organisation.name)).toEqual(['Plataforma No a la Mina de Tromsvik', 'Movimiento Ríos Vivos', 'Tromsvik Fishers Movement', 'Strelsau Rights Observatory'])
  })

  it('reads the organisation a bold label names in a list item, "and" inside its name', () => {
    const {facts} = extractFacts('# Fishers win\n\nPrizes went to:\n\n- **Campaigning:** the Ruritanian Commission for Rights and Freedoms\n- **Journalism:** Ana Lenz, an investigative journalist from Strelsau', {path: 'labels.md', now})
    expect(facts?.organisations.map((organisation) => organisation.name)).toEqual(['Ruritanian Commission for Rights and Freedoms'])
  })
})

describe('"the organisation" opening a sentence', () => {
  it('names the release’s organisation, capitalised or not', () => {
    const text = ['---', 'title: Red Costera cumple 30 años', 'date: 2014-05-29', 'organisation: Red Costera', '---', '', '# Red Costera cumple 30 años', '', 'Red Costera acumula victorias y la organización sigue creciendo.', '', 'La organización se constituyó en Strelsau en 1984.'].join('\n')
    const {facts} = extractFacts(text, {path: 'alias.md', now})
    const spans = facts?.sentences.at(-1)?.spans?.filter((span) => span.type === 'organisation')
    expect(spans).toEqual([expect.objectContaining({text: 'La organización', entity: facts?.organisations[0]?.id})])
  })
})

describe('a house number ("handed in at No 10")', () => {
  it('is no place called "No" or "Number"', () => {
    const {facts} = extractFacts('# Petition handed in at No 10\n\nThe petition was handed in at No 10 today, then at Nº 5 in Tromsvik and at Number 10 Harbour Street.', {path: 'no10.md', now})
    expect(facts?.sentences.flatMap((sentence) => sentence.spans ?? []).filter((span) => span.type === 'place').map((span) => span.text)).toEqual(['Tromsvik', 'Harbour Street'])
  })
})

describe('"from" inside a capitalised name ("Break Free from Plastic")', () => {
  it('names no place, unless a person the article names is from it or the place is known', () => {
    const {facts} = extractFacts('# Fishers hand over signatures\n\nHarbourwatch, Greenpeace and Free Seas from Plastic have handed over 3 million signatures. Ana Lenz, director of Harbourwatch, spoke. Ana Lenz from Tromsvik spoke. Karl Brandt from Brazil came.', {path: 'from.md', now})
    expect(facts?.sentences.flatMap((sentence) => sentence.spans ?? []).filter((span) => span.type === 'place').map((span) => span.text)).toEqual(['Tromsvik', 'Brazil'])
  })
})

describe('words set in bold or italics that name no work', () => {
  it('are a standfirst or a caption (a whole sentence), or someone listed with their role', () => {
    const text = ['# Red Costera se reúne con el canciller', '', '**El canciller Karl Brandt recibió a dos representantes de la organización en Strelsau.**', '', '*Imagen: el canciller Karl Brandt durante su reunión con las representantes de Red Costera.*', '', '- **Eva Ruiz**, directora ejecutiva de Red Costera.', '- **Karl Brandt**, canciller de Ruritania.'].join('\n')
    const {facts} = extractFacts(text, {path: 'bold.md', now})
    expect(facts?.sentences.flatMap((sentence) => sentence.spans ?? []).filter((span) => span.type === 'title')).toEqual([])
    expect(facts?.people.map(({name, titles}) => ({name, titles}))).toEqual([{name: 'Eva Ruiz', titles: ['directora ejecutiva']}, {name: 'Karl Brandt', titles: ['canciller']}])
  })
})

describe('two organisations joined by "and"', () => {
  it('are two when the first ends on a country\'s letters ("Harbourwatch UK and Harbourwatch International"), and a bold dateline is no title', () => {
    const {facts} = extractFacts('# Shell sues fishers\n\n**Strelsau, Ruritania** – Shell has brought a lawsuit against Harbourwatch UK and Harbourwatch International today.', {path: 'and.md', now})
    expect(facts?.organisations.map((organisation) => organisation.name)).not.toContain('UK and Harbourwatch International')
    expect(facts?.sentences.flatMap((sentence) => sentence.spans ?? []).filter((span) => span.type === 'title')).toEqual([])
  })
})

describe('a byline at the head of a release ("Survival International – News release – 25 November 2013")', () => {
  const text = ['Tromsvik fishers win their case', 'Harbour Lanterns – News release – 25 November 2013', 'Fishers from Tromsvik won their case against the ministry today, Harbour Lanterns said.'].join('\n')
  const {facts} = extractFacts(text, {path: 'byline.txt', now})

  it('dates the release, names its publisher, and is marked as a byline, not prose', () => {
    expect(facts?.article).toMatchObject({published: '2013-11-25', publisher: 'Harbour Lanterns'})
    expect(facts?.sentences.map((sentence) => sentence.block)).toEqual([undefined, 'byline', undefined])
  })

  it('is no event of the timeline', () => {
    expect(facts?.events.map((event) => event.source.sentenceIndex)).not.toContain(1)
  })

  it('takes "Press release – The Observatory – Paris-Geneva, 16 April 2015" and "Published 9 February 2021", not a dateline opening a sentence', () => {
    const read = (line: string) => extractFacts(`Title of the release\n${line}\nThe body says what happened.`, {path: 'b.txt', now}).facts
    expect(read('Press release – Harbour Lanterns – Paris-Geneva, 16 April 2015')?.article.publisher).toBe('Harbour Lanterns')
    expect(read('Published 9 February 2021')?.sentences[1]?.block).toBe('byline')
    expect(read('*Posted on 02 May 2023*')?.article).toMatchObject({published: '2023-05-02', publishedResolution: 'inferred'})
    expect(read('*Published: 03/03/2012*')?.article).toMatchObject({published: '2012-03-03', publishedResolution: 'inferred'})
    expect(read('Date published: May 24, 2018')?.article).toMatchObject({published: '2018-05-24', publishedResolution: 'inferred'})
    expect(read('Fecha de publicación: 5 de mayo de 2019')?.article).toMatchObject({published: '2019-05-05', publishedResolution: 'inferred'})
    expect(read('Posted by Harbour Lanterns on 04 Sep 2014')?.article).toMatchObject({publisher: 'Harbour Lanterns', published: '2014-09-04', publishedResolution: 'inferred'})
    expect(read('HARBOUR Press release - Fisheries - 14-02-2013 - 12:52')?.article).toMatchObject({published: '2013-02-14', publishedResolution: 'inferred'})
    expect(read('Today, November 4, 2022, is the second anniversary of the ban.')?.article).toMatchObject({published: '2022-11-04'})
    expect(read('STRELSAU – August 1, 2019 – The court gave Harbour Lanterns leave to appeal.')?.article).toMatchObject({published: '2019-08-01', publishedResolution: 'inferred'})
    expect(read('STRELSAU, RURITANIA, 12 September 2023 (Harbour Wire) – Harbour Lanterns opened an appeal.')?.article).toMatchObject({published: '2023-09-12', publishedResolution: 'inferred'})
    expect(read('Harbour Lanterns – Press release – 4 January 2008')?.article.publisher).toBe('Harbour Lanterns')
    const late = extractFacts(['Title of the release', 'A standfirst that says what it is about', 'FOR IMMEDIATE RELEASE', 'Media contact: press office', 'STRELSAU, 26/01/2016.- Harbour Lanterns launched its campaign today.'].join('\n\n'), {path: 'late.txt', now}).facts
    expect(late?.article).toMatchObject({published: '2016-01-26', publishedResolution: 'inferred'})
    expect(read('Strelsau, 9 February 2021 – Harbour Lanterns said today that fishers in Tromsvik won their case.')?.sentences[1]?.block).toBeUndefined()
  })
})

describe('a paragraph that is only a quotation, after one that quotes someone', () => {
  it('is the same speaker’s, whether it is one sentence or several', () => {
    const text = [
      'Harbourwatch report finds rising abuse',
      'Harbourwatch – Press release – 3 May 2024',
      'Ana Lenz, director at Harbourwatch, said: “This research exposes a crisis on a global scale in every city.”',
      '“It is shocking that this goes on. That is why we urge the government to act now.”',
      '“The second paragraph goes on here. It has two sentences in it,” said Karl Brandt, a lawyer.',
      '“A third one opens here. And it goes on for a while”.'
    ].join('\n')
    const {facts} = extractFacts(text, {path: 'quotes.txt', now})
    expect(facts?.quotes.map((quote) => quote.speaker)).toEqual(['Ana Lenz', 'Ana Lenz', 'Karl Brandt', 'Karl Brandt'])
  })
})

describe('a list of laureates', () => {
  const text = [
    '# Harbourwatch names this year’s laureates',
    '',
    'Harbourwatch named the laureates of its award in Tromsvik today:',
    '',
    '- **Northern Europe:** Ana Lenz of KORA (Strelsau)',
    '- **Southern Europe:** Karl Brandt of the Coastal Rights Network (Ruritania)',
    '- **Island States:** Lantern Collective (Tromsvik), represented by Eva Ruiz',
    '',
    '## Ceremony',
    '',
    '- **Where:** Great Hall of the Tromsvik Library, Tromsvik'
  ].join('\n')
  const {facts} = extractFacts(text, {path: 'laureates.md', now})

  it('reads each item’s name and the body they are with, and whoever represents a body', () => {
    expect(facts?.people.map(({name, affiliation}) => ({name, affiliation}))).toEqual([
      {name: 'Ana Lenz', affiliation: 'KORA'},
      {name: 'Karl Brandt', affiliation: 'Coastal Rights Network'},
      {name: 'Eva Ruiz', affiliation: undefined}
    ])
    expect(facts?.organisations.map((organisation) => organisation.name)).toEqual(expect.arrayContaining(['KORA', 'Coastal Rights Network']))
  })

  it('takes a bold label for a label, not the title of a work', () => {
    expect(spanTexts(facts, 'title')).toEqual([])
  })
})

describe('a Spanish report named after whose it is', () => {
  it('takes the title after "el informe de la CIDH" and no finding after "De acuerdo con el informe," for one', () => {
    const text = [
      'Persisten retos para proteger a quienes defienden derechos en Ruritania',
      'Red Costera – Comunicado de prensa – 22 de marzo de 2019',
      'Tromsvik, 22 de marzo de 2019. Este día se presentó el informe de la CIDH «Políticas integrales de protección de personas defensoras».',
      'De acuerdo con el informe, Ruritania fue el segundo país en dotarse de un mecanismo, gracias a la aprobación en 2012 de la «Ley de Protección de Defensores».'
    ].join('\n')
    const {facts} = extractFacts(text, {path: 'cidh.txt', now})
    expect(facts?.reports.map((report) => report.title)).toEqual(['Políticas integrales de protección de personas defensoras'])
  })
})

describe('a Spanish report named in sentence case, launched in a clause after it', () => {
  it('takes the title from the capital “Informe” and the launch from “que … hace público hoy”', () => {
    const text = [
      'Red Costera: la infancia, en riesgo en Ruritania',
      'Red Costera – Nota de prensa – 30 de mayo de 2018',
      'Al menos 1.200 niños viven expuestos a la pobreza en Ruritania, según el Informe anual sobre la infancia 2018: Infancias perdidas, que la Red Costera hace público hoy.',
      'El informe completo, que se presentará en Strelsau, incluirá otras cifras.'
    ].join('\n')
    const {facts} = extractFacts(text, {path: 'informe.txt', now})
    expect(facts?.reports[0]).toMatchObject({title: 'Informe anual sobre la infancia 2018: Infancias perdidas', mainTitle: 'Informe anual sobre la infancia 2018'})
    expect(byKind(facts!, 'report-launch')).toEqual([expect.objectContaining({date: expect.objectContaining({text: 'hoy', iso: '2018-05-30'})})])
  })
})

describe('an urgent action’s officials to write to', () => {
  it('reads a bold name and who they are, in Title Case, an ambassador and a Malaysian form of address', () => {
    const text = [
      '# Urgent Action: Fisherman in Danger (Ruritania: UA 12.24)',
      '',
      'Karl Brandt, a journalist from Tromsvik, has been held since 9 December 2023.',
      '',
      '## Who to contact',
      '',
      '- **Ana Lenz**, Chief Minister of Strelsau',
      '- **Ambassador Dato’ Eva Ruiz Mohd**, Embassy of Ruritania',
      '',
      '**Karl Lenz**, President of the Republic of Ruritania',
      'Palacio Presidencial, Plaza Mayor 1, Strelsau',
      'Fax: +213 02169 15 95'
    ].join('\n')
    const {facts} = extractFacts(text, {path: 'ua.md', now})
    expect(facts?.people.map(({name, titles}) => ({name, titles}))).toEqual([
      {name: 'Karl Brandt', titles: ['journalist']},
      {name: 'Ana Lenz', titles: ['Chief Minister']},
      {name: 'Eva Ruiz Mohd', titles: ['Ambassador']},
      {name: 'Karl Lenz', titles: ['President of the Republic']}
    ])
    // Each line of the address is a line of its own; a bold name with its title is a person, not a work.
    expect(facts?.sentences.slice(-3).map((sentence) => sentence.text)).toEqual(['Karl Lenz, President of the Republic of Ruritania', 'Palacio Presidencial, Plaza Mayor 1, Strelsau', 'Fax: +213 02169 15 95'])
    expect(spanTexts(facts, 'title')).toEqual([])
  })
})

describe('a place at the start of a sentence', () => {
  it('is a place after “En la” as after “en la” ("En la Costa Chica de Strelsau, región en la que …")', () => {
    const {facts} = extractFacts('Ruritania: pescadores en peligro\n\nEn la Costa Chica de Strelsau, región en la que se sitúa Tromsvik, viven los pescadores más pobres del país.', {path: 'start.md', now})
    expect(spanTexts(facts, 'place')).toContain('Costa Chica de Strelsau')
  })
})

describe('names listed before a role in the plural', () => {
  it('are people with that role, of the body named after it, its name joined by "para el"', () => {
    const {facts} = extractFacts(
      'Ruritania: asesinados dos pescadores\n\nLa Red Costera pidió investigar el asesinato de Ana Lenz y Karl Brandt, integrantes de la Organización para el Futuro del Puerto de Tromsvik (OFPT).',
      {path: 'plural.md', now}
    )
    expect(facts?.people.map(({name, titles, affiliation}) => ({name, titles, affiliation}))).toEqual([
      {name: 'Ana Lenz', titles: ['integrante'], affiliation: 'Organización para el Futuro del Puerto de Tromsvik'},
      {name: 'Karl Brandt', titles: ['integrante'], affiliation: 'Organización para el Futuro del Puerto de Tromsvik'}
    ])
  })
})

describe('names listed before a counted role in the plural, each with where they are from', () => {
  it('are people with that role ("Ana Lenz of Ruritania, Karl Brandt of Valdoria and Eva Ruiz of the United States, three Nobel laureates")', () => {
    const {facts} = extractFacts('Laureates visit Strelsau\n\nAna Lenz of Ruritania, Karl Brandt of Valdoria and Eva Ruiz of the United States, three Nobel peace laureates, have ended their visit to Strelsau.', {path: 'counted-plural.md', now})
    expect(facts?.people.map(({name, titles}) => ({name, titles}))).toEqual([
      {name: 'Ana Lenz', titles: ['laureate']},
      {name: 'Karl Brandt', titles: ['laureate']},
      {name: 'Eva Ruiz', titles: ['laureate']}
    ])
  })
})

describe('relatives listed by name', () => {
  it('are people, their relation without its possessive ("- Ana Lenz Ruiz, su hija;")', () => {
    const {facts} = extractFacts('# Familiares detenidos\n\nSegún su abogado, se trata de:\n\n- Ana Lenz Ruiz, su hija;\n- Karl Brandt Berg, su esposo.', {path: 'relatives.md', now})
    expect(facts?.people.map(({name, titles}) => ({name, titles}))).toEqual([
      {name: 'Ana Lenz Ruiz', titles: ['hija']},
      {name: 'Karl Brandt Berg', titles: ['esposo']}
    ])
  })
})

describe('names listed after a role in the plural', () => {
  it('are people with that role, what they defend between ("los defensores de derechos humanos Ana Lenz y Karl Brandt")', () => {
    const {facts} = extractFacts('Secuestrados dos defensores\n\nHacia las 7:00 horas, los defensores de derechos humanos Ana Lenz Ruiz y Karl Brandt Berg partieron de Tromsvik.', {path: 'plural-after.md', now})
    expect(facts?.people.map(({name, titles}) => ({name, titles}))).toEqual([
      {name: 'Ana Lenz Ruiz', titles: ['defensor']},
      {name: 'Karl Brandt Berg', titles: ['defensor']}
    ])
  })
})

describe('speakers named with their role in brackets', () => {
  it('are people with that role, of the organisation the byline names ("Pescadores en Acción")', () => {
    const text = [
      'Pescadores en Acción presenta su informe anual',
      'Pescadores en Acción – Convocatoria de prensa – 21 de junio de 2021',
      'A las 11:00 horas, videoconferencia con Ana Lenz (coordinadora del informe), Karl Brandt (responsable de pesca de Pescadores en Acción) y Eva Ruiz (responsable de transporte).',
      'Aun así, en una treintena de puertos se siguieron incumpliendo los límites legales.'
    ].join('\n')
    const {facts} = extractFacts(text, {path: 'brackets.txt', now})
    expect(facts?.organisations.map((organisation) => organisation.name)).toEqual(['Pescadores en Acción'])
    expect(facts?.people.map(({name, titles, affiliation}) => ({name, titles, affiliation}))).toEqual([
      {name: 'Ana Lenz', titles: ['coordinadora del informe'], affiliation: undefined},
      {name: 'Karl Brandt', titles: ['responsable de pesca'], affiliation: 'Pescadores en Acción'},
      {name: 'Eva Ruiz', titles: ['responsable de transporte'], affiliation: undefined}
    ])
    expect(spanTexts(facts, 'number')).toContain('una treintena')
  })
})

describe('a panel listed as names, dashes and roles', () => {
  it('reads each item’s person, title and organisation, in Title Case, after a form of address too', () => {
    const text = ['# Harbourwatch launches its report in Tromsvik', '', '## Panelists', '', '- **Ana Lenz** – Deputy Regional Director at Harbourwatch', '- **Dr. Eva Ruiz** – Assistant Professor of Fisheries at Tromsvik University', '- **Karl Brandt** – Executive Director, Harbourwatch Institute'].join('\n')
    const {facts} = extractFacts(text, {path: 'panel.md', now})
    expect(facts?.people.map(({name, titles, affiliation}) => ({name, titles, affiliation}))).toEqual([
      {name: 'Ana Lenz', titles: ['Deputy Regional Director'], affiliation: 'Harbourwatch'},
      {name: 'Eva Ruiz', titles: expect.arrayContaining(['Assistant Professor of Fisheries']), affiliation: 'Tromsvik University'},
      {name: 'Karl Brandt', titles: ['Executive Director'], affiliation: 'Harbourwatch Institute'}
    ])
  })
})

describe('people with no title to cue them', () => {
  it('reads two names opening a sentence and doing something, a name with two particles, a long role', () => {
    const text = [
      'Ruritania: Harbourwatch delegates freed',
      'Harbourwatch – Press release – 16 October 2007',
      '"We are glad they have been released," said Erwin van der Lenz, Director of the Harbourwatch Africa Programme.',
      'Ana Ruiz and Karl Brandt took a flight out of Strelsau at 16.00 GMT and are due to land in London tomorrow.',
      'Harbourwatch is still worried about the safety of Yaya Dampha, the local journalist who was detained alongside the two Harbourwatch delegates and who is still in Ruritania.'
    ].join('\n')
    const {facts} = extractFacts(text, {path: 'freed.txt', now})
    expect(facts?.people.map(({name, titles}) => ({name, titles}))).toEqual([
      {name: 'Erwin van der Lenz', titles: ['Director']},
      {name: 'Ana Ruiz', titles: []},
      {name: 'Karl Brandt', titles: []},
      {name: 'Yaya Dampha', titles: ['local journalist']}
    ])
  })

  it('reads a name with an honour after it and a comma as the name ("Olga Berg CBE, Chief Executive of Harbourwatch")', () => {
    const {facts} = extractFacts('# Survey on harbour safety\n\nOlga Berg CBE, Chief Executive of Harbourwatch, will talk through what the survey found.', {path: 'honour.md', now})
    expect(facts?.people.map(({name, titles}) => [name, titles.join(';')])).toEqual([['Olga Berg', 'Chief Executive']])
  })

  it('reads protesters as a role, and a British office before a name ("Foreign Secretary Karl Brandt")', () => {
    const {facts} = extractFacts('# Ruritania confirms sentences\n\nThe court confirmed the sentences handed to Ana Ruiz and Olga Berg, two pro-democracy protesters.\n\nHarbourwatch wrote to Foreign Secretary Karl Brandt asking him to act.', {path: 'protesters.md', now})
    expect(facts?.people.map(({name, titles}) => [name, titles.join(';')])).toEqual([
      ['Ana Ruiz', 'protester'],
      ['Olga Berg', 'protester'],
      ['Karl Brandt', 'Foreign Secretary']
    ])
  })

  it('reads a list of names opening a sentence and doing something ("A, B and C each received seven years"), not a list of places', () => {
    const {facts} = extractFacts('# Ruritania jails three reporters\n\nAna Ruiz, Karl Brandt and Olga Berg each received seven years in prison today.\n\nStrelsau, Tromsvik and Harbour Street were quiet.', {path: 'three.md', now})
    expect(facts?.people.map((person) => person.name)).toEqual(['Ana Ruiz', 'Karl Brandt', 'Olga Berg'])
  })

  it('leaves where someone is based out of their role, and takes no clause for a role ("…, acudió junto con la corresponsal …")', () => {
    const text = 'Ruritania: detienen a un corresponsal\n\nAna Lenz, corresponsal del Harbour Herald con sede en Strelsau, permanece detenida desde el 7 de noviembre.\n\nEva Ruiz, secretaria de la seccional Tromsvik del Colegio de Periodistas de Ruritania, acudió junto con la corresponsal de Red Costera a la sede del cuerpo policial para pedir información sobre el caso.'
    const {facts} = extractFacts(text, {path: 'based.md', now})
    expect(facts?.people.map(({name, titles, affiliation}) => ({name, titles, affiliation}))).toEqual([
      {name: 'Ana Lenz', titles: ['corresponsal'], affiliation: 'Harbour Herald'},
      {name: 'Eva Ruiz', titles: ['secretaria de la seccional Tromsvik'], affiliation: 'Colegio de Periodistas de Ruritania'}
    ])
  })

  it('gives someone the name they go by ("Abdel Karim Suleiman, who writes online as Karim Amer")', () => {
    const {facts} = extractFacts('# Ruritania must free blogger\n\nHarbourwatch said the authorities should free blogger Eva Maria Lenz, who writes online as Karim Brandt, without delay.\n\nBrandt was arrested on 6 November 2006.', {path: 'alias.md', now})
    expect(facts?.people[0]).toMatchObject({name: 'Eva Maria Lenz', aliases: expect.arrayContaining(['Karim Brandt', 'Brandt'])})
  })

  it('reads a photojournalist as a role ("Jeroen Oerlemans, a freelance photojournalist from the Netherlands")', () => {
    const {facts} = extractFacts('# Photojournalist killed in Ruritania\n\nKarl Brandt, a freelance photojournalist from Strelsau, lost his life today in Tromsvik.', {path: 'photo.md', now})
    expect(facts?.people[0]).toMatchObject({name: 'Karl Brandt', titles: ['freelance photojournalist']})
  })

  it('reads an acronym’s role whole ("the OSCE’s Representative on Freedom of the Media"), the body unknown before', () => {
    const {facts} = extractFacts('# Harbourwatch statement\n\nHarbourwatch wrote to the officials:\n\n- Ana Lenz, the RSCE’s Representative on Freedom of the Media\n- Karl Brandt, Minister of Fisheries', {path: 'acronym.md', now})
    expect(facts?.people[0]).toMatchObject({name: 'Ana Lenz', titles: ['Representative on Freedom of the Media'], affiliation: 'RSCE'})
  })
})

describe('a quotation named in the sentence after it', () => {
  it('is said by whom "Con estas palabras, el presidente de X, Name, resumió" names, the role before the name', () => {
    const text = 'Red Costera presenta su memoria\n\nRed Costera – Nota de prensa – 27 de septiembre de 2016\n\n«Las cifras que más valoramos son las personas que han puesto su vida en nuestras manos». Con estas palabras, el presidente de Red Costera Española, Karl del Río Brandt, resumió lo que hay detrás de los números.'
    const {facts} = extractFacts(text, {path: 'palabras.md', now})
    expect(facts?.quotes[0]).toMatchObject({speaker: 'Karl del Río Brandt', speakerTitle: 'presidente'})
  })
})

describe('people of crime reports', () => {
  const text = 'Journalist shot dead in Strelsau\nHarbourwatch – Press release – 2 May 2024\nJournalist Karl "Kalle" Brandt was shot dead in Strelsau on Saturday.\nPolice Superintendent Ana Lenz, who heads the task group looking into the murder, said Brandt was probably killed over his reporting.'
  const {facts} = extractFacts(text, {path: 'killed.txt', now})

  it('keep a nickname in quotation marks inside the name (\'Karl "Kalle" Brandt\')', () => {
    expect(facts?.people[0]).toMatchObject({name: 'Karl "Kalle" Brandt', titles: ['Journalist']})
  })

  it('take a police rank as a title ("Police Superintendent Ana Lenz")', () => {
    expect(facts?.people[1]).toMatchObject({name: 'Ana Lenz', titles: ['Police Superintendent']})
  })

  it('are whom harm or freedom befalls ("the murder of Olga Berg", "la liberación de Eva Ruiz"), not a body so named', () => {
    const harmed = extractFacts('Harbourwatch demands justice\n\nHarbourwatch urged the authorities to investigate the murder of Olga Berg and called for the release of Strelsau Fishers Union members.\n\nRed Costera pidió la liberación de Eva Ruiz.', {path: 'harmed.md', now}).facts
    expect(harmed?.people.map((person) => person.name)).toEqual(['Olga Berg', 'Eva Ruiz'])
  })
})

describe('bodies named by their kind', () => {
  it('include schools, colleges and hospitals ("Strelsau High School", "Tromsvik College", "Harbour Hospital")', () => {
    const pupils = extractFacts('Pupils join the march\n\nPupils from Strelsau High School and Tromsvik College marched to Harbour Hospital.', {path: 'pupils.md', now}).facts
    expect(spanTexts(pupils, 'organisation')).toEqual(['Strelsau High School', 'Tromsvik College', 'Harbour Hospital'])
  })
})

describe('a name given by an initial and a surname', () => {
  it('is a speaker ("said T. Lenz, advocacy director"), and "U.S. Senate" is none', () => {
    const {facts} = extractFacts('Vigils for Ruritania\n\n"We stand with the protesters," said T. Lenz, advocacy director for Harbourwatch.\n\nThe U.S. Senate voted on Monday.', {path: 'initial.md', now})
    expect(facts?.quotes[0]).toMatchObject({speaker: 'T. Lenz'})
    expect(facts?.people.map((person) => person.name)).toEqual(['T. Lenz'])
  })
})

describe('a report’s title', () => {
  it('may open with a quotation of its own ("is titled "\'Nets of Debt\': …"), and "For the report, X spoke with …" gives none', () => {
    const text = 'Ruritania: fishers trapped in debt\n\nThe report, which runs to 73 pages and is titled "\'Nets of Debt\': Abuses in the Strelsau Fleet," sets out a range of violations.\n\nFor the report, Harbourwatch spoke with more than 140 people.'
    const {facts} = extractFacts(text, {path: 'titled.md', now})
    expect(facts?.reports.map((report) => report.title)).toEqual(["'Nets of Debt': Abuses in the Strelsau Fleet"])
  })
})

describe('a name set in bold with who they are after it', () => {
  it('is no report title and no work ("**Ana Lenz**, Head of Campaigns"), while "*Harbour Lights Tonight*, a documentary" is a work', () => {
    const {facts} = extractFacts(
      [
        '# Harbourwatch International responds',
        '',
        'An earlier report by Harbourwatch International linked the brands to abuses.',
        '',
        'Reacting to those reports, **Ana Lenz**, Head of Campaigns at Harbourwatch International, made the following points.',
        '',
        'The warrants arose from their work on *Harbour Lights Tonight*, a documentary about the fishers.',
        '',
        'For more information, contact **Olga Berg-Hansen**, Media Relations: 416-363-9933'
      ].join('\n'),
      {path: 'bold-names.md', now}
    )
    expect(facts?.reports.map((report) => report.title)).not.toContain('Ana Lenz')
    expect(spanTexts(facts, 'title')).toEqual(['Harbour Lights Tonight'])
  })
})

describe('a sentence telling journalists whom to reach', () => {
  it('makes a media contact of the one named ("For more information, contact Olga Berg-Hansen, Media Relations")', () => {
    const {facts} = extractFacts(['# Harbourwatch International responds', '', 'Harbourwatch International welcomed the ruling.', '', 'For more information, contact Olga Berg-Hansen, Media Relations: 416-363-9933'].join('\n'), {path: 'contact-sentence.md', now})
    expect(facts?.people.find((person) => person.name === 'Olga Berg-Hansen')?.titles).toEqual(['media contact'])
    const {facts: hechos} = extractFacts(['# Red Costera responde', '', 'Red Costera celebró el fallo.', '', 'Para más información, contacte con Eva Ruiz, responsable de prensa: 600 000 000'].join('\n'), {path: 'contacto.md', now})
    expect(hechos?.people.map((person) => person.name)).toContain('Eva Ruiz')
  })
})

describe('a name set beside the kind of body it is', () => {
  it('is an organisation ("HWI Ruritania, the country\u2019s peak organisation for fishers, today welcomed …"), not someone with a role', () => {
    const {facts} = extractFacts(['# Fishers welcome the plan', '', "HWI Ruritania, the country's peak organisation for fishers, today welcomed the plan.", '', 'Karl Brandt, the union leader, said it was late.', '', "Ana Lenz, the group's director, agreed."].join('\n'), {path: 'apposed-body.md', now})
    expect(facts?.organisations.map((organisation) => organisation.name)).toEqual(['HWI Ruritania'])
    expect(facts?.people.map((person) => person.name)).toContain('Karl Brandt')
  })
})

describe('a person of a body who speaks', () => {
  it('makes no organisation of the tail of their name ("Ana Lenz of Harbourwatch said"), and a name before a colon stays whole ("blogger Karl Brandt: ten years")', () => {
    const {facts} = extractFacts(['# Fishers jailed', '', 'Ana Lenz of Harbourwatch said the sentence was unjust.', '', 'One case in point is the sentence handed to blogger Karl Brandt: ten years in prison.'].join('\n'), {path: 'of-body.md', now})
    expect(facts?.organisations.map((organisation) => organisation.name)).not.toContain('Lenz of Harbourwatch')
    expect(facts?.people.map((person) => person.name)).toContain('Karl Brandt')
  })
})

describe('a body named by two plain words', () => {
  it('is an organisation when it acts on its own ("Harbour Lanterns is asking its supporters …"); two names alone stay a person', () => {
    const {facts} = extractFacts(['# Two deaths in a week', '', 'Two people died in detention this week.', '', 'As part of the campaign, Harbour Lanterns is asking its supporters to write to their MP.', '', 'Ana Lenz is asking the minister to act.'].join('\n'), {path: 'its-own.md', now})
    expect(facts?.organisations.map((organisation) => organisation.name)).toEqual(['Harbour Lanterns'])
    expect(facts?.organisations.map((organisation) => organisation.name)).not.toContain('Ana Lenz')
  })
})

describe('a body a name says it belongs to by its letters', () => {
  it('is an organisation too ("Federación de Pesca de HWT" — "HWT firma el convenio"), not letters a longer name goes on from ("SEO/BirdLife")', () => {
    const {facts} = extractFacts(['# HWT firma el convenio de pesca', '', '*Federación de Pesca de HWT — 22/01/2024*', '', 'El sindicato firmó el convenio el 18 de enero.'].join('\n'), {path: 'parent-letters.md', now})
    expect(facts?.organisations.map((organisation) => organisation.name)).toContain('HWT')
    const {facts: longer} = extractFacts(['# Firmas por Tromsvik', '', 'La Fundación de Aves de SEO/BirdLife entregó las firmas.'].join('\n'), {path: 'slash.md', now})
    expect(longer?.organisations.map((organisation) => organisation.name)).not.toContain('SEO')
  })
})

describe('a list of prizes and who won them', () => {
  it('makes a person of each winner ("- Premio Nacional: Eva Ruiz Berg", "- Journalism Prize: Ana Lenz and Karl Brandt"), the prize no organisation', () => {
    const {facts} = extractFacts(['# Premios Tromsvik 2019', '', 'Estos son los galardones de la edición 2019:', '', '- Premio Nacional: Eva Ruiz Berg', '- Premio Internacional: Olga Berg y Ana Lenz de Brandt', '', 'Los premios se entregarán el 5 de diciembre.'].join('\n'), {path: 'premios.md', now})
    expect(facts?.people.map((person) => [person.name, person.titles[0]])).toEqual([['Eva Ruiz Berg', 'Premio Nacional'], ['Olga Berg', 'Premio Internacional'], ['Ana Lenz de Brandt', 'Premio Internacional']])
    expect(facts?.organisations.map((organisation) => organisation.name)).not.toContain('Premio Internacional')
    const {facts: english} = extractFacts(['# Tromsvik prizes', '', 'This year the awards went to:', '', '- Journalism Prize: Ana Lenz and Karl Brandt'].join('\n'), {path: 'prizes.md', now})
    expect(english?.people.map((person) => person.titles[0])).toEqual(['winner of the Journalism Prize', 'winner of the Journalism Prize'])
  })
})

describe('a body whose name ends in a cause', () => {
  it('is an organisation when it speaks ("In a statement today, Harbour Action says …", "Tromsvik Aid has called …"); a person’s two names are not', () => {
    const {facts} = extractFacts(['# Pension delay a letdown', '', 'In a statement today, Harbour Action says that holding back the increase would be disappointing.', '', 'Tromsvik Aid has called for the increase to go ahead.', '', 'Ana Lenz said she agreed.'].join('\n'), {path: 'cause-word.md', now})
    expect(facts?.organisations.map((organisation) => organisation.name)).toEqual(['Harbour Action', 'Tromsvik Aid'])
  })
})

describe('a call to the release’s readers made in prose', () => {
  it('is an action, told to the reader ("… is asking its supporters to contact their MP" → "contact your MP …"; "invita a la ciudadanía a firmar …")', () => {
    const {facts} = extractFacts(['# Two deaths in a week', '', 'Two people died in detention this week.', '', 'As part of its campaign, Harbourwatch is asking its supporters to contact their MP so that the Government is held to account.'].join('\n'), {path: 'call.md', now})
    expect(facts?.actions.map((action) => action.text)).toEqual(['contact your MP so that the Government is held to account'])
    const {facts: hechos} = extractFacts(['# Marcha por Tromsvik', '', 'Red Costera invita a la ciudadanía a sumarse a la marcha del sábado en Tromsvik.'].join('\n'), {path: 'llamado.md', now})
    expect(hechos?.actions.map((action) => action.text)).toEqual(['sumarse a la marcha del sábado en Tromsvik'])
  })
})

describe('a union named by its letters and number', () => {
  it('is an organisation when it speaks ("DC 37 is asking everyone …", "Local 1199 has called …")', () => {
    const {facts} = extractFacts(['# We rally Tuesday', '', 'DC 37 is asking everyone to come out today.', '', 'Local 1199 has called a strike for June 15.'].join('\n'), {path: 'local.md', now})
    expect(facts?.organisations.map((organisation) => organisation.name)).toEqual(['DC 37', 'Local 1199'])
  })
})

describe('a body set in bold after “a report from”', () => {
  it('is who put the report out, and the title in italics further on is its title', () => {
    const {facts} = extractFacts(['# Smoke over Tromsvik', '', 'A new report from **Harbourwatch North** counts the cost of the plants.', '', 'The report, *Smoke: A Health Crisis in Tromsvik*, puts the deaths at 300 a year.'].join('\n'), {path: 'report-from.md', now})
    expect(facts?.reports.map((report) => report.title)).toEqual(['Smoke: A Health Crisis in Tromsvik'])
  })
})

describe('a name with “one of its cameramen” after it', () => {
  it('is a person with that role in the singular, not a place after “belonging to”', () => {
    const {facts} = extractFacts(['# Reporter held in Tromsvik', '', 'Police also broke equipment belonging to Karl Brandt, one of its cameramen.', '', 'La policía golpeó a Ana Lenz, una de sus periodistas.'].join('\n'), {path: 'one-of.md', now})
    expect(facts?.people.map((person) => [person.name, person.titles[0]])).toEqual([['Karl Brandt', 'cameraman'], ['Ana Lenz', 'periodista']])
  })
})

describe('a name written with "Md." before it', () => {
  it('is the person, the sentence not ending at the shortened Muhammad', () => {
    const {facts} = extractFacts(['# Relief for disabled people', '', 'A press note issued by the General Secretary of Harbourwatch, Md. Karim Lenz, said that daily wage earners are hit hardest.'].join('\n'), {path: 'md.md', now})
    expect(facts?.sentences.length).toBe(2)
    expect(facts?.people.map((person) => [person.name, person.titles[0]])).toEqual([['Karim Lenz', 'General Secretary']])
  })
})

describe('three capitalised words that speak, a cause among them', () => {
  it('are an organisation ("Human Rights First has welcomed …"), and a person’s three names are not', () => {
    const {facts} = extractFacts(['# Company speaks out', '', 'Human Rights First has welcomed a statement issued today by the company.', '', 'In a statement, Harbour Rights Now says the law must go.', '', 'Ana Maria Lenz said she agreed.'].join('\n'), {path: 'three-words.md', now})
    expect(facts?.organisations.map((organisation) => organisation.name)).toEqual(['Human Rights First', 'Harbour Rights Now'])
  })
})

describe('a name set beside the kind of body it is, Spanish adjectives after the kind', () => {
  it('is an organisation ("La Marea Costera, el movimiento campesino mundial que …")', () => {
    const {facts} = extractFacts(['# Pescadores contra la pesca industrial', '', 'La Marea Costera, el movimiento pesquero mundial que reúne a 200 grupos, ha estado movilizada toda la semana.', '', 'Ana Lenz, una activista del movimiento estudiantil, dijo que no.'].join('\n'), {path: 'apposed.md', now})
    expect(facts?.organisations.map((organisation) => organisation.name)).toEqual(['La Marea Costera'])
  })
})

describe('calls to the reader that are no "Take action:" line', () => {
  it('are actions: "… is asking everyone concerned to …", a step after a colon under "What you can do", a bare "Donate Now"', () => {
    const {facts} = extractFacts(['# Verdict due in Tromsvik', '', 'Harbourwatch is asking everyone concerned to come to the court as observers, and is calling on others to keep watch.', '', '## What you can do', '', 'Fishers Day is a chance to show your solidarity: add your voice to the campaign for the new law.', '', 'Donate Now'].join('\n'), {path: 'calls.md', now})
    expect(facts?.actions.map((action) => action.text)).toEqual(['come to the court as observers', 'Fishers Day is a chance to show your solidarity: add your voice to the campaign for the new law', 'Donate Now'])
  })
})

describe('a body named for people in the plural and what joins them', () => {
  it('is an organisation ("Amigos de la Tierra ha hecho público …"), not its last word', () => {
    const {facts} = extractFacts(['# Informe sobre la pobreza energética', '', 'Coincidiendo con la Semana contra la pobreza, Amigos de la Tierra ha hecho público un informe.', '', 'Los médicos del hospital lo apoyan.'].join('\n'), {path: 'amigos.md', now})
    expect(facts?.organisations.map((organisation) => organisation.name)).toEqual(['Amigos de la Tierra'])
  })
})

describe('a name with "CEO of" a company after it', () => {
  it('is a person, the company their affiliation', () => {
    const {facts} = extractFacts(['# Harbour Furs goes fur-free', '', 'Karl Brandt, CEO of Harbour Furs, said the policy is in line with its values.'].join('\n'), {path: 'ceo.md', now})
    expect(facts?.people.map((person) => [person.name, person.titles[0], person.affiliation])).toEqual([['Karl Brandt', 'CEO', 'Harbour Furs']])
  })
})

describe('a federation that is no state', () => {
  it('is an organisation ("la Federación de Sindicatos de Tromsvik (FeST) ha convocado …"), the Federación de Rusia a country', () => {
    const {facts} = extractFacts(['# Concentración en Tromsvik', '', 'La Federación de Sindicatos de Tromsvik (FeST) ha convocado una concentración.', '', 'La Federación de Rusia no respondió.'].join('\n'), {path: 'federacion.md', now})
    expect(facts?.organisations.map((organisation) => organisation.name)).toEqual(['Federación de Sindicatos de Tromsvik'])
  })
})

describe('a dateline whose agency in brackets is followed by a colon', () => {
  it('dates the release ("Tromsvik, August 30, 2022 (HW-OT): Marking the day, …")', () => {
    const {facts} = extractFacts(['Harbourwatch urges action on disappearances', '', 'Tromsvik, August 30, 2022 (HW-OT): Marking the day, Harbourwatch has asked the government to act.'].join('\n'), {path: 'agency-colon.txt', now})
    expect(facts?.article.published).toBe('2022-08-30')
  })
})

describe('an alert’s "Recommended action" section', () => {
  it('makes "Please send appeals …:" and the items under it one action', () => {
    const text = ['Harbourwatch alert: reporter held in Tromsvik', '', 'Police in Tromsvik have held the reporter Ana Lenz since July.', '', 'RECOMMENDED ACTION', '', 'Please send appeals to the authorities:', '- asking them to confirm that they hold Ana Lenz', '- asking them to free her'].join('\n')
    const {facts} = extractFacts(text, {path: 'alert.txt', now})
    expect(facts?.actions.map((action) => action.text)).toEqual(['Please send appeals to the authorities: asking them to confirm that they hold Ana Lenz; asking them to free her'])
  })
})

describe('a role with a quoted name in it', () => {
  it('is still the apposition of the name before it ("Karl Brandt, a reporter for the daily “La Voz”, …")', () => {
    const {facts} = extractFacts(['# Reporter held', '', 'News that Karl Brandt, a reporter for the state-owned daily "Harbour Voice", has been detained is a cause of concern.'].join('\n'), {path: 'quoted-role.md', now})
    expect(facts?.people.map((person) => [person.name, person.titles[0]])).toEqual([['Karl Brandt', 'reporter for the state-owned daily "Harbour Voice"']])
  })
})

describe('a "Date:" line under the headline', () => {
  it('dates the release', () => {
    const {facts} = extractFacts(['Harbourwatch alert: reporter held', '', 'Date: 2002-12-11', '', 'Police in Tromsvik have held the reporter Ana Lenz since July.'].join('\n'), {path: 'date-line.txt', now})
    expect(facts?.article.published).toBe('2002-12-11')
  })
})

describe('a body’s letters after those who serve it', () => {
  it('are an organisation ("Expertos de la ONU señalaron …"), and a headline that opens with them names no country', () => {
    const {facts} = extractFacts(['# ONU: expertos reclaman a Ruritania consultas', '', 'STRELSAU (13 de mayo de 2024) – Expertos de la ONU señalaron hoy que Ruritania debe consultar a las comunidades.'].join('\n'), {path: 'letters.md', now})
    expect(facts?.organisations.map((organisation) => organisation.name)).toEqual(['ONU'])
    expect(facts?.article.country).toBeUndefined()
  })
})

describe('the tail of a longer name before a verb', () => {
  it('is no organisation of its own ("CCOO de la Región de Tromsvik vuelve …"), and a "Unión de …" is one whole', () => {
    const {facts} = extractFacts(['# Condena', '', 'La Unión de Actores y Actrices exige la libertad de los detenidos.', '', 'La Federación de la Región de Tromsvik vuelve hoy a lamentar la muerte.'].join('\n'), {path: 'tail.md', now})
    expect(facts?.organisations.map((organisation) => organisation.name)).toEqual(['Unión de Actores y Actrices', 'Federación de la Región de Tromsvik'])
  })
})

describe('a "Última modificación:" line closing the page', () => {
  it('dates the release when nothing at its head does', () => {
    const {facts} = extractFacts(['Red Costera se suma a la campaña', '', 'Las campañas han decidido sumar fuerzas para recordar a la ministra de Sanidad su deber.', '', 'Última modificación: 1 de febrero de 2017'].join('\n'), {path: 'last-modified.txt', now})
    expect(facts?.article.published).toBe('2017-02-01')
  })
})

describe('a statement signed at its foot', () => {
  const text = [
    'Declaración sobre la ley de costas de Ruritania',
    '',
    'La Red Costera de Ruritania (RCR) considera su deber expresar en público su aprecio por la votación con la que ayer la Cámara aprobó la ley de costas, una deuda pendiente del Estado con las comunidades pesqueras de todo el litoral.',
    '',
    ...['La ley protege las playas.', 'La ley protege los puertos.', 'La ley protege las lonjas.', 'La ley protege los humedales.', 'La ley protege las dunas.', 'La ley protege los acantilados.', 'La ley protege las rías.'].flatMap((line) => [line, '']),
    'Karl Brandt',
    'Secretario Ejecutivo',
    'Red Costera de Ruritania - RCR',
    '',
    'Strelsau, 30 de julio de 2009'
  ].join('\n')

  it('names its signer, their title and body, line by line', () => {
    const {facts} = extractFacts(text, {path: 'signed.txt', now})
    expect(facts?.people.map((person) => [person.name, person.titles[0], person.affiliation])).toEqual([['Karl Brandt', 'Secretario Ejecutivo', 'Red Costera de Ruritania']])
  })

  it('is dated by the place and day it closes on', () => {
    expect(extractFacts(text, {path: 'signed.txt', now}).facts?.article.published).toBe('2009-07-30')
  })

  it('is no list of speakers, each with a title before the name', () => {
    const speakers = ['# Rally against gun violence', '', 'Speakers:', '', '- House Speaker Ana Lenz', '- Senate Minority Leader Karl Brandt'].join('\n')
    expect(extractFacts(speakers, {path: 'speakers.md', now}).facts?.people.map((person) => person.name)).not.toContain('House Speaker Ana Lenz')
  })
})

describe('an event’s "Meeting point:" line', () => {
  it('places the event', () => {
    const {facts} = extractFacts(['# Join us in Strelsau', '', 'We are staging a demonstration on Friday.', '', '- **Meeting point:** Harbour Square, Strelsau W1', '- **Assembly time:** 9.30am on Friday 11 January'].join('\n'), {path: 'meeting.md', now})
    expect(spanTexts(facts, 'place')).toContain('Harbour Square, Strelsau W1')
  })
})

describe('a short name of a word and letters in brackets', () => {
  it('is the organisation’s alias, and its letters alone are no other body ("Sipren SC denuncia …")', () => {
    const {facts} = extractFacts(['# Agresión a un periodista', '', 'El Sindicato de Prensa de Tromsvik (Sipren ST) rechaza las agresiones.', '', 'Sipren ST denuncia que no había seguridad.'].join('\n'), {path: 'sipren.md', now})
    expect(facts?.organisations.map((organisation) => [organisation.name, organisation.aliases])).toEqual([['Sindicato de Prensa de Tromsvik', ['Sipren ST']]])
  })
})

describe('a body named after "the children’s charity"', () => {
  it('is an organisation though its name opens with a digit ("4Harbours")', () => {
    const {facts} = extractFacts(['# Harbour families report', '', 'The figures come as the children’s charity 4Harbours publishes the findings of its inquiry.', '', 'Responding, Karl Brandt CBE, Chief Executive of 4Harbours, said it.'].join('\n'), {path: 'digit.md', now})
    expect(facts?.people.map((person) => [person.name, person.affiliation])).toEqual([['Karl Brandt', '4Harbours']])
  })
})

describe('a weekday and day in an article that writes no year', () => {
  it('points to a year only as a guess: its certainty is unresolved', () => {
    const {facts} = extractFacts(['Represión en Tromsvik', '', 'Durante la madrugada del domingo 25 de octubre, la policía atacó a varios jóvenes en la plaza de Tromsvik.'].join('\n'), {path: 'no-year.txt', now})
    expect(facts?.events[0]?.date).toMatchObject({resolution: 'weekday-inference', certainty: 'unresolved'})
  })

  it('is likely when a year written in the article stands near the one it points to', () => {
    const {facts} = extractFacts(['Represión en Tromsvik', '', 'Durante la madrugada del domingo 25 de octubre, la policía atacó a varios jóvenes en la plaza de Tromsvik.', '', 'Es el tercer ataque desde marzo de 2020.'].join('\n'), {path: 'near-year.txt', now: new Date('2021-06-01T00:00:00Z')})
    expect(facts?.events[0]?.date).toMatchObject({resolution: 'weekday-inference', certainty: 'likely'})
  })
})

describe('a blog’s byline: its date, its author and its site ("Thursday, November 5, 2015 · Dean Preston · Tenants Together")', () => {
  const {facts} = extractFacts(['# Tromsvik passes a rent moratorium', '', '**Thursday, November 5, 2015** · Karl Brandt · Harbour Tenants', '', 'Around 200 renters turned out at the council last evening.'].join('\n'), {path: 'blog-byline.md', now})

  it('names the site, the last of its names, as the publisher', () => {
    expect(facts?.article.publisher).toBe('Harbour Tenants')
  })

  it('is a byline, not a sentence of the story', () => {
    expect(facts?.sentences.find((sentence) => sentence.text.includes('Karl Brandt'))?.block).toBe('byline')
  })

  it('names as publisher the body its author speaks for, when it gives only the date and the author ("Tuesday, February 04, 2020 · Peter McCartney")', () => {
    const authored = extractFacts(['# Opponents pledge to keep up the fight', '', '**Tuesday, February 04, 2020** · Karl Brandt', '', 'Karl Brandt, Climate Campaigner with the Harbour Tenants Union, said the fight goes on.'].join('\n'), {path: 'author.md', now}).facts
    expect(authored?.article.publisher).toBe('Harbour Tenants Union')
  })

  it('names no one in a label after the date ("21 March 2018 · Topics: Water, Inequality")', () => {
    const labelled = extractFacts(['# The water gap', '', '**21 March 2018** · Topics: Water, Inequality', '', 'Harbour Tenants names the towns with the least water.'].join('\n'), {path: 'topics.md', now}).facts
    expect(labelled?.article.publisher).toBeUndefined()
  })
})

describe('a contact line with a phone number', () => {
  it('is no dateline: the hyphens of "+51-959-284295" are no dash after a place', () => {
    expect(datelineOf('Karl Brandt, lawyer: +51-959-284295, karl@harbourwatch.org')).toBeUndefined()
    expect(datelineOf('Tromsvik, January 24, 2014 - Harbourwatch today brought an action in federal court.')).toBe('Tromsvik')
  })
})

describe('bodies named by what they are: a guard, an army, a navy, forces, a service, a party, a body at work worldwide', () => {
  it('are organisations ("the Ruritanian Coast Guard", "the Strelsau Army", "the Prison Service", "the Harbour Party")', () => {
    const {facts} = extractFacts(['# Rescue at sea', '', 'The rescue centre told the ship that the Ruritanian Coast Guard was taking charge of the rescue.', '', 'The Strelsau Army denied it. The Prison Service and the Harbour Party did not comment, nor did Harbour Concern Worldwide.'].join('\n'), {path: 'bodies.md', now})
    expect(facts?.organisations.map((organisation) => organisation.name)).toEqual(expect.arrayContaining(['Ruritanian Coast Guard', 'Strelsau Army', 'Prison Service', 'Harbour Party', 'Harbour Concern Worldwide']))
  })
})

describe('a name inside a sentence with what kind of body it is beside it', () => {
  it('is an organisation ("belong to the Friends of Strelsau, the group in charge of …"), not a place', () => {
    const {facts} = extractFacts(['# Six arrested', '', 'All of those arrested belong to the Friends of Strelsau, the group in charge of the community’s affairs.'].join('\n'), {path: 'apposed-inside.md', now})
    expect(facts?.organisations.map((organisation) => organisation.name)).toContain('Friends of Strelsau')
    expect(facts?.sentences.flatMap((sentence) => sentence.spans ?? []).find((span) => span.text === 'Friends of Strelsau')?.type).toBe('organisation')
  })
})

describe('a line that dates the release with the hour it was posted', () => {
  it('dates it ("Published 15 December 2016, 02:00 PM", "Posted on March 3, 2020 10:15 am", "30 November 2018, 17:23 UTC")', () => {
    for (const [line, day] of [['Published 15 December 2016, 02:00 PM', '2016-12-15'], ['Posted on March 3, 2020 10:15 am', '2020-03-03'], ['Publicado el 3 de mayo de 2020 a las 10:15', '2020-05-03'], ['30 November 2018, 17:23 UTC', '2018-11-30']] as const) {
      const {facts} = extractFacts(['Harbourwatch answers the care plans', '', line, '', 'Harbourwatch has put out a statement on the care plans of the government.'].join('\n'), {path: 'posted-at.txt', now})
      expect(facts?.article.published).toBe(day)
    }
  })
})

describe('a bulletin’s title', () => {
  it('is read after "que lleva por título", in single quotes too', () => {
    const {facts} = extractFacts(['# La Red Costera prevé atender a 1,5 millones de personas, según su boletín', '', "Así lo calculó Ana Lenz, coordinadora general de la Red Costera, al presentar el Boletín nº3 sobre Vulnerabilidad Social, que lleva por título 'Temiendo por el futuro: La crisis en la vida de las personas más vulnerables'."].join('\n'), {path: 'bulletin.md', now})
    expect(facts?.reports.map((report) => report.title)).toEqual(['Temiendo por el futuro: La crisis en la vida de las personas más vulnerables'])
  })
})

describe('a place in the country around a town', () => {
  it('is the town ("en una zona rural de Strelsau", "in a rural area of Strelsau")', () => {
    for (const line of ['Fue asesinado el 14 de marzo de 2022 en una zona rural de Strelsau.', 'He was killed on 14 March 2022 in a rural area of Strelsau.']) {
      const {facts} = extractFacts(['# Killing in Ruritania', '', line].join('\n'), {path: 'rural.md', now})
      expect(facts?.sentences[1]?.spans?.filter((span) => span.type === 'place').map((span) => span.text)).toEqual(['Strelsau'])
    }
  })
})

describe('countries joined by a hyphen', () => {
  it('are each a place ("along the Thailand-Malaysia border")', () => {
    const {facts} = extractFacts(['# Graves found', '', 'Mass graves were found along the Thailand-Malaysia border last week.'].join('\n'), {path: 'border.md', now})
    expect(facts?.sentences[1]?.spans?.filter((span) => span.type === 'place').map((span) => span.text)).toEqual(['Thailand', 'Malaysia'])
  })
})

describe('a name read as a person’s by what is said of it', () => {
  it('is given an age, maybe with what they do ("Karl Brandt, a 29-year-old paramedic", "Eva Ruiz, de 45 años")', () => {
    const {facts} = extractFacts(['# Two killed', '', 'Two Harbourwatch employees were killed: Karl Brandt, a 29-year-old paramedic, and Olga Berg, a 34-year-old ambulance driver.', '', 'Eva Ruiz, de 45 años, resultó herida.'].join('\n'), {path: 'aged.md', now})
    expect(facts?.people.map((person) => [person.name, person.titles[0]])).toEqual(expect.arrayContaining([['Karl Brandt', 'paramedic'], ['Olga Berg', 'ambulance driver'], ['Eva Ruiz', undefined]]))
  })

  it('is said to be arrested, assaulted or detained ("Reports say that Karl Brandt was fatally assaulted", "Eva Ruiz fue detenida")', () => {
    const {facts} = extractFacts(['# Death in detention', '', 'Reports say that Karl Brandt was fatally assaulted at Tromsvik centre on 1 December.', '', 'Eva Ruiz fue detenida ayer. Harbour Rights Institute was attacked.'].join('\n'), {path: 'harmed.md', now})
    expect(facts?.people.map((person) => person.name)).toEqual(['Karl Brandt', 'Eva Ruiz'])
  })
})

describe('a body named with "in" inside ("the Writers in Prison Committee")', () => {
  it('is one organisation after "the"; a sentence that opens "Protests in …" names none with it', () => {
    const {facts} = extractFacts(['# Free Ana Lenz', '', 'With this letter, Harbour PEN and the Strelsau Writers in Prison Committee call on the authorities to free Ana Lenz.', '', 'Protests in Tromsvik Police Station continued.'].join('\n'), {path: 'in-name.md', now})
    const names = facts?.organisations.map((organisation) => organisation.name)
    expect(names).toContain('Strelsau Writers in Prison Committee')
    expect(names?.some((name) => name.startsWith('Protests'))).toBe(false)
  })
})

describe('a part of a law by its number ("Art. 177")', () => {
  it('does not end the sentence', () => {
    const {facts} = extractFacts(['# Writer detained', '', 'Following her arrest in October, Ana Lenz was charged under Art. 177 of the Penal Code. She is held in Strelsau.'].join('\n'), {path: 'article-number.md', now})
    expect(facts?.sentences.map((sentence) => sentence.text)).toContain('Following her arrest in October, Ana Lenz was charged under Art. 177 of the Penal Code.')
  })
})

describe('a dateline whose place is in brackets before the date ("(GLAND, Switzerland) 9 April 2024 –")', () => {
  it('is read as one', () => {
    expect(datelineOf('(TROMSVIK, Ruritania) 9 April 2024 – The court today sided with a group of older women.')).toBe('TROMSVIK')
    expect(datelineOf('(Reuters) Some text - 2024 – more')).toBeUndefined()
  })
})

describe('a report’s title set between commas after whose report it is', () => {
  it('is read with what the report shows ("Harbourwatch’s recent report, Counting the Tide 2023: A year of floods, shows that …")', () => {
    const {facts} = extractFacts(['# Floods hit the poor hardest', '', 'Harbourwatch’s recent report, Counting the Tide 2023: A year of floods, shows that the cost of floods differs widely, producing a postcode lottery.'].join('\n'), {path: 'possessive-report.md', now})
    expect(facts?.reports[0]?.title).toBe('Counting the Tide 2023: A year of floods')
    expect(facts?.reports[0]?.findings[0]?.text).toMatch(/^The cost of floods differs widely/)
  })

  it('is an inquiry’s too ("its inquiry, Strelsau’s Families: Thriving or Surviving?, which examined …")', () => {
    const {facts} = extractFacts(['# Families struggle', '', 'The figures come as Harbourwatch publishes the findings of its inquiry, Strelsau’s Families: Thriving or Surviving?, which examined the lives of families in 2016.'].join('\n'), {path: 'inquiry.md', now})
    expect(facts?.reports[0]?.title).toBe('Strelsau’s Families: Thriving or Surviving?')
  })
})

describe('a name after what the person is, in lower case', () => {
  it('is a person’s when that is a noun for a person ("condenó al ex dictador Karl Brandt Berg"), not after any word ("the annual Strelsau Havel Prize")', () => {
    const {facts} = extractFacts(['# Condena en Tromsvik', '', 'Un tribunal internacional condenó al ex dictador Karl Brandt Berg.', '', 'The annual Strelsau Havel Prize went to the swiss National Harbour Mechanism.'].join('\n'), {path: 'described.md', now})
    expect(facts?.people.map((person) => person.name)).toEqual(['Karl Brandt Berg'])
  })
})

describe('a union’s officers and its name', () => {
  const {facts} = extractFacts(['# Harbourwatch grieves for the miners', '', 'The Fishing, Harbour and Transport Union (FHTU) says it is grieving for the 29 men.', '', 'FHTU national secretary Karl Brandt said any hope of a rescue was gone.'].join('\n'), {path: 'union.md', now})

  it('names whoever a title like "national secretary" stands before', () => {
    expect(facts?.people.map((person) => [person.name, person.titles[0]])).toEqual([['Karl Brandt', 'national secretary']])
  })

  it('is the whole name its acronym is made of, commas and all ("The Fishing, Harbour and Transport Union (FHTU)")', () => {
    expect(facts?.organisations.map((organisation) => organisation.name)).toContain('Fishing, Harbour and Transport Union')
  })
})

describe('the line a statement closes with', () => {
  it('names the body that signs it, though its capitals read as a headline’s ("Steering Committee of the Harbour Civil Society Forum")', () => {
    const {facts} = extractFacts(['# Friends, not agents', '', 'We call on governments to press Ruritania not to adopt this bill.', '', 'Steering Committee of the Harbour Civil Society Forum'].join('\n'), {path: 'signed.md', now})
    expect(facts?.organisations.map((organisation) => organisation.name)).toContain('Harbour Civil Society Forum')
  })

  it('is no picture’s credit ("Photo credit: © Harbour Rights Network")', () => {
    const {facts} = extractFacts(['# Friends, not agents', '', 'We call on governments to press Ruritania not to adopt this bill.', '', 'Photo Credit: © Harbour Rights Network Tromsvik'].join('\n'), {path: 'credit.md', now})
    expect(facts?.organisations).toEqual([])
  })
})

describe('a dateline whose date is in brackets after a place and its state ("HARTFORD, CT (November 7, 2007) –")', () => {
  it('is read as one and dates the release', () => {
    const text = ['# Lawyers demand freedom', '', 'TROMSVIK, RU (November 7, 2007) – Harbourwatch has demanded that the authorities free every lawyer.'].join('\n')
    expect(datelineOf('TROMSVIK, RU (November 7, 2007) – Harbourwatch has demanded that the authorities free every lawyer.')).toBe('TROMSVIK')
    expect(extractFacts(text, {path: 'hartford.md', now}).facts?.article.published).toBe('2007-11-07')
  })
})

describe('a byline’s date', () => {
  it('dates the release with when it was updated after it ("Harbourwatch news item, 10 August 2015 (updated 20 January 2016)")', () => {
    const {facts} = extractFacts(['# Karl Brandt is free', '', 'Harbourwatch news item, 10 August 2015 (updated 20 January 2016)', '', 'Harbourwatch says it is relieved that Karl Brandt has been let out.'].join('\n'), {path: 'updated.md', now})
    expect(facts?.article.published).toBe('2015-08-10')
  })

  it('dates the release when a hyphen between spaces follows it ("25 April 2019 - Harbourwatch, International Secretariat.")', () => {
    const {facts} = extractFacts(['# Ruritania urged to end abuse', '', '25 April 2019 - Harbourwatch, International Secretariat. Region: Ruritania.', '', 'Harbourwatch launched a new report today.'].join('\n'), {path: 'hyphen.md', now})
    expect(facts?.article.published).toBe('2019-04-25')
  })
})

describe('a report’s title between commas, then what the report does', () => {
  it('ends at the comma before a verb like "exposes" ("The report, ‘Their home is my prison’: …, exposes …")', () => {
    const {facts} = extractFacts(['# Ruritania urged to end abuse', '', 'The report, ‘Their home is my prison’: Exploitation of domestic workers in Ruritania, exposes the abuses that many of the country’s 250,000 domestic workers suffer.'].join('\n'), {path: 'exposes.md', now})
    expect(facts?.reports[0]?.title).toBe('‘Their home is my prison’: Exploitation of domestic workers in Ruritania')
  })
})

describe('a place set after what kind of place it is and a comma', () => {
  it('is a place ("police officers in the capital, Strelsau")', () => {
    const {facts} = extractFacts(['# Police beat reporter', '', 'Harbourwatch has denounced the assault suffered last week by Karl Brandt at the hands of police officers in the capital, Strelsau.'].join('\n'), {path: 'capital.md', now})
    expect(facts?.sentences[1]?.spans?.filter((span) => span.type === 'place').map((span) => span.text)).toEqual(['Strelsau'])
  })
})

describe('a capitalised word before a word for people', () => {
  it('qualifies them and places no one ("violence directed at Black people"), while a place still does ("people in Tromsvik")', () => {
    const {facts} = extractFacts(['# Protest', '', 'Thousands of people in Tromsvik marched against police violence directed at Black people.'].join('\n'), {path: 'qualifies-people.md', now})
    expect(spanTexts(facts, 'place')).toEqual(['Tromsvik'])
  })
})

describe('an organisation whose name has a plural’s apostrophe', () => {
  it('is one organisation, not places ("a delegation from Harbour and Dock Workers\' International")', () => {
    const {facts} = extractFacts(['# Tromsvik', '', 'This week, a trade union delegation from Harbour and Dock Workers\' International has been looking into worksites in Tromsvik.'].join('\n'), {path: 'apostrophe-organisation.md', now})
    expect(facts?.organisations.map(({name}) => name)).toEqual(["Harbour and Dock Workers' International"])
    expect(spanTexts(facts, 'place')).toEqual(['Tromsvik'])
  })
})

describe('a name written as of a body', () => {
  it('is a person of it ("Ana Lenz of the Coastal Rights Network pointed out"), and a title or a thing of a body is no one ("Country Director of …", "the unpublished Annual Review of …")', () => {
    const {facts} = extractFacts(
      [
        '# Harbourwatch meets the ministry',
        '',
        'Ana Lenz of the Coastal Rights Network pointed out that the mine had been closed.',
        '',
        'Karl Brandt, Country Director of the Coastal Rights Network, met the minister; the unpublished Annual Review of the Coastal Rights Network was not discussed.'
      ].join('\n'),
      {path: 'name-of-body.md', now}
    )
    expect(facts?.people.map(({name}) => name).sort()).toEqual(['Ana Lenz', 'Karl Brandt'])
  })

  it('is a person when a panel names its moderators ("its two co-moderators, A of X and B of Y")', () => {
    const {facts} = extractFacts(['# Panel on spyware', '', 'The discussion was opened by its two co-moderators, Eva Ruiz of Access Now and Karl Brandt of Harbourwatch.'].join('\n'), {path: 'moderators.md', now})
    expect(facts?.people.map(({name}) => name).sort()).toEqual(['Eva Ruiz', 'Karl Brandt'])
  })
})

describe('a shopping centre by its name', () => {
  it('is a place ("los centros comerciales Tolón y Millenium")', () => {
    const {facts} = extractFacts(['# Maratón de cartas', '', 'También puedes pasar por nuestros stands de los centros comerciales Strelsau y Tromsvik.'].join('\n'), {path: 'shopping-centres.md', now})
    expect(spanTexts(facts, 'place')).toEqual(['Strelsau', 'Tromsvik'])
  })
})

describe('a name followed by a clause of who they are', () => {
  it('is a person after "que" too ("denunciaron que Ana Lenz, quien preside el tribunal, …")', () => {
    const {facts} = extractFacts(['# Recusación en Strelsau', '', 'Los abogados denunciaron también que Ana Lenz, quien preside el tribunal, interrogó a una de las acusadas.'].join('\n'), {path: 'name-who-after-que.md', now})
    expect(facts?.people.map(({name}) => name)).toEqual(['Ana Lenz'])
  })
})

describe('an acronym in another language', () => {
  it('names the body whose name says it is one ("Confederation of Public Employees\' Unions (KESK)"), not two joined ("BWI and the … Union (RBWU)")', () => {
    const {facts} = extractFacts(['# Raids in Tromsvik', '', "The police raided the Confederation of Public Employees' Unions (KESK) on Monday.", '', 'Harbourwatch and the Tromsvik Dock Workers Union (TDWU) protested.'].join('\n'), {path: 'foreign-acronym.md', now})
    const kesk = facts?.organisations.find(({aliases}) => aliases.includes('KESK'))
    expect(kesk?.name).toBe("Confederation of Public Employees' Unions")
    expect(facts?.organisations.some(({name}) => name.startsWith('Harbourwatch and'))).toBe(false)
  })
})

describe('a season of a year, and hundreds in Spanish words', () => {
  it('are a date ("in spring 2014", "en la primavera de 2015") and a figure ("más de doscientos delegados")', () => {
    const {facts} = extractFacts(['# Informe final', '', 'The final report is to be presented to the Harbour Council in spring 2014.', '', 'A la reunión asisten más de doscientos delegados de Ruritania.'].join('\n'), {path: 'season-hundreds.md', now})
    expect(spanTexts(facts, 'date')).toContain('spring 2014')
    expect(spanTexts(facts, 'number')).toContain('doscientos')
  })
})

describe('a long role after a body\'s name, and a speaker set between commas', () => {
  it('reads "X, the Coastal Rights Network\'s Research and Advocacy Director for …" as a person, and "…, she said, …" two sentences on as hers', () => {
    const {facts} = extractFacts(['# Tromsvik: trials condemned', '', "The response came from Ana Lenz, the Coastal Rights Network's Research and Advocacy Director for the Middle East and North Africa.", '', 'In Lenz’s words, the trials were unfair. None of the men saw a lawyer.', '', 'By sentencing the men in spite of such failings, she said, the authorities had shown their "brazen disregard for the right to life".'].join('\n'), {path: 'interposed.md', now})
    expect(facts?.people.map(({name}) => name)).toEqual(['Ana Lenz'])
    expect(spanTexts(facts, 'place')).not.toContain('Ana Lenz')
    expect(facts?.quotes[0]?.speaker).toBe('Ana Lenz')
  })
})

describe('signatures a delegation "hizo llegar" to someone', () => {
  it('are a petition delivered to the one named before them, on the day "este miércoles" names', () => {
    const {facts} = extractFacts(['# Harbourwatch lleva a Brandt 237.000 firmas', 'Harbourwatch – 8 de marzo de 2017', '', 'Una delegación de Harbourwatch hizo llegar este miércoles al ministro del Interior, Karl Brandt, alrededor de 237.000 firmas para que Ruritania acoja a más refugiados.'].join('\n'), {path: 'hizo-llegar.md', now})
    expect(facts?.petitions[0]).toMatchObject({signatures: 237000, deliveredToId: 'karl-brandt', deliveredWhen: 'este miércoles'})
  })
})

describe('a quotation opened after "X said:" inside a sentence and left open', () => {
  it('runs on through the paragraph and the paragraphs that open with a quotation mark, all the speaker\'s', () => {
    const {facts} = extractFacts(['# Aid flown to Ruritania', '', 'Ana Lenz, Harbourwatch’s country director, said: "This aid is crucial in the fight to stop the disease. Lives are in danger every day.', '', '"Ruritania is the poorest country in the region, and war has all but wrecked its health service.'].join('\n'), {path: 'open-after-lead.md', now})
    expect(facts?.quotes.map(({speaker, text}) => [speaker, text.slice(0, 24)])).toEqual([['Ana Lenz', 'This aid is crucial in t'], ['Ana Lenz', 'Ruritania is the poorest']])
    const opening = facts?.sentences[1]?.spans?.find(({type}) => type === 'quote')
    expect(opening?.text.startsWith('This aid')).toBe(true)
  })
})

describe('a known body set in bold with its letters', () => {
  it('is that body ("**Coastal Rights Network (CRN)**"), not the title of a work', () => {
    const {facts} = extractFacts(['# Ruritania: defender held', '', 'He has long been a member of the **Coastal Rights Network (CRN)**, which seeks better conditions.'].join('\n'), {path: 'bold-body.md', now})
    expect(spanTexts(facts, 'organisation')).toEqual(['Coastal Rights Network', 'CRN'])
    expect(spanTexts(facts, 'title')).toEqual([])
  })
})

describe('a member of parliament said to speak', () => {
  it('is a person with the office\'s letters as title ("Karl Brandt MP, who hosted the event, said …"), the seat after "MP for" a place', () => {
    const {facts} = extractFacts(['# Ruritania: slavery helpline report', '', 'Karl Brandt MP, who hosted the event, said modern slavery became a real issue for him after he became MP for Tromsvik North, as survivors came to him.'].join('\n'), {path: 'mp.md', now})
    expect(facts?.people.map(({name, titles}) => [name, titles])).toEqual([['Karl Brandt', ['MP']]])
    expect(facts?.organisations).toEqual([])
    expect(spanTexts(facts, 'place')).toContain('Tromsvik North')
  })
})

describe('places listed after the kind they are', () => {
  it('are places ("to four cities: Strelsau, Tromsvik and Zenda")', () => {
    const {facts} = extractFacts(['# Working Group to visit Ruritania', '', 'The visit will take its members to four cities: Strelsau, Tromsvik and Zenda.'].join('\n'), {path: 'cities-colon.md', now})
    expect(spanTexts(facts, 'place')).toEqual(['Ruritania', 'Strelsau', 'Tromsvik', 'Zenda'])
  })
})

describe('a pronoun after an opening word', () => {
  it('speaks the quote ("However, she argued that the measures are "totally dwarfed by the crisis"")', () => {
    const {facts} = extractFacts(['# Harbourwatch on the care plans', '', "Harbourwatch's director, Ana Lenz, pointed to fresh data.", '', 'However, she argued that the measures announced today are "totally dwarfed by the scale of the care crisis" and will change little.'].join('\n'), {path: 'however-she.md', now})
    expect(facts?.quotes[0]?.speaker).toBe('Ana Lenz')
  })
})

describe('names listed, then what was done to them', () => {
  it('are people ("three men, A, B and C, were put to death", "A, B y C fueron detenidos")', () => {
    const {facts} = extractFacts(['# Ruritania: executions', '', 'Harbourwatch has responded to news that three men, Zaniar Moradi, Loghman Moradi and Ramin Hossein Panahi, were put to death this morning.', '', 'Ana Lenz, Karl Brandt y Eva Ruiz fueron detenidos ayer.'].join('\n'), {path: 'names-harmed.md', now})
    expect(facts?.people.map(({name}) => name)).toEqual(['Zaniar Moradi', 'Loghman Moradi', 'Ramin Hossein Panahi', 'Ana Lenz', 'Karl Brandt', 'Eva Ruiz'])
  })
})

describe('a sentence that opens with the verb of speech', () => {
  it('quotes the one the sentence before is about ("Afirmó que quienes defienden … «…»")', () => {
    const {facts} = extractFacts(['# Ruritania: asesinado un defensor', '', 'El representante de Harbourwatch, Karl Brandt, reprobó el homicidio. Afirmó que quienes defienden el medio ambiente "están defendiendo a toda la humanidad" y pidió justicia.'].join('\n'), {path: 'afirmo-que.md', now})
    expect(facts?.quotes[0]?.speaker).toBe('Karl Brandt')
  })
})

describe('a title with its letters in brackets', () => {
  it('still serves the body after them ("Ana Lenz, Chief Executive (CEO) of Harbourwatch, said …")', () => {
    const {facts} = extractFacts(['# Harbourwatch reacts to boat sinking', '', 'Ana Lenz, Chief Executive (CEO) of Harbourwatch, said the organisation was "deeply saddened" by the loss of life.'].join('\n'), {path: 'title-letters.md', now})
    expect(facts?.people.map(({name, titles, affiliation}) => [name, titles, affiliation])).toEqual([['Ana Lenz', ['Chief Executive'], 'Harbourwatch']])
  })
})

describe('a name set off after those it is one of', () => {
  it('is a person ("One of the people taken hostage, Eva Ruiz, was found dead", "Uno de los detenidos, Karl Brandt, …")', () => {
    const {facts} = extractFacts(['# Ruritania: leader killed', '', 'One of the people taken hostage, Eva Ruiz, was found dead the next day.', '', 'Uno de los detenidos, Karl Brandt, fue liberado el lunes.'].join('\n'), {path: 'one-of-people.md', now})
    expect(facts?.people.map(({name}) => name)).toEqual(['Eva Ruiz', 'Karl Brandt'])
  })
})

describe('a confederation', () => {
  it('is a body, and letters glossed by its name are its letters ("heads KTR, the Confederation of Labour of Ruritania")', () => {
    const {facts} = extractFacts(['# Ruritania: union prize', '', 'The prize was accepted by Karl Brandt, who heads KTR, the Confederation of Labour of Ruritania.', '', 'KTR is also where Eva Ruiz works.'].join('\n'), {path: 'confederation.md', now})
    expect(facts?.organisations.map(({name, aliases}) => [name, aliases])).toEqual([['Confederation of Labour of Ruritania', ['KTR']]])
  })
})

describe('a year written alone', () => {
  it('is a date, not a count ("2023 was the hottest year", "the 2006 dumping")', () => {
    const {facts} = extractFacts(['# Ruritania: a hot year', '', '2023 was the hottest year ever recorded in Strelsau.', '', 'Harbourwatch still counts the cost of the 2006 dumping of waste in Zenda.'].join('\n'), {path: 'bare-year.md', now})
    expect(spanTexts(facts, 'date')).toEqual(['2023', '2006'])
    expect(spanTexts(facts, 'number')).toEqual([])
  })
})

describe('the Spanish "a" of whom a deed is done to', () => {
  it('marks no place ("no le explicaron a Ana Lenz", "amenazaron a Eva Ruiz"), while "viajó a Strelsau" still does', () => {
    const {facts} = extractFacts(['# Ruritania: detenciones arbitrarias', '', 'Los policías no le explicaron a Ana Lenz el motivo de su detención.', '', 'Tres guardias amenazaron a Eva Ruiz en su casa.', '', 'Después, la delegación viajó a Strelsau.'].join('\n'), {path: 'personal-a.md', now})
    expect(spanTexts(facts, 'place')).toEqual(['Strelsau'])
  })
})

describe('a building or a square one stands at', () => {
  it('is a place, whatever body it houses ("frente al Senado", "de la plaza Zenda Mayor", "in front of Parliament")', () => {
    const {facts} = extractFacts(['# Ruritania: marcha en Strelsau', '', 'Los manifestantes fueron agredidos frente al Senado.', '', 'La marcha partirá a las 19 h de la plaza Zenda Mayor.', '', 'Activists gathered in front of Parliament.'].join('\n'), {path: 'facing.md', now})
    expect(spanTexts(facts, 'place')).toEqual(expect.arrayContaining(['Senado', 'Zenda Mayor', 'Parliament']))
  })
})

describe('a name acquitted', () => {
  it('is a person ("Karl Brandt quedó absuelto", "Eva Ruiz was acquitted")', () => {
    const {facts} = extractFacts(['# Ruritania: sentencia', '', 'En el mismo proceso, el antiguo jefe de inteligencia Karl Brandt quedó absuelto de los cargos.', '', 'Eva Ruiz was acquitted on appeal.'].join('\n'), {path: 'acquitted.md', now})
    expect(facts?.people.map(({name}) => name)).toEqual(['Karl Brandt', 'Eva Ruiz'])
  })
})

describe('a speaker whose "that" goes unsaid', () => {
  const article = (line: string) =>
    ['Harbourwatch calls for the release of the detained fishermen', '', 'The fishermen were arrested on 3 May in the port of Tromsvik, where they had been protesting against the new quotas for the coastal communities.', '', line].join('\n')

  it('reads "Ana Lenz said she …" as Ana Lenz speaking', () => {
    const {facts} = extractFacts(article('Ana Lenz said she was pleased that the government is listening to the people of the coast.'), {path: 'said-she.txt', now})
    expect(facts?.people.map((person) => person.name)).toEqual(['Ana Lenz'])
  })

  it('reads "Chief Ana Lenz of Tromsvik First Nation said she …" as the chief speaking, not the nation', () => {
    const {facts} = extractFacts(article('Chief Ana Lenz of Tromsvik First Nation said she was pleased that the government is listening to the people of the coast.'), {path: 'chief-said.txt', now})
    expect(facts?.people.map((person) => [person.name, person.titles])).toEqual([['Ana Lenz', ['Chief']]])
  })
})
