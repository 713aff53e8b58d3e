/**
 * What HTML elements are, as far as extracting text needs to know: which
 * are phrasing content (they sit inside a line of text) and which are
 * wrappers that hast-util-to-mdast turns into nothing but their content.
 *
 * Source: the HTML Living Standard's "phrasing content" category (§3.2.5.2.5),
 * plus the obsolete inline elements browsers still render inline; and the
 * `flow` and `all` handlers of hast-util-to-mdast 10 (`lib/handlers/index.js`).
 *
 * @module
 */

/** Elements that are phrasing content: they do not end a line of text (`<br>` does, though phrasing). */
export const phrasingElements: ReadonlySet<string> = new Set([
  'a',
  'abbr',
  'audio',
  'b',
  'bdi',
  'bdo',
  'big',
  'br',
  'button',
  'cite',
  'code',
  'data',
  'del',
  'dfn',
  'em',
  'font',
  'i',
  'img',
  'input',
  'ins',
  'kbd',
  'label',
  'mark',
  'meter',
  'nobr',
  'output',
  'picture',
  'progress',
  'q',
  'ruby',
  'rb',
  'rp',
  'rt',
  's',
  'samp',
  'select',
  'small',
  'span',
  'strike',
  'strong',
  'sub',
  'sup',
  'textarea',
  'time',
  'tt',
  'u',
  'var',
  'video',
  'wbr',
])

/**
 * Elements that hast-util-to-mdast replaces by their content (its `flow`
 * and `all` handlers): nesting them is free to undo.
 */
export const wrapperElements: ReadonlySet<string> = new Set([
  // flow
  'address',
  'article',
  'aside',
  'body',
  'center',
  'div',
  'fieldset',
  'figcaption',
  'figure',
  'footer',
  'form',
  'header',
  'hgroup',
  'html',
  'legend',
  'main',
  'multicol',
  'nav',
  'section',
  // all
  'abbr',
  'acronym',
  'bdi',
  'bdo',
  'big',
  'blink',
  'button',
  'cite',
  'data',
  'details',
  'dfn',
  'font',
  'ins',
  'label',
  'map',
  'marquee',
  'meter',
  'nobr',
  'output',
  'progress',
  'ruby',
  'slot',
  'small',
  'span',
  'sub',
  'sup',
  'time',
])
