/**
 * One-to-one greedy matching of gold and predicted items by overlap.
 *
 * @module
 */
import type { Range } from '../span.js'

/** A possible pairing: gold item `gold` with predicted item `predicted`, sharing `overlap` code units. */
export interface Pair {
  gold: number
  predicted: number
  overlap: number
}

/**
 * The index pairs `[i, j]` whose extents `a[i]` and `b[j]` overlap
 * (`null` extents overlap nothing). A sweep over starts keeps a list of the
 * extents still open on each side, so the cost is O(n log n) for the sort
 * plus the number of pairs, not O(|a| × |b|).
 */
export function overlappingPairs(
  a: readonly (Range | null)[],
  b: readonly (Range | null)[],
): [number, number][] {
  const order = (xs: readonly (Range | null)[]): number[] =>
    xs
      .map((x, i) => (x && x.end > x.start ? i : -1))
      .filter((i) => i >= 0)
      .sort((i, j) => xs[i]!.start - xs[j]!.start)
  const sortedA = order(a)
  const sortedB = order(b)
  let openA: number[] = []
  let openB: number[] = []
  const pairs: [number, number][] = []
  let i = 0
  let j = 0
  while (i < sortedA.length || j < sortedB.length) {
    const nextA = sortedA[i]
    const nextB = sortedB[j]
    const takeA = nextB === undefined || (nextA !== undefined && a[nextA]!.start <= b[nextB]!.start)
    if (takeA) {
      const x = a[nextA!]!
      openB = openB.filter((k) => b[k]!.end > x.start)
      for (const k of openB) pairs.push([nextA!, k])
      openA.push(nextA!)
      i++
    } else {
      const y = b[nextB]!
      openA = openA.filter((k) => a[k]!.end > y.start)
      for (const k of openA) pairs.push([k, nextB])
      openB.push(nextB)
      j++
    }
  }
  return pairs
}

/**
 * Greedy one-to-one matching: among the pairs that `accept` admits, take the
 * largest overlap first (ties: lower gold index, then lower predicted
 * index), skipping pairs whose gold or predicted item is already taken.
 */
export function greedyMatch(pairs: readonly Pair[], accept: (pair: Pair) => boolean): Pair[] {
  const sorted = pairs
    .filter(accept)
    .sort((x, y) => y.overlap - x.overlap || x.gold - y.gold || x.predicted - y.predicted)
  const usedGold = new Set<number>()
  const usedPredicted = new Set<number>()
  const matched: Pair[] = []
  for (const pair of sorted) {
    if (usedGold.has(pair.gold) || usedPredicted.has(pair.predicted)) continue
    usedGold.add(pair.gold)
    usedPredicted.add(pair.predicted)
    matched.push(pair)
  }
  return matched
}
