/**
 * Social embeds read from their markup (issue 7): embed containers known by
 * class (`blockquote.twitter-tweet`, `blockquote.instagram-media`,
 * `div.fb-post`…, see `lexicon/embeds.ts`), `<iframe>`s whose `src` is a
 * post or embed URL, and the degraded forms that readability passes and
 * archives leave: a blockquote whose class was stripped but whose signature
 * (`— Name (@handle) <a href=status>date</a>`) is intact, a blockquote
 * holding only a status link, and one whose post is gone ("Tweet may have
 * been deleted"). Offsets are HTML offsets; `input/html` maps them to the
 * extracted text.
 *
 * @module
 */
import type { Element, Nodes, Parents } from 'hast'
import { alignLeaf, type SourceMapBuilder } from '../../input/html/align.js'
import {
  type EmbedClass,
  embedBoilerplate,
  embedClasses,
  hiddenElements,
  signatureDashes,
  signatureDateWord,
  signaturePhrases,
  unavailableNotices,
} from '../../lexicon/embeds.js'
import type { Platform } from '../../model.js'
import type { Range } from '../../span.js'
import { isMediaUrl } from '../tweets/urls.js'
import { type EmbedDate, parseEmbedDate, parseIsoDate } from './dates.js'
import { type EmbedUrl, readEmbedUrl } from './urls.js'

/** An embed found in the markup (HTML offsets). */
export interface MarkupEmbed {
  platform: Platform
  /** The container element (blockquote, div or iframe). */
  element: Element
  /** The container's HTML range. */
  range: Range
  /** The post's words, or `null` when the embed shows none (a bare link, a deleted post, boilerplate only). */
  body: Range | null
  /** From the signature's dash or phrase to the end of its line, or `null`. */
  signature: Range | null
  author: { name: string | null; handle: string | null }
  date: string | null
  time: string | null
  /** The date as written (link text or `datetime` attribute), or `null`. */
  dateText: string | null
  url: string | null
  statusId: string | null
  /** The `lang` of the post's text, or `null`. */
  lang: string | null
  media: string[]
  links: string[]
  mentions: string[]
  hashtags: string[]
  /**
   * When the container has no text of its own (an `<iframe>`, an empty
   * blockquote): its URL, to stand in its place in the extracted text, and
   * where that URL is written in the HTML (an empty range when not found).
   */
  placeholder: { text: string; range: Range } | null
}

/** Most text (code units) a blockquote without an embed class may hold to be read as a degraded embed. */
export const MAX_DEGRADED_CHARS = 2000
/** Most nodes a blockquote without an embed class may hold to be read as a degraded embed. */
export const MAX_DEGRADED_NODES = 300
/** How far back from a handle the signature's dash is looked for. */
export const MAX_SIGNATURE_NAME_CHARS = 100
/** How far into a start tag a placeholder URL is looked for. */
const MAX_TAG_SCAN = 8192

/** Elements that do not end a line of text (all others, and `<br>`, do). */
const PHRASING = new Set([
  'a',
  'abbr',
  'b',
  'bdi',
  'bdo',
  'cite',
  'code',
  'data',
  'del',
  'dfn',
  'em',
  'i',
  'img',
  'ins',
  'kbd',
  'mark',
  'q',
  's',
  'samp',
  'small',
  'span',
  'strong',
  'sub',
  'sup',
  'time',
  'u',
  'var',
  'wbr',
])

/** What a container holds, in document order. */
interface Contents {
  /** The container's text (text nodes concatenated). */
  text: string
  /** HTML start offset of each character of `text`. */
  offsets: number[]
  anchors: Array<{ href: string; text: string; range: Range }>
  paragraphs: Array<{ range: Range; lang: string | null; text: string }>
  /** `datetime` attributes of `<time>` elements. */
  times: string[]
  /** Whether a node limit cut the collection short. */
  truncated: boolean
}

