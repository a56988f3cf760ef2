/**
 * Short, deliberately conservative word lists for the local classifier (used when no OpenAI key is
 * set). Whole words only, matched after lower-casing and light leetspeak normalisation, so
 * "Scunthorpe" or "assessment" never match. Phrases are matched as whole word sequences.
 */
export interface WordCategory {
  category: string;
  reason: string;
  words: string[];
}

export const WORD_CATEGORIES: WordCategory[] = [
  {
    category: 'harassment',
    reason: 'Contains abusive or insulting language',
    words: [
      'idiot',
      'moron',
      'imbecile',
      'loser',
      'scumbag',
      'dumbass',
      'jackass',
      'asshole',
      'bastard',
      'bitch',
      'fuck you',
      'piece of shit',
      'nobody likes you',
      'you are worthless',
      'you are pathetic',
    ],
  },
  {
    category: 'hate',
    reason: 'Contains hateful language about a group of people',
    words: ['subhuman', 'vermin people', 'inferior race', 'go back to your country', 'ethnic cleansing'],
  },
  {
    category: 'violence',
    reason: 'Contains threats of violence',
    words: [
      'i will kill you',
      'ill kill you',
      'i am going to kill you',
      'kill yourself',
      'beat you up',
      'shoot you',
      'stab you',
      'burn your house',
      'you deserve to die',
    ],
  },
  {
    category: 'self-harm',
    reason: 'Mentions self-harm; if you are struggling, please reach out to someone you trust or a local helpline',
    words: ['kill myself', 'want to die', 'end my life', 'cut myself', 'hurt myself'],
  },
];

/** Phrases that almost only appear in spam. */
export const SPAM_PHRASES: string[] = [
  'buy now',
  'click here',
  'free money',
  'limited time offer',
  'act now',
  'earn money fast',
  'work from home and earn',
  'double your bitcoin',
  'crypto giveaway',
  'guaranteed profit',
  'winner you have been selected',
  'claim your prize',
  'cheap pills',
];

/** Generation prompts: requests for clearly harmful output, refused before any model call. */
export const HARMFUL_REQUESTS: WordCategory[] = [
  {
    category: 'illicit',
    reason: 'Asks for instructions to cause serious harm (weapons, explosives or drugs)',
    words: [
      'make a bomb',
      'build a bomb',
      'make explosives',
      'build a weapon',
      'make a gun',
      'make meth',
      'cook meth',
      'synthesize drugs',
      'make poison',
      'nerve agent',
    ],
  },
  {
    category: 'illicit',
    reason: 'Asks for help with hacking or stealing from others',
    words: [
      'steal passwords',
      'write malware',
      'write ransomware',
      'hack into',
      'phishing email',
      'credit card numbers',
    ],
  },
  {
    category: 'sexual/minors',
    reason: 'Asks for sexual content involving minors',
    words: ['child porn', 'sexual minors', 'underage sex'],
  },
];
