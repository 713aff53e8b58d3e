import { readFileSync } from 'node:fs'
import type { Paragraph, Root } from 'mdast'
import { toMarkdown } from 'mdast-util-to-markdown'
import remarkParse from 'remark-parse'
import remarkStringify from 'remark-stringify'
import { unified } from 'unified'
import { VFile } from 'vfile'
import { describe, expect, it } from 'vitest'
import { annotate } from '../src/annotate.js'
import { plainTextParse } from '../src/input/text.js'
import { remarkNewsmark } from '../src/unified/plugin.js'
import { tweetToMarkdown } from '../src/unified/to-markdown.js'
import type { TweetNode } from '../src/unified/types.js'

const article = readFileSync(new URL('../fixtures/iraq-troops.txt', import.meta.url), 'utf8')
const markdown = readFileSync(new URL('../fixtures/input/article.md', import.meta.url), 'utf8')

describe('remarkNewsmark', () => {
  it('stores the same document as annotate() on file.data, for plain text', async () => {
    const file = new VFile(article)
    const processor = unified().use(plainTextParse).use(remarkNewsmark)
    await processor.run(processor.parse(file), file)
    expect(file.data.newsmark).toEqual(annotate(article))
    expect(file.data.newsmark?.format).toBe('text')
  })

  it('stores the same document as annotate() on file.data, for Markdown', async () => {
    const file = new VFile(markdown)
    const processor = unified().use(remarkParse).use(remarkNewsmark)
    await processor.run(processor.parse(file), file)
    expect(file.data.newsmark).toEqual(annotate(markdown, { format: 'markdown' }))
  })

  it('fails with a clear message when the file has no text', async () => {
    const processor = unified().use(remarkNewsmark)
    await expect(processor.run({ type: 'root', children: [] }, new VFile())).rejects.toThrow(/needs the text/)
  })

  it('rejects HTML (that route is rehypeNewsmark)', () => {
    // @ts-expect-error: testing a JavaScript caller's mistake
    expect(() => unified().use(remarkNewsmark, { format: 'html' }).freeze()).toThrow(/unknown format/)
  })

  it('rejects an unknown option value', () => {
    // @ts-expect-error: testing a JavaScript caller's mistake
    expect(() => unified().use(remarkNewsmark, { format: 'pdf' }).freeze()).toThrow(TypeError)
  })

  it('lets remark-stringify write a tree after the plugin ran, unchanged where nothing was found', async () => {
    const output = await unified()
      .use(remarkParse)
      .use(remarkNewsmark)
      .use(remarkStringify, { bullet: '-' })
      .process(markdown)
    expect(String(output)).toBe(markdown)
  })
})

describe('tweetToMarkdown', () => {
  it('writes a tweet node as the blocks it holds', () => {
    const paragraph: Paragraph = {
      type: 'paragraph',
      children: [{ type: 'text', value: 'Body of the tweet' }],
    }
    const tweet: TweetNode = { type: 'tweet', children: [{ type: 'blockquote', children: [paragraph] }] }
    const tree: Root = { type: 'root', children: [tweet] }
    expect(toMarkdown(tree, { extensions: [tweetToMarkdown()] })).toBe('> Body of the tweet\n')
  })
})
