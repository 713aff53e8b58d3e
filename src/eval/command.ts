/**
 * `newsmark eval <gold.jsonl>`: score annotate() against gold data.
 *
 * @module
 */

/** Run the eval command with its arguments (after `eval`); resolves to the exit status. */
export async function evalCommand(_argv: string[]): Promise<number> {
  process.stderr.write('newsmark eval: not implemented yet\n')
  return 2
}
