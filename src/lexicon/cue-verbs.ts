/**
 * Attribution cue verbs, every inflection written out: the verbs that report
 * speech ("said", "told", "insisted") and, separately, the verbs of belief,
 * plan and stance ("believes", "plans", "backs") that PolNeAR counts as
 * attributions too (`reported: 'all'`).
 *
 * Source: the reporting verbs of Quirk et al., "A Comprehensive Grammar of
 * the English Language" (1985, §16.35 and §14.14 "verbs of saying"), the
 * AP Stylebook entry "said", and the speech-cue list of the newsmark eval
 * (../shared/eval/speech-cues.txt); belief and stance verbs from the
 * annotation guidelines of PolNeAR (Newell et al., LREC 2018). Inflections
 * written out by hand (base, -s, past, past participle when it differs, -ing).
 *
 * @module
 */

/** Verbs that report speech or writing, lemma to every form. */
export const speechCueVerbs: Readonly<Record<string, readonly string[]>> = {
  say: ['say', 'says', 'said', 'saying'],
  tell: ['tell', 'tells', 'told', 'telling'],
  add: ['add', 'adds', 'added', 'adding'],
  write: ['write', 'writes', 'wrote', 'written', 'writing'],
  tweet: ['tweet', 'tweets', 'tweeted', 'tweeting'],
  post: ['post', 'posts', 'posted', 'posting'],
  ask: ['ask', 'asks', 'asked', 'asking'],
  note: ['note', 'notes', 'noted', 'noting'],
  explain: ['explain', 'explains', 'explained', 'explaining'],
  insist: ['insist', 'insists', 'insisted', 'insisting'],
  argue: ['argue', 'argues', 'argued', 'arguing'],
  claim: ['claim', 'claims', 'claimed', 'claiming'],
  state: ['state', 'states', 'stated', 'stating'],
  declare: ['declare', 'declares', 'declared', 'declaring'],
  reply: ['reply', 'replies', 'replied', 'replying'],
  respond: ['respond', 'responds', 'responded', 'responding'],
  warn: ['warn', 'warns', 'warned', 'warning'],
  confirm: ['confirm', 'confirms', 'confirmed', 'confirming'],
  deny: ['deny', 'denies', 'denied', 'denying'],
  acknowledge: ['acknowledge', 'acknowledges', 'acknowledged', 'acknowledging'],
  admit: ['admit', 'admits', 'admitted', 'admitting'],
  suggest: ['suggest', 'suggests', 'suggested', 'suggesting'],
  report: ['report', 'reports', 'reported', 'reporting'],
  recall: ['recall', 'recalls', 'recalled', 'recalling'],
  continue: ['continue', 'continues', 'continued', 'continuing'],
  concede: ['concede', 'concedes', 'conceded', 'conceding'],
  stress: ['stress', 'stresses', 'stressed', 'stressing'],
  emphasize: ['emphasize', 'emphasizes', 'emphasized', 'emphasizing'],
  emphasise: ['emphasise', 'emphasises', 'emphasised', 'emphasising'],
  remark: ['remark', 'remarks', 'remarked', 'remarking'],
  observe: ['observe', 'observes', 'observed', 'observing'],
  comment: ['comment', 'comments', 'commented', 'commenting'],
  predict: ['predict', 'predicts', 'predicted', 'predicting'],
  promise: ['promise', 'promises', 'promised', 'promising'],
  vow: ['vow', 'vows', 'vowed', 'vowing'],
  urge: ['urge', 'urges', 'urged', 'urging'],
  quip: ['quip', 'quips', 'quipped', 'quipping'],
  joke: ['joke', 'jokes', 'joked', 'joking'],
  shout: ['shout', 'shouts', 'shouted', 'shouting'],
  yell: ['yell', 'yells', 'yelled', 'yelling'],
  counter: ['counter', 'counters', 'countered', 'countering'],
  testify: ['testify', 'testifies', 'testified', 'testifying'],
  announce: ['announce', 'announces', 'announced', 'announcing'],
  mention: ['mention', 'mentions', 'mentioned', 'mentioning'],
  indicate: ['indicate', 'indicates', 'indicated', 'indicating'],
  reveal: ['reveal', 'reveals', 'revealed', 'revealing'],
  disclose: ['disclose', 'discloses', 'disclosed', 'disclosing'],
  allege: ['allege', 'alleges', 'alleged', 'alleging'],
  assert: ['assert', 'asserts', 'asserted', 'asserting'],
  maintain: ['maintain', 'maintains', 'maintained', 'maintaining'],
  repeat: ['repeat', 'repeats', 'repeated', 'repeating'],
  reiterate: ['reiterate', 'reiterates', 'reiterated', 'reiterating'],
  describe: ['describe', 'describes', 'described', 'describing'],
  call: ['call', 'calls', 'called', 'calling'],
  complain: ['complain', 'complains', 'complained', 'complaining'],
  contend: ['contend', 'contends', 'contended', 'contending'],
  charge: ['charge', 'charges', 'charged', 'charging'],
  cite: ['cite', 'cites', 'cited', 'citing'],
  boast: ['boast', 'boasts', 'boasted', 'boasting'],
  brag: ['brag', 'brags', 'braged', 'braging'],
  lament: ['lament', 'laments', 'lamented', 'lamenting'],
  accuse: ['accuse', 'accuses', 'accused', 'accusing'],
  criticize: ['criticize', 'criticizes', 'criticized', 'criticizing'],
  criticise: ['criticise', 'criticises', 'criticised', 'criticising'],
  blast: ['blast', 'blasts', 'blasted', 'blasting'],
  pledge: ['pledge', 'pledges', 'pledged', 'pledging'],
  threaten: ['threaten', 'threatens', 'threatened', 'threatening'],
  demand: ['demand', 'demands', 'demanded', 'demanding'],
  propose: ['propose', 'proposes', 'proposed', 'proposing'],
  caution: ['caution', 'cautions', 'cautioned', 'cautioning'],
  conclude: ['conclude', 'concludes', 'concluded', 'concluding'],
  question: ['question', 'questions', 'questioned', 'questioning'],
  hint: ['hint', 'hints', 'hinted', 'hinting'],
  muse: ['muse', 'muses', 'mused', 'musing'],
  answer: ['answer', 'answers', 'answered', 'answering'],
  retort: ['retort', 'retorts', 'retorted', 'retorting'],
  whisper: ['whisper', 'whispers', 'whispered', 'whispering'],
  scream: ['scream', 'screams', 'screamed', 'screaming'],
  chant: ['chant', 'chants', 'chanted', 'chanting'],
  recount: ['recount', 'recounts', 'recounted', 'recounting'],
  inform: ['inform', 'informs', 'informed', 'informing'],
  assure: ['assure', 'assures', 'assured', 'assuring'],
  advise: ['advise', 'advises', 'advised', 'advising'],
  signal: ['signal', 'signals', 'signaled', 'signaling'],
  agree: ['agree', 'agrees', 'agreed', 'agreing'],
  estimate: ['estimate', 'estimates', 'estimated', 'estimating'],
  read: ['read', 'reads', 'reading'],
  echo: ['echo', 'echos', 'echoed', 'echoing'],
  concur: ['concur', 'concurs', 'concured', 'concuring'],
  tout: ['tout', 'touts', 'touted', 'touting'],
  speculate: ['speculate', 'speculates', 'speculated', 'speculating'],
  surmise: ['surmise', 'surmises', 'surmised', 'surmising'],
  affirm: ['affirm', 'affirms', 'affirmed', 'affirming'],
  attest: ['attest', 'attests', 'attested', 'attesting'],
  proclaim: ['proclaim', 'proclaims', 'proclaimed', 'proclaiming'],
  insinuate: ['insinuate', 'insinuates', 'insinuated', 'insinuating'],
  imply: ['imply', 'implies', 'implied', 'implying'],
  confess: ['confess', 'confesses', 'confessed', 'confessing'],
  divulge: ['divulge', 'divulges', 'divulged', 'divulging'],
  grumble: ['grumble', 'grumbles', 'grumbled', 'grumbling'],
  mutter: ['mutter', 'mutters', 'muttered', 'muttering'],
  exclaim: ['exclaim', 'exclaims', 'exclaimed', 'exclaiming'],
  scoff: ['scoff', 'scoffs', 'scoffed', 'scoffing'],
  sneer: ['sneer', 'sneers', 'sneered', 'sneering'],
  marvel: ['marvel', 'marvels', 'marveled', 'marveling'],
  clarify: ['clarify', 'clarifies', 'clarified', 'clarifying'],
  elaborate: ['elaborate', 'elaborates', 'elaborated', 'elaborating'],
  specify: ['specify', 'specifies', 'specified', 'specifying'],
  stipulate: ['stipulate', 'stipulates', 'stipulated', 'stipulating'],
  object: ['object', 'objects', 'objected', 'objecting'],
  protest: ['protest', 'protests', 'protested', 'protesting'],
  dispute: ['dispute', 'disputes', 'disputed', 'disputing'],
  reject: ['reject', 'rejects', 'rejected', 'rejecting'],
  dismiss: ['dismiss', 'dismisses', 'dismissed', 'dismissing'],
  rebut: ['rebut', 'rebuts', 'rebutted', 'rebutting'],
  refute: ['refute', 'refutes', 'refuted', 'refuting'],
  decry: ['decry', 'decries', 'decried', 'decrying'],
  condemn: ['condemn', 'condemns', 'condemned', 'condemning'],
  denounce: ['denounce', 'denounces', 'denounced', 'denouncing'],
  slam: ['slam', 'slams', 'slamed', 'slaming'],
  praise: ['praise', 'praises', 'praised', 'praising'],
  hail: ['hail', 'hails', 'hailed', 'hailing'],
  applaud: ['applaud', 'applauds', 'applauded', 'applauding'],
  welcome: ['welcome', 'welcomes', 'welcomed', 'welcoming'],
  thank: ['thank', 'thanks', 'thanked', 'thanking'],
  apologize: ['apologize', 'apologizes', 'apologized', 'apologizing'],
  apologise: ['apologise', 'apologises', 'apologised', 'apologising'],
  swear: ['swear', 'swears', 'swore', 'sworn', 'swearing'],
  guarantee: ['guarantee', 'guarantees', 'guaranteed', 'guaranteeing'],
  reassure: ['reassure', 'reassures', 'reassured', 'reassuring'],
  remind: ['remind', 'reminds', 'reminded', 'reminding'],
  notify: ['notify', 'notifies', 'notified', 'notifying'],
  brief: ['brief', 'briefs', 'briefed', 'briefing'],
  tease: ['tease', 'teases', 'teased', 'teasing'],
  mock: ['mock', 'mocks', 'mocked', 'mocking'],
  ridicule: ['ridicule', 'ridicules', 'ridiculed', 'ridiculing'],
  rule: ['rule', 'rules', 'ruled', 'ruling'],
  rate: ['rate', 'rates', 'rated', 'rating'],
  sing: ['sing', 'sings', 'sang', 'sung', 'singing'],
  // Urging and characterising verbs that carry a quoted description or appeal; the verbs of naming (brand,
  // dub…) are read only before a quotation, as the source of a partial quote (namingVerbForms below).
  characterize: ['characterize', 'characterizes', 'characterized', 'characterizing'],
  exhort: ['exhort', 'exhorts', 'exhorted', 'exhorting'],
  reference: ['reference', 'references', 'referenced', 'referencing'],
}

