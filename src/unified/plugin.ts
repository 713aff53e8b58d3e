/**
 * `remarkNewsmark`: the same analysis as `annotate()`, on a unified tree.
 *
 * @module
 */
import type { BlockContent, Nodes, Parents, Root } from 'mdast'
import type { Options as ToMarkdownOptions } from 'mdast-util-to-markdown'
import type { Plugin } from 'unified'
import type { VFile } from 'vfile'
import { type Analysis, analyze } from '../analyze.js'
import type { AnnotateOptions } from '../model.js'
import { resolveOptions } from '../options.js'
import type { Block } from '../segment/blocks.js'
import { tweetToMarkdown } from './to-markdown.js'
import type { TweetNode } from './types.js'

/**
 * Options for {@link remarkNewsmark}: as for `annotate()`, except that
 * `format` is read from the tree (`'text'` when it came from
 * `plainTextParse`, otherwise `'markdown'`) unless given.
 */
export type RemarkNewsmarkOptions = Omit<AnnotateOptions, 'format'> & {
  /** `'text'` or `'markdown'` (HTML goes through `rehypeNewsmark`). */
  format?: 'text' | 'markdown' | undefined
}

/**
 * A unified plugin that finds quotes, speakers and embedded tweets in an
 * mdast tree whose positions index the file's text. It stores the
 * `NewsDocument` on `file.data.newsmark`, sets `data.newsmark.quotes` on
 * every paragraph or heading that holds quote words, and replaces each
 * embedded tweet's nodes by a `tweet` node that keeps them as children.
 * It also registers a remark-stringify handler for `tweet` nodes.
 */
export const remarkNewsmark: Plugin<[(RemarkNewsmarkOptions | null | undefined)?], Root> = function (
  options,
) {
  const resolved = resolveOptions(options, ['text', 'markdown'])
  // The slot remark-stringify reads its extensions from (typed by remark-stringify, not a dependency here).
  const data = this.data() as { toMarkdownExtensions?: ToMarkdownOptions[] }
  if (!data.toMarkdownExtensions) data.toMarkdownExtensions = []
  data.toMarkdownExtensions.push(tweetToMarkdown())

  return (tree: Root, file: VFile) => {
    if (file.value === undefined || file.value === null) {
      file.fail(
        'remarkNewsmark needs the text the tree was parsed from (file.value): its spans index that text',
        {
          source: 'newsmark',
          ruleId: 'no-value',
        },
      )
    }
    const input = String(file.value)
    const format = options?.format ?? (tree.data?.plainText ? 'text' : 'markdown')
    const analysis = analyze(tree, input, format, resolved)
    file.data.newsmark = analysis.document
    markQuotes(analysis)
    replaceTweets(tree, analysis)
  }
}

/** Set `data.newsmark.quotes` on every block that a quote's words fall in. */
function markQuotes({ document, blocks }: Analysis): void {
  for (const quote of document.quotes) {
    for (const piece of quote.segments ?? [quote.quote]) {
      let i = firstBlockEndingAfter(blocks, piece.start)
      for (; i < blocks.length && blocks[i]!.start < piece.end; i++) {
        const node = blocks[i]!.node
        if (node === null || (node.type !== 'paragraph' && node.type !== 'heading')) continue
        node.data ??= {}
        node.data.newsmark ??= { quotes: [] }
        const ids = node.data.newsmark.quotes
        if (ids.at(-1) !== quote.id) ids.push(quote.id)
      }
    }
  }
}

function firstBlockEndingAfter(blocks: Block[], offset: number): number {
  let lo = 0
  let hi = blocks.length
  while (lo < hi) {
    const mid = (lo + hi) >> 1
    if (blocks[mid]!.end <= offset) lo = mid + 1
    else hi = mid
  }
  return lo
}

/** Replace the nodes of each embed by a `tweet` node holding them. */
function replaceTweets(tree: Root, { blocks, tweets, document }: Analysis): void {
  if (tweets.length === 0) return
  const parents = parentMap(tree)
  for (let t = tweets.length - 1; t >= 0; t--) {
    const finding = tweets[t]!
    // Blocks collected from a tree always carry their node.
    let first: Nodes = blocks[finding.blocks[0]]!.node!
    let last: Nodes = blocks[finding.blocks[1]]!.node!
    // Climb out of blockquotes (and list items) that the embed fills entirely.
    for (;;) {
      const pa = parents.get(first)
      const pb = parents.get(last)
      if (!pa || pa !== pb || pa.type === 'root' || pa.children[0] !== first || pa.children.at(-1) !== last)
        break
      first = pa
      last = pa
    }
    const parent = parents.get(first)
    if (!parent || parent !== parents.get(last)) continue
    const children = parent.children as Nodes[]
    const from = children.indexOf(first)
    const to = children.indexOf(last)
    if (from === -1 || to < from) continue
    const taken = children.slice(from, to + 1) as BlockContent[]
    const node: TweetNode = { type: 'tweet', children: taken, data: { tweet: document.tweets[t] } }
    const start = taken[0]?.position?.start
    const end = taken.at(-1)?.position?.end
    if (start && end) node.position = { start, end }
    children.splice(from, to - from + 1, node)
    parents.set(node, parent)
  }
}

/** Map every node to its parent, walking with an explicit stack (any depth is safe). */
function parentMap(tree: Root): Map<Nodes, Parents> {
  const parents = new Map<Nodes, Parents>()
  const stack: Parents[] = [tree]
  while (stack.length > 0) {
    const node = stack.pop()!
    for (const child of node.children as Nodes[]) {
      parents.set(child, node)
      if ('children' in child) stack.push(child as Parents)
    }
  }
  return parents
}
