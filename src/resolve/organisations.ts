/**
 * Organisations and groups: "the Pentagon", "The New York Post" (and later
 * "The Post"), "Hillary Clinton’s campaign", "Pentagon officials".
 *
 * @module
 */
import type { OrganisationShape } from './mention.js'
import { isGivenName } from './names.js'
import { bodyOf, determinerOf, joinedKeys } from './phrases.js'
import {
  GROUP_HEADS,
  HEAD_PREPOSITIONS,
  HONORIFICS,
  ORGANISATION_HEADS,
  ORGANISATION_NAMES,
  OUTLET_HEADS,
} from './vocabulary.js'
import { isCapitalised, keyClasses, type Word } from './words.js'

/**
 * Whether a capitalised outlet head makes the phrase a news outlet: "The New
 * York Post", "The Post", "Fox News" — but not "Mark Post" (a given name
 * first) nor "Sen. Star".
 */
function isOutlet(body: readonly Word[], head: Word, headClasses: number, determiner: boolean): boolean {
  if ((headClasses & OUTLET) === 0 || !isCapitalised(head)) return false
  const first = body[0]
  if (!first || isGivenName(first) || HONORIFICS.has(first.key)) return false
  return determiner || body.length >= 2
}

/** Longest acronym read as an organisation without "the" ("RT", "AROS"); "PENCE" in a transcript is a name. */
export const MAX_BARE_ACRONYM = 4

/** Whether a code unit is an ASCII capital. */
function isCapitalCode(c: number): boolean {
  return c >= 0x41 && c <= 0x5a
}

/**
 * Whether `text` matches `/^[A-Z][A-Z.&]*[A-Z]\.?$/` ("NAACP", "U.S.", "AT&T"),
 * tested code unit by code unit: a final dot is the optional one (the last
 * letter cannot be a dot), then the text is a capital, capitals, dots or
 * ampersands, and a capital.
 */
function isAcronymText(text: string): boolean {
  const end = text.charCodeAt(text.length - 1) === 0x2e ? text.length - 1 : text.length
  if (end < 2 || !isCapitalCode(text.charCodeAt(0)) || !isCapitalCode(text.charCodeAt(end - 1))) return false
  for (let i = 1; i < end - 1; i++) {
    const c = text.charCodeAt(i)
    if (!isCapitalCode(c) && c !== 0x2e && c !== 0x26) return false
  }
  return true
}

/**
 * Whether a phrase is one acronym naming an organisation: "the NAACP" (any
 * length after "the"), "RT" (short alone).
 */
function isAcronym(body: readonly Word[], determiner: boolean): boolean {
  const only = body[0]
  if (body.length !== 1 || !only || !isAcronymText(only.text)) return false
  return determiner || only.key.length <= MAX_BARE_ACRONYM
}

/**
 * Read `words` as an organisation or a group: the whole phrase is a known
 * name ("the Pentagon"), or its head (the last word before a preposition)
 * is an organisation word ("the Iraqi defence ministry", "The United
 * States-led military coalition against Islamic State"), an outlet
 * ("The New York Post"), or a plural group word ("Pentagon officials").
 */
export function readOrganisation(words: readonly Word[]): OrganisationShape | 'group' | null {
  const determiner = determinerOf(words)
  const body = bodyOf(words, determiner)
  const first = body[0]
  const last = body.at(-1)
  if (!first || !last) return null
  const lastClasses = HEAD_CLASSES.get(last.key) ?? 0
  if (isKnownName(body, lastClasses) || isAcronym(body, determiner !== null))
    return organisation(body, first, last)
  const head = headWord(body) ?? last
  // (The head is the last word unless a preposition follows it: then it is looked up on its own.)
  const headClasses = head === last ? lastClasses : (HEAD_CLASSES.get(head.key) ?? 0)
  if ((headClasses & GROUP) !== 0) return 'group'
  if ((headClasses & ORGANISATION) !== 0 || isOutlet(body, head, headClasses, determiner !== null)) {
    return organisation(body, first, last)
  }
  return null
}

/** The last word of each known organisation name ("house" of "white house"): most phrases fail this check. */
const KNOWN_NAME_ENDS: ReadonlySet<string> = new Set(
  [...ORGANISATION_NAMES].map((name) => name.slice(name.lastIndexOf(' ') + 1)),
)

/** Bits of {@link HEAD_CLASSES}: {@link GROUP_HEADS}. */
const GROUP = 1
/** {@link ORGANISATION_HEADS}. */
const ORGANISATION = 2
/** {@link OUTLET_HEADS}. */
const OUTLET = 4
/** {@link KNOWN_NAME_ENDS}. */
const KNOWN_NAME_END = 8

/**
 * The lists that {@link readOrganisation} looks a phrase's head and last
 * word up in, as bits by key: one lookup per word instead of one per list
 * (most words, names, are in none).
 */
const HEAD_CLASSES: ReadonlyMap<string, number> = keyClasses([
  [GROUP_HEADS, GROUP],
  [ORGANISATION_HEADS, ORGANISATION],
  [OUTLET_HEADS, OUTLET],
  [KNOWN_NAME_ENDS, KNOWN_NAME_END],
])

/**
 * Whether the words' keys make a known organisation name (`lastClasses`: the
 * {@link HEAD_CLASSES} of the last word's key); the joined key is built only
 * when the last word fits.
 */
function isKnownName(body: readonly Word[], lastClasses: number): boolean {
  return (lastClasses & KNOWN_NAME_END) !== 0 && ORGANISATION_NAMES.has(joinedKeys(body))
}

/** Keys that make a phrase an organisation whatever their case: the organisation heads and the last words of known names. */
export const ORGANISATION_KEYS: ReadonlySet<string> = new Set([...ORGANISATION_HEADS, ...KNOWN_NAME_ENDS])

/**
 * Whether a word may make a phrase an organisation: its key is an
 * organisation head ("the council") or the last word of a known name ("the
 * senate"), whatever its case; or it is a capitalised outlet head ("Post")
 * or an acronym ("NAACP"). {@link readOrganisation} finds an organisation
 * only in a phrase that holds such a word, so a scan may skip the other
 * phrases. (`organisationKey`: whether `word.key` is in
 * {@link ORGANISATION_KEYS}, when the caller knows it already.)
 */
export function mayMakeOrganisation(
  word: Word,
  organisationKey: boolean = ORGANISATION_KEYS.has(word.key),
): boolean {
  return organisationKey || (isCapitalised(word) && (OUTLET_HEADS.has(word.key) || isAcronymText(word.text)))
}

/** The organisation shape of `body`, from its `first` to its `last` word. */
function organisation(body: readonly Word[], first: Word, last: Word): OrganisationShape {
  return { form: 'organisation', name: { start: first.start, end: last.end }, key: joinedKeys(body) }
}

/** The last word of {@link headPart}, without copying the words; `undefined` for none. */
function headWord(words: readonly Word[]): Word | undefined {
  for (let i = 1; i < words.length; i++) {
    const w = words[i]
    if (w && w.text === w.key && HEAD_PREPOSITIONS.has(w.key)) return words[i - 1]
  }
  return words.at(-1)
}

/**
 * Whether the organisation keyed `short` may refer to the one keyed `full`:
 * the same key, or a shorter form that ends the longer one on a word
 * boundary ("post" of "new york post"; "clinton campaign" of "hillary
 * clinton campaign").
 */
export function organisationRefersTo(short: string, full: string): boolean {
  return short === full || full.endsWith(` ${short}`)
}
