/**
 * Quotes: quote marks paired into direct, partial and mixed quotes, reported
 * speech, each with its attribution (issues 4 and 5).
 *
 * Per block, once: pair the quote marks (marks.ts), split sentences that
 * never end inside a quotation (segment/sentences.ts), tokenize
 * (attribute/words.ts), and find each sentence's attribution frames
 * (reported.ts). Then each frame's content decides the type: all quoted is
 * `direct`, partly quoted is `mixed`, unquoted is `indirect`. Quotations no
 * frame covers are `direct` when they make up their sentence (attributed by
 * a dash, a lead-in paragraph ending in a colon, a split quote's
 * attribution, or the previous speaker's turn), else `partial`.
 *
 * Reported clauses stay inside their sentence, except a paragraph labelled
 * with its speaker ("WALLACE: …"), whose content is the whole turn.
 *
 * Cost is linear: every pass is per block and bounded; the only state
 * carried between blocks is the last attributed quote and a pending lead-in.
 *
 * @module
 */
import {
  type CueMatch,
  cueAt,
  hasPassiveAuxiliary,
  mayHoldCue,
  nextCueWord,
  speechCueAhead,
} from '../attribute/cues.js'
import { MAX_APPOSITIVE_TOKENS, speakerAfter, speakerBefore, type TokenSpan } from '../attribute/speakers.js'
import { isWordBoundary, type Token, tokenAt, tokenize, tokenizeWithin } from '../attribute/words.js'
import {
  beForms,
  cueAdverbs,
  cueAuxiliaries,
  ingPrepositions,
  quotedClauseOpeners,
  quoteLeadWords,
} from '../lexicon/attribution-words.js'
import { namingVerbForms } from '../lexicon/cue-verbs.js'
import * as quoteWords from '../lexicon/quote-words.js'
import type { QuoteType, ReportedBreadth } from '../model.js'
import { type Block, blockRange } from '../segment/blocks.js'
import { isSpaceCode } from '../segment/chars.js'
import { MAX_SENTENCE_LENGTH, splitSentences } from '../segment/sentences.js'
import type { Range } from '../span.js'
import { isQuoteChar, type QuotePair, quotePairsIfMarked } from './marks.js'
import { type Frame, findFrames, type QuotedFlags } from './reported.js'
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

/** Longest stretch (code units) of punctuation and space allowed between an attribution and the next piece of a split quote. */
const MAX_SPLIT_GAP = 4

/** A piece of a quote: block-text positions in block `block`. */
interface Piece extends Range {
  block: number
}

/** Farthest (code units) a split quote's next piece may stand from the attribution (“A,” X said, referring to …, “B.”). */
const MAX_SPLIT_DISTANCE = 400

const quoteLeads: ReadonlySet<string> = new Set(quoteLeadWords)
const clauseOpeners: ReadonlySet<string> = new Set(quotedClauseOpeners)

/** A finding while its block is being read: block-text positions, plus what continuation needs. */
interface Draft {
  type: QuoteType
  segments: Piece[]
  speaker: Range | null
  cue: Range | null
  inferred: boolean
  confidence: number
  /** End of the attribution in the block text (for split quotes), or -1. */
  attributionEnd: number
  /** When the last piece is an unclosed quotation running to the block's end: its opening mark's code; else -1. */
  runsOn: number
  /** Index of the block holding `speaker` and `cue`. */
  block: number
  /** Found by a participle after another attribution ("…,” DuVernay said, emphasizing …): a split quote may continue past it. */
  participle: boolean
  /** A transcript turn opened by its speaker's label inside the quotation ("PENCE: …): a paragraph of its own, never a running quote's continuation. */
  turn: boolean
}

/** The state carried from one block to the next. */
interface Carry {
  /** The last direct or mixed quote with a speaker, and its block. */
  lastAttributed: Draft | null
  /** A lead-in ("Mr Esper said:") ending the previous block. */
  leadIn: Frame | null
  leadInBlock: number
  /** The quote that ran on to the end of the previous block. */
  runningOn: Draft | null
}

/** Find every quote and report of speech in `blocks`, in document order. */
export function detectQuotes(blocks: Block[], context: QuoteContext): QuoteFinding[] {
  const carry: Carry = { lastAttributed: null, leadIn: null, leadInBlock: -1, runningOn: null }
  const drafts: Draft[] = []
  for (const block of blocks) {
    // A loop, not push(...): one block may yield more findings than a call takes arguments.
    for (const draft of readBlock(block, context.reported, carry)) drafts.push(draft)
  }
  // Blocks by index (a sparse array: indices are small integers, usually the positions themselves).
  const byIndex: Block[] = []
  for (const b of blocks) byIndex[b.index] = b
  const findings: QuoteFinding[] = []
  for (const d of drafts) findings.push(toFinding(d, byIndex))
  // Findings mostly come in order already: the stable sort is skipped then (it would change nothing).
  if (findings.length > 1 && !inOrder(findings))
    findings.sort((a, b) => a.segments[0]!.start - b.segments[0]!.start)
  return findings
}

/** Whether the findings' first segments start in non-decreasing order. */
function inOrder(findings: readonly QuoteFinding[]): boolean {
  for (let k = 1; k < findings.length; k++)
    if (findings[k - 1]!.segments[0]!.start > findings[k]!.segments[0]!.start) return false
  return true
}

/** Convert a draft's block-text positions to input ranges. */
function toFinding(draft: Draft, byIndex: readonly (Block | undefined)[]): QuoteFinding {
  const home = byIndex[draft.block]
  const { speaker, cue } = draft
  const segments: Range[] = []
  for (const s of draft.segments) segments.push(blockRange(byIndex[s.block]!, s.start, s.end))
  return {
    type: draft.type,
    segments,
    speaker: speaker === null || home === undefined ? null : blockRange(home, speaker.start, speaker.end),
    cue: cue === null || home === undefined ? null : blockRange(home, cue.start, cue.end),
    inferred: draft.inferred,
    confidence: draft.confidence,
  }
}

/** What one block yields: the drafts that start in it. */
function readBlock(block: Block, reported: ReportedBreadth, carry: Carry): Draft[] {
  // The text is flat already (flatText in segment/blocks.ts): the detectors read it many times over.
  const { text, index } = block
  const breadth = reported === 'all' ? 'belief' : 'speech'
  // The block's non-empty quote pairs, or null when it holds no quote mark at all (not even an apostrophe): one scan.
  const marks = quotePairsIfMarked(text)
  // Most blocks follow no lead-in: the test is skipped then (it would find none).
  const ledIn = reported === 'none' || carry.leadIn === null ? null : leadInParagraph(text, index, carry)
  if (ledIn !== null) {
    // Its quotations are partial quotes inside the reported words.
    carry.leadIn = null
    carry.runningOn = null
    return withNested([ledIn], marks === null ? [] : marks.map((p) => ({ ...p, depth: 1 })), text, index)
  }
  // The first word the cue prefilter looks for (mayHoldCue), or -1: one scan answers for the block and its sentences in turn.
  let cueWord = nextCueWord(text, 0, text.length, breadth)
  if (marks === null && cueWord === -1 && !colonNear(text, { start: 0, end: text.length })) {
    // Nothing to find: no quote mark, no cue word, no headline colon.
    carry.leadIn = null
    carry.runningOn = null
    return []
  }
  // Only an unclosed first quotation can be a stray opening mark.
  const pairs =
    marks === null ? [] : marks[0]?.closed === false ? withoutStrayOpening(text, marks, carry, index) : marks
  // Nested pairs are rare: the outer pairs are the pairs themselves then.
  let nested = false
  for (const p of pairs) if (p.depth > 0) nested = true
  const outer = nested ? pairs.filter((p) => p.depth === 0) : pairs
  const sentences = splitSentences(text, outer.length === 0 ? [] : closedInners(outer), (position) =>
    speechCueAhead(text, position),
  )
  const frames: Frame[] = []
  // The tokens of each sentence read for frames, kept for the attribution windows around quotations.
  const sentenceTokens: (Token[] | undefined)[] = new Array<Token[] | undefined>(sentences.length)
  let from = 0
  for (let s = 0; s < sentences.length; s++) {
    // Only sentences that may hold a cue are tokenized.
    const sentence = sentences[s]!
    const opensBlock = s === 0
    let holdsCue: boolean
    if (isWordBoundary(text, sentence.start) && isWordBoundary(text, sentence.end)) {
      // Sentences come in order: the next cue word at or after this one's start, if the last one lies before it.
      if (cueWord !== -1 && cueWord < sentence.start)
        cueWord = nextCueWord(text, sentence.start, text.length, breadth)
      holdsCue = cueWord !== -1 && cueWord < sentence.end
    } else holdsCue = mayHoldCue(text, sentence.start, sentence.end, breadth)
    if (!holdsCue && !(opensBlock && colonNear(text, sentence))) continue
    const tokens = tokenize(text, sentence.start, sentence.end)
    sentenceTokens[s] = tokens
    while (from < outer.length && outer[from]!.innerEnd <= sentence.start) from++
    // A sentence no quotation reaches (none opens before its end) reads the shared all-zero flags.
    const mask =
      from < outer.length && outer[from]!.innerStart < sentence.end
        ? quotedTokens(tokens, outer, from)
        : NOTHING_QUOTED
    for (const frame of findFrames(tokens, { first: 0, after: tokens.length }, mask, breadth, opensBlock))
      frames.push(frame)
  }
  for (const frame of frames) {
    // "WALLACE: If I may, sir, … Will Gennifer Flowers be there?": a speaker's label covers the whole turn.
    if (frame.pattern === 'nameThenColon')
      frame.content = { start: frame.content.start, end: turnEnd(text, frame.content.end) }
  }
  // With no quotation (or no frame), no content runs into one; with no quotation, no pair is left to place and no quote goes on.
  if (outer.length > 0 && frames.length > 0) extendIntoQuotations(frames, outer)
  // Per pair, 1 once a draft takes it.
  const covered = zeros(outer.length)
  const drafts: Draft[] = []
  let p = 0
  for (const frame of frames) {
    // Frames come in text order and their contents do not overlap: one pointer walks the pairs.
    const turn = frame.pattern === 'nameThenColon' ? labelledTurn(text, frame, outer, p, index) : null
    if (turn !== null) {
      // "PENCE: Well, look, …: a transcript quoted paragraph by paragraph, its speaker labelled inside the quote.
      covered[p] = 1
      drafts.push(turn)
      continue
    }
    while (p < outer.length && outer[p]!.innerStart < frame.content.start - 1) p++
    let q = p
    const contentEnd = (frame.rest ?? frame.content).end
    while (q < outer.length && outer[q]!.innerEnd <= contentEnd + 1) q++
    for (let k = p; k < q; k++) covered[k] = 1
    for (const draft of draftsFromFrame(text, frame, outer, p, q, index, reported)) drafts.push(draft)
  }
  // A quote ran on from the previous block: this one may continue it.
  if (carry.runningOn !== null) continueRunningQuote(block, outer, drafts, covered, carry)
  const all =
    outer.length === 0
      ? drafts
      : placeUncovered(text, outer, covered, sentences, sentenceTokens, drafts, index, carry)
  updateCarry(block, frames, all, carry)
  return nested ? withNested(all, pairs, text, index) : all
}

