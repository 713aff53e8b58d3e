/**
 * Attribution frames: in one sentence, a cue, its speaker mention and the
 * reported content, by the constructions news writing uses. Quote marks are
 * not paired here: the caller masks the tokens inside quotations (no cue is
 * read there and no content is cut there); quotes.ts decides whether a
 * frame's content is a direct, mixed or indirect quote, so a quotation
 * inside a frame's content becomes part of a mixed quote, not a partial one.
 *
 * Every frame stays inside its sentence: the content never crosses a
 * sentence or paragraph boundary and never swallows the attribution.
 *
 * @module
 */
import {
  type CueClass,
  type CueMatch,
  cueAt,
  hasPassiveAuxiliary,
  isSpeechCueWord,
  mayBeCueWord,
  mediumAt,
  nounCueAt,
} from '../attribute/cues.js'
import { mentionEndingAt, speakerAfter, speakerBefore, type TokenSpan } from '../attribute/speakers.js'
import type { Token } from '../attribute/words.js'
import {
  adjunctPrepositions,
  beForms,
  causativeVerbForms,
  clauseOnlyCueLemmas,
  clauseSubordinators,
  contentBlockingWords,
  contentClauseOpeners,
  coordinatedPredicateOpeners,
  cueAdverbs,
  cueAuxiliaries,
  cueSubjectOpeners,
  cueSubjectWords,
  cueTimeWords,
  headlineLabels,
  headlineTitleWords,
  infinitiveOnlyCueLemmas,
  ingPrepositions,
  leadInOnlyCueLemmas,
  leadingConnectives,
  narratorAdjunctOpeners,
  narratorSubordinators,
  negatedBeForms,
  nounLikeCueForms,
  nounPhraseReportForms,
  objectAdjunctOpeners,
  objectCueLemmas,
  participleCuePrepositions,
  reportOpeningWords,
} from '../lexicon/attribution-words.js'
import { monthNames } from '../lexicon/months.js'
import { possessiveDeterminers, relativePronouns } from '../lexicon/pronouns.js'
import type { Range } from '../span.js'

/** The construction a frame was found by. */
export type FramePattern =
  /** Mr Esper has said the letter is not accurate. / She adds, “What kind …?” */
  | 'speakerCueContent'
  /** The letter was a poorly worded draft …, the top US military officer told reporters. */
  | 'contentSpeakerCue'
  /** There has been no decision to leave Iraq, says US Secretary of Defence, Mark Esper. */
  | 'contentCueSpeaker'
  /** The coalition … will reposition troops in Iraq, according to the letter. */
  | 'accordingTo'
  /** …, said, stressing there was no withdrawal being planned. */
  | 'participle'
  /** Climate change, Mr. Obama often says, is the greatest long-term threat facing the world. */
  | 'parenthetical'
  /** Pence: Gennifer Flowers Won’t Be at Debate, Trump Was ‘Mocking’ Clinton Camp. */
  | 'nameThenColon'
  /** Said Ellis: “I don’t get the sense she’s the least bit interested in tax reform.” */
  | 'cueSpeakerContent'
  /** The registration issue was first reported by The Washington Post. / Turnout is expected to rise. */
  | 'passive'
  /** Politifact checked Donald Trump’s claim that there have been “thousands of shootings” in Chicago. */
  | 'nounCue'

/** One attribution found in a sentence; positions in the block text. */
export interface Frame {
  pattern: FramePattern
  cue: Range
  speaker: Range | null
  /** The reported words, trimmed; empty (start === end) when the cue ends the text before a colon ("… said:"). */
  content: Range
  /** The second piece of the reported words when the attribution stands inside them, else `null`. */
  rest: Range | null
  cls: CueClass
  confidence: number
}

/** A sentence as token bounds `[first, after)`. */
export interface SentenceTokens {
  first: number
  after: number
}

/**
 * The quotation flags of a sentence's tokens: `quoted[k]` is 1 when token
 * `k` lies inside a quotation's words, else 0. A plain array of small
 * integers, not a typed array: one is made per sentence with quotations,
 * and a typed array costs several times more to allocate.
 */
export type QuotedFlags = readonly number[]

/** Fewest word tokens a content must have ("he said so" reports nothing). */
export const MIN_CONTENT_WORDS = 2
/** Most tokens of content read after a cue; a longer sentence's content is cut there. */
export const MAX_CONTENT_TOKENS = 200

/** Whether any token of `span` lies inside a quotation. */
function holdsQuotation(quoted: QuotedFlags, span: TokenSpan): boolean {
  for (let k = span.first; k < span.after; k++) if (quoted[k] === 1) return true
  return false
}

/**
 * Whether a word is a preposition that opens a cue's medium ("in a
 * statement", "on Twitter", "during an interview"). Compared in place: the
 * content scan asks it of every word, and a set lookup would hash each
 * word's string first.
 */
function opensMedium(word: string): boolean {
  return word === 'in' || word === 'on' || word === 'during'
}

/** Whether the clause ends at token `k`: the sentence ends, or a terminal mark or comma stands there. */
function endsAt(tokens: readonly Token[], k: number, hi: number): boolean {
  if (k >= hi) return true
  const t = lowerAt(tokens, k)
  return TERMINALS.has(t) || t === ','
}

/** Words that open an appositive after a dash ("— a metaphor for …", "-- a news network"). */
const APPOSITIVE_OPENERS: ReadonlySet<string> = new Set(['a', 'an'])
const TERMINALS: ReadonlySet<string> = new Set(['.', '!', '?', '…'])
const CLOSING_MARKS: ReadonlySet<string> = new Set(['”', '"', '’', "'", '»', '›', "''"])
const OPENING_MARKS: ReadonlySet<string> = new Set(['“', '"', '‘', "'", '«', '„', "''"])
const DASHES: ReadonlySet<string> = new Set(['—', '–', '―', '-'])
const LEADING_SKIP: ReadonlySet<string> = new Set([':', ',', 'that', '—', '–', '―', '-'])
const contentBlockers: ReadonlySet<string> = new Set(contentBlockingWords)
const clauseOnly: ReadonlySet<string> = new Set(clauseOnlyCueLemmas)
const leadInOnly: ReadonlySet<string> = new Set(leadInOnlyCueLemmas)
const infinitiveOnly: ReadonlySet<string> = new Set(infinitiveOnlyCueLemmas)
const objectCues: ReadonlySet<string> = new Set(objectCueLemmas)
const objectAdjuncts: ReadonlySet<string> = new Set(objectAdjunctOpeners)
const TIME_PREPOSITIONS: ReadonlySet<string> = new Set(['on', 'in'])
/** Words that, after "on"/"in", make a time adjunct that ends a noun-phrase content ("on Thursday", "in July"). */
const dayWords: ReadonlySet<string> = new Set([...cueTimeWords, ...monthNames])

/**
 * Where a noun-phrase content after a stance cue ends: before a time or
 * circumstance adjunct ("attacked Machado since the debate"), else `end`.
 */
