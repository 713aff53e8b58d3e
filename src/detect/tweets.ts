/**
 * Embedded tweets and other social posts, found from the traces that
 * scrapers and HTML-to-Markdown converters leave (issue 3).
 *
 * One pass over the blocks. In each block, cheap `indexOf` searches for the
 * anchors an embed must have (`(@` of a signature's handle, the phrases
 * "Post by @" and "Posted by ", a post URL's path) come first; only around an
 * anchor are the bounded readers of `tweets/signature.ts` run. From an
 * accepted signature the body is read line by line backwards
 * (`bodyLines`), and boilerplate lines after it are taken in.
 *
 * @module
 */
import { postByPhrase, postedByPhrase } from '../lexicon/social.js'
import type { Platform } from '../model.js'
import { type Block, type BlockLink, NO_LINKS } from '../segment/blocks.js'
import { isSpaceCode } from '../segment/chars.js'
import type { Range } from '../span.js'
import { type ParsedDate, parseDate } from './dates.js'
import { addOnce, type Entities, readEntities } from './tweets/entities.js'
import {
  inputEnd,
  inputStart,
  type Line,
  lineAround,
  linesRange,
  lineText,
  nextLine,
  previousLine,
  trimLine,
} from './tweets/lines.js'
import {
  findBoilerplate,
  MAX_BOILERPLATE_CHARS,
  MAX_NAME_CHARS,
  platformOfHandle,
  readHandleSignature,
  readPostBy,
  readPostedBy,
  type Signature,
} from './tweets/signature.js'
import { isMediaUrl, isNavigationUrl, MAX_URL_CHARS, type PostUrl, readPostUrl } from './tweets/urls.js'

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

/** Most lines read back from a signature for the body. */
export const MAX_BODY_LINES = 24
/** Most characters read back from a signature for the body (long posts included). */
export const MAX_BODY_CHARS = 4000
/**
 * Most characters of a body joined across paragraphs on the strength of a
 * clue alone (outside a blockquote or an "opening" boilerplate line): a
 * tweet's 280 characters plus its links' display text.
 */
export const MAX_TWEET_CHARS = 320
/** Most boilerplate or URL lines taken in after a signature. */
export const MAX_TRAILING_LINES = 2

type AnchorKind = 'handle' | 'postBy' | 'postedBy' | 'url'

/** What an embed must contain, searched with `indexOf` before any regex runs. */
const ANCHORS: ReadonlyArray<readonly [string, AnchorKind]> = [
  ['(@', 'handle'],
  [postByPhrase, 'postBy'],
  [postedByPhrase, 'postedBy'],
  ['/status', 'url'],
  ['/post/', 'url'],
  ['/@', 'url'],
  ['instagram.com/', 'url'],
  ['facebook.com/', 'url'],
]

/** A position in the document: text index `at` of block `block`. */
interface Cursor {
  block: number
  at: number
}

/**
 * Find every embedded post in `blocks`, in document order. `input` is the
 * text the blocks were read from (a plain-text block is its slice).
 */
export function detectTweets(blocks: Block[], input: string): TweetFinding[] {
  if (holdsNoNeedle(blocks, input)) return []
  const found: TweetFinding[] = []
  // Where each embed ends, and the blockquote it is in: embeds never overlap,
  // except that a quote-tweet's blockquote may hold the quoted tweet's.
  const ends: Array<{ end: Cursor; container: number }> = []
  let floor: Cursor = { block: 0, at: 0 }
  const needles = needleCursors(input)
  for (const block of blocks) {
    if (block.kind !== 'paragraph' || block.index < floor.block) continue
    // URL anchors inside a token already read are skipped, so each character is scanned once.
    let tokenEnd = 0
    for (const anchor of anchorsIn(block, needles)) {
      if (block.index === floor.block && anchor.at < floor.at) continue
      let finding: { tweet: TweetFinding; end: Cursor } | null
      if (anchor.kind === 'url') {
        if (anchor.at < tokenEnd) continue
        const token = tokenAround(block.text, anchor.at)
        tokenEnd = token?.to ?? anchor.at + MAX_URL_CHARS
        finding = token && readBareUrl(blocks, block, token)
      } else {
        finding = readEmbed(blocks, block, anchor.at, anchor.kind, floorFor(ends, block.container))
      }
      if (finding === null) continue
      found.push(finding.tweet)
      floor = finding.end
      ends.push({ end: floor, container: block.container })
      if (floor.block > block.index) break
    }
  }
  // A quote-tweet is found after the tweet nested in it, and starts before it; most documents have none.
  // A stable sort of a list in order changes nothing: run it only when needed.
  for (let i = 1; i < found.length; i++) {
    if (found[i]!.span.start < found[i - 1]!.span.start)
      return found.sort((a, b) => a.span.start - b.span.start)
  }
  return found
}

