import { existsSync } from 'node:fs'
import { readFile } from 'node:fs/promises'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { evalCommand, parseEvalArguments } from '../src/eval/command.js'
import { addDocumentErrors, emptyErrors, showInContext } from '../src/eval/errors.js'
import { evaluate } from '../src/eval/evaluate.js'
import {
  type GoldDocument,
  type GoldQuote,
  type GoldTweet,
  loadGold,
  parseGold,
  toGoldDocument,
} from '../src/eval/gold.js'
import { greedyMatch, overlappingPairs } from '../src/eval/match.js'
import { overlapLength, quoteRanges, trimRange } from '../src/eval/ranges.js'
import { formatReport, sliceReport, throughput } from '../src/eval/report.js'
import { f1, isLooseMatch, scoreDocument, scoreTweets, sliceMetrics, sumSlices } from '../src/eval/score.js'
import { cueHeadWord, goldSlices, isSpeechCue, type SliceName } from '../src/eval/slices.js'
import { parseCueList, speechCueWords } from '../src/eval/speech-cues.js'
import type { NewsDocument, Quote, QuoteType, Speaker, Tweet } from '../src/model.js'
import type { Range } from '../src/span.js'

/**
 * The CI floor: each slice's F1 (loose) must reach these on the seed fixture
 * and on PolNeAR dev; set a little under the measured values (in the
 * comments), so that a real loss fails CI. Raise them as the detectors improve.
 */
const f1Floors: Readonly<Record<'seed' | 'polnear', Readonly<Record<SliceName, number>>>> = {
  // Measured at c77171a: 1.000, 1.000, 0.933, 0.960.
  seed: { direct: 0.95, 'direct+mixed': 0.95, 'indirect-speech': 0.9, all: 0.95 },
  // Measured after the reported-speech merge of the third session: 0.985, 0.869, 0.832, 0.673.
  polnear: { direct: 0.97, 'direct+mixed': 0.85, 'indirect-speech': 0.81, all: 0.65 },
}

/**
 * The floor on PolNeAR dev's `all` slice with `reported: 'all'` (beliefs,
 * plans and stances too), issue 5's target being .70. Measured after the
 * reported-speech merge of the third session: 0.713.
 */
const allBreadthFloor = 0.7

/**
 * Floors on speaker and cue accuracy (over matched quotes) on PolNeAR dev,
 * for the slices whose targets (issues 4 and 5: at least .90 speaker and cue
 * on direct+mixed, .85 speaker and .90 cue on indirect-speech) are met.
 * Measured at c77171a: direct+mixed .918 / .902, indirect-speech .961 / .967.
 */
const attributionFloors: Readonly<Partial<Record<SliceName, { speaker: number; cue: number }>>> = {
  'direct+mixed': { speaker: 0.9, cue: 0.89 },
  'indirect-speech': { speaker: 0.94, cue: 0.95 },
}

const cues: ReadonlySet<string> = new Set(speechCueWords)

/** The range of the `nth` occurrence (0-based) of `part` in `text`. */
function at(text: string, part: string, nth = 0): Range {
  let start = -1
  for (let i = 0; i <= nth; i++) {
    start = text.indexOf(part, start + 1)
    if (start === -1) throw new Error(`${part} not in text`)
  }
  return { start, end: start + part.length }
}

function goldQuote(type: QuoteType, quote: Range, extra: Partial<GoldQuote> = {}): GoldQuote {
  return { type, quote, segments: [quote], speaker: null, cue: null, entity: null, optional: false, ...extra }
}

function predictedQuote(type: QuoteType, quote: Range, extra: Partial<Quote> = {}): Quote {
  return {
    id: 'q',
    type,
    text: '',
    quote: { ...quote, text: '' },
    speaker: null,
    speakerId: null,
    cue: null,
    tweetId: null,
    inferred: false,
    confidence: 1,
    ...extra,
  }
}

function span(range: Range): Range & { text: string } {
  return { ...range, text: '' }
}

function speaker(id: string, name: string, mentions: Range[]): Speaker {
  return { id, name, kind: 'person', titles: [], roles: [], handles: [], mentions: mentions.map(span) }
}

