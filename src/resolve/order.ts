/**
 * Sorting the short lists of a resolution, most of which come in order
 * already (mentions are found in document order).
 *
 * @module
 */

/**
 * A sorted copy of `list`, as `[...list].sort(compare)` gives it: when the
 * list is in order already (no element compares above the next), the copy
 * is returned without calling the sort. (A stable sort leaves such a list
 * as it is, and skipping it saves its set-up on the many short lists.)
 */
export function sortedCopy<T>(list: readonly T[], compare: (a: T, b: T) => number): T[] {
  for (let k = 1; k < list.length; k++) {
    if (compare(list[k - 1]!, list[k]!) > 0) return [...list].sort(compare)
  }
  return list.slice()
}
