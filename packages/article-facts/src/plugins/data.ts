/** What each plugin leaves on `file.data`. */
import type {ArticleMeta, Facts, Sentence} from '../schema.js'
import type {FactsDraft, SentenceContext} from '../extract/index.js'
import type {Block} from '../util/blocks.js'
import type {DocumentMeta} from '../util/html.js'

declare module 'vfile' {
  interface DataMap {
    /** A web page's own metadata: title, publication date, canonical URL, language (html). */
    documentMeta: DocumentMeta
    /** Article metadata: frontmatter, options, detected language (normalise). */
    meta: Omit<ArticleMeta, 'publishedResolution'> & {publishedResolution: ArticleMeta['publishedResolution']}
    /** The prose as paragraph-like blocks with offsets (normalise). */
    blocks: Block[]
    /** Sentences with positions (segment). */
    sentences: Sentence[]
    /** Sentences with what extractors need (segment). */
    contexts: SentenceContext[]
    /** The facts before validation (extract, resolve dates). */
    draft: FactsDraft
    /** The validated facts (validate). */
    facts: Facts
  }
}

export {}
