/**
 * Cue and speaker-mention finding on tokens (src/attribute/).
 */
import { describe, expect, it } from 'vitest'
import { cueAt, isSpeechCueWord, mediumAt, nounCueAt, speechCueAhead } from '../src/attribute/cues.js'
import { speakerAfter, speakerBefore, type TokenSpan } from '../src/attribute/speakers.js'
import { type Token, tokenize } from '../src/attribute/words.js'

/** The text of tokens `[first, after)`. */
function textOf(
  text: string,
  tokens: Token[],
  span: TokenSpan | { first: number; after: number } | null,
): string | null {
  if (span === null) return null
  return text.slice(tokens[span.first]!.start, tokens[span.after - 1]!.end)
}

/** Index of the first token whose text is `word`. */
function indexOf(text: string, tokens: Token[], word: string): number {
  return tokens.findIndex((t) => text.slice(t.start, t.end) === word)
}

/** The cue whose verb is `verb` in `text`, as written. */
function cue(text: string, verb: string): string | null {
  const tokens = tokenize(text)
  const found = cueAt(tokens, indexOf(text, tokens, verb), 0, tokens.length)
  return found === null ? null : textOf(text, tokens, { first: found.first, after: found.after })
}

describe('tokenize', () => {
  it('keeps abbreviation dots, inner apostrophes, hyphens and handles in words', () => {
    const text = 'Mr. Esper’s U.S. troops, United States-led, @EsperDoD said.'
    expect(tokenize(text).map((t) => text.slice(t.start, t.end))).toEqual([
      'Mr.',
      'Esper’s',
      'U.S.',
      'troops',
      ',',
      'United',
      'States-led',
      ',',
      '@EsperDoD',
      'said',
      '.',
    ])
  })

  it('lowercases and drops the abbreviation dot in `lower`', () => {
    const [mr] = tokenize('Mr. X')
    expect(mr).toMatchObject({ lower: 'mr', word: true, capital: true })
  })

  it('gives every token the lowercase of its text, whether its string is shared or not', () => {
    // Same slot keys (length, first, second, middle, last code units), mixed case,
    // words too long to share, non-ASCII words, apostrophes, and a second reading.
    const text =
      'Said said SAID sand Sand sa’d said’s Internationalization INTERNATIONALIZATION Élysée ÉLYSÉE Straße İstanbul ΣΟΦΟΣ x X ' +
      'AT&T U.S.-led e-mail'
    for (let round = 0; round < 2; round++) {
      for (const t of tokenize(text)) {
        const word = text.slice(t.start, t.end)
        const lower = word.endsWith('.') && t.word ? word.slice(0, -1).toLowerCase() : word.toLowerCase()
        expect(t.lower).toBe(lower)
      }
    }
  })

  it('survives lone surrogates and control characters', () => {
    const text = '\uD800said\u0000“\uDC00'
    expect(tokenize(text).map((t) => [t.start, t.end, t.word])).toEqual([
      [0, 1, false],
      [1, 5, true],
      [5, 6, false],
      [6, 7, false],
      [7, 8, false],
    ])
  })
})

