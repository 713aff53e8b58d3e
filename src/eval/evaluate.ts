/**
 * Run `annotate()` over gold documents and score the results: the work
 * behind `newsmark eval`, without its argument parsing and printing.
 *
 * @module
 */
import { performance } from 'node:perf_hooks'
import { annotate } from '../annotate.js'
import type { AnnotateOptions, NewsDocument, PartialBreadth, ReportedBreadth } from '../model.js'
import { addDocumentErrors, emptyErrors } from './errors.js'
import type { GoldDocument } from './gold.js'
import { type EvalReport, sliceReport, throughput, tweetReport } from './report.js'
import { type DocumentScore, scoreDocument, sumSlices, sumTweets } from './score.js'

/** What {@link evaluate} needs besides the documents. */
export interface EvaluateOptions {
  /** The gold file's name, for the report. */
  gold: string
  reported: ReportedBreadth
  /** Which partial quotes to annotate; `'all'` when absent. */
  partials?: PartialBreadth | undefined
  /** The speech cue words of the `indirect-speech` slice. */
  cues: ReadonlySet<string>
  /** Collect up to this many error examples per list and slice; 0 or absent for none. */
  errors?: number | undefined
}

/**
 * Annotate every gold document (timing only the `annotate()` calls), score
 * it, and sum the scores into a report. Throws when `annotate()` throws,
 * naming the document.
 */
export function evaluate(documents: readonly GoldDocument[], options: EvaluateOptions): EvalReport {
  const limit = options.errors ?? 0
  const errors = emptyErrors()
  const scores: DocumentScore[] = []
  let ms = 0
  let bytes = 0
  for (const gold of documents) {
    const started = performance.now()
    const predicted = annotateNamed(gold, { reported: options.reported, partials: options.partials ?? 'all' })
    ms += performance.now() - started
    bytes += Buffer.byteLength(gold.text, 'utf8')
    const score = scoreDocument(gold, predicted, options.cues)
    scores.push(score)
    if (limit > 0) addDocumentErrors(errors, gold, predicted, score, limit)
  }
  const tweets = sumTweets(scores)
  const report: EvalReport = {
    gold: options.gold,
    reported: options.reported,
    partials: options.partials ?? 'all',
    documents: documents.length,
    slices: sliceReport(sumSlices(scores)),
    tweets: tweets ? tweetReport(tweets) : null,
    throughput: throughput(documents.length, bytes, ms),
  }
  if (limit > 0) report.errors = errors
  return report
}

function annotateNamed(gold: GoldDocument, options: AnnotateOptions): NewsDocument {
  try {
    return annotate(gold.text, options)
  } catch (error) {
    throw new Error(`annotate() threw on document ${gold.id}: ${(error as Error).message}`, { cause: error })
  }
}