function predictedDocument(quotes: Quote[], speakers: Speaker[] = [], tweets: Tweet[] = []): NewsDocument {
  return { version: 1, format: 'text', quotes, speakers, tweets }
}

describe('trimRange', () => {
  const whole = (text: string): Range => ({ start: 0, end: text.length })
  const trimmed = (text: string): string | null => {
    const r = trimRange(text, whole(text))
    return r ? text.slice(r.start, r.end) : null
  }

  it('trims whitespace, quote marks and punctuation at both ends, then a leading "that"', () => {
    expect(trimmed(' “That it works.” ')).toBe('it works')
    expect(trimmed('that “the plan was sound,”')).toBe('the plan was sound')
    expect(trimmed('— (a dash and brackets) —')).toBe('a dash and brackets')
  })

  it('keeps "that" when it is not a whole word, and inner punctuation', () => {
    expect(trimmed('that’s fine')).toBe('that’s fine')
    expect(trimmed('Thatcher said no')).toBe('Thatcher said no')
    expect(trimmed('“Yes,” he said. “No.”')).toBe('Yes,” he said. “No')
  })

  it('gives null when nothing is left', () => {
    expect(trimmed(' “…” ')).toBeNull()
    expect(trimmed('that.')).toBeNull()
  })

  it('works on a range inside a longer text', () => {
    const text = 'He said “that it is over.” Then he left.'
    const r = trimRange(text, { start: 8, end: 26 })
    expect(r).toEqual({ start: 14, end: 24 })
    expect(text.slice(14, 24)).toBe('it is over')
  })
})

describe('overlaps and matching', () => {
  it('sums overlaps of sorted range lists', () => {
    // [0,10) and [20,30) against [5,25): 5 + 5.
    expect(
      overlapLength(
        [
          { start: 0, end: 10 },
          { start: 20, end: 30 },
        ],
        [{ start: 5, end: 25 }],
      ),
    ).toBe(10)
    expect(overlapLength([{ start: 0, end: 5 }], [{ start: 5, end: 9 }])).toBe(0)
  })

  it('finds every overlapping pair, and no other', () => {
    const a = [{ start: 0, end: 10 }, { start: 12, end: 20 }, null]
    const b = [
      { start: 9, end: 13 },
      { start: 30, end: 40 },
      { start: 0, end: 1 },
    ]
    const pairs = overlappingPairs(a, b).sort((x, y) => x[0] - y[0] || x[1] - y[1])
    expect(pairs).toEqual([
      [0, 0],
      [0, 2],
      [1, 0],
    ])
  })

  it('is loose when the overlap is at least half of the larger quote', () => {
    expect(isLooseMatch(50, 100, 60)).toBe(true)
    expect(isLooseMatch(49, 100, 60)).toBe(false)
    expect(isLooseMatch(0, 0, 0)).toBe(false)
  })

  it('matches greedily, largest overlap first, one to one', () => {
    // Prediction 0 overlaps gold 0 by 10 and gold 1 by 12: gold 1 wins, gold 0 is left
    // to prediction 1 (overlap 8), not to prediction 0.
    const pairs = [
      { gold: 0, predicted: 0, overlap: 10 },
      { gold: 1, predicted: 0, overlap: 12 },
      { gold: 0, predicted: 1, overlap: 8 },
      { gold: 1, predicted: 1, overlap: 3 },
    ]
    expect(greedyMatch(pairs, () => true)).toEqual([
      { gold: 1, predicted: 0, overlap: 12 },
      { gold: 0, predicted: 1, overlap: 8 },
    ])
    expect(greedyMatch(pairs, (p) => p.overlap >= 10)).toEqual([{ gold: 1, predicted: 0, overlap: 12 }])
  })
})

