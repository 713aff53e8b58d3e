/**
 * Tying a definite description to the named person who speaks next: "…,
 * the top US military officer told reporters." followed by "“…,” US Army
 * General Mark Milley, chairman of the Joint Chiefs of Staff, said". News
 * writing introduces a source by description and names them in the next
 * attribution; the description then stands for that person.
 *
 * The link is made only when everything agrees, so that two different
 * sources are not merged: the description is definite and describes one
 * person by office; the very next attributed quote is by a named person
 * first mentioned after the description; the two stand at most one
 * paragraph break and {@link MAX_FORWARD} code units apart; and one of the
 * person's titles or roles is an office the description's general noun
 * covers ({@link officeKinds}: an "officer" may be a "General").
 *
 * @module
 */
import { officeKinds } from '../lexicon/office-kinds.js'
import type { Range } from '../span.js'
import { type Clusters, officeHead } from './cluster.js'
import { type Entity, firstMention } from './entities.js'
import type { DescriptionShape, MentionShape } from './mention.js'

/** Furthest the named speaker's mention may start after the description's end, in code units. */
export const MAX_FORWARD = 600

/** What the pass needs of a linked mention. */
export interface LinkedMention {
  range: Range
  shape: MentionShape
  /** `shape.form` (read from the mention: a megamorphic access on the shape). */
  form: MentionShape['form']
  /** Index of the quote whose speaker mention this is, or -1 for a name found in the text. */
  quote: number
  /** Entity index, or -1. */
  entity: number
}

/** Whether at most one paragraph break (a line break, or a blank line) stands in `input[from, to)`. */
function withinOneBreak(input: string, from: number, to: number): boolean {
  let breaks = 0
  let previousBreak = false
  for (let i = from; i < to; i++) {
    const c = input.charCodeAt(i)
    const isBreak = c === 0x0a || c === 0x0d
    // "\r\n" and the blank line of "\n\n" are one break.
    if (isBreak && !previousBreak) breaks++
    if (breaks > 1) return false
    if (c !== 0x0d) previousBreak = isBreak || (previousBreak && (c === 0x20 || c === 0x09))
  }
  return true
}

/** Whether one of the person's titles or roles is an office in `covered` (matched at the end of its head). */
function holdsCoveredOffice(input: string, person: Entity, covered: readonly string[]): boolean {
  for (const office of [...person.titles, ...person.roles]) {
    const head = officeHead(input, office)
    for (const title of covered) {
      if (head === title || head.endsWith(` ${title}`)) return true
    }
  }
  return false
}

/**
 * Merge each definite one-person description that a quote is attributed to
 * into the named person of the next attributed quote, when they agree (see
 * the module comment). `mentions` in document order; their `entity` fields
 * and the clusters are updated.
 */
export function adoptDescribedNames(clusters: Clusters, input: string, mentions: LinkedMention[]): void {
  // Each linked quote mention and the one before it (a merge relinks mentions, never unlinks one); only a
  // description is adopted.
  let described: LinkedMention | null = null
  for (const named of mentions) {
    if (named.quote === -1 || named.entity === -1) continue
    if (described !== null && described.form === 'description')
      adopt(clusters, input, mentions, described, named)
    described = named
  }
}

/**
 * Merge the description entity of the quote mention `described` (a
 * description) into the named person of `named`, the next linked quote
 * mention, when they agree (see the module comment).
 */
function adopt(
  clusters: Clusters,
  input: string,
  mentions: LinkedMention[],
  described: LinkedMention,
  named: LinkedMention,
): void {
  const shape = described.shape as DescriptionShape
  if (!shape.definite || !shape.person) return
  const from = clusters.entities[described.entity]!
  const to = clusters.entities[named.entity]!
  if (from === to || from.kind !== 'description' || to.kind !== 'name') return
  if (named.range.start < described.range.end || named.range.start - described.range.end > MAX_FORWARD) return
  if (firstMention(to) < described.range.start) return
  if (!withinOneBreak(input, described.range.end, named.range.start)) return
  const covered = officeKinds.get(shape.key.slice(shape.key.lastIndexOf(' ') + 1))
  if (covered === undefined || !holdsCoveredOffice(input, to, covered)) return
  const index = described.entity
  to.mentions.push(...from.mentions)
  from.mentions = []
  from.quoted = false
  for (const m of mentions) if (m.entity === index) m.entity = named.entity
}
