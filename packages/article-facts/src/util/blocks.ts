import type {PhrasingContent, Root, RootContent} from 'mdast'
import {ADVISORY_LABELS} from './patterns.js'

/** A link inside a block: `start`/`end` index the block's text. */
export interface BlockLink {
  start: number
  end: number
  url: string
}

/**
 * A paragraph-like unit of the article (paragraph, heading, list item paragraph) as plain text,
 * with, for every character, its offset in the original file.
 */
export interface Block {
  index: number
  kind: 'paragraph' | 'heading' | 'list-item'
  depth?: number
  text: string
  /** `offsets[i]` is the file offset of `text[i]`; one extra entry marks the end. */
  offsets: number[]
  links: BlockLink[]
  /** Emphasised spans (`*…*`, `**…**`): where Markdown articles put report titles. */
  emphasis: Array<{start: number; end: number}>
}

/** Flatten the prose of an mdast tree into blocks; code, HTML and frontmatter are not prose. */
export function treeToBlocks(tree: Root): Block[] {
  const blocks: Block[] = []
  const visit = (node: RootContent, inList: boolean): void => {
    switch (node.type) {
      case 'paragraph':
      case 'heading': {
        const kind = node.type === 'heading' ? 'heading' : inList ? 'list-item' : 'paragraph'
        const read = inlineBlock(node.children, kind, blocks.length)
        for (const {block, breaks} of splitAtLabels(read.block, read.breaks)) {
          labelLine(block, breaks)
          if (node.type === 'heading') block.depth = node.depth
          if (block.text.trim() !== '') blocks.push(block)
        }
        break
      }
      case 'list':
      case 'listItem':
      case 'blockquote': {
        for (const child of node.children) visit(child, inList || node.type !== 'blockquote')
        break
      }
      default:
        break
    }
  }
  for (const child of tree.children) visit(child, false)
  return withLabelParagraphs(blocks)
}

const LABEL = `(?:${ADVISORY_LABELS.when}|${ADVISORY_LABELS.where}|${ADVISORY_LABELS.who}|${ADVISORY_LABELS.contact})`
const LABEL_START = new RegExp(`^${LABEL}:?`, 'u')
const LABEL_ALONE = new RegExp(`^${LABEL}\\s*:?\\s*$`, 'u')

/**
 * "**When**" (or "**Media contact**") on a line of its own and the value on the lines below: the
 * genre's "When: …" line laid out otherwise. The label gets its colon and the value's lines their commas ("Press Club of
 * Tromsvik, 4 Harbour Road, Strelsau").
 */
function labelLine(block: Block, breaks: readonly number[]): void {
  const label = LABEL_START.exec(block.text)?.[0]
  const [first, ...rest] = breaks
  if (label === undefined || first === undefined || block.text.slice(label.length, first).trim() !== '') return
  for (const at of rest.reverse()) if (!/[,.;:]\s*$/u.test(block.text.slice(0, at))) insert(block, at, ',')
  if (!label.endsWith(':')) insert(block, label.length, ':')
}

const LABELLED_LINE = new RegExp(`^${LABEL}\\s*:`, 'u')

/** A short capitalised label and its colon opening a line: "Event:", "Fecha y hora:". */
const FIRST_LABEL = /^\p{Lu}[\p{L}\p{M} ]{0,24}:\s/u

/**
 * "When: …", "Where: …" and "Who:" on consecutive lines of one paragraph: each line a block of its
 * own, as if a blank line stood between them, so that one label's value never runs into the next.
 */
function splitAtLabels(block: Block, breaks: readonly number[]): Array<{block: Block; breaks: number[]}> {
  const starts = [0, ...breaks.map((at) => at + 1)]
  const found = starts.filter((start) => LABELLED_LINE.test(block.text.slice(start)))
  // "Event: 'Open Harbour Lunch'" over "When: …" and "Where: …": a first line under a label of its own is a line of its own too.
  const labelled = found[0] !== 0 && found.length >= 2 && FIRST_LABEL.test(block.text) ? [0, ...found] : found
  if (labelled.length >= 2 && labelled[0] === 0) return splitAt(block, breaks, labelled)
  return addressLines(block, starts) ? splitAt(block, breaks, starts) : [{block, breaks: [...breaks]}]
}

/**
 * "**Abdelmadjid Tebboune**, President of the Republic of Algeria" / "Place Mohammed Seddik …" /
 * "Fax: +213 …": a name set in bold and the lines of its address, each line a block of its own
 * (a title never runs into the street). Wrapped prose goes on in lower case somewhere; an address does not.
 */
