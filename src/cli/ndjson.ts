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
import type { Format, NewsDocument, ReportedBreadth } from '../model.js'

/** One output line of the batch mode. */
export type BatchResult = ({ id: unknown } & NewsDocument) | { id: unknown; line: number; error: string }

/** Annotate one NDJSON line (1-based `line` number, for error messages). */
export function annotateRecord(
  text: string,
  line: number,
  defaults: { format: Format | undefined; reported: ReportedBreadth | undefined },
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
  if (format !== undefined && format !== 'text' && format !== 'markdown') {
    return { id, line, error: `invalid record: unknown format ${JSON.stringify(format)}` }
  }
  try {
    const document = annotate(body, {
      format: format ?? defaults.format ?? 'text',
      reported: defaults.reported,
    })
    return { id, ...document }
  } catch (error) {
    return { id, line, error: error instanceof Error ? error.message : String(error) }
  }
}

/**
 * Read NDJSON records from `input` and write one result line each to
 * `output`, waiting for the output to drain (constant memory). Resolves to
 * the exit status: 0 when every record was annotated, 1 when any failed.
 */
export async function annotateNdjsonStream(
  input: Readable,
  output: Writable,
  errors: Writable,
  defaults: { format: Format | undefined; reported: ReportedBreadth | undefined },
): Promise<number> {
  const lines = createInterface({ input, crlfDelay: Number.POSITIVE_INFINITY })
  let line = 0
  let failed = false
  for await (const text of lines) {
    line++
    if (text.trim() === '') continue
    const result = annotateRecord(text, line, defaults)
    if ('error' in result) {
      failed = true
      errors.write(
        `newsmark: record on line ${line}${result.id === null ? '' : ` (id ${JSON.stringify(result.id)})`}: ${result.error}\n`,
      )
    }
    if (!output.write(`${JSON.stringify(result)}\n`)) {
      await new Promise<void>((resolve) => output.once('drain', () => resolve()))
    }
  }
  return failed ? 1 : 0
}
