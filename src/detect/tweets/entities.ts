/**
 * The entities of a post's text: links, media links, @mentions and
 * #hashtags, read with small bounded regexes after the rules of Twitter's
 * twitter-text (a mention or hashtag must not follow a letter or digit, so
 * that "jane@example.com" and "&#39;" yield nothing; entities inside a URL
 * are not entities).
 *
 * @module
 */
import type { Platform } from '../../model.js'
import { isMediaUrl } from './urls.js'

/** What a post's text links and names. */
export interface Entities {
  /** Media links, as written. */
  media: string[]
  /** Other links, as written. */
  links: string[]
  /** Accounts, without `@`. */
  mentions: string[]
  /** Hashtags, without `#`. */
  hashtags: string[]
}

/**
 * A URL: a scheme, or one of the bare hosts Twitter prints (pic.twitter.com,
 * t.co), then non-space characters (quotes and dashes end it: "…/P2qpm3h3Pm—
 * Apple Music"). One class repeated, so no backtracking blow-up.
 */
const URL_PATTERN = /(?:https?:\/\/|(?<![\w.])(?:pic\.(?:twitter|x)\.com|t\.co)\/)[^\s<>"“”‘’«»—–]{1,2048}/giu

/** Punctuation that ends a sentence after a URL rather than belonging to it. */
const URL_TRAILING = ".,;:!?'’)]…"

/** twitter-text's mention: not after a letter, digit, `_`, `!#$%&*@＠`; 1–15 of `[A-Za-z0-9_]`, not followed by more of them, `@` or `://`. */
const TWITTER_MENTION = /(?<![A-Za-z0-9_!#$%&*@＠])[@＠]([A-Za-z0-9_]{1,15})(?![A-Za-z0-9_@＠]|:\/\/)/g

/** A Bluesky mention is a domain name: "@jay.bsky.team". */
const BLUESKY_MENTION = /(?<![A-Za-z0-9_@.])@([A-Za-z0-9][A-Za-z0-9.-]{0,252})/g

/** A Mastodon mention, local or with its instance: "@Gargron", "@Gargron@mastodon.social". */
const MASTODON_MENTION = /(?<![A-Za-z0-9_@])@([A-Za-z0-9_]{1,30}(?:@[A-Za-z0-9.-]{1,253})?)/g

/** Instagram and Threads usernames allow dots: "@liz.sly". */
const DOTTED_MENTION = /(?<![A-Za-z0-9_@.])@([A-Za-z0-9._]{1,30})/g

/** twitter-text's hashtag: not after a letter, digit, mark, `_` or `&`; letters, marks, digits, `_`; not followed by `#` or `://`. */
const HASHTAG = /(?<![\p{L}\p{M}\p{N}_&])[#＃]([\p{L}\p{M}\p{N}_]{1,139})(?![#＃]|:\/\/)/gu

/** Read the entities of `text` as written on `platform`. */
export function readEntities(text: string, platform: Platform): Entities {
  const media: string[] = []
  const links: string[] = []
  const taken: Array<[number, number]> = []
  // Each pattern needs a character that most texts lack: a URL's `/`, a mention's `@`, a hashtag's `#`.
  const urls = text.includes('/') ? text.matchAll(URL_PATTERN) : []
  for (const m of urls) {
    const url = trimTrailing(m[0], URL_TRAILING)
    if (url.endsWith('/') && url.length <= 8) continue
    taken.push([m.index, m.index + url.length])
    addOnce(isMediaUrl(url) ? media : links, url)
  }
  const outside = (at: number): boolean => !taken.some(([s, e]) => at >= s && at < e)
  const mentions: string[] = []
  const named = text.includes('@') || text.includes('\uff20') ? text.matchAll(mentionPattern(platform)) : []
  for (const m of named) {
    const name = trimTrailing(m[1] ?? '', '.-')
    if (name.length === 0 || !outside(m.index)) continue
    if (platform === 'bluesky' && !name.includes('.')) continue
    addOnce(mentions, name)
  }
  const hashtags: string[] = []
  const tagged = text.includes('#') || text.includes('\uff03') ? text.matchAll(HASHTAG) : []
  for (const m of tagged) {
    const tag = m[1] ?? ''
    if (/^\d+$/.test(tag) || !outside(m.index)) continue
    addOnce(hashtags, tag)
  }
  return { media, links, mentions, hashtags }
}

function mentionPattern(platform: Platform): RegExp {
  if (platform === 'bluesky') return BLUESKY_MENTION
  if (platform === 'mastodon') return MASTODON_MENTION
  if (platform === 'instagram' || platform === 'threads') return DOTTED_MENTION
  return TWITTER_MENTION
}

/** `text` without the characters of `chars` at its end (a loop: a `[…]+$` regex is quadratic on long runs). */
function trimTrailing(text: string, chars: string): string {
  let end = text.length
  while (end > 0 && chars.includes(text[end - 1] ?? '')) end--
  return text.slice(0, end)
}

/** Push `value` unless `list` holds it already. */
export function addOnce(list: string[], value: string): void {
  if (!list.includes(value)) list.push(value)
}
