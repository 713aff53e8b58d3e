import { describe, expect, it } from 'vitest'
import { annotate } from '../src/annotate.js'
import { flatString } from '../src/input/flat.js'

describe('flatString', () => {
  it('keeps the characters of a well-formed string built by concatenation', () => {
    const parts = ['“We will win,” ', 'Smith said. ', '😀 ', 'Ünïcode.']
    const built = parts.reduce((a, b) => a + b, '')
    expect(flatString(built)).toBe(parts.join(''))
  })

  it('leaves a string with a lone surrogate as it is (toWellFormed would replace it)', () => {
    const input = `“Hi,” she said ${'\uD800'} and ${'\uDC00'}left.`
    const out = flatString(input)
    expect(out).toBe(input)
    expect(out.charCodeAt(input.indexOf('\uD800'))).toBe(0xd800)
  })
})

describe('annotate on a string built by concatenation', () => {
  it('gives the same document as on the same characters read whole', () => {
    const text = '“We will not leave,” Mark Esper told reporters on Monday.\n\nHe said the plan was costly.\n'
    const built = text.split(' ').reduce((a, b, i) => (i === 0 ? b : `${a} ${b}`), '')
    expect(JSON.stringify(annotate(built))).toBe(JSON.stringify(annotate(text)))
    expect(annotate(built).quotes.length).toBeGreaterThan(0)
  })
})
