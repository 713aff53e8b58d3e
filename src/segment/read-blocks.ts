/**
 * How `annotate()` gets the blocks of plain text and Markdown: plain text
 * through `fromPlainText`'s tree, Markdown straight from micromark's events
 * with no mdast tree built (a plain-text tree when a guard tripped). Shared
 * by `annotate()` and `--profile`.
 *
 * Plain text keeps its tree: reading its paragraphs as input slices without
 * one was tried, gave equal blocks and 2% less work on 1,000 articles, but
 * the bench's one-article case ran about 1.5x slower with it, as V8 then
 * compiled the analysis differently (measured here, reproducibly).
 *
 * @module
 */
import type { Event } from 'micromark-util-types'
import { markdownEvents, readMarkdown } from '../input/markdown.js'
import { fromPlainText } from '../input/text.js'
import { type Block, collectBlocks } from './blocks.js'
import { blocksFromPieces } from './markdown-blocks.js'

/** A parsed document whose blocks are read when asked. */
export interface PreparedBlocks {
  /** Read the blocks (Markdown is tokenized piece by piece here, with `tokenize`). */
  readBlocks: () => Block[]
  /** Why Markdown was read as plain text (a guard tripped), or why its link definitions apply only within their piece. */
  warnings: string[]
}

/**
 * Parse `text` as `format` (the paragraphs of plain text; the guards and
 * pieces of Markdown) and return how to read its blocks. `tokenize`
 * defaults to {@link markdownEvents}; `--profile` passes a timed one.
 */
export function prepareBlocks(
  text: string,
  format: 'text' | 'markdown',
  tokenize: (doc: string) => Event[] = markdownEvents,
): PreparedBlocks {
  if (format === 'text') {
    const tree = fromPlainText(text)
    return { readBlocks: () => collectBlocks(tree, text), warnings: [] }
  }
  const read = readMarkdown(text)
  if (read.pieces === null)
    return { readBlocks: () => collectBlocks(read.tree, text), warnings: [read.warning] }
  const { pieces, warning } = read
  return { readBlocks: () => blocksFromPieces(pieces, text, tokenize), warnings: warning ? [warning] : [] }
}
