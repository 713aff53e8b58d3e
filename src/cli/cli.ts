#!/usr/bin/env node
/**
 * The `newsmark` command: argument parsing, reading inputs, writing results,
 * exit codes. The library never imports this module.
 *
 * Exit status: 0 all inputs annotated, 1 some input failed, 2 usage error.
 *
 * @module
 */
import { availableParallelism } from 'node:os'
import { parseArgs } from 'node:util'
import packageJson from '../../package.json' with { type: 'json' }
import { evalCommand } from '../eval/command.js'
import type { Format, PartialBreadth, ReportedBreadth } from '../model.js'
import { annotateFiles, formatForPath } from './files.js'
import { annotateNdjsonStream } from './ndjson.js'
import { emptyProfile, formatProfile, profilingAnnotator } from './profile.js'
import { annotateNdjsonParallel } from './workers.js'

const usage = `Usage: newsmark [options] [file ...]
       newsmark eval <gold.jsonl|gold.json> [--json] [--errors N]

Find quotes, speakers and embedded tweets in news text. Reads the files, or
standard input when none is given, and prints a JSON document for each.

Options:
  -f, --format <text|markdown|html>
                                 how to read the input (default: by extension,
                                 .md/.markdown as markdown, .html/.htm as html,
                                 else text)
  -o, --output <json|ndjson>     one pretty JSON document (default), or one
                                 line per input with a "file" field
  -i, --input <text|ndjson>      ndjson: read {"id","text","format"?} records
                                 from standard input, write one line each
  -r, --reported <speech|all|none>
                                 which reported speech to report (default: speech)
  -p, --partials <all|attributed|none>
                                 which partial quotes to report: all (default),
                                 attributed (only those with a speaker or cue:
                                 no scare quotes or titles), none
  -j, --jobs <n>                 with --input ndjson: worker threads to annotate
                                 with (default: the number of cores); output
                                 order stays input order
      --profile                  with --input ndjson: print the time each stage
                                 took to standard error
  -h, --help                     show this help
  -v, --version                  show the version

Exit status: 0 all inputs annotated, 1 some input failed, 2 usage error.`

/** Thrown for bad command lines: printed with the usage hint, exit status 2. */
class UsageError extends Error {}

function oneOf<T extends string>(
  name: string,
  value: string | undefined,
  allowed: readonly T[],
): T | undefined {
  if (value === undefined) return undefined
  if ((allowed as readonly string[]).includes(value)) return value as T
  throw new UsageError(`--${name} must be one of ${allowed.join(', ')}, got '${value}'`)
}

function positiveInteger(name: string, value: string): number {
  if (/^[1-9][0-9]{0,3}$/.test(value)) return Number(value)
  throw new UsageError(`--${name} must be a whole number from 1 to 9999, got '${value}'`)
}

async function main(argv: string[]): Promise<number> {
  if (argv[0] === 'eval') return evalCommand(argv.slice(1))
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    strict: true,
    options: {
      format: { type: 'string', short: 'f' },
      output: { type: 'string', short: 'o' },
      input: { type: 'string', short: 'i' },
      reported: { type: 'string', short: 'r' },
      partials: { type: 'string', short: 'p' },
      jobs: { type: 'string', short: 'j' },
      profile: { type: 'boolean' },
      help: { type: 'boolean', short: 'h' },
      version: { type: 'boolean', short: 'v' },
    },
  })
  if (values.help) {
    process.stdout.write(`${usage}\n`)
    return 0
  }
  if (values.version) {
    process.stdout.write(`${packageJson.version}\n`)
    return 0
  }
  const format = oneOf<Format>('format', values.format, ['text', 'markdown', 'html'])
  const output = oneOf('output', values.output, ['json', 'ndjson'] as const) ?? 'json'
  const input = oneOf('input', values.input, ['text', 'ndjson'] as const) ?? 'text'
  const reported = oneOf<ReportedBreadth>('reported', values.reported, ['speech', 'all', 'none'])
  const partials = oneOf<PartialBreadth>('partials', values.partials, ['all', 'attributed', 'none'])

  const jobs = values.jobs === undefined ? availableParallelism() : positiveInteger('jobs', values.jobs)

  if (input === 'ndjson') {
    if (positionals.length > 0) throw new UsageError('--input ndjson reads standard input; do not name files')
    const defaults = { format, reported, partials }
    const profile = values.profile ? emptyProfile() : null
    const code =
      jobs > 1
        ? await annotateNdjsonParallel(process.stdin, process.stdout, process.stderr, defaults, jobs, profile)
        : await annotateNdjsonStream(
            process.stdin,
            process.stdout,
            process.stderr,
            defaults,
            profile ? profilingAnnotator(profile) : undefined,
          )
    if (profile) process.stderr.write(formatProfile(profile))
    return code
  }
  if (values.jobs !== undefined || values.profile) {
    throw new UsageError('--jobs and --profile work with --input ndjson')
  }
  const sources =
    positionals.length > 0
      ? positionals.map((path) => ({ path, format: format ?? formatForPath(path) }))
      : [{ path: null, format: format ?? 'text' }]
  return annotateFiles(sources, { output, reported, partials }, process.stdout, process.stderr)
}

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code
  },
  (error: unknown) => {
    if (error instanceof UsageError || (error as { code?: string })?.code?.startsWith('ERR_PARSE_ARGS')) {
      process.stderr.write(`newsmark: ${(error as Error).message}\nTry 'newsmark --help'.\n`)
      process.exitCode = 2
      return
    }
    process.stderr.write(
      `newsmark: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`,
    )
    process.exitCode = 1
  },
)
