/**
 * `newsmark --profile`: `annotate()` with the time of each stage recorded,
 * and the per-stage summary the CLI prints on standard error.
 *
 * @module
 */
import { analyzeBlocks, type Stage } from '../analyze.js'
import { annotate } from '../annotate.js'
import { markdownEvents } from '../input/markdown.js'
import type { AnnotateOptions, NewsDocument } from '../model.js'
import { assertInput, resolveOptions } from '../options.js'
import { prepareBlocks } from '../segment/read-blocks.js'
import type { Annotator } from './ndjson.js'

/** Every stage `--profile` reports: parsing, then the stages of `analyze()`. */
export type ProfileStage = 'parse' | Stage

/** The stages in pipeline order. */
export const profileStages: readonly ProfileStage[] = [
  'parse',
  'blocks',
  'tweets',
  'quotes',
  'speakers',
  'model',
]

/** Milliseconds spent in each stage. */
export type StageTimes = Record<ProfileStage, number>

/** What `--profile` adds up over the inputs it annotates. */
export interface Profile {
  /** Milliseconds per stage. */
  stages: StageTimes
  /** How many inputs were annotated. */
  inputs: number
  /** Their total length in UTF-16 code units. */
  characters: number
}

/** A profile with nothing counted yet. */
export function emptyProfile(): Profile {
  return {
    stages: { parse: 0, blocks: 0, tweets: 0, quotes: 0, speakers: 0, model: 0 },
    inputs: 0,
    characters: 0,
  }
}

/** Add the counts of `more` to `total`, in place. */
export function addProfile(total: Profile, more: Profile): void {
  for (const stage of profileStages) total.stages[stage] += more.stages[stage]
  total.inputs += more.inputs
  total.characters += more.characters
}

/** An annotator that works like `annotate()` and counts each call into `profile`. */
export function profilingAnnotator(profile: Profile): Annotator {
  return (input, options) => {
    const document = annotateProfiled(input, options, profile.stages)
    profile.inputs++
    profile.characters += input.length
    return document
  }
}

/**
 * `annotate()`, step for step, adding each stage's time to `times`. Returns
 * exactly what `annotate(input, options)` returns (a property test holds it
 * to that). HTML input is not split into stages yet: its whole time counts
 * as `parse`.
 */
export function annotateProfiled(input: string, options: AnnotateOptions, times: StageTimes): NewsDocument {
  assertInput(input)
  const resolved = resolveOptions(options)
  const start = performance.now()
  if (resolved.format === 'html') {
    const document = annotate(input, options)
    times.parse += performance.now() - start
    return document
  }
  // Markdown is tokenized piece by piece when the blocks are read: that time counts as parsing.
  let tokenizing = 0
  const tokenize = (doc: string) => {
    const from = performance.now()
    const events = markdownEvents(doc)
    tokenizing += performance.now() - from
    return events
  }
  const { readBlocks, warnings } = prepareBlocks(input, resolved.format, tokenize)
  times.parse += performance.now() - start
  const document = analyzeBlocks(readBlocks, input, resolved.format, resolved, warnings, (stage, ms) => {
    times[stage] += ms
  }).document
  times.parse += tokenizing
  times.blocks -= tokenizing
  return document
}

/**
 * The summary `--profile` prints: a header with the input count and size,
 * then one line per stage with its milliseconds and share of the total.
 */
export function formatProfile(profile: Profile): string {
  const { stages } = profile
  const total = profileStages.reduce((sum, stage) => sum + stages[stage], 0)
  const lines = [
    `newsmark profile: ${profile.inputs} input(s), ${(profile.characters / 1e6).toFixed(2)} M characters, ${total.toFixed(1)} ms in annotate`,
  ]
  for (const stage of profileStages) {
    const share = total > 0 ? (100 * stages[stage]) / total : 0
    lines.push(
      `  ${stage.padEnd(9)}${stages[stage].toFixed(1).padStart(11)} ms${share.toFixed(1).padStart(7)} %`,
    )
  }
  return `${lines.join('\n')}\n`
}
