import {describe, expect, it} from 'vitest'
import {extractFacts} from '../src/index.js'
import {findDates, inferYear, resolveDate, type DateAnchor} from '../src/util/dates.js'

const now = new Date('2026-11-29T00:00:00Z')
const known = (published: string): DateAnchor => ({published, publishedKnown: true, now})
const resolve = (sentence: string, anchor: DateAnchor) => findDates(sentence).map((mention) => resolveDate(mention, anchor).date)

describe('finding dates', () => {
  it('finds English and Spanish formats with their exact text', () => {
    const texts = (sentence: string) => findDates(sentence).map((mention) => mention.text)
    expect(texts('On Thursday 25 May, they meet.')).toEqual(['Thursday 25 May'])
    expect(texts('It was published on May 25, 2023 and again on 3 March.')).toEqual(['May 25, 2023', '3 March'])
    expect(texts('Research in January and February, then last December and this week.')).toEqual(['January and February', 'last December', 'this week'])
    expect(texts('El jueves 25 de mayo de 2023 y el pasado diciembre, en febrero y esta semana.')).toEqual(['jueves 25 de mayo de 2023', 'el pasado diciembre', 'febrero', 'esta semana'])
  })

  it('finds a month shortened without its point when a day follows ("Oct 5, 2016"), not a name ("Jan Egeland")', () => {
    const texts = (sentence: string) => findDates(sentence).map((mention) => mention.text)
    expect(texts('NEW YORK — Oct 5, 2016')).toEqual(['Oct 5, 2016'])
    expect(texts('Jan Egeland spoke on Sept 3.')).toEqual(['Sept 3'])
  })

  it('dates the release by a dateline that gives the country and the agency in brackets and ends in a full stop', () => {
    const {facts} = extractFacts(['# El desplazamiento rebasa los 50 millones', '', '**Strelsau (Ruritania), 20 de junio de 2014 (Harbourwatch).** Según el informe que ha dado a conocer Harbourwatch, la suma de desplazados ha pasado de los 50 millones.'].join('\n'), {path: 'bracketed-dateline.md', now})
    expect(facts?.article).toMatchObject({published: '2014-06-20'})
  })

  it('dates the release by the date alone on the last line of its signature', () => {
    const {facts} = extractFacts(['Killing trade unionists must stop', '', 'Harbourwatch condemns the killing of Karl Brandt on 25 June 2023 in Strelsau.', '', 'Ana Lenz', 'General Secretary', '', '29 June 2023'].join('\n'), {path: 'signed.txt', now})
    expect(facts?.article).toMatchObject({published: '2023-06-29'})
  })

  it('dates the release by a dateline in capitals and a dash ("NEW YORK — Oct 5, 2016"), which names no publisher', () => {
    const {facts} = extractFacts(['# Press conference on the council', '', '**STRELSAU — Oct 5, 2016**', '', 'Tomorrow, Harbourwatch will hold a press conference.'].join('\n'), {path: 'caps-dateline.md', now})
    expect(facts?.article).toMatchObject({published: '2016-10-05'})
    expect(facts?.article.publisher).toBeUndefined()
    expect(facts?.organisations.map((organisation) => organisation.name)).not.toContain('STRELSAU')
  })

  it('finds a weekday standing for a day, not one in a name', () => {
    const texts = (sentence: string) => findDates(sentence).map((mention) => mention.text)
    expect(texts('She was arrested on Friday and freed last Tuesday; the Sunday Times reported it.')).toEqual(['Friday', 'last Tuesday'])
    expect(texts('Fue detenida el viernes anterior y el pasado lunes; lo dijo el domingo.')).toEqual(['viernes anterior', 'pasado lunes', 'domingo'])
    expect(texts('Sunday was quiet.')).toEqual([])
  })

  it('reads "el próximo domingo 14 de mayo" as one day, not a weekday and a month', () => {
    expect(findDates('La marcha será en Strelsau el próximo domingo 14 de mayo.').map(({kind, day, month}) => ({kind, day, month}))).toEqual([{kind: 'day', day: 14, month: 5}])
  })

  it('finds an ISO date, as bylines write it, and no other run of digits', () => {
    expect(findDates('Harbourwatch – Acción urgente – 2019-10-22').map((mention) => [mention.text, mention.year, mention.month, mention.day])).toEqual([['2019-10-22', 2019, 10, 22]])
    expect(findDates('Call 2019-10-223 or file 12019-10-22.')).toEqual([])
  })

  it('finds a date written in figures, day first unless the day could be nothing else, and no phone number or ratio', () => {
    const read = (text: string) => findDates(text).map((mention) => [mention.text, mention.year, mention.month, mention.day])
    expect(read('Madrid, 26/01/2016.- La campaña arranca.')).toEqual([['26/01/2016', 2016, 1, 26]])
    expect(read('Press release - 14-02-2013 - 12:52')).toEqual([['14-02-2013', 2013, 2, 14]])
    expect(read('Boston, 10/13/2016')).toEqual([['10/13/2016', 2016, 10, 13]])
    expect(read('Call 01/02/20160 or 3/4 of them, 12.5.2')).toEqual([])
  })

  it('finds a year alone after the words that date with it ("dates back to 1983", "desde el año 2010"), not a count ("in 1500 homes")', () => {
    const texts = (sentence: string) => findDates(sentence).map((mention) => mention.text)
    expect(texts('Its work in Ruritania dates back to 1983.')).toEqual(['1983'])
    expect(texts('Trabaja en el país desde el año 2010.')).toEqual(['2010'])
    expect(texts('Floods hit in 1500 homes.')).toEqual([])
  })

  it('finds a day the world keeps by its name, as that day of the year ("on World Food Day", "el Día Internacional de la Mujer"), not a body', () => {
    expect(findDates('The report was released on World Food Day. Every day counts.').map((mention) => [mention.text, mention.month, mention.day])).toEqual([['World Food Day', 10, 16]])
    expect(findDates('Marcharon en el Día Internacional de la Mujer.').map((mention) => [mention.text, mention.month, mention.day])).toEqual([['Día Internacional de la Mujer', 3, 8]])
    const {facts} = extractFacts(['Marcha', 'Marcharon en el Día Internacional de la Mujer en Strelsau.'].join('\n'), {path: 'observance.txt', now})
    expect(facts?.organisations).toEqual([])
  })

  it('does not take words for months', () => {
    expect(findDates('People may march in protest. The march was large.')).toEqual([])
  })
})

