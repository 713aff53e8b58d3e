/**
 * `--input ndjson --jobs N` (worker threads) and `--profile`, through the
 * built CLI (`npm test` builds first).
 */
import { spawnSync } from 'node:child_process'
import { describe, expect, it } from 'vitest'
import { annotate } from '../src/annotate.js'
import { emptyProfile, formatProfile, profileStages } from '../src/cli/profile.js'
import { builtFile } from './helpers/deadline.js'

const cli = builtFile('cli.js')
const TIMEOUT_MS = 120_000

function run(args: string[], stdin: string) {
  const result = spawnSync(process.execPath, [cli, ...args], { input: stdin, encoding: 'utf8' })
  return { code: result.status, stdout: result.stdout, stderr: result.stderr }
}

const lines = (stdout: string) =>
  stdout
    .trimEnd()
    .split('\n')
    .map((line) => JSON.parse(line))

/** Records of very different sizes, so that workers finish them out of order. */
const records = Array.from({ length: 40 }, (_, i) => ({
  id: `r${i}`,
  text: `“Number ${i} is here,” the minister said. `.repeat(i % 7 === 0 ? 300 : 1),
}))
const ndjson = `${records.map((r) => JSON.stringify(r)).join('\n')}\n`

describe('--jobs N', () => {
  it('writes results in input order, equal to annotate(), for any number of jobs', {
    timeout: TIMEOUT_MS,
  }, () => {
    const expected = records.map(({ id, text }) => ({ id, ...annotate(text) }))
    for (const jobs of ['1', '2', '3']) {
      const { code, stdout, stderr } = run(['--input', 'ndjson', '--jobs', jobs], ndjson)
      expect(stderr).toBe('')
      expect(code).toBe(0)
      expect(lines(stdout)).toEqual(expected)
    }
  })

  it('reports bad records in order, on both streams, and goes on', { timeout: TIMEOUT_MS }, () => {
    const input = [
      'not json',
      JSON.stringify({ id: 'a', text: '“Yes,” she said.' }),
      '',
      '[1]',
      '{"id":"b"}',
    ].join('\n')
    const { code, stdout, stderr } = run(['--input', 'ndjson', '--jobs', '2'], input)
    expect(code).toBe(1)
    expect(lines(stdout).map((l) => [l.id, l.line ?? null])).toEqual([
      [null, 1],
      ['a', null],
      [null, 4],
      ['b', 5],
    ])
    expect(stderr.trimEnd().split('\n')).toEqual([
      'newsmark: record on line 1: invalid NDJSON line: not JSON',
      'newsmark: record on line 4: invalid record: expected an object {"id", "text", "format"?}',
      'newsmark: record on line 5 (id "b"): invalid record: "text" must be a string',
    ])
  })

  it.each([['0'], ['-1'], ['two'], ['1.5'], ['100000']])('rejects --jobs %s as a usage error', (jobs) => {
    const { code, stderr } = run(['--input', 'ndjson', `--jobs=${jobs}`], '')
    expect(code).toBe(2)
    expect(stderr).toMatch(/--jobs must be a whole number from 1 to 9999/)
  })

  it('is refused outside --input ndjson', () => {
    const { code, stderr } = run(['--jobs', '2'], 'x')
    expect(code).toBe(2)
    expect(stderr).toMatch(/--jobs and --profile work with --input ndjson/)
  })
})

describe('--profile', () => {
  for (const jobs of ['1', '2']) {
    it(`prints every stage's time to stderr and leaves stdout as it was (--jobs ${jobs})`, {
      timeout: TIMEOUT_MS,
    }, () => {
      const plain = run(['--input', 'ndjson', '--jobs', jobs], ndjson)
      const profiled = run(['--input', 'ndjson', '--jobs', jobs, '--profile'], ndjson)
      expect(profiled.code).toBe(0)
      expect(profiled.stdout).toBe(plain.stdout)
      const characters = records.reduce((sum, r) => sum + r.text.length, 0)
      expect(profiled.stderr).toMatch(
        new RegExp(`^newsmark profile: 40 input\\(s\\), ${(characters / 1e6).toFixed(2)} M characters`),
      )
      for (const stage of profileStages)
        expect(profiled.stderr).toMatch(new RegExp(`^  ${stage} +[\\d.]+ ms`, 'm'))
    })
  }

  it('formats stage times with their shares', () => {
    const profile = emptyProfile()
    profile.stages.parse = 30
    profile.stages.quotes = 70
    profile.inputs = 2
    profile.characters = 1_500_000
    expect(formatProfile(profile)).toBe(
      [
        'newsmark profile: 2 input(s), 1.50 M characters, 100.0 ms in annotate',
        '  parse           30.0 ms   30.0 %',
        '  blocks           0.0 ms    0.0 %',
        '  tweets           0.0 ms    0.0 %',
        '  quotes          70.0 ms   70.0 %',
        '  speakers         0.0 ms    0.0 %',
        '  model            0.0 ms    0.0 %',
        '',
      ].join('\n'),
    )
  })
})
