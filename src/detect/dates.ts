/**
 * English dates as social-media signatures print them, read into ISO form:
 * "January 6, 2020" (Twitter's embed), "Jan 6, 2020", "6 January 2020",
 * "2020-01-06", "Monday, January 6, 2020" (Facebook's embed), "January 6,
 * 2024 at 2:34 PM" (Bluesky's embed), "Jan 6, 2020 at 2:34pm PST"
 * (Instagram's older embed), "2:34 PM · Jan 6, 2020" (a post's own page) and
 * "2020-01-06T14:34:00Z".
 *
 * The whole string must be a date (with an optional weekday and time);
 * anything else left over makes it not a date, so that "is a reporter" after
 * a handle is not read as one.
 *
 * @module
 */
import {
  dateConnectives,
  dateSeparators,
  monthNumbers,
  ordinalSuffixes,
  timeZoneAbbreviations,
  weekdayNumbers,
} from '../lexicon/months.js'
import { isDigitCode, isSpaceCode } from '../segment/chars.js'

/** A date read from text. */
export interface ParsedDate {
  /** ISO `YYYY-MM-DD`. */
  date: string
  /** `HH:MM` (24-hour), or `null` when no time was given. */
  time: string | null
  /** Whether a weekday was written (and agrees with the date). */
  weekday: boolean
}

/** Longest text read as a date: "Wednesday, September 30, 2020 at 11:59 p.m. AEDT" is 48. */
export const MAX_DATE_CHARS = 80
/** Earliest year accepted (no social network is older). */
export const MIN_YEAR = 1990
/** Latest year accepted. */
export const MAX_YEAR = 2100

/**
 * ISO date with optional time: "2020-01-06", "2020-01-06T14:34:00Z",
 * "2020-01-06 14:34". Anchored, no nested quantifiers.
 */
const ISO_DATE =
  /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::\d{2}(?:\.\d{1,9})?)?(?:Z|[+-]\d{2}:?\d{2})?)?$/

const FILLER_WORDS = new Set(dateConnectives)
const FILLER_PUNCTUATION = new Set(dateSeparators)
const zones = new Set(timeZoneAbbreviations)
const ordinals = new Set(ordinalSuffixes)
/**
 * {@link monthNumbers} and {@link weekdayNumbers} as maps: a map looks a word
 * up by its hash (a plain object looked up by a word made at run time is a
 * slow keyed load) and has no inherited keys.
 */
const MONTHS: ReadonlyMap<string, number> = new Map(Object.entries(monthNumbers))
const WEEKDAYS: ReadonlyMap<string, number> = new Map(Object.entries(weekdayNumbers))

/**
 * The month words that {@link monthDayYear} reads ("january", "jan", …):
 * those of {@link monthNumbers} that are no weekday, filler or zone (the
 * general reader treats those otherwise), each in lower case, capitalised
 * and upper case, so that the words as mostly written ("January", "JAN")
 * are found without being lower-cased first.
 */
const QUICK_MONTHS: ReadonlyMap<string, number> = new Map(
  Object.entries(monthNumbers)
    .filter(([word]) => !WEEKDAYS.has(word) && !FILLER_WORDS.has(word) && !zones.has(word))
    .flatMap(
      ([word, month]): Array<[string, number]> => [
        [word, month],
        [`${word.charAt(0).toUpperCase()}${word.slice(1)}`, month],
        [word.toUpperCase(), month],
      ],
    ),
)

type Token = { kind: 'number' | 'word' | 'mark'; value: string }

/** Split into digit runs, letter runs and single other characters; spaces dropped. */
function tokenize(text: string): Token[] {
  const tokens: Token[] = []
  let i = 0
  while (i < text.length) {
    const c = text.charCodeAt(i)
    let j = i + 1
    if (isDigitCode(c)) {
      while (j < text.length && isDigitCode(text.charCodeAt(j))) j++
      tokens.push({ kind: 'number', value: text.slice(i, j) })
    } else if (isLetter(c)) {
      let upper = c <= 0x5a
      for (; j < text.length && isLetter(text.charCodeAt(j)); j++)
        if (text.charCodeAt(j) <= 0x5a) upper = true
      // A word already in lower case is not lower-cased again (a copy, made in C++ for a two-byte text).
      const word = text.slice(i, j)
      tokens.push({ kind: 'word', value: upper ? word.toLowerCase() : word })
    } else if (!isSpaceCode(c)) {
      tokens.push({ kind: 'mark', value: text[i] ?? '' })
    }
    i = j
  }
  return tokens
}

function isLetter(c: number): boolean {
  return (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a)
}

