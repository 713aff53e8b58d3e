/**
 * The small closed-class words around an attribution cue: auxiliaries and
 * adverbs that belong to the cue ("has also said"), complements written
 * after it ("said in a statement", "told reporters"), the verbs that take an
 * addressee ("told reporters that"), and the words that end a speaker
 * mention when reading backwards from a cue ("… because he said").
 *
 * Source: English closed-class word lists (auxiliaries, modal verbs,
 * subordinating conjunctions, relative pronouns) from Huddleston & Pullum,
 * "The Cambridge Grammar of the English Language" (2002); the media nouns
 * and addressees from the attribution complements of the AP Stylebook
 * ("said in a statement", "told reporters"); checked against the cues of the
 * seed article and PolNeAR dev.
 *
 * @module
 */

import { weekdayNames } from './months.js'
import { possessiveDeterminers } from './pronouns.js'

/**
 * The forms of "be" (lowercase): among a cue's auxiliaries they make it
 * passive ("was told", "has been confirmed"), and a passive names no source
 * before it.
 */
export const beForms: readonly string[] = ['is', 'are', 'was', 'were', 'be', 'been', 'being', 'am']

/** The negated forms of "be", both apostrophes: passive too ("… so the error isn’t repeated"). */
export const negatedBeForms: readonly string[] = [
  'isn’t',
  'aren’t',
  'wasn’t',
  'weren’t',
  "isn't",
  "aren't",
  "wasn't",
  "weren't",
]

/**
 * Prepositions before an -ing cue whose speaker is the sentence's subject
 * ("by saying", "after saying", "while insisting").
 */
export const participleCuePrepositions: readonly string[] = ['by', 'after', 'before', 'while', 'when']

/** Auxiliaries and modals that may stand before a cue and belong to it ("has said", "would tell"). */
export const cueAuxiliaries: readonly string[] = [
  'has',
  'have',
  'had',
  'having',
  'is',
  'are',
  'was',
  'were',
  'be',
  'been',
  'being',
  'am',
  'will',
  'would',
  'shall',
  'should',
  'can',
  'could',
  'may',
  'might',
  'must',
  'do',
  'does',
  'did',
  'to',
  'isn’t',
  'wasn’t',
  'hasn’t',
  'haven’t',
  'hadn’t',
  'didn’t',
  'doesn’t',
  'don’t',
  'won’t',
  'wouldn’t',
  'can’t',
  'couldn’t',
  "isn't",
  "wasn't",
  "hasn't",
  "haven't",
  "hadn't",
  "didn't",
  "doesn't",
  "don't",
  "won't",
  "wouldn't",
  "can't",
  "couldn't",
]

/** Adverbs that may stand between a speaker and a cue ("Mr Esper also said", "he later told"). */
export const cueAdverbs: readonly string[] = [
  'also',
  'later',
  'earlier',
  'previously',
  'then',
  'again',
  'reportedly',
  'repeatedly',
  'once',
  'often',
  'recently',
  'publicly',
  'privately',
  'separately',
  'further',
  'still',
  'already',
  'never',
  'not',
  'just',
  'first',
  'initially',
  'subsequently',
  'frequently',
  'always',
  'even',
  'simply',
  'flatly',
  'firmly',
  'strongly',
  'quickly',
  'openly',
  'long',
  'now',
  'himself',
  'herself',
  'themselves',
  'itself',
]

/** Day and time words that may follow a cue and belong to it ("said Tuesday", "said on Monday", "told reporters last week"). */
export const cueTimeWords: readonly string[] = [
  ...weekdayNames,
  'today',
  'yesterday',
  'tonight',
  'recently',
  'earlier',
  'later',
  'afterward',
  'afterwards',
  'then',
  'again',
  'repeatedly',
  'publicly',
  'privately',
  'separately',
  'flatly',
]

/** Period words after "last", "this", "that" ("said last week"). */
export const cuePeriodWords: readonly string[] = [
  'week',
  'month',
  'year',
  'night',
  'morning',
  'evening',
  'afternoon',
  'weekend',
  'summer',
  'spring',
  'fall',
  'autumn',
  'winter',
]

/** Particles that phrasal cue verbs take ("called for", "spoke of"), by lemma. */
export const cueParticles: Readonly<Record<string, readonly string[]>> = {
  call: ['for', 'on'],
  speak: ['of', 'about', 'out'],
  point: ['out', 'to'],
  chime: ['in'],
  weigh: ['in'],
  lay: ['out'],
  spell: ['out'],
  write: ['in'],
  post: ['on'],
  describe: ['as'],
  warn: ['of', 'against'],
  complain: ['about', 'of'],
  boast: ['about', 'of'],
  ask: ['about'],
  agree: ['with'],
  testify: ['that'],
  talk: ['about', 'of'],
  vote: ['against'],
  rail: ['against'],
  worry: ['about'],
}

