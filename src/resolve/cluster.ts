/**
 * Linking names, organisations and descriptions to entities, one mention at
 * a time in document order. The state lives in a {@link Clusters} value that
 * the caller creates for one document.
 *
 * @module
 */
import type { Range } from '../span.js'
import { addOffices, type Entity, newEntity, plainText } from './entities.js'
import type { DescriptionShape, OrganisationShape } from './mention.js'
import type { NameShape } from './names.js'
import { organisationRefersTo } from './organisations.js'
import { DETERMINERS, HEAD_PREPOSITIONS } from './vocabulary.js'

/** How many entities of one key a mention is compared with (the most recent ones): keeps linking linear. */
export const MAX_SAME_KEY = 16

/** The entities of one document and the indexes that find them. */
export interface Clusters {
  entities: Entity[]
  /** Name entities by surname key. */
  bySurname: Map<string, number[]>
  /** Organisation entities by the last word of their key ("post"). */
  byLastWord: Map<string, number[]>
  /** The latest description or group entity by key ("pentagon spokesman"). */
  byDescription: Map<string, number>
  /** Name entities by the last word of a title or role ("president" for "US President"). */
  byOffice: Map<string, number[]>
}

/** Empty clusters for a new document. */
export function newClusters(): Clusters {
  return {
    entities: [],
    bySurname: new Map(),
    byLastWord: new Map(),
    byDescription: new Map(),
    byOffice: new Map(),
  }
}

/** Where the most recent {@link MAX_SAME_KEY} indices of a list filed under one key start. */
function recentStart(list: readonly number[]): number {
  return Math.max(0, list.length - MAX_SAME_KEY)
}

/** Whether `i` is among the most recent indices of `list`. */
function holdsRecent(list: readonly number[], i: number): boolean {
  for (let k = recentStart(list); k < list.length; k++) if (list[k] === i) return true
  return false
}

/** File entity `i` under `key`, once. */
function file(index: Map<string, number[]>, key: string, i: number): void {
  const list = index.get(key)
  if (!list) index.set(key, [i])
  else if (!holdsRecent(list, i)) list.push(i)
}

/** The one recent entity under `key` that `fits`, or -1 (none, or several). */
function onlyRecent(index: Map<string, number[]>, key: string, fits: (i: number) => boolean): number {
  const list = index.get(key)
  if (!list) return -1
  let found = -1
  let count = 0
  for (let k = recentStart(list); k < list.length; k++) {
    const i = list[k]!
    if (!fits(i)) continue
    found = i
    count++
  }
  return count === 1 ? found : -1
}

/**
 * The last word of a key ("post" of "new york post"). Every caller's key is
 * lowercase already (word keys, an {@link officeHead}): no need to lowercase it.
 */
function lastWord(key: string): string {
  return key.slice(key.lastIndexOf(' ') + 1)
}

/**
 * The head of an office as a lowercase key: without a leading determiner and
 * cut before its first preposition ("a law professor at West Virginia
 * University" → "law professor"; "chairman of the military’s Joint Chiefs"
 * → "chairman").
 */
export function officeHead(input: string, office: Range): string {
  const words = plainText(input, office)
    .toLowerCase()
    .split(/\s+/)
    .filter((w) => w !== '')
  const from = words.length > 1 && DETERMINERS.has(words[0]!) ? 1 : 0
  let to = from + 1
  while (to < words.length && !HEAD_PREPOSITIONS.has(words[to]!)) to++
  return words.slice(from, to).join(' ')
}

/** File a name entity under the last word of the head of each of its new titles and roles. */
export function fileOffices(clusters: Clusters, input: string, offices: readonly Range[], i: number): void {
  for (const r of offices) file(clusters.byOffice, lastWord(officeHead(input, r)), i)
}

/** Add `entity` and return its index. */
function add(clusters: Clusters, entity: Entity): number {
  clusters.entities.push(entity)
  return clusters.entities.length - 1
}

/** Whether a mention of `gender` may name `entity`. */
function genderAgrees(entity: Entity, gender: NameShape['gender']): boolean {
  return gender === null || entity.gender === null || entity.gender === gender
}

/**
 * The entity a name refers to. A full name ("Donald Trump") links to the
 * entity with the same given name and surname, or adopts a surname-only one
 * ("Trump" in a headline). A surname alone, with or without honorific ("Mr
 * Trump", "Clinton"), links to the entity of that surname with the most
 * mentions, among those whose gender agrees.
 */
