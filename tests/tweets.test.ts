import { existsSync, readdirSync, readFileSync } from 'node:fs'
import type { Root } from 'mdast'
import remarkParse from 'remark-parse'
import { unified } from 'unified'
import { VFile } from 'vfile'
import { describe, expect, it } from 'vitest'
import { annotate } from '../src/annotate.js'
import { parseDate } from '../src/detect/dates.js'
import { readEntities } from '../src/detect/tweets/entities.js'
import { findBoilerplate } from '../src/detect/tweets/signature.js'
import { readPostUrl } from '../src/detect/tweets/urls.js'
import { detectTweets, type TweetFinding } from '../src/detect/tweets.js'
import { fromMarkdownGuarded } from '../src/input/markdown.js'
import { fromPlainText } from '../src/input/text.js'
import { monthNumbers } from '../src/lexicon/months.js'
import type { Format, Tweet } from '../src/model.js'
import { collectBlocks } from '../src/segment/blocks.js'
import type { Range } from '../src/span.js'
import { remarkNewsmark } from '../src/unified/plugin.js'
import { violations } from './helpers/invariants.js'

/** A tweet as the fixtures write it: spans as their text. */
interface ExpectedTweet {
  platform: string
  span: string
  body: string
  signature: string | null
  author: { name: string | null; handle: string | null }
  date: string | null
  time: string | null
  url: string | null
  statusId: string | null
  media: string[]
  links: string[]
  mentions: string[]
  hashtags: string[]
}

const fixtures = new URL('../fixtures/tweets/', import.meta.url)

function findings(input: string, format: Format): TweetFinding[] {
  const tree: Root = format === 'markdown' ? fromMarkdownGuarded(input).tree : fromPlainText(input)
  return detectTweets(collectBlocks(tree, input), input)
}

/** A finding or a model tweet in the fixtures' shape. */
function asExpected(input: string, t: TweetFinding | Tweet): ExpectedTweet {
  const text = (r: Range | null) => (r === null ? null : input.slice(r.start, r.end))
  return {
    platform: t.platform,
    span: input.slice(t.span.start, t.span.end),
    body: input.slice(t.body.start, t.body.end),
    signature: text(t.signature),
    author: { name: t.author.name, handle: t.author.handle },
    date: t.date,
    time: t.time,
    url: t.url,
    statusId: t.statusId,
    media: t.media,
    links: t.links,
    mentions: t.mentions,
    hashtags: t.hashtags,
  }
}

describe('the seed article', () => {
  const input = readFileSync(new URL('../fixtures/iraq-troops.txt', import.meta.url), 'utf8')
  const gold = JSON.parse(
    readFileSync(new URL('../fixtures/iraq-troops.gold.json', import.meta.url), 'utf8'),
  ) as {
    tweets: Array<{
      span: { start: number; end: number; text: string }
      body: { start: number; end: number; text: string }
      signature: { start: number; end: number; text: string }
      author: string
      handle: string
      date: string
      media: string[]
      mentions: string[]
      hashtags: string[]
    }>
  }

  it('has both tweets equal to the gold, field by field (detector)', () => {
    const found = findings(input, 'text')
    expect(found).toHaveLength(2)
    gold.tweets.forEach((g, i) => {
      const t = found[i]!
      expect({ start: t.span.start, end: t.span.end }).toEqual({ start: g.span.start, end: g.span.end })
      expect({ start: t.body.start, end: t.body.end }).toEqual({ start: g.body.start, end: g.body.end })
      expect(t.signature).toEqual({ start: g.signature.start, end: g.signature.end })
      expect(t.author).toEqual({ name: g.author, handle: g.handle })
      expect([t.date, t.media, t.mentions, t.hashtags]).toEqual([g.date, g.media, g.mentions, g.hashtags])
      expect(t.platform).toBe('twitter')
    })
  })

  it('has both tweets equal to the gold through annotate()', () => {
    const tweets = annotate(input).tweets
    expect(tweets.map((t) => t.id)).toEqual(['t1', 't2'])
    gold.tweets.forEach((g, i) => {
      const t = tweets[i]!
      expect([t.span, t.body, t.signature]).toEqual([g.span, g.body, g.signature])
      expect([t.author.name, t.author.handle, t.date, t.media, t.mentions, t.hashtags]).toEqual([
        g.author,
        g.handle,
        g.date,
        g.media,
        g.mentions,
        g.hashtags,
      ])
    })
    // Written out by hand from the article's lines 5-6 and 9-10.
    expect(tweets[0]!.signature?.text).toBe('— Liz Sly (@LizSly) January 6, 2020')
    expect(tweets[1]!.body.text.endsWith('pic.twitter.com/52DDhSIIQ2')).toBe(true)
    expect(tweets[1]!.mentions).toEqual(['EsperDoD'])
  })
})

