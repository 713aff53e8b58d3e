/**
 * Attribution cues: a cue verb from the lexicon with the auxiliaries and
 * adverbs before it ("has also said") and the complements after it ("told
 * reporters", "said in a statement", "said Tuesday", "called for"), or
 * "according to".
 *
 * @module
 */
import {
  addresseeCueLemmas,
  beForms,
  cueAddressees,
  cueAdjunctOpeners,
  cueAdjunctStops,
  cueAdverbs,
  cueAuxiliaries,
  cueMediaNouns,
  cueParticles,
  cuePeriodWords,
  cueTimeWords,
  negatedBeForms,
  nounDeterminers,
  nounLikeCueForms,
  participleCuePrepositions,
} from '../lexicon/attribution-words.js'
import {
  beliefCueVerbs,
  infinitiveNounCues,
  nounCues,
  phrasalBeliefCueVerbs,
  phrasalCueVerbs,
  speechCueVerbs,
} from '../lexicon/cue-verbs.js'
import { asciiWordHash, holdsWordHash, nextWordHash, type Token, WordHashSet } from './words.js'

/** `speech`: verbs of saying; `belief`: beliefs, plans and stances (`reported: 'all'`). */
export type CueClass = 'speech' | 'belief'

/** A cue found at a token, as token indices. */
export interface CueMatch {
  /** First token of the cue (auxiliaries and adverbs included). */
  first: number
  /** The cue verb's token ("according" for "according to"). */
  verb: number
  /** Token after the cue's last token (particles, addressee, complements included). */
  after: number
  lemma: string
  cls: CueClass
  /** An -ing form with no auxiliary ("…, stressing there was"): a weaker pattern. */
  participle: boolean
  /** "to" stands before the verb ("prompting Mr Trump to warn"). */
  infinitive: boolean
  /** "according to". */
  according: boolean
  /** Tokens of the addressee inside the cue ("reporters" in "told reporters"), or -1. */
  addressee: number
}

/** Most tokens of auxiliaries and adverbs read before a cue verb. */
const MAX_CUE_PREFIX = 4
/** Most tokens of complement read after a cue verb ("in a recent phone interview"). */
const MAX_CUE_COMPLEMENT = 6
/** Most tokens of a capitalised addressee ("The Washington Post"). */
const MAX_ADDRESSEE_TOKENS = 4

interface CueForm {
  lemma: string
  cls: CueClass
  phrasal: boolean
  /** The lemma's particles ("for" of "call for"), from `cueParticles`, read once here. */
  particles: readonly string[] | undefined
  /** A cue of telling, which may take an addressee ("told reporters"). */
  telling: boolean
}

function formIndex(): ReadonlyMap<string, CueForm> {
  const index = new Map<string, CueForm>()
  const add = (verbs: Readonly<Record<string, readonly string[]>>, cls: CueClass, phrasal: boolean): void => {
    for (const [lemma, forms] of Object.entries(verbs)) {
      const particles = cueParticles[lemma]
      const telling = addresseeCueLemmas.includes(lemma)
      for (const form of forms)
        if (!index.has(form)) index.set(form, { lemma, cls, phrasal, particles, telling })
    }
  }
  add(speechCueVerbs, 'speech', false)
  add(beliefCueVerbs, 'belief', false)
  add(phrasalCueVerbs, 'speech', true)
  add(phrasalBeliefCueVerbs, 'belief', true)
  return index
}

const forms: ReadonlyMap<string, CueForm> = formIndex()

/**
 * The shape of a word for {@link ShapeFilter}: its length (up to 31) and the
 * low five bits of its first, second and last code units (a–z are 1–26), as
 * an index below 2^20.
 */
function shapeOf(word: string): number {
  const length = Math.min(word.length, 31)
  return (
    (length << 15) |
    ((word.charCodeAt(0) & 31) << 10) |
    ((word.charCodeAt(1) & 31) << 5) |
    (word.charCodeAt(word.length - 1) & 31)
  )
}

