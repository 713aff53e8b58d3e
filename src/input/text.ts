/**
 * The plain-text parser: scraped text into an mdast root of
 * `paragraph > text` nodes with exact positions, and no Markdown
 * interpretation at all (`1.`, `-`, `>`, `#`, indentation, `*` and `_` stay
 * literal characters of the text).
 *
 * Paragraphs are separated by blank lines (lines of only whitespace). A text
 * with no blank line at all, as scrapers often deliver articles, has one
 * paragraph per line. A leading byte order mark is not part of any
 * paragraph; CR, LF and CRLF all end lines. Offsets index the string as
 * given.
 *
 * @module
 */
import type { Paragraph, Root } from 'mdast'
import type { Plugin } from 'unified'
import type { Point } from 'unist'
import { isSpaceCode } from '../segment/chars.js'
import type {} from '../unified/types.js'

interface Line {
  /** Offset of the first character of the line. */
  start: number
  /** Offset after the line's last character, before its line ending. */
  end: number
  /** Whether the line holds only whitespace. */
  blank: boolean
}

function splitLines(input: string, from: number): Line[] {
  const lines: Line[] = []
  let start = from
  let blank = true
  for (let i = from; i <= input.length; i++) {
    const c = i < input.length ? input.charCodeAt(i) : -1
    if (c === -1 || c === 0x0a || c === 0x0d) {
      lines.push({ start, end: i, blank })
      if (c === 0x0d && input.charCodeAt(i + 1) === 0x0a) i++
      start = i + 1
      blank = true
    } else if (blank && !isSpaceCode(c)) {
      blank = false
    }
  }
  return lines
}

/**
 * Turn plain text into an mdast `Root` whose paragraphs each hold one `text`
 * node; `position` offsets index `input` exactly and every `text` value is
 * `input.slice(start, end)` (line endings inside a paragraph included).
 */
export function fromPlainText(input: string): Root {
  const from = input.charCodeAt(0) === 0xfeff ? 1 : 0
  const lines = splitLines(input, from)
  const point = pointFinder(input)
  const children: Paragraph[] = []
  const hasBlank = lines.some((line, i) => line.blank && i > 0 && i < lines.length - 1)
  const push = (start: number, end: number): void => {
    const position = { start: point(start), end: point(end) }
    children.push({
      type: 'paragraph',
      children: [{ type: 'text', value: input.slice(start, end), position }],
      position: { start: point(start), end: point(end) },
    })
  }
  let open: Line | null = null
  let last: Line | null = null
  for (const line of lines) {
    if (line.blank) {
      if (open && last) push(open.start, last.end)
      open = null
      continue
    }
    if (!hasBlank) {
      push(line.start, line.end)
      continue
    }
    if (!open) open = line
    last = line
  }
  if (open && last) push(open.start, last.end)
  return {
    type: 'root',
    children,
    position: { start: point(0), end: point(input.length) },
  }
}

/**
 * A function from offsets to unist points (1-based line and column), for
 * offsets asked in increasing order or not: it binary-searches line starts.
 */
function pointFinder(input: string): (offset: number) => Point {
  const starts: number[] = [0]
  for (let i = 0; i < input.length; i++) {
    const c = input.charCodeAt(i)
    if (c === 0x0a || (c === 0x0d && input.charCodeAt(i + 1) !== 0x0a)) starts.push(i + 1)
  }
  return (offset) => {
    let lo = 0
    let hi = starts.length - 1
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1
      if ((starts[mid] ?? 0) <= offset) lo = mid
      else hi = mid - 1
    }
    return { line: lo + 1, column: offset - (starts[lo] ?? 0) + 1, offset }
  }
}

/**
 * A unified parser plugin for plain text: `unified().use(plainTextParse)`
 * parses with {@link fromPlainText} instead of Markdown, so that
 * `remarkNewsmark` and any mdast utility can run on scraped text.
 */
export const plainTextParse: Plugin<[], string, Root> = function () {
  this.parser = (document: string) => {
    const tree = fromPlainText(document)
    // Tell `remarkNewsmark` that this tree is plain text, not Markdown.
    tree.data = { plainText: true }
    return tree
  }
}