describe('fixture cases (fixtures/tweets/*/expected.json)', () => {
  const cases = readdirSync(fixtures).filter((name) => existsSync(new URL(`${name}/expected.json`, fixtures)))
  let total = 0
  for (const name of cases) {
    const md = existsSync(new URL(`${name}/input.md`, fixtures))
    const input = readFileSync(new URL(`${name}/input.${md ? 'md' : 'txt'}`, fixtures), 'utf8')
    const expected = JSON.parse(readFileSync(new URL(`${name}/expected.json`, fixtures), 'utf8')) as {
      format: Format
      tweets: ExpectedTweet[]
    }
    total += expected.tweets.length

    it(`${name}: the detector finds exactly the expected posts`, () => {
      expect(findings(input, expected.format).map((t) => asExpected(input, t))).toEqual(expected.tweets)
    })

    it(`${name}: annotate() reports the same posts with sound spans`, () => {
      const document = annotate(input, { format: expected.format })
      expect(violations(input, document)).toEqual([])
      const tweets = document.tweets
      expect(tweets.map((t) => asExpected(input, t))).toEqual(expected.tweets)
      for (const t of tweets) {
        for (const span of [t.span, t.body, t.signature]) {
          if (span) expect(input.slice(span.start, span.end)).toBe(span.text)
        }
        expect(t.body.start >= t.span.start && t.body.end <= t.span.end).toBe(true)
        if (t.signature) expect(t.signature.start >= t.body.end && t.signature.end <= t.span.end).toBe(true)
      }
    })

    it(`${name}: block ranges cover each span, in document order`, () => {
      const tree: Root =
        expected.format === 'markdown' ? fromMarkdownGuarded(input).tree : fromPlainText(input)
      const blocks = collectBlocks(tree, input)
      const found = detectTweets(blocks, input)
      for (const t of found) {
        const [first, last] = t.blocks
        expect(first).toBeLessThanOrEqual(last)
        expect(blocks[first]!.start).toBeLessThanOrEqual(t.span.start)
        expect(blocks[last]!.end).toBeGreaterThanOrEqual(t.span.end)
      }
      const starts = found.map((t) => t.span.start)
      expect(starts).toEqual([...starts].sort((a, b) => a - b))
    })
  }

  it('hold at least 30 posts', () => {
    expect(total).toBeGreaterThanOrEqual(30)
  })
})

describe('negative cases (fixtures/tweets/negatives.json)', () => {
  const { cases } = JSON.parse(readFileSync(new URL('negatives.json', fixtures), 'utf8')) as {
    cases: Array<{ name: string; format: Format; input: string }>
  }

  it('are at least 15', () => {
    expect(cases.length).toBeGreaterThanOrEqual(15)
  })

  for (const c of cases) {
    it(`${c.name}: no post`, () => {
      expect(findings(c.input, c.format)).toEqual([])
      expect(annotate(c.input, { format: c.format }).tweets).toEqual([])
    })
  }
})