function objectEnd(tokens: readonly Token[], from: number, end: number, quoted: QuotedFlags): number {
  const first = lowerAt(tokens, from)
  if (first === 'that' || first === 'to' || OPENING_MARKS.has(first)) return end
  for (let k = from + 1; k < end; k++) {
    if (quoted[k] === 1) continue
    const t = tokens[k]!
    if (!t.word) {
      // "acknowledged the reality of climate change, which makes him an outlier": the narrator's relative clause.
      if (t.lower === ',' && lowerAt(tokens, k + 1) === 'which') return k
      continue
    }
    if (objectAdjuncts.has(t.lower) && !t.capital) return k
    // "endorsed Hillary Clinton for president on Thursday, …", "endorsed one in July": a time ends the object too.
    if (TIME_PREPOSITIONS.has(t.lower) && dayWords.has(lowerAt(tokens, k + 1))) return k
  }
  return end
}
const clauseOpeners: ReadonlySet<string> = new Set(contentClauseOpeners)
const nounPhraseForms: ReadonlySet<string> = new Set(nounPhraseReportForms)
const nounLike: ReadonlySet<string> = new Set(nounLikeCueForms)
const reportOpeners: ReadonlySet<string> = new Set(reportOpeningWords)
const labels: ReadonlySet<string> = new Set(headlineLabels)
const narratorAdjuncts: ReadonlySet<string> = new Set(narratorAdjunctOpeners)
const ingPrepositionSet: ReadonlySet<string> = new Set(ingPrepositions)
const connectives: ReadonlySet<string> = new Set(leadingConnectives)
const adverbs: ReadonlySet<string> = new Set(cueAdverbs)
const prepositionOpeners: ReadonlySet<string> = new Set(contentBlockingWords)
const SUBJECT_PRONOUNS: ReadonlySet<string> = new Set(['he', 'she', 'they', 'we', 'i', 'it', 'you'])
/** Most tokens of a sentence-opening name taken as a participle's speaker. */
const MAX_SUBJECT_TOKENS = 6
/** Prepositions that open a sentence's adjunct ("On this weekend’s broadcast of …, Pence said"). */
const ADJUNCT_PREPOSITIONS: ReadonlySet<string> = new Set(adjunctPrepositions)

/** A frame in token indices, before positions are attached. */
interface Found {
  pattern: FramePattern
  cue: CueMatch
  speaker: TokenSpan | null
  /** Content tokens `[first, after)`; empty for a lead-in ("… said:"). */
  content: TokenSpan
  /** The content's second piece when the attribution stands inside it ("Climate change, Mr. Obama often says, is …"). */
  rest?: TokenSpan
  confidence: number
  /** Token after the last token the frame uses: later contents start there. */
  uses: number
}

/**
 * The lowercase form of token `k`, or `''` outside the tokens. Callers read
 * one before the first token and past the last all the time: the bounds are
 * checked here, since an array read at a negative index is a slow property
 * lookup in V8, not an element read, and it makes every read here slower.
 */
function lowerAt(tokens: readonly Token[], k: number): string {
  return k >= 0 && k < tokens.length ? tokens[k]!.lower : ''
}

function range(tokens: readonly Token[], s: TokenSpan): Range {
  if (s.after <= s.first) {
    const at = (s.first > 0 ? tokens[s.first - 1]?.end : undefined) ?? tokens[s.first]?.start ?? 0
    return { start: at, end: at }
  }
  return { start: tokens[s.first]!.start, end: tokens[s.after - 1]!.end }
}

/** Whether a comma-like token followed by `next` opens a participle or "according to" clause that ends a content. */
function opensSideClause(next: Token | undefined): boolean {
  if (next === undefined || !next.word || next.capital) return false
  return (
    next.lower === 'according' ||
    (next.lower.length > 4 && next.lower.endsWith('ing') && !ingPrepositionSet.has(next.lower))
  )
}

/**
 * Whether the cue ends its clause: the sentence ends, or a terminal mark, a
 * closing mark (not a straight mark that opens a quotation: `he said "budget
 * reforms" …`), or a comma before a side clause.
 */
function cueEndsClause(tokens: readonly Token[], after: number, hi: number, quoted: QuotedFlags): boolean {
  if (after >= hi) return true
  const next = lowerAt(tokens, after)
  if (TERMINALS.has(next)) return true
  if (CLOSING_MARKS.has(next)) return !opensQuotation(quoted, after, hi)
  if (next === ',' || next === ';' || DASHES.has(next)) {
    const then = tokens[after + 1]
    if (after + 1 >= hi || then === undefined) return true
    return then.word ? opensSideClause(then) : !OPENING_MARKS.has(then.lower)
  }
  return false
}

/**
 * The content tokens from `from` to `to`, trimmed of a leading "that",
 * colon or comma and of trailing punctuation (closing quote marks kept).
 */
function trimContent(tokens: readonly Token[], from: number, to: number): TokenSpan {
  // "complain bitterly that …", "said quietly that …": an adverb of the cue before "that".
  if (lowerAt(tokens, from + 1) === 'that' && from + 1 < to && lyAdverb(tokens[from])) from++
  while (from < to && LEADING_SKIP.has(lowerAt(tokens, from))) from++
  while (to > from && !tokens[to - 1]!.word && !CLOSING_MARKS.has(lowerAt(tokens, to - 1))) to--
  return { first: from, after: Math.max(from, to) }
}

/** Whether a token is a lowercase -ly adverb ("bitterly", "quietly"). */
function lyAdverb(t: Token | undefined): boolean {
  return t?.word === true && !t.capital && t.lower.length > 4 && t.lower.endsWith('ly')
}

/** Whether a content has {@link MIN_CONTENT_WORDS} words, or a quote mark. */
function substantial(tokens: readonly Token[], content: TokenSpan): boolean {
  let words = 0
  for (let k = content.first; k < content.after; k++) {
    const t = tokens[k]!
    if (t.word) words++
    else if (CLOSING_MARKS.has(t.lower) || t.lower === '“') return true
    if (words >= MIN_CONTENT_WORDS) return true
  }
  return false
}

/** Whether a link starts at token `k` ("pic.twitter.com/…", "https://…"): no reported words follow it. */
function startsLink(tokens: readonly Token[], k: number): boolean {
  const t = tokens[k]!
  const next = tokens[k + 1]
  if (next === undefined || next.start !== t.end) return false
  if (t.lower === 'http' || t.lower === 'https') return next.lower === ':'
  return next.lower === '/' && t.lower.includes('.')
}

/**
 * Where a content after a cue ends: the sentence's end, a side clause
 * (", prompting …", ", according to …"), a link, or
 * {@link MAX_CONTENT_TOKENS}. Words and marks end a content in different
 * ways, so each token is only checked for what its kind can do (this scan
 * runs over the rest of the sentence for every cue).
 */
function contentEnd(tokens: readonly Token[], from: number, hi: number, quoted: QuotedFlags): number {
  const limit = Math.min(hi, from + MAX_CONTENT_TOKENS)
  for (let k = from; k < limit; k++) {
    const token = tokens[k]!
    if (token.word) {
      // Inside a quotation the speaker's own words go on (“a little desperate there, jumping …”).
      if (quoted[k] !== 1 && wordEndsContent(tokens, k, from, hi)) return k
      continue
    }
    // "… was “not in line with our policy.” The network said …": a quotation closing on a terminal ends the sentence.
    if (k > from && TERMINALS.has(token.lower)) {
      let j = k + 1
      while (j < limit && j <= k + 2 && CLOSING_MARKS.has(tokens[j]!.lower)) j++
      if (j > k + 1 && j < limit && quoted[j] !== 1 && tokens[j]!.capital) return j
    }
    if (quoted[k] !== 1 && markEndsContent(tokens, k)) return k
  }
  return limit
}

/** Whether the word at token `k`, outside quotations, ends a content read from `from` (see {@link contentEnd}). */
function wordEndsContent(tokens: readonly Token[], k: number, from: number, hi: number): boolean {
  const t = tokens[k]!.lower
  // "… called for more school investment in a statement on Thursday.": the medium belongs to the cue.
  if (k > from + 1 && opensMedium(t)) {
    const medium = mediumAt(tokens, k, hi)
    if (medium > k && endsAt(tokens, medium, hi)) return true
  }
  if (startsLink(tokens, k)) return true
  // "… that Machado was “disgusting” and “a con” and encouraged Americans …": a coordinated cue ends it.
  return (t === 'and' || t === 'but') && k > from && startsCoordinatedCue(tokens, k + 1, hi)
}