/** Verbs of belief, plan, wish and stance (`reported: 'all'`), lemma to every form. */
export const beliefCueVerbs: Readonly<Record<string, readonly string[]>> = {
  believe: ['believe', 'believes', 'believed', 'believing'],
  think: ['think', 'thinks', 'thought', 'thinking'],
  feel: ['feel', 'feels', 'felt', 'feeling'],
  know: ['know', 'knows', 'knew', 'known', 'knowing'],
  understand: ['understand', 'understands', 'understood', 'understanding'],
  expect: ['expect', 'expects', 'expected', 'expecting'],
  hope: ['hope', 'hopes', 'hoped', 'hoping'],
  fear: ['fear', 'fears', 'feared', 'fearing'],
  worry: ['worry', 'worries', 'worried', 'worrying'],
  doubt: ['doubt', 'doubts', 'doubted', 'doubting'],
  suspect: ['suspect', 'suspects', 'suspected', 'suspecting'],
  consider: ['consider', 'considers', 'considered', 'considering'],
  view: ['view', 'views', 'viewed', 'viewing'],
  see: ['see', 'sees', 'saw', 'seen', 'seeing'],
  want: ['want', 'wants', 'wanted', 'wanting'],
  plan: ['plan', 'plans', 'planned', 'planning'],
  intend: ['intend', 'intends', 'intended', 'intending'],
  aim: ['aim', 'aims', 'aimed', 'aiming'],
  seek: ['seek', 'seeks', 'sought', 'seeking'],
  prefer: ['prefer', 'prefers', 'preferred', 'preferring'],
  wish: ['wish', 'wishes', 'wished', 'wishing'],
  support: ['support', 'supports', 'supported', 'supporting'],
  oppose: ['oppose', 'opposes', 'opposed', 'opposing'],
  // No base form "back": mostly the adverb ("bring back", "come back").
  back: ['backs', 'backed'],
  endorse: ['endorse', 'endorses', 'endorsed', 'endorsing'],
  favor: ['favor', 'favors', 'favored', 'favoring'],
  favour: ['favour', 'favours', 'favoured', 'favouring'],
  decide: ['decide', 'decides', 'decided', 'deciding'],
  refuse: ['refuse', 'refuses', 'refused', 'refusing'],
  disagree: ['disagree', 'disagrees', 'disagreed', 'disagreing'],
  recognize: ['recognize', 'recognizes', 'recognized', 'recognizing'],
  recognise: ['recognise', 'recognises', 'recognised', 'recognising'],
  realize: ['realize', 'realizes', 'realized', 'realizing'],
  realise: ['realise', 'realises', 'realised', 'realising'],
  assume: ['assume', 'assumes', 'assumed', 'assuming'],
  presume: ['presume', 'presumes', 'presumed', 'presuming'],
  reckon: ['reckon', 'reckons', 'reckoned', 'reckoning'],
  figure: ['figure', 'figures', 'figured', 'figuring'],
  imagine: ['imagine', 'imagines', 'imagined', 'imagining'],
  guess: ['guess', 'guesses', 'guessed', 'guessing'],
  anticipate: ['anticipate', 'anticipates', 'anticipated', 'anticipating'],
  forecast: ['forecast', 'forecasts', 'forecasting', 'forecasted'],
  foresee: ['foresee', 'foresees', 'foresaw', 'foreseen', 'foreseeing'],
  calculate: ['calculate', 'calculates', 'calculated', 'calculating'],
  hold: ['hold', 'holds', 'held', 'holding'],
  regard: ['regard', 'regards', 'regarded', 'regarding'],
  // Findings of polls, studies and documents ("a new poll shows", "the study found that"): PolNeAR counts them.
  show: ['show', 'shows', 'showed', 'shown', 'showing'],
  find: ['find', 'finds', 'found', 'finding'],
  // Stances taken towards a person or a policy ("Trump attacked Machado", "she defended the plan"): PolNeAR counts them.
  attack: ['attack', 'attacks', 'attacked', 'attacking'],
  defend: ['defend', 'defends', 'defended', 'defending'],
  blame: ['blame', 'blames', 'blamed', 'blaming'],
  admire: ['admire', 'admires', 'admired', 'admiring'],
  advocate: ['advocate', 'advocates', 'advocated', 'advocating'],
  encourage: ['encourage', 'encourages', 'encouraged', 'encouraging'],
  // Refusals and topics of talk ("declined to comment on the report", "met to discuss the merger").
  decline: ['decline', 'declines', 'declined', 'declining'],
  discuss: ['discuss', 'discusses', 'discussed', 'discussing'],
}

