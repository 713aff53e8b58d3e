/**
 * The cue prefilter: nextCueWord finds where the first word mayHoldCue looks
 * for starts, so that one scan answers for a block's sentences in turn; and
 * the word boundaries at which a scan may start.
 */
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { mayHoldCue, nextCueWord } from '../src/attribute/cues.js'
import { isWordBoundary } from '../src/attribute/words.js'

const pieces = fc.constantFrom(
  'He ',
  'said',
  'Said',
  'says',
  'believes',
  'claim',
  'according',
  'x',
  ' ',
  '.',
  '’',
  '-',
  'é',
)
const texts = fc.array(pieces, { maxLength: 30 }).map((parts) => parts.join(''))

describe('nextCueWord', () => {
  it('finds the start of the first cue word, or -1', () => {
    expect(nextCueWord('Then he said so', 0, 15, 'speech')).toBe(8)
    expect(nextCueWord('Then he said so', 9, 15, 'speech')).toBe(-1)
    expect(nextCueWord('The plan was approved', 0, 21, 'speech')).toBe(-1)
    // A belief cue counts only for the wider class.
    expect(nextCueWord('She believes it', 0, 16, 'speech')).toBe(-1)
    expect(nextCueWord('She believes it', 0, 16, 'belief')).toBe(4)
  })

  it('agrees with mayHoldCue on any window', () => {
    fc.assert(
      fc.property(texts, fc.nat(), fc.nat(), fc.boolean(), (text, a, b, wide) => {
        const from = a % (text.length + 1)
        const to = from + (b % (text.length - from + 1))
        const cls = wide ? 'belief' : 'speech'
        expect(nextCueWord(text, from, to, cls) !== -1).toBe(mayHoldCue(text, from, to, cls))
      }),
      { numRuns: 1000 },
    )
  })
})

describe('isWordBoundary', () => {
  it('is true at the ends and between a word and a non-word character, false inside a word', () => {
    const text = 'He said-so'
    expect(isWordBoundary(text, 0)).toBe(true)
    expect(isWordBoundary(text, 2)).toBe(true)
    expect(isWordBoundary(text, 5)).toBe(false)
    expect(isWordBoundary(text, 7)).toBe(true)
    expect(isWordBoundary(text, text.length)).toBe(true)
  })
})
