import type { CertificateFacts } from '@aether/common';
import { nftName, NFT_SYMBOL, onChainFields } from '@aether/common';
import {
  AuthorityType,
  createAssociatedTokenAccountIdempotentInstruction,
  createInitializeMetadataPointerInstruction,
  createInitializeMint2Instruction,
  createInitializeNonTransferableMintInstruction,
  createMintToInstruction,
  createSetAuthorityInstruction,
  ExtensionType,
  getAssociatedTokenAddressSync,
  getMintLen,
  LENGTH_SIZE,
  TOKEN_2022_PROGRAM_ID,
  TYPE_SIZE,
  unpackMint,
} from '@solana/spl-token';
import { createInitializeInstruction, createUpdateFieldInstruction, pack } from '@solana/spl-token-metadata';
import { PublicKey, SystemProgram, Transaction, type Connection, type Keypair } from '@solana/web3.js';
import { deriveMintKeypair, sendAndConfirm } from './chain';

/**
 * Mints one certificate NFT, exactly once, whatever happened before. Two on-chain steps, each a
 * single atomic transaction, each skipped when the chain shows it is already done:
 *   1. create the mint at the address derived from the certificate id: Token-2022 with
 *      NonTransferable + MetadataPointer (to itself), 0 decimals, token metadata with the
 *      course/date/score fields;
 *   2. create the holder's associated token account, mint 1, and remove the mint authority —
 *      in one transaction, so supply can only ever go from 0 to 1 and never further.
 * A second run (duplicate delivery, retry, crash halfway) reads the chain and resumes; a racing run
 * loses on chain (the account exists / the authority is gone) and re-reads instead of failing.
 */
export interface MintJob {
  certificateId: string;
  holder: string;
  facts: CertificateFacts;
  uri: string;
}

export type MintStep = 'create-mint' | 'issue-token';

export interface MintOutcome {
  mint: string;
  holderTokenAccount: string;
  /** Signatures of the steps this run performed (absent when the chain already had them). */
  signatures: Partial<Record<MintStep, string>>;
  /** Steps found already done on chain. */
  skipped: MintStep[];
}

export interface MintHooks {
  /** Called with a step's signature before it is sent. */
  onSigned?: (step: MintStep, signature: string) => Promise<void>;
  /** Test hook: called after a step, e.g. to simulate a crash between the two steps. */
  afterStep?: (step: MintStep) => Promise<void>;
}

export interface MintState {
  supply: bigint;
  decimals: number;
  mintAuthority: string | null;
}

export async function readMintState(connection: Connection, mint: PublicKey): Promise<MintState | null> {
  const info = await connection.getAccountInfo(mint, 'confirmed');
  if (!info) return null;
  if (!info.owner.equals(TOKEN_2022_PROGRAM_ID)) throw new Error(`account ${mint.toBase58()} is not a Token-2022 mint`);
  const state = unpackMint(mint, info, TOKEN_2022_PROGRAM_ID);
  return { supply: state.supply, decimals: state.decimals, mintAuthority: state.mintAuthority?.toBase58() ?? null };
}

export function mintAddressFor(authority: Keypair, certificateId: string): PublicKey {
  return deriveMintKeypair(authority, certificateId).publicKey;
}

export function createMintTransaction(
  authority: PublicKey,
  mint: PublicKey,
  job: MintJob,
  lamports: number,
  mintLen: number,
): Transaction {
  const programId = TOKEN_2022_PROGRAM_ID;
  const name = nftName(job.facts.courseTitle);
  const tx = new Transaction().add(
    SystemProgram.createAccount({ fromPubkey: authority, newAccountPubkey: mint, space: mintLen, lamports, programId }),
    createInitializeNonTransferableMintInstruction(mint, programId),
    createInitializeMetadataPointerInstruction(mint, authority, mint, programId),
    createInitializeMint2Instruction(mint, 0, authority, null, programId),
    createInitializeInstruction({
      programId,
      metadata: mint,
      updateAuthority: authority,
      mint,
      mintAuthority: authority,
      name,
      symbol: NFT_SYMBOL,
      uri: job.uri,
    }),
  );
  for (const [field, value] of onChainFields(job.facts)) {
    tx.add(createUpdateFieldInstruction({ programId, metadata: mint, updateAuthority: authority, field, value }));
  }
  return tx;
}