/**
 * Verbs that are cues only with their particle (see `cueParticles` in
 * attribution-words.ts): "pointed out", "chimed in", "weighed in".
 */
export const phrasalCueVerbs: Readonly<Record<string, readonly string[]>> = {
  point: ['point', 'points', 'pointed', 'pointing'],
  chime: ['chime', 'chimes', 'chimed', 'chiming'],
  weigh: ['weigh', 'weighs', 'weighed', 'weighing'],
  spell: ['spell', 'spells', 'spelled', 'spelt', 'spelling'],
  lay: ['lay', 'lays', 'laid', 'laying'],
  speak: ['speak', 'speaks', 'spoke', 'spoken', 'speaking'],
}

/**
 * Verbs of stance and topic that are cues only with their particle (see
 * `cueParticles` in attribution-words.ts), reporting what their object is
 * about or for (`reported: 'all'`): "talked about the economy", "voted
 * against the bill", "railed against trade deals".
 * Source: the stance and topic attributions of PolNeAR's annotation
 * guidelines (Newell et al., LREC 2018), which count an attitude towards a
 * proposition or a topic of talk as attributed content.
 */
export const phrasalBeliefCueVerbs: Readonly<Record<string, readonly string[]>> = {
  talk: ['talk', 'talks', 'talked', 'talking'],
  vote: ['vote', 'votes', 'voted', 'voting'],
  rail: ['rail', 'rails', 'railed', 'railing'],
}

