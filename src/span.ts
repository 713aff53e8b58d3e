/**
 * Internal offsets: every stage works on `Range`s (`start`/`end` into the
 * caller's input); `text` is attached only when the model is built.
 *
 * @module
 */
import type { Span } from './model.js'

/** A half-open range of UTF-16 offsets into the caller's input. */
export interface Range {
  start: number
  end: number
}

/** Attach the text of `range` in `input`, making a model {@link Span}. */
export function toSpan(input: string, range: Range): Span {
  return { start: range.start, end: range.end, text: input.slice(range.start, range.end) }
}

/** Whether `inner` lies within `outer` (ends included). */
export function contains(outer: Range, inner: Range): boolean {
  return inner.start >= outer.start && inner.end <= outer.end
}

/** Whether two ranges share at least one code unit. */
export function overlaps(a: Range, b: Range): boolean {
  return a.start < b.end && b.start < a.end
}
