/**
 * Post URLs: which platform, account and post a URL names
 * ("https://twitter.com/LizSly/status/1214266567890034689?ref_src=twsrc%5Etfw",
 * "https://bsky.app/profile/jay.bsky.team/post/3k…", "https://mastodon.social/@Gargron/1134…").
 *
 * @module
 */

import { platformHosts } from '../../lexicon/social.js'
import type { Platform } from '../../model.js'

/** What a post URL tells. */
export interface PostUrl {
  platform: Platform
  /** The account in the URL (Mastodon: `user@host`), or `null` (`/i/web/status/…`, Instagram, Facebook). */
  handle: string | null
  /** The post's id as written (digits for Twitter and Mastodon, a code elsewhere). */
  id: string
}

/** Longest URL read. */
export const MAX_URL_CHARS = 2048

/**
 * {@link platformHosts} as a map: a host looked up in a plain object is a
 * keyed load by a string made at run time (slow, and it may find inherited
 * keys); a map looks it up by its hash.
 */
const PLATFORM_HOSTS: ReadonlyMap<string, Platform> = new Map(Object.entries(platformHosts))

const CODE = /^[A-Za-z0-9_-]{1,64}$/
const USER = /^[A-Za-z0-9_.]{1,64}$/
const HOST = /^[a-z0-9-]{1,63}(?:\.[a-z0-9-]{1,63}){1,8}$/

/**
 * Read `url` (with or without `http(s)://`) as a post URL; `null` when it
 * names no post. Accepts Twitter/X `/status/`, `/statuses/`, `/i/web/status/`
 * and `#!/` forms with `www.`/`mobile.` hosts, `/photo/1`-style suffixes and
 * queries; Bluesky, Instagram (`/p/`, `/reel/`, `/tv/`), Threads, Facebook
 * (`/posts/`, `/videos/`) and Mastodon (`/@user/id` on any host).
 */
export function readPostUrl(url: string): PostUrl | null {
  // Every post URL has a path: most words read here ("2020" after a signature's date) have no `/`.
  if (url.length > MAX_URL_CHARS || !url.includes('/')) return null
  // The scheme, "www." and the query are found in place, with no regex run.
  let rest = url.slice(schemeLength(url))
  const slash = rest.indexOf('/')
  if (slash <= 0) return null
  let host = rest.slice(0, slash).toLowerCase()
  if (host.startsWith('www.')) host = host.slice(4)
  rest = rest.slice(slash + 1)
  // Old Twitter hash-bang URLs: twitter.com/#!/LizSly/status/1…
  if (rest.startsWith('#!/')) rest = rest.slice(3)
  const query = firstOf(rest, '?', '#')
  const parts = segments(query === -1 ? rest : rest.slice(0, query), 8)
  const platform = PLATFORM_HOSTS.get(host)
  if (platform === 'twitter') return twitterPost(parts)
  if (platform === 'bluesky') {
    // bsky.app/profile/<handle or did>/post/<rkey>
    if (parts[0] !== 'profile' || parts[2] !== 'post' || !parts[1] || !CODE.test(parts[3] ?? '')) return null
    return { platform, handle: parts[1].startsWith('did:') ? null : parts[1], id: parts[3] ?? '' }
  }
  if (platform === 'instagram') {
    if (!['p', 'reel', 'tv'].includes(parts[0] ?? '') || !CODE.test(parts[1] ?? '')) return null
    return { platform, handle: null, id: parts[1] ?? '' }
  }
  if (platform === 'threads') {
    // threads.net/@zuck/post/CuP48CiS5sx
    const user = parts[0] ?? ''
    if (!user.startsWith('@') || parts[1] !== 'post' || !CODE.test(parts[2] ?? '')) return null
    return { platform, handle: USER.test(user.slice(1)) ? user.slice(1) : null, id: parts[2] ?? '' }
  }
  if (platform === 'facebook') {
    if (!['posts', 'videos'].includes(parts[1] ?? '') || !CODE.test(parts[2] ?? '')) return null
    return { platform, handle: null, id: parts[2] ?? '' }
  }
  if (platform !== undefined) return null
  // Mastodon on any host: <host>/@user/<digits>
  const user = parts[0] ?? ''
  if (!HOST.test(host) || !user.startsWith('@') || !USER.test(user.slice(1)) || !isDigits(parts[1] ?? ''))
    return null
  return { platform: 'mastodon', handle: `${user.slice(1)}@${host}`, id: parts[1] ?? '' }
}

