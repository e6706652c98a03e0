/**
 * Pictures and places in Telegram: a drawing sent as a photo (by its file id once uploaded),
 * the "📍 Where" button under answers about places, the timeline picture after a timeline
 * answer, and a venue for an event still ahead whose place the gazetteer knows.
 */
import {GrammyError, InlineKeyboard, InputFile} from 'grammy'
import {articleTitle} from '../core/across.js'
import {findArticle, type LibraryArticle} from '../core/library.js'
import {formatDateRef, eventTense} from '../core/dates.js'
import type {Intent} from '../core/types.js'
import {listText, phrase} from '../format/phrase.js'
import {answerTranslator} from './i18n.js'
import type {PhrasedAnswer} from '../format/phrase.js'
import {escapeHtml, HTML} from '../format/html.js'
import {mapDrawing, timelineDrawing} from '../pictures/article-drawings.js'
import type {Drawing} from '../pictures/drawing-data.js'
import {countryOf} from '../pictures/countries.js'
import {placesOf} from '../pictures/places.js'
import type {Picture, Pictures} from '../pictures/pictures.js'
import {encodeCallback} from './callback-data.js'
import type {BotContext} from './context.js'
import {sessionOf, uiLanguage} from './context.js'

/** Answers about these are about where things are or happen. */
const PLACE_INTENTS: ReadonlySet<Intent> = new Set(['delegation', 'press-conference', 'meeting', 'event', 'protests', 'research', 'timeline'])

/** Places named in a caption at most, per list. */
const MAX_LISTED = 12

/** Events a venue is sent for, when still ahead. */
const VENUE_INTENTS: ReadonlySet<Intent> = new Set(['press-conference', 'meeting', 'event'])

/** The article a reply is about: the answer's, the one talked about, or the newest. */
export function articleOfAnswer(ctx: BotContext, answer?: PhrasedAnswer): LibraryArticle | undefined {
  const conversation = sessionOf(ctx)?.conversation
  return findArticle(ctx.library, answer?.articles?.[0]?.id ?? conversation?.article ?? conversation?.lastArticle) ?? ctx.library.articles[0]
}

/** "📍 Where" under an answer about places, when the article names some. */
export function whereButton(ctx: BotContext, answer: PhrasedAnswer): InlineKeyboard | undefined {
  if (answer.status !== 'answered' || !PLACE_INTENTS.has(answer.intent)) return undefined
  const article = articleOfAnswer(ctx, answer)
  if (!article || placesOf(article.facts).length === 0) return undefined
  return new InlineKeyboard().text(ctx.t('where-button'), encodeCallback({kind: 'where', article: article.id}))
}

/** The map of an article, or a line saying why there is none. */
export async function sendMap(ctx: BotContext, pictures: Pictures, article: LibraryArticle): Promise<void> {
  const lang = uiLanguage(ctx)
  const title = escapeHtml(articleTitle(article))
  // A caption holds 1,024 characters: a long list is cut, with how many more there are.
  const names = (places: readonly string[]) => escapeHtml(listText(lang, places.length > MAX_LISTED ? [...places.slice(0, MAX_LISTED - 1), ctx.t('map-more', {count: places.length - MAX_LISTED + 1})] : places))
  const none = async (unplaced: readonly string[]) => {
    await ctx.reply(ctx.t('map-none', {title, unplaced: unplaced.length > 0 ? names(unplaced) : 'none'}), HTML)
  }
  const drawing = mapDrawing(article)
  if (!drawing) return none([])
  const caption = (picture: Picture): string | undefined => {
    if (picture.placed.length === 0) return undefined
    const placed = ctx.t('map-caption', {title, placed: names(picture.placed.map((place) => place.name))})
    if (picture.unplaced.length === 0) return placed
    return `${placed}\n${ctx.t('map-not-placed', {country: picture.country ? countryName(picture.country, lang) : 'none', unplaced: names(picture.unplaced)})}`
  }
  await sendPicture(ctx, pictures, drawing, 'map', caption, (picture) => none(picture.unplaced))
}

