/**
 * Signature lines: the line an embed prints under a post to name its author
 * and date, read from a block's text around an anchor the detector found.
 *
 * - `dashHandleDate`: "— Liz Sly (@LizSly) January 6, 2020" (Twitter, and
 *   Bluesky with "(@handle.bsky.social)"), with any dash form (—, –, --, -,
 *   `&mdash;`), glued to the body ("…pic.twitter.com/P2qpm3h3Pm— Apple Music
 *   (@AppleMusic) September 27, 2016."), or without a dash on a line of its own.
 * - `sharedByHandle`: Instagram's "A post shared by Name (@handle)", with an
 *   optional " on Jan 6, 2020 at 2:34pm PST".
 * - `postByHandle`: Mastodon's and Threads' "Post by @user@instance".
 * - `postedByNameOnDate`: Facebook's "Posted by Name on Monday, January 6, 2020".
 *
 * Every reader looks at a bounded window around its anchor.
 *
 * @module
 */
import {
  type BoilerplateLine,
  boilerplateLines,
  postByPhrase,
  postedByPhrase,
  sharedByPhrase,
} from '../../lexicon/social.js'
import type { Platform } from '../../model.js'
import { isSpaceCode } from '../../segment/chars.js'
import { MAX_DATE_CHARS, type ParsedDate, parseDate } from '../dates.js'
import { lineEndWithin, lineStartWithin } from './lines.js'
import { isTwitterHandle, readPostUrl } from './urls.js'

/** The construction a signature was read as. */
export type SignatureKind = 'dashHandleDate' | 'sharedByHandle' | 'postByHandle' | 'postedByNameOnDate'

/** A signature read from a block's text (indices into `block.text`). */
export interface Signature {
  kind: SignatureKind
  /** The platform the signature itself shows, or `null` when the URL or handle must tell. */
  platform: Platform | null
  /** Where the signature starts (its dash or phrase). */
  from: number
  /** Where it ends (after the date or handle; trailing spaces and a full stop left out). */
  to: number
  /** Whether text after the handle could not be read as a date (accept only with a post link on the line). */
  unreadTail: boolean
  /** A post URL written after the date, as written, or `null`. */
  tailUrl: string | null
  /** End of the body text glued before the signature on its line, spaces left out (`from` when none). */
  bodyEnd: number
  /** End of the signature's line (before the line break). */
  lineEnd: number
  name: string | null
  handle: string | null
  date: ParsedDate | null
}

/** Longest display name read before a handle (Twitter allows 50 characters; emoji take two code units). */
export const MAX_NAME_CHARS = 100
/** Longest name on a signature line with no dash, where the whole line before the handle is the name. */
export const MAX_BARE_NAME_CHARS = 50
/** Longest handle read (a Bluesky domain handle may be 253 characters). */
export const MAX_HANDLE_CHARS = 253
/** Longest text after the handle (a date with time and zone). */
export const MAX_TAIL_CHARS: number = MAX_DATE_CHARS + 8
/** Longest post URL read after the date ("… January 6, 2020 https://twitter.com/LizSly/status/1214…"). */
export const MAX_TAIL_URL_CHARS = 160

