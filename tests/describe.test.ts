import { describe, expect, it } from 'vitest'
import { annotate } from '../src/index.js'

/** The resolved speaker name of each quote, in order. */
function speakerNames(text: string): Array<string | null> {
  const doc = annotate(text)
  return doc.quotes.map((q) => doc.speakers.find((s) => s.id === q.speakerId)?.name ?? null)
}

describe('a description tied to the named person who speaks next', () => {
  const named = '“We are not leaving,” Army General Jane Doyle, a veteran of two wars, said.'

  it('links a definite officer description to the General named in the next paragraph', () => {
    const text = `The order was a mistake, the top military officer told reporters.\n${named}`
    expect(speakerNames(text)).toEqual(['Jane Doyle', 'Jane Doyle'])
    const doc = annotate(text)
    expect(doc.speakers).toHaveLength(1)
    expect(doc.speakers[0]!.mentions.map((m) => m.text)).toContain('the top military officer')
  })

  it('keeps an indefinite description apart (a second source)', () => {
    const text = `The order was a mistake, a military officer told reporters.\n${named}`
    expect(speakerNames(text)).toEqual(['a military officer', 'Jane Doyle'])
  })

  it('keeps the description apart when the office does not fit (an official is no General)', () => {
    const text = `The order was a mistake, the top official told reporters.\n${named}`
    expect(speakerNames(text)).toEqual(['the top official', 'Jane Doyle'])
  })

  it('keeps the description apart when the person was named before it', () => {
    const text = `General Jane Doyle arrived on Monday.\nThe order was a mistake, the top military officer told reporters.\n${named}`
    expect(speakerNames(text)).toEqual(['the top military officer', 'Jane Doyle'])
  })

  it('keeps the description apart when a paragraph stands between them', () => {
    const text = `The order was a mistake, the top military officer told reporters.\nThe base has 500 troops.\n${named}`
    expect(speakerNames(text)).toEqual(['the top military officer', 'Jane Doyle'])
  })
})
