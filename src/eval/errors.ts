/**
 * Error examples for `newsmark eval --errors N`: missed gold quotes, false
 * positives and wrong attributions, each with its text and some context, so
 * that the quote engineers can see what to fix.
 *
 * @module
 */
import type { NewsDocument, QuoteType } from '../model.js'
import type { Range } from '../span.js'
import type { GoldDocument } from './gold.js'
import type { DocumentScore, Nearest } from './score.js'
import { predictedTypes, type SliceName, sliceNames } from './slices.js'

/** A missed gold quote or a false positive. */
export interface QuoteExample {
  document: string
  type: QuoteType
  start: number
  end: number
  /** The quote in its context: `…before ⟦quote⟧ after…`, whitespace collapsed, ¶ for paragraph breaks. */
  context: string
  /** Its speaker mention and cue as text (gold for a missed quote, predicted for a false positive). */
  speaker: string | null
  cue: string | null
  /** The other side's quote that overlaps it most, when one does, and how much (of the larger of the two). */
  nearest: { type: QuoteType; text: string; share: number; matchedElsewhere: boolean } | null
}

/** A matched pair whose speaker, cue or entity is wrong. */
export interface AttributionExample {
  document: string
  start: number
  end: number
  context: string
  /** What the gold says (speaker mention, cue or entity). */
  gold: string | null
  /** What was predicted (for speakers: the mention, then the resolved name in brackets). */
  predicted: string | null
}

/** The examples of one slice. */
export interface SliceErrors {
  missed: QuoteExample[]
  falsePositives: QuoteExample[]
  wrongSpeakers: AttributionExample[]
  wrongCues: AttributionExample[]
  wrongEntities: AttributionExample[]
}

/** Examples per slice. */
export type ErrorExamples = Record<SliceName, SliceErrors>

const contextWidth = 50
const maxQuoteShown = 200

/** Collapse whitespace, showing paragraph breaks as ¶. */
function flatten(text: string): string {
  // One pass over each whitespace run (a `\s*\n\s*` pattern is quadratic on long runs).
  return text.replace(/\s+/g, (run) => (run.includes('\n') ? ' ¶ ' : ' '))
}

/** Shorten a long text in the middle. */
function clip(text: string, max: number): string {
  if (text.length <= max) return text
  const half = Math.floor((max - 3) / 2)
  return `${text.slice(0, half)} … ${text.slice(-half)}`
}

/** `range` of `text` with up to {@link contextWidth} code units either side, the range in ⟦ ⟧. */
export function showInContext(text: string, range: Range): string {
  const from = Math.max(0, range.start - contextWidth)
  const to = Math.min(text.length, range.end + contextWidth)
  const before = (from > 0 ? '…' : '') + text.slice(from, range.start)
  const after = text.slice(range.end, to) + (to < text.length ? '…' : '')
  return flatten(`${before}⟦${clip(text.slice(range.start, range.end), maxQuoteShown)}⟧${after}`)
}

function spanText(text: string, range: Range | null): string | null {
  return range ? flatten(text.slice(range.start, range.end)) : null
}

function emptySliceErrors(): SliceErrors {
  return { missed: [], falsePositives: [], wrongSpeakers: [], wrongCues: [], wrongEntities: [] }
}

/** An empty set of examples. */
export function emptyErrors(): ErrorExamples {
  return {
    direct: emptySliceErrors(),
    'direct+mixed': emptySliceErrors(),
    'indirect-speech': emptySliceErrors(),
    all: emptySliceErrors(),
  }
}

/** Length of a quote's trimmed ranges. */
function size(ranges: readonly Range[]): number {
  return ranges.reduce((n, r) => n + r.end - r.start, 0)
}

/** Push unless the list already holds `limit` items. */
function add<T>(list: T[], item: T, limit: number): void {
  if (list.length < limit) list.push(item)
}

/**
 * Add the examples of one document to `into` (mutated; each list capped at
 * `limit`), and return it.
 */
