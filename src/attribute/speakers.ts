/**
 * Speaker mentions next to a cue, as written at that place: a name with the
 * titles before it ("US Army General Mark Milley"), a pronoun ("he"), a
 * description ("the top US military officer", "sources"), a handle
 * ("@EsperDoD"). An appositive role after a name ("Mark Milley, chairman of
 * the Joint Chiefs of Staff, said") is skipped, not included.
 *
 * @module
 */
import {
  cueAuxiliaries,
  cueMediaNouns,
  forwardMentionStops,
  leadingConnectives,
  nounDeterminers,
  speakerBoundaryWords,
  speakingDocumentNouns,
} from '../lexicon/attribution-words.js'
import { titles } from '../lexicon/titles.js'
import { isCueWord } from './cues.js'
import type { Token } from './words.js'

/** A run of tokens `[first, after)`. */
export interface TokenSpan {
  first: number
  after: number
}

/** Most tokens in a speaker mention ("the letter from US Marine Corps Brigadier General William H. Seely III"). */
export const MAX_SPEAKER_TOKENS = 14
/** Most tokens of an appositive read back over ("Quina Jones, 25, said"; "X, the top Democrat on the panel, said"). */
export const MAX_APPOSITIVE_TOKENS = 24

const documentNouns: ReadonlySet<string> = new Set(cueMediaNouns)
const boundaries: ReadonlySet<string> = new Set(speakerBoundaryWords)
const connectives: ReadonlySet<string> = new Set(leadingConnectives)
/** Last words of titles ("defence" of "secretary of defence"): a mention ending in one continues after a comma. */
const titleEnds: ReadonlySet<string> = new Set(titles.map((t) => t.split(' ').at(-1) ?? t))
/** Words that end a mention read forwards ("said Mr Esper in a statement"). */
const forwardStops: ReadonlySet<string> = new Set([
  ...speakerBoundaryWords,
  ...forwardMentionStops,
  ...cueAuxiliaries,
])

/** Prepositions that cannot open a speaker mention ("In a widely read column", "with Democrats from coal states"). */
const leadingPrepositions: ReadonlySet<string> = new Set([
  'in',
  'with',
  'under',
  'during',
  'on',
  'at',
  'from',
  'for',
  'by',
  'after',
  'of',
  'into',
  'over',
])

/** Whether a lowercase word looks like a verb form that cannot sit in a mention ("prompting", "stressed"). */
function isVerbLike(t: Token): boolean {
  if (t.capital) return false
  if (isCueWord(t.lower)) return true
  return t.lower.length > 4 && (t.lower.endsWith('ing') || t.lower.endsWith('ed'))
}

/** Whether token `t` may be part of a mention read backwards from a cue. */
function fitsBackward(t: Token): boolean {
  if (!t.word || boundaries.has(t.lower)) return false
  if (t.capital) return true
  return !backwardStops.has(t.lower) && !isVerbLike(t)
}

/** Determiners and possessive pronouns that make the next cue form a noun ("the report", "his tweet"). */
const determiners: ReadonlySet<string> = new Set(nounDeterminers)
/** Document nouns that may head a mention though they are cue forms ("The report said"). */
const speakingDocuments: ReadonlySet<string> = new Set(speakingDocumentNouns)

/** Whether a lowercase word is a possessive ("the agency’s"). */
function isPossessive(lower: string): boolean {
  return lower.length > 2 && (lower.endsWith('’s') || lower.endsWith("'s") || lower.endsWith('s’'))
}

/**
 * Whether token `k` may be part of a mention read backwards: as
 * {@link fitsBackward}, or a cue form used as a noun right after a
 * determiner or possessive ("The report said", "His tweet said").
 */
function fitsBackwardAt(tokens: readonly Token[], k: number, lo: number): boolean {
  const t = tokens[k]!
  if (fitsBackward(t)) return true
  if (k <= lo || !t.word || t.capital || !speakingDocuments.has(t.lower)) return false
  const before = tokens[k - 1]!
  return before.word && (determiners.has(before.lower) || isPossessive(before.lower))
}

/** Prepositions that may stand inside a mention before an article ("a spokesman for the campaign"). */
const innerPrepositions: ReadonlySet<string> = new Set([
  'of',
  'for',
  'at',
  'on',
  'in',
  'from',
  'with',
  'against',
])
const articles: ReadonlySet<string> = new Set(['the', 'a', 'an'])
/** Words that end a mention read backwards besides the boundary words ("a letter to the Iraqi military"). */
const backwardStops: ReadonlySet<string> = new Set(['to', 'by', ...cueAuxiliaries])

/**
 * The mention that ends just before token `end` (the cue's first token),
 * reading back no further than `lo`. After "X, ROLE," the mention is X.
 * Returns `null` when a comma or quote mark stands right before the cue
 * ("…,” said Mr Esper": the speaker comes after) or nothing fits.
 */