/** Whether the mark at token `k`, outside quotations, ends a content (see {@link contentEnd}; a terminal is read there). */
function markEndsContent(tokens: readonly Token[], k: number): boolean {
  const t = tokens[k]!.lower
  const dash = DASHES.has(t)
  if ((t === ',' || t === ';' || dash) && opensSideClause(tokens[k + 1])) return true
  // "… his mic the morning after the debate, even suggesting he may have been sabotaged": an adverb, then the side clause.
  if (t === ',' && adverbs.has(lowerAt(tokens, k + 1)) && opensSideClause(tokens[k + 2])) return true
  // "… was not intentional; they only learned on Friday …": a semicolon ends the report.
  if (t === ';') return true
  // "… in the “suburbs of St. Petersburg” — a metaphor for …": an appositive of the narrator.
  if (dash && APPOSITIVE_OPENERS.has(lowerAt(tokens, k + 1))) return true
  // "… are moving out of Iraq, despite the existence of correspondence …": the narrator's adjunct.
  if (t === ',' && narratorAdjuncts.has(lowerAt(tokens, k + 1))) return true
  // "… loopholes that benefit others, and has called for …", "…, and when pressed on why …": the narrator goes on.
  if (t === ',' && lowerAt(tokens, k + 1) === 'and' && opensNarratorPredicate(lowerAt(tokens, k + 2)))
    return true
  // "./…" in a link's path.
  return startsLink(tokens, k)
}

/**
 * Where a noun-phrase or infinitive content ends before "but" and an
 * auxiliary or "also", a predicate coordinated with the cue's ("praised
 * Mr. Clarke's work but also had to give him more time", "did not want to
 * remain in the hospital, but was treated as an outpatient"), else `end`.
 * After a relative pronoun the predicate may be the relative clause's
 * ("the crime bill, which put more police on the streets, but also led to
 * …"): the content goes on.
 */
function predicateEnd(tokens: readonly Token[], from: number, end: number, quoted: QuotedFlags): number {
  for (let k = from + 1; k < end; k++) {
    // Only words are relative pronouns or "but".
    if (quoted[k] === 1 || !tokens[k]!.word) continue
    const t = tokens[k]!.lower
    if (RELATIVES.has(t)) return end
    if (t === 'but' && predicateOpeners.has(lowerAt(tokens, k + 1))) return k
  }
  return end
}

/**
 * Where a content ends before a closing appositive of the narrator: its
 * last comma, outside quotations, when "the", "a" or "an" follows and no
 * quotation comes after (“critics say resources could be better spent with
 * NATO, the existing military alliance that …”); else `end`.
 */
function appositiveEnd(tokens: readonly Token[], from: number, end: number, quoted: QuotedFlags): number {
  for (let k = end - 1; k > from; k--) {
    if (quoted[k] === 1) return end
    // A word is neither a quote mark nor a comma: only marks are looked up.
    const t = tokens[k]!
    if (t.word) continue
    if (OPENING_MARKS.has(t.lower)) return end
    if (t.lower === ',') return APPOSITIVE_DETERMINERS.has(lowerAt(tokens, k + 1)) ? k : end
  }
  return end
}

const APPOSITIVE_DETERMINERS: ReadonlySet<string> = new Set(['the', 'a', 'an'])

/** Whether a word after ", and" opens a predicate or adverbial clause with no subject of its own: an auxiliary, "also" or a subordinator. */
function opensNarratorPredicate(word: string): boolean {
  return predicateOpeners.has(word) || subordinators.has(word)
}

/** A cue's auxiliaries, and every form of "be" (negated ones too). */
const auxiliaries: ReadonlySet<string> = new Set([...cueAuxiliaries, ...beForms, ...negatedBeForms])

/**
 * A participle cue read with the adverbs before it (“…, even suggesting he
 * may have been sabotaged”, “…, perhaps recognizing that …”) is still a
 * participle: the cue reader marks an -ing form a participle only without
 * a prefix, since "is saying" is none. Adverbs only, no auxiliary.
 */
function adverbParticiple(tokens: readonly Token[], cue: CueMatch): CueMatch {
  if (cue.participle || cue.first === cue.verb || !lowerAt(tokens, cue.verb).endsWith('ing')) return cue
  for (let k = cue.first; k < cue.verb; k++) {
    const t = lowerAt(tokens, k)
    if (auxiliaries.has(t)) return cue
  }
  return { ...cue, participle: true }
}

/** Object pronouns that stand for a person a stance is about ("attack them"); not "it", mostly a thing or a clause. */
const PERSON_OBJECTS: ReadonlySet<string> = new Set(['him', 'her', 'them'])

/** Whether a one-token content names a person, as a stance's object may ("endorsed Clinton", "has not mentioned Machado", "attack them"). */
function namedObject(tokens: readonly Token[], content: TokenSpan): boolean {
  const t = tokens[content.first]
  if (content.after - content.first !== 1 || t === undefined || !t.word) return false
  return t.capital || PERSON_OBJECTS.has(t.lower)
}

/**
 * Whether a base cue form that is also a noun is a noun's modifier, not a
 * verb: no report opens after it ("… Committee and state election offices",
 * "federal and state law").
 */
function nounBeforeNoun(tokens: readonly Token[], cue: CueMatch): boolean {
  const form = lowerAt(tokens, cue.verb)
  return nounLike.has(form) && !form.endsWith('s') && !opensReport(tokens[cue.after])
}

/** Whether a cue verb (maybe after an adverb or auxiliary) starts at token `k`: "and says", "and also warned", "and repeatedly says". */
function startsCoordinatedCue(tokens: readonly Token[], k: number, hi: number): boolean {
  const t = tokens[k]
  if (t === undefined || k >= hi || !t.word || t.capital) return false
  const verb = cueAt(tokens, k, k, hi)
  // "Police say he posed a threat and refused to drop the gun": a verb of belief or stance goes on the content.
  if (verb !== null)
    return !verb.participle && !verb.according && verb.cls === 'speech' && !nounBeforeNoun(tokens, verb)
  const next = tokens[k + 1]
  return (
    next !== undefined &&
    k + 1 < hi &&
    (t.lower === 'also' || t.lower === 'then' || (t.lower.length > 4 && t.lower.endsWith('ly'))) &&
    cueAt(tokens, k + 1, k, hi) !== null
  )
}

/** Where a content that precedes its attribution ends: before the commas and dashes that lead into the attribution. */
function contentBeforeEnd(tokens: readonly Token[], attribution: number, floor: number): number {
  let k = attribution
  while (k > floor && (lowerAt(tokens, k - 1) === ',' || DASHES.has(lowerAt(tokens, k - 1)))) k--
  return k
}

/** Where a content that precedes its attribution starts: the floor, or {@link MAX_CONTENT_TOKENS} before its end. */
function contentBeforeStart(floor: number, end: number): number {
  return Math.max(floor, end - MAX_CONTENT_TOKENS)
}

/** Whether a speaker mention read forwards ends its clause: the sentence ends, or a comma, parenthesis or terminal mark follows. */
function mentionEndsClause(tokens: readonly Token[], after: number, hi: number): boolean {
  if (after >= hi) return true
  const next = lowerAt(tokens, after)
  return next === ',' || next === '(' || next === ';' || TERMINALS.has(next) || DASHES.has(next)
}

/**
 * Whether a token can open a reported clause after a cue form that is also
 * a noun ("states", "comment"): "that", a pronoun, a determiner, a name, a
 * colon or a quote mark.
 */
function opensReport(t: Token | undefined): boolean {
  if (t === undefined) return false
  if (!t.word) return t.lower === ':' || OPENING_MARKS.has(t.lower)
  return t.capital || reportOpeners.has(t.lower)
}

/** Most tokens read back for the comma that opens an appositive. */
const MAX_APPOSITIVE = 24

/** Whether the comma at token `k` closes an appositive ("Minyon Moore, a senior adviser to the campaign, called"): another comma before it. */
function closesAppositive(tokens: readonly Token[], k: number, floor: number): boolean {
  for (let j = k - 1; j > floor && k - j <= MAX_APPOSITIVE; j--) if (lowerAt(tokens, j) === ',') return true
  return false
}

