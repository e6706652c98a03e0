/**
 * Answers drawn from one sentence of the article when no topic of the facts holds them: facts
 * built by the parser (with its typed spans) from articles written for these tests, so that the
 * answers can only come from the text.
 */
import {extractFacts, type Facts} from 'article-facts'
import {describe, expect, it} from 'vitest'
import {facts, now, text} from './fixtures/written-articles.js'
import {answerQuestion} from '../../src/core/answer.js'
import {explainEvidence} from '../../src/core/evidence/answer.js'
import {evidenceIndex} from '../../src/core/evidence/index.js'
import {indexFacts} from '../../src/core/facts-index.js'
import {holds} from '../../src/core/evidence/search.js'
import {questionShape} from '../../src/core/evidence/question.js'
import {nationWords} from '../../src/core/evidence/place-names.js'
import {ANSWER_TYPE_WORDS, isLightWord, isStopword, searchWordsOf, termOf, translationsOf} from '../../src/core/evidence/terms.js'
import type {Answer, ConversationContext} from '../../src/core/types.js'


function ask(of: Facts, question: string, context: ConversationContext = {}): Answer {
  return answerQuestion(of, question, {lang: 'en', now, context})
}

const mission = facts(`---
title: "Nordland: rights group sends mission after crackdown on miners' strike"
published: 2024-03-04
language: en
---

A mission from the Coastal Rights Network, headed by its chair Ingrid Solberg, will visit Nordland from 11 to 15 March to look into the crackdown on the miners' strike.

The interior ministry declared a state of emergency in the mining district of Karvik on 20 February, after police dispersed a sit-in outside the Brekke mine.

Local doctors recorded 37 injured strikers, and the Karvik bar association says 112 people remain in custody.

The mission will hold a press conference in Tromsvik on 15 March.

Ingrid Solberg said:

"Nobody should lose their freedom for asking to be paid on time. We will listen to the families and bring what we hear to the ministers."

Take action: Write to the interior minister to ask for the release of the strikers.
`)

describe('answers the sentence holds, of the type asked', () => {
  it('finds who declared something, though no topic of the facts holds it', () => {
    const answer = ask(mission, 'Who declared the state of emergency?')
    expect(answer.status).toBe('answered')
    expect(text(answer)).toContain('interior ministry declared a state of emergency')
    expect(answer.citations).toHaveLength(1)
  })

  it('gives the count of the thing counted, not another number of the sentence', () => {
    expect(text(ask(mission, 'how many people are still in custody?'))).toMatch(/^112\./)
    expect(text(ask(mission, 'How many strikers were injured?'))).toMatch(/^37\./)
  })

  it('counts what an acronym the article defines stands for, and the head of the phrase counted', () => {
    const memorial = facts(['Rights defenders under attack in 2021', 'The coalition documents attacks on human rights defenders (HRDs) every year.', 'Its memorial recorded 358 HRDs killed in 35 countries in 2021.'].join('\n'))
    expect(text(ask(memorial, 'how many human rights defenders were killed in 2021?'))).toMatch(/^358\./)
    // "Countries" are counted, not "defenders", and not "people".
    expect(text(ask(memorial, 'how many countries had human rights defenders killed?'))).toMatch(/^35\./)
  })

  it('dates a report whose title it does not give by its launch ("el informe, que se presenta hoy"), and not by a year', () => {
    const launched = facts(['---', 'title: "Ruritania: defensoras investigadas"', 'published: 2024-05-21', 'language: es', '---', '', 'El informe, que se presenta hoy, reconstruye los casos de Ana Lenz y Eva Ruiz.'].join('\n'))
    expect(text(ask(launched, 'When was the report released?'))).toMatch(/21 May 2024/)
    const planned = facts(['---', 'title: "El aire de Ruritania en 2020, a examen: Red Costera presenta su informe anual"', 'published: 2021-06-10', 'language: es', '---', '', '# El aire de Ruritania en 2020, a examen: Red Costera presenta su informe anual', '', 'El informe recoge las mediciones de 800 estaciones.'].join('\n'))
    expect(text(ask(planned, 'When was the report released?'))).not.toMatch(/2020/)
  })

  it('says no when the superlative asked of a place is, in the sentence, another\'s ("Lao PDR has the highest …, while Japan and Singapore share the lowest")', () => {
    const rates = facts(['Child deaths fall across the region', 'Within the region, Ruritania PDR has the highest child mortality rate, while Japan and Singapore share the lowest.'].join('\n'))
    expect(text(ask(rates, 'Does Singapore have the highest child mortality rate in the region?'))).toMatch(/^No\./)
    expect(text(ask(rates, 'Does Japan have the lowest child mortality rate?'))).toMatch(/^Yes\./)
    expect(text(ask(rates, 'Does Ruritania PDR have the highest child mortality rate?'))).toMatch(/^Yes\./)
  })

  it('gives the body\'s figure over the headline\'s rounded one ("1,600 letters" in the headline, "1,657 letters" in the body)', () => {
    const letters = facts(['# Harbourwatch hands 1,600 letters to the Prime Minister', '', 'Volunteers from Harbourwatch are today handing in 1,657 letters at 10 Harbour Street.'].join('\n'))
    expect(text(ask(letters, 'how many letters did they hand in'))).toMatch(/^1,657\./)
  })

  it('answers who organises it from an advisory\'s "Organisers:" line or what a "Convocan" heading sets over', () => {
    const labelled = facts(['# Rally for the harbour on Monday', '', '- **When:** Monday 26 January, 1pm', '- **Organisers:** Harbourwatch, Red Costera, Coastal Rights Network', '', 'More than a hundred people will gather for the rally.'].join('\n'))
    expect(text(ask(labelled, 'Which groups are organising this protest?'))).toMatch(/^Harbourwatch, Red Costera, Coastal Rights Network\./)
    const headed = facts(['---', 'title: "Conferencia de prensa"', 'language: es', '---', '', '# Conferencia de prensa de las madres', '', '## Convocan', '', 'Red Costera y la Caravana de Madres de Ruritania.', '', '## La cita', '', '- **Fecha:** jueves 14 de diciembre de 2017.'].join('\n'))
    expect(text(answerQuestion(headed, 'quien convoca', {lang: 'es', now}))).toContain('Red Costera y la Caravana de Madres')
  })

  it('reads "registró" in a count as what was recorded, not a sign-up', () => {
    const tally = facts(['---', 'title: "Red Costera: 561 agresiones contra la prensa"', 'language: es', '---', '', '# Red Costera: 561 agresiones contra la prensa', '', 'La organización Red Costera contabilizó en 2023 un total de 561 agresiones contra personas que trabajan en la prensa.'].join('\n'))
    const es = (question: string) => text(answerQuestion(tally, question, {lang: 'es', now}))
    expect(es('¿Cuántas agresiones contra la prensa registró Red Costera en 2023?')).toMatch(/^561\./)
    expect(answerQuestion(tally, '¿dónde me registro?', {lang: 'es', now}).status).toBe('declined')
  })

  it('dates what was done by a weekday glossed in brackets ("On Friday (October 4) the Provincial handed in …")', () => {
    const handed = facts(['---', 'title: "Pupils deliver climate petition"', 'published: 2024-10-04', '---', '', '# Pupils deliver climate petition', '', 'On Friday (October 4) the Provincial, Karl Brandt, handed in at Number 10 Harbour Street a box holding the postcards.', '', 'The petition asks the Prime Minister to act on the climate.', '', 'More than 600 people signed the petition.'].join('\n'))
    expect(text(ask(handed, 'When was the petition handed in?'))).toMatch(/^October 4\./)
  })

  it('tells where a release was issued from by its dateline, not by its byline ("Harbourwatch – Report launch – 11 December 2010")', () => {
    const launched = facts(['Ruritania: migrants exposed to abuse', 'Harbourwatch – Report launch – 11 December 2010', '', '(Strelsau) – Gaps in protection leave migrants open to abuse, according to a report Harbourwatch issued today.'].join('\n'))
    expect(text(ask(launched, 'Where was the release issued from?'))).toMatch(/^Strelsau\./)
  })

  it('answers why it happens when it does with the sentence that says what it is timed to', () => {
    const rally = facts(['# Harbour rally on Monday', '', 'More than a hundred people will gather in Strelsau on Monday for a rally against trawling.', '', 'The rally is held on the same day as a crunch vote in the Ruritanian parliament.', '', 'Ana Lenz, director of Harbourwatch, will speak at the rally.'].join('\n'))
    expect(text(ask(rally, 'why are they doing it on monday specificaly?'))).toContain('crunch vote')
    expect(text(answerQuestion(rally, '¿por qué eligieron ese día?', {lang: 'es', now}))).toContain('crunch vote')
    const letters = facts(['# Letters handed to the Prime Minister', '', 'Volunteers handed in 1,657 letters at 10 Harbour Street today.', '', 'The delivery comes four days ahead of the 22nd anniversary of the 1988 uprising.'].join('\n'))
    expect(text(ask(letters, 'what anniversary does the delivery line up with?'))).toContain('1988 uprising')
  })

  it('reads "in the first place", "at the moment", "so far" as asking nothing of anything first, of a moment or of a distance', () => {
    const freed = facts(['# Journalists freed', '', 'Ana Lenz had been taken into custody on April 29, as soon as she landed in Ruritania to report on the demonstrations there.', '', 'Karl Brandt said the release was welcome and the first step.'].join('\n'))
    expect(explainEvidence(freed, 'why was she in ruritania in the first place').terms.map((term) => term.word)).toEqual(['ruritania'])
    expect(explainEvidence(freed, 'is she in ruritania at the moment').terms.map((term) => term.word)).toEqual(['ruritania'])
    expect(explainEvidence(freed, 'has she been in ruritania so far').terms.map((term) => term.word)).toEqual(['ruritania'])
    expect(explainEvidence(freed, '¿sigue en ruritania hasta ahora?').terms.map((term) => term.word)).toEqual(['sigue', 'ruritania'])
  })

  it('reads "when did the mission end" as asked of a headline that says it wraps up', () => {
    const mission = facts(['---', 'title: "Harbourwatch delegation wraps up mission to Ruritania"', 'published: 2001-12-11', '---', '', '# Harbourwatch delegation wraps up mission to Ruritania', '', '**Public Statement** · 11 December 2001 · **Index:** HW 18/026/2001 · **News Service Nr.** 218', '', "Today, 11 December, is the last day of the Harbourwatch delegation's visit to Ruritania. The delegation met the president and fishers in Tromsvik."].join('\n'))
    expect(text(ask(mission, 'When did the Harbourwatch mission in Ruritania end'))).toMatch(/^11 December 2001\./)
    // "Por fin" is "at last", not an end.
    expect(explainEvidence(mission, '¿por fin llegó la delegación a ruritania?').terms.map((term) => term.word)).not.toContain('fin')
  })

  it('reads a statement with a tag as a yes/no question ("so the rally is on thursday sept 26 right?")', () => {
    const rally = facts(['---', 'title: "Harbour rally"', 'published: 2019-09-25', '---', '', '# Harbour rally', '', 'Today, Wednesday, September 25, between 1:00 and 3:30 pm, a coalition of harbour groups will rally to demand action.', '', 'Ana Lenz of Harbourwatch will speak at the rally.'].join('\n'))
    expect(text(ask(rally, 'so the rally is on thursday sept 26 right?'))).toMatch(/^No\./)
    expect(questionShape('so the rally is on thursday sept 26, right?').polar).toBe(true)
    expect(questionShape('who is speaking, right?').polar).toBe(false)
  })

  it('says no to a name the article never uses with the sentence that names another person, not one that names only a body', () => {
    const petition = facts(['# Pupils deliver climate petition to Harbour Street', '', 'Over 600 people have put their names to a petition calling on Prime Minister Karl Brandt to act on the climate.', '', 'Harbourwatch organised the petition, which brought together signed postcards.', '', 'The petition called on Mr Brandt to champion three key initiatives at the summit.', '', 'Pupils from four schools joined the delivery of the petition.'].join('\n'))
    const answer = text(ask(petition, 'was the petition for Eva Ruiz?'))
    expect(answer).toMatch(/^No\./)
    expect(answer).toContain('Brandt')
  })

  it('reads chat\'s "w/" as "with", no term of its own', () => {
    const tested = facts(['# Apples tested', '', 'Harbourwatch tested 126 samples of apples from 23 supermarkets.', '', 'Samples from Tromsvik Market had seven pesticides.'].join('\n'))
    expect(explainEvidence(tested, 'which supermarkets had apples w/ seven pesticides').terms.map((term) => term.word)).not.toContain('w')
  })

  it('says no when the role asked is the person\'s but at another organisation of the article', () => {
    const freed = facts(['# Researchers freed', '', 'Those now freed include Karl Brandt, a researcher with Harbour Rights Watch; Ana Lenz, a researcher with the Coastal Rights Network, and two reporters.', '', 'Harbour Rights Watch welcomed the release.', '', 'The Coastal Rights Network called for the charges to be dropped.'].join('\n'))
    expect(text(ask(freed, 'Was Ana Lenz a Harbour Rights Watch researcher?'))).toMatch(/^No\./)
    expect(text(ask(freed, 'Was Ana Lenz a Coastal Rights Network researcher?'))).toMatch(/^Yes\./)
  })

  it('does not answer a yes/no question about someone with who they are, unless it asks where they are from', () => {
    const bill = facts(['# Harbourwatch rolls out campaign for the Fisheries Act', '', 'The $50,000 effort is aimed at districts represented by members of the Energy and Commerce Committee, among others.', '', 'In the House, the Fisheries Act is led by Congressman Karl M. Brandt (D-AZ-03), who at present chairs the House Natural Resources Committee, together with Congressman Eva Ruiz (D-VA-04).', '', 'Media contact: Ana V. Lenz, Harbour Communications, ana@harbour.org'].join('\n'))
    expect(text(ask(bill, 'Is Brandt the chair of the Energy and Commerce Committee?'))).not.toMatch(/Brandt is/)
    // Where someone is from, which releases seldom tell, is fairly met by who they are.
    const mission = facts(['# Harbourwatch mission to Ruritania', '', 'Karl Brandt, secretary general of Harbourwatch, leads the delegation.', '', 'The delegation will meet fishers in Tromsvik.'].join('\n'))
    expect(text(ask(mission, 'is Brandt from Ruritania?'))).toMatch(/^Karl Brandt is/)
    expect(text(ask(bill, 'who is the press contact?'))).toContain('Ana V. Lenz')
  })

  it('dates "since when" by the day after "since", in either language', () => {
    const jailed = facts(['# Jailed Ruritanian journalist Karl Brandt handed four more years in prison', '', 'Karl Brandt has been behind bars since October 2020.', '', 'Photo caption: Karl Brandt received a further four-year prison term on July 20, 2023.'].join('\n'))
    expect(text(answerQuestion(jailed, '¿Desde cuándo está preso Brandt?', {lang: 'es', now}))).toMatch(/^Octubre de 2020\./)
  })

  it('finds when and where something was handed over by when and where it was received, never who handed it', () => {
    const letter = facts(['---', 'title: "Coalition letter"', 'published: 2013-06-11', '---', '', '# Coalition of 80 groups calls on parliament to end spying', '', 'On Tuesday, the parliament received a letter from Harbourwatch and over 80 groups.', '', 'The minister is due to receive the petition outside Parliament at midday.'].join('\n'))
    expect(text(ask(letter, 'When was the letter sent?'))).toMatch(/Tuesday/)
    expect(text(answerQuestion(letter, '¿Dónde se entregan las firmas?', {lang: 'es', now}))).toMatch(/^Parliament\./)
    expect(text(ask(letter, 'who sent the letter?'))).not.toMatch(/^the parliament/i)
  })

  it('names "la organización" in someone\'s title by the organisation the release speaks for', () => {
    const release = facts(['---', 'title: "Red Costera: más de 400 asesinatos"', 'organisation: Red Costera', 'language: es', '---', '', 'Eva Ruiz, directora interina de la organización, lamentó el dato: «Hemos llegado a un hito sombrío».'].join('\n'))
    expect(text(answerQuestion(release, 'quién es Eva Ruiz', {lang: 'es', now}))).toMatch(/^Eva Ruiz es directora interina de Red Costera\./)
  })

  it('says no when the figure the sentence gives the one asked about is not the greatest it gives ("¿… la provincia con más hectáreas?")', () => {
    const fires = facts(['---', 'title: "Incendios en Ruritania"', 'language: es', '---', '', '# Incendios en Ruritania', '', 'Cada provincia sufre los incendios.', '', 'Según el informe, en Strelsau hay 315.994 hectáreas afectadas y en Tromsvik, 286.326.'].join('\n'))
    const es = (question: string) => text(answerQuestion(fires, question, {lang: 'es', now}))
    expect(es('¿Tromsvik es la provincia con más hectáreas afectadas?')).toMatch(/^No\./)
    expect(es('¿Strelsau es la provincia con más hectáreas afectadas?')).toMatch(/^Sí\./)
  })

  it('reads a murder as a killing, asked in either language ("¿en qué país asesinaron a X?" — "the murder in Ruritania of X")', () => {
    const cases = facts(['Defenders killed in 2017', 'Among the cases it documents: the murder in Colombia of Karl Brandt, shot 14 times by a paramilitary group.'].join('\n'))
    expect(text(answerQuestion(cases, '¿En qué país asesinaron a Karl Brandt?', {lang: 'es', now}))).toMatch(/^Colombia\./)
    expect(text(ask(cases, 'where was Karl Brandt killed?'))).toMatch(/^Colombia\./)
  })

  it('answers "what is the X called" with the name written right after X', () => {
    const ship = facts(['Fishing fleets watched off the coast', 'Sven Holm, project leader on board the Coastal Rights ship Esperanza, said the fleets were fishing illegally.', 'The report the Coastal Rights Network published lists 40 vessels.'].join('\n'))
    expect(text(ask(ship, "what's the name of the coastal rights ship?"))).toMatch(/^Esperanza\./)
    expect(text(answerQuestion(ship, '¿cómo se llama el barco?', {lang: 'es', now}))).toMatch(/^Esperanza\./)
  })

  it('answers "what is the X called" with the name set between commas after X', () => {
    const strike = facts(['Tromsvik workers win their severance pay', 'The ruling is a win for the Brekke workers and their union, Novi Front, and for everyone working in state-owned plants.'].join('\n'))
    expect(text(ask(strike, 'whats the union called'))).toMatch(/^Novi Front\./)
    const appeal = facts(['Red Cross opens an appeal for the coast', 'Every gift goes to the Ruritania Coast Crisis Appeal, which opened in Tromsvik today.'].join('\n'))
    expect(text(ask(appeal, 'whats the appeal called'))).toMatch(/^Ruritania Coast Crisis Appeal\./)
  })

  it('answers "who are the X" with the names set beside X that the parser knows as no one', () => {
    const trial = facts(['Verdict in the Tromsvik gas leak trial', 'The foreign accused — Brekke Chemical Corporation, Karl Brandt and Brekke Eastern — are absconding, and the police have done nothing to bring them back.'].join('\n'))
    expect(text(ask(trial, 'who are the foreign accused?'))).toMatch(/^Brekke Chemical Corporation, Karl Brandt and Brekke Eastern\./)
    const village = facts(['Families evicted in Zenda', 'Mateo "Teo" Vargas Quispe, the elected leader (cacique) of the Zenda Indigenous Community, said the families had nowhere to go.'].join('\n'))
    expect(text(ask(village, 'whos the leader of the community?'))).toMatch(/^Vargas Quispe\./)
  })

  it('reads thousands written in words as the figure the sentence writes ("380 mil" — "$380.000")', () => {
    const pay = facts(['Informe sobre los sueldos en Ruritania', 'Según el estudio, un 50,6% de quienes trabajan en Ruritania gana $380.000 o menos.', 'Las mujeres ganan de media $186.694 menos que los hombres.'].join('\n'))
    expect(searchWordsOf('380 mil o 550k')).toEqual(['380000', 'o', '550000'])
    expect(text(answerQuestion(pay, '¿qué porcentaje gana 380 mil o menos?', {lang: 'es', now}))).toMatch(/^50,6\s?%/)
  })

  it('reads a report released as published and a person released as freed; "¿quién sacó este comunicado?" asks its publisher', () => {
    expect(searchWordsOf('A report released today by Harbourwatch')).toContain('published')
    expect(searchWordsOf('The activist was released yesterday')).toContain('released')
    const report = facts(['Councils back fracking abroad', 'A report released today by Harbourwatch and the Coastal Rights Network shows that councils invest in fracking.', 'The activist Karl Brandt was released yesterday.'].join('\n'))
    expect(text(ask(report, 'who published the report'))).toContain('released today by Harbourwatch')
  })

  it('weighs "estuvieron", "alguien", "someone" as how a question is put, not what it asks', () => {
    expect(searchWordsOf('¿estuvieron las familias? ¿alguien necesitó atención médica? how do I contact someone').filter((word) => !isStopword(word))).toEqual(['familias', 'necesito', 'atencion', 'medica', 'contact'])
    const care = facts(['---', 'title: "Ruritania: represión de una caravana"', 'language: es', '---', '', 'Varias de las personas afectadas necesitaron atención médica, y una de ellas sigue hospitalizada en Strelsau.', '', 'La caravana salió de Tromsvik el lunes.'].join('\n'))
    expect(text(answerQuestion(care, 'alguien necesito atencion medica?', {lang: 'es', now}))).toMatch(/^Sí\./)
  })

  it('weighs "ocurrió", "occurred" as lightly as "pasó": "¿dónde ocurrió el asesinato?" asks where it was done', () => {
    const killing = facts(['# La Red rechaza la detención domiciliaria de Eva Ruiz, investigada por el asesinato de Karl Brandt', '', 'Karl Brandt impulsó el gobierno propio de los cabildos de Zenda. Fue asesinado por hombres armados el 14 de marzo de 2022 en una zona rural de Strelsau.', '', 'Según la Red, a los líderes sociales sí los meten presos.'].join('\n'))
    expect(text(answerQuestion(killing, '¿dónde ocurrió el asesinato?', {lang: 'es', now}))).toContain('Strelsau')
  })

  it('reads "nationally" as how, not as asking a nationality, and "national" as no United Nations', () => {
    const polls = facts(['Election day in Ruritania: observers report late openings', 'Across the nation, the network’s observers say that 61% of polling stations are open.', 'In the south, only 43% of polling stations are open.'].join('\n'))
    expect(text(ask(polls, 'what % of polling stations were open nationally'))).toMatch(/^61\s?%\./)
    expect(termOf('national', 'en')).not.toBe('onu')
    expect(termOf('nacional', 'es')).not.toBe('onu')
  })

  it('dates what a cleft puts after its day ("It was on 3 October 2017 that …")', () => {
    const ban = facts(['Harbourwatch welcomes the fracking ban', 'It was on 3 October 2017 that the Ruritanian government announced fracking would be banned, after a long moratorium.'].join('\n'))
    expect(text(ask(ban, 'when was the fracking ban announced'))).toMatch(/^3 October 2017\./)
  })

  it('answers where with both countries of a border ("along the Thailand-Malaysia border")', () => {
    const graves = facts(['Boats adrift in the Bay of Bengal', 'That came after mass graves were found in smugglers’ camps along the Thailand-Malaysia border.'].join('\n'))
    expect(text(ask(graves, 'where were the mass graves found'))).toMatch(/^Thailand and Malaysia\./)
  })

  it('answers "how long did X last" with the span of time beside X', () => {
    const research = facts(['Fishing fleets watched off the coast', 'The group handed the findings of ten days of research to three ministers.'].join('\n'))
    expect(text(ask(research, 'how long did the research last?'))).toMatch(/^ten days/i)
  })

  it('answers a quote that sits on the line after "X said:"', () => {
    expect(text(ask(mission, 'What did Ingrid Solberg say?'))).toContain('Nobody should lose their freedom')
  })

  it('answers "what did she say about X" asked first, from the quote about X', () => {
    expect(text(ask(mission, 'what did she say about the families?'))).toContain('listen to the families')
  })

  it('says a date in the asker’s language, adding no year the article does not write', () => {
    const mixed = facts(['Rights group to brief the press', 'The mission will present its findings to journalists on 15 March.'].join('\n'))
    expect(text(answerQuestion(mixed, '¿cuándo presentará la misión sus conclusiones?', {lang: 'es', now}))).toMatch(/^15 de marzo\./)
  })

  it('answers a Spanish question over the English article, quoting the article in its language', () => {
    const answer = answerQuestion(mission, '¿Cuántas personas siguen detenidas?', {lang: 'es', now})
    expect(text(answer)).toContain('112')
    expect(text(answer)).toContain('(en inglés)')
  })
})

describe('whether the article speaks of something', () => {
  it('says yes with the sentence that holds all of it ("does it mention …?", "¿se menciona algo de …?"), and declines when none does', () => {
    expect(text(ask(mission, 'does it mention the state of emergency?'))).toMatch(/^Yes\.\s.*state of emergency/s)
    expect(text(answerQuestion(mission, '¿se menciona algo de la huelga?', {lang: 'es', now}))).toMatch(/^Sí\.\s.*strike/s)
    expect(text(ask(mission, 'is the bar association mentioned?'))).toContain('112 people remain in custody')
    expect(ask(mission, 'does it say anything about the weather?').status).toBe('declined')
    expect(text(answerQuestion(mission, '¿el informe menciona a los médicos locales?', {lang: 'es', now}))).toMatch(/^Sí\.\s.*Local doctors/s)
  })
})

describe('yes and no', () => {
  it('corrects a false premise with the article’s figure, and cites it', () => {
    const answer = ask(mission, 'Did doctors record 50 injured strikers?')
    expect(text(answer)).toMatch(/^No\./)
    expect(text(answer)).toContain('37 injured strikers')
    expect(answer.citations).toHaveLength(1)
  })

  it('says no to a rank or a count in words the sentence gives otherwise, and yes where it gives the same', () => {
    const memo = facts(['Watchdog sends memo to the president', 'The Coastal Rights Network sent its second memorandum to President Olaf Berg on Monday, after a five-day visit to the mining district.'].join('\n'))
    const first = text(ask(memo, 'is this the first memorandum the network sent to the president?'))
    expect(first).toMatch(/^No\./)
    expect(first).toContain('second memorandum')
    expect(text(ask(memo, 'was the visit to the mining district ten days long?'))).toMatch(/^No\./)
    expect(text(ask(memo, 'did the network send its second memorandum to President Olaf Berg?'))).toMatch(/^Yes\./)
  })

  it('says no to an office the article never names where it names who, or which office, was there instead', () => {
    const handed = facts(['Petition handed over in the capital', 'The Coastal Rights Network handed the petition to Environment Minister Ana Ruiz on Monday, with 40,000 signatures.'].join('\n'))
    const answer = text(ask(handed, 'was the petition handed to the prime minister?'))
    expect(answer).toMatch(/^No\./)
    expect(answer).toContain('Ana Ruiz')
    const briefed = facts(['Network briefs ministers on the strike', 'The Coastal Rights Network briefed three ministers on its findings on 13 March: the Minister of Labour, the Minister of Mining and the Minister of Justice.'].join('\n'))
    expect(text(ask(briefed, 'did the network brief the president on its findings?'))).toMatch(/^No\./)
    // Nobody named in its place: the article does not say who got it.
    const unnamed = facts(['Petition handed over in the capital', 'The Coastal Rights Network handed over the petition on Monday, with 40,000 signatures.'].join('\n'))
    expect(text(ask(unnamed, 'was the petition handed to the prime minister?'))).not.toMatch(/^No\./)
  })

  it('says no to a name the article never uses where it names another, and to "triple" where it says twice', () => {
    const headed = text(ask(mission, 'Is the mission headed by Olaf Berg?'))
    expect(headed).toMatch(/^No\./)
    expect(headed).toContain('Ingrid Solberg')
    const doubled = facts(['Rights group: arrests doubled in a year', 'The number of activists in custody has doubled since 2022, to 140.'].join('\n'))
    expect(text(ask(doubled, 'did the number of activists in custody triple since 2022?'))).toMatch(/^No\./)
    // A name never used, and no other named where it would stand: the article does not say.
    expect(ask(mission, 'Will the mission meet President Olaf Berg?').status).toBe('declined')
  })

  it('says yes when the sentence holds everything asked', () => {
    expect(text(ask(mission, 'Was a state of emergency declared in Karvik?'))).toMatch(/^Yes\./)
  })
})

describe('declines when no sentence holds what is asked', () => {
  it.each([
    'How old is Ingrid Solberg?',
    'Is Ingrid Solberg still the chair?',
    'What did the interior minister say?',
    'When will the strikers be released?',
    'What are the names of the injured strikers?',
    'Where is Ingrid Solberg from?'
  ])('%s', (question) => {
    const answer = ask(mission, question)
    expect(answer.status).toBe('declined')
    expect(answer.citations).toEqual([])
  })
})

it('names no one for a role the article names without its holder', () => {
  expect(ask(mission, 'Who is the interior minister?').status).not.toBe('answered')
})

describe('questionShape', () => {
  it.each([
    ['who leads the mission', 'agent'],
    ['¿quién encabeza la misión?', 'agent'],
    ['how many signatures?', 'number'],
    ['¿cuántas firmas hay?', 'number'],
    ['when is the press conference', 'date'],
    ['where r they going', 'place'],
    ['what did she say', 'quote'],
    ['what did the chair of the regional group of negotiators say when he took the petition', 'quote'],
    ['who was the letter sent to', 'agent'],
    ['what is the report called', 'title'],
    ['why were they arrested', 'reason'],
    ['por que dicen que es un fallo historico', 'reason'],
    ['where were they protesting when they got picked up', 'place'],
    ['de dónde sale la cifra de defensores asesinados?', 'number'],
    ['¿qué dicen del fallo?', 'quote'],
    ['how can i help', 'action'],
    ['what are the names of the protesters who were killed', 'agent'],
    ["what's the name of the law that bans it?", 'title'],
    ['whats the name of the ship', 'title'],
    ['what is the name of her lawyer?', 'agent']
  ])('%s → %s', (question, type) => {
    expect(questionShape(question).type).toBe(type)
  })

  it('reads yes/no questions in English and Spanish, and questions about today', () => {
    expect(questionShape('was the press conference in Quito?').polar).toBe(true)
    expect(questionShape('¿La conferencia es en Quito?').polar).toBe(true)
    expect(questionShape('who is going?').polar).toBe(false)
    expect(questionShape('is she still the director?').today).toBe(true)
  })

  it('reads a Spanish "que" or "como" inside the question as a conjunction, not a question word', () => {
    expect(questionShape('¿el informe reconoce que algunos pescadores fueron violentos?').polar).toBe(true)
    expect(questionShape('Según Ruiz, ¿hay que investigar los ataques?').polar).toBe(true)
    expect(questionShape('¿La pancarta que colgaron en el puerto era de 50 metros?').polar).toBe(true)
    expect(questionShape('¿de que trata el informe?').polar).toBe(false)
    expect(questionShape('y a la red internacional q le piden?').polar).toBe(false)
    expect(questionShape('¿y los detenidos cómo se llaman?').polar).toBe(false)
    expect(questionShape('¿el informe de qué habla?').polar).toBe(false)
  })

  it('does not confirm a claim the sentence ranks otherwise ("el segundo país donde más crece")', () => {
    const ranking = facts(['Desigualdad en Ruritania', 'Según el informe, Ruritania es el segundo país de la región donde más ha crecido la desigualdad desde la crisis.'].join('\n'))
    expect(text(answerQuestion(ranking, '¿Ruritania es el país de la región donde más ha crecido la desigualdad?', {lang: 'es', now}))).not.toMatch(/^Sí/)
  })
})

describe('roles in the asker’s language', () => {
  const visit = facts(`---
title: "Rights group head to visit Nordland"
published: 2024-03-04
language: en
---

Maren Dahl, Secretary General of the Coastal Rights Network, will visit Nordland next week. She will meet families of the detained miners.

Olav Berg, Executive Director of the Karvik Bar Association, will join the visit.
`)

  it('says a role in Spanish, in the form the article’s pronoun gives', () => {
    const [said] = text(answerQuestion(visit, '¿quién es Maren Dahl?', {lang: 'es', now})).split('\n')
    expect(said).toContain('secretaria general')
    // The article's own sentence, quoted as its source, keeps its words; the answer does not.
    expect(said).not.toContain('Secretary General')
  })

  it('says, after a bare title, the sentence that brings the person in ("Tajik human rights lawyer …")', () => {
    const detained = facts(['Civil society urges Ruritania to free a lawyer', 'With the eighth anniversary of the detention of Ruritanian human rights lawyer Karl Brandt drawing close, Harbourwatch calls for his release.', 'Karl Brandt, a lawyer, has been held since 2015.'].join('\n'))
    expect(text(ask(detained, 'who is karl brandt'))).toContain('Ruritanian human rights lawyer')
  })

  it('says that sentence before an event of theirs when the title is one many hold ("a journalist"), not the headline nor a caption', () => {
    const sentenced = facts(['Ruritania: journalist Karl Brandt handed harsh prison sentence', 'Photo: journalist Karl Brandt in Strelsau in 2019.', 'Strelsau, 26 October 2022 – Harbourwatch said on Wednesday that Ruritanian authorities should free journalist Karl Brandt at once.', 'Police arrested Brandt in Tromsvik on 12 January 2022, news reports said.'].join('\n'))
    const said = text(ask(sentenced, 'who is karl brandt'))
    expect(said).toContain('Ruritanian authorities should free journalist Karl Brandt')
    expect(said).not.toContain('Photo:')
  })

  it('says the list item that brings the person in, as an advisory lists its speakers', () => {
    const advisory = facts(['# Media advisory: fishers speak in Strelsau', '', 'Harbourwatch hosts a press conference on 3 May in Strelsau.', '', 'Speakers:', '', '- **Karl Brandt**, Managing Director of Harbourwatch.org Pacific and a member of the Coastal Warriors delegation at the summit', '- **Eva Ruiz**, fisher from Tromsvik'].join('\n'))
    expect(text(ask(advisory, 'Who is Karl Brandt?'))).toContain('Coastal Warriors delegation')
  })

  it('says both forms when the article does not tell, and keeps the role as written in English', () => {
    expect(text(answerQuestion(visit, '¿quién es Olav Berg?', {lang: 'es', now}))).toContain('director/a ejecutivo/a')
    expect(text(ask(visit, 'who is Maren Dahl?'))).toContain('Secretary General')
  })

  it('finds who holds a role asked by its initials ("the CEO" of a chief executive)', () => {
    const lawsuit = facts(['Harbour Oil sues Harbourwatch', 'Campaigners see the lawsuit as an attempt to silence dissent over moves by Harbour Oil’s chief executive, Karl Brandt, to double down on trawling.'].join('\n'))
    expect(text(ask(lawsuit, 'whos the harbour oil ceo they mention'))).toMatch(/^Karl Brandt/)
  })

  it('finds who holds a role asked in Spanish ("¿Quién es el director ejecutivo de …?")', () => {
    const board = facts(['Harbourwatch board meets in Tromsvik', 'For the first time, Harbourwatch is holding its Board of Directors meeting in Tromsvik this week.', 'Board members travelling with Olav Berg, the executive director of Harbourwatch, plan to hold talks with ministers.'].join('\n'))
    expect(text(answerQuestion(board, '¿Quién es el director ejecutivo de Harbourwatch?', {lang: 'es', now}))).toMatch(/^Olav Berg/)
  })
})

describe('media advisories, clock times and spans of time', () => {
  const advisory = facts(`---
title: "Media advisory: Coastal Rights Network presents its report on the Karvik strike"
published: 2024-03-04
language: en
---

The Coastal Rights Network will present its report on the Karvik strike to journalists.

When: Thursday 14 March 2024, 11:00 CET

Where: Online, as a virtual news conference.

The researchers spent six weeks in the mining district and interviewed 40 strikers.

Maren Dahl, Executive Director of the Coastal Rights Network, said: "The strikers were beaten for asking to be paid."
`)

  it('counts reporters where a Spanish article says periodistas', () => {
    const attacked = facts(['Agresiones a la prensa', 'Durante las protestas en Valencia, al menos 19 periodistas fueron agredidos por la policía.'].join('\n'))
    expect(text(ask(attacked, 'how many reporters were attacked during the protests?'))).toMatch(/^19\b/)
  })

  it('answers "when" with the condition the sentence sets ("once they have confessed"), not with no date at all', () => {
    const held = facts(['Detention outside the law', 'Once they have confessed, detainees are handed over to the prosecutors, who charge them within days.'].join('\n'))
    expect(text(ask(held, 'when are detainees handed over to the prosecutors?'))).toContain('Once they have confessed')
    const undated = facts(['Detention outside the law', 'Detainees are handed over to the prosecutors, who charge them.'].join('\n'))
    expect(ask(undated, 'when are detainees handed over to the prosecutors?').status).toBe('declined')
  })

  it('says the clock time for "what time", and declines it where the article gives none', () => {
    expect(text(ask(advisory, 'what time does it start?'))).toContain('11:00')
    expect(ask(mission, 'what time is the press conference?').status).toBe('declined')
  })

  it('knows an organisation by its initials, a news conference as a press conference, and one time given twice', () => {
    const briefing = facts(['Media advisory: Human Rights Watch presents its report on protest bans', 'Human Rights Watch is inviting journalists to an online news conference at 11:00 a.m. CET on Thursday, 11 February 2021.', 'When: Thursday, 11 February 2021, 11:00 a.m. CET', 'Where: Online, as a virtual news conference (Zoom webinar).', 'Who: Gerry Simpson, Associate Crisis Director, Human Rights Watch; Matthew Bugher, Head of Programme, ARTICLE 19.'].join('\n'))
    expect(text(ask(briefing, 'what time does it start'))).toMatch(/^11:00/)
    expect(text(ask(briefing, 'where is the press conference taking place?'))).toContain('Online')
    expect(text(ask(briefing, "who's speaking for HRW?"))).toContain('Gerry Simpson')
  })

  it('answers who gives the event an advisory announces, unnamed, from its "Who:" line, and a time in the zone asked', () => {
    const unnamed = facts(['Coastal Rights Network presents the findings of its mission', 'The delegates travelled to Tromsvik and Karvik and met the minister.', 'When: Thursday 17 February 2025, 12:00 local time (06:30 GMT)', 'Where: Harbour Press Club, 4 Harbour Road, Strelsau', 'Who: Ana Lenz, Secretary General of the Coastal Rights Network'].join('\n'))
    expect(text(ask(unnamed, "who's giving the press conference?"))).toMatch(/^Ana Lenz/)
    expect(text(answerQuestion(unnamed, '¿quién da la rueda de prensa?', {lang: 'es', now}))).toMatch(/^Ana Lenz/)
    expect(text(ask(unnamed, 'where is the press conference being held?'))).toContain('Harbour Press Club')
    expect(text(answerQuestion(unnamed, '¿a qué hora GMT empieza la rueda de prensa?', {lang: 'es', now}))).toMatch(/^06:30 GMT/)
    expect(text(ask(unnamed, 'what time does it start?'))).toMatch(/^12:00/)
    expect(ask(unnamed, 'who is the minister?').status).toBe('declined')
  })

  it('answers where and when from the advisory’s lines, only about what it announces', () => {
    expect(text(ask(advisory, 'where is the news conference?'))).toContain('Online')
    expect(ask(advisory, 'which country had the worst mines?').status).toBe('declined')
  })

  it('answers where and when the event its headline announces is from its lines, not from a sentence that tells of it in passing', () => {
    const rally = facts(
      [
        '---',
        'title: "Ops note – Strelsau rally to demand a trawling ban on Monday"',
        'published: 2015-01-23',
        'language: en',
        '---',
        '',
        '- **When:** Monday 26 January 2015, starting at 12:30pm',
        '- **Where:** Harbour Square, across the road from the parliament',
        '',
        'More than a hundred people are expected to gather in Strelsau on Monday for a rally demanding a ban on trawling.'
      ].join('\n')
    )
    expect(text(ask(rally, "Where's the rally happening?"))).toContain('Harbour Square')
    expect(text(ask(rally, 'when is the trawling rally'))).toContain('26 January 2015')
    // Not what the advisory announces: not its "When:" line.
    expect(text(ask(rally, 'when did the trawling start?'))).not.toContain('12:30pm')
    // A place the article never names, "outside" where it is asked: no, the "Where:" line says where, more exactly than the text.
    expect(text(ask(rally, 'Is the rally outside Castle Gate?'))).toMatch(/^No\.[\s\S]*Harbour Square/)
  })

  it('names every speaker the advisory lists, on its "Speakers:" line or under "Intervendrán:", before anyone it quotes', () => {
    const rally = facts(
      [
        '---',
        'title: "Ops note – Strelsau rally to demand a trawling ban on Monday"',
        'published: 2015-01-23',
        'language: en',
        '---',
        '',
        '- **When:** Monday 26 January 2015, starting at 12:30pm',
        '- **Speakers:** Ana Lenz, Karl Brandt MP, Eva Ruiz',
        '',
        'Speaking ahead of her address to the rally, Ana Lenz said:',
        '',
        '"The sea cannot wait."'
      ].join('\n')
    )
    expect(text(ask(rally, "who's speaking at it?"))).toMatch(/^Ana Lenz, Karl Brandt( MP)? and Eva Ruiz\./)
    const launch = facts(['Red Costera presenta su informe sobre la pesca de arrastre', 'Presentación', 'Fecha: jueves 29 de septiembre', 'Intervendrán:', '- Ana Lenz, directora ejecutiva de Red Costera', '- Karl Brandt, técnico en Conservación de Red Costera'].join('\n'))
    expect(text(answerQuestion(launch, '¿quién habla en el acto?', {lang: 'es', now}))).toMatch(/^Ana Lenz y Karl Brandt\./)
  })

  it('gives the day and the hour of an advisory that writes them on two lines', () => {
    const launch = facts(['Red Costera presenta su informe sobre la pesca de arrastre', 'Presentación', 'Fecha: jueves 29 de septiembre', 'Hora: 12:00 horas', 'Lugar: Casa del Mar, Tromsvik'].join('\n'))
    expect(text(answerQuestion(launch, '¿Cuándo es la presentación?', {lang: 'es', now}))).toMatch(/^Jueves 29 de septiembre, 12:00 horas\./)
  })

  it('does not answer "when" with a topic that gives a figure and no day', () => {
    const petition = facts(['Rights network takes its petition to parliament', 'The Coastal Rights Network is sending its leaders to parliament with a petition on the strike.', 'The petition asks the minister to explain the steps taken now that arrests have risen to over 4,000.'].join('\n'))
    expect(ask(petition, 'when is the petition being handed in?').status).toBe('declined')
  })

  it('answers when something ends only with a day it ends, and a phone number only with one', () => {
    const tour = facts(['Ship tour sets off', 'The ship tour set off from Tromsvik on 23 February and will call at five ports over the coming months.', 'Journalists need to obtain accreditation by telephone.'].join('\n'))
    expect(text(ask(tour, 'when did the ship tour set off?'))).toContain('23 February')
    expect(ask(tour, 'when does the ship tour end?').status).toBe('declined')
    expect(ask(tour, "what's the phone number to get accreditation?").status).toBe('declined')
    const until = facts(['Exhibition opens', 'The exhibition on the strike opens in Tromsvik on 3 March and ends on 20 April.'].join('\n'))
    expect(text(ask(until, 'when does the exhibition end?'))).toContain('20 April')
  })

  it('reads "a que ora" as the hour asked, and a span of hours ("cada 22 horas") as no clock time', () => {
    const launch = facts(['Presentación del informe anual', 'La Red Costera presentará su informe el jueves 17 de marzo a las 10:00 horas.', 'Durante el año pasado, un periodista fue agredido cada 22 horas.'].join('\n'))
    expect(text(answerQuestion(launch, 'a que ora empieza?', {lang: 'es', now}))).toMatch(/^A las 10:00 horas/)
  })

  it('answers "how long" with a span of time, and who speaks for an organisation with the one it quotes', () => {
    expect(text(ask(advisory, 'how long did the researchers spend in the district?'))).toContain('six weeks')
    expect(text(ask(advisory, 'who is speaking for the Coastal Rights Network?'))).toContain('Maren Dahl')
  })
})

describe('the words of a question as the article’s terms', () => {
  it('meets "agresiones" as attacks, and keeps "comunes" (common) apart from "comunidades"', () => {
    expect(termOf('agresiones', 'es')).toBe(termOf('attacks', 'en'))
    expect(termOf('agredidas', 'es')).toBe(termOf('attacked', 'en'))
    expect(termOf('comunes', 'es')).not.toBe(termOf('comunidades', 'es'))
    expect(termOf('comunes', 'es')).toBe(termOf('frecuentes', 'es'))
  })

  it('reads irregular English forms as their dictionary form, and leaves forms read two ways alone', () => {
    expect(termOf('took', 'en')).toBe(termOf('taking', 'en'))
    expect(termOf('children', 'en')).toBe(termOf('child', 'en'))
    expect(termOf('spoke', 'en')).toBe(termOf('speaks', 'en'))
    // "Where are they being held?" asks about detention, not about where vigils are held.
    expect(termOf('held', 'en')).not.toBe(termOf('holding', 'en'))
  })

  it('cuts a Spanish noun in "-ción" typed without its accent as it cuts the plural', () => {
    expect(termOf('presentacion', 'es')).toBe(termOf('presentaciones', 'es'))
    expect(termOf('presentacion', 'es')).toBe(termOf('presentación', 'es'))
  })

  it('reads who researches apart from the research, and Amnesty by its name in either language', () => {
    expect(termOf('investigadora', 'en')).toBe(termOf('researcher', 'en'))
    expect(termOf('investigadora', 'es')).not.toBe(termOf('investigacion', 'es'))
    expect(termOf('investigar', 'es')).not.toBe(termOf('researcher', 'es'))
    expect(termOf('amnistia', 'en')).toBe(termOf('amnesty', 'en'))
  })

  it('reads every form of calling for something as one term: "what is X asking for?" meets "is urging"', () => {
    expect(termOf('urging', 'en')).toBe(termOf('calls', 'en'))
    expect(termOf('demanding', 'en')).toBe(termOf('calls', 'en'))
    expect(termOf('pidiendo', 'es')).toBe(termOf('piden', 'es'))
    expect(termOf('reclaman', 'es')).toBe(termOf('exigen', 'es'))
  })
})

describe('names of countries and of bodies across languages and acronyms', () => {
  const appeal = facts(['Rights group turns to the United Nations over Karvik', 'The Coastal Rights Network calls on the United Nations Human Rights Council to send investigators to Karvik.', 'Its 25-page report on Austria describes 9 cases of forced labour.', 'Its 40-page report on Germany describes 12 cases of forced labour.', 'In the United States, a similar law was passed the year before.'].join('\n'))

  it('reads a body by its acronym or its name in the other language ("the UN", "Naciones Unidas", "the US")', () => {
    expect(text(ask(appeal, 'what does the network want the UN to do?'))).toContain('Human Rights Council')
    expect(text(answerQuestion(appeal, '¿qué le pide la red a las Naciones Unidas?', {lang: 'es', now}))).toContain('Human Rights Council')
    expect(text(ask(appeal, 'has the US passed a similar law?'))).toMatch(/^Yes\./)
  })

  it('reads a country by its name in the other language ("Alemania": Germany)', () => {
    expect(text(answerQuestion(appeal, '¿cuántas páginas tiene el informe sobre Alemania?', {lang: 'es', now}))).toMatch(/^40/)
  })

  it('reads a country by the name people use besides the official one ("Turquía" for an article\'s "Turkey")', () => {
    const turkey = facts(['Writers group visits Ankara', 'Its 20-page report on Austria describes 2 cases of jailed writers.', 'Its 30-page report on Turkey describes 7 cases of jailed writers.'].join('\n'))
    expect(text(answerQuestion(turkey, '¿cuántas páginas tiene el informe sobre Turquía?', {lang: 'es', now}))).toMatch(/^30/)
  })
})

describe('a name of several words asked in the other language', () => {
  it('is one name, "de" and all, not a place "Representantes" that the sentence contradicts', () => {
    const debate = facts(['Petition reaches parliament', 'Two members are due to speak to the petition on Tuesday: Ana Lenz MP in the House of Representatives, and Senator Karl Brandt in the Senate.'].join('\n'))
    expect(text(answerQuestion(debate, '¿Ana Lenz va a hablar de la petición en la Cámara de Representantes?', {lang: 'es', now}))).not.toMatch(/^No\./)
  })
})

describe('a question about one person that the topics cannot settle', () => {
  it('is answered from the sentence about them before a choice of topics is offered', () => {
    const release = facts(
      [
        'Ruritania: rights network urges new government to stop police crackdowns on peaceful protest',
        'Ruritania’s new government should end the impunity that police enjoy for killing protesters, the Coastal Rights Network said as it released a new report at a press conference in Strelsau.',
        'Ana Ruiz, Director of the Coastal Rights Network, said: "The authorities must ensure the right of individuals to peacefully assemble without fear for their safety."',
        'She added: "For ten years, police in Ruritania have literally been getting away with murder as peaceful protesters have lost their lives."'
      ].join('\n')
    )
    expect(text(ask(release, 'what did ruiz say police have been getting away with?'))).toContain('getting away with murder')
  })
})

describe('what is happening or to come, asked yes or no', () => {
  it('is not confirmed by what was done before ("who met with President Brandt in February")', () => {
    const visit = facts(
      [
        'A Coastal Rights Network delegation led by Secretary General Lena Holm has arrived in Ruritania to present the findings of an investigation.',
        'The organization has requested a meeting with President Karl Brandt to discuss the findings of the report.',
        'Ana Ruiz, Coastal Rights Network’s Americas director, and Olga Berg, executive director of Coastal Rights Network Ruritania, who met with President Brandt to discuss the preliminary findings of the investigation in February, are also part of the delegation.'
      ].join('\n')
    )
    expect(text(ask(visit, 'is the coastal rights network meeting with brandt'))).not.toMatch(/^Yes/)
    expect(text(ask(visit, 'did the coastal rights network meet brandt?'))).toMatch(/^Yes\./)
  })
})

describe('what a sentence says is still lacking', () => {
  it('is not confirmed as done ("todavía necesita el voto favorable de la Cámara de Senadores")', () => {
    const law = facts(['Un millón de firmas por la ley de costas', 'Según la Red Costera, el proyecto ya cuenta con la aprobación de la Cámara de Diputados, pero todavía necesita el voto favorable de la Cámara de Senadores para convertirse en ley.'].join('\n'))
    expect(text(answerQuestion(law, '¿la ley ya la aprobó el Senado?', {lang: 'es', now}))).not.toMatch(/^Sí/)
    expect(text(answerQuestion(law, '¿el proyecto ya cuenta con la aprobación de la Cámara de Diputados?', {lang: 'es', now}))).not.toMatch(/^No/)
  })
})

describe('a claim that only some did something', () => {
  it('is not confirmed by a sentence that names them without saying no one else did', () => {
    const launch = facts(['Groups present their annual report', 'Organisations from Chile, Peru and Bolivia presented the annual report on Monday.'].join('\n'))
    expect(text(ask(launch, 'did organisations from Chile present the annual report?'))).toMatch(/^Yes\./)
    expect(text(ask(launch, 'did only organisations from Chile present the annual report?'))).not.toMatch(/^Yes/)
  })
})

describe('what something is called, and who publishes a report', () => {
  it('reads "¿cómo se llamaba X?" as asking X’s name, not for the word "called"', () => {
    const action = facts(['La Red Costera entrega las firmas', 'La ciberacción de la Red Costera "Ruritania: pescadores atacados por defender la costa" ya está cerrada y reunió a 33.130 firmas.'].join('\n'))
    expect(text(answerQuestion(action, '¿cómo se llamaba la ciberacción?', {lang: 'es', now}))).toContain('pescadores atacados')
  })

  it('answers who presents a report by its publisher, and does not answer it with the title alone', () => {
    const invite = facts(['Convocatoria', 'La organización internacional Artículo 19 convoca a los medios a la presentación de su Informe Anual de Violencia contra la Prensa 2015.'].join('\n'))
    expect(text(answerQuestion(invite, '¿quién publica el informe?', {lang: 'es', now}))).toContain('Artículo 19')
    const unsigned = facts(['Presentación en Tromsvik', 'El informe «Mar de fondo» se presenta el jueves 17 de marzo en Tromsvik.'].join('\n'))
    expect(answerQuestion(unsigned, '¿quién presenta el informe?', {lang: 'es', now}).status).toBe('declined')
  })
})

describe('what someone promised', () => {
  it('is what they are reported to have promised, or the article does not say', () => {
    const meeting = facts(['Press freedom winners meet the minister', 'The Coastal Rights Network brought its award winners to meet Minister Ana Lenz on Monday.', 'Minister Karl Brandt promised to review the case of the jailed reporters.'].join('\n'))
    expect(ask(meeting, 'What did Ana Lenz promise the journalists during the meeting?').status).toBe('declined')
    expect(text(ask(meeting, 'What did Karl Brandt promise?'))).toContain('review the case')
  })
})

describe('a line that introduces a quotation', () => {
  it('is said with the quotation after it, never alone ("X said:")', () => {
    const reaction = facts(['Harbourwatch reacts to the fisheries report', 'Harbourwatch has responded to the report released today by the Fisheries Council.', 'Reacting to the Fisheries Report, which was released today, the network’s lead Ana Lenz compared it to a storm warning, saying:', '"This report is a siren for every fishing town on the coast."'].join('\n'))
    expect(text(ask(reaction, 'What did Ana Lenz compare the fisheries report to?'))).toContain('siren for every fishing town')
  })
})

describe('which organisations', () => {
  const visit = facts(['Press freedom groups visit Ruritania', 'The Coastal Rights Network is heading a delegation to Ruritania this week.', 'The heads of four organizations – the Coastal Rights Network, Harbour Watch, Reporters Without Borders and Index on Censorship – will travel to Strelsau and Tromsvik.', 'The Coastal Rights Network said the visit would show journalists they are not alone.'].join('\n'))

  it('gives every one the sentence names, and for "which other" leaves out the release’s own', () => {
    expect(text(ask(visit, 'which organisations are travelling to Strelsau?'))).toMatch(/^Coastal Rights Network, Harbour Watch, Reporters Without Borders and Index on Censorship\./)
    expect(text(ask(visit, 'which other groups are travelling to Strelsau?'))).toMatch(/^Harbour Watch, Reporters Without Borders and Index on Censorship\./)
  })
})

describe('whom to contact', () => {
  it('is the release’s media contact, or of several the one the question places', () => {
    const one = facts(['Coastal Rights Network reacts to the report', 'The Coastal Rights Network welcomed the report today and called for action.', 'To request an interview, please get in touch with our media contact below.', 'Media contact', 'Ana Lenz, Communications Associate'].join('\n'))
    expect(text(ask(one, 'who do I contact to get an interview?'))).toMatch(/^Ana Lenz/)
    const two = facts(['Coastal Rights Network reacts to the report', 'The Coastal Rights Network welcomed the report today and called for action.', 'Journalists can reach the network’s media contacts, Sara Holm in Norway and Ola Berg in the UK.'].join('\n'))
    expect(text(ask(two, 'who should I contact in the UK?'))).toMatch(/^Ola Berg/)
  })

  const advisory = facts(['# Rights groups to hold a press call', '', '**Media contacts:**', '', '- Ana Lenz, Harbourwatch Foundation (HWF)', '- Karl Brandt, Coastal Rights Network, 212 555 0100', '', 'The groups will hold a press teleconference on Thursday at 11:30am Eastern Time.', '', '- **What:** Press call on the documents', '- **Who:**', '  - Eva Ruiz and Olga Berg, Coastal Rights Network, Strelsau Law School', '  - Tomas Berge, Harbourwatch Foundation', '- **When:** Thursday, 11:30 a.m.'].join('\n'))

  it('is, of several, the one with the body the question names, else all of them', () => {
    expect(text(ask(advisory, 'who’s the press contact at harbourwatch?'))).toMatch(/^Ana Lenz, media contact\./)
    expect(text(ask(advisory, 'who do i call'))).toMatch(/^Ana Lenz, media contact and Karl Brandt, media contact\./)
  })

  it('is not who speaks on "the call" an advisory announces', () => {
    expect(text(ask(advisory, 'who are the speakers on the call'))).toMatch(/^Eva Ruiz, Olga Berg and Tomas Berge\./)
    expect(text(answerQuestion(advisory, '¿a qué hora es la rueda de prensa?', {lang: 'es', now}))).toMatch(/^11:30am\./)
  })
})

describe('a delegation’s days', () => {
  const visit = facts(
    [
      'Noruega: delegación de la Red Costera se reunirá con la ministra',
      'Ana Lenz, directora para Europa de la Red Costera, encabezará una delegación de la organización que estará en Tromsvik entre el 3 y el 6 de septiembre.',
      'Durante la visita a Noruega, Ana Lenz irá acompañada de Karl Brandt, investigador de la Red Costera.'
    ].join('\n')
  )

  it('answers when the delegation goes with the days it is there, and a country the headline opens with as its setting', () => {
    expect(text(answerQuestion(visit, '¿cuándo llega la delegación?', {lang: 'es', now}))).toMatch(/^Entre el 3 y el 6 de septiembre, la delegación de (?:la )?Red Costera iba a estar en Tromsvik/)
    expect(text(answerQuestion(visit, '¿cuándo viaja la delegación a Noruega?', {lang: 'es', now}))).toContain('6 de septiembre')
    expect(text(answerQuestion(visit, '¿quiénes acompañan a Ana Lenz?', {lang: 'es', now}))).toContain('Karl Brandt')
  })
})

describe('a place the question states, said of whom', () => {
  const table = facts(['Press freedom winners meet the vice president', 'The guests were the journalist Ana Lenz of Brazil, the lawyer Karl Brandt of India and the editor Olga Berg of Kenya.'].join('\n'))

  it('does not say yes when the place is written beside someone else, and says no with the asked person’s own', () => {
    expect(text(ask(table, 'Is Karl Brandt from Brazil?'))).toMatch(/^No\./)
    expect(text(ask(table, 'Is Olga Berg from Brazil?'))).toMatch(/^No\./)
    expect(text(ask(table, 'Is Karl Brandt from India?'))).toMatch(/^Yes\./)
  })

  it('settles the role by the titles but not the place added to it ("a journalist from India?")', () => {
    expect(text(ask(table, 'Is Ana Lenz a journalist?'))).toMatch(/^Yes\./)
    expect(text(ask(table, 'Is Ana Lenz a journalist from India?'))).toMatch(/^No\./)
  })

  it('reads the place written after a name given without a title of its own as that person’s', () => {
    const untitled = facts(['Press freedom winners meet the vice president', 'The reporters at the table were Lisa Moreau of Brazil, Tomas Ek of India and Ines Vidal of Kenya.'].join('\n'))
    expect(text(ask(untitled, 'Is Tomas Ek a reporter from Brazil?'))).toMatch(/^No\./)
    expect(text(answerQuestion(untitled, '¿De qué país es el periodista Ines Vidal?', {lang: 'es', now}))).toMatch(/^Kenia|^Kenya/)
  })
})

describe('whether someone took part, asked with "involved"', () => {
  const vigil = facts(['Harbourwatch holds a vigil in Tromsvik', 'Harbourwatch held a vigil for the lost fishers in Tromsvik on Sunday.', 'The lanterns carried at the vigil were painted by school children from Strelsau.'].join('\n'))

  it('reads "involved" as light: the sentence that has them take part says yes', () => {
    expect(text(ask(vigil, 'were school kids involved in this somehow?'))).toMatch(/^Yes\./)
  })
})

describe('a word for money, held by a sum', () => {
  const unpaid = facts(['Garment workers unpaid in Tromsvik', 'The Harbourwatch garment factory in Tromsvik closed in March without paying its 300 workers.', 'According to the workers, US $550,000 would be needed to pay their wages and severance.'].join('\n'))

  it('answers "how much money" from the sentence that gives a sum, in either language', () => {
    expect(text(ask(unpaid, 'how much money do the workers want'))).toMatch(/^\$550,000\./)
    expect(text(answerQuestion(unpaid, 'cuánto dinero reclaman los trabajadores', {lang: 'es', now}))).toMatch(/^\$550,000\./)
  })
})

describe('two letters typed the wrong way round, and a protest "staged"', () => {
  const sentence = facts(['Fisher leader sentenced in Strelsau', 'A court in Strelsau sentenced Ana Lenz to 15 years in prison on Monday.', 'Campaigners from Harbourwatch and the Coastal Rights Network staged a vigil outside the court.'].join('\n'))

  it('reads "yeras" as "years", a word the article writes', () => {
    expect(text(ask(sentence, 'how many yeras did she get?'))).toMatch(/15 years/u)
  })

  it('answers who organised it from whoever staged it', () => {
    expect(text(ask(sentence, 'who organised the vigil?'))).toMatch(/Harbourwatch|Coastal Rights Network/u)
  })
})

describe('a word for figures, held by a sentence that gives one', () => {
  const count = facts(['Harbourwatch counts lost fishers', 'Ana Lenz, who leads Harbourwatch, said the coast was still unsafe.', 'According to the Coastal Rights Network, 312 fishers were lost at sea in 2023.'].join('\n'))
  const index = evidenceIndex(count)
  const sentenceWith = (words: string) => index.sentences.find((evidence) => evidence.sentence.text.includes(words))!

  it('is held by the sentence with a figure, in either language, and not by one without', () => {
    for (const word of ['figures', 'numbers', 'cifras']) {
      const term = {word, term: index.termOf(word), weight: 1}
      expect(holds(sentenceWith('312 fishers'), term)).toBe(true)
      expect(holds(sentenceWith('still unsafe'), term)).toBe(false)
    }
  })

  it('does not take "these figures" for the people the article names', () => {
    expect(ask(count, 'what year are these figures from?').intent).not.toBe('people')
  })
})

describe('a list whose items hold commas, split by semicolons', () => {
  const killings = facts(['Tres dirigentes asesinados', 'Tres dirigentes pesqueros fueron asesinados en dos días: Tomas Ek, en Strelsau; Lisa Moreau, en Tromsvik, y Ines Vidal, en Zenda.'].join('\n'))
  const ask = (question: string) => text(answerQuestion(killings, question, {lang: 'es', now}))

  it('says no to a place written in another’s item, and yes to the asked person’s own', () => {
    expect(ask('¿a Lisa Moreau la mataron en Strelsau?')).toMatch(/^No\./)
    expect(ask('¿a Lisa Moreau la mataron en Tromsvik?')).toMatch(/^Sí\./)
  })

  it('answers where with the place of the item that names the one asked about', () => {
    expect(ask('¿dónde mataron a Ines Vidal?')).toMatch(/^Zenda\./)
    expect(ask('¿dónde mataron a Tomas Ek?')).toMatch(/^Strelsau\./)
  })
})

describe('whether someone named holds a role, or comes from a place', () => {
  const visit = facts(['Rights group meets the president of Ruritania', 'Secretary General Ana Lenz of the Coastal Rights Network arrived in Strelsau on Monday.', 'She will meet President Karl Brandt to present the findings of the report on Ruritania.'].join('\n'))

  it('says yes from the titles the article gives, and no with the one who holds the role asked', () => {
    expect(text(ask(visit, 'is Ana Lenz the secretary general?'))).toMatch(/^Yes\./)
    expect(text(ask(visit, 'is Ana Lenz the president of Ruritania?'))).toMatch(/^No\.\nKarl Brandt, President\./)
    expect(text(answerQuestion(visit, '¿es Ana Lenz la presidenta?', {lang: 'es', now}))).toMatch(/^No\./)
  })

  it('does not take a place someone went to for where they come from', () => {
    expect(text(ask(visit, 'is Ana Lenz from Strelsau?'))).not.toMatch(/^Yes/)
  })
})

describe('days and the clause they date', () => {
  const urgent = facts(`---
title: "Ruritania: acción urgente por la defensora Ana Lenz"
published: 2024-02-13
language: es
---

La defensora Ana Lenz fue detenida el viernes anterior en Strelsau.

El fiscal general Karl Brandt admitió el domingo que Ana Lenz había sido detenida, pero no dijo dónde está.
`)

  it('answers "what day" with the weekday of the clause that holds what is asked', () => {
    const answer = answerQuestion(urgent, '¿qué día la detuvieron?', {lang: 'es', now})
    expect(text(answer)).toMatch(/viernes/i)
    expect(text(answer)).not.toMatch(/^domingo/i)
  })
})

describe('a yes/no question checked across languages, plans and open lists', () => {
  const launch = facts(['Coastal Rights Network to present its annual report in Tromsvik', 'The Coastal Rights Network will unveil its annual report from London on Thursday, 28 May 2026.', 'Its director, Maren Dahl, is also due to meet the interior minister, Olaf Berg.', 'Maren Dahl, Director of the Coastal Rights Network, and Sven Holm, Researcher at the Coastal Rights Network, will present the report.', 'The first summit on refugees will be held in Geneva on 19 September.'].join('\n'))
  const es = (question: string) => text(answerQuestion(launch, question, {lang: 'es', now}))

  it('knows a city by its name in the other language, and says yes to what is planned when asked of what is to come', () => {
    expect(es('¿el informe se presenta desde Londres?')).toMatch(/^Sí\./)
    expect(es('¿el informe se presenta desde Ginebra?')).toMatch(/^No\./)
  })

  it('does not answer no with one name of an open list ("is also due to meet")', () => {
    expect(ask(launch, 'Will Maren Dahl meet President Karl Brandt?').status).toBe('declined')
  })

  it('names the two who speak for an organisation, and answers "which country" only with a country', () => {
    const speakers = text(ask(launch, 'who is speaking for the Coastal Rights Network?'))
    expect(speakers).toContain('Maren Dahl')
    expect(speakers).toContain('Sven Holm')
    expect(text(ask(launch, 'which country hosts the first summit on refugees?'))).not.toMatch(/^Geneva/)
  })
})

describe('copulas, denials, lengths and the clause that dates an event', () => {
  const convocatoria = facts(['---', 'title: "Convocatoria: la Red presenta su informe anual"', 'language: es', '---', '', 'La Red de Derechos Costeros convoca a los medios a la presentación de su Informe Anual 2025, que tendrá lugar el jueves 17 de marzo a las 10:00 horas.', '', '**Lugar:** Centro Cultural Estación Norte, Dr. Claudio Bernard No. 111, Col. Doctores, Ciudad de México.', '', 'La autora del informe es Paula San Pedro, responsable de investigación de la Red, organización cuyo director general es José María Vera.', '', 'El sistema de detención no tiene base en la ley, y las firmas se presentaron en un rollo de más de 40 metros.'].join('\n'))
  const es = (question: string) => text(answerQuestion(convocatoria, question, {lang: 'es', now}))

  it('dates the event a relative clause says takes place, and answers where it will be from the advisory line', () => {
    expect(es('¿cuándo es la presentación?')).toMatch(/^Jueves 17 de marzo/)
    expect(es('¿dónde va a ser la presentación?')).toContain('Centro Cultural Estación Norte')
  })

  it('reads "the X is Name" as Name holding X', () => {
    expect(es('¿quién es la autora del informe?')).toMatch(/^Paula San Pedro/)
    expect(es('¿quién es el director general?')).toMatch(/^José María Vera/)
  })

  it('says no where the sentence denies what is asked, and gives a length for "how long is"', () => {
    expect(es('¿el sistema de detención tiene base en la ley?')).toMatch(/^No\./)
    expect(es('¿cuánto mide el rollo de las firmas?')).toContain('40 metros')
  })
})

describe('words in the other language, what someone said in reported speech, and sums of money', () => {
  const flood = facts(`---
title: "Valdoria: families still waiting after the Serrano dam flood"
published: 2025-06-02
language: en
---

The flood that followed the collapse of the Serrano dam in April hit two schools, a clinic and some 300 homes in the valley of Ostra.

Engineers had warned the regional authority about cracks in the wall in 2023, according to the report.

Marta Ilves, director of the Ostra Residents' Union, warned that the families still had no drinking water and that the authority had ignored their letters.

The union says 4,200 people were displaced by the water.

Rebuilding the clinic will cost more than the 300 families of the valley can pay, the union says.
`)

  it('meets the genre’s everyday words across languages ("norte" — "northern", "fuerzas" — "forces")', () => {
    const patrols = facts(['Rights network reports on the valley of Ostra', 'Army forces patrol the northern villages every night.', 'The network counted 40 checkpoints in the valley.'].join('\n'))
    expect(text(answerQuestion(patrols, '¿qué fuerzas patrullan los pueblos del norte?', {lang: 'es', now}))).toContain('Army forces patrol')
  })

  it('meets the genre’s medical words across languages ("HIV" — "VIH", "surgical operations" — "intervenciones quirúrgicas")', () => {
    const memoria = facts(['Red Costera: memoria anual 2015', 'Red Costera – Nota de prensa – 8 de junio de 2016', 'La organización practicó también 7.500 intervenciones quirúrgicas, vacunó a más de 200.000 personas y trató a más de 6.500 pacientes con VIH.', 'En conjunto, atendió a medio millón de pacientes más que en 2014.'].join('\n'))
    expect(text(ask(memoria, 'how many HIV patients did they treat'))).toContain('6.500')
    expect(text(answerQuestion(memoria, '¿Cuántas operaciones quirúrgicas realizaron?', {lang: 'es', now}))).toContain('7.500')
  })

  it('meets "ganadores" where the article names "recipients" or "laureates"', () => {
    const award = facts(['Harbourwatch honours three defenders', 'Tromsvik, 31 May 2024 – At a ceremony held in Tromsvik this morning, Harbourwatch named the three recipients of its highest honour.', 'The award was created in 2005.'].join('\n'))
    expect(text(answerQuestion(award, '¿cuántos ganadores hubo este año?', {lang: 'es', now}))).toContain('three recipients')
  })

  it('meets "suministra" where the article says "provides"', () => {
    const water = facts(['Rights network reports on the valley of Ostra', 'The Ostra Residents’ Union provides drinking water to 300 families every week.', 'The union runs two clinics for 500 families in the valley.', 'The network counted 40 checkpoints in the valley.'].join('\n'))
    expect(text(answerQuestion(water, '¿qué suministra el sindicato?', {lang: 'es', now}))).toContain('drinking water')
  })

  it('meets a Spanish question word the article writes in English through the bilingual word list', () => {
    const answer = answerQuestion(flood, '¿qué edificios fueron alcanzados por la inundación?', {lang: 'es', now})
    expect(answer.status).toBe('answered')
    expect(text(answer)).toContain('two schools, a clinic')
  })

  it('reads an imperfect typed without its accent ("pedían") as asking', () => {
    const note = facts(['---', 'title: "Ruritania: amenazas contra defensores"', 'language: es', '---', '', 'El sobre contenía cuatro balas y una nota que decía que aquello era un aviso y que exigía «$30 mil» o la muerte.'].join('\n'))
    expect(text(answerQuestion(note, '¿Cuánto dinero pedían en la nota?', {lang: 'es', now}))).toContain('30 mil')
  })

  it('meets "Swiss" where the article says "Switzerland", and "británico" where it says "British"', () => {
    const visit = facts(['Harbourwatch reports on the Tromsvik prison', 'The Swiss government said the report on the prison was unfair.', 'The French government said the report on the prison was fair and complete.'].join('\n'))
    expect(text(ask(visit, 'what did the government of switzerland say about the report?'))).toContain('report on the prison was unfair')
    expect(text(answerQuestion(visit, '¿qué dijo el gobierno de Francia sobre el informe?', {lang: 'es', now}))).toContain('fair and complete')
    expect(nationWords('británico')).toContain('uk')
  })

  it('meets "techo" where the article says "roof", and "info" where it says "information"', () => {
    const rooftop = facts(['# Rooftop protest in Tromsvik', '', 'Some 15 detainees have climbed onto the roof of the Tromsvik centre.', '', 'For more information, contact Ana Lenz on 0417 275 713.'].join('\n'))
    expect(text(answerQuestion(rooftop, '¿cuántos están en el techo?', {lang: 'es', now}))).toContain('15 detainees')
    expect(text(ask(rooftop, 'how do I contact someone for more info'))).toContain('0417 275 713')
  })

  it('meets a conditional typed without its accent through its future ("recortaría" as "recortaria": "cut")', () => {
    expect(translationsOf('recortaria')).toContain('cut')
    expect(translationsOf('recortarian')).toContain('cut')
  })

  it('meets a Spanish form the bilingual list does not write through its stem ("trabajaba", "trabajando": "worked")', () => {
    expect(translationsOf('trabajaba')).toContain('worked')
    expect(translationsOf('trabajando')).toContain('working')
    const anchor = facts(['# Radio host shot in Tromsvik', '', 'Karl Brandt was shot outside his home in Tromsvik on Saturday.', '', 'Brandt worked as a host at Radio Costa, where he covered the fishing trade on the station’s evening programme.', '', 'Harbourwatch urged the police to find the gunman.'].join('\n'))
    expect(text(answerQuestion(anchor, '¿en qué emisora trabajaba Brandt?', {lang: 'es', now}))).toContain('Radio Costa')
  })

  it('reads "mine" as the pit, not the pronoun ("where’s the mine")', () => {
    const pit = facts(['# Harbourwatch takes the coal mine decision to court', '', 'Harbourwatch has gone to the High Court over the permission given for a new coal mine in Tromsvik.', '', 'Ana Lenz, a campaigner at Harbourwatch, called the decision unthinkable.'].join('\n'))
    expect(text(ask(pit, 'where’s the mine'))).toMatch(/^Tromsvik\./)
  })

  it('meets the genre’s words for donors, mines, summits and offices across the two languages', () => {
    const lawsuit = facts(['Harbourwatch sues Harbour Coal', 'The case targets both the Tromsvik power plant and two of its mines.', 'The report urges the donors to act at the G8 summit.'].join('\n'))
    expect(text(answerQuestion(lawsuit, 'la demanda es contra cuantas minas', {lang: 'es', now}))).toMatch(/^Dos\.|^2\./)
    expect(text(answerQuestion(lawsuit, '¿Qué les pide el informe a los países donantes?', {lang: 'es', now}))).toContain('G8 summit')
  })

  it('answers "what do they say about X" with whoever reports on all of X, and "what did she say" asked first with the sentence "she" reports in', () => {
    const custody = facts(['# Deaths in custody rise in Ruritania', '', 'For the Coastal Rights Network, the rise in deaths is a national scandal and the ministry must act.', '', 'Ana Lenz, director of the network, presented the figures in Strelsau.', '', 'She insisted that people who are so vulnerable should never end up in police cells.'].join('\n'))
    expect(text(answerQuestion(custody, '¿qué dicen del aumento de las muertes?', {lang: 'es', now}))).toContain('national scandal')
    expect(text(ask(custody, 'what does she say about police cells'))).toContain('should never end up in police cells')
    // Someone the question names who is not the one speaking: the article does not give their words.
    expect(ask(custody, 'what did the ministry say about the rise in deaths?').status).toBe('declined')
  })

  it('answers "¿qué dijo sobre X?" with the quotation that speaks of X, and reads "mencionó" as reporting', () => {
    const visit = facts(['---', 'title: "Ruritania: la alta comisionada termina su visita"', 'language: es', '---', '', 'Eva Ruiz, alta comisionada de la ONU para los Derechos Humanos, terminó su visita oficial a Ruritania el 9 de abril.', '', 'Mencionó además que antes de emprender proyectos mineros deben realizarse consultas conforme a los estándares internacionales.', '', '"Para mí ha sido una sorpresa. El caso de Tromsvik se conoce bien por la prensa, pero no tenía idea de la dimensión", declaró Ruiz.'].join('\n'))
    expect(text(answerQuestion(visit, 'que dijo sobre tromsvik', {lang: 'es', now}))).toContain('se conoce bien por la prensa')
    expect(text(answerQuestion(visit, 'que dice de las consultas para proyectos mineros', {lang: 'es', now}))).toContain('estándares internacionales')
  })

  it('reads a present-tense report ("advierte") as the words of the one it names', () => {
    const ceuta = facts(['---', 'title: "Ruritania: expulsiones en la frontera"', 'language: es', '---', '', 'La Red Costera advierte que, si se confirman las expulsiones, es intolerable que las autoridades sigan enviando a personas a un país que no es seguro.', '', 'La frontera de Strelsau estuvo cerrada dos días.'].join('\n'))
    expect(text(answerQuestion(ceuta, '¿qué dice la Red Costera de las expulsiones?', {lang: 'es', now}))).toContain('intolerable')
  })

  it('answers what someone said with the sentence that reports their words, though it quotes none', () => {
    const answer = ask(flood, 'What did Ilves say about the water?')
    expect(answer.status).toBe('answered')
    expect(text(answer)).toContain('no drinking water')
  })

  it('answers "how much does it cost" only with a sum of money, not with a head count', () => {
    expect(ask(flood, 'How much will rebuilding the clinic cost?').status).toBe('declined')
    expect(text(ask(flood, 'how many people were displaced?'))).toMatch(/^4,200\./)
  })
})

describe('a yes/no question that names a place the article never gives', () => {
  const forum = facts(`---
title: "Rights groups to gather for a forum on remedies"
published: 2024-04-01
language: en
---

The Justice Forum of the Coastal Rights Network will take place in Yerevan from 6 to 8 April.

Around 200 defenders from 40 countries are expected to attend.
`)

  it('reads a city typed in lower case as the place stated, and corrects it', () => {
    expect(text(ask(forum, 'is the forum in tbilisi?'))).toMatch(/^No\b/)
    expect(text(ask(forum, 'is the forum in yerevan?'))).toMatch(/^Yes\b/)
  })

  it('weighs little the verb that says it happens ("being held", "stopping")', () => {
    const answer = text(ask(forum, 'is the forum being held in Tbilisi this week?'))
    expect(answer).toMatch(/^No\b/)
    expect(answer).toContain('Yerevan')
  })
})

describe('an age written beside a name', () => {
  const victims = facts(`---
title: "Valdoria: two land defenders killed in a week"
published: 2024-05-20
language: en
---

Unidentified gunmen shot dead Tomas Arvelo, coordinator of the Valley Farmers Committee, who was 47 years old, on 9 May.

A day later the list of victims grew to include Lidia Marsh Ortega (37), a member of the same committee.

Ana Ruiz, Americas director at the Coastal Rights Network, said the authorities must protect those who defend the land.
`)

  it('answers how old someone is from the clause after their name, in the asker’s language', () => {
    expect(text(ask(victims, 'how old was Tomas Arvelo?'))).toMatch(/^47 years old\./)
    expect(text(answerQuestion(victims, '¿qué edad tenía Lidia Marsh Ortega?', {lang: 'es', now}))).toMatch(/^37 años\./)
  })

  it('reads "X, a 32-year-old reporter," as their age', () => {
    const reporter = facts(['Harbourwatch welcomes release of Karl Brandt', 'Karl Brandt, a 32-year-old freelance reporter, was first detained in January.', 'He has also been barred from reporting from Ruritania for five years.'].join('\n'))
    expect(text(answerQuestion(reporter, '¿Cuántos años tiene Karl Brandt?', {lang: 'es', now}))).toMatch(/^32 años\./)
  })

  it('gives no one else’s age', () => {
    expect(ask(victims, 'how old is Ana Ruiz?').status).toBe('declined')
  })
})

describe('whom a question asks about', () => {
  const letter = facts(`---
title: "Valdoria: rights group writes to the governor"
published: 2024-05-20
language: en
---

The Coastal Rights Network today called on the state of Nordland to investigate every killing by police, in a letter it sent to the state's governor, Paulo Mendes Rocha.

The letter says the network raised the same problems with Rocha when they met in 2019.

"We welcome Governor Rocha's plans, but the killings go on," said Ana Ruiz, Americas director at the Coastal Rights Network.
`)

  it('reads "who was the letter sent to" as whom it went to, not as a role asked for', () => {
    expect(questionShape('who was the letter sent to?').definition).toBe(false)
    expect(text(ask(letter, 'Who was the letter sent to?'))).toMatch(/^Paulo Mendes Rocha/)
  })

  it('reads a title before a name as part of naming them ("Governor Rocha")', () => {
    expect(text(ask(letter, 'When did the network previously meet with Governor Rocha?'))).toMatch(/^2019\./)
  })
})

describe('the dateline a release opens with', () => {
  const release = (dateline: string) =>
    facts(`---
title: "Valdoria: rights group urges the state to prosecute police killings"
language: en
---

${dateline} – The Coastal Rights Network today called on the state of Nordland to investigate every killing by police.

The network sent a letter to the governor on Monday.
`)

  it('answers where a release was issued from with the city of its dateline, in either language', () => {
    expect(text(ask(release('(Tromsvik)'), 'Where was this statement issued from?'))).toMatch(/^Tromsvik\./)
    expect(text(ask(release('(Port Arvel, Nordland)'), 'which city was the release issued from?'))).toMatch(/^Port Arvel\./)
    expect(text(ask(release('(Tromsvik)'), 'where was this announcement issued from'))).toMatch(/^Tromsvik\./)
    expect(text(answerQuestion(release('TROMSVIK, 3 May 2024'), '¿desde dónde se publicó el comunicado?', {lang: 'es', now}))).toMatch(/^Tromsvik\./)
    // Its date in brackets after the city, and a line before it that says what the release is.
    expect(text(ask(release('**Comunicado de prensa – Oficina de la Red Costera para los Derechos Humanos en Nordland y Valdoria · Nordland · 3 May 2024**\n\nTROMSVIK (3 May 2024)'), 'Where was this press release issued from?'))).toMatch(/^Tromsvik\./)
  })

  it('answers when and where in one message, each question word with the rest ("¿Cuándo y desde dónde se publicó?")', () => {
    const reply = text(answerQuestion(release('TROMSVIK, 3 May 2024'), '¿Cuándo y desde dónde se publicó este comunicado?', {lang: 'es', now}))
    expect(reply).toContain('3 de mayo de 2024')
    expect(reply).toContain('Tromsvik.')
  })

  it('says nothing of it when the release has no dateline', () => {
    expect(ask(release('Today'), 'where was the release issued from?').status).toBe('declined')
  })
})

describe('a word the genre seldom answers, asked in the other language', () => {
  const report = facts(`---
title: "Valdoria: report documents abuses in mining district"
published: 2024-05-20
language: en
---

The Coastal Rights Network today published a report on abuses in the mining district of Karvik.

The report runs to 78 pages and draws on 40 interviews with miners and their families.
`)

  it('is said the genre’s way ("perdieron la vida"), and a part of those counted is counted ("how many of them were kids")', () => {
    const deaths = facts(['Represión de las protestas en Ostra', 'Durante las protestas perdieron la vida 49 personas, entre manifestantes y transeúntes; ocho de ellas eran niños menores de 18 años.'].join('\n'))
    expect(text(answerQuestion(deaths, 'cuantas personas murieron en las protestas?', {lang: 'es', now}))).toMatch(/^49\./)
    expect(text(answerQuestion(deaths, 'how many of the people killed were kids?', {lang: 'en', now}))).toMatch(/^8\./)
  })

  it('reads getting something as obtaining it ("consiguieron el estatuto" — "obtuvieron el estatuto")', () => {
    const asylum = facts(['Informe anual sobre el asilo en Ruritania', 'De todas ellas, únicamente 412 personas obtuvieron el estatuto de refugiado en Strelsau.'].join('\n'))
    expect(text(answerQuestion(asylum, 'cuantas personas consiguieron el estatuto de refugiado', {lang: 'es', now}))).toMatch(/^412\./)
  })

  it('counts people after "over" ("over 30 million people … will need"), a list of places between them and the verb', () => {
    const shortages = facts(['Hunger across Ruritania', 'According to UN estimates, over 12 million people in Strelsau, Zenda and Northern Ostra are going to need food aid in the months ahead.'].join('\n'))
    expect(text(answerQuestion(shortages, 'how many people need food aid?', {lang: 'en', now}))).toMatch(/^12 million\./)
    const members = facts(['Reporters attacked in Ruritania', 'The Press Union speaks for over 60,000 journalists in 125 countries.'].join('\n'))
    expect(text(answerQuestion(members, 'how many journalists does the press union represent', {lang: 'en', now}))).toMatch(/60,000/)
  })

  it('reads a demand said as a need ("subraya que es imprescindible investigar") as one', () => {
    const need = facts(['# Harbourwatch documenta 30 casos de violencia policial en Ruritania', '', 'Harbourwatch publicó hoy un informe sobre la violencia policial durante el aislamiento en Strelsau.', '', 'Aunque en muchos casos se apartó a los agentes, Harbourwatch subraya que es imprescindible llevar a cabo investigaciones imparciales y sancionar a los responsables.'].join('\n'))
    expect(text(answerQuestion(need, '¿Qué le exige Harbourwatch a las autoridades?', {lang: 'es', now}))).toContain('investigaciones imparciales')
  })

  it('reads a hand-over said in a phrase ("puso en manos del ministro la petición") as one', () => {
    const handed = facts(['Firmas entregadas en Strelsau', 'Ese día, la directora de Harbourwatch, Ana Lenz, puso en manos del ministro Karl Brandt la petición de la Red Costera.'].join('\n'))
    expect(text(answerQuestion(handed, 'who handed over the petition?', {lang: 'en', now}))).toMatch(/^Ana Lenz/)
    expect(text(answerQuestion(handed, '¿quién entregó la petición?', {lang: 'es', now}))).toMatch(/^Ana Lenz/)
  })

  it('reads slamming as condemning ("who is slamming the budget?" — "delivered a damning judgement on the budget")', () => {
    const budget = facts(['# Harbourwatch on the budget', '', 'Harbourwatch general secretary Ana Lenz has delivered a damning judgement on the budget the minister set out today.', '', 'The budget will be voted on in May.'].join('\n'))
    expect(text(answerQuestion(budget, 'who is slamming the budget?', {lang: 'en', now}))).toMatch(/^Ana Lenz/)
  })

  it('is said the genre’s way in English too ("which claimed the lives of 32 fishermen")', () => {
    const storm = facts(['Storm on the coast of Tromsvik', 'Rescuers reached Tromsvik after the storm of 3 March, which claimed the lives of 32 fishermen.'].join('\n'))
    expect(text(answerQuestion(storm, 'how many fishermen were killed in the storm?', {lang: 'en', now}))).toMatch(/^32\./)
  })

  it('is counted by the verb when the verb follows the question word ("¿cuántos murieron?", "how many died?")', () => {
    const floods = facts(['Inundaciones en el valle de Ostra', 'En el valle perdieron la vida 23 personas durante las inundaciones de marzo, según la Red Costera.'].join('\n'))
    expect(text(answerQuestion(floods, '¿cuántos murieron en las inundaciones?', {lang: 'es', now}))).toMatch(/^23\./)
    expect(text(answerQuestion(floods, 'how many died in the floods?', {lang: 'en', now}))).toMatch(/^23\./)
  })

  it('reads a mistyped frame word as meant ("cuantas presonas", "how many peolpe")', () => {
    const floods = facts(['Inundaciones en el valle de Ostra', 'En el valle perdieron la vida 23 personas durante las inundaciones de marzo, según la Red Costera.'].join('\n'))
    expect(text(answerQuestion(floods, 'cuantas presonas murieron en las inundaciones?', {lang: 'es', now}))).toMatch(/^23\./)
    expect(text(answerQuestion(floods, 'how many peolpe died in the floods?', {lang: 'en', now}))).toMatch(/^23\./)
  })

  it('reads a small word of its own as written, not as a mistyped frame word ("these" is no "there")', () => {
    const arrests = facts(['Seven women held in Ostrava over painted slogans', 'Seven women were taken into custody in Ostrava on Tuesday night.'].join('\n'))
    expect(text(answerQuestion(arrests, 'were these women arrested in harare?', {lang: 'en', now}))).toMatch(/^No\b.*Ostrava/s)
  })

  it('is held a few words after the figure ("116 policías y militares sufrieron heridas")', () => {
    const clashes = facts(['Represión de las protestas en Ostra', 'Las autoridades informan que 116 policías y militares sufrieron heridas en enfrentamientos ocurridos en el valle.'].join('\n'))
    expect(text(answerQuestion(clashes, 'cuantos policias y militares resultaron heridos segun las autoridades', {lang: 'es', now}))).toMatch(/^116\./)
  })

  it('is held by the article’s own word for it ("páginas" — "pages")', () => {
    expect(text(answerQuestion(report, '¿cuántas páginas tiene el informe?', {lang: 'es', now}))).toContain('78')
  })

  it('is held by the stem of its own language when no glossary lists the form ("registrarme" — "Registration")', () => {
    const webinar = facts(['Media advisory: Coastal Rights Network presents its report online', 'How to attend the news conference: Registration in advance is required through the network’s webinar page.'].join('\n'))
    expect(text(answerQuestion(webinar, '¿cómo puedo registrarme para la conferencia?', {lang: 'es', now}))).toContain('Registration in advance')
  })
})

describe('whom someone works for, by the parser’s id', () => {
  const advisory = facts(`---
title: "Valdoria: rights network presents its report"
published: 2024-05-20
language: en
---

The Coastal Rights Network will present its report in Tromsvik on Friday.

"The harbours of Nordland have gone silent," said Ana Ruiz, director of the Coastal Rights Network.
`)

  it('finds who speaks for an organisation through the person’s affiliation id, however the affiliation is written', () => {
    const network = advisory.organisations.find((organisation) => organisation.name === 'Coastal Rights Network')!
    const people = advisory.people.map((person) => (person.name === 'Ana Ruiz' ? {...person, affiliation: 'the network', affiliationId: network.id} : person))
    expect(text(ask({...advisory, people}, 'who speaks for the Coastal Rights Network?'))).toMatch(/^Ana Ruiz/)
  })
})

describe('the organisation a release speaks for', () => {
  const release = facts(
    [
      'Coastal Rights Network condemns police abuse in Nordland',
      'The Coastal Rights Network said today (Thursday 6 March) that fishermen in Nordland were beaten by police.',
      'The Coastal Rights Network published a new report on the strike.',
      'The report was launched in Tromsvik today.',
      'Leaflets on the strikers’ rights were handed out in Vardo harbour.',
      '"The strikers were beaten for asking to be paid," said Ana Ruiz, director of the Coastal Rights Network.',
      '"That is why we are urging the Nordland government to fund legal aid for every striker."',
      '"The fishermen told us the harbour guards were armed," said Karl Brandt, a lawyer in Vardo.'
    ].join('\n')
  )

  it('may go unnamed where the release tells what it did ("The report was launched in Tromsvik")', () => {
    expect(text(ask(release, 'In which city did the Coastal Rights Network launch the report?'))).toContain('Tromsvik')
    expect(text(ask(release, 'where did the Coastal Rights Network hand out leaflets?'))).toContain('Vardo')
  })

  it('speaks in the "we" of its own people’s quotes, not in anyone else’s', () => {
    expect(text(ask(release, 'What is the Coastal Rights Network urging the Nordland government to do?'))).toContain('legal aid')
    expect(text(ask(release, 'what did the Coastal Rights Network say about the harbour guards?'))).not.toContain('armed')
  })

  it('speaks in the "we" of someone whose affiliation is the start of its name ("at Harbourwatch" for Harbourwatch UK)', () => {
    const branch = facts(
      [
        'Harbourwatch UK finds abuse in three cities',
        'Harbourwatch UK – Press release – 20 May 2016',
        'New research from Harbourwatch UK finds that most dock workers in the UK have faced abuse at work.',
        'The research by Harbourwatch UK was carried out in Tromsvik, Vardo and Strelsau.',
        'Eva Ruiz, campaign manager at Harbourwatch, said: "This research shows abuse on a huge scale."',
        '"That is why we are urging the UK Government to fund shelters for dock workers."'
      ].join('\n')
    )
    expect(text(ask(branch, 'What is Harbourwatch asking the UK government to do?'))).toContain('shelters')
  })

  it('is told on the day the release glosses, without "today" a second time', () => {
    const answer = text(ask(release, 'when was the report launched?'))
    expect(answer).toMatch(/Thursday 6 March \d{4}, the report was launched in Tromsvik\./)
  })
})

describe('a mission that organisations send, led by two', () => {
  const sent = facts(`---
title: "Harbourwatch and Coastal Rights Network send a joint mission to Ruritania"
published: 2024-09-09
language: en
---

Tromsvik, 9 September 2024 – The Harbourwatch Institute and the Coastal Rights Network have sent a joint international mission to Ruritania this week to examine press freedom.

The mission is in Strelsau from September 9 to 11. It is headed by Harbourwatch President Ana Lenz and by Karl Brandt, director of the Coastal Rights Network.
`)
  const ask = (question: string) => text(answerQuestion(sent, question, {lang: 'en', now}))

  it('names both who lead it', () => {
    expect(ask("who's leading the mission?")).toMatch(/Ana Lenz and (?:director )?Karl Brandt/)
  })

  it('says the city it is in, not only the country it went to', () => {
    expect(ask('which city is the delegation visiting?')).toContain('Strelsau')
  })

  it('answers "which groups" with every organisation the sentence names, not the delegation’s one', () => {
    const answer = ask('which groups sent this mission?')
    expect(answer).toContain('Harbourwatch Institute')
    expect(answer).toContain('Coastal Rights Network')
  })
})

describe('a day of a month asked yes or no', () => {
  const agenda = facts(`---
title: "Ruritania: delegación de la Red Costera se reunirá con la vicepresidenta"
published: 2024-09-01
language: es
---

Karl Brandt encabezará una delegación de la Red Costera que estará en Strelsau entre el 3 y el 6 de septiembre. La agenda incluye un encuentro el 4 de septiembre con Ana Lenz, vicepresidenta de Ruritania.
`)
  const ask = (question: string, lang: 'en' | 'es') => text(answerQuestion(agenda, question, {lang, now}))

  it('is one date, set against the day the sentence gives', () => {
    expect(ask('¿La reunión con la vicepresidenta es el 6 de septiembre?', 'es')).toMatch(/^No\./)
    expect(ask('¿La reunión con la vicepresidenta es el 4 de septiembre?', 'es')).toMatch(/^Sí\./)
  })

  it('is the same day in the other language', () => {
    expect(ask('is the meeting on September 4?', 'en')).toMatch(/^Yes\./)
    expect(ask('is the meeting on 6 September?', 'en')).toMatch(/^No\./)
  })
})

describe('whether someone is part of the delegation', () => {
  const visit = facts(`---
title: "Ruritania: Coastal Rights Network to send a delegation"
published: 2024-10-30
language: en
---

Ana Lenz, Secretary General of the Coastal Rights Network, will head a delegation to Ruritania from 3 to 8 November 2024.

Two people will travel with the Secretary General: Karl Brandt, Senior Advisor; and Eva Ruiz, researcher on Ruritania.
`)

  it('is yes for whom the facts name among its members, in the asker’s language', () => {
    expect(text(answerQuestion(visit, 'is Karl Brandt part of the delegation?', {lang: 'en', now}))).toMatch(/^Yes\.\nKarl Brandt is part of the Coastal Rights Network delegation/)
    expect(text(answerQuestion(visit, '¿Eva Ruiz forma parte de la delegación?', {lang: 'es', now}))).toMatch(/^Sí\./)
  })
})

describe('a name asked of a sentence that names no one', () => {
  const report = facts(`---
title: "Ruritania: crackdown on July protests"
published: 2024-07-30
language: es
---

(Strelsau) – El gobierno de Ruritania respondió a las protestas de julio con detenciones arbitrarias, dijo hoy la Red Costera.

Al menos un manifestante murió, y cientos de personas siguen en prisión o en reclusión domiciliaria.

Karl Brandt, director de la Red Costera, pidió la liberación de los detenidos.
`)

  it('is not answered with that sentence', () => {
    expect(text(answerQuestion(report, '¿cómo se llamaba el manifestante que murió?', {lang: 'es', now}))).toMatch(/^El artículo no lo dice/)
  })
})

describe('a role asked with a word before it', () => {
  const launch = facts(`---
title: "Coastal Rights Network launches its global analysis"
published: 2024-04-10
language: en
---

The Coastal Rights Network today launched its annual global analysis of attacks on defenders.

"Defenders are paying a terrible price," said Ana Lenz, Deputy Director of the Coastal Rights Network.
`)
  const ask = (question: string) => text(answerQuestion(launch, question, {lang: 'en', now}))

  it('is not someone whose title has another word there', () => {
    expect(ask('who is the executive director of the Coastal Rights Network?')).toMatch(/^The article doesn't say/)
    expect(ask('who is the deputy director of the Coastal Rights Network?')).toContain('Ana Lenz')
  })
})

describe('a question that ranks', () => {
  const summit = facts(`---
title: "Coastal Rights Network urges a change in refugee policy"
published: 2024-05-10
language: en
---

The Coastal Rights Network said the summit is a unique chance for governments to change course on refugees.

Norway took in thousands of refugees from the region last year, the report says.
`)
  const ask = (question: string) => text(answerQuestion(summit, question, {lang: 'en', now}))

  it('is not answered by a sentence that ranks nothing', () => {
    expect(ask('which country took in the most refugees?')).toMatch(/^The article doesn't say/)
    expect(ask('which country took in refugees last year?')).toMatch(/^Norway\./)
  })
})

describe('a count of the petition named by whom it calls on', () => {
  const handover = facts(`---
title: "Coastal Rights Network takes petition to Parliament"
published: 2024-03-12
language: en
---

The Coastal Rights Network has taken a petition to Parliament carrying the names of 440,000 people who oppose the Harbourwatch terminal.

The petition calls on Harbourwatch to walk away from its terminal project.
`)

  it('is the count, with whom the petition calls on', () => {
    expect(text(answerQuestion(handover, 'how many people signed the harbourwatch petition?', {lang: 'en', now}))).toMatch(/440,000 signatures\.\nIt calls on Harbourwatch/)
  })
})

describe('places asked in the plural', () => {
  const mission = facts(`---
title: "Coastal Rights Network mission finds abuses under the state of emergency"
published: 2024-02-20
language: en
---

A Coastal Rights Network mission reached Ruritania on 10 February to find out how the state of emergency was affecting people.

To judge for themselves what the emergency was doing on the ground, the delegates travelled to Bergen, Tromsø and Trondheim.
`)

  it('are every place the sentence puts them in, not the first', () => {
    expect(text(answerQuestion(mission, 'which places did the delegates visit?', {lang: 'en', now}))).toMatch(/^Bergen, Tromsø and Trondheim\./)
  })
})

describe('a vote asked yes or no', () => {
  const vote = facts(`---
title: "La Red Costera protesta ante el Congreso por la ley de costas"
published: 2013-05-09
language: es
---

Activistas de la Red Costera protestaron ante el Congreso de Ruritania.

La acción tuvo lugar el mismo día en que el Congreso aprobó la ley de costas, con la mayoría absoluta del PRU, la abstención de LCR y el voto en contra del resto de partidos.
`)
  const ask = (question: string) => text(answerQuestion(vote, question, {lang: 'es', now}))

  it('is no for a party the sentence says abstained, and never no for the one beside it', () => {
    expect(ask('¿LCR votó a favor de la ley de costas?')).toMatch(/^No\./)
    expect(ask('¿el PRU votó a favor de la ley de costas?')).not.toMatch(/^No\./)
  })
})

describe('a question as it is meant', () => {
  const launch = facts(['Red Costera presenta su informe anual', 'La organización Red Costera dio a conocer el martes en Tromsvik, en un acto celebrado en el Museo del Puerto, su informe «Puertos sin derechos».'].join('\n'))

  it('reads "dar a conocer" as presenting, and drops a question tag ("…, ¿verdad?")', () => {
    expect(text(answerQuestion(launch, '¿dónde fue la presentación del informe?', {lang: 'es', now}))).toMatch(/Tromsvik|Museo del Puerto/)
    const corrected = text(answerQuestion(launch, 'El informe se presentó en Bergen, ¿verdad?', {lang: 'es', now}))
    expect(corrected).toMatch(/^No\./)
    expect(corrected).toContain('Tromsvik')
  })

  it('asks what follows "¿es verdad que …?", "is it true that …?", of the sentence that tells it', () => {
    const confirmed = text(answerQuestion(launch, '¿Es verdad que Red Costera presentó su informe en Tromsvik?', {lang: 'es', now}))
    expect(confirmed).toMatch(/^Sí\./)
    expect(text(answerQuestion(launch, 'is it true that Red Costera presented its report in Tromsvik?', {lang: 'en', now}))).toMatch(/^Yes\./)
  })

  it('reads asking what someone thinks as asking what they said ("¿qué opinó …?", "what does … think")', () => {
    expect(questionShape('¿Qué opinó Ana Lenz sobre la sentencia?').type).toBe('quote')
    expect(questionShape('what does Ana Lenz think of the ruling?').type).toBe('quote')
  })

  it('keeps a word that only ends like a tag ("gobierno?")', () => {
    expect(questionShape('¿qué critica de los planes del gobierno?').polar).toBe(false)
  })

  it('reads "who" after a noun as a relative, not the question word ("the people who signed came from how many countries")', () => {
    expect(questionShape('The people who signed came from how many countries').type).toBe('number')
    expect(questionShape('who signed the petition?').type).toBe('agent')
  })
})

describe('a petition asked about what the article does not tie to it', () => {
  const handover = facts([
    'Harbourwatch hands in its petition',
    'Harbourwatch and the Coastal Rights Network have handed over 40,000 signatures, gathered in more than 30 countries, urging governments to protect the harbour workers.',
    'The signatures were received by Ana Lenz, the port authority director, at a public event.'
  ].join('\n'))

  it('counts the kind of thing asked for, not the signatures ("how many countries")', () => {
    expect(text(ask(handover, 'how many countries did the signatures come from?'))).toMatch(/^30\./)
    expect(text(ask(handover, 'The people who signed came from how many countries'))).toMatch(/^30\./)
  })

  it('tells which petition is counted when the question names what it asks for ("the plastic petition")', () => {
    const plastic = facts(['40,000 call for a plastic ban', 'More than 40,000 people have put their names to a petition demanding a ban on plastic bags in Tromsvik.'].join('\n'))
    expect(text(ask(plastic, 'how many people signed the plastic petition'))).toContain('40,000')
  })

  it('says its count once, and gives no count for its name', () => {
    const counted = facts(['Harbourwatch hands in its petition', 'Harbourwatch handed the ministry more than 10,000 signatures collected for its petition entitled \'Free the Dockers\'.'].join('\n'))
    expect(text(ask(counted, 'what about the petition?')).match(/10,000/g) ?? []).toHaveLength(1)
    expect(text(ask(counted, 'whats the name of the petition'))).not.toMatch(/petition had/)
  })

  it('answers "where" and "who received it" with no demand of the petition', () => {
    for (const question of ['where was the petition handed over?', 'who received the signatures?']) {
      expect(text(ask(handover, question))).not.toContain('protect the harbour workers')
    }
  })
})

describe('what someone asks of someone else', () => {
  it('is found in the sentence that calls for it, whatever its verb ("want … to do" — "urged")', () => {
    const strike = facts([
      'Nordland: miners held after strike',
      'Harbourwatch says the ministry has detained 112 miners.',
      'In a statement issued after visiting the families of the strikers in Karvik and Tromsvik, Harbourwatch urged the officials of the ministry to release the miners and drop all charges against them.'
    ].join('\n'))
    expect(text(ask(strike, 'What does Harbourwatch want the ministry to do?'))).toContain('release the miners')
    expect(text(answerQuestion(strike, '¿Qué le pide Harbourwatch al ministerio?', {lang: 'es', now}))).toContain('release the miners')
  })

  it('is told, when dated, inside the sentence that frames it ("According to the article, in a statement …")', () => {
    const dated = facts(['Nordland: miners held after strike', 'In a statement issued on Monday after visiting the families of the strikers, Harbourwatch urged the ministry to release the miners.'].join('\n'))
    expect(text(ask(dated, 'What does Harbourwatch want the ministry to do?'))).not.toMatch(/, In a statement/)
  })
})

describe('who someone is, when their role is one many hold', () => {
  it('is "an aid worker" in English, and the role as written in Spanish', () => {
    const trial = facts(['Ruritania: aid worker convicted over a tweet', 'The aid worker, Karl Brandt, is 21 years old.', 'Brandt worked for Harbourwatch in Tromsvik.'].join('\n'))
    expect(text(ask(trial, 'who is Karl Brandt?'))).toMatch(/^Karl Brandt is an aid worker/)
    expect(text(answerQuestion(trial, '¿quién es Karl Brandt?', {lang: 'es', now}))).not.toMatch(/\ban? aid worker/)
  })
})

describe('a climb told in other words', () => {
  it('meets "subieron" with "treparon", not with the climbers beside others counted', () => {
    const climb = facts(['Red Costera escala la torre del puerto', 'Siete activistas de Red Costera treparon a la torre del puerto de Tromsvik y colgaron una pancarta.', 'Mientras los escaladores colgaban la pancarta, otras 40 personas activistas esperaban al pie de la torre.'].join('\n'))
    expect(text(answerQuestion(climb, 'cuantos activistas subieron a la torre', {lang: 'es', now}))).toMatch(/^Siete\./)
  })
})

describe('when the release itself came out', () => {
  const dated = facts(['---', 'title: "Ruritania: Harbourwatch calls for the dockers’ release"', 'published: 2024-03-04', '---', '', 'Harbourwatch called on the authorities of Ruritania to release the dockers held in Tromsvik.'].join('\n'))
  const undated = facts(['Ruritania: Harbourwatch calls for the dockers’ release', 'Harbourwatch called on the authorities of Ruritania to release the dockers held in Tromsvik.'].join('\n'))

  it('is the article’s date, in either language', () => {
    expect(text(ask(dated, 'When was this statement put out?'))).toContain('4 March 2024')
    expect(text(ask(dated, 'when was this announced'))).toContain('4 March 2024')
    expect(text(ask(dated, 'what date was this put out'))).toContain('4 March 2024')
    expect(text(answerQuestion(dated, '¿de qué fecha es el comunicado?', {lang: 'es', now}))).toContain('4 de marzo de 2024')
    // Chat shorthand: "q" for "qué".
    expect(text(answerQuestion(dated, 'de q fecha es el comunicado', {lang: 'es', now}))).toContain('4 de marzo de 2024')
  })

  it('is not said when the article gives none', () => {
    expect(ask(undated, 'When did Harbourwatch publish this?').status).toBe('declined')
  })

  it('is asked in everyday words too ("cuando salio esto", "¿qué fecha tiene el pronunciamiento?"), and the ISO date of a byline gives it', () => {
    const byline = facts(['Ruritania: Red Costera pide liberar a los estibadores', 'Red Costera – Pronunciamiento institucional – 2018-10-23', 'Red Costera pidió este martes a las autoridades de Ruritania que liberen a los estibadores detenidos en Tromsvik y lanzó una acción urgente.'].join('\n'))
    expect(text(answerQuestion(byline, 'cuando salio esto', {lang: 'es', now}))).toContain('23 de octubre de 2018')
    expect(text(answerQuestion(byline, '¿Qué fecha tiene el pronunciamiento?', {lang: 'es', now}))).toContain('23 de octubre de 2018')
    expect(text(ask(byline, 'when did this come out?'))).toContain('23 October 2018')
  })

  it('is not a deadline ("¿hasta qué fecha se puede firmar?"), nor is the day something began', () => {
    const byline = facts(['Ruritania: Red Costera pide liberar a los estibadores', 'Red Costera – Pronunciamiento institucional – 2018-10-23', 'Red Costera pidió este martes a las autoridades de Ruritania que liberen a los estibadores detenidos en Tromsvik y lanzó una acción urgente.'].join('\n'))
    expect(answerQuestion(byline, '¿Hasta qué fecha se puede firmar la acción urgente?', {lang: 'es', now}).status).toBe('declined')
  })
})

describe('how to help someone the article names', () => {
  it('is its call to act, though the call does not name them', () => {
    const steps = facts(['---', 'title: "Ruritania: dockers at risk of eviction"', '---', '', 'Some 400 dockers of the Tromsvik harbour community could lose their homes.', '', '## Take action', '', '1. Write to the harbour minister in your own words.', '2. Let Harbourwatch know what you did.'].join('\n'))
    expect(text(ask(steps, 'What can I do to help the dockers?'))).toContain('Write to the harbour minister')
  })
})

describe('who leads, asked of a sentence that names others too', () => {
  it('is the one it is "headed by", not a person named beside the place asked about', () => {
    const received = facts(['Ruritania: rights group meets the president', 'On 28 November, a delegation headed by the secretary-general of Harbourwatch, Karl Brandt, was received by the Ruritanian president, Ana Lenz, at her home.'].join('\n'))
    expect(text(ask(received, 'who was in charge of the delegation that went to Ruritania?'))).toMatch(/^Karl Brandt/)
  })
})

describe('Spanish questions about an English ruling', () => {
  const ruling = facts(['Ruritania: Supreme Court upholds sentence of blogger Karl Brandt', "The Ruritanian Human Rights Commission said that the ruling of Ruritania's Supreme Court confirming the punishment of blogger Karl Brandt marks a dark day for free expression.", 'Following the ruling, the danger that he will be given the remaining 950 lashes is imminent.'].join('\n'))
  const es = (question: string) => text(answerQuestion(ruling, question, {lang: 'es', now}))

  it('reads "ha dicho" as lightly as "dijo", and a court\'s decision as its ruling', () => {
    for (const word of ['dicho', 'dijeron', 'decia']) expect(isLightWord(word)).toBe(true)
    expect(termOf('decision', 'en')).toBe(termOf('ruling', 'en'))
    expect(termOf('decisión'.normalize('NFD').replace(/\p{M}/gu, ''), 'es')).toBe(termOf('fallo', 'es'))
  })

  it('reads "latigazos" as lashes', () => {
    expect(es('¿Cuántos latigazos le quedan por recibir a Karl Brandt?')).toMatch(/^950\b/)
  })

  it('finds what an organisation said by its name in Spanish, and a court\'s "decisión" as its ruling', () => {
    expect(es('¿Qué ha dicho la Comisión de Derechos Humanos sobre la decisión del Tribunal Supremo?')).toContain('dark day')
  })
})

describe('someone the sentence names by their role alone', () => {
  it('is the one person whose title it is ("la ministra recibió …")', () => {
    const handover = facts(['Red Costera entrega las firmas', 'Acudió también la ministra de Justicia y Derechos Humanos, **Olga Berg**, con el propósito de comprobar las medidas.', '', 'En representación del gobierno, la ministra recibió las 150 mil firmas que Red Costera reunió en solidaridad.'].join('\n'))
    expect(text(answerQuestion(handover, '¿Quién recibió las firmas en nombre del gobierno?', {lang: 'es', now}))).toMatch(/^Olga Berg/)
  })

  it('counts what was handed over by what the other received ("cuántos mensajes le entregaron")', () => {
    const handover = facts(['Red Costera lleva mensajes a Tromsvik', 'En representación del gobierno, la ministra Olga Berg recibió los 150 mil mensajes que Red Costera reunió en solidaridad.'].join('\n'))
    expect(text(answerQuestion(handover, 'cuantos mensajes le entregaron', {lang: 'es', now}))).toMatch(/^150 mil/)
  })
})

describe('a count asked of a share and a figure', () => {
  const record = facts(['Red Costera: récord de pescadores sin puerto', 'En 2024, uno de cada cinco pescadores de Ruritania vivía sin puerto, la cifra más alta jamás registrada.', 'Por tercer año, 2024 batió el récord de pescadores que viven sin puerto: 52.000, es decir, uno de cada cinco.'].join('\n'))

  it('is the figure named after a colon, not the second term of "uno de cada cinco"', () => {
    const answer = text(answerQuestion(record, '¿Cuántos pescadores vivían sin puerto en 2024?', {lang: 'es', now}))
    expect(answer).toMatch(/^52\.000/)
  })

  it('reads an imperfect typed without its accent as the verb ("vivian" — "viven")', () => {
    expect(termOf('vivian', 'es')).toBe(termOf('viven', 'es'))
    expect(termOf('tenian', 'es')).toBe(termOf('tener', 'es'))
  })

  it('is the share when a share is asked', () => {
    expect(text(answerQuestion(record, '¿Qué proporción de pescadores vivía sin puerto en 2024?', {lang: 'es', now}))).toMatch(/uno de cada cinco/i)
  })
})

describe('an advisory of two events, each under a heading of its own', () => {
  const advisory = facts(['---', 'title: "Countdown to the Harbour March"', 'published: 2014-09-09', 'language: en', '---', '', '# Countdown to the Harbour March', '', 'On Wednesday the press can see the march’s organising effort at two events:', '', '### Press conference on the trawling resolution', '', '- **Where:** On the steps of Strelsau City Hall', '- **When:** Wednesday, September 10, at 10:00am', '', '### The Harbour March: its final mass organising meeting', '', '- **Where:** Tromsvik Society for Ethical Culture, 2 West 64th Street', '- **When:** Wednesday, September 10th, from 6:00pm to 8:00pm', '- **What:** Over 500 people are expected at the final mobilising meeting.'].join('\n'))

  it('answers where the one its heading names is, by its street address, however "organizing" is spelt', () => {
    expect(text(ask(advisory, 'whats the address for the organizing meeting'))).toMatch(/^Tromsvik Society for Ethical Culture, 2 West 64th Street\./)
    expect(text(answerQuestion(advisory, '¿A qué hora es la reunión de organización?', {lang: 'es', now}))).toMatch(/^6:00pm\./)
  })

  it('reads "¿A qué hora es …?" as asking a time, and "¿qué hora es?" not', () => {
    expect(questionShape('¿A qué hora es la reunión?').time).toBe(true)
    expect(questionShape('¿qué hora es?').time).toBe(false)
  })

  it('gives no address where the article writes no number for the place', () => {
    expect(ask(advisory, "what's the address of the press conference").intent).toBe('out-of-scope')
  })

  it('gives the street and number a sentence writes after the venue, not the venue', () => {
    const launch = facts(['---', 'title: "La Red Costera presenta su informe anual"', 'language: es', '---', '', 'La Red Costera dará a conocer su informe anual este lunes a las 18 horas en el Museo del Mar, situado en Tromsvik 2019.'].join('\n'))
    expect(text(answerQuestion(launch, '¿cuál es la dirección del museo?', {lang: 'es', now}))).toMatch(/^Tromsvik 2019\./)
  })
})

describe('a killing told by "mataron"', () => {
  it('is dated by the day the clause of "mataron" gives', () => {
    const release = facts(['---', 'title: "La Red Costera condena el asesinato del periodista Karl Brandt"', 'language: es', '---', '', 'La Red Costera se une a su organización regional en la condena del asesinato del periodista Karl Brandt, a quien mataron el pasado día 3 de julio cuando salía de la emisora.'].join('\n'))
    expect(text(answerQuestion(release, '¿Cuándo asesinaron a Karl Brandt?', {lang: 'es', now}))).toMatch(/^3 de julio\./)
  })
})

describe('a date after a clause about what is dated', () => {
  it('dates it across "en la que …" ("La rueda de prensa en la que se dará a conocer … se celebrará el 10 de febrero")', () => {
    const advisory = facts(['---', 'title: "Red Costera presenta su campaña anual"', 'language: es', '---', '', 'La rueda de prensa en la que se dará a conocer la Campaña de Red Costera «Comparte solidaridad para acabar con el hambre» se celebrará el próximo 10 de febrero a las 11:30 h.'].join('\n'))
    expect(text(answerQuestion(advisory, '¿Cuándo es la rueda de prensa de Red Costera?', {lang: 'es', now}))).toMatch(/^10 de febrero\./)
  })
})

describe('when an event starts and finishes', () => {
  const panel = facts(['# Findings from the 2024/5 Amber Coast Report of Harbourwatch', '', '**Date:** Tuesday, 29th April 2025', '', '**Time:** 4:00 – 5:45 PM (EAT)', '', 'Harbourwatch is hosting a panel discussion in Strelsau on the report.'].join('\n'))

  it('is the span the "Time:" line gives, a number before a word ("2024/5 Amber") being no clock time', () => {
    expect(text(ask(panel, 'What time does the event start and finish?'))).toMatch(/^4:00 – 5:45 PM\./)
    expect(text(ask(panel, 'what time does the event finish'))).toMatch(/^5:45 PM\./)
  })
})

describe('a short section heading', () => {
  it('names what the paragraphs under it are about ("## Prioridades de la misión")', () => {
    const mission = facts(['---', 'title: "La Red Costera visita Ruritania"', 'language: es', '---', '', '# La Red Costera visita Ruritania', '', 'Una delegación de la Red Costera llegó hoy a Strelsau.', '', '## Prioridades de la misión', '', 'El eje de las reuniones de la delegación en Ruritania será la violencia y la impunidad que sufren los pescadores.'].join('\n'))
    expect(text(answerQuestion(mission, '¿Cuál es la prioridad de la delegación en Ruritania?', {lang: 'es', now}))).toContain('violencia y la impunidad')
  })
})

describe('how much an amount was cut', () => {
  const cuts = facts(['Aid to Ruritania cut by more than 60% in five years', 'Harbourwatch – Press release – 25 September 2023', 'Since 2019 Strelsau has reduced its fisheries funding by more than 86%.', 'Tromsvik gave 3 million euros in 2019.'].join('\n'))

  it('is the share the sentence gives, whatever verb it says the cut with', () => {
    expect(text(ask(cuts, 'how much did Strelsau cut its funding'))).toContain('86%')
  })

  it('is asked by a short second question after a yes/no one ("did X cut it too? by how much")', () => {
    expect(questionShape('did Strelsau cut its funding too? by how much')).toMatchObject({type: 'number', polar: false})
    expect(text(ask(cuts, 'did Strelsau cut its funding too? by how much'))).toContain('86%')
  })
})

describe('the host of an event no one is titled host of', () => {
  it('is who the article says hosts it ("hosted by X"), and a role that is no deed stays unanswered', () => {
    const dinner = facts(['---', 'title: "Harbourwatch to honour journalists at awards dinner"', '---', '', 'Harbourwatch will honour four journalists at its awards dinner in Tromsvik.', '', '- **Who:** The evening will be hosted by veteran journalist Karl Brandt, a radio correspondent.'].join('\n'))
    expect(text(ask(dinner, 'who is the host of the harbourwatch awards night'))).toMatch(/^Karl Brandt/)
    expect(ask(dinner, 'who is the judge of the harbourwatch awards').intent).toBe('out-of-scope')
  })
})

describe('a gala asked of an awards dinner', () => {
  it('is held where the advisory\'s "Where:" line says', () => {
    const advisory = facts(['---', 'title: "Harbourwatch to honour journalists at awards dinner"', '---', '', 'The press is welcome to cover the awards dinner.', '', '- **What:** The 5th Annual Harbour Press Awards Dinner', '- **When:** November 20, 2026, from 7:45 p.m.', '- **Where:** Grand Hotel Tromsvik, at Harbour Street'].join('\n'))
    expect(text(ask(advisory, "where's the gala being held"))).toContain('Grand Hotel Tromsvik')
  })
})

describe('when what the headline tells happened', () => {
  it('is the day the lead sentence gives, though it tells it in other words', () => {
    const meeting = facts(['---', 'title: "Red Costera mantuvo un encuentro con la Cancillería"', 'language: es', '---', '', '# Red Costera mantuvo un encuentro con la Cancillería', '', 'El miércoles 27 de marzo, Red Costera se sentó a conversar con funcionarios del Ministerio de Relaciones Exteriores.', '', 'Del lado de la Cancillería participó Olga Berg, subsecretaria de Política Exterior.'].join('\n'))
    expect(text(answerQuestion(meeting, '¿Cuándo fue la reunión con la Cancillería?', {lang: 'es', now}))).toMatch(/^Miércoles 27 de marzo/)
  })

  it('is not the day of a photo caption under the headline, nor when another sentence tells it', () => {
    const jailed = facts(['# Ruritania jails journalist Karl Brandt over his interviews', '', '*Photo: Journalist Karl Brandt with his lawyer at the Tromsvik court on February 25.*', '', 'Harbourwatch is urging the authorities to free Karl Brandt, held on incitement charges.', '', 'On February 24, Brandt answered the police summons and was arrested on two counts.'].join('\n'))
    expect(text(ask(jailed, 'When was Brandt arrested?'))).toMatch(/^February 24/)
  })
})

describe('the one holder of a title asked of the case the headline names', () => {
  it('is the judge who ruled, though the sentence naming him does not name the case', () => {
    const ruling = facts(['# Coastal Rights Network case makes legal history with judge\'s ruling', '', 'A High Court judge today decided that the court should keep oversight of the plans.', '', 'When he handed down the judgment, Mr Justice Brandt said that sincere promises are not enough.', '', 'Ana Lenz, a lawyer at the Coastal Rights Network, welcomed the ruling.'].join('\n'))
    expect(text(ask(ruling, 'Who was the judge in the Coastal Rights Network case?'))).toMatch(/^Brandt/)
  })
})

describe('the kind of answer asked for', () => {
  it('is no word a sentence must repeat ("which kinds of people", "¿qué tipo de …?", "¿cuánta gente …?")', () => {
    const crackdown = facts(['Ruritania: crackdown in Tromsvik', 'Harbourwatch says fishermen, dockers and students are in prison or on trial for the July protests.'].join('\n'))
    expect(text(ask(crackdown, 'which kinds of people are in prison or on trial according to harbourwatch'))).toContain('fishermen, dockers and students')
    for (const word of ['kind', 'types', 'tipo', 'cuanta']) expect(ANSWER_TYPE_WORDS.has(word)).toBe(true)
  })
})

describe('who heads a delegation, by the title written beside their name', () => {
  it('reads "Jefe de la Delegación" as heading it', () => {
    const visit = facts(['El Comité visita Ruritania', 'Integran la delegación del Comité Eva Ruiz, Presidenta del Comité y Jefa de la Delegación, junto con Karl Brandt y Olga Berg.'].join('\n'))
    expect(text(answerQuestion(visit, 'quien encabeza la delegacion', {lang: 'es', now}))).toContain('Eva Ruiz')
  })
})

describe('what burned, asked of what the fire took', () => {
  it('is answered by the sentence on the fire ("¿cuántas hectáreas quemadas?" — "el fuego consumió …")', () => {
    const forests = facts(['Red Costera: récord de pérdida de bosques en Ruritania', 'Por provincia, Strelsau perdió 104.474 hectáreas de bosque; Tromsvik, 38.392.', 'El informe señala también que, durante el año pasado, el fuego consumió 116.498 hectáreas de bosques en esas mismas provincias: 53.325 hectáreas en Strelsau y 20.000 en Tromsvik.'].join('\n'))
    expect(text(answerQuestion(forests, '¿Cuántas hectáreas quemadas hubo en total?', {lang: 'es', now}))).toContain('el fuego consumió 116.498 hectáreas')
  })
})

describe('a count named after "the number of"', () => {
  const toll = facts(['Harbourwatch: children bear the brunt of the Tromsvik conflict', 'Harbourwatch is calling on the warring parties in Ruritania to protect civilians.', 'Reports so far put the number of children killed in the conflict at no fewer than 435, with no fewer than 2,025 children wounded.', 'Harbourwatch has worked in Ruritania since 1983.'].join('\n'))

  it('is the figure whose "number of" names what is asked, not the one beside another word of it', () => {
    expect(text(ask(toll, 'how many children have been killed in the conflict?'))).toMatch(/^435\b/)
    expect(text(answerQuestion(toll, '¿Cuántos niños han muerto en el conflicto?', {lang: 'es', now}))).toMatch(/^435\b/)
  })
})

describe('winners listed under a lead-in, each after a label', () => {
  it('are every one the items name, a group named alone too', () => {
    const award = facts(['# Harbour prize goes to defenders from five regions', '', 'Harbourwatch named the recipients of its prize in Tromsvik today.', '', 'Laureates from each region made the journey to Tromsvik to receive the prize:', '', '- **North:** Karl Brandt of the Coastal Rights Network (Strelsau)', '- **South:** Red de Pescadoras, a collective of fisherwomen (Ruritania), represented by Eva Ruiz', '- **East:** Olga Berg of Harbour Rights Watch (Tromsvik)'].join('\n'))
    const answer = text(ask(award, 'who are the laureates receiving the prize?'))
    expect(answer).toMatch(/^Karl Brandt, Red de Pescadoras and Olga Berg/)
  })
})

describe('what a sentence names as told just before', () => {
  it('is where the sentence before it puts it ("La protesta tiene lugar …" after "Ante la sede … en Tromsvik, activistas …")', () => {
    const action = facts(['Red Costera entrega firmas por los océanos', 'Ante la sede del ministerio en Tromsvik, activistas de la organización han instalado un reloj de arena de tres metros. La protesta tiene lugar un mes antes de la última ronda de negociaciones.', 'Las firmas forman parte de los cuatro millones reunidos en todo el mundo.'].join('\n'))
    expect(text(answerQuestion(action, 'donde hicieron la protesta', {lang: 'es', now}))).toMatch(/^Tromsvik/)
  })
})

describe('the start time of what an advisory announces', () => {
  it('is its one "When:" line, not a later time in the text', () => {
    const advisory = facts(['MEDIA ADVISORY: Harbourwatch calls for the release of Karl Brandt', 'Harbourwatch – Media advisory – 12 February 2026', '', 'News Conference: Petition asking for the release of Karl Brandt goes public', '', 'When: Wednesday, February 17, 9:30 a.m.', '', 'Where: Harbour Press Club, Tromsvik', '', 'When the news conference is over, Ana Lenz will carry the petition to the ministry, where she expects to arrive by 11:30 a.m.'].join('\n'))
    expect(text(ask(advisory, 'What time does the press conference start'))).toMatch(/^9:30 a\.m\./)
  })
})

describe('a clause set off by commas', () => {
  it('does not part a day from what was done on it ("On Wednesday, which was United Nations Day, … handed")', () => {
    const handed = facts(['Harbourwatch hands letters to the ministry', 'TROMSVIK, October 24, 2025 – On Wednesday, which was United Nations Day, Harbourwatch handed 12,000 letters to the fisheries ministry.', 'Karl Brandt handed the campaign the rights to his songs last year.'].join('\n'))
    expect(text(ask(handed, 'when were the letters handed over?'))).toMatch(/24 October 2025|October 24/)
  })
})

describe('a clock time inside the clause that dates an event', () => {
  it('dates the event by a "which is due to begin at 9:00 on …" clause, and reads "conf" as conference', () => {
    const advisory = facts(['Rapporteurs to present their declaration in Tromsvik', 'Journalists are welcome to attend the press conference presenting the declaration, which is due to begin at 9:00 on 25 June 2026 at the Harbour Hotel'].join('\n'))
    expect(text(ask(advisory, "when's the press conf"))).toMatch(/^25 June 2026/)
    // "presser" is the press conference's own topic word, not spelled out into two.
    const findings = facts(['Harbourwatch to present findings on the Tromsvik strike', 'On Thursday 25 June 2026, Harbourwatch will present its findings at a press conference in Tromsvik.'].join('\n'))
    expect(text(ask(findings, "where's the presser"))).toContain('Tromsvik')
  })
})

describe('an advisory with a section per event', () => {
  it('answers when one of them is with the "When:" line under its heading', () => {
    const advisory = facts(['---', 'title: "Harbourwatch prize: laureates to receive their awards in Tromsvik"', '---', '', 'Next week the laureates will travel to Tromsvik to receive their awards.', '', '## News conference', '', '- **When:** Thursday, 6 December, from 9.30 to 11.30 am', '- **Where:** Press Centre, Tromsvik', '', '## Award ceremony', '', '- **When:** Friday, 7 December, at 4.00 pm. Guests are asked to arrive no later than 3.30 pm.', '- **Where:** Second Chamber of the Ruritanian Parliament, Tromsvik'].join('\n'))
    expect(text(ask(advisory, 'when is the award ceremony'))).toContain('7 December')
    // A longer sentence under the heading does not end its section; a venue named in the "Where:" line is part of the place.
    expect(text(ask(advisory, 'where is the award ceremony'))).toMatch(/^Second Chamber of the Ruritanian Parliament, Tromsvik/)
  })
})

describe('what someone tried to do', () => {
  it('is found where the sentence says it was done or not done ("try to deliver" — "could not deliver")', () => {
    const refused = facts(['Harbourwatch could not deliver its signatures', 'The embassy of Ruritania refused every communication from Harbourwatch, which stopped the group from handing over the 12,000 signatures it had gathered for the dockers.', 'Harbourwatch said it would try again next month.'].join('\n'))
    expect(text(ask(refused, 'How many signatures did Harbourwatch try to deliver to the embassy?'))).toContain('12,000')
    // The trying weighs little: the sentence tells what was (not) done.
    for (const word of ['try', 'tried', 'intento', 'intentaron']) expect(isLightWord(word)).toBe(true)
  })
})

describe('words that only tie a question together', () => {
  it('weigh little or nothing: "together with", "junto con", "cada año"', () => {
    for (const word of ['together', 'along', 'junto', 'juntos']) expect(isLightWord(word)).toBe(true)
    for (const word of ['cada', 'ambos', 'ambas']) expect(isStopword(word)).toBe(true)
    // "Otros" and "otras" are not: "¿cómo se llamaban las otras cinco?" asks for others than those named.
    for (const word of ['otros', 'otras']) expect(isStopword(word)).toBe(false)
  })
})

describe('a date the dateline gives', () => {
  it('dates every clause of the sentence it opens ("15 September 2025 – X marched today …, where it handed …")', () => {
    const march = facts(['Harbourwatch takes 10,000 signatures to the minister', '15 September 2025 – Harbourwatch marched today to the harbour office in Strelsau, where it handed the fisheries minister more than 10,000 signatures.'].join('\n'))
    expect(text(ask(march, 'when did the hand over happen'))).toContain('15 September 2025')
  })
})

describe('an organisation asked about by its initials', () => {
  const urged = facts(['Fishermen without contracts', 'The Coastal Rights Network urged the government, boat owners and Western shipping firms to make sure fishermen are paid on time.'].join('\n'))

  it('is the organisation the article names in full, not another name that would make the answer "no"', () => {
    expect(text(ask(urged, 'Does CRN think western shipping firms should be doing more?'))).toMatch(/^Yes/)
  })

  it('leaves what it thinks or what was put up as light as what it says', () => {
    for (const word of ['think', 'believes', 'opina', 'cree', 'pusieron', 'ponia']) expect(isLightWord(word)).toBe(true)
  })
})

describe('a name the article never writes, stated as a place', () => {
  it('is answered "no" by the sentence that names another in its stead ("at a Zenda oil rig" — "a platform run by Brandt Petroleum")', () => {
    const protest = facts(['Harbourwatch divers detained', 'The six divers were detained after a peaceful protest against drilling at an oil platform run by Brandt Petroleum last month.', 'Their lawyer says they will appeal.'].join('\n'))
    expect(text(ask(protest, 'were the divers detained after protesting at a Zenda oil rig?'))).toMatch(/^No\b.*Brandt Petroleum/s)
  })
})

describe('people listed under a lead-in', () => {
  it('are who the lead-in says made up the mission ("La delegación estuvo formada por:" and one name a line)', () => {
    const mission = facts(['---', 'title: "Ruritania: misión de observación"', 'language: es', '---', '', 'Red Costera envió una misión de observación a Ruritania.', '', 'La misión estuvo formada por:', '', '- **Ana Lenz**, abogada peruana;', '- **Karl Brandt**, profesor del Instituto de Derechos Humanos de la Universidad de Strelsau;', '- **Eva Ruiz**, profesora de la Universidad de Tromsvik.'].join('\n'))
    const reply = text(answerQuestion(mission, 'quienes formaban parte de la mision', {lang: 'es', now}))
    for (const name of ['Ana Lenz', 'Karl Brandt', 'Eva Ruiz']) expect(reply).toContain(name)
  })
})

describe('a figure followed by a unit of time', () => {
  const visit = facts(['Harbourwatch team visits Ruritania', 'The Harbourwatch visit to Ruritania started on 27 November, and over the past 10 days the delegation has met ministers and port officials.'].join('\n'))

  it('counts no people ("how many people were on the team?" is not "10" of "10 days")', () => {
    expect(text(ask(visit, 'how many people were on the harbourwatch team?'))).not.toMatch(/^10\b/)
  })

  it('still answers how long, or how many days', () => {
    expect(text(ask(visit, 'how many days has the delegation been meeting ministers?'))).toMatch(/^10\b/)
  })
})

describe('an advisory that gives the day and the hour on lines of their own', () => {
  it('answers which day from the "Fecha:" line, though the "Hora:" line is a when-line too', () => {
    const advisory = facts(['---', 'title: "Conferencia de prensa: la Red Costera presenta su balance"', 'language: es', '---', '', 'La Red Costera presenta su balance anual ante los medios.', '', '- **Fecha:** jueves 14 de diciembre de 2017.', '- **Hora:** 10:30 horas.', '- **Lugar:** Casa de la Costa, calle Mayor 3, Strelsau.'].join('\n'))
    expect(text(answerQuestion(advisory, '¿Qué día es la conferencia de prensa?', {lang: 'es', now}))).toContain('14 de diciembre')
  })
})

describe('the genre’s words for paying for aid and for fleeing', () => {
  const aid = facts(['Ruritania: fighting drives 43,000 people from their homes', 'According to the latest UN estimates, 43,000 people have been displaced from their homes in the Northern and Coastal regions.', 'In the Northern region, Harbourwatch is handing out shelter kits, with support from the Coastal Rights Network.'].join('\n'))

  it('reads who funds the work as who supports it', () => {
    expect(text(ask(aid, 'Who is funding the distributions?'))).toContain('Coastal Rights Network')
  })

  it('reads who flees as who is displaced', () => {
    expect(text(ask(aid, 'which regions are people fleeing from?'))).toContain('Northern')
  })
})

describe('a word the question requires, in another form in the sentence', () => {
  it('is held by the sentence that writes it in another ending ("party" — "partidos")', () => {
    const act = facts(['---', 'title: "Red Costera entrega sus firmas al Congreso"', 'language: es', '---', '', 'Red Costera entregó ayer 20.000 firmas en el Congreso de Ruritania.', '', 'Participaron en el acto los representantes en la Comisión de Pesca de los tres grandes partidos: Ana Lenz (Partido Costero), Karl Brandt (Unión Ruritana) y Eva Ruiz (Verdes).'].join('\n'))
    expect(text(answerQuestion(act, 'Which party does Eva Ruiz represent?', {lang: 'en', now}))).toContain('Verdes')
  })
})

describe('the genre’s words for taking another’s place and for taking part', () => {
  const release = facts(['---', 'title: "Ruritania: la renta costera llega a pocos"', 'language: es', '---', '', 'La Renta Costera, que vino a reemplazar al Subsidio del Pescador, es la principal ayuda de Ruritania.', '', 'A la campaña de Red Costera se sumaron los cantantes Ana Lenz, Karl Brandt y Eva Ruiz.'].join('\n'))

  it('reads "sustituyó" as "vino a reemplazar"', () => {
    expect(text(answerQuestion(release, '¿La Renta Costera sustituyó al Subsidio del Pescador?', {lang: 'es', now}))).toMatch(/^Sí/)
  })

  it('reads "participó" as "se sumaron"', () => {
    expect(text(answerQuestion(release, '¿Participó Eva Ruiz en la campaña?', {lang: 'es', now}))).toMatch(/^Sí/)
  })
})

describe('how tall something is', () => {
  const action = facts(['Harbourwatch brings the coast to the capital', 'Harbourwatch climbed the Strelsau Tower, a monument 104 metres tall, on Tuesday morning.', 'Activists also set up a ten-metre model lighthouse in the main square.'].join('\n'))

  it('is a length the sentence gives, in figures or in words', () => {
    // Said first, before the sentence it comes from.
    expect(text(ask(action, 'How tall is the Strelsau Tower?'))).toMatch(/^104 metres\./)
    expect(text(ask(action, 'how high is the model lighthouse?'))).toMatch(/^Ten-metre\./)
  })
})

describe('the release’s own organisation, named by its kind', () => {
  it('is the organisation named in most sentences, counted by every sentence that names it', () => {
    const release = facts(['---', 'title: "Harbourwatch analiza el pescado de los supermercados"', 'language: es', '---', '', 'Harbourwatch ha analizado 40 muestras de pescado compradas en seis supermercados de Strelsau.', '', 'Según Harbourwatch, la mitad de las muestras tenía restos de plástico.', '', '"El plástico llega al plato", ha explicado Ana Lenz, responsable de océanos de Harbourwatch.', '', 'La organización ha pedido a los supermercados que dejen de vender pescado de arrastre.'].join('\n'))
    expect(text(answerQuestion(release, '¿Qué les pide Harbourwatch a los supermercados?', {lang: 'es', now}))).toContain('arrastre')
  })

  it('goes without saying in a topic’s answer ("what’s the name of the Harbourwatch report?" of its own release)', () => {
    const launch = facts(['---', 'title: Conflict drives record hunger', 'organisation: "Harbourwatch Ruritania"', '---', '', '# Conflict drives record hunger', '', 'A new Harbourwatch report released today estimates that up to 21,000 people die every day from hunger in countries hit by conflict.', '', 'The report, titled **Food Wars**, looked at 54 countries.'].join('\n'))
    expect(text(ask(launch, 'whats the name of the harbourwatch report'))).toContain('Food Wars')
  })
})

describe('a dateline written with ".-"', () => {
  const release = facts(['Ruritania: a pocos días de la sentencia', 'Harbourwatch – Comunicado – 29 de noviembre de 2019', 'Strelsau, 29 de noviembre de 2019.- A pocos días de que se lea la sentencia, Harbourwatch recuerda que el fallo oral del juicio se dictó en 2018.'].join('\n'))

  it('dates the release, not what it tells ("¿El fallo se dictó en 2019?")', () => {
    expect(text(answerQuestion(release, '¿El fallo oral del juicio se dictó en 2019?', {lang: 'es', now}))).toMatch(/^No\b/)
  })

  it('places the release: where it was issued from', () => {
    expect(text(answerQuestion(release, '¿desde dónde emite Harbourwatch el comunicado?', {lang: 'es', now}))).toMatch(/^Strelsau\b/)
  })
})

describe('the dateline that opens the lead', () => {
  it('places what its paragraph tells, in the sentence it opens or the next ("Strelsau, Ruritania, 30 August 2022 – …")', () => {
    const blockade = facts(['Harbourwatch blocks the oil party', 'Harbourwatch – Press release – 30 August 2022', 'Strelsau, Ruritania, 30 August 2022 – A peaceful blockade of the garden party of Tromsvik Oil was staged by activists from Harbourwatch. The protesters are calling on Tromsvik Oil to drop its plans for a new field. Ana Lenz, head of Harbourwatch, took part.'].join('\n'))
    expect(text(ask(blockade, 'where was the protest?'))).toMatch(/^Strelsau\./)
    // Where the release was written tells no one's country.
    expect(text(answerQuestion(blockade, 'de que pais es ana lenz', {lang: 'es', now}))).not.toMatch(/Strelsau\./)
  })

  it('places the lead under it when it is a paragraph of its own ("*Strelsau, 18 de junio de 2019*")', () => {
    const launch = facts(['---', 'title: "Red Costera presenta su informe anual"', 'language: es', '---', '', '*Strelsau, 18 de junio de 2019*', '', 'La Red Costera ha dado a conocer este martes su informe anual sobre la pesca de arrastre.'].join('\n'))
    expect(text(answerQuestion(launch, '¿dónde se presentó el informe?', {lang: 'es', now}))).toMatch(/^Strelsau\./)
  })
})

describe('a yes/no question naming a place the article never names', () => {
  const blockade = facts(['Harbourwatch blocks the oil party', 'Harbourwatch – Press release – 30 August 2022', 'Strelsau, Ruritania, 30 August 2022 – A peaceful blockade of the garden party of Tromsvik Oil was staged by activists from Harbourwatch. The protesters are calling on Tromsvik Oil to drop its plans for a new field.'].join('\n'))

  it('is answered no with where it was, when the article says', () => {
    expect(text(ask(blockade, 'so the protest was in Oslo right?'))).toMatch(/^No\.\s+Strelsau\./)
  })

  it('is not, when the place asked is a country and the one told a city in some country', () => {
    expect(text(ask(blockade, 'was the protest in Norway?'))).not.toMatch(/^No\b/)
  })

  it('is not, when it asks of one more place ("was there also a protest in Oslo?"), or whether there is one there', () => {
    expect(text(ask(blockade, 'was there also a protest in Oslo?'))).not.toMatch(/^No\b/)
    expect(text(ask(blockade, 'is there a protest in Oslo'))).not.toMatch(/^No\b/)
    const week = facts(['Global week of protest against inequality', 'Harbourwatch – Press release – 11 January 2022', 'Events are planned in many countries.', 'Ruritania – 20 January: public events in Strelsau.'].join('\n'))
    expect(text(ask(week, 'is there an event in london'))).not.toMatch(/^No\b/)
  })
})

describe('a yes/no question stating another day than the one told', () => {
  it('is asked again as when it is: no, and the day ("¿La conferencia es el viernes 15 de diciembre?" of an advisory’s "Fecha:" line)', () => {
    const advisory = facts(['---', 'title: "Conferencia de prensa: la Red Costera presenta su balance"', 'language: es', '---', '', '# Conferencia de prensa: la Red Costera presenta su balance', '', 'La Red Costera presenta su balance anual ante los medios.', '', '## La cita', '', '- **Fecha:** jueves 14 de diciembre de 2017.', '- **Hora:** 10:30 horas.', '- **Lugar:** Casa de la Costa, calle Mayor 3, Strelsau.'].join('\n'))
    expect(text(answerQuestion(advisory, '¿La conferencia es el viernes 15 de diciembre, verdad?', {lang: 'es', now}))).toMatch(/^No\.\s+Jueves 14 de diciembre/)
  })
})

describe('someone the article gives no title', () => {
  it('is who the first sentence naming them says they are, not someone it "says nothing more about"', () => {
    const release = facts(['Harbourwatch demands justice for Olga Berg', 'Harbourwatch – Press release – 2 May 2024', 'Olga Berg, who had fished off Strelsau for thirty years and led the harbour protests of 2019, was found dead on Saturday.', '"We urge the authorities to investigate the murder of Olga Berg," said Ana Lenz, director of Harbourwatch.'].join('\n'))
    const reply = text(ask(release, 'who is olga berg'))
    expect(reply).toContain('fished off Strelsau for thirty years')
    expect(reply).not.toContain('nothing more')
  })
})

describe('a petition received', () => {
  it('is one accepted ("who accepted the petition?" — "X received the petition")', () => {
    const handover = facts(['Harbourwatch petition reaches parliament', 'Harbourwatch – Press release – 22 April 2022', 'Harbourwatch presented its petition for safe harbours to parliament on Friday.', 'At 1.30 pm, Ana Lenz, the spokesperson for fisheries, received the petition on behalf of parliament.'].join('\n'))
    expect(text(ask(handover, 'Who accepted the petition on behalf of parliament?'))).toMatch(/^Ana Lenz\b/)
  })
})

describe('someone else asked for', () => {
  const visit = facts(['Harbourwatch delegation visits Ruritania', 'Harbourwatch – Press release – 2 May 2024', 'Ana Lenz, the director of Harbourwatch, is leading a Harbourwatch delegation on a five-day visit to Ruritania.', 'Harbourwatch and the Coastal Rights Network will hold vigils in Strelsau during the visit.'].join('\n'))

  it('is not answered by a sentence naming only the one the question names ("who else … apart from Ana Lenz?")', () => {
    expect(ask(visit, 'Who else is part of the delegation apart from Ana Lenz?').status).toBe('declined')
  })

  it('is another body when bodies are asked for ("what organisations are involved besides Harbourwatch?")', () => {
    expect(text(ask(visit, 'what organisations are holding vigils besides Harbourwatch?'))).toContain('Coastal Rights Network')
  })
})

describe('a kind of thing known by its name, asked for by it', () => {
  it('is not answered by a sentence that names none ("which prison is he held in?" — "held in prison since 2015")', () => {
    const held = facts(['Ruritania: free Karl Brandt', 'Harbourwatch – Urgent action – 2 May 2024', 'Karl Brandt has been held in prison since 28 September 2015, and unjust convictions mean he faces decades more behind bars.'].join('\n'))
    expect(ask(held, 'which prison is he being held in?').status).toBe('declined')
    expect(answerQuestion(held, '¿En qué cárcel está Karl Brandt?', {lang: 'es', now}).status).toBe('declined')
  })

  it('is answered by the one that names it', () => {
    const held = facts(['Ruritania: free Karl Brandt', 'Harbourwatch – Urgent action – 2 May 2024', 'Karl Brandt has been held in Strelsau Central Prison since 28 September 2015.'].join('\n'))
    expect(text(ask(held, 'which prison is he being held in?'))).toContain('Strelsau Central Prison')
  })

  it('is answered by a sentence that writes its name in capitals, though the parser reads no body in it ("the Court of Appeals of Ruritania")', () => {
    const bail = facts(['Appeals Court Denies Bail for Five Staffers', 'Harbourwatch – Urgent appeal – 14 June 2016', 'On June 13, 2016, the Court of Appeals of Ruritania, sitting in Strelsau, refused to grant bail to Mr. Karl Brandt and Ms. Ana Lenz.'].join('\n'))
    expect(text(ask(bail, 'which court refused them bail?'))).toContain('Court of Appeals of Ruritania')
  })
})

describe('someone held in custody', () => {
  it('is detained, whatever else "held" may be ("since when has he been locked up?" — "held arbitrarily since August 2014")', () => {
    const held = facts(['Ruritania: free Karl Brandt', 'Harbourwatch – Press release – 2 May 2024', 'Journalist Karl Brandt was sentenced to six years on Friday.', 'Brandt has been held arbitrarily since August 2014.'].join('\n'))
    expect(text(ask(held, 'Since when has Karl Brandt been locked up?'))).toMatch(/^August 2014\./)
  })
})

describe('who something was done to', () => {
  const arrest = facts(['Injured correspondent arrested in Ruritania', 'Harbourwatch – Press release – 24 July 2017', 'Harbourwatch today denounced the July 20, 2017 arrest of a journalist in the Tromsvik district of Norway.', 'Police in Norway detained Karl Brandt, the district correspondent for Coast TV, and took him into custody.'].join('\n'))

  it('is the one a sentence names, when the event’s story names no one ("who got arrested?")', () => {
    expect(text(ask(arrest, 'who got arrested?'))).toMatch(/^Karl Brandt\b/)
    // The country it is set in is no one asked about.
    expect(text(ask(arrest, 'who got arrested in norway?'))).toMatch(/^Karl Brandt\b/)
  })

  it('is not another, when the story names the one the question asks about ("who was Olga Berg?")', () => {
    const killing = facts(['Ruritania: activist found dead', 'Harbourwatch – Press release – 3 June 2010', 'Olga Berg Hansen was discovered dead inside her car on 2 June.', 'Olga Berg had been summoned by Karl Brandt, head of the police, the day before.'].join('\n'))
    expect(text(ask(killing, 'who was olga berg'))).not.toMatch(/^Karl Brandt\b/)
  })
})

describe('everyday words for a march and a ride', () => {
  const week = facts(['Week of action against inequality', 'Harbourwatch – Press release – 11 January 2022', 'Communities from Ruritania to Valdoria will join forces against billionaires.', 'Ruritania – 20 January: public demonstrations in Strelsau.', 'Valdoria – 21 January: a cycling tour against inequality, setting off from Port Arvel.'].join('\n'))

  it('read "demos" as demonstrations and "bike ride" as a cycling tour', () => {
    expect(text(ask(week, 'where r the demos in ruritania'))).toContain('Strelsau')
    expect(text(ask(week, 'where does the bike ride start'))).toContain('Port Arvel')
  })
})

describe('a yes/no question the sentence answers with the opposite word', () => {
  it('is answered no ("so Ruritania agreed to let the ship dock?" — "still refusing it permission to dock")', () => {
    const ship = facts(['Rescue ship still at sea', 'Harbourwatch – Press release – 12 June 2018', 'The ship is still waiting in international waters off Ruritania, which is still refusing it permission to dock.'].join('\n'))
    expect(text(ask(ship, 'So Ruritania agreed to let the ship dock, right?'))).toMatch(/^No\b/)
  })
})

describe('a yes/no question about how someone regards a thing', () => {
  const verdict = facts(['# Ruritania: five writers convicted', '', '“This is an affront to free speech,” said Ana Lenz, Harbourwatch’s researcher on Ruritania.', '', '“We see no proof of any crime,” she went on. “In our view all five are prisoners of conscience, and they should be set free at once.”', '', 'The court fined Harbourwatch Nordic 75,000 crowns, well below the amount the prosecutor had asked for.'].join('\n'))

  it('is answered by what that one’s people say, what it then wants done after it not unsettling it', () => {
    expect(text(ask(verdict, 'Does Harbourwatch regard the five as prisoners of conscience?'))).toMatch(/^Yes\b/)
  })

  it('is answered no when the figure is below what the question says it was above', () => {
    expect(text(ask(verdict, 'was harbourwatch nordic fined more than the prosecutor wanted?'))).toMatch(/^No\b/)
  })
})

describe('which prison, of an article that names one', () => {
  const freed = facts(['# Ana Lenz freed from prison in Ruritania', '', 'Lenz, who had been handed an eight-year prison term on April 18, walked out of Strelsau’s Harbour Prison today after an appeals court cut her sentence.', '', 'According to her father, she was being held because she had bought a bottle of wine.'].join('\n'))

  it('is that prison, though no sentence says she was held there', () => {
    expect(text(ask(freed, 'Which prison was she held in?'))).toMatch(/^Strelsau’s Harbour Prison\./)
    expect(text(answerQuestion(freed, '¿En qué prisión está detenida Lenz?', {lang: 'es', now}))).toMatch(/^Strelsau’s Harbour Prison\./)
  })

  it('is not given for a question that asks more than which', () => {
    expect(text(ask(freed, 'Which prison was her brother sent to?'))).not.toMatch(/^Strelsau’s Harbour Prison/)
  })
})

describe('when someone was sentenced', () => {
  const sentenced = facts(['# Ruritanian journalist Karl Brandt given 3-year prison term', '', 'Harbourwatch – Press release – October 27, 2022', '', 'Brandt used to report for Radio Costa, and the union says his conviction is payback for that work.', '', 'On Thursday, October 27, a court in the capital, Strelsau, found Brandt guilty of taking part in an extremist group and gave him a three-year prison sentence, according to news reports.', '', 'When the court delivered its verdict on 26 April 2018, neither Ana Lenz nor her lawyers were there.'].join('\n'))

  it('is the date that opens the sentence telling of it, however far from the word', () => {
    expect(text(ask(sentenced, 'when was he sentenced'))).toMatch(/^Thursday, October 27\./)
  })

  it('is asked in Spanish as "dictar" a sentence, which an English article says as delivering it', () => {
    const verdict = facts(['# Ruritania: defender Karl Brandt jailed for 32 years', '', 'Human rights defender Karl Brandt was arrested in July 2017.', '', 'When the court delivered its verdict and sentence on 26 April 2018, neither Karl Brandt nor his lawyers were there.'].join('\n'))
    expect(text(answerQuestion(verdict, '¿Cuándo se dictó la sentencia contra Karl Brandt?', {lang: 'es', now}))).toMatch(/26 de abril de 2018\./)
  })
})

describe('how many, counted', () => {
  const rice = facts(['# Rice for refugees in Ruritania', '', 'Harbourwatch welcomed 5,000 tons of rice for refugees in Ruritania.', '', 'The rice will be handed out in these settlements:', '', '- Tromsvik', '- Strelsau', '- Valdoria', '', 'In 2013 the union counted 40 cameras seized and 12 journalists killed in Ruritania.'].join('\n'))

  it('is the items of a list under a lead-in naming what is counted', () => {
    expect(text(ask(rice, 'how many settlements get the rice?'))).toMatch(/^3\./)
  })

  it('is of the noun asked, not of a light verb after it ("how many journalists got killed")', () => {
    expect(text(ask(rice, 'how many journalists got killed in 2013?'))).toMatch(/^12\./)
  })
})

describe('the name of a campaign set beside it', () => {
  const launch = facts(['# Torture: new worldwide campaign', '', 'Harbourwatch – Press release – 13 May 2014', '', 'As she launched Stop The Trawlers, Harbourwatch’s newest global campaign against illegal fishing, Ana Lenz said governments look away.', '', 'Karl Brandt, the campaign’s director, will travel to Strelsau.'].join('\n'))

  it('is so for a body set up under it ("founder of Costa Press, a news agency set up only recently")', () => {
    const founder = facts(['# Journalist attacked in Strelsau', '', 'Karl Brandt, a senior journalist, was the victim of a brutal assault on the evening of January 18.', '', 'He is also the founder and director of Costa Press, a news agency set up only recently.'].join('\n'))
    expect(text(ask(founder, 'whats the name of his news agency'))).toMatch(/^Costa Press\./)
    expect(text(ask(founder, 'when was the attack'))).toMatch(/^January 18\./)
  })

  it('is the name before the comma ("X, Harbourwatch’s newest global campaign against …")', () => {
    expect(text(ask(launch, 'what is the name of the harbourwatch campaign'))).toMatch(/^Stop The Trawlers\./)
  })
})

describe('whom someone is meeting', () => {
  it('is the one the sentence has them meet, not the one who meets ("who is he meeting there?")', () => {
    const visit = facts(['# Harbourwatch head to visit Ruritania', '', 'Secretary General Ana Lenz set to hold talks with Ruritania’s Prime Minister Karl Brandt in Strelsau next week.'].join('\n'))
    expect(text(ask(visit, 'who is she meeting there'))).toMatch(/^Karl Brandt/)
  })
})

describe('a yes/no question naming two places typed in lower case', () => {
  const missions = facts(['# Land grabbing: new report', '', 'Harbourwatch released a new report setting out what two research missions found when they investigated land grabbing in Kenya and Mozambique.'].join('\n'))

  it('is answered no when one of them is not the sentence’s, yes when both are', () => {
    expect(text(ask(missions, 'so the missions were in kenya and tanzania right?'))).toMatch(/^No\b/)
    expect(text(ask(missions, 'were the missions in kenya and mozambique?'))).toMatch(/^Yes\b/)
    expect(text(ask(missions, 'so the missions were in Kenya and Tanzania right?'))).toMatch(/^No\b/)
  })
})

describe('what someone said over two sentences', () => {
  it('is both, when the next goes on with their words ("His organisation, he said, has …")', () => {
    const statement = facts(['# Rights groups go to law over a hospital', '', 'Harbourwatch and Red Costera have launched legal proceedings against a hospital in Strelsau.', '', 'Karl Brandt, President of Red Costera, described what happened as "neglect and inhumane treatment". His organisation, he said, has "zero tolerance" for such conduct.'].join('\n'))
    expect(text(ask(statement, 'what did karl brandt say'))).toContain('zero tolerance')
  })
})

describe('a sentence that names what is asked as told before it', () => {
  it('gives the day of the sentence before ("… in Strelsau on 17-18 March for talks. The purpose of the trip is …")', () => {
    const visit = facts(['# Harbourwatch chief heads to Strelsau', '', 'Harbourwatch’s Secretary General, Ana Lenz, will be in Strelsau on 17-18 March for talks with Prime Minister Karl Brandt. The purpose of the trip is to secure access for its researchers to the coast.'].join('\n'))
    expect(text(ask(visit, 'when is the trip'))).toMatch(/^17-18 March\./)
  })
})

describe('a negation in another clause than the words asked', () => {
  it('does not deny them ("who is deaf …, was turned away on the grounds that the hospital had no ward")', () => {
    const refused = facts(['# Woman gives birth outside a hospital in Strelsau', '', 'The woman, who is deaf and comes from a fishing family, was turned away on the grounds that the hospital had no maternity ward.'].join('\n'))
    expect(text(ask(refused, 'is the woman deaf?'))).toMatch(/^Yes\b/)
    expect(text(ask(refused, 'did the hospital have a maternity ward?'))).not.toMatch(/^Yes\b/)
  })
})

describe('chat shorthand for a question word', () => {
  const visit = facts(['Harbourwatch visits Strelsau', 'Harbourwatch – Press release – 2 May 2024', 'Harbourwatch director Wen Lenz visited the port of Strelsau on Monday.'].join('\n'))

  it('is read as the word in lower case or opening the question, and as a name inside it ("Wen Lenz")', () => {
    expect(text(ask(visit, 'wen did she visit?'))).toMatch(/^Monday\b/)
    expect(text(ask(visit, 'what did Wen Lenz visit?'))).not.toMatch(/^Monday\b/)
  })
})

describe('what is likely', () => {
  it('has not happened ("has famine been declared?" — "is likely to see famine declared")', () => {
    const appeal = facts(['Harbourwatch famine appeal', 'Harbourwatch – Press release – 15 March 2017', 'Ruritania, where three million people need food, is likely to see famine declared in the coming months.'].join('\n'))
    expect(text(ask(appeal, 'Has famine already been declared in Ruritania?'))).not.toMatch(/^Yes\b/)
  })
})

describe('a yes/no question stating a figure another sentence holds for something else', () => {
  it('is asked again as how much: no, and the sentence that gives it, not a figure alone ("¿La manta medía 70 metros?")', () => {
    const climb = facts(['Activistas de Red Costera escalan el faro de Strelsau para exigir un plan que salve la costa', 'Nueve activistas de Red Costera treparon en la mañana del martes 23 de septiembre de 2025 al faro de Strelsau, un monumento de 104 metros de altura situado en el puerto, y colgaron de él una manta de 27 metros con el lema: “Salvemos la costa”.', 'Mientras los escaladores colocaban la manta a 70 metros del suelo, otras 30 personas activistas, vestidas de rojo y con pancartas, formaron al pie del monumento una barrera de apoyo.'].join('\n'))
    const reply = text(answerQuestion(climb, '¿La manta medía 70 metros?', {lang: 'es', now}))
    expect(reply).toMatch(/^No\.\s+El artículo dice: «Nueve activistas/)
  })
})

describe('a yes/no question naming the city of the dateline', () => {
  it('is not confirmed by the dateline: the release was written there, the event is elsewhere', () => {
    const advisory = facts(['Harbourwatch presenta su informe en Tromsvik', 'Harbourwatch – Convocatoria de prensa – 27 de septiembre de 2011', 'Strelsau, 27/09/2011 – Tromsvik acogerá este jueves la presentación del informe de Harbourwatch sobre la pesca de arrastre.'].join('\n'))
    expect(text(answerQuestion(advisory, 'La presentación es en Strelsau, ¿no?', {lang: 'es', now}))).toMatch(/^No\b/)
  })
})

describe('figures that fall', () => {
  const review = facts(
    [
      'Ruritania: arrests of fishermen dropped sharply in 2023',
      'Harbourwatch – Press release – 10 April 2024',
      'Arrests of fishermen in Ruritania dropped by almost a third (31%) last year, Harbourwatch said in its yearly review.',
      'The review counted 412 arrests in 2023, against 598 the year before.',
      'Most arrests took place in the port of Tromsvik.'
    ].join('\n')
  )

  it('is the same drop whichever word the question uses ("fall", "decrease")', () => {
    expect(text(ask(review, 'how much did arrests fall in ruritania?'))).toContain('31%')
    expect(text(ask(review, 'did the arrests of fishermen fall?'))).toMatch(/^Yes\b/)
  })

  it('is the drop a Spanish question asks for with "bajaron"', () => {
    expect(text(answerQuestion(review, '¿cuánto bajaron los arrestos de pescadores?', {lang: 'es', now}))).toContain('31%')
  })

  it('reads chat shorthand for the word it stands for ("last yr")', () => {
    expect(text(ask(review, 'how many arrests in ruritania last yr'))).toContain('last year')
  })
})

describe('a yes/no question about the most of something', () => {
  it('is answered yes by a sentence that says none was more ("no petition has ever been more successful")', () => {
    const drive = facts(['Harbourwatch hands over its petition', 'Harbourwatch handed its trawling petition to the fisheries minister of Ruritania on Monday.', 'No petition drive Harbourwatch has run in the U.S. has ever been more successful.'].join('\n'))
    expect(text(ask(drive, "Was this Harbourwatch's most successful petition in the US?"))).toMatch(/^Yes\b/)
  })
})

describe('what was said about someone the question names', () => {
  it('is the quotation of the sentence that speaks of them, whoever said it', () => {
    const threat = facts(['---', 'title: "La Red Costera rechaza las amenazas contra Radio Tromsvik"', 'language: es', '---', '', 'Eva Ruiz, directora del informativo, estaba al aire cuando llamaron a la emisora.', '', 'Un hombre que dijo ser de un grupo armado amenazó a los periodistas. Después añadió, en referencia a Eva Ruiz, directora del informativo: «a ella la dejamos para el final».'].join('\n'))
    expect(text(answerQuestion(threat, 'que dijo el tipo sobre Eva Ruiz', {lang: 'es', now}))).toContain('a ella la dejamos para el final')
  })

  it('is not asked by "the director of X, Name": that asks what Name said', () => {
    const visit = facts(['---', 'title: "Harbourwatch en Ruritania"', 'language: es', '---', '', 'Karl Brandt, director de Harbourwatch, visitó Tromsvik.', '', '«La pesca ilegal destruye las costas», dijo Karl Brandt.', '', '«Eva Ruiz es una defensora valiente», dijo Olga Berg, en referencia a Karl Brandt.'].join('\n'))
    expect(text(answerQuestion(visit, '¿Qué dijo el director de Harbourwatch, Karl Brandt?', {lang: 'es', now}))).toContain('La pesca ilegal')
  })
})

describe('when something began', () => {
  const mission = facts(
    [
      'Harbourwatch opens mission to Ruritania',
      'Harbourwatch – Press release – 10 December 2012',
      'Strelsau, 10 December 2012 – A delegation of experts from Harbourwatch sets out today on a mission to Ruritania.',
      'A year ago the UN committee set out recommendations to end the abuse of fishermen.',
      'This follow-up mission is part of a wider effort that receives support from the Tromsvik Foundation.'
    ].join('\n')
  )

  it('is the date of the sentence that tells it, whatever verb it uses ("sets out today")', () => {
    expect(text(ask(mission, 'When did the mission start?'))).toMatch(/^(?:Monday )?10 December 2012\./)
  })

  it('is the date of the sentence that tells of it when asked when it came or occurred, whatever its verb', () => {
    const threat = facts(['---', 'title: "La Red Costera rechaza las amenazas contra Radio Tromsvik"', 'language: es', '---', '', 'El lunes 16 de julio, los periodistas de Radio Tromsvik fueron amenazados mediante una llamada a la emisora.', '', 'La Red Costera pide a las autoridades que investiguen a los responsables.'].join('\n'))
    expect(text(answerQuestion(threat, 'cuando llego la amenaza a radio tromsvik', {lang: 'es', now}))).toMatch(/16 de julio/)
    expect(text(answerQuestion(threat, '¿Cuándo ocurrieron las amenazas?', {lang: 'es', now}))).toMatch(/16 de julio/)
    const trip = facts(['Harbourwatch delegation from three continents makes its first official visit to Ruritania ahead of the Strelsau Games', 'On 13 April 2008, a delegation of Harbourwatch made up of members from Africa, Europe and Asia travelled to Strelsau.', 'The delegates met journalists, officials and the organisers of the Strelsau Games.', 'Harbourwatch asked the government to keep its promises on press freedom.'].join('\n'))
    expect(text(ask(trip, 'when did the harbourwatch delegation fly to strelsau'))).toMatch(/^13 April 2008\./)
  })

  it('is the date of the sentence that tells of it when asked when it was launched ("as it opened …")', () => {
    const campaign = facts(['Harbourwatch kicks off its yearly Letters for Fishers campaign', 'Harbourwatch – Press release – 5 October 2016', 'People can win justice for fishers, Harbourwatch said today as it opened Letters for Fishers, the largest letter-writing campaign in Ruritania.'].join('\n'))
    expect(text(ask(campaign, 'when did harbourwatch launch letters for fishers this yr'))).toMatch(/5 October 2016\./)
  })

  it('reads "start" as beginning, and only "started" as founding too ("who started the group?")', () => {
    expect(termOf('start', 'en')).not.toBe(termOf('founded', 'en'))
    expect(termOf('started', 'en')).toBe(termOf('founded', 'en'))
  })
})

describe('what an acronym stands for', () => {
  const release = facts(['---', 'title: "Ruritania: amenazas contra defensoras"', 'language: es', '---', '', 'Entre las organizaciones más destacadas del país figura el Comité de Familias de Pescadores de Ruritania (COFAPER).', '', 'Durante el mes de marzo, otras integrantes del COFAPER también sufrieron amenazas.'].join('\n'))

  it('is the name the article writes beside it, with that sentence', () => {
    expect(text(answerQuestion(release, 'que es el cofaper', {lang: 'es', now}))).toMatch(/^Comité de Familias de Pescadores de Ruritania\./)
    expect(text(ask(release, 'what does COFAPER stand for?'))).toMatch(/^Comité de Familias de Pescadores de Ruritania\./)
    // Chat shorthand for the question word.
    expect(text(ask(release, 'wat does COFAPER stand for'))).toMatch(/^Comité de Familias de Pescadores de Ruritania\./)
  })
})

describe('everyday words of the genre, either way they are said', () => {
  const found = facts(['Ruritania: asesinados dos pescadores', 'Karl Brandt y Eva Ruiz, pescadores de Tromsvik, desaparecieron el 17 de enero.', 'Los cuerpos de ambos, con heridas, fueron hallados al día siguiente tirados en un vertedero de la localidad.'].join('\n'))

  it('reads bodies that appear as bodies found, and a place said by what it is ("en un vertedero")', () => {
    expect(text(answerQuestion(found, '¿Dónde aparecieron los cuerpos?', {lang: 'es', now}))).toContain('vertedero')
  })

  it('reads "mandar" as sending, and "tengo que" as asking nothing of the sentence', () => {
    const action = facts(['Ruritania: free Karl Brandt', 'Send a letter to the minister of justice, Ana Lenz, asking her to free Karl Brandt.'].join('\n'))
    expect(text(answerQuestion(action, '¿a quién tengo que mandar la carta?', {lang: 'es', now}))).toContain('Ana Lenz')
  })

  it('weighs a question’s "can" as little as its other frame words ("¿se puede anular?")', () => {
    expect(['puede', 'pueden', 'podria'].every(isLightWord)).toBe(true)
  })

  it('weighs "hicieron" as little as "hizo" ("¿dónde hicieron la investigación?"), "tuvo" as little as "have"', () => {
    expect(['hizo', 'hicieron', 'hacen', 'tuvo', 'tuvieron', 'tiene'].every(isLightWord)).toBe(true)
  })
})

describe('how much money', () => {
  it('is a sum the sentence gives, whatever it calls it ("costs … US$170 billion")', () => {
    const release = facts(['Harbourwatch: tax dodging drains the coast', 'Karl Brandt added that tax avoidance by shipping firms costs Ruritania US$170 million every year.'].join('\n'))
    expect(text(ask(release, 'how much money does Ruritania lose every year from tax avoidance'))).toMatch(/^US\$170 million\b/)
  })
})

describe('what someone has said', () => {
  it('is their quote, asked in the present perfect too ("¿qué ha dicho …?")', () => {
    const release = facts(['Red Costera recurre la multa', 'Red Costera ha recurrido la multa impuesta a 17 pescadores de Tromsvik.', 'Ana Lenz, directora de Red Costera, recordó que la organización lleva 30 años en Ruritania.', '"No van a conseguir que nos callemos", ha subrayado Ana Lenz.'].join('\n'))
    expect(text(answerQuestion(release, 'que ha dicho ana lenz', {lang: 'es', now}))).toMatch(/^Ana Lenz \(directora\) dijo:.*callemos/s)
  })
})

describe('who is behind something', () => {
  it('is who made it: "behind" asks nothing more of the sentence', () => {
    const release = facts(['Harbourwatch publishes Nets of Debt', 'Harbourwatch has published a report, Nets of Debt, on how trawler owners keep fishermen in debt.', 'The research was carried out by Eva Ruiz, a researcher at Tromsvik University.', 'The report calls on the government of Ruritania to cap fishing debts.'].join('\n'))
    expect(text(ask(release, 'Who did the research behind the report?'))).toMatch(/^Eva Ruiz\b/)
  })
})

describe('what someone is asked to do', () => {
  it('is the call the release makes of them, not who they are', () => {
    const release = facts(['Ruritania: free the fishermen', 'Harbourwatch is urging President Ana Lenz to repeal the Fishing Emergency Regulations, which were brought in when she dissolved parliament.', 'Ana Lenz became president of Ruritania in 2006.', 'Fishermen who asked for their wages were beaten.'].join('\n'))
    expect(text(ask(release, 'What is Harbourwatch asking President Lenz to do?'))).toContain('repeal the Fishing Emergency Regulations')
  })
})

describe('a yes/no question whose word only the next sentence holds', () => {
  const awards = facts(
    [
      'Press freedom awards 2018',
      'This year the Coastal Rights Network honours four journalists at its annual awards dinner in Tromsvik.',
      'Karl Brandt, a freelance journalist from Ruritania, has been arrested over his critical reporting. Eva Ruiz, a broadcast reporter from Strelsau, was held hostage.',
      'Ana Lenz, an editor from Nordland, has faced legal harassment for years.',
      'The dinner will be held on 15 November at the Harbour Hotel.',
      'Tickets are available from the network’s office.',
      'The awards were founded in 1991.'
    ].join('\n')
  )

  it('is not answered yes when that sentence tells it of someone else', () => {
    expect(text(ask(awards, 'was the ruritanian journalist Karl Brandt taken hostage?'))).not.toMatch(/^Yes\b/)
  })

  it('is answered yes when the sentence before leads into a list of names', () => {
    const signed = facts(['Harbourwatch hands in 20,000 signatures', 'Harbourwatch also delivered the signatures of dozens of well-known people.', 'Among them are the writers Ana Lenz, Karl Brandt and Eva Ruiz.'].join('\n'))
    expect(text(ask(signed, 'did Eva Ruiz sign too?'))).toMatch(/^Yes\b/)
  })
})

describe('how long, and who famous', () => {
  const release = facts(
    [
      'Ruritania: emergency powers used against fishermen',
      'In one case, police used the emergency regulations, passed on 10 April, to arrest six men in Tromsvik. The six were detained on 17 April and held for four days for handing out leaflets that criticised the fisheries minister.',
      'Harbourwatch handed in its petition for their release on 30 April.',
      'Among the well-known people who put their names to the petition were the singer Ana Lenz and the writer Karl Brandt.'
    ].join('\n')
  )

  it('answers how long with the span of time of the sentence that holds enough of the question', () => {
    expect(text(ask(release, 'how long did they hold the six men for'))).toMatch(/^Four days\./)
  })

  it('reads "bc" as "because", a word that asks nothing of a sentence', () => {
    expect(isStopword('because')).toBe(true)
  })

  it('reads "well-known" people as the famous', () => {
    expect(text(ask(release, 'any famous ppl sign it?'))).toContain('Ana Lenz')
  })
})

describe('a long word of the question one letter off', () => {
  it('is the article’s word it misspells ("reseacher", "countires")', () => {
    const mission = facts(['Harbourwatch sends a mission to Ruritania', 'Harbourwatch is represented on the trip by its Nordland Researcher, Eva Ruiz.', 'The mission will look at fishing rights in five countries.'].join('\n'))
    const terms = (question: string) => explainEvidence(mission, question).terms.map((term) => term.term)
    expect(terms('which Harbourwatch reseacher is on the trip?')).toContain(termOf('researcher', 'en'))
    expect(terms('how many countires will it look at?')).toContain(termOf('countries', 'en'))
  })

  it('is the word meant when Spanish is spelt by ear ("detubieron", "yegaron")', () => {
    const arrest = facts(['---', 'title: "Ruritania: detienen a una defensora"', 'language: es', '---', '', 'Agentes detuvieron a Eva Ruiz en Tromsvik el 8 de agosto de 2025.', '', 'Sus abogados llegaron a la comisaría al día siguiente.'].join('\n'))
    expect(text(answerQuestion(arrest, 'cuando la detubieron', {lang: 'es', now}))).toMatch(/^8 de agosto de 2025\./)
    expect(explainEvidence(arrest, 'cuando yegaron los abogados').terms.map((term) => term.term)).toContain(termOf('llegaron', 'es'))
  })
})

describe('an event announced by its date, time and location lines', () => {
  const launch = facts(
    [
      '---',
      'title: "Findings from the 2025 Harbourwatch State of the Coast Report"',
      'language: en',
      '---',
      '',
      '# Findings from the 2025 Harbourwatch State of the Coast Report',
      '',
      '**Date:** Tuesday, 29th April 2025',
      '',
      '**Time:** 4:00 – 5:45 PM',
      '',
      '**Location:** Harbour Hall, Harbourwatch Office, 197 Quay Road, Tromsvik',
      '',
      'Harbourwatch is hosting a panel discussion on the right to fish in Ruritania.'
    ].join('\n')
  )

  it('reads "wen" as "when"', () => {
    expect(text(ask(launch, 'wen is the harbourwatch report launch'))).toMatch(/^Tuesday, 29th April 2025/)
  })

  it('reads "which building" as asking where', () => {
    expect(text(ask(launch, 'where is it happening? which building'))).toContain('Harbour Hall')
  })
})

describe('a share asked with a sign, days asked in the plural', () => {
  it('reads "what %" as asking for a figure, "qué días" as asking for dates', () => {
    expect(questionShape('what % of women in the uk have been harassed?').type).toBe('number')
    expect(questionShape('¿Qué días va a estar la delegación en Ruritania?').type).toBe('date')
    const survey = facts(['Harassment touches three in four women in Ruritania', 'New research from Harbourwatch finds that three quarters (75%) of women in Ruritania have been harassed in its ports.', 'Women in Nordland were surveyed as well.'].join('\n'))
    expect(text(ask(survey, 'what % of women in ruritania have been harassed or attacked in ports'))).toMatch(/^75%/)
  })
})

describe('the items of a list, read with what they are listed under', () => {
  const counted = facts(['---', 'title: "Strelsau: arrests fell by a third in 2024"', 'language: en', '---', '', 'The Coastal Rights Network counted arrests in every province of Strelsau.', '', '## Arrests by province in 2024', '', '- Tromsvik (149)', '- Harbourwatch (85+)', '- Ruritania (52)'].join('\n'))

  it('takes the year and the deed from the heading above the item ("how many were arrested in Harbourwatch in 2024")', () => {
    expect(text(ask(counted, 'how many people were arrested in Harbourwatch in 2024?'))).toMatch(/^85\+/)
    expect(text(ask(counted, 'how many arrests were there in tromsvik in 2024?'))).toMatch(/^149\b/)
    expect(ask(counted, 'how many people were killed in Tromsvik in 2024?').intent).toBe('out-of-scope')
  })
})

describe('what someone named said, asked in other words than theirs', () => {
  const survey = facts(['---', 'title: "Strelsau: three in four fishers harassed at sea"', 'language: en', '---', '', 'New research from the Coastal Rights Network finds that three in four fishers in Strelsau have been harassed by coastguard patrols.', '', 'Ana Lenz, campaign manager at the Coastal Rights Network, said: "What this research exposes is abuse on a national scale. The ministry of fisheries has looked away for a decade."', '', 'The network surveyed 2,500 fishers in March.'].join('\n'))

  it('is their quote that holds some of what is asked, beside the release\'s own subject ("the findings")', () => {
    expect(text(ask(survey, 'What did Ana Lenz say about the findings?'))).toMatch(/^Ana Lenz.*said:\s*“What this research exposes/)
    expect(text(ask(survey, "what did lenz say about the ministry's record"))).toMatch(/What this research exposes/)
  })

  it('is not a quote on other things', () => {
    expect(ask(survey, 'What did Ana Lenz say about the budget for the navy?').intent).toBe('out-of-scope')
  })
})

describe('the glossary\'s words of one meaning, when the article uses both', () => {
  const evaluated = facts(['---', 'title: "Strelsau: doctors document abuse of fishers"', 'language: en', '---', '', 'Doctors from the Coastal Rights Network carried out medical evaluations of 22 survivors in Tromsvik.', '', 'Its lawyers also examined 40 police records from the harbour.'].join('\n'))

  it('reads "examine" as the article\'s "evaluations", though the article says "examined" of something else', () => {
    expect(text(ask(evaluated, 'how many survivors did the doctors examine?'))).toMatch(/^22\b/)
    expect(text(ask(evaluated, 'Did the doctors examine the survivors in Tromsvik?'))).toMatch(/^Yes\b/)
  })
})

describe('the kind of thing a "which" question asks for', () => {
  const visit = facts(['---', 'title: "Strelsau: rights mission meets officials"', 'language: en', '---', '', 'Over the course of the visit, the delegation of the Coastal Rights Network plans to hold meetings with journalists, editors and officials in Tromsvik.', '', 'Karl Brandt, a fisher, is held in Harbourwatch prison.'].join('\n'))

  it('is named by the sentence that answers it', () => {
    expect(ask(visit, 'Which embassies is the delegation meeting with?').intent).toBe('out-of-scope')
    expect(text(ask(visit, 'Which prison is Karl Brandt held in?'))).toContain('Harbourwatch')
  })
})

describe('a name with its possessive written without the apostrophe', () => {
  const visit = facts(['---', 'title: "Strelsau: rights chief meets the king"', 'language: en', '---', '', 'Karl Brandt, Secretary General of the Coastal Rights Network, met King Oskar in Tromsvik on 10 March 2003.'].join('\n'))

  it('is the name ("whats karl brandts job")', () => {
    expect(text(ask(visit, 'whats karl brandts job?'))).toMatch(/^Karl Brandt is Secretary General/)
  })
})

describe('a world region as an answer', () => {
  const regions = facts(['---', 'title: "Coastal Rights Network report on fishers killed in 2013"', 'language: en', '---', '', 'Groups from Ruritania, Central America and West Africa presented the report of the Coastal Rights Network on Monday.', '', '- **Asia Pacific** was the deadliest region for fishers in 2013, with 29% of the killings.'].join('\n'))

  it('answers which region, not where an event took place', () => {
    expect(text(ask(regions, 'which region was deadliest for fishers?'))).toMatch(/^Asia Pacific\./)
    expect(text(ask(regions, 'where was the report presented?'))).not.toMatch(/^(?:Latin America|West Africa)\b/)
  })
})

describe('who takes a petition', () => {
  const handOver = facts(['---', 'title: "Strelsau government set to receive fishing petition today"', 'published: 2018-03-19', 'language: en', '---', '', 'At midday today, Ana Lenz, the Minister of Fisheries, is due to receive a Coastal Rights Network petition, signed by upwards of 45,000 people, that calls for bottom trawling to be brought to an end.'].join('\n'))

  it('is the one who is due to receive it, however the question says it', () => {
    expect(text(ask(handOver, 'who is accepting the petition'))).toContain('Ana Lenz')
    expect(text(ask(handOver, 'who is receiving the petition?'))).toContain('Ana Lenz')
  })
})

describe('whom a petition was sent to', () => {
  const handedIn = facts(['Rights groups hand over petition for Karl Brandt', 'A petition bearing 2,300 signatures and demanding that Karl Brandt be freed was delivered today by the Coastal Rights Network and Harbourwatch International.', "It was addressed to Ana Lenz, Ruritania's Minister of Justice, and copies went to the prime minister."].join('\n'))

  it('is whom it is addressed to when no one is named taking it, not the day it went', () => {
    expect(text(ask(handedIn, 'who was the petition sent to'))).toContain('Ana Lenz')
  })

  it('asks them what the demand says as a clause ("demanding that X be freed")', () => {
    expect(text(ask(handedIn, 'what does the petition ask'))).toMatch(/^It asks Ana Lenz, Ruritania's Minister of Justice that Karl Brandt be freed\./)
  })
})

describe('the head of an organisation asked as "the X head"', () => {
  it('is the one whose title heads it ("whos the RCI head in ruritania", "who\'s the RCI boss?")', () => {
    const kidnapped = facts(['Red Costera Internacional alerta de secuestros', 'La Red Costera Internacional (RCI) atendió a 11 pescadores secuestrados en Tromsvik.', 'Para Eva Ruiz, coordinadora general de RCI en Ruritania, "es cuestión de tiempo".'].join('\n'))
    expect(text(ask(kidnapped, 'whos the RCI head in ruritania'))).toMatch(/^Eva Ruiz/)
    expect(text(ask(kidnapped, "who's the RCI boss?"))).toMatch(/^Eva Ruiz/)
  })
})

describe('the larger place a place is in', () => {
  const clinic = facts(['Harbourwatch treats kidnapped fishers', 'In under a month, the team Harbourwatch runs in Tromsvik, Zenda, treated 11 fishers who had been kidnapped.', 'The fishers of Karvik, en la provincia de Strelsau, fear the same.'].join('\n'))

  it('is the one written right after it ("Tromsvik, Zenda"), in either language', () => {
    expect(text(ask(clinic, 'which state is tromsvik in'))).toMatch(/^Zenda\./)
    expect(text(answerQuestion(clinic, 'tromsvik en q estado esta', {lang: 'es', now}))).toMatch(/^Zenda\./)
  })

  it('is asked with "queda" ("¿dónde queda?"), which is where something lies, not how long someone stays', () => {
    expect(text(answerQuestion(clinic, '¿en qué provincia queda karvik?', {lang: 'es', now}))).toContain('Strelsau')
  })
})

describe('how often something happens', () => {
  const report = facts(['En Ruritania se registra un ataque a pescadores cada 32 horas, según el último informe de Red Costera', 'Red Costera contabilizó 225 ataques contra pescadores de Tromsvik entre enero y octubre.', 'El informe incluyó también 4 barcos hundidos.'].join('\n'))

  it('is the "cada 32 horas" of the sentence that holds the rest, in the unit asked, not another figure', () => {
    expect(text(answerQuestion(report, 'cada cuantas horas atacan a un pescador en ruritania', {lang: 'es', now}))).toMatch(/^Cada 32 horas\./)
  })
})

describe('a yes/no question about how things stand', () => {
  it('is answered "no" by a sentence that says it is not so ("is trawling allowed?" — "an activity that is not allowed in Ruritania")', () => {
    const pensions = facts(['Ruritanian pensions back trawling overseas', 'By investing in trawling firms, Ruritania\'s councils make money from an activity that is not allowed in Ruritania itself.'].join('\n'))
    expect(text(ask(pensions, 'is trawling allowed in ruritania'))).toMatch(/^No\./)
  })
})

describe('the kind asked for', () => {
  it('is no term a sentence must hold ("what kind of protests", "¿qué tipo de agresiones?")', () => {
    const day = facts(['Harbourwatch calls a day of action', 'From Tromsvik to Strelsau, fishers will hold vigils, marches and sit-ins on 12 May.'].join('\n'))
    for (const question of ['what kind of protests will fishers be doing?', 'q tipo de protestas van a hacer los pescadores', 'what sort of protests are planned']) {
      expect(explainEvidence(day, question).terms.map((term) => term.word)).not.toEqual(expect.arrayContaining([expect.stringMatching(/^(?:kind|tipo|sort)$/)]))
    }
  })
})

describe('what campaigners ask of someone', () => {
  it('is what they want them to do ("Campaigners want the Government to write this ban into law")', () => {
    const pensions = facts(['Ruritanian pensions back trawling overseas', 'Ruritania\'s councils have £972 million of pension money in trawling firms.', "In last year's Ruritanian Government consultation, more than 60,000 people objected to trawling.", 'Campaigners want the Government to write this effective ban on trawling into law.'].join('\n'))
    expect(text(ask(pensions, 'what are campaigners asking the ruritanian government to do'))).toContain('write this effective ban')
  })
})

describe('"se quedaron sin" in a question', () => {
  it('is being left without something, not staying ("cuántos se quedaron sin empleo")', () => {
    const closed = facts(['Harbourwatch urges compensation for cannery workers', 'A year after the Tromsvik cannery shut down without warning, 208 workers are still without jobs or compensation.'].join('\n'))
    expect(text(answerQuestion(closed, 'cuantos trabajadores se quedaron sin empleo', {lang: 'es', now}))).toMatch(/^208\./)
  })
})

describe('who runs an organisation', () => {
  const branch = facts(['Harbourwatch International asks Chile to protect fishers', 'Harbourwatch International called on the government of Chile to protect fishers in Tromsvik.', 'Ana Lenz, executive director of Harbourwatch International Chile, said: "The fishers of Tromsvik deserve the protection of the law, and they deserve it now."', 'Karl Brandt, Americas director of Harbourwatch International, travelled to Tromsvik.'].join('\n'))

  it('is the one whose title heads it, in the branch of the country named', () => {
    expect(text(ask(branch, 'who runs harbourwatch chile?'))).toMatch(/^Ana Lenz, executive director\./)
    expect(text(answerQuestion(branch, '¿quién dirige Harbourwatch Chile?', {lang: 'es', now}))).toMatch(/^Ana Lenz/)
  })

  it('is its chief executive, asked as its executive director ("¿quién es el director ejecutivo de …?")', () => {
    const chief = facts(['# Coastal Rights Network report on care work', '', 'Karl Brandt, Chief Executive of the Coastal Rights Network, said: "Care work holds up the economy."', '', 'The report was published in Strelsau.'].join('\n'))
    expect(text(answerQuestion(chief, '¿Quién es el director ejecutivo de la Coastal Rights Network?', {lang: 'es', now}))).toMatch(/^Karl Brandt/)
    expect(text(ask(chief, 'who is the executive director of the Coastal Rights Network?'))).toMatch(/^Karl Brandt/)
  })

  it('is not a director of one region of it, nor the head of a delegation', () => {
    expect(text(ask(branch, 'who runs harbourwatch?'))).not.toMatch(/Karl Brandt/)
    expect(text(ask(branch, 'who leads the harbourwatch delegation?'))).not.toMatch(/Ana Lenz/)
  })
})

describe('whether a country is on a list the article gives', () => {
  const ranked = facts(['---', 'title: "Coastal Rights Network counts fishers killed in 2013"', 'language: en', '---', '', '- The most dangerous countries for fishers were **Syria, the Philippines, Pakistan, Iraq and India**.'].join('\n'))

  it('is no when it is not on it, with the list', () => {
    expect(text(ask(ranked, 'was mexico one of the most dangerous countries in the report?'))).toMatch(/^No\.[\s\S]*Syria, the Philippines/)
  })
})

describe('what someone named by their title promised', () => {
  const audience = facts(['Ruritania: Coastal Rights Network chief meets the King', 'Ana Lenz, Secretary General of the Coastal Rights Network, was received by King Oskar in Tromsvik.', 'King Oskar assured her that, if fighting began, Ruritania would protect refugees.', 'She welcomed his willingness to review law 54 of 2001, which curbs freedom of expression.'].join('\n'))

  it('is what the one who holds the title assured ("What did the King promise?")', () => {
    expect(text(ask(audience, 'What did the King promise?'))).toContain('would protect refugees')
  })

  it('reads "free speech" as the freedom of expression, not a release', () => {
    expect(text(ask(audience, 'which law did they bring up about free speech'))).toContain('law 54 of 2001')
  })
})

describe('an urgent action’s officials', () => {
  const urgent = facts(`---
title: "Urgent Action: Fisherman in Danger (Ruritania: UA 12.24)"
published: 2024-03-04
language: en
---

Karl Brandt, a journalist from Tromsvik, has been held since 9 December 2023.

## Take action

1. Write to one or both of the officials listed below, in your own words.

## Who to contact

**Ana Lenz**, President of the Republic of Ruritania
Palacio Presidencial, Plaza Mayor 1, Strelsau

**Ambassador Eva Ruiz**, Embassy of Ruritania
`)

  it('are whom to write to, by name and title', () => {
    const answer = text(ask(urgent, 'Who am I supposed to write to?'))
    expect(answer).toContain('Ana Lenz')
    expect(answer).toContain('Eva Ruiz')
    expect(text(answerQuestion(urgent, '¿a quién hay que escribirle?', {lang: 'es', now}))).toContain('Escribe a')
  })

  it('answer by when to act from an "Act by:" line, and not at all where none is', () => {
    const byDate = facts(['# Urgent Action: eight students detained in Ruritania', '', '**Action requested**', '', '- **Act by:** 27 December 2015', '- Write to the officials calling for the students to be released.', '', 'The students were arrested on 14 November.'].join('\n'))
    expect(text(ask(byDate, 'whens the deadline to take action on this?'))).toMatch(/^27 December 2015\./)
    expect(ask(urgent, 'is there a deadline to send my letters').intent).toBe('out-of-scope')
  })

  it('have a number or a code it is filed under ("UA 243/15", "MEX 014 / 1107 / OBS 142")', () => {
    const ua = facts(['# Urgent Action: eight students detained in Ruritania', '', '**UA 243/15** · **Index:** HW 54/2754/2015 · **Date:** 17 November 2015', '', 'The students were arrested on 14 November.'].join('\n'))
    expect(text(answerQuestion(ua, 'cual es el numero de esta accion urgente', {lang: 'es', now}))).toMatch(/^UA 243\/15\./)
    const appeal = facts(['# Detención arbitraria de Karl Brandt – RUR 014 / 1107 / OBS 142', '', 'El Observatorio ha recibido información sobre la detención de Karl Brandt en Tromsvik.'].join('\n'))
    expect(text(ask(appeal, "What's the reference code of this urgent appeal?"))).toMatch(/^RUR 014 \/ 1107 \/ OBS 142\./)
    // A release's document index: "AI Index: POL 30/026/2007".
    const release = facts(['Three who survived death row speak at the UN', 'AI Index: POL 30/026/2007 (Public) | News Service No: 198 | Embargo: 16 October 2007, 16:30 GMT', 'Three people who survived death row spoke at the United Nations today.'].join('\n'))
    expect(text(ask(release, 'whats the AI index number of this release'))).toMatch(/^POL 30\/026\/2007\./)
  })

  it('give the one e-mail address the article writes, and none of several', () => {
    const one = facts(['# Urgent Action: eight students detained in Ruritania', '', 'Please send a letter or an email straight away calling for them to be protected.', '', 'Other contact: appeals@harbourwatch.example'].join('\n'))
    expect(text(ask(one, 'how do i send an appeal, is there an email i can use'))).toMatch(/^appeals@harbourwatch\.example\./i)
    const two = facts(['# Urgent Action: eight students detained in Ruritania', '', 'Please send a letter or an email straight away calling for them to be protected.', '', 'Contacts: appeals@harbourwatch.example and press@harbourwatch.example'].join('\n'))
    expect(text(ask(two, 'is there an email i can use'))).not.toMatch(/^appeals@/i)
  })

  it('give the e-mail address or the number on the contact line of whom the question names', () => {
    const contacts = facts(['# Harbourwatch presents its report on Ruritania', '', 'Harbourwatch will present its report in Strelsau on Monday.', '', 'Media contacts:', '', 'Ana Lenz – alenz@harbourwatch.example – cell 555-230-3166', '', 'Karl Brandt – kbrandt@harbourwatch.example – cell 555-871-0042'].join('\n'))
    expect(text(ask(contacts, 'what is ana lenz email'))).toMatch(/^alenz@harbourwatch\.example\./)
    expect(text(ask(contacts, '¿cuál es el correo de Karl Brandt?'))).toMatch(/^kbrandt@harbourwatch\.example\./)
    expect(text(ask(contacts, "karl brandt's phone number?"))).toMatch(/^555-871-0042\./)
    expect(text(ask(contacts, 'what is eva ruiz email'))).not.toMatch(/@/)
  })

  it('are whom a "Destinatario:" label lists, named before in the text too', () => {
    const llamamiento = facts(['---', 'title: "Acción urgente: Ruritania: otra defensora detenida"', 'language: es', '---', '', 'Instamos a Karl Brandt a que libere a Eva Ruiz.', '', '## Actúa: escribe tu propio llamamiento o usa esta carta modelo', '', '**Destinatario:**', '', '- Presidente de la República Karl Brandt', '- Palacio de Tromsvik, Av. Norte 10, Strelsau 1012'].join('\n'))
    expect(text(ask(llamamiento, 'who is this urgent action addressed to'))).toContain('Write to Karl Brandt')
  })
})

describe('a report that comes out, and a video conference', () => {
  const advisory = facts(['Red Costera presenta su informe anual', 'Red Costera – Convocatoria de prensa – 21 de junio de 2021', 'El informe se publica a las 10:30 horas del martes 22 de junio.', 'A las 11:00 horas, videoconferencia con Ana Lenz (coordinadora del informe) y Karl Brandt (responsable de pesca).'].join('\n'))

  it('reads "sale el informe" and "comes out" as published, "video conference" as the one word', () => {
    expect(text(answerQuestion(advisory, 'a q hora sale el informe', {lang: 'es', now}))).toContain('10:30')
    expect(text(ask(advisory, 'what time does the report come out'))).toContain('10:30')
    expect(text(ask(advisory, "who's speaking at the video conference"))).toContain('Ana Lenz')
  })

  it('is not told for a version in a language the article does not name ("en inglés")', () => {
    expect(answerQuestion(advisory, 'cuando sale el informe en ingles', {lang: 'es', now}).intent).toBe('out-of-scope')
  })
})

describe('a small count in digits', () => {
  const protest = facts(['Protesters tell Harbourwatch: leave the coast alone', 'Carrying banners, the activists were objecting to Harbourwatch’s part in two projects: a new gas plant at Tromsvik and the huge Strelsau oil field.'].join('\n'))

  it('is the count in words too ("which 2 projects" — "two projects")', () => {
    expect(text(ask(protest, 'which 2 projects r they protesting against'))).toContain('Strelsau oil field')
  })
})

describe('a share asked for', () => {
  const report = facts(['Red Costera: memoria anual de 2022', 'Red Costera – Memoria – 15 de junio de 2022', 'En 2022, Red Costera atendió a 1,2 millones de personas en 40 países.', 'De las personas atendidas, el 58% eran mujeres y niñas.', 'Por ámbitos, 110 proyectos se centraron en la pesca y 40 en la salud.'].join('\n'))

  it('is the figure in per cent, said first ("what percentage …" — "el 58%")', () => {
    expect(text(ask(report, 'what percentage of the people helped were women'))).toMatch(/^58%/)
  })
})

describe('a yes/no question answered with the opposite of its words', () => {
  const hearing = facts(['Ruritania: commission calls a hearing on the harbour', 'The commission called a hearing with the Ruritanian state for 23 June, at the request of the fishermen.', 'The hearing will be virtual and private, the commission said.', 'The government gave the harbour plan its approval in September 2023, but the project has met strong opposition.'].join('\n'))

  it('is "No" with the sentence that says the opposite ("public and in person?" — "virtual and private")', () => {
    const answer = text(ask(hearing, 'is the hearing public and in person?'))
    expect(answer).toMatch(/^No\b/)
    expect(answer).toContain('virtual and private')
    expect(text(ask(hearing, 'Did the government reject the harbour plan?'))).toMatch(/^No\b[\s\S]*approval/)
  })

  it('is "No" when the sentence that holds the question says the opposite of one of its words ("worldwide?" — "nationwide")', () => {
    const trend = facts(['Harbourwatch hashtag trends', 'On Monday the hashtag #FreeTheHarbour became a nationwide trending topic in Ruritania, Harbourwatch said.'].join('\n'))
    const answer = text(ask(trend, 'did the hashtag become a worldwide trending topic?'))
    expect(answer).toMatch(/^No\b/)
    expect(answer).toContain('nationwide')
  })

  it('is "No" to a figure that went down when the sentence says it rose, and to "¿bajó?" when it grew', () => {
    const figures = facts(['Harbourwatch: more fishermen displaced', 'During 2025 alone, the number of displaced fishermen in Ruritania rose by 10 per cent, Harbourwatch said.'].join('\n'))
    expect(text(ask(figures, 'Did the number of displaced fishermen go down in 2025?'))).toMatch(/^No\b/)
    const cifras = facts(['Red Costera: más pescadores desplazados', 'En 2025 el número de pescadores desplazados en Ruritania creció un 10 %, según Red Costera.'].join('\n'))
    expect(text(answerQuestion(cifras, '¿Bajó el número de pescadores desplazados en 2025?', {lang: 'es', now}))).toMatch(/^No\b/)
  })

  it('is "No" to a ruling overturned when the sentence says it was upheld', () => {
    const ruling = facts(['Ruritania: Supreme Court upholds blogger sentence', "Harbourwatch said the Supreme Court's ruling confirming the ten-year sentence of blogger Karl Brandt was a dark day for free expression."].join('\n'))
    expect(text(ask(ruling, 'So the Supreme Court overturned his sentence, right?'))).toMatch(/^No\b/)
  })

  it('is not "No" where the sentence also says the word asked', () => {
    expect(text(ask(hearing, 'did the government give the harbour plan its approval?'))).not.toMatch(/^No\b/)
  })
})

describe('what a body said, named by no registered name', () => {
  const ruling = facts(['Ruritania: la exfiscal Eva Ruiz sale de prisión', 'El 28 de noviembre de 2022, Red Costera declaró presa de conciencia a la exfiscal Eva Ruiz.', 'En mayo de 2023, el Grupo de Trabajo sobre la Detención Arbitraria de las Naciones Unidas calificó de arbitraria la detención de la exfiscal.', 'La Red Costera también ha pedido al gobierno de Ruritania que anule la condena.'].join('\n'))

  it('is the sentence that reports its words, with its name before the verb', () => {
    expect(text(answerQuestion(ruling, 'y la ONU que dijo de su detencion?', {lang: 'es', now}))).toContain('calificó de arbitraria')
  })

  it('is not a sentence that reports someone else\'s words', () => {
    expect(text(answerQuestion(ruling, '¿qué dijo el gobierno de Ruritania de la condena?', {lang: 'es', now}))).not.toContain('ha pedido')
  })
})

describe('the article\'s photo', () => {
  const pictured = facts(['# Fishermen displaced in record numbers', '', 'Wars and storms pushed a record 65,000 fishermen from their homes in Ruritania last year, Harbourwatch said.', '', 'Photo caption: Karl Brandt, 40, a fisherman from Strelsau, holds his son in the shelter for displaced families in Tromsvik. He now lives in a shelter. (Photo: Olga Berg)'].join('\n'))

  it('is shown by its caption, and its place is the one beside what is asked', () => {
    expect(text(ask(pictured, "who's the man in the photo"))).toContain('Karl Brandt, 40')
    expect(text(ask(pictured, 'where is the shelter in the photo?'))).toMatch(/^Tromsvik/)
  })

  it('was taken by the one its credit names', () => {
    expect(text(ask(pictured, 'who took the photo?'))).toMatch(/^Olga Berg/)
  })
})

describe('a country asked by its adjective in the other language', () => {
  it('reads "británico" as the UK', () => {
    const crisis = facts(['Harbourwatch: fishing crisis in Ruritania', 'The UK government, which is holding its own fisheries conference later this year, must make the crisis a priority.', 'The Ruritanian government rejected the plan in May.'].join('\n'))
    expect(text(answerQuestion(crisis, '¿el gobierno británico va a hacer una conferencia sobre pesca?', {lang: 'es', now}))).toMatch(/^Sí\./)
  })
})

describe('"is X one of the …?"', () => {
  const trial = facts(['Ruritania: five convicted in Tromsvik', 'The journalists Ana Lenz and Karl Brandt, the opposition party leader Olga Berg and Eva Ruiz, a former supporter, were convicted of terrorism offences.'].join('\n'))

  it('is yes for someone the sentence lists right after the word, "one of" asking nothing more', () => {
    expect(text(ask(trial, 'Is Karl Brandt one of the journalists?'))).toMatch(/^Yes\b/)
  })

  it('is no "yes" for someone the sentence lists under another role', () => {
    expect(text(ask(trial, 'Is Olga Berg one of the journalists?'))).not.toMatch(/^Yes\b/)
  })
})

describe('a list of people under the headline alone', () => {
  it('is not what the headline\'s title-holder is', () => {
    const visit = facts(['# Así fue el primer día del Alto Comisionado de las Naciones Unidas para los Derechos Humanos en Ruritania', '', 'TROMSVIK, 16 de noviembre de 2025 – Karl Brandt, Alto Comisionado de las Naciones Unidas para los Derechos Humanos, aterrizó en el país a las 13:00 horas.', '', 'Para cerrar el día, Brandt se reunió con los integrantes de la Comisión de Justicia, entre ellos:', '', '- **Fiscal General:** Olga Berg Lenz', '- **Ministra de Justicia:** Eva Ruiz Lenz'].join('\n'))
    const answer = text(answerQuestion(visit, 'quien es el alto comisionado de la onu', {lang: 'es', now}))
    expect(answer).toMatch(/^Karl Brandt/)
    expect(answer).not.toContain('Olga Berg')
  })
})

describe('a list of people under a heading', () => {
  const launch = facts(`---
title: "Harbourwatch launches its report in Tromsvik"
published: 2024-03-04
language: en
---

Harbourwatch will launch its report on the harbour strike in Tromsvik on 12 March.

## Panelists

- **Ana Lenz** – Deputy Regional Director at Harbourwatch
- **Karl Brandt** – Tromsvik fisheries editor and human rights advocate
`)

  it('is who the heading asks for ("who are the panelists")', () => {
    const answer = text(ask(launch, 'who r the panelists'))
    expect(answer).toContain('Ana Lenz')
    expect(answer).toContain('Karl Brandt')
  })
})

describe('getting somewhere', () => {
  const freed = facts(['Ruritania: Harbourwatch delegates freed', 'Harbourwatch announced today that its two delegates held in Ruritania have been set free.', 'The two Harbourwatch delegates had been in the Tromsvik Islands since 2 October, the day they arrived to research the detention of fishermen.', 'They ran a workshop in Strelsau for local journalists.'].join('\n'))

  it('is arriving there ("When did the delegates first get to the Tromsvik Islands?"), and asking the way is not asked of the article', () => {
    expect(text(ask(freed, 'When did the delegates first get to the Tromsvik Islands?'))).toContain('2 October')
    expect(ask(freed, 'how do i get to the workshop in Strelsau').intent).toBe('out-of-scope')
  })
})

describe('where someone was caught', () => {
  const alert = facts(['Ruritania: detienen a una corresponsal extranjera', 'Red Costera – Alerta – 8 de noviembre de 2013', 'Ana Lenz, corresponsal del Harbour Herald con sede en Strelsau, permanece detenida desde el 7 de noviembre.', 'Varios testigos vieron cómo una comisión policial se presentó en la posada donde se alojaba Ana Lenz, en Tromsvik, y se la llevó detenida.'].join('\n'))

  it('is read in everyday words ("¿dónde la agarraron?"), never where she is based', () => {
    expect(text(answerQuestion(alert, 'donde la agarraron?', {lang: 'es', now}))).toMatch(/^Tromsvik/)
  })
})

describe('the one something was done to', () => {
  const alert = facts(['Ruritania: agentes de inteligencia detienen a un corresponsal extranjero', 'Red Costera – Alerta – 8 de noviembre de 2013', 'Ana Lenz, corresponsal del Harbour Herald con sede en Strelsau, permanece detenida de forma arbitraria desde el 7 de noviembre.', 'La corresponsal de Red Costera confirmó que la periodista lleva 15 horas detenida en la sede de la Dirección de Inteligencia Militar (DIM) en la capital del estado Tromsvik.'].join('\n'))

  it('is a person, never the body that did it ("¿A quién detuvieron en Tromsvik?")', () => {
    expect(text(answerQuestion(alert, '¿A quién detuvieron en Tromsvik?', {lang: 'es', now}))).not.toMatch(/^Dirección/)
  })
})

describe('someone asked about by their title', () => {
  const release = facts(['Ruritania must release blogger kept in custody', 'Harbourwatch – Press release – 10 November 2010', 'Harbourwatch said the authorities should free blogger Ana Lenz without delay, because her prison term has ended.', 'Keeping Lenz behind bars fits the way the government has treated the blogger throughout her detention.', 'Lenz was arrested on 6 November 2006, and a court in Tromsvik later convicted her.'].join('\n'))

  it('is found where the sentence names them ("when was the blogger arrested" — "Lenz was arrested on …")', () => {
    expect(text(ask(release, 'when was the blogger arrested'))).toContain('6 November 2006')
  })
})

describe('what is counted, named before the count', () => {
  const memoria = facts(['Red Costera: memoria anual 2015', 'Red Costera – Nota de prensa – 8 de junio de 2016', 'En el puerto rescataron a 6.400 personas, y además prestaron auxilio a 1.500 víctimas de violencia sexual, a 43.500 niños con desnutrición y a 15.300 víctimas de violencia.', 'En conjunto, la organización atendió a medio millón de pacientes más que en 2014.'].join('\n'))

  it('is counted ("y niños con desnutrición, ¿cuántos atendieron?")', () => {
    expect(text(answerQuestion(memoria, 'y niños con desnutricion cuantos atendieron', {lang: 'es', now}))).toMatch(/^43\.500/)
  })
})

describe('someone called "he" right after being named', () => {
  const blogger = facts(['Ruritania: two-year prison term for blogger Karl Brandt', 'On Tuesday 7 June 2005, Harbourwatch said it was deeply worried about what lies ahead for Karl Brandt, a 25-year-old blogger.', 'Harbourwatch appealed to bloggers everywhere to rally behind the young man, who has been in custody since he was arrested on 12 February.', 'His lawyer said the sentence was imposed after a hearing on 23 May.'].join('\n'))

  it('is the one asked about when a date is asked ("When was Brandt arrested?")', () => {
    expect(text(ask(blogger, 'When was Karl Brandt arrested?'))).toMatch(/^12 February/)
  })
})

describe('a body asked for by its kind ("which court")', () => {
  const trial = facts(['Ruritania: journalist Karl Brandt handed eight-year prison sentence', 'Harbourwatch said on Wednesday that the authorities should free Karl Brandt at once.', 'After a trial lasting two days, the People’s Court of Tromsvik province on Tuesday handed Brandt a sentence of eight years in prison.', 'Brandt said he would appeal.'].join('\n'))

  it('is the name in capitals that says it is one, though no span holds it', () => {
    expect(text(ask(trial, 'Which court sentenced him?'))).toMatch(/^People’s Court of Tromsvik\./)
  })

  it('is not read from a headline in title case, where every word has a capital', () => {
    const appeal = facts(['Ruritania: Appeals Court Upholds Fisher’s Conviction', 'The Tromsvik Court of Appeal upheld the conviction of Karl Brandt, his lawyer said.', 'Harbourwatch called the ruling unjust.'].join('\n'))
    expect(text(ask(appeal, 'which court upheld the conviction?'))).toMatch(/^Tromsvik Court of Appeal\./)
  })
})

describe('a court sentence said by its length', () => {
  const sentenced = facts(['Ruritania: 25 activistas, a prisión', 'Harbourwatch ha calificado de parodia de la justicia la pena de 15 años de cárcel que el Tribunal de lo Penal de Strelsau impuso hoy al activista Karl Brandt y a otras 24 personas.', 'El grupo había protestado en Strelsau contra los juicios militares.'].join('\n'))

  it('is what "condenaron" asks of ("¿A quién condenaron en Strelsau?")', () => {
    expect(text(answerQuestion(sentenced, '¿A quién condenaron en Strelsau?', {lang: 'es', now}))).toContain('Karl Brandt')
  })

  it('is a figure checked whole: "5 años" is not the "15 años" of the sentence', () => {
    expect(text(answerQuestion(sentenced, '¿Es verdad que a Karl Brandt lo condenaron a 5 años?', {lang: 'es', now}))).toMatch(/^No\b/)
  })
})

describe('the press contact’s e-mail', () => {
  it('is the one address the article gives, as written ("whats the press contact email for this")', () => {
    const release = facts(['Ruritania: detienen a dos defensores', 'Harbourwatch – Comunicado – 3 de mayo de 2024', 'Contacto de prensa: comunicacion@harbourwatch.org', 'La policía detuvo a Karl Brandt y a Eva Ruiz en Strelsau.'].join('\n'))
    expect(text(ask(release, 'whats the press contact email for this'))).toMatch(/^comunicacion@harbourwatch\.org\./)
  })
})

describe('"found" in the passive', () => {
  it('is discovered, not founded ("when were the bodies of the two men found?" of "los cuerpos fueron hallados")', () => {
    const killed = facts(['Ruritania: matan a dos pescadores en Tromsvik', 'Los agresores se llevaron por la fuerza a Karl Brandt y a Eva Ruiz, dos pescadores de Tromsvik.', 'Los cuerpos de ambos fueron hallados el 3 de mayo en un vertedero de Strelsau.'].join('\n'))
    expect(text(ask(killed, 'When were the bodies of the two fishers found?'))).toMatch(/^3 May\b/)
  })
})

describe('a sentence that goes on about the one before', () => {
  it('gives its place ("… dará una conferencia de prensa. Se celebrará en el Hotel X")', () => {
    const visit = facts(['Ruritania: una experta de Harbourwatch visitará el país', 'La experta Eva Ruiz visitará Ruritania del 21 de febrero al 2 de marzo.', 'El 2 de marzo, la experta dará una conferencia de prensa en la que expondrá sus observaciones preliminares. Se celebrará en el Hotel Continental Strelsau, en Tromsvik, y solo podrán asistir periodistas acreditados.'].join('\n'))
    expect(text(answerQuestion(visit, 'dónde va a ser la conferencia de prensa', {lang: 'es', now}))).toMatch(/^Hotel Continental Strelsau\b/)
  })
})

describe('an urgent appeal asked about', () => {
  const appeal = facts(['---', 'organisation: Coastal Rights Observatory', '---', '', '# Ruritania: lawyer Eva Ruiz taken into custody', '', 'Urgent Appeal, reference RUR 001 / 0514.', '', 'The Strelsau court has confirmed the sentence handed down against Eva Ruiz: two years in prison plus a fine of RUR 50,000, on charges of "protest without a permit".'].join('\n'))

  it('is "how big" a figure ("how big was the fine?")', () => {
    expect(text(ask(appeal, 'how big was the fine?'))).toMatch(/^50,000\b/)
  })

  it('is put out by the release’s publisher ("who put out this appeal?", "¿quién publica este informe?")', () => {
    expect(text(ask(appeal, 'who put out this urgent appeal'))).toContain('Coastal Rights Observatory')
    expect(text(answerQuestion(appeal, 'quién publica este informe?', {lang: 'es', now}))).toContain('Coastal Rights Observatory')
  })

  it('is put out, when no byline or frontmatter says by whom, by the organisation it speaks for ("¿quién emitió esta acción urgente?")', () => {
    const unsigned = facts(['# Secuestran a dos defensores de la Red Costera', '', 'A la Red Costera le ha llegado información de que dos personas de su equipo fueron secuestradas en Tromsvik.', '', 'La Red Costera exige al Estado una investigación exhaustiva.'].join('\n'))
    expect(text(answerQuestion(unsigned, 'quien emitio esta accion urgente', {lang: 'es', now}))).toContain('Red Costera')
  })
})

describe('a count asked for', () => {
  it('is not a sum of money beside the noun counted ("$2.8 million to protect journalists")', () => {
    const gala = facts(['Harbourwatch honours brave journalists at its annual gala', 'Journalists from four countries were celebrated last night by Harbourwatch in Strelsau.', 'The evening brought in a record-breaking sum of nearly $2.8 million to protect journalists worldwide.'].join('\n'))
    expect(text(ask(gala, 'how many journalists does the money protect'))).not.toMatch(/^\$2\.8 million/)
    expect(text(ask(gala, 'how much money was brought in to protect journalists?'))).toMatch(/^\$2.8 million/)
  })
})

describe('how long something lasted, asked the Spanish way', () => {
  it('is a span of time or nothing ("¿Cuánto duró la reunión?" of a meeting told without its length)', () => {
    expect(questionShape('¿Cuánto duró la reunión con Brandt?').duration).toBe(true)
    const meeting = facts(['Harbourwatch se reúne con el presidente Brandt', 'Harbourwatch se reunió el martes con el presidente Karl Brandt en Strelsau.', 'Durante el encuentro, el presidente Brandt se comprometió a mantener abierto un espacio de colaboración.'].join('\n'))
    expect(answerQuestion(meeting, '¿Cuánto duró la reunión con Brandt?', {lang: 'es', now}).intent).toBe('out-of-scope')
  })
})

describe('a preposition the question leans on', () => {
  it('weighs little: "the charges against him" are what he was arrested on charges of', () => {
    const arrest = facts(['Ruritania: writer Karl Brandt arrested', 'On 4 August police arrested Karl Brandt on charges of "terror propaganda" and "insulting the President".', 'Harbourwatch has spoken out against the arrest and against the law used for it.', 'Brandt has lived in Tromsvik since 1984.'].join('\n'))
    expect(text(ask(arrest, 'What are the charges against him'))).toContain('terror propaganda')
  })
})

describe('an organisation whose initials spell a question word', () => {
  it('is not what "who" asks about ("who is the country director?" of a release that cites the WHO)', () => {
    const appeal = facts(['---', 'organisation: Harbourwatch', '---', '', '# Chile: cholera surge means pledged aid must arrive fast', '', 'Harbourwatch warned today that the cholera crisis in Chile could get worse unless donors deliver the money they pledged.', '', '**Karl Brandt**, Harbourwatch’s Country Director in Chile, said: "Money has to reach us immediately."', '', 'According to the World Health Organisation (WHO), over 11,000 suspected cases have been recorded across the country.'].join('\n'))
    expect(text(ask(appeal, 'who is the country director'))).toMatch(/^Karl Brandt\b/)
  })
})

describe('the name of whoever holds a role', () => {
  it('is the name beside the role, or the article does not say; the story of the day the lawyer was there is no name', () => {
    const unnamed = facts(['Ruritania: fisherman faces execution', 'On Tuesday 24 November 2020, Karl Brandt, together with his family and his lawyer, was told at the prosecutor’s office that his sentence would be carried out.', 'Harbourwatch calls for his release.'].join('\n'))
    expect(ask(unnamed, 'what is the name of his lawyer').intent).toBe('out-of-scope')
    const named = facts(['Ruritania: fisherman faces execution', 'On Tuesday 24 November 2020, Karl Brandt was told at the prosecutor’s office that his sentence would be carried out.', 'His lawyer, Eva Ruiz, said the ruling would be appealed.'].join('\n'))
    expect(text(ask(named, 'what is the name of his lawyer'))).toContain('Eva Ruiz')
  })
})

describe('the law someone was convicted under', () => {
  it('is the article of a code they were found in violation of', () => {
    const trial = facts(['Ruritania: journalist Karl Brandt handed eight-year prison sentence', 'Harbourwatch said on Wednesday that the authorities should free Karl Brandt at once.', 'The court found him in violation of Article 117 of the penal code, a provision against spreading news.', 'Brandt said he would appeal.'].join('\n'))
    expect(text(ask(trial, 'what law was he convicted under?'))).toContain('Article 117')
  })
})

describe('a Spanish verb whose root changes with its stress', () => {
  it('is one word: "suelta" is a form of "soltar" ("¿cuántos globos van a soltar?")', () => {
    const party = facts(['Harbourwatch celebra sus 30 años en Strelsau', 'Los activistas de Harbourwatch saldrán a la calle el domingo 11 de mayo.', 'El acto arrancará con la lectura de un manifiesto y la suelta de 30 globos gigantes.', 'Después habrá música en vivo hasta las 15.00 horas.'].join('\n'))
    expect(text(answerQuestion(party, '¿Cuántos globos van a soltar?', {lang: 'es', now}))).toContain('30 globos')
  })
})

describe('who speaks at an event, said the Spanish way', () => {
  it('is who "tomará la palabra durante el acto", asked in English', () => {
    const party = facts(['Harbourwatch celebra sus 30 años en Strelsau', 'Los activistas de Harbourwatch saldrán a la calle el domingo 11 de mayo.', 'Tomarán la palabra durante el acto Karl Brandt, presidente de Harbourwatch, y Eva Ruiz, abogada.'].join('\n'))
    expect(text(answerQuestion(party, 'Who is speaking at the event?', {lang: 'en', now}))).toContain('Karl Brandt')
  })
})

describe('human rights shortened the Spanish way', () => {
  it('is "ddhh" for "derechos humanos" ("¿de qué país denunciaron la crisis de ddhh?")', () => {
    const meeting = facts(['Harbourwatch se reúne con el canciller', 'Responsables de Harbourwatch mantuvieron un encuentro con el canciller Karl Brandt en el que alertaron de que Islandia vive una grave crisis de derechos humanos.', 'Al salir de la reunión, denunciaron la situación de Eva Ruiz.'].join('\n'))
    expect(text(answerQuestion(meeting, 'de que pais denunciaron la crisis de ddhh', {lang: 'es', now}))).toMatch(/^Islandia\b/)
  })
})

describe('where someone lives', () => {
  it('is "lives" the verb, not lives lost ("does his wife live in Tromsvik?")', () => {
    const called = facts(['Ruritania: fisherman faces execution', 'Karl Brandt was told on 24 November that his death sentence would be carried out.', 'That same day he called his wife, who lives in Strelsau, and told her he would be moved.'].join('\n'))
    expect(text(ask(called, "Does Brandt's wife live in Tromsvik?"))).toMatch(/^No\b/)
  })
})

describe('held, said the everyday way', () => {
  it('is custody when who is asked and no event is held ("Who was the journalist held with them?")', () => {
    const freed = facts(['Ruritania: Harbourwatch delegates freed', 'Harbourwatch announced today that its two delegates who had been held in Ruritania have been set free, as has the local journalist held with them.', 'Harbourwatch is worried about the safety of Yaya Dampha, the local journalist who was detained alongside the two delegates.', 'The delegates ran a workshop in Strelsau for local journalists.'].join('\n'))
    expect(text(ask(freed, 'Who was the local journalist held with them?'))).toContain('Yaya Dampha')
  })

  const held = facts(['Ruritania: fisherman in danger in custody', 'Karl Brandt, a fisherman from Tromsvik, needs surgery urgently.', 'The 55-year-old has been behind bars since 9 December 2019 because of posts in which he criticised the harbour authority.'].join('\n'))

  it('reads "locked up" as detained, and "behind bars" too', () => {
    expect(text(ask(held, 'since when has he been locked up'))).toContain('9 December 2019')
  })

  it('is the prison when where he is held is asked, though no sentence says "held"', () => {
    const moved = facts(['Ruritania: fisherman faces execution', 'Karl Brandt, a fisherman from Tromsvik, was told on 24 November that his death sentence would be carried out.', 'He was afterwards placed in solitary confinement in section 209 of Strelsau prison.'].join('\n'))
    expect(text(ask(moved, 'where is he being held at the moment'))).toMatch(/^Strelsau prison/)
  })
})

describe('where the one asking points', () => {
  const trip = facts(['Ruritania: Red Costera visita a los pescadores desplazados', 'La delegación de Red Costera viajó a Tromsvik.', 'El propósito del viaje fue reunirse con grupos de pescadores desplazados: campesinos, periodistas y víctimas de abusos.'].join('\n'))

  it('is the place talked about, not a word the article must hold ("¿con quién se reunieron allá?")', () => {
    expect(text(answerQuestion(trip, 'con quien se reunieron alla', {lang: 'es', now}))).toContain('pescadores desplazados')
  })
})

describe('a petition told the other way round', () => {
  const handIn = facts(['Fishing petition delivered to the ministry', 'Red Costera – Petition hand-in – 29 May 2018', 'Close to a quarter of a million of us have put our names to a petition asking the minister, Ana Lenz, to "ban bottom trawling in our waters" – which puts it among the largest petitions the ministry has received.', 'The petition was taken to the Ministry of Fisheries on Wednesday 16 May by Karl Brandt MP, together with fishers from Tromsvik.'].join('\n'))
  const counted = facts(['---', 'title: "Red Costera takes fishers petition to the ministry as drive nears half a million signatures"', '---', '', 'Red Costera handed the ministry a petition carrying close to half a million signatures on Monday.', '', 'The fishers want the ban on small boats lifted.'].join('\n'))

  it('says the count as the article bounds it, and who took it where', () => {
    expect(text(ask(handIn, 'how many people signed the petition?'))).toContain('nearly 250,000 signatures')
    expect(text(answerQuestion(handIn, '¿cuántas personas firmaron la petición?', {lang: 'es', now}))).toContain('casi 250.000 firmas')
    expect(text(ask(handIn, 'who handed it in?'))).toContain('Karl Brandt MP')
  })

  it('does not answer what a petition asks with how many signed it', () => {
    expect(text(ask(counted, 'what does the petition ask for?'))).not.toMatch(/signatures/)
  })
})

describe('a headline that holds the question but gives no answer of its kind', () => {
  const arrests = facts(['---', 'title: "Police arrest fishers at Tromsvik harbour protest"', 'language: en', '---', '', '# Police arrest fishers at Tromsvik harbour protest', '', 'On Monday police arrested 37 fishers who had blocked the harbour road.', '', 'Tromsvik is a port town.'].join('\n'))

  it('does not set how good the best sentence is: the one with a figure answers "how many"', () => {
    expect(text(ask(arrests, 'how many fishers were arrested at the harbour protest in Tromsvik?'))).toMatch(/^37\./)
  })
})

describe('figures named with a figure, and sums in pence', () => {
  const consultation = facts(['---', 'title: "Fishers answer the ministry"', 'language: en', '---', '', 'On top of the petition, 50,000 38 Harbours members sent their own responses straight to a ministry consultation.', '', 'They asked for a 25p tax on every single-use cup.'].join('\n'))

  it('counts what the question names after a name with a figure in it ("How many 38 Harbours members …")', () => {
    expect(text(ask(consultation, 'How many 38 Harbours members responded to the ministry consultation?'))).toMatch(/^50,000\./)
  })

  it('reads "25p" as the sum asked for', () => {
    expect(text(ask(consultation, 'how much tax did they want on single use cups'))).toMatch(/^25p\./)
  })
})

describe('the head of a release: its byline, a dateline on a line of its own', () => {
  const release = facts(
    [
      'Tromsvik fishers win their case',
      '',
      'Harbour Lanterns – News release – 25 November 2013',
      '',
      'Strelsau, martes 17 de junio de 2025. Las organizaciones Harbour Lanterns y Red Costera han dado a conocer su campaña «Puerto Seguro». La campaña pide a la ministra de Pesca que escuche a los pescadores.',
      '',
      'Ana Lenz, directora de Harbour Lanterns, habló el lunes en Strelsau.',
      '',
      'Entre las causas, Lenz subrayó que hoy existen «56 conflictos armados, la cifra más alta en décadas».'
    ].join('\n')
  )
  const es = (question: string) => text(answerQuestion(release, question, {lang: 'es', now}))

  it('never answers from the byline, which only names and dates the release; who published it, it says', () => {
    const english = facts(['Tromsvik fishers win their case', '', 'Harbour Lanterns International – News release – 25 November 2013', '', 'Fishers from Tromsvik won their case against the ministry today.', '', 'Harbour is now pressing the ministry to pay every family within weeks.'].join('\n'))
    expect(text(ask(english, 'why was Harbour Lanterns International set up in the first place'))).not.toMatch(/News release/)
    expect(text(ask(english, 'who published this news release?'))).toBe('The article was published by Harbour Lanterns International.')
    expect(es('¿Quién emitió este comunicado?')).toBe('El artículo lo publicó Harbour Lanterns.')
    expect(text(ask(english, 'who published this?'))).toBe('The article was published by Harbour Lanterns International.')
    expect(es('¿quién publica esto?')).toBe('El artículo lo publicó Harbour Lanterns.')
    expect(text(ask(english, 'who’s behind this?'))).toBe('The article was published by Harbour Lanterns International.')
    expect(text(ask(english, 'who put this out?'))).toBe('The article was published by Harbour Lanterns International.')
    const acronym = facts(['# Pronunciamiento: la Asociación de Pescadores de Tromsvik condena el ataque', '', 'La Asociación de Pescadores de Tromsvik (APT) condena el ataque contra su presidente.', '', 'La APT exige al Estado que investigue el ataque.', '', 'La APT pide protección para sus miembros.'].join('\n'))
    expect(text(answerQuestion(acronym, '¿quién publica esto?', {lang: 'es', now}))).toBe('El artículo lo publicó Asociación de Pescadores de Tromsvik (APT).')
    const shortName = facts(['# Pronunciamiento: el Centro Costero de Tromsvik condena el ataque', '', 'El Centro Costero de Tromsvik (Cecot) condena el ataque contra su presidente.', '', 'El Cecot exige al Estado que investigue el ataque.', '', 'El Cecot pide protección para sus miembros.'].join('\n'))
    expect(text(answerQuestion(shortName, '¿quién publica esto?', {lang: 'es', now}))).toBe('El artículo lo publicó Centro Costero de Tromsvik (Cecot).')
  })

  it('says the publisher by the fuller name the article gives it ("PEN calls on …", then "PEN International and …")', () => {
    const letter = facts(['# 2020 Ruritania: Eva Ruiz', '', '**PEN calls on the authorities of Ruritania to drop every charge against the writer Eva Ruiz.**', '', 'With this letter, PEN International and the Tromsvik Writers Committee call on the authorities of Ruritania to drop all of the charges against Eva Ruiz.', '', 'Eva Ruiz has been held in Strelsau since October.', '', 'PEN believes she is held only for her writing.'].join('\n'))
    expect(text(ask(letter, "who's behind this appeal?"))).toBe('The article was published by PEN International.')
  })

  it('places the sentences of its paragraph there too, unless the question asks what the asker may do', () => {
    expect(es('¿En qué ciudad presentaron la campaña?')).toMatch(/^Strelsau\./)
    expect(es('¿Dónde puedo firmar la campaña?')).not.toMatch(/^Strelsau\./)
  })

  it('dates the sentences of its paragraph with a dateline written as a sentence of its own', () => {
    expect(es('¿Cuándo se presentó la campaña?')).toMatch(/^Martes 17 de junio de 2025\./)
    expect(es('¿Cuándo pidió la campaña a la ministra que escuche?')).toMatch(/^Martes 17 de junio de 2025\./)
  })

  it('takes the words of an organisation’s people as its own when its view is asked ("according to …")', () => {
    expect(text(ask(release, 'How many armed conflicts are there according to Harbour Lanterns?'))).toMatch(/^56\./)
  })
})

describe('what someone said, told in a sentence and then quoted', () => {
  const awards = facts(['# Harbourwatch names its award winners', '', 'Harbourwatch CEO Ana Lenz said the winners had earned worldwide recognition for remarkable work. "Like everyone nominated, they overcome great obstacles so that others can speak freely," she said.', '', 'The ceremony was held in Strelsau.'].join('\n'))

  it('gives both: the words the article reports and the quote after them', () => {
    const said = text(ask(awards, 'what did ana lenz say about the winners?'))
    expect(said).toContain('worldwide recognition')
    expect(said).toContain('speak freely')
  })
})

describe('a quotation its speaker goes on with after "said X."', () => {
  it('is given whole, both parts in one answer', () => {
    const release = facts(['# Harbourwatch meets the king', '', '"What we want is serious dialogue," said Ana Lenz. "We know that any side can use human rights as a tool of manipulation."', '', 'More information is available from the organisation.'].join('\n'))
    const said = text(ask(release, 'tell me what ana lenz said about dialogue'))
    expect(said).toContain('serious dialogue')
    expect(said).toContain('manipulation')
  })

  it('is given whole when it is one of several quotations of theirs, found by what it is about', () => {
    const release = facts(['# Harbourwatch meets the king', '', '"We thank the king for receiving us," said Ana Lenz.', '', 'The delegation also met fishers in Tromsvik.', '', '"It is a disgrace that fishers are locked up for speaking out," said Ana Lenz. "The authorities should release them and stop punishing the messenger."'].join('\n'))
    const said = text(ask(release, 'what did ana lenz say about the fishers locked up'))
    expect(said).toContain('disgrace')
    expect(said).toContain('messenger')
  })
})

describe('a Spanish word an English article writes under another ending', () => {
  const awards = facts(['# Harbourwatch names its award winners', '', 'The winners were chosen from more than 400 nominations sent in by the public.', '', 'The ceremony was held in Strelsau.'].join('\n'))

  it('is searched for as the article writes it ("nominaciones" → "nominations")', () => {
    expect(text(answerQuestion(awards, 'cuantas nominaciones hubo', {lang: 'es', now}))).toMatch(/^Más de 400\.|^400\./)
  })
})

describe('a day the article names by a word alone', () => {
  const awards = facts(['---', 'title: "Harbourwatch names its award winners"', 'published: 2018-04-19', 'language: en', '---', '', 'The names of the winners were revealed on Thursday evening during a gala ceremony in Strelsau.', '', 'Ana Lenz handed over the petition today.'].join('\n'))

  it('is given in full, as the release dates it ("on Thursday evening", "today"), and "revealed" is announced', () => {
    expect(text(ask(awards, 'when were the winners announced'))).toMatch(/^Thursday 19 April 2018\./)
    expect(text(ask(awards, 'when did ana lenz hand over the petition?'))).toMatch(/^Thursday 19 April 2018\./)
  })
})

describe('writing to someone', () => {
  const letter = facts(['# Harbourwatch writes to the minister', '', 'Harbourwatch recently wrote to Minister of Fisheries Ana Lenz ahead of the annual dialogue with Ruritania.', '', 'The fishers of Tromsvik will march on Friday.'].join('\n'))

  it('is sending a letter ("who did they send the letter to?")', () => {
    expect(text(ask(letter, 'Who did Harbourwatch send the letter to?'))).toMatch(/^Ana Lenz/)
  })
})

describe('"the organisation" as the answer', () => {
  const release = facts(['---', 'title: "Red Costera cumple 30 años"', 'published: 2014-05-29', 'organisation: Red Costera', 'language: es', '---', '', 'Red Costera acumula victorias desde 1984.', '', 'La organización convoca a la prensa a la presentación de su informe anual en Strelsau.'].join('\n'))

  it('is said by its name', () => {
    const answer = text(answerQuestion(release, '¿quién convoca a la prensa?', {lang: 'es', now}))
    expect(answer).toMatch(/^Red Costera\./)
  })
})

describe('whom something was done by', () => {
  const feature = facts(['# Tromsvik fishers in the news', '', 'The photographs are by the photographer Karl Brandt.', '', 'The feature runs to 13 pages. It was written by Senior Contributing Editor Ana Lenz, who spent several weeks on the coast with Brandt and the Tromsvik fishers, seeing for himself how trawlers empty the sea.'].join('\n'))

  it('is the name after "by", not another name nearer a word of the question', () => {
    expect(text(ask(feature, 'who wrote the feature about the tromsvik fishers'))).toMatch(/^Ana Lenz/)
    expect(text(ask(feature, 'who took the photographs?'))).toMatch(/^Karl Brandt, photographer\./)
  })
})

describe('talks held with someone', () => {
  const visit = facts(['# Harbourwatch in Ruritania', '', 'Harbourwatch held talks with the fisheries minister of Ruritania in Strelsau on Monday.', '', 'Its report will be published in May.'].join('\n'))

  it('are a meeting ("did they meet the minister?")', () => {
    expect(text(ask(visit, 'Did Harbourwatch meet the fisheries minister?'))).toMatch(/^Yes\b/)
  })

  it('getting together is meeting ("when is the board getting together?")', () => {
    expect(searchWordsOf('When is the board getting together in Strelsau?')).toContain('meeting')
  })
})

describe('a Spanish question on an English article about a court and an office', () => {
  const ruling = facts(['# Ruritania: five critics convicted', '', 'A court in Strelsau convicted five critics of the government on 19 January.', '', 'President Karl Brandt took office in April 2018 and has since promised reforms.'].join('\n'))
  const es = (question: string) => text(answerQuestion(ruling, question, {lang: 'es', now}))

  it('reads "condenadas" as convicted and "asumió" as taking office', () => {
    expect(es('¿Cuántas personas fueron condenadas?')).toMatch(/^(?:5|Cinco|five)\b/i)
    expect(es('¿cuándo asumió el presidente?')).toMatch(/^Abril de 2018\./)
  })
})

describe('a year asked for', () => {
  const call = facts(['---', 'title: "Red Costera: amenazas a su coordinadora"', 'published: 2012-05-25', 'language: es', '---', '', 'El 8 de marzo, la fundadora y coordinadora de Red Costera, Eva Ruiz, atendió una llamada en la que la amenazaron.', '', 'La policía no ha investigado.'].join('\n'))

  it('is not answered by a day without one ("¿en qué año se fundó?" — "el 8 de marzo")', () => {
    expect(text(answerQuestion(call, '¿En qué año se fundó Red Costera?', {lang: 'es', now}))).not.toMatch(/8 de marzo/)
  })
})

describe('what time something ends', () => {
  const start = facts(['# Harbourwatch panel on press freedom', '', 'Harbourwatch holds a panel on press freedom in Strelsau.', '', 'When: September 16, 2016, 1 p.m.'].join('\n'))
  const span = facts(['# Harbourwatch panel on press freedom', '', 'Harbourwatch holds a panel on press freedom in Strelsau.', '', 'When: September 16, 2016, from 1 to 2 p.m.'].join('\n'))

  it('is the second time of a span, and not said by a start time alone', () => {
    expect(text(ask(span, 'what time does the panel finish'))).toMatch(/^2 p\.m\.\s/)
    expect(text(ask(start, 'what time does the panel finish'))).not.toMatch(/^1 p\.m\./)
    expect(text(ask(start, 'what time does the panel start'))).toMatch(/^1 p\.m\.\s/)
  })
})

describe('an acronym that names no organisation', () => {
  const work = facts(['# Harbourwatch reunites fishing families', '', 'Staff working on family tracing and reunification (FTR) walk for hours to find separated families in Tromsvik.', '', 'The programme began in 2014.'].join('\n'))

  it('is spelled out by the words before it in brackets, whatever their case', () => {
    expect(text(ask(work, 'what does FTR stand for'))).toMatch(/^Family tracing and reunification\./)
    expect(text(answerQuestion(work, '¿qué significa FTR?', {lang: 'es', now}))).toMatch(/^Family tracing and reunification\./)
  })
})

describe('what the release itself is about', () => {
  const advisory = facts(['Tromsvik fishers to testify to Parliament today', 'Harbourwatch – Media advisory – 28 April 2015', '(Strelsau, April 28, 2015) This afternoon a parliamentary committee will hear from three fishers of Tromsvik about the closure of their harbour.', 'The hearing runs from 1 to 2 PM.'].join('\n'))

  it('is its gist: the opening sentence past its headline and byline, by whatever name the release goes', () => {
    const english = text(ask(advisory, 'what is this advisory about'))
    expect(english).toContain('This afternoon a parliamentary committee will hear from three fishers')
    expect(english).not.toContain('Media advisory')
    expect(text(answerQuestion(advisory, '¿De qué trata este comunicado?', {lang: 'es', now}))).toContain('This afternoon a parliamentary committee')
  })
})

describe('whom someone works for', () => {
  const release = facts(['# Ruritania must free blogger', '', 'The Coastal Rights Network (CRN) today called on Ruritania to free the blogger.', '', 'Ana Lenz, program coordinator at the Coastal Rights Network, said the detention had no legal basis.'].join('\n'))

  it('is said with the short name the article gives it', () => {
    expect(text(ask(release, 'who is Ana Lenz'))).toMatch(/Coastal Rights Network \(CRN\)/)
  })
})

describe('a role one person holds at a time, asked of someone the article gives another', () => {
  const visit = facts(['---', 'title: "Red Costera visita Ruritania"', 'published: 2019-03-25', 'language: es', '---', '', 'Eva Ruiz, investigadora para Centroamérica de Red Costera, viaja a Strelsau esta semana.', '', 'La delegación se reunirá con pescadores de Tromsvik.'].join('\n'))

  it('is "No", with the role the article gives them', () => {
    const answer = text(answerQuestion(visit, '¿Eva Ruiz es la directora de Red Costera?', {lang: 'es', now}))
    expect(answer).toMatch(/^No\./)
    expect(answer).toContain('investigadora')
  })
})

describe('why someone is somewhere', () => {
  const advisory = facts(['# Harbourwatch press conference in Strelsau', '', 'Two well-known Ruritanian fishers will take part in the press conference. They are in Strelsau for the EU fisheries consultations, held on the same day.', '', 'Places are limited.'].join('\n'))

  it('is the reason the next sentence of the paragraph gives', () => {
    expect(text(ask(advisory, 'why are the two ruritanian fishers in strelsau that day anyway?'))).toContain('consultations')
  })
})

describe('a lead-in and the list under it', () => {
  const meeting = facts(['---', 'title: "Red Costera se reúne con la ministra"', 'published: 2022-05-10', 'language: es', '---', '', 'Una delegación de Red Costera se reunió hoy con la ministra Ana Lenz. Los asuntos prioritarios que plantearon a la ministra fueron:', '', '- el acceso a la justicia y la reforma policial;', '- la política migratoria y de refugio;', '- el acceso al derecho a la salud.', '', 'La ministra se comprometió a mantener el diálogo.'].join('\n'))

  it('are said together: every item, not only the first', () => {
    const answer = text(answerQuestion(meeting, 'de que temas hablaron con la ministra', {lang: 'es', now}))
    expect(answer).toContain('reforma policial')
    expect(answer).toContain('política migratoria')
    expect(answer).toContain('salud')
  })
})

describe('what a thing or someone said of the release\'s own subject', () => {
  const verdict = facts(['# Strelsau court upholds fishers\' right to protest', '', 'A court in Strelsau today fined three Harbourwatch activists for a protest in 2009.', '', 'The banner read "Fishers Talk, Ministers Act".', '', 'Harbourwatch director Ana Lenz said: "This is a win for peaceful protest – the court has acknowledged how much it matters."'].join('\n'))

  it('is the words a banner bore, and someone\'s quote on the verdict the release is about', () => {
    expect(text(ask(verdict, 'what did the banner say'))).toContain('Fishers Talk, Ministers Act')
    expect(text(ask(verdict, 'What did Ana Lenz say about the verdict?'))).toContain('This is a win for peaceful protest')
  })
})

describe('where and when a release was issued, its dateline a sentence of its own', () => {
  const appeal = facts(['---', 'title: "Ruritania: campaña de desprestigio contra Red Costera"', 'published: 2016-04-15', 'language: es', '---', '', '**Comunicado – Intervención urgente**', '', '**Strelsau-Tromsvik, 15 de abril de 2016.** El Observatorio condena la campaña de desprestigio contra Red Costera.', '', 'Las autoridades guardan silencio.'].join('\n'))

  it('are the dateline\'s cities, never the label of the release, and the date it bears', () => {
    expect(text(answerQuestion(appeal, 'desde que ciudades se emitio el comunicado', {lang: 'es', now}))).toMatch(/^Strelsau-Tromsvik\./)
    expect(text(ask(appeal, "what's the date of this statement?"))).toMatch(/15 April 2016/)
  })
})

describe('found guilty, said in a phrase', () => {
  const verdict = facts(['# Strelsau fishers to appeal', '', 'The Strelsau City Court convicted the eleven fishers of trespass and of falsifying documents.', '', 'The fishers will appeal.'].join('\n'))

  it('is convicted ("what were they found guilty of", "de qué los declararon culpables")', () => {
    expect(text(ask(verdict, 'what were they actually found guilty of'))).toContain('trespass')
    expect(text(answerQuestion(verdict, 'de que los declararon culpables', {lang: 'es', now}))).toContain('trespass')
  })
})

describe('a body asked by its kind ("which court")', () => {
  const ruling = facts(['# Fishers fined in Strelsau', '', 'According to their lawyer, Ana Lenz, the fine was imposed after a hearing at which the revolutionary court in Strelsau heard no witnesses.', '', 'The fishers will appeal.'].join('\n'))

  it('is a body, never the person who tells of it', () => {
    const answer = text(ask(ruling, 'which court imposed the fine'))
    expect(answer).not.toMatch(/^Ana Lenz/)
  })

  it('is answered by the body the sentence names', () => {
    const named = facts(['# Fishers fined in Strelsau', '', 'At a hearing held today, the Strelsau City Court ordered the ministry to negotiate with the fishers.', '', 'The fishers welcomed the ruling.'].join('\n'))
    expect(text(ask(named, 'which court made the decision?'))).toMatch(/^Strelsau City Court\./)
  })
})

describe('a few quoted words inside what a sentence reports', () => {
  const release = facts(['---', 'title: "Red Costera presenta su informe"', 'published: 2018-06-18', 'language: es', '---', '', 'Red Costera presentó hoy su informe anual en Strelsau.', '', 'La secretaria general de Red Costera, Eva Ruiz, lamentó que la oficina de pesca «no ha tenido los medios suficientes» y que los expedientes se acumulen en un cajón durante meses.'].join('\n'))

  it('are said with the sentence that reports them', () => {
    expect(text(answerQuestion(release, '¿Qué dijo Eva Ruiz sobre la oficina de pesca?', {lang: 'es', now}))).toContain('cajón')
  })

  it('are said with the next sentence too when it goes on reporting them by a pronoun ("His organisation, he said, has …")', () => {
    const described = facts(['# Fisher mistreated in Tromsvik hospital', '', 'Karl Brandt, President of Harbourwatch, described what happened as "discrimination, neglect, abusive and inhumane treatment". His organisation, he said, has "zero tolerance" for such conduct and will go to court.', '', 'The hospital has not answered.'].join('\n'))
    expect(text(ask(described, 'what did karl brandt say'))).toContain('zero tolerance')
  })
})

describe('"rechazo" the noun in a yes/no answer', () => {
  const bill = facts(['---', 'title: "Red Costera rechaza el proyecto de ley 7549"', 'published: 2025-06-13', 'language: es', '---', '', 'Red Costera expresó su rechazo al proyecto de ley 7549, que el Congreso de Ruritania aprobó en primera votación el 12 de junio.', '', 'La organización pide que no se apruebe en segunda votación.'].join('\n'))

  it('denies nothing: the clause after it says yes', () => {
    expect(text(answerQuestion(bill, '¿El Congreso ya aprobó el proyecto en primera votación?', {lang: 'es', now}))).toMatch(/^Sí\./)
  })
})

describe('"only" one of two the sentence names together', () => {
  const lawsuit = facts(['# Shell sues fishers groups', '', 'Strelsau – Oil major Shell has brought a lawsuit against the Coastal Rights Network and Harbourwatch International, insisting that they halt protests at sea.', '', 'The groups will fight the case.'].join('\n'))

  it('is "No", and without "only" "Yes"', () => {
    expect(text(ask(lawsuit, 'Is the lawsuit only against Harbourwatch International?'))).toMatch(/^No\./)
    expect(text(ask(lawsuit, 'Is the lawsuit against Harbourwatch International?'))).toMatch(/^Yes\./)
  })
})

describe('whether something is confirmed', () => {
  const advisory = facts(['# Harbourwatch panel on press freedom', '', 'Speakers:', '', '- Ana Lenz, a journalist from Strelsau (to be confirmed)', '- Karl Brandt, director of Harbourwatch', '', 'Harbourwatch has also requested a meeting with the fisheries minister Eva Ruiz.'].join('\n'))

  it('is "No" when the article says it is yet to be confirmed or only asked for', () => {
    expect(text(ask(advisory, 'Is Ana Lenz confirmed as a speaker?'))).toMatch(/^No\./)
    expect(text(ask(advisory, 'Is the meeting with the fisheries minister Eva Ruiz confirmed?'))).toMatch(/^No\./)
  })
})

describe('whether someone is free', () => {
  const release = facts(['# Ruritania frees two researchers; fishers remain in custody', '', 'Ruritania today freed the two Harbourwatch researchers.', '', 'Still in detention are Ana Lenz, formerly the director of the Tromsvik Law Centre, and at least nine other lawyers.'].join('\n'))

  it('is "No" when the sentence about them says they are held', () => {
    expect(text(ask(release, 'is ana lenz free now'))).toMatch(/^No\./)
  })
})

describe('who did the harm, asked of a sentence that names only whom it was done to', () => {
  const kidnapped = facts(['Secuestran a dos defensores en Tromsvik', 'Hacia las 7:00 horas, los defensores de derechos humanos Ana Lenz Ruiz y Karl Brandt Berg partieron de Tromsvik.', 'La Red Costera condena con firmeza el secuestro cometido contra Ana Lenz Ruiz y Karl Brandt Berg.'].join('\n'))

  it('is not answered by the victims ("¿quién los secuestró?"), who still answer whom it was done to', () => {
    expect(ask(kidnapped, '¿quién los secuestró?').status).toBe('declined')
    expect(text(answerQuestion(kidnapped, '¿a quiénes secuestraron?', {lang: 'es', now}))).toContain('Ana Lenz Ruiz')
  })

  it('is not the one it was done to when a name is asked ("what’s the name of the officer who beat him?" — "inmates beat Karl Brandt")', () => {
    const beaten = facts(['# Blogger Karl Brandt held in Strelsau', '', 'In 2007 fellow inmates beat Karl Brandt severely on the orders of prison officials.', '', 'Brandt remains in Tromsvik prison.'].join('\n'))
    expect(text(ask(beaten, 'What’s the name of the officer who beat him?'))).not.toMatch(/^Karl Brandt\./)
  })

  it('is answered by the one the sentence says did it ("secuestrada por la Policía de Strelsau")', () => {
    const taken = facts(['Secuestran a una defensora en Tromsvik', 'La defensora de derechos humanos Ana Lenz Ruiz fue secuestrada el lunes por la Policía de Strelsau, según la Red Costera.'].join('\n'))
    expect(text(answerQuestion(taken, '¿quién la secuestró?', {lang: 'es', now}))).toContain('por la Policía de Strelsau')
  })
})

describe('a role holder’s name asked of a list that names others', () => {
  it('is not the list’s people when the list gives them another role ("según uno de sus abogados, se trata de: - X, su hija")', () => {
    const detained = facts(['# Familiares detenidos en Strelsau', '', 'Según uno de los abogados de la activista, se trata de:', '', '- Ana Lenz Ruiz, su hija;', '- Karl Brandt Berg, su esposo.'].join('\n'))
    expect(ask(detained, 'what’s the name of her lawyer?').status).toBe('declined')
  })
})

describe('where a press conference is, asked of an article that places it nowhere', () => {
  it('is not answered by the story of the press conference', () => {
    const announced = facts(['# Harbourwatch to present its report', '', '**STRELSAU — Oct 5, 2016**', '', 'Tomorrow, Harbourwatch and the Red Costera will hold a press conference to present their findings on the coast.'].join('\n'))
    expect(ask(announced, 'where’s the press conference?').status).toBe('declined')
    expect(text(ask(announced, 'when is the press conference?'))).toContain('6 October 2016')
  })
})

describe('what someone said, asked with no topic', () => {
  it('is what the sentence reports them saying, the verb of saying no topic of it ("what did Karl El-Brandt say")', () => {
    const warned = facts(
      [
        '# Keep abusers off the council',
        '',
        'Harbourwatch Chief Legal Officer Karl El-Brandt warned that five governments with poor records are seeking seats on the council this year.',
        '',
        'El-Brandt called on democratic nations to oppose these candidacies and to vote for members that "respect rights".',
        '',
        '## Who will speak',
        '',
        '- **Ana Lenz** of the Red Costera and **Karl El-Brandt** of Harbourwatch, who will together present a report on the candidates'
      ].join('\n')
    )
    expect(text(ask(warned, 'what did El-Brandt say'))).toMatch(/five governments|oppose these candidacies/)
  })
})

describe('a telephone number asked for', () => {
  it('is the one the contact line gives ("what’s the number for the media contact?")', () => {
    const contact = facts(['# Harbourwatch to rally in Strelsau', '', 'Harbourwatch will hold a rally on the picket line.', '', '## Media contact', '', 'For media inquiries, contact Ana Lenz, Harbourwatch’s Director of Communications, at 416-707-5794 (cell).'].join('\n'))
    expect(text(ask(contact, 'whats the number for the media contact'))).toMatch(/^416-707-5794\./)
    expect(text(ask(contact, 'what’s the contact number?'))).toMatch(/^416-707-5794\./)
  })
})

describe('which prison, hospital or court, asked of a sentence that names none', () => {
  it('is declined when the sentence names only a body of another kind, answered when it names one of the kind', () => {
    const worried = facts(['# Ruritania: release Ana Lenz', '', 'Ana Lenz was admitted to hospital last week, Harbourwatch told the Red Costera.', '', 'Harbourwatch is calling for her release.'].join('\n'))
    expect(ask(worried, 'Which hospital was she admitted to?').status).toBe('declined')
    const named = facts(['# Ruritania: release Ana Lenz', '', 'Ana Lenz was admitted to the Tromsvik General Hospital last week, Harbourwatch said.', '', 'Harbourwatch is calling for her release.'].join('\n'))
    expect(text(ask(named, 'Which hospital was she admitted to?'))).toContain('Tromsvik General Hospital')
  })
})

describe('how many people, asked of a figure that counts something else', () => {
  it('is not "1,657 letters", but is "250 dock workers"', () => {
    const letters = facts(['# Harbourwatch delegation hands 1,600 letters to the Prime Minister', '', '**4 August 2010** — Staff and volunteers from Harbourwatch are today handing in 1,657 letters at 10 Harbour Street, the residence of the Prime Minister.', '', 'The letters call for the release of Ana Lenz.'].join('\n'))
    expect(text(ask(letters, 'How many people were in the delegation that went to No 10?'))).not.toMatch(/^1,657/)
    const strike = facts(['# Strike at the Strelsau port', '', 'Harbourwatch says 250 dock workers joined the strike at the port of Strelsau on Monday.', '', 'The strike goes on.'].join('\n'))
    expect(text(ask(strike, 'How many people joined the strike?'))).toMatch(/^250\b/)
    const shutdowns = facts(['# Election shutdowns', '', 'This year alone six governments cut off the internet during elections, Harbourwatch says.', '', 'Harbourwatch tracks shutdowns.'].join('\n'))
    expect(text(ask(shutdowns, 'how many people lost internet access during the election'))).not.toMatch(/^(?:6|six)\b/i)
  })
})

describe('who, asked of a sentence that lists those the one before speaks of', () => {
  it('is that list ("which officials did they meet?" — "… to officials at every level. These included …")', () => {
    const visit = facts(
      [
        '# Laureates end their visit to Ruritania',
        '',
        '## Who the delegation met',
        '',
        'In Strelsau and Tromsvik, the delegation sat down with hundreds of displaced women.',
        '',
        'The laureates also carried their message of solidarity and their recommendations to officials at local, national and international level. These included UN Ruritania, the office of the Governor of the Strelsau Regional Administration, and the mayors of Strelsau and Tromsvik.'
      ].join('\n')
    )
    expect(text(ask(visit, 'which officials did they meet with'))).toContain('mayors of Strelsau and Tromsvik')
  })
})

describe('to whom something was handed', () => {
  it('is whoever the sentence hands it to, not whoever hands it ("¿a quién se entregaron las firmas?")', () => {
    const senate = facts(['# La Red Costera pone a disposición del Senado más de 250.000 firmas de todo el mundo a favor de la ley de pesca en Ruritania', '', 'Este jueves, la Red Costera dejó a disposición de los senadores de Ruritania más de 250.000 firmas reunidas en todo el mundo.', '', 'De acuerdo con la organización, con estas firmas se pretende exigir una ley de pesca justa.'].join('\n'))
    const handed = text(answerQuestion(senate, '¿A quién se entregaron las firmas?', {lang: 'es', now}))
    expect(handed).not.toMatch(/^Red Costera\./)
    expect(handed).toMatch(/Senado|senadores/)
  })
})

describe('whom an urgent action asks people to write to', () => {
  const letter = facts(
    [
      '# Ruritania: una ley amenaza con la impunidad',
      '',
      'De forma inminente, el Congreso de Ruritania podría aprobar una ley de amnistía.',
      '',
      'Karl Brandt Berg, Presidente del Congreso, Calle 9, Strelsau, Ruritania. Correo-e: kbrandt@congreso.example.',
      '',
      'Señor Brandt:',
      '',
      'El 17 de enero, el Congreso aprobó la ley en primera lectura, pese a que la Comisión de Derechos Humanos del propio Congreso había rechazado el proyecto.'
    ].join('\n')
  )

  it('is the one the letter greets ("Señor Brandt:"), asked as whom to write to or how to help', () => {
    expect(text(ask(letter, 'who should I write to?'))).toContain('Karl Brandt Berg')
    expect(text(answerQuestion(letter, '¿cómo puedo ayudar?', {lang: 'es', now}))).toContain('Karl Brandt Berg')
    expect(text(answerQuestion(letter, 'a quien hay que escribirle en esta accion urgente?', {lang: 'es', now}))).toContain('Karl Brandt Berg')
  })

  it('does not answer a yes/no question about what others did', () => {
    expect(answerQuestion(letter, '¿La Comisión de Derechos Humanos del Congreso apoyó el proyecto?', {lang: 'es', now}).intent).not.toBe('act')
  })
})

describe('which prison, asked of a sentence that writes the kind in lower case after the name', () => {
  it('is the place the parser read ("held in Al-Tromsvik prison")', () => {
    const held = facts(['# Ruritania: jailed activist Karl Brandt presses on with his hunger strike', '', 'Karl Brandt, a prominent human rights defender, is still on hunger strike. He began it in September 2019 in protest at the appalling conditions in which he is held in Al-Tromsvik prison in Strelsau.'].join('\n'))
    expect(text(ask(held, 'which prison is Brandt in?'))).toMatch(/^Al-Tromsvik prison\./)
  })
})

describe('a protest and a sentence in everyday words', () => {
  const release = facts(
    [
      '# Fishers jailed after Strelsau protest',
      '',
      'Campaigners staged a demonstration today outside the ministry in Strelsau.',
      '',
      'At the Tromsvik Square protest, the charity Harbour Lanterns handed out leaflets.',
      '',
      'The activist Ana Lenz and the fisher Karl Brandt each received seven years in prison on Monday, after being accused of blocking the harbour.'
    ].join('\n')
  )

  it('reads a demo as a protest, and where it was as the place the sentence opens with ("At the Tromsvik Square protest")', () => {
    expect(text(ask(release, 'where was the demo?'))).toMatch(/Strelsau|Tromsvik Square/)
  })

  it('counts people by the figure before them, not by one after their clause, nor clinics as people', () => {
    const toll = facts(['# Fighting goes on in Ruritania', '', 'Violence is spreading across Ruritania. At least 450 people have been hurt, and 11 clinics are shut.'].join('\n'))
    expect(text(ask(toll, 'how many people were hurt?'))).toMatch(/^450\./)
    const warrants = facts(['# Activists held in Ruritania', '', 'Police in Strelsau produced three arrest warrants, yet not one of them matched the people at the meeting.'].join('\n'))
    expect(text(ask(warrants, 'how many people were arrested?'))).not.toMatch(/^Three\./)
  })

  it('answers who did something with those a pronoun stands for ("… Ana Lenz and Karl Brandt, two activists. … They now face a fine")', () => {
    const fined = facts(['# Fishers fined in Ruritania', '', 'The court in Strelsau confirmed the charges against Ana Lenz and Karl Brandt, two activists from Tromsvik. Both were held for a week. They now face a heavy fine.'].join('\n'))
    expect(text(ask(fined, 'who faces a fine?'))).toMatch(/^Ana Lenz and Karl Brandt\./)
  })

  it('tells what someone said by the sentence that reports it when it quotes only a few of their words, with the next that quotes them too', () => {
    const said = facts(['# Harbourwatch condemns arrests in Ruritania', '', 'Ana Lenz, director of Harbourwatch, said the group strongly condemns "the ongoing arbitrary arrests and unjustified prosecution" of fishers who protest, which she said break every rule. In her view, the world must end the "cycle of persecution in Ruritania".'].join('\n'))
    const answer = text(ask(said, 'what did ana lenz say?'))
    expect(answer).toContain('the group strongly condemns')
    expect(answer).toContain('cycle of persecution')
  })

  it('answers who is quoted when the question names the body the article ties them to ("who’s the FISH guy quoted?")', () => {
    const quoted = facts(['# Strike on fishing boats in Ruritania', '', 'A strike hit two fishing boats near Strelsau on Monday. FISH has been working in Ruritania since 1992.', '', 'Ana Lenz, who heads FISH’s work in the country as Country Director, said the crews were civilians.', '', 'In Lenz’s words, the strike showed "a continued disregard for human life and suffering".'].join('\n'))
    expect(text(ask(quoted, 'who’s the FISH guy quoted in this?'))).toMatch(/Ana Lenz/)
  })

  it('reads someone found dead as no finding of a report ("who was found dead?")', () => {
    const found = facts(['# Harbourwatch report on Ruritania', '', 'Harbourwatch published its report "Troubled Waters" on Monday. The report found that fishers are routinely harassed.', '', 'The fisher Ana Lenz was found dead in Strelsau on Tuesday.'].join('\n'))
    expect(text(ask(found, 'who was found dead?'))).toMatch(/Ana Lenz/)
  })

  it('checks a place typed in lower case and named by what it is ("did they take the petition to harbour street?")', () => {
    const taken = facts(['# Fishing petition delivered to the Treasury', '', 'The petition was taken to the Treasury in Strelsau on Wednesday 16 May by Ana Lenz, who chairs the fisheries committee.'].join('\n'))
    expect(text(ask(taken, 'did they take the petition to harbour street?'))).toMatch(/^No\./)
  })

  it('reads the WHO and the OMS as one body, and dosis as doses ("¿cuántas dosis va a mandar la OMS?")', () => {
    const doses = facts(['# Harbour Health welcomes WHO pledge to Ruritania', '', 'Harbour Health has praised the World Health Organization (WHO) for announcing this week that it will send one million doses of vaccine to Ruritania.'].join('\n'))
    expect(text(answerQuestion(doses, '¿Cuántas dosis de vacuna va a mandar la OMS a Ruritania?', {lang: 'es', now}))).toMatch(/one million|un millón/)
  })

  it('reads being moved, taken or admitted to hospital as one ("when was he moved to hospital?")', () => {
    const admitted = facts(['# Jailed fisher taken to hospital in Ruritania', '', 'Harbourwatch has had reports that Karl Brandt, a fisher held in Strelsau, has been moved from prison to hospital because his health worsened.', '', 'On 09 January 2020 he was admitted to Tromsvik General Hospital in Strelsau.'].join('\n'))
    expect(text(ask(admitted, 'when was he moved to hospital?'))).toMatch(/^9 January 2020|^09 January 2020/)
  })

  it('reads receiving years in prison as being sentenced ("who got sentenced?")', () => {
    expect(text(ask(release, 'who got sentenced?'))).toMatch(/Ana Lenz/)
  })

  it('counts the people who did what is asked later in the sentence, not those others did it with ("how many ppl signed it")', () => {
    const signed = facts(['# Harbourwatch petition handed over in Strelsau', '', 'Strelsau, Ruritania – Around 12,000 people around the globe, from more than 130 countries, have put their names to a Harbourwatch petition.', '', 'Ana Lenz thanked the thousands of fishers who stood with the tens of thousands of families whose petitions were ignored.'].join('\n'))
    expect(text(ask(signed, 'how many ppl signed it'))).toMatch(/^12,000\./)
  })

  it('answers "who wrote this?" with who signs the release, else who put it out, and "who wrote the report?" with neither', () => {
    const signed = facts(['# Fishers displaced in Ruritania', '', '*By Ana Lenz, Harbourwatch – published 22 April 2016*', '', 'Harbourwatch met displaced fishers in Strelsau on Monday. Harbourwatch will publish a report in May.'].join('\n'))
    expect(text(ask(signed, 'who wrote this?'))).toMatch(/^Ana Lenz\./)
    const unsigned = facts(['# Fishers displaced in Ruritania', '', 'Harbourwatch International met displaced fishers in Strelsau on Monday.', '', 'Harbourwatch International will publish a report in May.'].join('\n'))
    expect(text(ask(unsigned, 'who wrote this?'))).toMatch(/Harbourwatch/)
    expect(ask(unsigned, 'who wrote the report?').status).toBe('declined')
  })

  it('counts abstentions as those who abstained, and not by the change in brackets beside the count ("34 (+5) abstained")', () => {
    const vote = facts(['# Ruritania welcomes the fishing moratorium vote', '', 'Harbourwatch International welcomed the vote on Tuesday. It regretted that 46 countries (-8) still voted against it and that 34 (+5) abstained.'].join('\n'))
    expect(text(ask(vote, 'how many abstentions were there?'))).toMatch(/^34\./)
    expect(text(ask(vote, 'how many more countries abstained than last time?'))).toMatch(/^5\./)
  })

  it('answers the media contact for a place written before the name on a line of contacts ("India — Karl Brandt")', () => {
    const verdict = facts(['# Fishers react to the Strelsau verdict', '', '**Contacts:** US — Ana Lenz, 415-746-0306 · India — Karl Brandt, +91 9444082401', '', 'Fishers in Strelsau said today that they will appeal the verdict.'].join('\n'))
    expect(text(ask(verdict, 'who is the press contact in india?'))).toMatch(/^Karl Brandt/)
    expect(text(ask(verdict, 'who is the press contact in the us?'))).toMatch(/^Ana Lenz/)
  })

  it('reads "la mani" as the demonstration ("cuando es la mani")', () => {
    const march = facts(['# Red Costera convoca una manifestación', '', 'La manifestación, convocada por Red Costera, tendrá lugar en Strelsau el próximo domingo 14 de mayo.'].join('\n'))
    expect(text(answerQuestion(march, 'cuando es la mani', {lang: 'es', now}))).toMatch(/14 de mayo/)
  })

  it('takes what a ruling or a body "held", "found" or "stated" as what it said', () => {
    const ruling = facts(['# Strelsau court rules on the fishing ban', '', 'The Strelsau court heard two cases on Tuesday.', '', 'The Tromsvik decision held that private citizens had no right to appeal the ban.'].join('\n'))
    expect(text(ask(ruling, 'what did the tromsvik ruling say about private citizens'))).toMatch(/no right to appeal/)
  })

  it('answers yes from the clause that holds what is asked, whatever an earlier clause denies', () => {
    const cells = facts(['# Harbourwatch International visita las cárceles de Ruritania', '', 'Harbourwatch International documentó que los presos no recibieron atención médica, pese a sus problemas de salud, y que había cámaras de vigilancia dentro de las celdas.'].join('\n'))
    expect(text(answerQuestion(cells, '¿había cámaras dentro de las celdas?', {lang: 'es', now}))).toMatch(/^Sí/)
    expect(text(answerQuestion(cells, '¿recibieron atención médica los presos?', {lang: 'es', now}))).toMatch(/^No/)
  })

  it('names as publisher the body the lead speaks as when no body is named most ("…, Harbourwatch International said.")', () => {
    const ruling = facts(['# Ruritania: court ends the fishing ban', '', '(Strelsau) – The ruling the Strelsau Supreme Court handed down on Monday ends the fishing ban, Harbourwatch International said.', '', 'The Strelsau Supreme Court heard the case in May.', '', 'Harbourwatch International described the ruling as a step forward.'].join('\n'))
    expect(text(ask(ruling, 'who published this statement?'))).toMatch(/Harbourwatch International/)
    expect(ruling.organisations.find((organisation) => organisation.id === evidenceIndex(ruling).author)?.name).toBe('Harbourwatch International')
  })

  it('takes "went on to say" and the Spanish perfect ("ha condenado") as reporting what someone said', () => {
    const eviction = facts(['# Harbour Lanterns evicted in Strelsau', '', 'Bulldozers razed the Harbour Lanterns camp in Strelsau on Monday.', '', 'Ana Lenz, who works with the families, went on to say that the local authorities are “simply passing the buck”.'].join('\n'))
    expect(text(ask(eviction, 'what did lenz say the local authorities are doing'))).toMatch(/passing the buck/)
    const desalojo = facts(['# Desalojo en Strelsau', '', 'Las excavadoras arrasaron el campamento de Strelsau el lunes.', '', 'Olga Berg, portavoz de Red Costera, ha condenado con firmeza el desalojo de las familias.'].join('\n'))
    expect(text(answerQuestion(desalojo, '¿qué dijo Olga Berg sobre el desalojo?', {lang: 'es', now}))).toMatch(/ha condenado/)
  })

  it('dates a labelled list item by its own date ("Tromsvik: el 18 de julio")', () => {
    const convenios = facts(['# Red Costera firma el convenio de Strelsau', '', 'Tras el de Strelsau, se firmarán los convenios de pesca de otras dos provincias:', '', '- Tromsvik: el 18 de julio.', '- Ruritania Alta: el 25 de julio.'].join('\n'))
    expect(text(answerQuestion(convenios, '¿cuándo firman el de tromsvik?', {lang: 'es', now}))).toMatch(/^18 de julio/)
  })

  it('answers "which provinces" with a list of bare names under the sentence that announces them', () => {
    const visit = facts(['# UN expert to visit Ruritania', '', 'The Special Rapporteur comes at the invitation of the Government. He will visit remote communities and urban areas in these provinces:', '', '- Strelsau', '- Tromsvik', '- North Ruritania'].join('\n'))
    expect(text(ask(visit, 'which provinces will he go to'))).toMatch(/Strelsau; Tromsvik; North Ruritania/)
  })

  it('reads "Costa Rica" as a place, not the price asked of ("cuesta"), and settles it against the place the sentence gives', () => {
    const exiled = facts(['# Harbourwatch documenta el destierro de 40 pescadores', '', 'Una vez excarcelados y desterrados a Ruritania, los pescadores contaron a Harbourwatch que viven en la incertidumbre.'].join('\n'))
    expect(text(answerQuestion(exiled, '¿los desterraron a Costa Rica?', {lang: 'es', now}))).toMatch(/^No\./)
    expect(text(answerQuestion(exiled, '¿los desterraron a costa rica?', {lang: 'es', now}))).toMatch(/^No\./)
  })

  it('spells out an acronym past the words it leaves out in other languages ("Industries Chimiques du Sénégal (ICS)")', () => {
    const sacked = facts(['# Drivers sacked in Ruritania', '', 'Harbourwatch International condemned the dismissal of 103 drivers by Industries Chimiques du Ruritanie (ICR) earlier this month.', '', 'Harbourwatch International urged ICR to reinstate them.'].join('\n'))
    expect(text(ask(sacked, 'what is ICR?'))).toMatch(/^Industries Chimiques du Ruritanie\./)
  })

  it('answers "what is X?" with the other name the article gives it ("the fairy tern, or tara iti")', () => {
    const birds = facts(['# Harbourwatch goes to court for a bird', '', 'Harbourwatch International has started a legal fight to protect the habitat of the harbour plover, or kuaka iti, which is the rarest bird of Ruritania.', '', 'Only 36 kuaka iti remain.'].join('\n'))
    expect(text(ask(birds, 'what is kuaka iti'))).toMatch(/^The harbour plover\./)
  })

  it('reads what a colon after the word asked sets out as beside it ("the sentence handed to X: 10 years in prison and 500 lashes")', () => {
    const sentenced = facts(['# Harbourwatch International condemns the sentence', '', 'Harbourwatch International condemned the ruling on Monday.', '', 'One case in point is the sentence handed to the fisher Karl Brandt: 10 years in prison and 500 lashes.'].join('\n'))
    expect(text(ask(sentenced, 'how many lashes was brandt sentenced to'))).toMatch(/^500\./)
  })

  it('answers who made a report with its publisher, in either language, a made report being no stranger word', () => {
    const release = facts([
      '# Harbour Lanterns counts 4,000 families living in boats',
      '',
      'Según una encuesta de la organización **Harbour Lanterns**, unas 4.000 familias viven en barcos en Tromsvik.',
      '',
      'Es una de las conclusiones del informe *«Vidas a flote: la vivienda en el puerto de Tromsvik»*, presentado este martes.',
      '',
      'El estudio se basa en una encuesta a 1.500 personas.'
    ].join('\n'))
    const es = (question: string) => text(answerQuestion(release, question, {lang: 'es', now}))
    expect(es('quién ha hecho este informe?')).toMatch(/Harbour Lanterns/)
    expect(es('¿quién elaboró el informe?')).toMatch(/Harbour Lanterns/)
  })

  it('answers which organisation put the release out, asked by what it is ("que organización publica esto", "which group put this out")', () => {
    const release = facts(['# Two deaths in a week: Harbour Lanterns mourns them', '', 'Harbour Lanterns has learned that two people died in detention this week.', '', 'As part of the campaign, Harbour Lanterns is asking its supporters to write to their MP.'].join('\n'))
    expect(text(answerQuestion(release, 'que organizacion publica esto', {lang: 'es', now}))).toBe('El artículo lo publicó Harbour Lanterns.')
    expect(text(ask(release, 'which group put this out'))).toBe('The article was published by Harbour Lanterns.')
  })

  it('reads a deal as an agreement in either language ("which union signed this deal?" — "… firma el convenio")', () => {
    const release = facts(['# HWT firma el convenio de pesca de Tromsvik', '', '*Federación de Pesca de HWT — 22/01/2024*', '', 'El sindicato firmó el convenio el 18 de enero, junto a otras organizaciones.'].join('\n'))
    expect(text(ask(release, 'which union signed this deal?'))).toMatch(/^HWT\b/)
  })

  it('answers where a ceremony is held with the house a body names ("se celebrará …, a las 18.30 horas, en el Instituto …"), not with any body the sentence names', () => {
    const release = facts(['# Premios Tromsvik 2019', '', 'Los premios se entregarán en un acto que se celebrará el 5 de diciembre de 2019, a las 18.30 horas, en el Instituto Cultural de Tromsvik, con entrada por la calle Mayor.', '', 'La Asociación de Pescadores de Tromsvik felicita a las personas premiadas.'].join('\n'))
    expect(text(answerQuestion(release, '¿dónde es la ceremonia?', {lang: 'es', now}))).toMatch(/^Instituto Cultural de Tromsvik\./)
    expect(text(ask(release, 'where is the ceremony'))).toMatch(/^Instituto Cultural de Tromsvik\./)
    const met = facts(['# Fishers meet the ministry', '', 'The Harbour Fishers Association met the Ministry of Fisheries on Tuesday to discuss the quotas.'].join('\n'))
    expect(text(ask(met, 'where did they meet?'))).not.toMatch(/^Ministry of Fisheries/)
  })

  it('checks a place typed in lower case after a longer phrase ("taken to a hospital in riyadh?") or before a tag ("en madrid no?")', () => {
    const release = facts(['# Fisher on hunger strike taken to hospital', '', 'On 9 January 2020 Karl Brandt was admitted to King Fahd Hospital in Jeddah after a month on hunger strike.'].join('\n'))
    expect(text(ask(release, 'was he taken to a hospital in riyadh?'))).toMatch(/^No\./)
    expect(text(ask(release, 'was he taken to a hospital in jeddah?'))).toMatch(/^Yes\./)
    const acto = facts(['# Premios Tromsvik', '', 'Los premios se entregarán en un acto que se celebrará el 5 de diciembre en el Instituto Cultural de Madrid.'].join('\n'))
    expect(text(answerQuestion(acto, 'el acto es en madrid no?', {lang: 'es', now}))).toMatch(/^Sí\./)
  })

  it('answers where something happened with where someone was when it did ("… into his home in Tromsvik when an attacker threw acid")', () => {
    const release = facts(['# Harbourwatch denounces acid attack on Karl Brandt', '', 'Karl Brandt was on his way into his home in the old district of Tromsvik when a single attacker threw acid in his face.', '', 'Harbourwatch condemned the attack.'].join('\n'))
    expect(text(ask(release, 'where did the attack happen?'))).toMatch(/^Tromsvik\./)
  })

  it('reads a phone’s shorthand ("hw many journos …") as the words it stands for', () => {
    const release = facts(['# Photojournalist killed in Ruritania', '', 'Harbourwatch research shows that at least 11 journalists have been killed on duty in Ruritania since 1992.'].join('\n'))
    expect(text(ask(release, 'hw many journos have been killed in ruritania'))).toMatch(/11 journalists/)
  })

  it('answers who wrote a study with its author ("Karl Brandt, the author of the study, said …")', () => {
    const release = facts(['# Ruritania has the highest rate', '', 'Ruritania has the highest rate of fishers lost at sea, finds the study issued today by Harbourwatch.', '', 'Karl Brandt, the author of the study, said the figures should be a wake-up call.'].join('\n'))
    expect(text(ask(release, 'who wrote the study'))).toMatch(/^Karl Brandt\b/)
  })

  it('answers who was beaten with whom the pronoun after the deed stands for ("… started to beat him"), by their full name', () => {
    const release = facts(['# Reporter attacked', '', 'On 27 March, journalist Karl Brandt went to cover protests in Tromsvik.', '', 'Brandt later said that the policeman shoved him into a group of officers. Those officers also started to beat him.'].join('\n'))
    expect(text(ask(release, 'who got beaten up?'))).toMatch(/^Karl Brandt\./)
  })

  it('takes a statement signed at its foot by a body as that body’s, when no publisher is known ("*19 de junio de 2020*" / "*Organización de Pescadoras. Federación Costera de Tromsvik*")', () => {
    const signed = facts(['# Día contra la violencia en el mar', '', 'Cuando se habla de violencia en el mar se habla de las atrocidades que sufren las pescadoras.', '', 'Como cada 19 de junio, desde la Organización de Pescadoras de la Federación Costera de Tromsvik:', '', '- exigimos protección para todas ellas;', '- reclamamos castigo para los responsables.', '', '*19 de junio de 2020*', '', '*Organización de Pescadoras. Federación Costera de Tromsvik*'].join('\n'))
    // As of a release whose frontmatter and byline name no publisher: the body and the signature are all there is.
    const release = {...signed, article: {...signed.article, publisher: undefined}}
    expect(text(answerQuestion(release, '¿quién firma este comunicado?', {lang: 'es', now}))).toBe('El artículo lo publicó Organización de Pescadoras de la Federación Costera de Tromsvik.')
  })

  it('takes the body the headline and the lead both open with as the release’s, however often another is named ("Harbourwatch hails …" / "Harbourwatch International has welcomed …")', () => {
    const release = facts(['# Harbourwatch hails Fisheries Council vote on quotas', '', 'Harbourwatch International has welcomed the vote of the Fisheries Council of Ruritania yesterday.', '', 'It was the fourth vote of the Fisheries Council of Ruritania since 2007.', '', 'The Fisheries Council of Ruritania meets again in March.'].join('\n'))
    expect(text(ask(release, 'who put out this statement?'))).toBe('The article was published by Harbourwatch International.')
    expect(text(ask(release, 'whos behind this press release'))).toBe('The article was published by Harbourwatch International.')
  })

  it('takes the body named alone on a line under the headline as the release’s, though the headline opens with another', () => {
    const alert = facts(['La Policía de Ruritania desaloja un campamento en Tromsvik', '', 'Alerta 085-2017', '', 'Red Costera de Derechos (RCD).', '', 'Hoy la Policía de Ruritania desalojó el campamento de Tromsvik y detuvo a cinco personas.', '', 'La Policía de Ruritania ya había desalojado el campamento el 10 de agosto.'].join('\n'))
    expect(text(answerQuestion(alert, '¿quién publicó esta alerta?', {lang: 'es', now}))).toContain('Red Costera de Derechos')
    expect(text(answerQuestion(alert, 'quien saco esta alerta', {lang: 'es', now}))).toContain('Red Costera de Derechos')
  })

  it('counts those who voted in favour, not those who voted against ("how many states voted in favour?" — "41 states voted against it")', () => {
    const release = facts(['# Harbourwatch hails vote on fishing quotas', '', 'The assembly voted yesterday on the fishing quotas of Ruritania.', '', '- 111 states backed the resolution, two more than at the vote in 2010.', '- 41 states voted against it, and 34 abstained.'].join('\n'))
    expect(text(ask(release, 'how many states voted in favour?'))).toMatch(/^111\./)
    expect(text(answerQuestion(release, '¿cuántos estados votaron a favor?', {lang: 'es', now}))).toMatch(/^111\./)
  })

  it('reads money as the funding or contribution a release tells of ("¿quién pone el dinero?" — "una contribución de 1,7 millones de euros de Ruritania")', () => {
    const release = facts(['# Harbourwatch da las gracias a Ruritania por su aportación', '', 'Harbourwatch ha expresado su agradecimiento al Gobierno de Ruritania por una contribución de 1,7 millones de euros para los pescadores de Tromsvik.', '', 'Los fondos se destinarán a reparar los barcos.'].join('\n'))
    expect(text(answerQuestion(release, '¿quién pone el dinero?', {lang: 'es', now}))).toMatch(/Ruritania/)
  })

  it('asks for someone when "which" has words before whom it asks for ("which govt officials did he meet?", "which UN agency put out the report?")', () => {
    const release = facts(['# Relief chief begins visit to Ruritania', '', 'On Thursday Karl Brandt began a four-day visit to Ruritania.', '', 'Mr. Brandt also met Mr. Olav Berg, the Acting Minister of Foreign Affairs, to discuss aid to Tromsvik.'].join('\n'))
    expect(text(ask(release, 'which govt officials did brandt meet'))).toMatch(/^Olav Berg\b/)
  })

  it('gives the time of a line that holds a little less of the question when no line holding more gives one ("what time is the rally tuesday")', () => {
    const release = facts(['# We Rally Tuesday, We March Wednesday', '', '**Today, Tuesday, June 14th, 4:30 pm — Harbour Square, Tromsvik**', '', 'Harbourwatch is asking everyone to come out today.', '', '**Wednesday, June 15th, 2:30pm — Harbour Bridge**'].join('\n'))
    expect(text(ask(release, 'what time is the rally tuesday'))).toMatch(/^4:30 pm\./)
  })

  it('answers where a release was issued from with both places of a dateline set apart by a slash ("TROMSVIK / STRELSAU, 4 de marzo de 2020")', () => {
    const release = facts(['# Expertos piden a Ruritania proteger a los pescadores', '', 'TROMSVIK / STRELSAU, 4 de marzo de 2020', '', 'Al término de su visita, un grupo de expertos pidió a Ruritania proteger a los pescadores.'].join('\n'))
    expect(text(answerQuestion(release, '¿desde qué ciudades se emitió el comunicado?', {lang: 'es', now}))).toMatch(/^Tromsvik \/ Strelsau\./)
  })

  it('does not give the holder of a role for that role at a body the question names and they are not of ("el camarógrafo de Canal Nueve")', () => {
    const release = facts(['# Agresiones a la prensa en Tromsvik', '', 'Estos son los casos registrados:', '', '- **Karl Brandt**, camarógrafo de **Tromsvik TV**: la policía le rompió la cámara.', '- Un camarógrafo de **Canal Nueve**: le quitaron su teléfono.'].join('\n'))
    expect(answerQuestion(release, '¿cómo se llama el camarógrafo de Canal Nueve?', {lang: 'es', now}).intent).toBe('out-of-scope')
    expect(text(answerQuestion(release, '¿cómo se llama el camarógrafo?', {lang: 'es', now}))).toMatch(/^Karl Brandt/)
  })

  it('gives a day the article names ("Human Rights Day") with the date it gives it elsewhere', () => {
    const release = facts(['# Stop the Evictions in Tromsvik', '', '**Harbourwatch Press Release**', '', 'Harbourwatch will mark Human Rights Day on **Monday 10 December 2029** by holding a demonstration that heads to the Town Square.', '', '## Why Harbourwatch is demonstrating', '', 'The demonstration is intended as a symbolic way of marking Human Rights Day.'].join('\n'))
    expect(text(ask(release, 'when is the demo'))).toMatch(/^Human Rights Day \(Monday 10 December 2029\)\./)
  })

  it('answers how many died of an article that tells the deaths another way ("291 personas fallecidas")', () => {
    const release = facts(['# Violencia en las cárceles de Ruritania', '', 'Las cárceles de Ruritania cerraron 2029 con 291 personas fallecidas y 331 heridas, según Red Costera.'].join('\n'))
    const answer = answerQuestion(release, 'cuantos presos murieron en 2029', {lang: 'es', now})
    expect(answer.intent).not.toBe('out-of-scope')
    expect(text(answer)).toContain('291')
  })

  it('answers from the lines under a section rather than from the heading that names it ("whats the route" — "## Time and route")', () => {
    const release = facts(['# March for the harbour', '', 'Harbourwatch will march through Tromsvik on Saturday.', '', '## Time and route', '', '- **Start:** 12:00 at the harbour', '- **Route:** Quay Street – Market Square – Old Bridge', '- **End point:** the town hall'].join('\n'))
    expect(text(ask(release, 'whats the route'))).toContain('Market Square')
  })

  it('answers who does what with the bodies a sentence opens with, a long subject before the verb ("… y otras siete organizaciones dedicadas a … han convocado")', () => {
    const release = facts(['# Concentración contra la ley', '', 'Red Costera (RC), la Federación de Pescadores de Tromsvik (FPT) y otras siete organizaciones dedicadas a la defensa de los derechos humanos y de la libertad de expresión han convocado una concentración ante el Parlamento.'].join('\n'))
    expect(text(answerQuestion(release, 'quién convoca la concentración?', {lang: 'es', now}))).toMatch(/^Red Costera y Federación de Pescadores de Tromsvik\./)
  })
})

describe('a span of days', () => {
  const visit = facts(
    [
      'Coastal watchdog heads to Ruritania',
      '',
      'STRELSAU (24 January 2019) — Ruritania will receive its first visit from the Harbour Inspection Committee (HIC), which will be in the country from 28 January through 7 February.',
      '',
      'Members of the HIC delegation:',
      '- Ms. Ana Lenz (Head of Delegation; Tromsvik)',
      '- Mr. Karl Brandt (Strelsau)',
      '- Ms. Olga Berg (Harbour Islands)'
    ].join('\n')
  )

  it('ends on the day after "through", not on the dateline’s day', () => {
    expect(text(ask(visit, 'when does the visit end'))).toMatch(/^7 February\./)
    expect(text(ask(visit, 'when is the visit'))).toMatch(/^28 January\./)
  })

  it('is given whole when both ends are asked', () => {
    expect(text(ask(visit, 'when does the visit start and end'))).toMatch(/^28 January through 7 February\./)
  })

  it('lists members the lead line names: one of them is asked by what the item says', () => {
    expect(text(ask(visit, 'who is the member from strelsau'))).toMatch(/^Karl Brandt\./)
  })
})

describe('a bare question about the release’s date', () => {
  const release = facts(['---', 'title: "Expertos reclaman consultas en Ruritania"', 'language: es', '---', '', 'STRELSAU (13 de mayo de 2024) – Expertos de la ONU señalaron hoy que Ruritania debe consultar a las comunidades.'].join('\n'))

  it('asks when it was published ("¿cuándo se publicó?", "¿de qué fecha es?")', () => {
    for (const question of ['¿cuándo se publicó?', '¿de qué fecha es?', '¿De cuándo es esto?']) {
      expect(text(answerQuestion(release, question, {lang: 'es', now}))).toMatch(/13 de mayo de 2024/)
    }
  })
})

describe('a message signed at its head', () => {
  const message = facts(['# Ruritania: take a stand against landmines', '', '*A message from Karl Brandt, U.S. Executive Director of Harbour & Lanterns*', '', 'The new government now has a chance to show civilians that it cares what happens to them.'].join('\n'))

  it('is put out by the one who signs it ("who’s behind this message?", "¿quién firma este mensaje?")', () => {
    expect(text(answerQuestion(message, '¿quién firma este mensaje?', {lang: 'es', now}))).toMatch(/^Karl Brandt\b/)
    expect(text(ask(message, 'who’s behind this message?'))).toMatch(/^Karl Brandt\b/)
  })
})

describe('a strike asked about in Spanish of an English release', () => {
  const strike = facts(['Harbour workers back strike action', '', 'Members of the Harbourwatch union in Tromsvik voted for strike action in their pay dispute.', '', 'A one-day strike will take place on Thursday 10 July.'].join('\n'))

  it('is the strike the article tells of ("¿qué día es la huelga?")', () => {
    expect(text(answerQuestion(strike, '¿qué día es la huelga?', {lang: 'es', now}))).toMatch(/10 de julio/)
  })
})

describe('a statement that closes on where it was signed', () => {
  const statement = facts(['Declaración sobre la ley de costas', '', 'La Red Costera de Ruritania celebra que la Cámara aprobara ayer la ley de costas.', '', 'La ley protege las playas.', '', 'La ley protege los puertos.', '', 'La ley protege las lonjas.', '', 'La ley protege las dunas.', '', 'Strelsau, 30 de julio de 2009'].join('\n'))

  it('was issued from that place ("what city was this issued from")', () => {
    expect(text(ask(statement, 'what city was this issued from'))).toMatch(/^Strelsau\./)
  })
})

describe('a vote, its times and where it was announced', () => {
  const vote = facts(['# Council renews the coastal mandate', '', '**Strelsau, 7 July 2025** – The Harbour Council has extended the mandate of its coastal expert.', '', '- The resolution passed with 29 votes in favour, 15 against and 3 abstentions.', '', 'Demo: starts at 10.30 and ends at 11.30'].join('\n'))

  it('counts the votes for "what’s the vote count"', () => {
    expect(text(ask(vote, 'whats the vote count'))).toMatch(/^29\..*15 against/s)
  })

  it('ends at the time after "ends at"', () => {
    expect(text(ask(vote, 'what time does the demo end'))).toMatch(/^11\.30\./)
  })

  it('was announced from the dateline’s city', () => {
    expect(text(ask(vote, 'where was this announced from?'))).toMatch(/^Strelsau\./)
  })
})

describe('signatures a petition gathered, asked with "juntó" or "reunió"', () => {
  const petition = facts(['---', 'title: "Piden investigar el asesinato de Karl Brandt"', 'language: es', '---', '', 'La petición, impulsada por Red Costera, reunió las firmas de 49,314 personas de distintos países.'].join('\n'))

  it('is the petition’s count ("¿cuántas firmas juntó la petición?")', () => {
    expect(text(answerQuestion(petition, 'cuantas firmas junto la peticion?', {lang: 'es', now}))).toMatch(/49\.314 firmas/)
  })
})

describe('an advisory whose headings label the lines under them', () => {
  const advisory = facts(['# Media advisory: press conference on the coastal report', '', '**20 September 2004**', '**Contact:** Ana Lenz', '', '## What', '', 'Harbourwatch will hold a press conference to release a new report on the coast of Ruritania.', '', '## When', '', 'This Thursday, Sept. 23, from 11 a.m. to noon', '', '## Where', '', 'Harbour Hall, Strelsau'].join('\n'))

  it('gives the line under "## When" for "when is the press conference"', () => {
    expect(text(ask(advisory, 'when is the press conference'))).toMatch(/Sept\. 23/)
  })
})

describe('a blast asked about of an article that dates the explosion', () => {
  const explosion = facts(['Harbour plant explosion kills workers', '', '3 August 2014', '', 'STRELSAU – A massive explosion tore through a fish plant in Tromsvik on August 1.', '', 'The blast and the fire that followed have killed 68 workers.'].join('\n'))

  it('is the explosion ("when did the blast happen?")', () => {
    expect(text(ask(explosion, 'when did the blast happen?'))).toMatch(/^August 1\./)
  })
})

describe('the date of a release that writes no year', () => {
  const yearless = facts(['Harbourwatch to present its report', '', 'On Thursday 25 May, Harbourwatch will present the findings of the report at a press conference in Strelsau.'].join('\n'))

  it('is not known: "when was this published?" is declined, not answered with a guessed day', () => {
    expect(text(ask(yearless, 'when was this published?'))).toMatch(/^The article doesn’t say|^The article doesn't say/)
  })
})

describe('a yes/no question that puts an event in a place typed in lower case', () => {
  const held = facts(['Harbourwatch staff detained', '', '3 August 2014', '', 'Harbourwatch director Karl Brandt spoke at a press conference held at Harbour Hall in Tromsvik.', '', 'All of them are being held in Tromsvik at the security headquarters.'].join('\n'))

  it('says no, with the place the article gives, for a town the article never writes ("held in strelsau?")', () => {
    expect(text(ask(held, 'was the press conference held in strelsau?'))).toMatch(/^No\.[\s\S]*Tromsvik/)
  })

  it('reads “they’re” as “they are”, not as a word “re” the article lacks', () => {
    expect(text(ask(held, 'so they’re being held in Strelsau right?'))).toMatch(/^No\.[\s\S]*Tromsvik/)
  })

  it('does not take a dictionary word for a place ("held in custody?")', () => {
    expect(text(ask(held, 'was the press conference held in custody?'))).not.toMatch(/^No\./)
  })

  it('does not take a language for a place ("in burmese?")', () => {
    expect(text(ask(held, 'was the press conference held in burmese?'))).not.toMatch(/^No\./)
  })
})

describe('a dateline under a contact block', () => {
  const filed = facts(['Court action seeks records of the Tromsvik protests', '', 'Harbourwatch', '', 'January 24, 2014', '', 'Contacts:', '', 'Ana Lenz, press officer: (860) 233-4938, ana@harbourwatch.org', '', 'Karl Brandt, lawyer: +51-959-284295, karl@harbourwatch.org', '', 'Eva Ruiz, spokesperson: +51-959-284296, eva@harbourwatch.org', '', 'Denver, January 24, 2014 – Harbourwatch today brought an action in federal court on behalf of a protester.', '', 'The protester was shot in the back during a peaceful march.', '', 'The court will hear the case in March.'].join('\n'))

  it('is where the release was issued from', () => {
    expect(text(ask(filed, 'where was this release issued from'))).toMatch(/^Denver\./)
  })
})

describe('a statement opened by "so" and asked ("so they want a €10 increase?")', () => {
  it('asks yes or no', () => {
    expect(questionShape('so they want a €10 a week increase in the pension?').polar).toBe(true)
    expect(questionShape('so what do they want?').polar).toBe(false)
  })

  it('is checked against the sentence, “the march” being no month: "so the march will be held in october?" — no, in September', () => {
    const moved = facts(['March against corruption moves to September', '', '3 August 2015', '', 'The marches, first set for 19 August, will now be held on Wednesday 23 September 2015 in Strelsau.'].join('\n'))
    expect(text(ask(moved, 'so the march will be held in october?'))).toMatch(/^No\./)
  })
})

describe('a month after "in" ("did she start the petition in January?")', () => {
  const started = facts(['MEDIA ADVISORY: Speakers call on the governor to pardon jailed whistleblower Karl Brandt', 'Harbourwatch – Media advisory – 12 February 2016', '', 'News Conference: Petition Asking the Governor to Pardon Karl Brandt Goes Public; Ana Lenz and Eva Ruiz Scheduled to Speak', '', 'When: Wednesday, February 17, 9:30 a.m.', '', 'Where: Harbour Hall, Strelsau', '', 'Karl Brandt was found guilty under the Secrets Act. Eight months ago he started serving a prison term.', '', 'Ana Lenz set up a petition in December, hosted on Harbourwatch’s website, that calls on the governor to pardon her husband. Well over 100,000 people have signed it since then.'].join('\n'))

  it('is a date set against the article’s, not a place the article never names: no', () => {
    expect(text(ask(started, 'Did Ana Lenz start the petition in January?'))).toMatch(/^No\./)
  })
})

describe('a headline that speaks as a body before a colon ("Harbour Rights Institute: stop sending vehicles to Ruritania")', () => {
  const headed = facts(['# Harbour Rights Institute: Stop sending military vehicles to Ruritania', '', '21 March 2011', '', 'The government is being called on to block deliveries of vehicles to Ruritania.', '', 'The vehicles used by the Ruritanian National Guard appear to be of the type made in Strelsau. The Ruritanian National Guard crossed into Tromsvik on March 14.'].join('\n'))

  it('names that body as the one behind the release, though another is named more', () => {
    expect(text(ask(headed, 'who’s behind this release?'))).toMatch(/Harbour Rights Institute/)
  })
})

describe('a city on a line of its own at the head of a release ("Press Release / 20 May 2014 / Blantyre")', () => {
  const headed = facts(['Harbourwatch election day statement', '', 'Press Release', '', '20 May 2014', '', 'Nairobi', '', 'Reports reaching Harbourwatch from its observers show that the commission is running into difficulties across the country.', '', 'Across the nation, observers say that 61% of polling stations are open.', '', 'Harbourwatch urges the commission to act without delay.'].join('\n'))

  it('is where the release was issued from', () => {
    expect(text(ask(headed, 'where was it issued from?'))).toMatch(/^Nairobi\./)
  })
})

describe('who signs the release', () => {
  // A plain-text statement whose paragraphs are unwrapped lines: each line of its signatures is one of its own.
  const signed = extractFacts(['Harbour teachers strike', '', '3 August 2014', '', 'The executive board backs the strike of the teachers of Tromsvik, who have stopped work for a week against pay set by decree and without dialogue.', '', 'The board will be in Tromsvik on Thursday to stand with the teachers.', '', 'Ana Lenz', 'Secretaria General', '', 'Karl Brandt U', 'Secretario Adjunto', '', 'JUNTA EJECUTIVA'].join('\n'), {path: 'signed.txt'}).facts!

  it('is each one whose name is a line of its own at its foot, with their title ("who signed it?")', () => {
    expect(text(ask(signed, 'who signed it?'))).toMatch(/^Ana Lenz, Secretaria General and Karl Brandt, Secretario Adjunto\./)
  })

  it('is the author a blog’s byline names ("who wrote the update?"), not its site nor what the release is', () => {
    const blog = facts(['# Tromsvik passes a rent moratorium', '', '**Thursday, November 5, 2015** · Karl Brandt · Harbour Tenants', '', 'Around 200 renters turned out at the council last evening.', '', 'The council voted for a moratorium on rent increases.'].join('\n'))
    expect(text(ask(blog, 'Who wrote the update?'))).toMatch(/^Karl Brandt\./)
    const release = facts(['# Advocating for the rights of trafficked people', '', '**Media Release – 15th September 2014**', '', 'A group of 13 members will travel to Parliament for their yearly visit.'].join('\n'))
    expect(text(ask(release, 'who wrote this release?'))).not.toMatch(/^Media Release/)
  })
})

describe('the head of a body titled "director presidente"', () => {
  const headed = facts(['# Piden la libertad de los presos', '', '3 de agosto de 2014', '', 'Ana Lenz, director presidente de Red Costera, afirmó que no habría mejor tributo que liberar a todos los presos.'].join('\n'))

  it('is who runs it ("¿quién dirige Red Costera?")', () => {
    expect(text(answerQuestion(headed, '¿quién dirige Red Costera?', {lang: 'es', now}))).toMatch(/^Ana Lenz/)
  })
})

describe('the names of several people asked for ("what were the names of the workers who died?")', () => {
  const deaths = facts(['# Workers died building the stadiums', '', '3 August 2014', '', 'Harbourwatch sends its condolences to the families of the 21 workers who died building the stadiums, its president Ana Lenz said.', '', 'The union inspected 35 sites in Tromsvik.'].join('\n'))

  it('are declined when the article names none of them, not answered with someone else', () => {
    expect(text(ask(deaths, 'what were the names of the workers who died?'))).toMatch(/^The article doesn(’|')t say/)
  })

  it('are declined in Spanish too ("¿cómo se llaman los trabajadores que murieron?") and when asked "by name"', () => {
    expect(text(answerQuestion(deaths, '¿cómo se llaman los trabajadores que murieron?', {lang: 'es', now}))).toMatch(/^El artículo no lo dice/)
    expect(text(ask(deaths, 'which workers died, by name?'))).toMatch(/^The article doesn(’|')t say/)
  })

  it('are given when the article names them', () => {
    const named = facts(['# Two delegates expelled', '', '3 August 2014', '', 'The two delegates, Karl Brandt and Eva Ruiz, were expelled from Tromsvik on Monday.'].join('\n'))
    expect(text(ask(named, 'what are the names of the delegates who were expelled?'))).toMatch(/Karl Brandt[\s\S]*Eva Ruiz/)
  })
})

describe('a listed speaker whose day is the one the list’s lead gives', () => {
  const talk = facts(['# Harbour photographs go on show', '', '**STRELSAU, February 11, 2025** — Harbourwatch announced today an exhibition of photographs at the Harbour Library.', '', 'Alongside the exhibition, the Harbour Library will hold an exclusive discussion on **February 26, 2025** bringing together:', '', '- **Karl Brandt KC**, the renowned barrister;', '- Eva Ruiz, director of Harbourwatch.'].join('\n'))

  it('is that day ("what date is the talk with karl brandt?")', () => {
    expect(text(ask(talk, 'what date is the talk with karl brandt?'))).toMatch(/^February 26, 2025\./)
  })
})

describe('an exhibition asked about by its venue', () => {
  const show = facts(['# Harbour photographs go on show', '', '**STRELSAU, February 11, 2025** — Harbourwatch announced today that an exhibition of photographs will open at the Tromsvik Holocaust Library in Strelsau.', '', 'The exhibition opens on February 18, 2025.'].join('\n'))

  it('is not at a museum typed in lower case the article never names ("at the harbour museum?"): no', () => {
    expect(text(ask(show, 'is the exhibition at the harbour museum?'))).toMatch(/^No\./)
  })

  it('is an "exposición" in Spanish', () => {
    expect(translationsOf('exposicion')).toContain('exhibition')
  })
})

describe('the city asked for ("¿en qué ciudad está la exposición?")', () => {
  const show = facts(['# Harbour photographs go on show', '', '3 February 2025', '', 'Everyone is invited to the launch of the exhibition, which takes place at the Tromsvik Holocaust Library on the evening of February 18, 2025.', '', 'Ana Lenz, who will be at the London exhibition in person, said she felt honoured that her work would be shown at the Tromsvik Holocaust Library.'].join('\n'))

  it('is the city, not the venue in it', () => {
    expect(text(answerQuestion(show, '¿En qué ciudad está la exposición?', {lang: 'es', now}))).toMatch(/^Londres|^London/)
  })
})

describe('a release whose body is named only by its letters ("A group of 13 ACRATH members …")', () => {
  const lettered = facts(['# Advocating for the rights of trafficked people', '', '**Media Release – 15th September 2014**', '', 'A group of 13 KRATH members will travel to Parliament in Strelsau for their yearly visit.', '', 'No fewer than 54 meetings have been lined up by KRATH for this week.', '', 'KRATH calls on the government to protect the people who were trafficked to Ruritania.'].join('\n'))

  it('names those letters as the one behind it', () => {
    expect(text(ask(lettered, 'who’s behind this release?'))).toMatch(/KRATH/)
  })
})

describe('where someone is based', () => {
  const based = facts(['# Sites blocked', '', '3 May 2025', '', 'According to Karl Brandt, a journalist based in Tromsvik, readers can no longer open the sites of the Strelsau-based Harbour Tribune.', '', 'The Harbour Rights Institute (HRI) is located in Kestrel Bay, Ruritania.', '', 'The ministry also named 24 lawyers based in Strelsau whose licences will not be renewed.'].join('\n'))

  it('is the place joined to "-based" before a name the registry does not know ("where is harbour tribune based")', () => {
    expect(text(ask(based, 'where is harbour tribune based'))).toMatch(/^Strelsau\./)
  })

  it('is where a body "is located" after its letters ("where is HRI based?")', () => {
    expect(text(ask(based, 'where is HRI based?'))).toMatch(/^Kestrel Bay\./)
  })

  it('is the place written after "based in" when that is what is asked ("where are the 24 lawyers based")', () => {
    expect(text(ask(based, 'where are the 24 lawyers based'))).toMatch(/^Strelsau\./)
  })
})

describe('a day the "when" clause after it happened on', () => {
  const burned = facts(['# Villagers evicted', '', '3 May 2012', '', 'The harassment came to a head in May, June and July 2011, when park wardens burned many houses and rice stores.'].join('\n'))

  it('dates it, with the months listed before the year ("when were the houses burnt")', () => {
    expect(text(ask(burned, 'when were the houses burnt'))).toMatch(/^May, June and July 2011\./)
  })
})

describe('"what date is this statement from?"', () => {
  const dated = facts(['# Two years offline', '', 'Today, November 4, 2022, is the second anniversary of the shutdown in Strelsau.', '', 'Harbourwatch calls for the internet to be restored.'].join('\n'))

  it('is the day the release was published, a typo in "statement" or not', () => {
    expect(text(ask(dated, 'what date is this statment from?'))).toMatch(/4 November 2022/)
    expect(text(ask(dated, 'when is this release from'))).toMatch(/4 November 2022/)
  })

  it('is so with whose statement it is between ("what date is this harbourwatch statement from"), and when it was signed', () => {
    expect(text(ask(dated, 'what date is this harbourwatch statement from'))).toMatch(/4 November 2022/)
    expect(text(ask(dated, 'what date was this statement signed?'))).toMatch(/4 November 2022/)
  })
})

describe('people counted by another word ("how many ppl were sheltering in the bunker?")', () => {
  const bunker = facts(['# School bombed', '', 'STRELSAU, 9 May 2022 – Harbourwatch condemned the bombing of a school in Tromsvik, where some 90 civilians, children among them, were thought to be taking refuge in the bunker.', '', 'Thirty people have been pulled out of the rubble.'].join('\n'))

  it('are the civilians taking refuge, not those pulled out', () => {
    expect(text(ask(bunker, 'how many ppl were sheltering in the bunker?'))).toMatch(/^90\./)
  })
})

describe('who died', () => {
  const deaths = facts(['# Inquiry demanded at Tromsvik', '', '3 December 2024', '', 'Olga Berg, who was also being held at Tromsvik, has been charged with murder and appeared at Strelsau Magistrates Court on 3 December.', '', 'Reports say that Karl Brandt was fatally assaulted at Tromsvik centre on 1 December. Karl, who was said to be in poor health, was taken to hospital and died there later.'].join('\n'))

  it('is the one the sentence says was killed, not the one charged with the murder ("who died at tromsvik?")', () => {
    expect(text(ask(deaths, 'who died at tromsvik?'))).toMatch(/^Karl Brandt\./)
  })
})

describe('"quedara en libertad", "fue puesto en libertad"', () => {
  it('is being released; "exige que los ponga en libertad", a demand, is not', () => {
    const terms = (said: string) => searchWordsOf(said).map((word) => termOf(word, 'es'))
    expect(terms('dispuso que Karl Brandt quedara en libertad')).toContain(termOf('released', 'en'))
    expect(terms('Eva Ruiz fue puesta en libertad ayer')).toContain(termOf('released', 'en'))
    expect(terms('exige que los ponga en libertad')).not.toContain(termOf('released', 'en'))
  })
})

describe('"when was this press statement released?"', () => {
  const statement = facts(['Harbour Rights Commission', '', 'PRESS STATEMENT', 'Strelsau, Thursday 27th July 2023', '', 'The Commission welcomes the decision to commute all death sentences in Ruritania.'].join('\n'))

  it('is the day the release was published', () => {
    expect(text(ask(statement, 'when was this press statement released'))).toMatch(/27 July 2023/)
  })
})

describe('a statement closed by its signer’s name ("Fray Tomás González Castillo, OFM")', () => {
  const signed = facts(['# Amenazas contra el albergue', '', 'Tromsvik, 7 de octubre de 2016', '', 'Denunciamos las amenazas recibidas por la Hermana Eva Ruiz.', '', 'Reafirmamos nuestro compromiso con las personas migrantes.', '', 'Fray Karl Brandt Berg, OFM'].join('\n'))

  it('names them when who signed it is asked', () => {
    expect(text(answerQuestion(signed, '¿quién firma el comunicado?', {lang: 'es', now}))).toMatch(/^Fray Karl Brandt Berg, OFM\./)
  })

  it('is not who is behind the release', () => {
    expect(text(answerQuestion(signed, '¿quién está detrás de este comunicado?', {lang: 'es', now}))).not.toMatch(/^Fray Karl Brandt/)
  })
})

describe('where signatures were taken', () => {
  const handed = facts(['# 43.000 personas piden sanidad para todos', '', 'Tromsvik, 24 de abril de 2014', '', 'Aprovechando el aniversario de la norma, Harbourwatch ha llevado las firmas al Ministerio de Sanidad de Ruritania como muestra de su rechazo.'].join('\n'))

  it('is the body they were taken to ("¿dónde entregaron las firmas?")', () => {
    expect(text(answerQuestion(handed, '¿dónde entregaron las firmas?', {lang: 'es', now}))).toMatch(/^Ministerio de Sanidad de Ruritania\./)
  })
})

describe('"¿cuántos muertos dejó el terremoto?"', () => {
  const quake = facts(['# Terremoto en Ruritania', '', 'Tromsvik, 20 de septiembre de 2017', '', 'El terremoto de ayer se suma al sismo de magnitud 8,2 que el 7 de septiembre causó la muerte de casi 100 personas.', '', 'El sismo, de magnitud 7,1, sacudió el centro del país y, según cifras del gobierno, ha causado más de 200 muertes.'].join('\n'))

  it('counts the dead, not what the verb after them does', () => {
    expect(text(answerQuestion(quake, 'cuantos muertos dejó el terremoto', {lang: 'es', now}))).toMatch(/^200\./)
  })
})

describe('who is sued ("¿a quién demandaron?")', () => {
  const sued = facts(['# Harbourwatch rechaza la demanda contra el periodista Karl Brandt', '', 'Tromsvik, 3 de mayo de 2025', '', 'Harbourwatch manifiesta su rechazo a la demanda civil presentada contra el periodista Karl Brandt, del diario La Costa.', '', 'Harbourwatch expresa su solidaridad con Brandt.'].join('\n'))

  it('is a person the demand is against, not the body that speaks of it', () => {
    expect(text(answerQuestion(sued, '¿a quién demandaron?', {lang: 'es', now}))).toMatch(/^Karl Brandt/)
  })
})

describe('places listed under a sentence ending in a colon', () => {
  const review = facts(['# Committee to examine four states', '', '**STRELSAU (6 November 2017)** – The Harbour Committee is holding its meeting in Strelsau from 7 November to 7 December, during which it will review the following countries:', '', '- **Ruritania** – 7-8 November', '- **Tromsvik** – 8-9 November', '- **Bosnia and Herzegovina** – 10-13 November'].join('\n'))

  it('are the places asked for ("which countries are getting reviewed?")', () => {
    expect(text(ask(review, 'which countries are getting reviewed?'))).toMatch(/^Ruritania, Tromsvik and Bosnia and Herzegovina\./)
  })
})

describe('a hand-over told with no place, in a release datelined where it was written', () => {
  const handed = facts(['# Three million people want a plastics treaty', '', '- Harbourwatch has handed over nearly 3 million signatures for a plastics treaty.', '', '*TROMSVIK, Ruritania, 24 November 2024*', '', 'Almost three million people in 180 countries have come together around one conviction.', '', 'Two child activists joined the poet Eva Ruiz to hand over the petition at a Harbourwatch event.'].join('\n'))

  it('was done where the dateline says ("where was the petition handed over?")', () => {
    expect(text(ask(handed, 'where was the petition handed over?'))).toMatch(/^Tromsvik\./)
  })

  it('was not done in a city the article never names ("was the petition handed over in Seoul?"): no', () => {
    expect(text(ask(handed, 'Was the petition handed over in Seoul?'))).toMatch(/^No\.\s+Tromsvik\./)
  })

  it('says nothing of where someone is held', () => {
    expect(text(ask(handed, 'where is eva ruiz being held?'))).not.toMatch(/^Tromsvik/)
  })
})

describe('"whats the inquiry called?"', () => {
  const inquiry = facts(['# Families struggle to make ends meet', '', '5 May 2016', '', 'The figures come as Harbourwatch publishes the findings of its inquiry, Strelsau’s Families: Thriving or Surviving?, which examined the lives of families in 2016.'].join('\n'))

  it('asks for the title of the report the inquiry published', () => {
    expect(text(ask(inquiry, 'whats the inquiry called'))).toMatch(/Strelsau’s Families: Thriving or Surviving\?/)
  })
})

describe('a city typed in lower case in the middle of a yes/no question', () => {
  const founded = facts(['# Harbourwatch opens an appeal for flood victims', '', 'Harbourwatch has opened an emergency appeal for families hit by the floods.', '', 'The organisation was founded in Birmingham in 1984 by a group of volunteers.'].join('\n'))

  it('is the place the question states ("founded in london back in 1984?"): no, Birmingham', () => {
    expect(text(ask(founded, 'was harbourwatch founded in london back in 1984?'))).toMatch(/^No\.[^]*Birmingham/)
  })
})

describe('a list opened far from the name a sentence gives', () => {
  const warned = facts(['# Closing the camps would be disastrous, says Harbourwatch', '', 'Ana Lenz, Senior Advocate at Harbourwatch, warned that closing the two camps would be disastrous for refugees, hundreds of thousands of whom have fled to Ruritania from countries at war, among them:', '', '- Strelsau', '- Tromsvik'].join('\n'))

  it('leaves no room for another body ("is ana lenz with the UNHCR?"): no', () => {
    expect(text(ask(warned, 'is ana lenz with the UNHCR?'))).toMatch(/^No\.[^]*Harbourwatch/)
  })
})

describe('a court of another kind than the one the article names', () => {
  const ruling = facts(['# Harbourwatch wins as Court of Appeal throws out Government appeal on the protest law', '', 'Tromsvik, 3 May 2025', '', 'The Court of Appeal has found the protest law unlawful, in a challenge brought by Harbourwatch.', '', 'Harbourwatch welcomed the ruling.'].join('\n'))

  it('settles a yes/no question ("did the supreme court throw out the law?"): no, the Court of Appeal', () => {
    expect(text(ask(ruling, 'did the supreme court throw out the law?'))).toMatch(/^No\.[^]*Court of Appeal/)
  })

  it('is the same court however it is written ("did the appeals court throw out the law?")', () => {
    expect(text(ask(ruling, 'did the appeals court throw out the law?'))).not.toMatch(/^No\./)
  })

  it('says nothing of where the case may yet go ("is the government going to take it to the supreme court?")', () => {
    expect(text(ask(ruling, 'is the government going to take it to the supreme court?'))).not.toMatch(/^No\./)
  })
})

describe('when someone left', () => {
  const left = facts(['# Harbourwatch denuncia la desaparición de dos defensores', '', 'Tromsvik, 10 de mayo de 2025', '', 'Karl Brandt y Eva Ruiz dejaron las oficinas de Harbourwatch el 3 de mayo de 2025 y desde entonces no se sabe nada de ellos.', '', 'Harbourwatch exige que se los busque.'].join('\n'))

  it('is the day of a sentence that words the leaving otherwise ("¿cuándo salieron de las oficinas?")', () => {
    expect(text(answerQuestion(left, '¿cuándo salieron de las oficinas?', {lang: 'es', now}))).toMatch(/^3 de mayo de 2025/)
  })
})

describe('"uni" for university', () => {
  const study = facts(['# Brands linked to forced labour', '', 'Strelsau University’s Centre for Justice has published a study setting out how exposed clothing brands are to forced labour.'].join('\n'))

  it('asks for the university ("which uni published the study")', () => {
    expect(text(ask(study, 'which uni published the study'))).toMatch(/Strelsau University/)
  })
})

describe('co-founding', () => {
  const killed = facts(['# Asesinan a Eva Ruiz', '', 'Eva Ruiz, líder y cofundadora del Consejo Cívico de Tromsvik (CCT), murió asesinada en su casa.'].join('\n'))

  it('is asked of however it is written ("what organisation did eva co-found?", "what did she cofound")', () => {
    expect(text(answerQuestion(killed, 'what organisation did eva co-found?', {lang: 'en', now}))).toMatch(/Consejo Cívico de Tromsvik/)
    expect(text(answerQuestion(killed, 'what organisation did eva cofound', {lang: 'en', now}))).toMatch(/Consejo Cívico de Tromsvik/)
  })
})

describe('founding', () => {
  const founders = facts(['# Rights defenders speak out', '', 'Eva Ruiz, activist and founder of Change Tromsvik (Nordland)', '', 'Karl Brandt, co-founder of Harbour Voices (Nordland)'].join('\n'))

  it('is no misspelt funding ("who founded Change Tromsvik"): the founder', () => {
    expect(text(ask(founders, 'who founded Change Tromsvik'))).toMatch(/Eva Ruiz/)
  })

  it('is a day the release seldom gives ("when was Change Tromsvik founded?")', () => {
    expect(ask(founders, 'when was Change Tromsvik founded?').intent).toBe('out-of-scope')
  })
})

describe('where the release was put out, yes or no', () => {
  const release = facts(['# Lawmakers back cuts to food aid', '', 'TROMSVIK, Nordland — Lawmakers came back from their recess today with a vote on food aid planned for later this week.', '', 'Harbourwatch said the cuts would leave families hungry.'].join('\n'))

  it('is no, with the dateline, for another city ("was this statement put out in strelsau?")', () => {
    expect(text(ask(release, 'was this statement put out in strelsau?'))).toMatch(/^No\.[^]*Tromsvik/)
  })

  it('is yes for the dateline’s city ("was this statement put out in tromsvik?", "¿el comunicado se emitió desde Strelsau?")', () => {
    expect(text(ask(release, 'was this statement put out in tromsvik?'))).toMatch(/^Yes\./)
    expect(text(answerQuestion(release, '¿el comunicado se emitió desde Strelsau?', {lang: 'es', now}))).toMatch(/^No\.[^]*Tromsvik/)
  })
})

describe('a yes/no question of one weighty word', () => {
  const advisory = facts(['# Vigil for the strikers of Karvik', '', 'The vigil will be held outside the Brekke mine on Friday.', '', 'A chaplain will recite a prayer, and local councillors will speak.', '', 'The vigil will also be livestreamed.', '', 'Harbourwatch has started a petition.'].join('\n'))

  it('is yes when a sentence holds it ("will there be a prayer", "will it be livestreamed?")', () => {
    expect(text(ask(advisory, 'will there be a prayer'))).toMatch(/^Yes\.[^]*prayer/)
    expect(text(ask(advisory, 'will it be livestreamed?'))).toMatch(/^Yes\.[^]*livestreamed/)
  })

  it('is not yes of what the reader may do ("is there a petition i can sign?")', () => {
    expect(text(ask(advisory, 'is there a petition i can sign?'))).not.toMatch(/^Yes\./)
  })
})

describe('a place passed over', () => {
  const march = facts(['# Solidarity march across the Tromsvik Bridge', '', 'What: a solidarity march across the Tromsvik Bridge', '', 'When: Saturday 14 June, 1pm'].join('\n'))

  it('is stated as a place asked ("is the march going over the strelsau bridge?"): no', () => {
    expect(text(ask(march, 'is the march going over the strelsau bridge?'))).toMatch(/^No\./)
  })
})

describe('scrapping', () => {
  const demands = facts(['# Budget demands of older people', '', 'Age Nordland asks the government to:', '', '- Abolish the prescription charge for medical card holders.', '- Raise the state pension by 12 euro a week.'].join('\n'))

  it('is abolishing ("do they want prescription charges scrapped for medical card holders?"): yes', () => {
    expect(text(ask(demands, 'do they want prescription charges scrapped for medical card holders?'))).toMatch(/^Yes\./)
  })
})

describe('setting up', () => {
  const petition = facts(['# Petition for a jailed poet', '', 'The petitions belong to a campaign that Bishop Eva Ruiz set up on Change.org.', '', 'The poet has been held since 2019.'].join('\n'))

  it('is who set it up ("who set up the campaign?")', () => {
    expect(text(ask(petition, 'who set up the campaign?'))).toMatch(/Eva Ruiz/)
  })

  it('is founding, on a platform the article names ("who started the change.org campaign")', () => {
    expect(text(ask(petition, 'who started the change.org campaign'))).toMatch(/Eva Ruiz/)
  })
})

describe('a figure right after what was done', () => {
  const review = facts(['# Ruritania rejects UN recommendations, says Harbourwatch', '', 'Ruritania’s human rights record has been under examination at the Human Rights Council in Strelsau, where the Ruritanian delegation answered a set of recommendations made by other member states. Of these, the delegation accepted 123, reserved its position on a further 20 and rejected 45.', '', 'Harbourwatch said Ruritania had shown contempt for its obligations.'].join('\n'))

  it('counts what the question asks was done ("how many recommendations did Ruritania reject?", "¿cuántas recomendaciones rechazó Ruritania?")', () => {
    expect(text(ask(review, 'how many recommendations did Ruritania reject?'))).toMatch(/^45\./)
    expect(text(answerQuestion(review, '¿cuántas recomendaciones rechazó Ruritania?', {lang: 'es', now}))).toMatch(/^45\./)
  })

  it('is not the figure of another verb after "y" ("aceptó 123 y rechazó 45")', () => {
    const spanish = facts(['# Examen', '', 'De ellas, la delegación aceptó 123 y rechazó 45.', '', 'Amnistía criticó la decisión.'].join('\n'))
    expect(text(answerQuestion(spanish, '¿cuántas rechazó la delegación?', {lang: 'es', now}))).not.toMatch(/^123/)
  })
})

describe('who did something', () => {
  const recusal = facts(['# Abogados de la CRN recusan a jueces por preopinar', '', 'El tribunal de apelaciones todavía no se ha pronunciado sobre la recusación presentada contra los jueces Ana Lenz, Eva Ruiz y Karl Brandt.', '', 'Los abogados denunciaron también que Ana Lenz, quien preside el tribunal, interrogó a una de las acusadas.'].join('\n'))

  it('is not whom it was against ("la recusación presentada contra los jueces X y Y")', () => {
    expect(text(answerQuestion(recusal, '¿quiénes presentaron la recusación contra los jueces?', {lang: 'es', now}))).not.toMatch(/^Ana Lenz/)
  })
})

describe('a place the sentence joins to another by "and"', () => {
  it('is answered with it ("Tolón y Millenium")', () => {
    const stands = facts(['# Maratón de cartas en Ruritania', '', 'También puedes pasar por nuestros stands de los centros comerciales Strelsau y Tromsvik: allí podrás firmar una carta.'].join('\n'))
    expect(text(answerQuestion(stands, '¿dónde están los stands?', {lang: 'es', now}))).toMatch(/^Strelsau y Tromsvik\./)
  })
})

describe('the age of one the question describes', () => {
  const attack = facts(['# Ruritania: ataque contra Strelsau', '', 'Hoy, un ataque contra una zona civil de Strelsau ha matado a una niña de siete años y ha herido a otros doce.', '', 'Una mujer de 40 años y otra de 52 resultaron heridas.'].join('\n'))

  it('is the one age written beside the noun asked, in words or digits ("una niña de siete años")', () => {
    expect(text(answerQuestion(attack, '¿qué edad tenía la niña que murió?', {lang: 'es', now}))).toMatch(/^7 años/)
  })

  it('is not one of several ("¿qué edad tenía la mujer herida?")', () => {
    expect(answerQuestion(attack, '¿qué edad tenía la mujer herida?', {lang: 'es', now}).intent).toBe('out-of-scope')
  })
})

describe('the age of one named by a first name alone', () => {
  const release = facts(['# Ruritania: Marta sale en libertad', '', 'La Corte dispuso que Marta, que permanecía detenida, recuperara la libertad. Marta es una joven de 27 años a quien se condenó a 8 años de cárcel.', '', 'Harbourwatch celebró la decisión.'].join('\n'))

  it('is written in the clause after that name ("how old is marta", "¿qué edad tiene Marta?")', () => {
    expect(text(ask(release, 'how old is marta'))).toMatch(/^27/)
    expect(text(answerQuestion(release, '¿qué edad tiene Marta?', {lang: 'es', now}))).toMatch(/^27 años/)
  })

  it('is not said of anyone else ("how old is the judge")', () => {
    expect(ask(release, 'how old is the judge').intent).toBe('out-of-scope')
  })
})

describe('marrying', () => {
  const release = facts(['---', 'title: "Ruritania debe prohibir el matrimonio infantil"', 'language: es', '---', '', '# Ruritania debe prohibir el matrimonio infantil', '', 'Según datos del gobierno, más de 1.200 menores de 18 años contrajeron matrimonio en Strelsau entre 2000 y 2016.', '', 'Harbourwatch pide al Senado que apruebe la ley.'].join('\n'))

  it('is said by marriage ("¿cuántos menores se casaron en Strelsau?", "how many children got married in strelsau?")', () => {
    expect(text(answerQuestion(release, '¿cuántos menores se casaron en Strelsau?', {lang: 'es', now}))).toMatch(/^1\.200/)
    expect(text(ask(release, 'how many children got married in strelsau?'))).toMatch(/^1\.200/)
  })
})

describe('included or left out', () => {
  const ban = facts(['# Nordland ends offshore oil exploration', '', 'The government is scrapping its yearly offshore block offer.', '', '"It is disappointing that onshore Karvik, where communities live with fracking, has been left out of the ban," Eva Ruiz said.'].join('\n'))

  it('answers no to "included" of what a sentence says was left out ("is onshore karvik included in the ban?")', () => {
    expect(text(ask(ban, 'is onshore karvik included in the ban?'))).toMatch(/^No\./)
  })
})

describe('bail granted or denied', () => {
  const bail = facts(['Appeals Court Denies Bail for Harbourwatch Staffers Ana Lenz and Karl Brandt', 'Harbourwatch – Urgent appeal – 14 June 2016', 'The staffers have been held since 2 May 2016.'].join('\n'))

  it('answers no to "released on bail" of those bail was denied ("was karl brandt released on bail")', () => {
    expect(text(ask(bail, 'was karl brandt released on bail'))).toMatch(/^No\./)
    expect(text(ask(bail, 'were they granted bail?'))).toMatch(/^No\./)
  })
})

describe('where someone was held', () => {
  const arrest = facts(['# Activist detained outside the court in Strelsau', '', 'Ms. Ana Lenz, an activist from the Tromsvik community, was taken into custody in front of the court and held for a short time at the Karvik police station in Strelsau.'].join('\n'))

  it('is a police station too, named before its kind ("held … at the Karvik police station"), asked after what came before ("after her arrest")', () => {
    expect(text(ask(arrest, 'where was the activist held after her arrest'))).toMatch(/^Karvik\./)
  })
})

describe('support in Spanish', () => {
  const campaign = facts(['# Harbourwatch lanza su maratón de cartas en Ruritania', '', 'En esta ocasión, Harbourwatch respalda 12 casos de personas y comunidades.', '', 'La campaña contará con el respaldo de artistas como el grupo Strelsau Pop y la cantante Eva Ruiz.'].join('\n'))

  it('is backing, not funding, which releases seldom tell ("¿cuántos casos apoya?", "¿qué artistas apoyan la campaña?")', () => {
    expect(text(answerQuestion(campaign, '¿cuántos casos apoya Harbourwatch?', {lang: 'es', now}))).toMatch(/12 casos/)
    expect(text(answerQuestion(campaign, '¿qué artistas apoyan la campaña?', {lang: 'es', now}))).toMatch(/Eva Ruiz/)
  })
})

describe('a Spanish noun near a concept releases seldom tell', () => {
  const data = facts(['# Harbourwatch: 453 condenas por abusos en Ruritania', '', 'Según los datos que el Instituto Nacional de Estadística (INE) ha difundido hoy, durante 2018 fueron condenadas 453 personas en Ruritania.'].join('\n'))

  it('is its own word ("organismo"), no mistyped "organizó"', () => {
    expect(answerQuestion(data, '¿qué organismo difundió los datos?', {lang: 'es', now}).intent).not.toBe('out-of-scope')
  })
})

describe('a boat by the kind it is', () => {
  const rescue = facts(['# Rescue crew pulls 40 people from a sinking dinghy off Ruritania', '', 'The crew reached the dinghy at dawn. Among the people on the dinghy were a pregnant woman, several babies and children who had been at sea since the night before.'].join('\n'))

  it('is a boat ("were there kids on the boat?" — "on the dinghy")', () => {
    expect(text(ask(rescue, 'were there kids on the boat?'))).toMatch(/^Yes\./)
  })
})

describe('a body the answering sentence names by its letters', () => {
  const campaign = facts(['# Harbourwatch launches Pay Up campaign', '', 'The Coastal Rights Network (CRN) today starts a campaign urging every brand to pay into the fund.', '', 'CRN is calling on three brands to make contributions to the fund.'].join('\n'))

  it('is said by its name beside its letters ("CRN is calling on …" — "Coastal Rights Network (CRN)")', () => {
    expect(text(ask(campaign, 'who is calling on the brands to make contributions?'))).toMatch(/^Coastal Rights Network \(CRN\)/)
  })
})

describe('a delivery on a day the article places', () => {
  const handed = facts(['# Harbourwatch lleva a Brandt 237.000 firmas', 'Harbourwatch – 8 de marzo de 2017', '', 'Una delegación de Harbourwatch hizo llegar este miércoles al ministro del Interior, Karl Brandt, alrededor de 237.000 firmas para que Ruritania acoja a más refugiados.'].join('\n'))

  it('says the day inside the sentence ("… to Karl Brandt on Wednesday 8 March 2017"), in either language', () => {
    expect(text(ask(handed, 'when were the signatures delivered?'))).toMatch(/Karl Brandt on Wednesday 8 March 2017\./)
    expect(text(answerQuestion(handed, '¿a quién entregaron las firmas?', {lang: 'es', now}))).toMatch(/Karl Brandt \(ministro\) el miércoles 8 de marzo de 2017\./)
  })
})

describe('belonging to a body', () => {
  const linked = facts(['# Ruritania: defensor detenido', '', 'Un juez dictó auto de formal prisión contra Karl Brandt, defensor de derechos humanos.', '', '## ¿Quién es Karl Brandt?', '', '- Es originario de Strelsau.', '- Desde hace años está vinculado a la **Organización para la Defensa del Pueblo Tromsvik (ODPT)**, que busca mejores condiciones de vida.'].join('\n'))

  it('is what "pertenece" asks and "vinculado" tells, the kind word "organización" naming no body', () => {
    expect(text(answerQuestion(linked, '¿a qué organización pertenece Karl Brandt?', {lang: 'es', now}))).toMatch(/^Organización para la Defensa del Pueblo Tromsvik/)
  })
})

describe('a body\'s own staff quoted by a bare title', () => {
  const release = facts(['---', 'organisation: Harbour Rights Watch', '---', '', '# Ruritania: garment workers abused', '', '(Strelsau) – Workers are exposed to abuses because the government is not enforcing labour laws, Harbour Rights Watch said in a report released today.', '', '"The government has ignored its duty to protect workers," said Ana Lenz, Asia director. "It must act now."', '', 'Harbour Rights Watch spoke with more than 140 people.'].join('\n'))

  it('answers "who is HRW\'s Asia director?"', () => {
    expect(text(ask(release, "who is hrw's asia director"))).toMatch(/^Ana Lenz/)
  })
})

describe('a contraction typed without its apostrophe', () => {
  const regarded = facts(['# Ruritania: free Karl Brandt', '', 'Harbourwatch regards Karl Brandt as a prisoner of conscience, held purely for speaking out.'].join('\n'))

  it('is no word to look for ("does harbourwatch think hes a prisoner of conscience")', () => {
    expect(text(ask(regarded, 'does harbourwatch think hes a prisoner of conscience'))).toMatch(/^Yes\./)
  })
})

describe('someone else of the same first name', () => {
  const lunch = facts(['# Ruritania: stateless lunch', '', 'Karl Brandt, UK Director at Harbourwatch, will speak at the lunch.', '', 'Ana Lenz, director of the Coastal Rights Network, hosted it.', '', 'According to Lenz, it is in the country\'s own interest for Karl Moser to raise human rights openly with the president.'].join('\n'))

  it('is not the one the article names ("karl moser" is no Karl Brandt)', () => {
    expect(text(ask(lunch, 'what does lenz want karl moser to do'))).toMatch(/raise human rights/)
  })
})

describe('set free, said the Spanish ways', () => {
  const freed = facts(['# Ruritania: defensor liberado', '', 'El miércoles 6 de noviembre, a las 18:00, Karl Brandt y Ana Lenz viajaban en coche hacia Strelsau.', '', 'Karl Brandt recuperó la libertad en la madrugada del 7 de noviembre, después de pasar ocho horas en un lugar desconocido.'].join('\n'))

  it('is what "soltaron" asks ("recuperó la libertad")', () => {
    expect(text(answerQuestion(freed, '¿cuándo soltaron a Karl Brandt?', {lang: 'es', now}))).toMatch(/^7 de noviembre/)
  })
})

describe('the kind of place asked for', () => {
  const visit = facts(['# UN Working Group to visit Chile from 9 to 20 October', '', 'The Working Group will visit Chile from 9 to 20 October.', '', 'The Government of Chile invited the Working Group, and the visit will take its members to Strelsau, Tromsvik and Zenda.'].join('\n'))

  it('need not be written ("which cities will they visit?"), and is no country', () => {
    expect(text(ask(visit, 'which cities will they visit?'))).toMatch(/^Strelsau, Tromsvik and Zenda\./)
    expect(text(answerQuestion(visit, '¿qué ciudades van a visitar?', {lang: 'es', now}))).toMatch(/^Strelsau, Tromsvik y Zenda\./)
  })

  it('is no word to find in a state\'s sentence ("en qué estado asesinaron a Karl Brandt")', () => {
    const killed = facts(['# Ruritania: periodistas asesinados en 2023', '', 'Karl Brandt, de Harbour Prensa Digital, asesinado el 25 de septiembre en Zenda (noroeste).'].join('\n'))
    expect(text(answerQuestion(killed, 'en que estado asesinaron a karl brandt', {lang: 'es', now}))).toMatch(/^Zenda\./)
  })
})

describe('a count asked of a sentence that gives shares', () => {
  const poll = facts(['# Harbourwatch: women unsafe in Ruritania cities', '', 'Women in Strelsau, Tromsvik and Zenda were surveyed as well: 79 percent of women in Strelsau said they had faced harassment.', '', 'The charity commissioned a poll of 2,500 women aged 16 and over to coincide with the launch today.'].join('\n'))

  it('is no percentage ("how many women did they survey?" — "a poll of 2,500 women")', () => {
    expect(text(ask(poll, 'how many women did they survey'))).toMatch(/^2,500\./)
  })
})

describe('a name asked at the end', () => {
  const law = facts(['# Ruritania: NGO law adopted', '', 'On 14 March, the Grand Thing, Ruritania\'s parliament, voted by an overwhelming majority to adopt restrictive legislation on NGOs.'].join('\n'))

  it('is the name beside the thing ("what is ruritania\'s parliament called")', () => {
    expect(text(ask(law, "what is ruritania's parliament called"))).toMatch(/^Grand Thing\./)
  })
})

describe('"who …?" that the topics would only ask back about', () => {
  const acquitted = facts(['# Harbourwatch: la condena a seis defensores del río Tromsvik contradice las obligaciones de Ruritania', '', 'Harbourwatch manifestó su preocupación ante la sentencia del Tribunal de Zenda, que declaró culpables a seis de los ocho defensores del río.', '', 'Karl Brandt, representante de Harbourwatch, reiteró que los defensores realizan "una labor encomiable en favor de la democracia".', '', 'La Oficina pidió proteger a los defensores, tanto a los condenados como a los absueltos.', '', 'Los otros dos defensores, Ana Lenz y Eva Ruiz, fueron absueltos.'].join('\n'))

  it('is answered by the sentence that names them ("¿quiénes fueron absueltos?")', () => {
    const answer = answerQuestion(acquitted, '¿quiénes fueron absueltos?', {lang: 'es', now})
    expect(answer.intent).toBe('fact')
    expect(text(answer)).toMatch(/Ana Lenz y Eva Ruiz, fueron absueltos/)
  })
})

describe('what happened somewhere the article names', () => {
  const murders = facts(['# Ruritania: tercera mujer asesinada en 2025', '', 'El sindicato condena el asesinato de una mujer en Strelsau el pasado domingo.', '', 'En la región se trata de la tercera mujer asesinada en 2025, a la que hay que sumar el caso de violencia vicaria ocurrido en abril en Zenda.', '', 'El 12 de mayo el sindicato convocó concentraciones en Tromsvik.'].join('\n'))

  it('is the sentence that tells of it, not a choice of topics ("¿qué pasó en Zenda?")', () => {
    const answer = answerQuestion(murders, 'qué pasó en zenda', {lang: 'es', now})
    expect(answer.intent).toBe('fact')
    expect(text(answer)).toMatch(/violencia vicaria/)
  })
})

describe('a sentence that holds all a "who" asks and names someone the parser did not read', () => {
  const field = facts(['# Tromsvik oil field: court case dropped', '', 'Campaigners welcomed the ministry’s choice not to defend the approval of the Tromsvik field in court.', '', 'Zendoil, which has an 80% stake, and Strelsau Petroleum, which has a 20% stake, would develop the field.', '', 'The field lies 80 miles west of Zenda.'].join('\n'))

  it('is the answer, names and all ("who would develop the field")', () => {
    const answer = answerQuestion(field, 'who would develop the field', {lang: 'en', now})
    expect(answer.intent).toBe('fact')
    expect(text(answer)).toMatch(/Zendoil, which has an 80% stake, and Strelsau Petroleum/)
  })

  it('is no answer when it names no one the question does not ("who would develop the Tromsvik field")', () => {
    const named = facts(['# Tromsvik oil field: court case dropped', '', 'Campaigners welcomed the ministry’s choice not to defend the approval in court.', '', 'Some firms would develop the Tromsvik field.'].join('\n'))
    expect(answerQuestion(named, 'who would develop the Tromsvik field', {lang: 'en', now}).intent).toBe('out-of-scope')
  })
})

describe('words reported by a verb of speech', () => {
  it('are what someone said, whatever the verb ("repeated the call", "puso de relieve que …")', () => {
    const english = facts(['# Ruritania: law must be dropped', '', 'The bill would ban any talk of the sea in Ruritania.', '', 'Ana Lenz, Executive Director of Harbourwatch, repeated the organisation’s call on the members of parliament to "immediately abandon" the bill.'].join('\n'))
    const said = answerQuestion(english, 'what did ana lenz say', {lang: 'en', now})
    expect(said.intent).toBe('fact')
    expect(text(said)).toMatch(/repeated the organisation’s call/)
    const spanish = facts(['# Ruritania: foro de pueblos indígenas', '', 'El foro reunió a 300 delegados en Strelsau.', '', 'En su intervención, Karl Brandt, presidente del Consejo de Tromsvik, puso de relieve que sin participación no es posible la democracia.'].join('\n'))
    expect(text(answerQuestion(spanish, '¿qué dijo Karl Brandt?', {lang: 'es', now}))).toMatch(/puso de relieve que sin participación/)
  })
})

describe('the other side of a country', () => {
  it('says no to a question that names the opposite side ("in eastern Ruritania?" — "In western Ruritania, …")', () => {
    const forest = facts(['# Ruritania: forest reserve at risk', '', 'In western Ruritania, more than 930 hectares of ancestral land could lose their protected status.', '', 'The community has lived on the land for generations.'].join('\n'))
    expect(text(answerQuestion(forest, 'is this happening in eastern ruritania?', {lang: 'en', now}))).toMatch(/^No\.\s[^]*western Ruritania/)
    expect(text(answerQuestion(forest, '¿esto pasa en el norte de ruritania?', {lang: 'es', now}))).not.toMatch(/^No\./)
  })
})

describe('a month shortened before its day', () => {
  it('is that month ("is the rally on sunday sept 1?" — "When: Monday, September 2, 2024")', () => {
    const rally = facts(['# Harbourwatch Labour Day rally in Strelsau', '', 'Harbourwatch members will march through Strelsau for fair pay.', '', 'When: Monday, September 2, 2024', '', 'Where: Zenda Square, Strelsau'].join('\n'))
    expect(text(answerQuestion(rally, 'is the rally on sunday sept 1?', {lang: 'en', now}))).toMatch(/^No\.\s[^]*September 2, 2024/)
  })
})

describe('what a body asks of others, when the topics would tell a day of the timeline', () => {
  it('is the sentence that asks it ("what is harbourwatch asking the authorities to do?")', () => {
    const detained = facts(['# Ruritania: journalist Ana Lenz held for a week', '', 'Strelsau, 10 November 2010 – Harbourwatch said today that the Ruritanian authorities should free the journalist Ana Lenz.', '', 'Police arrested Lenz in Zenda on 3 November 2010.', '', 'A court in Strelsau extended her detention on 8 November 2010.', '', 'Harbourwatch urges the Ruritanian authorities to drop every charge against Lenz and let her go home.'].join('\n'))
    const answer = answerQuestion(detained, 'what is harbourwatch asking the ruritanian authorities to do?', {lang: 'en', now})
    expect(answer.intent).toBe('fact')
    expect(text(answer)).toMatch(/drop every charge|should free the journalist/)
  })
})

describe('the body a release speaks for, asked who put it out', () => {
  it('is the one that speaks in it, not the one it names most ("HWN urges the Ruritanian Electoral Commission …")', () => {
    const statement = facts(['# HWN election day statement', '', 'HWN observers report that the Ruritanian Electoral Commission (REC) opened only half of the polling stations on time.', '', 'In Strelsau the Ruritanian Electoral Commission had not delivered ballot papers by noon.', '', 'HWN urges the Ruritanian Electoral Commission to act without delay.', '', 'The Ruritanian Electoral Commission has not replied.', '', 'HWN has received 150 reports from its observers.'].join('\n'))
    expect(text(answerQuestion(statement, 'who put this out?', {lang: 'en', now}))).toBe('The article was published by HWN.')
  })
})

describe('where a release is from', () => {
  it('is the city its dateline writes in capitals before a colon ("STRELSAU: …"), not a country, nor a label', () => {
    const agency = facts(['# Harbourwatch urges the government to protect fishers', '', 'Tromsvik Times Report', '', 'STRELSAU: Harbourwatch has called on the government to make sure that fishers can work safely.', '', 'The association says the law sets this out plainly.'].join('\n'))
    expect(text(answerQuestion(agency, 'where is this from', {lang: 'en', now}))).toMatch(/^Strelsau\./)
    const country = facts(['# Harbourwatch urges the government to protect fishers', '', 'MEXICO: Harbourwatch has called on the government to make sure that fishers can work safely.', '', 'The association says the law sets this out plainly.'].join('\n'))
    expect(text(answerQuestion(country, 'where is this from', {lang: 'en', now}))).not.toMatch(/^Mexico\./)
    const label = facts(['# Harbourwatch urges the government to protect fishers', '', 'BACKGROUND: Harbourwatch has called on the government to make sure that fishers can work safely.'].join('\n'))
    expect(text(answerQuestion(label, 'where is this from', {lang: 'en', now}))).not.toMatch(/^Background\./)
  })
})

describe('who signed this statement', () => {
  it('is the name that closes it above a title and a date ("Eva Ruiz / General Secretary / 29 June 2023")', () => {
    const statement = facts(['# Ruritania: union leader killed', '', 'The Tromsvik Workers Initiative condemns the killing of a union leader in Zenda.', '', 'We call for those responsible to be brought to justice.', '', 'In the struggle, together with you!', '', 'Eva Ruiz', '', 'General Secretary', '', '29 June 2023'].join('\n'))
    expect(text(answerQuestion(statement, 'who signed this statement', {lang: 'en', now}))).toMatch(/^Eva Ruiz/)
  })
})

describe('what a body says, in a sentence that reports it with a pronoun', () => {
  it('is that sentence, when the one before names the body ("The first step, it says, is …")', () => {
    const mission = facts(['# Ruritania: police reform cannot wait, says Coastal Rights Network', '', 'A Coastal Rights Network delegation led by Ana Lenz visited Strelsau and Zenda in May.', '', '"People in the poorer districts live in fear of the police," said Ana Lenz.', '', "In the Coastal Rights Network's view, a deep reform of policing in Ruritania is critical. The first step, it says, is to set up an independent oversight board for the police."].join('\n'))
    expect(text(answerQuestion(mission, 'What does the Coastal Rights Network say should be the first step in reforming the police?', {lang: 'en', now}))).toMatch(/independent oversight board/)
  })
})

describe('a count asked with letters in capitals before the thing counted', () => {
  it('counts that thing ("how many UN member states haven\'t ratified it?")', () => {
    const treaty = facts(['# Ruritania: thirty years of the Strelsau Convention', '', 'Harbourwatch marks thirty years of the Strelsau Convention against forced labour.', '', 'Since 1994, 120 states have ratified the Convention.', '', 'Another 40 UN member states have not ratified the Convention, though the ban binds them too.'].join('\n'))
    expect(text(answerQuestion(treaty, 'how many UN member states havent ratified the convention', {lang: 'en', now}))).toMatch(/^40\./)
  })
})

describe('a year written alone', () => {
  it('answers which year, not when in the year ("2023 was the hottest year"; "Harbourwatch Day 2015 approaches")', () => {
    const heat = facts(['# Harbourwatch Day 2015 approaches', '', '2023 was the hottest year ever recorded in Strelsau.', '', 'Harbourwatch will mark the day with a march in Zenda.'].join('\n'))
    expect(text(answerQuestion(heat, 'which year was the hottest on record', {lang: 'en', now}))).toMatch(/^2023\./)
    expect(text(answerQuestion(heat, 'when is harbourwatch day', {lang: 'en', now}))).not.toMatch(/^2015\./)
  })
})

describe('which companies, asked of names no registry knows', () => {
  const survey = facts(['# Ruritania: builders answer on workers’ pay', '', 'Harbourwatch wrote to 40 building firms working in Strelsau.', '', 'Only three of the companies that replied, Brakmo Group, Teller Bau and Vossin Builders, set out concrete measures.', '', 'In May, workers protested at a training centre in Zenda run by a major Ruritanian company, accusing it of abuses.'].join('\n'))
  it('are the names in capitals beside the kind the sentence writes ("the companies that replied, Brakmo, …")', () => {
    expect(text(answerQuestion(survey, 'which companies set out concrete measures?', {lang: 'en', now}))).toMatch(/Brakmo Group, Teller Bau and Vossin Builders/)
  })
  it('are not a people’s adjective beside it ("a major Ruritanian company")', () => {
    expect(answerQuestion(survey, 'which company ran the training centre in zenda', {lang: 'en', now}).intent).toBe('out-of-scope')
  })
})

describe('how many more', () => {
  const evictions = facts(['# Ruritania: evictions go on in Strelsau', '', 'Harbourwatch first wrote to the Strelsau authorities on 11 August 2021.', '', 'Since the first letter, Harbourwatch has recorded 18 further evictions.', '', '- There are 17 camps still standing.', '- Another 29 have been approved for clearance by the city council.'].join('\n'))
  it('counts what comes after "more" ("how many more evictions" — "18 further evictions")', () => {
    expect(text(answerQuestion(evictions, 'how many more evictions have they documented since the first letter', {lang: 'en', now}))).toMatch(/^18\./)
  })
  it('counts by the verb what the sentence leaves unnamed ("how many more camps have been approved" — "Another 29 have been approved")', () => {
    expect(text(answerQuestion(evictions, 'how many more camps have been approved for clearance?', {lang: 'en', now}))).toMatch(/^29\./)
  })
})

describe('a day of the week opening a dateline', () => {
  it('is no place ("Martes, 26 de junio de 2018" does not answer "¿dónde ha habido protestas?")', () => {
    const release = facts(['# Ruritania: familias separadas en la frontera', '', 'Martes, 26 de junio de 2018', '', 'Es lo que les espera a las familias después de haber escapado del peligro.', '', 'Harbourwatch pide que se reúna a las familias.'].join('\n'))
    expect(text(answerQuestion(release, '¿dónde ha habido protestas?', {lang: 'es', now}))).not.toMatch(/^Martes/)
  })
})

describe('a count bounded in time', () => {
  const deaths = facts(['# Ruritania: another death in detention', '', 'A man held at Zenda detention centre died on Tuesday.', '', 'His death is the 28th death in detention since 2000.', '', 'Four people have died in Ruritanian detention centres so far this year.', '', 'No other year saw as many murders of reporters as 2016, with 11 cases. Under the last government 30 journalists were killed.'].join('\n'))
  it('is the rank of the last one since a time ("the 28th death in detention since 2000")', () => {
    expect(text(answerQuestion(deaths, 'how many deaths in detention have there been since 2000', {lang: 'en', now}))).toMatch(/^28\./)
  })
  it('is not a figure of a sentence that does not write the year asked ("how many journalists were killed in 2016")', () => {
    expect(text(answerQuestion(deaths, 'how many journalists were killed in 2016', {lang: 'en', now}))).not.toMatch(/^30\./)
  })
})

describe('a Spanish past that changes its root', () => {
  it('meets the verb\'s other forms ("retuvieron" / "retenidos", "detuvo" / "detener", "dijeron" / "decir")', () => {
    expect(termOf('retuvieron', 'es')).toBe(termOf('retenidos', 'es'))
    expect(termOf('detuvo', 'es')).toBe(termOf('detener', 'es'))
    expect(termOf('impusieron', 'es')).toBe(termOf('imponer', 'es'))
  })
})

describe('who detained someone', () => {
  it('is who the sentence says detained them, not the one detained ("¿quién la detuvo?" — "agentes de la Policía Municipal … detuvieron a Ana Lenz")', () => {
    const detained = facts(['# Ruritania: detenida una defensora', '', 'La Red de Defensores de Ruritania denuncia la detención de Ana Lenz.', '', 'Según la información recibida, el 8 de noviembre de 2007 agentes de la Policía Municipal de Strelsau detuvieron a Ana Lenz cuando salía de una reunión.'].join('\n'))
    expect(text(answerQuestion(detained, '¿quién la detuvo?', {lang: 'es', now}))).toMatch(/^Policía Municipal de Strelsau\./)
  })
})

describe('a Spanish question that leaves out what happened', () => {
  it('asks about the story told ("¿cuándo pasó?")', () => {
    const held = facts(['# Ruritania: líderes retenidos en la carretera', '', 'La Red de Defensores de Ruritania rechazó lo sucedido en la madrugada del sábado 23 de agosto de 2025 en la carretera de Zenda.', '', 'Un grupo de hombres armados detuvo tres vehículos en los que viajaban líderes de la comunidad.'].join('\n'))
    const answer = answerQuestion(held, 'cuando paso', {lang: 'es', now})
    expect(answer.intent).not.toBe('out-of-scope')
    expect(text(answer)).toMatch(/23 de agosto/)
  })
})

describe('the Middle East asked in Spanish', () => {
  it('meets "Oriente Medio" ("¿quién es la directora para Oriente Medio y Norte de África?")', () => {
    const release = facts(['# Ruritania: migrant workers still trapped', '', 'Ana Lenz, Harbourwatch International\'s Middle East and North Africa Director, said the new law changed nothing for migrant workers.', '', 'Harbourwatch International has documented abuses in Zenda since 2019.'].join('\n'))
    expect(text(answerQuestion(release, 'quien es la directora de harbourwatch para oriente medio y norte de africa', {lang: 'es', now}))).toMatch(/^Ana Lenz/)
  })
})

describe('a yes/no question about what a body demands', () => {
  it('is settled by the sentence that makes the demand ("¿Harbourwatch reclama que los liberen?" — "Harbourwatch pide … que los libere")', () => {
    const detained = facts(['# Ruritania: cuatro estudiantes detenidos en Zenda', '', 'Cuatro estudiantes fueron detenidos el lunes en Zenda.', '', 'Ante esta situación, Harbourwatch pide al Estado de Ruritania que garantice su seguridad y que los libere sin condiciones.'].join('\n'))
    expect(text(answerQuestion(detained, '¿Harbourwatch reclama que los liberen sin condiciones?', {lang: 'es', now}))).toMatch(/^Sí\./)
  })
})

describe('whom to contact, named by a first name the registry does not hold', () => {
  it('is the name after "contact", with the number to call ("contact Heather (+447828 505 758)")', () => {
    const release = facts(['# Ruritania: defenders killed in record numbers', '', 'Harbourwatch counted 212 killings of land defenders last year.', '', '**Media:** for interviews with activists and for field visits, contact Heather (+447828 505 758).'].join('\n'))
    expect(text(answerQuestion(release, 'who do i contact for interviews with the activists?', {lang: 'en', now}))).toMatch(/^Heather\./)
  })
})

describe('an age written as what someone is', () => {
  it('is their age ("Karl Brandt, who also goes by Kalle Brandt, is 62 and served in the army")', () => {
    const trial = facts(['# Ruritania: blogger on trial', '', 'Karl Brandt will stand trial in Strelsau on Monday.', '', 'Karl Brandt, who also goes by Kalle Brandt, is 62 and served in the army.'].join('\n'))
    expect(text(answerQuestion(trial, 'how old is karl brandt', {lang: 'en', now}))).toMatch(/^62 years old\./)
  })
})

describe('everyday phrasings of what a release tells', () => {
  const release = facts(['# Ruritania: aid and arrests', '', 'From October to December 2004, Harbourwatch handed out 50,700 tonnes of wheat across 82 villages.', '', 'Karl Brandt, a journalist, has been behind bars since 11 September 2019.', '', 'The law was published in the gazette on 11 April 2025.'].join('\n'))
  it('reads "distributed" as handed out and "gaceta" as gazette', () => {
    expect(text(answerQuestion(release, 'when was the wheat distributed?', {lang: 'en', now}))).toMatch(/^October to December 2004\./)
    expect(text(answerQuestion(release, '¿cuándo se publicó la ley en la gaceta oficial?', {lang: 'es', now}))).toMatch(/11 de abril de 2025/)
  })
})

describe('a yes/no question that names what the article names otherwise', () => {
  it('is answered no by a name in capitals the parser knows no kind of ("handed in at the Treasury?" — "on the steps of Vell Street")', () => {
    const petition = facts(['# Ruritania: nurses hand in pay petition', '', 'Five nurses gathered on the steps of Vell Street at 6pm and delivered the petition on the union’s behalf.'].join('\n'))
    expect(text(answerQuestion(petition, 'was the petition handed in at the Treasury?', {lang: 'en', now}))).toMatch(/^No\./)
  })
  it('is not set against a name written after "también" that speaks of something else', () => {
    const blocks = facts(['# Ruritania: webs bloqueadas', '', 'Eva Ruiz añadió que, en general, las órdenes de bloqueo proceden de la Comisión Nacional de Redes (Conared), un organismo que supervisa cuestiones técnicas, pero también contenidos.'].join('\n'))
    expect(text(answerQuestion(blocks, '¿los bloqueos los ordena Ruritel?', {lang: 'es', now}))).toMatch(/^No\./)
  })
})

describe('where something took place, and how long it lasts in words', () => {
  it('reads "held" in "where was the AGM held" as the frame of where', () => {
    const protest = facts(
      [
        '# Ruritania: shipyard workers lobby shareholders',
        '',
        'More than 500 workers demonstrated across the road from the Harbourwatch Shipping AGM in Strelsau.',
        '',
        'Union reps were turned away from the AGM, where they had wanted to put questions to the chief executive.',
        '',
        'The protesters were chanting outside the AGM for more than an hour.',
        '',
        'The vote on the closure was held last year.'
      ].join('\n')
    )
    expect(text(answerQuestion(protest, 'where was the agm held', {lang: 'en', now}))).toMatch(/Strelsau/)
  })
  it('gives a span of days written in words ("dieciséis días")', () => {
    const visit = facts(['# Ruritania recibirá a dos relatores', '', 'A lo largo de los dieciséis días de visita, ambos expertos recorrerán Strelsau y Zenda.'].join('\n'))
    expect(text(answerQuestion(visit, 'cuanto dura la visita', {lang: 'es', now}))).toMatch(/^Dieciséis días\./)
  })
})

describe('who someone is, asked with light verbs', () => {
  it('names the one the sentence gives though it lacks "tuvo" and "ir" ("quién es el camarógrafo que se tuvo que ir del país")', () => {
    const exile = facts(['# Ruritania: un camarógrafo huye tras amenazas', '', 'Karl Brandt, camarógrafo de noticias de Canal Zenda, escapó a Strelsau junto con su familia el 16 de noviembre, después de recibir una amenaza de muerte.'].join('\n'))
    expect(text(answerQuestion(exile, 'quien es el camarografo q se tuvo que ir del pais', {lang: 'es', now}))).toMatch(/^Karl Brandt/)
  })
})

describe('a negation that denies nothing asked', () => {
  it('is not one in what someone is said to say after the words asked ("Cáritas Zenda sostuvo que la seguridad no se logra …")', () => {
    const church = facts(['# Ruritania: operativo policial en Zenda', '', 'En su condición de organización de la Iglesia Católica, Cáritas Zenda sostuvo que la seguridad no se logra a base de armas.'].join('\n'))
    expect(text(answerQuestion(church, 'caritas zenda es de la iglesia catolica?', {lang: 'es', now}))).toMatch(/^Sí\./)
  })
  it('is not a kind ("otros grupos no estatales")', () => {
    const manifesto = facts(['# Manifiesto de la Red Costera', '', 'Denunciamos la impunidad absoluta de los Estados y de otros grupos no estatales que recurren a la violencia sexual en los conflictos.'].join('\n'))
    expect(text(answerQuestion(manifesto, '¿denuncian la impunidad de los estados?', {lang: 'es', now}))).toMatch(/^Sí\./)
  })
})

describe('a yes/no question that states a day, answered with the opposite', () => {
  it('is no when the sentence holds the day and the opposite word ("acquitted in March?" — "convicted in March")', () => {
    const trial = facts(['# Ruritania: opposition leader jailed', '', 'Karl Brandt, the former mayor of Zenda, was convicted in March and handed a 27-year sentence.'].join('\n'))
    expect(text(answerQuestion(trial, 'Was Karl Brandt acquitted in March?', {lang: 'en', now}))).toMatch(/^No\./)
  })
})

describe('the body a headline opens with', () => {
  it('is the publisher when it is named by its letters alone ("ZRN joins 200 groups …")', () => {
    const release = facts(['# ZRN joins 200 groups demanding an end to arms sales to Ruritania', '', 'More than 200 civil society organisations are urging the governments that sell arms to Ruritania to stop at once.', '', 'The groups say the arms have been used against civilians in Zenda.'].join('\n'))
    expect(text(answerQuestion(release, "who's behind this release?", {lang: 'en', now}))).toMatch(/published by ZRN/)
  })
})

describe('a work released, its letters and "which" between', () => {
  it('reads "the Coastal Hunger Index (CHI), which was released today" as published', () => {
    const release = facts(['---', 'published: 2023-10-12', '---', '', '# Hunger stalls in Ruritania, says index', '', 'Several crises are holding back efforts to reduce hunger, according to the 2023 Coastal Hunger Index (CHI), which was released today.', '', 'The index finds that 43 districts have hunger at serious levels.'].join('\n'))
    expect(text(answerQuestion(release, 'when was the index published?', {lang: 'en', now}))).toMatch(/12 October 2023/)
  })
})

describe('a dateline with a plain hyphen', () => {
  it('gives the city before its region in letters ("Washington, D.C. - La Red Costera …")', () => {
    const release = facts(['# La Red Costera, preocupada por los ataques en Ruritania', '', '20 de enero de 2011', '', 'Washington, D.C. - La Red Costera ve con profunda inquietud los ataques que sufren los pescadores de Zenda.'].join('\n'))
    expect(text(answerQuestion(release, '¿desde qué ciudad se emitió?', {lang: 'es', now}))).toMatch(/^Washington\./)
  })
})

describe('phrasal verbs of coming and protesting', () => {
  it('reads "turned up" as attended ("how many workers turned up to protest" — "over 500 employees joined a lobby, protesting")', () => {
    const lobby = facts(['# Shipyard workers lobby Harbourwatch shareholders', '', 'By the unions’ estimate, over 500 Harbourwatch employees joined a loud mass lobby of the company’s shareholders on Wednesday, protesting against plans to shut their yard in Zenda.', '', 'Union reps and rank-and-file workers were turned away from the meeting in Strelsau.'].join('\n'))
    expect(text(answerQuestion(lobby, 'how many workers turned up to protest', {lang: 'en', now}))).toMatch(/500/)
  })
})

describe('a yes the sentence gives in other words', () => {
  it('reads an acronym as the name it stands for ("party to the ICCPR?" — "the International Covenant on Civil and Political Rights")', () => {
    const arrests = facts(['# Ruritania arrests seven fishers', '', 'Karl Brandt pointed out that Ruritania is a party to the International Covenant on Civil and Political Rights, a treaty that protects the freedom of assembly.'].join('\n'))
    expect(text(answerQuestion(arrests, 'is ruritania a party to the ICCPR?', {lang: 'en', now}))).toMatch(/^Yes\./)
  })
  it('is not denied by "not only … but also"', () => {
    const closure = facts(['# Ruritania to close Zenda camp', '', 'In Eva Ruiz’s view, the decision not only breaches international law but also places refugees at risk.'].join('\n'))
    expect(text(answerQuestion(closure, 'does eva ruiz think the decision breaches international law?', {lang: 'en', now}))).toMatch(/^Yes\./)
  })
})

describe('which countries, when the best sentence names only a region', () => {
  it('measures the others by the first sentence that names a country ("… in East Africa" — "wide areas of Kenya … have been hit")', () => {
    const appeal = facts(
      [
        '# Ruritanian aid charities open joint appeal for East Africa',
        '',
        'STRELSAU (AFP) — A group of Ruritanian aid agencies has started a shared fundraising appeal aimed at reaching more than 10 million people in East Africa hit by the worst drought in 60 years.',
        '',
        'According to the Harbourwatch Emergency Committee (HEC), wide areas of Kenya, Somalia and Ethiopia have been hit, and its appeal will also cover South Sudan.',
        '',
        'The drought has killed livestock across the region.',
        '',
        'Farmers say the drought is the worst they remember.'
      ].join('\n')
    )
    expect(text(answerQuestion(appeal, 'which countries r hit by the drought', {lang: 'en', now}))).toMatch(/^Kenya, Somalia, Ethiopia/)
  })
})

describe('a place typed in lower case that the article names', () => {
  it('is stated, and set against the places the sentence gives ("has the tour been to zenda?" — "has already stopped in Strelsau and Tromsvik")', () => {
    const tour = facts(['# Harbourwatch film tour reaches its last towns', '', 'The tour has already stopped in Strelsau and Tromsvik.', '', 'Tickets for the screening on 23 April are sold at the Harbour cafe in Zenda.'].join('\n'))
    expect(text(answerQuestion(tour, 'has the tour already been to zenda?', {lang: 'en', now}))).toMatch(/^No\./)
  })
})

describe('who launched this appeal', () => {
  it('is the body that put the release out; who launched "the" campaign may be a person', () => {
    const appeal = facts(['# Harbourwatch opens a joint appeal for Ruritania', '', 'Harbourwatch International on Friday launched an appeal to help 10,000 families in Zenda.', '', 'Harbourwatch International said the money would buy food and shelter.', '', 'Harbourwatch International will report on the appeal in May.'].join('\n'))
    expect(text(answerQuestion(appeal, 'who launched this appeal', {lang: 'en', now}))).toMatch(/published by Harbourwatch International/)
    expect(text(answerQuestion(appeal, '¿quién lanzó este llamamiento?', {lang: 'es', now}))).toMatch(/publicó Harbourwatch International/)
  })
})

describe('a concept the genre seldom tells, in an article that tells it in a word the glossary holds the same', () => {
  it('is told in other words ("court" tells of "juicio", "convocan" of "organised", "financiación" of "money", "fondos" of "funds")', () => {
    const ruling = facts(['# Strelsau court upholds sentence of Ana Lenz', '', 'STRELSAU, 3 March 2024 – The Zenda Court of Appeal on Monday upheld the six-year sentence handed to the journalist Ana Lenz.'].join('\n'))
    expect(indexFacts(ruling).conceptsInOtherWords).toContain('juicio')
    const march = facts(['# Marcha en Strelsau', '', 'Convocan la marcha el sindicato de Zenda y Harbourwatch, que pide financiación para las familias.'].join('\n'))
    expect(indexFacts(march).conceptsInOtherWords).toContain('organizo')
    expect(indexFacts(march).conceptsInOtherWords).toContain('money')
    const appeal = facts(['# Harbourwatch pide fondos para Zenda', '', 'Harbourwatch recaudó fondos para las familias de Zenda.'].join('\n'))
    expect(indexFacts(appeal).conceptsInOtherWords).toContain('funds')
  })

  it('but how someone answered, and who was killed, are told only in those words ("responder a la crisis" tells no one\'s reply)', () => {
    const letter = facts(['# Harbourwatch escribe al Gobierno de Ruritania por las inundaciones', '', 'Harbourwatch envió el lunes una carta al Gobierno de Ruritania sobre las inundaciones de Zenda.', '', 'La organización pide al Gobierno reaccionar y responder a la crisis con ayuda para las familias.'].join('\n'))
    expect(indexFacts(letter).conceptsInOtherWords).not.toContain('respondio')
    expect(answerQuestion(letter, '¿qué respondió el gobierno a la carta de Harbourwatch?', {lang: 'es', now}).status).not.toBe('answered')
    // Nor does a count of "deaths" at protests say who killed.
    const protests = facts(['# Ruritania: protests and deaths in Zenda', '', 'Harbourwatch documented the deaths of 12 protesters in Zenda in January.'].join('\n'))
    expect(indexFacts(protests).conceptsInOtherWords).not.toContain('killed')
  })
})
