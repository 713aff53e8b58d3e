/**
 * Blocks: the paragraphs (and headings, table cells) of an mdast tree as
 * flat strings that the detectors read, each with a map from its characters
 * back to offsets in the caller's input.
 *
 * For plain text a block's text is exactly a slice of the input. For Markdown
 * it is the concatenated value of the block's text leaves (emphasis markers,
 * link destinations and escapes removed), and every character keeps the input
 * offset it came from.
 *
 * @module
 */
import type { Nodes, Parents, Root } from 'mdast'
import type { Range } from '../span.js'

/** The mdast node kinds whose text is analysed, one block each. */
export type BlockKind = 'paragraph' | 'heading' | 'tableCell'

/** One analysed block of text. */
export interface Block {
  /** Position in the document's block list. */
  index: number
  /** The mdast node type the block came from. */
  kind: BlockKind
  /**
   * The mdast node itself (the unified plugin marks it); `null` when the
   * block was read straight from Markdown tokens, with no tree built
   * (`annotate()` on Markdown).
   */
  node: Nodes | null
  /** The text the detectors read. */
  text: string
  /** Input offset where the block's node starts. */
  start: number
  /** Input offset where the block's node ends. */
  end: number
  /**
   * `offsets[i]` is the input offset of `text[i]`; `null` when the text is the
   * input slice itself (`text[i]` is `input[start + i]`).
   */
  offsets: Int32Array | null
  /**
   * An id for the innermost Markdown blockquote holding the block (blocks of
   * one blockquote share it), or -1 outside any blockquote.
   */
  container: number
  /** The Markdown links inside the block (`[text](url)` and autolinks), in document order; none for plain text. */
  links: readonly BlockLink[]
}

/** A Markdown link inside a block: `[text](url)` or `<url>` (not a reference link, not inside an image). */
export interface BlockLink {
  /** The destination, with escapes and character references decoded. */
  url: string
  /** The values of the link's direct children that have one (text, inline code, raw HTML), joined. */
  text: string
  /** Input offset where the link's source starts. */
  start: number
  /** Input offset where it ends. */
  end: number
}

/**
 * A piece of a block's text: a text or inline code leaf, or a line break
 * (which reads as one `\n`), with the input range it came from.
 */
export interface Leaf {
  /** The mdast node it stands for: text, inline code, or a line break. */
  type: 'text' | 'inlineCode' | 'break'
  /** The leaf's text (escapes and character references decoded); unused for a break. */
  value: string
  /** Input offset where the leaf's source starts, if known. */
  start: number | undefined
  /** Input offset where it ends, if known. */
  end: number | undefined
}

/** Shortest string that V8 keeps as a view on the string it was cut from: a shorter one is a copy already. */
const MIN_VIEW_LENGTH = 13

/**
 * `text` as a string of its own: the same code units, laid out flat. A
 * block's text is mostly cut from a longer string (a plain-text paragraph is
 * a slice of the input; a Markdown leaf is built by appending token slices),
 * which V8 keeps as a view or a chain of pieces that every read goes
 * through, and the stages read a block's text many times over. `join` of two
 * parts builds a new flat string (`slice` would make another view, and `+`
 * a pair).
 */
export function flatText(text: string): string {
  if (text.length < MIN_VIEW_LENGTH) return text
  return [text.slice(0, 1), text.slice(1)].join('')
}

/** No links: shared by every block that has none. */
export const NO_LINKS: readonly BlockLink[] = Object.freeze([])

/** Input offset of the character at `i` in `block.text` (a range start). */
export function startOffset(block: Block, i: number): number {
  if (block.offsets === null) return block.start + i
  if (block.text.length === 0) return block.start
  if (i >= block.text.length) return endOffset(block, block.text.length)
  return block.offsets[i] ?? block.start
}

/** Input offset just after the character before `i` in `block.text` (a range end). */
export function endOffset(block: Block, i: number): number {
  if (block.offsets === null) return block.start + i
  if (i <= 0) return startOffset(block, 0)
  const last = block.offsets[Math.min(i, block.text.length) - 1]
  return last === undefined ? block.start : last + 1
}

/** The input range of `block.text.slice(from, to)`. */
export function blockRange(block: Block, from: number, to: number): Range {
  // The text is its input slice: positions shift by the block's start (startOffset and endOffset's first case).
  if (block.offsets === null) return { start: block.start + from, end: block.start + Math.max(from, to) }
  const start = startOffset(block, from)
  return { start, end: Math.max(start, endOffset(block, to)) }
}

/**
 * Whether `value` stands in `input` at `from`. A slice compared with `===`:
 * V8's `startsWith` reads a long string character by character, about
 * twenty times slower (measured here on a 470-character paragraph).
 */
export function sourceIs(input: string, from: number, value: string): boolean {
  return input.slice(from, from + value.length) === value
}

/** How far ahead the aligner looks for a leaf's next character in the source. */
const ALIGN_WINDOW = 16

/**
 * Collect the blocks of `tree`, in document order. Walks the tree with an
 * explicit stack, so any nesting depth is safe.
 */
