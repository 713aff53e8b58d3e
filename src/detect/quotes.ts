/**
 * Quotes: quote marks paired into direct, partial and mixed quotes, reported
 * speech, each with its attribution (issues 4 and 5).
 *
 * @module
 */
import type { QuoteType, ReportedBreadth } from '../model.js'
import type { Block } from '../segment/blocks.js'
import type { Range } from '../span.js'
import type { TweetFinding } from './tweets.js'

/** A quote as the detectors find it (offsets only; the model adds ids, text and speaker ids). */
export interface QuoteFinding {
  type: QuoteType
  /** The pieces of the quote, without quote marks, in order; at least one. */
  segments: Range[]
  /** The mention that attributes it here. */
  speaker: Range | null
  /** The attribution cue. */
  cue: Range | null
  /** Speaker carried over from the previous quote (no cue here). */
  inferred: boolean
  /** From 0 to 1. */
  confidence: number
}

/** What the quote detectors are given besides the blocks. */
export interface QuoteContext {
  input: string
  reported: ReportedBreadth
  tweets: TweetFinding[]
}

/** Find every quote and report of speech in `blocks`, in document order. */
export function detectQuotes(_blocks: Block[], _context: QuoteContext): QuoteFinding[] {
  return []
}
