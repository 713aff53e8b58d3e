/**
 * Word tokens of a block's text, built once per block and shared by the cue
 * and speaker finders: words (letters and digits with inner apostrophes,
 * hyphens, dots and ampersands: "Iraq’s", "United States-led", "U.S.",
 * "AT&T"; handles and hashtags keep their `@`/`#`), and single punctuation
 * characters.
 *
 * @module
 */
import {
  finalAbbreviations,
  nonFinalAbbreviations,
  numeralAbbreviations,
  stateAbbreviations,
} from '../lexicon/abbreviations.js'
import { isSpaceCode } from '../segment/chars.js'

/** One token: positions in the block text. */
export interface Token {
  start: number
  end: number
  /** The token lowercased, without a final abbreviation dot ("mr" for "Mr."). */
  lower: string
  /** Whether it is a word (else a punctuation or symbol character). */
  word: boolean
  /** Whether a word starts with a capital letter (or `@`, a digit). */
  capital: boolean
}

const abbreviations: ReadonlySet<string> = new Set([
  ...nonFinalAbbreviations,
  ...finalAbbreviations,
  ...numeralAbbreviations,
  ...stateAbbreviations,
])

/** Letters, digits and combining marks: ASCII alphanumerics, and anything from Latin-1 letters up that is not punctuation, a symbol block or a surrogate. */
function isWordCodeRule(c: number): boolean {
  if (c < 0xc0)
    return (
      (c >= 0x61 && c <= 0x7a) ||
      (c >= 0x41 && c <= 0x5a) ||
      (c >= 0x30 && c <= 0x39) ||
      c === 0xaa ||
      c === 0xb5 ||
      c === 0xba
    )
  return (
    c !== 0xd7 &&
    c !== 0xf7 &&
    !(c >= 0x2000 && c <= 0x2bff) &&
    !(c >= 0x3000 && c <= 0x303f) &&
    !(c >= 0xd800 && c <= 0xdfff) &&
    !(c >= 0xfe00 && c <= 0xfe6f) &&
    !(c >= 0xff00 && c <= 0xff0f)
  )
}

/** {@link isWordCodeRule} of every code unit, 1 for yes: a table lookup in the hot loops. Built once, never written after. */
const WORD_CODE_TABLE: Uint8Array = Uint8Array.from({ length: 0x10000 }, (_, c) =>
  isWordCodeRule(c) ? 1 : 0,
)

/** Whether code unit `c` is a word character ({@link isWordCodeRule}; like it, `NaN`, read past the end, counts as one). */
function isWordCode(c: number): boolean {
  return (WORD_CODE_TABLE[c] ?? 1) === 1
}

/** Characters that may join two parts of one word: apostrophes, hyphen, dot, ampersand. */
function isJoiner(c: number): boolean {
  return c === 0x2019 || c === 0x27 || c === 0x2d || c === 0x2e || c === 0x26
}

function isCapitalAt(text: string, i: number): boolean {
  const c = text.charCodeAt(i)
  if (c < 0xc0) return (c >= 0x41 && c <= 0x5a) || (c >= 0x30 && c <= 0x39)
  const ch = text[i]!
  return ch !== ch.toLowerCase()
}

/**
 * A hash of a lowercase ASCII word (FNV-1a over its code units, letters
 * folded to lowercase), or -1 when it holds a non-ASCII-letter; no string is
 * made, so a pass over a text can look words up without allocating.
 */
export function asciiWordHash(text: string, from: number, to: number): number {
  let h = 0x811c9dc5
  for (let i = from; i < to; i++) {
    let c = text.charCodeAt(i)
    if (c >= 0x41 && c <= 0x5a) c += 0x20
    else if (!(c >= 0x61 && c <= 0x7a)) return -1
    h = Math.imul(h ^ c, 0x01000193)
  }
  return h
}

/**
 * A set of {@link asciiWordHash} values, looked up without allocating (a
 * `Set<number>` boxes hashes beyond the small-integer range): open
 * addressing over typed arrays.
 */
export class WordHashSet {
  private readonly keys: Int32Array
  /** A value no word hashes to, filling the free slots: a probe reads one array. */
  private readonly empty: number
  private readonly mask: number