/**
 * Whether a word may be in a set: one bit per {@link shapeOf}, set for every
 * word of the set. No false negatives; most words of a text are told apart
 * by a few code units and an array read, cheaper than hashing them for a
 * map (about one word in six of news text passes the cue forms' filter).
 */
type ShapeFilter = Uint32Array

function shapeFilter(words: Iterable<string>): ShapeFilter {
  const filter = new Uint32Array(1 << 15)
  for (const word of words) {
    const shape = shapeOf(word)
    filter[shape >>> 5]! |= 1 << (shape & 31)
  }
  return filter
}

/** Whether `word`'s shape is in `filter`. */
function mayHave(filter: ShapeFilter, word: string): boolean {
  const shape = shapeOf(word)
  return (filter[shape >>> 5]! & (1 << (shape & 31))) !== 0
}

/** The shapes of the cue forms, before a lookup in {@link forms}. */
const formShapes: ShapeFilter = shapeFilter(forms.keys())

/** The cue form `lower` is, if any: {@link forms} behind {@link formShapes}. */
function formOf(lower: string): CueForm | undefined {
  return mayHave(formShapes, lower) ? forms.get(lower) : undefined
}
const prefixWords: ReadonlySet<string> = new Set([...cueAuxiliaries, ...cueAdverbs])
const timeWords: ReadonlySet<string> = new Set(cueTimeWords)
const periodWords: ReadonlySet<string> = new Set(cuePeriodWords)
/** Parts of a day after a day word ("Friday afternoon"). */
const dayParts: ReadonlySet<string> = new Set(['morning', 'afternoon', 'evening', 'night'])
const mediaNouns: ReadonlySet<string> = new Set(cueMediaNouns)
const addressees: ReadonlySet<string> = new Set(cueAddressees)
const articles: ReadonlySet<string> = new Set(['the', 'a', 'an'])
const objectPronouns: ReadonlySet<string> = new Set(['him', 'her', 'them', 'it', 'us', 'me'])
const determiners: ReadonlySet<string> = new Set(nounDeterminers)
/** Prepositions after which an -ing cue form is a gerund, a verb ("by saying", "after saying"), not a noun ("the saying"). */
const gerundPrepositions: ReadonlySet<string> = new Set(participleCuePrepositions)
/** Forms of "be", negated ones too: among a cue's auxiliaries they make it passive. */
const passiveAuxiliaries: ReadonlySet<string> = new Set([...beForms, ...negatedBeForms])
/** Cue forms that are common nouns too: after "which" or "first" they stay nouns ("which reports"); others are verbs ("which reported", "first reported"). */
const nounLike: ReadonlySet<string> = new Set(nounLikeCueForms)

function hashesOf(words: Iterable<string>): WordHashSet {
  return new WordHashSet([...words, 'according'])
}

/** The speech cue forms ("said", "told"). */
const speechForms: readonly string[] = [...forms].filter(([, f]) => f.cls === 'speech').map(([w]) => w)
/** The speech noun cues ("claim", "statement"). */
const speechNouns: readonly string[] = Object.entries(nounCues)
  .filter(([, c]) => c === 'speech')
  .map(([w]) => w)

/** Hashes of the speech cue forms and "according", for {@link speechCueAhead}. */
const speechHashes: WordHashSet = hashesOf(speechForms)
/** The prefilter's hashes: the cue forms of a class and its noun cues ("claim", "statement"). */
const speechPrefilter: WordHashSet = hashesOf([...speechForms, ...speechNouns])
const allPrefilter: WordHashSet = hashesOf([...forms.keys(), ...Object.keys(nounCues)])

/**
 * Whether a form of "be" (negated ones too) stands among a cue's
 * auxiliaries ("was released", "has been confirmed", "isn’t repeated"): a
 * passive cue names no speaker before it.
 */
export function hasPassiveAuxiliary(tokens: readonly Token[], cue: CueMatch): boolean {
  for (let k = cue.first; k < cue.verb; k++) if (passiveAuxiliaries.has(tokens[k]!.lower)) return true
  return false
}