function addressLines(block: Block, starts: readonly number[]): boolean {
  if (starts.length < 2 || block.emphasis[0]?.start !== 0 || block.text.charAt(block.emphasis[0].end) !== ',') return false
  return starts.slice(1).every((start) => /^[\p{Lu}\d+(]/u.test(block.text.slice(start)))
}

function splitAt(block: Block, breaks: readonly number[], labelled: readonly number[]): Array<{block: Block; breaks: number[]}> {
  return labelled.map((start, k) => {
    const end = k + 1 < labelled.length ? labelled[k + 1]! - 1 : block.text.length
    const within = <T extends {start: number; end: number}>(span: T): boolean => span.start >= start && span.end <= end
    const shift = <T extends {start: number; end: number}>(span: T): T => ({...span, start: span.start - start, end: span.end - start})
    return {
      block: {
        ...block,
        text: block.text.slice(start, end),
        offsets: block.offsets.slice(start, end + 1),
        links: block.links.filter(within).map(shift),
        emphasis: block.emphasis.filter(within).map(shift)
      },
      breaks: breaks.filter((at) => at > start && at < end).map((at) => at - start)
    }
  })
}

/** A paragraph that is only a label ("When", one line per paragraph) labels the paragraph after it. */
function withLabelParagraphs(blocks: Block[]): Block[] {
  const merged: Block[] = []
  for (let index = 0; index < blocks.length; index++) {
    const block = blocks[index]!
    const next = blocks[index + 1]
    if (LABEL_ALONE.test(block.text) && next && next.kind === block.kind) {
      const label = block.text.replace(/[:\s]+$/u, '')
      const gap = next.offsets[0] ?? 0
      merged.push({
        ...next,
        index: merged.length,
        text: `${label}: ${next.text}`,
        offsets: [...block.offsets.slice(0, label.length), gap, gap, ...next.offsets],
        links: next.links.map((link) => ({...link, start: link.start + label.length + 2, end: link.end + label.length + 2})),
        emphasis: next.emphasis.map((span) => ({start: span.start + label.length + 2, end: span.end + label.length + 2}))
      })
      index++
      continue
    }
    merged.push({...block, index: merged.length})
  }
  return merged
}

/** Writes `value` into the block's text at `at`, its characters placed where the text's there is. */
function insert(block: Block, at: number, value: string): void {
  if (value === '') return
  const offset = block.offsets[at] ?? block.offsets.at(-1) ?? 0
  block.text = block.text.slice(0, at) + value + block.text.slice(at)
  block.offsets.splice(at, 0, ...Array.from(value, () => offset))
  const shift = <T extends {start: number; end: number}>(span: T): T => ({...span, start: span.start >= at ? span.start + value.length : span.start, end: span.end > at ? span.end + value.length : span.end})
  block.links = block.links.map(shift)
  block.emphasis = block.emphasis.map(shift)
}

/** The block, and where its lines broke (indexes of its text, each a space now). */
function inlineBlock(children: PhrasingContent[], kind: Block['kind'], index: number): {block: Block; breaks: number[]} {
  const block: Block = {index, kind, text: '', offsets: [], links: [], emphasis: []}
  const breaks: number[] = []
  let last = 0
  const add = (value: string, start: number | undefined, end: number | undefined): void => {
    const exact = start !== undefined && end !== undefined && end - start === value.length
    for (const match of value.matchAll(/\r?\n/gu)) breaks.push(block.text.length + match.index)
    // Soft line breaks inside a paragraph read as spaces; same length keeps offsets true.
    block.text += value.replace(/[\n\r\t]/g, ' ')
    const from = start ?? last
    const limit = end === undefined ? Infinity : Math.max(end - 1, 0)
    for (let index = 0; index < value.length; index++) block.offsets.push(exact ? from + index : Math.min(from + index, limit))
    last = end ?? (block.offsets.at(-1) ?? last) + 1
  }
  const walk = (nodes: PhrasingContent[]): void => {
    for (const node of nodes) {
      const start = node.position?.start.offset
      const end = node.position?.end.offset
      switch (node.type) {
        case 'text':
        case 'inlineCode':
          add(node.value, start, end)
          break
        case 'break':
          add('\n', start, end === undefined ? undefined : (start ?? end) + 1)
          break
        case 'link':
        case 'linkReference': {
          const from = block.text.length
          walk(node.children)
          if (node.type === 'link') block.links.push({start: from, end: block.text.length, url: node.url})
          break
        }
        case 'emphasis':
        case 'strong': {
          const from = block.text.length
          walk(node.children)
          block.emphasis.push({start: from, end: block.text.length})
          break
        }
        case 'delete':
          walk(node.children)
          break
        default:
          break
      }
    }
  }
  walk(children)
  block.offsets.push(last)
  return {block, breaks}
}