  /** The hashes of `words` (lowercase ASCII words). */
  constructor(words: Iterable<string>) {
    const hashes = [...words].map((w) => asciiWordHash(w, 0, w.length))
    let size = 16
    while (size < hashes.length * 4) size *= 2
    let empty = 0
    while (hashes.includes(empty)) empty++
    this.empty = empty
    this.keys = new Int32Array(size).fill(empty)
    this.mask = size - 1
    for (const h of hashes) {
      let k = h & this.mask
      while (this.keys[k] !== empty && this.keys[k] !== h) k = (k + 1) & this.mask
      this.keys[k] = h
    }
  }

  /** Whether hash `h` is in the set. The table is at most a quarter full: a probe ends at a free slot. */
  has(h: number): boolean {
    if (h === this.empty) return false
    let k = h & this.mask
    for (;;) {
      const key = this.keys[k]!
      if (key === h) return true
      if (key === this.empty) return false
      k = (k + 1) & this.mask
    }
  }
}

/**
 * Whether `text[from, to)` holds a word whose hash is in `hashes` (see
 * {@link asciiWordHash}): a cheap, allocation-free prefilter before
 * tokenizing a sentence.
 */
export function holdsWordHash(text: string, from: number, to: number, hashes: WordHashSet): boolean {
  return nextWordHash(text, from, to, hashes) !== -1
}

/** {@link WORD_CLASSES} of a code unit that is no word character. */
const NOT_WORD = 0
/** {@link WORD_CLASSES} of a word character that is no ASCII letter (a digit, a letter beyond ASCII). */
const OTHER_WORD = 1

/**
 * What a code unit is to {@link nextWordHash}: {@link NOT_WORD},
 * {@link OTHER_WORD}, or 2 for an ASCII letter (whose hash folds it to lower
 * case). One lookup answers both questions the scan asks of every code unit.
 * Built once, never written after.
 */
const WORD_CLASSES: Uint8Array = Uint8Array.from({ length: 0x10000 }, (_, c) =>
  WORD_CODE_TABLE[c] === 0 ? NOT_WORD : (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a) ? 2 : OTHER_WORD,
)

/**
 * Where the first word of `text[from, to)` whose hash is in `hashes` starts,
 * or -1. Words here are runs of word characters ({@link isWordCode}), read
 * from `from`. A word of ASCII letters is hashed as {@link asciiWordHash}
 * hashes it; any other is looked up as -1, read to its end unhashed.
 */
export function nextWordHash(text: string, from: number, to: number, hashes: WordHashSet): number {
  // Past the text's end a read gives NaN, which counts as a word character: a range running past it takes the long way.
  if (to > text.length) return nextWordHashPastEnd(text, from, to, hashes)
  // Whether a word that is not all ASCII letters is a hit: computed once, not per word.
  const otherHit = hashes.has(-1)
  let i = from
  while (i < to) {
    if (WORD_CLASSES[text.charCodeAt(i)] === NOT_WORD) {
      i++
      continue
    }
    let h = 0x811c9dc5
    let j = i
    let kind = NOT_WORD
    for (; j < to; j++) {
      const c = text.charCodeAt(j)
      kind = WORD_CLASSES[c]!
      if (kind !== 2) break
      // An ASCII letter: `| 0x20` lowercases it.
      h = Math.imul(h ^ (c | 0x20), 0x01000193)
    }
    if (j < to && kind === OTHER_WORD) {
      // Not all ASCII letters: read to the word's end.
      while (j < to && WORD_CLASSES[text.charCodeAt(j)] !== NOT_WORD) j++
      if (otherHit) return i
    } else if (hashes.has(h)) return i
    i = j
  }
  return -1
}

/** {@link nextWordHash} for a range that runs past the text's end: code unit by code unit, NaN as a word character. */
function nextWordHashPastEnd(text: string, from: number, to: number, hashes: WordHashSet): number {
  let i = from
  while (i < to) {
    if (!isWordCode(text.charCodeAt(i))) {
      i++
      continue
    }
    // The word's end and its asciiWordHash, in one pass.
    let h = 0x811c9dc5
    let ascii = true
    let j = i
    for (; j < to; j++) {
      let c = text.charCodeAt(j)
      if (!isWordCode(c)) break
      if (c >= 0x41 && c <= 0x5a) c += 0x20
      else if (!(c >= 0x61 && c <= 0x7a)) ascii = false
      h = Math.imul(h ^ c, 0x01000193)
    }
    if (hashes.has(ascii ? h : -1)) return i
    i = j
  }
  return -1
}

