/**
 * One scan of the text for person names, wherever they stand: the other
 * mentions of a quoted person ("US President Donald Trump" before a quote
 * by "Mr Trump") and the antecedents that pronouns refer back to.
 *
 * @module
 */
import { type Block, blockRange, sourceIs } from '../segment/blocks.js'
import type { Range } from '../span.js'
import type { OrganisationShape } from './mention.js'
import { isUnlistedNameWord, type NameShape, readName } from './names.js'
import { mayMakeOrganisation, ORGANISATION_KEYS, readOrganisation } from './organisations.js'
import {
  DETERMINERS,
  DOTTED_WORDS,
  GROUP_HEADS,
  HONORIFICS,
  NAME_PARTICLES,
  NON_NAME_WORDS,
  ORGANISATION_HEADS,
  TITLE_WORDS,
} from './vocabulary.js'
import {
  adjacent,
  isCapitalised,
  type KeyTable,
  keyClasses,
  keyTable,
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
  /**
   * Whether it stands inside quote marks (someone's words, not narration); always `false` from a scan
   * told not to tell (see {@link scanNames}).
   */
  quoted: boolean
}

/** Longest run of name and title words read as one mention; longer runs (all-caps headlines) are skipped. */
export const MAX_RUN_WORDS = 12

/**
 * Whether every name particle is written as its own key (lowercase, no
 * dot): then a word can be a particle only when its text is its key, and
 * the particle test reads the key's classes instead of looking the text up.
 */
const PARTICLES_ARE_KEYS: boolean = [...NAME_PARTICLES].every((p) => wordKey(p) === p)

/** Bits of a key's classes ({@link KEY_TABLE}): {@link NAME_PARTICLES}. */
const PARTICLE = 2
/** {@link NON_NAME_WORDS}: never (the start of) a name. */
const NON_NAME = 4
/** {@link HONORIFICS}. */
const HONORIFIC = 128
/** A key of either: a capitalised word of such a key is no name word ({@link isNameWord}). */
const LISTED = NON_NAME | HONORIFIC
/** {@link ORGANISATION_KEYS}. */
const ORGANISATION_KEY = 8
/** {@link TITLE_WORDS}: "of" may follow. */
const TITLE = 16
/** {@link DETERMINERS}. */
const DETERMINER = 32
/** The key "of". */
const OF = 64
/** Keys that make any word a run word, whatever its case: "of", the determiners and the title words. */
const RUN_KEY = OF | DETERMINER | TITLE
/** {@link ORGANISATION_HEADS} and {@link GROUP_HEADS}: the lowercase words that a run may modify. */
const HEAD = 256

/**
 * The word classes a scan tests, by key, as bits: one lookup per word (in
 * place, for most words: see {@link KeyTable}) instead of a set lookup per
 * class. The lowercase words that the scan must see are kept: run words
 * whatever their case (and particles, read as written), and the
 * organisation and group heads that a run may modify. Every other word of
 * the letters a-z only is neither a run word nor such a head, so it only
 * separates runs, as any word between two others does (they are no longer
 * adjacent): it is skipped.
 */
const KEY_TABLE: KeyTable = keyTable(
  keyClasses([
    [NAME_PARTICLES, PARTICLE],
    [NON_NAME_WORDS, NON_NAME],
    [HONORIFICS, HONORIFIC],
    [ORGANISATION_KEYS, ORGANISATION_KEY],
    [TITLE_WORDS, TITLE],
    [DETERMINERS, DETERMINER],
    [new Set(['of']), OF],
    [ORGANISATION_HEADS, HEAD],
    [GROUP_HEADS, HEAD],
  ]),
  RUN_KEY | PARTICLE | HEAD,
  DOTTED_WORDS,
)

/** Whether a word is a name particle as written ("van", "de"): `NAME_PARTICLES.has(word.text)`. */
function isParticle(word: Word, classes: number): boolean {
  if (!PARTICLES_ARE_KEYS) return NAME_PARTICLES.has(word.text)
  return (classes & PARTICLE) !== 0 && word.text === word.key
}

/**
 * Whether a word (its key's `classes`) may belong to a run of title and
 * name words ("former", "Secretary", "of", "State", "John", "Kerry").
 */
function isRunWord(word: Word, classes: number): boolean {
  if ((classes & RUN_KEY) !== 0 || isParticle(word, classes)) return true
  return (classes & NON_NAME) === 0 && isCapitalised(word)
}

