/**
 * Parts of a noun phrase: its determiner and its head part.
 *
 * @module
 */
import { DETERMINERS, HEAD_PREPOSITIONS } from './vocabulary.js'
import type { Word } from './words.js'

/** The words of a phrase after a leading determiner, and that determiner ("the", "a") or `null`. */
export function withoutDeterminer(words: readonly Word[]): {
  body: readonly Word[]
  determiner: Word | null
} {
  const first = words[0]
  if (first && DETERMINERS.has(first.key) && words.length > 1)
    return { body: words.slice(1), determiner: first }
  return { body: words, determiner: null }
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
