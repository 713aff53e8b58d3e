/**
 * Blocks straight from micromark's events, with no mdast tree built.
 *
 * remark-parse turns micromark's events into an mdast tree
 * (`mdast-util-from-markdown`), and that step costs about as much as
 * tokenizing itself (measured here on 1,000 Markdown articles: 197 ms to
 * tokenize, 366 ms to tokenize and build the tree). `annotate()` needs
 * only the blocks (paragraphs and headings), their text leaves and their
 * links, so it reads them from the events here. The reading follows
 * `mdast-util-from-markdown`'s handlers for those nodes exactly, so the
 * blocks equal {@link collectBlocks} on remark-parse's tree: the same text,
 * offsets, containers and links (a property test holds the two to that over
 * the fixtures, generated articles and random Markdown).
 *
 * @module
 */
import { decodeNamedCharacterReference } from 'decode-named-character-reference'
import { decodeNumericCharacterReference } from 'micromark-util-decode-numeric-character-reference'
import type { Event, Token, TokenizeContext } from 'micromark-util-types'
import type { MarkdownPiece } from '../input/markdown-chunks.js'
import {
  type Block,
  type BlockKind,
  type BlockLink,
  type collectBlocks,
  type Leaf,
  leafIsSource,
  NO_LINKS,
  sourceBlock,
  textOfLeaves,
} from './blocks.js'

/** A link being read: it is kept when it turns out to have a destination (`(url)`) or to be an autolink. */
interface LinkDraft {
  url: string
  start: number
  end: number
  /** Whether it is a link with a destination, not a reference link. */
  resource: boolean
  /** Its direct children that have a value, in order (their values make the link's text). */
  valued: Array<{ value: string }>
}

/**
 * An open mdast parent inside a block, as `mdast-util-from-markdown` would
 * hold it on its stack: the block itself, emphasis, strong, a link, a link's
 * label, or a fragment whose text becomes a value (inline code, raw HTML, a
 * link destination).
 */
interface Frame {
  /** Whether a line ending inside becomes text (`canContainEols`: paragraph, heading, emphasis, strong, fragments). */
  eols: boolean
  /** Where text inside goes: `null` for the block's text leaves, or an object whose value it is appended to. */
  into: { value: string } | null
  /** The frame's last child when it is a text leaf (the next text joins it), else `null`. */
  lastText: Leaf | null
  /** The link whose direct children this frame holds, if any. */
  link: LinkDraft | null
  /** How many children the frame has. */
  children: number
}

/** The block being read. */
interface OpenBlock {
  /** The paragraph or heading token; its exit closes the block. */
  token: Token
  /** Paragraph or heading. */
  kind: BlockKind
  /** Input offset of the block's start. */
  start: number
  /** Input offset of the piece's first character: added to every token offset. */
  shift: number
  /** The block's text leaves and breaks, in order. */
  leaves: Leaf[]
  /** Every link entered in the block, in order (those with no destination are dropped at the end). */
  links: LinkDraft[]
  /** The links open around the current event, innermost last. */
  openLinks: LinkDraft[]
  /** The open parents, the block itself first. */
  frames: Frame[]
  /** Where the data being read goes: a text leaf or a value object. */
  target: { value: string } | null
  /** The target is a text leaf whose end moves with each token. */
  targetIsLeaf: boolean
  /** The kind of the character reference being read, or `null` for a named one. */
  referenceKind: string | null
  /** A hard break just ended: the line ending after it is part of the break, not text. */
  atHardBreak: boolean
  /** A setext heading's text just ended: the line ending before its underline is not text. */
  slurpLineEnding: boolean
}

/** Flow constructs whose content is never analysed (code, raw HTML, definitions, thematic breaks). */
const SKIPPED_FLOW: ReadonlySet<string> = new Set([
  'codeFenced',
  'codeIndented',
  'htmlFlow',
  'definition',
  'thematicBreak',
])

/** Tokens whose text is data of the current leaf or value (`onenterdata` in `mdast-util-from-markdown`). */
const DATA_ENTER: ReadonlySet<string> = new Set([
  'data',
  'characterEscape',
  'characterReference',
  'codeTextData',
  'htmlTextData',
  'autolinkProtocol',
  'autolinkEmail',
])

/**
 * The blocks of a Markdown document cut into `pieces` (see `readMarkdown`),
 * in document order: each piece is tokenized with `tokenize` (micromark's
 * events, `markdownEvents`) and read before the next one is. Equal to
 * {@link collectBlocks} on the tree remark-parse builds, with `node: null`.
 */
export function blocksFromPieces(
  pieces: readonly MarkdownPiece[],
  input: string,
  tokenize: (doc: string) => Event[],
): Block[] {
  const blocks: Block[] = []
  let nextContainer = 0
  for (const piece of pieces)
    nextContainer = readPiece(piece, tokenize(piece.doc), input, blocks, nextContainer)
  return blocks
}

