import { describe, expect, it } from 'vitest';
import { parseOpenGraph } from './og';
import { recommendItems, recommendPeople } from './recommend';
import { firstUrl, parseTags, reportPathMatchesKind } from './schema';
import { matchesAll, queryTerms, searchTokens, words } from './search';

describe('search tokens', () => {
  it.each([
    ['Gravity', ['gr', 'gra', 'grav', 'gravi', 'gravit', 'gravity']],
    ['Élan vital', ['el', 'ela', 'elan', 'vi', 'vit', 'vita', 'vital']],
    ['a b', []],
  ])('%s', (text, expected) => {
    expect(searchTokens(text).sort()).toEqual(expected.sort());
  });

  it('indexes long words whole and bounds the count', () => {
    const tokens = searchTokens('supercalifragilistic');
    expect(tokens).toContain('supercalifragilistic');
    expect(tokens).toContain('supercalifragil');
    expect(tokens).not.toContain('supercalifragili');
    expect(searchTokens(Array.from({ length: 500 }, (_, i) => `word${i}`).join(' ')).length).toBeLessThanOrEqual(300);
  });

  it('plans a query: longest term on the server, the rest on the client', () => {
    expect(queryTerms('  Grav  projectile x ')).toEqual({ primary: 'projectile', rest: ['grav'] });
    expect(queryTerms('a')).toEqual({ primary: null, rest: [] });
    expect(matchesAll(searchTokens('projectile gravity'), ['grav'])).toBe(true);
    expect(matchesAll(searchTokens('projectile motion'), ['grav'])).toBe(false);
    expect(words("Don't-stop")).toEqual(['don', 't', 'stop']);
  });
});

describe('post helpers', () => {
  it.each([
    ['#Physics, space  travel', ['physics', 'space', 'travel']],
    ['a,a,b,c,d,e,f,g', ['a', 'b', 'c', 'd', 'e']],
    ['#ok bad_tag ünicode', ['ok']],
  ])('parseTags(%j)', (input, expected) => {
    expect(parseTags(input)).toEqual(expected);
  });

  it.each([
    ['see https://example.com/x.', 'https://example.com/x'],
    ['(http://a.b/c) yes', 'http://a.b/c'],
    ['no link', null],
  ])('firstUrl(%j)', (text, url) => {
    expect(firstUrl(text)).toBe(url);
  });

  it.each([
    ['post', 'posts/p1', true],
    ['post', 'posts/p1/comments/c1', false],
    ['comment', 'posts/p1/comments/c1', true],
    ['message', 'rooms/r/messages/m', true],
    ['message', 'posts/p/comments/c', false],
    ['user', 'users/u1', true],
    ['user', 'users/u1/private/settings', false],
  ] as const)('report %s at %s → %s', (kind, path, ok) => {
    expect(reportPathMatchesKind(kind, path)).toBe(ok);
  });
});

describe('open graph', () => {
  it('reads og tags, resolves a relative image and decodes entities', () => {
    const html = `<html><head><title>Fallback</title>
      <meta property="og:title" content="Rockets &amp; orbits">
      <meta content="All about Δv" property="og:description" />
      <meta property="og:image" content="/img/r.png"><meta property="og:site_name" content="Space"></head></html>`;
    expect(parseOpenGraph(html, 'http://127.0.0.1:9/a/b')).toEqual({
      url: 'http://127.0.0.1:9/a/b',
      title: 'Rockets & orbits',
      description: 'All about Δv',
      image: 'http://127.0.0.1:9/img/r.png',
      siteName: 'Space',
    });
  });
  it('falls back to <title>, and gives null without any title', () => {
    expect(parseOpenGraph('<title> Plain </title>', 'http://x')?.title).toBe('Plain');
    expect(parseOpenGraph('<p>nothing</p>', 'http://x')).toBeNull();
    expect(
      parseOpenGraph('<title>t</title><meta property="og:image" content="javascript:alert(1)">', 'http://x')?.image,
    ).toBeNull();
  });
});

describe('recommendations', () => {
  it('ranks friends of friends above shared interests and skips people already followed', () => {
    const result = recommendPeople({
      me: 'me',
      following: ['a', 'b'],
      followingOfFollowing: { a: ['c', 'd', 'me', 'b'], b: ['c'] },
      myTags: ['physics', 'space'],
      tagsByAuthor: { d: ['physics'], e: ['space', 'physics', 'space'], a: ['physics'] },
    });
    expect(result.map((r) => [r.id, r.score])).toEqual([
      ['c', 4],
      ['d', 3],
      ['e', 2],
    ]);
    expect(result[0]!.reason).toBe('Followed by 2 people you follow');
    expect(result[2]!.reason).toBe('Also posts about #space, #physics');
  });

  it('recommends items by shared keywords, then activity, excluding joined ones', () => {
    const items = [
      { id: 'r1', keywords: ['chat'], activity: 50 },
      { id: 'r2', keywords: ['physics'], activity: 0 },
      { id: 'r3', keywords: ['physics'], activity: 3 },
    ];
    expect(recommendItems(['physics'], items, ['r3']).map((r) => r.id)).toEqual(['r2', 'r1']);
  });
});
