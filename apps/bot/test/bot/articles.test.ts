/**
 * Several articles in the bot, as a Telegram user meets them: the welcome, /articles (paged),
 * a button or deep link that turns the conversation to one article, /all, "which article?",
 * sources and inline mode across articles.
 */
import type {Facts} from 'article-facts'
import {describe, expect, it} from 'vitest'
import {LocalBot} from '../../src/bot/local-bot.js'
import type {Turn} from '../../src/bot/local-bot.js'
import {createLibrary, type Library} from '../../src/core/library.js'
import {ARRIVAL, campaignLibrary, HANDOVER, SEED} from '../fixtures/library.js'

const library = campaignLibrary()

function setup(given: Library = library) {
  const local = new LocalBot({library: () => given, now: () => new Date('2026-11-29T12:00:00Z')})
  return {local, user: local.user({id: 9, firstName: 'Ana', languageCode: 'en'})}
}

const buttons = (turn: Turn) => turn.messages.flatMap((message) => message.buttons.flat())
const press = (turn: Turn, label: RegExp) => {
  const message = turn.messages.find((shown) => shown.buttons.flat().some((button) => label.test(button.label)))
  const button = message?.buttons.flat().find((shown) => label.test(shown.label))
  if (!message || !button?.data) throw new Error(`No button ${label} in ${JSON.stringify(buttons(turn).map((shown) => shown.label))}`)
  return {data: button.data, message}
}

describe('several articles in the bot', () => {
  it('welcomes with how many articles it knows and the newest, and offers the list', async () => {
    const {user} = setup()
    const welcome = await user.say('/start')
    expect(welcome.messages[0]?.text).toContain('3 articles')
    expect(welcome.messages[0]?.text).toContain('petition for six jailed journalists')
    expect(buttons(welcome).map((button) => button.label)).toContain('📚 Articles')
  })

  it('names the article each answer comes from, with its date and link', async () => {
    const {user} = setup()
    const turn = await user.say('Who is Rudolf Elphberg?')
    expect(turn.messages[0]?.text).toContain('📰 Ruritania: petition for six jailed journalists handed to the Minister of Justice · 20 March 2024')
    expect(turn.messages[0]?.html).toContain('<a href="https://example.org/ruritania-petition-handed-over">')
  })

  it('lists the articles newest first, and a button turns the conversation to one', async () => {
    const {user} = setup()
    const list = await user.say('/articles')
    expect(buttons(list).map((button) => button.label)).toEqual([
      'Ruritania: petition for six jailed journalists… · 20 March 2024',
      'Ruritania: Amnesty International delegation arr… · 1 March 2024',
      'Peru: Amnesty International delegation arrives… · 22 May 2023'
    ])
    const {data, message} = press(list, /^Peru/)
    const focused = await user.press(data, message)
    expect(focused.messages[0]?.text).toContain('Now talking about Peru: Amnesty International delegation arrives')
    // "the petition" is in two campaigns; the chosen article answers alone.
    const answer = await user.say('how many signatures does the petition have?')
    expect(answer.messages[0]?.text).toContain('200,000')
    expect(answer.answers[0]?.answer.articles?.map((article) => article.id)).toEqual([SEED])

    const all = await user.say('/all')
    expect(all.messages[0]?.text).toContain('all 3 articles')
    const across = await user.say('What did Maria Okafor say?')
    expect(across.answers[0]?.answer.articles?.map((article) => article.id)).toEqual([HANDOVER, ARRIVAL])
  })

  it('pages a long list in place', async () => {
    const [first] = library.articles
    const many = Array.from({length: 7}, (_, index): Facts => ({
      ...first!.facts,
      article: {...first!.facts.article, title: `Article ${index + 1}`, path: `articles/article-${index + 1}.md`, published: `2024-01-0${index + 1}`}
    }))
    const {user} = setup(createLibrary(many))
    const page1 = await user.say('/articles')
    expect(page1.messages[0]?.text).toContain('page 1 of 2')
    expect(buttons(page1).map((button) => button.label)).toEqual(['Article 7 · 7 January 2024', 'Article 6 · 6 January 2024', 'Article 5 · 5 January 2024', 'Article 4 · 4 January 2024', 'Article 3 · 3 January 2024', 'Older ▶'])
    const older = press(page1, /Older/)
    const page2 = await user.press(older.data, older.message)
    expect(page2.calls.map((call) => call.method)).toContain('editMessageText')
    expect(page2.messages[0]?.text).toContain('page 2 of 2')
    expect(buttons(page2).map((button) => button.label)).toEqual(['Article 2 · 2 January 2024', 'Article 1 · 1 January 2024', '◀ Newer'])
  })

  it('opens one article from a deep link (?start=a_<id>)', async () => {
    const {user} = setup()
    const opened = await user.say(`/start a_${ARRIVAL}`)
    expect(opened.messages[0]?.text).toContain('Now talking about Ruritania: Amnesty International delegation arrives')
    const answer = await user.say('how many people signed the petition?')
    expect(answer.messages[0]?.text).toContain('10,000')
    expect(answer.messages[0]?.text).not.toContain('25,000')
  })

  it('asks which article is meant, and answers the question once one is picked', async () => {
    const {user} = setup()
    const asked = await user.say('how many signatures does the petition have?')
    expect(asked.messages[0]?.text).toContain('Which article do you mean?')
    const {data, message} = press(asked, /^Ruritania/)
    const answered = await user.press(data, message)
    expect(answered.messages[0]?.text).toContain('25,000')
    expect(answered.answers[0]?.answer.articles?.map((article) => article.id)).toEqual([HANDOVER])
  })

  it('shows the sources of an answer from the article it came from', async () => {
    const {user} = setup()
    const turn = await user.say('When is the press conference?')
    const {data, message} = press(turn, /^Source$/)
    expect(data).toMatch(new RegExp(`^s:${SEED}:`))
    const sources = await user.press(data, message)
    expect(sources.messages[0]?.text).toContain('press conference')
    expect(sources.messages[0]?.text).toContain('Lima')
  })

  it('treats a source button of an article no longer loaded as stale', async () => {
    const {user} = setup()
    const stale = await user.press('s:removed-article:0')
    expect(stale.notices.join(' ') + stale.messages.map((message) => message.text).join(' ')).toMatch(/out of date|older message/)
  })

  it('searches every article in inline mode, one result per article when it cannot tell which', async () => {
    const {user} = setup()
    const turn = await user.inline('how many signatures does the petition have?')
    const titles = turn.inlineResults.map((result) => ('title' in result ? result.title : ''))
    expect(titles).toHaveLength(2)
    expect(titles.join(' ')).toContain('Ruritania')
    expect(titles.join(' ')).toContain('Peru')
  })
})
