/**
 * Parser wrapper: a plain-text article (one paragraph per line, with or without blank lines between) is parsed with a
 * blank line after each line, one whose headline runs into the line below with a blank line after
 * the headline; then every position is mapped back to the original file.
 */
import type {Nodes, Root} from 'mdast'
import type {Processor} from 'unified'
import {createLocator} from '../util/location.js'
import {bodyStart, headlineRunsOn, isOneParagraphPerLine, isUnwrappedPlainText, separateLines} from '../util/line-paragraphs.js'

export function articleLineParagraphs(this: Processor): undefined {
  const parse = this.parser
  if (!parse) throw new Error('articleLineParagraphs must be used after remark-parse')
  this.parser = function (document, file) {
    const start = bodyStart(document)
    // One paragraph a line; or a headline run into the line below it, set apart from it alone.
    const until = isOneParagraphPerLine(document, start) || isUnwrappedPlainText(document, file.path, start) ? Number.POSITIVE_INFINITY : headlineRunsOn(document)
    if (until === undefined) return parse(document, file)
    const separated = separateLines(document, start, until)
    const tree = parse(separated.value, file) as Root
    const locate = createLocator(document)
    const remap = (node: Nodes): void => {
      const position = node.position
      if (position) {
        position.start = locate(separated.toOriginal(position.start.offset ?? 0))
        position.end = locate(separated.toOriginal(position.end.offset ?? 0))
      }
      if ('children' in node) for (const child of node.children) remap(child)
    }
    remap(tree)
    return tree
  }
}
