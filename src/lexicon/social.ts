/**
 * The traces that social-media embeds leave in scraped text and in Markdown
 * converted from HTML: the phrases that introduce a post's author, the
 * boilerplate lines the embed code prints around a post, and the hosts of
 * each platform's post URLs.
 *
 * Source: each platform's own embed code as it generates it, read by hand
 * for newsmark:
 * - Twitter/X "Embed post" (publish.twitter.com): `<blockquote
 *   class="twitter-tweet"><p>…</p>&mdash; Name (@handle) <a
 *   href="…/status/…">January 6, 2020</a></blockquote>`.
 * - Instagram "Embed" (instagram.com/embed.js fallback): "View this post on
 *   Instagram" … "A post shared by Name (@handle)" (older embeds add " on
 *   Jan 6, 2020 at 2:34pm PST").
 * - Bluesky "Embed post" (embed.bsky.app): `<p>…<a>[image or embed]</a></p>
 *   &mdash; Name (@handle.bsky.social) <a>January 6, 2024 at 2:34 PM</a>`.
 * - Mastodon 4.3 "Embed": "Post by @user@instance" and "View on Mastodon".
 * - Threads "Embed": "View on Threads" and "Post by @user".
 * - Facebook "Embed" (fb-post fallback): "Posted by Name on Monday,
 *   January 6, 2020".
 *
 * @module
 */
import type { Platform } from '../model.js'

/** A line that an embed prints around a post: part of the embed's span, never of the post's body. */
export interface BoilerplateLine {
  /** The line, compared ignoring case, surrounding spaces and a trailing ellipsis. */
  text: string
  /** The platform whose embed prints it. */
  platform: Platform
  /** Whether the line opens the embed (the post's words start after it). */
  opens: boolean
}

/** Boilerplate lines of social embeds. */
export const boilerplateLines: readonly BoilerplateLine[] = [
  { text: 'View this post on Instagram', platform: 'instagram', opens: true },
  { text: 'View more on Instagram', platform: 'instagram', opens: false },
  { text: 'View on Threads', platform: 'threads', opens: false },
  { text: 'View on Mastodon', platform: 'mastodon', opens: false },
  { text: '[image or embed]', platform: 'bluesky', opens: false },
]

/** The phrase Instagram writes before the author: "A post shared by Name (@handle)". */
export const sharedByPhrase = 'A post shared by'

/** The phrase Mastodon and Threads write before the handle: "Post by @user@instance". */
export const postByPhrase = 'Post by @'

/** The phrase Facebook writes before the author: "Posted by Name on Monday, January 6, 2020". */
export const postedByPhrase = 'Posted by '

/** Host names (lower case, without `www.`) of each platform's post URLs; Mastodon runs on any host. */
export const platformHosts: Readonly<Record<string, Platform>> = {
  'twitter.com': 'twitter',
  'mobile.twitter.com': 'twitter',
  'm.twitter.com': 'twitter',
  'x.com': 'twitter',
  'mobile.x.com': 'twitter',
  'bsky.app': 'bluesky',
  'instagram.com': 'instagram',
  'threads.net': 'threads',
  'threads.com': 'threads',
  'facebook.com': 'facebook',
  'm.facebook.com': 'facebook',
  'web.facebook.com': 'facebook',
}

/** Hosts of media links that Twitter prints in a tweet's text ("pic.twitter.com/tQHSsHTtez"). */
export const mediaHosts: readonly string[] = ['pic.twitter.com', 'pic.x.com']