/** Find the embeds under `root`, in document order. Walks with an explicit stack. */
export function findEmbeds(root: Parents, html: string): MarkupEmbed[] {
  const found: MarkupEmbed[] = []
  const stack: Nodes[] = [root]
  while (stack.length > 0) {
    const node = stack.pop()!
    if (node.type === 'element') {
      if (hiddenElements.has(node.tagName)) continue
      const embed = readEmbed(node, html)
      if (embed !== null) {
        found.push(embed)
        continue
      }
    }
    if ('children' in node) for (let i = node.children.length - 1; i >= 0; i--) stack.push(node.children[i]!)
  }
  return found
}

/** The embed `element` is, or `null`. */
function readEmbed(element: Element, html: string): MarkupEmbed | null {
  const known = embedClassOf(element)
  if (known !== null) {
    const url = attributeUrl(element, known)
    return build(element, known.platform, collect(element, html, Number.POSITIVE_INFINITY), url, html)
  }
  if (element.tagName === 'iframe') {
    const src = stringProperty(element, 'src')
    const read = src === null ? null : readEmbedUrl(src)
    if (src === null || read === null || read.statusId === null) return null
    return build(element, read.platform, collect(element, html, 0), src, html)
  }
  if (element.tagName !== 'blockquote') return null
  return readDegraded(element, html)
}

/** A blockquote without an embed class: an embed when it holds a post link and a signature, a notice, or nothing else. */
function readDegraded(element: Element, html: string): MarkupEmbed | null {
  const contents = collect(element, html, MAX_DEGRADED_NODES)
  if (contents.truncated || contents.text.length > MAX_DEGRADED_CHARS) return null
  const post = contents.anchors
    .map((a) => ({ a, read: readEmbedUrl(a.href) }))
    .findLast((x) => x.read?.statusId)
  if (post === undefined || post.read === null) return null
  const rest = contents.text.replace(post.a.text, '').trim()
  const bare = rest.length === 0 || isNotice(rest)
  if (!bare && dashSignature(contents.text) === null) return null
  return build(element, post.read.platform, contents, post.a.href, html)
}

