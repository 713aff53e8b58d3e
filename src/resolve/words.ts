/**
 * Words of a mention or a paragraph, with offsets: the unit every resolver
 * rule reads. One linear scan; no regular expression over the whole text.
 *
 * @module
 */
import type { Range } from '../span.js'

/** A word: letters and digits, with inner apostrophes, hyphens and dots ("O’Brien", "U.S.", "H."). */
export interface Word extends Range {
  /** The word as written (a possessive "’s" and a sentence-final dot excluded). */
  text: string
  /** `text` in lowercase, without dots: the lookup key ("us" for "U.S."). */
  key: string
}

const LETTER_OR_DIGIT = /[\p{L}\p{M}\p{N}]/u
const UPPER = /\p{Lu}/u

/**
 * Whether each code unit is a letter, mark or digit: 0 not yet known, 1 no,
 * 2 yes. Filled as code units are met, so the regular expression runs once
 * per distinct code unit ("’", "“" and "—" are met all the time).
 */
const WORD_CODES = new Uint8Array(0x10000)

for (let c = 0; c < 0x80; c++) {
  const word = (c >= 0x30 && c <= 0x39) || (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a)
  WORD_CODES[c] = word ? 2 : 1
}

/** Whether the character at `i` of `text` is a letter, mark or digit (none past the end). */
function isWordChar(text: string, i: number): boolean {
  if (i >= text.length) return false
  const c = text.charCodeAt(i)
  let known = WORD_CODES[c]!
  if (known === 0) {
    known = LETTER_OR_DIGIT.test(text.charAt(i)) ? 2 : 1
    WORD_CODES[c] = known
  }
  return known === 2
}

/** Characters that join two word parts: apostrophes, hyphens, dots ("O’Brien", "vice-presidential", "U.S"). */
function isJoiner(c: number): boolean {
  return c === 0x27 || c === 0x2019 || c === 0x2d || c === 0x2010 || c === 0x2e
}

/** The lookup key of a word as written: lowercase, dots removed. */
export function wordKey(text: string): string {
  const lower = text.toLowerCase()
  return lower.includes('.') ? lower.replaceAll('.', '') : lower
}

/**
 * {@link wordKey} of `written` (which is `text[start, end)`), without
 * allocating for the common ASCII words: a word with no uppercase letter and
 * no dot is its own key, one with only ASCII letters needs only lowercasing.
 */
function keyOfWritten(text: string, start: number, end: number, written: string): string {
  let upper = false
  for (let i = start; i < end; i++) {
    const c = text.charCodeAt(i)
    if (c >= 0x80 || c === 0x2e) return wordKey(written)
    if (c >= 0x41 && c <= 0x5a) upper = true
  }
  return upper ? written.toLowerCase() : written
}

/** Whether a word starts with an uppercase letter ("Esper", "US", "H."). */
export function isCapitalised(word: Word): boolean {
  const c = word.text.charCodeAt(0)
  if (c < 0x80) return c >= 0x41 && c <= 0x5a
  return UPPER.test(word.text.charAt(0))
}

/** Whether `text[end-2, end)` is a possessive "'s" or "’s". */
function endsWithPossessive(text: string, start: number, end: number): boolean {
  if (end - start <= 2) return false
  const s = text.charCodeAt(end - 1)
  const mark = text.charCodeAt(end - 2)
  return (s === 0x73 || s === 0x53) && (mark === 0x27 || mark === 0x2019)
}

/** The empty set of extra dotted words. */
const NO_WORDS: ReadonlySet<string> = new Set()

/** Whether the word `text[start, end)` is an initial ("H.", "J") or an abbreviation with inner dots ("U.S."). */
function keepsDot(text: string, start: number, end: number): boolean {
  if (end - start === 1) return true
  for (let i = start; i < end; i++) if (text.charCodeAt(i) === 0x2e) return true
  return false
}

/** A word as written and its key. */
interface Spelling {
  text: string
  key: string
}

/** The word `text[start, end)` and its {@link wordKey}. */
function fresh(text: string, start: number, end: number): Spelling {
  const written = text.slice(start, end)
  return { text: written, key: keyOfWritten(text, start, end, written) }
}

/**
 * A hash of `text[start, end)` when it holds only the letters a-z (then it
 * is its own key), else -1: lets a scan skip plain lowercase words that no
 * word list holds without slicing them out. Always a small integer.
 */
