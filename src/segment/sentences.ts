/**
 * Sentence segmentation of one block's text: a single left-to-right pass
 * that knows abbreviations (Mr., Sen., Gen., Jan., No.), initials (William
 * H. Seely III), the abbreviations that may end a sentence (U.S., p.m.),
 * decimals and URLs (no space after the dot), and never splits inside a
 * quotation.
 *
 * Why not nlcst's parse-english: it builds a full syntax tree for every
 * block (about 4 MB/s on news text when measured per paragraph, quadratic
 * on a whole document), while the detectors need only sentence ranges; this
 * pass runs at hundreds of MB/s.
 *
 * @module
 */
import {
  finalAbbreviations,
  nonFinalAbbreviations,
  numeralAbbreviations,
  sentenceStarters,
  stateAbbreviations,
} from '../lexicon/abbreviations.js'
import type { Range } from '../span.js'
import { isDigitCode, isSpaceCode } from './chars.js'

/** Longest word (in code units) read before a full stop to recognise an abbreviation. */
const MAX_ABBREVIATION_LENGTH = 12

const nonFinal: ReadonlySet<string> = new Set(nonFinalAbbreviations)
const final: ReadonlySet<string> = new Set([...finalAbbreviations, ...stateAbbreviations])
const numeral: ReadonlySet<string> = new Set(numeralAbbreviations)
const starters: ReadonlySet<string> = new Set(sentenceStarters)

function isTerminal(c: number): boolean {
  return c === 0x2e || c === 0x21 || c === 0x3f || c === 0x2026
}

/** Closing quote marks and brackets that belong to the sentence they follow. */
function isCloser(c: number): boolean {
  return (
    c === 0x201d ||
    c === 0x2019 ||
    c === 0x22 ||
    c === 0x27 ||
    c === 0xbb ||
    c === 0x203a ||
    c === 0x29 ||
    c === 0x5d
  )
}

function isLetter(c: number): boolean {
  return (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a) || (c >= 0xc0 && c <= 0x24f)
}

function isUpper(c: number): boolean {
  return (c >= 0x41 && c <= 0x5a) || (c >= 0xc0 && c <= 0xde && c !== 0xd7)
}

/** Whether a character can start a sentence: a capital, a digit, an opening mark or bracket, a dash. */
function canStartSentence(c: number): boolean {
  return (
    isUpper(c) ||
    (c >= 0x30 && c <= 0x39) ||
    c === 0x201c ||
    c === 0x2018 ||
    c === 0x22 ||
    c === 0x27 ||
    c === 0xab ||
    c === 0x201e ||
    c === 0x28 ||
    c === 0x5b ||
    c === 0x2014 ||
    c === 0x2015 ||
    c === 0x40 || // @
    c === 0x23 || // #
    (c > 0x24f && c !== 0x2019 && c !== 0x201d)
  )
}

/** The word (letters and inner dots) that ends just before `dot`, lowercase. */
function wordBefore(text: string, dot: number): string {
  let i = dot
  while (i > 0 && dot - i < MAX_ABBREVIATION_LENGTH) {
    const c = text.charCodeAt(i - 1)
    if (!(isLetter(c) || c === 0x2e || c === 0x2d)) break
    i--
  }
  return text.slice(i, dot).toLowerCase()
}

/** The word that starts at `at`, lowercase (letters only). */
function wordAt(text: string, at: number): string {
  let j = at
  while (j < text.length && j - at < MAX_ABBREVIATION_LENGTH && isLetter(text.charCodeAt(j))) j++
  return text.slice(at, j).toLowerCase()
}

/**
 * Whether a single full stop at `dot`, followed by a sentence-like start at
 * `next`, ends the sentence despite the word before it: initials and titles
 * never do; "U.S." and "p.m." do when a common sentence opener follows;
 * "No." does unless a numeral follows ("No. 10").
 */
function fullStopEnds(text: string, dot: number, next: number): boolean {
  const word = wordBefore(text, dot)
  if (word.length === 0) return true
  if (word.length === 1 && isUpper(text.charCodeAt(dot - 1))) return false
  if (nonFinal.has(word)) return false
  if (numeral.has(word)) return !isDigitCode(text.charCodeAt(next))
  if (final.has(word) || isDottedLetters(word)) return starters.has(wordAt(text, next))
  return true
}

/** Whether `word` is single ASCII lowercase letters joined by dots ("u.s", "p.m"): `/^(?:[a-z]\.)+[a-z]$/` without a regex object per call. */
function isDottedLetters(word: string): boolean {
  if (word.length < 3 || word.length % 2 === 0) return false
  for (let k = 0; k < word.length; k++) {
    const c = word.charCodeAt(k)
    if (k % 2 === 0 ? !(c >= 0x61 && c <= 0x7a) : c !== 0x2e) return false
  }
  return true
}

