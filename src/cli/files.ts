/**
 * The CLI's file mode: read each named file (or standard input), annotate,
 * write JSON or NDJSON. A failing input is reported and the rest go on.
 *
 * @module
 */
import { readFile } from 'node:fs/promises'
import type { Writable } from 'node:stream'
import { annotate } from '../annotate.js'
import type { Format, NewsDocument, PartialBreadth, ReportedBreadth } from '../model.js'

/** One input of the file mode: a path, or `null` for standard input. */
export interface Source {
  path: string | null
  format: Format
}

/** The format a file is read as when `--format` is not given. */
export function formatForPath(path: string): Format {
  if (/\.(?:md|markdown)$/i.test(path)) return 'markdown'
  if (/\.html?$/i.test(path)) return 'html'
  return 'text'
}

const strictUtf8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true })

/** Decode bytes as UTF-8, or throw a message that says why not. */
export function decodeUtf8(bytes: Uint8Array): string {
  try {
    return strictUtf8.decode(bytes)
  } catch {
    throw new Error('not UTF-8 text')
  }
}

function describeReadError(error: unknown): string {
  const code = (error as { code?: string }).code
  if (code === 'ENOENT') return 'no such file'
  if (code === 'EISDIR') return 'is a directory'
  if (code === 'EACCES' || code === 'EPERM') return 'permission denied'
  return error instanceof Error ? error.message : String(error)
}

async function readStdin(): Promise<Uint8Array> {
  const chunks: Buffer[] = []
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer)
  return Buffer.concat(chunks)
}

async function readSource(source: Source): Promise<string> {
  let bytes: Uint8Array
  try {
    bytes = source.path === null ? await readStdin() : await readFile(source.path)
  } catch (error) {
    throw new Error(describeReadError(error))
  }
  return decodeUtf8(bytes)
}

/** One result of the file mode. */
type Result = { file: string; document: NewsDocument } | { file: string; error: string }

/**
 * Annotate every source in turn and write the results. Resolves to the exit
 * status: 0 when every input was annotated, 1 when any failed.
 */
export async function annotateFiles(
  sources: Source[],
  options: {
    output: 'json' | 'ndjson'
    reported: ReportedBreadth | undefined
    partials?: PartialBreadth | undefined
  },
  stdout: Writable,
  stderr: Writable,
): Promise<number> {
  const results: Result[] = []
  for (const source of sources) {
    const file = source.path ?? '-'
    let result: Result
    try {
      const text = await readSource(source)
      result = {
        file,
        document: annotate(text, {
          format: source.format,
          reported: options.reported,
          partials: options.partials,
        }),
      }
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error)
      stderr.write(`newsmark: ${source.path === null ? 'standard input' : `'${file}'`}: ${message}\n`)
      result = { file, error: message }
    }
    if (options.output === 'ndjson') {
      stdout.write(`${JSON.stringify('document' in result ? { file, ...result.document } : result)}\n`)
    }
    results.push(result)
  }
  if (options.output === 'json') {
    if (results.length === 1 && 'document' in results[0]!) {
      stdout.write(`${JSON.stringify(results[0].document, null, 2)}\n`)
    } else if (results.length > 1) {
      const list = results.map((r) => ('document' in r ? { file: r.file, ...r.document } : r))
      stdout.write(`${JSON.stringify(list, null, 2)}\n`)
    }
  }
  return results.some((r) => 'error' in r) ? 1 : 0
}