/** Lowercase words before a cue form that are its subject, not a modifier of a noun ("they state", "who rules"). */
const SUBJECT_WORDS: ReadonlySet<string> = new Set([...SUBJECT_PRONOUNS, ...cueSubjectWords])

/**
 * Whether a base cue form that is also a noun stands right after a
 * lowercase modifier, as a noun does: "a strong signal that",
 * "post-traumatic stress", "democratic rule", "an open question"; or an -s
 * form after a number phrase ("0.1 percentage points"). A plural word
 * before it ("officials state") or a pronoun is its subject.
 */
function nounAfterModifier(tokens: readonly Token[], cue: CueMatch, lo: number): boolean {
  if (cue.first !== cue.verb || cue.first <= lo || !nounLike.has(lowerAt(tokens, cue.verb))) return false
  const form = lowerAt(tokens, cue.verb)
  const before = tokens[cue.first - 1]!
  // "by 0.1 percentage points to 4.2 percent": a number before makes even an -s form a noun.
  if (form.endsWith('s') && startsWithDigit(lowerAt(tokens, cue.first - 2)) && !before.capital) return true
  if (!before.word || before.capital || SUBJECT_WORDS.has(before.lower)) return false
  if (before.lower.endsWith('s') && !before.lower.endsWith('ss')) return false
  if (form === 'read') return false
  if (!form.endsWith('s')) return true
  // "the letter reads", "the website states that": the verb after a determiner and a singular noun;
  // "its eastern member states", "in battleground states": a compound after an adjective or a preposition.
  const second = cue.first >= 2 ? tokens[cue.first - 2] : undefined
  if (second === undefined || cue.first - 2 < lo || !second.word || second.capital) return false
  return !SUBJECT_OPENERS.has(second.lower) && !second.lower.endsWith('’s') && !second.lower.endsWith("'s")
}

/** Lowercase words that may open the subject of a cue form that is also a noun: determiners of a plural or a definite, pronouns. */
const SUBJECT_OPENERS: ReadonlySet<string> = new Set([...SUBJECT_PRONOUNS, ...cueSubjectOpeners])

/**
 * Whether the mention before a cue form that is also a noun (the caller
 * asks only then) is rather the start of a noun phrase it ends: "a set of
 * Clean Air Act rules", "permanent NATO bases in the alliance’s eastern
 * member states", "important questions". It opens with "a"/"an" or a
 * lowercase word that is no determiner.
 */
function nounPhraseMention(tokens: readonly Token[], speaker: TokenSpan): boolean {
  const first = tokens[speaker.first]!
  return first.word && !first.capital && !SUBJECT_OPENERS.has(first.lower)
}

/** Whether `word` starts with an ASCII digit ("0.1", "18"). */
function startsWithDigit(word: string): boolean {
  const c = word.charCodeAt(0)
  return c >= 0x30 && c <= 0x39
}

/** Whether a token opens the clause a clause-only cue reports: "that", a wh-word, a subject pronoun, a name. */
function opensClause(t: Token | undefined): boolean {
  return t?.word === true && (t.capital || clauseOpeners.has(t.lower))
}

/**
 * Whether token `k` opens what a lead-in-only cue reports: a colon, a
 * comma, an opening quote mark, "that", or "to" and a cue verb ("continued
 * to insist that …").
 */
function opensLeadIn(tokens: readonly Token[], k: number): boolean {
  const t = lowerAt(tokens, k)
  if (t === 'to') return isSpeechCueWord(lowerAt(tokens, k + 1))
  return t === ':' || t === ',' || t === 'that' || OPENING_MARKS.has(t)
}

/** Whether a closing quote mark (maybe then a comma) stands right before token `k`: “…,” Blige sings to Clinton before asking her. */
function followsQuote(tokens: readonly Token[], k: number, floor: number, quoted: QuotedFlags): boolean {
  let j = k - 1
  if (j > floor && lowerAt(tokens, j) === ',') j--
  return j >= floor && CLOSING_MARKS.has(lowerAt(tokens, j)) && !opensQuotation(quoted, j, k + 1)
}

/** Whether the quote mark at token `k` opens a quotation (the token after it lies inside one): straight marks open and close. */
function opensQuotation(quoted: QuotedFlags, k: number, hi: number): boolean {
  return k + 1 < hi && quoted[k + 1] === 1 && quoted[k] !== 1
}

/** A passive cue ("has been confirmed", "was told"): a form of "be" before a past form. */
function isPassive(tokens: readonly Token[], cue: CueMatch): boolean {
  return !cue.according && !lowerAt(tokens, cue.verb).endsWith('ing') && hasPassiveAuxiliary(tokens, cue)
}

/**
 * Find the frames of one sentence. `quoted[k]` is 1 when token `k` lies
 * inside a quotation (no cue there); `breadth` `'speech'` leaves out the
 * cues of belief and stance; `opensBlock` says the sentence opens its
 * paragraph, where a name and a colon attribute what follows. A cue inside an earlier frame's content
 * opens a frame of its own only after a clause break (", and Clinton said
 * …"), which cuts the earlier content; "according to" inside a content just
 * cuts it.
 */
export function findFrames(
  tokens: readonly Token[],
  sentence: SentenceTokens,
  quoted: QuotedFlags,
  breadth: CueClass = 'belief',
  opensBlock = false,
): Frame[] {
  const found: Found[] = []
  const { first: lo, after: hi } = sentence
  const quoteOpening = openingQuoteEnd(tokens, lo, hi, quoted)
  let floor = lo
  const headline = opensBlock ? nameThenColon(tokens, lo, hi, quoted) : null
  // "Chris Christie Calls Hillary Clinton ‘A Disgrace’": a headline's cues are capitalised.
  const titleCase = opensBlock && isTitleCase(tokens, lo, hi, quoted)
  if (headline !== null) {
    found.push(headline)
    floor = headline.uses
  }
  for (let i = lo; i < hi; i++) {
    const token = tokens[i]!
    if (quoted[i] === 1 || !token.word) continue
    // A capitalised word is no cue after the sentence's first token outside a headline, nor a noun cue
    // (cueAt and nounCueAt would say so): most names are passed over without the lexicon lookups.
    if (token.capital && i !== lo && !titleCase) continue
    // Most words are no cue form, no "according", no noun cue of the breadth asked for: cueAt would find
    // nothing, or a cue of belief skipped below under 'speech', and nounFrame nothing or such a cue too.
    if (!mayBeCueWord(token.lower, breadth)) continue
    const read = cueAt(tokens, i, lo, hi, titleCase)
    // Auxiliaries or adverbs before the verb ("has said", "was reported", "even suggesting"): only such a cue
    // is passive, or a participle read with its adverbs. Most cues are a bare verb.
    const prefixed = read !== null && read.first < read.verb
    const cue = prefixed ? adverbParticiple(tokens, read) : read
    const previous = found.length === 0 ? undefined : found[found.length - 1]
    const insidePrevious = previous !== undefined && previous.content.first <= i && i < previous.content.after
    if (cue === null) {
      const noun = insidePrevious || i < floor ? null : nounFrame(tokens, i, hi, floor, breadth, quoted)
      if (noun !== null) {
        found.push(noun)
        floor = Math.max(floor, noun.uses)
        i = noun.cue.after - 1
      }
      continue
    }
    if (breadth === 'speech' && cue.cls === 'belief') continue
    if (prefixed && isPassive(tokens, cue)) {
      // "The registration issue was first reported by The Washington Post."
      const passive = insidePrevious
        ? null
        : (passiveBy(tokens, cue, hi, floor) ?? passiveBelief(tokens, cue, hi, floor, quoted))
      if (passive !== null) {
        found.push(passive)
        floor = Math.max(floor, passive.uses)
        i = Math.max(i, passive.uses - 1)
      }
      continue
    }
    if (nounAfterModifier(tokens, cue, lo)) continue
    // "State Report Shows Rising Costs": in a headline, a capitalised base form that is also a noun is the noun ("Calls" after a name is a verb).
    const form = tokens[i]!.lower
    if (titleCase && i !== lo && tokens[i]!.capital && nounLike.has(form) && !form.endsWith('s')) continue
    const frame =
      (found.length === 0 && quoteOpening !== -1
        ? quoteThenSpeakerThenCue(tokens, cue, lo, hi, quoteOpening)
        : null) ?? frameFor(tokens, cue, lo, hi, insidePrevious ? lo : floor, previous ?? null, quoted)
    if (insidePrevious) {
      if (frame === null) continue
      const start = Math.min(cue.first, frame.speaker?.first ?? cue.first)
      // Under reported: 'all', "… was “a con” and encouraged Americans to …": a coordinated belief or stance cue
      // ends the earlier content without a comma (under 'speech' it is no cue and the content goes on), but not
      // one that takes an infinitive at once ("… ignored the signal and refused to stop" stays one content).
      const joined = lowerAt(tokens, cue.first - 1)
      const bare =
        cue.cls === 'belief' &&
        (joined === 'and' || joined === 'but') &&
        frame.speaker === previous.speaker &&
        lowerAt(tokens, cue.after) !== 'to' &&
        cue.first - 1 > previous.content.first
      let cut = bare ? cue.first - 1 : clauseBreakBefore(tokens, start, previous.content.first)
      if (cut === -1) {
        cut = subjectAfterConjunction(tokens, frame, previous)
        // The mention read back took in "the case and Democrats": the speaker starts after the conjunction.
        if (cut !== -1 && frame.speaker !== null)
          frame.speaker = { first: cut + 1, after: frame.speaker.after }
      }
      if (cut === -1) continue
      // A content read before the cue would take in the earlier content: the two would cross.
      if (!cue.according && frame.content.after > frame.content.first && frame.content.first < cut) continue
      previous.content = trimContent(tokens, previous.content.first, cut)
      if (!substantial(tokens, previous.content)) found.pop()
      if (cue.according) {
        floor = previous.uses
        continue
      }
    }
    if (frame === null) continue
    found.push(frame)
    floor = Math.max(floor, frame.uses)
    i = Math.max(i, cue.after - 1)
  }
  return found.map((f) => ({
    pattern: f.pattern,
    cue: range(tokens, { first: f.cue.first, after: f.cue.after }),
    speaker: f.speaker === null ? null : range(tokens, f.speaker),
    content: range(tokens, f.content),
    rest: f.rest === undefined ? null : range(tokens, f.rest),
    cls: f.cue.cls,
    confidence: f.confidence,
  }))
}

