/**
 * Articles written to differ from the first fixtures in structure and phrasing, before the
 * extractors were tuned for them (first-run figures in the README, "Accuracy"). Each assertion is
 * what a careful reader lists as the article's facts; what a reader would not say must be absent.
 */
import {describe, expect, it} from 'vitest'
import {datelineOf, extractFacts} from '../src/index.js'
import {byKind, fixtureFacts, fixtureInput, now} from './helpers.js'

describe('urgent action: Markdown headings, a link list, no frontmatter', () => {
  const facts = fixtureFacts('urgent-action-detained-defender')

  it('names the detained defender by the role written before the name', () => {
    expect(facts.people.find((person) => person.name === 'Omar Saleh')?.titles).toEqual(['human rights defender'])
  })

  it('reads an office, an honorific between it and the name, and the country from the headline', () => {
    expect(facts.offices).toEqual([expect.objectContaining({title: 'Public Prosecutor', holder: 'Hamdi Mansour', jurisdiction: 'Egypt'})])
    expect(facts.people.some((person) => person.name.includes('Counsellor'))).toBe(false)
  })

  it('finds the prosecution service as an organisation', () => {
    expect(facts.organisations.map((organisation) => organisation.name)).toEqual(['Supreme State Security Prosecution', 'Amnesty International'])
  })

  it('turns the section’s steps and link-only list items into actions, and the petition link into the petition', () => {
    expect(facts.actions.map(({text, url}) => ({text, url}))).toEqual([
      {text: 'Write to the Public Prosecutor, Counsellor Hamdi Mansour, urging him to release Omar Saleh immediately and unconditionally and to drop all charges against him', url: undefined},
      {text: 'Write a letter', url: 'https://www.example.org/ua/omar-saleh/letter'},
      {text: 'Sign the petition', url: 'https://www.example.org/ua/omar-saleh/petition'}
    ])
    expect(facts.petitions).toEqual([expect.objectContaining({url: 'https://www.example.org/ua/omar-saleh/petition'})])
    expect(facts.petitions[0]?.signatures).toBeUndefined()
  })

  it('keeps the arrest and the renewal as dated events, and scare quotes are no quotes', () => {
    expect(facts.events.map((event) => event.date?.iso)).toEqual(['2023-09-14', '2024-04-02', undefined, '2024-05-30'])
    expect(facts.events[0]).toMatchObject({place: 'Alexandria', participants: ['Omar Saleh']})
    expect(facts.quotes).toEqual([expect.objectContaining({speaker: 'Rania Adel', speakerTitle: 'Deputy Regional Director for the Middle East and North Africa'})])
  })

  it('says it cannot date "since January" without a publication date', () => {
    const {path, text} = fixtureInput('urgent-action-detained-defender')
    const {messages} = extractFacts(text, {path, now})
    expect(messages.map((message) => message.ruleId)).toEqual(['date-unresolved'])
  })
})

