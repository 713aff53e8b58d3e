/**
 * The entities that mentions cluster into while resolving, before they
 * become model {@link Speaker}s.
 *
 * @module
 */
import type { Span, Speaker, SpeakerKind } from '../model.js'
import { type Range, toSpan } from '../span.js'
import type { Gender } from './names.js'
import { orderedBy } from './order.js'

/** A person, organisation, group or description that mentions link to. */
export interface Entity {
  /** What the entity is, as far as its mentions show. */
  kind: 'name' | 'organisation' | 'group' | 'description' | 'handle'
  /** The fullest name found (a range of the input); a handle entity has none. */
  name: Range | null
  /** Words in `name`: a fuller form replaces it. */
  length: number
  /** Given-name key, once a full name is seen. */
  given: string | null
  /** Surname key, for names. */
  surname: string | null
  /** Clustering key of organisations and descriptions ("new york post", "pentagon spokesman"). */
  key: string | null
  /** Gender, from an honorific, a given name or a linked he/she. */
  gender: Gender
  /** Whether some mention shows a person (honorific, title, given name, quoted by name, office). */
  person: boolean
  /** Title phrases before its names ("US Secretary of Defence"), at most {@link MAX_OFFICES}. */
  titles: Range[]
  /** Appositions after its names ("commanding general of Task Force Iraq"), at most {@link MAX_OFFICES}. */
  roles: Range[]
  /** Handles linked to it, without `@`. */
  handles: string[]
  /** Every linked mention (quote speakers, names in the text, pronouns). */
  mentions: Range[]
  /** Whether a quote's speaker mention links here: only these become speakers. */
  quoted: boolean
}

/** Most titles or roles kept per entity: the first ones found (also bounds every look-up over them). */
export const MAX_OFFICES = 8

/**
 * Add the offices (title or role ranges) whose text `list` does not hold
 * yet, ignoring case, up to {@link MAX_OFFICES}; returns those added.
 */
export function addOffices(input: string, list: Range[], offices: readonly Range[]): readonly Range[] {
  // Most mentions bring no office: no list is made for them.
  if (offices.length === 0) return offices
  const added: Range[] = []
  for (const office of offices) {
    if (list.length >= MAX_OFFICES) break
    const key = plainText(input, office).toLowerCase()
    if (list.some((r) => plainText(input, r).toLowerCase() === key)) continue
    list.push(office)
    added.push(office)
  }
  return added
}

/** The start of the entity's first mention (infinity when it has none). */
export function firstMention(entity: Entity): number {
  let min = Number.POSITIVE_INFINITY
  for (const m of entity.mentions) if (m.start < min) min = m.start
  return min
}

/** A new entity of `kind` named by `name`. */
export function newEntity(kind: Entity['kind'], name: Range | null, length: number): Entity {
  return {
    kind,
    name,
    length,
    given: null,
    surname: null,
    key: null,
    gender: null,
    person: false,
    titles: [],
    roles: [],
    handles: [],
    mentions: [],
    quoted: false,
  }
}

/** The model kind of an entity. */
function speakerKind(entity: Entity): SpeakerKind {
  if (entity.kind === 'organisation') return 'organization'
  if (entity.kind === 'group' || entity.kind === 'handle') return 'unknown'
  if (entity.kind === 'name') return 'person'
  return entity.person ? 'person' : 'unknown'
}

/** Markdown markup that may sit inside a name's input range ("Mark *Esper*", "[Barack Obama](…)"). */
const MARKUP = /[*_`[\]]/g

/** The text of `range` without Markdown emphasis and link brackets: names, titles and roles are plain text. */
export function plainText(input: string, range: Range): string {
  const text = input.slice(range.start, range.end)
  // Most ranges hold no markup: then the text is returned without the regular expression.
  for (let i = 0; i < text.length; i++) if (isMarkupCode(text.charCodeAt(i))) return text.replace(MARKUP, '')
  return text
}

/** Whether a code unit is one that {@link MARKUP} matches: `*`, `_`, a backtick or a square bracket. */
function isMarkupCode(c: number): boolean {
  return c === 0x2a || c === 0x5f || c === 0x60 || c === 0x5b || c === 0x5d
}

/** The texts of `ranges`, each once, ignoring case; the first spelling wins ("US Secretary of Defence"). */
function distinctTexts(input: string, ranges: readonly Range[]): string[] {
  if (ranges.length === 0) return []
  const seen = new Set<string>()
  const out: string[] = []
  for (const r of ranges) {
    const text = plainText(input, r)
    const key = text.toLowerCase()
    if (seen.has(key)) continue
    seen.add(key)
    out.push(text)
  }
  return out
}

/** Ranges by start, then end. */
function byStartEnd(a: Range, b: Range): number {
  return a.start - b.start || a.end - b.end
}

/** The spans of `ranges` sorted by start (then end), identical ranges once. */
function sortedSpans(input: string, ranges: readonly Range[]): Span[] {
  const sorted = orderedBy(ranges, byStartEnd)
  const out: Span[] = []
  for (let i = 0; i < sorted.length; i++) {
    const r = sorted[i]!
    const before = i === 0 ? undefined : sorted[i - 1]!
    if (before === undefined || r.start !== before.start || r.end !== before.end) out.push(toSpan(input, r))
  }
  return out
}

/** The model speaker for an entity, with its id. */
export function toSpeaker(input: string, entity: Entity, id: string): Speaker {
  const fallback = entity.handles[0] === undefined ? '' : `@${entity.handles[0]}`
  return {
    id,
    name: entity.name ? plainText(input, entity.name) : fallback,
    kind: speakerKind(entity),
    titles: distinctTexts(input, entity.titles),
    roles: distinctTexts(input, entity.roles),
    handles: entity.handles.length === 0 ? [] : [...new Set(entity.handles)],
    mentions: sortedSpans(input, entity.mentions),
  }
}
