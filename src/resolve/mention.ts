/**
 * The shape of a mention: what kind of expression names the speaker, read
 * from its words alone. "US Secretary of Defence, Mark Esper" is a name with
 * a title; "Mr Esper" a name with an honorific; "he" a pronoun; "@EsperDoD" a
 * handle; "The New York Post" an organisation; "Pentagon officials" a group;
 * "the top US military officer" a description.
 *
 * @module
 */
import { type PronounClass, pronounClasses } from '../lexicon/pronouns.js'
import type { Range } from '../span.js'
import { type NameShape, readName } from './names.js'
import { readOrganisation } from './organisations.js'
import { withoutDeterminer } from './phrases.js'
import { describesOffice } from './titles.js'
import { DOTTED_WORDS } from './vocabulary.js'
import { type Word, wordsOf } from './words.js'

/** A pronoun mention ("he", "they", "who"). */
export interface PronounShape {
  form: 'pronoun'
  pronoun: PronounClass
}

/** A social media handle ("@EsperDoD"), without the `@`. */
export interface HandleShape {
  form: 'handle'
  handle: string
}

/** An organisation ("the Pentagon", "The New York Post", "Hillary Clinton’s campaign"). */
export interface OrganisationShape {
  form: 'organisation'
  /** The name without a leading determiner ("New York Post"). */
  name: Range
  /** Lowercase word keys of the name ("new york post"): the clustering key. */
  key: string
}

/** A description of a speaker, not a name ("a Pentagon spokesman", "sources"). */
export interface DescriptionShape {
  form: 'description'
  /** The description as written, determiner included. */
  name: Range
  /** Lowercase word keys without the determiner ("pentagon spokesman"). */
  key: string
  /** Opens with "the", or is a bare plural: may refer back to an earlier one. */
  definite: boolean
  /** A plural group of people ("Pentagon officials", "sources"). */
  group: boolean
  /** Describes one person by office ("the top US military officer"). */
  person: boolean
}

/** What a speaker mention is. */
export type MentionShape = PronounShape | HandleShape | NameShape | OrganisationShape | DescriptionShape

/** Longest bracketed tail stripped from a mention ("(R-IN)"). */
const MAX_BRACKET_TAIL = 16
/** Handles are 1–15 word characters (Twitter's limit; other platforms are close). */
const HANDLE = /^@[A-Za-z0-9_]{1,30}$/

/** Whether a code unit is trimmed from the ends of a mention (space, punctuation, quote marks, dashes). */
function isTrimmed(c: string): boolean {
  return /^[\s,.;:!?"“”‘’'()[\]{}—–-]$/u.test(c) && c !== '@'
}

/** `range` without surrounding space and punctuation, nor a bracketed tail ("Mike Pence (R-IN)"). */
export function trimMention(input: string, range: Range): Range {
  let { start, end } = range
  if (input.charAt(end - 1) === ')') {
    const open = input.lastIndexOf('(', end - 1)
    if (open > start && end - open <= MAX_BRACKET_TAIL) end = open
  }
  while (start < end && isTrimmed(input.charAt(start))) start++
  while (end > start && isTrimmed(input.charAt(end - 1))) end--
  return { start, end }
}

/** A description: "a Pentagon spokesman", "sources", "the top US military officer". */
function readDescription(range: Range, words: readonly Word[], group: boolean): DescriptionShape {
  const { body, determiner } = withoutDeterminer(words)
  return {
    form: 'description',
    name: range,
    key: body.map((w) => w.key).join(' '),
    definite: determiner === null ? group : determiner.key === 'the',
    group,
    person: !group && describesOffice(body),
  }
}

/** Read the shape of the mention at `range` of `input`; `null` when it holds no word. */
export function readMention(input: string, range: Range): MentionShape | null {
  const trimmed = trimMention(input, range)
  const text = input.slice(trimmed.start, trimmed.end)
  if (HANDLE.test(text)) return { form: 'handle', handle: text.slice(1) }
  const words = wordsOf(input, trimmed.start, trimmed.end, DOTTED_WORDS)
  const first = words[0]
  const last = words.at(-1)
  if (!first || !last) return null
  if (words.length === 1) {
    const pronoun = pronounClasses[first.key]
    if (pronoun !== undefined && first.key !== 'that') return { form: 'pronoun', pronoun }
  }
  const span = { start: first.start, end: last.end }
  const organisation = readOrganisation(words)
  if (organisation === 'group') return readDescription(span, words, true)
  if (organisation) return organisation
  return readName(input, words) ?? readDescription(span, words, false)
}
