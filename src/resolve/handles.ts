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
 * more than one). Looks up every substring of the handle in `bySurname`, so
 * the cost depends on the handle's length only.
 */
export function personForHandle(
  entities: readonly Entity[],
  bySurname: ReadonlyMap<string, readonly number[]>,
  handle: string,
): number {
  if (handle.length > MAX_HANDLE) return -1
  const lower = handle.toLowerCase()
  let found = -1
  for (let i = 0; i + MIN_HANDLE_SURNAME <= lower.length; i++) {
    for (let j = i + MIN_HANDLE_SURNAME; j <= lower.length; j++) {
      for (const e of (bySurname.get(lower.slice(i, j)) ?? []).slice(-MAX_SAME_KEY)) {
        const entity = entities[e]!
        if (!entity.person && !entity.quoted) continue
        if (found !== -1 && found !== e) return -1
        found = e
      }
    }
  }
  return found
}