/** Read the blocks of one piece, from its `events`, into `blocks`; returns the next blockquote id. */
function readPiece(
  piece: MarkdownPiece,
  events: readonly Event[],
  input: string,
  blocks: Block[],
  nextContainer: number,
): number {
  const { doc, shift, limit } = piece
  // A data token's text is its slice of `doc` unless micromark's
  // preprocessing changed characters (tabs, NUL, a byte order mark): then
  // ask micromark. Line endings always ask: after a failed inline code or
  // HTML attempt, a line ending's token can run over the next line's
  // container prefix (`>`, list indentation), which is not text.
  const plainSlices = doc.indexOf('\t') === -1 && doc.indexOf('\0') === -1 && doc.charCodeAt(0) !== 0xfeff
  const slice = (token: Token, context: TokenizeContext): string =>
    plainSlices ? doc.slice(token.start.offset, token.end.offset) : context.sliceSerialize(token)
  // Ids of the blockquotes we are in, innermost last.
  const containers: number[] = []
  let depth = 0
  let skip: Token | null = null
  let block: OpenBlock | null = null

  for (let i = 0; i < events.length; i++) {
    const event = events[i]!
    const token = event[1]
    if (skip !== null) {
      if (token === skip && event[0] === 'exit') {
        skip = null
        depth--
      }
      continue
    }
    const type = token.type
    if (event[0] === 'enter') {
      if (depth === 0 && token.start.offset >= limit) {
        // A block of the appended definitions.
        skip = token
        depth++
        continue
      }
      depth++
      if (block !== null) skip = enterInline(block, token)
      else if (type === 'paragraph' || type === 'atxHeading' || type === 'setextHeading') {
        block = openBlock(token, type === 'paragraph' ? 'paragraph' : 'heading', shift)
      } else if (type === 'blockQuote') containers.push(nextContainer++)
      else if (SKIPPED_FLOW.has(type)) skip = token
      continue
    }
    depth--
    if (block === null) {
      if (type === 'blockQuote') containers.pop()
    } else if (token === block.token) {
      blocks.push(closeBlock(block, token.end.offset + shift, blocks.length, containers.at(-1) ?? -1, input))
      block = null
    } else exitInline(block, token, event[2], slice)
  }
  return nextContainer
}

/**
 * An inline event starts inside `block`: follow `mdast-util-from-markdown`'s
 * enter handler for it. Returns a token whose events are all skipped (an
 * image, whose label becomes its alt, not text; a link title or reference
 * label), or `null`.
 */
function enterInline(block: OpenBlock, token: Token): Token | null {
  const { type } = token
  const { shift } = block
  const frame = block.frames[block.frames.length - 1]!
  if (DATA_ENTER.has(type)) enterData(block, frame, token, shift)
  else if (type === 'emphasis' || type === 'strong') {
    addChild(frame)
    block.frames.push(newFrame(true, null, null))
  } else if (type === 'link' || type === 'autolink') {
    addChild(frame)
    const link: LinkDraft = {
      url: '',
      start: token.start.offset + shift,
      end: token.end.offset + shift,
      resource: type === 'autolink',
      valued: [],
    }
    block.links.push(link)
    block.openLinks.push(link)
    // An autolink's text is its own child; a link's children come from its label.
    block.frames.push(newFrame(false, null, type === 'autolink' ? link : null))
  } else if (type === 'label') {
    block.frames.push(newFrame(true, null, linkOfTop(block)))
  } else if (type === 'resourceDestinationString') {
    block.frames.push(newFrame(true, { value: '' }, null))
  } else if (type === 'resourceTitleString' || type === 'referenceString' || type === 'image') {
    if (type === 'image') addChild(frame)
    return token
  } else if (type === 'codeText') {
    const leaf: Leaf = { type: 'inlineCode', value: '', start: token.start.offset + shift, end: undefined }
    addValuedChild(frame, leaf)
    block.leaves.push(leaf)
    block.frames.push(newFrame(true, leaf, null))
  } else if (type === 'htmlText') {
    const html = { value: '' }
    addValuedChild(frame, html)
    block.frames.push(newFrame(true, html, null))
  } else if (type === 'hardBreakEscape' || type === 'hardBreakTrailing') {
    addChild(frame)
    block.leaves.push({ type: 'break', value: '', start: token.start.offset + shift, end: undefined })
  }
  return null
}

/**
 * An inline event inside `block` ends: follow `mdast-util-from-markdown`'s
 * exit handler for it. `slice` reads a data token's text.
 */