describe('slices', () => {
  it('skips auxiliaries and adverbs to find the cue word', () => {
    expect(cueHeadWord('has also said', cues)).toBe('said')
    expect(cueHeadWord('isn’t saying', cues)).toBe('saying')
    expect(cueHeadWord('was first reported by', cues)).toBe('reported')
    expect(cueHeadWord('repeatedly noted', cues)).toBe('noted')
    expect(cueHeadWord('did not supply', cues)).toBe('supply')
    expect(cueHeadWord(':', cues)).toBeNull()
  })

  it('puts speech cues in indirect-speech, beliefs and plans not', () => {
    expect(isSpeechCue('have denied', cues)).toBe(true)
    expect(isSpeechCue('told reporters', cues)).toBe(true)
    expect(isSpeechCue('added:', cues)).toBe(true)
    expect(isSpeechCue('believes', cues)).toBe(false)
    expect(isSpeechCue('is expected', cues)).toBe(false)
    expect(isSpeechCue('did not supply', cues)).toBe(false)
  })

  it('assigns gold quotes to slices by type and cue', () => {
    const q = { start: 0, end: 1 }
    expect(goldSlices(goldQuote('direct', q), 'said', cues)).toEqual(['direct', 'direct+mixed', 'all'])
    expect(goldSlices(goldQuote('mixed', q), 'said', cues)).toEqual(['direct+mixed', 'all'])
    expect(goldSlices(goldQuote('partial', q), null, cues)).toEqual(['all'])
    expect(goldSlices(goldQuote('indirect', q), 'says', cues)).toEqual(['indirect-speech', 'all'])
    expect(goldSlices(goldQuote('indirect', q), 'plans', cues)).toEqual(['all'])
  })

  it('reads a cue list file', () => {
    expect(parseCueList('# comment\nSaid\n\n  tells \r\n')).toEqual(['said', 'tells'])
    expect(speechCueWords).toHaveLength(161)
    expect(speechCueWords.slice(0, 3)).toEqual(['said', 'says', 'say'])
  })
})

// A small article and a prediction with one of everything, scored by hand below.
const article = [
  '“We will win the vote,” Smith said.',
  'Jones told reporters that the plan was sound.',
  'The mayor believes taxes will fall.',
  'Critics call it a “reckless gamble”.',
].join('\n')

const gold: GoldDocument = {
  id: 'article',
  text: article,
  quotes: [
    goldQuote('direct', at(article, 'We will win the vote,'), {
      speaker: at(article, 'Smith'),
      cue: at(article, 'said'),
      entity: 'John Smith',
    }),
    goldQuote('indirect', at(article, 'that the plan was sound'), {
      speaker: at(article, 'Jones'),
      cue: at(article, 'told reporters'),
      entity: 'Ann Jones',
    }),
    goldQuote('indirect', at(article, 'taxes will fall'), {
      speaker: at(article, 'The mayor'),
      cue: at(article, 'believes'),
    }),
    goldQuote('partial', at(article, 'reckless gamble'), { optional: true }),
  ],
  tweets: null,
}

const prediction = predictedDocument(
  [
    // Exact after trimming (gold keeps the comma); speaker by mention; right entity.
    predictedQuote('direct', at(article, 'We will win the vote'), {
      speaker: span(at(article, 'Smith')),
      speakerId: 's1',
      cue: span(at(article, 'said')),
    }),
    // Exact after trimming "that" and the full stop; no mention, but the resolved
    // speaker's mentions hold "Jones"; its name is not the gold entity.
    predictedQuote('indirect', at(article, 'the plan was sound.'), {
      speakerId: 's2',
      cue: span(at(article, 'told')),
    }),
    // Matches the optional gold quote: neither right nor wrong.
    predictedQuote('partial', at(article, 'reckless gamble')),
    // Shares only "taxes" (5) with a 15-unit gold quote: a false positive.
    predictedQuote('indirect', at(article, 'The mayor believes taxes')),
  ],
  [speaker('s1', 'John Smith', [at(article, 'Smith')]), speaker('s2', 'Jones', [at(article, 'Jones')])],
)

