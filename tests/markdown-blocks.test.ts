/**
 * The blocks `annotate()` reads without building a tree must equal
 * `collectBlocks` on the tree (what the unified plugin uses): for Markdown,
 * blocks read straight from micromark's events against remark-parse's tree;
 * for plain text, input slices against `fromPlainText`'s tree. The same
 * kinds, text, offsets, containers and links, on real and generated
 * articles, on long documents parsed in chunks, and on random input.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs'
import { join } from 'node:path'
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { articles, loadFixtures, random } from '../bench/corpus.js'
import { fromMarkdownGuarded, readMarkdown } from '../src/input/markdown.js'
import { fromPlainText } from '../src/input/text.js'
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

/** Pieces of any text, for the random inputs of both formats. */
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

describe('prepareBlocks for plain text', () => {
  const viaSlices = (input: string) => prepareBlocks(input, 'text').readBlocks().map(comparable)
  const viaPlainTree = (input: string) => collectBlocks(fromPlainText(input), input).map(comparable)

  it('reads one paragraph per blank-line-separated run of lines, as input slices', () => {
    const input = '\uFEFFFirst line\r\nsame paragraph\r\n\r\n  Second\n'
    expect(viaSlices(input).map((b) => [b.text, b.start, b.offsets])).toEqual([
      ['First line\r\nsame paragraph', 1, null],
      ['  Second', 31, null],
    ])
  })

  it('equals collectBlocks on fromPlainText, on the fixtures and generated articles', () => {
    const generated = articles(loadFixtures('fixtures'), 'text', 300, random(5))
    for (const input of [...fixtureTexts, ...generated]) expect(viaSlices(input)).toEqual(viaPlainTree(input))
  })

  it('equals collectBlocks on fromPlainText, on random text', () => {
    const pieces = [...commonPieces, '\u00a0', '\u2028']
    sameOnJoinedPieces(pieces, 40, 2000, viaSlices, viaPlainTree)
  })
})