describe('cueAt', () => {
  it('takes auxiliaries and adverbs before the verb', () => {
    expect(cue('Mr Esper has also said the letter is wrong.', 'said')).toBe('has also said')
  })

  it('takes an addressee after a verb of telling', () => {
    expect(cue('the officer told reporters.', 'told')).toBe('told reporters')
    expect(cue('Graham told The New York Times then.', 'told')).toBe('told The New York Times then')
  })

  it('takes a medium and a day after the verb', () => {
    expect(cue('Peabody said in a statement Tuesday that', 'said')).toBe('said in a statement Tuesday')
  })

  it('reads "according to" and phrasal cues', () => {
    expect(cue('according to the letter', 'according')).toBe('according to')
    expect(cue('Obama called for reducing the rate', 'called')).toBe('called for')
    expect(cue('she pointed out that', 'pointed')).toBe('pointed out')
    expect(cue('she pointed at him', 'pointed')).toBeNull()
  })

  it('marks participles and infinitives', () => {
    const tokens = tokenize('prompting Mr Trump to warn any attack')
    expect(cueAt(tokens, 4, 0, tokens.length)).toMatchObject({
      first: 3,
      infinitive: true,
      participle: false,
    })
    const stressing = tokenize('said, stressing there was')
    expect(cueAt(stressing, 2, 0, stressing.length)).toMatchObject({ participle: true })
  })

  it('takes no noun for a cue: after a determiner, a possessive or a preposition, or capitalised', () => {
    expect(cue('In one tweet Friday', 'tweet')).toBeNull()
    expect(cue('Editor’s note: this', 'note')).toBeNull()
    expect(cue('the secretary of state said', 'state')).toBeNull()
    expect(cue('Secretary of State John Kerry', 'State')).toBeNull()
    expect(cue('he’s said it', 'said')).toBe('said')
  })
})

describe('cueAt, new constructions', () => {
  it('takes a verb after "which" or "first", but a noun-like form there stays a noun', () => {
    expect(cue('the police, which reported two deaths', 'reported')).toBe('reported')
    expect(cue('it was first reported by the Globe', 'reported')).toBe('was first reported')
    expect(cue('a study which reports to nobody', 'reports')).toBeNull()
  })

  it('makes no participle after a contracted auxiliary', () => {
    const text = 'He’s claiming that the vote was rigged'
    const tokens = tokenize(text)
    expect(cueAt(tokens, indexOf(text, tokens, 'claiming'), 0, tokens.length)?.participle).toBe(false)
    const bare = tokenize('Trump, claiming that')
    expect(cueAt(bare, 2, 0, bare.length)?.participle).toBe(true)
  })

  it('takes an adjunct before "that" or a subject pronoun, not a relative "that"', () => {
    expect(cue('Clinton says in Ohio that she is thrilled', 'says')).toBe('says in Ohio')
    expect(cue('Trump said after the convention he would not', 'said')).toBe('said after the convention')
    expect(cue('He spoke in a hall that holds many', 'spoke')).toBeNull()
    expect(cue('She said in a room that would flood', 'said')).toBe('said')
  })

  it('takes a day part after a day word', () => {
    expect(cue('lawmakers said Friday afternoon the plan', 'said')).toBe('said Friday afternoon')
  })

  it('takes a capitalised cue only in a title-case sentence', () => {
    const text = 'Governor Calls Budget Deal A Betrayal'
    const tokens = tokenize(text)
    expect(cueAt(tokens, 1, 0, tokens.length)).toBeNull()
    expect(cueAt(tokens, 1, 0, tokens.length, true)?.lemma).toBe('call')
  })
})

describe('nounCueAt, isSpeechCueWord, mediumAt', () => {
  it('finds a noun cue only before "that" and a word', () => {
    const text = 'Trump’s claim that crime doubled, his claim about crime'
    const tokens = tokenize(text)
    expect(nounCueAt(tokens, 1, tokens.length)?.lemma).toBe('claim')
    expect(nounCueAt(tokens, indexOf(text, tokens, 'about') - 1, tokens.length)).toBeNull()
  })

  it('tells verbs of saying from verbs of belief', () => {
    expect(isSpeechCueWord('insisted')).toBe(true)
    expect(isSpeechCueWord('believes')).toBe(false)
    expect(isSpeechCueWord('table')).toBe(false)
  })

  it('reads a medium and its time words, or nothing', () => {
    const text = 'investment in a statement on Thursday. in the city.'
    const tokens = tokenize(text)
    const first = indexOf(text, tokens, 'in')
    expect(textOf(text, tokens, { first, after: mediumAt(tokens, first, tokens.length) })).toBe(
      'in a statement on Thursday',
    )
    const city = tokens.findIndex((t, k) => k > first + 2 && t.lower === 'in')
    expect(mediumAt(tokens, city, tokens.length)).toBe(city)
  })
})