/**
 * Whether no word ({@link nextWordHash}'s runs of word characters) crosses
 * position `i` of `text`: a scan of words from `i` meets the same words as
 * one from the text's start.
 */
export function isWordBoundary(text: string, i: number): boolean {
  return i <= 0 || i >= text.length || !isWordCode(text.charCodeAt(i - 1)) || !isWordCode(text.charCodeAt(i))
}

/** One-character strings of the ASCII code units, made once at load. */
const ASCII_CHARACTERS: readonly string[] = Array.from({ length: 0x80 }, (_, c) => String.fromCharCode(c))

/** The lowercase of each of {@link ASCII_CHARACTERS}. */
const ASCII_LOWER: readonly string[] = ASCII_CHARACTERS.map((ch) => ch.toLowerCase())

/** {@link WORD_FOLDS} bit of a word character ({@link isWordCode}). */
const WORD_BIT = 1
/** {@link WORD_FOLDS} bit of a code unit lowercasing may change: an ASCII capital, or any code unit beyond ASCII. */
const FOLD_BIT = 2

/**
 * {@link WORD_BIT} and {@link FOLD_BIT} of every code unit: one lookup tells
 * {@link pushWord} whether a word goes on and whether it may need
 * lowercasing (a word of ASCII lowercase letters, digits and joiners is its
 * own lowercase). Built once by plain loops (no call per code unit), never
 * written after.
 */
const WORD_FOLDS: Uint8Array = foldTable()

/** {@link WORD_CODE_TABLE} with {@link FOLD_BIT} added where it applies. */
function foldTable(): Uint8Array {
  const table = WORD_CODE_TABLE.slice()
  for (let c = 0x41; c <= 0x5a; c++) table[c]! |= FOLD_BIT
  for (let c = 0x80; c < table.length; c++) table[c]! |= FOLD_BIT
  return table
}

/**
 * `text.slice(from, to).toLowerCase()`; `folds` says whether any code unit
 * of it may change when lowercased (else the slice is its own lowercase). A
 * fresh short string per word: the young generation takes it cheaply, while
 * a table of shared words costs cache misses on every word of a text read
 * once.
 */
function lowerWord(text: string, from: number, to: number, folds: boolean): string {
  if (to - from === 1) {
    // One ASCII code unit ("a", "I", "3"): its lowercase string from a table.
    const c = text.charCodeAt(from)
    if (c < 0x80) return ASCII_LOWER[c]!
  }
  return folds ? text.slice(from, to).toLowerCase() : text.slice(from, to)
}

/** The first code unit of {@link PUNCTUATION_CHARACTERS}. */
const PUNCTUATION_FROM = 0x2000

/**
 * One-character strings of the General Punctuation block (U+2000–U+206F:
 * curly quotes, dashes, the ellipsis), made once at load: with
 * {@link ASCII_CHARACTERS}, most punctuation tokens take their string from
 * an array instead of a map.
 */
const PUNCTUATION_CHARACTERS: readonly string[] = Array.from({ length: 0x70 }, (_, k) =>
  String.fromCharCode(PUNCTUATION_FROM + k),
)

/**
 * The one-character string at `i` (a punctuation token): shared between
 * tokens for ASCII and General Punctuation (quote marks, dashes), a slice
 * for any other.
 */
function characterAt(text: string, i: number): string {
  const c = text.charCodeAt(i)
  if (c < 0x80) return ASCII_CHARACTERS[c]!
  // (No read below index 0: V8 looks a negative index up as a property name.)
  if (c >= PUNCTUATION_FROM) {
    const common = PUNCTUATION_CHARACTERS[c - PUNCTUATION_FROM]
    if (common !== undefined) return common
  }
  return text.slice(i, i + 1)
}

/** {@link START_CLASSES} of a space: skipped. */
const SPACE = 2
/** {@link START_CLASSES} of a word character: a word starts. */
const WORD = 1

/**
 * What a code unit starts, for {@link tokenize}: {@link SPACE} (white space,
 * see `isSpaceCode`; a few characters are both, and space wins), {@link WORD}
 * ({@link isWordCode}), else 0, a punctuation or symbol token. Built once,
 * never written after.
 */