/** Put together what the container shows. */
function build(
  element: Element,
  platform: Platform,
  contents: Contents,
  attributeHref: string | null,
  html: string,
): MarkupEmbed {
  const range = rangeOf(element)
  const signature = readSignature(contents)
  const sigStart = signature === null ? range.end : (contents.offsets[signature.at] ?? range.end)
  const statusAnchor = contents.anchors.findLast(
    (a) => a.range.start >= sigStart && readEmbedUrl(a.href)?.statusId,
  )
  const href =
    statusAnchor?.href ?? attributeHref ?? contents.anchors.find((a) => readEmbedUrl(a.href)?.statusId)?.href
  const url = href ?? null
  const read: EmbedUrl | null = url === null ? null : readEmbedUrl(url)
  const dateText =
    statusAnchor?.text.trim() || signature?.dateText || contents.times[0] || datetimeOf(element)
  const date: EmbedDate | null =
    (dateText ? parseEmbedDate(dateText) : null) ??
    parseIsoDate(contents.times[0] ?? '') ??
    parseIsoDate(datetimeOf(element) ?? '')
  const body = withoutTrailingBoilerplate(bodyRange(contents, sigStart), contents)
  const bodyText = body === null ? '' : textWithin(contents, body)
  const bodyAnchors =
    body === null
      ? []
      : contents.anchors.filter((a) => a.range.start >= body.start && a.range.end <= body.end)
  const media = bodyAnchors.filter((a) => isMedia(a.text)).map((a) => a.text.trim())
  const embed: MarkupEmbed = {
    platform: read?.platform ?? platform,
    element,
    range,
    body,
    signature:
      signature === null ? null : { start: sigStart, end: lineEnd(contents, signature.at, range.end) },
    author: { name: signature?.name ?? null, handle: signature?.handle ?? read?.handle ?? null },
    date: date?.date ?? null,
    time: date?.time ?? null,
    dateText: dateText || null,
    url,
    statusId: read?.statusId ?? null,
    lang:
      contents.paragraphs.find((p) => p.lang !== null && body !== null && p.range.start >= body.start)
        ?.lang ?? stringProperty(element, 'lang'),
    media,
    links: bodyAnchors.filter((a) => !isMedia(a.text) && !sameText(a.href, url)).map((a) => a.href),
    mentions: matches(bodyText, /(?:^|[^\w@])@([A-Za-z0-9_](?:[A-Za-z0-9_.-]{0,62}[A-Za-z0-9_])?)/g),
    hashtags: matches(bodyText, /(?:^|[^\p{L}\p{N}_&#])#([\p{L}\p{N}_]{1,100})/gu),
    placeholder: contents.text.trim().length === 0 && url !== null ? placeholderOf(url, range, html) : null,
  }
  return embed
}

/** The embed class `element` carries, or `null`. */
function embedClassOf(element: Element): EmbedClass | null {
  const classes = element.properties.className
  if (!Array.isArray(classes)) return null
  return embedClasses.find((c) => classes.includes(c.className)) ?? null
}

function attributeUrl(element: Element, known: EmbedClass): string | null {
  for (const name of [...known.urlAttributes, 'src']) {
    const value = stringProperty(element, name)
    if (value !== null && value.length > 0) return value
  }
  return null
}

function stringProperty(element: Element, name: string): string | null {
  const value = element.properties[name]
  return typeof value === 'string' ? value : null
}

function datetimeOf(element: Element): string | null {
  return stringProperty(element, 'dataDatetime')
}

function rangeOf(node: Nodes): Range {
  const start = node.position?.start.offset ?? 0
  return { start, end: node.position?.end.offset ?? start }
}

/**
 * The text, links, paragraphs and times under `element`, in order, hidden
 * elements left out; stops after `limit` nodes (and says so).
 */
function collect(element: Element, html: string, limit: number): Contents {
  const contents: Contents = {
    text: '',
    offsets: [],
    anchors: [],
    paragraphs: [],
    times: [],
    truncated: false,
  }
  const parts: string[] = []
  const closed: Array<{ element: Element; from: number; to: number }> = []
  const map: SourceMapBuilder = { starts: contents.offsets, ends: [] }
  // Stack entries: a node, or a marker closing an anchor or paragraph opened at a text length.
  const stack: Array<Nodes | { close: Element; from: number }> = [...element.children].reverse()
  let length = 0
  let seen = 0
  while (stack.length > 0) {
    const item = stack.pop()!
    if ('close' in item) {
      closed.push({ element: item.close, from: item.from, to: length })
      continue
    }
    if (++seen > limit) {
      contents.truncated = true
      break
    }
    if (item.type === 'text') {
      alignLeaf(item.value, item.position?.start.offset, item.position?.end.offset, html, 0, map)
      parts.push(item.value)
      length += item.value.length
    } else if (item.type === 'element' && !hiddenElements.has(item.tagName)) {
      // Block boundaries and line breaks end a line of the container's text.
      if (
        length > 0 &&
        (item.tagName === 'br' || !PHRASING.has(item.tagName)) &&
        parts.at(-1)?.endsWith('\n') !== true
      ) {
        parts.push('\n')
        length++
        map.starts.push(item.position?.start.offset ?? map.starts.at(-1) ?? 0)
        map.ends.push(item.position?.start.offset ?? map.ends.at(-1) ?? 0)
      }
      if (item.tagName === 'time') {
        const datetime = stringProperty(item, 'dateTime')
        if (datetime !== null) contents.times.push(datetime)
      }
      if (item.tagName === 'a' || item.tagName === 'p') stack.push({ close: item, from: length })
      for (let i = item.children.length - 1; i >= 0; i--) stack.push(item.children[i]!)
    }
  }
  contents.text = parts.join('')
  // Closed in end order; anchors and paragraphs are wanted in start order.
  closed.sort((a, b) => a.from - b.from || b.to - a.to)
  for (const { element: closing, from, to } of closed) {
    const range = rangeOf(closing)
    const text = contents.text.slice(from, to)
    if (closing.tagName === 'a') {
      const href = stringProperty(closing, 'href')
      if (href !== null) contents.anchors.push({ href, text, range })
    } else contents.paragraphs.push({ range, lang: stringProperty(closing, 'lang'), text })
  }
  return contents
}

/** A signature found in a container's text (`at`: index in the text). */
interface SignatureText {
  at: number
  name: string | null
  handle: string | null
  dateText: string | null
}

/** The signature in the container's text: a dash line with `(@handle)`, or a signature phrase. */
function readSignature(contents: Contents): SignatureText | null {
  return dashSignature(contents.text) ?? phraseSignature(contents.text)
}

/** "— Name (@handle) date": the last `(@handle)` with a dash at most 100 characters before it. */
export function dashSignature(text: string): SignatureText | null {
  const open = text.lastIndexOf('(@')
  if (open === -1) return null
  const close = text.indexOf(')', open)
  if (close === -1 || close - open > 256) return null
  const handle = text.slice(open + 2, close)
  if (!/^[\w.:-]{1,253}$/.test(handle)) return null
  for (let k = open - 1; k >= Math.max(0, open - MAX_SIGNATURE_NAME_CHARS); k--) {
    const c = text[k]!
    if (c === '\n') return null
    if (!signatureDashes.includes(c)) continue
    // A hyphen counts only standing alone ("Name - Other (@x)" is not split at "Jean-Paul").
    if (c === '-' && !(/\s/.test(text[k + 1] ?? ' ') && (k === 0 || /\s/.test(text[k - 1] ?? ' ')))) continue
    const name = text.slice(k + 1, open).trim()
    const tail = text.slice(close + 1).trim()
    return {
      at: k,
      name: name || null,
      handle,
      dateText: tail.length > 0 && tail.length <= 100 ? tail : null,
    }
  }
  return null
}

/** "A post shared by Name (@handle)", "Posted by Name on date", "Post by @user@host". */
function phraseSignature(text: string): SignatureText | null {
  const { sharedBy, postedBy, postBy } = signaturePhrases
  const shared = afterPhrase(text, sharedBy)
  if (shared !== null) {
    const m =
      /^\s{1,8}([^\n(]{0,100}?)\s{0,8}\(@([\w.]{1,30})\)(?:\s{1,8}(\S{1,40})\s{1,8}([^\n]{1,100}))?/.exec(
        shared.rest,
      )
    if (m) {
      const dateText = m[3] === signatureDateWord ? (m[4]?.trim() ?? null) : null
      return { at: shared.at, name: m[1]?.trim() || null, handle: m[2] ?? null, dateText }
    }
  }
  const posted = afterPhrase(text, postedBy)
  if (posted !== null) {
    const m = /^\s{1,8}([^\n]{1,100}?)\s{1,8}(\S{1,40})\s{1,8}([^\n]{1,100})/.exec(posted.rest)
    if (m && m[2] === signatureDateWord)
      return { at: posted.at, name: m[1]?.trim() ?? null, handle: null, dateText: m[3]?.trim() ?? null }
  }
  const by = afterPhrase(text, postBy)
  if (by !== null) {
    const m = /^\s+@([\w.]{1,64}(?:@[\w.-]{1,253})?)/.exec(by.rest)
    if (m) return { at: by.at, name: null, handle: m[1] ?? null, dateText: null }
  }
  return null
}

/** Where the last `phrase` in `text` starts, and up to 300 characters after it. */
function afterPhrase(text: string, phrase: string): { at: number; rest: string } | null {
  const at = text.lastIndexOf(phrase)
  return at === -1 ? null : { at, rest: text.slice(at + phrase.length, at + phrase.length + 300) }
}

/** HTML offset where the line of text index `at` ends (or the container ends). */
function lineEnd(contents: Contents, at: number, fallback: number): number {
  const newline = contents.text.indexOf('\n', at)
  const last =
    newline === -1 ? contents.text.trimEnd().length : contents.text.slice(0, newline).trimEnd().length
  const offset = contents.offsets[last - 1]
  return offset === undefined ? fallback : Math.min(fallback, offset + 1)
}

/**
 * The post's words: its paragraphs before the signature that are not
 * boilerplate or a notice; without paragraphs, the text before the
 * signature. `null` when there are none.
 */
function bodyRange(contents: Contents, sigStart: number): Range | null {
  const paragraphs = contents.paragraphs.filter(
    (p) => p.range.end <= sigStart && !isBoilerplate(p.text) && !isNotice(p.text) && p.text.trim().length > 0,
  )
  // Paragraphs never nest (the parser closes one before the next opens), so they come in order.
  if (paragraphs.length > 0) return { start: paragraphs[0]!.range.start, end: paragraphs.at(-1)!.range.end }
  if (contents.paragraphs.length > 0) return null
  const before = contents.offsets.findIndex((o) => o >= sigStart)
  const text = contents.text.slice(0, before === -1 ? contents.text.length : before)
  if (text.trim().length === 0 || isNotice(text) || isBoilerplate(text) || isBareUrl(text)) return null
  const first = text.length - text.trimStart().length
  const last = text.trimEnd().length
  return { start: contents.offsets[first] ?? sigStart, end: (contents.offsets[last - 1] ?? sigStart) + 1 }
}

/** `body` ending before a boilerplate link that closes it (Bluesky's "[image or embed]"). */
function withoutTrailingBoilerplate(body: Range | null, contents: Contents): Range | null {
  if (body === null) return null
  const last = contents.anchors.findLast((a) => a.range.start >= body.start && a.range.end <= body.end)
  if (last === undefined || !isBoilerplate(last.text)) return body
  if (textWithin(contents, { start: last.range.end, end: body.end }).trim().length > 0) return body
  return last.range.start > body.start ? { start: body.start, end: last.range.start } : null
}

function textWithin(contents: Contents, range: Range): string {
  let from = 0
  while (from < contents.offsets.length && contents.offsets[from]! < range.start) from++
  let to = from
  while (to < contents.offsets.length && contents.offsets[to]! < range.end) to++
  return contents.text.slice(from, to)
}

function normalise(text: string): string {
  return text
    .trim()
    .toLowerCase()
    .replace(/(?:\.{1,3}|…)$/, '')
    .replace(/\s+/g, ' ')
}

function isNotice(text: string): boolean {
  return text.length < 200 && unavailableNotices.includes(normalise(text))
}

function isBoilerplate(text: string): boolean {
  if (text.length >= 200) return false
  const line = normalise(text)
  return embedBoilerplate.includes(line) || line.startsWith(signaturePhrases.sharedBy.toLowerCase())
}

/** A link written out and nothing else: the trace of an embed, not a post's words. */
function isBareUrl(text: string): boolean {
  return text.length <= MAX_DEGRADED_CHARS && /^\s*(?:https?:\/\/)?[\w.-]{1,253}\/\S{0,2048}\s*$/.test(text)
}

function isMedia(text: string): boolean {
  return isMediaUrl(text.trim())
}

function sameText(a: string, b: string | null): boolean {
  return b !== null && a.split('?')[0] === b.split('?')[0]
}

function matches(text: string, pattern: RegExp): string[] {
  const out: string[] = []
  for (const m of text.matchAll(pattern)) if (m[1] !== undefined && !out.includes(m[1])) out.push(m[1])
  return out
}

/** Where `url` is written inside the container's start tag (an empty range at the container when not found). */
function placeholderOf(url: string, range: Range, html: string): { text: string; range: Range } {
  const tag = html.slice(range.start, Math.min(range.end, range.start + MAX_TAG_SCAN))
  // The attribute may be written with `&amp;` where the URL has `&`.
  for (const written of [url, url.replaceAll('&', '&amp;')]) {
    const within = tag.indexOf(written)
    if (within !== -1)
      return { text: url, range: { start: range.start + within, end: range.start + within + written.length } }
  }
  return { text: url, range: { start: range.start, end: range.start } }
}