function exitInline(
  block: OpenBlock,
  token: Token,
  context: TokenizeContext,
  slice: (token: Token, context: TokenizeContext) => string,
): void {
  const { type } = token
  const { shift } = block
  switch (type) {
    case 'data':
    case 'characterEscapeValue':
    case 'codeTextData':
    case 'htmlTextData':
      exitData(block, token, shift, slice(token, context))
      break
    case 'autolinkProtocol':
    case 'autolinkEmail': {
      const text = slice(token, context)
      exitData(block, token, shift, text)
      const link = linkOfTop(block)
      if (link !== null) link.url = type === 'autolinkEmail' ? `mailto:${text}` : text
      break
    }
    case 'characterReferenceMarkerNumeric':
    case 'characterReferenceMarkerHexadecimal':
      block.referenceKind = type
      break
    case 'characterReferenceValue': {
      const data = slice(token, context)
      const kind = block.referenceKind
      block.referenceKind = null
      const value =
        kind === null
          ? // micromark tokenizes known names only.
            decodeNamedCharacterReference(data) || ''
          : decodeNumericCharacterReference(data, kind === 'characterReferenceMarkerNumeric' ? 10 : 16)
      if (block.target !== null) block.target.value += value
      break
    }
    case 'characterReference':
      if (block.targetIsLeaf) (block.target as Leaf).end = token.end.offset + shift
      block.target = null
      break
    case 'lineEnding': {
      if (block.atHardBreak) {
        block.atHardBreak = false
        break
      }
      const frame = block.frames[block.frames.length - 1]!
      if (!block.slurpLineEnding && frame.eols) {
        enterData(block, frame, token, shift)
        // Always micromark's text: see readPiece.
        exitData(block, token, shift, context.sliceSerialize(token))
      }
      break
    }
    case 'hardBreakEscape':
    case 'hardBreakTrailing':
      block.atHardBreak = true
      break
    case 'setextHeadingText':
      block.slurpLineEnding = true
      break
    case 'emphasis':
    case 'strong':
    case 'label':
    case 'htmlText':
      block.frames.pop()
      break
    case 'link':
    case 'autolink':
      block.frames.pop()
      block.openLinks.pop()
      break
    case 'resourceDestinationString': {
      const url = block.frames.pop()!.into!.value
      const link = linkOfTop(block)
      if (link !== null) link.url = url
      break
    }
    case 'resource': {
      const link = linkOfTop(block)
      if (link !== null) link.resource = true
      break
    }
    case 'codeText': {
      const leaf = block.frames.pop()!.into as Leaf
      leaf.end = token.end.offset + shift
      break
    }
  }
}

/** A frame with no children yet. */
function newFrame(eols: boolean, into: { value: string } | null, link: LinkDraft | null): Frame {
  return { eols, into, lastText: null, link, children: 0 }
}

/** The state for reading the block `token` opens. */
function openBlock(token: Token, kind: BlockKind, shift: number): OpenBlock {
  return {
    token,
    kind,
    start: token.start.offset + shift,
    shift,
    leaves: [],
    links: [],
    openLinks: [],
    frames: [newFrame(true, null, null)],
    target: null,
    targetIsLeaf: false,
    referenceKind: null,
    atHardBreak: false,
    slurpLineEnding: false,
  }
}

/** A child that is not a text leaf joins `frame`: the next text starts a new leaf. */
function addChild(frame: Frame): void {
  frame.lastText = null
  frame.children++
}

/** A child with a value (inline code, raw HTML) joins `frame`; it counts in the link text when `frame` holds a link's children. */
function addValuedChild(frame: Frame, child: { value: string }): void {
  addChild(frame)
  frame.link?.valued.push(child)
}

/** The innermost link open around the current event. */
function linkOfTop(block: OpenBlock): LinkDraft | null {
  return block.openLinks.at(-1) ?? null
}

/** Data starts: it joins the frame's last text leaf, or starts a new one, or goes into the frame's value. */
function enterData(block: OpenBlock, frame: Frame, token: Token, shift: number): void {
  if (frame.into !== null) {
    block.target = frame.into
    block.targetIsLeaf = false
    return
  }
  let leaf = frame.lastText
  if (leaf === null) {
    leaf = { type: 'text', value: '', start: token.start.offset + shift, end: undefined }
    block.leaves.push(leaf)
    frame.children++
    frame.lastText = leaf
    frame.link?.valued.push(leaf)
  }
  block.target = leaf
  block.targetIsLeaf = true
}

/** Data ends: its text joins the target, and a text leaf now ends where the token does. */
function exitData(block: OpenBlock, token: Token, shift: number, text: string): void {
  const target = block.target
  if (target === null) return
  target.value += text
  if (block.targetIsLeaf) (target as Leaf).end = token.end.offset + shift
  block.target = null
}

/** The finished block: its text read like {@link collectBlocks} reads a tree's. */
function closeBlock(block: OpenBlock, end: number, index: number, container: number, input: string): Block {
  const { kind, start, leaves } = block
  const root = block.frames[0]!
  const only = leaves[0]
  if (
    kind === 'paragraph' &&
    root.children === 1 &&
    root.lastText !== null &&
    only !== undefined &&
    leafIsSource(input, start, end, only.start, only.end, only.value)
  ) {
    return sourceBlock(index, kind, null, only.value, start, end, container)
  }
  let links: BlockLink[] | null = null
  for (const link of block.links) {
    if (!link.resource) continue
    let text = ''
    for (const child of link.valued) text += child.value
    links ??= []
    links.push({ url: link.url, text, start: link.start, end: link.end })
  }
  const { text, offsets } = textOfLeaves(leaves, start, input)
  return { index, kind, node: null, text, start, end, offsets, container, links: links ?? NO_LINKS }
}