function findName(clusters: Clusters, shape: NameShape): number {
  const same = clusters.bySurname.get(shape.surname)
  if (!same) return -1
  // Over the recent entities of the surname whose gender agrees: the last of the same given name, the
  // last without one, and the last of those with the most mentions.
  let exact = -1
  let bare = -1
  let best = -1
  let most = -1
  for (let k = recentStart(same); k < same.length; k++) {
    const i = same[k]!
    const entity = clusters.entities[i]!
    if (!genderAgrees(entity, shape.gender)) continue
    if (entity.given === shape.given) exact = i
    if (entity.given === null) bare = i
    if (entity.mentions.length >= most) {
      best = i
      most = entity.mentions.length
    }
  }
  if (shape.given !== null) return exact !== -1 ? exact : bare
  return best
}

/** Link a name mention ("US Secretary of Defence, Mark Esper", "Mr Esper"); returns the entity index. */
export function linkName(clusters: Clusters, input: string, shape: NameShape, mention: Range): number {
  let index = findName(clusters, shape)
  if (index === -1) {
    index = add(clusters, newEntity('name', shape.name, shape.length))
    file(clusters.bySurname, shape.surname, index)
  }
  const entity = clusters.entities[index]!
  if (entity.kind !== 'name' || shape.length > entity.length) {
    entity.kind = 'name'
    entity.name = shape.name
    entity.length = shape.length
  }
  entity.surname = shape.surname
  entity.given ??= shape.given
  entity.gender ??= shape.gender
  entity.person ||= shape.person
  // (Most names come without a title.)
  if (shape.titles.length > 0)
    fileOffices(clusters, input, addOffices(input, entity.titles, shape.titles), index)
  entity.mentions.push(mention)
  return index
}

/** The number of words of a key: its spaces and one (`key.split(' ').length`, without the array). */
function wordCount(key: string): number {
  let count = 1
  for (let i = key.indexOf(' '); i !== -1; i = key.indexOf(' ', i + 1)) count++
  return count
}

/**
 * Link an organisation: to the earlier one with the same key or of which it
 * is a short form ("The Post" after "The New York Post"), when only one
 * fits; else a new one.
 */
export function linkOrganisation(clusters: Clusters, shape: OrganisationShape, mention: Range): number {
  const last = lastWord(shape.key)
  let index = onlyRecent(clusters.byLastWord, last, (i) => {
    const key = clusters.entities[i]!.key ?? ''
    return organisationRefersTo(shape.key, key) || organisationRefersTo(key, shape.key)
  })
  if (index === -1) {
    const entity = newEntity('organisation', shape.name, wordCount(shape.key))
    entity.key = shape.key
    index = add(clusters, entity)
    file(clusters.byLastWord, last, index)
  }
  const entity = clusters.entities[index]!
  if (entity.key !== null && shape.key.length > entity.key.length) {
    entity.key = shape.key
    entity.name = shape.name
  }
  entity.mentions.push(mention)
  return index
}

/** Whether some title or role of `entity` ends with the description's key ("president" of "US President"). */
function holdsOffice(input: string, entity: Entity, key: string): boolean {
  return [...entity.titles, ...entity.roles].some((r) => organisationRefersTo(key, officeHead(input, r)))
}

/**
 * Link a description. An indefinite one ("a source", "a Pentagon
 * spokesman") is a new speaker; a definite one ("the source", "sources")
 * refers back to the most recent description with the same words, else to
 * the one person whose title or role it repeats ("the president" after
 * "US President Donald Trump"); else it is new.
 */
export function linkDescription(
  clusters: Clusters,
  input: string,
  shape: DescriptionShape,
  mention: Range,
): number {
  let index = -1
  if (shape.definite) {
    index = clusters.byDescription.get(shape.key) ?? -1
    if (index === -1 && !shape.group) {
      index = onlyRecent(clusters.byOffice, lastWord(shape.key), (i) =>
        holdsOffice(input, clusters.entities[i]!, shape.key),
      )
    }
  }
  if (index === -1) {
    const entity = newEntity(shape.group ? 'group' : 'description', shape.name, 0)
    entity.key = shape.key
    entity.person = shape.person
    index = add(clusters, entity)
  }
  if (clusters.entities[index]!.kind !== 'name') clusters.byDescription.set(shape.key, index)
  clusters.entities[index]!.mentions.push(mention)
  return index
}
