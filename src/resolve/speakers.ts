/**
 * Speaker resolution: cluster the speaker mentions of the quotes (and the
 * other mentions of the same people in the text) into people and
 * organisations (issue 4).
 *
 * The steps, each linear in the text:
 * 1. read the shape of each quote's speaker mention (name, pronoun, handle,
 *    organisation, description) and scan the text once for person names and
 *    capitalised organisations;
 * 2. link names, organisations and descriptions in document order;
 * 3. link pronouns to an agreeing entity of the nearest sentence before
 *    them (bounded look-back);
 * 4. tie a definite description ("the top US military officer") to the
 *    named person of the next attributed quote when the offices agree;
 * 5. link handles to the one person whose surname they hold, or whom the
 *    tweet's signature names;
 * 6. keep the entities that some quote's mention links to, as speakers.
 *
 * @module
 */
import type { TweetFinding } from '../detect/tweets.js'
import type { Speaker } from '../model.js'
import { type Block, blockRange } from '../segment/blocks.js'
import { splitSentences } from '../segment/sentences.js'
import { overlaps, type Range } from '../span.js'
import {
  type Clusters,
  fileOffices,
  linkDescription,
  linkName,
  linkOrganisation,
  newClusters,
} from './cluster.js'
import { adoptDescribedNames } from './describe.js'
import { addOffices, firstMention, newEntity, toSpeaker } from './entities.js'
import { personForHandle } from './handles.js'
import {
  type DescriptionShape,
  type HandleShape,
  type MentionShape,
  type OrganisationShape,
  type PronounShape,
  readMention,
  trimMention,
} from './mention.js'
import { type NameShape, readName } from './names.js'
import { orderedBy } from './order.js'
import { antecedent, type Linked, type SentenceOf } from './pronouns.js'
import { type NameCandidate, scanNames } from './scan.js'
import { roleAfter } from './titles.js'
import { DOTTED_WORDS, HEAD_PREPOSITIONS } from './vocabulary.js'
import { isSpaceCode, wordsOf } from './words.js'

/** The speakers of a document and, for each quote, the id of its speaker. */
export interface Resolution {
  /** Ids `s1`, `s2`, … in order of first mention. */
  speakers: Speaker[]
  /** Aligned with the `mentions` given: the speaker id of each, or `null`. */
  speakerIds: Array<string | null>
}

/** How far after a description a name in apposition may start (", " and no more). */
const APPOSITION_GAP = 2

/** One mention to link: a quote's speaker mention or a name found in the text. */
interface Item {
  /** The mention's extent in the input. */
  range: Range
  shape: MentionShape
  /**
   * `shape.form`, read once where the item is made: the shapes come in five layouts, so a read of
   * `shape.form` is a megamorphic property access; the items all have one.
   */
  form: MentionShape['form']
  /** Index of the quote whose speaker mention this is, or -1 for a name found in the text. */
  quote: number
  /**
   * Inside quote marks or inside a quote's speaker mention: never an antecedent. (Only pronoun
   * look-back reads it: when no quote mention is a pronoun, the scan does not read quote marks.)
   */
  hidden: boolean
  /** A description this name stands in apposition to ("the top US military officer, Mark Milley,"). */
  apposed: Range | null
  /** Index of the entity the item is linked to, or -1 while unlinked. */
  entity: number
}

/** Longest speaker mention read, in code units: a longer one is cut (no real mention runs this long). */
export const MAX_MENTION_LENGTH = 200

/**
 * `range` inside `[0, length]`, its end not before its start and at most
 * {@link MAX_MENTION_LENGTH} after it: a caller's bad range must not cost time.
 */
function clamp(range: Range, length: number): Range {
  const start = Math.min(Math.max(0, Math.trunc(range.start) || 0), length)
  const end = Math.min(Math.max(start, Math.trunc(range.end) || 0), length, start + MAX_MENTION_LENGTH)
  return { start, end }
}

/** The quote mentions as items, in the order given. */
function quoteItems(input: string, mentions: ReadonlyArray<Range | null>): Item[] {
  const items: Item[] = []
  for (let quote = 0; quote < mentions.length; quote++) {
    const given = mentions[quote]
    if (given === null || given === undefined) continue
    const range = trimMention(input, clamp(given, input.length))
    const shape = readMention(input, range)
    if (shape) {
      items.push({ range, shape, form: shape.form, quote, hidden: false, apposed: null, entity: -1 })
    }
  }
  return items
}

