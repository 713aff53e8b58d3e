/**
 * Pronoun speakers: "he said" links to the most recent person it can refer
 * to, "they"/"it" to the most recent organisation or group, "who" to the
 * mention right before it. Look-back is bounded in characters and in steps.
 *
 * @module
 */
import type { PronounClass } from '../lexicon/pronouns.js'
import type { Entity } from './entities.js'

/** How far back (characters) a he/she/they/it looks for its antecedent: about three news paragraphs. */
export const PRONOUN_WINDOW = 1200
/** How many earlier mentions a pronoun considers at most. */
export const PRONOUN_STEPS = 24
/**
 * How far back a relative "who"/"which" looks for the mention it follows
 * ("Donna Sampson Rawlings, 59, of Ashton, Md., who watched…", PolNeAR dev).
 */
export const RELATIVE_WINDOW = 80

/**
 * The index of the sentence (document-wide) that an input offset stands in:
 * asked only when a pronoun looks back, so a document without one is never
 * split into sentences.
 */
export type SentenceOf = (offset: number) => number

/** A mention already linked, as the look-back sees it. */
export interface Linked {
  start: number
  end: number
  entity: number
}

/**
 * Whether the mention that starts at an input offset is the object of a
 * preposition ("in the U.S."): never the subject a pronoun prefers. Asked
 * only of the mentions a look-back weighs, so most mentions are never
 * tested.
 */
export type ObliqueAt = (start: number) => boolean

/** Whether `entity` can be what a pronoun of class `pronoun` refers to. */
export function agrees(entity: Entity, pronoun: PronounClass): boolean {
  switch (pronoun) {
    case 'male':
    case 'female':
      return entity.person && entity.kind !== 'group' && (entity.gender === null || entity.gender === pronoun)
    case 'plural':
      return entity.kind === 'organisation' || entity.kind === 'group'
    case 'neuter':
      return entity.kind === 'organisation'
    default:
      return false
  }
}

/**
 * The entity a pronoun at `start` refers to, looking back over `linked`
 * (mentions before it, in document order): for he/she/they/it an agreeing
 * entity within {@link PRONOUN_WINDOW} (see `lookBack`); for who/whom the
 * nearest person, for which the nearest organisation, ending at most
 * {@link RELATIVE_WINDOW} characters before.
 * `-1` when none fits (first and second person never resolve).
 */
export function antecedent(
  entities: readonly Entity[],
  linked: readonly Linked[],
  start: number,
  pronoun: PronounClass,
  word: string,
  sentenceOf: SentenceOf,
  obliqueAt: ObliqueAt,
): number {
  if (pronoun === 'relative') {
    const fits = word === 'which' ? (e: Entity) => e.kind === 'organisation' : (e: Entity) => e.person
    for (let k = linked.length - 1; k >= 0 && k >= linked.length - PRONOUN_STEPS; k--) {
      const candidate = linked[k]!
      if (start - candidate.end > RELATIVE_WINDOW) break
      if (fits(entities[candidate.entity]!)) return candidate.entity
    }
    return -1
  }
  if (pronoun === 'first' || pronoun === 'second') return -1
  const found = lookBack(entities, linked, start, (e) => agrees(e, pronoun), sentenceOf, obliqueAt)
  if (found !== -1 || (pronoun !== 'male' && pronoun !== 'female')) return found
  return lookBack(entities, linked, start, (e) => mayBePerson(e, pronoun), sentenceOf, obliqueAt)
}

/**
 * Whether an entity with no mark of a person may still be the one a he/she
 * refers to: a full name of two or more words ("Melezia Figueroa") whose
 * gender is unknown or agrees. Tried only when no marked person fits.
 */
function mayBePerson(entity: Entity, pronoun: 'male' | 'female'): boolean {
  return entity.kind === 'name' && entity.length >= 2 && (entity.gender === null || entity.gender === pronoun)
}

/**
 * The entity in `linked` that `fits`, sentence by sentence backwards from the
 * pronoun, and within a sentence the first one that is no object of a
 * preposition (the subject, usually): in
 * "Hillary Clinton is describing as “unhinged” a Donald Trump tweet
 * attacking a former Miss Universe. She says…" (PolNeAR dev) "She" is
 * Clinton, not the most recent woman. Bounded by the window and step count;
 * -1 when none fits.
 */
function lookBack(
  entities: readonly Entity[],
  linked: readonly Linked[],
  start: number,
  fits: (e: Entity) => boolean,
  sentenceOf: SentenceOf,
  obliqueAt: ObliqueAt,
): number {
  let subject = -1
  let any = -1
  let sentence = -1
  for (let k = linked.length - 1; k >= 0 && k >= linked.length - PRONOUN_STEPS; k--) {
    const candidate = linked[k]!
    if (start - candidate.start > PRONOUN_WINDOW) break
    const at = sentenceOf(candidate.start)
    if (at !== sentence && any !== -1) return subject === -1 ? any : subject
    sentence = at
    if (!fits(entities[candidate.entity]!)) continue
    any = candidate.entity
    if (!obliqueAt(candidate.start)) subject = candidate.entity
  }
  return subject === -1 ? any : subject
}
