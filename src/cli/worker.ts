/**
 * The worker thread of `newsmark --input ndjson --jobs N`: annotates each
 * NDJSON line it is sent and posts back the rendered result (the protocol
 * is in `workers.ts`).
 *
 * @module
 */
import { parentPort, workerData } from 'node:worker_threads'
import { processRecord } from './ndjson.js'
import { emptyProfile, profilingAnnotator } from './profile.js'
import type { WorkerSettings, WorkerTask, WorkerTaskResult } from './workers.js'

/** Annotate one task; with profiling on, the result carries the record's profile. */
export function perform(task: WorkerTask, settings: WorkerSettings): WorkerTaskResult {
  if (!settings.profile) {
    return { seq: task.seq, ...processRecord(task.text, task.line, settings.defaults), profile: null }
  }
  const profile = emptyProfile()
  const rendered = processRecord(task.text, task.line, settings.defaults, profilingAnnotator(profile))
  return { seq: task.seq, ...rendered, profile }
}

if (parentPort !== null) {
  const port = parentPort
  const settings = workerData as WorkerSettings
  port.on('message', (task: WorkerTask) => port.postMessage(perform(task, settings)))
}
