import {describe, expect, it} from 'vitest'
import {isOneParagraphPerLine, separateLines} from '../src/util/line-paragraphs.js'
import {splitSentences} from '../src/util/sentences.js'

describe('one paragraph per line', () => {
  it('detects the plain-text shape and not Markdown', () => {
    expect(isOneParagraphPerLine('First line.\n- Related: x\nThird.\n')).toBe(true)
    expect(isOneParagraphPerLine('---\ntitle: a\n---\nFirst.\nSecond.\n')).toBe(true)
    expect(isOneParagraphPerLine('First.\n\nSecond.\n')).toBe(false)
    expect(isOneParagraphPerLine('Only one line.\n')).toBe(false)
  })

  it('maps every offset of the separated text back to the original', () => {
    const original = 'Ab.\r\nCd.\nEf.'
    const {value, toOriginal} = separateLines(original)
    expect(value).toBe('Ab.\r\n\r\nCd.\n\nEf.')
    for (const char of ['A', 'C', 'E', 'f']) expect(original[toOriginal(value.indexOf(char))]).toBe(char)
  })
})

describe('sentences', () => {
  const split = (text: string) => splitSentences(text).map((span) => text.slice(span.start, span.end))

  it('keeps a quotation and its speaker together', () => {
    expect(split('“We came. We hope,” said Ana Ruiz. Next one.')).toEqual(['“We came. We hope,” said Ana Ruiz.', 'Next one.'])
  })

  it('does not split after abbreviations and initials', () => {
    expect(split('Dr. Ruiz met J. Smith in the U.S. on Monday. Then left.')).toEqual(['Dr. Ruiz met J. Smith in the U.S. on Monday.', 'Then left.'])
    expect(split('The Harbourwatch v. Ruritania hearing is on Monday. Then left.')).toEqual(['The Harbourwatch v. Ruritania hearing is on Monday.', 'Then left.'])
    expect(split('They met the interior minister, Lt. Gen. Karl Brandt. Then left.')).toEqual(['They met the interior minister, Lt. Gen. Karl Brandt.', 'Then left.'])
  })

  it('does not split after a month shortened before its day ("STRELSAU, Jan. 21, 2020 – …"), but does after one ending a sentence', () => {
    expect(split('STRELSAU, Jan. 21, 2020 – Harbourwatch will hold a rally. Then left.')).toEqual(['STRELSAU, Jan. 21, 2020 – Harbourwatch will hold a rally.', 'Then left.'])
    expect(split('The rally was held in Oct. Then they left.')).toEqual(['The rally was held in Oct.', 'Then they left.'])
  })

  it('does not split after a US state shortened in a dateline ("STRELSAU, Conn. (Jan. 10, 2022) – …"), but does after one ending a sentence', () => {
    expect(split('STRELSAU, Conn. (Jan. 10, 2022) – Harbourwatch said today. Then left.')).toEqual(['STRELSAU, Conn. (Jan. 10, 2022) – Harbourwatch said today.', 'Then left.'])
    expect(split('The office is in Strelsau, Conn. Then they left.')).toEqual(['The office is in Strelsau, Conn.', 'Then they left.'])
  })

  it('does not split a dateline after "D.C." before a plain hyphen, nor "EE. UU." in brackets', () => {
    expect(split('Washington, D.C. - Harbourwatch said today. Then left.')).toEqual(['Washington, D.C. - Harbourwatch said today.', 'Then left.'])
    expect(split('Nueva York (EE. UU.), miércoles 24 de abril de 2007. La Asamblea aprobó hoy la ley.')).toEqual(['Nueva York (EE. UU.), miércoles 24 de abril de 2007.', 'La Asamblea aprobó hoy la ley.'])
  })

  it('does not split after "Rt. Hon.", "P.O." before "Box", nor rupees before their sum', () => {
    expect(split('Harbourwatch wrote to the Speaker, Rt. Hon. Karl Brandt. Then left.')).toEqual(['Harbourwatch wrote to the Speaker, Rt. Hon. Karl Brandt.', 'Then left.'])
    expect(split('Write to P.O. Box 241, Strelsau. Then left.')).toEqual(['Write to P.O. Box 241, Strelsau.', 'Then left.'])
    expect(split('All of the accused are out on bail of Rs. 25,000. Then left.')).toEqual(['All of the accused are out on bail of Rs. 25,000.', 'Then left.'])
  })

  it('keeps an address with its abbreviations in one sentence', () => {
    expect(split('Lugar: Centro Cultural, Dr. Claudio Bernard No. 111, Col. Doctores, Del. Cuauhtémoc, Ciudad de México. Fin.')).toEqual([
      'Lugar: Centro Cultural, Dr. Claudio Bernard No. 111, Col. Doctores, Del. Cuauhtémoc, Ciudad de México.',
      'Fin.'
    ])
  })

  it('keeps a time zone after "a.m." on the sentence, and splits before a new one', () => {
    expect(split('They meet at 11:00 a.m. CET on Thursday. At 3 p.m. The minister speaks.')).toEqual(['They meet at 11:00 a.m. CET on Thursday.', 'At 3 p.m.', 'The minister speaks.'])
    expect(split('El 2 de marzo, a las 11:30 a.m. (hora local), el experto hablará. Fin.')).toEqual(['El 2 de marzo, a las 11:30 a.m. (hora local), el experto hablará.', 'Fin.'])
  })

  it('survives an unbalanced quotation mark', () => {
    expect(split('He said “yes. Then it ended. Fine.')).toEqual(['He said “yes.', 'Then it ended.', 'Fine.'])
  })
})
