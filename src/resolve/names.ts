/**
 * Person names in a mention: the name itself ("Mark Esper", "William H.
 * Seely III"), the honorific before it ("Mr", "Gen."), the titles before
 * that ("US Secretary of Defence"), and the keys that link the mentions of
 * one person (surname, given name).
 *
 * @module
 */
import type { Range } from '../span.js'
import { bodyOf, determinerOf } from './phrases.js'
import { hasTitle } from './titles.js'
import {
  CIVIL_HONORIFICS,
  FEMALE_HONORIFICS,
  FEMALE_NAMES,
  HEAD_PREPOSITIONS,
  HONORIFIC_FIRST_WORDS,
  HONORIFICS,
  MALE_HONORIFICS,
  MALE_NAMES,
  MAX_TITLE_WORDS,
  NAME_PARTICLES,
  NAME_SUFFIXES,
  NON_NAME_WORDS,
  TITLE_FIRST_WORDS,
  TITLE_OPENERS,
  TITLE_PHRASES,
  TITLE_WORDS,
} from './vocabulary.js'
import { adjacent, isCapitalised, type Word } from './words.js'

/** A person's gender as the text marks it, or `null` when it does not. */
export type Gender = 'male' | 'female' | null

/** A name mention: "US Secretary of Defence, Mark Esper", "Mr Esper", "Clinton". */
export interface NameShape {
  form: 'name'
  /** The whole mention: titles, honorific and name ("US President Donald Trump", "Mr Trump"). */
  span: Range
  /** The name without titles or honorific ("Mark Esper"). */
  name: Range
  /** Title phrases before the name ("US Secretary of Defence"; a rank honorific such as "Gov."). */
  titles: Range[]
  /** The honorific's key ("mr", "gen"), or `null`. */
  honorific: string | null
  /** The given name's key ("mark"), or `null` when only a surname is written. */
  given: string | null
  /** The surname's key ("esper"; "seely" for "William H. Seely III"). */
  surname: string
  /** Words in the name: the fuller form wins. */
  length: number
  /** Gender from the honorific or the given name. */
  gender: Gender
  /** Whether the mention itself shows a person: an honorific, a title or a listed given name. */
  person: boolean
}

/** No words. */
const NO_WORDS: readonly Word[] = []

/** Whether a word is a listed given name ("Mark", "Hillary"). */
export function isGivenName(word: Word): boolean {
  return MALE_NAMES.has(word.key) || FEMALE_NAMES.has(word.key)
}

/** Longest name, in words ("William H. Seely III" is 4). */
export const MAX_NAME_WORDS = 5

/**
 * Whether a word can be part of a name: capitalised, no digit, not a
 * function word nor an honorific. A name's last word (its surname) is one,
 * so words without one hold no name.
 */
export function isNameWord(word: Word): boolean {
  // The cheap tests first: most words are not capitalised, and then no set is asked.
  return isCapitalised(word) && !word.digit && !NOT_NAME_WORDS.has(word.key)
}

/** {@link NON_NAME_WORDS} and {@link HONORIFICS} in one set: a name word is in neither (one lookup). */
const NOT_NAME_WORDS: ReadonlySet<string> = new Set([...NON_NAME_WORDS, ...HONORIFICS])

/**
 * {@link isNameWord} for a caller that has looked the word's key up already:
 * `listed` when {@link NON_NAME_WORDS} or {@link HONORIFICS} holds it.
 */
export function isUnlistedNameWord(word: Word, listed: boolean): boolean {
  return !listed && isCapitalised(word) && !word.digit
}

/**
 * Where a name starts inside the run `words[from…]`, counted from `from`: at
 * a listed given name that follows other capitalised words ("Rival Hillary
 * Clinton", "Democrat Hillary Clinton" give "Hillary Clinton"), unless the
 * run opens with a given name itself ("John Paul Jones").
 */
function givenNameStart(words: readonly Word[], from: number): number {
  const length = words.length - from
  if (length < 3 || isGivenName(words[from]!)) return 0
  for (let i = 1; i < length - 1; i++) if (isGivenName(words[from + i]!)) return i
  return 0
}