/**
 * Take a time out of `tokens` ("2:34 PM", "14:34", "2:34pm", "11 a.m."),
 * returning it as `HH:MM` and the tokens without it; `undefined` when the
 * time is malformed, `null` when there is none.
 */
function takeTime(tokens: Token[]): { time: string | null; rest: Token[] } | undefined {
  for (let i = 0; i < tokens.length; i++) {
    const hour = tokens[i]
    if (hour?.kind !== 'number') continue
    let j = i + 1
    let minute = 0
    let hasColon = false
    if (tokens[j]?.value === ':' && tokens[j + 1]?.kind === 'number') {
      minute = Number(tokens[j + 1]?.value)
      hasColon = true
      j += 2
      if (tokens[j]?.value === ':' && tokens[j + 1]?.kind === 'number') j += 2
    }
    const meridiem = readMeridiem(tokens, j)
    if (!hasColon && meridiem === null) continue
    let h = Number(hour.value)
    if (meridiem !== null) {
      if (h < 1 || h > 12) return undefined
      h = (h % 12) + (meridiem.pm ? 12 : 0)
      j = meridiem.next
    }
    if (h > 23 || minute > 59 || hour.value.length > 2) return undefined
    const time = `${String(h).padStart(2, '0')}:${String(minute).padStart(2, '0')}`
    // The tokens are this call's own: the time's are taken out in place.
    tokens.splice(i, j - i)
    return { time, rest: tokens }
  }
  return { time: null, rest: tokens }
}

/** "am", "pm", "a.m.", "p.m." at `i`. */
function readMeridiem(tokens: Token[], i: number): { pm: boolean; next: number } | null {
  const t = tokens[i]
  if (t?.value === 'am' || t?.value === 'pm') return { pm: t.value === 'pm', next: i + 1 }
  if (
    (t?.value === 'a' || t?.value === 'p') &&
    tokens[i + 1]?.value === '.' &&
    tokens[i + 2]?.value === 'm'
  ) {
    return { pm: t.value === 'p', next: tokens[i + 3]?.value === '.' ? i + 4 : i + 3 }
  }
  return null
}

/** Days of the months of a common year, January first. */
const MONTH_DAYS: readonly number[] = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31]