export function speakerBefore(tokens: readonly Token[], end: number, lo: number): TokenSpan | null {
  const j = end - 1
  if (j < lo) return null
  // "an architect who said he was stiffed": the relative pronoun stands for the speaker.
  if (relatives.has(tokens[j]!.lower)) return { first: j, after: j + 1 }
  if (tokens[j]!.lower === ',') {
    const comma = previousComma(tokens, j, lo)
    // "X, the agency that oversees the program, said": with no name before it, the appositive is the mention.
    if (comma === -1) return mentionEndingAt(tokens, j - 1, lo)
    return mentionEndingAt(tokens, comma - 1, lo) ?? mentionEndingAt(tokens, j - 1, comma + 1)
  }
  const close = dashStart(tokens, j, lo)
  if (close !== -1) {
    // "Kall -- co-editor of the journal -- said": the appositive between dashes is skipped.
    const open = openingDash(tokens, close - 1, lo)
    if (open !== -1)
      return mentionEndingAt(tokens, open - 1, lo) ?? mentionEndingAt(tokens, close - 1, open + 1)
    return null
  }
  const mention = mentionEndingAt(tokens, j, lo)
  return mention === null ? null : (subjectBeforeParticiple(tokens, mention, lo) ?? mention)
}

/** Dash characters that set off an appositive ("—", "–", and "--" written as two hyphens). */
const dashes: ReadonlySet<string> = new Set(['—', '–', '―'])

/** When token `j` ends a dash ("—", or the second hyphen of "--"), the dash's first token; else -1. */
function dashStart(tokens: readonly Token[], j: number, lo: number): number {
  const t = tokens[j]!
  if (t.word) return -1
  if (dashes.has(t.lower)) return j
  if (t.lower === '-' && j > lo && tokens[j - 1]!.lower === '-') return j - 1
  return -1
}

/** The first token of the dash that opens an appositive whose closing dash ends at `j` (exclusive), or -1. */
function openingDash(tokens: readonly Token[], j: number, lo: number): number {
  for (let k = j; k >= lo && j - k <= MAX_APPOSITIVE_TOKENS; k--) {
    const start = dashStart(tokens, k, lo)
    if (start !== -1) return start < j ? start : -1
    if (!tokens[k]!.word && (appositiveStops.has(tokens[k]!.lower) || tokens[k]!.lower === ',')) return -1
  }
  return -1
}

/** Prepositions that open a phrase after a participle ("marching through the streets", "based in Washington"). */
const participlePrepositions: ReadonlySet<string> = new Set([
  'through',
  'across',
  'outside',
  'inside',
  'in',
  'at',
  'near',
  'along',
  'around',
  'on',
  'into',
  'onto',
  'over',
  'under',
  'behind',
  'toward',
  'towards',
  'down',
  'up',
  'past',
  'from',
])

/**
 * "Protesters marching through the streets chanted": when a mention follows a
 * participle and its preposition, the mention before the participle is the
 * subject; else `null`.
 */
function subjectBeforeParticiple(tokens: readonly Token[], mention: TokenSpan, lo: number): TokenSpan | null {
  const p = mention.first - 1
  if (p - 2 < lo || !participlePrepositions.has(tokens[p]!.lower) || tokens[p]!.capital) return null
  const v = tokens[p - 1]!
  if (!v.word || v.capital || isCueWord(v.lower) || v.lower.length <= 4) return null
  if (!v.lower.endsWith('ing') && !v.lower.endsWith('ed')) return null
  return mentionEndingAt(tokens, p - 2, lo)
}

/** Punctuation that an appositive does not hold: sentence marks and double quote marks. */
const appositiveStops: ReadonlySet<string> = new Set([';', ':', '.', '!', '?', '“', '”', '"'])

/** Relative pronouns that stand for a speaker right before a cue. */
const relatives: ReadonlySet<string> = new Set(['who', 'which'])

/** Index of the comma opening an appositive that closes at the comma `close`, or -1. */
function previousComma(tokens: readonly Token[], close: number, lo: number): number {
  for (let k = close - 1; k >= lo && close - k <= MAX_APPOSITIVE_TOKENS; k--) {
    const t = tokens[k]!
    if (t.lower === ',') return k === close - 1 ? -1 : k
    if (!t.word && appositiveStops.has(t.lower)) return -1
  }
  return -1
}