/** The quoted words' ranges of the closed pairs, in order: where no sentence may end. */
function closedInners(outer: readonly QuotePair[]): Range[] {
  const inners: Range[] = []
  for (const p of outer) if (p.closed) inners.push({ start: p.innerStart, end: p.innerEnd })
  return inners
}

/**
 * A paragraph of reported words after a colon lead-in with a speaker and a
 * verb of saying (The governor added: ¶ It’s typical of …): when it does
 * not open with a quote mark, an indirect quote of the whole paragraph,
 * attributed by the lead-in (a paragraph opening with “…” is a direct quote,
 * read as usual). `null` when there is no such lead-in.
 */
function leadInParagraph(text: string, block: number, carry: Carry): Draft | null {
  const leadIn = carry.leadIn
  if (leadIn === null || carry.leadInBlock !== block - 1) return null
  if (leadIn.speaker === null || leadIn.cls !== 'speech') return null
  let start = 0
  while (start < text.length && isSpaceCode(text.charCodeAt(start))) start++
  if (start < text.length && isQuoteChar(text.charCodeAt(start))) return null
  const end = trimSpaceEnd(text, start, text.length)
  if (end <= start) return null
  return frameDraft(leadIn, block - 1, 'indirect', [{ start, end, block }], 0.6, -1)
}

/** First- and second-person words: the voice of quoted speech, not of the narrator. */
const speechPronouns: ReadonlySet<string> = new Set(quoteWords.speechPronouns)

/** Longest transcript label read at a quotation's start ("WALLACE:", "SEN. TIM KAINE:"). */
const MAX_LABEL = 40

/**
 * Drop an unclosed quotation that opens its paragraph when the paragraph
 * does not read as a quotation (news convention: an unclosed quote runs to
 * the paragraph's end only for a quotation that goes on in the next one).
 * It reads as one when it continues a quotation or a colon lead-in of the
 * previous paragraph, opens with a transcript label ("WALLACE: …"), or
 * speaks in the first or second person. Otherwise the mark is stray
 * ("Melanie thought the whole thing was outrageous. …): its words stay
 * the narrator's, read for cues like any others. Pairs nested in the dropped
 * one move up a level.
 */
function withoutStrayOpening(text: string, pairs: QuotePair[], carry: Carry, block: number): QuotePair[] {
  const first = pairs[0]
  if (first === undefined || first.closed || first.depth !== 0) return pairs
  if (!onlyPunctuation(text, 0, first.open)) return pairs
  if (carry.runningOn !== null || (carry.leadIn !== null && carry.leadInBlock === block - 1)) return pairs
  if (readsAsQuotation(text, first.innerStart, first.innerEnd)) return pairs
  const rest = pairs.slice(1)
  for (const pair of rest) if (pair.depth > 0) pair.depth--
  return rest
}

/** Whether `text[from, to)` opens with a transcript label or holds a first- or second-person word. */
function readsAsQuotation(text: string, from: number, to: number): boolean {
  if (opensWithLabel(text, from, to)) return true
  let i = from
  while (i < to) {
    const c = text.charCodeAt(i)
    if (!isWordCode(c)) {
      i++
      continue
    }
    let j = i + 1
    while (j < to && isWordCode(text.charCodeAt(j))) j++
    if (j - i <= 9 && speechPronouns.has(text.slice(i, j))) return true
    i = j
  }
  return false
}

/** Whether `text[from, to)` opens with capitals and a colon: a speaker's label. */
function opensWithLabel(text: string, from: number, to: number): boolean {
  let i = from
  while (i < to && isSpaceCode(text.charCodeAt(i))) i++
  const start = i
  let capitals = 0
  for (; i < to && i - start <= MAX_LABEL; i++) {
    const c = text.charCodeAt(i)
    if (c === 0x3a) return capitals >= 2
    if (c >= 0x41 && c <= 0x5a) capitals++
    else if (c !== 0x20 && c !== 0x2e && c !== 0x2d && c !== 0x27) return false
  }
  return false
}

/**
 * A speaker's label that opens a quotation ("PENCE: Well, look, …, the
 * transcript convention): the direct quote of the turn, the label its
 * speaker and the colon its cue; `null` when `frame` is no such label.
 */
function labelledTurn(
  text: string,
  frame: Frame,
  outer: readonly QuotePair[],
  p: number,
  block: number,
): Draft | null {
  const pair = outer[p]
  const speaker = frame.speaker
  if (frame.pattern !== 'nameThenColon' || pair === undefined || speaker === null) return null
  if (pair.innerStart > speaker.start || !onlyPunctuation(text, pair.innerStart, speaker.start)) return null
  const end = trimSpaceEnd(
    text,
    frame.content.start,
    Math.min(pair.innerEnd, Math.max(frame.content.end, pair.innerEnd)),
  )
  if (end <= frame.content.start) return null
  const draft = frameDraft(
    frame,
    block,
    'direct',
    [{ start: frame.content.start, end, block }],
    0.8,
    runsOn(text, pair),
  )
  draft.turn = true
  return draft
}

/**
 * A content that ends inside a quotation opened in it (She continued, “When
 * …, nothing will change.” — a side clause read inside the quoted words)
 * runs on to the quotation's end: the narrator's words never cut a quotation.
 * Not past the next frame, nor over the frame's own attribution. Frames and
 * pairs are in text order: one pointer walks the pairs.
 */
function extendIntoQuotations(frames: Frame[], outer: readonly QuotePair[]): void {
  let p = 0
  for (let f = 0; f < frames.length; f++) {
    const frame = frames[f]!
    const content = frame.content
    if (frame.rest !== null || content.end <= content.start) continue
    while (p < outer.length && outer[p]!.innerEnd <= content.end) p++
    const pair = outer[p]
    if (pair === undefined || pair.open >= content.end || pair.open < content.start - 1) continue
    const end = pair.closed ? pair.end : pair.innerEnd
    const next = frames[f + 1]
    if (next !== undefined && next.content.start < end) continue
    const attribution = Math.min(frame.cue.start, frame.speaker?.start ?? frame.cue.start)
    if (attribution >= content.end && attribution < end) continue
    frame.content = { start: content.start, end }
  }
}

