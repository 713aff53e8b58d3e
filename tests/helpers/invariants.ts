/**
 * The invariants every NewsDocument must hold, as one function that collects
 * the violations (an empty list means the document is sound).
 */
import { readFileSync } from 'node:fs'
import { Ajv } from 'ajv'
import type { NewsDocument, Span } from '../../src/model.js'

const schema = JSON.parse(readFileSync(new URL('../../schema.json', import.meta.url), 'utf8')) as object
const validate = new Ajv({ allErrors: true, strict: false }).compile(schema)

/** Every way `document` breaks the model's contract for `input`. */
export function violations(input: string, document: NewsDocument): string[] {
  const problems: string[] = []
  if (!validate(document)) problems.push(`schema: ${JSON.stringify(validate.errors?.slice(0, 3))}`)
  const checkSpan = (where: string, span: Span | null | undefined) => {
    if (!span) return
    if (!(span.start >= 0 && span.start <= span.end && span.end <= input.length)) {
      problems.push(`${where}: span ${span.start}-${span.end} out of bounds`)
    } else if (input.slice(span.start, span.end) !== span.text) {
      problems.push(`${where}: span text does not slice back`)
    }
  }
  const ids = new Set<string>()
  const unique = (id: string) => {
    if (ids.has(id)) problems.push(`duplicate id ${id}`)
    ids.add(id)
  }
  const speakerIds = new Set(document.speakers.map((s) => s.id))
  const tweetIds = new Set(document.tweets.map((t) => t.id))
  for (const quote of document.quotes) {
    unique(quote.id)
    checkSpan(`${quote.id}.quote`, quote.quote)
    checkSpan(`${quote.id}.speaker`, quote.speaker)
    checkSpan(`${quote.id}.cue`, quote.cue)
    for (const segment of quote.segments ?? []) checkSpan(`${quote.id}.segments`, segment)
    if (quote.speakerId !== null && !speakerIds.has(quote.speakerId))
      problems.push(`${quote.id}: dangling speakerId`)
    if (quote.tweetId !== null && !tweetIds.has(quote.tweetId)) problems.push(`${quote.id}: dangling tweetId`)
    const pieces = quote.segments ?? [quote.quote]
    if (quote.text !== pieces.map((s) => s.text).join(' '))
      problems.push(`${quote.id}: text is not its pieces joined`)
  }
  for (const speaker of document.speakers) {
    unique(speaker.id)
    for (const mention of speaker.mentions) checkSpan(`${speaker.id}.mentions`, mention)
  }
  for (const tweet of document.tweets) {
    unique(tweet.id)
    checkSpan(`${tweet.id}.span`, tweet.span)
    checkSpan(`${tweet.id}.body`, tweet.body)
    checkSpan(`${tweet.id}.signature`, tweet.signature)
  }
  return problems
}
