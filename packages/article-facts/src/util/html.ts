/**
 * An article as it comes from a website (a saved page, a CMS export): the page's own metadata,
 * and its prose as Markdown's tree, every node still placed in the HTML file. Navigation,
 * headers and footers of the site, scripts, forms, cookie banners and share widgets are dropped.
 */
import type {Element, ElementContent, Root as HastRoot, RootContent} from 'hast'
import {fromHtml} from 'hast-util-from-html'
import {toMdast} from 'hast-util-to-mdast'
import type {Root} from 'mdast'

export interface DocumentMeta {
  title?: string
  /** YYYY-MM-DD. */
  published?: string
  url?: string
  /** The page's `lang`, as given ("es-AR"). */
  lang?: string
}

/** Whether a document is a web page rather than Markdown or plain text. */
export function looksLikeHtml(document: string, path?: string): boolean {
  if (path && /\.html?$/i.test(path)) return true
  return /^\s*(?:<!doctype html|<html[\s>])/i.test(document)
}

/** Elements that are never the article's prose. */
const NOT_PROSE = new Set(['script', 'style', 'noscript', 'template', 'nav', 'footer', 'aside', 'form', 'iframe', 'svg', 'button', 'select', 'input', 'dialog', 'menu', 'figure'])
/** Class names and ids of a site's furniture (cookie banners, share buttons, newsletters, menus). */
const FURNITURE = /(?:^|[\s_-])(?:cookies?|consent|gdpr|share|sharing|social|newsletter|subscribe|signup|breadcrumbs?|menu|navbar|nav|sidebar|footer|banner|advert|ads|promo|related|comments?|popup|modal|skip)(?:$|[\s_-])/i
const ROLES = new Set(['navigation', 'banner', 'contentinfo', 'complementary', 'search', 'dialog', 'alertdialog'])

export function htmlToArticle(document: string): {tree: Root; meta: DocumentMeta} {
  const page = fromHtml(document)
  const meta = documentMeta(page)
  const body = find(page, (element) => element.tagName === 'body') ?? page
  const main = find(body, (element) => element.tagName === 'article') ?? find(body, (element) => element.tagName === 'main' || element.properties.role === 'main') ?? body
  const prose = clean(main)
  const tree = toMdast(prose.type === 'root' ? prose : {type: 'root', children: [prose]}) as Root
  return {tree, meta}
}

function documentMeta(page: HastRoot): DocumentMeta {
  const meta: DocumentMeta = {}
  const html = find(page, (element) => element.tagName === 'html')
  const lang = html?.properties.lang
  if (typeof lang === 'string' && lang.trim()) meta.lang = lang.trim()
  const property = (name: string) =>
    find(page, (element) => element.tagName === 'meta' && (element.properties.property === name || element.properties.name === name))?.properties.content
  const title = property('og:title') ?? textOf(find(page, (element) => element.tagName === 'title'))
  if (typeof title === 'string' && title.trim()) meta.title = title.trim().replace(/\s+/g, ' ')
  const published = property('article:published_time') ?? property('datePublished') ?? property('date') ?? property('dc.date')
  const day = typeof published === 'string' ? /^\d{4}-\d{2}-\d{2}/.exec(published.trim())?.[0] : undefined
  if (day) meta.published = day
  const canonical = find(page, (element) => element.tagName === 'link' && Array.isArray(element.properties.rel) && element.properties.rel.includes('canonical'))?.properties.href
  const url = typeof canonical === 'string' ? canonical : property('og:url')
  if (typeof url === 'string' && /^https?:\/\//i.test(url)) meta.url = url
  return meta
}

function furniture(element: Element): boolean {
  if (NOT_PROSE.has(element.tagName)) return true
  const role = element.properties.role
  if (typeof role === 'string' && ROLES.has(role)) return true
  if (element.properties.hidden !== undefined && element.properties.hidden !== false) return true
  if (element.properties.ariaHidden === 'true') return true
  const classes = Array.isArray(element.properties.className) ? element.properties.className.join(' ') : ''
  const id = typeof element.properties.id === 'string' ? element.properties.id : ''
  return FURNITURE.test(classes) || FURNITURE.test(id)
}

/** The element without what is not prose; the page's header too, unless it holds the headline. */
function clean<T extends HastRoot | Element>(node: T): T {
  const keep = (child: RootContent | ElementContent): boolean => {
    if (child.type === 'comment' || child.type === 'doctype') return false
    if (child.type !== 'element') return true
    if (furniture(child)) return false
    return !(child.tagName === 'header' && !find(child, (inner) => inner.tagName === 'h1'))
  }
  const children = node.children.filter(keep).map((child) => (child.type === 'element' ? clean(child) : child))
  return {...node, children}
}

function find(node: HastRoot | Element, test: (element: Element) => boolean): Element | undefined {
  for (const child of node.children) {
    if (child.type !== 'element') continue
    if (test(child)) return child
    const inner = find(child, test)
    if (inner) return inner
  }
  return undefined
}

function textOf(node: Element | undefined): string | undefined {
  if (!node) return undefined
  return node.children.map((child) => (child.type === 'text' ? child.value : child.type === 'element' ? (textOf(child) ?? '') : '')).join('')
}
