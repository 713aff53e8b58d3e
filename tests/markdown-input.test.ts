import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { annotate } from '../src/annotate.js'
import {
  fromMarkdownGuarded,
  MAX_LINE_NESTING,
  MAX_UNDERLINE_CHAIN,
  markdownHazard,
} from '../src/input/markdown.js'
import { blockRange, collectBlocks } from '../src/segment/blocks.js'

const article = readFileSync(new URL('../fixtures/input/article.md', import.meta.url), 'utf8')

describe('Markdown input', () => {
  it('reads the blocks of a Markdown article as text without markup, mapped back to the input', () => {
    const { tree, warning } = fromMarkdownGuarded(article)
    expect(warning).toBeNull()
    const blocks = collectBlocks(tree, article)
    expect(blocks.map((b) => [b.kind, b.text, b.container])).toEqual([
      ['heading', 'Council approves the budget', -1],
      [
        'paragraph',
        'The council voted on Tuesday. “We have done our job,” the mayor said after the vote.',
        -1,
      ],
      ['paragraph', '“This budget is a disaster for the poor,” said councillor Jane Doe.', 0],
      ['paragraph', 'A list item that mentions the deficit.', -1],
    ])
    // Every character of a block's text maps to the same character of the input.
    for (const block of blocks) {
      for (let i = 0; i < block.text.length; i++) {
        const { start } = blockRange(block, i, i + 1)
        expect(article[start]).toBe(block.text[i])
      }
    }
    // A range over emphasis markers and a link maps to the input including the markup.
    const quoted = blocks[2]!
    const range = blockRange(quoted, 1, quoted.text.indexOf('”'))
    expect(article.slice(range.start, range.end)).toBe(
      'This budget is a [disaster](https://example.com/report) for the poor,',
    )
  })

  it('maps entities and escapes to their place in the source', () => {
    const input = 'Tom &amp; Jerry \\*said\\* “hi”.'
    const [block] = collectBlocks(fromMarkdownGuarded(input).tree, input)
    expect(block!.text).toBe('Tom & Jerry *said* “hi”.')
    const range = blockRange(block!, block!.text.indexOf('“'), block!.text.length)
    expect(input.slice(range.start, range.end)).toBe('“hi”.')
  })

  it('reads hostile Markdown as plain text instead of parsing it, and says so', () => {
    const stars = '*_'.repeat(25_000)
    expect(markdownHazard(stars)).toMatch(/punctuation/)
    const staircase = Array.from({ length: 200 }, (_, i) => `${'>'.repeat(i + 1)} x`).join('\n')
    expect(markdownHazard(staircase)).not.toBeNull()
    expect(markdownHazard(`intro\n\n${'>'.repeat(MAX_LINE_NESTING + 1)} deep`)).toMatch(/nested more than/)
    expect(markdownHazard(`${'> '.repeat(MAX_LINE_NESTING)}fine`)).toBeNull()
    const document = annotate(stars, { format: 'markdown' })
    expect(document.format).toBe('markdown')
    expect(document.warnings).toEqual([expect.stringMatching(/^read as plain text/)])
  })

  it('reads chains of setext underlines as plain text, but not headings between paragraphs', () => {
    expect(markdownHazard('a\n-\n'.repeat(MAX_UNDERLINE_CHAIN + 1))).toMatch(/setext heading underlines/)
    expect(markdownHazard('Heading\n-\n\n'.repeat(MAX_UNDERLINE_CHAIN + 1))).toMatch(/setext/)
    expect(markdownHazard('Title\n=====\n\nA paragraph.\n\n---\n\n'.repeat(500))).toBeNull()
  })

  it('does not flag ordinary Markdown', () => {
    expect(markdownHazard(article)).toBeNull()
    expect(annotate(article, { format: 'markdown' }).warnings).toBeUndefined()
  })
})
