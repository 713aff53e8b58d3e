/**
 * How `annotate()` gets the blocks of plain text and Markdown, with no mdast
 * tree built: plain-text paragraphs are input slices, and Markdown blocks are
 * read from micromark's events (a plain-text tree when a guard tripped).
 * Shared by `annotate()` and `--profile`.
 *
 * @module
 */
import type { Event } from 'micromark-util-types'
import { markdownEvents, readMarkdown } from '../input/markdown.js'
import { plainTextParagraphs } from '../input/text.js'
import { type Block, collectBlocks, plainTextBlocks } from './blocks.js'
import { blocksFromPieces } from './markdown-blocks.js'

/** A parsed document whose blocks are read when asked. */
export interface PreparedBlocks {
  /** Read the blocks (Markdown is tokenized piece by piece here, with `tokenize`). */
  readBlocks: () => Block[]
  /** Set when a guard tripped and Markdown is read as plain text. */
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
    const paragraphs = plainTextParagraphs(text)
    return { readBlocks: () => plainTextBlocks(text, paragraphs), warnings: [] }
  }
  const read = readMarkdown(text)
  if (read.pieces === null)
    return { readBlocks: () => collectBlocks(read.tree, text), warnings: [read.warning] }
  const { pieces } = read
  return { readBlocks: () => blocksFromPieces(pieces, text, tokenize), warnings: [] }
}