describe('scoreDocument and slices, worked by hand', () => {
  const score = scoreDocument(gold, prediction, cues)
  const totals = sumSlices([score])

  it('matches one to one and marks exact matches', () => {
    expect(score.gold.map((g) => g.matched)).toEqual([0, 1, null, 2])
    expect(score.gold.map((g) => g.exact)).toEqual([true, true, false, true])
    expect(score.predicted.map((p) => p.matched)).toEqual([0, 1, 3, null])
    expect(score.predicted.map((p) => p.ignored)).toEqual([false, false, true, false])
    // The missed "taxes will fall" is nearest to the false positive, by 5 units.
    expect(score.gold[2]!.nearest).toEqual({ index: 3, overlap: 5 })
  })

  it('checks speaker by mention or by resolved mentions, cue by overlap, entity by name', () => {
    expect(score.gold[0]!.checks).toEqual({ speaker: true, cue: true, entity: true })
    expect(score.gold[1]!.checks).toEqual({ speaker: true, cue: true, entity: false })
    expect(score.gold[2]!.checks).toEqual({ speaker: null, cue: null, entity: null })
  })

  it('direct: 1 gold, 1 predicted, all right', () => {
    expect(totals.direct).toMatchObject({
      gold: 1,
      predicted: 1,
      matchedGold: 1,
      matchedPredicted: 1,
      exact: 1,
    })
    expect(sliceMetrics(totals.direct)).toEqual({
      precision: 1,
      recall: 1,
      f1: 1,
      exactRecall: 1,
      speakerAccuracy: 1,
      cueAccuracy: 1,
      entityAccuracy: 1,
    })
  })

  it('direct+mixed: the partial prediction on the optional gold is not counted', () => {
    expect(totals['direct+mixed']).toMatchObject({ gold: 1, predicted: 1, matchedPredicted: 1 })
  })

  it('indirect-speech: "believes" is out; 1 of 2 indirect predictions right', () => {
    const t = totals['indirect-speech']
    expect(t).toMatchObject({ gold: 1, predicted: 2, matchedGold: 1, matchedPredicted: 1, exact: 1 })
    const m = sliceMetrics(t)
    expect(m.precision).toBe(0.5)
    expect(m.recall).toBe(1)
    expect(m.f1).toBeCloseTo(2 / 3, 10) // 2 · 0.5 · 1 / 1.5
    expect(m.speakerAccuracy).toBe(1)
    expect(m.entityAccuracy).toBe(0)
  })

  it('all: 3 gold (the optional one left out), 3 predicted, 2 matched', () => {
    const t = totals.all
    expect(t).toMatchObject({ gold: 3, predicted: 3, matchedGold: 2, matchedPredicted: 2, exact: 2 })
    expect(t.speaker).toEqual({ correct: 2, total: 2 })
    expect(t.cue).toEqual({ correct: 2, total: 2 })
    expect(t.entity).toEqual({ correct: 1, total: 2 })
    const m = sliceMetrics(t)
    expect(m.precision).toBeCloseTo(2 / 3, 10)
    expect(m.recall).toBeCloseTo(2 / 3, 10)
    expect(m.f1).toBeCloseTo(2 / 3, 10)
  })

  it('a speaker that neither the mention nor the resolved mentions give is wrong', () => {
    const bare = predictedDocument([predictedQuote('indirect', at(article, 'the plan was sound'))])
    const t = sumSlices([scoreDocument(gold, bare, cues)]).all
    expect(t.speaker).toEqual({ correct: 0, total: 1 })
    expect(t.cue).toEqual({ correct: 0, total: 1 })
    expect(t.entity).toEqual({ correct: 0, total: 1 })
  })

  it('a prediction of another type that matches counts for its own slice precision', () => {
    const asIndirect = predictedDocument([predictedQuote('indirect', at(article, 'We will win the vote'))])
    const totals2 = sumSlices([scoreDocument(gold, asIndirect, cues)])
    expect(totals2['indirect-speech']).toMatchObject({ predicted: 1, matchedPredicted: 1, matchedGold: 0 })
    expect(totals2.direct).toMatchObject({ predicted: 0, matchedGold: 1 })
    expect(sliceMetrics(totals2.direct).precision).toBeNull()
  })
})

