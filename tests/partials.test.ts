import { spawnSync } from 'node:child_process'
import { fileURLToPath } from 'node:url'
import { describe, expect, it } from 'vitest'
import { evaluate } from '../src/eval/evaluate.js'
import { formatReport } from '../src/eval/report.js'
import { speechCueWords } from '../src/eval/speech-cues.js'
import { annotate, NewsmarkTypeError } from '../src/index.js'

// A scare quote no one is said to have said, a partial with a source, and a direct quote.
const text =
  'The so-called “reform” passed on Monday.\n' +
  'Senator Ann Lee has used the phrase “deep state” often.\n' +
  '“We will repeal it,” Senator Ann Lee said.'

function kinds(partials?: 'all' | 'attributed' | 'none'): string[] {
  return annotate(text, partials === undefined ? {} : { partials }).quotes.map((q) => `${q.type}:${q.text}`)
}

describe('the partials option', () => {
  it('reports every partial by default and with partials: all', () => {
    expect(kinds()).toEqual(['partial:reform', 'partial:deep state', 'direct:We will repeal it,'])
    expect(kinds('all')).toEqual(kinds())
  })

  it('keeps only the partials with a speaker or cue with partials: attributed, and renumbers the ids', () => {
    expect(kinds('attributed')).toEqual(['partial:deep state', 'direct:We will repeal it,'])
    const doc = annotate(text, { partials: 'attributed' })
    expect(doc.quotes.map((q) => q.id)).toEqual(['q1', 'q2'])
    expect(doc.quotes[0]!.speaker?.text).toBe('Senator Ann Lee')
  })

  it('drops every partial with partials: none', () => {
    expect(kinds('none')).toEqual(['direct:We will repeal it,'])
  })

  it('rejects an unknown value with a typed error', () => {
    expect(() => annotate(text, { partials: 'some' as never })).toThrow(NewsmarkTypeError)
    expect(() => annotate(text, { partials: 'some' as never })).toThrow(
      /unknown partials option string "some"; expected one of 'all', 'attributed', 'none'/,
    )
  })

  it('is passed through by the eval and named in its report', () => {
    const gold = [{ id: 'd', text, quotes: [], tweets: [], people: [] }]
    const options = { gold: 'g', reported: 'speech' as const, cues: new Set(speechCueWords) }
    const all = evaluate(gold as never, options)
    const attributed = evaluate(gold as never, { ...options, partials: 'attributed' })
    expect(all.slices['direct+mixed'].predicted).toBe(3)
    expect(attributed.slices['direct+mixed'].predicted).toBe(2)
    expect(formatReport(attributed).split('\n')[0]).toBe(
      'newsmark eval: g (1 document, reported: speech, partials: attributed)',
    )
    expect(formatReport(all).split('\n')[0]).toBe('newsmark eval: g (1 document, reported: speech)')
  })
})

describe('newsmark --partials', () => {
  const cli = fileURLToPath(new URL('../dist/cli.js', import.meta.url))
  const run = (args: string[], input: string) =>
    spawnSync(process.execPath, [cli, ...args], { input, encoding: 'utf8' })

  it('passes the option to annotate(), for files and for NDJSON records', () => {
    const plain = run(['--partials', 'attributed'], text)
    expect(plain.status).toBe(0)
    expect(JSON.parse(plain.stdout)).toEqual(annotate(text, { partials: 'attributed' }))
    const batch = run(
      ['--input', 'ndjson', '--jobs', '1', '-p', 'none'],
      `${JSON.stringify({ id: 1, text })}\n`,
    )
    expect(batch.status).toBe(0)
    expect(JSON.parse(batch.stdout).quotes.map((q: { type: string }) => q.type)).toEqual(['direct'])
  })

  it('exits 2 on an unknown value', () => {
    const bad = run(['--partials', 'some'], text)
    expect(bad.status).toBe(2)
    expect(bad.stderr).toContain("--partials must be one of all, attributed, none, got 'some'")
  })
})
