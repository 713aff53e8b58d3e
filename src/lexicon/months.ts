/**
 * Calendar words for reading the dates of social-media signatures
 * ("January 6, 2020", "6 Jan 2020", "Monday, January 6, 2020 at 2:34 PM PST"):
 * English month names and their abbreviations, weekday names, the
 * time-zone abbreviations that follow a time and are skipped, and the words
 * and marks that join a date's parts.
 *
 * Source: the month and weekday names of the Unicode CLDR English locale
 * (`en`: wide and abbreviated forms, plus the AP Stylebook's "Sept."), and
 * the time-zone abbreviations that Instagram, Facebook and Twitter print
 * after a time in their embeds (US and UK zones, UTC/GMT), compiled by hand
 * for newsmark.
 *
 * @module
 */

/** Month number (1–12) by lower-case English name or abbreviation, without a dot. */
export const monthNumbers: Readonly<Record<string, number>> = {
  january: 1,
  jan: 1,
  february: 2,
  feb: 2,
  march: 3,
  mar: 3,
  april: 4,
  apr: 4,
  may: 5,
  june: 6,
  jun: 6,
  july: 7,
  jul: 7,
  august: 8,
  aug: 8,
  september: 9,
  sept: 9,
  sep: 9,
  october: 10,
  oct: 10,
  november: 11,
  nov: 11,
  december: 12,
  dec: 12,
}

/** Weekday number as `Date.prototype.getUTCDay` counts it (0 = Sunday), by lower-case name or abbreviation. */
export const weekdayNumbers: Readonly<Record<string, number>> = {
  sunday: 0,
  sun: 0,
  monday: 1,
  mon: 1,
  tuesday: 2,
  tue: 2,
  tues: 2,
  wednesday: 3,
  wed: 3,
  thursday: 4,
  thu: 4,
  thurs: 4,
  friday: 5,
  fri: 5,
  saturday: 6,
  sat: 6,
}

/** The full English month names, lower case, January first. */
export const monthNames: readonly string[] = [
  'january',
  'february',
  'march',
  'april',
  'may',
  'june',
  'july',
  'august',
  'september',
  'october',
  'november',
  'december',
]

/** The abbreviated English month names (AP and CLDR: "Jan.", "Sept."), lower case, without the dot. */
export const monthAbbreviations: readonly string[] = [
  'jan',
  'feb',
  'mar',
  'apr',
  'jun',
  'jul',
  'aug',
  'sep',
  'sept',
  'oct',
  'nov',
  'dec',
]

/** The full English weekday names, lower case, Monday first. */
export const weekdayNames: readonly string[] = [
  'monday',
  'tuesday',
  'wednesday',
  'thursday',
  'friday',
  'saturday',
  'sunday',
]

/** Time-zone abbreviations printed after a time ("2:34pm PST"), lower case; skipped when reading a date. */
export const timeZoneAbbreviations: readonly string[] = [
  'utc',
  'gmt',
  'z',
  'bst',
  'ist',
  'cet',
  'cest',
  'eet',
  'eest',
  'wet',
  'west',
  'et',
  'est',
  'edt',
  'ct',
  'cst',
  'cdt',
  'mt',
  'mst',
  'mdt',
  'pt',
  'pst',
  'pdt',
  'akst',
  'akdt',
  'hst',
  'aest',
  'aedt',
  'acst',
  'awst',
  'nzst',
  'nzdt',
  'jst',
  'kst',
]

/** Ordinal suffixes written after a day number ("6th", "1st"). */
export const ordinalSuffixes: readonly string[] = ['st', 'nd', 'rd', 'th']

/** Words that only join the parts of a date or time ("Jan 6, 2020 at 2:34 PM", "6th of January", "on Monday"). */
export const dateConnectives: readonly string[] = ['at', 'on', 'of', 'the']

/** Punctuation that only separates the parts of a date or time ("2:34 PM · Jan 6, 2020", "8:05 PM - 6 Jan 2020"). */
export const dateSeparators: readonly string[] = [',', '.', '·', '•', '-', '–', '—', '|', '@']