/** The mention whose last token is `j`, read backwards to `lo`, trimmed of leading connectives ("But"). */
export function mentionEndingAt(tokens: readonly Token[], j: number, lo: number): TokenSpan | null {
  const last = j
  j = beforeParenthesis(tokens, j, lo)
  if (j < lo) return null
  // Read back from j + 1: the first step asks whether token j fits at all (one call site of the fit test, so
  // the compiled reader holds one copy of it); if it does not, first stays past j and no mention is found.
  let first = j + 1
  while (first > lo && j - first + 1 < MAX_SPEAKER_TOKENS && fitsBackwardAt(tokens, first - 1, lo)) {
    // An article inside a mention follows a preposition; else it opens the mention ("sends a letter").
    if (first <= j && articles.has(tokens[first]!.lower) && !innerPrepositions.has(tokens[first - 1]!.lower))
      break
    first--
  }
  while (first <= j && connectives.has(tokens[first]!.lower)) first++
  if (first <= j && leadingPrepositions.has(tokens[first]!.lower)) {
    // "In a Bloomberg interview Trump declared": the mention is the name after the phrase.
    const floor = first
    first = j + 1
    while (first > floor + 1 && tokens[first - 1]!.capital) first--
  }
  if (first > j || (first === j && isNumber(tokens[first]!))) return null
  // "gave him the nickname": a lone determiner is no mention.
  if (first === j && determiners.has(tokens[j]!.lower)) return null
  return { first, after: last + 1 }
}

/** Whether a token is a number ("18" of "18 states"): alone, it is no mention. */
function isNumber(t: Token): boolean {
  // The pattern is run only on a word that opens with a digit, a comma or a dot (most mentions open with a letter).
  const c = t.lower.charCodeAt(0)
  return ((c >= 0x30 && c <= 0x39) || c === 0x2c || c === 0x2e) && /^[\d,.]+$/.test(t.lower)
}

/** Most tokens inside a parenthesis after a name ("(D-Wis.)", "(R-Utah)"). */
const MAX_PARENTHESIS_TOKENS = 6

/** When token `j` closes a short parenthesis ("Rep. Gwen Moore (D-Wis.)"), the token before it opens; else `j`. */
function beforeParenthesis(tokens: readonly Token[], j: number, lo: number): number {
  if (tokens[j]?.lower !== ')') return j
  for (let k = j - 1; k >= lo && j - k <= MAX_PARENTHESIS_TOKENS; k--) {
    if (tokens[k]!.lower === '(') return k - 1
  }
  return j
}

/** Whether the symbol token `k` ("/" in "9/11") touches a word token on both sides. */
function gluedSymbol(tokens: readonly Token[], k: number, hi: number): boolean {
  const t = tokens[k]!
  const before = k > 0 ? tokens[k - 1] : undefined
  const next = tokens[k + 1]
  return (
    (t.lower === '/' || t.lower === '-' || t.lower === '&') &&
    before !== undefined &&
    next !== undefined &&
    k + 1 < hi &&
    before.word &&
    next.word &&
    before.end === t.start &&
    t.end === next.start
  )
}

/** In "the letter from X" (a document noun, then "from"), the token where X starts; else -1. */
function sourceAfterDocument(tokens: readonly Token[], from: number, after: number): number {
  for (let k = from + 1; k + 1 < after && k - from <= 3; k++) {
    if (tokens[k]!.lower === 'from' && documentNouns.has(tokens[k - 1]!.lower)) return k + 1
  }
  return -1
}

/**
 * The mention that starts at token `from` (just after a cue: "…,” said
 * US Army General Mark Milley, chairman…"), reading no further than `hi`.
 * Stops at a comma, except after a title ("says US Secretary of Defence,
 * Mark Esper"), and at "in", "on" and the like ("said X in a statement").
 */
export function speakerAfter(tokens: readonly Token[], from: number, hi: number): TokenSpan | null {
  // "“…” for criminal behavior, she said": a prepositional phrase is no mention.
  const first = tokens[from]
  if (first !== undefined && !first.capital && leadingPrepositions.has(first.lower)) return null
  let after = from
  while (after < hi && after - from < MAX_SPEAKER_TOKENS) {
    const t = tokens[after]!
    if (!t.word) {
      // "9/11 widow Terry Strada": a symbol glued to the words on both sides stays in the mention.
      if (after > from && gluedSymbol(tokens, after, hi)) {
        after++
        continue
      }
      break
    }
    // "said the ruling", "said the embattled senator": after an article, an -ing or -ed word is no verb.
    const noun = after > from && articles.has(tokens[after - 1]!.lower)
    if (!t.capital && (forwardStops.has(t.lower) || (isVerbLike(t) && !noun))) break
    after++
  }
  if (after === from) return null
  // "read the letter from US Marine Corps Brigadier General William H. Seely III": the writer is the speaker.
  const source = sourceAfterDocument(tokens, from, after)
  if (source !== -1) from = source
  const last = tokens[after - 1]!
  if (tokens[after]?.lower === ',' && titleEnds.has(last.lower)) {
    let k = after + 1
    while (k < hi && k - from < MAX_SPEAKER_TOKENS && tokens[k]!.word && tokens[k]!.capital) k++
    if (k > after + 1) after = k
  }
  return { first: from, after }
}
