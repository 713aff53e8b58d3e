/**
 * The scorer: compares one `annotate()` result with its gold document by the
 * rules of `shared/README.md`, then sums documents into per-slice metrics.
 * Pure: no I/O, no clocks.
 *
 * @module
 */
import type { NewsDocument, QuoteType, Speaker } from '../model.js'
import { overlaps, type Range } from '../span.js'
import type { GoldDocument, GoldQuote, GoldTweet } from './gold.js'
import { greedyMatch, overlappingPairs, type Pair } from './match.js'
import { hull, overlapLength, quoteRanges, rangesLength, sameRanges } from './ranges.js'
import { goldSlices, predictedTypes, type SliceName, sliceNames } from './slices.js'

/** Attribution checks on a matched pair; `null` where the gold gives nothing to check. */
export interface PairChecks {
  /** Predicted speaker mention, or a mention of the resolved speaker, overlaps the gold speaker. */
  speaker: boolean | null
  /** Predicted cue overlaps the gold cue. */
  cue: boolean | null
  /** Resolved speaker's name equals the gold entity, ignoring case. */
  entity: boolean | null
}

/** The best overlap an item has with any item of the other side, matched or not. */
export interface Nearest {
  index: number
  overlap: number
}

/** How one gold quote fared. */
export interface GoldOutcome {
  slices: SliceName[]
  optional: boolean
  /** Its trimmed ranges. */
  ranges: Range[]
  /** Index of the matched prediction, or `null`. */
  matched: number | null
  /** Matched with equal trimmed ranges. */
  exact: boolean
  /** Checks on the matched pair (all `null` when unmatched). */
  checks: PairChecks
  /** The prediction overlapping it most, for error analysis. */
  nearest: Nearest | null
}

/** How one predicted quote fared. */
export interface PredictedOutcome {
  type: QuoteType
  /** Its trimmed ranges. */
  ranges: Range[]
  /** Index of the matched gold quote, or `null`. */
  matched: number | null
  /** Matched to an optional gold quote: counted neither right nor wrong. */
  ignored: boolean
  /** The gold quote overlapping it most, for error analysis. */
  nearest: Nearest | null
}

/** The tweet fields compared on matched tweets. */
export const tweetFields = ['author', 'handle', 'date', 'media', 'mentions'] as const

/** One of {@link tweetFields}. */
export type TweetField = (typeof tweetFields)[number]

/** A count of correct out of total. */
export interface Tally {
  correct: number
  total: number
}

/** Tweet counts of one document or of a whole run. */
export interface TweetTotals {
  gold: number
  predicted: number
  matched: number
  fields: Record<TweetField, Tally>
}

/** The comparison of one document. */
export interface DocumentScore {
  id: string
  gold: GoldOutcome[]
  predicted: PredictedOutcome[]
  /** `null` when the gold does not annotate tweets. */
  tweets: TweetTotals | null
}

/** The counts of one slice. */
export interface SliceTotals {
  /** Non-optional gold quotes in the slice. */
  gold: number
  /** Predicted quotes of the slice's types, not matched to an optional gold quote. */
  predicted: number
  /** Gold quotes of the slice that a prediction matched. */
  matchedGold: number
  /** Predicted quotes of the slice's types that matched a (non-optional) gold quote of any type. */
  matchedPredicted: number
  /** Gold quotes of the slice matched exactly. */
  exact: number
  speaker: Tally
  cue: Tally
  entity: Tally
}

/** Ratios of a slice; `null` where the denominator is zero. */
export interface SliceMetrics {
  precision: number | null
  recall: number | null
  f1: number | null
  exactRecall: number | null
  speakerAccuracy: number | null
  cueAccuracy: number | null
  entityAccuracy: number | null
}

/** Whether a loose match: the overlap is at least half of the larger quote. */
export function isLooseMatch(overlap: number, goldLength: number, predictedLength: number): boolean {
  return overlap > 0 && 2 * overlap >= Math.max(goldLength, predictedLength)
}