describe('signatures outside the fixtures', () => {
  it('accepts a date it cannot read only when it links to the post', () => {
    const md =
      '> Le texte du tweet.\n>\n> — Jean Dupont (@jdupont) [6 janvier 2020](https://twitter.com/jdupont/status/42)\n'
    const [t] = annotate(md, { format: 'markdown' }).tweets
    expect(t?.body.text).toBe('Le texte du tweet.')
    expect([t?.author.handle, t?.date, t?.statusId]).toEqual(['jdupont', null, '42'])
    const text = 'Le texte du tweet.\n— Jean Dupont (@jdupont) 6 janvier 2020'
    expect(annotate(text).tweets).toEqual([])
  })

  it('reads "View on Threads" glued before "Post by"', () => {
    const [t] = annotate('Its label used Threads.\n\nView on Threads Post by @singerlabel\n').tweets
    expect([t?.platform, t?.span.text, t?.signature?.text]).toEqual([
      'threads',
      'View on Threads Post by @singerlabel',
      'Post by @singerlabel',
    ])
  })

  it('reads a date that a scraper put on the line after the signature', () => {
    const input = 'Intro.\n\nThe post itself.\n— Liz Sly (@LizSly)\nJanuary 6, 2020\n\nAfter.'
    const [t, more] = annotate(input).tweets
    expect(more).toBeUndefined()
    expect([t?.body.text, t?.signature?.text, t?.span.text, t?.date]).toEqual([
      'The post itself.',
      '— Liz Sly (@LizSly)\nJanuary 6, 2020',
      'The post itself.\n— Liz Sly (@LizSly)\nJanuary 6, 2020',
      '2020-01-06',
    ])
  })

  it('reads a post URL that a scraper wrote after the date', () => {
    const input =
      'The post itself.\n— Liz Sly (@LizSly) January 6, 2020 <https://twitter.com/LizSly/status/1214266567890034689>'
    const [t] = annotate(input).tweets
    expect([t?.date, t?.url, t?.statusId, t?.signature?.text]).toEqual([
      '2020-01-06',
      'https://twitter.com/LizSly/status/1214266567890034689',
      '1214266567890034689',
      '— Liz Sly (@LizSly) January 6, 2020 <https://twitter.com/LizSly/status/1214266567890034689>',
    ])
  })

  it('does not take a lone quote marker before the dash as the body', () => {
    const [t] = annotate('The post said it all.\n> — Liz Sly (@LizSly) January 6, 2020').tweets
    expect(t?.body.text).toBe('The post said it all.')
  })
})

describe('the remark plugin', () => {
  it('replaces each embed blockquote by a tweet node holding it', async () => {
    const input = readFileSync(new URL('md-blockquotes/input.md', fixtures), 'utf8')
    const file = new VFile(input)
    const processor = unified().use(remarkParse).use(remarkNewsmark)
    const tree = (await processor.run(processor.parse(file), file)) as Root
    const tweets = tree.children.filter((n) => (n.type as string) === 'tweet')
    expect(tweets).toHaveLength(5)
    // The first embed is the third top-level node: heading, paragraph, tweet.
    expect(tree.children[2]?.type).toBe('tweet')
    expect(tree.children[1]?.type).toBe('paragraph')
  })
})

describe('parseDate', () => {
  it.each([
    ['January 6, 2020', '2020-01-06', null],
    ['Jan 6, 2020', '2020-01-06', null],
    ['Jan. 6, 2020', '2020-01-06', null],
    ['Sept. 30, 2016', '2016-09-30', null],
    ['6 January 2020', '2020-01-06', null],
    ['6th January, 2020', '2020-01-06', null],
    ['2020-01-06', '2020-01-06', null],
    ['2020-01-06 09:05', '2020-01-06', '09:05'],
    ['2020-01-06T14:34:00+01:00', '2020-01-06', '14:34'],
    ['January 6, 2024 at 2:34 PM', '2024-01-06', '14:34'],
    ['Jan 6, 2020 at 12:05am PST', '2020-01-06', '00:05'],
    ['2:34 PM · Jan 6, 2020', '2020-01-06', '14:34'],
    ['8:05 PM - 6 Jan 2020', '2020-01-06', '20:05'],
    ['Monday, January 6, 2020', '2020-01-06', null],
    ['11 a.m. January 6, 2020', '2020-01-06', '11:00'],
    ['February 29, 2020', '2020-02-29', null],
  ])('reads %j', (text, date, time) => {
    expect(parseDate(text)).toMatchObject({ date, time })
  })

  it.each([
    'February 29, 2021',
    'February 30, 2020',
    'January 32, 2020',
    'January 6',
    '6/1/2020',
    'Tuesday, January 6, 2020',
    'said on Monday',
    'is a reporter at Reuters',
    'January 6, 2020 and more',
    '13:70 January 6, 2020',
    '13 PM January 6, 2020',
    'January 6, 1066',
    '',
    `January 6, 2020${' '.repeat(100)}x`,
  ])('rejects %j', (text) => {
    expect(parseDate(text)).toBeNull()
  })

  it('says whether an agreeing weekday was written', () => {
    expect(parseDate('Thursday, August 27, 2015')?.weekday).toBe(true)
    expect(parseDate('August 27, 2015')?.weekday).toBe(false)
  })

  it('reads "Month D, YYYY" (its quick path) as it reads the same date spaced otherwise (the general path)', () => {
    for (const month of Object.keys(monthNumbers)) {
      for (const [day, year] of [
        ['6', '2020'],
        ['29', '2021'],
        ['31', '2024'],
        ['0', '2020'],
        ['6', '1989'],
      ]) {
        const quick = parseDate(`${month} ${day}, ${year}`)
        expect(quick).toEqual(parseDate(`${month}  ${day} ,  ${year}`))
        expect(parseDate(`${month.toUpperCase()} ${day}, ${year}`)).toEqual(quick)
      }
    }
    expect(parseDate('Monday 6, 2020')).toBeNull()
    expect(parseDate('at 6, 2020')).toBeNull()
  })
})

