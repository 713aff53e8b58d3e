/**
 * The date reader's calendar arithmetic (month lengths, leap years,
 * weekdays) against the platform's `Date`, and its hand-matched
 * "January 6, 2020" form against the general reader: the fast paths must
 * read every date exactly as the slow ones do.
 */
import { describe, expect, it } from 'vitest'
import { MAX_YEAR, MIN_YEAR, parseDate } from '../src/detect/dates.js'

const MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
]
const WEEKDAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday']

/** Days in `month` (1–12) of `year`, as `Date` counts them. */
function dateDays(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate()
}

describe('parseDate calendar', () => {
  it('accepts the last day of every month and rejects the day after, as Date counts them', () => {
    for (let year = MIN_YEAR; year <= MAX_YEAR; year++) {
      for (let month = 1; month <= 12; month++) {
        const days = dateDays(year, month)
        const name = MONTHS[month - 1]!
        const iso = `${year}-${String(month).padStart(2, '0')}-${String(days).padStart(2, '0')}`
        expect(parseDate(`${name} ${days}, ${year}`)?.date).toBe(iso)
        expect(parseDate(`${days} ${name} ${year}`)?.date).toBe(iso)
        expect(parseDate(`${name} ${days + 1}, ${year}`)).toBeNull()
      }
    }
  })

  it('accepts a written weekday only when Date gives the same one', () => {
    // Every 13th day over the whole range meets every weekday and month many times.
    for (let t = Date.UTC(MIN_YEAR, 0, 1); t <= Date.UTC(MAX_YEAR, 11, 31); t += 13 * 86_400_000) {
      const d = new Date(t)
      const text = `${MONTHS[d.getUTCMonth()]} ${d.getUTCDate()}, ${d.getUTCFullYear()}`
      const right = WEEKDAYS[d.getUTCDay()]!
      const wrong = WEEKDAYS[(d.getUTCDay() + 1) % 7]!
      expect(parseDate(`${right}, ${text}`)).toEqual({ ...parseDate(text), weekday: true })
      expect(parseDate(`${wrong}, ${text}`)).toBeNull()
    }
  })

  it('reads "Month D, YYYY" as the general reader reads the same date in another form', () => {
    const words = [...MONTHS, 'Jan', 'Sept', 'sep', 'MAY', 'Mon', 'Junee', 'Ja', 'Septembers']
    let read = 0
    for (const word of words) {
      for (const day of [0, 1, 6, 9, 29, 30, 31, 32, 123]) {
        for (const year of [1989, 1990, 2020, 2024, 2100, 2101, 20200]) {
          const fast = parseDate(`${word} ${day}, ${year}`)
          // A space before the comma sends the same date down the general reader.
          const general = parseDate(`${word} ${day} , ${year}`)
          expect(fast).toEqual(general)
          if (fast !== null) read++
        }
      }
    }
    // Both readers do read dates here: the comparison is not one of two nulls.
    expect(read).toBeGreaterThan(100)
  })
})
