/**
 * The CLI, run as a child process from the build (`npm test` builds first).
 */
import { spawnSync } from 'node:child_process'
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { describe, expect, it } from 'vitest'
import { annotate } from '../src/annotate.js'

const cli = fileURLToPath(new URL('../dist/cli.js', import.meta.url))
const fixture = (name: string) => fileURLToPath(new URL(`../fixtures/${name}`, import.meta.url))
const packageJson = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')) as {
  version: string
}

function run(args: string[], stdin?: string | Buffer) {
  const result = spawnSync(process.execPath, [cli, ...args], { input: stdin ?? '', encoding: 'utf8' })
  return { code: result.status, stdout: result.stdout, stderr: result.stderr }
}

const scratch = mkdtempSync(join(tmpdir(), 'newsmark-cli-'))

describe('newsmark CLI', () => {
  it('prints the document for a file, equal to annotate()', () => {
    const { code, stdout, stderr } = run([fixture('iraq-troops.txt')])
    expect(stderr).toBe('')
    expect(code).toBe(0)
    expect(JSON.parse(stdout)).toEqual(annotate(readFileSync(fixture('iraq-troops.txt'), 'utf8')))
  })

  it('reads Markdown by extension, and --format overrides it', () => {
    const md = fixture('input/article.md')
    expect(JSON.parse(run([md]).stdout).format).toBe('markdown')
    expect(JSON.parse(run(['--format', 'text', md]).stdout).format).toBe('text')
  })

  it('reads HTML by extension (.html, .htm) and with --format html', () => {
    const page = '<html><body><article><p>“We will see,” the governor said.</p></article></body></html>'
    const file = join(scratch, 'page.htm')
    writeFileSync(file, page)
    const byExtension = JSON.parse(run([file]).stdout)
    expect(byExtension).toEqual(annotate(page, { format: 'html' }))
    expect(byExtension.text).toBe('“We will see,” the governor said.')
    expect(JSON.parse(run(['--format', 'html'], page).stdout).format).toBe('html')
  })

  it('reads standard input when no file is named', () => {
    const input = '“We are ready,” the minister said.'
    const { code, stdout } = run([], input)
    expect(code).toBe(0)
    expect(JSON.parse(stdout)).toEqual(annotate(input))
  })

  it('writes one NDJSON line per file with a file field', () => {
    const txt = fixture('iraq-troops.txt')
    const md = fixture('input/article.md')
    const { code, stdout } = run(['--output', 'ndjson', txt, md])
    expect(code).toBe(0)
    const lines = stdout
      .trimEnd()
      .split('\n')
      .map((line) => JSON.parse(line))
    expect(lines.map((l) => [l.file, l.format])).toEqual([
      [txt, 'text'],
      [md, 'markdown'],
    ])
  })

  it('streams NDJSON records in order, reporting bad records and going on', () => {
    const records = [
      JSON.stringify({ id: 'a', text: '“Yes,” she said.' }),
      'not json',
      JSON.stringify({ id: 'b', text: 42 }),
      JSON.stringify({ id: 'c', text: '# Title', format: 'markdown' }),
      JSON.stringify({ id: 'd', text: 'x', format: 'pdf' }),
    ].join('\n')
    const { code, stdout, stderr } = run(['--input', 'ndjson'], records)
    expect(code).toBe(1)
    const lines = stdout
      .trimEnd()
      .split('\n')
      .map((line) => JSON.parse(line))
    expect(lines.map((l) => l.id)).toEqual(['a', null, 'b', 'c', 'd'])
    expect(lines[0]).toEqual({ id: 'a', ...annotate('“Yes,” she said.') })
    expect(lines[1]).toEqual({ id: null, line: 2, error: 'invalid NDJSON line: not JSON' })
    expect(lines[2].error).toBe('invalid record: "text" must be a string')
    expect(lines[3].format).toBe('markdown')
    expect(lines[4].error).toMatch(/unknown format "pdf"/)
    expect(stderr).toContain('record on line 2')
    expect(stderr).toContain('record on line 3 (id "b")')
  })

  it('names a missing file, a directory and a non-UTF-8 file, goes on with the rest, exits 1', () => {
    const binary = join(scratch, 'latin1.txt')
    writeFileSync(binary, Buffer.from([0x63, 0x61, 0x66, 0xe9, 0x0a]))
    const good = fixture('input/empty.txt')
    const { code, stdout, stderr } = run([
      '--output',
      'ndjson',
      join(scratch, 'missing.txt'),
      scratch,
      binary,
      good,
    ])
    expect(code).toBe(1)
    expect(stderr).toContain(`'${join(scratch, 'missing.txt')}': no such file`)
    expect(stderr).toContain(`'${scratch}': is a directory`)
    expect(stderr).toContain(`'${binary}': not UTF-8 text`)
    const lines = stdout
      .trimEnd()
      .split('\n')
      .map((line) => JSON.parse(line))
    expect(lines.map((l) => l.error ?? 'ok')).toEqual([
      'no such file',
      'is a directory',
      'not UTF-8 text',
      'ok',
    ])
  })

  it('exits 2 with a usage hint on a bad option or value', () => {
    for (const args of [
      ['--format', 'pdf'],
      ['--bogus'],
      ['--output', 'xml'],
      ['--input', 'ndjson', 'file.txt'],
    ]) {
      const { code, stderr, stdout } = run(args)
      expect(code).toBe(2)
      expect(stdout).toBe('')
      expect(stderr).toMatch(/^newsmark: .+\nTry 'newsmark --help'\.\n$/)
    }
  })

  it('prints help and version', () => {
    expect(run(['--help']).stdout).toMatch(/^Usage: newsmark/)
    expect(run(['--version']).stdout).toBe(`${packageJson.version}\n`)
  })
})
