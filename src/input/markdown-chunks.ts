/**
 * Parsing long Markdown in independent pieces.
 *
 * remark-parse's cost grows faster than the input on long documents
 * (measured here: a list item and a paragraph repeated, 50 KB in 0.7 s but
 * 200 KB in 22 s; article-shaped Markdown, 100 KB in 1.2 s but 1 MB in
 * 111 s). Top-level blocks that start after a blank line, outside fenced
 * code, with a line that cannot continue a container (not indented, not a
 * list, blockquote, table, fence or HTML line) are independent, so the
 * document is cut there into chunks of about {@link MARKDOWN_CHUNK} code
 * units, each parsed alone, and the trees are joined with their positions
 * shifted back into the whole input. Raw HTML blocks that run over blank
 * lines (`<!-- … -->`, `<script>`, `<pre>`…) are never cut.
 *
 * Link reference definitions may be used anywhere in a document: when it has
 * any, their lines are appended to each chunk (after a blank line) so that
 * every reference resolves, and the nodes they produce are dropped.
 *
 * @module
 */
import type { Nodes, Parents, Root, RootContent } from 'mdast'

/**
 * The length (UTF-16 code units) after which a chunk is cut at the next safe
 * boundary: 32 KB, as smaller chunks pay remark-parse's per-call set-up more
 * often than they save (measured on article-shaped Markdown).
 */
export const MARKDOWN_CHUNK = 32_768

/** Whether a line's first character lets a block start there independently of what came before. */
function startsIndependentBlock(c: number): boolean {
  // ASCII letters, `#`, quote marks and any non-ASCII character; not digits
  // (ordered list markers) nor any other Markdown punctuation.
  return (
    (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a) || c === 0x23 || c === 0x22 || c === 0x27 || c > 0x7f
  )
}

/** Whether the line starting at `i` opens or closes a code fence (``` or ~~~, up to 3 spaces in). */
function isFence(input: string, i: number): boolean {
  let j = i
  while (j < i + 3 && input.charCodeAt(j) === 0x20) j++
  const c = input.charCodeAt(j)
  return (c === 0x60 || c === 0x7e) && input.charCodeAt(j + 1) === c && input.charCodeAt(j + 2) === c
}

/**
 * Raw HTML blocks that blank lines do not end (CommonMark HTML blocks 1–5):
 * the opening a line starts with, and the text that ends the block.
 */
const rawHtmlBlocks: ReadonlyArray<readonly [open: string, close: string]> = [
  ['<!--', '-->'],
  ['<script', '</script>'],
  ['<pre', '</pre>'],
  ['<style', '</style>'],
  ['<textarea', '</textarea>'],
  ['<?', '?>'],
  ['<![CDATA[', ']]>'],
  ['<!', '>'],
]

/** The end marker of the raw HTML block the line at `i` opens, or `null`. */
function rawHtmlClose(input: string, i: number): string | null {
  let j = i
  while (j < i + 3 && input.charCodeAt(j) === 0x20) j++
  if (input.charCodeAt(j) !== 0x3c) return null
  for (const [open, close] of rawHtmlBlocks) {
    if (input.slice(j, j + open.length).toLowerCase() === open.toLowerCase()) return close
  }
  return null
}

/** Whether the line starting at `i` looks like a link reference definition (`[id]: url`, up to 3 spaces in). */
function isDefinition(input: string, i: number): boolean {
  let j = i
  while (j < i + 3 && input.charCodeAt(j) === 0x20) j++
  if (input.charCodeAt(j) !== 0x5b) return false
  let eol = input.indexOf('\n', j)
  if (eol === -1) eol = input.length
  // `]:` on this line; searched within the line only, so that a document of
  // many lines opening with `[` and no definition is not scanned to its end
  // from each of them.
  for (let k = j + 1; k + 1 < eol; k++) {
    if (input.charCodeAt(k) === 0x5d && input.charCodeAt(k + 1) === 0x3a) return true
  }
  return false
}

/** The chunks of `input` as [start, end) offsets, and the text of its definition lines. */
export function markdownChunks(
  input: string,
  size: number = MARKDOWN_CHUNK,
): { chunks: Array<[number, number]>; definitions: string } {
  const chunks: Array<[number, number]> = []
  const definitions: string[] = []
  let chunkStart = 0
  let inFence = false
  // The text that ends the raw HTML block we are in, or null.
  let rawClose: string | null = null
  let previousBlank = false
  let lineStart = 0
  while (lineStart < input.length) {
    let lineEnd = input.indexOf('\n', lineStart)
    if (lineEnd === -1) lineEnd = input.length
    const first = input.charCodeAt(lineStart)
    const safe = !inFence && rawClose === null && previousBlank && startsIndependentBlock(first)
    if (safe && lineStart - chunkStart >= size) {
      chunks.push([chunkStart, lineStart])
      chunkStart = lineStart
    }
    const line = input.slice(lineStart, lineEnd)
    if (rawClose === null && !inFence) rawClose = rawHtmlClose(input, lineStart)
    if (rawClose !== null) {
      // The block ends on the line holding its end marker (maybe this one).
      if (line.includes(rawClose)) rawClose = null
    } else if (isFence(input, lineStart)) inFence = !inFence
    else if (!inFence && isDefinition(input, lineStart)) definitions.push(line)
    previousBlank = line.trim() === ''
    lineStart = lineEnd + 1
  }
  if (chunkStart < input.length || chunks.length === 0) chunks.push([chunkStart, input.length])
  return { chunks, definitions: definitions.join('\n') }
}