/**
 * Media and occasion nouns that make a cue complement ("said in a statement",
 * "wrote in an op-ed", "said on Twitter").
 */
export const cueMediaNouns: readonly string[] = [
  'statement',
  'interview',
  'email',
  'e-mail',
  'letter',
  'memo',
  'speech',
  'tweet',
  'post',
  'posting',
  'op-ed',
  'column',
  'editorial',
  'essay',
  'report',
  'release',
  'conference',
  'briefing',
  'call',
  'video',
  'message',
  'note',
  'text',
  'filing',
  'affidavit',
  'testimony',
  'hearing',
  'debate',
  'rally',
  'remarks',
  'appearance',
  'broadcast',
  'podcast',
  'website',
  'site',
  'blog',
  'page',
  'account',
  'program',
  'programme',
  'show',
  'channel',
  'twitter',
  'facebook',
  'instagram',
  'x',
  'television',
  'radio',
]

/**
 * Nouns of documents and messages that speak for their authors and may head a
 * speaker mention even when they are also cue forms ("The report said",
 * "His tweet said", "Ivana Trump's brief said"): the media nouns above and the
 * legal and research documents that news attributes to (after the genres of
 * attribution sources in Pareti's PARC and Newell et al.'s PolNeAR guidelines).
 */
export const speakingDocumentNouns: readonly string[] = [
  ...cueMediaNouns,
  'reports',
  'tweets',
  'statements',
  'brief',
  'ruling',
  'complaint',
  'lawsuit',
  'suit',
  'study',
  'poll',
  'survey',
  'analysis',
  'estimate',
  'audit',
  'review',
  'announcement',
  'petition',
  'ad',
  'advertisement',
  'commercial',
]

/** Addressees written right after a cue of telling ("told reporters", "told the BBC"). */
export const cueAddressees: readonly string[] = [
  'reporters',
  'journalists',
  'supporters',
  'the',
  'a',
  'an',
  'him',
  'her',
  'them',
  'us',
  'me',
  'you',
  'lawmakers',
  'senators',
  'congress',
  'parliament',
  'voters',
  'the crowd',
  'members',
  'staff',
  'colleagues',
  'investigators',
  'police',
  'officials',
  'viewers',
  'listeners',
  'readers',
  'followers',
  'attendees',
  'delegates',
  'students',
]

/** Cue lemmas that take an addressee before the reported clause ("told reporters (that) …"). */
export const addresseeCueLemmas: readonly string[] = [
  'tell',
  'inform',
  'assure',
  'reassure',
  'remind',
  'warn',
  'advise',
  'notify',
  'brief',
  'ask',
  'urge',
  'thank',
  'promise',
]

/**
 * Words that end a speaker mention when reading backwards from a cue: clause
 * connectors, relative pronouns and prepositions that cannot sit inside a
 * name ("the memo, which officials said …": the mention is "officials").
 */
export const speakerBoundaryWords: readonly string[] = [
  'that',
  'which',
  'who',
  'whom',
  'whose',
  'what',
  'because',
  'while',
  'whilst',
  'when',
  'whenever',
  'where',
  'if',
  'unless',
  'although',
  'though',
  'after',
  'before',
  'since',
  'until',
  'as',
  'so',
  'than',
  'but',
  'yet',
  'or',
  'nor',
  'how',
  'why',
  'whether',
  'once',
  'even',
  'said',
  'says',
  'is',
  'are',
  'was',
  'were',
  'be',
  'been',
]

/** Conjunctions and adverbs that open a sentence without being part of its subject ("But Mr Esper said"). */
export const leadingConnectives: readonly string[] = [
  'and',
  'but',
  'so',
  'yet',
  'or',
  'then',
  'still',
  'now',
  'also',
  'meanwhile',
  'however',
  'instead',
  'indeed',
  'separately',
  'later',
  'earlier',
]

/** Words that, written just before an opening quote mark, make the quote part of the narration ("called it “a disaster”"). */
export const quoteLeadWords: readonly string[] = [
  'a',
  'an',
  'the',
  'of',
  'as',
  'is',
  'was',
  'are',
  'were',
  'be',
  'been',
  'to',
  'for',
  'by',
  'from',
  'with',
  'about',
  'his',
  'her',
  'their',
  'its',
  'our',
  'my',
  'your',
  'this',
  'these',
  'those',
  'called',
  'dubbed',
  'termed',
  'named',
  'labeled',
  'labelled',
  'described',
  'in',
  'on',
  'at',
  'and',
  'or',
  'but',
  'into',
  'very',
  'so',
  'too',
  'more',
  'most',
  'not',
]

