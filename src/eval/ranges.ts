/**
 * Quotes as sets of trimmed character ranges, and their overlaps: the
 * comparison unit of the scoring rules in `shared/README.md`.
 *
 * @module
 */
import type { Range } from '../span.js'

/**
 * What is trimmed at both ends of a range: whitespace, every Unicode
 * punctuation mark (quote marks, dashes, brackets, . , ; : ! ? … and the
 * rest of `\p{P}`), and the backtick, acute accent and minus sign that
 * sometimes stand in for quote marks and dashes.
 */
const edge = /[\s\p{P}`´−]/u

/** A leading "that" (a whole word), as PolNeAR content spans often have. */
const leadingThat = /^that(?:\s|$)/i

/** Move `start` forward and `end` back over {@link edge} characters. */
function trimEdges(text: string, start: number, end: number): Range {
  while (start < end && edge.test(text[start]!)) start++
  while (end > start && edge.test(text[end - 1]!)) end--
  return { start, end }
}

/**
 * Trim `range` of `text` as the scoring rules say: edge characters at both
 * ends, then a leading "that", then edge characters again. `null` when
 * nothing is left.
 */
export function trimRange(text: string, range: Range): Range | null {
  let trimmed = trimEdges(text, range.start, range.end)
  if (leadingThat.test(text.slice(trimmed.start, Math.min(trimmed.end, trimmed.start + 5)))) {
    trimmed = trimEdges(text, trimmed.start + 4, trimmed.end)
  }
  return trimmed.end > trimmed.start ? trimmed : null
}

/** The trimmed, non-empty ranges of a quote's pieces, sorted by start. */
export function quoteRanges(text: string, pieces: readonly Range[]): Range[] {
  const ranges: Range[] = []
  for (const piece of pieces) {
    const trimmed = trimRange(text, piece)
    if (trimmed) ranges.push(trimmed)
  }
  return ranges.sort((a, b) => a.start - b.start || a.end - b.end)
}

/** Total length of `ranges`. */
export function rangesLength(ranges: readonly Range[]): number {
  let total = 0
  for (const r of ranges) total += r.end - r.start
  return total
}

/**
 * The number of code units two sorted range lists share. Linear in their
 * lengths: a merge walk (ranges within one list are assumed disjoint).
 */
export function overlapLength(a: readonly Range[], b: readonly Range[]): number {
  let total = 0
  let i = 0
  let j = 0
  while (i < a.length && j < b.length) {
    const x = a[i]!
    const y = b[j]!
    total += Math.max(0, Math.min(x.end, y.end) - Math.max(x.start, y.start))
    if (x.end <= y.end) i++
    else j++
  }
  return total
}

/** Whether two range lists are the same ranges. */
export function sameRanges(a: readonly Range[], b: readonly Range[]): boolean {
  return a.length === b.length && a.every((r, i) => r.start === b[i]!.start && r.end === b[i]!.end)
}

/** From the first range's start to the furthest end, for sorted ranges (`null` for none). */
export function hull(ranges: readonly Range[]): Range | null {
  const first = ranges[0]
  if (!first) return null
  let end = first.end
  for (const r of ranges) end = Math.max(end, r.end)
  return { start: first.start, end }
}
