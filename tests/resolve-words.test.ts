/**
 * The resolver's word reader with a key table (the scan's fast paths) must
 * read exactly the words that the general reader reads, less the plain
 * lowercase words the table does not keep, and tag each with its key's
 * classes; and the in-order shortcut of orderedBy must give what a sort
 * gives.
 */
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { orderedBy } from '../src/resolve/order.js'
import { DOTTED_WORDS } from '../src/resolve/vocabulary.js'
import { keyTable, type Word, wordsOf } from '../src/resolve/words.js'

/** Classes of a few keys: bits 1 and 2 keep a lowercase word, bit 4 does not. */
const CLASSES = new Map<string, number>([
  ['the', 1],
  ['of', 1 | 4],
  ['president', 2],
  ['officials', 2],
  ['mr', 4],
  ['gen', 4],
  ['trump', 4],
  ['said', 4],
  ['us', 1],
  ['o’brien', 4],
  ['2020', 4],
])
const KEPT = 1 | 2

/** Text pieces that reach every path of the reader: words of each case, dots, joiners, digits, quotes, non-ASCII. */
const pieces = fc.constantFrom(
  ' ',
  '  ',
  '\n',
  'the',
  'The',
  'THE',
  'of',
  'president',
  'President',
  'officials',
  'said',
  'said.',
  'Mr.',
  'mr.',
  'Gen.',
  'H.',
  'h.',
  'U.S.',
  'US',
  'Trump',
  'Trump’s',
  'trump',
  "O'Brien",
  'O’Brien',
  'vice-presidential',
  'e.g',
  '2020',
  'Budget2020',
  'José',
  'éclair',
  '.',
  ',',
  '“',
  '”',
  '"',
  '—',
  '-',
  '’',
  'x',
  'Q',
)
const texts = fc.array(pieces, { maxLength: 40 }).map((parts) => parts.join(''))

/** What a table-less reading gives, less the plain lowercase words the table skips, with the key's classes. */
function expected(text: string): Word[] {
  return wordsOf(text, 0, text.length, DOTTED_WORDS)
    .map((w) => ({ ...w, classes: CLASSES.get(w.key) ?? 0 }))
    .filter((w) => !/^[a-z]+$/.test(w.text) || (w.classes & KEPT) !== 0)
}

describe('wordsOf with a key table', () => {
  it('reads the words of the general reader, less the plain lowercase words it does not keep', () => {
    const table = keyTable(CLASSES, KEPT, DOTTED_WORDS)
    fc.assert(
      fc.property(texts, (text) => {
        expect(wordsOf(text, 0, text.length, DOTTED_WORDS, table)).toEqual(expected(text))
      }),
      { numRuns: 2000 },
    )
  })

  it('reads the same when the table was made for other dotted words (the general way for dots)', () => {
    const table = keyTable(CLASSES, KEPT, new Set(DOTTED_WORDS))
    fc.assert(
      fc.property(texts, (text) => {
        expect(wordsOf(text, 0, text.length, DOTTED_WORDS, table)).toEqual(expected(text))
      }),
      { numRuns: 500 },
    )
  })

  it('spells each word as the text has it, and tells its capital and digits from its letters', () => {
    const table = keyTable(CLASSES, KEPT, DOTTED_WORDS)
    fc.assert(
      fc.property(texts, (text) => {
        for (const w of [...wordsOf(text, 0, text.length, DOTTED_WORDS, table), ...expected(text)]) {
          expect(w.text).toBe(text.slice(w.start, w.end))
          expect(w.capital).toBe(/^\p{Lu}/u.test(w.text))
          expect(w.digit).toBe(/[0-9]/.test(w.text))
        }
      }),
      { numRuns: 1000 },
    )
  })

  it('marks the words that hold a digit', () => {
    const table = keyTable(CLASSES, KEPT, DOTTED_WORDS)
    const words = wordsOf('The F-35 and G7 met Trump in 2020.', 0, 34, DOTTED_WORDS, table)
    expect(words.map((w) => `${w.text}:${w.digit}`)).toEqual([
      'The:false',
      'F-35:true',
      'G7:true',
      'Trump:false',
      '2020:true',
    ])
  })

  it('tags words with no classes without a table', () => {
    const words = wordsOf('The president, Mr. Trump, said.', 0, 31, DOTTED_WORDS)
    expect(words.map((w) => w.text)).toEqual(['The', 'president', 'Mr.', 'Trump', 'said'])
    expect(words.every((w) => w.classes === 0)).toBe(true)
  })

  it('gives a kept lowercase word the table’s key and classes, and skips the others', () => {
    const table = keyTable(CLASSES, KEPT, DOTTED_WORDS)
    const words = wordsOf('the mayor of the city said the President left.', 0, 46, DOTTED_WORDS, table)
    expect(words.map((w) => `${w.text}:${w.classes}`)).toEqual([
      'the:1',
      'of:5',
      'the:1',
      'the:1',
      'President:2',
    ])
  })
})

describe('orderedBy', () => {
  const byFirst = (a: [number, number], b: [number, number]) => a[0] - b[0]
  it('gives what a stable sort of a copy gives, and leaves the list as it is', () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.integer({ min: 0, max: 5 }), fc.nat()), { maxLength: 12 }), (list) => {
        const before = list.map((x) => [...x])
        const expected = [...list].sort(byFirst)
        const sorted = orderedBy(list, byFirst)
        expect(sorted).toEqual(expected)
        // The list itself exactly when it is in order already (the same elements in the same places).
        expect(sorted === list).toBe(expected.every((x, i) => x === list[i]))
        expect(list).toEqual(before)
      }),
    )
  })
})