/**
 * Add the quotations nested in others (“He told me ‘never again’,” she
 * said): each a partial quote of its own, in order.
 */
function withNested(all: Draft[], pairs: readonly QuotePair[], text: string, block: number): Draft[] {
  const nested = pairs.filter((p) => p.depth > 0)
  if (nested.length === 0) return all
  const merged: Draft[] = []
  let n = 0
  for (const draft of all) {
    const start = draft.segments[0]!.start
    while (n < nested.length && nested[n]!.innerStart < start)
      merged.push(partial(pairWords(text, nested[n++]!, block)))
    merged.push(draft)
  }
  while (n < nested.length) merged.push(partial(pairWords(text, nested[n++]!, block)))
  return merged
}

/**
 * Add the quotations no frame covers, in order, to the frame drafts (which
 * are in order too): split-quote pieces join their quote, the others become
 * drafts of their own. Pointers walk pairs, sentences and drafts once.
 */
function placeUncovered(
  text: string,
  outer: readonly QuotePair[],
  covered: number[],
  sentences: readonly Range[],
  sentenceTokens: readonly (Token[] | undefined)[],
  drafts: readonly Draft[],
  block: number,
  carry: Carry,
): Draft[] {
  const all: Draft[] = []
  let s = 0
  let d = 0
  for (let k = 0; k < outer.length; k++) {
    const pair = outer[k]!
    while (d < drafts.length && drafts[d]!.segments[0]!.start < pair.open) all.push(drafts[d++]!)
    if (covered[k] === 1) continue
    while (s < sentences.length && sentences[s]!.end <= pair.open) s++
    const sentence = sentences[s] ?? { start: 0, end: text.length }
    const previous = lastQuoteDraft(all)
    // Index -1 is never read: V8 looks a negative index up as a property name, in its global (megamorphic) cache.
    const before = s > 0 ? sentences[s - 1]! : null
    if (previous !== null && continuesSplitQuote(text, previous, pair, sentence, before)) {
      if (previous.type === 'mixed') {
        // She said it was worth it because “…,” she said. “We have no context …”: a direct quote of the same attribution.
        const words = pairWords(text, pair, block)
        const next = pairDraft(
          words,
          runsOn(text, pair),
          previous.speaker,
          previous.cue,
          previous.block,
          false,
          previous.confidence,
          previous.attributionEnd,
        )
        all.push(next)
        continue
      }
      // “It’s not what worked in 2012. Those are just distractions,” he said. “What really works is …”
      previous.segments.push(pairWords(text, pair, block))
      previous.runsOn = runsOn(text, pair)
      continue
    }
    // The attribution windows stop at the quotations on either side: each stretch of text is read once.
    const around = {
      start: Math.max(sentence.start, k > 0 ? outer[k - 1]!.end : 0),
      end: Math.min(sentence.end, outer[k + 1]?.open ?? text.length),
    }
    const tokens = sentenceTokens[s]
    const read: WindowReader =
      tokens === undefined
        ? (from, to) => tokenize(text, from, to)
        : (from, to) => tokenizeWithin(text, tokens, sentence, from, to)
    const draft = draftFromPair(text, pair, sentence, around, block, carry, read)
    if (draft !== null) all.push(draft)
  }
  while (d < drafts.length) all.push(drafts[d++]!)
  return all
}

/** The end of a labelled turn: the block's end, before trailing spaces and a final full stop. */
function turnEnd(text: string, floor: number): number {
  let end = text.length
  while (end > floor && isSpaceCode(text.charCodeAt(end - 1))) end--
  if (end > floor && text.charCodeAt(end - 1) === 0x2e) end--
  return Math.max(floor, end)
}

/** How far into a paragraph a headline's colon may stand ("Pat Caddell: …"). */
const MAX_HEADLINE_COLON = 48

/** Whether a colon stands within {@link MAX_HEADLINE_COLON} code units of the sentence's start. */
function colonNear(text: string, sentence: Range): boolean {
  const end = Math.min(sentence.end, sentence.start + MAX_HEADLINE_COLON)
  for (let i = sentence.start; i < end; i++) if (text.charCodeAt(i) === 0x3a) return true
  return false
}

/**
 * All zero, never written: the quotation flags of any sentence no quotation
 * reaches (a sentence has at most {@link MAX_SENTENCE_LENGTH} code units,
 * so at most as many tokens).
 */
const NOTHING_QUOTED: QuotedFlags = zeros(MAX_SENTENCE_LENGTH)

/**
 * `length` zeros in a plain array (flags: several times cheaper to make than
 * a typed array). Pushed one by one, so that every such array holds packed
 * small integers and the readers see one array shape.
 */
function zeros(length: number): number[] {
  const flags: number[] = []
  for (let k = 0; k < length; k++) flags.push(0)
  return flags
}

/**
 * The quotation flags of a sentence's tokens: 1 for each token `k` that lies
 * inside a quotation's words, else 0; `outer` is read from index `from` on.
 */
function quotedTokens(tokens: readonly Token[], outer: readonly QuotePair[], from: number): QuotedFlags {
  const mask = zeros(tokens.length)
  const last = tokens.at(-1)
  for (let p = from; p < outer.length && last !== undefined && outer[p]!.innerStart < last.end; p++) {
    const pair = outer[p]!
    for (let k = tokenAt(tokens, pair.innerStart); k < tokens.length && tokens[k]!.start < pair.innerEnd; k++)
      mask[k] = 1
  }
  return mask
}

/** Longest stretch of punctuation {@link onlyPunctuation} reads; a longer one counts as text. */
const MAX_PUNCTUATION_RUN = 32

/**
 * Whether `text[from, to)` holds only spaces, punctuation, quote marks and
 * dashes (and the word "that"), reading at most {@link MAX_PUNCTUATION_RUN}
 * code units.
 */
function onlyPunctuation(text: string, from: number, to: number): boolean {
  if (to - from > MAX_PUNCTUATION_RUN) return false
  for (let i = from; i < to; i++) {
    if (!isWordCode(text.charCodeAt(i))) continue
    if (
      text.startsWith('that', i) &&
      !isWordCode(text.charCodeAt(i + 4)) &&
      !isWordCode(text.charCodeAt(i - 1))
    ) {
      i += 3
      continue
    }
    return false
  }
  return true
}

/** Letters and digits (anything above Latin-1 punctuation that is not in the punctuation blocks). */
function isWordCode(c: number): boolean {
  if (c < 0xc0) return (c >= 0x30 && c <= 0x39) || (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a)
  return c !== 0xd7 && c !== 0xf7 && !(c >= 0x2000 && c <= 0x2bff) && !(c >= 0x3000 && c <= 0x303f)
}

/** The opening mark's code when `pair` runs on to the block's end, else -1. */
function runsOn(text: string, pair: QuotePair): number {
  return pair.closed ? -1 : text.charCodeAt(pair.open)
}

/** The quoted words of a pair, trimmed of spaces. */
function pairWords(text: string, pair: QuotePair, block: number): Piece {
  let start = pair.innerStart
  let end = pair.innerEnd
  while (start < end && isSpaceCode(text.charCodeAt(start))) start++
  while (end > start && isSpaceCode(text.charCodeAt(end - 1))) end--
  return { start, end, block }
}

/**
 * The drafts a frame makes: direct when its content is all quotation, mixed
 * when partly, else indirect (if `reported` allows). A reported clause
 * followed, with no connecting word, by a quoted sentence of its own makes
 * an indirect and a direct quote.
 */
function draftsFromFrame(
  text: string,
  frame: Frame,
  outer: readonly QuotePair[],
  from: number,
  to: number,
  block: number,
  reported: ReportedBreadth,
): Draft[] {
  const inside = to - from
  if (inside > 0) endAtQuotation(text, frame, outer[to - 1]!)
  if (inside > 0 && coversContent(text, frame.content, outer, from, to))
    return [
      frameDraft(
        frame,
        block,
        'direct',
        pieces(text, outer, from, to, block),
        directConfidence(frame),
        runsOn(text, outer[to - 1]!),
      ),
    ]
  if (frame.content.start === frame.content.end) return []
  const indirectAllowed = reported !== 'none' && (frame.cls === 'speech' || reported === 'all')
  if (inside === 1 && indirectAllowed && quotedSentenceEnds(text, outer[from]!, frame.content)) {
    // @EsperDoD says memo on withdrawal is not accurate “there’s been no decision whatsoever to leave Iraq.”
    const last = outer[from]!
    const clause: Piece = {
      start: frame.content.start,
      end: trimSpaceEnd(text, frame.content.start, last.open),
      block,
    }
    return [
      frameDraft(frame, block, 'indirect', [clause], frame.confidence, -1),
      frameDraft(
        frame,
        block,
        'direct',
        [pairWords(text, last, block)],
        directConfidence(frame),
        runsOn(text, last),
      ),
    ]
  }
  const segments: Piece[] = [{ start: frame.content.start, end: frame.content.end, block }]
  if (frame.rest !== null) segments.push({ start: frame.rest.start, end: frame.rest.end, block })
  if (inside > 0) {
    if (frame.cls === 'belief' && reported !== 'all') return []
    return [frameDraft(frame, block, 'mixed', segments, frame.confidence, -1)]
  }
  if (!indirectAllowed) return []
  return [frameDraft(frame, block, 'indirect', segments, frame.confidence, -1)]
}