describe('resolving dates', () => {
  it('pins explicit dates as certain', () => {
    expect(resolve('on 25 May 2023', known('2024-01-01'))[0]).toMatchObject({iso: '2023-05-25', resolution: 'explicit', certainty: 'certain'})
  })

  it('takes the year from the publication date for day and month', () => {
    expect(resolve('on 3 March', known('2023-05-22'))[0]).toMatchObject({iso: '2023-03-03', resolution: 'published-year'})
    // Near a year boundary, the nearest date wins.
    expect(resolve('on 28 December', known('2024-01-05'))[0]).toMatchObject({iso: '2023-12-28'})
  })

  it('resolves relative phrases against the publication date', () => {
    const [lastDecember, thisWeek, february] = resolve('last December, this week, in February', known('2023-05-24'))
    expect(lastDecember).toMatchObject({iso: '2022-12', precision: 'month', resolution: 'relative', certainty: 'certain'})
    expect(thisWeek).toMatchObject({range: {start: '2023-05-22', end: '2023-05-28'}, precision: 'week'})
    expect(february).toMatchObject({iso: '2023-02', precision: 'month'})
  })

  it('pins a weekday alone to the nearest one on the side the tense says', () => {
    // Tuesday 13 February 2024.
    const published = known('2024-02-13')
    expect(resolve('She was detained on Friday.', published)[0]).toMatchObject({iso: '2024-02-09', precision: 'day', resolution: 'relative', certainty: 'likely'})
    expect(resolve('The minister will meet them on Friday.', published)[0]).toMatchObject({iso: '2024-02-16'})
    expect(resolve('Lanzó la acción este martes.', published)[0]).toMatchObject({iso: '2024-02-13'})
    expect(resolve('They met last Tuesday.', published)[0]).toMatchObject({iso: '2024-02-06'})
    expect(resolve('Se reunirán el próximo lunes.', published)[0]).toMatchObject({iso: '2024-02-19'})
    // What is expected, due or set to happen lies ahead too.
    expect(resolve('Hundreds are expected to gather in Tromsvik on Friday.', published)[0]).toMatchObject({iso: '2024-02-16'})
    expect(resolve('The verdict is due to be read on Friday.', published)[0]).toMatchObject({iso: '2024-02-16'})
    expect(resolve('on Friday', {publishedKnown: false, now})[0]).toMatchObject({resolution: 'unresolved', precision: 'day'})
  })

  it('pins a weekday with its day and no month ("el sábado 17", "on Saturday the 17th") to the month around publication where they meet', () => {
    // Friday 9 March 2018.
    const published = known('2018-03-09')
    expect(resolve('Los jubilados se manifestarán el sábado 17 a las 12.00 horas.', published)).toMatchObject([{text: 'sábado 17', iso: '2018-03-17', precision: 'day', certainty: 'likely'}])
    expect(resolve('The vigil is on Saturday the 17th.', published)).toMatchObject([{text: 'Saturday the 17th', iso: '2018-03-17'}])
    expect(resolve('El domingo 4 hubo otra concentración.', published)).toMatchObject([{iso: '2018-03-04'}])
    // A weekday and a figure that is no day: a time, a count.
    expect(resolve('Se reúnen el sábado 12:00 h; on Friday 10 people came.', published).map((date) => date.text)).toEqual(['sábado', 'Friday'])
  })

  it('pins a day of the month alone ("el día 15", "el pasado día 1") to the nearest such day, on the side the words or the tense say', () => {
    // Friday 9 March 2018.
    const published = known('2018-03-09')
    expect(resolve('La concentración estaba convocada para el día 15 frente al INSS.', published)).toMatchObject([{text: 'día 15', iso: '2018-03-15'}])
    expect(resolve('La última, la del pasado día 1, logró más respaldo.', published)).toMatchObject([{iso: '2018-03-01'}])
    expect(resolve('Volverán a reunirse el próximo día 5.', published)).toMatchObject([{iso: '2018-04-05'}])
    // With its month, the month written.
    expect(resolve('Lo mataron el pasado día 3 de julio.', published)).toMatchObject([{text: '3 de julio'}])
  })

  it('looks forward for a month in the future tense', () => {
    expect(resolve('The report will be launched in February.', known('2023-05-24'))[0]).toMatchObject({iso: '2024-02'})
  })

  it('pins a weekday + day + month to the nearest year counting back', () => {
    expect(resolve('Thursday 25 May', {publishedKnown: false, now})[0]).toMatchObject({iso: '2023-05-25', resolution: 'weekday-inference', certainty: 'likely'})
    expect(inferYear(4, 5, 25, new Date('2030-01-01'))?.getUTCFullYear()).toBe(2028)
  })

  it('pins it to a year the article writes elsewhere, when the weekday fits that year too ("Alerta 085-2017" … "jueves 10 de agosto")', () => {
    // 10 August fell on a Thursday in 2023, 2017 and 2006.
    expect(inferYear(4, 8, 10, new Date('2026-12-01'), [2005, 2017])?.getUTCFullYear()).toBe(2017)
    expect(inferYear(4, 8, 10, new Date('2026-12-01'), [2005])?.getUTCFullYear()).toBe(2023)
    const {facts} = extractFacts(['# Desalojo en Tromsvik', '', 'Alerta 085-2017', '', 'El jueves 10 de agosto la policía desalojó el campamento de Tromsvik.'].join('\n'), {path: 'alerta.md', now: new Date('2026-12-01')})
    expect(facts?.article.published).toBe('2017-08-07')
    // The day the release calls today, in the year the weekday pins.
    const today = extractFacts(['# Desalojo en Tromsvik', '', 'Alerta 085-2017', '', 'Hoy, 15 de agosto, la policía volvió a desalojar el campamento.', '', 'El jueves 10 de agosto la policía ya había desalojado el campamento de Tromsvik.'].join('\n'), {path: 'alerta.md', now: new Date('2026-12-01')})
    expect(today.facts?.article.published).toBe('2017-08-15')
  })

  it('says so when nothing pins the year', () => {
    expect(resolve('on 3 March', {publishedKnown: false, now})[0]).toMatchObject({resolution: 'unresolved', certainty: 'unresolved'})
    expect(resolve('on 3 March', {publishedKnown: false, now})[0]?.iso).toBeUndefined()
  })

  it('reads a bare month after a word that makes it a time ("since the start of September", "mid-June"), not "May" as a verb', () => {
    const months = (sentence: string) => findDates(sentence).map((mention) => [mention.text, mention.month])
    expect(months('Heavy rain since the start of September has flooded the valley.')).toEqual([['September', 9]])
    expect(months('The camps filled up by the end of October.')).toEqual([['October', 10]])
    expect(months('Talks resume in mid-June.')).toEqual([['June', 6]])
    expect(months('Fishers May return to Strelsau.')).toEqual([])
  })

  it('reads dates in a line written in capitals ("ADVISORY FOR TUESDAY, FEB. 14, 1 P.M.")', () => {
    const found = findDates('ADVISORY FOR TUESDAY, FEB. 14, 1 P.M. EST -- NATIONAL CONFERENCE CALL')
    expect(found.map((mention) => [mention.text, mention.month, mention.day])).toEqual([['TUESDAY, FEB. 14', 2, 14]])
    expect(findDates('MARCH ON 12 MAY 2024 IN STRELSAU').map((mention) => mention.text)).toEqual(['12 MAY 2024'])
  })
})

