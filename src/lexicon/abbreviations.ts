/**
 * Abbreviations written with a final full stop that does not end a sentence
 * ("Mr. Trump", "Gen. Milley", "Jan. 6", "No. 10"), and the smaller set that
 * often does end one ("in the U.S. The …", "at 5 p.m. She …").
 *
 * Source: the abbreviation lists of the AP Stylebook ("abbreviations and
 * acronyms", "months", "state names", "military titles"), and the Punkt
 * sentence tokenizer's English abbreviation list (Kiss & Strunk, 2006, as
 * shipped with NLTK); lowercase, without the final dot.
 *
 * @module
 */

import { monthAbbreviations } from './months.js'

/** Abbreviations that never end a sentence: titles, months, `St.`, `vs.` … (lowercase, no final dot). */
export const nonFinalAbbreviations: readonly string[] = [
  'mr',
  'mrs',
  'ms',
  'mssrs',
  'messrs',
  'dr',
  'prof',
  'sen',
  'sens',
  'rep',
  'reps',
  'gov',
  'govs',
  'lt',
  'gen',
  'col',
  'maj',
  'capt',
  'cpt',
  'cmdr',
  'adm',
  'sgt',
  'cpl',
  'pvt',
  'brig',
  'supt',
  'insp',
  'det',
  'atty',
  'pres',
  'amb',
  'hon',
  'rev',
  'fr',
  'sr',
  'st',
  'mt',
  'ft',
  ...monthAbbreviations,
  'vs',
  'v',
  'cf',
  'e.g',
  'i.e',
  'approx',
]

/**
 * Abbreviations of "number" ("No. 10", "Nos. 3 and 4"): not the end of a
 * sentence only when a numeral follows; otherwise the word "no" ("The
 * senator said no. She …"), whose full stop ends the sentence.
 */
export const numeralAbbreviations: readonly string[] = ['no', 'nos']

/**
 * AP state abbreviations ("Springfield, Ill."), which end a sentence as often
 * as not ("… was born in Springfield, Ill. He studied …"): like
 * {@link finalAbbreviations}, they end one when the next word starts one.
 */
export const stateAbbreviations: readonly string[] = [
  'ala',
  'ariz',
  'ark',
  'calif',
  'colo',
  'conn',
  'del',
  'fla',
  'ga',
  'ill',
  'ind',
  'kan',
  'ky',
  'la',
  'md',
  'mass',
  'mich',
  'minn',
  'miss',
  'mo',
  'mont',
  'neb',
  'nev',
  'okla',
  'ore',
  'pa',
  'tenn',
  'vt',
  'va',
  'wash',
  'wis',
  'wyo',
  'n.h',
  'n.j',
  'n.m',
  'n.y',
  'n.c',
  'n.d',
  's.c',
  's.d',
  'r.i',
  'w.va',
  'd-n.y',
  'r-n.y',
]

/** Abbreviations that may end a sentence when the next word starts one (lowercase, no final dot). */
export const finalAbbreviations: readonly string[] = [
  'u.s',
  'u.k',
  'u.n',
  'e.u',
  'd.c',
  'a.m',
  'p.m',
  'inc',
  'corp',
  'co',
  'ltd',
  'llc',
  'jr',
  'etc',
  'al',
]

/** Words that begin sentences and are not names: after a final abbreviation they mark a sentence break. */
export const sentenceStarters: readonly string[] = [
  'the',
  'a',
  'an',
  'he',
  'she',
  'it',
  'they',
  'we',
  'i',
  'you',
  'this',
  'that',
  'these',
  'those',
  'there',
  'but',
  'and',
  'in',
  'on',
  'at',
  'as',
  'if',
  'his',
  'her',
  'their',
  'its',
  'our',
  'my',
  'when',
  'while',
  'after',
  'before',
  'since',
  'so',
  'yet',
  'however',
  'still',
  'meanwhile',
  'now',
  'for',
  'to',
]