/** A direct quote's confidence: its frame's, raised a little. */
function directConfidence(frame: Frame): number {
  return Math.min(0.95, frame.confidence + 0.1)
}

/**
 * Words that open a new clause or an adjunct after a quotation ending a
 * report (described it as a “disgrace” after she …, was “true,” but …,
 * says, “Don’t,” until …): the reported
 * words end with the quotation.
 */
const tailOpeners: ReadonlySet<string> = new Set(quoteWords.tailOpeners)

/**
 * End `frame`'s content at its last quotation `last` when the words after it
 * open a new clause or an adjunct: a lowercase word of {@link tailOpeners}
 * (a title-case headline's After … is no evidence), or a comma and a
 * participle. A transcript turn is never cut.
 */
function endAtQuotation(text: string, frame: Frame, last: QuotePair): void {
  const content = frame.content
  if (frame.rest !== null || frame.pattern === 'nameThenColon') return
  if (!last.closed || last.end >= content.end || last.innerStart < content.start) return
  let i = last.end
  while (i < content.end && !isWordCode(text.charCodeAt(i))) i++
  if (i === content.end) return
  const word = firstWord(text, i, content.end)
  const lower = text.charCodeAt(i) >= 0x61 && text.charCodeAt(i) <= 0x7a
  if (tailOpeners.has(word) && lower) {
    frame.content = { start: content.start, end: last.end }
    return
  }
  // “… insult” if they did not vote, implicitly putting …: a participle after a comma opens an adjunct.
  const comma = participleAfterComma(text, last.end, content.end)
  if (comma !== -1) frame.content = { start: content.start, end: Math.max(last.end, comma) }
}

/** -ing words that are prepositions, not participles (…, including how …). */
const ingPrepositionSet: ReadonlySet<string> = new Set(ingPrepositions)

/** The first comma of `text[from, to)` followed by an optional -ly adverb and an -ing participle, or -1. */
function participleAfterComma(text: string, from: number, to: number): number {
  for (let i = from; i < to; i++) {
    if (text.charCodeAt(i) !== 0x2c) continue
    let j = i + 1
    while (j < to && isSpaceCode(text.charCodeAt(j))) j++
    let word = firstWord(text, j, to)
    if (word.length > 4 && word.endsWith('ly')) {
      j += word.length
      while (j < to && isSpaceCode(text.charCodeAt(j))) j++
      word = firstWord(text, j, to)
    }
    const c = text.charCodeAt(j)
    if (c >= 0x61 && c <= 0x7a && word.length > 4 && word.endsWith('ing') && !ingPrepositionSet.has(word))
      return i
  }
  return -1
}

/** Words ending in -s that are no verbs. */
const notVerbsInS: ReadonlySet<string> = new Set(quoteWords.notVerbsInS)

/** The quoted words of `outer[from, to)`, one piece each. */
function pieces(text: string, outer: readonly QuotePair[], from: number, to: number, block: number): Piece[] {
  const out: Piece[] = []
  for (let k = from; k < to; k++) out.push(pairWords(text, outer[k]!, block))
  return out
}

/** A draft attributed by `frame`. */
function frameDraft(
  frame: Frame,
  block: number,
  type: QuoteType,
  segments: Piece[],
  confidence: number,
  runsOnCode: number,
): Draft {
  return {
    type,
    segments,
    speaker: frame.speaker,
    cue: frame.cue,
    inferred: false,
    confidence,
    attributionEnd: Math.max(frame.cue.end, frame.speaker?.end ?? 0),
    runsOn: runsOnCode,
    block,
    participle: frame.pattern === 'participle',
    turn: false,
  }
}

/** Fewest words of a quoted sentence that stands apart from the reported clause before it. */
const MIN_APART_WORDS = 4

/**
 * Whether `pair` ends the content as a quoted sentence of its own: closed,
 * opening with a subject ("there’s", "we", "I"), of {@link MIN_APART_WORDS}
 * words or more, ending in a full stop, question or exclamation mark, and
 * joined to the clause before it by no word or punctuation.
 */
function quotedSentenceEnds(text: string, pair: QuotePair, content: Range): boolean {
  if (!pair.closed || !onlyPunctuation(text, pair.end, content.end)) return false
  const before = trimSpaceEnd(text, content.start, pair.open)
  if (before <= content.start || !isWordCode(text.charCodeAt(before - 1))) return false
  if (quoteLeads.has(lastWord(text, content.start, before))) return false
  const words = pairWords(text, pair, -1)
  const end = text.charCodeAt(words.end - 1)
  if (end !== 0x2e && end !== 0x3f && end !== 0x21) return false
  if (!clauseOpeners.has(firstWord(text, words.start, words.end))) return false
  let count = 0
  for (let i = words.start; i < words.end && count < MIN_APART_WORDS; i++) {
    if (isSpaceCode(text.charCodeAt(i))) count++
  }
  return count + 1 >= MIN_APART_WORDS
}

/** Most code units of a word read by {@link firstWord} and {@link lastWord}. */
const MAX_WORD = 12

function firstWord(text: string, from: number, to: number): string {
  let i = from
  while (i < to && i - from < MAX_WORD && !isSpaceCode(text.charCodeAt(i))) i++
  return text.slice(from, i).toLowerCase().replace("'", '’')
}

function lastWord(text: string, from: number, to: number): string {
  let i = to
  while (i > from && to - i < MAX_WORD && isWordCode(text.charCodeAt(i - 1))) i--
  return text.slice(i, to).toLowerCase()
}

function trimSpaceEnd(text: string, floor: number, end: number): number {
  while (end > floor && isSpaceCode(text.charCodeAt(end - 1))) end--
  return end
}

/** Whether the quotations `outer[from, to)` cover the whole content (only punctuation or "that" outside them). */
function coversContent(
  text: string,
  content: Range,
  outer: readonly QuotePair[],
  from: number,
  to: number,
): boolean {
  let at = content.start
  for (let k = from; k < to; k++) {
    const p = outer[k]!
    if (!onlyPunctuation(text, at, p.open)) return false
    at = p.end
  }
  return onlyPunctuation(text, at, content.end)
}

/** The last draft, looking past one found by a participle after it. */
function lastQuoteDraft(all: readonly Draft[]): Draft | null {
  const last = all.at(-1)
  if (last?.participle === true) return all.at(-2) ?? null
  // “A,” X said on Fox News’s “Fox and Friends.” “B.”: a title inside the attribution does not end the quote.
  const before = all.at(-2)
  if (
    last?.type === 'partial' &&
    before?.type === 'direct' &&
    before.attributionEnd !== -1 &&
    before.block === last.block &&
    last.segments[0]!.start > before.attributionEnd
  )
    return before
  return last ?? null
}

/**
 * Whether an uncovered quotation is the next piece of the direct quote
 * before it: it follows the attribution directly (“A,” he said, “B.”), or
 * after a comma in the attribution's sentence (“A,” Tester said, referring
 * to …, “B.”), or opens the sentence after the attribution's (“A,” said
 * Caddell, speaking of …. “B.”).
 */
function continuesSplitQuote(
  text: string,
  previous: Draft,
  pair: QuotePair,
  sentence: Range,
  before: Range | null,
): boolean {
  const end = previous.attributionEnd
  if (end === -1 || end > pair.open || pair.open - end > MAX_SPLIT_DISTANCE) return false
  // A mixed quote continues only when its attribution follows its content and the quotation opens the next sentence (… because “…,” she said. “…”).
  if (previous.type === 'mixed') {
    if (previous.segments.at(-1)!.end > previous.attributionEnd || previous.segments.length > 1) return false
    if (end >= sentence.start || !onlyPunctuation(text, sentence.start, pair.open)) return false
  } else if (previous.type !== 'direct') return false
  if (lineBreakBetween(text, end, pair.open)) return false
  if (onlyPunctuation(text, end, pair.open)) return true
  if (end >= sentence.start) return precededByComma(text, pair.open, end)
  // A direct quote goes on at the start of a later sentence of its paragraph, past narration that attributes nothing (“A,” Obama said after meeting Putin. He did not suggest retaliation. “B.”).
  return (
    onlyPunctuation(text, sentence.start, pair.open) &&
    (previous.type === 'direct' || (before !== null && end >= before.start && end <= before.end))
  )
}

