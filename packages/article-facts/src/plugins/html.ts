/**
 * Parser wrapper: a web page (`.html`, or a document that starts as one) is read with
 * `htmlToArticle` instead of Markdown; the rest of the pipeline sees the same tree, its positions
 * in the HTML file, and the page's metadata on `file.data.documentMeta`.
 */
import type {Processor} from 'unified'
import {htmlToArticle, looksLikeHtml} from '../util/html.js'
import type {} from './data.js'

export function articleHtml(this: Processor): undefined {
  const parse = this.parser
  if (!parse) throw new Error('articleHtml must be used after a parser')
  this.parser = function (document, file) {
    if (!looksLikeHtml(document, file.path)) return parse(document, file)
    const {tree, meta} = htmlToArticle(document)
    file.data.documentMeta = meta
    return tree
  }
}
