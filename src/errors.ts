/**
 * The errors newsmark throws.
 *
 * @module
 */

/**
 * Thrown (a `TypeError`) when `annotate()` or the plugin is called with an
 * input that is not a string, or with an unknown option value. Its `code`
 * names the problem.
 */
export class NewsmarkTypeError extends TypeError {
  /** `'ERR_NEWSMARK_INPUT'` (input is not a string) or `'ERR_NEWSMARK_OPTION'` (bad option). */
  readonly code: 'ERR_NEWSMARK_INPUT' | 'ERR_NEWSMARK_OPTION'

  constructor(code: 'ERR_NEWSMARK_INPUT' | 'ERR_NEWSMARK_OPTION', message: string) {
    super(message)
    this.name = 'NewsmarkTypeError'
    this.code = code
  }
}