/**
 * Whether a word (its key's `classes`) continues a run after a word of
 * `prevClasses`: "of" only after a title word ("Secretary of State"), a
 * determiner only after "of" ("chairman of the Joint Chiefs"), so that
 * "President Obama of the United States" ends at "Obama".
 */
function continuesRun(prevClasses: number, classes: number): boolean {
  if ((classes & OF) !== 0) return (prevClasses & TITLE) !== 0
  if ((classes & DETERMINER) !== 0) return (prevClasses & OF) !== 0
  return true
}

/**
 * The double quote marks of a block's text, read in order as candidates
 * need them (see {@link quotedAt}): “…” pairs, and straight quotes
 * toggling, the block opening outside. The next mark of each kind is found
 * by the string's own search (a JavaScript loop would read each code unit),
 * and searched for again only once read: the text is searched at most once
 * per kind. Offsets are into `text`; the text's length stands for "none".
 */
interface QuoteMarks {
  readonly text: string
  /** Where the next straight, opening and closing mark at or after `read` stand (-1 before the first search). */
  straight: number
  opening: number
  closing: number
  /** Where the next mark not read yet is looked for. */
  read: number
  /** Whether a mark read opens a quote that is still open. */
  open: boolean
}

/** The quote marks of `text`, none read yet. */
function quoteMarks(text: string): QuoteMarks {
  return { text, straight: -1, opening: -1, closing: -1, read: 0, open: false }
}

/** The offset of `mark` in `text` at or after `from`, or the text's length when there is none. */
function find(text: string, mark: string, from: number): number {
  const at = text.indexOf(mark, from)
  return at === -1 ? text.length : at
}

/** The offset of the first double quote mark at or after `from` (not before the last one asked), or the text's length. */
function nextQuoteMark(marks: QuoteMarks, from: number): number {
  if (marks.straight < from) marks.straight = find(marks.text, '"', from)
  if (marks.opening < from) marks.opening = find(marks.text, '\u201c', from)
  if (marks.closing < from) marks.closing = find(marks.text, '\u201d', from)
  return Math.min(marks.straight, marks.opening, marks.closing)
}

/**
 * Whether a candidate that starts at `at` (an offset into the marks' text,
 * not before the last one asked) stands inside quote marks: a mark opened
 * before it, and the next one does not open another (then the first one was
 * never closed, and quotes nothing).
 */
function quotedAt(marks: QuoteMarks, at: number): boolean {
  const text = marks.text
  let mark = nextQuoteMark(marks, marks.read)
  while (mark < at) {
    const c = text.charCodeAt(mark)
    marks.open = c === 0x201c || (c === 0x22 && !marks.open)
    mark = nextQuoteMark(marks, mark + 1)
  }
  marks.read = mark
  return marks.open && (mark === text.length || text.charCodeAt(mark) !== 0x201c)
}

/**
 * Read a run as an organisation ("The Justice Department", "Fox News") or,
 * failing that, a person name; `null` for groups and anything else. The
 * words are read from `text`, where the block's text starts at `from` (see
 * {@link scanBlock}); ranges are mapped to input offsets. `named`: whether
 * some word is a name word ({@link isNameWord}).
 */
function readRun(
  block: Block,
  text: string,
  from: number,
  words: readonly Word[],
  named: boolean,
): NameCandidate | null {
  const organisation = readOrganisation(words)
  if (organisation === 'group') return null
  // The ranges read are input offsets already when the block's text is the input's slice from `from` (no
  // offset table: see inputStart); else they are mapped. (The shapes read here are new objects: their
  // ranges are mapped in place.)
  const mapped = block.offsets !== null
  if (organisation) {
    const read = { start: words[0]!.start, end: words.at(-1)!.end }
    if (mapped) organisation.name = mapRange(block, from, organisation.name)
    return { span: mapped ? mapRange(block, from, read) : read, shape: organisation, quoted: false }
  }
  // A name ends with a name word: a run of titles, determiners and function words ("The", "He") holds none.
  if (!named) return null
  const name = readName(text, words)
  if (!name) return null
  if (mapped) {
    name.span = mapRange(block, from, name.span)
    name.name = mapRange(block, from, name.name)
    for (let k = 0; k < name.titles.length; k++) name.titles[k] = mapRange(block, from, name.titles[k]!)
  }
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
  // (The scan's words carry their classes: HEAD is ORGANISATION_HEADS and GROUP_HEADS.)
  return (next.classes & HEAD) !== 0
}

