/**
 * The runner shared by the quote and reported-speech fixture tests: each
 * `<case>.json` in a folder lists the expected quotes by text (hand-written),
 * for the input `<case>.txt` (or `.md` when its `format` is markdown).
 */
import { readdirSync, readFileSync } from 'node:fs'
import { expect, it } from 'vitest'
import { annotate } from '../../src/annotate.js'
import type { Format, Quote, ReportedBreadth } from '../../src/model.js'

/** A fixture's expectation: the quotes by their texts, not offsets. */
export interface Expected {
  format?: Format
  reported?: ReportedBreadth
  quotes: Array<{
    type: Quote['type']
    text: string
    segments?: string[]
    speaker: string | null
    cue: string | null
    inferred: boolean
  }>
}

/** What a fixture's expectation says about a quote. */
export function describeQuote(q: Quote): Expected['quotes'][number] {
  const out: Expected['quotes'][number] = {
    type: q.type,
    text: q.text,
    speaker: q.speaker?.text ?? null,
    cue: q.cue?.text ?? null,
    inferred: q.inferred,
  }
  if (q.segments) out.segments = q.segments.map((s) => s.text)
  return out
}

/** One test per fixture case in `dir` (a path ending in `/`). */
export function testQuoteFixtures(dir: string): void {
  const cases = readdirSync(dir)
    .filter((f) => f.endsWith('.json'))
    .map((f) => f.slice(0, -'.json'.length))
  it.each(cases)('%s', (name) => {
    const expected = JSON.parse(readFileSync(`${dir}${name}.json`, 'utf8')) as Expected
    const format = expected.format ?? 'text'
    const input = readFileSync(`${dir}${name}.${format === 'markdown' ? 'md' : 'txt'}`, 'utf8')
    const document = annotate(input, { format, reported: expected.reported ?? 'speech' })
    expect(document.quotes.map(describeQuote)).toEqual(expected.quotes)
    for (const q of document.quotes) {
      for (const span of [q.quote, q.speaker, q.cue, ...(q.segments ?? [])]) {
        if (span) expect(input.slice(span.start, span.end)).toBe(span.text)
      }
    }
  })
}
