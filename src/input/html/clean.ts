/**
 * Choosing the article in a page and making the tree to convert: the
 * article root's content without the elements that are never text
 * (scripts, styles, templates, `<noscript>`, frames that are not embeds,
 * `hidden` elements), with each text-less embed (an `<iframe>`, an empty
 * blockquote) replaced by a paragraph holding its URL, table captions moved
 * out of their tables (the converter drops them), and nesting beyond
 * {@link MAX_COPY_DEPTH} levels, or {@link MAX_WRAPPER_DEPTH} wrappers,
 * undone (the converter's cost grows with both), keeping paragraph breaks.
 *
 * @module
 */
import type { Element, Nodes, Parents, Root, Text } from 'hast'
import type { MarkupEmbed } from '../../detect/html-embeds/find.js'
import { hiddenElements } from '../../lexicon/embeds.js'
import type { Range } from '../../span.js'
import { blockElements, phrasingElements, wrapperElements } from './elements.js'

/**
 * Deepest element nesting kept in the converted tree: deeper elements give
 * their content to their ancestor (hast-util-to-mdast recurses, and some of
 * its handlers look at whole subtrees at every level).
 */
export const MAX_COPY_DEPTH = 100

/**
 * Most wrapper elements (`div`, `section`, `span`… that the converter
 * replaces by their content) kept on one path: the converter copies a
 * wrapper's converted content into its parent's, so each level of wrappers
 * costs the size of what it holds. Deeper wrappers are undone here, in one
 * pass.
 */
export const MAX_WRAPPER_DEPTH = 24

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

/** Elements the converter turns into a leaf (a break, code, a form value), whose position the text needs. */
const LEAF_ELEMENTS: ReadonlySet<string> = new Set([
  'br',
  'code',
  'kbd',
  'samp',
  'pre',
  'listing',
  'plaintext',
  'textarea',
  'input',
  'select',
])

/** A node to copy, and where its copy goes. */
interface Task {
  node: Nodes
  parent: Parents
  depth: number
  /** Wrappers on the path. */
  wrappers: number
  /**
   * The node came out of an undone block wrapper: phrasing content goes into
   * a paragraph of its own, as the wrapper's boundaries would have made it.
   */
  grouped: boolean
}

/** A marker ending the current run of grouped phrasing content in `parent`. */
interface Boundary {
  boundary: Parents
}

/**
 * A new tree holding what `root` shows (see the module comment); `root` is
 * not changed. `embeds` are the embeds found under `root`.
 */
export function cleanCopy(root: Parents, embeds: readonly MarkupEmbed[]): Root {
  const placeholders = new Map<Element, MarkupEmbed>()
  for (const embed of embeds) if (embed.placeholder !== null) placeholders.set(embed.element, embed)
  const out: Root = { type: 'root', children: [] }
  const open = new Map<Parents, Element>()
  /** The paragraph collecting grouped phrasing content in `parent`, opened when needed. */
  const runIn = (parent: Parents): Element => {
    let paragraph = open.get(parent)
    if (paragraph === undefined) {
      paragraph = { type: 'element', tagName: 'p', properties: {}, children: [] }
      parent.children.push(paragraph)
      open.set(parent, paragraph)
    }
    return paragraph
  }
  const append = (parent: Parents, child: Element | Text, grouped: boolean): void => {
    if (grouped && isPhrasing(child)) runIn(parent).children.push(child)
    else {
      open.delete(parent)
      parent.children.push(child)
    }
  }
  const stack: Array<Task | Boundary> = []
  const start = root.type === 'root' ? root.children : [root]
  pushChildren(stack, start, true, (child) => task(child, out, 1, 0, false))
  while (stack.length > 0) {
    const item = stack.pop()!
    if ('boundary' in item) {
      open.delete(item.boundary)
      continue
    }
    const { node, parent, depth, wrappers, grouped } = item
    if (node.type === 'text') {
      append(parent, copyText(node), grouped)
      continue
    }
    if (node.type !== 'element' || !isShown(node, placeholders)) continue
    const embed = placeholders.get(node)
    if (embed?.placeholder) {
      append(parent, placeholderParagraph(embed.placeholder.text, embed.placeholder.range), false)
      continue
    }
    const wrapper = isWrapper(node.tagName)
    if (depth >= MAX_COPY_DEPTH || (wrapper && wrappers >= MAX_WRAPPER_DEPTH)) {
      // Undo the element: its content goes to `parent`, a block's between boundaries.
      const block = !phrasingElements.has(node.tagName)
      if (block) stack.push({ boundary: parent })
      pushChildren(stack, node.children, block, (child) =>
        task(child, parent, depth, wrappers, grouped || block),
      )
      if (block) stack.push({ boundary: parent })
      continue
    }
    const copy: Element = {
      type: 'element',
      tagName: node.tagName,
      properties: node.properties,
      children: [],
    }
    // Only leaves are aligned with the HTML; positions elsewhere would only make the converter's copy bigger.
    if (node.position && LEAF_ELEMENTS.has(node.tagName)) copy.position = node.position
    const caption = node.tagName === 'table' ? node.children.find(isCaption) : undefined
    let captionCopy: Element | null = null
    if (caption !== undefined) {
      captionCopy = { type: 'element', tagName: 'p', properties: {}, children: [] }
      append(parent, captionCopy, false)
    }
    append(parent, copy, grouped)
    const inner = wrappers + (wrapper ? 1 : 0)
    const container = !phrasingElements.has(node.tagName)
    pushChildren(stack, node.children, container, (child) =>
      child === caption ? null : task(child, copy, depth + 1, inner, false),
    )
    if (caption !== undefined && captionCopy !== null) {
      const target = captionCopy
      pushChildren(stack, caption.children, true, (child) => task(child, target, depth + 1, inner, false))
    }
  }
  return out
}

/**
 * Push the tasks `make` gives for `children` (last first, so they come off
 * the stack in order; `null` skips a child), leaving out whitespace between
 * two blocks of a block container: the converter would drop it, removing
 * one node at a time from a possibly long list.
 */
function pushChildren(
  stack: Array<Task | Boundary>,
  children: readonly Nodes[],
  container: boolean,
  make: (child: Nodes) => Task | null,
): void {
  for (let i = children.length - 1; i >= 0; i--) {
    const child = children[i]!
    if (
      container &&
      child.type === 'text' &&
      isBlank(child.value) &&
      isBlockOrNone(children[i - 1]) &&
      isBlockOrNone(children[i + 1])
    )
      continue
    const made = make(child)
    if (made !== null) stack.push(made)
  }
}

function isBlank(value: string): boolean {
  return /^[ \t\n\f\r]*$/.test(value)
}

function isBlockOrNone(node: Nodes | undefined): boolean {
  return (
    node === undefined ||
    node.type === 'comment' ||
    (node.type === 'element' && blockElements.has(node.tagName))
  )
}

function task(node: Nodes, parent: Parents, depth: number, wrappers: number, grouped: boolean): Task {
  return { node, parent, depth, wrappers, grouped }
}

/** Whether the converter replaces the element by its content (custom elements included). */
function isWrapper(tagName: string): boolean {
  return wrapperElements.has(tagName) || tagName.includes('-')
}

function isPhrasing(node: Element | Text): boolean {
  return node.type === 'text' || phrasingElements.has(node.tagName)
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
