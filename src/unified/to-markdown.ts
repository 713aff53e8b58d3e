/**
 * Serialising `tweet` nodes with mdast-util-to-markdown (and so with
 * remark-stringify): a tweet is written as the blocks it was made of.
 *
 * @module
 */
import type { Options } from 'mdast-util-to-markdown'
import type { TweetNode } from './types.js'

/**
 * An mdast-util-to-markdown extension that writes `tweet` nodes as their
 * children. `remarkNewsmark` registers it for remark-stringify; pass it in
 * `extensions` when calling `toMarkdown` yourself.
 */
export function tweetToMarkdown(): Options {
  return {
    handlers: {
      tweet(node: TweetNode, _parent, state, info) {
        return state.containerFlow(node, info)
      },
    },
  }
}
