/**
 * `newsmark eval <gold.jsonl|gold.json> [--json] [--reported speech|all|none]
 * [--partials all|attributed|none] [--errors N] [--cues path]`: score annotate() against gold data.
 *
 * @module
 */
import { readFile } from 'node:fs/promises'
import { parseArgs } from 'node:util'
import type { PartialBreadth, ReportedBreadth } from '../model.js'
import { evaluate } from './evaluate.js'
import { loadGold } from './gold.js'
import { formatReport } from './report.js'
import { parseCueList, speechCueWords } from './speech-cues.js'

const usage = `usage: newsmark eval <gold.jsonl|gold.json> [options]

Score annotate() against gold data (format and rules: shared/README.md).

  --json                     print the report as JSON
  --reported speech|all|none which reported speech to annotate (default: speech)
  --partials all|attributed|none
                             which partial quotes to annotate (default: all)
  --errors N                 show up to N missed quotes, false positives and
                             wrong speakers/cues/entities per slice
  --cues <path>              speech cue word list for the indirect-speech slice
                             (one word a line; default: the built-in list)
  -h, --help                 show this help
`

const breadths: readonly string[] = ['speech', 'all', 'none']
const partialBreadths: readonly string[] = ['all', 'attributed', 'none']

/** The parsed command line. */
export interface EvalArguments {
  gold: string
  json: boolean
  reported: ReportedBreadth
  partials: PartialBreadth
  errors: number
  cues: string | null
  help: boolean
}

/** Parse the arguments after `eval`; throws a message for the user on a bad one. */
export function parseEvalArguments(argv: string[]): EvalArguments {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    strict: true,
    options: {
      json: { type: 'boolean', default: false },
      reported: { type: 'string', default: 'speech' },
      partials: { type: 'string', default: 'all' },
      errors: { type: 'string', default: '0' },
      cues: { type: 'string' },
      help: { type: 'boolean', short: 'h', default: false },
    },
  })
  if (!breadths.includes(values.reported)) {
    throw new Error(`--reported must be speech, all or none, not ${JSON.stringify(values.reported)}`)
  }
  if (!partialBreadths.includes(values.partials)) {
    throw new Error(`--partials must be all, attributed or none, not ${JSON.stringify(values.partials)}`)
  }
  const errors = Number(values.errors)
  if (!/^\d+$/.test(values.errors) || !Number.isSafeInteger(errors)) {
    throw new Error(`--errors takes a whole number, not ${JSON.stringify(values.errors)}`)
  }
  if (!values.help && positionals.length !== 1) {
    throw new Error(positionals.length === 0 ? 'missing the gold file' : 'give one gold file')
  }
  return {
    gold: positionals[0] ?? '',
    json: values.json,
    reported: values.reported as ReportedBreadth,
    partials: values.partials as PartialBreadth,
    errors,
    cues: values.cues ?? null,
    help: values.help,
  }
}

/** Run the eval command with its arguments (after `eval`); resolves to the exit status. */
export async function evalCommand(argv: string[]): Promise<number> {
  let args: EvalArguments
  try {
    args = parseEvalArguments(argv)
  } catch (error) {
    process.stderr.write(`newsmark eval: ${(error as Error).message}\n\n${usage}`)
    return 2
  }
  if (args.help) {
    process.stdout.write(usage)
    return 0
  }
  try {
    const cues = new Set(
      args.cues === null ? speechCueWords : parseCueList(await readFile(args.cues, 'utf8')),
    )
    const documents = await loadGold(args.gold)
    const report = evaluate(documents, {
      gold: args.gold,
      reported: args.reported,
      partials: args.partials,
      cues,
      errors: args.errors,
    })
    process.stdout.write(args.json ? `${JSON.stringify(report, null, 2)}\n` : formatReport(report))
    return 0
  } catch (error) {
    process.stderr.write(`newsmark eval: ${(error as Error).message}\n`)
    return 1
  }
}
