import { describe, expect, it } from 'vitest';
import { explorerUrl } from './cluster';
import { certificateSvg, nftName, offChainMetadata, onChainFields, type CertificateFacts } from './metadata';
import { isSolanaAddress, shortAddress, walletLinkMessage } from './wallet';

const facts: CertificateFacts = {
  certificateId: 'u1_physics-101',
  courseId: 'physics-101',
  courseTitle: 'Projectile Motion',
  recipientName: 'Ada <Lovelace> & co',
  score: 91.6,
  date: '2026-12-01',
};

describe('certificate metadata', () => {
  it.each([
    ['Projectile Motion', 'Aether: Projectile Motion'],
    ['A very long course title that goes on and on', 'Aether: A very long course titl…'],
    ['  Spaces  ', 'Aether: Spaces'],
  ])('names %j as %j (at most 32 characters)', (title, name) => {
    expect(nftName(title)).toBe(name);
    expect(nftName(title).length).toBeLessThanOrEqual(32);
  });

  it('puts course, date and a rounded score on chain, in that order', () => {
    expect(onChainFields(facts)).toEqual([
      ['course', 'physics-101'],
      ['date', '2026-12-01'],
      ['score', '92'],
    ]);
  });

  it('builds Metaplex-style off-chain JSON', () => {
    const json = offChainMetadata(facts, { image: 'https://x/img.svg', page: 'https://app/certificates/u1' });
    expect(json).toMatchObject({ name: 'Aether: Projectile Motion', symbol: 'AETHER', image: 'https://x/img.svg' });
    expect(json.attributes).toContainEqual({ trait_type: 'Score', value: 92 });
    expect(json.attributes).toContainEqual({ trait_type: 'Date', value: '2026-12-01' });
    expect(json.properties.files).toEqual([{ uri: 'https://x/img.svg', type: 'image/svg+xml' }]);
  });

  it('escapes text in the SVG', () => {
    const svg = certificateSvg(facts);
    expect(svg).toContain('Ada &lt;Lovelace&gt; &amp; co');
    expect(svg).not.toContain('<Lovelace>');
    expect(svg.startsWith('<svg')).toBe(true);
  });
});

describe('wallet helpers', () => {
  it('builds the exact message the wallet signs', () => {
    const message = walletLinkMessage({ uid: 'u1', nonce: 'abc', expiresAt: '2026-12-01T00:05:00.000Z' });
    expect(message.split('\n')).toEqual([
      'Aether: link this Solana wallet to my account.',
      '',
      'Account: u1',
      'Nonce: abc',
      'Expires: 2026-12-01T00:05:00.000Z',
      '',
      'Signing is free and does not send a transaction.',
    ]);
  });

  it.each([
    ['11111111111111111111111111111111', true],
    ['TokenzQdBNbLqP5VEhdkAS6EPFLC1PHnBqCXEpPxuEb', true],
    ['0OIl0OIl0OIl0OIl0OIl0OIl0OIl0OIl', false],
    ['short', false],
    [42, false],
  ])('isSolanaAddress(%j) is %s', (value, ok) => {
    expect(isSolanaAddress(value)).toBe(ok);
  });

  it('shortens addresses for display', () => {
    expect(shortAddress('TokenzQdBNbLqP5VEhdkAS6EPFLC1PHnBqCXEpPxuEb')).toBe('Toke…xuEb');
    expect(shortAddress('short')).toBe('short');
  });
});

describe('explorerUrl', () => {
  it.each([
    ['devnet', 'https://explorer.solana.com/tx/sig?cluster=devnet'],
    ['testnet', 'https://explorer.solana.com/tx/sig?cluster=testnet'],
    ['mainnet-beta', 'https://explorer.solana.com/tx/sig'],
    ['localnet', 'https://explorer.solana.com/tx/sig?cluster=custom&customUrl=http%3A%2F%2F127.0.0.1%3A9000'],
  ] as const)('on %s', (cluster, url) => {
    expect(explorerUrl('tx', 'sig', cluster, 'http://127.0.0.1:9000')).toBe(url);
  });
});
