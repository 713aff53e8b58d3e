import { readFileSync } from 'node:fs'
import fc from 'fast-check'
import rehypeParse from 'rehype-parse'
import { unified } from 'unified'
import { VFile } from 'vfile'
import { describe, expect, it } from 'vitest'
import { annotate } from '../src/annotate.js'
import { parseEmbedDate, parseIsoDate } from '../src/detect/html-embeds/dates.js'
import { dashSignature } from '../src/detect/html-embeds/find.js'
import { readEmbedUrl } from '../src/detect/html-embeds/urls.js'
import { alignLeaf, entityLength, type SourceMapBuilder, skipMarkup } from '../src/input/html/align.js'
import { mergeTweets } from '../src/input/html/index.js'
import { deepTags, MAX_HTML_NESTING } from '../src/input/html/parse.js'
import { rehypeNewsmark } from '../src/input/html/rehype.js'
import type { NewsDocument, Span, Tweet } from '../src/model.js'
import { violations } from './helpers/invariants.js'

const fixture = (name: string): string =>
  readFileSync(new URL(`../fixtures/html/${name}`, import.meta.url), 'utf8')

/** The entities the fixtures use, decoded by hand for the checks below. */
const NAMED: Record<string, string> = {
  amp: '&',
  mdash: '—',
  nbsp: '\u00a0',
  ldquo: '“',
  rdquo: '”',
  rsquo: '’',
  hellip: '…',
  copy: '©',
}

