/**
 * Type registrations: the `tweet` node in mdast's content maps, the
 * annotations newsmark leaves on paragraphs, and the document on
 * `file.data.newsmark`.
 *
 * @module
 */
import type { BlockContent, Data, Parent } from 'mdast'
import type { NewsDocument, Tweet } from '../model.js'

/** Data on a `tweet` node. */
export interface TweetNodeData extends Data {
  /** The embedded post, as in {@link NewsDocument.tweets}. */
  tweet?: Tweet | undefined
}

/**
 * An embedded tweet or social post. It replaces the nodes the embed was made
 * of (a blockquote, or the paragraphs of flattened text), which it keeps as
 * its children so that nothing is lost and `remark-stringify` writes them
 * back as they were.
 */
export interface TweetNode extends Parent {
  type: 'tweet'
  children: BlockContent[]
  data?: TweetNodeData | undefined
}

/** What newsmark marks on a paragraph (or heading) that holds quotes. */
export interface NewsmarkNodeData {
  /** Ids of the quotes ({@link NewsDocument.quotes}) that have words in this node. */
  quotes: string[]
}

declare module 'mdast' {
  interface BlockContentMap {
    /** An embedded tweet or social post, found by newsmark. */
    tweet: TweetNode
  }
  interface RootContentMap {
    /** An embedded tweet or social post, found by newsmark. */
    tweet: TweetNode
  }
  interface ParagraphData {
    /** Set by `remarkNewsmark` when the paragraph holds quotes. */
    newsmark?: NewsmarkNodeData | undefined
  }
  interface HeadingData {
    /** Set by `remarkNewsmark` when the heading holds quotes. */
    newsmark?: NewsmarkNodeData | undefined
  }
  interface RootData {
    /** Set by `plainTextParse`: the tree was read as plain text, not Markdown. */
    plainText?: boolean | undefined
  }
}

declare module 'vfile' {
  interface DataMap {
    /** The document newsmark found in the file, set by `remarkNewsmark`. */
    newsmark: NewsDocument
  }
}
