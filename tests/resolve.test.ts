import { readdirSync, readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import type { TweetFinding } from '../src/detect/tweets.js'
import { fromMarkdownGuarded } from '../src/input/markdown.js'
import { fromPlainText } from '../src/input/text.js'
import { isTrimmedCode } from '../src/resolve/mention.js'
import { scanNames } from '../src/resolve/scan.js'
import { resolveSpeakers } from '../src/resolve/speakers.js'
import { isSpaceCode } from '../src/resolve/words.js'
import { collectBlocks } from '../src/segment/blocks.js'
import type { Range } from '../src/span.js'

const seed = readFileSync(new URL('../fixtures/iraq-troops.txt', import.meta.url), 'utf8')

/** The range of the `nth` (0-based) occurrence of `text` in `input`; throws when absent. */
function at(input: string, text: string, nth = 0): Range {
  let start = -1
  for (let k = 0; k <= nth; k++) {
    start = input.indexOf(text, start + 1)
    if (start === -1) throw new Error(`"${text}" #${nth} not in input`)
  }
  return { start, end: start + text.length }
}

/** Resolve hand-built mentions over plain text. */
function resolve(input: string, mentions: Array<Range | null>, tweets: TweetFinding[] = []) {
  return resolveSpeakers(input, collectBlocks(fromPlainText(input), input), mentions, tweets)
}

/** A fixture in fixtures/resolve/<name>/case.json. */
interface FixtureCase {
  mentions: Array<[text: string, nth: number] | null>
  speakerIds: Array<string | null>
  speakers: Array<{
    id: string
    name: string
    kind: string
    titles: string[]
    roles: string[]
    mentions: string[]
  }>
}

/** A tweet finding with only the fields the resolver reads filled in. */
function tweet(
  span: Range,
  handle: string | null,
  name: string | null,
  mentions: string[] = [],
): TweetFinding {
  return {
    platform: 'twitter',
    span,
    body: span,
    signature: null,
    author: { name, handle },
    date: null,
    time: null,
    url: null,
    statusId: null,
    media: [],
    links: [],
    mentions,
    hashtags: [],
    blocks: [0, 0],
  }
}

describe('resolveSpeakers on the seed article', () => {
  const mentions = [
    at(seed, 'US Secretary of Defence, Mark Esper'),
    at(seed, 'Pentagon officials'),
    at(seed, 'US Secretary of defence Mark Esper'),
    at(seed, 'Mr Esper'),
    at(seed, '@EsperDoD'),
    at(seed, 'read the letter from US Marine Corps Brigadier General William H. Seely III'),
    at(seed, 'Mr Esper', 1),
    at(seed, 'the top US military officer'),
    at(seed, 'US Army General Mark Milley'),
    at(seed, 'Mr Trump'),
  ]
  // The quote detector gives the mention itself, not "read the letter from …": use the gold span.
  mentions[5] = at(seed, 'US Marine Corps Brigadier General William H. Seely III')
  const tweets = [tweet(at(seed, 'BREAKING: @EsperDoD'), 'TaraCopp', 'Tara Copp', ['EsperDoD'])]
  const result = resolve(seed, mentions, tweets)
  const byName = (name: string) => result.speakers.find((s) => s.name === name)

  it('gives Mark Esper his title, handle and all four name mentions plus the handle', () => {
    const esper = byName('Mark Esper')
    expect(esper).toMatchObject({
      kind: 'person',
      titles: ['US Secretary of Defence'],
      roles: [],
      handles: ['EsperDoD'],
    })
    expect(esper?.mentions.map((m) => m.start)).toEqual([93, 788, 913, 938, 1755])
    expect(result.speakerIds[0]).toBe(esper?.id)
    expect(result.speakerIds[4]).toBe(esper?.id)
    expect(result.speakerIds[6]).toBe(esper?.id)
  })

  it('reads William H. Seely III: full name with initial and suffix, rank title, apposition role', () => {
    expect(byName('William H. Seely III')).toMatchObject({
      kind: 'person',
      titles: ['US Marine Corps Brigadier General'],
      roles: ['commanding general of Task Force Iraq'],
      mentions: [{ start: 1501, end: 1555, text: 'US Marine Corps Brigadier General William H. Seely III' }],
    })
  })

  it('reads Mark Milley: title before, role in the apposition after', () => {
    expect(byName('Mark Milley')).toMatchObject({
      titles: ['US Army General'],
      roles: ['chairman of the military’s Joint Chiefs of Staff'],
    })
  })

  it('names Mr Trump from the earlier "US President Donald Trump", which is not a quote speaker', () => {
    expect(byName('Donald Trump')).toMatchObject({
      titles: ['US President'],
      mentions: [
        { start: 2236, end: 2261, text: 'US President Donald Trump' },
        { start: 2421, end: 2429, text: 'Mr Trump' },
      ],
    })
  })

  it('keeps groups as their own speakers and ties the officer description to Milley, in order of first mention', () => {
    expect(result.speakers.map((s) => [s.id, s.name, s.kind])).toEqual([
      ['s1', 'Mark Esper', 'person'],
      ['s2', 'Pentagon officials', 'unknown'],
      ['s3', 'William H. Seely III', 'person'],
      ['s4', 'Mark Milley', 'person'],
      ['s5', 'Donald Trump', 'person'],
    ])
  })
})

describe('fixtures/resolve', () => {
  for (const name of readdirSync(new URL('../fixtures/resolve/', import.meta.url))) {
    it(`resolves ${name} as written in its case.json`, () => {
      const dir = new URL(`../fixtures/resolve/${name}/`, import.meta.url)
      const input = readFileSync(new URL('input.txt', dir), 'utf8')
      const expected = JSON.parse(readFileSync(new URL('case.json', dir), 'utf8')) as FixtureCase
      const r = resolve(
        input,
        expected.mentions.map((m) => (m === null ? null : at(input, m[0], m[1]))),
      )
      expect(r.speakerIds).toEqual(expected.speakerIds)
      expect(
        r.speakers.map(({ mentions, handles: _, ...s }) => ({ ...s, mentions: mentions.map((m) => m.text) })),
      ).toEqual(expected.speakers)
    })
  }
})

describe('name linking', () => {
  it('links honorific + surname and surname alone to the full name', () => {
    const input = 'Senator Lindsey Graham spoke first.\n\nMr. Graham said no. Graham later said yes.'
    const r = resolve(input, [at(input, 'Mr. Graham'), at(input, 'Graham', 2)])
    expect(r.speakers).toHaveLength(1)
    expect(r.speakers[0]).toMatchObject({ name: 'Lindsey Graham', titles: ['Senator'] })
    expect(r.speakers[0]?.mentions.map((m) => m.text)).toEqual([
      'Senator Lindsey Graham',
      'Mr. Graham',
      'Graham',
    ])
    expect(r.speakerIds).toEqual(['s1', 's1'])
  })

  it('keeps two people of one surname apart by given name, and a bare surname goes to the one mentioned most', () => {
    const input =
      'Hillary Clinton spoke. Chelsea Clinton watched.\n\nHillary Clinton said it was fine, Clinton said.'
    const r = resolve(input, [at(input, 'Chelsea Clinton'), at(input, 'Clinton', 3)])
    expect(r.speakers.map((s) => s.name)).toEqual(['Hillary Clinton', 'Chelsea Clinton'])
    expect(r.speakerIds).toEqual(['s2', 's1'])
  })

  it('upgrades a surname-only first mention to the full name found later', () => {
    const input = 'Caddell said the poll was wrong.\n\nThe pollster Pat Caddell has said so before.'
    const r = resolve(input, [at(input, 'Caddell')])
    expect(r.speakers[0]).toMatchObject({ name: 'Pat Caddell', titles: ['pollster'] })
  })

  it('strips a bracketed party tag and keeps a rank honorific as a title', () => {
    const input = 'Republican vice-presidential nominee Gov. Mike Pence (R-IN) said he agreed.'
    const r = resolve(input, [at(input, 'Republican vice-presidential nominee Gov. Mike Pence (R-IN)')])
    expect(r.speakers[0]).toMatchObject({
      name: 'Mike Pence',
      titles: ['Republican vice-presidential nominee', 'Gov.'],
    })
  })
})

describe('name shapes', () => {
  it('reads a name after a preposition as someone else: the description is the speaker', () => {
    const input = 'A spokeswoman for Hillary Clinton said the report was false.'
    const r = resolve(input, [at(input, 'A spokeswoman for Hillary Clinton')])
    expect(r.speakers.map((s) => [s.name, s.kind])).toEqual([['A spokeswoman for Hillary Clinton', 'person']])
  })

  it('reads the name before a place: "Representative Charles B. Rangel of New York"', () => {
    const input = 'Representative Charles B. Rangel of New York said he would vote no.'
    const r = resolve(input, [at(input, 'Representative Charles B. Rangel of New York')])
    expect(r.speakers[0]).toMatchObject({ name: 'Charles B. Rangel', titles: ['Representative'] })
  })

  it('reads the name before a preposition and its capitalised object, but keeps "Secretary of State" a title', () => {
    const input = 'Dan McLaughlin at the National Review said no. Secretary of State John Kerry said yes.'
    const r = resolve(input, [
      at(input, 'Dan McLaughlin at the National Review'),
      at(input, 'Secretary of State John Kerry'),
    ])
    expect(r.speakers.map((s) => [s.name, s.titles])).toEqual([
      ['Dan McLaughlin', []],
      ['John Kerry', ['Secretary of State']],
    ])
  })

  it('takes no person from "governor of Virginia" in the text', () => {
    const input = 'The governor of Virginia spoke. He said the roads were open.'
    const r = resolve(input, [at(input, 'He')])
    expect(r.speakers).toEqual([])
  })

  it('starts a name at a listed given name after another capitalised word', () => {
    const input = 'Rival Hillary Clinton said no. Hillary Clinton later said yes.'
    const r = resolve(input, [at(input, 'Rival Hillary Clinton'), at(input, 'Hillary Clinton', 1)])
    expect(r.speakers.map((s) => s.name)).toEqual(['Hillary Clinton'])
    expect(r.speakerIds).toEqual(['s1', 's1'])
  })

  it('keeps name particles and links the capitalised form to the full name', () => {
    const input = 'Mayor Bill de Blasio spoke on Monday. De Blasio said the city was safe.'
    const r = resolve(input, [at(input, 'De Blasio')])
    expect(r.speakers[0]).toMatchObject({ name: 'Bill de Blasio', titles: ['Mayor'] })
  })

  it('takes the titles from the text when the quote mention is the bare name', () => {
    const input = 'Trump’s running mate Mike Pence spoke on Monday.'
    const r = resolve(input, [at(input, 'Mike Pence')])
    expect(r.speakers[0]).toMatchObject({ name: 'Mike Pence', titles: ['running mate'] })
  })

  it('drops title words that cannot open a title; two honorific names joined by and are one group', () => {
    const input =
      'The mate presidential nominee Mike Pence spoke. Both Mr. King and Mr. Schultz say the network is fair.'
    const r = resolve(input, [
      at(input, 'The mate presidential nominee Mike Pence'),
      at(input, 'Both Mr. King and Mr. Schultz'),
    ])
    expect(r.speakers.map((s) => [s.name, s.titles])).toEqual([
      ['Mike Pence', ['presidential nominee']],
      ['Both Mr. King and Mr. Schultz', []],
    ])
  })

  it('reads an acronym after "the", or a short one alone, as an organisation; capitals "US" as a name', () => {
    const input = 'The NAACP said it would sue. RT said it was fair. US insists it will stay. PENCE: No.'
    const r = resolve(input, [at(input, 'The NAACP'), at(input, 'RT'), at(input, 'US'), at(input, 'PENCE')])
    expect(r.speakers.map((s) => [s.name, s.kind])).toEqual([
      ['NAACP', 'organization'],
      ['RT', 'organization'],
      ['US', 'organization'],
      ['PENCE', 'person'],
    ])
  })

  it('reads a role up to a relative clause, and past the dot of an honorific', () => {
    const input =
      'Malkia Cyril, the executive director at the Center of Media Justice and whose work is featured, said no.\n\nJohn Podesta, a chief of staff to Mr. Clinton, said yes.'
    const r = resolve(input, [at(input, 'Malkia Cyril'), at(input, 'John Podesta')])
    expect(r.speakers.map((s) => s.roles)).toEqual([
      ['the executive director at the Center of Media Justice'],
      ['a chief of staff to Mr. Clinton'],
    ])
  })

  it('gives no role to a clause that opens with a verb', () => {
    const input = 'Neera Tanden, succeeded the campaign manager as president of the center.'
    const r = resolve(input, [at(input, 'Neera Tanden')])
    expect(r.speakers[0]?.roles).toEqual([])
  })
})

describe('name scan: names inside quote marks', () => {
  /** Each name the scan finds in plain text `input`, with whether it stands inside quote marks. */
  function quotedNames(input: string): string[] {
    const blocks = collectBlocks(fromPlainText(input), input)
    return scanNames(blocks, input).map((c) => `${input.slice(c.span.start, c.span.end)}:${c.quoted}`)
  }

  it('tells names inside a curly pair from names outside it', () => {
    expect(quotedNames('“Mark Esper is right,” Anna Lee said, and Mark Esper nodded.')).toEqual([
      'Mark Esper:true',
      'Anna Lee:false',
      'Mark Esper:false',
    ])
  })

  it('reads straight quotes as toggling, the block opening outside', () => {
    expect(quotedNames('Anna Lee said "Mark Esper left" and "Bo Sample stayed" before Cy Young.')).toEqual([
      'Anna Lee:false',
      'Mark Esper:true',
      'Bo Sample:true',
      'Cy Young:false',
    ])
  })

  it('takes an opening mark followed by another opening one as never closed', () => {
    expect(quotedNames('“Anna Lee met “Mark Esper” today.')).toEqual(['Anna Lee:false', 'Mark Esper:true'])
  })

  it('starts each block outside quote marks', () => {
    expect(quotedNames('Anna Lee said "it is late.\n\nMark Esper agreed.')).toEqual([
      'Anna Lee:false',
      'Mark Esper:false',
    ])
  })

  it('finds a name after "of", and keeps "of" inside a title', () => {
    expect(quotedNames('Anna Lee spoke of Mark Esper and of the Justice Department.')).toEqual([
      'Anna Lee:false',
      'Mark Esper:false',
      'the Justice Department:false',
    ])
    expect(quotedNames('Secretary of State John Kerry left.')).toEqual([
      'Secretary of State John Kerry:false',
    ])
  })

  it('tells nothing when asked not to', () => {
    const input = '“Mark Esper is right,” Anna Lee said.'
    const blocks = collectBlocks(fromPlainText(input), input)
    expect(scanNames(blocks, input, false).map((c) => c.quoted)).toEqual([false, false])
  })
})

describe('pronouns', () => {
  it('links he to the most recent male person and she past him to the woman', () => {
    const input = 'Hillary Clinton met Donald Trump on stage.\n\nHe said it went well. She said it did not.'
    const r = resolve(input, [at(input, 'He'), at(input, 'She')])
    expect(r.speakers.map((s) => s.name)).toEqual(['Hillary Clinton', 'Donald Trump'])
    expect(r.speakerIds).toEqual(['s2', 's1'])
    expect(r.speakers[1]?.mentions.map((m) => m.text)).toEqual(['Donald Trump', 'He'])
  })

  it('learns a gender from a linked pronoun: a later he skips the woman', () => {
    const input = 'Melezia Figueroa spoke to Mr. Jones.\n\nShe said no. Figueroa disagreed, and he said so.'
    const he = at(input, 'he said')
    const r = resolve(input, [at(input, 'She'), { start: he.start, end: he.start + 2 }])
    // "Melezia" is not in the name list: "She" may take the unmarked full name and makes her female,
    // so "he", whose nearest person is now Figueroa, goes past her to Mr. Jones.
    expect(r.speakerIds).toEqual(['s1', 's2'])
    expect(r.speakers.map((s) => s.name)).toEqual(['Melezia Figueroa', 'Jones'])
  })

  it('does not link a pronoun beyond the look-back window', () => {
    const input = `Donald Trump spoke.\n\n${'The weather was cold. '.repeat(80)}\n\nHe said so.`
    const r = resolve(input, [{ start: input.lastIndexOf('He'), end: input.lastIndexOf('He') + 2 }])
    expect(r.speakers).toEqual([])
    expect(r.speakerIds).toEqual([null])
  })

  it('does not take a name inside quote marks as the antecedent', () => {
    const input = 'Mr. Obama spoke.\n\n“Mr. Sanders is wrong,” he said.'
    const r = resolve(
      input,
      [at(input, 'he said')].map((m) => ({ start: m.start, end: m.start + 2 })),
    )
    expect(r.speakers[0]?.name).toBe('Obama')
  })

  it('links they to the organisation or group, and it only to an organisation', () => {
    const input =
      'The Justice Department and Mr. Smith met.\n\nIt said the case was closed. Experts disagreed; they said so.'
    const r = resolve(input, [at(input, 'It'), at(input, 'Experts'), at(input, 'they')])
    expect(r.speakers.map((s) => [s.name, s.kind])).toEqual([
      ['Justice Department', 'organization'],
      ['Experts', 'unknown'],
    ])
    expect(r.speakerIds).toEqual(['s1', 's2', 's2'])
  })

  it('prefers the subject of the previous sentence to the most recent woman', () => {
    const input =
      'Hillary Clinton is describing as unhinged a Donald Trump tweet attacking Ms. Machado. She says his temperament is dangerous.'
    const r = resolve(input, [at(input, 'She')])
    expect(r.speakers.map((s) => s.name)).toEqual(['Hillary Clinton'])
  })

  it('passes over the object of a preposition for the subject of the sentence', () => {
    const input = 'In the U.S., the Justice Department said it would appeal.'
    const r = resolve(input, [
      at(input, 'it would').start === -1
        ? null
        : { start: at(input, 'it would').start, end: at(input, 'it would').start + 2 },
    ])
    expect(r.speakers.map((s) => [s.name, s.kind])).toEqual([['Justice Department', 'organization']])
  })

  it('links who to the nearest person within the relative window, past a place', () => {
    const input = 'Donna Sampson Rawlings, 59, of Ashton, Md., who watched the ceremony, said it was moving.'
    const r = resolve(input, [at(input, 'who')])
    expect(r.speakers.map((s) => s.name)).toEqual(['Donna Sampson Rawlings'])
  })

  it('reads the name before the first comma of a long mention, and no name from a lone title word', () => {
    const input = 'A former Miss Universe spoke. Donna Sampson Rawlings, 59, of Ashton, Md., said she agreed.'
    const r = resolve(input, [at(input, 'Donna Sampson Rawlings, 59, of Ashton, Md.'), at(input, 'she')])
    expect(r.speakers.map((s) => [s.name, s.mentions.length])).toEqual([['Donna Sampson Rawlings', 2]])
    expect(r.speakerIds).toEqual(['s1', 's1'])
  })

  it('reads "Though she" and "I’ve" as pronouns', () => {
    const input = 'Ms. Warren spoke. Though she said little, I’ve heard more.'
    const r = resolve(input, [at(input, 'Though she'), at(input, 'I’ve')])
    expect(r.speakers.map((s) => s.name)).toEqual(['Warren'])
    expect(r.speakerIds).toEqual(['s1', null])
  })

  it('reads two names joined by "and" as a group that a later they refers to', () => {
    const input =
      'Mr. Grassley and Mr. Leahy say other changes are needed. The program has grown too far, they said.'
    const r = resolve(input, [at(input, 'Mr. Grassley and Mr. Leahy'), at(input, 'they')])
    expect(r.speakers.map((s) => [s.name, s.kind])).toEqual([['Mr. Grassley and Mr. Leahy', 'unknown']])
    expect(r.speakerIds).toEqual(['s1', 's1'])
  })

  it('links a relative who to the mention right before it, and leaves I unresolved', () => {
    const input = 'Sen. Ted Cruz, who said he would not endorse, spoke. I said nothing.'
    const r = resolve(input, [
      at(input, 'who'),
      at(input, 'I said').start === -1
        ? null
        : { ...at(input, 'I said'), end: at(input, 'I said').start + 1 },
    ])
    expect(r.speakers.map((s) => s.name)).toEqual(['Ted Cruz'])
    expect(r.speakerIds).toEqual(['s1', null])
  })
})

describe('descriptions and organisations', () => {
  it('keeps "a source" and "another source" apart and links "the source" to the latest', () => {
    const input = 'A source said yes. Another source said no. The source added more.'
    const r = resolve(input, [at(input, 'A source'), at(input, 'Another source'), at(input, 'The source')])
    expect(r.speakerIds).toEqual(['s1', 's2', 's2'])
    expect(r.speakers.map((s) => s.name)).toEqual(['A source', 'Another source'])
  })

  it('links "The Post" to "The New York Post"', () => {
    const input = 'The New York Post reports that she left.\n\nShe was taken home, The Post has learned.'
    const r = resolve(input, [at(input, 'The New York Post'), at(input, 'The Post')])
    expect(r.speakers).toEqual([
      {
        id: 's1',
        name: 'New York Post',
        kind: 'organization',
        titles: [],
        roles: [],
        handles: [],
        mentions: [
          { start: 0, end: 17, text: 'The New York Post' },
          { start: 62, end: 70, text: 'The Post' },
        ],
      },
    ])
  })

  it('reads a possessive campaign as an organisation, apart from the person', () => {
    const input = 'Hillary Clinton’s campaign said she was fine. Clinton said so too.'
    const r = resolve(input, [at(input, 'Hillary Clinton’s campaign'), at(input, 'Clinton', 1)])
    expect(r.speakers.map((s) => [s.name, s.kind])).toEqual([
      ['Hillary Clinton’s campaign', 'organization'],
      ['Hillary Clinton', 'person'],
    ])
    expect(r.speakerIds).toEqual(['s1', 's2'])
    expect(r.speakers[1]?.mentions.map((m) => m.text)).toEqual(['Hillary Clinton', 'Clinton'])
  })

  it('takes no mention from a name that only modifies an organisation or group word', () => {
    const input =
      'US insists it will stay.\n\nThe US military sends a letter. US troops remain, the Trump campaign said.'
    const r = resolve(input, [at(input, 'US'), at(input, 'the Trump campaign')])
    expect(r.speakers.map((s) => [s.name, s.mentions.map((m) => m.start)])).toEqual([
      ['US', [0]],
      ['Trump campaign', [at(input, 'the Trump campaign').start]],
    ])
  })

  it('ties a description to the name in apposition after it', () => {
    const input = 'The top US military officer, Mark Milley, said it was a draft.'
    const r = resolve(input, [at(input, 'The top US military officer')])
    expect(r.speakers[0]).toMatchObject({ name: 'Mark Milley', roles: ['The top US military officer'] })
    expect(r.speakers[0]?.mentions.map((m) => m.text)).toEqual(['The top US military officer', 'Mark Milley'])
  })

  it('links a definite description to the one person whose role it repeats', () => {
    const input =
      '"It was a spectacular deal," said Patrick McGinley, a law professor at West Virginia University.\n\n"It was destined to fail," said the law professor.'
    const r = resolve(input, [at(input, 'Patrick McGinley'), at(input, 'the law professor')])
    expect(r.speakerIds).toEqual(['s1', 's1'])
    expect(r.speakers[0]?.roles).toEqual(['a law professor at West Virginia University'])
  })

  it('links "the president" to the one person titled President', () => {
    const input = 'President Barack Obama spoke on Monday.\n\nThe president said the deal was good.'
    const r = resolve(input, [at(input, 'The president')])
    expect(r.speakers[0]).toMatchObject({ name: 'Barack Obama', titles: ['President'] })
  })
})

describe('handles', () => {
  it('keeps an unmatched handle as its own speaker, and links no handle by a short surname', () => {
    const input = 'Sam Ng spoke.\n\n@NgSam says the memo is wrong.'
    const r = resolve(input, [at(input, '@NgSam')])
    expect(r.speakers).toEqual([
      {
        id: 's1',
        name: '@NgSam',
        kind: 'unknown',
        titles: [],
        roles: [],
        handles: ['NgSam'],
        mentions: [at(input, '@NgSam')].map((m) => ({ ...m, text: '@NgSam' })),
      },
    ])
  })

  it('adds a tweet author handle to the quoted person the signature names', () => {
    const input =
      'President Barack Obama said the vote mattered.\n\nGo vote. — Barack Obama (@POTUS) November 8, 2016'
    const r = resolve(
      input,
      [at(input, 'President Barack Obama')],
      [tweet(at(input, 'Go vote.'), 'POTUS', 'Barack Obama')],
    )
    expect(r.speakers[0]?.handles).toEqual(['POTUS'])
  })

  it('adds a tweet author handle to the quoted person whose surname it holds', () => {
    const input =
      'Senator Elizabeth Warren said it was wrong.\n\nThe plan is bad. — Elizabeth Warren (@SenWarren) May 1, 2016'
    const r = resolve(
      input,
      [at(input, 'Senator Elizabeth Warren')],
      [tweet(at(input, 'The plan is bad.'), 'SenWarren', 'Elizabeth Warren')],
    )
    expect(r.speakers[0]?.handles).toEqual(['SenWarren'])
  })
})

describe('Markdown input', () => {
  it('reads names through emphasis and links, with spans into the Markdown source', () => {
    const input =
      'President [Barack Obama](https://example.com/obama) spoke on *Monday*.\n\nMr. *Obama* said the deal was good.'
    const blocks = collectBlocks(fromMarkdownGuarded(input).tree, input)
    const r = resolveSpeakers(input, blocks, [at(input, 'Mr. *Obama*')], [])
    expect(r.speakers).toHaveLength(1)
    expect(r.speakers[0]).toMatchObject({ name: 'Barack Obama', titles: ['President'] })
    expect(r.speakers[0]?.mentions.map((m) => m.text)).toEqual(['President [Barack Obama', 'Mr. *Obama*'])
    expect(r.speakers[0]?.titles).toEqual(['President'])
    for (const m of r.speakers[0]?.mentions ?? []) expect(input.slice(m.start, m.end)).toBe(m.text)
  })
})

describe('robustness', () => {
  // Sizes are such that a quadratic step would take minutes, while the linear scan takes well under a second.
  it('survives hostile strings quickly and returns aligned ids', () => {
    const inputs = [
      'Mr '.repeat(30_000),
      'A B C D E F G H '.repeat(6_000),
      'He said. '.repeat(10_000),
      '“'.repeat(10_000) + 'Smith'.repeat(10_000),
      'Secretary of State of the '.repeat(4_000),
      '@'.repeat(1000),
      '',
    ]
    for (const input of inputs) {
      const mentions = [
        { start: 0, end: Math.min(input.length, 9) },
        null,
        { start: input.length, end: input.length },
      ]
      const r = resolve(input, mentions)
      expect(r.speakerIds).toHaveLength(3)
    }
  })

  it('takes out-of-range and reversed mention ranges without cost or error', () => {
    const input = 'Mr. Smith said so.'
    const r = resolve(input, [
      { start: -5, end: 1e9 },
      { start: 10, end: 2 },
      { start: Number.NaN, end: 3 },
      at(input, 'Mr. Smith'),
    ])
    expect(r.speakerIds).toHaveLength(4)
    expect(r.speakerIds[3]).toBe('s1')
    for (const s of r.speakers) for (const m of s.mentions) expect(input.slice(m.start, m.end)).toBe(m.text)
  })

  it('resolves many distinct people of one surname in linear time', () => {
    const names = Array.from({ length: 5000 }, (_, i) => `Person${i} Smith said so.`)
    const input = names.join('\n')
    const mentions = Array.from({ length: 5000 }, (_, i) => at(input, `Person${i} Smith`))
    const r = resolve(input, mentions)
    expect(r.speakerIds).toHaveLength(5000)
  })
})

describe('character classes read by code unit', () => {
  it('isSpaceCode is \\s, and isTrimmedCode the mention trim class, for every code unit', () => {
    const trimmed = /^[\s,.;:!?"“”‘’'()[\]{}—–-]$/u
    const wrong: string[] = []
    for (let c = 0; c < 0x10000; c++) {
      const ch = String.fromCharCode(c)
      if (isSpaceCode(c) !== /\s/.test(ch)) wrong.push(`space U+${c.toString(16)}`)
      if (isTrimmedCode(c) !== (trimmed.test(ch) && ch !== '@')) wrong.push(`trim U+${c.toString(16)}`)
    }
    expect(wrong).toEqual([])
  })
})

describe('words that name Object.prototype members', () => {
  it('are no pronouns: "The constructor" is a speaker of its own', () => {
    const input = 'The constructor said the plan was fine. The toString said so too.'
    const result = resolve(input, [at(input, 'The constructor'), at(input, 'The toString')])
    expect(result.speakers.map((s) => s.name)).toEqual(['The constructor', 'The toString'])
    expect(result.speakerIds).toEqual(['s1', 's2'])
  })
})
