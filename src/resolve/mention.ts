/**
 * The shape of a mention: what kind of expression names the speaker, read
 * from its words alone. "US Secretary of Defence, Mark Esper" is a name with
 * a title; "Mr Esper" a name with an honorific; "he" a pronoun; "@EsperDoD" a
 * handle; "The New York Post" an organisation; "Pentagon officials" a group;
 * "the top US military officer" a description.
 *
 * @module
 */
import { type PronounClass, pronounClasses } from '../lexicon/pronouns.js'
import type { Range } from '../span.js'
import { type NameShape, readName } from './names.js'
import { readOrganisation } from './organisations.js'
import { bodyOf, determinerOf, joinedKeys } from './phrases.js'
import { describesOffice } from './titles.js'
import { DOTTED_WORDS, HEAD_PREPOSITIONS, NON_NAME_WORDS } from './vocabulary.js'
import { isCapitalised, isSpaceCode, type Word, wordsOf } from './words.js'

/** A pronoun mention ("he", "they", "who"). */
export interface PronounShape {
  form: 'pronoun'
  pronoun: PronounClass
}

/** A social media handle ("@EsperDoD"), without the `@`. */
export interface HandleShape {
  form: 'handle'
  handle: string
}

/** An organisation ("the Pentagon", "The New York Post", "Hillary Clinton’s campaign"). */
export interface OrganisationShape {
  form: 'organisation'
  /** The name without a leading determiner ("New York Post"). */
  name: Range
  /** Lowercase word keys of the name ("new york post"): the clustering key. */
  key: string
}

/** A description of a speaker, not a name ("a Pentagon spokesman", "sources"). */
export interface DescriptionShape {
  form: 'description'
  /** The description as written, determiner included. */
  name: Range
  /** Lowercase word keys without the determiner ("pentagon spokesman"). */
  key: string
  /** Opens with "the", or is a bare plural: may refer back to an earlier one. */
  definite: boolean
  /** A plural group of people ("Pentagon officials", "sources"). */
  group: boolean
  /** Describes one person by office ("the top US military officer"). */
  person: boolean
}

/** What a speaker mention is. */
export type MentionShape = PronounShape | HandleShape | NameShape | OrganisationShape | DescriptionShape

/** Longest bracketed tail stripped from a mention ("(R-IN)"). */
const MAX_BRACKET_TAIL = 16
/** A handle: `@` and up to 30 word characters (X allows 15; other platforms a little more). */
const HANDLE = /^@[A-Za-z0-9_]{1,30}$/

/** The punctuation trimmed from the ends of a mention, besides white space. */
const TRIMMED_PUNCTUATION: ReadonlySet<number> = new Set(
  Array.from(',.;:!?"“”‘’\'()[]{}—–-', (c) => c.charCodeAt(0)),
)

/** Whether a code unit is trimmed from the ends of a mention (space, punctuation, quote marks, dashes). */
export function isTrimmedCode(c: number): boolean {
  return isSpaceCode(c) || TRIMMED_PUNCTUATION.has(c)
}

/** `range` without surrounding space and punctuation, nor a bracketed tail ("Mike Pence (R-IN)"). */
export function trimMention(input: string, range: Range): Range {
  let { start, end } = range
  if (input.charCodeAt(end - 1) === 0x29) {
    const from = Math.max(start, end - MAX_BRACKET_TAIL)
    const open = input.slice(from, end).lastIndexOf('(')
    if (open > 0 || (open === 0 && from > start)) end = from + open
  }
  while (start < end && isTrimmedCode(input.charCodeAt(start))) start++
  while (end > start && isTrimmedCode(input.charCodeAt(end - 1))) end--
  return { start, end }
}

/** A description: "a Pentagon spokesman", "sources", "the top US military officer". */
function readDescription(range: Range, words: readonly Word[], group: boolean): DescriptionShape {
  const determiner = determinerOf(words)
  const body = bodyOf(words, determiner)
  return {
    form: 'description',
    name: range,
    key: joinedKeys(body),
    definite: determiner === null ? group : determiner.key === 'the',
    group,
    person: !group && describesOffice(body),
  }
}

/**
 * Read the shape of the mention `trimmed` of `input` (a range that
 * {@link trimMention} gives); `null` when it holds no word.
 */
export function readMention(input: string, trimmed: Range): MentionShape | null {
  if (input.charCodeAt(trimmed.start) === 0x40) {
    // Starts with "@": maybe a handle.
    const text = input.slice(trimmed.start, trimmed.end)
    if (HANDLE.test(text)) return { form: 'handle', handle: text.slice(1) }
  }
  const words = wordsOf(input, trimmed.start, trimmed.end, DOTTED_WORDS)
  const first = words[0]
  const last = words.at(-1)
  if (!first || !last) return null
  const pronoun = pronounOf(last)
  if (pronoun !== null && onlyNonNameWordsBefore(words)) {
    // "Though she", "And he": a pronoun after sentence-opening function words.
    return { form: 'pronoun', pronoun }
  }
  const span = { start: first.start, end: last.end }
  const organisation = readOrganisation(words)
  if (organisation === 'group') return readDescription(span, words, true)
  if (organisation) return organisation
  return readNameOrDescription(input, span, words)
}