/**
 * The title words before a name, trimmed: leading words that cannot open a
 * title are dropped ("mate presidential nominee" → "presidential nominee"),
 * and a prefix that joins two people ("Both Mr. King and") gives none.
 */
function titlePrefix(prefix: readonly Word[]): readonly Word[] {
  if (prefix.length === 0) return prefix
  if (prefix.some((w) => w.key === 'and' || w.key === 'or' || w.key === 'both' || HONORIFICS.has(w.key)))
    return []
  let from = 0
  while (from < prefix.length && !opensTitle(prefix[from]!)) from++
  const trimmed = prefix.slice(from)
  return hasTitle(trimmed) ? trimmed : []
}

/**
 * Whether the words before a name end with a preposition (and maybe "the"),
 * perhaps followed by more capitalised words: then the name is its object,
 * not the person meant ("governor of Virginia", "president of the United
 * Federation of Teachers", "a spokeswoman for Hillary Clinton", "Dan
 * McLaughlin at the National Review"). A preposition inside a title phrase
 * does not count ("Secretary of State John Kerry").
 */
function followsPreposition(before: readonly Word[]): boolean {
  let i = before.length - 1
  while (i >= 0 && isCapitalised(before[i]!)) i--
  // (Indexes are tested before use: reading index -1 of an array is slow.)
  if (i >= 0 && before[i]!.text === 'the') i--
  const word = i >= 0 ? before[i] : undefined
  if (word === undefined || word.text !== word.key || !HEAD_PREPOSITIONS.has(word.key)) return false
  return !titleCovers(before, i)
}

/** Whether a title phrase of `words` spans word `i` ("of" in "Secretary of State"). */
function titleCovers(words: readonly Word[], i: number): boolean {
  for (let from = Math.max(0, i - MAX_TITLE_WORDS + 1); from <= i; from++) {
    if (!TITLE_FIRST_WORDS.has(words[from]!.key)) continue
    let phrase = ''
    for (let to = from; to < words.length && to < from + MAX_TITLE_WORDS; to++) {
      phrase = phrase === '' ? words[to]!.key : `${phrase} ${words[to]!.key}`
      if (to >= i && TITLE_PHRASES.has(phrase)) return true
    }
  }
  return false
}

/** Whether a word can open a title: capitalised, a title modifier, or the first word of a title phrase. */
function opensTitle(word: Word): boolean {
  return isCapitalised(word) || TITLE_OPENERS.has(word.key)
}

/** Index of the first word of the name that ends `words`, or -1 when `words` do not end with a name. */
function nameStart(input: string, words: readonly Word[]): number {
  let i = words.length - 1
  while (i > 0 && NAME_SUFFIXES.has(words[i]?.key ?? '') && adjacent(input, words[i - 1]!, words[i]!)) i--
  const surname = words[i]
  if (!surname || !isNameWord(surname)) return -1
  while (i > 0) {
    const before = words[i - 1]!
    if (!adjacent(input, before, words[i]!)) break
    const particle = NAME_PARTICLES.has(before.text) && i > 1 && isNameWord(words[i - 2]!)
    if (!particle && (!isNameWord(before) || TITLE_WORDS.has(before.key))) break
    i--
  }
  return words.length - i > MAX_NAME_WORDS ? -1 : i
}

/**
 * Whether a one-word name (the last of `words`, from `at`) is only a title:
 * "the President", "a former Miss Universe" — but "Mr. King" is a name.
 */
function loneTitle(words: readonly Word[], at: number, honorific: string | null): boolean {
  const only = at === words.length - 1 ? words[at] : undefined
  if (!only || !TITLE_WORDS.has(only.key)) return false
  return honorific === null || TITLE_PHRASES.has(`${honorific} ${only.key}`)
}