describe('speechCueAhead', () => {
  it('finds a cue among the first words after a position, before any sentence mark', () => {
    const text = '” the top US military officer said. And'
    expect(speechCueAhead(text, 2)).toBe(true)
    expect(speechCueAhead('” Then the army moved. He said', 2)).toBe(false)
  })

  it('after a quotation closed by a full stop, needs the attribution to end soon after the cue', () => {
    expect(speechCueAhead('“We stay.” The minister said.', 11)).toBe(true)
    expect(speechCueAhead('“We stay.” She told reporters Tuesday, then left', 11)).toBe(true)
    expect(speechCueAhead('“Slick Sam.” Jones called the senator a nasty guy', 13)).toBe(false)
    expect(speechCueAhead('“The rolls.” He said that if we lose, we appeal', 13)).toBe(false)
    expect(speechCueAhead('“We stay?” He said that if we lose, we appeal', 11)).toBe(true)
    expect(speechCueAhead('“… to change.” She adds, “What kind of genius?”', 15)).toBe(false)
    expect(speechCueAhead('“… to change.” She adds, then leaves.', 15)).toBe(true)
  })
})

describe('speakerBefore', () => {
  function mentionBefore(text: string, verb: string): string | null {
    const tokens = tokenize(text)
    return textOf(text, tokens, speakerBefore(tokens, indexOf(text, tokens, verb), 0))
  }

  it('reads a name with its titles back from the cue', () => {
    expect(mentionBefore('US Secretary of defence Mark Esper said', 'said')).toBe(
      'US Secretary of defence Mark Esper',
    )
  })

  it('skips an appositive role to the name before it', () => {
    expect(
      mentionBefore(
        'US Army General Mark Milley, chairman of the military’s Joint Chiefs of Staff, said',
        'said',
      ),
    ).toBe('US Army General Mark Milley')
    expect(mentionBefore('Quina Jones, 25, said', 'said')).toBe('Quina Jones')
  })

  it('keeps a party-and-state parenthesis after a name', () => {
    expect(mentionBefore('“Yes,” Rep. Gwen Moore (D-Wis.) said', 'said')).toBe('Rep. Gwen Moore (D-Wis.)')
  })

  it('stops at clause connectors and leading conjunctions', () => {
    expect(mentionBefore('The memo was leaked because officials said', 'said')).toBe('officials')
    expect(mentionBefore('But Mr. Grassley said', 'said')).toBe('Mr. Grassley')
  })

  it('takes a relative pronoun for the speaker', () => {
    expect(mentionBefore('an architect who said', 'said')).toBe('who')
  })

  it('gives no mention after a comma with no appositive, or for a prepositional phrase', () => {
    expect(mentionBefore('“Yes,” said', 'said')).toBeNull()
    expect(mentionBefore('In a widely read column', 'read')).toBeNull()
  })

  it('takes the name after an opening prepositional phrase', () => {
    expect(mentionBefore('In a Bloomberg interview Trump declared', 'declared')).toBe('Trump')
  })
})

describe('speakerAfter', () => {
  function mentionAfter(text: string, from: string): string | null {
    const tokens = tokenize(text)
    return textOf(text, tokens, speakerAfter(tokens, indexOf(text, tokens, from), tokens.length))
  }

  it('keeps a title and the name after its comma', () => {
    expect(mentionAfter('says US Secretary of Defence, Mark Esper.', 'US')).toBe(
      'US Secretary of Defence, Mark Esper',
    )
  })

  it('stops before an appositive and before a complement', () => {
    expect(mentionAfter('said Rep. Elijah Cummings, the top Democrat', 'Rep.')).toBe('Rep. Elijah Cummings')
    expect(mentionAfter('said Mr Esper in a statement', 'Mr')).toBe('Mr Esper')
  })

  it('takes the writer in "the letter from X"', () => {
    expect(
      mentionAfter(
        'read the letter from US Marine Corps Brigadier General William H. Seely III, commanding',
        'the',
      ),
    ).toBe('US Marine Corps Brigadier General William H. Seely III')
  })
})