/**
 * Whether no block can hold an anchor: every block's text is a slice of
 * `input` (plain text) and `input` holds none of the {@link ANCHOR_NEEDLES}.
 * Most articles embed no post: one native search per needle over the input
 * answers for all their blocks, and none of the per-block code runs.
 */
function holdsNoNeedle(blocks: readonly Block[], input: string): boolean {
  for (const block of blocks) if (block.offsets !== null) return false
  for (const needle of ANCHOR_NEEDLES) if (input.includes(needle)) return false
  return true
}

/** Most earlier embeds looked through for the floor of a blockquote (nested ones are skipped). */
export const MAX_NESTED_EMBEDS = 64

/**
 * Where a body read in blockquote `container` must stop: the end of the last
 * embed that is not nested inside that blockquote. Blockquote ids are given
 * in document pre-order, so an earlier embed with a greater id than the
 * blockquote it precedes a signature of is nested in it.
 */
function floorFor(ends: ReadonlyArray<{ end: Cursor; container: number }>, container: number): Cursor {
  const stop = Math.max(0, ends.length - MAX_NESTED_EMBEDS)
  for (let i = ends.length - 1; i >= stop; i--) {
    const e = ends[i]!
    if (container === -1 || e.container <= container) return e.end
  }
  // Every embed looked at was nested: none before them (or, past the bound, the last one, to be safe).
  return stop > 0 ? (ends.at(-1)?.end ?? { block: 0, at: 0 }) : { block: 0, at: 0 }
}

/**
 * The needle an anchor holds: `@` or `/` where it has one, else the anchor
 * itself ("Posted by ").
 */
function needleOf(anchor: string): string {
  return anchor.includes('@') ? '@' : anchor.includes('/') ? '/' : anchor
}

/** {@link ANCHORS} with the needle each holds. */
const NEEDLED_ANCHORS: ReadonlyArray<{ anchor: string; kind: AnchorKind; needle: string }> = ANCHORS.map(
  ([anchor, kind]) => ({ anchor, kind, needle: needleOf(anchor) }),
)

/**
 * The needles of all anchors (derived from {@link ANCHORS}, so that an
 * anchor added there is never missed): most paragraphs hold no `@`, no `/`
 * and no "Posted by ", and three native searches rule out all eight anchors.
 */
const ANCHOR_NEEDLES: readonly string[] = [...new Set(NEEDLED_ANCHORS.map((a) => a.needle))]

/**
 * Where each needle of {@link ANCHOR_NEEDLES} next stands in the input, at
 * or after the last position asked about (-1: nowhere after it), for the
 * blocks whose text is the input's own slice (plain text): the blocks come
 * in input order, so one search per needle answers for every block up to
 * its next occurrence, and each character is looked at once per needle
 * however many blocks the document has.
 */
interface NeedleCursors {
  input: string
  /** The next occurrence of `ANCHOR_NEEDLES[n]` at or after `from[n]`, or -1. */
  next: number[]
  /** Where the search for `next[n]` started. */
  from: number[]
  /**
   * No needle starts in the input range `[clearFrom, clearTo)`: the first
   * occurrence of any needle at or after the start of the last input-slice
   * block asked about (-1 while none was; the input's length when none is
   * left). A later block that ends by `clearTo` holds none, and is answered
   * with one comparison (most paragraphs).
   */
  clearFrom: number
  clearTo: number
}

function needleCursors(input: string): NeedleCursors {
  return {
    input,
    next: ANCHOR_NEEDLES.map(() => -1),
    from: ANCHOR_NEEDLES.map(() => -1),
    clearFrom: -1,
    clearTo: -1,
  }
}

/**
 * Record that the cursors were just brought up to `block` (an input slice):
 * every `next[n]` is then the first occurrence at or after its start.
 */
