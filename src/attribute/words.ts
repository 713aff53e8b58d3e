/**
 * Word tokens of a block's text, built once per block and shared by the cue
 * and speaker finders: words (letters and digits with inner apostrophes,
 * hyphens, dots and ampersands: "Iraq’s", "United States-led", "U.S.",
 * "AT&T"; handles and hashtags keep their `@`/`#`), and single punctuation
 * characters.
 *
 * @module
 */
import { finalAbbreviations, nonFinalAbbreviations } from '../lexicon/abbreviations.js'

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

/**
 * Words with inner apostrophes, hyphens, dots and ampersands, or any other
 * single non-space character. The separator class is disjoint from the word
 * class, so matching is linear.
 */
const TOKEN = /[@#]?[\p{L}\p{N}\p{M}]+(?:[’'\-.&][\p{L}\p{N}\p{M}]+)*|\S/gu

/** Whether a token is a word: it starts with a letter or digit, after an optional `@`/`#`. */
const WORD_START = /^[@#]?[\p{L}\p{N}]/u

const abbreviations: ReadonlySet<string> = new Set([...nonFinalAbbreviations, ...finalAbbreviations])

function isCapital(text: string, i: number): boolean {
  const c = text.charCodeAt(i)
  if (c === 0x40 || (c >= 0x30 && c <= 0x39)) return true
  const ch = text[i] ?? ''
  return ch !== ch.toLowerCase()
}

/** Tokenize `text` in one pass. A word in the abbreviation lexicon, an initial or a dotted word takes its final dot ("Mr.", "H.", "U.S."). */
export function tokenize(text: string): Token[] {
  const tokens: Token[] = []
  TOKEN.lastIndex = 0
  for (let m = TOKEN.exec(text); m !== null; m = TOKEN.exec(text)) {
    const start = m.index
    let end = start + m[0].length
    const first = m[0].charCodeAt(0)
    const word = WORD_START.test(m[0])
    let lower = m[0].toLowerCase()
    if (word && text.charCodeAt(end) === 0x2e) {
      if (abbreviations.has(lower) || (lower.length === 1 && first !== 0x40) || lower.includes('.')) {
        end++
        TOKEN.lastIndex = end
      }
    }
    if (word && lower.endsWith('.')) lower = lower.slice(0, -1)
    tokens.push({
      start,
      end,
      lower,
      word,
      capital: word && isCapital(text, first === 0x23 ? start + 1 : start),
    })
  }
  return tokens
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