describe('report launch in the Human Rights Watch style: dateline, title in quotes after "the 72-page report"', () => {
  const facts = fixtureFacts('hrw-report-dateline')

  it('dates the article from its dateline', () => {
    expect(facts.article).toMatchObject({published: '2024-10-17', publishedResolution: 'inferred', title: 'Bangladesh: Garment Workers Face Reprisals for Seeking Fair Wages'})
  })

  it('reads the title inside the quotation marks, what the report documents, research and a finding', () => {
    expect(facts.reports).toHaveLength(1)
    expect(facts.reports[0]).toMatchObject({
      title: '‘We Are Not Machines’: Repression of Garment Workers’ Unions in Bangladesh',
      mainTitle: '‘We Are Not Machines’',
      subtitle: 'Repression of Garment Workers’ Unions in Bangladesh',
      publisher: 'Human Rights Watch',
      analyses: 'beatings, arbitrary arrests, and blacklisting of workers who took part in wage protests in late 2023'
    })
    expect(facts.reports[0]?.research).toEqual([expect.objectContaining({places: ['Dhaka', 'Gazipur', 'Chattogram'], period: expect.objectContaining({range: {start: '2024-01-01', end: '2024-06-30'}})})])
    expect(facts.reports[0]?.findings.map((finding) => finding.text)).toEqual(['At least four workers were killed when police fired on protesters in Gazipur in November 2023.'])
  })

  it('has the launch, today, in the dateline city', () => {
    expect(byKind(facts, 'report-launch')).toEqual([expect.objectContaining({place: 'Dhaka', status: 'past', organiser: 'Human Rights Watch', date: expect.objectContaining({iso: '2024-10-17'})})])
  })

  it('reads no organisation from the Title Case deck, and the report title is not a quote', () => {
    expect(facts.organisations.map((organisation) => organisation.name)).toEqual(['Human Rights Watch', 'Bangladesh Garment Workers Solidarity Federation'])
    expect(facts.quotes.some((quote) => quote.text.includes('We Are Not Machines'))).toBe(false)
  })

  it('gives a union president no state office; the minister gets the headline country', () => {
    expect(facts.offices).toEqual([expect.objectContaining({title: 'Labour Minister', holder: 'Farid Hossain', jurisdiction: 'Bangladesh'})])
    expect(facts.people.find((person) => person.name === 'Shirin Akter')).toMatchObject({titles: ['president'], affiliation: 'Bangladesh Garment Workers Solidarity Federation'})
  })

  it('attributes every quote, a partial quote in reported speech included', () => {
    expect(facts.quotes.map((quote) => quote.speaker)).toEqual(['Meera Kapoor', 'Meera Kapoor', 'Farid Hossain', 'Shirin Akter'])
  })
})

describe('delegation whose leader has the title after the name', () => {
  const facts = fixtureFacts('delegation-leader-title-after')

  it('reads the organisation with its acronym, and one spelled out before its acronym', () => {
    expect(facts.organisations.map(({name, aliases}) => ({name, aliases}))).toEqual([
      {name: 'International Federation for Human Rights', aliases: ['FIDH']},
      {name: 'Centre for Justice and International Law', aliases: ['CEJIL']}
    ])
  })

  it('has the delegation: leader, members with roles, destination, purpose, status', () => {
    expect(facts.delegations).toHaveLength(1)
    const delegation = facts.delegations[0]
    expect(delegation).toMatchObject({
      organisation: 'International Federation for Human Rights',
      leader: 'Sofía Lindqvist',
      destination: 'Tegucigalpa',
      purpose: 'assess the situation of land and environmental defenders in Honduras',
      status: 'arrived'
    })
    expect(delegation?.members.map(({name, role, affiliation}) => ({name, role, affiliation}))).toEqual([
      {name: 'Sofía Lindqvist', role: 'FIDH President', affiliation: 'International Federation for Human Rights'},
      {name: 'Marco Reyes', role: 'FIDH vice-president', affiliation: 'International Federation for Human Rights'},
      {name: 'Ana Beltrán', role: 'lawyer', affiliation: 'Centre for Justice and International Law'}
    ])
  })

  it('reads the itinerary after an opening phrase, split at "and will then"', () => {
    expect(facts.delegations[0]?.itinerary.slice(0, 2).map(({place, with: whom}) => ({place, with: whom}))).toEqual([
      {place: 'Bajo Aguán region', with: 'campesino communities and relatives of murdered defenders'},
      {place: 'Tegucigalpa', with: 'the Attorney General, the Minister of Security and members of Congress'}
    ])
  })

  it('dates the arrival and places the press conference after its date', () => {
    expect(byKind(facts, 'arrival')[0]).toMatchObject({place: 'Tegucigalpa', date: {iso: '2024-03-04'}, status: 'past'})
    expect(byKind(facts, 'press-conference')[0]).toMatchObject({place: 'Tegucigalpa', date: {iso: '2024-03-08'}, status: 'planned', organiser: 'International Federation for Human Rights'})
  })

  it('makes no state office of the organisation’s president', () => {
    expect(facts.offices).toEqual([])
  })
})