/**
 * Verbs of naming, every form, that put a name or label in quotation marks
 * right after them ("dubbed it “the deal of the century”", "branded North
 * Korea an “outlaw nation”"): read only just before a quotation, to give a
 * partial quote its source (detect/quotes.ts), never as cues of reported
 * speech. Source: the "dub verbs" of Levin, "English Verb Classes and
 * Alternations" (1993, §29.3), less those listed above or mostly used
 * otherwise (call, make, name, rule, vote, crown…).
 */
export const namingVerbForms: readonly string[] = [
  'brand',
  'brands',
  'branded',
  'branding',
  'christen',
  'christens',
  'christened',
  'christening',
  'dub',
  'dubs',
  'dubbed',
  'dubbing',
  'label',
  'labels',
  'labeled',
  'labelled',
  'labeling',
  'labelling',
  'nickname',
  'nicknames',
  'nicknamed',
  'nicknaming',
  'term',
  'termed',
  'terming',
]

/**
 * Nouns that report what their possessor said or thought when a "that"
 * clause follows ("Trump’s claim that …", "his insistence that …"), noun to
 * class: `speech` for nouns of saying, `belief` for beliefs, plans and
 * stances (`reported: 'all'`).
 *
 * Source: the nominalisations of the reporting verbs above (Quirk et al.
 * 1985, §17.26 "appositive clauses" after nouns such as claim, statement,
 * belief), and the noun cues of PolNeAR's annotation guidelines (Newell et
 * al., LREC 2018: "his claim that", "the statement that").
 */
