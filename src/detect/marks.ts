/**
 * Quote marks: finding them in a block's text, telling opening from closing
 * marks (and apostrophes from closing single quotes), and pairing them into
 * quotations, locally and forgivingly.
 *
 * Pairing is done per block (paragraph), with a stack bounded by
 * {@link MAX_NESTING}: a stray or unbalanced mark can only disturb its own
 * paragraph, never shift the pairs after it. Marks pair within their family
 * (double with double, single with single, guillemets with guillemets), so a
 * British single-quoted text, a nested ‘inner’ quote and an apostrophe never
 * steal a double mark's partner.
 *
 * @module
 */
import { leadingElisions } from '../lexicon/elisions.js'
import { isDigitCode, isSpaceCode } from '../segment/chars.js'

/** Marks pair only within their family. */
export type MarkFamily = 'double' | 'single' | 'angle' | 'singleAngle'

/**
 * What a mark's context says it is: `open`, `close`, `either` (a straight
 * mark between spaces or letters), or `closeOrApostrophe` (a single mark after
 * a word: "students’" closes a quote only if one is open).
 */
export type MarkRole = 'open' | 'close' | 'either' | 'closeOrApostrophe'

/** One quote mark in a block's text. */
export interface Mark {
  /** Position in the block text. */
  at: number
  /** Code units the mark takes (2 for a doubled straight apostrophe used as a double mark). */
  width: number
  family: MarkFamily
  role: MarkRole
}

/** A quotation found by pairing: positions in the block text. */
export interface QuotePair {
  family: MarkFamily
  /** Position of the opening mark. */
  open: number
  /** Position just after the opening mark: where the quoted words start. */
  innerStart: number
  /** Where the quoted words end: the closing mark's position, or the block's end when unclosed. */
  innerEnd: number
  /** Position after the closing mark (equals `innerEnd` when unclosed). */
  end: number
  /** `false` when no closing mark was found in the block (the quote runs to the paragraph's end). */
  closed: boolean
  /** 0 for an outer quote, 1 for a quote inside it, and so on. */
  depth: number
}

/** Deepest nesting of open quotes the pairing keeps track of; deeper opening marks are ignored. */
export const MAX_NESTING = 8

/** How many characters after a single mark are read to recognise an elision ('em, 'til). */
const ELISION_WINDOW = 8

const elisions: ReadonlySet<string> = new Set(leadingElisions)

/** A quote character's family and nominal role. */
interface MarkKind {
  family: MarkFamily
  nominal: MarkRole
}

/** The kinds, made once: {@link markKind} allocates nothing. */
const DOUBLE_OPEN: MarkKind = { family: 'double', nominal: 'open' }
const DOUBLE_CLOSE: MarkKind = { family: 'double', nominal: 'close' }
const DOUBLE_EITHER: MarkKind = { family: 'double', nominal: 'either' }
const SINGLE_OPEN: MarkKind = { family: 'single', nominal: 'open' }
const SINGLE_CLOSE_OR_APOSTROPHE: MarkKind = { family: 'single', nominal: 'closeOrApostrophe' }
const ANGLE_OPEN: MarkKind = { family: 'angle', nominal: 'open' }
const ANGLE_CLOSE: MarkKind = { family: 'angle', nominal: 'close' }
const SINGLE_ANGLE_OPEN: MarkKind = { family: 'singleAngle', nominal: 'open' }
const SINGLE_ANGLE_CLOSE: MarkKind = { family: 'singleAngle', nominal: 'close' }

/** The family and nominal role of a quote character, or `null` when it is not one. */
function markKind(c: number): MarkKind | null {
  switch (c) {
    case 0x201c: // “
    case 0x201e: // „
    case 0x201f: // ‟
      return DOUBLE_OPEN
    case 0x201d: // ”
      return DOUBLE_CLOSE
    case 0x22: // "
      return DOUBLE_EITHER
    case 0x2018: // ‘
    case 0x201a: // ‚
    case 0x201b: // ‛
      return SINGLE_OPEN
    case 0x2019: // ’
    case 0x27: // '
      return SINGLE_CLOSE_OR_APOSTROPHE
    case 0xab: // «
      return ANGLE_OPEN
    case 0xbb: // »
      return ANGLE_CLOSE
    case 0x2039: // ‹
      return SINGLE_ANGLE_OPEN
    case 0x203a: // ›
      return SINGLE_ANGLE_CLOSE
    default:
      return null
  }
}

/** Whether a code unit is a quote mark of any family. */
export function isQuoteChar(c: number): boolean {
  // Most text is below the first mark's code and above none but '"' and "'".
  if (c < 0xab) return c === 0x22 || c === 0x27
  return markKind(c) !== null
}