describe('findBoilerplate', () => {
  it.each([
    ['View on Threads', 'threads', false],
    ['  VIEW ON MASTODON… ', 'mastodon', false],
    ['view this post on instagram...', 'instagram', true],
    ['[Image or embed]', 'bluesky', false],
  ])('reads %j whatever its case, spaces and ellipsis', (line, platform, opens) => {
    expect(findBoilerplate(line)).toEqual({ platform, opens, text: expect.any(String) })
  })

  it.each(['Viewed on Threads', 'A View on Threads', '…', '', ' ', 'View on Threads now'])(
    'rejects %j',
    (line) => {
      expect(findBoilerplate(line)).toBeNull()
    },
  )
})

describe('readPostUrl', () => {
  it.each([
    ['https://twitter.com/LizSly/status/1214266567890034689', 'twitter', 'LizSly', '1214266567890034689'],
    ['https://x.com/LizSly/status/1214266567890034689?s=20', 'twitter', 'LizSly', '1214266567890034689'],
    [
      'http://www.twitter.com/LizSly/statuses/1214266567890034689',
      'twitter',
      'LizSly',
      '1214266567890034689',
    ],
    [
      'https://mobile.twitter.com/LizSly/status/1214266567890034689/photo/1',
      'twitter',
      'LizSly',
      '1214266567890034689',
    ],
    [
      'https://twitter.com/LizSly/status/1214266567890034689/video/1',
      'twitter',
      'LizSly',
      '1214266567890034689',
    ],
    ['https://twitter.com/i/web/status/1214266567890034689', 'twitter', null, '1214266567890034689'],
    ['https://twitter.com/#!/LizSly/status/123', 'twitter', 'LizSly', '123'],
    ['x.com/a_b/status/99999999999999999999', 'twitter', 'a_b', '99999999999999999999'],
    [
      'https://bsky.app/profile/jay.bsky.team/post/3k44dkaj2nu2h',
      'bluesky',
      'jay.bsky.team',
      '3k44dkaj2nu2h',
    ],
    ['https://bsky.app/profile/did:plc:abc/post/3k44dkaj2nu2h', 'bluesky', null, '3k44dkaj2nu2h'],
    ['https://www.instagram.com/p/B7AbCdEfGhI/', 'instagram', null, 'B7AbCdEfGhI'],
    ['https://www.instagram.com/reel/C1xYz/?igsh=abc', 'instagram', null, 'C1xYz'],
    ['https://www.threads.net/@zuck/post/CuP48CiS5sx', 'threads', 'zuck', 'CuP48CiS5sx'],
    [
      'https://mastodon.social/@Gargron/113460452823011237',
      'mastodon',
      'Gargron@mastodon.social',
      '113460452823011237',
    ],
    ['https://www.facebook.com/20531316728/posts/10154009990506729/', 'facebook', null, '10154009990506729'],
  ])('reads %s', (url, platform, handle, id) => {
    expect(readPostUrl(url)).toEqual({ platform, handle, id })
  })

  it.each([
    'https://twitter.com/LizSly',
    'https://twitter.com/hashtag/Iraq?src=hash',
    'https://twitter.com/LizSly/status/',
    'https://twitter.com/LizSly/status/12a',
    'https://twitter.com/ThisHandleIsWayTooLong/status/1',
    'https://example.com/LizSly/status/1',
    'https://medium.com/@writer/a-story-1a2b3c',
    'https://www.instagram.com/jo.singer/',
    'https://www.facebook.com/josingerfans/',
    'not a url',
  ])('rejects %s', (url) => {
    expect(readPostUrl(url)).toBeNull()
  })

  it('rejects a URL longer than 2048 characters', () => {
    expect(readPostUrl(`https://twitter.com/a/status/1?${'x'.repeat(3000)}`)).toBeNull()
  })
})