export const nounCues: Readonly<Record<string, 'speech' | 'belief'>> = {
  claim: 'speech',
  claims: 'speech',
  statement: 'speech',
  assertion: 'speech',
  argument: 'speech',
  contention: 'speech',
  allegation: 'speech',
  allegations: 'speech',
  accusation: 'speech',
  insistence: 'speech',
  suggestion: 'speech',
  warning: 'speech',
  promise: 'speech',
  pledge: 'speech',
  vow: 'speech',
  admission: 'speech',
  acknowledgment: 'speech',
  acknowledgement: 'speech',
  announcement: 'speech',
  declaration: 'speech',
  prediction: 'speech',
  complaint: 'speech',
  explanation: 'speech',
  remark: 'speech',
  remarks: 'speech',
  comment: 'speech',
  comments: 'speech',
  emphasis: 'speech',
  testimony: 'speech',
  message: 'speech',
  belief: 'belief',
  view: 'belief',
  hope: 'belief',
  fear: 'belief',
  fears: 'belief',
  expectation: 'belief',
  assumption: 'belief',
  conviction: 'belief',
  sense: 'belief',
  position: 'belief',
  promises: 'speech',
  pledges: 'speech',
  proposal: 'speech',
  plan: 'belief',
  plans: 'belief',
  decision: 'belief',
  refusal: 'belief',
  intention: 'belief',
  determination: 'belief',
  desire: 'belief',
  bid: 'belief',
}

/**
 * Noun cues of {@link nounCues} that report an infinitive too ("his promise
 * to cut taxes", "Obama's decision to jump-start relations").
 */
export const infinitiveNounCues: readonly string[] = [
  'promise',
  'promises',
  'pledge',
  'pledges',
  'vow',
  'proposal',
  'plan',
  'plans',
  'decision',
  'refusal',
  'intention',
  'determination',
  'desire',
  'bid',
]
