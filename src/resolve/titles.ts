/**
 * Titles before a name ("US Secretary of Defence, Mark Esper") and roles in
 * an apposition after it ("US Army General Mark Milley, chairman of the
 * military’s Joint Chiefs of Staff, said").
 *
 * @module
 */
import type { Range } from '../span.js'
import { headPart } from './phrases.js'
import {
  DETERMINERS,
  DOTTED_WORDS,
  MAX_TITLE_WORDS,
  TITLE_FIRST_WORDS,
  TITLE_LAST_WORDS,
  TITLE_PHRASES,
  TITLE_WORDS,
} from './vocabulary.js'
import { isCapitalised, type Word, wordsOf } from './words.js'

/** How far after a mention a role apposition may run, in characters. */
export const ROLE_WINDOW = 120

/** Whether some run of `words` is a title phrase ("brigadier general", "spokesman"). */
export function hasTitle(words: readonly Word[]): boolean {
  for (let i = 0; i < words.length; i++) {
    if (!TITLE_FIRST_WORDS.has(words[i]!.key)) continue
    let phrase = ''
    for (let j = i; j < words.length && j < i + MAX_TITLE_WORDS; j++) {
      phrase = phrase === '' ? (words[j]?.key ?? '') : `${phrase} ${words[j]?.key ?? ''}`
      if (TITLE_PHRASES.has(phrase)) return true
    }
  }
  return false
}

/** Whether `words` end with a title phrase ("the top US military officer", "Joint Chiefs chairman"). */
export function endsWithTitle(words: readonly Word[]): boolean {
  const last = words.at(-1)
  if (last === undefined || !TITLE_LAST_WORDS.has(last.key)) return false
  let phrase = ''
  for (let i = words.length - 1; i >= 0 && i >= words.length - MAX_TITLE_WORDS; i--) {
    phrase = phrase === '' ? (words[i]?.key ?? '') : `${words[i]?.key ?? ''} ${phrase}`
    if (TITLE_PHRASES.has(phrase)) return true
  }
  return false
}

/**
 * Whether a phrase describes a person by office: its head part ends with a
 * title ("chairman of the Joint Chiefs", "a Pentagon spokesman"), which
 * "President Trump said" does not.
 */
export function describesOffice(words: readonly Word[]): boolean {
  return endsWithTitle(headPart(words))
}

/**
 * Whether the character at `i` ends an apposition: a comma, semicolon,
 * bracket or line end, or a dot that does not close an initial or an
 * honorific ("a chief of staff to President Bill Clinton" must not stop at
 * "H." nor "Mr.").
 */
function endsApposition(input: string, i: number): boolean {
  const c = input.charCodeAt(i)
  if (c === 0x2c || c === 0x3b || c === 0x29 || c === 0x0a || c === 0x0d) return true
  if (c !== 0x2e) return false
  let from = i
  while (from > 0 && isAsciiLetter(input.charCodeAt(from - 1)) && i - from < MAX_ABBREVIATION) from--
  // One capital before the dot is an initial ("H.").
  if (i - from === 1 && isAsciiCapital(input.charCodeAt(from))) return false
  return !DOTTED_WORDS.has(input.slice(from, i).toLowerCase())
}

/** Whether a code unit is an ASCII capital letter. */
function isAsciiCapital(c: number): boolean {
  return c >= 0x41 && c <= 0x5a
}

/** Whether a code unit is an ASCII letter. */
function isAsciiLetter(c: number): boolean {
  return isAsciiCapital(c) || (c >= 0x61 && c <= 0x7a)
}

/** Longest word checked before a dot for an abbreviation. */
const MAX_ABBREVIATION = 6

/** Relative words that end a role: what follows is a clause ("…, the director, who said"). */
const CLAUSE_OPENERS: ReadonlySet<string> = new Set(['who', 'whom', 'whose', 'which', 'that', 'and', 'but'])

/** Characters that an apposition never holds: quote marks, dashes that open an aside, colons. */
function breaksApposition(c: number): boolean {
  return (
    c === 0x201c || c === 0x201d || c === 0x22 || c === 0x3a || c === 0x2014 || c === 0x28 || c === 0x2018
  )
}

/**
 * The role in an apposition right after a mention ending at `end`:
 * ", chairman of the military’s Joint Chiefs of Staff, said" gives
 * "chairman of the military’s Joint Chiefs of Staff" (seed article);
 * ", commanding general of Task Force Iraq." gives "commanding general of
 * Task Force Iraq". The phrase must describe an office (its head part ends
 * with a title) and end within {@link ROLE_WINDOW} characters.
 */
export function roleAfter(input: string, end: number): Range | null {
  if (input.charAt(end) !== ',' || input.charAt(end + 1) !== ' ') return null
  const start = end + 2
  const limit = Math.min(input.length, start + ROLE_WINDOW)
  let stop = -1
  for (let i = start; i < limit; i++) {
    if (breaksApposition(input.charCodeAt(i))) return null
    if (endsApposition(input, i)) {
      stop = i
      break
    }
  }
  if (stop === -1) {
    if (limit !== input.length) return null
    stop = limit
  }
  const all = wordsOf(input, start, stop, DOTTED_WORDS)
  const clause = all.findIndex((w, i) => i > 0 && w.text === w.key && CLAUSE_OPENERS.has(w.key))
  const words = clause === -1 ? all : all.slice(0, clause)
  const first = words[0]
  const last = words.at(-1)
  if (!first || !last || first.start !== start || !opensRole(first)) return null
  const body = DETERMINERS.has(first.key) && first.text === first.key ? words.slice(1) : words
  return describesOffice(body) ? { start, end: last.end } : null
}

/** Whether a word can open a role: a determiner, a title word or a capitalised word (not "succeeded"). */
function opensRole(word: Word): boolean {
  return DETERMINERS.has(word.key) || TITLE_WORDS.has(word.key) || isCapitalised(word)
}
