/**
 * HTML into hast with rehype-parse (positions on), behind a nesting guard.
 *
 * rehype-parse builds its tree recursively: a page nested some 5000
 * elements deep (unclosed `<div>` or `<b>` tags) overflows the stack. Before
 * parsing, one linear scan estimates how deep the page's start tags nest;
 * start tags beyond {@link MAX_HTML_NESTING} levels (and as many end tags
 * after them) are overwritten with spaces of the same length, so every
 * offset into the HTML stays valid and no text is lost, only the markup
 * nested too deep to mean anything.
 *
 * @module
 */
import type { Root as HastRoot } from 'hast'
import rehypeParse from 'rehype-parse'
import { unified } from 'unified'

/** Deepest element nesting parsed as markup; deeper start tags are read as if absent. */
export const MAX_HTML_NESTING = 1000

/** Elements that never hold content, or whose end tag HTML lets the parser imply: not counted as nesting. */
const NOT_NESTING = new Set([
  'area',
  'base',
  'br',
  'col',
  'embed',
  'hr',
  'img',
  'input',
  'link',
  'meta',
  'source',
  'track',
  'wbr',
  'p',
  'li',
  'dt',
  'dd',
  'tr',
  'td',
  'th',
  'option',
  'tbody',
  'thead',
  'tfoot',
  'html',
  'head',
  'body',
])

/** Elements whose content is raw text, not markup: their tags inside are not tags. */
const RAW_TEXT = new Set(['script', 'style', 'textarea', 'title', 'xmp', 'iframe', 'noembed', 'noframes'])

/** The result of reading HTML. */
export interface HtmlParse {
  tree: HastRoot
  /** Set when the nesting guard blanked start tags. */
  warning: string | null
}

const processor = unified().use(rehypeParse)

/** Parse `html` into a hast root with positions, guarding against nesting that would overflow the stack. */
export function parseHtml(html: string): HtmlParse {
  const blanks = deepTags(html, MAX_HTML_NESTING)
  if (blanks.length === 0) return { tree: processor.parse(html), warning: null }
  return {
    tree: processor.parse(blankOut(html, blanks)),
    warning: `tags nested more than ${MAX_HTML_NESTING} levels deep were read as absent`,
  }
}

/** A tag to blank: `[start, end)` in the HTML. */
type TagRange = [start: number, end: number]

/**
 * The start tags that open beyond `limit` levels of nesting, and the end
 * tags that close them, by a linear scan that counts start and end tags
 * (void elements and elements with implied end tags not counted; comments
 * and raw-text elements skipped).
 */
export function deepTags(html: string, limit: number): TagRange[] {
  const out: TagRange[] = []
  let depth = 0
  let excess = 0
  // Past the last `>` no tag can close: stopping there keeps the scan linear.
  const lastClose = html.lastIndexOf('>')
  let i = html.indexOf('<')
  while (i !== -1 && i < lastClose) {
    if (html.startsWith('<!--', i)) {
      const close = html.indexOf('-->', i + 4)
      if (close === -1) break
      i = html.indexOf('<', close + 3)
      continue
    }
    const tag = readTag(html, i)
    if (tag === null) {
      i = html.indexOf('<', i + 1)
      continue
    }
    if (tag.closing) {
      if (excess > 0 && !NOT_NESTING.has(tag.name)) {
        out.push([i, tag.end])
        excess--
      } else if (!NOT_NESTING.has(tag.name)) depth = Math.max(0, depth - 1)
    } else if (RAW_TEXT.has(tag.name) && !tag.selfClosing) {
      // Skip to the matching end tag: what is inside is text.
      i = endTagOf(html, tag.name, tag.end)
      continue
    } else if (!NOT_NESTING.has(tag.name) && !tag.selfClosing) {
      if (depth >= limit) {
        out.push([i, tag.end])
        excess++
      } else depth++
    }
    i = html.indexOf('<', tag.end)
  }
  return out
}

/**
 * A tag read at `<`: its lower-case name, whether it closes, and where it
 * ends (after the next `>`; a `>` inside a quoted attribute value ends it
 * early, which only makes the estimate rougher).
 */
function readTag(
  html: string,
  at: number,
): { name: string; closing: boolean; selfClosing: boolean; end: number } | null {
  let j = at + 1
  const closing = html.charCodeAt(j) === 0x2f
  if (closing) j++
  const nameStart = j
  while (j < html.length && j - nameStart < 32 && isNameChar(html.charCodeAt(j))) j++
  if (j === nameStart) return null
  const close = html.indexOf('>', j)
  if (close === -1) return null
  const name = html.slice(nameStart, j).toLowerCase()
  return { name, closing, selfClosing: html.charCodeAt(close - 1) === 0x2f, end: close + 1 }
}

/** Offset of the end tag `</name` (any case) at or after `from`, or -1. */
function endTagOf(html: string, name: string, from: number): number {
  let i = html.indexOf('</', from)
  while (i !== -1) {
    if (html.slice(i + 2, i + 2 + name.length).toLowerCase() === name) return i
    i = html.indexOf('</', i + 2)
  }
  return -1
}

function isNameChar(c: number): boolean {
  return (c >= 0x61 && c <= 0x7a) || (c >= 0x41 && c <= 0x5a) || (c >= 0x30 && c <= 0x39) || c === 0x2d
}

/** `html` with each range overwritten by spaces (same length, so offsets keep their meaning). */
function blankOut(html: string, ranges: readonly TagRange[]): string {
  const parts: string[] = []
  let last = 0
  for (const [start, end] of ranges) {
    parts.push(html.slice(last, start), ' '.repeat(end - start))
    last = end
  }
  parts.push(html.slice(last))
  return parts.join('')
}