/** Determiners, possessives, numbers and prepositions before which a cue form is a noun ("in one tweet", "the report", "secretary of state"). */
export const nounDeterminers: readonly string[] = [
  'a',
  'an',
  'the',
  'this',
  'these',
  'those',
  'his',
  'her',
  'their',
  'its',
  'our',
  'my',
  'your',
  'one',
  'each',
  'every',
  'another',
  'some',
  'any',
  'no',
  'which',
  'what',
  'whose',
  'first',
  'latest',
  'new',
  'recent',
  'two',
  'three',
  'several',
  'many',
  'more',
  'such',
  'of',
  'in',
  'for',
  'with',
  'on',
  'at',
  'by',
  'from',
]

/**
 * Words that open a quoted sentence as its subject ("there’s", "we", "I’m"):
 * a quotation starting with one, right after a reported clause, is a quote
 * of its own (“… is not accurate “there’s been no decision …”).
 */
export const quotedClauseOpeners: readonly string[] = [
  'i',
  'i’m',
  'i’ve',
  'i’ll',
  'i’d',
  'we',
  'we’re',
  'we’ve',
  'we’ll',
  'you',
  'you’re',
  'he',
  'he’s',
  'she',
  'she’s',
  'it',
  'it’s',
  'they',
  'they’re',
  'there',
  'there’s',
  'this',
  'that’s',
]

/** Words in -ing that are prepositions, not participles: a content runs on past them ("…, including those of Republicans"). */
export const ingPrepositions: readonly string[] = [
  'including',
  'according',
  'regarding',
  'concerning',
  'following',
  'excluding',
  'pending',
  'considering',
  'during',
  'notwithstanding',
  'barring',
]

/**
 * Cue forms that are also common nouns ("18 states", "That comment is a
 * lie"): after a speaker they report only when a clause opens after them.
 */
export const nounLikeCueForms: readonly string[] = [
  'advocates',
  'state',
  'states',
  'comment',
  'comments',
  'charge',
  'charges',
  'report',
  'reports',
  'post',
  'posts',
  'call',
  'calls',
  'note',
  'notes',
  'claim',
  'claims',
  'question',
  'questions',
  'counter',
  'counters',
  'signal',
  'signals',
  'object',
  'objects',
  'protest',
  'protests',
  'read',
  'reads',
  'tweet',
  'tweets',
  'remark',
  'remarks',
  'answer',
  'answers',
  'reply',
  'replies',
  'promise',
  'promises',
  'pledge',
  'pledges',
  'demand',
  'demands',
  'estimate',
  'estimates',
  'echo',
  'echoes',
  'release',
  'continue',
  'continues',
  'respond',
  'responds',
  'view',
  'views',
  'back',
  'backs',
  'support',
  'supports',
  'plan',
  'plans',
  'hope',
  'hopes',
  'fear',
  'fears',
  'doubt',
  'doubts',
  'wish',
  'guess',
  'figure',
  'figures',
  'hold',
  'holds',
  'rule',
  'rules',
  'rate',
  'rates',
  'stress',
  'point',
  'points',
  'reference',
  'references',
]

/** Words that open a reported clause after a noun-like cue form: "that", pronouns, determiners ("states that", "claims it will"). */
export const reportOpeningWords: readonly string[] = [
  'that',
  'he',
  'she',
  'it',
  'they',
  'we',
  'i',
  'you',
  'there',
  'the',
  'a',
  'an',
  'this',
  'these',
  'his',
  'her',
  'their',
  'its',
  'our',
  'to',
  'no',
  'nothing',
  'everything',
  'some',
  'many',
  'most',
  'all',
  'if',
  'whether',
  'how',
  'what',
  'why',
  'when',
]

/** Words that cannot open the content right after a cue ("the laws proposed during …", "people accused of …"). */
export const contentBlockingWords: readonly string[] = [
  'of',
  'for',
  'with',
  'from',
  'at',
  'in',
  'on',
  'about',
  'by',
  'during',
  'after',
  'before',
  'against',
  'into',
  'over',
  'under',
  'than',
  'as',
  'and',
  'or',
  'but',
]