describe('petition already delivered, as signatures', () => {
  const facts = fixtureFacts('petition-delivered')

  it('has the petition: count, target, demand, who delivered it to whom and when', () => {
    expect(facts.petitions).toHaveLength(1)
    expect(facts.petitions[0]).toMatchObject({
      signatures: 35000,
      signaturesText: '35,000 signatures',
      target: 'the authorities',
      demand: 'open an independent investigation into the killing of six protesters in August 2023',
      deliveredBy: 'Amnesty International Zimbabwe',
      deliveredTo: 'the Ministry of Home Affairs',
      deliveredWhen: 'on 12 June',
      deliveryEventId: 'petition-delivery-1'
    })
    expect(facts.petitions[0]?.sources).toHaveLength(3)
  })

  it('has the delivery as a past event and the meeting still to be requested', () => {
    expect(byKind(facts, 'petition-delivery')).toEqual([expect.objectContaining({status: 'past', place: 'Harare', date: expect.objectContaining({iso: '2024-06-12'})})])
    expect(byKind(facts, 'meeting-request')).toEqual([expect.objectContaining({status: 'planned', participants: ['Kudzai Mutasa'], date: expect.objectContaining({iso: '2024-07-01'})})])
  })

  it('reads the titled name before an appositive clause, not the clause as a title', () => {
    expect(facts.people.map(({name, titles}) => ({name, titles}))).toEqual([
      {name: 'Tendai Moyo', titles: ['Permanent Secretary']},
      {name: 'Chipo Ndlovu', titles: ['executive director']},
      {name: 'Kudzai Mutasa', titles: ['Home Affairs Minister']}
    ])
    expect(facts.offices).toEqual([expect.objectContaining({title: 'Home Affairs Minister', holder: 'Kudzai Mutasa', jurisdiction: 'Zimbabwe'})])
  })
})

describe('Spanish press release in Markdown: heading dateline, «…», dijo X and X afirmó: “…”', () => {
  const facts = fixtureFacts('spanish-press-release-markdown')

  it('reads an organisation by the acronym after its name, and people affiliated by the acronym', () => {
    expect(facts.organisations[0]).toMatchObject({name: 'Programa Venezolano de Educación-Acción en Derechos Humanos', aliases: ['Provea']})
    expect(facts.people.find((person) => person.name === 'María López')?.affiliation).toBe('Programa Venezolano de Educación-Acción en Derechos Humanos')
  })

  it('attributes the quote after a title-first speaker to the named person', () => {
    expect(facts.quotes.map((quote) => [quote.speaker, quote.speakerTitle])).toEqual([
      ['María López', 'coordinadora general'],
      ['Lucía Ferrer', 'directora para las Américas']
    ])
    expect(facts.people.map((person) => person.name)).toEqual(['María López', 'Lucía Ferrer', 'Ramón Castillo'])
  })

  it('has the report, published by both organisations on an explicit Spanish date', () => {
    expect(facts.reports[0]).toMatchObject({
      title: 'Silencio a la fuerza: Detenciones arbitrarias de defensoras en Venezuela',
      publisher: 'Programa Venezolano de Educación-Acción en Derechos Humanos y Amnistía Internacional',
      analyses: '27 casos de mujeres defensoras detenidas entre enero de 2022 y diciembre de 2023'
    })
    const launch = byKind(facts, 'report-launch')[0]
    expect(launch).toMatchObject({status: 'past', date: {iso: '2024-03-03', resolution: 'explicit'}})
    // "en Venezuela" belongs to the title, "en Derechos Humanos" to a name: neither is a venue.
    expect(launch?.place).toBeUndefined()
  })

  it('has the petition addressed to the prosecutor, and its planned delivery', () => {
    expect(facts.petitions[0]).toMatchObject({
      signatures: 18000,
      target: 'el fiscal general, Ramón Castillo',
      demand: 'la liberación inmediata de las defensoras',
      deliveredTo: 'Ministerio Público',
      deliveredWhen: 'el próximo 12 de marzo',
      url: 'https://www.example.org/es/venezuela-defensoras'
    })
    expect(byKind(facts, 'petition-delivery')).toEqual([expect.objectContaining({status: 'planned', place: 'Caracas', date: expect.objectContaining({iso: '2024-03-12'})})])
  })

  it('keeps the "Firma la petición" link as an action, and the bare dateline as no event', () => {
    expect(facts.actions).toEqual([expect.objectContaining({text: 'Firma la petición', url: 'https://www.example.org/es/venezuela-defensoras'})])
    expect(facts.events.map((event) => event.kind)).toEqual(['report-launch', 'petition-delivery'])
  })
})

