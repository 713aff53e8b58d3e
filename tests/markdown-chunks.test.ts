import type { Nodes, Root } from 'mdast'
import remarkParse from 'remark-parse'
import { unified } from 'unified'
import { describe, expect, it } from 'vitest'
import { markdownChunks, parseInChunks } from '../src/input/markdown-chunks.js'

const processor = unified().use(remarkParse)
const parse = (doc: string): Root => processor.parse(doc)
/** The tree without positions, to compare structure and values. */
const shape = (tree: Root) => JSON.stringify(tree, (key, value) => (key === 'position' ? undefined : value))

/** Every node whose position does not fit in the input, or a raw text node that does not slice back. */
function misplaced(tree: Root, input: string): string[] {
  const bad: string[] = []
  const stack: Nodes[] = [tree]
  while (stack.length > 0) {
    const node = stack.pop()!
    const { start, end } = node.position ?? {}
    if (start?.offset === undefined || end?.offset === undefined || end.offset > input.length)
      bad.push(node.type)
    else if (
      node.type === 'text' &&
      !node.value.includes('\n') &&
      input.slice(start.offset, end.offset) !== node.value
    ) {
      bad.push(`text ${node.value}`)
    }
    if ('children' in node) stack.push(...(node.children as Nodes[]))
  }
  return bad
}

const documents = {
  article:
    '# Title\n\nThe council voted. *“We did,”* the mayor said.\n\n> “A [disaster](https://x.test/a),” said Jane.\n\n- A list item.\n\n',
  loose: '- One item.\n\n- Two items.\n\nPlain text.\n\n1. First.\n\n2. Second.\n\n',
  fences: 'Intro text.\n\n```\ncode line\n\nAfter a blank line, still code.\n```\n\nAnd prose.\n\n',
  html: 'Prose before.\n\n<!--\n\nHidden, still a comment.\n\n-->\n\nVisible text.\n\n',
  references: 'See [the report][r] here.\n\n[r]: https://x.test/report\n\nMore text.\n\n',
  crlf: 'Line one.\r\n\r\nLine *two*.\r\n\r\n',
}

describe('parseInChunks', () => {
  for (const [name, unit] of Object.entries(documents)) {
    it(`gives the same tree as one parse, with positions into the input (${name})`, () => {
      const input = unit.repeat(40)
      const chunked = parseInChunks(input, parse, 200)
      expect(markdownChunks(input, 200).chunks.length).toBeGreaterThan(5)
      expect(shape(chunked)).toBe(shape(parse(input)))
      expect(misplaced(chunked, input)).toEqual([])
      expect(chunked.position?.end.offset).toBe(input.length)
    })
  }

  it('never cuts inside a fence or a raw HTML block, nor before a list or indented line', () => {
    const input = documents.fences.repeat(10) + documents.html.repeat(10) + documents.loose.repeat(10)
    for (const [start] of markdownChunks(input, 1).chunks.slice(1)) {
      const line = input.slice(start, input.indexOf('\n', start))
      expect(['Intro text.', 'And prose.', 'Prose before.', 'Visible text.', 'Plain text.']).toContain(line)
    }
  })

  it('resolves a reference whose definition is in another chunk', () => {
    const input = `See [the report][r].\n\n${'Filler text.\n\n'.repeat(50)}[r]: https://x.test/report\n`
    const tree = parseInChunks(input, parse, 100)
    const first = tree.children[0]
    expect(first?.type === 'paragraph' && first.children.map((c) => c.type)).toEqual([
      'text',
      'linkReference',
      'text',
    ])
    expect(tree.children.filter((c) => c.type === 'definition')).toHaveLength(1)
  })

  it('takes as definitions only the lines that hold `]:` themselves', () => {
    const input = `[Link](https://x.test) opens a line.\n\n${'Filler text.\n\n'.repeat(5)}  [r]: https://x.test/r\n[no colon] here\n`
    expect(markdownChunks(input, 20).definitions).toBe('  [r]: https://x.test/r')
  })

  it('gives lines and columns of the whole input', () => {
    const input = 'First.\n\nSecond.\n\nThird *x*.\n'
    const tree = parseInChunks(input, parse, 4)
    expect(tree.children.map((c) => c.position?.start)).toEqual([
      { line: 1, column: 1, offset: 0 },
      { line: 3, column: 1, offset: 8 },
      { line: 5, column: 1, offset: 17 },
    ])
  })
})