/** The honorific right before word `at` (one or two words: "Mr", "Lt. Col."), as [first index, key]. */
function honorificBefore(input: string, words: readonly Word[], at: number): [number, string] | null {
  // (Indexes are tested before use: reading index -1 of an array is slow.)
  const one = at >= 1 ? words[at - 1] : undefined
  if (!one || !adjacent(input, one, words[at]!)) return null
  const two = at >= 2 ? words[at - 2] : undefined
  if (
    two &&
    HONORIFIC_FIRST_WORDS.has(two.key) &&
    adjacent(input, two, one) &&
    HONORIFICS.has(`${two.key} ${one.key}`)
  )
    return [at - 2, `${two.key} ${one.key}`]
  return HONORIFICS.has(one.key) ? [at - 1, one.key] : null
}

/** The gender an honorific or a given name marks. */
function genderOf(honorific: string | null, given: string | null): Gender {
  if (honorific !== null && MALE_HONORIFICS.has(honorific)) return 'male'
  if (honorific !== null && FEMALE_HONORIFICS.has(honorific)) return 'female'
  if (given !== null && MALE_NAMES.has(given)) return 'male'
  if (given !== null && FEMALE_NAMES.has(given)) return 'female'
  return null
}

/** Whether a word is an initial ("H.", "J"). */
function isInitial(word: Word): boolean {
  return word.key.length === 1
}

/**
 * Read `words` (a mention, or a run found in the text) as a person name,
 * with the honorific and titles before it: "US Marine Corps Brigadier
 * General William H. Seely III" gives the name "William H. Seely III" and
 * the title "US Marine Corps Brigadier General"; a rank honorific is a
 * title too ("Gov." of "Gov. Mike Pence"). `null` when the words do not end
 * with a name, when the name is a preposition's object, or when a bare
 * determiner stands before it ("The Republican" is a description).
 */
export function readName(input: string, words: readonly Word[]): NameShape | null {
  const determiner = determinerOf(words)
  const body = bodyOf(words, determiner)
  const start = nameStart(input, body)
  if (start === -1) return null
  // The name is body[runStart…]; the honorific and the title words stand before it.
  const runStart = start + givenNameStart(body, start)
  // (Most names have no word before them: then no honorific, preposition nor title, and no copy.)
  const honorific = runStart === 0 ? null : honorificBefore(input, body, runStart)
  if (loneTitle(body, runStart, honorific ? honorific[1] : null)) return null
  const cut = honorific ? honorific[0] : runStart
  const before = cut === 0 ? NO_WORDS : body.slice(0, cut)
  if (cut !== 0 && followsPreposition(before)) return null
  const prefix = cut === 0 ? NO_WORDS : titlePrefix(before)
  const titles: Range[] = []
  if (prefix.length > 0) titles.push({ start: prefix[0]!.start, end: prefix.at(-1)!.end })
  if (honorific && !CIVIL_HONORIFICS.has(honorific[1]) && honorific[0] < runStart) {
    // A rank honorific is a title too ("Gov.").
    titles.push({ start: body[honorific[0]]!.start, end: body[runStart - 1]!.end })
  }
  if (determiner !== null && titles.length === 0 && honorific === null) return null
  let last = body.length - 1
  while (last > runStart && NAME_SUFFIXES.has(body[last]!.key)) last--
  const firstWord = body[runStart]!
  const lastWord = body.at(-1)!
  const given =
    last > runStart && !isInitial(firstWord) && !NAME_PARTICLES.has(firstWord.key) ? firstWord.key : null
  const honorificKey = honorific ? honorific[1] : null
  const from = prefix[0] ?? (honorific ? body[honorific[0]]! : firstWord)
  const gender = genderOf(honorificKey, given)
  return {
    form: 'name',
    span: { start: Math.min(from.start, firstWord.start), end: lastWord.end },
    name: { start: firstWord.start, end: lastWord.end },
    titles,
    honorific: honorificKey,
    given,
    surname: body[last]!.key,
    length: body.length - runStart,
    gender,
    // Without an honorific, a given name (`firstWord`'s key) marks a gender exactly when it is listed
    // ({@link isGivenName}).
    person: honorific !== null || titles.length > 0 || (given !== null && gender !== null),
  }
}