/** Items by the start of their range. */
function byRangeStart(a: Item, b: Item): number {
  return a.range.start - b.range.start
}

/**
 * The names found in the text as items, except where a quote mention of the
 * same form covers them (the quote mention stands for them). A name inside
 * another kind of mention stays, hidden from pronouns ("Hillary Clinton" in
 * "Hillary Clinton’s campaign").
 */
function textItems(candidates: readonly NameCandidate[], quotes: readonly Item[]): Item[] {
  const sorted = orderedBy(quotes, byRangeStart)
  const out: Item[] = []
  let k = 0
  for (const c of candidates) {
    while (k < sorted.length && sorted[k]!.range.end <= c.span.start) k++
    const hit = sorted[k]
    const inside = hit !== undefined && overlaps(hit.range, c.span)
    const form = c.shape.form
    if (inside && hit.form === 'name' && form === 'name') {
      // "presidential nominee Mike Pence" in the text, "Mike Pence" as the quote's mention: keep the titles.
      const shape = hit.shape as NameShape
      if (shape.titles.length === 0) shape.titles = c.shape.titles
    }
    if (inside && hit.form === form) continue
    out.push({
      range: c.span,
      shape: c.shape,
      form,
      quote: -1,
      hidden: c.quoted || inside,
      apposed: null,
      entity: -1,
    })
  }
  return out
}

/**
 * Tie a description quote mention to the name in apposition right after it
 * (", Mark Milley,"): the name item remembers the description, and the
 * description takes the name's shape.
 */
function tieAppositions(input: string, items: Item[]): void {
  for (let i = 0; i + 1 < items.length; i++) {
    const description = items[i]!
    const name = items[i + 1]!
    if (description.form !== 'description' || name.form !== 'name') continue
    // The gap between them: at most APPOSITION_GAP code units, opening with a comma (tested in place).
    const from = description.range.end
    const gap = name.range.start - from
    if (gap > APPOSITION_GAP || gap < 1 || input.charCodeAt(from) !== 0x2c) continue
    if (input.charAt(name.range.end) !== ',') continue
    name.apposed = description.range
    description.shape = name.shape
    description.form = name.form
  }
}

/** The input offset of every sentence of the blocks, in order. */
function sentenceStarts(blocks: readonly Block[]): number[] {
  const starts: number[] = []
  for (const block of blocks) {
    for (const s of splitSentences(block.text)) starts.push(blockRange(block, s.start, s.end).start)
  }
  return starts
}

/**
 * A function from input offsets to a document-wide sentence index (the
 * sentences of every block, in order), by binary search over sentence starts, split on first use.
 */
function sentenceIndex(blocks: readonly Block[]): SentenceOf {
  let starts: number[] | null = null
  return (offset) => {
    starts ??= sentenceStarts(blocks)
    let lo = 0
    let hi = starts.length - 1
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1
      if ((starts[mid] ?? 0) <= offset) lo = mid
      else hi = mid - 1
    }
    return lo
  }
}

/** How far before a mention the preposition governing it is looked for ("in the "). */
const PREPOSITION_WINDOW = 16

/** The length of the longest preposition, or of "the" if longer: the longest word {@link afterPreposition} reads. */
const LONGEST_PREPOSITION = Math.max(3, ...Array.from(HEAD_PREPOSITIONS, (p) => p.length))

/** Whether the mention at `start` is the object of a preposition: "in the U.S.", "to Mr. Obama". */
function afterPreposition(input: string, start: number): boolean {
  const from = Math.max(0, start - PREPOSITION_WINDOW)
  const end = skipSpaceBack(input, from, start)
  const begin = skipWordBack(input, from, end)
  // A longer word is neither "the" nor a preposition (lowercasing never shortens a word): no need to slice it.
  if (end - begin > LONGEST_PREPOSITION) return false
  let last = input.slice(begin, end).toLowerCase()
  if (last === 'the') {
    // The word before "the", or none when "the" opens the window.
    const end2 = skipSpaceBack(input, from, begin)
    last = begin === from ? '' : input.slice(skipWordBack(input, from, end2), end2).toLowerCase()
  }
  return HEAD_PREPOSITIONS.has(last)
}

/** The start of the white space that ends `input[from, end)`. */
function skipSpaceBack(input: string, from: number, end: number): number {
  let i = end
  while (i > from && isSpaceCode(input.charCodeAt(i - 1))) i--
  return i
}

/** The start of the non-space characters that end `input[from, end)`. */
function skipWordBack(input: string, from: number, end: number): number {
  let i = end
  while (i > from && !isSpaceCode(input.charCodeAt(i - 1))) i--
  return i
}

