/** The unified pipeline: parse (Markdown, one-paragraph-per-line text or a web page) → normalise → segment → extract → resolve dates → evidence → validate. */
import remarkFrontmatter from 'remark-frontmatter'
import remarkParse from 'remark-parse'
import {unified} from 'unified'
import {articleEvidence} from './plugins/evidence.js'
import {articleExtract} from './plugins/extract.js'
import {articleHtml} from './plugins/html.js'
import {articleLineParagraphs} from './plugins/line-paragraphs.js'
import {articleNormalise, type NormaliseOptions} from './plugins/normalise.js'
import {articleResolveDates, type ResolveDatesOptions} from './plugins/resolve-dates.js'
import {articleSegment} from './plugins/segment.js'
import {articleValidate} from './plugins/validate.js'

export type ProcessorOptions = NormaliseOptions & ResolveDatesOptions

export function createArticleProcessor(options: ProcessorOptions = {}) {
  return unified()
    .use(remarkParse)
    .use(remarkFrontmatter, ['yaml'])
    .use(articleLineParagraphs)
    .use(articleHtml)
    .use(articleNormalise, options)
    .use(articleSegment)
    .use(articleExtract)
    .use(articleResolveDates, options)
    .use(articleEvidence, options)
    .use(articleValidate)
    .freeze()
}

type ArticleProcessor = ReturnType<typeof createArticleProcessor>
const cache = new Map<string, ArticleProcessor>()

/** A frozen processor per distinct options: building one costs as much as a short article. */
export function articleProcessorFor(options: ProcessorOptions): ArticleProcessor {
  const key = `${options.published ?? ''}|${options.language ?? ''}|${options.now?.getTime() ?? ''}`
  let processor = cache.get(key)
  if (!processor) {
    if (cache.size >= 32) cache.clear()
    processor = createArticleProcessor(options)
    cache.set(key, processor)
  }
  return processor
}