describe('readEntities', () => {
  it('reads mentions after punctuation but not inside emails or URLs', () => {
    const e = readEntities(
      'Like it.@MaryJ sits with @Hill_C.#The411 via jane@example.com and https://medium.com/@writer/x (via @JohnM)',
      'twitter',
    )
    expect(e.mentions).toEqual(['MaryJ', 'Hill_C', 'JohnM'])
    expect(e.hashtags).toEqual(['The411'])
    expect(e.links).toEqual(['https://medium.com/@writer/x'])
  })

  it('skips mentions longer than 15 characters and all-digit hashtags, HTML entities and URL fragments', () => {
    const e = readEntities(
      '@ThisHandleIsWayTooLong #2020 &#39; #ok https://example.com/#frag #日本語',
      'twitter',
    )
    expect(e.mentions).toEqual([])
    expect(e.hashtags).toEqual(['ok', '日本語'])
  })

  it('splits media from links and drops sentence punctuation after a URL', () => {
    const e = readEntities(
      'Read this: https://t.co/AbC123. Also 30th.https://t.co/Glued1 pic.twitter.com/P2qpm3h3Pm— Apple',
      'twitter',
    )
    expect(e.links).toEqual(['https://t.co/AbC123', 'https://t.co/Glued1'])
    expect(e.media).toEqual(['pic.twitter.com/P2qpm3h3Pm'])
  })

  it('reads each platform’s handle shapes', () => {
    expect(readEntities('thanks @jay.bsky.team and @nobody.', 'bluesky').mentions).toEqual(['jay.bsky.team'])
    expect(readEntities('cc @Gargron@mastodon.social and @local', 'mastodon').mentions).toEqual([
      'Gargron@mastodon.social',
      'local',
    ])
    expect(readEntities('see @liz.sly.', 'instagram').mentions).toEqual(['liz.sly'])
  })
})

describe('hostile input', () => {
  // A hang fails by the test timeout; cost is measured by `npm run bench` and
  // tests/hostile.test.ts (deadlines scaled from a small run), not timed here.

  it('finds nothing in 100,000 unmatched handle parentheses', () => {
    expect(findings('(@'.repeat(100_000), 'text')).toEqual([])
    expect(findings('— A (@'.repeat(50_000), 'text')).toEqual([])
  })

  it('keeps findings in bounds, in order and apart on a 5 MB single line with anchors everywhere', () => {
    const line = 'x (@abc) /status/1 Post by @a Posted by b on '.repeat(120_000)
    const found = findings(line, 'text')
    let end = 0
    for (const t of found) {
      expect(t.span.start).toBeGreaterThanOrEqual(end)
      expect(t.span.end).toBeLessThanOrEqual(line.length)
      end = t.span.end
    }
  })

  it('survives many signature-like lines and finds each one once', () => {
    const input = 'words\n— A (@a) January 6, 2020\n'.repeat(20_000)
    expect(findings(input, 'text')).toHaveLength(20_000)
  })

  it('costs less than parsing on 2 MB of prose without posts (one cheap pass)', () => {
    const article = readFileSync(new URL('../fixtures/iraq-troops.txt', import.meta.url), 'utf8')
      .split('\n')
      .filter((line) => !line.includes('(@') && !line.includes('pic.twitter.com'))
      .join('\n')
    const input = `${article}\n`.repeat(Math.ceil(2_000_000 / article.length))
    // Its cost is measured by `npm run bench` (the tweets stage's share), not timed here.
    expect(detectTweets(collectBlocks(fromPlainText(input), input), input)).toEqual([])
  })

  it('keeps the model sound on lone surrogates and control characters', () => {
    const input = '\uD800 body \u0000\u0007 pic.twitter.com/x\uDC00\n— \uD83D (@a\uDFFF) January 6, 2020\n'
    for (const format of ['text', 'markdown'] as const) {
      const document = annotate(input, { format })
      expect(violations(input, document)).toEqual([])
      // `(@a\uDFFF)` is no handle: a lone surrogate is not one of [A-Za-z0-9_].
      expect(document.tweets.map((t) => t.author.handle)).not.toContain('a')
    }
  })
})
