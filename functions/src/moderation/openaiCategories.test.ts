import { describe, expect, it } from 'vitest';
import { verdictFromOpenAI } from './openaiCategories';

describe('verdictFromOpenAI', () => {
  it.each([
    [{ harassment: true }, ['harassment'], 'Contains abusive or insulting language'],
    [
      { 'harassment/threatening': true, violence: true },
      ['violence'],
      'Contains threats against someone. Contains violent content',
    ],
    [
      { hate: true, 'hate/threatening': true },
      ['hate'],
      'Contains hateful language about a group of people. Contains hateful threats against a group of people',
    ],
    [
      { 'self-harm': true, 'self-harm/intent': true },
      ['self-harm'],
      'Mentions self-harm; if you are struggling, please reach out to someone you trust or a local helpline',
    ],
    [
      { 'sexual/minors': true, sexual: true, violence: false },
      ['sexual/minors', 'sexual'],
      'Contains sexual content involving minors. Contains sexual content',
    ],
    [{ 'illicit/violent': true }, ['illicit'], 'Asks for or gives help with weapons or violent crime'],
    [{ 'brand-new/thing': true }, ['brand-new/thing'], 'Flagged as brand-new: thing'],
    [{ harassment: null }, ['other'], 'Flagged by automatic moderation'],
  ])('%j → %j', (categories, expected, reason) => {
    expect(verdictFromOpenAI({ flagged: true, categories })).toEqual({
      flagged: true,
      categories: expected,
      reason,
      source: 'openai',
    });
  });

  it('ignores categories when the result is not flagged', () => {
    expect(verdictFromOpenAI({ flagged: false, categories: { harassment: true } })).toEqual({
      flagged: false,
      categories: [],
      reason: null,
      source: 'openai',
    });
  });
});
