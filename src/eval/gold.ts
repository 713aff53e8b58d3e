/**
 * Gold data for the evaluation: the format of `shared/README.md` (one JSON
 * object per document, JSONL files one per line), checked and normalised.
 *
 * Parsing is pure ({@link parseGold}); only {@link loadGold} touches the
 * file system (the gold file, and a sibling `.txt` when a document has no
 * `text`).
 *
 * @module
 */
import { readFile } from 'node:fs/promises'
import { basename, dirname, join } from 'node:path'
import type { QuoteType } from '../model.js'
import type { Range } from '../span.js'

/** A gold quote, normalised: segments always present (one when the quote is one piece). */
export interface GoldQuote {
  type: QuoteType
  /** The quote span as annotated (may include quote marks or a leading "that"). */
  quote: Range
  /** The pieces: the gold `segments` when given, else the quote span alone. */
  segments: Range[]
  speaker: Range | null
  cue: Range | null
  /** The canonical name the speaker mention refers to, when the gold gives one. */
  entity: string | null
  /** Defensible either way: neither counted when missed nor when found. */
  optional: boolean
}

/** A gold embedded tweet, with the fields the scorer compares. */
export interface GoldTweet {
  span: Range
  author: string | null
  handle: string | null
  date: string | null
  media: string[]
  mentions: string[]
}

/** One gold document with its text. */
export interface GoldDocument {
  id: string
  text: string
  quotes: GoldQuote[]
  /** `null` when the gold does not annotate tweets (then tweets are not scored for it). */
  tweets: GoldTweet[] | null
}

/** A gold document as parsed, before its text is known (the text may live in a sibling file). */
export interface RawGold {
  /** Where it came from, for messages: `file:line`. */
  where: string
  value: Record<string, unknown>
}

const quoteTypes: readonly string[] = ['direct', 'indirect', 'mixed', 'partial']

function fail(where: string, message: string): never {
  throw new Error(`${where}: ${message}`)
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}

/**
 * Split gold file content into documents: a single JSON object (or an array
 * of them), else JSONL with one object per non-blank line.
 */
export function parseGold(content: string, source: string): RawGold[] {
  const whole = tryParse(content)
  if (isObject(whole)) return [{ where: source, value: whole }]
  if (Array.isArray(whole)) return whole.map((value, i) => asRaw(value, `${source}[${i}]`))
  const documents: RawGold[] = []
  const lines = content.split('\n')
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!.trim()
    if (line === '') continue
    const where = `${source}:${i + 1}`
    const value = tryParse(line)
    if (value === undefined) fail(where, 'not valid JSON')
    documents.push(asRaw(value, where))
  }
  return documents
}

function tryParse(content: string): unknown {
  try {
    return JSON.parse(content) as unknown
  } catch {
    return undefined
  }
}

function asRaw(value: unknown, where: string): RawGold {
  if (!isObject(value)) fail(where, 'expected a JSON object')
  return { where, value }
}

/**
 * Check a raw gold document against `text` and normalise it. Throws with the
 * document's place when a field is missing or a span does not index `text`.
 */
export function toGoldDocument(raw: RawGold, text: string): GoldDocument {
  const { where, value } = raw
  const id = typeof value.id === 'string' ? value.id : where
  if (!Array.isArray(value.quotes)) fail(where, '`quotes` must be an array')
  const quotes = value.quotes.map((q, i) => toGoldQuote(q, text, `${where} (${id}) quotes[${i}]`))
  const tweets = Array.isArray(value.tweets)
    ? value.tweets.map((t, i) => toGoldTweet(t, text, `${where} (${id}) tweets[${i}]`))
    : null
  return { id, text, quotes, tweets }
}