/**
 * The quote marks of every family, apostrophes included: exactly the code
 * units {@link isQuoteChar} accepts (a test holds the two alike).
 * One character class, no quantifier: the regex engine scans in linear time,
 * several times faster than a loop of `charCodeAt`. Not global, so `test`
 * leaves it unchanged.
 */
export const QUOTE_CHAR: RegExp = /["'\u00ab\u00bb\u2018-\u201f\u2039\u203a]/

/** Letters and digits, ASCII and beyond (any code unit above Latin-1 punctuation counts as a letter). */
function isWordChar(c: number): boolean {
  return (
    (c >= 0x30 && c <= 0x39) ||
    (c >= 0x41 && c <= 0x5a) ||
    (c >= 0x61 && c <= 0x7a) ||
    (c >= 0xc0 && c <= 0x24f && c !== 0xd7 && c !== 0xf7) ||
    (c >= 0x370 && c <= 0x1fff)
  )
}

/** Characters after which an opening mark may stand: brackets, dashes, slashes, colon, comma… */
function isOpeningContext(c: number): boolean {
  return (
    c === -1 ||
    isSpaceCode(c) ||
    isQuoteChar(c) ||
    c === 0x28 || // (
    c === 0x5b || // [
    c === 0x7b || // {
    c === 0x2014 || // —
    c === 0x2013 || // –
    c === 0x2015 || // ―
    c === 0x2d || // -
    c === 0x2f || // /
    c === 0x3a || // :
    c === 0x3b || // ;
    c === 0x2c // ,
  )
}

/** Characters before which a closing mark may stand: space, punctuation, brackets, dashes, end. */
function isClosingContext(c: number): boolean {
  return (
    c === -1 ||
    isSpaceCode(c) ||
    isQuoteChar(c) ||
    c === 0x2e || // .
    c === 0x2c || // ,
    c === 0x3b || // ;
    c === 0x3a || // :
    c === 0x21 || // !
    c === 0x3f || // ?
    c === 0x29 || // )
    c === 0x5d || // ]
    c === 0x7d || // }
    c === 0x2014 ||
    c === 0x2013 ||
    c === 0x2015 ||
    c === 0x2d ||
    c === 0x2026 || // …
    c === 0x2f
  )
}

function codeAt(text: string, i: number): number {
  return i >= 0 && i < text.length ? text.charCodeAt(i) : -1
}

/**
 * Whether the single mark at `i` is an apostrophe by its shape alone: inside
 * a word (Iraq’s, don’t), before a year (’90s), or before an elided word
 * ('em, rock ’n’ roll).
 */
function isApostrophe(text: string, i: number): boolean {
  const before = codeAt(text, i - 1)
  const after = codeAt(text, i + 1)
  if (isWordChar(before) && isWordChar(after)) return true
  if (isWordChar(before)) return closesElidedN(text, i)
  if (isDigitCode(after) && isDigitCode(codeAt(text, i + 2)) && !isDigitCode(codeAt(text, i + 3))) return true
  // rock ’n’ roll: the closing mark of ’n’ follows a word character and is
  // handled above; here the opening one.
  let j = i + 1
  while (j < text.length && j - i <= ELISION_WINDOW && isWordChar(text.charCodeAt(j))) j++
  if (j === i + 1 || j - i > ELISION_WINDOW) return false
  const next = codeAt(text, j)
  if (isWordChar(next)) return false
  const word = text.slice(i + 1, j).toLowerCase()
  if (!elisions.has(word)) return false
  // ’n’ is an elision only when the mark after it is a mark too (’n’ roll).
  if (word === 'n') return next === 0x2019 || next === 0x27
  return true
}

/** The second mark of ’n’ (rock ’n’ roll): after a lone "n" that an apostrophe opens. */
function closesElidedN(text: string, i: number): boolean {
  const n = codeAt(text, i - 1)
  const mark = codeAt(text, i - 2)
  return (
    (n === 0x6e || n === 0x4e) &&
    (mark === 0x2019 || mark === 0x27 || mark === 0x2018) &&
    !isWordChar(codeAt(text, i - 3))
  )
}

/** The role a mark's surroundings give it, falling back to the character's nominal role. */
function roleInContext(text: string, at: number, width: number, nominal: MarkRole): MarkRole {
  const before = codeAt(text, at - 1)
  const after = codeAt(text, at + width)
  const opens = isOpeningContext(before) && after !== -1 && !isSpaceCode(after) && !isClosingPunct(after)
  const closes = before !== -1 && !isSpaceCode(before) && isClosingContext(after)
  if (opens && !closes) return 'open'
  if (closes && !opens)
    return nominal === 'closeOrApostrophe' && isWordChar(before) ? 'closeOrApostrophe' : 'close'
  return nominal
}

/** Punctuation that cannot start quoted words (a mark before it is no opener). */
function isClosingPunct(c: number): boolean {
  return c === 0x2e || c === 0x2c || c === 0x3b || c === 0x3a || c === 0x21 || c === 0x3f || c === 0x29
}

/**
 * Find the quote marks of `text`, in order, each with the role its context
 * gives it. Apostrophes are left out. One pass, constant work per character.
 */
export function findMarks(text: string): Mark[] {
  const marks: Mark[] = []
  scanMarks(text, marks)
  return marks
}

/**
 * Push the quote marks of `text` to `marks` ({@link findMarks}); return
 * whether `text` holds a quote mark at all, apostrophes and the marks inside
 * a tag included (what {@link QUOTE_CHAR} finds), so that one scan answers
 * both.
 */
function scanMarks(text: string, marks: Mark[]): boolean {
  let seen = false
  // Quote marks and '<': the regex engine jumps from one to the next (one character class, linear). Made per call: its lastIndex is this call's.
  const candidates = /[<"'\u00ab\u00bb\u2018-\u201f\u2039\u203a]/g
  for (let i = 0; i < text.length; i++) {
    candidates.lastIndex = i
    if (!candidates.test(text)) break
    i = candidates.lastIndex - 1
    const c = text.charCodeAt(i)
    if (c === 0x3c) {
      // <tweet pic="…" author="…">: the marks delimiting attribute values are no quotation marks.
      const end = tagEnd(text, i)
      if (end !== -1) {
        // A tag is only skipped for its quoted values: it holds a quote mark.
        seen = true
        i = end - 1
      }
      continue
    }
    // Every other candidate is a quote mark (the class is QUOTE_CHAR's and '<').
    const kind = markKind(c)
    if (kind === null) continue
    seen = true
    // Two straight apostrophes used as a double mark (''It's anti-reform'').
    if (c === 0x27 && text.charCodeAt(i + 1) === 0x27) {
      marks.push({ at: i, width: 2, family: 'double', role: roleInContext(text, i, 2, 'either') })
      i++
      continue
    }
    if (kind.family === 'single' && isApostrophe(text, i)) continue
    marks.push({ at: i, width: 1, family: kind.family, role: roleInContext(text, i, 1, kind.nominal) })
  }
  return seen
}

/** Longest tag (code units) {@link tagEnd} reads: `<tweet pic="…" author="…" timestamp="…" tweet_id="…">`. */
export const MAX_TAG = 400

function isTagNameCode(c: number): boolean {
  return (
    (c >= 0x41 && c <= 0x5a) ||
    (c >= 0x61 && c <= 0x7a) ||
    (c >= 0x30 && c <= 0x39) ||
    c === 0x2d || // -
    c === 0x5f || // _
    c === 0x3a || // :
    c === 0x2e // .
  )
}

/**
 * When an HTML/XML-like start tag with at least one quoted attribute value
 * opens at `at` (`<name attr="value" …>`, on one line, at most
 * {@link MAX_TAG} code units, straight quotes around the values), the
 * position after its `>`; else -1. The scan stops at a line break or the
 * next `<`, so scans from different `<` never overlap: linear overall.
 */
export function tagEnd(text: string, at: number): number {
  const limit = Math.min(text.length, at + MAX_TAG)
  let i = at + 1
  const first = codeAt(text, i)
  if (!((first >= 0x41 && first <= 0x5a) || (first >= 0x61 && first <= 0x7a))) return -1
  while (i < limit && isTagNameCode(text.charCodeAt(i))) i++
  let quotedValues = 0
  for (;;) {
    const spaceStart = i
    while (i < limit && (text.charCodeAt(i) === 0x20 || text.charCodeAt(i) === 0x09)) i++
    if (i >= limit) return -1
    const c = text.charCodeAt(i)
    if (c === 0x3e) return quotedValues > 0 ? i + 1 : -1
    if (c === 0x2f && codeAt(text, i + 1) === 0x3e) return quotedValues > 0 ? i + 2 : -1
    // An attribute: a name after a space, maybe `=` and a value.
    if (i === spaceStart || !isTagNameCode(c)) return -1
    while (i < limit && isTagNameCode(text.charCodeAt(i))) i++
    if (codeAt(text, i) !== 0x3d) continue
    i++
    const q = codeAt(text, i)
    if (q === 0x22 || q === 0x27) {
      i++
      while (i < limit && text.charCodeAt(i) !== q) {
        const v = text.charCodeAt(i)
        if (v === 0x0a || v === 0x0d || v === 0x3c) return -1
        i++
      }
      if (i >= limit) return -1
      i++
      quotedValues++
    } else {
      const from = i
      while (i < limit && isTagNameCode(text.charCodeAt(i))) i++
      if (i === from) return -1
    }
  }
}

interface OpenMark {
  mark: Mark
}

/** Index of the innermost open mark of `family` on the stack, or -1. */
function innermostOpen(stack: OpenMark[], family: MarkFamily): number {
  for (let k = stack.length - 1; k >= 0; k--) if (stack[k]!.mark.family === family) return k
  return -1
}

/**
 * Pair the marks of one block into quotations. Closing marks pair with the
 * innermost open mark of their family; opening marks left open above it are
 * strays and dropped; a closing mark with no partner is dropped. An opening
 * mark left open at the block's end makes a quote running to the end of the
 * block, but only if no later quote of its family follows it (otherwise it
 * was a stray). Returns the pairs in order of their opening marks, with
 * nesting depths.
 */
export function pairMarks(text: string, marks: readonly Mark[]): QuotePair[] {
  const pairs: QuotePair[] = []
  const stack: OpenMark[] = []
  for (const mark of marks) {
    const open = innermostOpen(stack, mark.family)
    const closes =
      mark.role === 'close' || (open !== -1 && (mark.role === 'either' || mark.role === 'closeOrApostrophe'))
    if (closes) {
      if (open === -1) continue
      const opener = stack[open]!.mark
      // Pops, not a write of length (which calls into the runtime): most closing marks pop one opener.
      while (stack.length > open) stack.pop()
      pairs.push(closedPair(opener, mark))
      continue
    }
    if (mark.role === 'closeOrApostrophe') continue
    if (stack.length < MAX_NESTING) stack.push({ mark })
  }
  // Opening marks still open: the last one of each family runs to the end,
  // unless a quote of its family opened after it.
  for (const { mark } of stack) {
    const laterSameFamily = pairs.some((p) => p.family === mark.family && p.open > mark.at)
    if (laterSameFamily) continue
    const innerStart = mark.at + mark.width
    if (trimmedLength(text, innerStart, text.length) === 0) continue
    pairs.push({
      family: mark.family,
      open: mark.at,
      innerStart,
      innerEnd: text.length,
      end: text.length,
      closed: false,
      depth: 0,
    })
  }
  // Pairs close in order unless nested or left open: sorting is skipped when they already are in order.
  // One pair is in order and at depth 0 already.
  if (pairs.length > 1) {
    if (!byOpening(pairs)) pairs.sort((a, b) => a.open - b.open)
    setDepths(pairs)
  }
  return pairs
}

/** Whether the pairs' opening marks come in increasing order (no two pairs share one). */
function byOpening(pairs: readonly QuotePair[]): boolean {
  for (let k = 1; k < pairs.length; k++) if (pairs[k - 1]!.open > pairs[k]!.open) return false
  return true
}

function closedPair(opener: Mark, closer: Mark): QuotePair {
  return {
    family: opener.family,
    open: opener.at,
    innerStart: opener.at + opener.width,
    innerEnd: closer.at,
    end: closer.at + closer.width,
    closed: true,
    depth: 0,
  }
}

/** Number of non-space code units in `text[from, to)`, stopping at the first one. */
function trimmedLength(text: string, from: number, to: number): number {
  for (let i = from; i < to; i++) if (!isSpaceCode(text.charCodeAt(i))) return 1
  return 0
}

/** Set each pair's depth from the pairs that enclose it (pairs sorted by opening mark). */
function setDepths(pairs: QuotePair[]): void {
  const enclosing: QuotePair[] = []
  for (const pair of pairs) {
    while (enclosing.length > 0 && enclosing.at(-1)!.end <= pair.open) enclosing.pop()
    pair.depth = enclosing.length
    enclosing.push(pair)
  }
}

/** Find and pair the quote marks of `text`: {@link findMarks} then {@link pairMarks}. */
export function findQuotePairs(text: string): QuotePair[] {
  return pairMarks(text, findMarks(text))
}

/**
 * The pairs of {@link findQuotePairs} that quote something (an empty `""`
 * quotes nothing), or `null` when `text` holds no quote mark at all, not
 * even an apostrophe (`QUOTE_CHAR.test(text)` is false): one scan tells a
 * block with no quote mark and pairs the marks of one that has some.
 */
export function quotePairsIfMarked(text: string): QuotePair[] | null {
  const marks: Mark[] = []
  if (!scanMarks(text, marks)) return null
  // Apostrophes only: nothing to pair.
  if (marks.length === 0) return []
  const pairs = pairMarks(text, marks)
  // An empty pair encloses nothing: dropping it changes no other pair's depth.
  let kept = 0
  for (const pair of pairs) if (pair.innerEnd > pair.innerStart) pairs[kept++] = pair
  // Most blocks have no empty pair: the length is written (a call into the runtime) only to cut one.
  if (kept < pairs.length) pairs.length = kept
  return pairs
}