/** Days in `month` (1–12) of `year`, by the Gregorian calendar (as `Date` counts them), with no `Date` made. */
function daysInMonth(year: number, month: number): number {
  const leap = (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0
  return month === 2 && leap ? 29 : (MONTH_DAYS[month - 1] ?? 0)
}

/** Offsets of the months for {@link weekdayOf} (Sakamoto's method), January first. */
const MONTH_OFFSETS: readonly number[] = [0, 3, 2, 5, 0, 3, 5, 1, 4, 6, 2, 4]

/**
 * The weekday of a valid Gregorian date as `Date.prototype.getUTCDay`
 * counts it (0 = Sunday), by arithmetic (Sakamoto's method): no `Date` made.
 */
function weekdayOf(year: number, month: number, day: number): number {
  const y = month < 3 ? year - 1 : year
  return (
    (y +
      Math.floor(y / 4) -
      Math.floor(y / 100) +
      Math.floor(y / 400) +
      (MONTH_OFFSETS[month - 1] ?? 0) +
      day) %
    7
  )
}

function isoDate(year: number, month: number, day: number): string | null {
  if (year < MIN_YEAR || year > MAX_YEAR || month < 1 || month > 12 || day < 1) return null
  if (day > daysInMonth(year, month)) return null
  return `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`
}

/**
 * Read `text` (surrounding spaces allowed) as one English date with an
 * optional weekday and time; `null` when it is not exactly that.
 */
export function parseDate(text: string): ParsedDate | null {
  const trimmed = text.trim()
  if (trimmed.length === 0 || trimmed.length > MAX_DATE_CHARS) return null
  // ISO_DATE needs four digits and a hyphen first: most dates are written otherwise, and no regex runs for them.
  const iso = startsIsoDate(trimmed) ? ISO_DATE.exec(trimmed) : null
  if (iso) {
    const date = isoDate(Number(iso[1]), Number(iso[2]), Number(iso[3]))
    if (date === null) return null
    if (iso[4] === undefined || iso[5] === undefined) return { date, time: null, weekday: false }
    if (Number(iso[4]) > 23 || Number(iso[5]) > 59) return null
    return { date, time: `${iso[4]}:${iso[5]}`, weekday: false }
  }
  const quick = monthDayYear(trimmed)
  if (quick !== undefined) return quick
  const timed = takeTime(tokenize(trimmed))
  if (timed === undefined) return null
  const parts = timed.rest.filter(
    (t) =>
      !(t.kind === 'mark' && FILLER_PUNCTUATION.has(t.value)) &&
      !(t.kind === 'word' && (FILLER_WORDS.has(t.value) || zones.has(t.value))),
  )
  let weekday: number | null = null
  const first = parts[0]
  const firstWeekday = first?.kind === 'word' ? WEEKDAYS.get(first.value) : undefined
  if (firstWeekday !== undefined) {
    weekday = firstWeekday
    parts.shift()
  }
  const ymd = readDayMonthYear(parts)
  if (ymd === null) return null
  const date = isoDate(ymd.year, ymd.month, ymd.day)
  if (date === null) return null
  if (weekday !== null && weekdayOf(ymd.year, ymd.month, ymd.day) !== weekday) return null
  return { date, time: timed.time, weekday: weekday !== null }
}

/** Whether `text` starts with four ASCII digits and a hyphen, as {@link ISO_DATE} needs. */
function startsIsoDate(text: string): boolean {
  return (
    text.charCodeAt(4) === 0x2d &&
    isDigitCode(text.charCodeAt(0)) &&
    isDigitCode(text.charCodeAt(1)) &&
    isDigitCode(text.charCodeAt(2)) &&
    isDigitCode(text.charCodeAt(3))
  )
}

/** End of the run of ASCII digits from `i`, reading at most `max` of them (a longer run ends later). */
function digitsEnd(text: string, i: number, max: number): number {
  let j = i
  while (j < text.length && j - i <= max && isDigitCode(text.charCodeAt(j))) j++
  return j
}

/** The value of the ASCII digits `text[from, to)`. */
function digitsValue(text: string, from: number, to: number): number {
  let value = 0
  for (let i = from; i < to; i++) value = value * 10 + (text.charCodeAt(i) - 0x30)
  return value
}

/**
 * `trimmed` read as "January 6, 2020", exactly as the general reader below
 * reads it; `undefined` when it has another form (or a word the general
 * reader treats otherwise: a weekday, a filler, a zone), for that reader.
 * Twitter's own form (one space, a comma), which most signatures print,
 * matched by hand as `/^([A-Za-z]{3,9}) (\d{1,2}), (\d{4})$/` would (its
 * parts are fixed runs, so no backtracking could make another match): no
 * tokens, no match array, no number strings.
 */
function monthDayYear(trimmed: string): ParsedDate | null | undefined {
  let i = 0
  while (i < trimmed.length && i <= 9 && isLetter(trimmed.charCodeAt(i))) i++
  if (i < 3 || i > 9 || trimmed.charCodeAt(i) !== 0x20) return undefined
  const dayFrom = i + 1
  const dayTo = digitsEnd(trimmed, dayFrom, 2)
  if (dayTo === dayFrom || dayTo - dayFrom > 2) return undefined
  if (trimmed.charCodeAt(dayTo) !== 0x2c || trimmed.charCodeAt(dayTo + 1) !== 0x20) return undefined
  const yearFrom = dayTo + 2
  if (trimmed.length !== yearFrom + 4 || digitsEnd(trimmed, yearFrom, 4) !== trimmed.length) return undefined
  const word = trimmed.slice(0, i)
  // Lower-cased only when not found as written (mixed case, or no month word at all).
  const month = QUICK_MONTHS.get(word) ?? QUICK_MONTHS.get(word.toLowerCase())
  if (month === undefined) return undefined
  const date = isoDate(
    digitsValue(trimmed, yearFrom, trimmed.length),
    month,
    digitsValue(trimmed, dayFrom, dayTo),
  )
  return date === null ? null : { date, time: null, weekday: false }
}

/** "January 6 2020" or "6 January 2020" (fillers and ordinal suffixes already allowed for). */
function readDayMonthYear(parts: Token[]): { year: number; month: number; day: number } | null {
  const words = parts.filter(
    (t, i) => !(t.kind === 'word' && ordinals.has(t.value) && parts[i - 1]?.kind === 'number'),
  )
  if (words.length !== 3) return null
  const [a, b, c] = words as [Token, Token, Token]
  if (c.kind !== 'number' || c.value.length !== 4) return null
  const year = Number(c.value)
  if (a.kind === 'word' && b.kind === 'number' && b.value.length <= 2) {
    const month = MONTHS.get(a.value)
    return month === undefined ? null : { year, month, day: Number(b.value) }
  }
  if (a.kind === 'number' && a.value.length <= 2 && b.kind === 'word') {
    const month = MONTHS.get(b.value)
    return month === undefined ? null : { year, month, day: Number(a.value) }
  }
  return null
}