function clearUpTo(block: Block, cursors: NeedleCursors): void {
  let first = cursors.input.length
  for (const next of cursors.next) if (next !== -1 && next < first) first = next
  cursors.clearFrom = block.start
  cursors.clearTo = first
}

/**
 * Whether `block`'s text holds needle `n`. A block whose text is the input
 * slice `[start, start + text.length)` (no offsets) asks the cursors; any
 * other (Markdown text joined from leaves, entities decoded) is searched.
 */
function holdsNeedle(block: Block, n: number, cursors: NeedleCursors): boolean {
  const needle = ANCHOR_NEEDLES[n]!
  if (block.offsets !== null) return block.text.includes(needle)
  let next = cursors.next[n]!
  if (cursors.from[n]! < 0 || (next !== -1 && next < block.start) || cursors.from[n]! > block.start) {
    next = cursors.input.indexOf(needle, block.start)
    cursors.next[n] = next
    cursors.from[n] = block.start
  }
  return next !== -1 && next + needle.length <= block.start + block.text.length
}

/** No anchor: what most paragraphs hold, shared rather than made for each. */
const NO_ANCHORS: ReadonlyArray<{ at: number; kind: AnchorKind }> = []

/** Every anchor in `block`'s text, in order of position. */
function anchorsIn(block: Block, cursors: NeedleCursors): ReadonlyArray<{ at: number; kind: AnchorKind }> {
  const { text } = block
  const slice = block.offsets === null
  if (slice && block.start >= cursors.clearFrom && block.start + text.length <= cursors.clearTo)
    return NO_ANCHORS
  let held: string[] | null = null
  for (let n = 0; n < ANCHOR_NEEDLES.length; n++) {
    if (!holdsNeedle(block, n, cursors)) continue
    held ??= []
    held.push(ANCHOR_NEEDLES[n]!)
  }
  if (slice) clearUpTo(block, cursors)
  if (held === null) return NO_ANCHORS
  const anchors: Array<{ at: number; kind: AnchorKind }> = []
  // Only the anchors whose needle the text holds are searched for ("/status" not in a text without "/").
  for (const { anchor, kind, needle } of NEEDLED_ANCHORS) {
    if (!held.includes(needle)) continue
    for (let at = text.indexOf(anchor); at !== -1; at = text.indexOf(anchor, at + anchor.length)) {
      anchors.push({ at, kind })
    }
  }
  // In order already when one needle is found (as mostly): then no sort runs.
  for (let i = 1; i < anchors.length; i++) {
    if (anchors[i]!.at < anchors[i - 1]!.at) return anchors.sort((a, b) => a.at - b.at)
  }
  return anchors
}

/** The run of non-space characters around `at` (a URL candidate), or `null` when longer than a URL may be. */
function tokenAround(text: string, at: number): { from: number; to: number } | null {
  const stop = Math.max(0, at - MAX_URL_CHARS)
  let from = at
  while (from > stop && !isSpaceCode(text.charCodeAt(from - 1))) from--
  if (from === stop && stop > 0) return null
  const limit = Math.min(text.length, at + MAX_URL_CHARS)
  let to = at
  while (to < limit && !isSpaceCode(text.charCodeAt(to))) to++
  if (to === limit && limit < text.length) return null
  return { from, to }
}

function readEmbed(
  blocks: readonly Block[],
  block: Block,
  at: number,
  kind: Exclude<AnchorKind, 'url'>,
  floor: Cursor,
): { tweet: TweetFinding; end: Cursor } | null {
  const signature =
    kind === 'handle'
      ? readHandleSignature(block.text, at)
      : kind === 'postBy'
        ? readPostBy(block.text, at)
        : readPostedBy(block.text, at)
  if (signature === null) return null
  return readSignedEmbed(blocks, block, signature, floor)
}

/** The links of a Markdown block (read with the block); none for plain text or past the last block. */
function linksOf(block: Block | undefined): readonly BlockLink[] {
  return block?.links ?? NO_LINKS
}

/**
 * `range` widened so that it does not cut a Markdown link: a body glued to
 * its signature ends with the link's `](https://t.co/…)`, not inside it.
 */