/** What a stretch of HTML shows: scripts, styles, comments and tags removed, entities decoded, whitespace removed. */
function visible(html: string): string {
  return html
    .replace(/<(script|style|title)\b[^>]*>[\s\S]*?<\/\1>/gi, '')
    .replace(/<!--[\s\S]*?-->/g, '')
    .replace(/<[^>]*>/g, '')
    .replace(/&#(\d+);/g, (_, n: string) => String.fromCodePoint(Number(n)))
    .replace(/&([a-z]+);/g, (m, name: string) => NAMED[name] ?? m)
    .replace(/\s+/g, '')
}

const compact = (text: string): string => text.replace(/\s+/g, '')

/** Every span of the document. */
function spans(document: NewsDocument): Array<[string, Span]> {
  const out: Array<[string, Span]> = []
  for (const q of document.quotes) {
    out.push([`${q.id}.quote`, q.quote])
    for (const s of q.segments ?? []) out.push([`${q.id}.segment`, s])
    if (q.speaker) out.push([`${q.id}.speaker`, q.speaker])
    if (q.cue) out.push([`${q.id}.cue`, q.cue])
  }
  for (const s of document.speakers) for (const m of s.mentions) out.push([`${s.id}.mention`, m])
  for (const t of document.tweets) {
    out.push([`${t.id}.span`, t.span], [`${t.id}.body`, t.body])
    if (t.signature) out.push([`${t.id}.signature`, t.signature])
  }
  return out
}

/**
 * The model's invariants for HTML input (spans index `document.text`), and
 * the `source` ranges': inside the HTML, and showing the span's words.
 */
function htmlViolations(html: string, document: NewsDocument): string[] {
  const problems = document.text === undefined ? ['no text'] : violations(document.text, document)
  for (const [where, span] of spans(document)) {
    const source = span.source
    if (!source) {
      problems.push(`${where}: no source`)
      continue
    }
    if (!(source.start >= 0 && source.start <= source.end && source.end <= html.length)) {
      problems.push(`${where}: source out of bounds`)
    } else if (visible(html.slice(source.start, source.end)) !== compact(span.text)) {
      problems.push(`${where}: source shows ${JSON.stringify(html.slice(source.start, source.end))}`)
    }
  }
  return problems
}

/** The fields of a tweet the fixtures check by hand. */
function summary(tweet: Tweet): Record<string, unknown> {
  return {
    platform: tweet.platform,
    body: tweet.body.text,
    signature: tweet.signature?.text ?? null,
    author: tweet.author,
    date: tweet.date,
    time: tweet.time,
    dateText: tweet.dateText ?? null,
    url: tweet.url,
    statusId: tweet.statusId,
    lang: tweet.lang ?? null,
  }
}

describe('annotate(html, { format: "html" })', () => {
  const html = fixture('iraq-troops.html')
  const document = annotate(html, { format: 'html' })

  it('returns the extracted text, every span indexing it and carrying its HTML range', () => {
    expect(document.format).toBe('html')
    expect(htmlViolations(html, document)).toEqual([])
  })

  it('keeps every visible character of the article and nothing of the page around it', () => {
    const article = html.slice(html.indexOf('<article'), html.indexOf('</article>'))
    expect(compact(document.text!)).toBe(visible(article))
    for (const chrome of [
      'Home',
      'Share on Facebook',
      'Related story',
      'Subscribe',
      'escaped copy',
      'not text',
    ])
      expect(document.text).not.toContain(chrome)
  })

  it('separates blocks by a blank line and keeps entities, no-break spaces and emphasis as text', () => {
    expect(document.text!.startsWith('No plans for troops to leave Iraq, US insists\n\nThere has been')).toBe(
      true,
    )
    expect(document.text).toContain('Photo:\u00a0Getty')
    expect(document.text).toContain('discusses their “onward movement”.')
    expect(document.text).toContain('Iraq & as requested')
    expect(document.text).toContain('what that letter is … We’re')
    expect(document.text).toContain('leave Iraq. Period,” Mr Esper insisted.')
  })

  it('maps a span written with entities to the entities, and a literal span to itself', () => {
    const start = document.text!.indexOf('There’s been no decision whatsoever')
    const quote = document.quotes.find((q) => q.quote.start === start)
    // Found by the quote detector once it lands; the map itself is checked on the tweet below either way.
    if (quote) {
      expect(html.slice(quote.quote.source!.start, quote.quote.source!.end)).toBe(
        'There&#8217;s been no decision whatsoever to leave Iraq,',
      )
    }
    const sly = document.tweets[0]!
    expect(html.slice(sly.signature!.source!.start, sly.signature!.source!.end)).toBe(
      '&mdash; Liz Sly (@LizSly) <a href="https://twitter.com/LizSly/status/1214266567890034689?ref_src=twsrc%5Etfw">January 6, 2020',
    )
    expect(html.slice(sly.body.source!.start, sly.body.source!.start + 30)).toBe(
      'BREAKING: The US military send',
    )
  })

  it('reads both tweets from their markup', () => {
    expect(document.tweets.map(summary)).toEqual([
      {
        platform: 'twitter',
        body: 'BREAKING: The US military sends a letter to the Iraqi military announcing the “onward movement” of US troops “in due deference to the sovereignty of Iraq & as requested by the Iraqi Parliament & the Iraqi PM”. It’s a withdrawal. pic.twitter.com/tQHSsHTtez',
        signature: '— Liz Sly (@LizSly) January 6, 2020',
        author: { name: 'Liz Sly', handle: 'LizSly' },
        date: '2020-01-06',
        time: null,
        dateText: 'January 6, 2020',
        url: 'https://twitter.com/LizSly/status/1214266567890034689?ref_src=twsrc%5Etfw',
        statusId: '1214266567890034689',
        lang: 'en',
      },
      {
        platform: 'twitter',
        body: 'BREAKING: @EsperDoD says memo on withdrawal is not accurate “there’s been no decision whatsoever to leave Iraq.” pic.twitter.com/52DDhSIIQ2',
        signature: '— Tara Copp (@TaraCopp) January 6, 2020',
        author: { name: 'Tara Copp', handle: 'TaraCopp' },
        date: '2020-01-06',
        time: null,
        dateText: 'January 6, 2020',
        url: 'https://twitter.com/TaraCopp/status/1214272318326018048?ref_src=twsrc%5Etfw',
        statusId: '1214272318326018048',
        lang: 'en',
      },
    ])
    expect(document.tweets.map((t) => t.id)).toEqual(['t1', 't2'])
    expect(document.tweets[0]!.media).toEqual(['pic.twitter.com/tQHSsHTtez'])
    expect(document.tweets[1]!.mentions).toEqual(['EsperDoD'])
    expect(document.tweets[1]!.links).toEqual(['https://twitter.com/EsperDoD?ref_src=twsrc%5Etfw'])
  })

  it('finds the same quotes in the HTML version of the seed article as in its plain text', () => {
    const plain = annotate(readFileSync(new URL('../fixtures/iraq-troops.txt', import.meta.url), 'utf8'))
    const shape = (doc: NewsDocument) =>
      doc.quotes.map((q) => ({
        type: q.type,
        text: q.text,
        speaker: q.speaker?.text ?? null,
        resolved: doc.speakers.find((s) => s.id === q.speakerId)?.name ?? null,
        inTweet: q.tweetId === null ? null : doc.tweets.find((t) => t.id === q.tweetId)?.author.handle,
      }))
    expect(shape(document)).toEqual(shape(plain))
    expect(document.tweets.map((t) => [t.body.text, t.author.handle, t.date])).toEqual(
      plain.tweets.map((t) => [t.body.text, t.author.handle, t.date]),
    )
  })

  it('gives the same document twice', () => {
    expect(JSON.stringify(annotate(html, { format: 'html' }))).toBe(JSON.stringify(document))
  })
})

describe('embeds of each platform', () => {
  const html = fixture('platforms.html')
  const document = annotate(html, { format: 'html' })

  it('keeps the model’s contract', () => {
    expect(htmlViolations(html, document)).toEqual([])
  })

  it('reads Instagram, Bluesky, TikTok, Mastodon, Threads and Facebook embeds', () => {
    expect(document.tweets.map(summary)).toEqual([
      {
        platform: 'instagram',
        body: 'Back at work after the holidays #budget2020 with @treasury_team',
        signature: 'A post shared by Jane Minister (@janeminister) on Jan 5, 2020 at 7:34pm PST',
        author: { name: 'Jane Minister', handle: 'janeminister' },
        date: '2020-01-05',
        time: '19:34',
        dateText: 'Jan 5, 2020 at 7:34pm PST',
        url: 'https://www.instagram.com/p/B6_v1sXgm2x/?utm_source=ig_embed&utm_campaign=loading',
        statusId: 'B6_v1sXgm2x',
        lang: null,
      },
      {
        platform: 'bluesky',
        body: 'Budget day. Read the plan here: example.gov/budget',
        signature: '— Jane Minister (@jane.bsky.social) January 6, 2024 at 2:34 PM',
        author: { name: 'Jane Minister', handle: 'jane.bsky.social' },
        date: '2024-01-06',
        time: '14:34',
        dateText: 'January 6, 2024 at 2:34 PM',
        url: 'https://bsky.app/profile/did:plc:z72i7hdynmk6r22z27h6tvur/post/3k44deefqdk2g?ref_src=embed',
        statusId: '3k44deefqdk2g',
        lang: 'en',
      },
      {
        platform: 'tiktok',
        body: 'Scramble up ur name & I’ll try to guess it #foryoupage',
        signature: null,
        author: { name: null, handle: 'scout2015' },
        date: null,
        time: null,
        dateText: null,
        url: 'https://www.tiktok.com/@scout2015/video/6718335390845095173',
        statusId: '6718335390845095173',
        lang: null,
      },
      {
        platform: 'mastodon',
        body: '',
        signature: 'Post by @Gargron@mastodon.social',
        author: { name: null, handle: 'Gargron@mastodon.social' },
        date: null,
        time: null,
        dateText: null,
        url: 'https://mastodon.social/@Gargron/113478245380546436/embed',
        statusId: '113478245380546436',
        lang: null,
      },
      {
        platform: 'threads',
        body: '',
        signature: 'Post by @zuck',
        author: { name: null, handle: 'zuck' },
        date: null,
        time: null,
        dateText: null,
        url: 'https://www.threads.net/@zuck/post/C8XqT9uyQWn',
        statusId: 'C8XqT9uyQWn',
        lang: null,
      },
      {
        platform: 'facebook',
        body: "Today we're announcing a new way to connect.",
        signature: 'Posted by Facebook on\u00a0Thursday, August 27, 2015',
        author: { name: 'Facebook', handle: null },
        date: '2015-08-27',
        time: null,
        dateText: 'Thursday, August 27, 2015',
        url: 'https://www.facebook.com/20531316728/posts/10154009990506729/',
        statusId: '10154009990506729',
        lang: null,
      },
    ])
  })

  it('reads hashtags, mentions and links from the post’s own words only', () => {
    const [instagram, bluesky, tiktok] = document.tweets
    expect([instagram!.hashtags, instagram!.mentions]).toEqual([['budget2020'], ['treasury_team']])
    expect(bluesky!.links).toEqual(['https://example.gov/budget'])
    expect(tiktok!.hashtags).toEqual(['foryoupage'])
  })

  it('keeps the boilerplate lines in the embed’s span, out of its body', () => {
    const [instagram, , , mastodon] = document.tweets
    expect(instagram!.span.text.startsWith('View this post on Instagram\n\n')).toBe(true)
    expect(mastodon!.span.text).toBe('Post by @Gargron@mastodon.social\n\nView on Mastodon')
  })
})

describe('degraded embeds', () => {
  const html = fixture('degraded.html')
  const document = annotate(html, { format: 'html' })

  it('keeps the model’s contract', () => {
    expect(htmlViolations(html, document)).toEqual([])
  })

  it('reads a bare status link, a deleted tweet, a stripped class, an old data-datetime embed and a frame', () => {
    expect(document.tweets.map(summary)).toEqual([
      {
        platform: 'twitter',
        body: '',
        signature: null,
        author: { name: null, handle: 'LizSly' },
        date: null,
        time: null,
        dateText: null,
        url: 'https://twitter.com/LizSly/status/1214266567890034689',
        statusId: '1214266567890034689',
        lang: null,
      },
      {
        platform: 'twitter',
        body: '',
        signature: '— Old Account (@gone_account) March 1, 2019',
        author: { name: 'Old Account', handle: 'gone_account' },
        date: '2019-03-01',
        time: null,
        dateText: 'March 1, 2019',
        url: 'https://twitter.com/gone_account/status/1100000000000000001',
        statusId: '1100000000000000001',
        lang: null,
      },
      {
        platform: 'twitter',
        body: 'We will not leave until the job is done.',
        signature: '— Tara Copp (@TaraCopp) January 6, 2020',
        author: { name: 'Tara Copp', handle: 'TaraCopp' },
        date: '2020-01-06',
        time: null,
        dateText: 'January 6, 2020',
        url: 'https://x.com/TaraCopp/status/1214272318326018048',
        statusId: '1214272318326018048',
        lang: null,
      },
      {
        platform: 'twitter',
        body: 'Search API will now always return "real" Twitter user IDs.',
        signature: '— Twitter API (@twitterapi) November 7, 2011',
        author: { name: 'Twitter API', handle: 'twitterapi' },
        date: '2011-11-07',
        time: null,
        dateText: 'November 7, 2011',
        url: 'https://twitter.com/twitterapi/status/133640144317198338',
        statusId: '133640144317198338',
        lang: null,
      },
      {
        platform: 'twitter',
        body: '',
        signature: null,
        author: { name: null, handle: null },
        date: null,
        time: null,
        dateText: null,
        url: 'https://platform.twitter.com/embed/Tweet.html?dnt=false&id=1214266567890034689&lang=en',
        statusId: '1214266567890034689',
        lang: null,
      },
    ])
  })

  it('puts a frame’s URL in the text where the frame stands, mapped to its src attribute', () => {
    const frame = document.tweets[4]!
    expect(frame.span.text).toBe(frame.url)
    expect(html.slice(frame.span.source!.start, frame.span.source!.end)).toBe(
      'https://platform.twitter.com/embed/Tweet.html?dnt=false&amp;id=1214266567890034689&amp;lang=en',
    )
  })

  it('does not read a quotation in a blockquote, or a frame that is not a post, as an embed', () => {
    expect(document.tweets).toHaveLength(5)
    expect(document.text).toContain('“We are not going anywhere,” she said — a quote, not a post.')
    expect(document.text).not.toContain('YouTube')
  })
})

describe('localised signature dates', () => {
  const html = fixture('dates-localised.html')
  const document = annotate(html, { format: 'html' })

  it('reads German, French, Spanish and Japanese dates, and keeps a date it cannot read as written', () => {
    expect(htmlViolations(html, document)).toEqual([])
    expect(document.tweets.map((t) => [t.lang, t.dateText, t.date])).toEqual([
      ['de', '6. Januar 2020', '2020-01-06'],
      ['fr', '6 janv. 2020', '2020-01-06'],
      ['es', '6 de enero de 2020', '2020-01-06'],
      ['ja', '2020年1月6日', '2020-01-06'],
      ['en', 'sometime last week', null],
    ])
    expect(document.tweets[3]!.author).toEqual({ name: '山田太郎', handle: 'yamada_taro' })
  })

  it.each([
    ['January 6, 2020', { date: '2020-01-06', time: null }],
    ['Monday, January 6, 2020', { date: '2020-01-06', time: null }],
    ['6 gennaio 2020', { date: '2020-01-06', time: null }],
    ['6 de janeiro de 2020', { date: '2020-01-06', time: null }],
    ['6. März 2020 um 14:05', { date: '2020-03-06', time: '14:05' }],
    ['1er décembre 2021', { date: '2021-12-01', time: null }],
    ['2020年1月6日 午後2:34', { date: '2020-01-06', time: '14:34' }],
    ['2020년 1월 6일', { date: '2020-01-06', time: null }],
    ['January 6, 2024 at 12:05 a.m.', { date: '2024-01-06', time: '00:05' }],
    ['2020-01-06T14:34:00Z', { date: '2020-01-06', time: '14:34' }],
  ])('reads %s', (text, expected) => {
    expect(parseEmbedDate(text)).toEqual(expected)
  })

  it.each([
    'February 30, 2020',
    'January 2020',
    'is a reporter in Baghdad',
    'Tuesday Wednesday January 6, 2020',
    '6 janvier 1850',
    '13:75 January 6, 2020',
    `${'x'.repeat(200)} January 6, 2020`,
  ])('does not read %s', (text) => {
    expect(parseEmbedDate(text)).toBeNull()
  })

  it('reads datetime attributes', () => {
    expect(parseIsoDate('2011-11-07T20:21:07+00:00')).toEqual({ date: '2011-11-07', time: '20:21' })
    expect(parseIsoDate('2011-13-07')).toBeNull()
  })
})

describe('embed URLs', () => {
  it.each([
    [
      'https://twitter.com/LizSly/status/1214266567890034689?ref_src=twsrc%5Etfw',
      'twitter',
      'LizSly',
      '1214266567890034689',
    ],
    ['https://x.com/i/web/status/1214266567890034689', 'twitter', null, '1214266567890034689'],
    ['https://platform.twitter.com/embed/Tweet.html?id=20', 'twitter', null, '20'],
    [
      'https://bsky.app/profile/jay.bsky.team/post/3k44deefqdk2g',
      'bluesky',
      'jay.bsky.team',
      '3k44deefqdk2g',
    ],
    ['at://did:plc:abc/app.bsky.feed.post/3k44', 'bluesky', 'did:plc:abc', '3k44'],
    ['https://www.instagram.com/reel/C1a2b3/', 'instagram', null, 'C1a2b3'],
    ['https://www.tiktok.com/embed/v2/6718335390845095173', 'tiktok', null, '6718335390845095173'],
    ['https://www.threads.net/@zuck/post/C8XqT9uyQWn', 'threads', 'zuck', 'C8XqT9uyQWn'],
    [
      'https://www.facebook.com/plugins/post.php?href=https%3A%2F%2Fwww.facebook.com%2Fnasa%2Fposts%2F123',
      'facebook',
      null,
      '123',
    ],
    [
      'https://mastodon.social/@Gargron/113478245380546436/embed',
      'mastodon',
      'Gargron@mastodon.social',
      '113478245380546436',
    ],
  ])('reads %s', (url, platform, handle, statusId) => {
    expect(readEmbedUrl(url)).toEqual({ platform, handle, statusId })
  })

  it.each([
    'https://twitter.com/LizSly',
    'https://www.youtube.com/embed/abc123',
    'https://example.com/@someone/notanumber',
    'not a url at all',
    `https://twitter.com/a/status/${'1'.repeat(3000)}`,
  ])('names no post in %s', (url) => {
    expect(readEmbedUrl(url)).toBeNull()
  })

  it('reads a dash signature only with a dash on the handle’s line', () => {
    expect(dashSignature('body\n— Liz Sly (@LizSly) January 6, 2020')).toEqual({
      at: 5,
      name: 'Liz Sly',
      handle: 'LizSly',
      dateText: 'January 6, 2020',
    })
    expect(dashSignature('— Jean-Paul Sartre (@jps)')?.name).toBe('Jean-Paul Sartre')
    expect(dashSignature('— a line\nJane (@jane)')).toBeNull()
    expect(dashSignature('said Jane (@jane) today')).toBeNull()
  })
})

describe('the article root', () => {
  it('takes the largest <article>, else <main>, else <body>', () => {
    const two =
      '<body><p>chrome</p><article><p>small related</p></article><article><p>The long main story here.</p></article></body>'
    expect(annotate(two, { format: 'html' }).text).toBe('The long main story here.')
    const main = '<body><nav>Menu</nav><main><p>Main text.</p></main><footer>Foot</footer></body>'
    expect(annotate(main, { format: 'html' }).text).toBe('Main text.')
    const body = '<body><nav>Menu</nav><p>Body text.</p></body>'
    expect(annotate(body, { format: 'html' }).text).toBe('Menu\n\nBody text.')
  })

  it('reads a fragment without <html> or <body>, and an empty string', () => {
    expect(annotate('“Fine,” she said.', { format: 'html' }).text).toBe('“Fine,” she said.')
    const empty = annotate('', { format: 'html' })
    expect([empty.text, empty.quotes, empty.tweets]).toEqual(['', [], []])
  })

  it('renders <q> with quote marks, <br> as a line break, and keeps table cells and captions', () => {
    const doc = annotate(
      '<p>He called it <q>a <q>draft</q></q>.<br>Next line.</p><table><caption>Votes</caption><tr><td>Yes</td><td>No</td></tr></table>',
      { format: 'html' },
    )
    expect(doc.text).toBe('He called it “a ‘draft’”.\nNext line.\n\nVotes\n\nYes\n\nNo')
  })

  it('leaves out hidden elements, templates and scripts', () => {
    const doc = annotate(
      '<p>Shown.</p><p hidden>Hidden.</p><template><p>Template.</p></template><noscript>Enable JS</noscript><script>"x"</script>',
      { format: 'html' },
    )
    expect(doc.text).toBe('Shown.')
  })
})

describe('bad HTML', () => {
  it('reads unclosed tags, stray end tags, bare ampersands and an unclosed comment without losing words', () => {
    const html = fixture('bad.html')
    const doc = annotate(html, { format: 'html' })
    expect(violations(doc.text!, doc)).toEqual([])
    for (const word of [
      'Unclosed',
      'italic',
      'We never close our tags',
      'cell one',
      '“two”',
      'Stray',
      '& bare',
      '&unknown;',
      '< sign',
    ])
      expect(doc.text).toContain(word)
    expect(doc.text).not.toContain('an unclosed comment')
  })

  it('reads a page nested 20 000 elements deep, saying that it flattened it', () => {
    const html = `<article>${'<div>'.repeat(20_000)}<p>“Deep,” she said.</p>${'</div>'.repeat(20_000)}</article>`
    const doc = annotate(html, { format: 'html' })
    expect(doc.text).toBe('“Deep,” she said.')
    expect(doc.warnings).toEqual([
      `tags nested more than ${MAX_HTML_NESTING} levels deep were read as absent`,
    ])
  })

  it('undoes wrappers nested too deep for the converter, keeping paragraph breaks and text order', () => {
    const divs = `<body>${'<div>'.repeat(60)}lead<div>one</div><section>two <b>bold</b></section>tail${'</div>'.repeat(60)}</body>`
    expect(annotate(divs, { format: 'html' }).text).toBe('lead\n\none\n\ntwo bold\n\ntail')
    const spans = `<p>a ${'<span>'.repeat(300)}b${'</span>'.repeat(300)} c</p>`
    expect(annotate(spans, { format: 'html' }).text).toBe('a b c')
    const quotes = `${'<blockquote>'.repeat(150)}<p>x</p>y${'</blockquote>'.repeat(150)}`
    expect(annotate(quotes, { format: 'html' }).text).toBe('x\n\ny')
  })

  it('reads 10 000 unclosed inline tags', () => {
    const doc = annotate(`<p>${'<b>x '.repeat(10_000)}</p>`, { format: 'html' })
    expect(compact(doc.text!)).toBe('x'.repeat(10_000))
  })

  it('reads a 5 MB page', () => {
    const html = fixture('iraq-troops.html')
    const article = html.slice(html.indexOf('<article'), html.indexOf('</article>') + 10)
    const copies = Math.ceil((5 * 1024 * 1024) / article.length)
    const big = `<!doctype html><html><body>${article.repeat(copies)}</body></html>`
    const doc = annotate(big, { format: 'html' })
    // One copy of the article is the largest <article>: every copy is the same size, the first wins.
    expect(doc.text).toBe(annotate(`<body>${article}</body>`, { format: 'html' }).text)
  }, 180_000)

  it('reads a 5 MB body without any article element', () => {
    const paragraph = '<p>“Words &amp; more words,” <em>she</em> said.</p>\n'
    const big = paragraph.repeat(Math.ceil((5 * 1024 * 1024) / paragraph.length))
    const doc = annotate(big, { format: 'html' })
    expect(doc.text!.length).toBe(
      (big.length / paragraph.length) * ('“Words & more words,” she said.'.length + 2) - 2,
    )
  }, 300_000)
})

describe('any tag soup', () => {
  const pieces = [
    '<p>',
    '</p>',
    '<div>',
    '</div>',
    '<blockquote class="twitter-tweet">',
    '</blockquote>',
    '<q>',
    '</q>',
    '<em>',
    '<br>',
    '<script>',
    '</script>',
    '<!--',
    '-->',
    '&mdash;',
    '&amp',
    '&#128512;',
    '&nbsp;',
    '“',
    '”',
    ' said ',
    'Mr Esper',
    '— Liz Sly (@LizSly) ',
    '<a href="https://twitter.com/a/status/1">',
    '</a>',
    '<iframe src="https://x.com/a/status/2">',
    '\n\n',
    '  ',
    'x',
  ]
  it('gives a sound document: spans slice the text, sources lie in the HTML in text order', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...pieces), { maxLength: 60 }), (parts) => {
        const html = parts.join('')
        const doc = annotate(html, { format: 'html' })
        expect(violations(doc.text!, doc)).toEqual([])
        for (const [, span] of spans(doc)) {
          const source = span.source!
          expect(source.start).toBeGreaterThanOrEqual(0)
          expect(source.end).toBeGreaterThanOrEqual(source.start)
          expect(source.end).toBeLessThanOrEqual(html.length)
        }
        const starts = doc.quotes.map((q) => q.quote.source!.start)
        expect(starts).toEqual([...starts].sort((a, b) => a - b))
      }),
      { numRuns: 300 },
    )
  })
})

