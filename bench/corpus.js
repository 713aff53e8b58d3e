/**
 * Benchmark corpora, generated at run time from the project's fixtures with
 * small random variations (digits, a name, paragraph order, quote style), so
 * that no two articles are the same string and no cache can help.
 *
 * Deterministic for a given seed.
 *
 * @module
 */
import { readdirSync, readFileSync } from 'node:fs'
import { join, relative } from 'node:path'

/**
 * A seeded pseudo-random generator (mulberry32): a function returning
 * floats in [0, 1).
 *
 * @param {number} seed
 * @returns {() => number}
 */
export function random(seed) {
  let state = seed >>> 0
  return () => {
    state = (state + 0x6d2b79f5) >>> 0
    let t = state
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

/**
 * @template T
 * @param {() => number} rng
 * @param {readonly T[]} list
 * @returns {T}
 */
function pick(rng, list) {
  return /** @type {T} */ (list[Math.floor(rng() * list.length)])
}

/**
 * Every file under `dir`, recursively, as paths.
 *
 * @param {string} dir
 * @returns {string[]}
 */
function walk(dir) {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory() ? walk(join(dir, entry.name)) : [join(dir, entry.name)],
  )
}

/** Articles shorter than this (in characters) are test snippets, not articles. */
const MIN_ARTICLE = 200

/**
 * The articles in `fixtures/`: every non-trivial `.txt` file and every
 * `"text"` of a `.jsonl` record (plain text), and every non-trivial `.md`
 * file but a README (Markdown).
 *
 * @param {string} root the fixtures directory
 * @returns {{ text: { name: string, body: string }[], markdown: { name: string, body: string }[] }}
 */
export function loadFixtures(root) {
  /** @type {{ name: string, body: string }[]} */
  const text = []
  /** @type {{ name: string, body: string }[]} */
  const markdown = []
  for (const path of walk(root).sort()) {
    const name = relative(root, path)
    // A fixture directory's README documents the fixtures: it is no article.
    if (/(?:^|\/)README\.md$/.test(name)) continue
    if (path.endsWith('.txt')) text.push({ name, body: readFileSync(path, 'utf8') })
    else if (path.endsWith('.md')) markdown.push({ name, body: readFileSync(path, 'utf8') })
    else if (path.endsWith('.jsonl')) {
      readFileSync(path, 'utf8')
        .split('\n')
        .forEach((line, i) => {
          const record = line.trim() ? JSON.parse(line) : null
          if (typeof record?.text === 'string') text.push({ name: `${name}:${i + 1}`, body: record.text })
        })
    }
  }
  const long = (/** @type {{ body: string }} */ a) => a.body.length >= MIN_ARTICLE
  return { text: text.filter(long), markdown: markdown.filter(long) }
}

/**
 * An article's paragraphs: blank-line-separated, or one per line when it
 * has no blank line (as scraped text often has). BOM and CR removed.
 *
 * @param {string} body
 * @returns {string[]}
 */
export function paragraphs(body) {
  const clean = body.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n')
  const split = /\n[ \t]*\n/.test(clean) ? clean.split(/\n[ \t]*\n/) : clean.split('\n')
  return split.map((p) => p.trim()).filter((p) => p !== '')
}

const names = ['Esper', 'Milley', 'Okafor', 'Lindqvist', 'Haddad', 'Moreau', 'Tanaka', 'Costa', 'Novak']
const nonces = ['meanwhile', 'notably', 'separately', 'earlier', 'later', 'again', 'still', 'also']

/**
 * A small random variation of an article's paragraphs: digits changed,
 * one surname swapped for another, an adverb added, the body paragraphs
 * rotated (the headline stays first), and sometimes curly double quotes
 * made straight.
 *
 * @param {string[]} paras
 * @param {() => number} rng
 * @returns {string[]}
 */
export function vary(paras, rng) {
  const from = pick(rng, names)
  const to = pick(rng, names)
  const straight = rng() < 0.2
  const varied = paras.map((p) => {
    let out = p.replace(/[0-9]/g, (d) => (rng() < 0.3 ? String(Math.floor(rng() * 10)) : d))
    out = out.replaceAll(from, to)
    if (straight) out = out.replace(/[\u201C\u201D]/g, '"')
    return out
  })
  const [head = '', ...body] = varied
  const turn = body.length > 0 ? Math.floor(rng() * body.length) : 0
  const rotated = [...body.slice(turn), ...body.slice(0, turn)]
  const at = Math.floor(rng() * (rotated.length || 1))
  const nonce = pick(rng, nonces)
  if (/^[A-Z]/.test(rotated[at] ?? ''))
    rotated[at] = `${nonce.slice(0, 1).toUpperCase()}${nonce.slice(1)}, ${rotated[at]}`
  return [head, ...rotated]
}

/**
 * Plain-text rendering: paragraphs separated by blank lines.
 *
 * @param {string[]} paras
 * @returns {string}
 */
export function asText(paras) {
  return `${paras.join('\n\n')}\n`
}

/**
 * Markdown rendering of an article's paragraphs: the first as a heading,
 * some quote paragraphs as blockquotes, emphasis, links and a short list,
 * as converted web articles look.
 *
 * @param {string[]} paras
 * @param {() => number} rng
 * @returns {string}
 */
export function asMarkdown(paras, rng) {
  const [head = '', ...body] = paras
  const blocks = [`# ${head}`]
  body.forEach((p, i) => {
    let out = p.replace(/([*_`<>[\]\\#])/g, '\\$1')
    const words = out.split(' ')
    if (words.length > 6 && rng() < 0.4) {
      const w = 1 + Math.floor(rng() * (words.length - 2))
      words[w] =
        rng() < 0.5 ? `*${words[w]}*` : `[${words[w]}](https://example.com/${i}/${Math.floor(rng() * 1e6)})`
      out = words.join(' ')
    }
    if (/[\u201C"]/.test(out) && rng() < 0.25) out = `> ${out}`
    blocks.push(out)
    if (rng() < 0.08) blocks.push(`- ${pick(rng, nonces)} item one\n- ${pick(rng, nonces)} item two`)
  })
  return `${blocks.join('\n\n')}\n`
}

/**
 * One varied article in the given format, from a random article of the
 * pool, as a file read gives it ({@link asRead}).
 *
 * @param {{ text: { body: string }[], markdown: { body: string }[] }} pool
 * @param {'text' | 'markdown'} format
 * @param {() => number} rng
 * @returns {string}
 */
export function article(pool, format, rng) {
  return asRead(composed(pool, format, rng))
}

/**
 * `text` as reading it from a UTF-8 file gives it (`fs.readFileSync(path,
 * 'utf8')`, as the CLI does, or `JSON.parse` of an NDJSON line): one flat
 * string. An article composed with `join` and template literals is a V8
 * "cons" string, which its first reader pays to flatten; in the bench that
 * was always newsmark (remark-parse then read the flattened string), and it
 * cost newsmark 40% on 1,000 text articles and remark-parse 4% (measured
 * here), a cost of how the corpus was built, not of either parser.
 *
 * @param {string} text
 * @returns {string}
 */
export function asRead(text) {
  return Buffer.from(text, 'utf8').toString('utf8')
}

/**
 * One varied article in the given format, as composed (see {@link article}).
 *
 * @param {Parameters<typeof article>[0]} pool
 * @param {'text' | 'markdown'} format
 * @param {() => number} rng
 * @returns {string}
 */
function composed(pool, format, rng) {
  if (format === 'text') return asText(vary(paragraphs(pick(rng, pool.text).body), rng))
  // Markdown: the Markdown fixtures as written (varied), and the text fixtures dressed as Markdown.
  const all = [
    ...pool.markdown.map((a) => ({ md: true, body: a.body })),
    ...pool.text.map((a) => ({ md: false, body: a.body })),
  ]
  const chosen = pick(rng, all)
  if (chosen.md)
    return asText(
      vary(
        chosen.body
          .split(/\n[ \t]*\n/)
          .map((p) => p.trim())
          .filter(Boolean),
        rng,
      ),
    )
  return asMarkdown(vary(paragraphs(chosen.body), rng), rng)
}

/**
 * Varied articles in `format`, `count` of them.
 *
 * @param {Parameters<typeof article>[0]} pool
 * @param {'text' | 'markdown'} format
 * @param {number} count
 * @param {() => number} rng
 * @returns {string[]}
 */
export function articles(pool, format, count, rng) {
  return Array.from({ length: count }, () => article(pool, format, rng))
}

/**
 * One document of at least `bytes` UTF-8 bytes: varied articles one after
 * another, separated by a blank line.
 *
 * @param {Parameters<typeof article>[0]} pool
 * @param {'text' | 'markdown'} format
 * @param {number} bytes
 * @param {() => number} rng
 * @returns {{ text: string, articles: number }}
 */
export function document(pool, format, bytes, rng) {
  const parts = []
  let size = 0
  while (size < bytes) {
    const next = article(pool, format, rng)
    parts.push(next)
    size += Buffer.byteLength(next) + 1
  }
  return { text: asRead(parts.join('\n')), articles: parts.length }
}
