/**
 * General nouns that describe the holder of an office without naming it
 * ("the top US military officer", "a senior official"), each with the
 * titles it covers: a general `officer` may be a named `General` or
 * `Captain`, a `lawmaker` a named `Senator`. Speaker resolution uses them to
 * tie a description to the named person it stands for (see
 * `resolve/describe.ts`). Lowercase; a title is matched at the end of an
 * office's head ("US Army General" ends with "general").
 *
 * Source: compiled by hand for newsmark from the category lists of
 * `./titles.ts` (AP Stylebook "military titles" and "legislative titles";
 * Wikipedia "United States Armed Forces ranks"), grouping each list under
 * the general noun that AP style uses for its holders on second reference.
 *
 * @module
 */
import { governmentTitles, legislativeTitles, militaryTitles, officialTitles } from './titles.js'

/** Police and other uniformed public officers that "officer" also covers. */
const uniformedTitles: readonly string[] = [
  'police officer',
  'police chief',
  'chief of police',
  'police commissioner',
  'sheriff',
  'detective',
  'inspector',
]

/** General noun (the last word of a description) → the titles it may stand for. */
export const officeKinds: ReadonlyMap<string, readonly string[]> = new Map<string, readonly string[]>([
  ['officer', [...militaryTitles, ...uniformedTitles]],
  ['commander', militaryTitles],
  ['official', [...governmentTitles, ...officialTitles]],
  ['lawmaker', legislativeTitles],
  ['legislator', legislativeTitles],
])
