import {Writable} from 'node:stream'
import {describe, expect, it} from 'vitest'
import {collectReplies, ExitCode, main, type AskRunner} from '../../src/eval.js'
import type {EvalItem} from '../../src/eval/score.js'

const item = (id: string, fields: Partial<EvalItem> = {}): EvalItem => ({id, topic: 't', lang: 'en', question: `q-${id}`, contains: ['x'], ...fields})

function recorder(): {ask: AskRunner; calls: Array<{questions: readonly string[]; flags: readonly string[]}>} {
  const calls: Array<{questions: readonly string[]; flags: readonly string[]}> = []
  const ask: AskRunner = async (questions, flags) => {
    calls.push({questions, flags})
    return questions.map((question) => ({question, answer: `answer to ${question}`, intent: 'delegation'}))
  }
  return {ask, calls}
}

describe('collectReplies', () => {
  it('asks standalone questions in fresh chats per language and each conversation in one chat, in order', async () => {
    const items = [item('a'), item('b', {lang: 'es'}), item('c', {conversation: 'k'}), item('d'), item('e', {conversation: 'k'})]
    const {ask, calls} = recorder()
    const replies = await collectReplies(items, ask, '/tmp/article.md')
    expect(calls).toEqual([
      {questions: ['q-a', 'q-d'], flags: ['--fresh', '--lang', 'en', '--article', '/tmp/article.md']},
      {questions: ['q-b'], flags: ['--fresh', '--lang', 'es', '--article', '/tmp/article.md']},
      {questions: ['q-c', 'q-e'], flags: ['--lang', 'en', '--article', '/tmp/article.md']}
    ])
    expect(replies.get(items[4]!)?.answer).toBe('answer to q-e')
  })
})

describe('main', () => {
  it('refuses an unknown set with the usage exit code', async () => {
    let err = ''
    const stderr = new Writable({write: (chunk, _encoding, done) => ((err += String(chunk)), done())})
    const code = await main(['--set', 'nope'], {stdout: new Writable({write: (_c, _e, done) => done()}), stderr})
    expect(code).toBe(ExitCode.usage)
    expect(err).toMatch(/no set named nope \(have seed/)
  })
})
