/**
 * Sorting the short lists of a resolution, most of which come in order
 * already (mentions are found in document order).
 *
 * @module
 */

/**
 * `list` sorted by `compare`, as `[...list].sort(compare)` gives it, for a
 * caller that only reads the result: when the list is in order already (no
 * element compares above the next), the list itself, without a copy nor a
 * call to the sort (a stable sort would leave it as it is); else a sorted
 * copy. `list` is never changed.
 */
export function orderedBy<T>(list: readonly T[], compare: (a: T, b: T) => number): readonly T[] {
  for (let k = 1; k < list.length; k++) {
    if (compare(list[k - 1]!, list[k]!) > 0) return [...list].sort(compare)
  }
  return list
}