/**
 * Whether `text[from, to)` may hold a cue of `cls` or narrower (a cheap,
 * allocation-free prefilter: some word hashes like a cue form).
 */
export function mayHoldCue(text: string, from: number, to: number, cls: CueClass): boolean {
  return holdsWordHash(text, from, to, cls === 'speech' ? speechPrefilter : allPrefilter)
}

/**
 * Where the first word of `text[from, to)` that {@link mayHoldCue} looks
 * for starts, or -1: one scan can answer the prefilter for many sentences
 * in turn.
 */
export function nextCueWord(text: string, from: number, to: number, cls: CueClass): number {
  return nextWordHash(text, from, to, cls === 'speech' ? speechPrefilter : allPrefilter)
}

/** Most words read by {@link speechCueAhead}: "the top US military officer said". */
const MAX_ATTRIBUTION_WORDS = 6

/**
 * Whether a speech cue form stands among the first words from `from` (at
 * most {@link MAX_ATTRIBUTION_WORDS}, stopping at a sentence mark or quote
 * mark): the words after a closing quote attribute it (“…?” Trump said).
 */
export function speechCueAhead(text: string, from: number): boolean {
  let words = 0
  let i = from
  while (i < text.length && words < MAX_ATTRIBUTION_WORDS) {
    const c = text.charCodeAt(i)
    if (c === 0x2e || c === 0x21 || c === 0x3f || c === 0x201c || c === 0x22 || c === 0x3a) return false
    if (!isLetterCode(c)) {
      i++
      continue
    }
    let j = i + 1
    while (j < text.length && isLetterCode(text.charCodeAt(j))) j++
    if (speechHashes.has(asciiWordHash(text, i, j)) && text.charCodeAt(i) >= 0x61)
      return !fullStopBefore(text, from) || attributionEndsAfter(text, j)
    words++
    i = j
  }
  return false
}

/** Most code units read back over spaces and closing marks by {@link fullStopBefore}. */
const MAX_CLOSING_RUN = 8

/** Whether a full stop stands before `at`, past spaces and closing quote marks (“… Ted.” Trump called …). */
function fullStopBefore(text: string, at: number): boolean {
  let i = at - 1
  while (i >= 0 && at - i <= MAX_CLOSING_RUN && !isLetterCode(text.charCodeAt(i))) {
    if (text.charCodeAt(i) === 0x2e) return true
    i--
  }
  return false
}

/** Whether an opening double quote mark follows `from`, past at most two spaces. */
function quotationFollows(text: string, from: number): boolean {
  let i = from
  while (i < text.length && i - from < 2 && (text.charCodeAt(i) === 0x20 || text.charCodeAt(i) === 0xa0)) i++
  const c = text.charCodeAt(i)
  return c === 0x201c || c === 0x22
}

/** Most words read after a cue by {@link attributionEndsAfter}: "said on Twitter", "told reporters Tuesday". */
const MAX_ATTRIBUTION_TAIL = 4

/**
 * Whether the attribution ends within {@link MAX_ATTRIBUTION_TAIL} words
 * after a cue ending at `from` (a comma or sentence mark comes): after a
 * quotation closed by a full stop, "He said that if …" or "Trump called the
 * senator a …" opens a sentence of its own, "Mr Esper said." attributes it.
 */
function attributionEndsAfter(text: string, from: number): boolean {
  let words = 0
  let i = from
  while (i < text.length && words <= MAX_ATTRIBUTION_TAIL) {
    const c = text.charCodeAt(i)
    // "… change.” She adds, “What kind …?”": a comma before a quotation leads into a new one.
    if (c === 0x2c) return !quotationFollows(text, i + 1)
    if (c === 0x2e || c === 0x21 || c === 0x3f || c === 0x3b || c === 0x0a) return true
    if (!isLetterCode(c)) {
      if (c !== 0x20 && c !== 0xa0) return false
      i++
      continue
    }
    let j = i + 1
    while (j < text.length && isLetterCode(text.charCodeAt(j))) j++
    if (j - i === 4 && text.startsWith('that', i)) return false
    words++
    i = j
  }
  return i >= text.length && words <= MAX_ATTRIBUTION_TAIL
}