export function addDocumentErrors(
  into: ErrorExamples,
  gold: GoldDocument,
  predicted: NewsDocument,
  score: DocumentScore,
  limit: number,
): ErrorExamples {
  const { text } = gold
  const speakerNames = new Map(predicted.speakers.map((s) => [s.id, s.name]))
  score.gold.forEach((outcome, g) => {
    if (outcome.optional) return
    const quote = gold.quotes[g]!
    const where = { document: gold.id, start: quote.quote.start, end: quote.quote.end }
    const context = showInContext(text, quote.quote)
    const p = outcome.matched
    const prediction = p === null ? undefined : predicted.quotes[p]
    for (const slice of outcome.slices) {
      const errors = into[slice]
      if (!prediction) {
        const example: QuoteExample = {
          ...where,
          type: quote.type,
          context,
          speaker: spanText(text, quote.speaker),
          cue: spanText(text, quote.cue),
          nearest: nearestPrediction(outcome.nearest, outcome.ranges, score, predicted, text),
        }
        add(errors.missed, example, limit)
        continue
      }
      if (outcome.checks.speaker === false) {
        const resolved =
          prediction.speakerId === null ? null : (speakerNames.get(prediction.speakerId) ?? null)
        const said = spanText(text, prediction.speaker)
        const shown = resolved === null ? said : `${said ?? '(no mention)'} [${resolved}]`
        add(
          errors.wrongSpeakers,
          { ...where, context, gold: spanText(text, quote.speaker), predicted: shown },
          limit,
        )
      }
      if (outcome.checks.cue === false) {
        add(
          errors.wrongCues,
          { ...where, context, gold: spanText(text, quote.cue), predicted: spanText(text, prediction.cue) },
          limit,
        )
      }
      if (outcome.checks.entity === false) {
        const resolved =
          prediction.speakerId === null ? null : (speakerNames.get(prediction.speakerId) ?? null)
        add(errors.wrongEntities, { ...where, context, gold: quote.entity, predicted: resolved }, limit)
      }
    }
  })
  score.predicted.forEach((outcome, p) => {
    if (outcome.matched !== null) return
    const quote = predicted.quotes[p]!
    const example: QuoteExample = {
      document: gold.id,
      type: quote.type,
      start: quote.quote.start,
      end: quote.quote.end,
      context: showInContext(text, quote.quote),
      speaker: spanText(text, quote.speaker),
      cue: spanText(text, quote.cue),
      nearest: nearestGold(outcome.nearest, outcome.ranges, score, gold),
    }
    for (const slice of sliceNames) {
      if (predictedTypes[slice].includes(quote.type)) add(into[slice].falsePositives, example, limit)
    }
  })
  return into
}

function nearestPrediction(
  nearest: Nearest | null,
  ranges: readonly Range[],
  score: DocumentScore,
  predicted: NewsDocument,
  text: string,
): QuoteExample['nearest'] {
  if (!nearest) return null
  const outcome = score.predicted[nearest.index]!
  const quote = predicted.quotes[nearest.index]!
  return {
    type: quote.type,
    text: clip(flatten(text.slice(quote.quote.start, quote.quote.end)), maxQuoteShown),
    share: nearest.overlap / Math.max(size(ranges), size(outcome.ranges)),
    matchedElsewhere: outcome.matched !== null,
  }
}

function nearestGold(
  nearest: Nearest | null,
  ranges: readonly Range[],
  score: DocumentScore,
  gold: GoldDocument,
): QuoteExample['nearest'] {
  if (!nearest) return null
  const outcome = score.gold[nearest.index]!
  const quote = gold.quotes[nearest.index]!
  return {
    type: quote.type,
    text: clip(flatten(gold.text.slice(quote.quote.start, quote.quote.end)), maxQuoteShown),
    share: nearest.overlap / Math.max(size(ranges), size(outcome.ranges)),
    matchedElsewhere: outcome.matched !== null,
  }
}