function wholeLinks(range: Range, links: readonly BlockLink[]): Range {
  let { start, end } = range
  for (const link of links) {
    if (link.start < start && link.end > start) start = link.start
    if (link.start < end && link.end > end) end = link.end
  }
  return { start, end: Math.max(start, end) }
}

/** Links of blocks `first`…`last` that lie inside `range`. */
function linksWithin(blocks: readonly Block[], first: number, last: number, range: Range): BlockLink[] {
  const out: BlockLink[] = []
  for (let b = first; b <= last; b++) {
    for (const link of linksOf(blocks[b]))
      if (link.start >= range.start && link.end <= range.end) out.push(link)
  }
  return out
}

/** The post URL among `urls`, if any. */
function firstPostUrl(urls: readonly string[]): { url: string; post: PostUrl } | null {
  for (const url of urls) {
    const post = readPostUrl(url)
    if (post) return { url, post }
  }
  return null
}

/**
 * The first post URL among the links of `block` (`links`) that lie inside
 * `line`, in order: plain text has no links, and nothing is made for it.
 */
function firstPostLink(
  links: readonly BlockLink[],
  block: Block,
  line: Line,
): { url: string; post: PostUrl } | null {
  if (links.length === 0) return null
  const start = inputStart(block, line.from)
  const end = inputEnd(block, line.to)
  for (const link of links) {
    if (link.start < start || link.end > end) continue
    const post = readPostUrl(link.url)
    if (post) return { url: link.url, post }
  }
  return null
}

/** Whether `line` lies (partly) before `floor`. */
function beforeFloor(line: Line, floor: Cursor): boolean {
  return line.block < floor.block || (line.block === floor.block && line.from < floor.at)
}

/**
 * A signed embed: body lines back from the signature, boilerplate and a
 * post URL line after it. "BREAKING: … It’s a withdrawal.
 * pic.twitter.com/tQHSsHTtez" / "— Liz Sly (@LizSly) January 6, 2020".
 */
