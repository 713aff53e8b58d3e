/**
 * The input as one flat string, for V8.
 *
 * A string built by concatenation (`a + b`, template literals) is a V8
 * "cons" string, a tree of its pieces; once flattened, V8 still reads it
 * through the tree's root, more slowly than a sequential string. newsmark
 * reads every character several times: on 1,000 short articles built by
 * concatenation, `annotate()` took 79–82 ms, against 59–60 ms on the same
 * articles as reading a file gives them (measured here), and 62–63 ms with
 * this function.
 *
 * @module
 */

/**
 * `input`'s characters as one sequential string: `toWellFormed()` returns a
 * well-formed string's characters unchanged, flattened. An ill-formed one
 * (with a lone surrogate, which `toWellFormed` would replace) is returned
 * as it is. A string that is already flat costs one scan (none when it has
 * only Latin-1 characters).
 */
export function flatString(input: string): string {
  return input.isWellFormed() ? input.toWellFormed() : input
}