/**
 * Every person name and capitalised organisation in the blocks of `input`,
 * in document order. Linear in the text. `marksQuoted`: whether to tell the
 * candidates inside quote marks (`quoted`); a caller that never reads it
 * passes `false`, and the quote marks are not read at all.
 */
export function scanNames(blocks: readonly Block[], input: string, marksQuoted = true): NameCandidate[] {
  const out: NameCandidate[] = []
  for (const block of blocks) scanBlock(block, input, out, marksQuoted)
  return out
}

/**
 * Add the names of one block to `out`. Its words are read one at a time and
 * only the current run of adjacent run words is kept (a long block keeps no
 * word list). A run ends at the first word that does not continue it: the
 * word that `modifiesNext` reads.
 *
 * A run is read ({@link readRun}) only when it holds a word that a
 * candidate needs: a name word (every name ends with one) or a word that
 * {@link mayMakeOrganisation}. Other runs ("The", "The mayor", "of the",
 * "former spokesman") give none, and are not read at all.
 */
function scanBlock(block: Block, input: string, out: NameCandidate[], marksQuoted: boolean): void {
  // The block's text is read where it stands in `input` when the input holds it as it is: V8 reads a
  // string cut from another (a plain-text block's slice, a Markdown text leaf) slower, character by
  // character, than the string it was cut from. Either way the text is `text[from, to)`, and ranges
  // found are mapped from `from`-based offsets.
  const at = inputStart(block, input)
  const text = at === -1 ? block.text : input
  const from = at === -1 ? 0 : at
  const to = from + block.text.length
  const cursor: WordCursor = { at: from }
  // The block's quote marks, when the candidates' `quoted` is told.
  const marks = marksQuoted ? quoteMarks(block.text) : null
  // The current run's words (no more than MAX_RUN_WORDS + 1 kept), its length, and the word before with
  // its key's classes.
  let run: Word[] = []
  let length = 0
  // Whether the current run holds a name word, and a word that a candidate needs (see above).
  let named = false
  let notable = false
  let prev: Word | null = null
  let prevClasses = 0
  for (;;) {
    const word = nextWord(text, cursor, to, DOTTED_WORDS, KEY_TABLE)
    const classes = word === null ? 0 : word.classes
    const runWord = word !== null && isRunWord(word, classes)
    // A run word's part in a candidate (a word that is no run word starts no run).
    const nameWord = runWord && isUnlistedNameWord(word, (classes & LISTED) !== 0)
    const needed = runWord && (nameWord || mayMakeOrganisation(word, (classes & ORGANISATION_KEY) !== 0))
    if (
      word !== null &&
      runWord &&
      length > 0 &&
      continuesRun(prevClasses, classes) &&
      adjacent(text, prev!, word)
    ) {
      if (length <= MAX_RUN_WORDS) run.push(word)
      length++
      named ||= nameWord
      notable ||= needed
      prev = word
      prevClasses = classes
      continue
    }
    const found = notable ? runCandidate(block, text, from, run, length, prev!, word, named) : null
    // (`text[from, to)` is the block's text.)
    if (found !== null && marks !== null) found.quoted = quotedAt(marks, run[0]!.start - from)
    if (found !== null) out.push(found)
    if (word === null) return
    // "of" goes on a run after a title word ("Secretary of State") but opens none: a name after it ("spoke of
    // Mark Esper") opens its own.
    const opens = runWord && (classes & OF) === 0
    // A new array only when the old one holds words (most words that are no run word follow another).
    if (opens) run = [word]
    else if (run.length !== 0) run = []
    length = opens ? 1 : 0
    named = opens && nameWord
    notable = opens && needed
    prev = word
    prevClasses = classes
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
  return start !== undefined && sourceIs(input, start, block.text) ? start : -1
}

/**
 * What the run of `length` words (the first of them in `run`, `last` the
 * last; read from `text`, where the block's text starts at `from`) names,
 * read when it ends before `next` (`null` at the block's end): `null` for a
 * run too long, one that only modifies `next`, or one that {@link readRun}
 * does not read. `named`: whether the run holds a name word.
 */
function runCandidate(
  block: Block,
  text: string,
  from: number,
  run: readonly Word[],
  length: number,
  last: Word,
  next: Word | null,
  named: boolean,
): NameCandidate | null {
  if (length === 0 || length > MAX_RUN_WORDS || modifiesNext(text, last, next ?? undefined)) return null
  return readRun(block, text, from, run, named)
}