/** Dashes that open a signature. */
const EM_DASHES = ['—', '―', '&mdash;', '&#8212;'] as const
/** The dashes that may open a signature's line, in the order they are tried (the first that stands there wins). */
const LINE_START_DASHES = ['—', '―', '–', '--', '-', '&mdash;', '&#8212;', '&ndash;', '&#8211;'] as const
/** A hyphen or en dash with space on both sides: "body text - Liz Sly (@LizSly)". */
const SPACED_DASH = /(?:^|\s)(?:--|-|–|&ndash;|&#8211;)(?=\s)/g

/** Whether `s` is one white-space character (NBSP included): callers pass one character or `undefined`. */
function isSpace(s: string | undefined): boolean {
  return s !== undefined && s.length === 1 && isSpaceCode(s.charCodeAt(0))
}

/** Whether the code unit at `i` of `text` is white space (none past the ends). */
function isSpaceAt(text: string, i: number): boolean {
  return isSpaceCode(text.charCodeAt(i))
}

/** Whether a code unit is an ASCII letter or digit. */
function isAsciiAlphanumeric(c: number): boolean {
  return (c >= 0x61 && c <= 0x7a) || (c >= 0x41 && c <= 0x5a) || (c >= 0x30 && c <= 0x39)
}

/** Move `end` back over spaces (and full stops when `dots`), not before `floor`. */
function trimBack(text: string, end: number, floor: number, dots = false): number {
  while (end > floor && (isSpaceAt(text, end - 1) || (dots && text.charCodeAt(end - 1) === 0x2e))) end--
  return end
}

/** Move `start` ahead over spaces, not past `ceiling`. */
function trimAhead(text: string, start: number, ceiling: number): number {
  while (start < ceiling && isSpaceAt(text, start)) start++
  return start
}

/**
 * Read a handle at `i` (just after `@`) up to its closing `)`: `LizSly`,
 * `jay.bsky.team`, `Gargron@mastodon.social`. Returns the handle and the
 * index of `)`.
 */
function readParenthesisedHandle(text: string, i: number): { handle: string; close: number } | null {
  const end = readHandleEnd(text, i)
  if (end === i || text.charCodeAt(end) !== 0x29) return null
  return { handle: text.slice(i, end), close: end }
}

/** Whether a code unit may stand in a handle: `[A-Za-z0-9_.-]`. */
function isHandleCode(c: number): boolean {
  return isAsciiAlphanumeric(c) || c === 0x5f || c === 0x2e || c === 0x2d
}

/** Whether a code unit may stand in a Mastodon instance name: `[A-Za-z0-9.-]`. */
function isInstanceCode(c: number): boolean {
  return isAsciiAlphanumeric(c) || c === 0x2e || c === 0x2d
}

/** End of a handle starting at `i`: `[A-Za-z0-9_.-]` then an optional `@instance`. */
function readHandleEnd(text: string, i: number): number {
  const stop = Math.min(text.length, i + MAX_HANDLE_CHARS)
  let k = i
  while (k < stop && isHandleCode(text.charCodeAt(k))) k++
  if (k === i) return i
  if (text[k] === '@') {
    let h = k + 1
    while (h < stop && isInstanceCode(text.charCodeAt(h))) h++
    if (h > k + 1) k = h
  }
  // A sentence's full stop is not part of the handle: "Post by @zuck."
  while (k > i && (text[k - 1] === '.' || text[k - 1] === '-')) k--
  return k
}

/** The platform a handle's shape shows, or `null` when no platform has such handles. */
export function platformOfHandle(handle: string): Platform | null {
  if (
    handle.includes('@') &&
    /^[A-Za-z0-9_]{1,30}@[A-Za-z0-9-]{1,63}(?:\.[A-Za-z0-9-]{1,63}){1,8}$/.test(handle)
  )
    return 'mastodon'
  if (isTwitterHandle(handle)) return 'twitter'
  if (/^[A-Za-z0-9-]{1,63}(?:\.[A-Za-z0-9-]{1,63}){1,8}$/.test(handle)) return 'bluesky'
  return null
}

/**
 * Where the dash of a signature stands in `window` (the text before the
 * handle's parenthesis): at the start of the line when `atLineStart`, else
 * the nearest em dash, else the nearest spaced hyphen or en dash.
 */
function findDash(window: string, atLineStart: boolean): { start: number; end: number } | null {
  const lead = trimAhead(window, 0, window.length)
  if (atLineStart) {
    // Compared in place, no regex run and no match made.
    for (const dash of LINE_START_DASHES)
      if (window.startsWith(dash, lead)) return { start: lead, end: lead + dash.length }
  }
  let best: { start: number; end: number } | null = null
  for (const dash of EM_DASHES) {
    // `includes` first: V8 runs `lastIndexOf` in C++, a call that costs more than the search (most windows hold no such dash).
    const at = window.includes(dash) ? window.lastIndexOf(dash) : -1
    if (at !== -1 && (best === null || at > best.start)) best = { start: at, end: at + dash.length }
  }
  if (best) return best
  for (const m of window.matchAll(SPACED_DASH)) {
    const start = m.index + (isSpace(m[0][0]) ? 1 : 0)
    best = { start, end: m.index + m[0].length }
  }
  return best
}

/**
 * Read the signature around the `(@` at `at`: "— Name (@handle) date" or
 * "A post shared by Name (@handle) on date". The date may be missing
 * (then `date` is `null`); anything else after the handle rejects it ("—
 * Jane Smith (@jsmith) is a reporter").
 */
export function readHandleSignature(text: string, at: number): Signature | null {
  const read = readParenthesisedHandle(text, at + 2)
  if (read === null) return null
  const lineEnd = lineEndWithin(text, read.close + 1, MAX_TAIL_CHARS + MAX_TAIL_URL_CHARS)
  if (lineEnd === -1) return null
  const lineStart = lineStartWithin(text, at, MAX_NAME_CHARS + sharedByPhrase.length)
  const lo = lineStart === -1 ? Math.max(0, at - MAX_NAME_CHARS - sharedByPhrase.length) : lineStart
  const window = text.slice(lo, at)
  let kind: SignatureKind = 'dashHandleDate'
  let from: number
  let nameStart: number
  // `includes` first (a fast builtin): `lastIndexOf` runs in C++, and most windows hold no such phrase.
  const shared = window.includes(sharedByPhrase) ? window.lastIndexOf(sharedByPhrase) : -1
  if (shared !== -1) {
    kind = 'sharedByHandle'
    from = lo + shared
    nameStart = from + sharedByPhrase.length
  } else {
    const dash = findDash(window, lineStart !== -1)
    if (dash) {
      from = lo + dash.start
      nameStart = lo + dash.end
    } else {
      // No dash: the whole line before the handle is the name ("Liz Sly (@LizSly) January 6, 2020").
      if (lineStart === -1 || at - lineStart > MAX_BARE_NAME_CHARS || /[!?:;“”"]/.test(window)) return null
      from = trimAhead(text, lineStart, at)
      nameStart = from
      if (nameStart === at) return null
    }
  }
  if (at - nameStart > MAX_NAME_CHARS) return null
  const name = text.slice(nameStart, at).trim()
  // "http:" or "https:" (so /https?:/), or a line break, in the name: native searches, no regex.
  if (name.includes('http:') || name.includes('https:') || name.includes('\n') || name.includes('\r'))
    return null
  const to = trimBack(text, lineEnd, read.close + 1, true)
  let tail = text.slice(read.close + 1, to).trim()
  // A scraper that keeps link targets writes the post URL after the date (a URL has a `/`, a date mostly not).
  let lastSpace = -1
  let lastWord = ''
  if (tail.includes('/')) {
    lastSpace = Math.max(tail.lastIndexOf(' '), tail.lastIndexOf('\u00a0'), tail.lastIndexOf('\t'))
    lastWord = tail
      .slice(lastSpace + 1)
      .replace(/^</, '')
      .replace(/>$/, '')
  }
  const tailUrl = lastWord === '' || readPostUrl(lastWord) === null ? null : lastWord
  if (tailUrl !== null) tail = tail.slice(0, Math.max(0, lastSpace)).trim()
  if (tail.length > MAX_TAIL_CHARS) return null
  if (kind === 'sharedByHandle' && startsWordThenSpace(tail, 'on')) tail = tail.slice(3)
  // A dash signature prints the bare date; "(@x) on Jan 6, 2020" is a sentence.
  else if (startsWordThenSpace(tail, 'on') || startsWordThenSpace(tail, 'at')) return null
  const date = tail === '' ? null : parseDate(tail)
  // Words that are no date reject the line ("is a reporter"), unless they stand in a link (a date in
  // another language, "[6 janvier 2020](…/status/…)"): the caller decides when it has seen the links.
  const unreadTail = tail !== '' && date === null
  if (unreadTail && (/[.!?;:]/.test(tail.slice(0, -1)) || moreWordsThan(tail, 8))) return null
  const handle = read.handle
  let platform: Platform | null = null
  if (kind === 'sharedByHandle') {
    if (!/^[A-Za-z0-9._]{1,30}$/.test(handle)) return null
    platform = 'instagram'
  } else if (platformOfHandle(handle) === null) {
    return null
  }
  return {
    kind,
    platform,
    from,
    to: tail === '' ? read.close + 1 : to,
    unreadTail,
    tailUrl,
    bodyEnd: trimBack(text, from, lineStart === -1 ? 0 : lineStart),
    lineEnd,
    name: name === '' ? null : name,
    handle,
    date,
  }
}

/**
 * Whether `text.split(/\s+/).length > max`, counted in place: the split
 * gives one part more than `text` has runs of white space (`\s`).
 */
function moreWordsThan(text: string, max: number): boolean {
  let parts = 1
  for (let i = 0; i < text.length; i++) {
    if (isSpaceAt(text, i) && (i === 0 || !isSpaceAt(text, i - 1)) && ++parts > max) return true
  }
  return parts > max
}

/**
 * Whether `text` starts with the two-letter lower-case `word` in any case,
 * then white space (`/^on\s/i` for "on", read in place).
 */
function startsWordThenSpace(text: string, word: string): boolean {
  return (
    (text.charCodeAt(0) | 0x20) === word.charCodeAt(0) &&
    (text.charCodeAt(1) | 0x20) === word.charCodeAt(1) &&
    isSpaceAt(text, 2)
  )
}

/** The platform named by a "View on …" line, when `line` is one. */
export function boilerplatePlatform(line: string): Platform | null {
  const found = findBoilerplate(line)
  return found === null ? null : found.platform
}

/** The boilerplate lines by their lower-case text (the first one listed wins). */
const BOILERPLATE_BY_KEY: ReadonlyMap<string, BoilerplateLine> = new Map(
  [...boilerplateLines].reverse().map((b) => [b.text.toLowerCase(), b]),
)

/** The first characters of the boilerplate lines, lower case: most lines looked at start with another. */
const BOILERPLATE_FIRST: ReadonlySet<string> = new Set(
  [...BOILERPLATE_BY_KEY.keys()].map((key) => key.charAt(0)),
)

/**
 * Whether `line`'s first character but white space, lower-cased, is in
 * {@link BOILERPLATE_FIRST} (what `BOILERPLATE_FIRST.has(line.trim().charAt(0).toLowerCase())`
 * tells), read in place for an ASCII character: no trimmed copy, no
 * lower-cased string.
 */
function mayOpenBoilerplate(line: string): boolean {
  let i = 0
  while (i < line.length && isSpaceAt(line, i)) i++
  const c = i < line.length ? line.charCodeAt(i) : -1
  if (c === -1 || c >= 0x80) return BOILERPLATE_FIRST.has(line.charAt(i).toLowerCase())
  // An ASCII code unit's lowercase is itself, or its capital's letter.
  return BOILERPLATE_FIRST.has(String.fromCharCode(c >= 0x41 && c <= 0x5a ? c | 0x20 : c))
}

/** Longest line (spaces included) that {@link findBoilerplate} reads as a boilerplate line. */
export const MAX_BOILERPLATE_CHARS = 64

/** The boilerplate line `line` is (ignoring case, surrounding spaces and a trailing ellipsis), or `null`. */
export function findBoilerplate(line: string): { platform: Platform; opens: boolean } | null {
  if (line.length > MAX_BOILERPLATE_CHARS) return null
  // Lower-casing a string lower-cases each character: a key starts with its line's first character, lower-cased.
  if (!mayOpenBoilerplate(line)) return null
  const key = line
    .trim()
    .replace(/(?:…|\.\.\.)$/, '')
    .trim()
    .toLowerCase()
  return BOILERPLATE_BY_KEY.get(key) ?? null
}

/**
 * Read "Post by @user" (Mastodon, Threads) at `at`. The rest of the line
 * may only be a "View on …" boilerplate.
 */
export function readPostBy(text: string, at: number): Signature | null {
  if (at > 0 && !isSpace(text[at - 1]) && !/[.!?)\]]/.test(text[at - 1] ?? '')) return null
  const start = at + postByPhrase.length
  const end = readHandleEnd(text, start)
  if (end === start) return null
  const handle = text.slice(start, end)
  const lineEnd = lineEndWithin(text, end, MAX_TAIL_CHARS)
  if (lineEnd === -1) return null
  const rest = text.slice(end, lineEnd).trim()
  let to = end
  let platform = platformOfHandle(handle) === 'mastodon' ? ('mastodon' as Platform) : null
  if (rest !== '') {
    const named = boilerplatePlatform(rest)
    if (named === null) return null
    platform = named
    to = trimBack(text, lineEnd, end)
  }
  const lineStart = lineStartWithin(text, at, MAX_NAME_CHARS)
  return {
    kind: 'postByHandle',
    platform,
    from: at,
    to,
    bodyEnd: trimBack(text, at, lineStart === -1 ? 0 : lineStart),
    unreadTail: false,
    tailUrl: null,
    lineEnd,
    name: null,
    handle,
    date: null,
  }
}

/**
 * Read Facebook's "Posted by Name on Monday, January 6, 2020" at `at`. The
 * date is required; whether it is evidence enough (Facebook always writes
 * the weekday) is the caller's call.
 */
export function readPostedBy(text: string, at: number): Signature | null {
  if (at > 0 && !isSpace(text[at - 1]) && !/[.!?)\]]/.test(text[at - 1] ?? '')) return null
  const nameStart = at + postedByPhrase.length
  const lineEnd = lineEndWithin(text, nameStart, MAX_NAME_CHARS + MAX_TAIL_CHARS)
  if (lineEnd === -1) return null
  const line = text.slice(nameStart, lineEnd)
  const on = line.indexOf(' on ')
  if (on <= 0 || on > MAX_NAME_CHARS) return null
  const to = trimBack(text, lineEnd, nameStart + on, true)
  const date = parseDate(text.slice(nameStart + on + 4, to))
  if (date === null) return null
  const lineStart = lineStartWithin(text, at, MAX_NAME_CHARS)
  return {
    kind: 'postedByNameOnDate',
    platform: 'facebook',
    from: at,
    to,
    bodyEnd: trimBack(text, at, lineStart === -1 ? 0 : lineStart),
    unreadTail: false,
    tailUrl: null,
    lineEnd,
    name: line.slice(0, on).trim(),
    handle: null,
    date,
  }
}
