/**
 * What remarkNewsmark does to the tree once the detectors find something:
 * quote paragraphs marked, tweet blocks wrapped in `tweet` nodes.
 */
import { readFileSync } from 'node:fs'
import type { Paragraph, Root, RootContent } from 'mdast'
import remarkParse from 'remark-parse'
import remarkStringify from 'remark-stringify'
import { unified } from 'unified'
import { VFile } from 'vfile'
import { describe, expect, it } from 'vitest'
import { plainTextParse } from '../src/input/text.js'
import { remarkNewsmark } from '../src/unified/plugin.js'
import type { TweetNode } from '../src/unified/types.js'

const article = readFileSync(new URL('../fixtures/iraq-troops.txt', import.meta.url), 'utf8')

async function run(input: string, markdown: boolean): Promise<{ tree: Root; file: VFile }> {
  const file = new VFile(input)
  const processor = markdown
    ? unified().use(remarkParse).use(remarkNewsmark)
    : unified().use(plainTextParse).use(remarkNewsmark)
  const tree = await processor.run(processor.parse(file), file)
  return { tree, file }
}

const textOf = (node: RootContent) => input(node)
function input(node: RootContent): string {
  return node.type === 'paragraph' && node.children[0]?.type === 'text' ? node.children[0].value : ''
}

describe('remarkNewsmark on the seed article (plain text)', () => {
  it('wraps each flattened tweet (body line + signature line) in one tweet node', async () => {
    const { tree, file } = await run(article, false)
    const tweets = tree.children.filter((n): n is TweetNode => n.type === 'tweet')
    expect(tweets).toHaveLength(2)
    expect(tweets.map((t) => t.children.length)).toEqual([2, 2])
    expect(textOf(tweets[0]!.children[1] as RootContent)).toBe('— Liz Sly (@LizSly) January 6, 2020')
    expect(tweets.map((t) => t.data?.tweet?.author.handle)).toEqual(['LizSly', 'TaraCopp'])
    expect(tweets[1]!.data?.tweet).toEqual(file.data.newsmark?.tweets[1])
    // 19 lines, 4 of them moved into the two tweet nodes.
    expect(tree.children).toHaveLength(17)
  })

  it('marks the paragraphs that hold quotes with their quote ids', async () => {
    const { tree, file } = await run(article, false)
    const esper = tree.children.find((n) => textOf(n).startsWith('“There’s been no decision')) as Paragraph
    const quote = file.data.newsmark?.quotes.find((q) => q.text.startsWith('There’s been no decision'))
    expect(quote).toBeDefined()
    expect(esper.data?.newsmark?.quotes).toEqual([quote!.id])
    const unquoted = tree.children.find(
      (n) => textOf(n) === 'The United States has about 5000 troops in Iraq.',
    ) as Paragraph
    expect(unquoted.data?.newsmark).toBeUndefined()
  })
})

describe('remarkNewsmark on Markdown', () => {
  const markdown = [
    'The minister spoke on Monday.',
    '',
    '> Big news today: the bridge reopens. [pic.twitter.com/abc123](https://t.co/abc123)',
    '>',
    '> — Jane Roe (@janeroe) [January 6, 2020](https://twitter.com/janeroe/status/1214000000000000001?ref_src=twsrc%5Etfw)',
    '',
    '“It is open,” she said.',
    '',
  ].join('\n')

  it('replaces a tweet blockquote by a tweet node and still stringifies it as it was', async () => {
    const { tree } = await run(markdown, true)
    expect(tree.children.map((n) => n.type)).toEqual(['paragraph', 'tweet', 'paragraph'])
    const tweet = tree.children[1] as TweetNode
    expect(tweet.children[0]?.type).toBe('blockquote')
    expect(tweet.data?.tweet?.statusId).toBe('1214000000000000001')
    const output = await unified().use(remarkParse).use(remarkNewsmark).use(remarkStringify).process(markdown)
    expect(String(output)).toBe(markdown)
  })
})