/** Whether a line break stands in `text[from, to)` (a line is a paragraph in scraped text). */
function lineBreakBetween(text: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) if (text.charCodeAt(i) === 0x0a) return true
  return false
}

/** Whether a comma or colon stands before `at` (spaces skipped), after `floor`. */
function precededByComma(text: string, at: number, floor: number): boolean {
  let i = at - 1
  while (i > floor && isSpaceCode(text.charCodeAt(i))) i--
  // “A,” he said, but “B.”
  if (
    i - 3 > floor &&
    (text.startsWith('but', i - 2) || text.startsWith('and', i - 2)) &&
    isSpaceCode(text.charCodeAt(i - 3))
  ) {
    i -= 3
    while (i > floor && isSpaceCode(text.charCodeAt(i))) i--
    return i >= floor && text.charCodeAt(i) === 0x2c
  }
  const c = text.charCodeAt(i)
  return i > floor && (c === 0x2c || c === 0x3a)
}

/**
 * A quotation no frame covers and no split quote continues: one that makes
 * up its sentence is direct, attributed by a dash after it, a lead-in before it or
 * the previous speaker's turn; any other is partial.
 */
function draftFromPair(
  text: string,
  pair: QuotePair,
  sentence: Range,
  around: Range,
  block: number,
  carry: Carry,
  read: WindowReader,
): Draft | null {
  const words = pairWords(text, pair, block)
  if (!onlyPunctuation(text, sentence.start, pair.open)) {
    // The ad shows her asking, “Why aren’t I ahead?” / what he called “a disgrace”.
    const lead = read(
      Math.min(pair.open, Math.max(around.start, pair.open - MAX_ATTRIBUTION_WINDOW)),
      pair.open,
    )
    const before = attributionBefore(lead, text, pair)
    if (before === null)
      return describedAs(lead, pair, block) ?? thatClause(lead, pair, block) ?? partial(words)
    // Direct when the quotation ends the sentence and is a sentence itself or follows a comma or colon; else partial.
    const ends =
      onlyPunctuation(text, pair.end, sentence.end) &&
      (before.punctuated || quotedSentence(text, words.start, words.end))
    const draft = ends
      ? pairDraft(words, runsOn(text, pair), null, null, block, false, 0.75, -1)
      : partial(words)
    draft.speaker = before.speaker
    draft.cue = before.cue
    draft.attributionEnd = ends ? before.end : -1
    return draft
  }
  const code = runsOn(text, pair)
  const dash = dashAttribution(text, pair)
  if (dash !== null) {
    // “Maybe, we can build a wall around Donald Trump.” ― Steve Quinlan.
    return pairDraft(words, code, dash.speaker, dash.cue, block, false, 0.85, dash.speaker.end)
  }
  if (!onlyPunctuation(text, pair.end, sentence.end)) {
    // “…,” said one Democratic source on the panel. / “…,” the union wrote.
    const after = attributionAfter(text, pair, around.end, read)
    if (after === null) return partial(words)
    return pairDraft(words, code, after.speaker, after.cue, block, false, 0.8, after.end)
  }
  const atBlockStart = onlyPunctuation(text, 0, pair.open)
  // '(CROSSTALK.)', 'All Bets Are Off.': a stage direction or a section title standing as a paragraph is no speech.
  if (atBlockStart && onlyPunctuation(text, pair.end, text.length) && titleOrAside(text, words))
    return partial(words)
  if (atBlockStart && carry.leadIn !== null && carry.leadInBlock === block - 1) {
    // Mr Esper said: ¶ “There’s been no decision …”
    return pairDraft(words, code, carry.leadIn.speaker, carry.leadIn.cue, block - 1, false, 0.85, -1)
  }
  const last = carry.lastAttributed
  if (atBlockStart && last !== null && last.block === block - 1 && last.speaker !== null) {
    // A quote paragraph right after an attributed quote continues that speaker's turn.
    return pairDraft(words, code, last.speaker, null, last.block, true, 0.7, -1)
  }
  return pairDraft(words, code, null, null, block, false, 0.6, -1)
}

/** Most words of a quoted section title ("Legend in the Coal Fields."). */
const MAX_TITLE_WORDS = 8

/** Short words a title leaves in lower case. */
const titleSmallWords: ReadonlySet<string> = new Set(quoteWords.titleSmallWords)

/**
 * Whether quoted words are a stage direction wholly in brackets
 * ("(CROSSTALK.)") or a title: at most {@link MAX_TITLE_WORDS} words, every
 * word capitalised but the small ones, two capitalised words at least after
 * the first, no comma or sentence mark inside ("All Bets Are Off.").
 */
function titleOrAside(text: string, words: Range): boolean {
  const first = text.charCodeAt(words.start)
  let end = words.end
  while (end > words.start && isClosingStop(text.charCodeAt(end - 1))) end--
  if (
    (first === 0x28 || first === 0x5b) &&
    (text.charCodeAt(end - 1) === 0x29 || text.charCodeAt(end - 1) === 0x5d)
  )
    return true
  let count = 0
  let capitals = 0
  let i = words.start
  while (i < end) {
    while (i < end && isSpaceCode(text.charCodeAt(i))) i++
    if (i >= end) break
    let j = i
    while (j < end && !isSpaceCode(text.charCodeAt(j))) j++
    if (++count > MAX_TITLE_WORDS) return false
    const c = text.charCodeAt(i)
    const upper = c >= 0x41 && c <= 0x5a
    for (let k = i; k < j; k++) {
      const d = text.charCodeAt(k)
      if (d === 0x2c || d === 0x2e || d === 0x3f || d === 0x21 || d === 0x3a || d === 0x3b) return false
    }
    if (!upper && !titleSmallWords.has(text.slice(i, j))) return false
    if (upper && count > 1) capitals++
    i = j
  }
  return capitals >= 2
}

/** Full stops, question and exclamation marks closing quoted words. */
function isClosingStop(c: number): boolean {
  return c === 0x2e || c === 0x3f || c === 0x21
}

/** An attribution found next to a quotation no frame covers: block-text ranges. */
/** Most words of an object read back between a verb and 'as' (admires Russian President Vladimir Putin as a “…”). */
const MAX_AS_OBJECT = 6
/** Words before 'as' that make no verb-object-as frame (such as, as well as, known as). */
const notAsVerbs: ReadonlySet<string> = new Set(quoteWords.notAsVerbs)

/**
 * A verb, its object and 'as' before a quotation (Trump openly admires
 * Russian President Vladimir Putin as a “strong leader”, has been pounding
 * Trump as a “con artist”): a mixed quote from the object to the quotation's
 * end, the verb its cue and the mention before it its speaker. `null` when no
 * such frame stands before `pair` or no speaker is found. `tokens` are the
 * window before the opening mark (its sentence's words, at most {@link MAX_ATTRIBUTION_WINDOW} code units).
 */
function describedAs(tokens: readonly Token[], pair: QuotePair, block: number): Draft | null {
  let j = tokens.length - 1
  if (tokens[j]?.lower === 'a' || tokens[j]?.lower === 'an') j--
  if (tokens[j]?.lower !== 'as') return null
  j--
  if (j < 1 || notAsVerbs.has(tokens[j]!.lower)) return null
  let v = j
  while (v >= 0 && j - v <= MAX_AS_OBJECT && !objectVerb(tokens[v]!)) {
    if (!tokens[v]!.word) return null
    v--
  }
  if (v < 0 || v === j || !objectVerb(tokens[v]!)) return null
  if (beFormSet.has(tokens[v - 1]?.lower ?? '')) return null
  let first = v
  while (first > 0 && v - first < MAX_CUE_PREFIX_READ && verbPrefix(tokens[first - 1]!)) first--
  const lo = sentenceClauseStart(tokens, first)
  const speaker = speakerBefore(tokens, first, lo)
  if (speaker === null || !plausibleSpeaker(tokens, speaker)) return null
  const near = nearAttribution(tokens, speaker, plainSpeechCue(first, v, v + 1, tokens[v]!.lower), false)
  return {
    type: 'mixed',
    segments: [{ start: tokens[v + 1]!.start, end: pair.end, block }],
    speaker: near.speaker,
    cue: { start: tokens[first]!.start, end: tokens[v]!.end },
    inferred: false,
    confidence: 0.5,
    attributionEnd: -1,
    runsOn: -1,
    block,
    participle: false,
    turn: false,
  }
}