describe('split quotes', () => {
  const text = '“We will win the vote,” Smith said. “It is ours.”'
  const a = at(text, 'We will win the vote,')
  const b = at(text, 'It is ours.')
  const goldSplit: GoldDocument = {
    id: 'split',
    text,
    quotes: [{ ...goldQuote('direct', { start: a.start, end: b.end }), segments: [a, b] }],
    tweets: null,
  }

  it('scores a one-piece prediction over both segments as loose, not exact', () => {
    // Gold: 20 + 10 units after trimming; the prediction also covers ,” Smith said. “ (16): 46.
    expect(quoteRanges(text, goldSplit.quotes[0]!.segments).map((r) => r.end - r.start)).toEqual([20, 10])
    const one = predictedDocument([predictedQuote('direct', { start: a.start, end: b.end })])
    const score = scoreDocument(goldSplit, one, cues)
    expect(score.predicted[0]!.ranges.map((r) => r.end - r.start)).toEqual([46])
    expect(score.gold[0]).toMatchObject({ matched: 0, exact: false })
  })

  it('scores a prediction with the same segments as exact', () => {
    const two = predictedDocument([
      predictedQuote('direct', { start: a.start, end: b.end }, { segments: [span(a), span(b)] }),
    ])
    expect(scoreDocument(goldSplit, two, cues).gold[0]).toMatchObject({ matched: 0, exact: true })
  })
})

describe('tweets', () => {
  const text = 'Tweet one. — A (@a) May 1, 2020\nTweet two @b @c. — B (@b) May 2, 2020'
  const goldTweets: GoldTweet[] = [
    {
      span: at(text, 'Tweet one. — A (@a) May 1, 2020'),
      author: 'A',
      handle: 'a',
      date: '2020-05-01',
      media: [],
      mentions: [],
    },
    {
      span: at(text, 'Tweet two @b @c. — B (@b) May 2, 2020'),
      author: 'B',
      handle: 'b',
      date: '2020-05-02',
      media: ['pic.twitter.com/x'],
      mentions: ['b', 'c'],
    },
  ]
  const tweet: Tweet = {
    id: 't1',
    platform: 'twitter',
    span: span(at(text, 'Tweet two @b @c.')),
    body: span(at(text, 'Tweet two @b @c.')),
    signature: null,
    author: { name: 'B', handle: 'b' },
    date: '2020-02-05',
    time: null,
    url: null,
    statusId: null,
    media: ['pic.twitter.com/x'],
    links: [],
    mentions: ['c', 'b'],
    hashtags: [],
  }

  it('matches on span overlap, then compares fields exactly', () => {
    const t = scoreTweets(goldTweets, predictedDocument([], [], [tweet]))
    expect(t).toMatchObject({ gold: 2, predicted: 1, matched: 1 })
    expect(t.fields).toEqual({
      author: { correct: 1, total: 1 },
      handle: { correct: 1, total: 1 },
      date: { correct: 0, total: 1 },
      media: { correct: 1, total: 1 },
      mentions: { correct: 0, total: 1 },
    })
  })
})

describe('f1', () => {
  it('treats a missing side as 0 and both missing as null', () => {
    expect(f1(0.5, 1)).toBeCloseTo(2 / 3, 10)
    expect(f1(null, 0)).toBe(0)
    expect(f1(null, null)).toBeNull()
    expect(f1(0, 0)).toBe(0)
  })
})

describe('error examples', () => {
  it('shows a range in context', () => {
    const text = 'First line.\nHe said “it is over” and left.'
    expect(showInContext(text, at(text, 'it is over'))).toBe('First line. ¶ He said “⟦it is over⟧” and left.')
  })

  it('lists missed quotes, false positives and wrong attributions per slice, capped', () => {
    const errors = addDocumentErrors(
      emptyErrors(),
      gold,
      prediction,
      scoreDocument(gold, prediction, cues),
      5,
    )
    expect(errors.all.missed.map((m) => m.start)).toEqual([at(article, 'taxes will fall').start])
    expect(errors.all.missed[0]!.speaker).toBe('The mayor')
    expect(errors.all.missed[0]!.nearest).toEqual({
      type: 'indirect',
      text: 'The mayor believes taxes',
      share: 5 / 24,
      matchedElsewhere: false,
    })
    expect(errors['indirect-speech'].missed).toEqual([])
    expect(errors['indirect-speech'].falsePositives.map((f) => f.start)).toEqual([
      at(article, 'The mayor').start,
    ])
    expect(errors.direct.falsePositives).toEqual([])
    expect(errors.all.wrongEntities).toMatchObject([{ gold: 'Ann Jones', predicted: 'Jones' }])
    expect(errors.all.wrongSpeakers).toEqual([])
    const capped = addDocumentErrors(
      emptyErrors(),
      gold,
      predictedDocument([]),
      scoreDocument(gold, predictedDocument([]), cues),
      2,
    )
    expect(capped.all.missed).toHaveLength(2)
  })
})