function readSignedEmbed(
  blocks: readonly Block[],
  block: Block,
  sig: Signature,
  floor: Cursor,
): { tweet: TweetFinding; end: Cursor } | null {
  const line = lineAround(blocks, block.index, sig.from)
  if (line === null) return null
  const blockLinks = linksOf(block)
  const sigRange = wholeLinks(
    { start: inputStart(block, sig.from), end: inputEnd(block, sig.to) },
    blockLinks,
  )
  const before = sig.kind === 'postByHandle' ? boilerplateBefore(blocks, line, sig, floor) : null
  const linked = sig.tailUrl === null ? firstPostLink(blockLinks, block, line) : firstPostUrl([sig.tailUrl])
  const after = linesAfter(blocks, line, sig, linked)
  const post = after.post
  const date = sig.date ?? after.date?.value ?? null
  if (after.date)
    sigRange.end = Math.max(sigRange.end, linesRange(blocks, after.date.line, after.date.line).end)
  const platform = platformOf(sig, post, before?.platform ?? after.platform)
  if (platform === null || (sig.unreadTail && post === null)) return null
  // Facebook writes the weekday; a blog footer "Posted by admin on January 6, 2020" does not.
  if (sig.kind === 'postedByNameOnDate' && !sig.date?.weekday && post?.post.platform !== 'facebook')
    return null

  const body =
    sig.kind === 'postByHandle'
      ? null
      : bodyLines(blocks, { block: block.index, from: line.from, to: sig.bodyEnd }, floor)
  const firstBody = body?.lines[0]
  const lastBody = body?.lines.at(-1)
  const bodyRange =
    firstBody && lastBody
      ? wholeLinks(
          linesRange(blocks, firstBody, lastBody),
          firstBody.block === lastBody.block
            ? linksOf(blocks[firstBody.block])
            : [...linksOf(blocks[firstBody.block]), ...linksOf(blocks[lastBody.block])],
        )
      : { start: sigRange.start, end: sigRange.start }
  const entities = body ? bodyEntities(blocks, body.lines, bodyRange, platform) : emptyEntities()
  // A signature without a date needs another sign of an embed: "— with AAP (@AAPNewswire)" is a credit.
  if (sig.kind === 'dashHandleDate' && date === null && post === null && block.container === -1) {
    if (entities.media.length === 0 && !entities.links.some((l) => /^(?:https?:\/\/)?t\.co\//.test(l)))
      return null
  }

  const firstLine = before?.line ?? body?.opener ?? firstBody ?? null
  const first = firstLine ? trimLine(blocks, firstLine) : { block: block.index, from: sig.from, to: sig.to }
  const span = linesRange(blocks, first, after.last)
  span.start = Math.min(span.start, sigRange.start)
  span.end = Math.max(span.end, sigRange.end)
  const lastBlock = blocks[after.last.block]!
  return {
    tweet: {
      platform,
      span,
      body: bodyRange,
      signature: sigRange,
      author: { name: sig.name, handle: sig.handle ?? post?.post.handle ?? null },
      date: date?.date ?? null,
      time: date?.time ?? null,
      url: post?.url ?? null,
      statusId: post?.post.id ?? null,
      // Named one by one, not spread: a spread copies through a generic builtin.
      media: entities.media,
      links: entities.links,
      mentions: entities.mentions,
      hashtags: entities.hashtags,
      blocks: [first.block, after.last.block],
    },
    end: {
      block: after.last.block,
      at: after.last.to === lastBlock.text.length ? after.last.to : after.last.to + 1,
    },
  }
}

/**
 * The platform of a signed embed: the signature's own ("A post shared by"
 * is Instagram), else its post link's, else a boilerplate line's ("View on
 * Threads"), else, under a dash signature only, the handle's shape
 * ("@jay.bsky.team" is Bluesky). "Post by @someone" alone tells nothing.
 */
function platformOf(sig: Signature, post: { post: PostUrl } | null, named: Platform | null): Platform | null {
  const known = sig.platform ?? post?.post.platform ?? named
  if (known !== null) return known
  return sig.kind === 'dashHandleDate' && sig.handle !== null ? platformOfHandle(sig.handle) : null
}

/** "View on Threads" before "Post by @zuck": on the line before, or glued before it on its line. */
function boilerplateBefore(
  blocks: readonly Block[],
  line: Line,
  sig: Signature,
  floor: Cursor,
): { line: Line; platform: Platform } | null {
  const before =
    sig.bodyEnd > line.from
      ? { block: line.block, from: line.from, to: sig.bodyEnd }
      : previousLine(blocks, line)
  if (before === null || beforeFloor(before, floor)) return null
  const named = findBoilerplate(lineText(blocks, before))
  return named && !named.opens ? { line: before, platform: named.platform } : null
}

/**
 * The lines after a signature that belong to the embed: the date when a
 * scraper put the date link on a line of its own, boilerplate ("View on
 * Mastodon"), and the post's own URL when the CMS left it below the
 * signature (same handle). Returns the embed's last line, the post URL, the
 * date line and any platform a boilerplate line names.
 */
function linesAfter(
  blocks: readonly Block[],
  line: Line,
  sig: Signature,
  post: { url: string; post: PostUrl } | null,
): {
  last: Line
  post: { url: string; post: PostUrl } | null
  platform: Platform | null
  date: { value: ParsedDate; line: Line } | null
} {
  const container = blocks[line.block]?.container ?? -1
  let last: Line = { block: line.block, from: sig.from, to: sig.to }
  let platform: Platform | null = null
  let date: { value: ParsedDate; line: Line } | null = null
  let after: Line | null = line
  for (let k = 0; k < MAX_TRAILING_LINES && after !== null; k++) {
    after = nextLine(blocks, after)
    if (after === null || (container !== -1 && blocks[after.block]?.container !== container)) break
    const text = lineText(blocks, after).trim()
    // The date link put on a line of its own: "— Liz Sly (@LizSly)" / "January 6, 2020".
    const value =
      k === 0 && sig.kind === 'dashHandleDate' && sig.date === null && !sig.unreadTail
        ? parseDate(text)
        : null
    if (value !== null) {
      last = trimLine(blocks, after)
      date = { value, line: last }
      continue
    }
    const named = findBoilerplate(text)
    if (named && !named.opens) {
      platform ??= named.platform
      last = trimLine(blocks, after)
      continue
    }
    const own = post === null && text.length <= MAX_URL_CHARS && !holdsSpace(text) ? readPostUrl(text) : null
    if (own && sig.handle !== null && own.handle?.toLowerCase() === sig.handle.toLowerCase()) {
      post = { url: text, post: own }
      last = trimLine(blocks, after)
    }
    break
  }
  return { last, post, platform, date }
}

function emptyEntities(): Entities {
  return { media: [], links: [], mentions: [], hashtags: [] }
}

/**
 * The body's lines, read back from `glued` (the text before the signature
 * on its line, possibly empty): the line before it, then more lines while
 * they belong to the post. Within one paragraph, one blockquote, or after an
 * opening boilerplate line ("View this post on Instagram") every line does;
 * across paragraphs outside a blockquote a line joins only on a clue (the
 * later line goes on in lower case, or the earlier one has a hashtag or a
 * tweet's link) and never after a colon ("Liz Sly tweeted:").
 */
function bodyLines(
  blocks: readonly Block[],
  glued: Line,
  floor: Cursor,
): { lines: Line[]; opener: Line | null } {
  const container = blocks[glued.block]?.container ?? -1
  const seen: Line[] = []
  let opener: Line | null = null
  let total = 0
  // Glued text counts when it has words: "> — Name (@handle) date" glues only a quote marker.
  const hasWords = holdsWordCharacter(lineText(blocks, glued))
  let line: Line | null = hasWords ? glued : previousLine(blocks, glued)
  let nested = 0
  while (line !== null && seen.length < MAX_BODY_LINES) {
    const inside = blocks[line.block]?.container ?? -1
    if (container !== -1 && inside > container && nested++ < MAX_BODY_LINES) {
      // A blockquote nested in this one (the tweet a quote-tweet quotes) is part of the span, not the body.
      line = previousLine(blocks, line)
      continue
    }
    if (inside !== container || beforeFloor(line, floor)) break
    // A line longer than any boilerplate line is none (findBoilerplate says so): its text is not sliced.
    const length = Math.max(0, line.to - line.from)
    if (length <= MAX_BOILERPLATE_CHARS && findBoilerplate(lineText(blocks, line))?.opens) {
      opener = line
      break
    }
    total += length
    if (total > MAX_BODY_CHARS) break
    seen.push(line)
    line = previousLine(blocks, line)
  }
  let taken = seen.length
  if (opener === null && container === -1) {
    taken = 0
    let length = 0
    // The latest line taken that is the post's words (boilerplate such as "[image or embed]" is skipped).
    let later: Line | undefined
    for (const candidate of seen) {
      const text = lineText(blocks, candidate)
      if (findBoilerplate(text) !== null) {
        taken++
        continue
      }
      if (endsWithColon(text)) break
      if (later !== undefined && later.block !== candidate.block) {
        if (length + text.length > MAX_TWEET_CHARS) break
        if (!opensLowerCase(blocks, later) && !hasTweetClue(text)) break
      }
      length += text.length
      taken++
      later = candidate
    }
  }
  const lines = seen
    .slice(0, taken)
    .reverse()
    .map((l) => trimLine(blocks, l))
  // Boilerplate ("[image or embed]") belongs to the span, not the body.
  while (lines.length > 0 && findBoilerplate(lineText(blocks, lines.at(-1)!)) !== null) lines.pop()
  while (lines.length > 0 && findBoilerplate(lineText(blocks, lines[0]!)) !== null) lines.shift()
  return { lines: lines.filter((l) => l.to > l.from), opener }
}

/**
 * Whether `text` holds a letter or a digit (`/[\p{L}\p{N}]/u`): an ASCII
 * letter or digit answers at once, and text all ASCII without one has
 * none; only other text is handed to the regex.
 */
function holdsWordCharacter(text: string): boolean {
  let ascii = true
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i)
    if ((c >= 0x61 && c <= 0x7a) || (c >= 0x41 && c <= 0x5a) || (c >= 0x30 && c <= 0x39)) return true
    if (c >= 0x80) ascii = false
  }
  return !ascii && /[\p{L}\p{N}]/u.test(text)
}

