/**
 * Sentence segmentation that keeps a quotation whole: “We are here. We hope…,” said X. is one
 * sentence, so a quote and its speaker share one source.
 */

export interface Span {
  start: number
  end: number
}

// Single curly quotes are left out: ’ is far more often an apostrophe.
const OPENING = new Set(['“', '«'])
const CLOSING = new Set(['”', '»'])
const TERMINAL = /[.!?…]/
const AFTER_TERMINAL = /[”»"’')\]]/
const ABBREVIATIONS = new Set([
  'mr', 'mrs', 'ms', 'dr', 'prof', 'st', 'gen', 'gov', 'sen', 'rep', 'jr', 'sr', 'sra', 'srta', 'dra',
  // Ranks: "the interior minister, Lt. Gen. Sheikh Rashid", "el Gral. Karl Brandt", "el Cnel. Ruiz".
  'lt', 'maj', 'capt', 'sgt', 'cpl', 'adm', 'brig', 'cmdr', 'gral', 'cnel', 'tte',
  // "and Atty. Ana Lenz": an attorney's title in the Philippines and the US.
  'atty',
  // Clergy: "the Rev. Dr. Ana Lenz", "Fr. Karl Brandt", "Mons. Eva Ruiz".
  'rev', 'revd', 'fr', 'mons', 'msgr', 'pbro',
  // "Md. Yunus Khan", "Mohd. Ali": Muhammad shortened, as South Asian names write it.
  'md', 'mohd',
  // "S.E. Hugo Martínez": Su Excelencia. "the Rt. Hon. Femi Gbajabiamila", "Hon. Minister Tiran Alles".
  's.e', 'hon', 'rt',
  // "P.O. Box 241", "News Service Nr. 218".
  'p.o', 'nr',
  // "CCR v. Bush": a case's "versus".
  'v', 'vs', 'etc', 'e.g', 'i.e', 'inc', 'ltd', 'no', 'nos', 'u.s', 'u.k', 'u.n', 'approx', 'dept', 'av', 'avda', 'lic', 'ing',
  // Addresses: "No. 111, Col. Doctores, Del. Cuauhtémoc", "Ave. Reforma", "Tel. 555".
  'col', 'del', 'depto', 'esq', 'núm', 'num', 'int', 'ext', 'tel', 'ave', 'blvd', 'calz', 'apt', 'apdo'
])

const CLOCK_BEFORE = /\b[ap]\.m\.$/i
const TIME_ZONE_AFTER = /^(?:GMT|UTC|CET|CEST|EET|EEST|WET|BST|EST|EDT|CST|CDT|PST|PDT|MST|MDT|ET|PT|EAT|WAT|CAT|SAST|IST)\b/

export function splitSentences(text: string): Span[] {
  const spans: Span[] = []
  const quoteEnds = closingQuoteMap(text)
  let start = skipSpace(text, 0)
  let depth = 0
  // Jump from one punctuation mark to the next: everything else is just read past.
  const marks = /[.!?…“”«»"]/g
  marks.lastIndex = start

  for (let found = marks.exec(text); found; found = marks.exec(text)) {
    const index = found.index
    const char = found[0]
    if (OPENING.has(char)) {
      if (quoteEnds.has(index)) depth++
      continue
    }
    if (CLOSING.has(char)) {
      if (depth > 0) depth--
      continue
    }
    if (char === '"') {
      if (quoteEnds.has(index)) depth++
      else if (depth > 0) depth--
      continue
    }
    if (depth > 0 || !TERMINAL.test(char)) continue

    let end = index + 1
    while (end < text.length && (TERMINAL.test(text[end] ?? '') || AFTER_TERMINAL.test(text[end] ?? ''))) end++
    const next = skipSpace(text, end)
    if (next === end && end < text.length) continue
    if (char === '.' && isAbbreviation(text, index)) continue
    // "at 11:30 a.m. CET", "a las 11:30 a.m. (hora local), el experto …": a time zone or a gloss after the clock goes on the sentence.
    if (char === '.' && CLOCK_BEFORE.test(text.slice(Math.max(0, index - 8), end)) && (TIME_ZONE_AFTER.test(text.slice(next, next + 6)) || /^\((?:hora|local|time)\b/iu.test(text.slice(next, next + 8)))) continue
    const following = text[next] ?? ''
    if (next < text.length && !/[\p{Lu}\p{N}“«"¿¡‘([-]/u.test(following)) continue

    spans.push({start, end})
    start = next
    marks.lastIndex = next
  }

  const last = text.trimEnd().length
  if (start < last) spans.push({start, end: last})
  return spans
}

/** Opening quote offsets that have a matching close later in the text. */
function closingQuoteMap(text: string): Set<number> {
  const opens = new Set<number>()
  const stack: number[] = []
  let straight = -1
  for (let index = 0; index < text.length; index++) {
    const char = text[index]
    if (char === '“' || char === '«') stack.push(index)
    else if ((char === '”' || char === '»') && stack.length > 0) opens.add(stack.pop() ?? 0)
    else if (char === '"') {
      if (straight === -1) straight = index
      else {
        opens.add(straight)
        straight = -1
      }
    }
  }
  return opens
}

function isAbbreviation(text: string, dot: number): boolean {
  const before = /([\p{L}.]+)$/u.exec(text.slice(Math.max(0, dot - 12), dot))
  if (!before) return false
  const word = before[1] ?? ''
  if (/^\p{Lu}$/u.test(word)) return true
  // "REGINA, Jan. 21, 2020": a month shortened before its day.
  if (MONTH_SHORT.test(word) && /^\s*\d/u.test(text.slice(dot + 1))) return true
  // "charged under Art. 177 of the Penal Code", "sec. 4", "párr. 12": a shortened word for a part of a text, before its number.
  if (NUMBERED_PART.test(word) && /^\s*\d/u.test(text.slice(dot + 1))) return true
  // "Derechos Humanos, A.C. (CADHAC) es …": a legal form inside its sentence, which a bracket or a lower-case word goes on with.
  if (LEGAL_FORMS.has(word.toLowerCase()) && /^\s*[(\p{Ll},]/u.test(text.slice(dot + 1))) return true
  // "FAIRFIELD, Conn. (Jan. 10, 2022) –": a US state shortened in a dateline, which its date in brackets, a comma or a dash goes on with.
  // "Washington, D.C. - La Comisión …": a plain hyphen too.
  if (US_STATE_SHORT.test(word) && /^\s*[(,–—-]/u.test(text.slice(dot + 1))) return true
  // "Nueva York (EE. UU.), miércoles …": Spanish doubles the letters of a plural name, with a space between or none.
  if (word === 'EE' && /^\s?UU\./u.test(text.slice(dot + 1))) return true
  return ABBREVIATIONS.has(word.toLowerCase())
}

/** Shortened words for the parts of a law or a text that a number follows: "Art. 177", "Sec. 4", "párr. 12", "pp. 3"; rupees too ("Rs. 25,000"). */
const NUMBERED_PART = /^(?:art|arts|sec|secs|para|paras|párr|parr|p|pp|ch|chap|cap|fig|vol|inc|núm|pág|pag|rs)$/iu

const US_STATE_SHORT = /^(?:Ala|Ariz|Ark|Calif|Colo|Conn|Fla|Ga|Ill|Ind|Kan|Ky|La|Md|Mass|Mich|Minn|Miss|Mo|Mont|Neb|Nev|N\.H|N\.J|N\.M|N\.Y|N\.C|N\.D|Okla|Ore|Pa|R\.I|S\.C|S\.D|Tenn|Tex|Vt|Va|Wash|W\.Va|Wis|Wyo|D\.C)$/u

const LEGAL_FORMS = new Set(['a.c', 's.a', 's.c', 's.l', 'i.a.p', 'a.b.p'])

const MONTH_SHORT = /^(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec|[Ee]ne|[Aa]br|[Aa]go|[Ss]ept?|[Dd]ic)$/u

function skipSpace(text: string, index: number): number {
  while (index < text.length && /\s/.test(text[index] ?? '')) index++
  return index
}