describe('gold files', () => {
  it('reads JSONL, one document a line, blank lines skipped', () => {
    const raws = parseGold('{"id":"a","quotes":[]}\n\n{"id":"b","quotes":[]}\n', 'x.jsonl')
    expect(raws.map((r) => [r.value.id, r.where])).toEqual([
      ['a', 'x.jsonl:1'],
      ['b', 'x.jsonl:3'],
    ])
    expect(() => parseGold('{"id":"a","quotes":[]}\n{oops\n', 'x.jsonl')).toThrow('x.jsonl:2: not valid JSON')
  })

  it('reads a single pretty-printed JSON document', () => {
    expect(parseGold('{\n  "id": "a",\n  "quotes": []\n}\n', 'a.json')).toHaveLength(1)
  })

  it('rejects spans that do not hold their text', () => {
    const raw = {
      where: 'g:1',
      value: { id: 'a', quotes: [{ type: 'direct', quote: { start: 0, end: 3, text: 'abd' } }] },
    }
    expect(() => toGoldDocument(raw, 'abc')).toThrow('does not hold its text')
    expect(() =>
      toGoldDocument({ ...raw, value: { ...raw.value, quotes: [{ type: 'odd' }] } }, 'abc'),
    ).toThrow('unknown type odd')
  })

  it('takes segments from the quote or from the quote span', async () => {
    const [one, two] = await loadGold('fixtures/eval/two.jsonl')
    expect(one!.quotes[0]!.segments).toEqual([{ start: 9, end: 18 }])
    expect(two!.quotes[0]!.segments).toEqual([
      { start: 1, end: 4 },
      { start: 16, end: 22 },
    ])
    expect(two!.quotes[0]!.optional).toBe(true)
    expect(one!.tweets).toBeNull()
  })

  it('reads the text of a document without one from the sibling .txt', async () => {
    const [document] = await loadGold('fixtures/eval/hand-made.gold.json')
    expect(document!.text).toBe(await readFile('fixtures/eval/hand-made.txt', 'utf8'))
    expect(document!.quotes.map((q) => q.type)).toEqual(['direct', 'indirect'])
    expect(document!.tweets).toEqual([])
  })
})

describe('the command', () => {
  afterEach(() => {
    vi.restoreAllMocks()
  })

  function capture(): { out: () => string; err: () => string } {
    const out: string[] = []
    const err: string[] = []
    vi.spyOn(process.stdout, 'write').mockImplementation((chunk) => out.push(String(chunk)) > 0)
    vi.spyOn(process.stderr, 'write').mockImplementation((chunk) => err.push(String(chunk)) > 0)
    return { out: () => out.join(''), err: () => err.join('') }
  }

  it('parses its arguments', () => {
    expect(
      parseEvalArguments([
        'g.jsonl',
        '--json',
        '--reported',
        'all',
        '--partials',
        'attributed',
        '--errors',
        '3',
      ]),
    ).toEqual({
      gold: 'g.jsonl',
      json: true,
      reported: 'all',
      partials: 'attributed',
      errors: 3,
      cues: null,
      help: false,
    })
    expect(() => parseEvalArguments(['g', '--reported', 'some'])).toThrow('--reported')
    expect(() => parseEvalArguments(['g', '--partials', 'some'])).toThrow('--partials')
    expect(parseEvalArguments(['g']).partials).toBe('all')
    expect(() => parseEvalArguments(['g', '--errors', 'x'])).toThrow('--errors')
    expect(() => parseEvalArguments([])).toThrow('missing the gold file')
  })

  it('exits 2 on bad arguments and 1 on a missing file', async () => {
    const io = capture()
    expect(await evalCommand(['--nope'])).toBe(2)
    expect(io.err()).toContain('usage: newsmark eval')
    expect(await evalCommand(['fixtures/eval/missing.jsonl'])).toBe(1)
  })

  it('prints the report as JSON with --json', async () => {
    const io = capture()
    expect(await evalCommand(['fixtures/eval/hand-made.gold.json', '--json', '--errors', '1'])).toBe(0)
    const report = JSON.parse(io.out())
    expect(report.documents).toBe(1)
    expect(report.slices.all.gold).toBe(2)
    expect(report.slices['indirect-speech'].gold).toBe(1)
    expect(report.tweets).toMatchObject({ gold: 0, recall: null })
    expect(report.throughput.documents).toBe(1)
    expect(report.throughput.bytes).toBe(
      Buffer.byteLength(await readFile('fixtures/eval/hand-made.txt', 'utf8')),
    )
    expect(Object.keys(report.errors)).toEqual(['direct', 'direct+mixed', 'indirect-speech', 'all'])
  })

  it('prints a table as text, and honours --cues', async () => {
    const io = capture()
    expect(
      await evalCommand(['fixtures/eval/hand-made.gold.json', '--cues', 'fixtures/eval/say-only.txt']),
    ).toBe(0)
    const lines = io.out().split('\n')
    expect(lines[0]).toBe('newsmark eval: fixtures/eval/hand-made.gold.json (1 document, reported: speech)')
    // With "say" words only, "told reporters" is not reported speech: the slice is empty.
    expect(lines.find((l) => l.startsWith('indirect-speech'))).toMatch(/^indirect-speech\s+0\s/)
    expect(lines.find((l) => l.startsWith('all'))).toMatch(/^all\s+2\s/)
  })
})