const START_CLASSES: Uint8Array = Uint8Array.from({ length: 0x10000 }, (_, c) =>
  isSpaceCode(c) ? SPACE : WORD_CODE_TABLE[c]!,
)

/**
 * Tokenize `text[from, to)` in one pass over its code units. A word in the
 * abbreviation lexicon, an initial or a dotted word takes its final dot
 * ("Mr.", "H.", "U.S."); `@handles` and `#tags` are words. A word is cut at
 * `to`.
 */
export function tokenize(text: string, from = 0, to: number = text.length): Token[] {
  const tokens: Token[] = []
  let i = from
  while (i < to) {
    const c = text.charCodeAt(i)
    const kind = START_CLASSES[c]!
    if (kind === SPACE) {
      i++
      continue
    }
    if (kind === WORD) {
      i = pushWord(tokens, text, i, i, to)
      continue
    }
    if ((c === 0x40 || c === 0x23) && i + 1 < to && isWordCode(text.charCodeAt(i + 1))) {
      // A sigil: the word starts after it, the token at it.
      i = pushWord(tokens, text, i, i + 1, to)
      continue
    }
    const low = i + 1 < to ? text.charCodeAt(i + 1) : 0
    if (c >= 0xd800 && c <= 0xdbff && low >= 0xdc00 && low <= 0xdfff) {
      tokens.push({ start: i, end: i + 2, lower: text.slice(i, i + 2), word: false, capital: false })
      i += 2
    } else {
      tokens.push({ start: i, end: i + 1, lower: characterAt(text, i), word: false, capital: false })
      i++
    }
  }
  return tokens
}

/**
 * Push the word token at `at` (a sigil there when `start > at`), its word
 * characters from `start` on, joined by inner apostrophes, hyphens, dots and
 * ampersands, cut at `to`; return its end. One pass reads the word and
 * notes whether it needs lowercasing ({@link lowerWord}).
 */
function pushWord(tokens: Token[], text: string, at: number, start: number, to: number): number {
  // Past the text's end a read gives NaN: a word character (isWordCode), lowercased to be safe.
  let bits = 0
  let j = start
  for (;;) {
    for (; j < to; j++) {
      const k = WORD_FOLDS[text.charCodeAt(j)] ?? WORD_BIT | FOLD_BIT
      if ((k & WORD_BIT) === 0) break
      bits |= k
    }
    if (j >= to || j + 1 >= text.length) break
    // The joiners and sigils are ASCII punctuation: no lowercasing changes them.
    if (!isJoiner(text.charCodeAt(j)) || !isWordCode(text.charCodeAt(j + 1))) break
    j++
  }
  const lower = lowerWord(text, at, j, (bits & FOLD_BIT) !== 0)
  let end = j
  if (
    end < to &&
    text.charCodeAt(end) === 0x2e &&
    (lower.length === 1 || lower.includes('.') || abbreviations.has(lower))
  )
    end++
  tokens.push({
    start: at,
    end,
    lower,
    word: true,
    capital: text.charCodeAt(at) === 0x40 || isCapitalAt(text, start),
  })
  return end
}

/** Index of the first token that starts at or after `position` (binary search). */
export function tokenAt(tokens: readonly Token[], position: number): number {
  let lo = 0
  let hi = tokens.length
  while (lo < hi) {
    const mid = (lo + hi) >> 1
    if (tokens[mid]!.start < position) lo = mid + 1
    else hi = mid
  }
  return lo
}

/**
 * `tokenize(text, from, to)`, taken from `tokens`, the tokens of
 * `text[range.start, range.end)`, when that range holds the window and no
 * token of it crosses the window's ends: a slice, no code unit read again.
 * {@link tokenize} is a left-to-right scan that restarts at every token's
 * end and reads ahead only up to its limit, so a token lying wholly inside
 * the window is made alike from either start. Else the window is tokenized
 * afresh.
 */
export function tokenizeWithin(
  text: string,
  tokens: readonly Token[],
  range: { start: number; end: number },
  from: number,
  to: number,
): Token[] {
  if (from < range.start || to > range.end) return tokenize(text, from, to)
  const first = tokenAt(tokens, from)
  const after = tokenAt(tokens, to)
  if ((first > 0 && tokens[first - 1]!.end > from) || (after > first && tokens[after - 1]!.end > to))
    return tokenize(text, from, to)
  return tokens.slice(first, after)
}
