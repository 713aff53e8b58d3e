/**
 * Pronouns that can stand as a speaker mention ("he said", "they told
 * reporters"), grouped by what they can refer to.
 *
 * Source: the English personal, possessive and relative pronouns (Huddleston
 * & Pullum, The Cambridge Grammar of the English Language, ch. 17), limited
 * to the forms that occur as attribution sources in PolNeAR (about a fifth of
 * its sources are pronouns: he, she, they, it, who, which, I, we).
 *
 * @module
 */

/** The possessive determiners ("his statement", "their spokesman"). */
export const possessiveDeterminers: readonly string[] = ['his', 'her', 'their', 'its', 'our', 'my', 'your']

/** What a pronoun can refer to. */
export type PronounClass = 'male' | 'female' | 'plural' | 'neuter' | 'first' | 'second' | 'relative'

/** Pronouns for a man: "he", "his". */
export const malePronouns: readonly string[] = ['he', 'him', 'his', 'himself']

/** Pronouns for a woman: "she", "her". */
export const femalePronouns: readonly string[] = ['she', 'her', 'hers', 'herself']

/** Plural pronouns, for groups and (in news) organisations: "they", "their". */
export const pluralPronouns: readonly string[] = ['they', 'them', 'their', 'theirs', 'themselves']

/** Neuter pronouns, for organisations and documents: "it", "its". */
export const neuterPronouns: readonly string[] = ['it', 'its', 'itself']

/** First-person pronouns (a speaker inside a quote or a first-person piece). */
export const firstPersonPronouns: readonly string[] = ['i', 'me', 'my', 'we', 'us', 'our']

/** Second-person pronouns. */
export const secondPersonPronouns: readonly string[] = ['you', 'your']

/** Relative pronouns that head an attribution ("Esper, who said…"). */
export const relativePronouns: readonly string[] = ['who', 'whom', 'whose', 'which', 'that']

/**
 * Every pronoun above (lowercase) mapped to its class. A `Map`, not an
 * object: a word of the text such as "constructor" must not find an
 * `Object.prototype` member.
 */
export const pronounClasses: ReadonlyMap<string, PronounClass> = new Map<string, PronounClass>([
  ...malePronouns.map((p) => [p, 'male'] as const),
  ...femalePronouns.map((p) => [p, 'female'] as const),
  ...pluralPronouns.map((p) => [p, 'plural'] as const),
  ...neuterPronouns.map((p) => [p, 'neuter'] as const),
  ...firstPersonPronouns.map((p) => [p, 'first'] as const),
  ...secondPersonPronouns.map((p) => [p, 'second'] as const),
  ...relativePronouns.map((p) => [p, 'relative'] as const),
])