describe('formatReport', () => {
  it('prints every slice with counts and ratios, and the tweets and throughput', () => {
    const text = formatReport({
      gold: 'g.jsonl',
      reported: 'speech',
      partials: 'all',
      documents: 1,
      slices: sliceReport(sumSlices([scoreDocument(gold, prediction, cues)])),
      tweets: null,
      throughput: throughput(1, 2_000_000, 500),
    })
    const lines = text.split('\n')
    // indirect-speech, worked out above: 1 gold, 2 predicted, P 0.5, R 1, F1 2/3, exact 1,
    // speaker 1/1, cue 1/1, entity 0/1.
    expect(lines.find((l) => l.startsWith('indirect-speech'))!.split(/\s+/)).toEqual([
      'indirect-speech',
      '1',
      '2',
      '0.500',
      '1.000',
      '0.667',
      '1.000',
      '1.000',
      '(1)',
      '1.000',
      '(1)',
      '0.000',
      '(1)',
    ])
    expect(
      lines
        .find((l) => l.startsWith('direct '))!
        .split(/\s+/)
        .slice(0, 7),
    ).toEqual(['direct', '1', '1', '1.000', '1.000', '1.000', '1.000'])
    expect(text).toContain('tweets: not annotated in this gold')
    // 2 MB in 0.5 s: 2 documents/s, 4 MB/s.
    expect(text).toContain('throughput: 1 document, 2.000 MB in 500.0 ms: 2.0 documents/s, 4.00 MB/s')
  })
})

describe('formatReport with --errors', () => {
  it('prints the error counts and the examples of each slice', () => {
    const score = scoreDocument(gold, prediction, cues)
    const text = formatReport({
      gold: 'g.jsonl',
      reported: 'speech',
      partials: 'all',
      documents: 1,
      slices: sliceReport(sumSlices([score])),
      tweets: null,
      throughput: throughput(1, 100, 1),
      errors: addDocumentErrors(emptyErrors(), gold, prediction, score, 3),
    })
    const lines = text.split('\n')
    const at = lines.indexOf(
      'errors, indirect-speech (0 missed, 1 false positives, 0 wrong speakers, 0 wrong cues, 1 wrong entities; first examples):',
    )
    expect(at).toBeGreaterThan(0)
    // "The mayor believes taxes" starts after line 1 (35 + newline) and line 2 (45 + newline).
    expect(lines.slice(at + 1, at + 5)).toEqual([
      '  false positive [article @82-106] indirect: …id. ¶ Jones told reporters that the plan was sound. ¶ ' +
        '⟦The mayor believes taxes⟧ will fall. ¶ Critics call it a “reckless gamble”.',
      // 5 shared units of the larger 24: 21%.
      '      speaker: — · cue: — · nearest: indirect 21% «taxes will fall»',
      // 50 units either side: from offset 7 (the second l of "will") to 130 (after "Critics call").
      '  wrong entity [article @57-80] …l win the vote,” Smith said. ¶ Jones told reporters ⟦that the plan was sound⟧. ¶ The mayor believes taxes will fall. ¶ Critics call…',
      '      gold: Ann Jones · predicted: Jones',
    ])
  })
})