/** Most 'that' tokens read back from a quotation for the verb whose clause holds it. */
const MAX_THAT_READ = 2

/**
 * A quotation inside a that-clause of a verb (announcing that Trump’s
 * statement was “true.”, found that … came from “the drug trade …”): a mixed
 * quote from 'that' to the quotation's end, the verb its cue and the mention
 * before it its speaker. `null` when no verb stands before a 'that' of the
 * sentence (the bill that would create “…”) or no speaker is found.
 * `tokens` are the window before the opening mark.
 */
function thatClause(tokens: readonly Token[], pair: QuotePair, block: number): Draft | null {
  let seen = 0
  for (let t = tokens.length - 1; t > 0 && seen < MAX_THAT_READ; t--) {
    const token = tokens[t]!
    if (!token.word && token.lower !== ',' && token.lower !== '’' && token.lower !== "'") return null
    if (token.lower !== 'that') continue
    seen++
    const v = t - 1
    if (!thatVerb(tokens, v)) continue
    let first = v
    while (first > 0 && v - first < MAX_CUE_PREFIX_READ && verbPrefix(tokens[first - 1]!)) first--
    const lo = sentenceClauseStart(tokens, first)
    const before = speakerBefore(tokens, first, lo)
    // A participle's source is its clause's subject (Trump unleashed tweets early Friday saying that …).
    const speaker =
      (before !== null && plausibleSpeaker(tokens, before)) || !tokens[v]!.lower.endsWith('ing')
        ? before
        : clauseSubject(tokens, lo, first)
    const source = speaker !== null && plausibleSpeaker(tokens, speaker) ? speaker : null
    const near = nearAttribution(
      tokens,
      source ?? { first, after: first + 1 },
      plainSpeechCue(first, v, v + 1, tokens[v]!.lower),
      false,
    )
    return {
      type: 'mixed',
      segments: [{ start: token.start, end: pair.end, block }],
      // No mention fits (… tweets early Friday saying that …): the report stands without its source.
      speaker: source === null ? null : near.speaker,
      cue: near.cue,
      inferred: false,
      confidence: 0.5,
      attributionEnd: -1,
      runsOn: -1,
      block,
      participle: false,
      turn: false,
    }
  }
  return null
}

/** Words before a noun: after one, an -s form is a plural noun (the guidelines that …, in hopes that …). */
const nounMarkers: ReadonlySet<string> = new Set(quoteWords.nounMarkers)

/** Whether token `v`, before 'that', is a verb taking a clause: a lowercase -ed or -ing form or a cue word, not after a be-form nor a noun's determiner or preposition. */
function thatVerb(tokens: readonly Token[], v: number): boolean {
  const t = tokens[v]!
  if (!t.word || t.capital) return false
  const previous = tokens[v - 1]?.lower ?? ''
  if (beFormSet.has(previous) || nounMarkers.has(previous)) return false
  if (objectVerb(t) && (t.lower.endsWith('ed') || t.lower.endsWith('ing'))) return true
  return cueAt(tokens, v, 0, tokens.length) !== null
}

/** Lowercase words that open a speaker mention. */
const speakerPronouns: ReadonlySet<string> = new Set(['he', 'she', 'they', 'we', 'i'])

/** Whether `span` reads as a source: it opens with a capital (not the empty 'It') or a personal pronoun, not an adverb or preposition (early Friday, despite). */
function plausibleSpeaker(tokens: readonly Token[], span: TokenSpan): boolean {
  const first = tokens[span.first]!
  if (speakerPronouns.has(first.lower)) return true
  return first.capital && first.lower !== 'it' && !sentenceAdverbials.has(first.lower)
}

/** Capitalised words opening an adverbial, not a mention (On September 27, …; However, …). */
const sentenceAdverbials: ReadonlySet<string> = new Set(quoteWords.sentenceAdverbials)

/** Whether `t` reads as a transitive verb form: lowercase, ending in -s, -ed or -ing, no -ly adverb, no -ss or -us noun. */
function objectVerb(t: Token): boolean {
  if (!t.word || t.capital || t.lower.length < 5 || notVerbsInS.has(t.lower)) return false
  const w = t.lower
  if (w.endsWith('ed') || w.endsWith('ing')) return true
  return w.endsWith('s') && !w.endsWith('ss') && !w.endsWith('us') && !w.endsWith('ics')
}

interface NearAttribution {
  speaker: Range
  cue: Range
  /** Where the attribution ends (for a split quote's next piece). */
  end: number
  /** A comma or colon stands between a lead-in's cue and the quotation. */
  punctuated: boolean
}

/** Whether `text[start, end)` reads as a sentence: a capital first, a full stop, question or exclamation mark last. */
function quotedSentence(text: string, start: number, end: number): boolean {
  const first = text.charCodeAt(start)
  const last = text.charCodeAt(end - 1)
  return (
    first >= 0x41 && first <= 0x5a && (last === 0x2e || last === 0x3f || last === 0x21 || last === 0x2026)
  )
}

/** Most code units of a sentence read after a quotation for its attribution, and before one for its lead-in. */
const MAX_ATTRIBUTION_WINDOW = 240

/**
 * The tokens of the window `text[from, to)` around a quotation, as
 * `tokenize` makes them: sliced from its sentence's tokens when the sentence
 * was tokenized for frames, else tokenized.
 */
type WindowReader = (from: number, to: number) => Token[]

/** Characters that end a quotation followed by its attribution ("…,” said X", "…?” she asked). */
function endsBeforeAttribution(c: number): boolean {
  return c === 0x2c || c === 0x3f || c === 0x21 || c === 0x2026 || c === 0x2014 || c === 0x2013
}

/**
 * The attribution after a quotation that opens its sentence, when no frame
 * read it: a comma (or question or exclamation mark, dash) ends the quoted
 * words or follows the closing mark, then either a cue and the speaker
 * ("said one Democratic source on the panel", "said the ruling") or the
 * speaker and a cue ("the union wrote", "Flynn, a top surrogate, said").
 */
function attributionAfter(
  text: string,
  pair: QuotePair,
  limit: number,
  read: WindowReader,
): NearAttribution | null {
  if (!pair.closed) return null
  const inside = trimSpaceEnd(text, pair.innerStart, pair.innerEnd)
  if (!endsBeforeAttribution(text.charCodeAt(inside - 1)) && text.charCodeAt(pair.end) !== 0x2c) return null
  const tokens = read(pair.end, Math.max(pair.end, Math.min(limit, pair.end + MAX_ATTRIBUTION_WINDOW)))
  let k = 0
  while (k < tokens.length && !tokens[k]!.word) {
    // Another quotation or a bracket right after this one: no attribution here.
    const lower = tokens[k]!.lower
    if (lower !== ',' && lower !== '—' && lower !== '–') return null
    k++
  }
  const hi = tokens.length
  if (k >= hi) return null
  const cue = cueAt(tokens, k, k, hi)
  if (cue !== null) {
    if (cue.participle || cue.according) return null
    const speaker = speakerAfter(tokens, cue.after, hi)
    if (speaker === null) return null
    return nearAttribution(tokens, speaker, cue)
  }
  // The speaker first: the first cue within a mention's reach, read as in “…,” X, ROLE, said.
  for (let j = k + 1; j < hi && j - k <= MAX_APPOSITIVE_TOKENS; j++) {
    const t = tokens[j]!
    if (!t.word) {
      if (t.lower === ',' || t.lower === '(' || t.lower === ')') continue
      return null
    }
    const found = cueAt(tokens, j, k, hi)
    if (found === null) continue
    if (found.participle || found.according || hasPassiveAuxiliary(tokens, found)) return null
    const speaker = speakerAfter(tokens, k, found.first)
    if (speaker === null) return null
    return nearAttribution(tokens, speaker, found)
  }
  return null
}

/** Object words that may stand between a cue and the quotation it introduces ("called them “…”", "described it as “…”"). */
const leadInFillers: ReadonlySet<string> = new Set(quoteWords.leadInFillers)

/** Most tokens read back from a quotation's lead-in to its cue verb ("said of Clinton", "said Tuesday"). */
const MAX_CUE_COMPLEMENT_READ = 3

/** Most filler words read between a lead-in cue and its quotation. */
const MAX_LEAD_IN_FILLERS = 2

/**
 * The attribution right before a quotation that does not open its
 * sentence, when no frame read it: a cue, maybe an object and "as", maybe a
 * comma or colon, then the opening mark ("Clinton asking, “…”", "what he
 * called “…”", "described it as “…”"); the speaker is the mention before the
 * cue. `tokens` are the window before the opening mark.
 */