/** Words that label a paragraph before a colon without naming a source ("BREAKING:", "Photo:", "Editor’s note:"). */
export const headlineLabels: readonly string[] = [
  'breaking',
  'latest',
  'update',
  'updated',
  'updates',
  'watch',
  'exclusive',
  'photo',
  'photos',
  'video',
  'videos',
  'caption',
  'credit',
  'credits',
  'note',
  'correction',
  'clarification',
  'read',
  'more',
  'related',
  'see',
  'also',
  'listen',
  'warning',
  'spoiler',
  'opinion',
  'analysis',
  'live',
  'abstract',
  'summary',
  'background',
  'context',
  'q',
  'a',
  'p.s',
  'ps',
  'via',
  'source',
  'image',
  'images',
  'getty',
  'ap',
  'reuters',
  'afp',
  'am',
  'pm',
  'a.m',
  'p.m',
]

/**
 * Cue lemmas that report only a clause ("the poll shows that …", "the study
 * found how …"), not a noun phrase ("will show its new film", "found the
 * keys"), and the words such a clause opens with. "feel" reports a belief
 * with a clause ("many feel that the plan failed"), a state with an
 * adjective ("feel good about yourself", "feel buoyed by …").
 *
 * Source: complement patterns of these verbs in the Cambridge Grammar of
 * the English Language (Huddleston & Pullum 2002, ch. 11 "content clauses").
 */
export const clauseOnlyCueLemmas: readonly string[] = ['show', 'find', 'hold', 'feel']

/**
 * Forms of the clause-only lemmas that report a noun phrase too: after a
 * subject, "shows" is a verb (not the noun "show") and reports what a
 * video, poll or document shows ("Video of the incident shows him with his
 * hands in the air"); "show" and "showed" stay clause-only ("the show",
 * "showed up"). Checked against PolNeAR dev, where 16 of 22 "shows" are cues.
 */
export const nounPhraseReportForms: readonly string[] = ['shows']

/**
 * Cue lemmas that report only an infinitive after them ("declined to
 * comment", not "declined that assignment" nor "declined slightly").
 * Source: the complement patterns of these verbs in the Cambridge Grammar of
 * the English Language (Huddleston & Pullum 2002, ch. 14 "non-finite clauses").
 */
export const infinitiveOnlyCueLemmas: readonly string[] = ['decline']

/** Words that open a content clause after a clause-only cue (a capitalised name does too: "shows Clinton leading"). */
export const contentClauseOpeners: readonly string[] = [
  'that',
  'how',
  'what',
  'whether',
  'why',
  'when',
  'who',
  'he',
  'she',
  'they',
  'it',
  'we',
  'i',
  'there',
]

/**
 * Cue lemmas that report only before a colon, a quote mark or "that"
 * ("she continued: …", "he continued, “…”"), never their object ("Trump
 * continues his adulation of Putin", "continued to stay away").
 *
 * Source: the reporting uses of "continue" in the AP Stylebook entry "said"
 * (continued as a speech tag), checked against PolNeAR dev.
 */
export const leadInOnlyCueLemmas: readonly string[] = ['continue']

/**
 * Cue lemmas of stance and mention that take a noun phrase as their content
 * ("attacked Machado in early-morning tweets", "criticized the law during a
 * stop in Flint"): after them a time or circumstance adjunct ends the content.
 * Source: PolNeAR's annotation guidelines (Newell et al., LREC 2018), whose
 * contents of stance attributions are the object only.
 */
export const objectCueLemmas: readonly string[] = [
  'attack',
  'defend',
  'blame',
  'admire',
  'criticize',
  'criticise',
  'mention',
  'cite',
  'praise',
  'condemn',
  'denounce',
  'slam',
  'blast',
  'reference',
  'support',
  'oppose',
  'endorse',
  'back',
  'talk',
  'rail',
  'vote',
  'discuss',
  'mock',
  'hail',
  'applaud',
  'welcome',
  'reject',
  'dismiss',
  'tout',
  'describe',
  'warn',
  'acknowledge',
]

/** Prepositions and conjunctions that open an adjunct after a noun-phrase content ("since the debate", "during a stop"). */
export const objectAdjunctOpeners: readonly string[] = [
  'during',
  'since',
  'after',
  'before',
  'amid',
  'following',
  'despite',
  'while',
  'when',
  'because',
  'at',
]

/**
 * Subordinators that open an adverbial clause before the main clause
 * ("Although Trump has admitted using the tax code, he does not defend
 * it"): a cue whose speaker follows one reports up to the comma that closes
 * that clause, not the main clause after it.
 * Source: the subordinating conjunctions of Huddleston & Pullum, "The
 * Cambridge Grammar of the English Language" (2002, ch. 7 and 8).
 */
