/**
 * `rehypeNewsmark`: the HTML analysis for unified users, on the hast tree
 * that `rehype-parse` makes.
 *
 * A rehype plugin rather than `rehype-parse → rehype-remark →
 * remarkNewsmark`: the embeds are read from their markup (classes,
 * `data-*` attributes, `<iframe src>`), which the HTML-to-Markdown step
 * throws away, and the spans carry `source` offsets into the HTML, which
 * remark's tree no longer indexes. The plugin leaves the tree as it is, so
 * `rehype-remark`, `rehype-stringify` or any other plugin can follow.
 *
 * @module
 */
import type { Root } from 'hast'
import type { Plugin } from 'unified'
import type { VFile } from 'vfile'
import type { AnnotateOptions } from '../../model.js'
import { resolveOptions } from '../../options.js'
import type {} from '../../unified/types.js'
import { annotateHast } from './index.js'

/** Options for {@link rehypeNewsmark}: as for `annotate()`; `format` is always `'html'`. */
export type RehypeNewsmarkOptions = Omit<AnnotateOptions, 'format'>

/**
 * A unified plugin that annotates a hast tree (from `rehype-parse`, whose
 * positions index the file's text) as `annotate(html, { format: 'html' })`
 * does, and stores the `NewsDocument` on `file.data.newsmark`. The tree is
 * not changed.
 */
export const rehypeNewsmark: Plugin<[(RehypeNewsmarkOptions | null | undefined)?], Root> = (options) => {
  const resolved = resolveOptions({ reported: options?.reported, format: 'html' })
  return (tree: Root, file: VFile) => {
    if (file.value === undefined || file.value === null) {
      file.fail(
        'rehypeNewsmark needs the HTML the tree was parsed from (file.value): its spans index that HTML',
        {
          source: 'newsmark',
          ruleId: 'no-value',
        },
      )
    }
    file.data.newsmark = annotateHast(tree, String(file.value), resolved)
  }
}