/**
 * Split `text` into sentences, as ranges of positions in `text`, trimmed of
 * surrounding whitespace. `quotes` are the inner ranges of paired quotations
 * (sorted by start): no sentence ends inside one, except at its very end
 * ("… to leave Iraq.” Mr Esper …" ends after the closing mark), and not even
 * there when `attributionAt(next)` says the words after it attribute the
 * quote (“Who would have believed …?” Trump said).
 */
export function splitSentences(
  text: string,
  quotes: readonly Range[] = [],
  attributionAt: (position: number) => boolean = () => false,
): Range[] {
  const sentences: Range[] = []
  let start = skipSpace(text, 0)
  let q = 0
  // Line breaks and sentence marks: the regex engine jumps from one to the next, faster than a loop over every code unit (one character class, linear). Made per call: its lastIndex is this call's.
  const stops = /[\n\r.!?\u2026]/g
  for (let i = start; i < text.length; i++) {
    stops.lastIndex = i
    if (!stops.test(text)) break
    i = stops.lastIndex - 1
    const c = text.charCodeAt(i)
    if (c === 0x0a || c === 0x0d) {
      // A line break inside a block ends a sentence when a sentence can start after it.
      const end = trimEnd(text, i)
      const next = skipSpace(text, i)
      while (q < quotes.length && quotes[q]!.end < end) q++
      const inside = q < quotes.length && quotes[q]!.start < end && end < quotes[q]!.end
      if (end > start && next < text.length && canStartSentence(text.charCodeAt(next)) && !inside) {
        sentences.push({ start, end })
        start = next
      }
      i = next - 1
      continue
    }
    // A sentence mark (the stops class holds nothing else).
    let runEnd = i
    while (runEnd < text.length && isTerminal(text.charCodeAt(runEnd))) runEnd++
    let end = runEnd
    while (end < text.length && isCloser(text.charCodeAt(end))) end++
    const next = skipSpace(text, end)
    i = runEnd - 1
    if (next === end && end < text.length) continue
    if (next >= text.length) break
    if (!canStartSentence(text.charCodeAt(next))) continue
    while (q < quotes.length && quotes[q]!.end < runEnd) q++
    const inside = q < quotes.length && quotes[q]!.start < i && runEnd < quotes[q]!.end
    if (inside) continue
    const lineBreak = hasLineBreak(text, end, next)
    if (q < quotes.length && quotes[q]!.end === runEnd && !lineBreak && attributionAt(next)) continue
    if (runEnd - i === 1 && text.charCodeAt(i) === 0x2e && !fullStopEnds(text, i, next)) continue
    sentences.push({ start, end })
    start = next
    i = next - 1
  }
  const end = trimEnd(text, text.length)
  if (end > start) sentences.push({ start, end })
  // No sentence is longer than its text: a short text has none to cut.
  return text.length > MAX_SENTENCE_LENGTH ? capLength(text, sentences) : sentences
}

/**
 * Longest sentence (code units) handed on; a longer run of text without a
 * sentence end (a wall of text, hostile input) is cut at a space before
 * this length, so that all later work stays local.
 */
export const MAX_SENTENCE_LENGTH = 3000

/** How far back from {@link MAX_SENTENCE_LENGTH} a cut looks for a space. */
const CUT_WINDOW = 200

/** Cut every sentence longer than {@link MAX_SENTENCE_LENGTH} into pieces, at spaces where it can. */
function capLength(text: string, sentences: Range[]): Range[] {
  if (!anyLongerThan(sentences, MAX_SENTENCE_LENGTH)) return sentences
  const out: Range[] = []
  for (const sentence of sentences) {
    let start = sentence.start
    while (sentence.end - start > MAX_SENTENCE_LENGTH) {
      let cut = start + MAX_SENTENCE_LENGTH
      while (cut > start + MAX_SENTENCE_LENGTH - CUT_WINDOW && !isSpaceCode(text.charCodeAt(cut))) cut--
      if (!isSpaceCode(text.charCodeAt(cut))) cut = start + MAX_SENTENCE_LENGTH
      // Never cut between the two halves of a surrogate pair.
      const c = text.charCodeAt(cut)
      if (c >= 0xdc00 && c <= 0xdfff && cut > start + 1) cut--
      const end = trimEnd(text, cut)
      if (end > start) out.push({ start, end })
      start = skipSpace(text, cut)
    }
    if (sentence.end > start) out.push({ start, end: sentence.end })
  }
  return out
}

/** Whether a range of `ranges` is longer than `length` code units. */
function anyLongerThan(ranges: readonly Range[], length: number): boolean {
  for (const r of ranges) if (r.end - r.start > length) return true
  return false
}

function hasLineBreak(text: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i)
    if (c === 0x0a || c === 0x0d) return true
  }
  return false
}

function skipSpace(text: string, i: number): number {
  while (i < text.length && isSpaceCode(text.charCodeAt(i))) i++
  return i
}

function trimEnd(text: string, i: number): number {
  while (i > 0 && isSpaceCode(text.charCodeAt(i - 1))) i--
  return i
}