export function lowercaseHash(text: string, start: number, end: number): number {
  let hash = 0
  for (let i = start; i < end; i++) {
    const c = text.charCodeAt(i)
    if (c < 0x61 || c > 0x7a) return -1
    hash = (Math.imul(hash, 31) + c) & 0x3fffffff
  }
  return hash
}

/** Membership of {@link lowercaseHash} values: a `ReadonlySet<number>` fits. */
export interface HashLookup {
  has(hash: number): boolean
}

/** Bits of the filter of a {@link LowercaseHashes} (a power of two): 8 KB. */
const FILTER_BITS = 1 << 16

/**
 * A set of {@link lowercaseHash}es with a bit filter in front: most words of
 * a text are in no word list, and one bit test turns them away without the
 * hash table lookup.
 */
class LowercaseHashes implements HashLookup {
  private readonly filter = new Uint8Array(FILTER_BITS >> 3)
  private readonly hashes = new Set<number>()

  constructor(hashes: Iterable<number>) {
    for (const hash of hashes) {
      this.hashes.add(hash)
      const bit = hash & (FILTER_BITS - 1)
      this.filter[bit >> 3]! |= 1 << (bit & 7)
    }
  }

  has(hash: number): boolean {
    const bit = hash & (FILTER_BITS - 1)
    return (this.filter[bit >> 3]! & (1 << (bit & 7))) !== 0 && this.hashes.has(hash)
  }
}

/** The {@link lowercaseHash}es of the plain lowercase words among `words`, for `wordsOf`'s `keepLowercase`. */
export function lowercaseHashes(words: Iterable<string>): HashLookup {
  const hashes: number[] = []
  for (const word of words) {
    const hash = lowercaseHash(word, 0, word.length)
    if (hash !== -1) hashes.push(hash)
  }
  return new LowercaseHashes(hashes)
}

/**
 * The words of `text[from, to)`, offsets relative to `text`. A possessive
 * "’s" or "'s" is left out of the word; a trailing dot is kept only on
 * initials and dotted abbreviations (`extraDotted` names more words that keep
 * theirs, such as honorifics: "Mr.", "Gen."). With `keepLowercase`, a word of
 * the letters a-z only is left out unless its {@link lowercaseHash} is in
 * the set (a word list holds it, or one that hashes alike).
 */
export function wordsOf(
  text: string,
  from = 0,
  to: number = text.length,
  extraDotted: ReadonlySet<string> = NO_WORDS,
  keepLowercase: HashLookup | null = null,
): Word[] {
  const out: Word[] = []
  const cursor: WordCursor = { at: from }
  let word = nextWord(text, cursor, to, extraDotted, keepLowercase)
  while (word !== null) {
    out.push(word)
    word = nextWord(text, cursor, to, extraDotted, keepLowercase)
  }
  return out
}

/** Whether a code unit is an ASCII lowercase letter. */
function isLowerAscii(c: number): boolean {
  return c >= 0x61 && c <= 0x7a
}

/** Whether a code unit is an ASCII capital letter. */
function isUpperAscii(c: number): boolean {
  return c >= 0x41 && c <= 0x5a
}

/**
 * Where the word that starts at `start` ends (its letters, digits and inner
 * joiners), not past `to`.
 */
function wordEnd(text: string, start: number, to: number): number {
  let i = start + 1
  while (i < to) {
    if (isWordChar(text, i)) i++
    else if (isJoiner(text.charCodeAt(i)) && i + 1 < to && isWordChar(text, i + 1)) i += 2
    else break
  }
  return i
}

/** Where a word scan stands: the offset from which {@link nextWord} looks for the next word. */
export interface WordCursor {
  at: number
}

/**
 * The next word of {@link wordsOf} at or after `cursor.at` and before `to`,
 * or `null` when there is none; moves the cursor past it. (A loop over this
 * call reads the words without a callback, so the hot loops of the scans
 * stay monomorphic.)
 *
 * A word of the letters a-z only (most words of news text) is read in one
 * pass that also computes its {@link lowercaseHash}, so that with
 * `keepLowercase` it is skipped without slicing it out; so is a capital
 * followed by such letters (a plain capitalised word) read in one pass; any
 * other word goes the general way ({@link readWord}). This function is kept small so that
 * the compiler can inline it into the loops that call it.
 */
