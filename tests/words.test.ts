/**
 * The word tokenizer against a plain reference: the fast scan (a class table
 * that also tells which code units lowercasing changes) must make exactly
 * the tokens of the straightforward definition, for any window of any
 * string; and a window taken from a larger range's tokens must equal the
 * window tokenized on its own.
 */
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import {
  asciiWordHash,
  nextWordHash,
  type Token,
  tokenize,
  tokenizeWithin,
  WordHashSet,
} from '../src/attribute/words.js'
import { finalAbbreviations, nonFinalAbbreviations } from '../src/lexicon/abbreviations.js'
import { isSpaceCode } from '../src/segment/chars.js'

const abbreviations: ReadonlySet<string> = new Set([...nonFinalAbbreviations, ...finalAbbreviations])

/** Word characters as tokenize defines them: ASCII alphanumerics and a few Latin-1 letters, and every code unit from U+00C0 up outside the punctuation and symbol blocks and the surrogates. */
function isWord(c: number): boolean {
  if (Number.isNaN(c)) return true
  if (c < 0xc0) return /[0-9A-Za-z\u00aa\u00b5\u00ba]/.test(String.fromCharCode(c))
  return (
    c !== 0xd7 &&
    c !== 0xf7 &&
    !(c >= 0x2000 && c <= 0x2bff) &&
    !(c >= 0x3000 && c <= 0x303f) &&
    !(c >= 0xd800 && c <= 0xdfff) &&
    !(c >= 0xfe00 && c <= 0xfe6f) &&
    !(c >= 0xff00 && c <= 0xff0f)
  )
}

/** The tokens of `text[from, to)` by the definition, one character at a time, no tables and no sharing. */
function reference(text: string, from: number, to: number): Token[] {
  const tokens: Token[] = []
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i)
    if (isSpaceCode(c)) continue
    const sigil = (c === 0x40 || c === 0x23) && i + 1 < to && isWord(text.charCodeAt(i + 1))
    if (!sigil && !isWord(c)) {
      const low = i + 1 < to ? text.charCodeAt(i + 1) : 0
      const width = c >= 0xd800 && c <= 0xdbff && low >= 0xdc00 && low <= 0xdfff ? 2 : 1
      tokens.push({ start: i, end: i + width, lower: text.slice(i, i + width), word: false, capital: false })
      i += width - 1
      continue
    }
    let end = sigil ? i + 1 : i
    for (;;) {
      while (end < text.length && isWord(text.charCodeAt(end))) end++
      const joiner = "’'-.&".includes(text[end] ?? 'x')
      if (end + 1 < text.length && joiner && isWord(text.charCodeAt(end + 1))) end++
      else break
    }
    end = Math.min(end, to)
    const lower = text.slice(i, end).toLowerCase()
    if (
      end < to &&
      text[end] === '.' &&
      (lower.length === 1 || lower.includes('.') || abbreviations.has(lower))
    )
      end++
    const first = text[sigil ? i + 1 : i]!
    const capital =
      c === 0x40 || /[A-Z0-9]/.test(first) || (first.charCodeAt(0) >= 0xc0 && first !== first.toLowerCase())
    tokens.push({ start: i, end, lower, word: true, capital })
    i = end - 1
  }
  return tokens
}

/** Pieces that meet every branch of the tokenizer: sigils, joiners, abbreviation dots, capitals, spaces that are word characters too, surrogates. */
const pieces = fc.constantFrom(
  'Mr',
  'said',
  'SAID',
  'U',
  'U.S',
  'p.m',
  'S',
  'a',
  'Iraq',
  'é',
  'Éric',
  '42',
  '@',
  '#',
  '.',
  '’',
  "'",
  '-',
  '&',
  ' ',
  '\n',
  '\u00a0',
  '\u1680',
  '\ufeff',
  '“',
  '”',
  ',',
  '😀',
  '\ud800',
  '\udc00',
  'abcdefghijklmnop',
  // Letters beyond ASCII that lowercasing changes, alone or by context (final sigma), or into two code units.
  'ΟΔΟΣ',
  'Σ',
  'Straße',
  'İ',
  'ǅ',
)
const texts = fc.array(pieces, { maxLength: 40 }).map((parts) => parts.join(''))