async function createMint(connection: Connection, authority: Keypair, mint: Keypair, job: MintJob, hooks: MintHooks) {
  const mintLen = getMintLen([ExtensionType.MetadataPointer, ExtensionType.NonTransferable]);
  const metadataLen =
    TYPE_SIZE +
    LENGTH_SIZE +
    pack({
      mint: mint.publicKey,
      updateAuthority: authority.publicKey,
      name: nftName(job.facts.courseTitle),
      symbol: NFT_SYMBOL,
      uri: job.uri,
      additionalMetadata: onChainFields(job.facts),
    }).length;
  // The account is created at the base size; the metadata instructions reallocate it, so it must
  // already hold the rent for the final size.
  const lamports = await connection.getMinimumBalanceForRentExemption(mintLen + metadataLen);
  const tx = createMintTransaction(authority.publicKey, mint.publicKey, job, lamports, mintLen);
  return sendAndConfirm(connection, tx, [authority, mint], {
    onSigned: (signature) => hooks.onSigned?.('create-mint', signature) ?? Promise.resolve(),
  });
}

async function issueToken(
  connection: Connection,
  authority: Keypair,
  mint: PublicKey,
  ata: PublicKey,
  holder: PublicKey,
  hooks: MintHooks,
) {
  const programId = TOKEN_2022_PROGRAM_ID;
  const tx = new Transaction().add(
    createAssociatedTokenAccountIdempotentInstruction(authority.publicKey, ata, holder, mint, programId),
    createMintToInstruction(mint, ata, authority.publicKey, 1, [], programId),
    createSetAuthorityInstruction(mint, authority.publicKey, AuthorityType.MintTokens, null, [], programId),
  );
  return sendAndConfirm(connection, tx, [authority], {
    onSigned: (signature) => hooks.onSigned?.('issue-token', signature) ?? Promise.resolve(),
  });
}

export async function mintCertificateNft(
  connection: Connection,
  authority: Keypair,
  job: MintJob,
  hooks: MintHooks = {},
): Promise<MintOutcome> {
  const mintKeypair = deriveMintKeypair(authority, job.certificateId);
  const mint = mintKeypair.publicKey;
  const holder = new PublicKey(job.holder);
  const outcome: MintOutcome = {
    mint: mint.toBase58(),
    holderTokenAccount: '',
    signatures: {},
    skipped: [],
  };

  let state = await readMintState(connection, mint);
  if (!state) {
    try {
      outcome.signatures['create-mint'] = await createMint(connection, authority, mintKeypair, job, hooks);
    } catch (error) {
      // A concurrent run may have created it first: the chain decides.
      state = await readMintState(connection, mint);
      if (!state) throw error;
      outcome.skipped.push('create-mint');
    }
    state = await readMintState(connection, mint);
    if (!state) throw new Error('the mint was not found after it was created');
  } else {
    outcome.skipped.push('create-mint');
  }
  await hooks.afterStep?.('create-mint');

  const authorityAddress = authority.publicKey.toBase58();
  if (state.mintAuthority !== null && state.mintAuthority !== authorityAddress) {
    throw new Error('the certificate mint is controlled by a different authority');
  }

  const ata = getAssociatedTokenAddressSync(mint, holder, false, TOKEN_2022_PROGRAM_ID);
  outcome.holderTokenAccount = ata.toBase58();
  if (state.supply === 0n) {
    if (state.mintAuthority === null) throw new Error('the mint has no supply and no authority left');
    try {
      outcome.signatures['issue-token'] = await issueToken(connection, authority, mint, ata, holder, hooks);
    } catch (error) {
      const after = await readMintState(connection, mint);
      if (!after || after.supply === 0n) throw error;
      outcome.skipped.push('issue-token');
    }
  } else {
    outcome.skipped.push('issue-token');
  }
  await hooks.afterStep?.('issue-token');

  const final = await readMintState(connection, mint);
  if (!final || final.supply !== 1n || final.mintAuthority !== null) {
    throw new Error(`unexpected final mint state: supply ${final?.supply}, authority ${final?.mintAuthority}`);
  }
  return outcome;
}