export const clauseSubordinators: readonly string[] = [
  'although',
  'though',
  'while',
  'whereas',
  'if',
  'when',
  'whenever',
  'because',
  'since',
  'after',
  'before',
  'unless',
  'once',
  'until',
]

/**
 * Words that, right after "but", open a predicate with no subject of its
 * own, coordinated with the cue's ("signaled willingness to change the law
 * but has been met with opposition"): auxiliaries, modals and "also".
 * Source: the auxiliaries and modals of Huddleston & Pullum, "The Cambridge
 * Grammar of the English Language" (2002, ch. 3), as in `cueAuxiliaries`.
 */
export const coordinatedPredicateOpeners: readonly string[] = [
  'has',
  'had',
  'have',
  'is',
  'was',
  'were',
  'did',
  'does',
  'would',
  'will',
  'could',
  'also',
]

/**
 * Causative verbs, every form, whose object and bare infinitive do no
 * reporting ("ways that help Mr. Putin maintain …", "let them know"): a
 * speaker mention read back across one of them is none.
 * Source: the causative "help" and "let" + bare infinitive of Huddleston &
 * Pullum, "The Cambridge Grammar of the English Language" (2002, ch. 14).
 */
export const causativeVerbForms: readonly string[] = [
  'help',
  'helps',
  'helped',
  'helping',
  'let',
  'lets',
  'letting',
]

/**
 * Words that open the narrator's own clause after a comma, not a report
 * ("…, despite …", "…, although …"): concessive prepositions and
 * subordinators.
 */
export const narratorAdjunctOpeners: readonly string[] = ['despite', 'amid', 'although', 'though']

/**
 * Prepositions that open a sentence's adjunct ("On this weekend’s broadcast
 * of …, Pence said"): a speaker read back from a cue that ends in one is
 * no speaker.
 */
export const adjunctPrepositions: readonly string[] = [
  'in',
  'on',
  'at',
  'during',
  'after',
  'before',
  'from',
  'for',
  'with',
  'by',
  'over',
  'under',
  'into',
  'about',
]

/**
 * Lowercase words (besides the subject pronouns) before a cue form that is
 * also a noun that make it the verb of a subject ("who rules", "police
 * say", "and states"), not a noun after a modifier.
 */
export const cueSubjectWords: readonly string[] = [
  'who',
  'which',
  'that',
  'people',
  'police',
  'and',
  'but',
  'or',
  'nor',
  'also',
  'then',
  'now',
]

/**
 * Lowercase words (besides the subject pronouns) that may open the subject
 * of a cue form that is also a noun: determiners of a plural or a definite,
 * possessives, quantifiers, relative pronouns ("the website states", "many
 * experts warn").
 */
export const cueSubjectOpeners: readonly string[] = [
  'the',
  ...possessiveDeterminers,
  'this',
  'that',
  'these',
  'those',
  'some',
  'many',
  'most',
  'few',
  'all',
  'both',
  'several',
  'other',
  'who',
  'which',
]

/**
 * Prepositions and verbs that make the capitalised words before a colon a
 * headline's title, not a name ("Stealth Over Health:", "The Gap Goes On:").
 */
export const headlineTitleWords: readonly string[] = [
  'over',
  'on',
  'in',
  'at',
  'for',
  'with',
  'to',
  'from',
  'goes',
  'is',
  'are',
]

/** Subordinators that open the narrator's clause after a quotation ("…,” he said when asked). */
export const narratorSubordinators: readonly string[] = [
  'when',
  'after',
  'before',
  'while',
  'as',
  'because',
  'since',
  'until',
]

/** Prepositions that open an adjunct between a cue and its "that" clause ("says in Ohio that …"). */
export const cueAdjunctOpeners: readonly string[] = [
  'in',
  'at',
  'on',
  'during',
  'after',
  'before',
  'while',
  'by',
  'from',
]

/** Words that open a content of their own before any "that" after a cue ("urged them to …", "told him how …"). */
export const cueAdjunctStops: readonly string[] = ['to', 'how', 'what', 'why', 'whether', 'if', 'when', 'who']

/**
 * Words (besides the speaker boundary words and the cue auxiliaries) that
 * end a speaker mention read forwards from a cue ("said Mr Esper in a
 * statement", "said Smith and …").
 */
export const forwardMentionStops: readonly string[] = [
  'in',
  'on',
  'at',
  'during',
  'after',
  'before',
  'while',
  'to',
  'and',
  'with',
]