/** Link one non-pronoun, non-handle item; returns the entity index or -1. */
function linkItem(clusters: Clusters, input: string, item: Item): number {
  // (`item.form` is the shape's form: the casts only name what it tells.)
  if (item.form === 'name') {
    const shape = item.shape as NameShape
    const index = linkName(clusters, input, shape, item.range)
    const entity = clusters.entities[index]!
    if (item.quote !== -1) entity.person = true
    const role = item.apposed ?? roleAfter(input, shape.name.end)
    if (role) fileOffices(clusters, input, addOffices(input, entity.roles, [role]), index)
    return index
  }
  if (item.form === 'organisation')
    return linkOrganisation(clusters, item.shape as OrganisationShape, item.range)
  if (item.form === 'description') {
    return linkDescription(clusters, input, item.shape as DescriptionShape, item.range)
  }
  return -1
}

/** Link a pronoun item by look-back over `linked`; sets the gender a he/she shows. */
function linkPronoun(
  clusters: Clusters,
  input: string,
  item: Item,
  linked: readonly Linked[],
  sentenceOf: SentenceOf,
): number {
  if (item.form !== 'pronoun') return -1
  const word = input.slice(item.range.start, item.range.end).toLowerCase()
  const obliqueAt = (start: number) => afterPreposition(input, start)
  const pronoun = (item.shape as PronounShape).pronoun
  const index = antecedent(clusters.entities, linked, item.range.start, pronoun, word, sentenceOf, obliqueAt)
  if (index === -1) return -1
  const entity = clusters.entities[index]!
  if (pronoun === 'male' || pronoun === 'female') entity.gender = pronoun
  entity.mentions.push(item.range)
  return index
}

/**
 * Link a handle item to the person whose surname it holds, else to the
 * entity of the same handle (`byHandle`, lowercase keys), else to a new one.
 */
function linkHandle(clusters: Clusters, item: Item, byHandle: Map<string, number>): number {
  if (item.form !== 'handle') return -1
  const handle = (item.shape as HandleShape).handle
  let index = personForHandle(clusters.entities, clusters.bySurname, handle)
  if (index === -1) index = byHandle.get(handle.toLowerCase()) ?? -1
  if (index === -1) {
    clusters.entities.push(newEntity('handle', null, 0))
    index = clusters.entities.length - 1
    byHandle.set(handle.toLowerCase(), index)
  }
  const entity = clusters.entities[index]!
  entity.handles.push(handle)
  entity.mentions.push(item.range)
  return index
}

/**
 * The one person entity that a tweet signature's author name names ("Barack
 * Obama (@POTUS)"): same surname, and the same given name where both have
 * one; -1 when none or several.
 */
function personForAuthor(clusters: Clusters, author: string): number {
  const shape = readName(author, wordsOf(author, 0, author.length, DOTTED_WORDS))
  if (!shape) return -1
  const fits = (clusters.bySurname.get(shape.surname) ?? []).filter((i) => {
    const given = clusters.entities[i]!.given
    return given === null || shape.given === null || given === shape.given
  })
  return fits.length === 1 ? fits[0]! : -1
}

/**
 * Add the tweets' handles to people: the author's handle to the person the
 * signature names (or whose surname it holds), each mentioned account to the
 * person whose surname it holds.
 */
function linkTweetHandles(clusters: Clusters, tweets: readonly TweetFinding[]): void {
  for (const tweet of tweets) {
    const { name, handle } = tweet.author
    if (handle !== null) {
      const byName = name === null || name.length > MAX_AUTHOR_NAME ? -1 : personForAuthor(clusters, name)
      const index = byName !== -1 ? byName : personForHandle(clusters.entities, clusters.bySurname, handle)
      if (index !== -1) clusters.entities[index]!.handles.push(handle)
    }
    for (const mentioned of tweet.mentions) {
      const index = personForHandle(clusters.entities, clusters.bySurname, mentioned)
      if (index !== -1) clusters.entities[index]!.handles.push(mentioned)
    }
  }
}

/** Longest author name read from a signature. */
const MAX_AUTHOR_NAME = 80

/**
 * Resolve `mentions` (the speaker mention of each quote, in document order;
 * `null` where a quote has none) into speakers.
 */
