/**
 * The eval report: the numbers as a JSON-ready object, and as text for a
 * terminal.
 *
 * @module
 */
import type { PartialBreadth, ReportedBreadth } from '../model.js'
import type { AttributionExample, ErrorExamples, QuoteExample } from './errors.js'
import {
  ratio,
  type SliceMetrics,
  type SliceTotals,
  sliceMetrics,
  type TweetField,
  type TweetTotals,
  tweetFields,
} from './score.js'
import { type SliceName, sliceNames } from './slices.js'

/** Tweet counts with their ratios. */
export interface TweetReport extends TweetTotals {
  recall: number | null
  precision: number | null
  fieldAccuracy: Record<TweetField, number | null>
}

/** How fast `annotate()` ran (its calls only: no reading, no scoring). */
export interface Throughput {
  documents: number
  /** UTF-8 bytes of the texts. */
  bytes: number
  /** Milliseconds spent in `annotate()`. */
  ms: number
  documentsPerSecond: number | null
  /** Millions of bytes per second. */
  megabytesPerSecond: number | null
}

/** Everything `newsmark eval` reports; `--json` prints it as is. */
export interface EvalReport {
  /** The gold file. */
  gold: string
  reported: ReportedBreadth
  /** The `partials` option the documents were annotated with. */
  partials: PartialBreadth
  documents: number
  slices: Record<SliceName, SliceTotals & SliceMetrics>
  /** `null` when no gold document annotates tweets. */
  tweets: TweetReport | null
  throughput: Throughput
  /** Present with `--errors N`. */
  errors?: ErrorExamples
}

/** Add the ratios to tweet counts. */
export function tweetReport(totals: TweetTotals): TweetReport {
  const fieldAccuracy = {} as Record<TweetField, number | null>
  for (const field of tweetFields) {
    fieldAccuracy[field] = ratio(totals.fields[field].correct, totals.fields[field].total)
  }
  return {
    ...totals,
    recall: ratio(totals.matched, totals.gold),
    precision: ratio(totals.matched, totals.predicted),
    fieldAccuracy,
  }
}

/** Add the ratios to the slice counts. */
export function sliceReport(totals: Record<SliceName, SliceTotals>): EvalReport['slices'] {
  const slices = {} as EvalReport['slices']
  for (const name of sliceNames) slices[name] = { ...totals[name], ...sliceMetrics(totals[name]) }
  return slices
}

/** Throughput from counts and the time spent. */
export function throughput(documents: number, bytes: number, ms: number): Throughput {
  const seconds = ms / 1000
  return {
    documents,
    bytes,
    ms,
    documentsPerSecond: seconds > 0 ? documents / seconds : null,
    megabytesPerSecond: seconds > 0 ? bytes / 1e6 / seconds : null,
  }
}

function num(value: number | null, digits = 3): string {
  return value === null ? '—' : value.toFixed(digits)
}

function withCount(value: number | null, total: number): string {
  return value === null ? '—' : `${value.toFixed(3)} (${total})`
}

function row(cells: readonly string[], widths: readonly number[]): string {
  return cells.map((cell, i) => (i === 0 ? cell.padEnd(widths[i]!) : cell.padStart(widths[i]!))).join(' ')
}

function sliceTable(slices: EvalReport['slices']): string[] {
  const widths = [16, 5, 5, 6, 6, 6, 7, 13, 13, 13]
  const header = ['slice', 'gold', 'pred', 'P', 'R', 'F1', 'exactR', 'speaker', 'cue', 'entity']
  const lines = [row(header, widths)]
  for (const name of sliceNames) {
    const s = slices[name]
    lines.push(
      row(
        [
          name,
          String(s.gold),
          String(s.predicted),
          num(s.precision),
          num(s.recall),
          num(s.f1),
          num(s.exactRecall),
          withCount(s.speakerAccuracy, s.speaker.total),
          withCount(s.cueAccuracy, s.cue.total),
          withCount(s.entityAccuracy, s.entity.total),
        ],
        widths,
      ),
    )
  }
  return lines
}

function tweetLines(tweets: TweetReport): string[] {
  const fields = tweetFields.map((f) => `${f} ${withCount(tweets.fieldAccuracy[f], tweets.fields[f].total)}`)
  return [
    `tweets: gold ${tweets.gold}, predicted ${tweets.predicted}, matched ${tweets.matched}; ` +
      `recall ${num(tweets.recall)}, precision ${num(tweets.precision)}`,
    `  field accuracy on matched tweets: ${fields.join(', ')}`,
  ]
}

function quoteExampleLines(label: string, example: QuoteExample): string[] {
  const details = [`speaker: ${example.speaker ?? '—'}`, `cue: ${example.cue ?? '—'}`]
  if (example.nearest) {
    const n = example.nearest
    const elsewhere = n.matchedElsewhere ? ', matched elsewhere' : ''
    details.push(`nearest: ${n.type} ${Math.round(n.share * 100)}%${elsewhere} «${n.text}»`)
  }
  return [
    `  ${label} [${example.document} @${example.start}-${example.end}] ${example.type}: ${example.context}`,
    `      ${details.join(' · ')}`,
  ]
}

function attributionLines(label: string, example: AttributionExample): string[] {
  return [
    `  ${label} [${example.document} @${example.start}-${example.end}] ${example.context}`,
    `      gold: ${example.gold ?? '—'} · predicted: ${example.predicted ?? '—'}`,
  ]
}

/** The error counts of a slice, from its totals: what the examples are drawn from. */
function errorCounts(s: SliceTotals): string {
  return [
    `${s.gold - s.matchedGold} missed`,
    `${s.predicted - s.matchedPredicted} false positives`,
    `${s.speaker.total - s.speaker.correct} wrong speakers`,
    `${s.cue.total - s.cue.correct} wrong cues`,
    `${s.entity.total - s.entity.correct} wrong entities`,
  ].join(', ')
}

function errorLines(errors: ErrorExamples, slices: EvalReport['slices']): string[] {
  const lines: string[] = []
  for (const name of sliceNames) {
    const e = errors[name]
    lines.push('', `errors, ${name} (${errorCounts(slices[name])}; first examples):`)
    for (const x of e.missed) lines.push(...quoteExampleLines('missed', x))
    for (const x of e.falsePositives) lines.push(...quoteExampleLines('false positive', x))
    for (const x of e.wrongSpeakers) lines.push(...attributionLines('wrong speaker', x))
    for (const x of e.wrongCues) lines.push(...attributionLines('wrong cue', x))
    for (const x of e.wrongEntities) lines.push(...attributionLines('wrong entity', x))
  }
  return lines
}

/** The report as text for a terminal. */
export function formatReport(report: EvalReport): string {
  const t = report.throughput
  const plural = report.documents === 1 ? 'document' : 'documents'
  const lines = [
    `newsmark eval: ${report.gold} (${report.documents} ${plural}, reported: ${report.reported}` +
      `${report.partials === 'all' ? '' : `, partials: ${report.partials}`})`,
    '',
    ...sliceTable(report.slices),
    '',
    ...(report.tweets ? tweetLines(report.tweets) : ['tweets: not annotated in this gold']),
    `throughput: ${t.documents} ${plural}, ${(t.bytes / 1e6).toFixed(3)} MB in ${t.ms.toFixed(1)} ms: ` +
      `${num(t.documentsPerSecond, 1)} documents/s, ${num(t.megabytesPerSecond, 2)} MB/s`,
    ...(report.errors ? errorLines(report.errors, report.slices) : []),
  ]
  return `${lines.join('\n')}\n`
}
