/**
 * Lines across blocks: an embed's body is read line by line back from its
 * signature, across paragraph boundaries, so lines name their block. Every
 * step scans a bounded window.
 *
 * @module
 */
import { type Block, endOffset, startOffset } from '../../segment/blocks.js'
import { isSpaceCode } from '../../segment/chars.js'
import type { Range } from '../../span.js'

/** Whether the code unit is a line break. */
export function isLineBreak(c: number): boolean {
  return c === 0x0a || c === 0x0d
}

/** Start of the line holding `i`, scanning back at most `limit` characters; -1 when not found in that window. */
export function lineStartWithin(text: string, i: number, limit: number): number {
  if (i <= 0) return 0
  // The window reaches the text's start: two native searches, bounded by `limit` like the loop
  // (a line is mostly a whole paragraph, read back from its end).
  if (i <= limit) return Math.max(text.lastIndexOf('\n', i - 1), text.lastIndexOf('\r', i - 1)) + 1
  const stop = i - limit
  for (let k = i - 1; k >= stop; k--) if (isLineBreak(text.charCodeAt(k))) return k + 1
  return -1
}

/** End of the line holding `i`, scanning ahead at most `limit` characters; -1 when not found in that window. */
export function lineEndWithin(text: string, i: number, limit: number): number {
  if (i + limit >= text.length) {
    // The window reaches the text's end: two native searches, bounded by `limit` like the loop.
    const from = Math.max(0, i)
    const n = text.indexOf('\n', from)
    const r = text.indexOf('\r', from)
    return n === -1 ? (r === -1 ? text.length : r) : r === -1 ? n : Math.min(n, r)
  }
  const stop = i + limit
  for (let k = i; k < stop; k++) if (isLineBreak(text.charCodeAt(k))) return k
  return -1
}

/** A line of a block's text: `block.text.slice(from, to)`, without its line break. */
export interface Line {
  block: number
  from: number
  to: number
}

/** Longest line stepped over; a longer line ends the walk (no post is that long). */
export const MAX_LINE_CHARS = 4000

/** The text of `line`. */
export function lineText(blocks: readonly Block[], line: Line): string {
  return blocks[line.block]?.text.slice(line.from, line.to) ?? ''
}

/** The line holding `i` in block `b`, or `null` when it is longer than {@link MAX_LINE_CHARS}. */
export function lineAround(blocks: readonly Block[], b: number, i: number): Line | null {
  const text = blocks[b]?.text ?? ''
  const from = lineStartWithin(text, i, MAX_LINE_CHARS)
  const to = lineEndWithin(text, i, MAX_LINE_CHARS)
  return from === -1 || to === -1 ? null : { block: b, from, to }
}

/** The line before `line` (in its block, else the last line of the paragraph before), or `null`. */
export function previousLine(blocks: readonly Block[], line: Line): Line | null {
  const block = blocks[line.block]
  if (!block) return null
  if (line.from > 0) {
    let end = line.from - 1
    if (block.text[end] === '\n' && end > 0 && block.text[end - 1] === '\r') end--
    const from = lineStartWithin(block.text, end, MAX_LINE_CHARS)
    return from === -1 ? null : { block: line.block, from, to: end }
  }
  // No load at index -1: on an array that is a slow lookup of the property "-1".
  const prev = line.block > 0 ? blocks[line.block - 1] : undefined
  if (prev?.kind !== 'paragraph') return null
  return lineAround(blocks, prev.index, prev.text.length)
}

/** The line after `line` (in its block, else the first line of the paragraph after), or `null`. */
export function nextLine(blocks: readonly Block[], line: Line): Line | null {
  const block = blocks[line.block]
  if (!block) return null
  if (line.to < block.text.length) {
    let from = line.to + 1
    if (block.text[line.to] === '\r' && block.text[from] === '\n') from++
    const to = lineEndWithin(block.text, from, MAX_LINE_CHARS)
    return to === -1 ? null : { block: line.block, from, to }
  }
  const next = blocks[line.block + 1]
  if (next?.kind !== 'paragraph') return null
  return lineAround(blocks, next.index, 0)
}

/** `line` without its surrounding spaces (an empty line stays where it starts). */
export function trimLine(blocks: readonly Block[], line: Line): Line {
  const text = blocks[line.block]?.text ?? ''
  let { from, to } = line
  while (from < to && isSpaceCode(text.charCodeAt(from))) from++
  while (to > from && isSpaceCode(text.charCodeAt(to - 1))) to--
  return { block: line.block, from, to }
}

/**
 * The input offset where text index `i` of `block` starts a range. At the
 * block's start (only spaces before) it is the block node's own start, so
 * that Markdown syntax opening the block (`[` of a link) is kept.
 */
export function inputStart(block: Block, i: number): number {
  if (block.offsets === null) return block.start + i
  let k = 0
  while (k < i && isSpaceCode(block.text.charCodeAt(k))) k++
  return k === i ? block.start : startOffset(block, i)
}

/**
 * The input offset where text index `i` of `block` ends a range. At the
 * block's end (only spaces after) it is the block node's own end, so that
 * Markdown syntax closing the block (`](url)` of a link) is kept.
 */
export function inputEnd(block: Block, i: number): number {
  if (block.offsets === null) return block.start + i
  let k = block.text.length
  while (k > i && isSpaceCode(block.text.charCodeAt(k - 1))) k--
  return k === i ? block.end : endOffset(block, i)
}

/** The input range from the start of `first` to the end of `last`. */
export function linesRange(blocks: readonly Block[], first: Line, last: Line): Range {
  const a = blocks[first.block]
  const b = blocks[last.block]
  if (!a || !b) return { start: 0, end: 0 }
  const start = inputStart(a, first.from)
  return { start, end: Math.max(start, inputEnd(b, last.to)) }
}
