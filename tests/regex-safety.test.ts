/**
 * No regular expression in src/ may backtrack super-linearly on long input.
 *
 * Every regex literal and every `RegExp(...)` call in src/ is found with the
 * TypeScript parser and checked with recheck (a ReDoS checker that combines
 * automata analysis with fuzzing: it searches for an attack string and
 * reports the worst-case complexity). A regex it does not prove linear must
 * be listed below, either as bounded (it only ever runs on a slice of at
 * most {@link MAX_BOUNDED} code units, taken right before the call) or as a
 * known problem that has been reported and awaits its fix. The rule for new
 * regexes is in CONTRIBUTING.md.
 */
import { readdirSync, readFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { check } from 'recheck'
import ts from 'typescript'
import { describe, expect, it } from 'vitest'

const srcDir = fileURLToPath(new URL('../src/', import.meta.url))

/** The longest input a regex that recheck flags may be given for it to count as bounded. */
const MAX_BOUNDED = 300

/** A regex found in src/. */
interface Found {
  /** `file /source/flags`: the key of the allowlists below. */
  key: string
  /** `file:line`, for messages. */
  where: string
  source: string
  flags: string
}

/**
 * Regexes recheck flags that only ever run on a slice of at most
 * {@link MAX_BOUNDED} code units, with the place that bounds it.
 */
const bounded: Record<string, { bound: number; where: string }> = {}

/**
 * Regexes recheck flags that can see long input: reported with the fix,
 * listed here so that the check stays strict for every other regex. Remove
 * an entry when its regex is fixed (the test fails on stale entries).
 */
const knownToFix: Record<string, string> = {}

/** Every regex literal and `RegExp(...)`/`new RegExp(...)` call in `file`; dynamic ones have `source` null. */
function regexesIn(file: string): Array<Omit<Found, 'source'> & { source: string | null }> {
  const text = readFileSync(`${srcDir}${file}`, 'utf8')
  const sourceFile = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, true)
  const found: Array<Omit<Found, 'source'> & { source: string | null }> = []
  const add = (node: ts.Node, source: string | null, flags: string) => {
    const line = sourceFile.getLineAndCharacterOfPosition(node.getStart()).line + 1
    found.push({ key: `${file} /${source}/${flags}`, where: `src/${file}:${line}`, source, flags })
  }
  const literal = (node: ts.Expression | undefined) =>
    node && (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node)) ? node.text : null
  const visit = (node: ts.Node): void => {
    if (node.kind === ts.SyntaxKind.RegularExpressionLiteral) {
      const written = node.getText()
      const end = written.lastIndexOf('/')
      add(node, written.slice(1, end), written.slice(end + 1))
    } else if (
      (ts.isNewExpression(node) || ts.isCallExpression(node)) &&
      ts.isIdentifier(node.expression) &&
      node.expression.text === 'RegExp'
    ) {
      const [pattern, flags] = node.arguments ?? []
      add(node, literal(pattern), flags === undefined ? '' : (literal(flags) ?? '?'))
    }
    ts.forEachChild(node, visit)
  }
  visit(sourceFile)
  return found
}

const files = readdirSync(srcDir, { recursive: true, encoding: 'utf8' })
  .filter((file) => file.endsWith('.ts'))
  .map((file) => file.split('\\').join('/'))
  .sort()
const all = files.flatMap(regexesIn)
const literals = all.filter((r): r is Found => r.source !== null)

describe('regex safety', () => {
  it('finds the regexes of src/', () => {
    expect(files.length).toBeGreaterThan(10)
    expect(literals.length).toBeGreaterThan(20)
  })

  it('builds every RegExp from literals (a dynamic pattern cannot be checked)', () => {
    expect(all.filter((r) => r.source === null || r.flags === '?').map((r) => r.where)).toEqual([])
  })

  it(`counts as bounded only regexes that see at most ${MAX_BOUNDED} code units`, () => {
    expect(Object.values(bounded).filter(({ bound }) => bound > MAX_BOUNDED)).toEqual([])
  })

  it('lists no regex that is gone from src/', () => {
    const keys = new Set(literals.map((r) => r.key))
    expect(Object.keys({ ...bounded, ...knownToFix }).filter((key) => !keys.has(key))).toEqual([])
  })

  for (const regex of literals) {
    it(`${regex.where} /${regex.source}/${regex.flags}`, { timeout: 120_000 }, async () => {
      const result = await check(regex.source, regex.flags, { timeout: 60_000 })
      if (result.status === 'safe') return
      const listed = bounded[regex.key] ?? knownToFix[regex.key]
      const finding =
        result.status === 'vulnerable'
          ? `${result.complexity.type} backtracking, attack ${result.attack.pattern.slice(0, 80)}`
          : `recheck could not decide (${result.error.kind})`
      expect(listed, `${regex.where}: ${finding}; see CONTRIBUTING.md`).toBeDefined()
    })
  }
})
