/**
 * Between the extracted text and the HTML: the HTML range of a text range
 * (`source` on every span), the text range of an HTML range (where a markup
 * embed lands in the text), and the document with `source` added.
 *
 * @module
 */
import type { NewsDocument, Quote, SourceRange, Span, Speaker, Tweet } from '../../model.js'
import type { Range } from '../../span.js'
import type { Extraction } from './extract.js'

/** Where `range` of the extracted text stands in the HTML (see `Span.source` for which ends are exact). */
export function toSource(extraction: Extraction, range: Range): SourceRange {
  const { starts, ends } = extraction
  if (starts.length === 0) return { start: 0, end: 0 }
  if (range.start >= starts.length) {
    const at = ends[ends.length - 1] ?? 0
    return { start: at, end: at }
  }
  const start = starts[range.start] ?? 0
  if (range.end <= range.start) return { start, end: start }
  return { start, end: Math.max(start, ends[Math.min(range.end, ends.length) - 1] ?? start) }
}

/** The first index of `starts` (non-decreasing) whose value is at least `offset`. */
function lowerBound(starts: Int32Array, offset: number): number {
  let lo = 0
  let hi = starts.length
  while (lo < hi) {
    const mid = (lo + hi) >> 1
    if ((starts[mid] ?? 0) < offset) lo = mid + 1
    else hi = mid
  }
  return lo
}

/**
 * The range of the extracted text whose characters come from `html` range
 * `range`, without surrounding whitespace (empty, at the place the range
 * would be, when none do).
 */
export function toTextRange(extraction: Extraction, range: Range): Range {
  const { text, starts } = extraction
  let start = lowerBound(starts, range.start)
  let end = Math.max(start, lowerBound(starts, range.end))
  while (start < end && /\s/.test(text[start]!)) start++
  while (end > start && /\s/.test(text[end - 1]!)) end--
  return { start, end }
}

/** `span` with its HTML range. */
function sourced(extraction: Extraction, span: Span): Span {
  return { ...span, source: toSource(extraction, span) }
}

function sourcedOrNull(extraction: Extraction, span: Span | null): Span | null {
  return span === null ? null : sourced(extraction, span)
}

/** `document` with `source` on every span (a new document; `document` is not changed). */
export function withSources(document: NewsDocument, extraction: Extraction): NewsDocument {
  const quotes = document.quotes.map((quote): Quote => {
    const out: Quote = {
      ...quote,
      quote: sourced(extraction, quote.quote),
      speaker: sourcedOrNull(extraction, quote.speaker),
      cue: sourcedOrNull(extraction, quote.cue),
    }
    if (quote.segments) out.segments = quote.segments.map((s) => sourced(extraction, s))
    return out
  })
  const speakers = document.speakers.map(
    (speaker): Speaker => ({ ...speaker, mentions: speaker.mentions.map((m) => sourced(extraction, m)) }),
  )
  const tweets = document.tweets.map(
    (tweet): Tweet => ({
      ...tweet,
      span: sourced(extraction, tweet.span),
      body: sourced(extraction, tweet.body),
      signature: sourcedOrNull(extraction, tweet.signature),
    }),
  )
  return { ...document, quotes, speakers, tweets }
}
