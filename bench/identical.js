/**
 * `node bench/identical.js save|check [build] [dir]`: a guard for speed
 * work. `save` writes `annotate()`'s output (JSON) for every fixture text
 * and every PolNeAR dev text, in text, Markdown (and, for `.html` fixtures,
 * HTML) format and with every `reported` breadth, and for the benchmark's
 * generated corpora (1,000 varied articles and fifteen 100 KB documents of
 * each format, `bench/corpus.js`, in their own format), to `dir` (default
 * `/tmp/newsmark-identical`, outside the repository: the PolNeAR texts are
 * their publishers'); `check` compares a build's output with it and lists
 * every input whose output changed. `build` defaults to `.nmdist` (the
 * private build `npx tsup --out-dir .nmdist --no-dts` makes).
 *
 * @module
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs'
import { join, relative, resolve } from 'node:path'
import { fileURLToPath, pathToFileURL } from 'node:url'
import { articles, document, loadFixtures, random } from './corpus.js'

const root = join(fileURLToPath(new URL('.', import.meta.url)), '..')
const [mode, buildArg = '.nmdist', dirArg = '/tmp/newsmark-identical'] = process.argv.slice(2)
if (mode !== 'save' && mode !== 'check') {
  console.error('usage: node bench/identical.js save|check [build] [dir]')
  process.exit(2)
}
const { annotate } = await import(pathToFileURL(resolve(root, buildArg, 'index.js')).href)

/** @param {string} dir @returns {string[]} */
function walk(dir) {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? walk(join(dir, e.name)) : [join(dir, e.name)],
  )
}

/** @type {{ name: string, text: string, html: boolean }[]} */
const inputs = []
for (const path of walk(join(root, 'fixtures')).sort()) {
  const name = relative(root, path)
  if (/\.(txt|md)$/.test(path)) inputs.push({ name, text: readFileSync(path, 'utf8'), html: false })
  else if (path.endsWith('.html')) inputs.push({ name, text: readFileSync(path, 'utf8'), html: true })
  else if (path.endsWith('.jsonl')) {
    readFileSync(path, 'utf8')
      .split('\n')
      .forEach((line, i) => {
        const record = line.trim() ? JSON.parse(line) : null
        if (typeof record?.text === 'string')
          inputs.push({ name: `${name}:${i + 1}`, text: record.text, html: false })
      })
  }
}
const polnear = join(root, '..', 'shared', 'eval', 'polnear-dev.jsonl')
if (existsSync(polnear)) {
  readFileSync(polnear, 'utf8')
    .split('\n')
    .forEach((line, i) => {
      const record = line.trim() ? JSON.parse(line) : null
      if (typeof record?.text === 'string')
        inputs.push({ name: `polnear:${i + 1}`, text: record.text, html: false })
    })
}

/** @type {Record<string, string>} */
const outputs = {}

/**
 * @param {string} key
 * @param {string} text
 * @param {string} format
 * @param {string} reported
 */
function record(key, text, format, reported) {
  let out
  try {
    out = JSON.stringify(annotate(text, { format, reported }))
  } catch (error) {
    out = `THROWS ${error}`
  }
  outputs[key] = out
}

for (const { name, text, html } of inputs) {
  const formats = html ? ['html', 'text'] : ['text', 'markdown']
  for (const format of formats) {
    for (const reported of ['speech', 'all', 'none'])
      record(`${name} ${format} ${reported}`, text, format, reported)
  }
}
// The benchmark's corpora: varied articles (as the bench makes them) and long documents.
const pool = loadFixtures(join(root, 'fixtures'))
for (const format of /** @type {const} */ (['text', 'markdown'])) {
  const generated = [
    ...articles(pool, format, 1000, random(3)),
    ...Array.from({ length: 15 }, (_, k) => document(pool, format, 100_000, random(100 + k)).text),
  ]
  generated.forEach((text, i) => {
    for (const reported of ['speech', 'all'])
      record(`corpus:${format}:${i + 1} ${format} ${reported}`, text, format, reported)
  })
}

const file = join(dirArg, 'outputs.json')
if (mode === 'save') {
  mkdirSync(dirArg, { recursive: true })
  writeFileSync(file, JSON.stringify(outputs))
  // The inputs too, for other checks (parse trees) of later builds.
  writeFileSync(join(dirArg, 'inputs.json'), JSON.stringify(inputs.map((i) => i.text)))
  console.log(
    `saved ${Object.keys(outputs).length} outputs (${inputs.length} fixture and PolNeAR inputs, and the generated corpora) to ${file}`,
  )
} else {
  const saved = JSON.parse(readFileSync(file, 'utf8'))
  const changed = Object.keys({ ...saved, ...outputs }).filter((k) => saved[k] !== outputs[k])
  for (const k of changed.slice(0, 20)) console.log(`CHANGED ${k}`)
  console.log(
    `${changed.length === 0 ? 'IDENTICAL' : 'DIFFERENT'}: ${changed.length} of ${Object.keys(saved).length} outputs changed`,
  )
  process.exitCode = changed.length === 0 ? 0 : 1
}
