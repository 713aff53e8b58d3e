/**
 * Aligning converted text with its HTML source: for each character of an
 * mdast leaf's value (entities decoded, whitespace collapsed, text of
 * several elements merged), the HTML range it was written as.
 *
 * A character written literally maps to itself; a character decoded from an
 * entity maps to the whole entity (`&mdash;`); a space that stands for a
 * run of collapsed whitespace maps to the run's first character; tags
 * between merged texts are skipped; a character the converter inserted (the
 * quote marks of `<q>`) maps to an empty range where the source stands.
 *
 * @module
 */

/** Growing arrays of HTML ranges, one per character of the extracted text. */
export interface SourceMapBuilder {
  /** HTML offset where each character's source starts. */
  starts: number[]
  /** HTML offset where each character's source ends. */
  ends: number[]
}

/** How far ahead a character with no source at the current place is looked for. */
export const LOOKAHEAD = 16

/** Elements whose content the HTML parser reads as text, skipped whole when met between merged texts. */
const RAW_TEXT_TAGS = ['script', 'style', 'noscript', 'xmp', 'iframe', 'noembed', 'noframes', 'title']

const ENTITY = /&(?:#[xX][0-9a-fA-F]{1,6}|#[0-9]{1,7}|[A-Za-z][A-Za-z0-9]{1,31})(;?)/y

/** HTML whitespace (space, tab, LF, FF, CR). */
export function isHtmlSpace(c: number): boolean {
  return c === 0x20 || c === 0x09 || c === 0x0a || c === 0x0c || c === 0x0d
}

/**
 * Length of the character reference at `at` (`&amp;`, `&#8212;`, `&nbsp`),
 * or 0; a reference without `;` counts only when `decoded` is not `&` (the
 * parser decoded it, rather than keeping a literal ampersand).
 */
export function entityLength(html: string, at: number, decoded: number): number {
  if (html.charCodeAt(at) !== 0x26) return 0
  ENTITY.lastIndex = at
  const match = ENTITY.exec(html)
  if (match === null) return 0
  if (match[1] === '' && decoded === 0x26) return 0
  return match[0].length
}

/**
 * Offset after the tag or comment at `at` (and after the content of a
 * raw-text element it opens), or `at` when no tag starts there; nothing is
 * read at or past `limit`. `unclosed` collects the raw-text elements found
 * to have no end tag before `limit`, so that a caller passing the same set
 * and limit again does not look twice (which keeps a run of unclosed
 * `<title>`s in SVG linear).
 */
export function skipMarkup(
  html: string,
  at: number,
  limit: number,
  unclosed: Set<string> = new Set(),
): number {
  if (html.charCodeAt(at) !== 0x3c) return at
  if (html.startsWith('<!--', at)) {
    const close = html.indexOf('-->', at + 4)
    return close === -1 || close + 3 > limit ? at : close + 3
  }
  const next = html.charCodeAt(at + 1)
  const isLetter = (next >= 0x61 && next <= 0x7a) || (next >= 0x41 && next <= 0x5a)
  if (!isLetter && next !== 0x2f && next !== 0x21 && next !== 0x3f) return at
  const close = html.indexOf('>', at + 1)
  if (close === -1 || close >= limit) return at
  if (isLetter) {
    const name = html.slice(at + 1, at + 9).toLowerCase()
    for (const raw of RAW_TEXT_TAGS) {
      if (name.startsWith(raw) && !isNameChar(name.charCodeAt(raw.length)) && !unclosed.has(raw)) {
        const end = findEndTag(html, raw, close + 1, limit)
        if (end !== -1) return end
        unclosed.add(raw)
      }
    }
  }
  return close + 1
}

function isNameChar(c: number): boolean {
  return (c >= 0x61 && c <= 0x7a) || (c >= 0x30 && c <= 0x39) || c === 0x2d
}

/** Offset after `</name…>` at or after `from` and before `limit`, or -1. */
function findEndTag(html: string, name: string, from: number, limit: number): number {
  let i = html.indexOf('</', from)
  while (i !== -1 && i < limit) {
    if (html.slice(i + 2, i + 2 + name.length).toLowerCase() === name) {
      const close = html.indexOf('>', i)
      return close === -1 || close >= limit ? -1 : close + 1
    }
    i = html.indexOf('</', i + 2)
  }
  return -1
}

/**
 * Append the HTML range of each character of `value`, a leaf whose source is
 * `html.slice(from, to)` (`from`/`to` undefined for a leaf the converter
 * made up: its characters map to an empty range at `cursor`). Returns the
 * new cursor: the HTML offset after the leaf's last matched character.
 */
export function alignLeaf(
  value: string,
  from: number | undefined,
  to: number | undefined,
  html: string,
  cursor: number,
  out: SourceMapBuilder,
): number {
  if (from === undefined || to === undefined) {
    for (let i = 0; i < value.length; i++) push(out, cursor, cursor)
    return cursor
  }
  let j = from
  const unclosed = new Set<string>()
  for (let i = 0; i < value.length; i++) {
    const c = value.charCodeAt(i)
    const space = isHtmlSpace(c)
    // Skip tags between merged texts, and the rest of a collapsed whitespace run.
    for (;;) {
      if (j >= to) break
      const d = html.charCodeAt(j)
      if (d === 0x3c) {
        const after = skipMarkup(html, j, to, unclosed)
        if (after === j) break
        j = after
      } else if (!space && isHtmlSpace(d)) j++
      else break
    }
    if (j >= to) {
      push(out, to, to)
      continue
    }
    // The second half of a surrogate pair decoded from one reference.
    if (c >= 0xdc00 && c <= 0xdfff && html.charCodeAt(j) !== c && i > 0) {
      push(out, out.starts.at(-1) ?? j, out.ends.at(-1) ?? j)
      continue
    }
    const entity = entityLength(html, j, c)
    if (entity > 0) {
      push(out, j, j + entity)
      j += entity
      continue
    }
    if (html.charCodeAt(j) === c || (space && isHtmlSpace(html.charCodeAt(j)))) {
      push(out, j, j + 1)
      j++
      continue
    }
    const found = lookAhead(html, c, j, Math.min(to, j + LOOKAHEAD))
    if (found === -1) push(out, j, j)
    else {
      push(out, found, found + 1)
      j = found + 1
    }
  }
  return j
}

function lookAhead(html: string, c: number, from: number, to: number): number {
  for (let k = from; k < to; k++) if (html.charCodeAt(k) === c) return k
  return -1
}

function push(out: SourceMapBuilder, start: number, end: number): void {
  out.starts.push(start)
  out.ends.push(end)
}
