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
  /** The class bits that the {@link KeyTable} the word was read with gives `key`; 0 without a table. */
  classes: number
  /**
   * Whether `text` starts with an uppercase letter ("Esper", "US", "H."): set where the word is read,
   * so that the many tests of it do not read `text` (whose string representations vary).
   */
  capital: boolean
  /** Whether `text` holds an ASCII digit (what `/\d/` finds): set where the word is read, as `capital` is. */
  digit: boolean
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
  return word.capital
}

/** Whether the character at `i` of `text` is an uppercase letter: what {@link Word.capital} holds. */
function isUpperAt(text: string, i: number): boolean {
  const c = text.charCodeAt(i)
  if (c < 0x80) return c >= 0x41 && c <= 0x5a
  return UPPER.test(text.charAt(i))
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

/**
 * Word lists by key, for a scan ({@link nextWord}): each key with its class
 * bits (which lists hold it; the caller defines the bits). The keys of the
 * letters a-z only are also found by their {@link lowercaseHash} in an
 * open-addressing table, so that a word of ASCII letters is looked up where
 * it stands in the text, without slicing or lowercasing it, and takes the
 * table's own key string (whose hash is computed once: later set lookups
 * with it are cheap).
 */
export interface KeyTable {
  /** Class bits by key, every key: for the words read the general way. */
  readonly byKey: ReadonlyMap<string, number>
  /** The keys of the letters a-z only, and their class bits at the same index. */
  readonly keys: readonly string[]
  readonly classes: readonly number[]
  /**
   * Aligned with `keys`: each key with its first letter in capitals ("The" of "the"), the text of a
   * plain capitalised word of that key, so that the scan need not slice it out of the text.
   */
  readonly capitalised: readonly string[]
  /** From slot `hash & mask` on (linear probing): 1 + an index into `keys`, or 0 for an empty slot. */
  readonly slots: Int32Array
  /**
   * The same for the keys with a kept bit only: a plain lowercase word is looked up here, so that the
   * many function words that other lists hold ("and", "said") meet an empty slot, not a comparison.
   */
  readonly keptSlots: Int32Array
  readonly mask: number
  /** The bits that keep a word of the letters a-z only: one whose key has none of them is skipped. */
  readonly kept: number
  /** The words that keep a trailing dot ({@link wordsOf}'s `extraDotted`) that the table was made with. */
  readonly dotted: ReadonlySet<string>
  /** Aligned with `keys`: 1 where the key is in `dotted`. */
  readonly dottedKeys: Uint8Array
}

/**
 * Class bits by key: each key of each set with the union of the bits of the
 * sets that hold it (the `byKey` of a {@link KeyTable}, or a lookup map of
 * one's own).
 */
export function keyClasses(sets: ReadonlyArray<readonly [ReadonlySet<string>, number]>): Map<string, number> {
  const classes = new Map<string, number>()
  for (const [set, bit] of sets) for (const key of set) classes.set(key, (classes.get(key) ?? 0) | bit)
  return classes
}

/**
 * The {@link KeyTable} of `byKey` (class bits by key); a word of the
 * letters a-z only is read only when its key has one of the `kept` bits.
 * `dotted`: the `extraDotted` words of the reads the table serves (their
 * keys are in the table too, with the classes `byKey` gives them, or none).
 */
export function keyTable(
  byKey: ReadonlyMap<string, number>,
  kept: number,
  dotted: ReadonlySet<string>,
): KeyTable {
  const keys: string[] = []
  const classes: number[] = []
  for (const key of new Set([...byKey.keys(), ...dotted])) {
    if (key.length > 0 && lowercaseHash(key, 0, key.length) !== -1) {
      keys.push(key)
      classes.push(byKey.get(key) ?? 0)
    }
  }
  // At most a quarter of the slots are filled: a missing word (most words) meets an empty slot at once.
  let size = 16
  while (size < keys.length * 4) size *= 2
  const slots = new Int32Array(size)
  const keptSlots = new Int32Array(size)
  const mask = size - 1
  keys.forEach((key, k) => {
    const hash = lowercaseHash(key, 0, key.length)
    place(slots, mask, hash, k)
    if ((classes[k]! & kept) !== 0) place(keptSlots, mask, hash, k)
  })
  const dottedKeys = Uint8Array.from(keys, (key) => (dotted.has(key) ? 1 : 0))
  const capitalised = keys.map((key) => key.charAt(0).toUpperCase() + key.slice(1))
  return { byKey, keys, classes, capitalised, slots, keptSlots, mask, kept, dotted, dottedKeys }
}

/** Put key index `k` in the first empty slot from `hash & mask` on. */
function place(slots: Int32Array, mask: number, hash: number, k: number): void {
  let slot = hash & mask
  while (slots[slot] !== 0) slot = (slot + 1) & mask
  slots[slot] = k + 1
}

/**
 * The index in `table.keys` of the key that `text[start, end)` spells in
 * any case (ASCII letters only; `hash` is the {@link lowercaseHash} of its
 * lowercase form), or -1; among the keys of `slots` (the table's `slots`
 * or `keptSlots`).
 */
function findKey(
  table: KeyTable,
  slots: Int32Array,
  text: string,
  start: number,
  end: number,
  hash: number,
): number {
  const { mask, keys } = table
  // The table is never full (see keyTable): the probe ends at an empty slot.
  for (let slot = hash & mask; ; slot = (slot + 1) & mask) {
    const k = slots[slot]! - 1
    if (k === -1) return -1
    if (spells(keys[k]!, text, start, end)) return k
  }
}

/** Whether the ASCII letters `text[start, end)`, lowercased, are `key`. */
function spells(key: string, text: string, start: number, end: number): boolean {
  if (key.length !== end - start) return false
  // Setting bit 0x20 lowercases an ASCII letter (and keeps a lowercase one).
  for (let i = 0; i < key.length; i++)
    if ((text.charCodeAt(start + i) | 0x20) !== key.charCodeAt(i)) return false
  return true
}

/**
 * Whether a scan with `table` reads the word `text[start, end)`: any word
 * not of the letters a-z only, and such a word when its key has a kept bit.
 */
function keeps(table: KeyTable, text: string, start: number, end: number): boolean {
  const hash = lowercaseHash(text, start, end)
  if (hash === -1) return true
  return findKey(table, table.keptSlots, text, start, end, hash) !== -1
}

/**
 * The class bits of `key` in `table`; 0 without a table. A key of the
 * letters a-z only is looked up in the table's slots (no string hash, and
 * the slots are at hand: the scan reads them for most words).
 */
function classesOf(table: KeyTable | null, key: string): number {
  if (table === null) return 0
  const hash = lowercaseHash(key, 0, key.length)
  if (hash === -1) return table.byKey.get(key) ?? 0
  const k = findKey(table, table.slots, key, 0, key.length, hash)
  return k === -1 ? 0 : table.classes[k]!
}

/**
 * The words of `text[from, to)`, offsets relative to `text`. A possessive
 * "’s" or "'s" is left out of the word; a trailing dot is kept only on
 * initials and dotted abbreviations (`extraDotted` names more words that keep
 * theirs, such as honorifics: "Mr.", "Gen."). With a `table`, a word of
 * the letters a-z only is left out unless its key has one of the table's
 * kept bits, and every word carries its key's class bits.
 */
export function wordsOf(
  text: string,
  from = 0,
  to: number = text.length,
  extraDotted: ReadonlySet<string> = NO_WORDS,
  table: KeyTable | null = null,
): Word[] {
  const out: Word[] = []
  const cursor: WordCursor = { at: from }
  let word = nextWord(text, cursor, to, extraDotted, table)
  while (word !== null) {
    out.push(word)
    word = nextWord(text, cursor, to, extraDotted, table)
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
 * pass that also computes its {@link lowercaseHash}, so that with a `table`
 * it is looked up (and mostly skipped) without slicing it out; so is a
 * capital followed by such letters (a plain capitalised word), whose key is
 * the table's string when the table holds it; with a table, also such a
 * word before a final dot. Any other word goes the general way
 * ({@link readWord}).
 */
export function nextWord(
  text: string,
  cursor: WordCursor,
  to: number,
  extraDotted: ReadonlySet<string>,
  table: KeyTable | null,
): Word | null {
  let i = cursor.at
  while (i < to) {
    const c = text.charCodeAt(i)
    const upper = isUpperAscii(c)
    if (upper || isLowerAscii(c)) {
      // The run of letters from here (a-z after the first), and the hash of its lowercase form.
      let hash = upper ? c + 0x20 : c
      let j = i + 1
      let d = j < to ? text.charCodeAt(j) : -1
      while (isLowerAscii(d)) {
        hash = (Math.imul(hash, 31) + d) & 0x3fffffff
        j++
        d = j < to ? text.charCodeAt(j) : -1
      }
      // A plain word: no dot or joiner after it; or, read with a table made for these dotted words, a dot
      // that ends it (not one inside an abbreviation: "U.S").
      const plain =
        d === 0x20 ||
        d === -1 ||
        (d !== 0x2e
          ? !goesOn(text, j, to)
          : table !== null && table.dotted === extraDotted && !(j + 1 < to && isWordChar(text, j + 1)))
      if (plain) {
        // (A lowercase word without a dot is only read when kept: it is looked up among the kept keys.)
        const k =
          table === null
            ? -1
            : findKey(table, upper || d === 0x2e ? table.slots : table.keptSlots, text, i, j, hash)
        if (d === 0x2e && (j - i === 1 || (k !== -1 && table!.dottedKeys[k] === 1))) {
          // An initial or a listed abbreviation takes its dot ("H.", "Gen.").
          cursor.at = j + 1
          const key = k !== -1 ? table!.keys[k]! : text.slice(i, j).toLowerCase()
          return {
            start: i,
            end: j + 1,
            text: text.slice(i, j + 1),
            key,
            classes: k !== -1 ? table!.classes[k]! : 0,
            capital: upper,
            digit: false,
          }
        }
        // A lowercase word is skipped unless the table keeps it.
        if (!upper && table !== null && (k === -1 || (table.classes[k]! & table.kept) === 0)) {
          i = j
          continue
        }
        cursor.at = j
        if (k !== -1) {
          const key = table!.keys[k]!
          return {
            start: i,
            end: j,
            // (A word here is a capital or lowercase letter and lowercase letters: it is spelt as the key or its
            // capitalised form.)
            text: upper ? table!.capitalised[k]! : key,
            key,
            classes: table!.classes[k]!,
            capital: upper,
            digit: false,
          }
        }
        const written = text.slice(i, j)
        return {
          start: i,
          end: j,
          text: written,
          key: upper ? capitalisedKey(text, i, j, written) : written,
          classes: 0,
          capital: upper,
          digit: false,
        }
      }
    } else if (c === 0x20 || !isWordChar(text, i)) {
      // (A space, the most common character between words, skips the table lookup.)
      i++
      continue
    }
    const word = readWord(text, i, to, extraDotted, table, cursor)
    if (word !== null) return word
    i = cursor.at
  }
  cursor.at = i
  return null
}

/** The lowercase string of each ASCII capital, by code unit minus 0x41. */
const CAPITAL_LOWER: readonly string[] = Array.from({ length: 26 }, (_, k) => String.fromCharCode(0x61 + k))

/** Longest word whose key {@link capitalisedKey} puts together: V8 makes a shorter concatenation one flat string at once. */
const MAX_JOINED_KEY = 12

/**
 * The key of `written`, the word `text[i, j)` of an ASCII capital and
 * lowercase ASCII letters ("Esper"): its first letter lowercased and the
 * rest. (`toLowerCase` would call into V8's runtime for a word of a
 * two-byte text, any text with a curly quote.)
 */
function capitalisedKey(text: string, i: number, j: number, written: string): string {
  if (j - i > MAX_JOINED_KEY) return written.toLowerCase()
  return CAPITAL_LOWER[text.charCodeAt(i) - 0x41]! + text.slice(i + 1, j)
}

/** Whether the word whose letters run up to `j` goes on there: a letter or digit, or a joiner before one. */
function goesOn(text: string, j: number, to: number): boolean {
  return (
    j < to && (isWordChar(text, j) || (isJoiner(text.charCodeAt(j)) && j + 1 < to && isWordChar(text, j + 1)))
  )
}

/**
 * The word of {@link nextWord} that starts at `i`, read the general way, or
 * `null` when the `table` leaves it out; sets `cursor.at` past it either way.
 */
function readWord(
  text: string,
  i: number,
  to: number,
  extraDotted: ReadonlySet<string>,
  table: KeyTable | null,
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
      return {
        start,
        end: j + 1,
        text: written.text,
        key: written.key,
        classes: classesOf(table, written.key),
        capital: false,
        digit: false,
      }
    }
    cursor.at = j
    if (table !== null && !keeps(table, text, start, j)) return null
    const written = text.slice(start, j)
    return {
      start,
      end: j,
      text: written,
      key: written,
      classes: classesOf(table, written),
      capital: false,
      digit: false,
    }
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
  if (table !== null && !keeps(table, text, start, end)) return null
  const written = undotted ?? fresh(text, start, end)
  return {
    start,
    end,
    text: written.text,
    key: written.key,
    classes: classesOf(table, written.key),
    capital: isUpperAt(text, start),
    digit: hasDigitIn(text, start, end),
  }
}

/** Whether `text[start, end)` holds an ASCII digit. */
function hasDigitIn(text: string, start: number, end: number): boolean {
  for (let i = start; i < end; i++) {
    const c = text.charCodeAt(i)
    if (c >= 0x30 && c <= 0x39) return true
  }
  return false
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
