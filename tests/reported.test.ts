import { fileURLToPath } from 'node:url'
import { describe, expect, it } from 'vitest'
import { annotate } from '../src/annotate.js'
import { testQuoteFixtures } from './helpers/quote-fixtures.js'

const dir = fileURLToPath(new URL('../fixtures/reported/', import.meta.url))

describe('reported speech fixtures', () => {
  testQuoteFixtures(dir)
})

describe('reported clauses', () => {
  it('gives participle reports a lower confidence', () => {
    const [q] = annotate('Mr Milley said, stressing there was no withdrawal being planned.').quotes
    expect(q?.confidence).toBeLessThan(0.6)
    const [plain] = annotate('Mr Esper has said the letter is not accurate.').quotes
    expect(plain?.confidence).toBeGreaterThan(0.8)
    // An adverb before the participle keeps it a participle; an auxiliary makes it a finite cue.
    const [adverb] = annotate('He left the stage, even suggesting he had been sabotaged.').quotes
    expect(adverb?.cue?.text).toBe('even suggesting')
    expect(adverb?.confidence).toBeLessThan(0.6)
    const [finite] = annotate('The senator is still saying the vote was rigged.').quotes
    expect(finite?.confidence).toBeGreaterThan(0.8)
  })

  it('gives the weak new patterns a lower confidence than a plain report', () => {
    for (const input of [
      'The mayor doubted the senator’s claim that crime had doubled.',
      'The budget gap was first reported by the Globe.',
      'Dean began by saying he would never comment.',
    ]) {
      const [q] = annotate(input).quotes
      expect(q?.confidence, input).toBeLessThanOrEqual(0.6)
    }
  })

  it('never cross a sentence or paragraph boundary', () => {
    const input = [
      'Officials said the vote was close. The count continues tonight.',
      '',
      'The governor told reporters the result would stand. Nobody objected.',
      '',
      'Aides said',
      '',
      'the plan was dead.',
    ].join('\n')
    const quotes = annotate(input).quotes
    expect(quotes.map((q) => q.text)).toEqual(['the vote was close', 'the result would stand'])
    for (const q of quotes) expect(q.text).not.toMatch(/[.\n]/)
  })

  it('never makes two reported clauses that cross', () => {
    for (const input of [
      'Third: “Quoted words,” she said.',
      'The mayor said the plan, “a bold one,” he added, would pass.',
      'Officials said the road is closed, and the bridge, the police said, is unsafe.',
    ]) {
      const quotes = annotate(input).quotes
      for (const a of quotes) {
        for (const b of quotes) {
          if (a === b) continue
          const crossing =
            a.quote.start < b.quote.start && b.quote.start < a.quote.end && a.quote.end < b.quote.end
          expect(crossing, `${a.text} / ${b.text}`).toBe(false)
        }
      }
    }
  })

  it('does not take a noun for a cue', () => {
    expect(annotate('In one tweet Friday, the report was shared widely.').quotes).toEqual([])
    expect(annotate('Editor’s note: the story was updated on Monday.').quotes).toEqual([])
  })

  it('reads stance and topic verbs with their particle only under reported: all', () => {
    const input = 'The senator railed against the trade deal. Ms. Lee voted against the bill.'
    expect(annotate(input).quotes).toEqual([])
    expect(annotate(input, { reported: 'all' }).quotes.map((q) => q.cue?.text)).toEqual([
      'railed against',
      'voted against',
    ])
    // Without the particle the verb is no cue.
    expect(annotate('The vote was close.', { reported: 'all' }).quotes).toEqual([])
  })

  it('ends a content at a coordinated belief cue only under reported: all', () => {
    const input = 'The senator said the deal was “a fraud” and encouraged voters to reject it.'
    expect(annotate(input).quotes.map((q) => q.text)).toEqual([
      'the deal was “a fraud” and encouraged voters to reject it',
    ])
    expect(annotate(input, { reported: 'all' }).quotes.map((q) => q.text)).toEqual([
      'the deal was “a fraud”',
      'voters to reject it',
    ])
  })

  it('takes a one-word content only as the named object of a stance', () => {
    expect(annotate('The union endorsed Clinton.').quotes).toEqual([])
    expect(annotate('The union endorsed Clinton.', { reported: 'all' }).quotes.map((q) => q.text)).toEqual([
      'Clinton',
    ])
    // A speech cue's one word reports nothing ("said no"), nor does a thing ("defended it").
    expect(annotate('The senator said yesterday.', { reported: 'all' }).quotes).toEqual([])
    expect(annotate('She defended it.', { reported: 'all' }).quotes).toEqual([])
  })

  it('reads a passive cue as no attribution of its subject', () => {
    expect(annotate('The memo has been confirmed independently by an Iraqi source.').quotes).toEqual([])
  })
})

describe('where a reported clause ends', () => {
  // contentEnd and the object and appositive rules check words and marks apart: each rule, once.
  it('ends the content at each word and mark rule, and nowhere else', () => {
    const cases: [string, string][] = [
      [
        'The mayor said the bridge would reopen in May; the council disagreed.',
        'the bridge would reopen in May',
      ],
      ['The mayor said the bridge would reopen in May, prompting cheers.', 'the bridge would reopen in May'],
      [
        'The mayor said the bridge would reopen in May in a statement on Thursday.',
        'the bridge would reopen in May',
      ],
      [
        'The mayor said the bridge would reopen in May — a promise made before.',
        'the bridge would reopen in May',
      ],
      [
        'The mayor said the bridge would reopen in May, despite the floods.',
        'the bridge would reopen in May',
      ],
      [
        'The mayor said the bridge would reopen soon https://example.com/bridge for details.',
        'the bridge would reopen soon',
      ],
      ['The mayor praised the new bridge design during the meeting.', 'the new bridge design'],
      ['The mayor praised the bridge but also had to delay the road.', 'the bridge'],
      [
        'Critics say the money could be better spent on schools, the biggest cost.',
        'the money could be better spent on schools',
      ],
      [
        'The mayor said the bridge, which is old, would reopen in May.',
        'the bridge, which is old, would reopen in May',
      ],
    ]
    for (const [input, content] of cases)
      expect(
        annotate(input).quotes.map((q) => q.text),
        input,
      ).toEqual([content])
    const coordinated = annotate(
      'The mayor said the bridge would reopen in May and added that the road would not.',
    )
    expect(coordinated.quotes.map((q) => q.text)).toEqual([
      'the bridge would reopen in May',
      'the road would not',
    ])
  })
})
