/**
 * The CLI's batch mode: `--input ndjson` reads records `{ "id", "text",
 * "format"? }` line by line from a stream and writes one result line per
 * record, in order, streaming: memory stays constant whatever the number of
 * records. A bad record gets an error line and the batch goes on.
 *
 * @module
 */
import { createInterface } from 'node:readline'
import type { Readable, Writable } from 'node:stream'
import { annotate } from '../annotate.js'
import type { AnnotateOptions, Format, NewsDocument, PartialBreadth, ReportedBreadth } from '../model.js'

/** One output line of the batch mode. */
export type BatchResult = ({ id: unknown } & NewsDocument) | { id: unknown; line: number; error: string }

/** The options of the batch mode that apply to every record. */
export interface BatchDefaults {
  format: Format | undefined
  reported: ReportedBreadth | undefined
  /** Which partial quotes to report; `'all'` when absent. */
  partials?: PartialBreadth | undefined
}

/** The function that annotates a record's text: `annotate()`, or a profiling twin of it. */
export type Annotator = (input: string, options: AnnotateOptions) => NewsDocument

/** Annotate one NDJSON line (1-based `line` number, for error messages). */
export function annotateRecord(
  text: string,
  line: number,
  defaults: BatchDefaults,
  run: Annotator = annotate,
): BatchResult {
  let record: unknown
  try {
    record = JSON.parse(text)
  } catch {
    return { id: null, line, error: 'invalid NDJSON line: not JSON' }
  }
  if (typeof record !== 'object' || record === null || Array.isArray(record)) {
    return { id: null, line, error: 'invalid record: expected an object {"id", "text", "format"?}' }
  }
  const { id = null, text: body, format } = record as { id?: unknown; text?: unknown; format?: unknown }
  if (typeof body !== 'string') return { id, line, error: 'invalid record: "text" must be a string' }
  if (format !== undefined && format !== 'text' && format !== 'markdown' && format !== 'html') {
    return { id, line, error: `invalid record: unknown format ${JSON.stringify(format)}` }
  }
  try {
    const document = run(body, {
      format: format ?? defaults.format ?? 'text',
      reported: defaults.reported,
      partials: defaults.partials,
    })
    return { id, ...document }
  } catch (error) {
    return { id, line, error: error instanceof Error ? error.message : String(error) }
  }
}

/** What one record turns into: its output line, and for a failed record the message for standard error. */
export interface RecordOutput {
  /** The JSON result line, newline included. */
  output: string
  /** The error line (newline included), or `null` when the record was annotated. */
  error: string | null
}

/** Annotate one NDJSON line and render its output and error lines. */
export function processRecord(
  text: string,
  line: number,
  defaults: BatchDefaults,
  run?: Annotator,
): RecordOutput {
  const result = annotateRecord(text, line, defaults, run)
  const error =
    'error' in result
      ? `newsmark: record on line ${line}${result.id === null ? '' : ` (id ${JSON.stringify(result.id)})`}: ${result.error}\n`
      : null
  return { output: `${JSON.stringify(result)}\n`, error }
}

/** Write `chunk`, and wait for `stream` to drain when its buffer is full. */
export async function writeOrWait(stream: Writable, chunk: string): Promise<void> {
  if (!stream.write(chunk)) await new Promise<void>((resolve) => stream.once('drain', () => resolve()))
}

/**
 * Read NDJSON records from `input` and write one result line each to
 * `output`, waiting for the output to drain (constant memory). Resolves to
 * the exit status: 0 when every record was annotated, 1 when any failed.
 * `run` annotates each record's text (default: `annotate()`).
 */
export async function annotateNdjsonStream(
  input: Readable,
  output: Writable,
  errors: Writable,
  defaults: BatchDefaults,
  run?: Annotator,
): Promise<number> {
  const lines = createInterface({ input, crlfDelay: Number.POSITIVE_INFINITY })
  let line = 0
  let failed = false
  for await (const text of lines) {
    line++
    if (text.trim() === '') continue
    const result = processRecord(text, line, defaults, run)
    if (result.error !== null) {
      failed = true
      errors.write(result.error)
    }
    await writeOrWait(output, result.output)
  }
  return failed ? 1 : 0
}
