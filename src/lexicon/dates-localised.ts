/**
 * Month names in the languages that social embeds print their dates in
 * ("January 6, 2020", "6. Januar 2020", "6 janvier 2020", "6 de enero de
 * 2020", "2020年1月6日"), for reading the date of an embed's signature.
 *
 * Source: the Unicode CLDR (release 44) Gregorian calendar month names,
 * format context, wide and abbreviated forms, of the locales de, fr, es,
 * it, pt, nl, sv, da, nb, pl (genitive forms, as dates use), tr and id;
 * lower-cased, abbreviations without their dot. Japanese, Chinese and Korean
 * write dates with number suffixes instead (CLDR `yMd` patterns), listed in
 * {@link cjkDateSuffixes}. English names come from `lexicon/months.ts`.
 *
 * @module
 */
import { monthNumbers } from './months.js'

/** Month number (1–12) by lower-case month name or abbreviation (no dot), across the languages above. */
export const localisedMonths: ReadonlyMap<string, number> = new Map<string, number>([
  // en: the text detector's lexicon
  ...Object.entries(monthNumbers),
  // de
  ...months([
    ['januar', 'jän', 'jänner'],
    ['februar'],
    ['märz', 'mär'],
    [],
    ['mai'],
    ['juni'],
    ['juli'],
    [],
    [],
    ['oktober', 'okt'],
    [],
    ['dezember', 'dez'],
  ]),
  // fr
  ...months([
    ['janvier', 'janv'],
    ['février', 'févr'],
    ['mars'],
    ['avril', 'avr'],
    [],
    ['juin'],
    ['juillet', 'juil'],
    ['août'],
    ['septembre'],
    ['octobre'],
    ['novembre'],
    ['décembre', 'déc'],
  ]),
  // es
  ...months([
    ['enero', 'ene'],
    ['febrero'],
    ['marzo'],
    ['abril', 'abr'],
    ['mayo'],
    ['junio'],
    ['julio'],
    ['agosto', 'ago'],
    ['septiembre', 'setiembre', 'set'],
    ['octubre'],
    ['noviembre'],
    ['diciembre', 'dic'],
  ]),
  // it
  ...months([
    ['gennaio', 'gen'],
    ['febbraio'],
    [],
    ['aprile'],
    ['maggio', 'mag'],
    ['giugno', 'giu'],
    ['luglio', 'lug'],
    [],
    ['settembre'],
    ['ottobre', 'ott'],
    [],
    ['dicembre'],
  ]),
  // pt
  ...months([
    ['janeiro'],
    ['fevereiro', 'fev'],
    ['março'],
    [],
    ['maio'],
    ['junho'],
    ['julho'],
    [],
    ['setembro'],
    ['outubro', 'out'],
    ['novembro'],
    ['dezembro'],
  ]),
  // nl
  ...months([['januari'], ['februari'], ['maart', 'mrt'], [], ['mei'], [], [], ['augustus'], [], [], [], []]),
  // sv, da, nb
  ...months([[], [], ['marts'], [], ['maj'], [], [], [], [], [], [], ['desember', 'des']]),
  // pl (genitive)
  ...months([
    ['stycznia', 'sty'],
    ['lutego', 'lut'],
    ['marca'],
    ['kwietnia', 'kwi'],
    ['maja'],
    ['czerwca', 'cze'],
    ['lipca', 'lip'],
    ['sierpnia', 'sie'],
    ['września', 'wrz'],
    ['października', 'paź'],
    ['listopada', 'lis'],
    ['grudnia', 'gru'],
  ]),
  // tr
  ...months([
    ['ocak', 'oca'],
    ['şubat', 'şub'],
    ['mart'],
    ['nisan', 'nis'],
    ['mayıs'],
    ['haziran', 'haz'],
    ['temmuz', 'tem'],
    ['ağustos', 'ağu'],
    ['eylül', 'eyl'],
    ['ekim', 'eki'],
    ['kasım', 'kas'],
    ['aralık', 'ara'],
  ]),
  // id
  ...months([[], ['pebruari'], [], [], [], [], [], ['agustus', 'agu'], [], [], ['nopember'], ['desember']]),
])

/** Words that only join the parts of a date ("6 de enero de 2020", "6th of January", "Jan 6 at 2:34 PM"). */
export const dateFillerWords: ReadonlySet<string> = new Set([
  'de',
  'del',
  'of',
  'the',
  'at',
  'à',
  'um',
  'a',
  'às',
  'om',
  'kl',
])

/** Suffixes after the day number ("6th", "1er", "1º"). */
export const dayOrdinalSuffixes: ReadonlySet<string> = new Set(['st', 'nd', 'rd', 'th', 'er', 'º', 'o'])

/** The suffixes that Japanese and Chinese (年 月 日) and Korean (년 월 일) write after year, month and day. */
export const cjkDateSuffixes: { year: readonly string[]; month: readonly string[]; day: readonly string[] } =
  {
    year: ['年', '년'],
    month: ['月', '월'],
    day: ['日', '일'],
  }

/** Words marking an afternoon time ("2:34 PM", "2:34 p.m.", Japanese 午後), lower case without dots. */
export const afternoonMarkers: ReadonlySet<string> = new Set(['pm', '午後', '오후'])

/** Words marking a morning time ("9:00 AM", 午前), lower case without dots. */
export const morningMarkers: ReadonlySet<string> = new Set(['am', '午前', '오전'])

function months(names: readonly (readonly string[])[]): Array<[string, number]> {
  return names.flatMap((forms, i) => forms.map((form): [string, number] => [form, i + 1]))
}
