import { describe, expect, it } from 'vitest'
import { tweetFinder } from '../src/analyze.js'
import type { TweetFinding } from '../src/detect/tweets.js'
import { contains, type Range } from '../src/span.js'

/** A tweet finding that only has the span the finder reads. */
const tweet = (start: number, end: number) => ({ span: { start, end } }) as TweetFinding

describe('tweetFinder', () => {
  it('finds the first tweet holding a range, as a linear search does, sorted or not', () => {
    let seed = 7
    const next = (n: number) => {
      seed = (Math.imul(seed, 1103515245) + 12345) & 0x7fffffff
      return seed % n
    }
    let found = 0
    for (let trial = 0; trial < 2000; trial++) {
      const tweets = Array.from({ length: next(8) }, () => {
        const start = next(50)
        return tweet(start, start + next(30))
      })
      if (trial % 2 === 0) tweets.sort((a, b) => a.span.start - b.span.start)
      const find = tweetFinder(tweets)
      for (let q = 0; q < 10; q++) {
        const start = next(60)
        const range: Range = { start, end: start + next(20) }
        const expected = tweets.findIndex((t) => contains(t.span, range))
        if (expected !== -1) found++
        expect(find(range)).toBe(expected)
      }
    }
    // The random cases do exercise hits, not only misses.
    expect(found).toBeGreaterThan(1000)
  })

  it('gives the outer tweet of a quote-tweet, and none for a range outside every tweet', () => {
    const find = tweetFinder([tweet(10, 100), tweet(20, 40), tweet(120, 150)])
    expect(find({ start: 25, end: 30 })).toBe(0)
    expect(find({ start: 125, end: 130 })).toBe(2)
    expect(find({ start: 95, end: 125 })).toBe(-1)
    expect(tweetFinder([])({ start: 0, end: 1 })).toBe(-1)
  })
})