function isLetterCode(c: number): boolean {
  return (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a) || (c >= 0xc0 && c <= 0x24f)
}

/** "Editor’s", "Trump's": a possessive before a cue form makes it a noun ("Editor’s note"). */
function isPossessive(lower: string): boolean {
  // Read on the word before every cue form: most end in no "s", and the two suffixes are not asked for.
  if (lower.charCodeAt(lower.length - 1) !== 0x73) return false
  return (lower.endsWith('’s') || lower.endsWith("'s")) && !contracted.has(lower.slice(0, -2))
}

/** Words whose "’s" is "is" or "has" ("he’s said", "it's claimed"), not a possessive. */
const contracted: ReadonlySet<string> = new Set([
  'he',
  'she',
  'it',
  'that',
  'there',
  'who',
  'what',
  'here',
  'where',
])

/** "he’s", "they're": a subject with a contracted "is"/"are"/"has" before an -ing form. */
function contractedAuxiliary(t: Token | undefined): boolean {
  if (t === undefined || !t.word) return false
  const lower = t.lower.replace("'", '’')
  if (lower.endsWith('’re')) return true
  return lower.endsWith('’s') && contracted.has(lower.slice(0, -2))
}

/** An auxiliary, a listed adverb, or any lowercase -ly adverb ("forcefully told", "flatly denied"). */
function isCuePrefix(t: Token): boolean {
  return prefixWords.has(t.lower) || (t.word && !t.capital && t.lower.length > 4 && t.lower.endsWith('ly'))
}

const nounCueClasses: ReadonlyMap<string, CueClass> = new Map(Object.entries(nounCues))
/** The shapes of the noun cues, before a lookup in {@link nounCueClasses}. */
const nounShapes: ShapeFilter = shapeFilter(nounCueClasses.keys())
const infinitiveNouns: ReadonlySet<string> = new Set(infinitiveNounCues)

/**
 * The shapes of every word {@link cueAt} or {@link nounCueAt} may read as a
 * cue of class `speech`: the speech cue forms, "according" and the speech
 * noun cues ("claim", "statement").
 */
const speechCueShapes: ShapeFilter = shapeFilter([...speechForms, 'according', ...speechNouns])

/** The shapes of every word {@link cueAt} or {@link nounCueAt} may read as a cue of any class. */
const anyCueShapes: ShapeFilter = shapeFilter([...forms.keys(), 'according', ...nounCueClasses.keys()])

/**
 * Whether `lower` may be the word of a cue of class `cls` or narrower:
 * `false` only when neither {@link cueAt} nor {@link nounCueAt} can find a
 * cue of that class at a token whose lower-case form it is (a verb of
 * belief, "plan", "know", is none of class `speech`). One shape read, no
 * lookup, no false negatives: a caller that walks every word of a sentence
 * passes over most of them so.
 */
export function mayBeCueWord(lower: string, cls: CueClass): boolean {
  return mayHave(cls === 'speech' ? speechCueShapes : anyCueShapes, lower)
}

/**
 * The noun cue at token `i` when "that" and a word follow it ("claim that
 * there have been …"), or "to" for a noun of plan or promise ("promise to
 * cut taxes"), before `hi`; else `null`. Its speaker is its possessor, for
 * the caller to find.
 */
export function nounCueAt(tokens: readonly Token[], i: number, hi: number): CueMatch | null {
  const t = tokens[i]
  if (t === undefined || !t.word || t.capital || i + 2 >= hi) return null
  const cls = mayHave(nounShapes, t.lower) ? nounCueClasses.get(t.lower) : undefined
  if (cls === undefined) return null
  const link = tokens[i + 1]!.lower
  // "his promise to cut taxes", "her decision to run": a noun of plan or promise reports an infinitive.
  if (link !== 'that' && !(link === 'to' && infinitiveNouns.has(t.lower))) return null
  const next = tokens[i + 2]!
  if (!next.word && !OPENING_QUOTES.has(next.lower)) return null
  return {
    first: i,
    verb: i,
    after: i + 1,
    lemma: t.lower,
    cls,
    participle: false,
    infinitive: false,
    according: false,
    addressee: -1,
  }
}