export function resolveSpeakers(
  input: string,
  blocks: Block[],
  mentions: Array<Range | null>,
  tweets: TweetFinding[],
): Resolution {
  const quotes = quoteItems(input, mentions)
  // No quote has a speaker mention: nothing to resolve, and no need to scan the text.
  if (quotes.length === 0) return { speakers: [], speakerIds: mentions.map(() => null) }
  // Whether a name stands inside quote marks only matters to a pronoun's look-back (`hidden`).
  const pronouns = holdsPronoun(quotes)
  const items = inDocumentOrder(quotes, textItems(scanNames(blocks, input, pronouns), quotes))
  tieAppositions(input, items)
  const clusters = newClusters()
  for (const item of items) item.entity = linkItem(clusters, input, item)
  const linked: Linked[] = []
  const sentenceOf = sentenceIndex(blocks)
  for (const item of items) {
    const index = item.entity !== -1 ? item.entity : linkPronoun(clusters, input, item, linked, sentenceOf)
    if (index === -1) continue
    item.entity = index
    // (Only a pronoun looks back over the linked mentions.)
    if (pronouns && !item.hidden) {
      linked.push({ start: item.range.start, end: item.range.end, entity: index })
    }
    if (item.quote !== -1) clusters.entities[index]!.quoted = true
  }
  adoptDescribedNames(clusters, input, items)
  // Handle entities by lowercase handle, made at the first handle mention (few documents have one).
  let byHandle: Map<string, number> | null = null
  for (const item of quotes) {
    if (item.form !== 'handle') continue
    byHandle ??= new Map()
    const index = linkHandle(clusters, item, byHandle)
    if (index !== -1) item.entity = index
    if (index !== -1) clusters.entities[index]!.quoted = true
  }
  if (tweets.length > 0) linkTweetHandles(clusters, tweets)
  return buildResolution(input, clusters, quotes, mentions.length)
}

/** Whether some item is a pronoun. */
function holdsPronoun(items: readonly Item[]): boolean {
  for (const item of items) if (item.form === 'pronoun') return true
  return false
}

/** Items by start, a quote's mention before a name found at the same place (later quotes first). */
function byStart(a: Item, b: Item): number {
  return a.range.start - b.range.start || b.quote - a.quote
}

/**
 * `quotes` and `found` (names found in the text) as one list sorted by
 * {@link byStart}, stable. The names come in document order already, so
 * only the quotes are sorted, and the two lists merged; should the names be
 * out of order (unusual offsets), the whole list is sorted.
 */
function inDocumentOrder(quotes: readonly Item[], found: readonly Item[]): Item[] {
  for (let k = 1; k < found.length; k++) {
    if (found[k]!.range.start < found[k - 1]!.range.start) return [...quotes, ...found].sort(byStart)
  }
  const sorted = orderedBy(quotes, byStart)
  const out: Item[] = []
  let q = 0
  for (const item of found) {
    while (q < sorted.length && sorted[q]!.range.start <= item.range.start) out.push(sorted[q++]!)
    out.push(item)
  }
  while (q < sorted.length) out.push(sorted[q++]!)
  return out
}

/** Quoted entities by the start of their first mention, then by index. */
function byFirstMention(a: QuotedEntity, b: QuotedEntity): number {
  return a.first - b.first || a.entity - b.entity
}

/** A quoted entity's index and the start of its first mention. */
interface QuotedEntity {
  entity: number
  first: number
}

/** The speakers (quoted entities, in order of first mention) and each quote's speaker id. */
function buildResolution(
  input: string,
  clusters: Clusters,
  quotes: readonly Item[],
  count: number,
): Resolution {
  const entities = clusters.entities
  // The quoted entities, each once, with the start of its first mention (sets of the few quoted entities,
  // not lists of every entity).
  const seen = new Set<number>()
  const quoted: QuotedEntity[] = []
  for (const q of quotes) {
    if (q.entity === -1 || seen.has(q.entity)) continue
    seen.add(q.entity)
    quoted.push({ entity: q.entity, first: firstMention(entities[q.entity]!) })
  }
  // Each quoted entity's speaker id, in order of first mention.
  const ids = new Map<number, string>()
  const speakers: Speaker[] = []
  for (const { entity } of orderedBy(quoted, byFirstMention)) {
    const speaker = toSpeaker(input, entities[entity]!, `s${speakers.length + 1}`)
    ids.set(entity, speaker.id)
    speakers.push(speaker)
  }
  const speakerIds: Array<string | null> = []
  for (let k = 0; k < count; k++) speakerIds.push(null)
  for (const q of quotes) speakerIds[q.quote] = q.entity === -1 ? null : ids.get(q.entity)!
  return { speakers, speakerIds }
}
