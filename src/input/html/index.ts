/**
 * HTML input (issue 7): article HTML in, the same document model out.
 *
 * parse (rehype-parse, positions on) → article root (`<article>`, else
 * `<main>`, else `<body>`) → embeds read from their markup → a clean copy
 * (no scripts, styles, frames; text-less embeds as their URL) → mdast
 * (hast-util-to-mdast) → the extracted text, each character mapped to its
 * HTML range → the text pipeline on that text → embeds from markup
 * replace the text detector's guesses for the same stretch → every span
 * gains `source`, its HTML range.
 *
 * @module
 */
import type { Root as HastRoot } from 'hast'
import { toMdast } from 'hast-util-to-mdast'
import type { Root } from 'mdast'
import { analyze } from '../../analyze.js'
import { findEmbeds, type MarkupEmbed } from '../../detect/html-embeds/find.js'
import type { NewsDocument, Quote, Tweet } from '../../model.js'
import type { ResolvedOptions } from '../../options.js'
import { contains, overlaps, type Range, toSpan } from '../../span.js'
import { articleRoot, cleanCopy } from './clean.js'
import { type Extraction, extractText } from './extract.js'
import { toTextRange, withSources } from './map.js'
import { parseHtml } from './parse.js'

/** The quote marks written for `<q>` (outer, then nested), as browsers render them for English. */
export const Q_MARKS: readonly string[] = ['“”', '‘’']

/** Annotate an HTML page or fragment: parse it, then {@link annotateHast}. */
export function annotateHtml(html: string, options: ResolvedOptions): NewsDocument {
  const { tree, warning } = parseHtml(html)
  return annotateHast(tree, html, options, warning === null ? [] : [warning])
}

/**
 * Annotate a hast tree whose positions index `html` (from rehype-parse).
 * The tree is not changed.
 */
export function annotateHast(
  tree: HastRoot,
  html: string,
  options: ResolvedOptions,
  warnings: string[] = [],
): NewsDocument {
  const root = articleRoot(tree)
  const embeds = findEmbeds(root, html)
  const mdast = toMdast(cleanCopy(root, embeds), { quotes: [...Q_MARKS] }) as Root
  const extraction = extractText(mdast, html)
  const { document } = analyze(extraction.tree, extraction.text, 'html', options, warnings)
  const markup = embeds.map((embed) => embedTweet(embed, extraction))
  const merged = mergeTweets(document, markup)
  const { version, format, ...rest } = withSources(merged, extraction)
  return { version, format, text: extraction.text, ...rest }
}

/** A markup embed as a model tweet in extracted-text offsets (id set by {@link mergeTweets}). */
export function embedTweet(embed: MarkupEmbed, extraction: Extraction): Tweet {
  const { text } = extraction
  const span = toTextRange(extraction, embed.range)
  const inside = (range: Range | null): Range | null => {
    if (range === null) return null
    const mapped = toTextRange(extraction, range)
    return contains(span, mapped) ? mapped : null
  }
  const tweet: Tweet = {
    id: '',
    platform: embed.platform,
    span: toSpan(text, span),
    body: toSpan(text, inside(embed.body) ?? { start: span.start, end: span.start }),
    signature: ((s) => (s === null ? null : toSpan(text, s)))(inside(embed.signature)),
    author: { name: embed.author.name, handle: embed.author.handle },
    date: embed.date,
    time: embed.time,
    url: embed.url,
    statusId: embed.statusId,
    media: embed.media,
    links: embed.links,
    mentions: embed.mentions,
    hashtags: embed.hashtags,
  }
  if (embed.lang !== null) tweet.lang = embed.lang
  if (embed.dateText !== null) tweet.dateText = embed.dateText
  return tweet
}

/**
 * The document with the embeds read from markup: each replaces any tweet
 * the text detector found overlapping it; tweets are numbered again in
 * document order and each quote points to the tweet that holds it.
 */
export function mergeTweets(document: NewsDocument, markup: readonly Tweet[]): NewsDocument {
  const byStart = [...markup].sort(byPosition)
  const guessed = document.tweets.filter((t) => !clashes(byStart, t.span))
  const tweets = [...byStart, ...guessed].sort(byPosition).map((t, i) => ({ ...t, id: `t${i + 1}` }))
  const quotes = document.quotes.map((quote): Quote => {
    const holder = tweets[lastStartingBy(tweets, quote.quote.start)]
    const inside =
      holder !== undefined && holder.span.end > holder.span.start && contains(holder.span, quote.quote)
    return { ...quote, tweetId: inside ? holder.id : null }
  })
  return { ...document, quotes, tweets }
}

function byPosition(a: Tweet, b: Tweet): number {
  return a.span.start - b.span.start || b.span.end - a.span.end
}

/** Index of the last tweet (sorted by start) starting at or before `offset`, or -1. */
function lastStartingBy(tweets: readonly Tweet[], offset: number): number {
  let lo = 0
  let hi = tweets.length
  while (lo < hi) {
    const mid = (lo + hi) >> 1
    if (tweets[mid]!.span.start <= offset) lo = mid + 1
    else hi = mid
  }
  return lo - 1
}

/**
 * Whether `range` overlaps, or starts where, one of `sorted` (tweets from
 * markup, which never overlap one another) stands.
 */
function clashes(sorted: readonly Tweet[], range: Range): boolean {
  const i = lastStartingBy(sorted, range.end)
  for (const k of [i, i - 1]) {
    const span = sorted[k]?.span
    if (span !== undefined && (overlaps(span, range) || span.start === range.start)) return true
  }
  return false
}
