/**
 * `annotate()`: parse, then run the pipeline. Nothing else.
 *
 * @module
 */
import { analyzeBlocks } from './analyze.js'
import { flatString } from './input/flat.js'
import { annotateHtml } from './input/html/index.js'
import type { AnnotateOptions, NewsDocument } from './model.js'
import { assertInput, resolveOptions } from './options.js'
import { prepareBlocks } from './segment/read-blocks.js'

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
  // Markdown builds no mdast tree unless a guard trips: see prepareBlocks.
  const { readBlocks, warnings } = prepareBlocks(text, resolved.format)
  return analyzeBlocks(readBlocks, text, resolved.format, resolved, warnings).document
}
