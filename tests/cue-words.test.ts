/**
 * mayBeCueWord, the word filter findFrames reads before cueAt and nounCueAt:
 * it must pass every word at which either finds a cue of the class asked
 * for (no false negatives), and pass over most words of a text.
 */
import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { type CueClass, cueAt, mayBeCueWord, nounCueAt } from '../src/attribute/cues.js'
import { tokenize } from '../src/attribute/words.js'
import {
  beliefCueVerbs,
  nounCues,
  phrasalBeliefCueVerbs,
  phrasalCueVerbs,
  speechCueVerbs,
} from '../src/lexicon/cue-verbs.js'

const forms = (verbs: Readonly<Record<string, readonly string[]>>): string[] => Object.values(verbs).flat()

describe('mayBeCueWord', () => {
  it('passes every speech cue form, "according" and every speech noun cue under both breadths', () => {
    const speechNouns = Object.entries(nounCues)
      .filter(([, c]) => c === 'speech')
      .map(([w]) => w)
    for (const word of [...forms(speechCueVerbs), ...forms(phrasalCueVerbs), 'according', ...speechNouns]) {
      expect(mayBeCueWord(word, 'speech')).toBe(true)
      expect(mayBeCueWord(word, 'belief')).toBe(true)
    }
  })

  it('passes every cue form and noun cue of belief under the belief breadth', () => {
    for (const word of [...forms(beliefCueVerbs), ...forms(phrasalBeliefCueVerbs), ...Object.keys(nounCues)])
      expect(mayBeCueWord(word, 'belief')).toBe(true)
  })

  it('passes every word of a real article at which cueAt or nounCueAt finds a cue of the class asked for', () => {
    const text = readFileSync(new URL('../fixtures/iraq-troops.txt', import.meta.url), 'utf8')
    const tokens = tokenize(text)
    let cues = 0
    let skipped = 0
    for (let i = 0; i < tokens.length; i++) {
      const t = tokens[i]!
      if (!t.word) continue
      for (const cls of ['speech', 'belief'] as CueClass[]) {
        const cue = cueAt(tokens, i, 0, tokens.length, true)
        const noun = nounCueAt(tokens, i, tokens.length)
        const found = [cue, noun].some((c) => c !== null && (cls === 'belief' || c.cls === 'speech'))
        if (found) cues++
        if (!mayBeCueWord(t.lower, cls)) {
          skipped++
          expect(found).toBe(false)
        }
      }
    }
    // The article has cues, and the filter does pass over words: neither half of the check is empty.
    expect(cues).toBeGreaterThan(10)
    expect(skipped).toBeGreaterThan(tokens.length / 2)
  })
})