/** Score one predicted document against its gold. */
export function scoreDocument(
  gold: GoldDocument,
  predicted: NewsDocument,
  cues: ReadonlySet<string>,
): DocumentScore {
  const { text } = gold
  const goldRanges = gold.quotes.map((q) => quoteRanges(text, q.segments))
  const predictedRanges = predicted.quotes.map((q) => quoteRanges(text, q.segments ?? [q.quote]))
  const pairs: Pair[] = overlappingPairs(goldRanges.map(hull), predictedRanges.map(hull)).map(([g, p]) => ({
    gold: g,
    predicted: p,
    overlap: overlapLength(goldRanges[g]!, predictedRanges[p]!),
  }))
  const matched = greedyMatch(pairs, (pair) =>
    isLooseMatch(
      pair.overlap,
      rangesLength(goldRanges[pair.gold]!),
      rangesLength(predictedRanges[pair.predicted]!),
    ),
  )
  const goldMatch = new Map(matched.map((m) => [m.gold, m.predicted]))
  const predictedMatch = new Map(matched.map((m) => [m.predicted, m.gold]))
  const nearestGold = nearestBy(pairs, 'gold', 'predicted')
  const nearestPredicted = nearestBy(pairs, 'predicted', 'gold')
  const speakers = new Map(predicted.speakers.map((s) => [s.id, s]))

  const goldOutcomes = gold.quotes.map((quote, g): GoldOutcome => {
    const p = goldMatch.get(g)
    const prediction = p === undefined ? undefined : predicted.quotes[p]
    const cueText = quote.cue ? text.slice(quote.cue.start, quote.cue.end) : null
    return {
      slices: goldSlices(quote, cueText, cues),
      optional: quote.optional,
      ranges: goldRanges[g]!,
      matched: p ?? null,
      exact: p !== undefined && sameRanges(goldRanges[g]!, predictedRanges[p]!),
      checks: prediction
        ? checkPair(quote, prediction, speakers)
        : { speaker: null, cue: null, entity: null },
      nearest: nearestGold.get(g) ?? null,
    }
  })
  const predictedOutcomes = predicted.quotes.map((quote, p): PredictedOutcome => {
    const g = predictedMatch.get(p)
    return {
      type: quote.type,
      ranges: predictedRanges[p]!,
      matched: g ?? null,
      ignored: g !== undefined && gold.quotes[g]!.optional,
      nearest: nearestPredicted.get(p) ?? null,
    }
  })
  return {
    id: gold.id,
    gold: goldOutcomes,
    predicted: predictedOutcomes,
    tweets: gold.tweets ? scoreTweets(gold.tweets, predicted) : null,
  }
}

/** For each item on side `key`, the pair with the largest overlap (ties: lowest other index). */
function nearestBy(
  pairs: readonly Pair[],
  key: 'gold' | 'predicted',
  other: 'gold' | 'predicted',
): Map<number, Nearest> {
  const nearest = new Map<number, Nearest>()
  for (const pair of pairs) {
    const best = nearest.get(pair[key])
    if (
      pair.overlap > 0 &&
      (!best || pair.overlap > best.overlap || (pair.overlap === best.overlap && pair[other] < best.index))
    ) {
      nearest.set(pair[key], { index: pair[other], overlap: pair.overlap })
    }
  }
  return nearest
}

/** The attribution checks of a matched pair. */
export function checkPair(
  gold: GoldQuote,
  predicted: NewsDocument['quotes'][number],
  speakers: ReadonlyMap<string, Speaker>,
): PairChecks {
  const resolved = predicted.speakerId === null ? undefined : speakers.get(predicted.speakerId)
  const goldSpeaker = gold.speaker
  const speaker =
    goldSpeaker === null
      ? null
      : (predicted.speaker !== null && overlaps(predicted.speaker, goldSpeaker)) ||
        (resolved?.mentions.some((m) => overlaps(m, goldSpeaker)) ?? false)
  const cue = gold.cue === null ? null : predicted.cue !== null && overlaps(predicted.cue, gold.cue)
  const entity =
    gold.entity === null
      ? null
      : resolved !== undefined && resolved.name.toLowerCase() === gold.entity.toLowerCase()
  return { speaker, cue, entity }
}