describe('messy real-world text: CRLF, trailing spaces, non-breaking spaces, em dashes, bullets', () => {
  const {text: clean} = fixtureInput('delegation-leader-title-after')
  const messy = clean
    .replace('Monday 4 March', 'Monday\u00A04\u00A0March')
    .replace('At least 18 land', 'At least\u00A018 land')
    .replace('Related:', '• Related:')
    .replace('in 2023, according', 'in 2023 — according')
    .replace(/\n/g, '  \r\n')
  const {facts, messages} = extractFacts(messy, {path: 'messy.txt', now})

  it('gives the same facts as the clean text', () => {
    const clean_ = fixtureFacts('delegation-leader-title-after')
    const withoutPlaces = (value: unknown) => JSON.parse(JSON.stringify(value, (key, entry: unknown) => (key === 'sources' || key === 'source' || key === 'sentences' || key === 'path' ? undefined : entry)))
    expect(messages.filter((message) => message.fatal)).toEqual([])
    const normalise = (value: unknown) => JSON.parse(JSON.stringify(withoutPlaces(value)).replace(/\u00A0/g, ' ').replace(' — according', ', according'))
    expect(normalise(facts)).toEqual(normalise(clean_))
    expect(facts?.related[0]?.text).toBe('Honduras: Authorities must stop the criminalisation of Indigenous defenders')
  })

  it('points every sentence at its exact place in the messy file', () => {
    const lines = messy.split('\n')
    for (const sentence of facts?.sentences ?? []) {
      expect(messy.slice(sentence.start.offset, sentence.end.offset)).toBe(sentence.text)
      expect(lines[sentence.start.line - 1]?.slice(sentence.start.column - 1).startsWith(sentence.text)).toBe(true)
      expect(sentence.text).not.toMatch(/\r|\s$/u)
    }
  })
})

describe('quotation forms', () => {
  const text = [
    'Amnesty International today called on the authorities of Nepal to release the journalist Ram Thapa.',
    '"Ram Thapa has done nothing but report the news," said Gita Sharma, South Asia director at Amnesty International.',
    'Human Rights Watch’s Asia director, John Park, said: "Journalists must be free to work without fear of arrest."',
    '«No nos vamos a callar nunca, pase lo que pase» —dijo la periodista Ana Gómez.',
    '“We will keep fighting for him,” his wife, Sita Thapa, told reporters on Tuesday.'
  ].join('\n')
  const {facts} = extractFacts(text, {path: 'quotes.txt', now, published: '2024-05-06'})

  it('attributes straight quotes, title-first speakers, Spanish dashes and relatives', () => {
    expect(facts?.quotes.map((quote) => [quote.speaker, quote.speakerTitle])).toEqual([
      ['Gita Sharma', 'South Asia director'],
      ['John Park', 'Asia director'],
      ['Ana Gómez', 'periodista'],
      ['Sita Thapa', 'wife']
    ])
  })

  it('does not employ the subject of a campaign at the organisation that campaigns for them', () => {
    expect(facts?.people.find((person) => person.name === 'Ram Thapa')).toMatchObject({titles: ['journalist']})
    expect(facts?.people.find((person) => person.name === 'Ram Thapa')?.affiliation).toBeUndefined()
  })

  it('gives a shared surname to neither relative', () => {
    expect(facts?.people.filter((person) => person.name.endsWith('Thapa')).map((person) => person.aliases)).toEqual([[], []])
  })
})

describe('second round, written after the fixes: press vigil with a petition', () => {
  const facts = fixtureFacts('press-vigil-petition')

  it('reads organisations by their acronyms, an English one and a foreign one', () => {
    expect(facts.organisations.map(({name, aliases}) => ({name, aliases}))).toEqual([
      {name: 'Reporters Without Borders', aliases: ['RSF']},
      {name: 'Committee to Protect Journalists', aliases: ['CPJ']}
    ])
    expect(facts.people.find((person) => person.name === 'Laura Ortiz')).toMatchObject({titles: ['Latin America director'], affiliation: 'Committee to Protect Journalists'})
  })

  it('has the petition and its planned delivery', () => {
    expect(facts.petitions[0]).toMatchObject({signatures: 20000, target: 'President Carlos Méndez', demand: 'guarantee the independence of the judiciary', deliveredTo: 'the President’s office', deliveredWhen: 'on Friday 17 May'})
    expect(byKind(facts, 'petition-delivery')[0]).toMatchObject({status: 'planned', date: {iso: '2024-05-17'}})
    expect(facts.article).toMatchObject({published: '2024-05-13', publishedResolution: 'inferred'})
  })
})

