/**
 * The Markdown blocks `annotate()` reads straight from micromark's events,
 * without building a tree, must equal `collectBlocks` on remark-parse's tree
 * (what the unified plugin uses): the same kinds, text, offsets, containers
 * and links, on real and generated articles, on long documents parsed in
 * chunks, and on random Markdown.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs'
import { join } from 'node:path'
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { articles, loadFixtures, random } from '../bench/corpus.js'
import { fromMarkdownGuarded, readMarkdown } from '../src/input/markdown.js'
import { MARKDOWN_CHUNK, MAX_SHARED_DEFINITIONS } from '../src/input/markdown-chunks.js'
import { type Block, collectBlocks } from '../src/segment/blocks.js'
import { prepareBlocks } from '../src/segment/read-blocks.js'

/** A block without its node, with its offsets as a plain array, for comparison. */
function comparable(block: Block) {
  const { node: _node, offsets, ...rest } = block
  return { ...rest, offsets: offsets === null ? null : Array.from(offsets) }
}

function viaTree(input: string) {
  return collectBlocks(fromMarkdownGuarded(input).tree, input).map(comparable)
}

function viaEvents(input: string) {
  return prepareBlocks(input, 'markdown').readBlocks().map(comparable)
}

/** Pieces of any text; the random Markdown adds its syntax to them. */
const commonPieces = ['a', 'Word', ' ', '\t', '\n', '\r\n', '\r', '\n\n', '\uFEFF', '“', '😀']

/** `read` equals `reference` on `runs` random inputs, each up to `most` of `pieces` joined (fixed seed). */
function sameOnJoinedPieces<T>(
  pieces: string[],
  most: number,
  runs: number,
  read: (input: string) => T,
  reference: (input: string) => T,
): void {
  fc.assert(
    fc.property(fc.array(fc.constantFrom(...pieces), { maxLength: most }), (chosen) => {
      const input = chosen.join('')
      expect(read(input)).toEqual(reference(input))
    }),
    { numRuns: runs, seed: 20261126 },
  )
}

/** Every file under `dir`. */
function files(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name)
    return statSync(path).isDirectory() ? files(path) : [path]
  })
}

const fixtureTexts = files('fixtures')
  .filter((path) => /\.(?:md|txt|html)$/.test(path))
  .map((path) => readFileSync(path, 'utf8'))

describe('prepareBlocks for Markdown', () => {
  it('reads the blocks, text, offsets and links of a document with inline Markdown', () => {
    const input =
      '> She said *“we are* [leaving](https://x.test/a?b=1&amp;c) now” <https://t.co/x>\n\n# Head `x`'
    const [quote, heading] = viaEvents(input)
    expect(quote).toMatchObject({
      kind: 'paragraph',
      container: 0,
      text: 'She said “we are leaving now” https://t.co/x',
    })
    expect(quote!.links).toEqual([
      {
        url: 'https://x.test/a?b=1&c',
        text: 'leaving',
        start: input.indexOf('[leaving'),
        end: input.indexOf(' now'),
      },
      {
        url: 'https://t.co/x',
        text: 'https://t.co/x',
        start: input.indexOf('<https'),
        end: input.indexOf('\n\n'),
      },
    ])
    expect(quote!.offsets![quote!.text.indexOf('leaving')]).toBe(input.indexOf('leaving'))
    expect(heading).toMatchObject({ kind: 'heading', container: -1, text: 'Head x', links: [] })
  })

  it('reads a line ending inside a blockquote or list item without the prefix of the next line', () => {
    // After a failed inline code or HTML attempt, micromark's line ending token runs over the prefix.
    for (const input of ['> He said `x\n> “we will go”.', '- `a\n  b', '> a <b\n> c']) {
      const [block] = viaEvents(input)
      expect(block!.text).not.toMatch(/\n[> ]/)
      expect(viaEvents(input)).toEqual(viaTree(input))
    }
  })

  it('equals collectBlocks on the fixtures, read as Markdown', () => {
    expect(fixtureTexts.length).toBeGreaterThan(100)
    for (const input of fixtureTexts) expect(viaEvents(input)).toEqual(viaTree(input))
  })

  it('equals collectBlocks on generated Markdown articles', () => {
    const generated = articles(loadFixtures('fixtures'), 'markdown', 300, random(7))
    for (const input of generated) expect(viaEvents(input)).toEqual(viaTree(input))
  })

  it('equals collectBlocks on a long document read in chunks, with link definitions', () => {
    const parts = articles(loadFixtures('fixtures'), 'markdown', 400, random(11))
    const input = `${parts.join('\n\n')}\n\n> See [the post][p] and ![a][p].\n\n[p]: https://x.test/p\n`
    expect(input.length).toBeGreaterThan(100_000)
    expect(readMarkdown(input).pieces!.length).toBeGreaterThan(2)
    const blocks = viaEvents(input)
    expect(blocks).toEqual(viaTree(input))
    expect(blocks.at(-1)!.text).toBe('See the post and .')
  })

  it('shares at most one chunk of link definitions between pieces, and says when it shares none', () => {
    const prose = articles(loadFixtures('fixtures'), 'markdown', 200, random(13)).join('\n\n')
    const definitions = Array.from({ length: 2000 }, (_, i) => `[d${i}]: https://x.test/${i}`).join('\n')
    const input = `See [the first][d0].\n\n${prose}\n\n${definitions}\n`
    expect(definitions.length).toBeGreaterThan(MAX_SHARED_DEFINITIONS)
    const read = readMarkdown(input)
    expect(read.pieces!.every((piece) => piece.doc.length < 2 * MARKDOWN_CHUNK)).toBe(true)
    expect(read.warning).toMatch(/link reference definitions/)
    expect(fromMarkdownGuarded(input).warning).toBe(read.warning)
    const blocks = viaEvents(input)
    expect(blocks).toEqual(viaTree(input))
    // The definition is in another piece: the reference stays text.
    expect(blocks[0]!.text).toBe('See [the first][d0].')
  })

  it('equals collectBlocks on random Markdown', () => {
    const pieces = [
      ...commonPieces,
      '  ',
      '  \n',
      '\\\n',
      '*',
      '**',
      '_',
      '`',
      '``',
      '[',
      ']',
      '](',
      ')',
      '(',
      '![',
      '][r]',
      '[r]: https://x.test/r "T"\n',
      '<https://t.co/a>',
      '<a@b.test>',
      '<b>',
      '</b>',
      '<!-- c -->',
      '&amp;',
      '&#39;',
      '&#x201C;',
      '&nope;',
      '\\*',
      '\\[',
      '# ',
      '## ',
      '\n===\n',
      '\n---\n',
      '> ',
      '>> ',
      '\n> ',
      '\n  ',
      '>\t',
      '- ',
      '1. ',
      '    ',
      '```\n',
      '”',
      '"',
      '\0',
      'https://x.test/p',
      '![an image](https://x.test/long/image/path.png)',
      '[a page](https://x.test/page "Title")',
      '[<b>bold</b> `code`](https://x.test/u)',
      '<span class="x">',
    ]
    sameOnJoinedPieces(pieces, 60, 3000, viaEvents, viaTree)
  })
})