function toGoldQuote(value: unknown, text: string, where: string): GoldQuote {
  if (!isObject(value)) fail(where, 'expected an object')
  const type = value.type
  if (typeof type !== 'string' || !quoteTypes.includes(type)) fail(where, `unknown type ${String(type)}`)
  const quote = toRange(value.quote, text, `${where}.quote`)
  // The README puts `segments` on the quote; the PolNeAR conversion nests it in `quote`.
  const rawSegments = value.segments ?? (isObject(value.quote) ? value.quote.segments : undefined)
  const segments = Array.isArray(rawSegments)
    ? rawSegments.map((s, i) => toRange(s, text, `${where}.segments[${i}]`))
    : []
  return {
    type: type as QuoteType,
    quote,
    segments: segments.length > 0 ? segments : [quote],
    speaker: toOptionalRange(value.speaker, text, `${where}.speaker`),
    cue: toOptionalRange(value.cue, text, `${where}.cue`),
    entity: typeof value.entity === 'string' ? value.entity : null,
    optional: value.optional === true,
  }
}

function toGoldTweet(value: unknown, text: string, where: string): GoldTweet {
  if (!isObject(value)) fail(where, 'expected an object')
  return {
    span: toRange(value.span, text, `${where}.span`),
    author: typeof value.author === 'string' ? value.author : null,
    handle: typeof value.handle === 'string' ? value.handle : null,
    date: typeof value.date === 'string' ? value.date : null,
    media: toStrings(value.media),
    mentions: toStrings(value.mentions),
  }
}

function toStrings(value: unknown): string[] {
  return Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string') : []
}

function toOptionalRange(value: unknown, text: string, where: string): Range | null {
  return value === null || value === undefined ? null : toRange(value, text, where)
}

function toRange(value: unknown, text: string, where: string): Range {
  if (!isObject(value)) fail(where, 'expected a span {start, end, text}')
  const { start, end } = value
  if (!Number.isInteger(start) || !Number.isInteger(end)) fail(where, 'start and end must be integers')
  const s = start as number
  const e = end as number
  if (s < 0 || e < s || e > text.length)
    fail(where, `span ${s}-${e} outside the text (length ${text.length})`)
  if (typeof value.text === 'string' && text.slice(s, e) !== value.text) {
    fail(where, `span ${s}-${e} does not hold its text ${JSON.stringify(value.text.slice(0, 40))}`)
  }
  return { start: s, end: e }
}

/**
 * Where the text of a gold document without `text` may be: beside the gold
 * file with `.txt` for its `.gold.json`/`.json` (only when the file holds one
 * document), else `<id>.txt` in the gold file's folder.
 */
export function siblingTextPaths(goldPath: string, id: string | null, single: boolean): string[] {
  const paths: string[] = []
  const stem = basename(goldPath).replace(/(\.gold)?\.jsonl?$/, '')
  if (single) paths.push(join(dirname(goldPath), `${stem}.txt`))
  if (id !== null && /^[\w.-]+$/.test(id)) paths.push(join(dirname(goldPath), `${id}.txt`))
  return paths
}

/** Read a gold file (JSON or JSONL) and every document's text. */
export async function loadGold(goldPath: string): Promise<GoldDocument[]> {
  const raws = parseGold(await readFile(goldPath, 'utf8'), goldPath)
  const documents: GoldDocument[] = []
  for (const raw of raws) {
    const text =
      typeof raw.value.text === 'string'
        ? raw.value.text
        : await readSibling(goldPath, raw, raws.length === 1)
    documents.push(toGoldDocument(raw, text))
  }
  return documents
}

async function readSibling(goldPath: string, raw: RawGold, single: boolean): Promise<string> {
  const id = typeof raw.value.id === 'string' ? raw.value.id : null
  const candidates = siblingTextPaths(goldPath, id, single)
  for (const path of candidates) {
    const text = await readFile(path, 'utf8').catch(() => null)
    if (text !== null) return text
  }
  return fail(raw.where, `no \`text\`, and no sibling text file (tried ${candidates.join(', ') || 'none'})`)
}
