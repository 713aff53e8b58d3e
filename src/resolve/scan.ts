/**
 * One scan of the text for person names, wherever they stand: the other
 * mentions of a quoted person ("US President Donald Trump" before a quote
 * by "Mr Trump") and the antecedents that pronouns refer back to.
 *
 * @module
 */
import { type Block, blockRange } from '../segment/blocks.js'
import type { Range } from '../span.js'
import type { OrganisationShape } from './mention.js'
import { isNameWord, type NameShape, readName } from './names.js'
import { mayHeadOrganisation, readOrganisation } from './organisations.js'
import {
  DETERMINERS,
  DOTTED_WORDS,
  GROUP_HEADS,
  NAME_PARTICLES,
  NON_NAME_WORDS,
  ORGANISATION_HEADS,
  TITLE_WORDS,
} from './vocabulary.js'
import {
  adjacent,
  type HashLookup,
  isCapitalised,
  lowercaseHashes,
  nextWord,
  type Word,
  type WordCursor,
  wordKey,
} from './words.js'

/** A name or organisation found in the text, offsets into the input. */
export interface NameCandidate {
  /** The whole mention ("US President Donald Trump", "The Justice Department"). */
  span: Range
  /** Its shape, ranges mapped to input offsets. */
  shape: NameShape | OrganisationShape
  /** Whether it stands inside quote marks (someone's words, not narration). */
  quoted: boolean
}

/** Longest run of name and title words read as one mention; longer runs (all-caps headlines) are skipped. */
export const MAX_RUN_WORDS = 12

/** Keys that make any word a run word, whatever its case: "of", the determiners and the title words. */
const RUN_KEYS: ReadonlySet<string> = new Set(['of', ...DETERMINERS, ...TITLE_WORDS])

/**
 * The lowercase words that a scan must see: run words whatever their case
 * (and particles, read as written), and the organisation and group heads
 * that a run may modify. Every other word of the letters a-z only is
 * neither a run word nor such a head, so it only separates runs, as any
 * word between two others does (they are no longer adjacent).
 */
const KEPT_LOWERCASE: HashLookup = lowercaseHashes([
  ...RUN_KEYS,
  ...NAME_PARTICLES,
  ...ORGANISATION_HEADS,
  ...GROUP_HEADS,
])

/**
 * Whether every name particle is written as its own key (lowercase, no
 * dot): then a word can be a particle only when its text is its key, and
 * the particle test looks up the key, whose hash the run-key test has
 * already computed, instead of hashing the text as well.
 */
const PARTICLES_ARE_KEYS: boolean = [...NAME_PARTICLES].every((p) => wordKey(p) === p)

/** Whether a word is a name particle as written ("van", "de"): `NAME_PARTICLES.has(word.text)`. */
function isParticle(word: Word): boolean {
  if (!PARTICLES_ARE_KEYS) return NAME_PARTICLES.has(word.text)
  return word.text === word.key && NAME_PARTICLES.has(word.key)
}

/** Whether a word may belong to a run of title and name words ("former", "Secretary", "of", "State", "John", "Kerry"). */
function isRunWord(word: Word): boolean {
  if (RUN_KEYS.has(word.key) || isParticle(word)) return true
  return isCapitalised(word) && !NON_NAME_WORDS.has(word.key)
}

/**
 * Whether `word` continues a run after `prev`: "of" only after a title word
 * ("Secretary of State"), a determiner only after "of" ("chairman of the
 * Joint Chiefs"), so that "President Obama of the United States" ends at
 * "Obama".
 */
function continuesRun(prev: Word, word: Word): boolean {
  if (word.key === 'of') return TITLE_WORDS.has(prev.key)
  if (DETERMINERS.has(word.key)) return prev.key === 'of'
  return true
}

/** The smaller of two `indexOf` results, `-1` standing for none. */
function firstFound(a: number, b: number): number {
  if (a === -1) return b
  return b === -1 || a < b ? a : b
}

/**
 * The ranges of `text` inside double quote marks: “…” pairs, and straight
 * quotes toggling. A paragraph's state starts closed (quotes that run over
 * paragraphs reopen with a mark).
 */
function quotedRanges(text: string): Range[] {
  const out: Range[] = []
  let open = -1
  // Jump from mark to mark (native searches) instead of testing every character.
  let straight = text.indexOf('"')
  let opening = text.indexOf('\u201c')
  let closing = text.indexOf('\u201d')
  for (;;) {
    const i = firstFound(straight, firstFound(opening, closing))
    if (i === -1) break
    const c = text.charCodeAt(i)
    if (i === straight) straight = text.indexOf('"', i + 1)
    else if (i === opening) opening = text.indexOf('\u201c', i + 1)
    else closing = text.indexOf('\u201d', i + 1)
    if (c === 0x201c || (c === 0x22 && open === -1)) open = i
    else if ((c === 0x201d || c === 0x22) && open !== -1) {
      out.push({ start: open, end: i })
      open = -1
    }
  }
  if (open !== -1) out.push({ start: open, end: text.length })
  return out
}

/**
 * Read a run as an organisation ("The Justice Department", "Fox News") or,
 * failing that, a person name; `null` for groups and anything else. The
 * words are read from `text`, where the block's text starts at `from` (see
 * {@link scanBlock}); ranges are mapped to input offsets.
 */
