import { readFileSync } from 'node:fs'
import fc from 'fast-check'
import type { Paragraph, Text } from 'mdast'
import { unified } from 'unified'
import { describe, expect, it } from 'vitest'
import { fromPlainText, plainTextParse } from '../src/input/text.js'

const read = (name: string) => readFileSync(new URL(`../fixtures/${name}`, import.meta.url), 'utf8')

/** The [start, end] offsets and value of each paragraph's text node. */
function paragraphs(input: string) {
  return fromPlainText(input).children.map((node) => {
    const paragraph = node as Paragraph
    const text = paragraph.children[0] as Text
    return { start: paragraph.position!.start.offset, end: paragraph.position!.end.offset, value: text.value }
  })
}

describe('fromPlainText', () => {
  it('gives one paragraph per line when the text has no blank line (the scraped article)', () => {
    const input = read('iraq-troops.txt')
    const found = paragraphs(input)
    expect(found).toHaveLength(19)
    expect(found[0]).toEqual({ start: 0, end: 45, value: 'No plans for troops to leave Iraq, US insists' })
    expect(found.at(-1)?.value).toBe('-with AAP')
    for (const p of found) expect(input.slice(p.start, p.end)).toBe(p.value)
  })

  it('keeps Markdown-looking lines literal: no lists, headings, quotes, code or emphasis', () => {
    const input = read('input/markdown-looking.txt')
    const tree = fromPlainText(input)
    expect(tree.children.map((n) => n.type)).toEqual(Array(6).fill('paragraph'))
    const values = paragraphs(input).map((p) => p.value)
    expect(values).toEqual(input.trimEnd().split('\n'))
    expect(values[4]).toBe('    Four spaces, not a code block.')
  })

  it('splits on blank lines (also lines of NBSP) and handles CRLF and a BOM', () => {
    const input = read('input/crlf-bom.txt')
    expect(input.charCodeAt(0)).toBe(0xfeff)
    expect(paragraphs(input)).toEqual([
      { start: 1, end: 54, value: 'First paragraph, line one\r\nstill the first paragraph.' },
      { start: 61, end: 110, value: 'Second\tparagraph with a tab and a\u00a0no-break space.' },
      { start: 114, end: 146, value: 'Third: “Quoted words,” she said.' },
    ])
  })

  it('gives lines and columns in positions (1-based), with offsets into the input', () => {
    const input = 'one\r\n\r\ntwo\rthree'
    const tree = fromPlainText(input)
    expect(tree.children).toHaveLength(2)
    expect(tree.children[1]!.position).toEqual({
      start: { line: 3, column: 1, offset: 7 },
      end: { line: 4, column: 6, offset: 16 },
    })
  })

  it('gives every position the line and column that counting line breaks gives (LF, CR, CRLF, BOM)', () => {
    // Reference: line = 1 + line breaks before the offset (CRLF counts once), column = 1 + code units after the last one.
    const pointAt = (input: string, offset: number) => {
      let line = 1
      let lineStart = 0
      for (let i = 0; i < offset; i++) {
        const c = input.charCodeAt(i)
        if (c === 0x0a || (c === 0x0d && input.charCodeAt(i + 1) !== 0x0a)) {
          line++
          lineStart = i + 1
        }
      }
      return { line, column: offset - lineStart + 1, offset }
    }
    const inputs = [
      '\ufeffA\r\nB\r\n\r\nC',
      'a\rb\r\rc\r',
      '\ufeff\n\nHello\n',
      'one\ntwo\nthree',
      'x\r\n\r\n y \n',
      '\ufeffsolo',
    ]
    for (const input of inputs) {
      const tree = fromPlainText(input)
      const nodes = [tree, ...tree.children, ...tree.children.flatMap((p) => (p as Paragraph).children)]
      for (const node of nodes) {
        expect(node.position!.start).toEqual(pointAt(input, node.position!.start.offset!))
        expect(node.position!.end).toEqual(pointAt(input, node.position!.end.offset!))
      }
    }
  })

  it('returns an empty root for empty or whitespace-only input', () => {
    expect(fromPlainText('').children).toEqual([])
    expect(fromPlainText(' \n\t\r\n\u00a0').children).toEqual([])
    expect(fromPlainText('').position?.end.offset).toBe(0)
  })

  it('is a unified parser plugin', () => {
    const tree = unified().use(plainTextParse).parse('> quoted\n\n- item')
    expect(tree.children.map((n) => ((n as Paragraph).children[0] as Text).value)).toEqual([
      '> quoted',
      '- item',
    ])
  })

  it('cuts lines and paragraphs as a reference reading of CR, LF, CRLF and blank lines does', () => {
    /** The paragraphs by the definition in the module's documentation, read with a regex. */
    const reference = (input: string) => {
      const from = input.charCodeAt(0) === 0xfeff ? 1 : 0
      const lines: Array<{ start: number; end: number; blank: boolean }> = []
      const ending = /\r\n|\r|\n/g
      let start = from
      for (const m of input.slice(from).matchAll(ending)) {
        const end = from + m.index
        lines.push({ start, end, blank: /^[ \t\u00a0\ufeff]*$/.test(input.slice(start, end)) })
        start = end + m[0].length
      }
      lines.push({ start, end: input.length, blank: /^[ \t\u00a0\ufeff]*$/.test(input.slice(start)) })
      const hasBlank = lines.some((line, i) => line.blank && i > 0 && i < lines.length - 1)
      const out: Array<{ start: number; end: number; value: string }> = []
      let open: { start: number; end: number } | null = null
      for (const line of lines) {
        if (line.blank) {
          if (open) out.push({ ...open, value: input.slice(open.start, open.end) })
          open = null
        } else if (!hasBlank)
          out.push({ start: line.start, end: line.end, value: input.slice(line.start, line.end) })
        else open = open ? { start: open.start, end: line.end } : { start: line.start, end: line.end }
      }
      if (open) out.push({ ...open, value: input.slice(open.start, open.end) })
      return out
    }
    const pieces = fc.constantFrom('a', 'b c', ' ', '\t', '\u00a0', '\n', '\r', '\r\n', '\ufeff')
    fc.assert(
      fc.property(fc.array(pieces, { maxLength: 30 }), (parts) => {
        const input = parts.join('')
        expect(paragraphs(input)).toEqual(reference(input))
      }),
      { numRuns: 3000 },
    )
  })
})
