/**
 * The corpus of real campaign releases (`eval/corpus/<slug>/`): each folder holds the article
 * (`article.txt` or `article.md`), where it came from (`meta.json`) and questions written from
 * the article alone (`questions.jsonl`). `split.json` puts each article in the dev half (tuned
 * on) or the test half (reported, never tuned on).
 */
import {existsSync, readFileSync, readdirSync} from 'node:fs'
import {join} from 'node:path'
import {EvalSetError, parseEvalSet, type EvalItem} from './score.js'

export type Split = 'dev' | 'test'

export interface CorpusArticle {
  slug: string
  split: Split
  article: string
  organisation: string
  language: string
  items: EvalItem[]
}

interface Meta {
  organisation?: string
  language?: string
}

export function loadCorpus(dir: string): CorpusArticle[] {
  const splitFile = join(dir, 'split.json')
  const split = JSON.parse(readFileSync(splitFile, 'utf8')) as Record<Split, string[]>
  const articles: CorpusArticle[] = []
  for (const slug of readdirSync(dir, {withFileTypes: true}).filter((entry) => entry.isDirectory()).map((entry) => entry.name).sort()) {
    const folder = join(dir, slug)
    const questions = join(folder, 'questions.jsonl')
    if (!existsSync(questions)) continue
    const article = ['article.md', 'article.txt'].map((name) => join(folder, name)).find((path) => existsSync(path))
    if (!article) throw new EvalSetError(`${folder}: no article.md or article.txt`)
    const half = split.dev.includes(slug) ? 'dev' : split.test.includes(slug) ? 'test' : undefined
    if (!half) throw new EvalSetError(`${splitFile}: "${slug}" is in neither half`)
    const meta = JSON.parse(readFileSync(join(folder, 'meta.json'), 'utf8')) as Meta
    articles.push({
      slug,
      split: half,
      article,
      organisation: meta.organisation ?? '?',
      language: meta.language ?? '?',
      items: parseEvalSet(readFileSync(questions, 'utf8'), questions)
    })
  }
  return articles
}
