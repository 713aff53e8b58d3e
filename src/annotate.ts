/**
 * `annotate()`: parse, then run the pipeline. Nothing else.
 *
 * @module
 */
import { analyze, analyzeBlocks } from './analyze.js'
import { flatString } from './input/flat.js'
import { annotateHtml } from './input/html/index.js'
import { markdownEvents, readMarkdown } from './input/markdown.js'
import { fromPlainText } from './input/text.js'
import type { AnnotateOptions, NewsDocument } from './model.js'
import { assertInput, resolveOptions } from './options.js'
import { collectBlocks } from './segment/blocks.js'
import { blocksFromPieces } from './segment/markdown-blocks.js'

/**
 * Find the quotes, their speakers and the embedded tweets in news text.
 *
 * Synchronous, pure and without I/O. Every span in the result indexes
 * `input` exactly (UTF-16 offsets); for HTML it indexes the extracted
 * text (`document.text`) and `span.source` the HTML.
 *
 * @param input The article: plain text (default), Markdown or HTML.
 * @param options See {@link AnnotateOptions}.
 * @throws {NewsmarkTypeError} When `input` is not a string or an option is unknown.
 */
export function annotate(input: string, options?: AnnotateOptions): NewsDocument {
  assertInput(input)
  const resolved = resolveOptions(options)
  // The same characters, as one flat string: every offset and every text read from it is the same.
  const text = flatString(input)
  if (resolved.format === 'html') return annotateHtml(text, resolved)
  if (resolved.format === 'markdown') {
    // No mdast tree: the blocks are read from micromark's events.
    const read = readMarkdown(text)
    const blocks = () =>
      read.pieces ? blocksFromPieces(read.pieces, text, markdownEvents) : collectBlocks(read.tree, text)
    return analyzeBlocks(blocks, text, 'markdown', resolved, read.warning ? [read.warning] : []).document
  }
  return analyze(fromPlainText(text), text, 'text', resolved).document
}
