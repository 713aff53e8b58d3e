/** Types of the bench corpus generator (`corpus.js`, documented there) for the tests that use it. */
export type Pool = { text: { name: string; body: string }[]; markdown: { name: string; body: string }[] }
export function random(seed: number): () => number
export function loadFixtures(root: string): Pool
export function articles(pool: Pool, format: 'text' | 'markdown', count: number, rng: () => number): string[]
export function document(
  pool: Pool,
  format: 'text' | 'markdown',
  bytes: number,
  rng: () => number,
): { text: string; articles: number }
