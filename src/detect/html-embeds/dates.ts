/**
 * The dates that embed signatures print, in the languages embed code
 * localises them to: "January 6, 2020", "6. Januar 2020", "6 janvier 2020",
 * "6 de enero de 2020", "2020年1月6日", "January 6, 2024 at 2:34 PM",
 * "Monday, January 6, 2020"; and ISO timestamps from `datetime`
 * attributes ("2020-01-06T14:34:00+00:00").
 *
 * @module
 */
import {
  afternoonMarkers,
  cjkDateSuffixes,
  dateFillerWords,
  dayOrdinalSuffixes,
  localisedMonths,
  morningMarkers,
} from '../../lexicon/dates-localised.js'

/** A date read from an embed. */
export interface EmbedDate {
  /** ISO `YYYY-MM-DD`. */
  date: string
  /** `HH:MM` (24-hour), or `null`. */
  time: string | null
}

/** Longest text read as a date. */
export const MAX_EMBED_DATE_CHARS = 100

const ISO = /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2}))?/
const TOKEN = /\p{L}+|\d+|[^\s\p{L}\d]/gu

type Token = { kind: 'number' | 'word' | 'mark'; value: string }

/** Read an ISO date or timestamp (`datetime` attributes); `null` when it is not one. */
export function parseIsoDate(text: string): EmbedDate | null {
  const match = ISO.exec(text.trim().slice(0, MAX_EMBED_DATE_CHARS))
  if (match === null) return null
  const date = isoDate(Number(match[1]), Number(match[2]), Number(match[3]))
  if (date === null) return null
  const time = match[4] === undefined ? null : clock(Number(match[4]), Number(match[5]))
  return { date, time }
}

/**
 * Read `text` as one date, in any language of the lexicon, with an optional
 * weekday (any one word before it) and time; `null` when it is not one.
 */
export function parseEmbedDate(text: string): EmbedDate | null {
  const trimmed = text.trim()
  if (trimmed.length === 0 || trimmed.length > MAX_EMBED_DATE_CHARS) return null
  const iso = parseIsoDate(trimmed)
  if (iso !== null && /^\d{4}-\d{2}-\d{2}(?:[T ][\d:.]+(?:Z|[+-][\d:]+)?)?$/.test(trimmed)) return iso
  const tokens: Token[] = Array.from(trimmed.matchAll(TOKEN), ([value]) => ({
    kind: /^\d/.test(value) ? 'number' : /^\p{L}/u.test(value) ? 'word' : 'mark',
    value: value.toLowerCase(),
  }))
  const timed = takeTime(tokens)
  if (timed === undefined) return null
  const date = readCjk(timed.rest) ?? readWords(timed.rest)
  return date === null ? null : { date, time: timed.time }
}

/** "2020年1月6日": year, month and day each followed by its suffix. */
function readCjk(tokens: Token[]): string | null {
  const parts = tokens.filter((t) => t.kind !== 'mark' || !/^[,.]$/.test(t.value))
  const [y, ys, m, ms, d, ds] = parts
  if (parts.length < 6 || y?.kind !== 'number' || m?.kind !== 'number' || d?.kind !== 'number') return null
  const suffix = (t: Token | undefined, list: readonly string[]) => t !== undefined && list.includes(t.value)
  if (
    !suffix(ys, cjkDateSuffixes.year) ||
    !suffix(ms, cjkDateSuffixes.month) ||
    !suffix(ds, cjkDateSuffixes.day)
  )
    return null
  return parts.length === 6 ? isoDate(Number(y.value), Number(m.value), Number(d.value)) : null
}

/** "January 6, 2020", "6. Januar 2020", "6 de enero de 2020", with at most one other word (a weekday). */
function readWords(tokens: Token[]): string | null {
  let month: number | null = null
  let day: number | null = null
  let year: number | null = null
  let others = 0
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!
    if (t.kind === 'mark') continue
    if (t.kind === 'number') {
      if (t.value.length === 4 && year === null) year = Number(t.value)
      else if (t.value.length <= 2 && day === null) {
        day = Number(t.value)
        const next = tokens[i + 1]
        if (next?.kind === 'word' && dayOrdinalSuffixes.has(next.value)) i++
      } else return null
      continue
    }
    const named = localisedMonths.get(t.value)
    if (named !== undefined && month === null) month = named
    else if (!dateFillerWords.has(t.value) && ++others > 1) return null
  }
  if (month === null || day === null || year === null) return null
  return isoDate(year, month, day)
}

/**
 * Take a time ("2:34 PM", "14:34", "2:34 p.m.", "午後2:34") out of the
 * tokens; `undefined` when it is malformed.
 */
function takeTime(tokens: Token[]): { time: string | null; rest: Token[] } | undefined {
  for (let i = 0; i + 2 < tokens.length; i++) {
    const hour = tokens[i]!
    if (hour.kind !== 'number' || tokens[i + 1]?.value !== ':' || tokens[i + 2]?.kind !== 'number') continue
    let end = i + 3
    if (tokens[end]?.value === ':' && tokens[end + 1]?.kind === 'number') end += 2
    let h = Number(hour.value)
    const minute = Number(tokens[i + 2]!.value)
    let start = i
    const marker = meridiem(tokens, end) ?? meridiemBefore(tokens, i)
    if (marker !== null) {
      if (h < 1 || h > 12) return undefined
      h = (h % 12) + (marker.pm ? 12 : 0)
      if (marker.before) start = i - 1
      else end = marker.next
    }
    const time = clock(h, minute)
    if (time === null) return undefined
    return { time, rest: [...tokens.slice(0, start), ...tokens.slice(end)] }
  }
  return { time: null, rest: tokens }
}

/** "PM", "p.m.", at `i`. */
function meridiem(tokens: Token[], i: number): { pm: boolean; next: number; before: false } | null {
  const t = tokens[i]
  if (t === undefined) return null
  if (afternoonMarkers.has(t.value) || morningMarkers.has(t.value))
    return { pm: afternoonMarkers.has(t.value), next: i + 1, before: false }
  if ((t.value === 'a' || t.value === 'p') && tokens[i + 1]?.value === '.' && tokens[i + 2]?.value === 'm') {
    return { pm: t.value === 'p', next: tokens[i + 3]?.value === '.' ? i + 4 : i + 3, before: false }
  }
  return null
}

/** 午後 or 오후 just before the hour. */
function meridiemBefore(tokens: Token[], i: number): { pm: boolean; before: true } | null {
  const t = tokens[i - 1]
  if (t === undefined || t.kind !== 'word') return null
  if (afternoonMarkers.has(t.value) && t.value !== 'pm') return { pm: true, before: true }
  if (morningMarkers.has(t.value) && t.value !== 'am') return { pm: false, before: true }
  return null
}

function clock(hour: number, minute: number): string | null {
  if (hour > 23 || minute > 59) return null
  return `${String(hour).padStart(2, '0')}:${String(minute).padStart(2, '0')}`
}

/** `YYYY-MM-DD` when the parts make a real date between 1990 and 2100, else `null`. */
function isoDate(year: number, month: number, day: number): string | null {
  if (year < 1990 || year > 2100 || month < 1 || month > 12 || day < 1) return null
  if (day > new Date(Date.UTC(year, month, 0)).getUTCDate()) return null
  return `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`
}