const OPENING_QUOTES: ReadonlySet<string> = new Set(['“', '"', '‘', "'", "''"])

/** Most tokens of a quoted modifier read back over ("the “sex tape” reference"). */
const MAX_QUOTED_MODIFIER = 6

/** Whether token `k` closes a short quotation (“…”) that opens right after a determiner ("The “sex tape”"). */
function quotedModifierAfterDeterminer(tokens: readonly Token[], k: number, lo: number): boolean {
  const close = tokens[k]!.lower
  if (close !== '”' && close !== '"') return false
  for (let j = k - 1; j > lo && k - j <= MAX_QUOTED_MODIFIER; j--) {
    const t = tokens[j]!
    if (t.lower === '“' || t.lower === '"') return j - 1 >= lo && determiners.has(tokens[j - 1]!.lower)
    if (!t.word) return false
  }
  return false
}

/** Whether `lower` is a form of a verb of saying ("insist", "said"), not of belief. */
export function isSpeechCueWord(lower: string): boolean {
  return formOf(lower)?.cls === 'speech'
}

/**
 * Whether `lower` is a form of a cue verb (any class). Stance verbs that are
 * cues only with a particle ("campaign", "vote") are common nouns in a
 * mention ("the Clinton campaign said") and do not count.
 */
export function isCueWord(lower: string): boolean {
  const form = formOf(lower)
  return (form !== undefined && !(form.phrasal && form.cls === 'belief')) || lower === 'according'
}

/**
 * The cue whose verb is token `i`, reading no further back than token `lo`
 * and no further ahead than `hi` (the sentence's token bounds), or `null`.
 * A capitalised verb counts only at the sentence start ("State" in
 * "Secretary of State" is no cue).
 */
export function cueAt(
  tokens: readonly Token[],
  i: number,
  lo: number,
  hi: number,
  titleCase = false,
): CueMatch | null {
  const t = tokens[i]
  if (t === undefined || !t.word) return null
  if (t.capital && i !== lo && !titleCase) return null
  if (t.lower === 'according') {
    if (tokens[i + 1]?.lower !== 'to' || i + 1 >= hi) return null
    return {
      first: i,
      verb: i,
      after: i + 2,
      lemma: 'according',
      cls: 'speech',
      participle: false,
      infinitive: false,
      according: true,
      addressee: -1,
    }
  }
  const form = formOf(t.lower)
  if (form === undefined) return null
  // "In one tweet", "the report", "his post": a determiner makes the word a noun.
  // (No read at index -1: in V8 that is a slow property lookup, not an element read.)
  const before = i > 0 ? tokens[i - 1] : undefined
  if (
    i > lo &&
    before !== undefined &&
    (determiners.has(before.lower) || isPossessive(before.lower)) &&
    !((before.lower === 'which' || before.lower === 'first') && !nounLike.has(t.lower)) &&
    !(gerundPrepositions.has(before.lower) && t.lower.endsWith('ing'))
  )
    return null
  // "the radio show", "a video message", "her twitter post": a media noun after a media noun is a compound noun.
  if (
    i > lo &&
    before !== undefined &&
    before.word &&
    mediaNouns.has(before.lower) &&
    mediaNouns.has(t.lower)
  )
    return null
  // "The “sex tape” reference came up": a quoted modifier after a determiner, then the noun (only a mark closes one).
  if (i > lo && before !== undefined && !before.word && quotedModifierAfterDeterminer(tokens, i - 1, lo))
    return null
  let after = i + 1
  const particles = form.particles
  // "called Friday for releasing the videos", "spoke out Tuesday about": a time word may stand before the particle.
  const timed = particles !== undefined && after + 1 < hi && timeWords.has(tokens[after]?.lower ?? '')
  const at = timed && particles.includes(tokens[after + 1]?.lower ?? '') ? after + 1 : after
  const particle = tokens[at]
  if (particles !== undefined && particle !== undefined && at < hi && particles.includes(particle.lower))
    after = at + 1
  else if (form.phrasal) return null
  let first = i
  while (first > lo && i - first < MAX_CUE_PREFIX && isCuePrefix(tokens[first - 1]!)) first--
  const infinitive = first < i && tokens[i - 1]?.lower === 'to'
  // "He’s claiming that …": a contracted auxiliary makes no participle.
  const participle = t.lower.endsWith('ing') && first === i && !contractedAuxiliary(before)
  let addressee = -1
  if (form.telling) {
    const end = addresseeEnd(tokens, after, hi)
    if (end > after) {
      addressee = after
      after = end
    }
  }
  after = complementEnd(tokens, after, hi)
  after = adjunctBeforeThat(tokens, after, hi, form.telling)
  return {
    first,
    verb: i,
    after,
    lemma: form.lemma,
    cls: form.cls,
    participle,
    infinitive,
    according: false,
    addressee,
  }
}