/**
 * A passive cue with its agent: the subject before the cue is the content,
 * the mention after "by" the speaker ("The registration issue was first
 * reported by The Washington Post"). The agent must end the clause. A weak
 * pattern.
 */
function passiveBy(tokens: readonly Token[], cue: CueMatch, hi: number, floor: number): Found | null {
  if (lowerAt(tokens, cue.after) !== 'by' || cue.first <= floor) return null
  const speaker = speakerAfter(tokens, cue.after + 1, hi)
  if (speaker === null || !mentionEndsClause(tokens, speaker.after, hi)) return null
  const content = trimContent(tokens, floor, cue.first)
  if (!substantial(tokens, content)) return null
  return { pattern: 'passive', cue, speaker, content, confidence: 0.6, uses: speaker.after }
}

/** Whether "by" and an -ing form stand at token `k` ("by using", "by announcing"). */
function byGerund(tokens: readonly Token[], k: number): boolean {
  const next = lowerAt(tokens, k + 1)
  return lowerAt(tokens, k) === 'by' && next.length > 4 && next.endsWith('ing')
}

/**
 * A belief held by nobody named: "About one of every nine voters is
 * expected to be Latino", "North Korea is not thought to be capable of …".
 * A passive belief cue before "to": the whole clause is the content, with
 * no speaker. A weak pattern, for `reported: 'all'` only (belief cues).
 */
function passiveBelief(
  tokens: readonly Token[],
  cue: CueMatch,
  hi: number,
  floor: number,
  quoted: QuotedFlags,
): Found | null {
  if (cue.cls !== 'belief' || lowerAt(tokens, cue.after) !== 'to' || cue.first <= floor) return null
  const end = contentEnd(tokens, cue.after, hi, quoted)
  const content = trimContent(tokens, floor, end)
  if (!substantial(tokens, content) || content.first >= cue.first) return null
  return { pattern: 'passive', cue, speaker: null, content, confidence: 0.5, uses: end }
}

/** Possessive pronouns that name a noun cue's speaker ("his claim that …"). */
const POSSESSIVE_PRONOUNS: ReadonlySet<string> = new Set(possessiveDeterminers)
/** Most lowercase words between a possessor and its noun cue ("his repeated claim that"). */
const MAX_NOUN_MODIFIERS = 2
/** Most tokens of a capitalised possessor ("Donald Trump’s"). */
const MAX_POSSESSOR_TOKENS = 5

/**
 * A noun cue with its possessor as speaker and the "that" clause as
 * content: "Donald Trump’s claim that there have been …", "his insistence
 * that …". Without a possessor ("the claim that …") no frame: nobody is
 * named. A weak pattern.
 */
function nounFrame(
  tokens: readonly Token[],
  i: number,
  hi: number,
  floor: number,
  breadth: CueClass,
  quoted: QuotedFlags,
): Found | null {
  const cue = nounCueAt(tokens, i, hi)
  if (cue === null || (breadth === 'speech' && cue.cls === 'belief')) return null
  let j = i - 1
  while (j > floor && i - j <= MAX_NOUN_MODIFIERS && isModifier(tokens[j]!)) j--
  if (j < floor) return null
  const speaker = possessor(tokens, j, floor)
  if (speaker === null) return null
  // A noun's clause sits inside the sentence ("Contrary to his claim that …, there would be …"): a comma ends it.
  let end = contentEnd(tokens, cue.after, hi, quoted)
  for (let k = cue.after + 2; k < end; k++) {
    if (tokens[k]!.lower !== ',') continue
    if (quoted[k] !== 1) {
      end = k
      break
    }
    // “create jobs,” the factory closed: the comma stands inside the closing mark.
    if (CLOSING_MARKS.has(lowerAt(tokens, k + 1)) && quoted[k + 1] !== 1 && k + 2 < end) {
      end = k + 2
      break
    }
  }
  const content = trimContent(tokens, cue.after, end)
  if (!substantial(tokens, content)) return null
  return { pattern: 'nounCue', cue, speaker, content, confidence: 0.6, uses: end }
}

/** A lowercase word that may stand between a possessor and its noun ("repeated", "latest"). */
function isModifier(t: Token): boolean {
  return t.word && !t.capital && !POSSESSIVE_PRONOUNS.has(t.lower) && !isPossessiveWord(t.lower)
}

function isPossessiveWord(lower: string): boolean {
  return lower.length > 2 && (lower.endsWith('’s') || lower.endsWith("'s") || lower.endsWith('s’'))
}

/** The possessor ending at token `j`: a possessive pronoun, a capitalised name ("Donald Trump’s"), or a mention ("the president’s"). */
function possessor(tokens: readonly Token[], j: number, floor: number): TokenSpan | null {
  const t = tokens[j]!
  if (POSSESSIVE_PRONOUNS.has(t.lower)) return { first: j, after: j + 1 }
  if (!t.word || !isPossessiveWord(t.lower)) return null
  if (!t.capital) return mentionEndingAt(tokens, j, floor)
  let first = j
  while (
    first > floor &&
    j - first + 1 < MAX_POSSESSOR_TOKENS &&
    tokens[first - 1]!.word &&
    tokens[first - 1]!.capital
  )
    first--
  return { first, after: j + 1 }
}

/** Fewest words of four letters or more in a title-case headline. */
const MIN_TITLE_WORDS = 3

/**
 * Whether the sentence is written in title case, as headlines are: every
 * word of four letters or more outside quotations is capitalised, and there
 * are {@link MIN_TITLE_WORDS} or more.
 */
