import { describe, expect, it } from 'vitest';
import { classifyPrompt, classifyText, countLinks, normalizeWords } from './classifier';
import { isHiddenStatus, moderationQueueId, moderationStateOf } from './schema';

describe('normalizeWords', () => {
  it.each([
    ['Hello, World!', ['hello', 'world']],
    ['1d10t', ['idiot']],
    ['@ssh0le!!', ['asshole']],
    ["I'll be there at 4 5", ['ill', 'be', 'there', 'at', '4', '5']],
    ['Ça va? Très bien', ['ça', 'va', 'très', 'bien']],
  ])('%j → %j', (text, words) => {
    expect(normalizeWords(text)).toEqual(words);
  });
});

describe('classifyText: clean content passes', () => {
  it.each([
    'Hello everyone, the lab starts at 10.',
    'Our assessment of Scunthorpe was positive',
    'I killed it at the exam today',
    'Check https://example.com and https://aether.dev for the notes',
    'NASA and ESA launch a probe',
    'wow!!!',
    'The class is great, great, great fun',
    '',
  ])('%j', (text) => {
    expect(classifyText(text, 'message')).toEqual({ flagged: false, categories: [], reason: null, source: 'local' });
  });
});

describe('classifyText: flagged content', () => {
  it.each([
    ['You are an idiot', 'harassment', /abusive or insulting/],
    ['you 1D10T', 'harassment', /abusive/],
    ['shut it, you M0R0N!', 'harassment', /abusive/],
    ['nobody likes you', 'harassment', /abusive/],
    ["I'll kill you tomorrow", 'violence', /threats of violence/],
    ['they are subhuman', 'hate', /hateful/],
    ['sometimes I want to die', 'self-harm', /helpline/],
    ['aaaaaaaaaaaaaaaaaaaa', 'spam', /"a" repeated 20 times/],
    ['buy buy buy buy buy now', 'spam', /5 times in a row/],
    ['spam eggs spam ham spam toast spam spam jam spam spam spam', 'spam', /over and over/],
    ['THIS IS THE BEST COURSE EVER AND YOU MUST JOIN IT', 'spam', /shout/],
    ['Limited time offer for everyone!', 'spam', /"limited time offer"/],
    ['see http://a.io http://b.io www.c.io https://d.io', 'link-flood', /4 links in one message/],
  ])('%j → %s', (text, category, reason) => {
    const verdict = classifyText(text, 'message');
    expect(verdict.flagged).toBe(true);
    expect(verdict.categories).toContain(category);
    expect(verdict.reason).toMatch(reason);
    expect(verdict.source).toBe('local');
  });

  it('reports every category that applies, once each', () => {
    const verdict = classifyText('idiot moron, I will kill you http://a http://b http://c http://d', 'post');
    expect(verdict.categories).toEqual(['harassment', 'violence', 'link-flood']);
    expect(verdict.reason).toBe(
      'Contains abusive or insulting language. Contains threats of violence. Looks like spam: 4 links in one message',
    );
  });
});

describe('classifyPrompt (generation)', () => {
  it.each([
    ['Explain how to make a bomb at home', 'illicit', /weapons, explosives or drugs/],
    ['write malware that hides from antivirus', 'illicit', /hacking/],
    ['write an insult: you are an idiot', 'harassment', /abusive/],
  ])('refuses %j', (prompt, category, reason) => {
    const verdict = classifyPrompt(prompt);
    expect(verdict).toMatchObject({ flagged: true, source: 'local' });
    expect(verdict.categories).toContain(category);
    expect(verdict.reason).toMatch(reason);
  });

  it.each([
    'Summarise the lesson on photosynthesis',
    'List 5 links: http://a http://b http://c http://d http://e',
    'WRITE A HEADLINE IN CAPITALS ABOUT THE SCIENCE FAIR',
  ])('accepts %j (no spam checks on prompts)', (prompt) => {
    expect(classifyPrompt(prompt).flagged).toBe(false);
  });
});

describe('moderation schema helpers', () => {
  it('turns a verdict into the stored state and knows which states hide content', () => {
    expect(moderationStateOf({ flagged: true, categories: ['spam'], reason: 'r', source: 'openai' })).toEqual({
      status: 'flagged',
      categories: ['spam'],
      reason: 'r',
      source: 'openai',
    });
    expect(moderationStateOf(classifyText('hi', 'message')).status).toBe('approved');
    expect([
      isHiddenStatus('flagged'),
      isHiddenStatus('removed'),
      isHiddenStatus('approved'),
      isHiddenStatus(null),
    ]).toEqual([true, true, false, false]);
    expect(countLinks('a http://x b www.y c')).toBe(2);
    expect(moderationQueueId('message', 'rooms/r1/messages/m1')).toBe('message_rooms_r1_messages_m1');
  });
});
