/**
 * The newsmark document model: plain, JSON-serialisable data with stand-off
 * spans into the caller's input string. This file is the contract; field
 * names are fixed, new fields may be added.
 *
 * @module
 */

/** Input formats `annotate()` understands. */
export type Format = 'text' | 'markdown' | 'html'

/**
 * A half-open range of UTF-16 offsets into the HTML that `annotate()` was
 * given with `format: 'html'` (see {@link Span.source}).
 */
export interface SourceRange {
  /** Offset of the first code unit (inclusive). */
  start: number
  /** Offset after the last code unit (exclusive). */
  end: number
}

/**
 * A stretch of the input.
 *
 * `start` and `end` are UTF-16 code-unit offsets (JavaScript string indices)
 * into the exact string given to `annotate()`, so that
 * `input.slice(span.start, span.end) === span.text` always holds. For HTML
 * input, `input` is the extracted text ({@link NewsDocument.text}) and
 * {@link Span.source} locates the span in the HTML.
 */
export interface Span {
  /** Offset of the first code unit (inclusive). */
  start: number
  /** Offset after the last code unit (exclusive). */
  end: number
  /** `input.slice(start, end)`, for convenience. */
  text: string
  /**
   * HTML input only: where the span stands in the HTML. `start` and `end`
   * index the text `annotate()` extracted ({@link NewsDocument.text}), and
   * `source` the HTML itself. An end is exact when the character there is
   * written literally in the HTML; a character decoded from an entity
   * (`&mdash;`) maps to the whole entity, a space standing for collapsed
   * whitespace to the first whitespace character, and a character the
   * conversion added (the blank line between blocks, the quote marks of
   * `<q>`, the line break of `<br>`) to the nearest source position, so
   * that `html.slice(source.start, source.end)` may hold tags, entities and
   * extra whitespace around the same words.
   */
  source?: SourceRange
}

/**
 * The kind of a quote.
 *
 * - `direct`: the speaker's own words in quote marks, the whole statement
 *   (“There’s been no decision,” Mr Esper said).
 * - `indirect`: reported speech without quote marks (Mr Esper has said the
 *   letter is not accurate).
 * - `mixed`: reported speech that carries quoted words (He said the letter
 *   was “poorly worded”).
 * - `partial`: a short quoted fragment inside narration (their “onward
 *   movement”), a scare quote or a quoted title.
 */
export type QuoteType = 'direct' | 'indirect' | 'mixed' | 'partial'

/** A quotation or a report of speech, with its attribution. */
export interface Quote {
  /** Unique within the document: `q1`, `q2`, … in document order. */
  id: string
  /** See {@link QuoteType}. */
  type: QuoteType
  /** The quoted or reported words; when the quote comes in pieces, the pieces joined by one space. */
  text: string
  /** Where the words stand, without the quote marks: from the first piece's start to the last piece's end. */
  quote: Span
  /**
   * The pieces, when the quote comes apart (“A,” he said. “B.”) or runs
   * over several paragraphs. Absent when the quote is one piece.
   */
  segments?: Span[]
  /** The mention that attributes the quote at this place ("Mr Esper", "he", "@EsperDoD"), or `null`. */
  speaker: Span | null
  /** The resolved person or organisation: an id in {@link NewsDocument.speakers}, or `null`. */
  speakerId: string | null
  /** The attribution cue: "said", "insisted", "told reporters", "according to"; or `null`. */
  cue: Span | null
  /** The id of the embedded tweet ({@link NewsDocument.tweets}) the quote sits in, or `null`. */
  tweetId: string | null
  /**
   * `true` when no cue stands next to the quote and the speaker was carried
   * over from the attributed quote before it (the news convention that an
   * unattributed quote paragraph continues the previous speaker's turn).
   */
  inferred: boolean
  /**
   * How sure the detector is, from 0 to 1. Quotes found by weaker patterns
   * (participle cues: "stressing there was…") score lower.
   */
  confidence: number
}

/** What kind of source a speaker is. */
export type SpeakerKind = 'person' | 'organization' | 'unknown'

/** A person or organisation quoted in the document, with all its mentions. */
export interface Speaker {
  /** Unique within the document: `s1`, `s2`, … in order of first mention. */
  id: string
  /** The fullest form of the name found ("Mark Esper"), or the description ("the top US military officer"). */
  name: string
  /** See {@link SpeakerKind}. */
  kind: SpeakerKind
  /** Titles found in the text before the name ("US Secretary of Defence", "Brigadier General"). */
  titles: string[]
  /** Roles found in appositions ("commanding general of Task Force Iraq"). */
  roles: string[]
  /** Social media handles linked to this speaker, without `@`. */
  handles: string[]
  /** Every mention of the speaker that the analysis linked, in document order. */
  mentions: Span[]
}

