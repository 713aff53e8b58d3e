/**
 * newsmark: quotes, attributions, speakers and embedded tweets in news text.
 *
 * @module
 */
export { annotate } from './annotate.js'
export { NewsmarkTypeError } from './errors.js'
export { type RehypeNewsmarkOptions, rehypeNewsmark } from './input/html/rehype.js'
export { fromMarkdownGuarded, type MarkdownParse, markdownHazard } from './input/markdown.js'
export { fromPlainText, plainTextParse } from './input/text.js'
export type {
  AnnotateOptions,
  Format,
  NewsDocument,
  PartialBreadth,
  Platform,
  Quote,
  QuoteType,
  ReportedBreadth,
  SourceRange,
  Span,
  Speaker,
  SpeakerKind,
  Tweet,
} from './model.js'
export { type RemarkNewsmarkOptions, remarkNewsmark } from './unified/plugin.js'
export { tweetToMarkdown } from './unified/to-markdown.js'
export type { NewsmarkNodeData, TweetNode, TweetNodeData } from './unified/types.js'