function readRun(block: Block, text: string, from: number, words: readonly Word[]): NameCandidate | null {
  const organisation = readOrganisation(words)
  if (organisation === 'group') return null
  if (organisation) {
    // The shapes read here are new objects: their ranges are mapped in place.
    const span = mapRange(block, from, { start: words[0]!.start, end: words.at(-1)!.end })
    organisation.name = mapRange(block, from, organisation.name)
    return { span, shape: organisation, quoted: false }
  }
  // A name ends with a name word: a run of titles, determiners and function words ("The", "He") holds none.
  if (!words.some(isNameWord)) return null
  const name = readName(text, words)
  if (!name) return null
  name.span = mapRange(block, from, name.span)
  name.name = mapRange(block, from, name.name)
  for (let k = 0; k < name.titles.length; k++) name.titles[k] = mapRange(block, from, name.titles[k]!)
  return { span: name.span, shape: name, quoted: false }
}

/** A range read where the block's text starts at `from`, as input offsets. */
function mapRange(block: Block, from: number, r: Range): Range {
  return blockRange(block, r.start - from, r.end - from)
}

/**
 * Whether a run only modifies the lowercase organisation or group word right
 * after it: "The US military", "US troops", "the Trump campaign" name
 * neither the US nor Trump as a speaker.
 */
function modifiesNext(text: string, last: Word, next: Word | undefined): boolean {
  if (!next || next.text !== next.key || !adjacent(text, last, next)) return false
  return ORGANISATION_HEADS.has(next.key) || GROUP_HEADS.has(next.key)
}

/**
 * Every person name and capitalised organisation in the blocks of `input`,
 * in document order. Linear in the text.
 */
export function scanNames(blocks: readonly Block[], input: string): NameCandidate[] {
  const out: NameCandidate[] = []
  for (const block of blocks) scanBlock(block, input, out)
  return out
}

/**
 * Whether a run word may be part of what {@link readRun} finds: a
 * capitalised word (every name and most organisations hold one) or a word
 * that can make an organisation in lowercase ("the council"). A run with no
 * such word ("the", "of the", "former spokesman") is not read at all.
 */
function mayMakeCandidate(word: Word): boolean {
  return isCapitalised(word) || mayHeadOrganisation(word)
}

/**
 * Add the names of one block to `out`. Its words are read one at a time and
 * only the current run of adjacent run words is kept (a long block keeps no
 * word list). A run ends at the first word that does not continue it: the
 * word that `modifiesNext` reads.
 */
function scanBlock(block: Block, input: string, out: NameCandidate[]): void {
  // The block's text is read where it stands in `input` when the input holds it as it is: V8 reads a
  // string cut from another (a plain-text block's slice, a Markdown text leaf) slower, character by
  // character, than the string it was cut from. Either way the text is `text[from, to)`, and ranges
  // found are mapped from `from`-based offsets.
  const at = inputStart(block, input)
  const text = at === -1 ? block.text : input
  const from = at === -1 ? 0 : at
  const to = from + block.text.length
  const cursor: WordCursor = { at: from }
  // The quoted ranges, found when the block's first candidate needs them, and the first one not before it.
  let quoted: Range[] | null = null
  let q = 0
  // The current run's words (no more than MAX_RUN_WORDS + 1 kept), its length, and the word before.
  let run: Word[] = []
  let length = 0
  // Whether the current run holds a word that a candidate needs (see mayMakeCandidate).
  let notable = false
  let prev: Word | null = null
  for (;;) {
    const word = nextWord(text, cursor, to, DOTTED_WORDS, KEPT_LOWERCASE)
    const runWord = word !== null && isRunWord(word)
    if (word !== null && runWord && length > 0 && continuesRun(prev!, word) && adjacent(text, prev!, word)) {
      if (length <= MAX_RUN_WORDS) run.push(word)
      length++
      notable ||= mayMakeCandidate(word)
      prev = word
      continue
    }
    const found = notable ? runCandidate(block, text, from, run, length, prev!, word) : null
    if (found !== null) {
      const at = run[0]!.start - from
      quoted ??= quotedRanges(block.text)
      while (q < quoted.length && quoted[q]!.end <= at) q++
      found.quoted = q < quoted.length && quoted[q]!.start < at
      out.push(found)
    }
    if (word === null) return
    run = runWord ? [word] : []
    length = runWord ? 1 : 0
    notable = runWord && mayMakeCandidate(word)
    prev = word
  }
}

/**
 * Where `input` holds the block's text unchanged, or -1: at the block's
 * start for a plain-text block (its text is that slice of the input); at
 * the first character's offset for a Markdown block without markup inside
 * (the input there spells its text; checked).
 */
function inputStart(block: Block, input: string): number {
  if (block.offsets === null) return block.start
  const start = block.offsets[0]
  return start !== undefined && input.startsWith(block.text, start) ? start : -1
}

/**
 * What the run of `length` words (the first of them in `run`, `last` the
 * last; read from `text`, where the block's text starts at `from`) names,
 * read when it ends before `next` (`null` at the block's end): `null` for a
 * run too long, one that only modifies `next`, or one that {@link readRun}
 * does not read.
 */
function runCandidate(
  block: Block,
  text: string,
  from: number,
  run: readonly Word[],
  length: number,
  last: Word,
  next: Word | null,
): NameCandidate | null {
  if (length === 0 || length > MAX_RUN_WORDS || modifiesNext(text, last, next ?? undefined)) return null
  return readRun(block, text, from, run)
}
