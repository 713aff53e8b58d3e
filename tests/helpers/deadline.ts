/**
 * Run `annotate()` in a worker thread under a deadline, so that a test of
 * hostile input fails (instead of hanging the test run) when the input
 * makes the library loop or backtrack: a synchronous hang in the test's own
 * thread would block the very timer meant to stop it.
 *
 * The worker runs the build (`dist/index.js`; `npm test` builds first).
 */
import { fileURLToPath, pathToFileURL } from 'node:url'
import { Worker } from 'node:worker_threads'
import type { AnnotateOptions, NewsDocument } from '../../src/model.js'

/**
 * The path of a file of the build under test: in `dist/` by default;
 * `NEWSMARK_BUILD` names another directory (a copy of `dist/`, say, when
 * `dist/` may be rebuilt during the run).
 */
export function builtFile(name: string): string {
  return `${process.env.NEWSMARK_BUILD ?? fileURLToPath(new URL('../../dist', import.meta.url))}/${name}`
}

const build = pathToFileURL(builtFile('index.js')).href

const workerSource = `
const { parentPort, workerData } = require('node:worker_threads')
import(workerData.build).then(({ annotate }) => {
  try {
    const start = performance.now()
    const document = annotate(workerData.input, workerData.options)
    parentPort.postMessage({ document, ms: performance.now() - start })
  } catch (error) {
    parentPort.postMessage({ error: String(error && error.stack || error) })
  }
})
`

/** A document and the milliseconds `annotate()` took to make it. */
export interface TimedDocument {
  document: NewsDocument
  ms: number
}

/**
 * The document `annotate(input, options)` returns (and the time it took),
 * or a rejection when it throws or takes longer than `ms`.
 */
export function annotateWithin(input: string, options: AnnotateOptions, ms: number): Promise<TimedDocument> {
  const worker = new Worker(workerSource, { eval: true, workerData: { build, input, options } })
  return new Promise<TimedDocument>((resolve, reject) => {
    const timer = setTimeout(
      () => reject(new Error(`annotate() did not finish within ${Math.round(ms)} ms`)),
      ms,
    )
    worker.once('message', (message: { document?: NewsDocument; ms?: number; error?: string }) => {
      clearTimeout(timer)
      if (message.document) resolve({ document: message.document, ms: message.ms ?? 0 })
      else reject(new Error(`annotate() threw: ${message.error}`))
    })
    worker.once('error', (error) => {
      clearTimeout(timer)
      reject(error)
    })
  }).finally(() => worker.terminate())
}

/** How much slower than linear a large input may be before it counts as a blow-up. */
export const LINEAR_SLACK = 4

/** The deadline never goes below this, so that a tiny baseline does not make a flaky one. */
export const DEADLINE_FLOOR_MS = 20_000

/**
 * Annotate `make(size)` under a deadline that assumes linear cost: first
 * `make(size / ratio)` is timed (under the floor deadline), then the full
 * input must finish within `LINEAR_SLACK × ratio ×` that time (never less
 * than {@link DEADLINE_FLOOR_MS}). A hang or a superlinear blow-up fails;
 * a slow but linear pipeline passes on any machine.
 */
export async function annotateLinearly(
  make: (size: number) => string,
  size: number,
  options: AnnotateOptions,
  ratio = 20,
): Promise<{ input: string; document: NewsDocument }> {
  const small = await annotateWithin(make(Math.max(1, Math.round(size / ratio))), options, DEADLINE_FLOOR_MS)
  const input = make(size)
  const deadline = Math.max(DEADLINE_FLOOR_MS, LINEAR_SLACK * ratio * small.ms)
  const { document } = await annotateWithin(input, options, deadline)
  return { input, document }
}
