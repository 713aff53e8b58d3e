/**
 * Honorifics: the short forms written before a surname ("Mr Esper",
 * "Sen. Graham", "Gen. Milley"), without their trailing dot. Matching is
 * case-sensitive on the first letter (they are capitalised in running text)
 * and accepts an optional dot after the form.
 *
 * Source: compiled by hand for newsmark from the abbreviations in the AP
 * Stylebook's "titles" and "military titles" entries (US usage, with dots)
 * and the Guardian and Observer style guide (British usage, without dots),
 * checked against the speaker mentions of the seed article and PolNeAR dev.
 *
 * @module
 */

/** Civil honorifics: "Mr", "Mrs", "Ms", "Dr"… */
export const civilHonorifics: readonly string[] = [
  'Mr',
  'Mrs',
  'Ms',
  'Miss',
  'Mx',
  'Messrs',
  'Mme',
  'Mlle',
  'Dr',
  'Prof',
  'Sir',
  'Dame',
  'Lord',
  'Lady',
  'Hon',
]

/** Political and official honorifics: "Sen.", "Rep.", "Gov."… */
export const officialHonorifics: readonly string[] = [
  'Pres',
  'Sen',
  'Rep',
  'Reps',
  'Gov',
  'Lt Gov',
  'Amb',
  'Atty',
  'Atty Gen',
  'Sec',
  'Supt',
  'Insp',
  'Det',
  'Cllr',
  'Judge',
  'Justice',
]

/** Military ranks written as honorifics: "Gen.", "Lt. Col.", "Adm."… */
export const militaryHonorifics: readonly string[] = [
  'Gen',
  'Brig Gen',
  'Maj Gen',
  'Lt Gen',
  'Lt',
  'Col',
  'Lt Col',
  'Maj',
  'Capt',
  'Cpt',
  'Cmdr',
  'Cdr',
  'Adm',
  'Vice Adm',
  'Rear Adm',
  'Sgt',
  'Staff Sgt',
  'Cpl',
  'Pvt',
  'Brig',
]

/** Religious honorifics: "Rev.", "Fr"… */
export const religiousHonorifics: readonly string[] = [
  'Rev',
  'Revd',
  'Fr',
  'Msgr',
  'Rabbi',
  'Imam',
  'Sheikh',
  'Pastor',
]

/**
 * Every honorific, without trailing dots ("Mr", "Sen", "Gen", "Lt Col").
 * Multi-word forms are written with single spaces; in text they may carry
 * dots after each part ("Lt. Col.").
 */
export const honorifics: readonly string[] = [
  ...civilHonorifics,
  ...officialHonorifics,
  ...militaryHonorifics,
  ...religiousHonorifics,
]

/** Honorifics that mark a woman ("Ms Figueroa" is a "she"). */
export const femaleHonorifics: readonly string[] = ['Mrs', 'Ms', 'Miss', 'Mme', 'Mlle', 'Dame', 'Lady']

/** Honorifics that mark a man ("Mr Esper" is a "he"). */
export const maleHonorifics: readonly string[] = ['Mr', 'Messrs', 'Sir', 'Lord', 'Fr']
