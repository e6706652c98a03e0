import type {PhrasingContent, Root, RootContent} from 'mdast'

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
        const block = inlineBlock(node.children, kind, blocks.length)
        if (node.type === 'heading') block.depth = node.depth
        if (block.text.trim() !== '') blocks.push(block)
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
  return blocks
}

function inlineBlock(children: PhrasingContent[], kind: Block['kind'], index: number): Block {
  const block: Block = {index, kind, text: '', offsets: [], links: [], emphasis: []}
  let last = 0
  const add = (value: string, start: number | undefined, end: number | undefined): void => {
    const exact = start !== undefined && end !== undefined && end - start === value.length
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
          add(' ', start, end === undefined ? undefined : (start ?? end) + 1)
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
  return block
}