/** Whether `text` holds white space (`/\s/`, read in place). */
function holdsSpace(text: string): boolean {
  for (let i = 0; i < text.length; i++) if (isSpaceCode(text.charCodeAt(i))) return true
  return false
}

/** Whether the last character of `text` but white space is a colon (`/:\s*$/`, read back in place): "Liz Sly tweeted:". */
function endsWithColon(text: string): boolean {
  let end = text.length
  while (end > 0 && isSpaceCode(text.charCodeAt(end - 1))) end--
  return end > 0 && text.charCodeAt(end - 1) === 0x3a
}

/** Whether the first character of `line` but white space is a lower-case ASCII letter (`/^\s*[a-z]/`, read in place). */
function opensLowerCase(blocks: readonly Block[], line: Line): boolean {
  const text = blocks[line.block]?.text ?? ''
  let i = line.from
  while (i < line.to && isSpaceCode(text.charCodeAt(i))) i++
  const c = i < line.to ? text.charCodeAt(i) : -1
  return c >= 0x61 && c <= 0x7a
}

/**
 * A hashtag or a tweet's own link: "#Iraq", "pic.twitter.com/…", "t.co/…".
 * Each alternative needs a "#", "pic." or "t.co/": most lines hold none, and
 * no regex runs for them.
 */