/** The platform an embedded post comes from. */
export type Platform = 'twitter' | 'instagram' | 'bluesky' | 'mastodon' | 'threads' | 'facebook' | 'tiktok'

/** An embedded tweet (or other social post) found in the document. */
export interface Tweet {
  /** Unique within the document: `t1`, `t2`, … in document order. */
  id: string
  /** The platform; `'twitter'` for tweets (including x.com). */
  platform: Platform
  /** The whole embed block: body, signature and any boilerplate lines. */
  span: Span
  /** The post's own words, without the signature and boilerplate. */
  body: Span
  /** The signature line ("— Liz Sly (@LizSly) January 6, 2020"), or `null`. */
  signature: Span | null
  /** The author as the signature names them; either may be `null` when not given. */
  author: { name: string | null; handle: string | null }
  /** The date as ISO `YYYY-MM-DD`, or `null` when none could be read. */
  date: string | null
  /** The time of day as `HH:MM` (24-hour) when the signature gives one, else `null`. */
  time: string | null
  /** The status URL as written, or `null`. */
  url: string | null
  /**
   * The post's id, or `null`: digits for Twitter and Mastodon (a string: ids
   * exceed 2^53), the post's code elsewhere (Instagram, Bluesky, Threads).
   */
  statusId: string | null
  /** Media links (`pic.twitter.com/…`), as written. */
  media: string[]
  /** Other links (t.co and any other URL), as written. */
  links: string[]
  /** Accounts mentioned in the body, without `@`. */
  mentions: string[]
  /** Hashtags in the body, without `#`. */
  hashtags: string[]
  /**
   * HTML input only, when the embed's markup names it: the language of the
   * post's text as the embed code tags it (`<p lang="de">`), a BCP 47 tag.
   */
  lang?: string
  /**
   * HTML input only, when the embed's markup gives a date: the date as
   * written (the signature's link text, possibly localised: "6. Januar
   * 2020"; or the `datetime` attribute when there is no text), kept even
   * when {@link Tweet.date} could not be read from it.
   */
  dateText?: string
}

/** The result of `annotate()`. */
export interface NewsDocument {
  /** Version of this model; changes only when a field changes meaning. */
  version: 1
  /** The format the input was read as. */
  format: Format
  /** Every quote and report of speech, in document order (by start offset). */
  quotes: Quote[]
  /** Every resolved speaker, in order of first mention. */
  speakers: Speaker[]
  /** Every embedded tweet or social post, in document order. */
  tweets: Tweet[]
  /**
   * HTML input only: the text extracted from the HTML, which every span's
   * `start` and `end` index (blocks separated by a blank line; each span's
   * `source` indexes the HTML).
   */
  text?: string
  /**
   * Present only when the input could not be read as asked: for instance a
   * Markdown document with a shape that makes Markdown parsers explode
   * (thousands of `*_`, nesting hundreds deep) is read as plain text instead.
   */
  warnings?: string[]
}

/** How much reported speech `annotate()` reports. */
export type ReportedBreadth = 'speech' | 'all' | 'none'

/**
 * Which `partial` quotes `annotate()` reports (see {@link AnnotateOptions.partials}).
 *
 * - `all`: every short quoted fragment, scare quotes, quoted titles and
 *   quotes nested in another quote included.
 * - `attributed`: only the partials that name a source (a speaker or a
 *   cue: what he called “a disgrace”); leaves out the scare quotes and
 *   titles that no one is said to have said.
 * - `none`: no partial quotes.
 */
export type PartialBreadth = 'all' | 'attributed' | 'none'

/** Options for `annotate()` and `remarkNewsmark`. */
export interface AnnotateOptions {
  /** How to read the input: `'text'` (default; no Markdown interpretation), `'markdown'` or `'html'`. */
  format?: Format | undefined
  /**
   * Which reported speech (no quote marks) to report: `'speech'` (default;
   * say, tell, write, claim, deny, warn…), `'all'` (also beliefs, plans and
   * stances: "X believes", "X plans to"), or `'none'`.
   */
  reported?: ReportedBreadth | undefined
  /**
   * Which partial quotes to report: `'all'` (default), `'attributed'`
   * (only those with a speaker or a cue: for counting whose words an
   * article quotes, where scare quotes and titles are noise) or `'none'`.
   * See {@link PartialBreadth}.
   */
  partials?: PartialBreadth | undefined
}
