import { readdirSync, readFileSync, statSync } from 'node:fs'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { describe, expect, it } from 'vitest'
import { annotate } from '../src/annotate.js'
import { violations } from './helpers/invariants.js'

const root = fileURLToPath(new URL('../fixtures/', import.meta.url))

/** Every input file under fixtures/ (text and Markdown), found recursively. */
function inputs(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name)
    if (statSync(path).isDirectory()) return inputs(path)
    return /\.(?:txt|md)$/.test(name) ? [path] : []
  })
}

const files = inputs(root)

describe('every fixture output keeps the model’s contract', () => {
  it('has fixtures to check', () => {
    expect(files.length).toBeGreaterThanOrEqual(5)
  })
  for (const file of files) {
    const format = file.endsWith('.md') ? 'markdown' : 'text'
    it(`${file.slice(root.length)} (${format})`, () => {
      const input = readFileSync(file, 'utf8')
      const document = annotate(input, { format })
      expect(violations(input, document)).toEqual([])
      // Deterministic: the same input gives the same JSON.
      expect(JSON.stringify(annotate(input, { format }))).toBe(JSON.stringify(document))
      // Quotes in document order.
      const starts = document.quotes.map((q) => q.quote.start)
      expect(starts).toEqual([...starts].sort((a, b) => a - b))
    })
  }
})

describe('the invariant checker', () => {
  it('reports a span that does not slice back, a dangling reference and a duplicate id', () => {
    const input = 'He said hi.'
    const span = { start: 8, end: 10, text: 'hi' }
    const quote = {
      id: 'q1',
      type: 'indirect' as const,
      text: 'hi',
      quote: span,
      speaker: { start: 0, end: 2, text: 'Xe' },
      speakerId: 's9',
      cue: null,
      tweetId: null,
      inferred: false,
      confidence: 1,
    }
    const problems = violations(input, {
      version: 1,
      format: 'text',
      quotes: [quote, quote],
      speakers: [],
      tweets: [],
    })
    expect(problems).toContain('q1.speaker: span text does not slice back')
    expect(problems).toContain('q1: dangling speakerId')
    expect(problems).toContain('duplicate id q1')
  })
})