/**
 * End of an addressee after a cue of telling: one addressee word
 * ("reporters", "him"), or a capitalised name of a few words, maybe after
 * "the" ("told CNN", "told The Washington Post").
 */
function addresseeEnd(tokens: readonly Token[], k: number, hi: number): number {
  const t = tokens[k]
  if (t === undefined || k >= hi || !t.word) return k
  if (addressees.has(t.lower) && !articles.has(t.lower)) return k + 1
  // "is telling a veterans group that …": a short addressee before "that".
  for (let j = k + 1; j < hi && j - k <= MAX_ADDRESSEE_TOKENS; j++) {
    if (tokens[j]!.lower === 'that') {
      // "urged residents to avoid roads that would flood": a relative "that" before a verb.
      if (!prefixWords.has(tokens[j + 1]?.lower ?? '')) return j
      break
    }
    if (!tokens[j]!.word || adjunctStops.has(tokens[j]!.lower)) break
  }
  let j = articles.has(t.lower) ? k + 1 : k
  const from = j
  while (j < hi && j - from < MAX_ADDRESSEE_TOKENS && tokens[j]!.word && tokens[j]!.capital) j++
  if (j === from) {
    // "told the crowd", "told a rally": article + one addressee noun.
    const noun = tokens[from]
    if (
      from > k &&
      noun !== undefined &&
      from < hi &&
      (addressees.has(noun.lower) || mediaNouns.has(noun.lower))
    )
      return from + 1
    return k
  }
  return j
}

/**
 * End of the complements after a cue: day and time words ("said Tuesday",
 * "said on Monday", "said last week") and a medium ("said in a statement",
 * "wrote on Twitter"), within {@link MAX_CUE_COMPLEMENT} tokens.
 */
function complementEnd(tokens: readonly Token[], k: number, hi: number): number {
  const limit = Math.min(hi, k + MAX_CUE_COMPLEMENT)
  for (;;) {
    const t = tokens[k]
    if (t === undefined || k >= limit) return k
    if (timeWords.has(t.lower)) {
      k++
      // "said Friday afternoon", "said Monday night".
      if (k < limit && dayParts.has(tokens[k]?.lower ?? '')) k++
      continue
    }
    const next = tokens[k + 1]
    if (next === undefined || k + 1 >= limit) return k
    if ((t.lower === 'last' || t.lower === 'this' || t.lower === 'that') && periodWords.has(next.lower)) {
      k += 2
      continue
    }
    if (t.lower === 'on' && timeWords.has(next.lower)) {
      k += 2
      continue
    }
    if (t.lower === 'of' && (next.capital || objectPronouns.has(next.lower))) {
      // "says of Clinton, “…”", "said of RT."
      let j = k + 2
      while (j < limit && tokens[j]!.word && tokens[j]!.capital) j++
      k = j
      continue
    }
    if (t.lower === 'in' || t.lower === 'on' || t.lower === 'during' || t.lower === 'via') {
      const end = mediumEnd(tokens, k + 1, limit)
      if (end > k + 1) {
        k = end
        continue
      }
    }
    return k
  }
}

