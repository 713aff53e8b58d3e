/**
 * Handles: "@EsperDoD" links to the one person whose surname it holds
 * ("esper"), when only one does (seed article).
 *
 * @module
 */
import { MAX_SAME_KEY } from './cluster.js'
import type { Entity } from './entities.js'

/** Shortest surname looked for inside a handle: shorter ones ("Li", "Ng") match by chance. */
export const MIN_HANDLE_SURNAME = 4
/** Longest handle read (X allows 15 characters, Mastodon and Bluesky a little more). */
export const MAX_HANDLE = 40

/**
 * The one person entity whose surname the handle holds, or -1 (none, or
 * more than one). Only the {@link MAX_SAME_KEY} most recent entities filed
 * under a surname count. The answer does not depend on the order the
 * surnames are tried in, so the cheaper way is taken: every substring of
 * the handle looked up in `bySurname`, or every surname of `bySurname`
 * looked for in the handle when there are fewer of them. Either way the cost
 * is bounded by the handle's length.
 */
export function personForHandle(
  entities: readonly Entity[],
  bySurname: ReadonlyMap<string, readonly number[]>,
  handle: string,
): number {
  if (handle.length > MAX_HANDLE) return -1
  const lower = handle.toLowerCase()
  const room = lower.length - MIN_HANDLE_SURNAME + 1
  const substrings = room > 0 ? (room * (room + 1)) / 2 : 0
  const seen = { found: -1 }
  if (bySurname.size < substrings) {
    for (const [surname, list] of bySurname) {
      if (surname.length < MIN_HANDLE_SURNAME || surname.length > lower.length || !lower.includes(surname))
        continue
      if (!onePerson(entities, list, seen)) return -1
    }
    return seen.found
  }
  for (let i = 0; i + MIN_HANDLE_SURNAME <= lower.length; i++) {
    for (let j = i + MIN_HANDLE_SURNAME; j <= lower.length; j++) {
      const list = bySurname.get(lower.slice(i, j))
      if (list !== undefined && !onePerson(entities, list, seen)) return -1
    }
  }
  return seen.found
}

/**
 * Note in `seen` the person or quoted entity among the most recent of
 * `list`; `false` when it is a second one.
 */
function onePerson(entities: readonly Entity[], list: readonly number[], seen: { found: number }): boolean {
  for (let k = Math.max(0, list.length - MAX_SAME_KEY); k < list.length; k++) {
    const e = list[k]!
    const entity = entities[e]!
    if (!entity.person && !entity.quoted) continue
    if (seen.found !== -1 && seen.found !== e) return false
    seen.found = e
  }
  return true
}
