/**
 * The markup of social-media embeds in article HTML: the class names and
 * attributes each platform's embed code writes, the hosts of post and embed
 * URLs, and the notices that stand in for a post that is gone.
 *
 * Source: each platform's own embed code as it generates it, read by hand
 * for newsmark:
 * - Twitter/X "Embed post" (publish.twitter.com): `<blockquote
 *   class="twitter-tweet" data-lang="en"><p lang="en" dir="ltr">…</p>&mdash;
 *   Name (@handle) <a href="https://twitter.com/…/status/…">January 6,
 *   2020</a></blockquote>`; older embeds put `data-datetime` on the
 *   blockquote; video embeds use `twitter-video`; the iframe that widgets.js
 *   writes is `platform.twitter.com/embed/Tweet.html?id=…`.
 * - Instagram "Embed" (`blockquote.instagram-media`,
 *   `data-instgrm-permalink`, older captions with `<time datetime>`).
 * - Bluesky "Embed post" (`blockquote.bluesky-embed`, `data-bluesky-uri`,
 *   iframe `embed.bsky.app`).
 * - TikTok "Embed" (`blockquote.tiktok-embed`, `cite`, `data-video-id`).
 * - Mastodon 4.3 "Embed" (`blockquote.mastodon-embed`, `data-embed-url`;
 *   older `iframe.mastodon-embed` with `/embed`).
 * - Threads "Embed" (`blockquote.text-post-media`,
 *   `data-text-post-permalink`).
 * - Facebook "Embedded posts" (`div.fb-post` with `data-href`, fallback
 *   `blockquote.fb-xfbml-parse-ignore`; iframe `plugins/post.php?href=`).
 * - The notices shown when a post is gone: Twitter's widget and
 *   archive.org copies ("This Tweet was deleted…", "Tweet may have been
 *   deleted"), compiled by hand.
 *
 * @module
 */
import type { Platform } from '../model.js'

/** An embed container recognised by a class name. */
export interface EmbedClass {
  /** The class name the embed code writes (compared exactly, case-sensitive as in HTML). */
  className: string
  /** The platform whose embed it is. */
  platform: Platform
  /** Attributes that carry the post's URL, in order of preference. */
  urlAttributes: readonly string[]
}

/** Embed containers by class name. */
export const embedClasses: readonly EmbedClass[] = [
  { className: 'twitter-tweet', platform: 'twitter', urlAttributes: ['cite', 'dataUrl'] },
  { className: 'twitter-video', platform: 'twitter', urlAttributes: ['cite', 'dataUrl'] },
  { className: 'instagram-media', platform: 'instagram', urlAttributes: ['dataInstgrmPermalink', 'cite'] },
  { className: 'bluesky-embed', platform: 'bluesky', urlAttributes: ['cite', 'dataBlueskyUri'] },
  { className: 'tiktok-embed', platform: 'tiktok', urlAttributes: ['cite'] },
  { className: 'mastodon-embed', platform: 'mastodon', urlAttributes: ['dataEmbedUrl', 'cite'] },
  { className: 'text-post-media', platform: 'threads', urlAttributes: ['dataTextPostPermalink', 'cite'] },
  { className: 'fb-post', platform: 'facebook', urlAttributes: ['dataHref', 'cite'] },
  { className: 'fb-xfbml-parse-ignore', platform: 'facebook', urlAttributes: ['cite'] },
]

/**
 * Hosts (lower case, without `www.`) of the URLs only embed markup carries:
 * the embed frames, TikTok, and Facebook's post plugin (post URLs of the
 * other platforms are in `lexicon/social.ts`).
 */
export const embedHosts: ReadonlyMap<string, Platform> = new Map<string, Platform>([
  ['platform.twitter.com', 'twitter'],
  ['embed.bsky.app', 'bluesky'],
  ['tiktok.com', 'tiktok'],
  ['facebook.com', 'facebook'],
])

/**
 * Notices that stand in for a post that is gone; an embed whose text
 * (besides its signature) is one of them has an empty body. Compared
 * lower-case, ignoring surrounding spaces and a final full stop.
 */
export const unavailableNotices: readonly string[] = [
  'tweet may have been deleted',
  'this tweet was deleted by the tweet author',
  'this tweet is unavailable',
  'this tweet has been deleted',
  'this post is unavailable',
  'this post was deleted by the post author',
  'sorry, that page doesn’t exist!',
]

/** The dashes that open a Twitter or Bluesky signature line (`&mdash;`, and the ones copies leave). */
export const signatureDashes: readonly string[] = ['—', '―', '–', '-']

/**
 * Phrases that open a signature without a dash: Instagram's "A post shared
 * by Name (@handle)", Facebook's "Posted by Name on date", and Mastodon's
 * and Threads' "Post by @user".
 */
export const signaturePhrases: { sharedBy: string; postedBy: string; postBy: string } = {
  sharedBy: 'A post shared by',
  postedBy: 'Posted by',
  postBy: 'Post by',
}

/** The word between a name and the date in the phrases above ("… on Jan 6, 2020"). */
export const signatureDateWord = 'on'

/**
 * Lines an embed prints around a post that are not the post's words,
 * compared lower-case, ignoring surrounding spaces and a final ellipsis.
 */
export const embedBoilerplate: readonly string[] = [
  'view this post on instagram',
  'view more on instagram',
  'view on threads',
  'view on mastodon',
  'watch on tiktok',
  '[image or embed]',
]

/** Elements whose content is never article text. */
export const hiddenElements: ReadonlySet<string> = new Set([
  'script',
  'style',
  'template',
  'noscript',
  'head',
  'svg',
  'math',
  'object',
  'embed',
  'canvas',
])
