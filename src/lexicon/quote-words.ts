/**
 * Words the quote detector reads around quotation marks: the voice of quoted
 * speech, words that open a clause after a quotation, nouns that present
 * quoted words as a term, verbs that join a participle cue, title words and
 * sentence adverbials.
 *
 * Source: compiled by hand for newsmark from the attribution patterns of
 * news text (the fixtures and the errors listed by `npm run eval -- --errors`
 * on PolNeAR dev); the closed-class words (pronouns, determiners,
 * prepositions, catenative verbs) after Huddleston & Pullum, "The Cambridge
 * Grammar of the English Language" (2002), and title case after the Chicago
 * Manual of Style (8.159).
 *
 * @module
 */

import { weekdayNames } from './months.js'
import { possessiveDeterminers } from './pronouns.js'

/** First- and second-person words: the voice of quoted speech, not of the narrator. */
export const speechPronouns: readonly string[] = [
  'I',
  'me',
  'my',
  'My',
  'Me',
  'mine',
  'myself',
  'we',
  'We',
  'us',
  'our',
  'Our',
  'ours',
  'ourselves',
  'you',
  'You',
  'your',
  'Your',
  'yours',
  'yourself',
]

/**
 * Words that open a new clause or an adjunct after a quotation ending a
 * report (described it as a “disgrace” after she …, was “true,” but …,
 * says, “Don’t,” until …): the reported
 * words end with the quotation.
 */
export const tailOpeners: readonly string[] = [
  'but',
  'during',
  'after',
  'before',
  'until',
  'while',
  'since',
  ...weekdayNames,
]

/** Words ending in -s that are no verbs. */
export const notVerbsInS: readonly string[] = [
  'his',
  'its',
  'this',
  'those',
  'these',
  'is',
  'was',
  'has',
  'as',
]

/** Short words a title leaves in lower case. */
export const titleSmallWords: readonly string[] = [
  'a',
  'an',
  'the',
  'and',
  'or',
  'but',
  'nor',
  'of',
  'in',
  'on',
  'at',
  'to',
  'for',
  'by',
  'with',
  'from',
  'as',
]

/** Words before 'as' that make no verb-object-as frame (such as, as well as, known as). */
export const notAsVerbs: readonly string[] = ['such', 'well', 'so', 'same', 'known', 'much', 'just']

/** Words before a noun: after one, an -s form is a plural noun (the guidelines that …, in hopes that …). */
export const nounMarkers: readonly string[] = [
  'the',
  'a',
  'an',
  'in',
  'of',
  ...possessiveDeterminers,
  'these',
  'those',
  'with',
  'for',
]

/** Capitalised words opening an adverbial, not a mention (On September 27, …; However, …). */
export const sentenceAdverbials: readonly string[] = [
  'on',
  'in',
  'at',
  'after',
  'before',
  'when',
  'while',
  'since',
  'however',
  'meanwhile',
  'but',
  'and',
  'so',
  'yet',
  'then',
  'also',
  'for',
  'with',
  'by',
  'from',
  'as',
  'if',
  'last',
  'this',
  'that',
]

/** Object words that may stand between a cue and the quotation it introduces ("called them “…”", "described it as “…”"). */
export const leadInFillers: readonly string[] = [
  'it',
  'them',
  'him',
  'her',
  'this',
  'that',
  'as',
  'us',
  'me',
  'you',
]

/** Nouns that present the quoted words as a term someone used ("used the phrase “…”", "added the words, “…”"). */
export const termNouns: readonly string[] = [
  'phrase',
  'phrases',
  'term',
  'terms',
  'word',
  'words',
  'slogan',
  'expression',
  'motto',
  'mantra',
]

/** Verbs before a participle cue that make one verb with it ("began chanting"). */
export const catenatives: readonly string[] = [
  'began',
  'begin',
  'begins',
  'begun',
  'started',
  'start',
  'starts',
  'kept',
  'keep',
  'keeps',
]