/** The length of `url`'s `http://` or `https://` (in any case), else 0: what `/^https?:\/\//i` matches. */
function schemeLength(url: string): number {
  if (!startsWithLetters(url, 'http')) return 0
  const at = (url.charCodeAt(4) | 0x20) === 0x73 ? 5 : 4
  return url.startsWith('://', at) ? at + 3 : 0
}

/** Whether `text` starts with the lower-case ASCII letters `word`, in any case. */
function startsWithLetters(text: string, word: string): boolean {
  if (text.length < word.length) return false
  for (let i = 0; i < word.length; i++) if ((text.charCodeAt(i) | 0x20) !== word.charCodeAt(i)) return false
  return true
}

/** The first index of `a` or `b` in `text`, or -1 (what `text.search(/[ab]/)` gives). */
function firstOf(text: string, a: string, b: string): number {
  const i = text.indexOf(a)
  const j = text.indexOf(b)
  return i === -1 ? j : j === -1 ? i : Math.min(i, j)
}

/** Whether `handle` is 1–15 of `[A-Za-z0-9_]` (`/^[A-Za-z0-9_]{1,15}$/`, read in place): a Twitter handle's shape. */
export function isTwitterHandle(handle: string): boolean {
  if (handle.length === 0 || handle.length > 15) return false
  for (let i = 0; i < handle.length; i++) {
    const c = handle.charCodeAt(i)
    const ok = (c >= 0x61 && c <= 0x7a) || (c >= 0x41 && c <= 0x5a) || (c >= 0x30 && c <= 0x39) || c === 0x5f
    if (!ok) return false
  }
  return true
}

/** Whether `text` is 1–20 ASCII digits (`/^\d{1,20}$/`, read in place). */
function isDigits(text: string): boolean {
  if (text.length === 0 || text.length > 20) return false
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i)
    if (c < 0x30 || c > 0x39) return false
  }
  return true
}

/** The first `limit` `/`-separated segments of `path`, as `path.split('/', limit)` gives them (without a regex split). */
function segments(path: string, limit: number): string[] {
  const parts: string[] = []
  let from = 0
  while (parts.length < limit) {
    const slash = path.indexOf('/', from)
    if (slash === -1) {
      parts.push(path.slice(from))
      break
    }
    parts.push(path.slice(from, slash))
    from = slash + 1
  }
  return parts
}

/** `<handle>/status(es)/<id>[/photo/1]`, `i/web/status/<id>`, `i/status/<id>`. */
function twitterPost(parts: string[]): PostUrl | null {
  let handle: string | null = parts[0] ?? ''
  let i = 1
  if (handle === 'i') {
    handle = null
    i = parts[1] === 'web' ? 2 : 1
  } else if (!isTwitterHandle(handle)) {
    return null
  }
  if (parts[i] !== 'status' && parts[i] !== 'statuses') return null
  const id = parts[i + 1] ?? ''
  if (!isDigits(id)) return null
  return { platform: 'twitter', handle, id }
}

/** Whether `url` is a link Twitter prints for attached media ("pic.twitter.com/tQHSsHTtez"). */
export function isMediaUrl(url: string): boolean {
  return /^(?:https?:\/\/)?pic\.(?:twitter|x)\.com\//i.test(url)
}

/**
 * Whether `url` only navigates to a hashtag or profile page (the links an
 * embed puts on "#Iraq" and "@EsperDoD"), rather than linking content.
 */
export function isNavigationUrl(url: string): boolean {
  const m = /^(?:https?:\/\/)?(?:www\.|mobile\.)?([a-z0-9.-]{1,253})\/([^?#]{0,512})/i.exec(url)
  if (!m) return false
  const host = (m[1] ?? '').toLowerCase()
  const path = (m[2] ?? '').replace(/\/$/, '')
  const platform = PLATFORM_HOSTS.get(host)
  if (platform === 'twitter')
    return path.startsWith('hashtag/') || path.startsWith('search') || isTwitterHandle(path)
  if (platform === 'bluesky') return path.startsWith('hashtag/') || /^profile\/[^/]{1,253}$/.test(path)
  if (platform === 'instagram') return path.startsWith('explore/tags/') || USER.test(path)
  return false
}