/** Whether every word before the last is a {@link NON_NAME_WORDS} word ("Though", "And"). */
function onlyNonNameWordsBefore(words: readonly Word[]): boolean {
  for (let i = 0; i < words.length - 1; i++) if (!NON_NAME_WORDS.has(words[i]!.key)) return false
  return true
}

/**
 * Read a name; when the name is the object of a preposition, read the words
 * before it: "Representative Charles B. Rangel of New York" names Rangel,
 * while "a spokeswoman for Hillary Clinton" and "an attorney for Mills"
 * describe someone else. A mention that joins two names ({@link joinsNames})
 * is a group; one with a comma is read as the name before its first comma
 * when there is one: "Donna Sampson Rawlings, 59, of Ashton, Md." names
 * Rawlings, not "Md" (PolNeAR dev); "US Secretary of Defence, Mark Esper"
 * has no name before its comma and is read whole.
 */
function readNameOrDescription(input: string, span: Range, words: readonly Word[]): MentionShape {
  // One pass over the gaps between the words: the first "and" after a capitalised word, the first "&"
  // standing alone, and the first comma (each the index of the word after it, or -1).
  let and = -1
  let amp = -1
  let comma = -1
  for (let i = 1; i < words.length; i++) {
    const word = words[i]!
    const before = words[i - 1]!
    if (and === -1 && word.text === 'and' && isCapitalised(before)) and = i
    if (amp === -1 && gapIsAmpersand(input, before.end, word.start)) amp = i
    if (comma === -1 && gapHasComma(input, before.end, word.start)) comma = i
  }
  if ((and !== -1 || amp !== -1) && joinsNames(input, words, and, amp))
    return readDescription(span, words, true)
  const name = (comma === -1 ? null : readName(input, words.slice(0, comma))) ?? readName(input, words)
  if (name) return name
  let preposition = words.length - 1
  while (preposition >= 0 && !isPreposition(words[preposition]!)) preposition--
  const before = preposition > 0 ? readName(input, words.slice(0, preposition)) : null
  return before ?? readDescription(span, words, false)
}

/** Whether a word is a preposition as written (lowercase): {@link HEAD_PREPOSITIONS}. */
function isPreposition(word: Word): boolean {
  return word.text === word.key && HEAD_PREPOSITIONS.has(word.key)
}

/**
 * Whether a mention joins two names with "and" or "&": "Mr. Grassley and
 * Mr. Leahy", "Obama and Clinton" (PolNeAR dev) are a group that a later
 * "they" refers to, not the last person named. `and`: the index of the
 * first "and" after a capitalised word, else -1; `amp`: the index of the
 * first word after a lone "&", else -1.
 */
function joinsNames(input: string, words: readonly Word[], and: number, amp: number): boolean {
  if (and !== -1)
    return readName(input, words.slice(0, and)) !== null && readName(input, words.slice(and + 1)) !== null
  return (
    amp !== -1 && readName(input, words.slice(0, amp)) !== null && readName(input, words.slice(amp)) !== null
  )
}

/** Whether `input[from, to)` is one `&` with white space around it: `input.slice(from, to).trim() === '&'`. */
function gapIsAmpersand(input: string, from: number, to: number): boolean {
  let start = from
  let end = to
  while (start < end && isSpaceCode(input.charCodeAt(start))) start++
  while (end > start && isSpaceCode(input.charCodeAt(end - 1))) end--
  return end - start === 1 && input.charCodeAt(start) === 0x26
}

/** Whether `input[from, to)` holds a comma, without slicing it out. */
function gapHasComma(input: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) if (input.charCodeAt(i) === 0x2c) return true
  return false
}

/** Contractions that may follow a pronoun ("I’ve", "she’d", "they’re"). */
const CONTRACTION = /['’](?:ve|ll|d|m|re|s)$/

/**
 * The pronoun class of a one-word mention, or `null`. "that" is left out
 * (a complementiser far more often than a speaker), and so are words in
 * capitals ("US", "IT" are names).
 */
function pronounOf(word: Word): PronounClass | null {
  if (word.text.length > 1 && inCapitals(word.text)) return null
  // Only a key with an apostrophe can end with a contraction: the others skip the regular expression.
  const key = hasApostrophe(word.key) ? word.key.replace(CONTRACTION, '') : word.key
  if (key === 'that') return null
  return pronounClasses.get(key) ?? null
}

/**
 * Whether uppercasing leaves `text` as it is (`text === text.toUpperCase()`),
 * tested without a copy when `text` is ASCII.
 */
function inCapitals(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i)
    if (c >= 0x80) return text === text.toUpperCase()
    if (c >= 0x61 && c <= 0x7a) return false
  }
  return true
}

/** Whether `text` holds an apostrophe, straight or curly. */
function hasApostrophe(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i)
    if (c === 0x27 || c === 0x2019) return true
  }
  return false
}
