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

/**
 * The lines of `input` from `from`. Line ends are found with `indexOf`
 * (a native search, about three times faster here than a character loop),
 * the next CR kept until a line passes it, so that each search is linear;
 * only a line's leading white space is read, to tell a blank line.
 */
function splitLines(input: string, from: number): Line[] {
  const lines: Line[] = []
  let cr = input.indexOf('\r', from)
  if (cr === -1) cr = input.length
  let start = from
  for (;;) {
    if (cr < start) {
      cr = input.indexOf('\r', start)
      if (cr === -1) cr = input.length
    }
    let lf = input.indexOf('\n', start)
    if (lf === -1) lf = input.length
    const end = Math.min(lf, cr)
    let i = start
    while (i < end && isSpaceCode(input.charCodeAt(i))) i++
    lines.push({ start, end, blank: i === end })
    if (end >= input.length) return lines
    // CRLF is one line ending.
    start = end + (input.charCodeAt(end) === 0x0d && input.charCodeAt(end + 1) === 0x0a ? 2 : 1)
  }
}

/**
 * Turn plain text into an mdast `Root` whose paragraphs each hold one `text`
 * node; `position` offsets index `input` exactly and every `text` value is
 * `input.slice(start, end)` (line endings inside a paragraph included).
 */
export function fromPlainText(input: string): Root {
  const from = input.charCodeAt(0) === 0xfeff ? 1 : 0
  const lines = splitLines(input, from)
  // Line k of `lines` is line k + 1 of the input (CR, LF and CRLF each end one); the first starts at 0, BOM included.
  const point = (k: number, offset: number): Point => ({
    line: k + 1,
    column: offset - (k === 0 ? 0 : lines[k]!.start) + 1,
    offset,
  })
  const children: Paragraph[] = []
  // A blank line between two others (a loop, not some(): no callback per line).
  let hasBlank = false
  for (let i = 1; i < lines.length - 1 && !hasBlank; i++) hasBlank = lines[i]!.blank
  const push = (first: number, last: number): void => {
    const start = lines[first]!.start
    const end = lines[last]!.end
    const position = { start: point(first, start), end: point(last, end) }
    children.push({
      type: 'paragraph',
      children: [{ type: 'text', value: input.slice(start, end), position }],
      position: { start: point(first, start), end: point(last, end) },
    })
  }
  let open = -1
  let last = -1
  for (let k = 0; k < lines.length; k++) {
    if (lines[k]!.blank) {
      if (open !== -1) push(open, last)
      open = -1
      continue
    }
    if (!hasBlank) {
      push(k, k)
      continue
    }
    if (open === -1) open = k
    last = k
  }
  if (open !== -1) push(open, last)
  return {
    type: 'root',
    children,
    position: { start: point(0, 0), end: point(lines.length - 1, input.length) },
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