describe('second round: Spanish urgent action in plain text', () => {
  const facts = fixtureFacts('spanish-urgent-action')

  it('names the defender by her role and the quote’s speaker by the relation before the name', () => {
    expect(facts.people.map(({name, titles}) => ({name, titles}))).toEqual([
      {name: 'Rosa Herrera', titles: ['defensora ambiental']},
      {name: 'Pedro Herrera', titles: ['hermano']}
    ])
    expect(facts.quotes[0]).toMatchObject({speaker: 'Pedro Herrera', speakerTitle: 'hermano'})
  })

  it('reads the police and a centre named before its acronym', () => {
    expect(facts.organisations.map((organisation) => organisation.name)).toEqual(['Policía Nacional', 'Centro Nicaragüense de Derechos Humanos', 'Amnistía Internacional'])
  })

  it('dates the detention and warns about the habeas corpus date it cannot place in a year', () => {
    expect(facts.events[0]).toMatchObject({date: {iso: '2024-02-02'}, place: 'Bluefields'})
    const {path, text} = fixtureInput('spanish-urgent-action')
    expect(extractFacts(text, {path, now}).messages.map((message) => message.ruleId)).toEqual(['date-unresolved'])
  })
})

describe('precision guards', () => {
  const run = (text: string) => extractFacts(text, {path: 'guard.txt', now}).facts

  it('a kicker before the colon is no country, nor a country the body never names', () => {
    const facts = run('Urgent Action: Free detained journalist Ana Ruiz\nThe Public Prosecutor, Counsellor Hamdi Mansour, must release journalist Ana Ruiz.')
    expect(facts?.offices).toEqual([expect.objectContaining({title: 'Public Prosecutor', holder: 'Hamdi Mansour'})])
    expect(facts?.offices[0]?.jurisdiction).toBeUndefined()
  })

  it('"On Monday, 4 March 2024 –" is no dateline with a place', () => {
    const facts = run('On Monday, 4 March 2024 – activists from Amnesty International held a vigil in Lima.')
    expect(facts?.events[0]?.place).toBe('Lima')
  })

  it('"Tromsvik (12 March 2024) –" is a dateline with its date in brackets: the launch is there, the article dated by it', () => {
    const facts = run('Fishing fleet report\nTromsvik (12 March 2024) – Harbourwatch launched its report on the fishing fleet today.')
    expect(facts?.events[0]).toMatchObject({kind: 'report-launch', place: 'Tromsvik'})
    expect(facts?.article.published).toBe('2024-03-12')
    expect(datelineOf('STRELSAU (18 de febrero de 2022) – Red Costera presentó su informe.')).toBe('STRELSAU')
  })

  it('"handed over" is no "over 12,000"; a ministry keeps the "and" of its name', () => {
    const facts = run('Activists handed over 12,000 signatures to the Ministry of Justice and Human Rights on 3 March 2024.')
    expect(facts?.petitions[0]).toMatchObject({signatures: 12000, signaturesText: '12,000 signatures', deliveredTo: 'the Ministry of Justice and Human Rights'})
    expect(facts?.organisations.map((organisation) => organisation.name)).toEqual(['Ministry of Justice and Human Rights'])
  })
})

