/**
 * Checking the options and input that JavaScript callers pass.
 *
 * @module
 */
import { NewsmarkTypeError } from './errors.js'
import type { AnnotateOptions, Format, PartialBreadth, ReportedBreadth } from './model.js'

/** Options with every default filled in. */
export interface ResolvedOptions {
  format: Format
  reported: ReportedBreadth
  partials: PartialBreadth
}

const formats: readonly Format[] = ['text', 'markdown', 'html']
const breadths: readonly ReportedBreadth[] = ['speech', 'all', 'none']
const partialBreadths: readonly PartialBreadth[] = ['all', 'attributed', 'none']

function describe(value: unknown): string {
  if (value === null) return 'null'
  if (typeof value === 'object') {
    const name = (value as object).constructor?.name
    return name ? `an object (${name})` : 'an object'
  }
  if (typeof value === 'bigint') return `bigint ${value}n`
  return `${typeof value} ${JSON.stringify(value) ?? String(value)}`
}

/** Throw a {@link NewsmarkTypeError} unless `input` is a string. */
export function assertInput(input: unknown): asserts input is string {
  if (typeof input !== 'string') {
    throw new NewsmarkTypeError(
      'ERR_NEWSMARK_INPUT',
      `newsmark: expected the input to be a string, got ${describe(input)}` +
        (input instanceof Uint8Array ? ' (decode it first, e.g. buffer.toString("utf8"))' : ''),
    )
  }
}

/**
 * Fill in defaults and reject unknown values, with a clear message;
 * `allowed` narrows the formats a caller takes (a remark plugin cannot read
 * HTML).
 */
export function resolveOptions(
  options: AnnotateOptions | null | undefined,
  allowed: readonly Format[] = formats,
): ResolvedOptions {
  if (options !== undefined && options !== null && typeof options !== 'object') {
    throw new NewsmarkTypeError(
      'ERR_NEWSMARK_OPTION',
      `newsmark: expected options to be an object, got ${describe(options)}`,
    )
  }
  const format = options?.format ?? 'text'
  if (!allowed.includes(format)) {
    throw new NewsmarkTypeError(
      'ERR_NEWSMARK_OPTION',
      `newsmark: unknown format ${describe(format)}; expected one of ${allowed.map((f) => `'${f}'`).join(', ')}`,
    )
  }
  const reported = options?.reported ?? 'speech'
  if (!breadths.includes(reported)) {
    throw new NewsmarkTypeError(
      'ERR_NEWSMARK_OPTION',
      `newsmark: unknown reported option ${describe(reported)}; expected one of ${breadths.map((f) => `'${f}'`).join(', ')}`,
    )
  }
  const partials = options?.partials ?? 'all'
  if (!partialBreadths.includes(partials)) {
    throw new NewsmarkTypeError(
      'ERR_NEWSMARK_OPTION',
      `newsmark: unknown partials option ${describe(partials)}; expected one of ${partialBreadths.map((f) => `'${f}'`).join(', ')}`,
    )
  }
  return { format, reported, partials }
}