describe('tokenize', () => {
  it('makes the tokens of the reference definition for any window', () => {
    fc.assert(
      fc.property(texts, fc.nat(), fc.nat(), (text, a, b) => {
        const from = a % (text.length + 1)
        const to = from + (b % (text.length - from + 1))
        expect(tokenize(text, from, to)).toEqual(reference(text, from, to))
      }),
      { numRuns: 2000 },
    )
  })

  it('lowercases a word whatever its case, beyond ASCII too', () => {
    const lowers = tokenize('Said said ΟΔΟΣ İz straße').map((t) => t.lower)
    expect(lowers).toEqual(['said', 'said', 'οδος', 'i̇z', 'straße'])
  })
})

describe('tokenizeWithin', () => {
  it('equals tokenizing the window alone, for any window of a tokenized range', () => {
    fc.assert(
      fc.property(texts, fc.nat(), fc.nat(), fc.nat(), fc.nat(), (text, a, b, c, d) => {
        const start = a % (text.length + 1)
        const end = start + (b % (text.length - start + 1))
        const from = c % (text.length + 1)
        const to = from + (d % (text.length - from + 1))
        const range = { start, end }
        const tokens = tokenize(text, start, end)
        expect(tokenizeWithin(text, tokens, range, from, to)).toEqual(tokenize(text, from, to))
      }),
      { numRuns: 2000 },
    )
  })
})

/** nextWordHash by its definition: every maximal run of word characters read from `from`, hashed by asciiWordHash (-1 when not all ASCII letters). */
function nextWordHashReference(text: string, from: number, to: number, hashes: WordHashSet): number {
  let i = from
  while (i < to) {
    if (!isWord(text.charCodeAt(i))) {
      i++
      continue
    }
    let j = i
    while (j < to && isWord(text.charCodeAt(j))) j++
    let ascii = true
    for (let k = i; k < j; k++) if (!/[A-Za-z]/.test(text[k] ?? '')) ascii = false
    if (hashes.has(ascii ? asciiWordHash(text, i, j) : -1)) return i
    i = j
  }
  return -1
}

describe('nextWordHash', () => {
  const hashes = new WordHashSet(['said', 'abcdefghijklmnop', 'u', 's', 'a'])

  it('finds the first hashed word of the reference definition for any range, past the end too', () => {
    fc.assert(
      fc.property(texts, fc.nat(), fc.nat(), (text, a, b) => {
        const from = a % (text.length + 1)
        // Up to two code units past the end: reads there give NaN, a word character.
        const to = from + (b % (text.length - from + 3))
        expect(nextWordHash(text, from, to, hashes)).toBe(nextWordHashReference(text, from, to, hashes))
      }),
      { numRuns: 2000 },
    )
  })

  it('folds ASCII capitals and passes over words with digits or letters beyond ASCII', () => {
    expect(nextWordHash('He SAID so', 0, 10, hashes)).toBe(3)
    expect(nextWordHash('said2 saidé Said', 0, 16, hashes)).toBe(12)
    expect(nextWordHash('no hit here', 0, 11, hashes)).toBe(-1)
  })
})

describe('WordHashSet', () => {
  it('holds exactly the hashes of its words, whatever the number asked', () => {
    const words = ['said', 'told', 'according', 'claim', 'statement', 'a', 'zz']
    const set = new WordHashSet(words)
    const reference = new Set(words.map((w) => asciiWordHash(w, 0, w.length)))
    fc.assert(
      fc.property(
        fc.oneof(fc.integer({ min: -(2 ** 31), max: 2 ** 31 - 1 }), fc.constantFrom(0, -1, 1, ...reference)),
        (h) => {
          expect(set.has(h)).toBe(reference.has(h))
        },
      ),
      { numRuns: 2000 },
    )
    for (const h of reference) expect(set.has(h)).toBe(true)
  })
})
