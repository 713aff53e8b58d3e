/**
 * Reported speech (indirect and mixed quotes) with its attribution, on hand-written
 * fixtures (fixtures/reported/<case>.txt or .md, with <case>.json listing the
 * expected quotes by text); no reported clause crosses a sentence or
 * paragraph boundary.
 */
import { readdirSync, readFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { describe, expect, it } from 'vitest'
import { annotate } from '../src/annotate.js'
import type { Format, Quote, ReportedBreadth } from '../src/model.js'

const dir = fileURLToPath(new URL('../fixtures/reported/', import.meta.url))

interface Expected {
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

/** What a fixture's expectation says about a quote: texts, not offsets. */
function describeQuote(q: Quote): Expected['quotes'][number] {
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

const cases = readdirSync(dir)
  .filter((f) => f.endsWith('.json'))
  .map((f) => f.slice(0, -'.json'.length))

describe('reported speech fixtures', () => {
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
})

describe('reported clauses', () => {
  it('gives participle reports a lower confidence', () => {
    const [q] = annotate('Mr Milley said, stressing there was no withdrawal being planned.').quotes
    expect(q?.confidence).toBeLessThan(0.6)
    const [plain] = annotate('Mr Esper has said the letter is not accurate.').quotes
    expect(plain?.confidence).toBeGreaterThan(0.8)
  })

  it('never cross a sentence or paragraph boundary', () => {
    const input = [
      'Officials said the vote was close. The count continues tonight.',
      '',
      'The governor told reporters the result would stand. Nobody objected.',
      '',
      'Aides said',
      '',
      'the plan was dead.',
    ].join('\n')
    const quotes = annotate(input).quotes
    expect(quotes.map((q) => q.text)).toEqual(['the vote was close', 'the result would stand'])
    for (const q of quotes) expect(q.text).not.toMatch(/[.\n]/)
  })

  it('does not take a noun for a cue', () => {
    expect(annotate('In one tweet Friday, the report was shared widely.').quotes).toEqual([])
    expect(annotate('Editor’s note: the story was updated on Monday.').quotes).toEqual([])
  })

  it('reads a passive cue as no attribution of its subject', () => {
    expect(annotate('The memo has been confirmed independently by an Iraqi source.').quotes).toEqual([])
  })
})