function attributionBefore(tokens: readonly Token[], text: string, pair: QuotePair): NearAttribution | null {
  let j = tokens.length - 1
  const punctuated = j >= 0 && (tokens[j]!.lower === ',' || tokens[j]!.lower === ':')
  if (punctuated) j--
  for (let n = 0; j >= 0 && n < MAX_LEAD_IN_FILLERS && leadInFillers.has(tokens[j]!.lower); n++) j--
  if (j < 0 || !tokens[j]!.word) return null
  // The verb: its cue may run past it ("said of Clinton") but not past the fillers.
  let cue: CueMatch | null = null
  for (let v = j; v >= 0 && j - v <= MAX_CUE_COMPLEMENT_READ && cue === null; v--) {
    const found = cueAt(tokens, v, 0, tokens.length)
    if (found !== null && found.after === j + 1) cue = found
  }
  if (cue === null && tokens[j + 1]?.lower === ':') return headlineName(tokens, j, text, pair)
  if (cue === null) return phraseSource(tokens, j, punctuated) ?? namingSource(tokens, j, punctuated)
  if (cue === null || cue.according || cue.infinitive || hasPassiveAuxiliary(tokens, cue)) return null
  const lo = sentenceClauseStart(tokens, cue.first)
  if (cue.participle) {
    // "…, chanting “…”": the clause's subject speaks; "shows Maria Lopez asking, “…”", "began chanting “…”": the name or mention before.
    if (tokens[cue.first - 1]?.lower === ',') {
      const subject = clauseSubject(tokens, lo, cue.first - 1)
      return subject === null ? null : nearAttribution(tokens, subject, cue, punctuated)
    }
    if (catenatives.has(tokens[cue.first - 1]?.lower ?? '')) cue = { ...cue, first: cue.first - 1 }
  }
  const speaker =
    (cue.participle ? nameBefore(tokens, cue.first, lo) : null) ?? speakerBefore(tokens, cue.first, lo)
  if (speaker === null) return null
  return nearAttribution(tokens, speaker, cue, punctuated)
}

/**
 * The headline convention "A lesson from Loretta Lynch: ‘Be the voice …’":
 * a name of two capitalised words or more right before the colon, and the
 * quotation running to the end of the paragraph; its speaker is that name,
 * the colon its cue. `j` is the name's last token, the colon follows it.
 */
function headlineName(
  tokens: readonly Token[],
  j: number,
  text: string,
  pair: QuotePair,
): NearAttribution | null {
  if (!onlyPunctuation(text, pair.end, text.length)) return null
  const name = nameBefore(tokens, j + 1, -1)
  if (name === null || name.after - name.first < 2) return null
  const colon = tokens[j + 1]!
  const speaker = { start: tokens[name.first]!.start, end: tokens[j]!.end }
  return { speaker, cue: { start: colon.start, end: colon.end }, end: colon.end, punctuated: true }
}

/** Nouns that present the quoted words as a term someone used ("used the phrase “…”", "added the words, “…”"). */
const termNouns: ReadonlySet<string> = new Set(quoteWords.termNouns)
const auxiliaries: ReadonlySet<string> = new Set(cueAuxiliaries)
const adverbs: ReadonlySet<string> = new Set(cueAdverbs)

/** An auxiliary or adverb before a verb ("has often used", "repeatedly used"). */
function verbPrefix(t: Token): boolean {
  return (
    auxiliaries.has(t.lower) ||
    adverbs.has(t.lower) ||
    (!t.capital && t.lower.length > 4 && t.lower.endsWith('ly'))
  )
}

/**
 * "Trump has used the phrase “…”", "she added the words, “…”": a term noun
 * (token `j`) after "the", after a verb; the speaker is the mention before
 * the verb and its auxiliaries, the cue runs from the verb to the noun.
 */
function phraseSource(tokens: readonly Token[], j: number, punctuated: boolean): NearAttribution | null {
  if (!termNouns.has(tokens[j]!.lower) || tokens[j - 1]?.lower !== 'the') return null
  const verb = tokens[j - 2]
  if (verb === undefined || !verb.word || verb.capital || auxiliaries.has(verb.lower)) return null
  let first = j - 2
  while (first > 0 && j - 2 - first < MAX_CUE_PREFIX_READ && verbPrefix(tokens[first - 1]!)) first--
  const lo = sentenceClauseStart(tokens, first)
  const speaker = speakerBefore(tokens, first, lo)
  if (speaker === null) return null
  return nearAttribution(tokens, speaker, plainSpeechCue(first, j - 2, j + 1, verb.lower), punctuated)
}

/** Most auxiliaries read back before the verb of {@link phraseSource} ("has often used"). */
const MAX_CUE_PREFIX_READ = 3

const namingForms: ReadonlySet<string> = new Set(namingVerbForms)
/** Forms of "be": before a verb of naming, a passive with no source named ("was labeled “Mostly True.”"). */
const beFormSet: ReadonlySet<string> = new Set(beForms)

/**
 * The source of a label given by a verb of naming at token `j`, the last
 * before the quotation ("Japan branded North Korea an “outlaw nation”" has
 * no filler; "dubbed it “…”" one): the mention before the verb; `null` for
 * a passive ("was labeled “…”"), a noun ("the nickname “…”") or when no
 * mention stands there.
 */
function namingSource(tokens: readonly Token[], j: number, punctuated: boolean): NearAttribution | null {
  let v = j
  // "branded North Korea an “…”": a short object between the verb and the label.
  while (v >= 0 && j - v < MAX_NAMED_OBJECT && !namingForms.has(tokens[v]!.lower)) {
    if (!tokens[v]!.word) return null
    v--
  }
  if (v < 0 || !namingForms.has(tokens[v]!.lower) || tokens[v]!.capital) return null
  if (beFormSet.has(tokens[v - 1]?.lower ?? '')) return null
  // After a determiner or possessive the form is a noun: "gave him the nickname “…”".
  if (nounMarkers.has(tokens[v - 1]?.lower ?? '')) return null
  const lo = sentenceClauseStart(tokens, v)
  const speaker = speakerBefore(tokens, v, lo)
  if (speaker === null) return null
  return nearAttribution(tokens, speaker, plainSpeechCue(v, v, v + 1, tokens[v]!.lower), punctuated)
}

/** A finite speech cue from token `first` to before `after`, its verb at `verb` ("has often used the phrase"). */
function plainSpeechCue(first: number, verb: number, after: number, lemma: string): CueMatch {
  return {
    first,
    verb,
    after,
    lemma,
    cls: 'speech',
    participle: false,
    infinitive: false,
    according: false,
    addressee: -1,
  }
}

/** Most tokens between a verb of naming and the label it gives ("branded North Korea an"). */
const MAX_NAMED_OBJECT = 5

/** Verbs before a participle cue that make one verb with it ("began chanting"). */
const catenatives: ReadonlySet<string> = new Set(quoteWords.catenatives)

/** Most tokens of a name read back by {@link nameBefore} and forwards by {@link clauseSubject}. */
const MAX_NAME_TOKENS = 6

/**
 * The capitalised run (a name) ending just before token `end`, not opening
 * the clause at `lo` (-1: no clause start to avoid); else `null`. Never reads
 * before the first token.
 */
function nameBefore(tokens: readonly Token[], end: number, lo: number): TokenSpan | null {
  let first = end
  while (
    first > lo &&
    first > 0 &&
    end - first < MAX_NAME_TOKENS &&
    tokens[first - 1]!.word &&
    tokens[first - 1]!.capital
  )
    first--
  return first === end || first === lo ? null : { first, after: end }
}

/** Subject pronouns that open a clause. */
const subjectPronouns: ReadonlySet<string> = new Set(['he', 'she', 'they', 'we', 'i', 'you'])

/**
 * The subject of the clause a participle follows: the nearest comma-delimited
 * stretch before `limit` that opens with a pronoun or a capitalised run
 * ("Moments later, Ruiz walked onto the stage, shouting" → Ruiz); else `null`.
 */
function clauseSubject(tokens: readonly Token[], lo: number, limit: number): TokenSpan | null {
  let end = limit
  for (let k = limit - 1; k >= lo - 1; k--) {
    if (k >= lo && tokens[k]!.lower !== ',') continue
    const subject = subjectAt(tokens, k + 1, end)
    if (subject !== null) return subject
    end = k
  }
  return null
}