function isTitleCase(tokens: readonly Token[], lo: number, hi: number, quoted: QuotedFlags): boolean {
  let words = 0
  for (let k = lo; k < hi; k++) {
    const t = tokens[k]!
    if (!t.word || quoted[k] === 1 || t.lower.length < 4) continue
    if (!t.capital) return false
    words++
  }
  return words >= MIN_TITLE_WORDS
}

/** Most tokens of the name before a colon in a headline or transcript ("Pat Caddell:", "PENCE:"). */
const MAX_HEADLINE_NAME = 4

/**
 * A paragraph that opens with a name and a colon, as headlines and
 * transcripts attribute: "Pence: Gennifer Flowers Won’t Be at Debate",
 * "WALLACE: If I may, sir, …". Labels ("BREAKING:", "Photo:") are no names.
 */
function nameThenColon(tokens: readonly Token[], lo: number, hi: number, quoted: QuotedFlags): Found | null {
  let first = lo
  if (first < hi && OPENING_MARKS.has(lowerAt(tokens, first))) first++
  let k = first
  while (k < hi && k - first < MAX_HEADLINE_NAME && tokens[k]!.word && tokens[k]!.capital) k++
  if (k === first || lowerAt(tokens, k) !== ':' || labels.has(lowerAt(tokens, k - 1))) return null
  // "Stealth Over Health:", "The Gap Goes On:": a title before the colon, not a name.
  if (lowerAt(tokens, first) === 'the') return null
  for (let j = first + 1; j < k; j++) if (TITLE_WORDS.has(lowerAt(tokens, j))) return null
  const content = trimContent(tokens, k + 1, contentEnd(tokens, k + 1, hi, quoted))
  if (!substantial(tokens, content) || content.after - content.first < MIN_HEADLINE_TOKENS) return null
  const cue: CueMatch = {
    first: k,
    verb: k,
    after: k + 1,
    lemma: ':',
    cls: 'speech',
    participle: false,
    infinitive: false,
    according: false,
    addressee: -1,
  }
  return {
    pattern: 'nameThenColon',
    cue,
    speaker: { first, after: k },
    content,
    confidence: 0.6,
    uses: content.after,
  }
}

/** Prepositions and verbs that make the capitalised words before a colon a title, not a name ("Stealth Over Health:", "The Gap Goes On:"). */
const TITLE_WORDS: ReadonlySet<string> = new Set(headlineTitleWords)

/** Fewest tokens after a headline's colon ("Pence: Yes." is too little to report). */
const MIN_HEADLINE_TOKENS = 3

/** When the sentence opens with a quotation, the token after its closing mark; else -1. */
function openingQuoteEnd(tokens: readonly Token[], lo: number, hi: number, quoted: QuotedFlags): number {
  if (lo + 1 >= hi || tokens[lo]!.word || quoted[lo + 1] !== 1) return -1
  let k = lo + 1
  while (k < hi && quoted[k] === 1) k++
  return k < hi && CLOSING_MARKS.has(lowerAt(tokens, k)) ? k + 1 : -1
}

/**
 * A sentence that opens with a quotation, then the speaker's mention, then
 * anything up to the cue (an appositive, a parenthesis):
 * “It’s an invasion …,” Scott Pruitt, the Republican attorney general of Oklahoma, …, said at a Washington event.
 */
function quoteThenSpeakerThenCue(
  tokens: readonly Token[],
  cue: CueMatch,
  lo: number,
  hi: number,
  quoteEnd: number,
): Found | null {
  if (cue.participle || cue.according || cue.first <= quoteEnd) return null
  let k = quoteEnd
  while (k < cue.first && !tokens[k]!.word) k++
  if (k === cue.first) return null
  const speaker = speakerAfter(tokens, k, cue.first)
  if (speaker === null) return null
  const content = { first: lo, after: quoteEnd }
  return {
    pattern: 'contentSpeakerCue',
    cue,
    speaker,
    content,
    confidence: 0.9,
    uses: Math.min(hi, cue.after),
  }
}

/** If a clause break (a comma or semicolon, maybe then "and"/"but") stands right before token `start`, the token where the earlier content ends; else -1. */
function clauseBreakBefore(tokens: readonly Token[], start: number, floor: number): number {
  let k = start - 1
  if (k <= floor) return -1
  const t = lowerAt(tokens, k)
  const conjunction = t === 'and' || t === 'but' || t === 'while'
  if (conjunction) k--
  // “…,” but he said: the comma stands inside the closing mark.
  if (conjunction && CLOSING_MARKS.has(lowerAt(tokens, k)) && lowerAt(tokens, k - 1) === ',') k--
  const mark = lowerAt(tokens, k)
  return k > floor && (mark === ',' || mark === ';' || DASHES.has(mark)) ? k : -1
}

/**
 * When a frame found inside an earlier content has a speaker of its own
 * after "and"/"but" ("Republicans said they're convinced the department
 * mishandled the case and Democrats accused the GOP of …"), the
 * conjunction's token: the earlier content ends there, and the frame's
 * speaker starts after it (a mention read back may take in "the case and
 * Democrats": the caller moves it). Else -1.
 */
function subjectAfterConjunction(tokens: readonly Token[], frame: Found, previous: Found): number {
  const speaker = frame.speaker
  // "He said the United States and its allies will seek …": a subject that opens the content is the content's.
  if (speaker === null || frame.pattern !== 'speakerCueContent' || speaker.first <= previous.content.first)
    return -1
  if (speaker.after !== frame.cue.first && !adverbsOnly(tokens, speaker.after, frame.cue.first)) return -1
  for (let k = speaker.after - 2; k >= speaker.first - 1 && k > previous.content.first; k--) {
    const t = lowerAt(tokens, k)
    if (t !== 'and' && t !== 'but') continue
    // "… suggests that Phoenix and its officers support …": a coordinated subject, no second clause.
    if (
      !opensSubject(tokens[k + 1]) ||
      tokens[k - 1]!.capital ||
      lowerAt(tokens, speaker.first - 1) === 'that'
    )
      return -1
    return k
  }
  return -1
}

/** Whether a token may open a clause's subject: a capitalised word, a subject pronoun, a determiner or a plural ("critics"). */
function opensSubject(t: Token | undefined): boolean {
  if (t?.word !== true) return false
  const plural = t.lower.length > 3 && t.lower.endsWith('s') && !t.lower.endsWith('ss')
  // (SUBJECT_OPENERS holds the subject pronouns.)
  return t.capital || plural || SUBJECT_OPENERS.has(t.lower)
}

/** Whether tokens `[from, to)` are all cue adverbs ("also", "quickly"). */
function adverbsOnly(tokens: readonly Token[], from: number, to: number): boolean {
  for (let k = from; k < to; k++) if (!adverbs.has(lowerAt(tokens, k))) return false
  return true
}

const subordinators: ReadonlySet<string> = new Set(clauseSubordinators)
const predicateOpeners: ReadonlySet<string> = new Set(coordinatedPredicateOpeners)

/**
 * Where a content ends when its attribution stands in an adverbial clause
 * ("Although Trump has admitted using the tax code, he does not defend
 * it"): at the comma, outside quotations, before the main clause's subject;
 * else `end`.
 */
function subordinateEnd(tokens: readonly Token[], from: number, end: number, quoted: QuotedFlags): number {
  for (let k = from + 1; k < end; k++) {
    if (quoted[k] !== 1 && tokens[k]!.lower === ',' && opensMainClause(tokens[k + 1])) return k
  }
  return end
}

/** Whether a token may open a main clause's subject after a comma: a capitalised word, a subject pronoun or a determiner (no relative pronoun: ", which critics oppose,"). */
function opensMainClause(t: Token | undefined): boolean {
  if (t?.word !== true || RELATIVES.has(t.lower)) return false
  return t.capital || SUBJECT_OPENERS.has(t.lower)
}

