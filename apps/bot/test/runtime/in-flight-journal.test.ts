import {appendFileSync, mkdtempSync, readFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import {join} from 'node:path'
import type {Update} from 'grammy/types'
import {describe, expect, it} from 'vitest'
import {FileInFlightJournal} from '../../src/runtime/in-flight-journal.js'

const update = (id: number) => ({update_id: id, message: {message_id: id, date: 0, chat: {id: 1, type: 'private', first_name: 'T'}, text: `u${id}`}}) as Update
const journalPath = () => join(mkdtempSync(join(tmpdir(), 'journal-')), 'nested', 'in-flight.jsonl')

describe('the in-flight journal in a file', () => {
  it('gives the next process what was begun and never ended, with the attempt counted, once', async () => {
    const path = journalPath()
    const first = await FileInFlightJournal.open(path)
    expect(await first.adoptOrphans()).toEqual([])
    await first.begin([1, 2, 3].map((id) => ({update: update(id), attempt: 1})))
    await first.end(2)
    // A crash in the middle of a line.
    appendFileSync(path, '{"begin":{"update":{"upd')

    const second = await FileInFlightJournal.open(path)
    expect(second.recentlyEnded()).toEqual([2])
    const adopted = await second.adoptOrphans()
    expect(adopted.map((entry) => [entry.update.update_id, entry.attempt])).toEqual([[1, 2], [3, 2]])
    expect(await second.adoptOrphans()).toEqual([])
    // Still written down as the second process's own until it ends them.
    await second.end(1)
    const third = await FileInFlightJournal.open(path)
    expect((await third.adoptOrphans()).map((entry) => [entry.update.update_id, entry.attempt])).toEqual([[3, 3]])
  })

  it('stays small: compacted to what still runs and the last thousand ended ids', async () => {
    const path = journalPath()
    const journal = await FileInFlightJournal.open(path)
    await journal.begin([{update: update(0), attempt: 1}])
    for (let id = 1; id <= 6000; id++) {
      await journal.begin([{update: update(id), attempt: 1}])
      await journal.end(id)
    }
    expect(readFileSync(path, 'utf8').split('\n').length).toBeLessThan(5000)
    const next = await FileInFlightJournal.open(path)
    expect(next.recentlyEnded()).toHaveLength(1000)
    expect(next.recentlyEnded().at(-1)).toBe(6000)
    expect((await next.adoptOrphans()).map((entry) => entry.update.update_id)).toEqual([0])
  })
})