describe('an event told after its day', () => {
  it('is told without the day, its gloss or "pasado" ("Hoy, 15 de agosto, la policía …", "El jueves 10 de agosto pasado, …")', () => {
    const {facts} = extractFacts(['# Desalojo en Tromsvik', '', 'Alerta 085-2017', '', 'Hoy, 15 de agosto, la policía volvió a desalojar el campamento de Tromsvik.', '', 'El jueves 10 de agosto pasado, efectivos del ejército llegaron al campamento de Tromsvik.'].join('\n'), {path: 'alerta.md', now: new Date('2026-12-01')})
    expect(facts?.events.map((event) => event.description.split(' ').slice(0, 3).join(' '))).toEqual(['La policía volvió', 'Efectivos del ejército'])
  })
})

describe('Spanish months shortened', () => {
  it('reads "21 Dic." and "3 ago. de 2020", as datelines write them', () => {
    expect(findDates('MADRID, 21 Dic. (EUROPA PRESS) -').map((mention) => [mention.text, mention.month, mention.day])).toEqual([['21 Dic.', 12, 21]])
    expect(findDates('el 3 ago. de 2020').map((mention) => [mention.month, mention.day, mention.year])).toEqual([[8, 3, 2020]])
    expect(findDates('hace 3 años, el 21 diciembre').map((mention) => [mention.month, mention.day])).toEqual([[12, 21]])
  })
})
