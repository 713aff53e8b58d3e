/**
 * The lexicons as lookup sets, built once at module load from the data
 * modules in `src/lexicon/` (and the two resolver-only lists beside this
 * file). Keys are lowercase without dots, as {@link wordKey} makes them.
 *
 * @module
 */

import {
  determiners,
  headPrepositions,
  nameParticles,
  nameSuffixes,
  nonNameWords,
} from '../lexicon/function-words.js'
import { femaleGivenNames, maleGivenNames } from '../lexicon/given-names.js'
import { civilHonorifics, femaleHonorifics, honorifics, maleHonorifics } from '../lexicon/honorifics.js'
import { groupHeads, organisationHeads, organisationNames, outletHeads } from '../lexicon/organisations.js'
import { titleModifiers, titles } from '../lexicon/titles.js'
import { wordKey } from './words.js'

/** A lowercase, dot-free key for every entry of a word list. */
function keySet(list: readonly string[]): ReadonlySet<string> {
  return new Set(list.map(wordKey))
}

/** Honorifics, as keys ("mr", "lt col"). */
export const HONORIFICS: ReadonlySet<string> = keySet(honorifics)
/** Honorifics that are no title ("Mr", "Dr"): left out of `titles`. */
export const CIVIL_HONORIFICS: ReadonlySet<string> = keySet(civilHonorifics)
/** Honorifics that mark a man. */
export const MALE_HONORIFICS: ReadonlySet<string> = keySet(maleHonorifics)
/** Honorifics that mark a woman. */
export const FEMALE_HONORIFICS: ReadonlySet<string> = keySet(femaleHonorifics)
/** Single-word honorifics whose trailing dot belongs to the word ("Mr.", "Gen."). */
export const DOTTED_WORDS: ReadonlySet<string> = new Set([
  ...honorifics.flatMap((h) => h.split(' ').map(wordKey)),
  ...nameSuffixes,
])
/** Title phrases ("secretary of defence", "brigadier general"). */
export const TITLE_PHRASES: ReadonlySet<string> = keySet(titles)
/**
 * The first word of each title phrase ("secretary", "brigadier"): a phrase
 * of word keys can be a title only when it opens with one, so the lookups
 * that build phrases skip the other starts.
 */
export const TITLE_FIRST_WORDS: ReadonlySet<string> = new Set(
  [...TITLE_PHRASES].map((t) => (t.includes(' ') ? t.slice(0, t.indexOf(' ')) : t)),
)
/** The last word of each title phrase ("defence", "general"), for the lookups that end at a given word. */
export const TITLE_LAST_WORDS: ReadonlySet<string> = new Set(
  [...TITLE_PHRASES].map((t) => t.slice(t.lastIndexOf(' ') + 1)),
)
/** The first word of each two-or-more-word honorific ("lt" of "lt col"): a pair of words is looked up only when it opens with one. */
export const HONORIFIC_FIRST_WORDS: ReadonlySet<string> = new Set(
  [...HONORIFICS].filter((h) => h.includes(' ')).map((h) => h.slice(0, h.indexOf(' '))),
)
/** Every word that occurs in a title phrase or is a title modifier, except "of" and "the". */
export const TITLE_WORDS: ReadonlySet<string> = new Set(
  [...titles, ...titleModifiers]
    .flatMap((t) => t.split(' ').map(wordKey))
    .filter((w) => w !== 'of' && w !== 'the'),
)
/** Words that can open a title phrase: the first word of each title, and every modifier ("former", "us"). */
export const TITLE_OPENERS: ReadonlySet<string> = new Set([
  ...titles.map((t) => wordKey(t.split(' ')[0] ?? '')),
  ...titleModifiers.map(wordKey),
])
/** Longest title phrase, in words: the bound of every title lookup. */
export const MAX_TITLE_WORDS: number = Math.max(...titles.map((t) => t.split(' ').length))
/** Organisation head words ("ministry", "campaign"). */
export const ORGANISATION_HEADS: ReadonlySet<string> = keySet(organisationHeads)
/** News outlet head words ("post", "times"). */
export const OUTLET_HEADS: ReadonlySet<string> = keySet(outletHeads)
/** Organisations known by name alone ("pentagon", "white house"). */
export const ORGANISATION_NAMES: ReadonlySet<string> = keySet(organisationNames)
/** Plural heads of groups of people ("officials", "sources"). */
export const GROUP_HEADS: ReadonlySet<string> = keySet(groupHeads)
/** Capitalised words that are never (part of the start of) a name. */
export const NON_NAME_WORDS: ReadonlySet<string> = keySet(nonNameWords)
/** Given names that mark a man. */
export const MALE_NAMES: ReadonlySet<string> = keySet(maleGivenNames)
/** Given names that mark a woman. */
export const FEMALE_NAMES: ReadonlySet<string> = keySet(femaleGivenNames)
/** Name suffixes that follow a surname ("Jr.", "III"). */
export const NAME_SUFFIXES: ReadonlySet<string> = keySet(nameSuffixes)
/** Words that open a description or a noun phrase. */
export const DETERMINERS: ReadonlySet<string> = keySet(determiners)
/** Prepositions that end the head part of a phrase. */
export const HEAD_PREPOSITIONS: ReadonlySet<string> = keySet(headPrepositions)
/** Lowercase particles inside names ("de", "van"). */
export const NAME_PARTICLES: ReadonlySet<string> = new Set(nameParticles)
