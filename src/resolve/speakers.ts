/**
 * Speaker resolution: cluster the speaker mentions of the quotes (and the
 * other mentions of the same people in the text) into people and
 * organisations (issue 4).
 *
 * @module
 */
import type { Speaker } from '../model.js'
import type { Block } from '../segment/blocks.js'
import type { Range } from '../span.js'
import type { TweetFinding } from '../detect/tweets.js'

/** The speakers of a document and, for each quote, the id of its speaker. */
export interface Resolution {
  /** Ids `s1`, `s2`, … in order of first mention. */
  speakers: Speaker[]
  /** Aligned with the `mentions` given: the speaker id of each, or `null`. */
  speakerIds: Array<string | null>
}

/**
 * Resolve `mentions` (the speaker mention of each quote, in document order;
 * `null` where a quote has none) into speakers.
 */
export function resolveSpeakers(
  _input: string,
  _blocks: Block[],
  mentions: Array<Range | null>,
  _tweets: TweetFinding[],
): Resolution {
  return { speakers: [], speakerIds: mentions.map(() => null) }
}