const RELATIVES: ReadonlySet<string> = new Set(relativePronouns)

/** Causative verbs whose object and bare infinitive ("help people understand", "let them know") are no speaker and cue. */
const causatives: ReadonlySet<string> = new Set(causativeVerbForms)

/** Whether a causative verb stands before or inside a mention read back ("Such deals help Mr. Putin"): its object is no speaker. */
function causativeObject(tokens: readonly Token[], speaker: TokenSpan): boolean {
  for (let k = speaker.first - 1; k < speaker.after; k++) if (causatives.has(lowerAt(tokens, k))) return true
  return false
}

/** Whether a mention's last token is a preposition ("clear from"): no noun phrase ends so. */
function endsInPreposition(tokens: readonly Token[], speaker: TokenSpan): boolean {
  return ADJUNCT_PREPOSITIONS.has(lowerAt(tokens, speaker.after - 1))
}

/** The frame a cue makes in its sentence, by the first construction that fits, or `null`. */
function frameFor(
  tokens: readonly Token[],
  cue: CueMatch,
  lo: number,
  hi: number,
  floor: number,
  previous: Found | null,
  quoted: QuotedFlags,
): Found | null {
  if (cue.according) return accordingTo(tokens, cue, lo, hi, floor, quoted)
  const before = lowerAt(tokens, cue.first - 1)
  const afterComma = cue.first > lo && (before === ',' || CLOSING_MARKS.has(before) || DASHES.has(before))
  // "began by saying he would …", "after saying her foot was …": the participle's speaker is the sentence's subject.
  const byParticiple = cue.participle && cue.first - 1 > lo && PARTICIPLE_PREPOSITIONS.has(before)
  if (cue.participle)
    return afterComma || byParticiple
      ? participle(tokens, cue, lo, hi, previous, quoted)
      : nameThenParticiple(tokens, cue, hi, floor, quoted)
  // "Said Ellis: …" inverts a verb of saying only ("Hope Hicks, a campaign spokeswoman, …" is a name).
  if (cue.first === lo && tokens[cue.verb]!.capital)
    return cue.cls === 'speech' ? cueOpensSentence(tokens, cue, hi, quoted) : null
  // "The program, called EB-5, allows …": a name given, no attribution (but "X, a senior adviser, called …").
  if (afterComma && cue.lemma === 'call' && before === ',' && !closesAppositive(tokens, cue.first - 1, floor))
    return null
  if (afterComma) {
    const speaker = speakerAfter(tokens, cue.after, hi)
    if (speaker !== null && mentionEndsClause(tokens, speaker.after, hi)) {
      // There has been no decision to leave Iraq, says US Secretary of Defence, Mark Esper.
      const end = contentBeforeEnd(tokens, cue.first, floor)
      const content = trimContent(tokens, contentBeforeStart(floor, end), end)
      if (!substantial(tokens, content)) return null
      return { pattern: 'contentCueSpeaker', cue, speaker, content, confidence: 0.9, uses: speaker.after }
    }
  }
  if (cue.first - 1 > lo && (before === 'and' || before === 'but')) {
    // Machado promised to continue supporting Clinton and said she would stand up to the attacks.
    // "… Committee and state election offices": a base cue form that is also a noun must open a report.
    if (nounBeforeNoun(tokens, cue)) return null
    return coordinated(tokens, cue, lo, hi, previous, quoted)
  }
  const speaker = speakerBefore(tokens, cue.first, Math.max(lo, floor))
  // The word or mark after the cue and the cue verb's form, read once for the rules below.
  const opener = lowerAt(tokens, cue.after)
  const form = lowerAt(tokens, cue.verb)
  const nounForm = nounLike.has(form)
  // "it is clear from publicly disclosed information": a mention never ends in a preposition.
  if (
    speaker === null ||
    (nounForm && nounPhraseMention(tokens, speaker)) ||
    endsInPreposition(tokens, speaker)
  )
    return null
  // "ways that help Mr. Putin maintain the image …": the object of a causative verb does no reporting.
  if (causativeObject(tokens, speaker)) return null
  const parenthetical = opener === ',' ? parentheticalRest(tokens, cue, speaker, floor, hi, quoted) : null
  if (parenthetical !== null) {
    // Climate change, Mr. Obama often says, is the greatest long-term threat facing the world.
    const end = contentBeforeEnd(tokens, speaker.first, floor)
    const content = trimContent(tokens, contentBeforeStart(floor, end), end)
    // "African-Americans, he said, can “rock like Jimi”": a one-word subject, the rest carries the content
    // (but not a lone connective: "However, he said, …").
    const lone = content.after - content.first === 1 && connectives.has(lowerAt(tokens, content.first))
    if (content.after === content.first || lone) return null
    if (!substantial(tokens, { first: content.first, after: parenthetical.after })) return null
    return {
      pattern: 'parenthetical',
      cue,
      speaker,
      content,
      rest: parenthetical,
      confidence: 0.85,
      uses: parenthetical.after,
    }
  }
  const endsClause = cueEndsClause(tokens, cue.after, hi, quoted)
  // Only a mark before the speaker (a comma, a closing quote mark) can follow a quotation: most speakers open
  // the sentence or follow a word.
  const afterMark = speaker.first > floor && !tokens[speaker.first - 1]!.word
  if (endsClause || (afterMark && followsQuote(tokens, speaker.first, floor, quoted))) {
    // "… implored her to bring back.", "… it is hard to tell.": no attribution of what came before.
    if (cue.infinitive || cue.cls === 'belief') return null
    // The letter was a poorly worded draft document …, the top US military officer told reporters.
    const end = contentBeforeEnd(tokens, speaker.first, floor)
    const content = trimContent(tokens, contentBeforeStart(floor, end), end)
    // “…,” Blige sings to Clinton: a quotation before the speaker is the content, but not an adjunct
    // that ends in one ("On this weekend’s broadcast of “Fox News Sunday,” Pence said his …").
    const adjunct = !endsClause && ADJUNCT_PREPOSITIONS.has(lowerAt(tokens, content.first))
    if (!adjunct) {
      if (!substantial(tokens, content)) return null
      return { pattern: 'contentSpeakerCue', cue, speaker, content, confidence: 0.9, uses: cue.after }
    }
  }
  // US Secretary of defence Mark Esper has said the letter is not accurate.
  if (opener === ',' && !OPENING_MARKS.has(lowerAt(tokens, cue.after + 1))) return null
  // "responded by using the example of Chicago …": a "by" clause reports how; "said by phone" does not.
  if (contentBlockers.has(opener) && !byGerund(tokens, cue.after)) return null
  if (nounForm && !opensReport(tokens[cue.after])) return null
  const nounPhrase = nounPhraseForms.has(form)
  if (clauseOnly.has(cue.lemma) && !nounPhrase && !opensClause(tokens[cue.after])) return null
  if (leadInOnly.has(cue.lemma) && !opensLeadIn(tokens, cue.after)) return null
  if (infinitiveOnly.has(cue.lemma) && opener !== 'to') return null
  // Whether the cue's lemma takes a noun phrase ("endorsed Clinton"), read once.
  const objectCue = objectCues.has(cue.lemma)
  let end = contentEnd(tokens, cue.after, hi, quoted)
  if (objectCue) end = objectEnd(tokens, cue.after, end, quoted)
  if (subordinators.has(lowerAt(tokens, speaker.first - 1)))
    end = subordinateEnd(tokens, cue.after, end, quoted)
  // A speech cue reports a clause whose subject may go on ("said the budget was balanced but would need …").
  const objectLike = cue.cls === 'belief' || objectCue || opener === 'to'
  if (objectLike && opener !== 'that' && !SUBJECT_PRONOUNS.has(opener))
    end = predicateEnd(tokens, cue.after, end, quoted)
  end = appositiveEnd(tokens, cue.after, end, quoted)
  const content = trimContent(tokens, cue.after, end)
  const leadIn = content.after === content.first && opener === ':'
  if (!leadIn && !substantial(tokens, content) && !(objectCue && namedObject(tokens, content))) return null
  // "There's no way to tell …", "it difficult to repeat …": an infinitive after no name reports nothing
  // of its own, unless it carries a quotation (“to call a “special meeting””).
  if (cue.infinitive && !tokens[speaker.after - 1]!.capital && !holdsQuotation(quoted, content)) return null
  const confidence = cue.infinitive ? 0.6 : cue.cls === 'belief' ? 0.7 : 0.85
  return { pattern: 'speakerCueContent', cue, speaker, content, confidence, uses: end }
}