export function collectBlocks(tree: Root, input: string): Block[] {
  const blocks: Block[] = []
  let nextContainer = 0
  // Stack of [node, container id]; children pushed in reverse to keep order.
  const stack: Array<[Nodes, number]> = [[tree, -1]]
  while (stack.length > 0) {
    const [node, container] = stack.pop()!
    if (node.type === 'paragraph' || node.type === 'heading' || node.type === 'tableCell') {
      blocks.push(makeBlock(node, node.type, blocks.length, container, input))
      continue
    }
    if (!('children' in node) || node.type === 'tweet') continue
    const inner = node.type === 'blockquote' ? nextContainer++ : container
    const children = (node as Parents).children
    for (let i = children.length - 1; i >= 0; i--) stack.push([children[i] as Nodes, inner])
  }
  return blocks
}

/**
 * Whether a paragraph's only text leaf, `value` at [`from`, `to`), is the
 * paragraph's source itself, [`start`, `end`) of `input`: then its text
 * needs no offsets.
 */
export function leafIsSource(
  input: string,
  start: number,
  end: number,
  from: number | undefined,
  to: number | undefined,
  value: string,
): boolean {
  return from === start && to === end && value.length === end - start && sourceIs(input, start, value)
}

/** A block whose text is its source slice `text` (no offsets, no links). */
export function sourceBlock(
  index: number,
  kind: BlockKind,
  node: Nodes | null,
  text: string,
  start: number,
  end: number,
  container: number,
): Block {
  return { index, kind, node, text: flatText(text), start, end, offsets: null, container, links: NO_LINKS }
}

function makeBlock(node: Nodes, kind: BlockKind, index: number, container: number, input: string): Block {
  const start = node.position?.start.offset ?? 0
  const end = node.position?.end.offset ?? start
  // Plain-text fast path: one text child whose value is the source slice.
  if (kind === 'paragraph' && 'children' in node && node.children.length === 1) {
    const only = node.children[0]
    if (
      only?.type === 'text' &&
      leafIsSource(input, start, end, only.position?.start.offset, only.position?.end.offset, only.value)
    ) {
      return sourceBlock(index, kind, node, only.value, start, end, container)
    }
  }
  // The block's leaves and links in document order.
  const leaves: Leaf[] = []
  let links: BlockLink[] | null = null
  const stack: Nodes[] = [node]
  while (stack.length > 0) {
    const child = stack.pop()!
    if (child.type === 'text' || child.type === 'inlineCode' || child.type === 'break') {
      leaves.push({
        type: child.type,
        value: child.type === 'break' ? '' : child.value,
        start: child.position?.start.offset,
        end: child.position?.end.offset,
      })
    } else if ('children' in child) {
      if (child.type === 'link') {
        let text = ''
        for (const inner of child.children) if ('value' in inner) text += inner.value
        links ??= []
        links.push({
          url: child.url,
          text,
          start: child.position?.start.offset ?? 0,
          end: child.position?.end.offset ?? 0,
        })
      }
      const children = (child as Parents).children
      for (let i = children.length - 1; i >= 0; i--) stack.push(children[i] as Nodes)
    }
  }
  const { text, offsets } = textOfLeaves(leaves, start, input)
  return { index, kind, node, text, start, end, offsets, container, links: links ?? NO_LINKS }
}

/**
 * A block's text from its leaves, in order, and the input offset of each of
 * its characters: a break reads as `\n` at the break's start (or where the
 * text before it ends, or at `start`).
 */
export function textOfLeaves(
  leaves: readonly Leaf[],
  start: number,
  input: string,
): { text: string; offsets: Int32Array } {
  let length = 0
  for (const leaf of leaves) length += leaf.type === 'break' ? 1 : leaf.value.length
  const parts: string[] = []
  const offsets = new Int32Array(length)
  let filled = 0
  for (const leaf of leaves) {
    if (leaf.type === 'break') {
      parts.push('\n')
      offsets[filled] = leaf.start ?? (filled > 0 ? offsets[filled - 1]! : start)
      filled++
    } else {
      alignLeaf(leaf.value, leaf.start, leaf.end, input, offsets, filled)
      parts.push(leaf.value)
      filled += leaf.value.length
    }
  }
  return { text: flatText(parts.join('')), offsets }
}

/**
 * Map each character of a leaf's `value` to the input offset it came from:
 * walk the source from the leaf's start, matching characters in order and
 * skipping at most {@link ALIGN_WINDOW} source characters (escapes, entities,
 * blockquote markers on continuation lines). A character with no match (an
 * entity's decoded form) maps to the current source position. Writes
 * `value.length` offsets into `out` from index `at`.
 */
function alignLeaf(
  value: string,
  from: number | undefined,
  to: number | undefined,
  input: string,
  out: Int32Array,
  at: number,
): void {
  if (from === undefined || to === undefined) {
    const previous = at > 0 ? out[at - 1]! : 0
    out.fill(previous, at, at + value.length)
    return
  }
  if (to - from === value.length && sourceIs(input, from, value)) {
    // The leaf is its source slice (no escape, entity or container marker inside): character i is at from + i.
    for (let i = 0; i < value.length; i++) out[at + i] = from + i
    return
  }
  let j = from
  for (let i = 0; i < value.length; i++) {
    const c = value.charCodeAt(i)
    let k = j
    const limit = Math.min(to, j + ALIGN_WINDOW)
    while (k < limit && input.charCodeAt(k) !== c) k++
    if (k < limit) {
      out[at + i] = k
      j = k + 1
    } else {
      out[at + i] = Math.min(j, Math.max(from, to - 1))
    }
  }
}
