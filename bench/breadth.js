/**
 * `node bench/breadth.js`: how much distinct code one `annotate()` call
 * runs, next to remark-parse's `parse` on the same article.
 *
 * The bench's one-article cases time each call with other code run between
 * two calls, so every call starts with caches and branch predictors that
 * hold that other code. Such a call pays for each distinct piece of code it
 * runs more than for how often it runs it: newsmark, many small rules run a
 * few times each, pays far more for it than remark-parse, a few functions of
 * a tokenizer run thousands of times (see CONTRIBUTING.md). This script
 * counts it: the median number of distinct functions run per article (V8's
 * precise coverage, after a warm-up), the calls per article, and the
 * distinct functions of each source module of newsmark's build (its bundle
 * marks each module with a `// src/…` comment).
 *
 * Options: `--build DIR` (default `dist`), `--format text|markdown`
 * (default `text`), `--articles N` (default 300), `--seed N` (default 1).
 *
 * @module
 */
import { readFileSync } from 'node:fs'
import { Session } from 'node:inspector/promises'
import { join, resolve } from 'node:path'
import { fileURLToPath, pathToFileURL } from 'node:url'
import remarkParse from 'remark-parse'
import { unified } from 'unified'
import { articles, loadFixtures, random } from './corpus.js'

const root = join(fileURLToPath(new URL('.', import.meta.url)), '..')

/**
 * The value after `--name` on the command line, or `fallback`.
 *
 * @param {string} name
 * @param {string} fallback
 * @returns {string}
 */
function option(name, fallback) {
  const at = process.argv.indexOf(`--${name}`)
  return at === -1 ? fallback : (process.argv[at + 1] ?? fallback)
}

/**
 * @param {number[]} values
 * @returns {number}
 */
function median(values) {
  const sorted = [...values].sort((a, b) => a - b)
  return sorted[sorted.length >> 1] ?? 0
}

/**
 * The source module of each function start in a bundle: the last
 * `// src/…` marker before it.
 *
 * @param {string} url
 * @returns {(offset: number) => string}
 */
function moduleFinder(url) {
  const text = readFileSync(new URL(url), 'utf8')
  /** @type {Array<[number, string]>} */
  const marks = []
  for (const match of text.matchAll(/^\/\/ (src\/\S+)/gm)) marks.push([match.index ?? 0, match[1] ?? '?'])
  return (offset) => {
    let found = '(bundle)'
    for (const [at, name] of marks) {
      if (at > offset) break
      found = name
    }
    return found
  }
}

/**
 * @typedef {object} Breadth
 * @property {number} functions median distinct functions run per article
 * @property {number} calls mean function calls per article
 * @property {Map<string, number>} modules mean distinct functions per article by source module
 */

/**
 * Run `call` on each article with precise coverage on, and count what each
 * call ran among the scripts whose URL `owns`.
 *
 * @param {Session} session
 * @param {string[]} inputs
 * @param {(input: string) => unknown} call
 * @param {(url: string) => boolean} owns
 * @param {boolean} byModule
 * @returns {Promise<Breadth>}
 */
async function measure(session, inputs, call, owns, byModule) {
  await session.post('Profiler.takePreciseCoverage')
  /** @type {number[]} */
  const distinct = []
  let calls = 0
  /** @type {Map<string, number>} */
  const modules = new Map()
  /** @type {Map<string, (offset: number) => string>} */
  const finders = new Map()
  for (const input of inputs) {
    call(input)
    const { result } = await session.post('Profiler.takePreciseCoverage')
    let run = 0
    for (const script of result) {
      if (!owns(script.url)) continue
      let find = finders.get(script.url)
      if (byModule && find === undefined) {
        find = moduleFinder(script.url)
        finders.set(script.url, find)
      }
      for (const fn of script.functions) {
        const range = fn.ranges[0]
        if (range === undefined || range.count === 0) continue
        run++
        calls += range.count
        if (find !== undefined) {
          const name = find(range.startOffset)
          modules.set(name, (modules.get(name) ?? 0) + 1 / inputs.length)
        }
      }
    }
    distinct.push(run)
  }
  return { functions: median(distinct), calls: calls / inputs.length, modules }
}

const build = resolve(root, option('build', 'dist'))
const format = option('format', 'text') === 'markdown' ? 'markdown' : 'text'
const count = Number(option('articles', '300'))
const seed = Number(option('seed', '1'))
const { annotate } = await import(pathToFileURL(join(build, 'index.js')).href)
const processor = unified().use(remarkParse)
const pool = loadFixtures(join(root, 'fixtures'))
const rng = random(seed)
let sink = 0
/** @param {string} input */
const newsmark = (input) => {
  sink ^= annotate(input, { format }).quotes.length
}
/** @param {string} input */
const remark = (input) => {
  sink ^= processor.parse(input).children.length
}
// The same warm-up as the bench's one-article case, so that the code counted is the code it times.
for (const input of articles(pool, format, 5000, rng)) {
  newsmark(input)
  remark(input)
}
const session = new Session()
session.connect()
await session.post('Profiler.enable')
await session.post('Profiler.startPreciseCoverage', { callCount: true, detailed: false })
const inputs = articles(pool, format, count, rng)
const buildUrl = pathToFileURL(build).href
const ours = await measure(session, inputs, newsmark, (url) => url.startsWith(buildUrl), true)
const theirs = await measure(session, inputs, remark, (url) => url.includes('/node_modules/'), false)
await session.post('Profiler.stopPreciseCoverage')
session.disconnect()

console.log(`${format}, ${count} articles after a warm-up of 5,000 (checksum ${sink})`)
console.log('                 distinct functions per article (median)   calls per article')
console.log(`newsmark         ${String(ours.functions).padStart(10)}${ours.calls.toFixed(0).padStart(40)}`)
console.log(
  `remark-parse     ${String(theirs.functions).padStart(10)}${theirs.calls.toFixed(0).padStart(40)}`,
)
console.log('\nnewsmark, distinct functions per article by module (mean):')
for (const [name, n] of [...ours.modules].sort((a, b) => b[1] - a[1])) {
  console.log(`${n.toFixed(1).padStart(8)}  ${name}`)
}
