/**
 * Direct, partial and mixed quotes with their attribution, on hand-written
 * fixtures (fixtures/quotes/<case>.txt or .md, with <case>.json listing the
 * expected quotes by text), and on the seed article's gold.
 */
import { readFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { describe, expect, it } from 'vitest'
import { annotate } from '../src/annotate.js'
import type { Quote } from '../src/model.js'
import { testQuoteFixtures } from './helpers/quote-fixtures.js'

const dir = fileURLToPath(new URL('../fixtures/quotes/', import.meta.url))

describe('quote fixtures', () => {
  testQuoteFixtures(dir)
})

describe('the seed article (fixtures/iraq-troops.txt)', () => {
  const input = readFileSync(new URL('../fixtures/iraq-troops.txt', import.meta.url), 'utf8')
  const gold = JSON.parse(
    readFileSync(new URL('../fixtures/iraq-troops.gold.json', import.meta.url), 'utf8'),
  ) as {
    quotes: Array<{
      type: string
      optional?: boolean
      quote: { start: number; end: number; text: string }
      speaker: { start: number; end: number; text: string } | null
    }>
  }
  const found = annotate(input).quotes

  /** The found quote sharing the most characters with a gold range. */
  function bestMatch(start: number, end: number): Quote | undefined {
    let best: Quote | undefined
    let bestOverlap = 0
    for (const q of found) {
      for (const s of q.segments ?? [q.quote]) {
        const overlap = Math.min(end, s.end) - Math.max(start, s.start)
        if (overlap > bestOverlap) {
          best = q
          bestOverlap = overlap
        }
      }
    }
    return bestOverlap * 2 >= end - start ? best : undefined
  }

  const required = gold.quotes.filter((q) => q.optional !== true)
  it.each(required.map((q) => [q.quote.text.slice(0, 40), q] as const))(
    'finds “%s…” with its speaker',
    (_, g) => {
      const q = bestMatch(g.quote.start, g.quote.end)
      expect(q).toBeDefined()
      expect(q!.type).toBe(g.type)
      const speaker = q!.speaker!
      expect(speaker.start < g.speaker!.end && g.speaker!.start < speaker.end).toBe(true)
    },
  )

  it('reads the letter’s writer after “read the letter from”', () => {
    const letter = found.find((q) => q.text.startsWith('Sir, in deference'))
    expect(letter?.speaker?.text).toBe('US Marine Corps Brigadier General William H. Seely III')
    expect(letter?.cue?.text).toBe('read')
  })
})

describe('hostile shapes', () => {
  it('pairs 20,000 alternating quotes around words, each on its own', () => {
    const quotes = annotate('“a” '.repeat(20_000)).quotes
    expect(quotes).toHaveLength(20_000)
    expect(quotes.every((q) => q.type === 'partial' && q.text === 'a')).toBe(true)
  })

  it('finds at most one quote in 100,000 unmatched opening marks', () => {
    expect(annotate('“'.repeat(100_000)).quotes.length).toBeLessThanOrEqual(1)
  })

  it('keeps a stray mark from shifting the pairs after it in a long paragraph', () => {
    const input = `Its 5” screen. ${'He liked the “good” one. '.repeat(1_000)}`
    const quotes = annotate(input).quotes
    expect(quotes.filter((q) => q.text === 'good')).toHaveLength(1_000)
  })

  it('reads a headline name before a colon back to the start of the text, not past it', () => {
    // A handle and a colon opening the text, then a quotation: the name read back reaches the first token.
    for (const format of ['text', 'markdown'] as const) {
      const quotes = annotate('@LizSly:“>', { format }).quotes
      expect(quotes.every((q) => q.speaker === null)).toBe(true)
    }
    const named = annotate('A lesson from Loretta Lynch: ‘Be the voice of change.’').quotes
    expect(named.map((q) => q.text)).toEqual(['Be the voice of change.'])
  })
})