/** The timeline picture after a timeline answer with at least two dated lines. */
export async function sendTimelinePicture(ctx: BotContext, pictures: Pictures, answer: PhrasedAnswer): Promise<void> {
  const article = articleOfAnswer(ctx, answer)
  if (!article) return
  ctx.i18n.useLocale(answer.lang)
  const drawing = timelineDrawing(article, answer, {past: ctx.t('timeline-past'), planned: ctx.t('timeline-planned')})
  if (!drawing || drawing.entries.length < 2) return
  await sendPicture(ctx, pictures, drawing, 'timeline', () => ctx.t('timeline-caption', {title: escapeHtml(drawing.labels.title)}))
}

/** A venue for each event of the answer that is still ahead and whose place is found. */
export async function sendVenues(ctx: BotContext, pictures: Pictures, answer: PhrasedAnswer, now: Date): Promise<void> {
  if (answer.status !== 'answered' || !VENUE_INTENTS.has(answer.intent)) return
  const article = articleOfAnswer(ctx, answer)
  if (!article) return
  // The answer's facts are the article's own objects: its events among them.
  const events = article.facts.events.filter((event) => answer.facts.includes(event) && event.place !== undefined && ['future', 'ongoing'].includes(eventTense(event, article.facts, now)))
  if (events.length === 0) return
  // The article's places hold its events' places.
  const places = [...placesOf(article.facts)]
  const country = countryOf(article.facts, places)
  const located = await pictures.draw({kind: 'locate', places, ...(country ? {country} : {})})
  for (const event of events.slice(0, 2)) {
    const place = located.placed.find((found) => found.name === event.place!.trim())
    if (!place) continue
    const lang = answer.lang
    ctx.i18n.useLocale(lang)
    const kind = ctx.t(`venue-${event.kind === 'press-conference' || event.kind === 'meeting' ? event.kind : 'event'}`)
    const title = event.date ? `${kind} · ${phrase(formatDateRef(event.date, lang), lang, answerTranslator())}` : kind
    const address = located.country ? `${event.place}, ${countryName(located.country, lang)}` : event.place!
    await ctx.replyWithVenue(place.lat, place.lon, title.slice(0, 256), address.slice(0, 256))
  }
}

/**
 * Sends a drawing: by file id when Telegram has it, else drawn (the person sees "sending a
 * photo…" meanwhile) and uploaded. `caption` undefined: nothing to show, `empty` is called.
 */
async function sendPicture(
  ctx: BotContext,
  pictures: Pictures,
  drawing: Drawing,
  name: string,
  caption: (picture: Picture) => string | undefined,
  empty?: (picture: Picture) => Promise<void>
): Promise<void> {
  const known = pictures.known(drawing)
  if (known) {
    const text = caption(known)
    if (text === undefined) return empty?.(known)
    const fileId = pictures.fileId(known.key)
    if (fileId) {
      try {
        await ctx.replyWithPhoto(fileId, {caption: text, ...HTML})
        return
      } catch (error) {
        if (!(error instanceof GrammyError && error.error_code === 400)) throw error
        pictures.forgetFileId(known.key)
      }
    }
  }
  await ctx.replyWithChatAction('upload_photo').catch(() => undefined)
  const picture = await pictures.draw(drawing)
  const text = caption(picture)
  if (text === undefined || !picture.png) return empty?.(picture)
  const sent = await ctx.replyWithPhoto(new InputFile(picture.png, `${name}.png`), {caption: text, ...HTML})
  const largest = sent.photo.at(-1)
  if (largest) pictures.rememberFileId(picture.key, largest.file_id)
}

function countryName(code: string, lang: string): string {
  return new Intl.DisplayNames([lang], {type: 'region'}).of(code) ?? code
}