/** Match tweets one-to-one by largest span overlap, then compare their fields exactly. */
export function scoreTweets(gold: readonly GoldTweet[], predicted: NewsDocument): TweetTotals {
  const predictedTweets = predicted.tweets
  const pairs = overlappingPairs(
    gold.map((t) => t.span),
    predictedTweets.map((t) => t.span),
  ).map(([g, p]): Pair => {
    const a = gold[g]!.span
    const b = predictedTweets[p]!.span
    return { gold: g, predicted: p, overlap: Math.min(a.end, b.end) - Math.max(a.start, b.start) }
  })
  const matched = greedyMatch(pairs, (pair) => pair.overlap > 0)
  const fields = emptyTweetFields()
  for (const { gold: g, predicted: p } of matched) {
    const want = gold[g]!
    const got = predictedTweets[p]!
    const same: Record<TweetField, boolean> = {
      author: want.author === got.author.name,
      handle: want.handle === got.author.handle,
      date: want.date === got.date,
      media: sameStrings(want.media, got.media),
      mentions: sameStrings(want.mentions, got.mentions),
    }
    for (const field of tweetFields) tally(fields[field], same[field])
  }
  return { gold: gold.length, predicted: predictedTweets.length, matched: matched.length, fields }
}

function sameStrings(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && a.every((x, i) => x === b[i])
}

function emptyTweetFields(): Record<TweetField, Tally> {
  return {
    author: { correct: 0, total: 0 },
    handle: { correct: 0, total: 0 },
    date: { correct: 0, total: 0 },
    media: { correct: 0, total: 0 },
    mentions: { correct: 0, total: 0 },
  }
}

function tally(into: Tally, correct: boolean | null): void {
  if (correct === null) return
  into.total++
  if (correct) into.correct++
}

function emptySlice(): SliceTotals {
  return {
    gold: 0,
    predicted: 0,
    matchedGold: 0,
    matchedPredicted: 0,
    exact: 0,
    speaker: { correct: 0, total: 0 },
    cue: { correct: 0, total: 0 },
    entity: { correct: 0, total: 0 },
  }
}

/** Sum document scores into per-slice counts. */
export function sumSlices(documents: readonly DocumentScore[]): Record<SliceName, SliceTotals> {
  const totals = {
    direct: emptySlice(),
    'direct+mixed': emptySlice(),
    'indirect-speech': emptySlice(),
    all: emptySlice(),
  }
  for (const document of documents) {
    for (const outcome of document.gold) {
      if (outcome.optional) continue
      for (const slice of outcome.slices) {
        const t = totals[slice]
        t.gold++
        if (outcome.matched === null) continue
        t.matchedGold++
        if (outcome.exact) t.exact++
        tally(t.speaker, outcome.checks.speaker)
        tally(t.cue, outcome.checks.cue)
        tally(t.entity, outcome.checks.entity)
      }
    }
    for (const outcome of document.predicted) {
      if (outcome.ignored) continue
      for (const slice of sliceNames) {
        if (!predictedTypes[slice].includes(outcome.type)) continue
        totals[slice].predicted++
        if (outcome.matched !== null) totals[slice].matchedPredicted++
      }
    }
  }
  return totals
}

/** Sum the tweet counts of the documents whose gold annotates tweets; `null` when none does. */
export function sumTweets(documents: readonly DocumentScore[]): TweetTotals | null {
  let total: TweetTotals | null = null
  for (const { tweets } of documents) {
    if (!tweets) continue
    total ??= { gold: 0, predicted: 0, matched: 0, fields: emptyTweetFields() }
    total.gold += tweets.gold
    total.predicted += tweets.predicted
    total.matched += tweets.matched
    for (const field of tweetFields) {
      total.fields[field].correct += tweets.fields[field].correct
      total.fields[field].total += tweets.fields[field].total
    }
  }
  return total
}

/** `numerator / denominator`, or `null` when the denominator is zero. */
export function ratio(numerator: number, denominator: number): number | null {
  return denominator === 0 ? null : numerator / denominator
}

/** The harmonic mean of precision and recall; a missing one counts as 0, both missing gives `null`. */
export function f1(precision: number | null, recall: number | null): number | null {
  if (precision === null && recall === null) return null
  const p = precision ?? 0
  const r = recall ?? 0
  return p + r === 0 ? 0 : (2 * p * r) / (p + r)
}

/** The ratios of a slice. */
export function sliceMetrics(t: SliceTotals): SliceMetrics {
  const precision = ratio(t.matchedPredicted, t.predicted)
  const recall = ratio(t.matchedGold, t.gold)
  return {
    precision,
    recall,
    f1: f1(precision, recall),
    exactRecall: ratio(t.exact, t.gold),
    speakerAccuracy: ratio(t.speaker.correct, t.speaker.total),
    cueAccuracy: ratio(t.cue.correct, t.cue.total),
    entityAccuracy: ratio(t.entity.correct, t.entity.total),
  }
}