/** One piece of a Markdown document to parse alone. */
export interface MarkdownPiece {
  /** The text to parse: a chunk of the input, with the document's definition lines appended when it has any. */
  doc: string
  /** Input offset of `doc`'s first character. */
  shift: number
  /**
   * Top-level blocks of `doc` that start at or after this offset come from
   * the appended definitions and are dropped; `Infinity` when nothing was
   * appended (the whole input is one piece).
   */
  limit: number
}

/**
 * Most code units of link reference definitions appended to every piece of
 * a long document: one chunk's worth. Past that none are appended, as
 * appending them all to every piece costs pieces × definitions (measured
 * here: 4 MB of prose with 8,000 definitions took 64 s), and a reference
 * from one piece to a definition in another stays literal text; a warning
 * says so.
 */
export const MAX_SHARED_DEFINITIONS: number = MARKDOWN_CHUNK

/** A document cut into pieces, and why references may not resolve across them, if they may not. */
export interface MarkdownPieces {
  pieces: MarkdownPiece[]
  warning: string | null
}

/** `input` cut into pieces that parse alone (see {@link markdownChunks}). */
export function markdownPieces(input: string, size: number = MARKDOWN_CHUNK): MarkdownPieces {
  const whole: MarkdownPieces = {
    pieces: [{ doc: input, shift: 0, limit: Number.POSITIVE_INFINITY }],
    warning: null,
  }
  // A chunk is cut only after `size` code units: a shorter input is one piece, with no scan.
  if (input.length <= size) return whole
  const { chunks, definitions } = markdownChunks(input, size)
  if (chunks.length === 1) return whole
  const shared = definitions.length <= MAX_SHARED_DEFINITIONS ? definitions : ''
  const pieces = chunks.map(([start, end]) => {
    const text = input.slice(start, end)
    return { doc: shared === '' ? text : `${text}\n\n${shared}\n`, shift: start, limit: text.length }
  })
  const warning =
    shared === definitions
      ? null
      : `link reference definitions (more than ${MAX_SHARED_DEFINITIONS} characters) apply only within their ${size}-character piece of the document`
  return { pieces, warning }
}

/**
 * Parse each of `input`'s `pieces` with `parse` and join the trees into one
 * root whose positions index `input` (the blocks of appended definitions
 * dropped).
 */
export function parsePieces(
  input: string,
  pieces: readonly MarkdownPiece[],
  parse: (doc: string) => Root,
): Root {
  if (pieces.length === 1) return parse(pieces[0]!.doc)
  const children: RootContent[] = []
  let line = 0
  let lineAt = 0
  for (const { doc, shift: start, limit } of pieces) {
    // Line number (0-based) of the piece's first line.
    for (let i = lineAt; i < start; i++) if (input.charCodeAt(i) === 0x0a) line++
    lineAt = start
    for (const child of parse(doc).children) {
      const childStart = child.position?.start.offset
      if (childStart !== undefined && childStart >= limit) continue // an appended definition
      shift(child, start, line)
      children.push(child)
    }
  }
  for (let i = lineAt; i < input.length; i++) if (input.charCodeAt(i) === 0x0a) line++
  const column = input.length - (input.lastIndexOf('\n') + 1) + 1
  return {
    type: 'root',
    children,
    position: {
      start: { line: 1, column: 1, offset: 0 },
      end: { line: line + 1, column, offset: input.length },
    },
  }
}

/**
 * Parse `input` chunk by chunk with `parse` and join the trees into one
 * root whose positions index `input`.
 */
export function parseInChunks(
  input: string,
  parse: (doc: string) => Root,
  size: number = MARKDOWN_CHUNK,
): Root {
  return parsePieces(input, markdownPieces(input, size).pieces, parse)
}

/** Move every position in `node`'s subtree by `offset` code units and `lines` lines (explicit stack). */
function shift(node: Nodes, offset: number, lines: number): void {
  const stack: Nodes[] = [node]
  while (stack.length > 0) {
    const current = stack.pop()!
    const position = current.position
    if (position) {
      position.start = {
        ...position.start,
        line: position.start.line + lines,
        offset: (position.start.offset ?? 0) + offset,
      }
      position.end = {
        ...position.end,
        line: position.end.line + lines,
        offset: (position.end.offset ?? 0) + offset,
      }
    }
    if ('children' in current) for (const child of (current as Parents).children) stack.push(child as Nodes)
  }
}
