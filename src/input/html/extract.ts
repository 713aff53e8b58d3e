/**
 * The extracted text of an HTML page: the text blocks of the mdast tree
 * that hast-util-to-mdast made (paragraphs, headings, table cells, code),
 * joined by blank lines, with the HTML range of every character. The tree is
 * rewritten in place to index the extracted text, so the text pipeline runs
 * on it unchanged.
 *
 * @module
 */
import type { InlineCode, Nodes, Parents, Root, Text } from 'mdast'
import type { Point } from 'unist'
import { alignLeaf, type SourceMapBuilder } from './align.js'

/** What separates two blocks in the extracted text. */
export const BLOCK_SEPARATOR = '\n\n'

/** The extracted text and its map back to the HTML. */
export interface Extraction {
  /** The text the spans index: block texts separated by {@link BLOCK_SEPARATOR}. */
  text: string
  /** `starts[i]`: HTML offset where the source of `text[i]` starts; never decreases. */
  starts: Int32Array
  /** `ends[i]`: HTML offset where the source of `text[i]` ends (`>= starts[i]`). */
  ends: Int32Array
  /** The tree, now with one `text` leaf per block and positions into `text`. */
  tree: Root
}

type BlockNode = Extract<Nodes, { type: 'paragraph' | 'heading' | 'tableCell' | 'code' }>

function isBlock(node: Nodes): node is BlockNode {
  return (
    node.type === 'paragraph' || node.type === 'heading' || node.type === 'tableCell' || node.type === 'code'
  )
}

/**
 * Extract the text of `tree` (an mdast tree whose positions index `html`)
 * and rewrite the tree to index that text. Walks with explicit stacks.
 */
export function extractText(tree: Root, html: string): Extraction {
  const map: SourceMapBuilder = { starts: [], ends: [] }
  const parts: string[] = []
  const placed: Array<{ node: BlockNode; start: number; end: number }> = []
  let length = 0
  let cursor = 0
  const stack: Nodes[] = [tree]
  while (stack.length > 0) {
    const node = stack.pop()!
    if (isBlock(node) || node.type === 'text' || node.type === 'inlineCode') {
      const own: SourceMapBuilder = { starts: [], ends: [] }
      const read = blockText(node, html, cursor, own)
      cursor = read.cursor
      if (read.text.trim().length === 0) {
        placed.push({ node: toParagraph(node), start: length, end: length })
        continue
      }
      if (parts.length > 0) {
        parts.push(BLOCK_SEPARATOR)
        const at = map.ends.at(-1) ?? 0
        for (let k = 0; k < BLOCK_SEPARATOR.length; k++) push(map, at, at)
        length += BLOCK_SEPARATOR.length
      }
      for (let k = 0; k < own.starts.length; k++) push(map, own.starts[k]!, own.ends[k]!)
      parts.push(read.text)
      placed.push({ node: toParagraph(node), start: length, end: length + read.text.length })
      length += read.text.length
      continue
    }
    delete node.position
    if ('children' in node) {
      const children = (node as Parents).children
      for (let i = children.length - 1; i >= 0; i--) stack.push(children[i] as Nodes)
    }
  }
  const text = parts.join('')
  const point = pointFinder(text)
  for (const { node, start, end } of placed) {
    const position = { start: point(start), end: point(end) }
    node.position = position
    ;(node as Parents).children =
      end > start ? [{ type: 'text', value: text.slice(start, end), position }] : []
  }
  tree.position = { start: point(0), end: point(text.length) }
  return { text, ...monotone(map), tree }
}

/**
 * A stray leaf or a code block becomes a paragraph (in place), so that the
 * text pipeline, which reads paragraphs, headings and table cells, sees it.
 */
function toParagraph(node: BlockNode | Text | InlineCode): BlockNode {
  if (node.type === 'paragraph' || node.type === 'heading' || node.type === 'tableCell') return node
  const paragraph = node as unknown as Record<string, unknown>
  delete paragraph.value
  delete paragraph.lang
  delete paragraph.meta
  paragraph.type = 'paragraph'
  paragraph.children = []
  return node as unknown as BlockNode
}

/** The text of one block and the HTML range of each character (appended to `map`). */
function blockText(
  node: Nodes,
  html: string,
  cursor: number,
  map: SourceMapBuilder,
): { text: string; cursor: number } {
  const parts: string[] = []
  const stack: Nodes[] = [node]
  while (stack.length > 0) {
    const child = stack.pop()!
    if (child.type === 'text' || child.type === 'inlineCode' || child.type === 'code') {
      cursor = alignLeaf(
        child.value,
        child.position?.start.offset,
        child.position?.end.offset,
        html,
        cursor,
        map,
      )
      parts.push(child.value)
    } else if (child.type === 'break') {
      const at = child.position?.start.offset ?? cursor
      map.starts.push(at)
      map.ends.push(child.position?.end.offset ?? at)
      parts.push('\n')
    } else if ('children' in child) {
      const children = (child as Parents).children
      for (let i = children.length - 1; i >= 0; i--) stack.push(children[i] as Nodes)
    }
  }
  return { text: parts.join(''), cursor }
}

function push(map: SourceMapBuilder, start: number, end: number): void {
  map.starts.push(start)
  map.ends.push(end)
}

/** The map as typed arrays, starts made non-decreasing and each end at least its start. */
function monotone(map: SourceMapBuilder): { starts: Int32Array; ends: Int32Array } {
  const starts = Int32Array.from(map.starts)
  const ends = Int32Array.from(map.ends)
  let floor = 0
  for (let i = 0; i < starts.length; i++) {
    floor = Math.max(floor, starts[i] ?? 0)
    starts[i] = floor
    if ((ends[i] ?? 0) < floor) ends[i] = floor
  }
  return { starts, ends }
}

/** Offsets to unist points (1-based line and column) in `text`, by binary search over line starts. */
function pointFinder(text: string): (offset: number) => Point {
  const lineStarts: number[] = [0]
  for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) === 0x0a) lineStarts.push(i + 1)
  return (offset) => {
    let lo = 0
    let hi = lineStarts.length - 1
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1
      if ((lineStarts[mid] ?? 0) <= offset) lo = mid
      else hi = mid - 1
    }
    return { line: lo + 1, column: offset - (lineStarts[lo] ?? 0) + 1, offset }
  }
}
