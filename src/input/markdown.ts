/**
 * Markdown input: remark-parse, behind guards.
 *
 * remark-parse is superlinear on some hostile shapes (measured here: 10 KB of
 * `*_` in 0.9 s and 20 KB in 1.9 s; 50 KB took 17.7 s; a staircase of ever
 * deeper `>` lines took 25 s and 3.2 GB on 2 MB). Before parsing, one linear
 * scan looks for those shapes; when it finds one, the document is read as
 * plain text instead (every character is kept) and the reason is reported.
 *
 * @module
 */
import type { Root } from 'mdast'
import { parse, postprocess, preprocess } from 'micromark'
import type { Event } from 'micromark-util-types'
import remarkParse from 'remark-parse'
import { unified } from 'unified'
import { type MarkdownPiece, markdownPieces, parsePieces } from './markdown-chunks.js'
import { fromPlainText } from './text.js'

/** Deepest container prefix (`>`, list markers, indentation) a line may open with. */
export const MAX_LINE_NESTING = 64
/** Most Markdown punctuation characters a blank-line-separated chunk may hold… */
export const MAX_CHUNK_PUNCTUATION = 2000
/** …when they also make up more than this share of the chunk. */
export const MAX_PUNCTUATION_SHARE = 0.25

/**
 * Most lines that could underline a setext heading (only `-`, `=`, `*`, `+`,
 * `_` and spaces, right after a line of text) a document may hold in a row,
 * with no paragraph ending at a blank line between them. remark-parse is
 * quadratic on such chains (measured here: `a\n-\n` 1,000 times in 2.3 s,
 * 2,000 times in 11.2 s; `—\n–\n-\n` 24 KB in 73 s), linear when ordinary
 * paragraphs come between.
 */
export const MAX_UNDERLINE_CHAIN = 100

type LineKind = 'blank' | 'underline' | 'text'

function lineKind(input: string, start: number, end: number): LineKind {
  let markers = 0
  for (let i = start; i < end; i++) {
    const c = input.charCodeAt(i)
    if (c === 0x2d || c === 0x3d || c === 0x2a || c === 0x2b || c === 0x5f) markers++
    else if (c !== 0x20 && c !== 0x09 && c !== 0x0d) return 'text'
  }
  return markers > 0 ? 'underline' : 'blank'
}

/** Whether more than {@link MAX_UNDERLINE_CHAIN} underline lines follow text lines before a paragraph ends. */
function hasUnderlineChain(input: string): boolean {
  let chain = 0
  let previous: LineKind = 'blank'
  let start = 0
  while (start <= input.length) {
    let end = input.indexOf('\n', start)
    if (end === -1) end = input.length
    const kind = lineKind(input, start, end)
    if (kind === 'underline' && previous === 'text') {
      chain++
      if (chain > MAX_UNDERLINE_CHAIN) return true
    } else if (kind === 'blank' && previous === 'text') {
      chain = 0
    }
    previous = kind
    start = end + 1
  }
  return false
}

/** Why a document was not parsed as Markdown, or `null` when it is safe to. */
export function markdownHazard(input: string): string | null {
  if (hasUnderlineChain(input)) {
    return `more than ${MAX_UNDERLINE_CHAIN} setext heading underlines follow each other with no paragraph between`
  }
  let lineStart = true
  let depth = 0
  let chunkLength = 0
  let punctuation = 0
  let blank = true
  for (let i = 0; i < input.length; i++) {
    const c = input.charCodeAt(i)
    if (c === 0x0a || c === 0x0d) {
      if (blank) {
        chunkLength = 0
        punctuation = 0
      }
      lineStart = true
      depth = 0
      blank = true
      continue
    }
    chunkLength++
    if (c !== 0x20 && c !== 0x09) blank = false
    // > * _ [ ] < & ` \ !
    if (
      c === 0x3e ||
      c === 0x2a ||
      c === 0x5f ||
      c === 0x5b ||
      c === 0x5d ||
      c === 0x3c ||
      c === 0x26 ||
      c === 0x60 ||
      c === 0x5c ||
      c === 0x21
    ) {
      punctuation++
      if (punctuation > MAX_CHUNK_PUNCTUATION && punctuation > chunkLength * MAX_PUNCTUATION_SHARE) {
        return `a paragraph holds more than ${MAX_CHUNK_PUNCTUATION} Markdown punctuation characters`
      }
    }
    if (lineStart) {
      // Container prefix: blockquote markers and list bullets count one level
      // each, indentation one level per four columns.
      if (c === 0x3e || c === 0x2d || c === 0x2b || c === 0x2a) depth += 4
      else if (c === 0x20) {
        const previous = input.charCodeAt(i - 1)
        // The space after a marker belongs to the marker.
        if (previous !== 0x3e && previous !== 0x2d && previous !== 0x2b && previous !== 0x2a) depth += 1
      } else if (c === 0x09) depth += 4
      else lineStart = false
      if (depth > MAX_LINE_NESTING * 4) return `a line is nested more than ${MAX_LINE_NESTING} levels deep`
    }
  }
  return null
}

/** The result of reading Markdown. */
export interface MarkdownParse {
  tree: Root
  /** Set when a guard tripped and the input was read as plain text instead, or when link definitions apply only within their piece. */
  warning: string | null
}

const processor = unified().use(remarkParse)

/** Parse Markdown into mdast with remark-parse, or as plain text when a guard trips. */
export function fromMarkdownGuarded(input: string): MarkdownParse {
  const read = readMarkdown(input)
  if (read.pieces === null) return { tree: read.tree, warning: read.warning }
  return { tree: parsePieces(input, read.pieces, (doc) => processor.parse(doc)), warning: read.warning }
}

/**
 * A Markdown document as `annotate()` reads it: the pieces to tokenize one
 * after another with {@link markdownEvents}, or (when a guard tripped) a
 * plain-text tree and the reason.
 */
export type MarkdownRead =
  | { pieces: MarkdownPiece[]; tree: null; warning: string | null }
  | { pieces: null; tree: Root; warning: string }

/** micromark's events for `doc`, exactly as remark-parse asks for them before it builds a tree. */
export function markdownEvents(doc: string): Event[] {
  return postprocess(
    parse()
      .document()
      .write(preprocess()(doc, undefined, true)),
  )
}

/**
 * Markdown behind the same guards and chunking as {@link fromMarkdownGuarded},
 * without building an mdast tree: `annotate()` tokenizes each piece with
 * {@link markdownEvents} and reads its blocks straight from the events
 * (`blocksFromPieces`), which costs about half of what building the tree
 * does. One piece's events are dropped before the next is tokenized, so
 * the events in memory are those of one piece.
 */
export function readMarkdown(input: string): MarkdownRead {
  const hazard = markdownHazard(input)
  if (hazard !== null)
    return { pieces: null, tree: fromPlainText(input), warning: `read as plain text: ${hazard}` }
  const { pieces, warning } = markdownPieces(input)
  return { pieces, tree: null, warning }
}
