/**
 * The evaluation slices of `shared/README.md`: which gold quotes each slice
 * holds and which predicted types its precision counts.
 *
 * @module
 */
import type { QuoteType } from '../model.js'
import type { GoldQuote } from './gold.js'

/** The slice names, in report order. */
export const sliceNames = ['direct', 'direct+mixed', 'indirect-speech', 'all'] as const

/** One of {@link sliceNames}. */
export type SliceName = (typeof sliceNames)[number]

/** The predicted quote types each slice's precision is computed over. */
export const predictedTypes: Readonly<Record<SliceName, readonly QuoteType[]>> = {
  direct: ['direct'],
  'direct+mixed': ['direct', 'mixed', 'partial'],
  'indirect-speech': ['indirect'],
  all: ['direct', 'indirect', 'mixed', 'partial'],
}

/**
 * Auxiliaries skipped before the cue word ("has said", "was first reported
 * by", "isn't saying", "'ll present"). Apostrophes are normalised to `'`.
 */
const auxiliaries: ReadonlySet<string> = new Set([
  ...['am', 'is', 'are', 'was', 'were', 'be', 'been', 'being', 'has', 'have', 'had', 'having'],
  ...['do', 'does', 'did', 'will', 'would', 'shall', 'should', 'can', 'could', 'may', 'might', 'must'],
  ...["'s", "'re", "'ve", "'d", "'ll", "'m"],
  ...["isn't", "aren't", "wasn't", "weren't", "hasn't", "haven't", "hadn't", "doesn't", "don't", "didn't"],
  ...["won't", "wouldn't", "can't", "couldn't", "shouldn't", "mustn't"],
])

/**
 * Adverbs skipped before the cue word ("also said", "later told", "then
 * pointed out", "now says"). Words ending in "-ly" that are not cue words
 * ("publicly", "repeatedly") are skipped too, see {@link isSkippable}.
 */
const adverbs: ReadonlySet<string> = new Set([
  ...['also', 'later', 'then', 'now', 'again', 'once', 'even', 'further', 'first', 'earlier', 'just'],
  ...['still', 'often', 'never', 'not', "n't", 'already', 'previously', 'recently', 'since', 'ever'],
  ...['too', 'yet', 'soon', 'long', 'always', 'twice', 'subsequently', 'initially', 'originally'],
])

/** Verbs that end in "-ly" like adverbs do ("did not supply", "would reply"). */
const lyVerbs: ReadonlySet<string> = new Set([
  'apply',
  'supply',
  'comply',
  'reply',
  'rely',
  'imply',
  'multiply',
  'rally',
  'tally',
  'bully',
])

/** Lower-case a cue word and normalise its apostrophes; strip other punctuation at its ends. */
function normaliseWord(word: string): string {
  const trimmed = word
    .toLowerCase()
    .replace(/[’‘`´]/g, "'")
    .replace(/^[^\p{L}\p{N}']+/u, '')
  return trimmed.slice(0, wordEnd(trimmed))
}

/** A letter, a digit or an apostrophe: what a cue word keeps at its ends. */
const wordChar = /[\p{L}\p{N}']/u

/**
 * Where a word's trailing punctuation starts, found by a loop from the end
 * (a `$`-anchored class run would be quadratic on long punctuation runs).
 */
function wordEnd(word: string): number {
  let end = word.length
  while (end > 0 && !wordChar.test(word[end - 1]!)) end--
  return end
}

/** Whether `word` (normalised) is an auxiliary or adverb to skip, unless it is itself a cue word. */
function isSkippable(word: string, cues: ReadonlySet<string>): boolean {
  if (cues.has(word)) return false
  return (
    auxiliaries.has(word) ||
    adverbs.has(word) ||
    (word.endsWith('ly') && word.length > 4 && !lyVerbs.has(word))
  )
}

/**
 * The first word of a cue after auxiliaries and adverbs, normalised
 * ("has also said" → "said"); `null` when none is left.
 */
export function cueHeadWord(cue: string, cues: ReadonlySet<string>): string | null {
  for (const token of cue.split(/\s+/)) {
    const word = normaliseWord(token)
    if (word === '' || isSkippable(word, cues)) continue
    return word
  }
  return null
}

/** Whether a gold quote's cue text makes it reported speech (its head word is a cue word). */
export function isSpeechCue(cue: string, cues: ReadonlySet<string>): boolean {
  const head = cueHeadWord(cue, cues)
  return head !== null && cues.has(head)
}

/** The slices a gold quote belongs to; `cueText` is the gold cue's text (`null` when none). */
export function goldSlices(quote: GoldQuote, cueText: string | null, cues: ReadonlySet<string>): SliceName[] {
  const slices: SliceName[] = []
  if (quote.type === 'direct') slices.push('direct')
  if (quote.type === 'direct' || quote.type === 'mixed') slices.push('direct+mixed')
  if (quote.type === 'indirect' && cueText !== null && isSpeechCue(cueText, cues))
    slices.push('indirect-speech')
  slices.push('all')
  return slices
}
