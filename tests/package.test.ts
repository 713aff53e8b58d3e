/**
 * The built package as consumers load it: ESM import, CommonJS require()
 * (Node >= 20.19 loads ES modules synchronously), and the schema export.
 */
import { spawnSync } from 'node:child_process'
import { readFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { describe, expect, it } from 'vitest'

const root = fileURLToPath(new URL('..', import.meta.url))

function node(args: string[]) {
  return spawnSync(process.execPath, args, { cwd: root, encoding: 'utf8' })
}

describe('the built package', () => {
  it('can be required from CommonJS on Node >= 20.19', () => {
    const script = `const { annotate, remarkNewsmark } = require('newsmark');
      const doc = annotate('“Fine,” he said.');
      console.log(JSON.stringify({ version: doc.version, plugin: typeof remarkNewsmark }))`
    const result = node(['-e', script])
    expect(result.stderr).not.toMatch(/Error/)
    expect(JSON.parse(result.stdout)).toEqual({ version: 1, plugin: 'function' })
  })

  it('can be imported as ESM, and exports the schema and package.json', () => {
    const script = `import { annotate } from 'newsmark'
      import { createRequire } from 'node:module'
      const require = createRequire(import.meta.url)
      const schema = require('newsmark/schema.json')
      const pkg = require('newsmark/package.json')
      console.log(JSON.stringify({ format: annotate('# x', { format: 'markdown' }).format, title: schema.title, name: pkg.name }))`
    const result = node(['--input-type=module', '-e', script])
    expect(JSON.parse(result.stdout)).toEqual({ format: 'markdown', title: 'NewsDocument', name: 'newsmark' })
  })

  it('declares the engines and exports the package contract promises', () => {
    const pkg = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8'))
    expect(pkg.type).toBe('module')
    expect(pkg.engines.node).toBe('>=20.19')
    expect(Object.keys(pkg.exports['.'])[0]).toBe('types')
    expect(pkg.sideEffects).toBe(false)
  })
})
