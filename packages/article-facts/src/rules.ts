/**
 * Every rule id this package reports, in one place. A message's `ruleId` is one of these and its
 * `source` is `article-facts`.
 */
export const SOURCE = 'article-facts'

export const rules = {
  /** The file is empty or only whitespace. */
  emptyFile: 'empty-file',
  /** The file contains NUL bytes: not a text article. */
  binaryFile: 'binary-file',
  /** The bytes are not valid UTF-8. */
  invalidUtf8: 'invalid-utf8',
  /** The file is larger than `maxBytes`. */
  tooLarge: 'too-large',
  /** Markdown no article is written in, that would take the parser minutes (runs of thousands of `*`, deep nesting). */
  markdownTooDeep: 'markdown-too-deep',
  /** The YAML frontmatter cannot be parsed or has fields of the wrong type. */
  frontmatterInvalid: 'frontmatter-invalid',
  /** A frontmatter or option date is not an ISO `YYYY-MM-DD` date. */
  publishedInvalid: 'published-invalid',
  /** No fact at all was recognised: the article is of another genre or shape. */
  noFacts: 'no-facts',
  /** No organisation, person, report, petition or event was recognised, but sentences say where and when things happened: only they can answer. */
  sentencesOnly: 'sentences-only',
  /** A date in the text could not be pinned to a year. */
  dateUnresolved: 'date-unresolved',
  /** A weekday does not match the day and month in the resolved year. */
  dateWeekdayMismatch: 'date-weekday-mismatch',
  /** A quote whose speaker is not named near it. */
  quoteSpeakerUnknown: 'quote-speaker-unknown',
  /** The extracted facts do not satisfy the facts schema (a bug in an extractor). */
  factsInvalid: 'facts-invalid',
  /** A directory holds no article files. */
  noArticles: 'no-articles',
  /** The file cannot be read. */
  unreadable: 'unreadable'
} as const

export type RuleId = (typeof rules)[keyof typeof rules]
