/**
 * Sentence segmentation: abbreviations, initials, decimals, URLs, quotations.
 */
import { describe, expect, it } from 'vitest'
import { MAX_SENTENCE_LENGTH, splitSentences } from '../src/segment/sentences.js'
import type { Range } from '../src/span.js'

function sentences(text: string, quotes: Range[] = [], attribution?: (at: number) => boolean): string[] {
  return splitSentences(text, quotes, attribution).map((s) => text.slice(s.start, s.end))
}

describe('splitSentences', () => {
  it('splits at full stops, question and exclamation marks', () => {
    expect(sentences('He left. Did she? Yes!  Then rain.')).toEqual([
      'He left.',
      'Did she?',
      'Yes!',
      'Then rain.',
    ])
  })

  it('does not split after titles, initials, months or No.', () => {
    const text = 'Mr. Trump met Sen. Warren and Gen. Milley. William H. Seely III wrote on Jan. 6 to No. 10.'
    expect(sentences(text)).toEqual([
      'Mr. Trump met Sen. Warren and Gen. Milley.',
      'William H. Seely III wrote on Jan. 6 to No. 10.',
    ])
  })

  it('ends a sentence at the word "no", but not at No. before a numeral', () => {
    expect(sentences('The senator said no. She defended it. He lives at No. 10 Downing Street.')).toEqual([
      'The senator said no.',
      'She defended it.',
      'He lives at No. 10 Downing Street.',
    ])
  })

  it('splits after a state abbreviation only before a common sentence opener', () => {
    expect(
      sentences('He was born in Springfield, Ill. He studied law. She met Gov. Pritzker of Ill. Democrats.'),
    ).toEqual([
      'He was born in Springfield, Ill.',
      'He studied law.',
      'She met Gov. Pritzker of Ill. Democrats.',
    ])
  })

  it('splits after U.S. only before a common sentence opener', () => {
    expect(sentences('Troops left the U.S. Army base. They went to the U.S. The war ended.')).toEqual([
      'Troops left the U.S. Army base.',
      'They went to the U.S.',
      'The war ended.',
    ])
  })

  it('does not split decimals or URLs', () => {
    expect(sentences('It rose 3.5 percent at example.com/a.b today. Fine.')).toEqual([
      'It rose 3.5 percent at example.com/a.b today.',
      'Fine.',
    ])
  })

  it('keeps a closing quote mark with its sentence', () => {
    expect(sentences('“We won.” Then they left.')).toEqual(['“We won.”', 'Then they left.'])
  })

  it('never splits inside a quotation', () => {
    const text = '“I don’t know. We will see,” Mr Esper said. He left.'
    expect(sentences(text, [{ start: 1, end: 26 }])).toEqual([
      '“I don’t know. We will see,” Mr Esper said.',
      'He left.',
    ])
  })

  it('does not split at the end of a quotation when an attribution follows', () => {
    const text = '“Who would have believed it?” Trump said. He smiled.'
    const quote = { start: 1, end: 28 }
    expect(sentences(text, [quote], (at) => text.startsWith('Trump said', at))).toEqual([
      '“Who would have believed it?” Trump said.',
      'He smiled.',
    ])
  })

  it('ends a sentence at a line break before a new sentence', () => {
    expect(sentences('First line.\nSecond line\nthird part')).toEqual([
      'First line.',
      'Second line\nthird part',
    ])
  })

  it('does not split before a lowercase word', () => {
    expect(sentences('He said no. and left.')).toEqual(['He said no. and left.'])
  })

  it('cuts a run of text with no sentence end at a space before the length limit', () => {
    const text = 'word '.repeat(1000)
    const pieces = splitSentences(text)
    expect(pieces.length).toBeGreaterThan(1)
    for (const piece of pieces) {
      expect(piece.end - piece.start).toBeLessThanOrEqual(MAX_SENTENCE_LENGTH)
      expect(text.slice(piece.start, piece.end)).toMatch(/^word( word)*$/)
    }
    expect(pieces.reduce((n, p) => n + text.slice(p.start, p.end).split(' ').length, 0)).toBe(1000)
  })
})