function hasTweetClue(text: string): boolean {
  if (!text.includes('#') && !text.includes('pic.') && !text.includes('t.co/')) return false
  return /(?:^|\s)#[\p{L}\p{N}_]|pic\.(?:twitter|x)\.com\/|\bt\.co\//u.test(text)
}

/** The entities of the body: from its text, and from the destinations of its Markdown links. */
function bodyEntities(
  blocks: readonly Block[],
  lines: readonly Line[],
  range: Range,
  platform: Platform,
): Entities {
  if (lines.length === 0) return emptyEntities()
  const text = lines.map((l) => lineText(blocks, l)).join('\n')
  const entities = readEntities(text, platform)
  for (const link of linksWithin(blocks, lines[0]!.block, lines.at(-1)!.block, range)) {
    const shown = link.text.trim()
    if (isMediaUrl(shown) || shown.startsWith('#') || shown.startsWith('@') || isNavigationUrl(link.url))
      continue
    addOnce(entities.links, link.url)
  }
  return entities
}

/**
 * A post URL alone on its line, as a CMS leaves an embed it did not render
 * ("https://twitter.com/LizSly/status/1214266567890034689"). Not when the
 * next line signs a post: then the URL is that post's quoted tweet.
 */
function readBareUrl(
  blocks: readonly Block[],
  block: Block,
  token: { from: number; to: number },
): { tweet: TweetFinding; end: Cursor } | null {
  // Only spaces may stand between the token and the line's ends.
  const line = { block: block.index, from: token.from, to: token.to }
  while (line.from > 0 && isBlank(block.text.charCodeAt(line.from - 1))) line.from--
  while (line.to < block.text.length && isBlank(block.text.charCodeAt(line.to))) line.to++
  if (!atLineStart(block.text, line.from) || !atLineEnd(block.text, line.to)) return null
  const trimmed = { block: block.index, from: token.from, to: token.to }
  const url = lineText(blocks, trimmed).replace(/[.,;]$/, '')
  const post = readPostUrl(url)
  if (post === null) return null
  const next = nextLine(blocks, line)
  if (next !== null && signsPost(lineText(blocks, next))) return null
  const start = inputStart(block, trimmed.from)
  const span = { start, end: Math.max(start, inputEnd(block, trimmed.to)) }
  return {
    tweet: {
      platform: post.platform,
      span,
      body: { start: span.start, end: span.start },
      signature: null,
      author: { name: null, handle: post.handle },
      date: null,
      time: null,
      url,
      statusId: post.id,
      media: [],
      links: [],
      mentions: [],
      hashtags: [],
      blocks: [block.index, block.index],
    },
    end: { block: block.index, at: line.to },
  }
}

/** Whether a code unit is a space, a tab or a no-break space (`/[ \t\u00a0]/`). */
function isBlank(c: number): boolean {
  return c === 0x20 || c === 0x09 || c === 0xa0
}

function atLineStart(text: string, i: number): boolean {
  return i === 0 || text[i - 1] === '\n' || text[i - 1] === '\r'
}

function atLineEnd(text: string, i: number): boolean {
  return i === text.length || text[i] === '\n' || text[i] === '\r'
}

/** Whether `text` (one line) holds a signature. */
function signsPost(text: string): boolean {
  const at = text.indexOf('(@')
  return at !== -1 && at <= MAX_NAME_CHARS * 2 && readHandleSignature(text, at) !== null
}
