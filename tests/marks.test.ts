/**
 * Quote marks: roles from context, apostrophes, and local, forgiving pairing.
 */
import { describe, expect, it } from 'vitest'
import {
  findMarks,
  findQuotePairs,
  isQuoteChar,
  MAX_TAG,
  QUOTE_CHAR,
  type QuotePair,
  quotePairsIfMarked,
  tagEnd,
} from '../src/detect/marks.js'

/** The quoted words of each pair, with its depth and whether it was closed. */
function quoted(text: string): Array<[string, number, boolean]> {
  return findQuotePairs(text).map((p: QuotePair) => [text.slice(p.innerStart, p.innerEnd), p.depth, p.closed])
}

describe('findMarks', () => {
  it('gives straight marks a direction from their context', () => {
    const text = 'He said "yes" and left.'
    expect(findMarks(text).map((m) => [m.at, m.role])).toEqual([
      [8, 'open'],
      [12, 'close'],
    ])
  })

  it('leaves out apostrophes inside words, before years and in elisions', () => {
    expect(findMarks('Iraq’s troops in the ’90s played rock ’n’ roll and don’t stop')).toEqual([])
  })

  it('reads a doubled straight apostrophe as one double mark', () => {
    const marks = findMarks("''It's anti-reform,'' he said.")
    expect(marks.map((m) => [m.at, m.width, m.family])).toEqual([
      [0, 2, 'double'],
      [19, 2, 'double'],
    ])
  })
})

describe('findQuotePairs', () => {
  it('pairs curly double quotes', () => {
    expect(quoted('“There’s been no decision,” Mr Esper said.')).toEqual([
      ['There’s been no decision,', 0, true],
    ])
  })

  it('pairs British single quotes and tells a closing mark from a plural possessive', () => {
    expect(quoted('The students’ union backed the ‘onward movement’ of troops.')).toEqual([
      ['onward movement', 0, true],
    ])
  })

  it('nests single quotes inside double ones', () => {
    expect(quoted('“He told me ‘never again’, and I believed him,” she said.')).toEqual([
      ['He told me ‘never again’, and I believed him,', 0, true],
      ['never again', 1, true],
    ])
  })

  it('drops a stray closing mark without shifting the pairs after it', () => {
    expect(quoted('Its 5” screen, the “best” yet, said “so”.')).toEqual([
      ['best', 0, true],
      ['so', 0, true],
    ])
  })

  it('drops a stray opening mark that a later quote follows', () => {
    expect(quoted('The “ mark is stray. “This is a quote,” he said.')).toEqual([
      ['This is a quote,', 0, true],
    ])
  })

  it('runs a last unclosed quote to the end of its block', () => {
    expect(quoted('“We do not have it,” he said. “Nor will we')).toEqual([
      ['We do not have it,', 0, true],
      ['Nor will we', 0, false],
    ])
  })

  it('pairs straight double quotes alone', () => {
    expect(quoted('"A," he said. "B."')).toEqual([
      ['A,', 0, true],
      ['B.', 0, true],
    ])
  })

  it('pairs guillemets either way round', () => {
    expect(quoted('Il a dit « non » et »ja«.')).toEqual([
      [' non ', 0, true],
      ['ja', 0, true],
    ])
  })

  it('pairs German low-high quotes', () => {
    expect(quoted('Er sagte: „Nein“.')).toEqual([['Nein', 0, true]])
  })
})

describe('tags left in plain text', () => {
  it('reads no quotation in the attribute values of a start tag', () => {
    const text = '<tweet pic="pic.twitter.com/x" author=\'jdoe\' id=12>The “rate” rose.'
    expect(tagEnd(text, 0)).toBe(text.indexOf('>') + 1)
    expect(quoted(text)).toEqual([['rate', 0, true]])
  })

  it('keeps the marks of what only looks like a tag', () => {
    // No quoted value, a line break inside, a space before the name, too long: no tag.
    expect(tagEnd('<b>x', 0)).toBe(-1)
    expect(tagEnd('<a title="one\ntwo">', 0)).toBe(-1)
    expect(tagEnd('< a title="x">', 0)).toBe(-1)
    expect(tagEnd(`<a title="${'x'.repeat(MAX_TAG)}">`, 0)).toBe(-1)
    expect(quoted('If a <b then "this" is a quote.')).toEqual([['this', 0, true]])
  })
})

describe('QUOTE_CHAR', () => {
  it('matches exactly the code units isQuoteChar accepts', () => {
    const differ: number[] = []
    for (let c = 0; c < 0x10000; c++) {
      if (QUOTE_CHAR.test(String.fromCharCode(c)) !== isQuoteChar(c)) differ.push(c)
    }
    expect(differ).toEqual([])
    expect(QUOTE_CHAR.test('no marks here')).toBe(false)
    expect(QUOTE_CHAR.test('it’s')).toBe(true)
  })
})

describe('quotePairsIfMarked', () => {
  it('is null exactly when QUOTE_CHAR finds no mark, else the non-empty pairs findQuotePairs makes', () => {
    const texts = [
      'no marks here',
      'it’s an apostrophe only',
      'He said “this” and ‘that’.',
      '<tweet author="x">no quotation</tweet>',
      '<tweet author=x> plain',
      'a <b then "this" is a quote.',
      '“Unclosed to the end',
      'Nested “outer ‘inner’ rest” and «angle»',
      'Empty “” then “outer ‘’ rest ‘inner’” and "" last',
      '',
    ]
    for (const text of texts) {
      const found = quotePairsIfMarked(text)
      expect(found === null).toBe(!QUOTE_CHAR.test(text))
      if (found !== null) expect(found).toEqual(findQuotePairs(text).filter((p) => p.innerEnd > p.innerStart))
    }
  })

  it('drops empty pairs without changing the depths of the others', () => {
    const text = 'Empty “” then “outer ‘’ rest ‘inner’” end'
    const found = quotePairsIfMarked(text)!
    expect(found.map((p) => [text.slice(p.innerStart, p.innerEnd), p.depth])).toEqual([
      ['outer ‘’ rest ‘inner’', 0],
      ['inner', 1],
    ])
    expect(findQuotePairs(text).length).toBe(4)
  })
})