/**
 * "according to X" at the end, in the middle or at the start of a sentence.
 * The coalition says it will reposition troops in Iraq, according to the letter.
 */
function accordingTo(
  tokens: readonly Token[],
  cue: CueMatch,
  lo: number,
  hi: number,
  floor: number,
  quoted: QuotedFlags,
): Found | null {
  const speaker = speakerAfter(tokens, cue.after, hi)
  if (speaker === null) return null
  const opening = cue.first <= floor || (cue.first === lo + 1 && !tokens[lo]!.word)
  if (opening) {
    // According to the letter, the coalition will reposition troops.
    const end = contentEnd(tokens, speaker.after, hi, quoted)
    const content = trimContent(tokens, speaker.after, end)
    if (!substantial(tokens, content)) return null
    return { pattern: 'accordingTo', cue, speaker, content, confidence: 0.8, uses: end }
  }
  const end = contentBeforeEnd(tokens, cue.first, floor)
  const content = trimContent(tokens, contentBeforeStart(floor, end), end)
  if (!substantial(tokens, content)) return null
  return { pattern: 'accordingTo', cue, speaker, content, confidence: 0.8, uses: speaker.after }
}

/**
 * The rest of a content around a parenthetical attribution: a comma before
 * the speaker, a comma after the cue (the caller asks only then), then
 * words that are not a side clause.
 */
function parentheticalRest(
  tokens: readonly Token[],
  cue: CueMatch,
  speaker: TokenSpan,
  floor: number,
  hi: number,
  quoted: QuotedFlags,
): TokenSpan | null {
  if (speaker.first <= floor || lowerAt(tokens, speaker.first - 1) !== ',') return null
  const next = tokens[cue.after + 1]
  if (next === undefined || cue.after + 1 >= hi || !next.word || opensSideClause(next)) return null
  const rest = trimContent(tokens, cue.after + 1, contentEnd(tokens, cue.after + 1, hi, quoted))
  return substantial(tokens, rest) ? rest : null
}

/**
 * A cue coordinated with an earlier verb: the speaker is the previous
 * frame's, else the sentence's subject.
 */
function coordinated(
  tokens: readonly Token[],
  cue: CueMatch,
  lo: number,
  hi: number,
  previous: Found | null,
  quoted: QuotedFlags,
): Found | null {
  const speaker = previous?.speaker ?? sentenceSubject(tokens, lo, cue.first)
  if (speaker === null || cueEndsClause(tokens, cue.after, hi, quoted)) return null
  const end = contentEnd(tokens, cue.after, hi, quoted)
  const content = trimContent(tokens, cue.after, end)
  if (!substantial(tokens, content)) return null
  return { pattern: 'speakerCueContent', cue, speaker, content, confidence: 0.7, uses: end }
}

/** A cue opening the sentence, then the speaker, then the content: Said Ellis: “I don’t get the sense …” */
function cueOpensSentence(
  tokens: readonly Token[],
  cue: CueMatch,
  hi: number,
  quoted: QuotedFlags,
): Found | null {
  const speaker = speakerAfter(tokens, cue.after, hi)
  if (speaker === null) return null
  const end = contentEnd(tokens, speaker.after, hi, quoted)
  const content = trimContent(tokens, speaker.after, end)
  if (!substantial(tokens, content)) return null
  return { pattern: 'cueSpeakerContent', cue, speaker, content, confidence: 0.8, uses: end }
}

/**
 * A participle after the attribution: "…, said, stressing there was no
 * withdrawal being planned"; the speaker is the previous frame's, else the
 * sentence's subject ("He then defended the remark, saying, “…”"). A weak
 * pattern.
 */
function participle(
  tokens: readonly Token[],
  cue: CueMatch,
  lo: number,
  hi: number,
  previous: Found | null,
  quoted: QuotedFlags,
): Found | null {
  const end = contentEnd(tokens, cue.after, hi, quoted)
  const content = trimContent(tokens, cue.after, end)
  const speaker = previous?.speaker ?? sentenceSubject(tokens, lo, cue.first)
  if (speaker === null || !substantial(tokens, content)) return null
  return { pattern: 'participle', cue, speaker, content, confidence: 0.5, uses: end }
}

/** Prepositions before a participle cue whose speaker is the sentence's subject ("by saying", "after saying"). */
const PARTICIPLE_PREPOSITIONS: ReadonlySet<string> = new Set(participleCuePrepositions)

/** Subordinators that open the narrator's clause after a quotation. */
const SUBORDINATORS: ReadonlySet<string> = new Set(narratorSubordinators)

/**
 * A participle right after a name, then a quotation: "The ad uses footage
 * of Hillary Clinton asking, “Why aren’t I 50 points ahead?”". The name is
 * the speaker. A weak pattern.
 */
function nameThenParticiple(
  tokens: readonly Token[],
  cue: CueMatch,
  hi: number,
  floor: number,
  quoted: QuotedFlags,
): Found | null {
  const last = cue.first > 0 ? tokens[cue.first - 1] : undefined
  if (last === undefined || cue.first - 1 < floor || !last.word || !last.capital) return null
  let k = cue.after
  if (lowerAt(tokens, k) === ',' || lowerAt(tokens, k) === ':') k++
  if (!OPENING_MARKS.has(lowerAt(tokens, k)) || !opensQuotation(quoted, k, hi)) return null
  let first = cue.first - 1
  while (
    first > floor &&
    cue.first - first < MAX_SUBJECT_TOKENS &&
    tokens[first - 1]!.word &&
    tokens[first - 1]!.capital
  )
    first--
  let end = contentEnd(tokens, k, hi, quoted)
  // “That makes me smart,” when Clinton blasted him …: the narrator's clause after the quotation.
  let close = k + 1
  while (close < end && quoted[close] === 1) close++
  if (close + 1 < end && SUBORDINATORS.has(lowerAt(tokens, close + 1))) end = close + 1
  const content = trimContent(tokens, k, end)
  if (!substantial(tokens, content)) return null
  return {
    pattern: 'participle',
    cue,
    speaker: { first, after: cue.first },
    content,
    confidence: 0.5,
    uses: end,
  }
}

/** The subject a sentence opens with: a pronoun, or a capitalised run ("Donald Trump is once again …"); else `null`. */
function sentenceSubject(tokens: readonly Token[], lo: number, limit: number): TokenSpan | null {
  // "\"Trump walked onto the stage, chanting …": a stray mark before the subject.
  while (lo < limit && OPENING_MARKS.has(lowerAt(tokens, lo))) lo++
  if (lo < limit && prepositionOpeners.has(lowerAt(tokens, lo))) {
    // "During the forum, Trump …": the subject follows the opening phrase's comma.
    let k = lo + 1
    while (k < limit && k - lo <= MAX_SUBJECT_TOKENS * 2 && lowerAt(tokens, k) !== ',') k++
    if (lowerAt(tokens, k) !== ',') return null
    lo = k + 1
  }
  const first = tokens[lo]
  if (first === undefined || lo >= limit || !first.word) return null
  if (SUBJECT_PRONOUNS.has(first.lower)) return { first: lo, after: lo + 1 }
  if (!first.capital) return null
  let k = lo + 1
  while (k < limit && k - lo < MAX_SUBJECT_TOKENS && tokens[k]!.word && tokens[k]!.capital) k++
  return { first: lo, after: k }
}
