/**
 * Parts of a noun phrase: its determiner and its head part.
 *
 * @module
 */
import { DETERMINERS, HEAD_PREPOSITIONS } from './vocabulary.js'
import type { Word } from './words.js'

/**
 * The determiner that opens a phrase ("the", "a"), or `null`: a phrase of
 * one word has none (that word is its body). The phrase's body is the words
 * after it.
 */
export function determinerOf(words: readonly Word[]): Word | null {
  // (The length first: most phrases read are one word, and then no set is asked.)
  if (words.length < 2) return null
  const first = words[0]!
  return DETERMINERS.has(first.key) ? first : null
}

/** The words of a phrase after its {@link determinerOf} (`words` itself when it has none). */
export function bodyOf(words: readonly Word[], determiner: Word | null): readonly Word[] {
  return determiner === null ? words : words.slice(1)
}

/**
 * The head part of a phrase: its words up to the first lowercase preposition
 * after the first word ("chairman" of "chairman of the Joint Chiefs of
 * Staff"; "The Roper Center" of "The Roper Center for Public Opinion
 * Research").
 */
export function headPart(words: readonly Word[]): readonly Word[] {
  for (let i = 1; i < words.length; i++) {
    const w = words[i]
    if (w && w.text === w.key && HEAD_PREPOSITIONS.has(w.key)) return words.slice(0, i)
  }
  return words
}

/** The lowercase word keys of a phrase, joined by spaces ("new york post"): `words.map((w) => w.key).join(' ')`. */
export function joinedKeys(words: readonly Word[]): string {
  let out = ''
  for (let i = 0; i < words.length; i++) out = i === 0 ? words[i]!.key : `${out} ${words[i]!.key}`
  return out
}