/** The gold itself as a prediction: one speaker per gold entity, mentioned by the gold speaker span. */
function goldAsPrediction(document: GoldDocument): NewsDocument {
  const entities = [...new Set(document.quotes.flatMap((q) => (q.entity ? [q.entity] : [])))]
  const speakers = entities.map((name, i) =>
    speaker(
      `s${i + 1}`,
      name,
      document.quotes.flatMap((q) => (q.entity === name && q.speaker ? [q.speaker] : [])),
    ),
  )
  const quotes = document.quotes.map((q) =>
    predictedQuote(q.type, q.quote, {
      segments: q.segments.map(span),
      speaker: q.speaker && span(q.speaker),
      speakerId: q.entity ? `s${entities.indexOf(q.entity) + 1}` : null,
      cue: q.cue && span(q.cue),
    }),
  )
  return predictedDocument(quotes, speakers)
}

describe('the gold scored against itself', () => {
  it('gets every ratio at 1 on the seed fixture', async () => {
    const [seed] = await loadGold('fixtures/iraq-troops.gold.json')
    const totals = sumSlices([scoreDocument(seed!, goldAsPrediction(seed!), cues)])
    // The seed gold: 5 direct, 7 indirect speech cues (says, have denied, has said, says,
    // says, told reporters, warn), 12 non-optional quotes in all (the 4 optional left out).
    expect([
      totals.direct.gold,
      totals['direct+mixed'].gold,
      totals['indirect-speech'].gold,
      totals.all.gold,
    ]).toEqual([5, 5, 7, 12])
    for (const slice of ['direct', 'direct+mixed', 'indirect-speech', 'all'] as const) {
      expect(sliceMetrics(totals[slice]), slice).toEqual({
        precision: 1,
        recall: 1,
        f1: 1,
        exactRecall: 1,
        speakerAccuracy: 1,
        cueAccuracy: 1,
        entityAccuracy: 1,
      })
    }
  })
})

describe('CI floor', () => {
  it('the seed fixture reaches the F1 floors', async () => {
    const report = evaluate(await loadGold('fixtures/iraq-troops.gold.json'), {
      gold: 'seed',
      reported: 'speech',
      cues,
    })
    expect(report.slices.all.gold).toBe(12)
    for (const [slice, floor] of Object.entries(f1Floors.seed)) {
      expect(report.slices[slice as SliceName].f1 ?? 0, slice).toBeGreaterThanOrEqual(floor)
    }
    // Every gold entity of the seed resolved: Esper, Seely, Milley (also as "the top US military officer").
    expect(report.slices.all.entityAccuracy).toBe(1)
  })

  const polnear = '../shared/eval/polnear-dev.jsonl'
  it.skipIf(!existsSync(polnear))('PolNeAR dev reaches the F1 floors', async () => {
    const report = evaluate(await loadGold(polnear), { gold: 'polnear', reported: 'speech', cues })
    expect(report.slices.all.gold).toBe(2192)
    for (const [slice, floor] of Object.entries(f1Floors.polnear)) {
      expect(report.slices[slice as SliceName].f1 ?? 0, slice).toBeGreaterThanOrEqual(floor)
    }
    for (const [slice, floor] of Object.entries(attributionFloors)) {
      const scored = report.slices[slice as SliceName]
      expect(scored.speakerAccuracy ?? 0, `${slice} speaker`).toBeGreaterThanOrEqual(floor.speaker)
      expect(scored.cueAccuracy ?? 0, `${slice} cue`).toBeGreaterThanOrEqual(floor.cue)
    }
  })

  it.skipIf(!existsSync(polnear))(
    "PolNeAR dev's all slice reaches its floor with reported: 'all'",
    async () => {
      const report = evaluate(await loadGold(polnear), { gold: 'polnear', reported: 'all', cues })
      expect(report.slices.all.gold).toBe(2192)
      expect(report.slices.all.f1 ?? 0).toBeGreaterThanOrEqual(allBreadthFloor)
    },
  )
})
