/**
 * Post URLs and embed-frame URLs as embed markup writes them: which
 * platform, account and post they name. Post URLs are read by the text
 * detector's reader (`detect/tweets/urls.ts`); this adds the forms only
 * markup carries:
 *
 * - Twitter's frame `platform.twitter.com/embed/Tweet.html?id={id}`;
 * - Bluesky's frame `embed.bsky.app/embed/{did}/app.bsky.feed.post/{rkey}`
 *   and the `at://{did}/app.bsky.feed.post/{rkey}` of `data-bluesky-uri`;
 * - TikTok's `tiktok.com/@{user}/video/{id}` and frame
 *   `tiktok.com/embed/v2/{id}`;
 * - Facebook's frame `facebook.com/plugins/post.php?href={post URL}`.
 *
 * @module
 */
import { embedHosts } from '../../lexicon/embeds.js'
import type { Platform } from '../../model.js'
import { MAX_URL_CHARS, readPostUrl } from '../tweets/urls.js'

/** What an embed URL names. */
export interface EmbedUrl {
  platform: Platform
  /** The account in the URL, without `@` (Mastodon: `user@host`), or `null`. */
  handle: string | null
  /** The post's id or code. */
  statusId: string
}

const SEGMENT = /^[\w.:-]{1,253}$/

/** Read `url` as a post or embed URL; `null` when it names none. */
export function readEmbedUrl(url: string): EmbedUrl | null {
  if (url.length > MAX_URL_CHARS) return null
  const at = /^at:\/\/([^/]{1,253})\/app\.bsky\.feed\.post\/([\w-]{1,64})$/.exec(url)
  if (at) return pick('bluesky', at[1], at[2])
  const frame = readFrame(url)
  if (frame !== undefined) return frame
  const post = readPostUrl(url)
  return post === null ? null : { platform: post.platform, handle: post.handle, statusId: post.id }
}

/** A frame or TikTok URL; `undefined` when the host is not one of those (then it may be a post URL). */
function readFrame(url: string): EmbedUrl | null | undefined {
  let parsed: URL
  try {
    parsed = new URL(/^https?:\/\//i.test(url) ? url : `https://${url.replace(/^\/\//, '')}`)
  } catch {
    return null
  }
  const host = parsed.hostname.toLowerCase().replace(/^www\./, '')
  const platform = embedHosts.get(host)
  if (platform === undefined) return undefined
  const path = parsed.pathname.split('/').filter((s) => s.length > 0)
  switch (platform) {
    case 'twitter': {
      const id = parsed.searchParams.get('id')
      return id !== null && /^\d{1,20}$/.test(id) ? { platform, handle: null, statusId: id } : null
    }
    case 'bluesky':
      return path[0] === 'embed' && path[2] === 'app.bsky.feed.post' ? pick(platform, path[1], path[3]) : null
    case 'tiktok': {
      if (path[0] === 'embed') return pick(platform, undefined, path.at(-1))
      const user = path[0]?.startsWith('@') ? path[0].slice(1) : undefined
      return path[1] === 'video' ? pick(platform, user, path[2]) : null
    }
    case 'facebook': {
      const href = parsed.searchParams.get('href')
      return path[0] === 'plugins' && href !== null && href !== url ? readEmbedUrl(href) : undefined
    }
    default:
      return undefined
  }
}

function pick(platform: Platform, handle: string | undefined, id: string | undefined): EmbedUrl | null {
  if (id === undefined || !SEGMENT.test(id)) return null
  return { platform, handle: handle !== undefined && SEGMENT.test(handle) ? handle : null, statusId: id }
}