export function nextWord(
  text: string,
  cursor: WordCursor,
  to: number,
  extraDotted: ReadonlySet<string>,
  keepLowercase: HashLookup | null,
): Word | null {
  let i = cursor.at
  while (i < to) {
    const c = text.charCodeAt(i)
    if (isLowerAscii(c)) {
      // The run of a-z letters from here, and its hash.
      let hash = c
      let j = i + 1
      let d = j < to ? text.charCodeAt(j) : -1
      while (isLowerAscii(d)) {
        hash = (Math.imul(hash, 31) + d) & 0x3fffffff
        j++
        d = j < to ? text.charCodeAt(j) : -1
      }
      // A plain lowercase word (no dot or joiner after it): skipped unless a list keeps it.
      if (d !== 0x2e && !goesOn(text, j, to)) {
        if (keepLowercase !== null && !keepLowercase.has(hash)) {
          i = j
          continue
        }
        const written = text.slice(i, j)
        cursor.at = j
        return { start: i, end: j, text: written, key: written }
      }
    } else if (isUpperAscii(c)) {
      // A capital and a-z letters, then no dot, letter or joiner: its key is its lowercase form.
      let j = i + 1
      while (j < to && isLowerAscii(text.charCodeAt(j))) j++
      if (j >= to || (text.charCodeAt(j) !== 0x2e && !goesOn(text, j, to))) {
        const written = text.slice(i, j)
        cursor.at = j
        return { start: i, end: j, text: written, key: written.toLowerCase() }
      }
    } else if (!isWordChar(text, i)) {
      i++
      continue
    }
    const word = readWord(text, i, to, extraDotted, keepLowercase, cursor)
    if (word !== null) return word
    i = cursor.at
  }
  cursor.at = i
  return null
}

/** Whether the word whose letters run up to `j` goes on there: a letter or digit, or a joiner before one. */
function goesOn(text: string, j: number, to: number): boolean {
  return (
    j < to && (isWordChar(text, j) || (isJoiner(text.charCodeAt(j)) && j + 1 < to && isWordChar(text, j + 1)))
  )
}

/**
 * The word of {@link nextWord} that starts at `i`, read the general way, or
 * `null` when `keepLowercase` leaves it out; sets `cursor.at` past it either way.
 */
function readWord(
  text: string,
  i: number,
  to: number,
  extraDotted: ReadonlySet<string>,
  keepLowercase: HashLookup | null,
  cursor: WordCursor,
): Word | null {
  const start = i
  let j = i
  while (j < to && isLowerAscii(text.charCodeAt(j))) j++
  if (j > start && !goesOn(text, j, to)) {
    // A word of the letters a-z only.
    if (j < to && text.charCodeAt(j) === 0x2e && (j - start === 1 || extraDotted.has(text.slice(start, j)))) {
      // An initial or a listed abbreviation takes its dot: not a plain lowercase word any more.
      const written = fresh(text, start, j + 1)
      cursor.at = j + 1
      return { start, end: j + 1, text: written.text, key: written.key }
    }
    cursor.at = j
    if (keepLowercase !== null && !keepLowercase.has(lowercaseHash(text, start, j))) return null
    const written = text.slice(start, j)
    return { start, end: j, text: written, key: written }
  }
  const stop = wordEnd(text, start, to)
  let end = stop
  if (endsWithPossessive(text, start, end)) end -= 2
  // The spelling of the word without its dot, when the dot test needed it (kept if the dot is not taken).
  let undotted: Spelling | null = null
  if (end < to && text.charCodeAt(end) === 0x2e && !keepsDot(text, start, end)) {
    undotted = fresh(text, start, end)
    if (extraDotted.has(undotted.key)) {
      end++
      undotted = null
    }
  } else if (end < to && text.charCodeAt(end) === 0x2e) end++
  cursor.at = Math.max(stop, end)
  if (keepLowercase !== null) {
    const hash = lowercaseHash(text, start, end)
    if (hash !== -1 && !keepLowercase.has(hash)) return null
  }
  const written = undotted ?? fresh(text, start, end)
  return { start, end, text: written.text, key: written.key }
}

/** Longest gap between two adjacent words: a space or two, and Markdown emphasis marks ("Mr. *Obama*"). */
const MAX_GAP = 5

/** Whether only spaces (and Markdown emphasis marks) separate two words: no comma, dash, bracket or line break. */
export function adjacent(text: string, a: Word, b: Word): boolean {
  if (b.start - a.end > MAX_GAP) return false
  for (let i = a.end; i < b.start; i++) {
    const c = text.charCodeAt(i)
    if (c !== 0x20 && c !== 0xa0 && c !== 0x09 && c !== 0x2a && c !== 0x5f) return false
  }
  return b.start > a.end
}

/** White space, shared with the other stages. */
export { isSpaceCode } from '../segment/chars.js'
