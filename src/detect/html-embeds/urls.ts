/**
 * Post URLs and embed-frame URLs as embed markup writes them: which
 * platform, account and post they name.
 *
 * - Twitter/X: `twitter.com/{user}/status/{id}`, `x.com/…`,
 *   `platform.twitter.com/embed/Tweet.html?id={id}`.
 * - Bluesky: `bsky.app/profile/{handle}/post/{rkey}`,
 *   `embed.bsky.app/embed/{did}/app.bsky.feed.post/{rkey}`, and the
 *   `at://{did}/app.bsky.feed.post/{rkey}` of `data-bluesky-uri`.
 * - Instagram: `instagram.com/p/{code}` (also `/reel/`, `/tv/`).
 * - TikTok: `tiktok.com/@{user}/video/{id}`, `tiktok.com/embed/v2/{id}`.
 * - Threads: `threads.net/@{user}/post/{code}`.
 * - Facebook: `facebook.com/{user}/posts/{id}`, `plugins/post.php?href=…`.
 * - Mastodon (any host): `https://{host}/@{user}/{id}` (and `/embed`).
 *
 * @module
 */
import { embedHosts } from '../../lexicon/embeds.js'
import type { Platform } from '../../model.js'

/** What an embed URL names. */
export interface EmbedUrl {
  platform: Platform
  /** The account in the URL, without `@` (Mastodon: `user@host`), or `null`. */
  handle: string | null
  /** The post's id or code, or `null` when the URL names an account or frame only. */
  statusId: string | null
}

/** Longest URL read. */
export const MAX_EMBED_URL_CHARS = 2048

const SEGMENT = /^[\w.:-]{1,253}$/

/** Read `url` as a post or embed URL; `null` when it names none. */
export function readEmbedUrl(url: string): EmbedUrl | null {
  if (url.length > MAX_EMBED_URL_CHARS) return null
  const at = /^at:\/\/([^/]{1,253})\/app\.bsky\.feed\.post\/([\w-]{1,64})$/.exec(url)
  if (at) return { platform: 'bluesky', handle: at[1] ?? null, statusId: at[2] ?? null }
  let parsed: URL
  try {
    parsed = new URL(/^https?:\/\//i.test(url) ? url : `https://${url.replace(/^\/\//, '')}`)
  } catch {
    return null
  }
  const host = parsed.hostname.toLowerCase().replace(/^www\./, '')
  const path = parsed.pathname.split('/').filter((s) => s.length > 0)
  const platform = embedHosts.get(host)
  if (platform === undefined) return readMastodon(path, host)
  switch (platform) {
    case 'twitter': {
      const id = parsed.searchParams.get('id')
      if (host === 'platform.twitter.com')
        return id && /^\d{1,20}$/.test(id) ? status('twitter', null, id) : null
      const i = path.findIndex((s) => s === 'status' || s === 'statuses')
      const user = i > 0 && path[0] !== 'i' ? (path[0] ?? null) : null
      const post = i === -1 ? undefined : path[i + 1]
      return post !== undefined && /^\d{1,20}$/.test(post) ? status('twitter', user, post) : null
    }
    case 'bluesky': {
      const post = path.indexOf('post')
      if (path[0] === 'profile' && post === 2) return pick('bluesky', path[1], path[3])
      if (path[0] === 'embed' && path[2] === 'app.bsky.feed.post') return pick('bluesky', path[1], path[3])
      return null
    }
    case 'instagram': {
      const i = path.findIndex((s) => s === 'p' || s === 'reel' || s === 'tv')
      return i === -1 ? null : pick('instagram', i > 0 ? path[0] : undefined, path[i + 1])
    }
    case 'tiktok': {
      if (path[0] === 'embed') return pick('tiktok', undefined, path.at(-1))
      const user = path[0]?.startsWith('@') ? path[0].slice(1) : undefined
      return path[1] === 'video' ? pick('tiktok', user, path[2]) : null
    }
    case 'threads': {
      const user = path[0]?.startsWith('@') ? path[0].slice(1) : undefined
      return path[1] === 'post' ? pick('threads', user, path[2]) : null
    }
    case 'facebook': {
      const href = parsed.searchParams.get('href')
      if (path[0] === 'plugins' && href !== null) return readEmbedUrl(href)
      const i = path.findIndex((s) => s === 'posts' || s === 'videos' || s === 'photos')
      // A page id is not a name the signature shows.
      return i > 0 ? pick('facebook', /^\d+$/.test(path[0] ?? '') ? undefined : path[0], path.at(-1)) : null
    }
    default:
      return readMastodon(path, host)
  }
}

/** `/@user/id` or `/@user/id/embed` on any host (the handle is `user@host`); `null` otherwise. */
function readMastodon(path: readonly string[], host: string): EmbedUrl | null {
  const user = path[0]
  const id = path[1]
  if (user === undefined || !user.startsWith('@') || id === undefined || !/^\d{1,20}$/.test(id)) return null
  if (path.length > 3 || (path.length === 3 && path[2] !== 'embed')) return null
  return status('mastodon', `${user.slice(1)}@${host}`, id)
}

function pick(platform: Platform, handle: string | undefined, id: string | undefined): EmbedUrl | null {
  if (id === undefined || !SEGMENT.test(id)) return null
  return status(platform, handle !== undefined && SEGMENT.test(handle) ? handle : null, id)
}

function status(platform: Platform, handle: string | null, statusId: string): EmbedUrl {
  return { platform, handle, statusId }
}
