/**
 * The pipeline after parsing: blocks → tweets → quotes → speakers → model.
 * Shared by `annotate()` and the `remarkNewsmark` plugin.
 *
 * @module
 */
import type { Root } from 'mdast'
import { detectQuotes, type QuoteFinding } from './detect/quotes.js'
import { detectTweets, type TweetFinding } from './detect/tweets.js'
import type { Format, NewsDocument, PartialBreadth, Quote, Tweet } from './model.js'
import type { ResolvedOptions } from './options.js'
import { resolveSpeakers } from './resolve/speakers.js'
import { type Block, collectBlocks } from './segment/blocks.js'
import { contains, type Range, toSpan } from './span.js'

/** The model plus what the unified plugin needs to edit the tree. */
export interface Analysis {
  document: NewsDocument
  blocks: Block[]
  tweets: TweetFinding[]
}

/** The stages of {@link analyze}, in order, as a {@link StageTimer} names them. */
export type Stage = 'blocks' | 'tweets' | 'quotes' | 'speakers' | 'model'

/** Told how many milliseconds each stage took (for `newsmark --profile`). */
export type StageTimer = (stage: Stage, ms: number) => void

/**
 * A function to call after each stage: it reports the time since the
 * previous call to `timer`. Made only when there is a timer, so that the
 * pipeline pays nothing for profiling it does not ask for.
 */
function stopwatch(timer: StageTimer): (stage: Stage) => void {
  let last = performance.now()
  return (stage) => {
    const now = performance.now()
    timer(stage, now - last)
    last = now
  }
}

/** Run every stage on a parsed tree of `input`; `timer`, when given, is told each stage's time. */
export function analyze(
  tree: Root,
  input: string,
  format: Format,
  options: ResolvedOptions,
  warnings: string[] = [],
  timer?: StageTimer,
): Analysis {
  return analyzeBlocks(() => collectBlocks(tree, input), input, format, options, warnings, timer)
}

/**
 * Run every stage on the blocks of `input` that `readBlocks` returns (its
 * time is the `blocks` stage's); `timer`, when given, is told each stage's
 * time.
 */
export function analyzeBlocks(
  readBlocks: () => Block[],
  input: string,
  format: Format,
  options: ResolvedOptions,
  warnings: string[] = [],
  timer?: StageTimer,
): Analysis {
  const lap = timer === undefined ? undefined : stopwatch(timer)
  const blocks = readBlocks()
  lap?.('blocks')
  const tweets = detectTweets(blocks, input)
  lap?.('tweets')
  const found = keptPartials(
    detectQuotes(blocks, { input, reported: options.reported, tweets }),
    options.partials,
  )
  lap?.('quotes')
  // Loops, not map: no callback to run per article.
  const speakers: (Range | null)[] = []
  for (const q of found) speakers.push(q.speaker)
  const resolution = resolveSpeakers(input, blocks, speakers, tweets)
  lap?.('speakers')
  const tweetModels: Tweet[] = []
  for (let i = 0; i < tweets.length; i++) tweetModels.push(buildTweet(input, tweets[i]!, i))
  // Most documents have no tweet: no quote lies in one then.
  const tweetOf = tweets.length === 0 ? null : tweetFinder(tweets)
  const quotes: Quote[] = []
  for (let i = 0; i < found.length; i++)
    quotes.push(buildQuote(input, found[i]!, i, resolution.speakerIds[i] ?? null, tweetOf, tweetModels))
  const document: NewsDocument = {
    version: 1,
    format,
    quotes,
    speakers: resolution.speakers,
    tweets: tweetModels,
  }
  if (warnings.length > 0) document.warnings = warnings
  lap?.('model')
  return { document, blocks, tweets }
}

/** The quotes without the partial ones that `partials` leaves out. */
function keptPartials(found: QuoteFinding[], partials: PartialBreadth): QuoteFinding[] {
  if (partials === 'all') return found
  const kept: QuoteFinding[] = []
  for (const q of found)
    if (q.type !== 'partial' || (partials === 'attributed' && (q.speaker !== null || q.cue !== null)))
      kept.push(q)
  return kept
}

function buildTweet(input: string, t: TweetFinding, i: number): Tweet {
  return {
    id: `t${i + 1}`,
    platform: t.platform,
    span: toSpan(input, t.span),
    body: toSpan(input, t.body),
    signature: t.signature ? toSpan(input, t.signature) : null,
    author: { name: t.author.name, handle: t.author.handle },
    date: t.date,
    time: t.time,
    url: t.url,
    statusId: t.statusId,
    media: t.media,
    links: t.links,
    mentions: t.mentions,
    hashtags: t.hashtags,
  }
}

/**
 * A function giving the index of the first tweet whose span contains a
 * range (as `tweets.findIndex`), or -1, in logarithmic time: a linear search
 * per quote would make the model quadratic on a long document with many
 * tweets and quotes.
 *
 * Tweets come sorted by span start, so those starting at or before a range
 * are a prefix; the first of them that contains the range is the first whose
 * end reaches the range's end, found by binary search over the running
 * maximum of the ends. Should the tweets be out of order, the linear search
 * is used.
 */
export function tweetFinder(tweets: readonly TweetFinding[]): (range: Range) => number {
  // Most documents have no tweet: no typed array to make (V8 allocates its buffer outside the heap).
  if (tweets.length === 0) return () => -1
  for (let k = 1; k < tweets.length; k++) {
    if (tweets[k]!.span.start < tweets[k - 1]!.span.start) {
      return (range) => tweets.findIndex((t) => contains(t.span, range))
    }
  }
  // maxEnd[k]: the greatest span end among tweets 0…k.
  const maxEnd = new Float64Array(tweets.length)
  let max = Number.NEGATIVE_INFINITY
  tweets.forEach((t, k) => {
    max = Math.max(max, t.span.end)
    maxEnd[k] = max
  })
  return (range) => {
    // The first tweet whose end reaches range.end: the first k with maxEnd[k] >= range.end.
    let lo = 0
    let hi = tweets.length
    while (lo < hi) {
      const mid = (lo + hi) >> 1
      if (maxEnd[mid]! >= range.end) hi = mid
      else lo = mid + 1
    }
    return lo < tweets.length && tweets[lo]!.span.start <= range.start ? lo : -1
  }
}

function buildQuote(
  input: string,
  q: QuoteFinding,
  i: number,
  speakerId: string | null,
  tweetOf: ((range: Range) => number) | null,
  tweetModels: Tweet[],
): Quote {
  const first = q.segments[0]!
  const last = q.segments.at(-1)!
  const range = { start: first.start, end: last.end }
  const tweetIndex = tweetOf === null ? -1 : tweetOf(range)
  // Most quotes have one segment: its slice is the text.
  let text = input.slice(first.start, first.end)
  for (let k = 1; k < q.segments.length; k++)
    text += ` ${input.slice(q.segments[k]!.start, q.segments[k]!.end)}`
  const quote: Quote = {
    id: `q${i + 1}`,
    type: q.type,
    text,
    quote: toSpan(input, range),
    speaker: q.speaker ? toSpan(input, q.speaker) : null,
    speakerId,
    cue: q.cue ? toSpan(input, q.cue) : null,
    tweetId: tweetIndex === -1 ? null : (tweetModels[tweetIndex]?.id ?? null),
    inferred: q.inferred,
    confidence: q.confidence,
  }
  if (q.segments.length > 1) quote.segments = q.segments.map((s) => toSpan(input, s))
  return quote
}
