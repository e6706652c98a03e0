/** normalise: frontmatter and options → `file.data.meta`; prose → `file.data.blocks`. */
import type {Root} from 'mdast'
import type {VFile} from 'vfile'
import {rules} from '../rules.js'
import type {Language} from '../schema.js'
import {treeToBlocks} from '../util/blocks.js'
import {parseIso} from '../util/dates.js'
import {parseFrontmatter} from '../util/frontmatter.js'
import {detectLanguage} from '../util/language.js'
import {bodyStart} from '../util/line-paragraphs.js'
import {report} from '../util/messages.js'
import type {} from './data.js'

export interface NormaliseOptions {
  /** Publication date (`YYYY-MM-DD`) when the article has no frontmatter `published`. */
  published?: string
  /** Language when the frontmatter does not say; detected otherwise. */
  language?: Language
}

export function articleNormalise(options: NormaliseOptions = {}) {
  return function (tree: Root, file: VFile): undefined {
    const meta: VFile['data']['meta'] & {} = {publishedResolution: 'unknown', language: 'en'}
    if (file.path) meta.path = file.path

    const value = String(file.value)
    let frontmatterLanguage: Language | undefined
    const yaml = tree.children.find((node) => node.type === 'yaml')
    if (yaml && yaml.type === 'yaml') {
      const parsed = parseFrontmatter(yaml.value)
      const place = yaml.position ? {start: yaml.position.start, end: yaml.position.end} : undefined
      // The YAML starts on the line after the opening `---`.
      const at = !parsed.ok && parsed.at && yaml.position ? {line: yaml.position.start.line + parsed.at.line, column: parsed.at.column} : undefined
      if (!parsed.ok) report(file, parsed.reason, rules.frontmatterInvalid, {place: at ?? place, fatal: true})
      else {
        for (const problem of parsed.problems) report(file, problem, rules.frontmatterInvalid, {place, fatal: true})
        Object.assign(meta, parsed.meta)
        frontmatterLanguage = parsed.meta.language
        if (parsed.meta.published) meta.publishedResolution = 'frontmatter'
      }
    } else if (/^---[ \t]*\r?\n/.test(value) && bodyStart(value) === 0) {
      report(file, 'Cannot find the end of the frontmatter: expected a closing `---` line', rules.frontmatterInvalid, {place: {line: 1, column: 1, offset: 0}, fatal: true})
    }

    // A web page's own metadata stands where Markdown has frontmatter.
    const page = file.data.documentMeta
    if (page) {
      if (page.url && !meta.url) meta.url = page.url
      if (page.published && !meta.published) {
        meta.published = page.published
        meta.publishedResolution = 'frontmatter'
      }
      const lang = page.lang?.slice(0, 2).toLowerCase()
      if (!frontmatterLanguage && (lang === 'en' || lang === 'es')) frontmatterLanguage = lang
    }

    if (!meta.published && options.published) {
      meta.published = options.published
      meta.publishedResolution = 'option'
    }
    if (meta.published && !parseIso(meta.published)) {
      report(file, `Expected \`published\` to be a date as YYYY-MM-DD, not \`${meta.published}\``, rules.publishedInvalid, {fatal: true})
      delete meta.published
      meta.publishedResolution = 'unknown'
    }

    const blocks = treeToBlocks(tree)
    const heading = blocks.find((block) => block.kind === 'heading' && block.depth === 1)
    if (!meta.title && heading) meta.title = heading.text.trim()
    // The page's headline (its <h1>) over its <title>, which often carries the site's name.
    if (!meta.title && page?.title) meta.title = page.title
    // A first line with no closing punctuation, above the body, is the headline.
    const first = blocks[0]
    if (!meta.title && first && blocks.length > 1 && first.kind === 'paragraph' && first.text.length < 160 && !/[.!?…”"»:]\s*$/u.test(first.text)) {
      meta.title = first.text.trim()
    }
    meta.language = frontmatterLanguage ?? options.language ?? (detectLanguage(blocks.map((block) => block.text).join(' ')) ?? 'en')

    file.data.meta = meta
    file.data.blocks = blocks
  }
}