describe('demands outside a petition (optional `demands`, 0.2.0)', () => {
  it('reads "X must …, ORG said" and "ORG pide a … que …"', () => {
    expect(fixtureFacts('headline-and-signatures').demands).toEqual([
      expect.objectContaining({by: 'Amnesty International', target: 'the Iranian authorities', demand: expect.stringMatching(/^immediately and unconditionally release Narges Rahimi and Leila Karimi/u)})
    ])
    expect(fixtureFacts('spanish-urgent-action').demands).toEqual([
      expect.objectContaining({by: 'Amnistía Internacional', target: 'las autoridades nicaragüenses', demand: 'revelen de inmediato el paradero de Rosa Herrera y la liberen'})
    ])
    expect(fixtureFacts('report-title-in-italics').demands).toEqual([
      expect.objectContaining({by: 'Human Rights Watch', target: 'the UN Security Council', demand: 'refer the situation to the International Criminal Court'})
    ])
  })

  it('leaves out petitions, quotations, and demands whose author is not a known organisation or person', () => {
    const {facts} = extractFacts(
      [
        'Amnesty International is calling on the government to sign a petition.',
        '“The government must act now,” said Ana Ruiz, a lawyer.',
        'The police must stop the attacks, a local lawyer said.',
        'Someone urged the authorities to listen.'
      ].join('\n'),
      {path: 'demands.txt', now}
    )
    expect(facts?.demands).toBeUndefined()
    expect(fixtureFacts('peru-delegation').demands).toBeUndefined()
  })
})

describe('third round, written after round 2’s fixes: a UN expert’s visit (Markdown)', () => {
  const facts = fixtureFacts('un-expert-visit-markdown')

  it('reads a title with its remit before the name, and the speaker named before “ahead of the visit”', () => {
    expect(facts.people.map(({name, titles}) => ({name, titles}))).toEqual([{name: 'Elena Marsh', titles: ['Special Rapporteur on the situation of human rights defenders']}])
    expect(facts.quotes[0]?.speaker).toBe('Elena Marsh')
  })

  it('dates the visit by its span, not by the span’s last day', () => {
    expect(byKind(facts, 'visit')).toEqual([
      expect.objectContaining({place: 'Peru', status: 'planned', participants: ['Elena Marsh'], date: expect.objectContaining({iso: '2025-06-09', range: {start: '2025-06-09', end: '2025-06-20'}})})
    ])
    expect(byKind(facts, 'press-conference')[0]).toMatchObject({place: 'Lima', date: {iso: '2025-06-20'}})
  })

  it('keeps a link-only “Read …” line as a related link', () => {
    expect(facts.related).toEqual([expect.objectContaining({text: 'Read the full statement', url: 'https://www.example.org/statements/peru-visit'})])
  })
})

describe('third round: Spanish annual report, quotes as dialogue dashes', () => {
  const facts = fixtureFacts('spanish-annual-report-dialogue')

  it('has the report, what it documents, a finding “según el informe”, and its launch', () => {
    expect(facts.reports[0]).toMatchObject({title: 'Silenciar para gobernar', publisher: 'Comité por la Libre Expresión', analyses: '120 agresiones contra periodistas y comunicadores durante 2024'})
    expect(facts.reports[0]?.findings.map((finding) => finding.text)).toEqual(['La mayoría de los ataques fueron cometidos por agentes del Estado.'])
    const launch = byKind(facts, 'report-launch')[0]
    expect(launch).toMatchObject({place: 'Tegucigalpa', organiser: 'Comité por la Libre Expresión'})
    // "durante 2024" is what the report covers; it was launched "este martes", a day the
    // undated article does not pin to the calendar.
    expect(launch?.date).toMatchObject({text: 'martes', resolution: 'unresolved'})
    expect(facts.events.filter((event) => event.source.sentenceIndex === launch?.source.sentenceIndex)).toHaveLength(1)
  })

  it('reads the dialogue-dash quote and its speaker, affiliated through the acronym', () => {
    expect(facts.quotes).toEqual([expect.objectContaining({text: 'Cada periodista agredido es una comunidad que se queda sin información', speaker: 'Marta Ríos', speakerTitle: 'coordinadora'})])
    expect(facts.people[0]).toMatchObject({name: 'Marta Ríos', affiliation: 'Comité por la Libre Expresión'})
  })

  it('gives "la organización" to the NGO, not to the ministry it addresses', () => {
    expect(facts.organisations.find((organisation) => organisation.name === 'Ministerio Público')?.aliases).toEqual([])
    expect(facts.demands).toEqual([expect.objectContaining({by: 'Comité por la Libre Expresión', target: 'el Ministerio Público'})])
  })
})
