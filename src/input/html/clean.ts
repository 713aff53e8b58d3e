/**
 * Choosing the article in a page and making the tree to convert: the
 * article root's content without the elements that are never text
 * (scripts, styles, templates, `<noscript>`, frames that are not embeds,
 * `hidden` elements), with each text-less embed (an `<iframe>`, an empty
 * blockquote) replaced by a paragraph holding its URL, table captions moved
 * out of their tables (the converter drops them), and nesting beyond
 * {@link MAX_COPY_DEPTH} flattened (the converter recurses).
 *
 * @module
 */
import type { Element, Nodes, Parents, Root, Text } from 'hast'
import type { MarkupEmbed } from '../../detect/html-embeds/find.js'
import { hiddenElements } from '../../lexicon/embeds.js'
import type { Range } from '../../span.js'

/** Deepest element nesting kept in the converted tree; deeper elements give their content to their ancestor. */
export const MAX_COPY_DEPTH = 400

/**
 * The part of the page that holds the article: the largest `<article>`
 * (pages list related stories in small ones), else `<main>`, else
 * `<body>`, else the whole tree. Walks with an explicit stack.
 */
export function articleRoot(tree: Root): Parents {
  let article: Element | null = null
  let main: Element | null = null
  let body: Element | null = null
  const stack: Nodes[] = [tree]
  while (stack.length > 0) {
    const node = stack.pop()!
    if (node.type === 'element') {
      if (hiddenElements.has(node.tagName)) continue
      if (node.tagName === 'article' && (article === null || extent(node) > extent(article))) article = node
      else if (node.tagName === 'main' && main === null) main = node
      else if (node.tagName === 'body' && body === null) body = node
    }
    if ('children' in node) for (let i = node.children.length - 1; i >= 0; i--) stack.push(node.children[i]!)
  }
  return article ?? main ?? body ?? tree
}

function extent(node: Nodes): number {
  return (node.position?.end.offset ?? 0) - (node.position?.start.offset ?? 0)
}

/**
 * A new tree holding what `root` shows (see the module comment); `root` is
 * not changed. `embeds` are the embeds found under `root`.
 */
export function cleanCopy(root: Parents, embeds: readonly MarkupEmbed[]): Root {
  const placeholders = new Map<Element, MarkupEmbed>()
  for (const embed of embeds) if (embed.placeholder !== null) placeholders.set(embed.element, embed)
  const out: Root = { type: 'root', children: [] }
  const stack: Array<[node: Nodes, parent: Parents, depth: number]> = []
  const start = root.type === 'root' ? root.children : [root]
  for (let i = start.length - 1; i >= 0; i--) stack.push([start[i]!, out, 1])
  while (stack.length > 0) {
    const [node, parent, depth] = stack.pop()!
    if (node.type === 'text') {
      parent.children.push(copyText(node))
      continue
    }
    if (node.type !== 'element' || !isShown(node, placeholders)) continue
    const embed = placeholders.get(node)
    if (embed?.placeholder) {
      parent.children.push(placeholderParagraph(embed.placeholder.text, embed.placeholder.range))
      continue
    }
    if (depth >= MAX_COPY_DEPTH) {
      for (let i = node.children.length - 1; i >= 0; i--) stack.push([node.children[i]!, parent, depth])
      continue
    }
    const copy: Element = {
      type: 'element',
      tagName: node.tagName,
      properties: node.properties,
      children: [],
    }
    if (node.position) copy.position = node.position
    const caption = node.tagName === 'table' ? node.children.find(isCaption) : undefined
    let captionCopy: Element | null = null
    if (caption !== undefined) {
      captionCopy = { type: 'element', tagName: 'p', properties: {}, children: [] }
      parent.children.push(captionCopy)
    }
    parent.children.push(copy)
    for (let i = node.children.length - 1; i >= 0; i--) {
      const child = node.children[i]!
      if (child === caption && captionCopy !== null) {
        for (let k = child.children.length - 1; k >= 0; k--)
          stack.push([child.children[k]!, captionCopy, depth + 1])
      } else stack.push([child, copy, depth + 1])
    }
  }
  return out
}

/** Whether an element's content is shown: not a never-text element, not `hidden`, not a frame other than an embed. */
function isShown(element: Element, placeholders: ReadonlyMap<Element, MarkupEmbed>): boolean {
  if (hiddenElements.has(element.tagName)) return false
  if (element.properties.hidden !== undefined && element.properties.hidden !== false) return false
  return element.tagName !== 'iframe' || placeholders.has(element)
}

function isCaption(node: Nodes): node is Element {
  return node.type === 'element' && node.tagName === 'caption'
}

function copyText(node: Text): Text {
  const copy: Text = { type: 'text', value: node.value }
  if (node.position) copy.position = node.position
  return copy
}

/** A paragraph whose text is `text`, written at `range` in the HTML. */
function placeholderParagraph(text: string, range: Range): Element {
  const position = {
    start: { line: 1, column: 1, offset: range.start },
    end: { line: 1, column: 1, offset: range.end },
  }
  return {
    type: 'element',
    tagName: 'p',
    properties: {},
    children: [{ type: 'text', value: text, position }],
    position,
  }
}