describe('the parts', () => {
  it('maps entities, collapsed whitespace, tags between merged texts and inserted characters', () => {
    const html = '<p>a &amp;  <span>b</span>&#8212;c</p>'
    const out: SourceMapBuilder = { starts: [], ends: [] }
    // The converter's value for the text from offset 3 to 34: "a & b—c"; then a made-up "”".
    const cursor = alignLeaf('a & b—c', 3, 34, html, 3, out)
    alignLeaf('”', undefined, undefined, html, cursor, out)
    expect(out.starts).toEqual([3, 4, 5, 10, 18, 26, 33, 34])
    expect(out.ends).toEqual([4, 5, 10, 11, 19, 33, 34, 34])
  })

  it('reads character references, and a literal ampersand as itself', () => {
    expect(entityLength('&mdash; x', 0, 0x2014)).toBe(7)
    expect(entityLength('&#128512;', 0, 0xd83d)).toBe(9)
    expect(entityLength('&nbsp x', 0, 0xa0)).toBe(5)
    expect(entityLength('&T', 0, 0x26)).toBe(0)
    expect(entityLength('& x', 0, 0x26)).toBe(0)
  })

  it('skips tags, comments and raw-text elements, not a lone <', () => {
    expect(skipMarkup('<em class="x">a', 0, 15)).toBe(14)
    expect(skipMarkup('<!-- c -->a', 0, 11)).toBe(10)
    expect(skipMarkup('<script>if (a<b) x()</script>a', 0, 30)).toBe(29)
    expect(skipMarkup('< b', 0, 3)).toBe(0)
  })

  it('finds the start tags that nest too deep, and their end tags', () => {
    expect(deepTags('<div><div><div>x</div></div></div>', 2)).toEqual([
      [10, 15],
      [16, 22],
    ])
    // Paragraphs, list items and void elements do not nest; raw text holds no tags.
    expect(deepTags('<p><p><li><br><img><script><div><div></script>', 1)).toEqual([])
  })

  it('lets embeds from markup replace the text detector’s guesses for the same stretch', () => {
    const span = (start: number, end: number): Span => ({ start, end, text: 'x'.repeat(end - start) })
    const tweet = (id: string, start: number, end: number, handle: string): Tweet => ({
      id,
      platform: 'twitter',
      span: span(start, end),
      body: span(start, end),
      signature: null,
      author: { name: null, handle },
      date: null,
      time: null,
      url: null,
      statusId: null,
      media: [],
      links: [],
      mentions: [],
      hashtags: [],
    })
    const quote = {
      id: 'q1',
      type: 'direct' as const,
      text: 'x',
      quote: span(52, 55),
      speaker: null,
      speakerId: null,
      cue: null,
      tweetId: 't2',
      inferred: false,
      confidence: 1,
    }
    const document: NewsDocument = {
      version: 1,
      format: 'html',
      quotes: [quote],
      speakers: [],
      tweets: [tweet('t1', 0, 10, 'kept'), tweet('t2', 50, 60, 'guess')],
    }
    const merged = mergeTweets(document, [tweet('', 45, 70, 'markup')])
    expect(merged.tweets.map((t) => [t.id, t.author.handle])).toEqual([
      ['t1', 'kept'],
      ['t2', 'markup'],
    ])
    expect(merged.quotes[0]!.tweetId).toBe('t2')
  })
})

describe('rehypeNewsmark', () => {
  it('stores the same document as annotate() on the file and leaves the tree as it was', () => {
    const html = fixture('platforms.html')
    const processor = unified().use(rehypeParse).use(rehypeNewsmark)
    const file = new VFile(html)
    const tree = processor.parse(file)
    const before = JSON.stringify(tree)
    processor.runSync(tree, file)
    expect(file.data.newsmark).toEqual(annotate(html, { format: 'html' }))
    expect(JSON.stringify(tree)).toBe(before)
  })

  it('fails with a clear message when the file has no text', () => {
    const processor = unified().use(rehypeNewsmark)
    expect(() => processor.runSync({ type: 'root', children: [] }, new VFile())).toThrow(/needs the HTML/)
  })
})