/** Most tokens of an adjunct read between a cue and "that" ("at a campaign stop in Toledo, Ohio,"). */
const MAX_ADJUNCT_TOKENS = 10
/** Prepositions that open an adjunct between a cue and its "that" clause. */
const adjunctOpeners: ReadonlySet<string> = new Set(cueAdjunctOpeners)
/** Words that open a content of their own before any "that" ("urged them to …", "told him how …"). */
const adjunctStops: ReadonlySet<string> = new Set(cueAdjunctStops)

/**
 * When a prepositional adjunct then "that" follow a cue ("says in Ohio
 * that …", "said at an event in Colorado Springs that …"), the token of
 * "that" (the adjunct belongs to the cue); else `k`. The adjunct holds only
 * words and commas, within {@link MAX_ADJUNCT_TOKENS} tokens. After a cue of
 * telling (`telling`) it may be a long addressee too ("told one of his young
 * protégés on a regular basis that …").
 */
function adjunctBeforeThat(tokens: readonly Token[], k: number, hi: number, telling: boolean): number {
  const t = tokens[k]
  if (t === undefined || k >= hi || !(adjunctOpeners.has(t.lower) || (telling && t.word))) return k
  const limit = Math.min(hi - 1, k + 1 + MAX_ADJUNCT_TOKENS)
  for (let j = k + 1; j < limit; j++) {
    const w = tokens[j]!
    if (w.lower === 'that') {
      // "an angle that would show …": a relative "that" before a verb.
      const next = tokens[j + 1]
      const opens = next?.word === true || OPENING_QUOTES.has(next?.lower ?? '')
      return opens && j > k + 1 && !prefixWords.has(next!.lower) ? j : k
    }
    if (!w.word && w.lower !== ',') return k
    if (adjunctStops.has(w.lower)) return k
    if (w.word && !w.capital && isCueWord(w.lower)) return k
    // "said after the convention he would not accept …": a subject pronoun opens the clause.
    const before = tokens[j - 1]!
    if (
      !telling &&
      adjunctSubjects.has(w.lower) &&
      j > k + 1 &&
      before.word &&
      !adjunctOpeners.has(before.lower)
    )
      return tokens[j + 1]?.word === true ? j : k
  }
  return k
}

/** Subject pronouns that open the reported clause after a cue's adjunct. */
const adjunctSubjects: ReadonlySet<string> = new Set(['he', 'she', 'they', 'we', 'i', 'it'])

/**
 * When a medium stands at token `k` ("in a statement", "on Twitter", maybe
 * then time words: "in a statement on Thursday"), the token after it; else `k`.
 */
export function mediumAt(tokens: readonly Token[], k: number, hi: number): number {
  const t = tokens[k]
  if (t === undefined || k >= hi || !(t.lower === 'in' || t.lower === 'on' || t.lower === 'during')) return k
  const end = mediumEnd(tokens, k + 1, Math.min(hi, k + 1 + MAX_CUE_COMPLEMENT))
  return end > k + 1 ? complementEnd(tokens, end, hi) : k
}

/** After "in"/"on": an optional article, up to two modifiers, and a media noun ("a phone interview", "Twitter"). */
function mediumEnd(tokens: readonly Token[], k: number, limit: number): number {
  let j = articles.has(tokens[k]?.lower ?? '') ? k + 1 : k
  for (let n = 0; n < 3 && j < limit; n++, j++) {
    const t = tokens[j]
    if (t === undefined || !t.word) return k
    if (mediaNouns.has(t.lower)) return j + 1
  }
  return k
}