/** The pronoun or capitalised run opening `[lo, limit)`, else `null`. */
function subjectAt(tokens: readonly Token[], lo: number, limit: number): TokenSpan | null {
  const first = tokens[lo]
  if (first === undefined || lo >= limit || !first.word) return null
  if (subjectPronouns.has(first.lower)) return { first: lo, after: lo + 1 }
  if (!first.capital) return null
  let k = lo + 1
  while (k < limit && k - lo < MAX_NAME_TOKENS && tokens[k]!.word && tokens[k]!.capital) k++
  if (k === lo + 1 && subjectDeterminers.has(first.lower)) {
    // "The board released …": a determiner's noun phrase runs to the verb.
    while (k < limit && k - lo < MAX_NAME_TOKENS && tokens[k]!.word && !objectVerb(tokens[k]!)) k++
    if (k === lo + 1 || k === limit || !objectVerb(tokens[k]!)) return null
  }
  return { first: lo, after: k }
}

/** Determiners that open a subject noun phrase. */
const subjectDeterminers: ReadonlySet<string> = new Set(['the', 'a', 'an', 'this'])

/** After the last sentence-internal stop (semicolon, colon, dash, quote mark) before token `end`: where a lead-in's clause may start. */
function sentenceClauseStart(tokens: readonly Token[], end: number): number {
  for (let k = end - 1; k >= 0; k--) {
    const t = tokens[k]!
    if (!t.word && t.lower !== ',' && t.lower !== '(' && t.lower !== ')' && t.lower !== '.') return k + 1
  }
  return 0
}

function nearAttribution(
  tokens: readonly Token[],
  speaker: TokenSpan,
  cue: CueMatch,
  punctuated = true,
): NearAttribution {
  const cueRange = { start: tokens[cue.first]!.start, end: tokens[cue.after - 1]!.end }
  const speakerRange = { start: tokens[speaker.first]!.start, end: tokens[speaker.after - 1]!.end }
  return { speaker: speakerRange, cue: cueRange, end: Math.max(cueRange.end, speakerRange.end), punctuated }
}

/** A direct quote of one quotation, attributed (or not) without a frame. */
function pairDraft(
  words: Piece,
  runsOnCode: number,
  speaker: Range | null,
  cue: Range | null,
  block: number,
  inferred: boolean,
  confidence: number,
  attributionEnd: number,
): Draft {
  return {
    type: 'direct',
    segments: [words],
    speaker,
    cue,
    inferred,
    confidence,
    attributionEnd,
    runsOn: runsOnCode,
    block,
    participle: false,
    turn: false,
  }
}

function partial(words: Piece): Draft {
  return {
    type: 'partial',
    segments: [words],
    speaker: null,
    cue: null,
    inferred: false,
    confidence: 0.5,
    attributionEnd: -1,
    runsOn: -1,
    block: words.block,
    participle: false,
    turn: false,
  }
}

/** Dashes that introduce a quotation's author after it: em, horizontal bar, en, figure, two- and three-em dashes. */
const attributionDashes: ReadonlySet<string> = new Set(['—', '―', '–', '‒', '⸺', '⸻'])

/** Most code units of a dash attribution's name ("― Christina N Luis Olidem"). */
const MAX_DASH_NAME = 60

/**
 * “…” ― Name: a dash after the closing mark, then a capitalised name of at
 * most {@link MAX_DASH_NAME} code units that ends the block or its line
 * (a full stop may follow).
 */
function dashAttribution(text: string, pair: QuotePair): { speaker: Range; cue: Range } | null {
  if (!pair.closed) return null
  let i = pair.end
  while (i < text.length && i - pair.end < MAX_SPLIT_GAP && isSpaceCode(text.charCodeAt(i))) i++
  const c = text[i]
  if (!attributionDashes.has(c ?? '') && !(c === '-' && text[i + 1] === '-')) return null
  // A doubled em dash or two-em dash ("——", "⸺") is one cue.
  let dashEnd = c === '-' ? i + 2 : i + 1
  while (dashEnd < text.length && dashEnd - i < MAX_SPLIT_GAP && attributionDashes.has(text[dashEnd]!))
    dashEnd++
  const cue = { start: i, end: dashEnd }
  let start = cue.end
  while (start < text.length && start - cue.end < MAX_SPLIT_GAP && isSpaceCode(text.charCodeAt(start)))
    start++
  if (!opensName(text, start)) return null
  let end = start
  while (
    end < text.length &&
    end - start <= MAX_DASH_NAME &&
    (!isNameEnd(text.charCodeAt(end)) || isInitialStop(text, start, end))
  )
    end++
  if (end - start > MAX_DASH_NAME) return null
  let after = end
  if (text.charCodeAt(after) === 0x2e) after++
  while (after < text.length && text.charCodeAt(after) !== 0x0a && isSpaceCode(text.charCodeAt(after)))
    after++
  if (after < text.length && text.charCodeAt(after) !== 0x0a) return null
  while (end > start && isSpaceCode(text.charCodeAt(end - 1))) end--
  return { speaker: { start, end }, cue }
}

/** An uppercase letter of any script: read only beyond ASCII (no flag that keeps state, so `test` changes nothing). */
const UPPERCASE = /^\p{Lu}/u

/** Whether the code unit at `i` opens a dash attribution's name: an uppercase letter or `@`. */
function opensName(text: string, i: number): boolean {
  const c = text.charCodeAt(i)
  if (c < 0x80) return c === 0x40 || (c >= 0x41 && c <= 0x5a)
  return UPPERCASE.test(text[i] ?? '')
}

/** Whether the full stop at `at` ends an initial inside a name ("Edwin G. Monroy"): one capital letter before it, a space and a capital after it. */
function isInitialStop(text: string, start: number, at: number): boolean {
  if (text.charCodeAt(at) !== 0x2e || at - 1 < start) return false
  const letter = text.charCodeAt(at - 1)
  if (letter < 0x41 || letter > 0x5a) return false
  if (at - 2 >= start && !isSpaceCode(text.charCodeAt(at - 2))) return false
  const next = text.charCodeAt(at + 2)
  return text.charCodeAt(at + 1) === 0x20 && next >= 0x41 && next <= 0x5a
}

/** Characters that end a dash attribution's name: a line break, a full stop, a quote mark. */
function isNameEnd(c: number): boolean {
  return c === 0x0a || c === 0x0d || c === 0x2e || c === 0x201c || c === 0x201d || c === 0x22
}

/**
 * The news convention for a quote over paragraphs: a quote left open at the
 * end of the previous block continues here when this block opens with a
 * quotation (one segment per paragraph).
 */
function continueRunningQuote(
  block: Block,
  outer: readonly QuotePair[],
  drafts: Draft[],
  covered: number[],
  carry: Carry,
): void {
  const running = carry.runningOn
  carry.runningOn = null
  const first = outer[0]
  // The continuing paragraph opens with the same mark as the open quote (a writer's marks are consistent).
  if (running === null || first === undefined || block.text.charCodeAt(first.open) !== running.runsOn) return
  if (!onlyPunctuation(block.text, 0, first.open)) return
  // "WALLACE: …" opens a new turn, not the continuation of the last one.
  if (drafts.some((d) => d.turn && d.segments[0]!.start < first.innerEnd)) return
  const piece = pairWords(block.text, first, block.index)
  running.segments.push(piece)
  running.runsOn = runsOn(block.text, first)
  covered[0] = 1
  // A frame that covered this piece (“B,” he said.) gives the attribution if there was none.
  const own = drafts.findIndex((d) => d.type === 'direct' && d.segments[0]!.start === piece.start)
  if (own !== -1) {
    const [found] = drafts.splice(own, 1)
    if (running.speaker === null && found!.speaker !== null) {
      running.speaker = found!.speaker
      running.cue = found!.cue
      running.block = block.index
    }
    running.segments.push(...found!.segments.slice(1))
    running.runsOn = found!.runsOn
  }
  if (running.runsOn !== -1) carry.runningOn = running
}

/** Remember what the next block needs: the last attributed quote, a lead-in colon, a quote running on. */
function updateCarry(block: Block, frames: readonly Frame[], drafts: readonly Draft[], carry: Carry): void {
  for (const d of drafts) {
    if ((d.type === 'direct' || d.type === 'mixed') && d.speaker !== null) carry.lastAttributed = d
  }
  const lastFrame = frames.at(-1)
  carry.leadIn = null
  if (
    lastFrame !== undefined &&
    lastFrame.content.start === lastFrame.content.end &&
    endsWithColon(block.text)
  ) {
    carry.leadIn = lastFrame
    carry.leadInBlock = block.index
  }
  const last = drafts.at(-1)
  if (carry.runningOn === null && last !== undefined && last.runsOn !== -1) carry.runningOn = last
}

function endsWithColon(text: string): boolean {
  let i = text.length
  while (i > 0 && isSpaceCode(text.charCodeAt(i - 1))) i--
  return text.charCodeAt(i - 1) === 0x3a
}
