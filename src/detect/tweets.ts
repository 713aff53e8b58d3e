/**
 * Embedded tweets and other social posts, found from the traces that
 * scrapers and HTML-to-Markdown converters leave (issue 3).
 *
 * @module
 */
import type { Platform } from '../model.js'
import type { Block } from '../segment/blocks.js'
import type { Range } from '../span.js'

/** An embedded post as the detector finds it (offsets only; the model adds ids and text). */
export interface TweetFinding {
  platform: Platform
  /** The whole block: body, signature and boilerplate lines. */
  span: Range
  /** The post's own words. */
  body: Range
  /** The signature line, when there is one. */
  signature: Range | null
  author: { name: string | null; handle: string | null }
  /** ISO `YYYY-MM-DD`, or `null`. */
  date: string | null
  /** `HH:MM`, or `null`. */
  time: string | null
  url: string | null
  statusId: string | null
  media: string[]
  links: string[]
  mentions: string[]
  hashtags: string[]
  /** Index of the first and last {@link Block} that the embed covers. */
  blocks: [first: number, last: number]
}

/** Find every embedded post in `blocks`, in document order. */
export function detectTweets(_blocks: Block[], _input: string): TweetFinding[] {
  return []
}
