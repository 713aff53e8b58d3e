/**
 * Write NDJSON records `{ "id", "text" }` for measuring the batch mode:
 * varied articles from the fixtures, joined until each record holds at
 * least 1,600 characters (about 2.5 KB of JSON on average: 100,000 records
 * ≈ 250 MB).
 *
 *     node bench/records.js 100000 > /tmp/records.ndjson
 *     /usr/bin/time -v node dist/cli.js --input ndjson --jobs 2 < /tmp/records.ndjson > /dev/null
 *
 * @module
 */
import { once } from 'node:events'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { article, loadFixtures, random } from './corpus.js'

const RECORD_CHARACTERS = 1600

const count = Number(process.argv[2] ?? 100_000)
const pool = loadFixtures(join(fileURLToPath(new URL('.', import.meta.url)), '..', 'fixtures'))
const rng = random(Number(process.argv[3] ?? 1))
for (let id = 0; id < count; id++) {
  let text = article(pool, 'text', rng)
  while (text.length < RECORD_CHARACTERS) text += `\n${article(pool, 'text', rng)}`
  if (!process.stdout.write(`${JSON.stringify({ id, text })}\n`)) await once(process.stdout, 'drain')
}
