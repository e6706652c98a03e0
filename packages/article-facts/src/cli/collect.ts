import {readdirSync, statSync} from 'node:fs'
import path from 'node:path'
import {UsageError} from './io.js'

export const ARTICLE_EXTENSIONS = ['.md', '.markdown', '.txt', '.html', '.htm']

/** The article files a path names: itself, or the articles under a directory, sorted. */
export function collectArticles(target: string): {files: string[]; directory: boolean} {
  let stats
  try {
    stats = statSync(target)
  } catch {
    throw new UsageError(`Cannot find \`${target}\`: expected an article file or a directory of articles`)
  }
  if (!stats.isDirectory()) return {files: [target], directory: false}

  const files: string[] = []
  const walk = (directory: string): void => {
    for (const entry of readdirSync(directory, {withFileTypes: true})) {
      if (entry.name.startsWith('.') || entry.name === 'node_modules' || entry.name === 'dist') continue
      const full = path.join(directory, entry.name)
      if (entry.isDirectory()) walk(full)
      else if (ARTICLE_EXTENSIONS.includes(path.extname(entry.name).toLowerCase()) && !/^readme\./iu.test(entry.name)) files.push(full)
    }
  }
  walk(target)
  return {files: files.sort(), directory: true}
}
