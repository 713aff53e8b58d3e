/**
 * Words written with a leading apostrophe ('em, 'til, 'cause, 'n'): a single
 * quote mark before them is an apostrophe, not an opening quote.
 *
 * Source: the "apostrophe" entries of the AP Stylebook and the Guardian and
 * Observer style guide (omitted letters), lowercase, without the apostrophe.
 *
 * @module
 */

/** Elided words that start with an apostrophe. */
export const leadingElisions: readonly string[] = [
  'em',
  'til',
  'tis',
  'twas',
  'cause',
  'cos',
  'cuz',
  'bout',
  'round',
  'nuff',
  'n',
  'ol',
  'kay',
  'sup',
  'scuse',
]
