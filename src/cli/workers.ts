/**
 * `newsmark --input ndjson --jobs N`: the batch mode on N worker threads.
 *
 * The main thread reads lines and writes results; the workers parse,
 * annotate and render each record. Output order is input order: results
 * that come back early wait in a reorder buffer. At most
 * {@link IN_FLIGHT_PER_JOB} × N records are between reading and writing at
 * any time (reading pauses until the oldest is written), so memory stays
 * constant whatever the number of records.
 *
 * Protocol: the main thread posts a {@link WorkerTask} per non-blank line;
 * the worker posts back one {@link WorkerTaskResult} with the same `seq`.
 *
 * @module
 */
import { createInterface } from 'node:readline'
import type { Readable, Writable } from 'node:stream'
import { Worker } from 'node:worker_threads'
import { type BatchDefaults, type RecordOutput, writeOrWait } from './ndjson.js'
import { addProfile, type Profile } from './profile.js'

/** How many records per job may be read but not yet written. */
export const IN_FLIGHT_PER_JOB = 16

/**
 * Each worker's young-generation heap, in MB. V8's default (48 MB) lets every
 * worker hold that much garbage between collections; a smaller one keeps
 * the whole batch's peak RSS low at a cost in speed of a few percent.
 */
export const YOUNG_GENERATION_MB = 16

/** What every worker is started with (its `workerData`). */
export interface WorkerSettings {
  defaults: BatchDefaults
  /** Whether to time the stages of each record. */
  profile: boolean
}

/** One NDJSON line for a worker to annotate. */
export interface WorkerTask {
  /** Position among the non-blank lines, from 0: the output order. */
  seq: number
  /** 1-based line number, for error messages. */
  line: number
  /** The line as read. */
  text: string
}

/** A worker's answer to one {@link WorkerTask}. */
export interface WorkerTaskResult extends RecordOutput {
  seq: number
  /** The record's stage times when profiling, else `null`. */
  profile: Profile | null
}

/** A set of worker threads that take tasks and hand back results in completion order. */
interface Pool {
  /** Give `task` to the worker with the fewest tasks outstanding. */
  submit(task: WorkerTask): void
  /** The next result any worker finishes; rejects when a worker fails. */
  next(): Promise<WorkerTaskResult>
  /** Stop every worker. */
  close(): Promise<void>
}

/** Start `jobs` workers running `worker.js` (built next to this module). */
function startPool(jobs: number, settings: WorkerSettings): Pool {
  const url = new URL('./worker.js', import.meta.url)
  const finished: WorkerTaskResult[] = []
  let waiting: { resolve: (r: WorkerTaskResult) => void; reject: (e: Error) => void } | null = null
  let failure: Error | null = null
  const fail = (error: Error): void => {
    failure ??= error
    waiting?.reject(failure)
    waiting = null
  }
  const workers = Array.from({ length: jobs }, () => {
    const worker = new Worker(url, {
      workerData: settings,
      resourceLimits: { maxYoungGenerationSizeMb: YOUNG_GENERATION_MB },
    })
    const entry = { worker, outstanding: 0 }
    worker.on('message', (result: WorkerTaskResult) => {
      entry.outstanding--
      if (waiting === null) finished.push(result)
      else {
        waiting.resolve(result)
        waiting = null
      }
    })
    worker.on('error', (error) => fail(new Error(`a worker thread failed: ${error.message}`)))
    worker.on('exit', (code) => {
      if (code !== 0 || entry.outstanding > 0) fail(new Error(`a worker thread exited early (code ${code})`))
    })
    return entry
  })
  return {
    submit(task) {
      let best = workers[0]!
      for (const entry of workers) if (entry.outstanding < best.outstanding) best = entry
      best.outstanding++
      best.worker.postMessage(task)
    },
    next() {
      const ready = finished.shift()
      if (ready !== undefined) return Promise.resolve(ready)
      if (failure !== null) return Promise.reject(failure)
      return new Promise((resolve, reject) => {
        waiting = { resolve, reject }
      })
    },
    async close() {
      for (const { worker } of workers) worker.removeAllListeners('exit')
      await Promise.all(workers.map(({ worker }) => worker.terminate()))
    },
  }
}

/**
 * The batch mode on `jobs` worker threads: read NDJSON records from `input`,
 * write one result line each to `output` in input order, and error lines to
 * `errors`. When `profile` is given, each record's stage times are added to
 * it. Resolves to the exit status: 0 when every record was annotated, 1
 * when any failed.
 */
export async function annotateNdjsonParallel(
  input: Readable,
  output: Writable,
  errors: Writable,
  defaults: BatchDefaults,
  jobs: number,
  profile: Profile | null,
): Promise<number> {
  const pool = startPool(jobs, { defaults, profile: profile !== null })
  const limit = jobs * IN_FLIGHT_PER_JOB
  const early = new Map<number, WorkerTaskResult>()
  let sent = 0
  let written = 0
  let failed = false

  /** Take one finished result and write every result that is now next in line. */
  const settleOne = async (): Promise<void> => {
    const result = await pool.next()
    early.set(result.seq, result)
    for (let ready = early.get(written); ready !== undefined; ready = early.get(written)) {
      early.delete(written)
      written++
      if (ready.profile !== null && profile !== null) addProfile(profile, ready.profile)
      if (ready.error !== null) {
        failed = true
        errors.write(ready.error)
      }
      await writeOrWait(output, ready.output)
    }
  }

  try {
    const lines = createInterface({ input, crlfDelay: Number.POSITIVE_INFINITY })
    let line = 0
    for await (const text of lines) {
      line++
      if (text.trim() === '') continue
      pool.submit({ seq: sent++, line, text })
      while (sent - written >= limit) await settleOne()
    }
    while (written < sent) await settleOne()
  } finally {
    await pool.close()
  }
  return failed ? 1 : 0
}
