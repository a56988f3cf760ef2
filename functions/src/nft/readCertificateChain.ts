import {
  explorerUrl,
  nftName,
  NFT_SYMBOL,
  onChainFields,
  type CertificateFacts,
  type CertificateVerification,
  type SolanaCluster,
} from '@aether/common';
import {
  ExtensionType,
  getExtensionTypes,
  getTokenMetadata,
  TOKEN_2022_PROGRAM_ID,
  unpackAccount,
  unpackMint,
} from '@solana/spl-token';
import { PublicKey, type Connection } from '@solana/web3.js';

type ChainView = NonNullable<CertificateVerification['chain']>;

/**
 * Reads a certificate's NFT from the chain with spl-token's own unpackers and compares it with what
 * the certificate says: the mint exists, supply 1, 0 decimals, no mint authority, non-transferable,
 * held by the wallet it was minted to, and the on-chain metadata equals the certificate's facts.
 */
export async function readCertificateChain(
  connection: Connection,
  input: {
    mint: string;
    walletAddress: string | null;
    signature: string | null;
    metadataUri: string | null;
    facts: CertificateFacts;
    cluster: SolanaCluster;
    rpcUrl: string;
  },
): Promise<ChainView> {
  const mint = new PublicKey(input.mint);
  const view: ChainView = {
    mint: input.mint,
    exists: false,
    supply: '0',
    decimals: 0,
    mintAuthority: null,
    nonTransferable: false,
    holder: null,
    holderMatches: false,
    metadata: null,
    metadataMatches: false,
    explorerUrl: explorerUrl('address', input.mint, input.cluster, input.rpcUrl),
    signature: input.signature,
  };
  const info = await connection.getAccountInfo(mint, 'confirmed');
  if (!info || !info.owner.equals(TOKEN_2022_PROGRAM_ID)) return view;
  const state = unpackMint(mint, info, TOKEN_2022_PROGRAM_ID);
  view.exists = true;
  view.supply = state.supply.toString();
  view.decimals = state.decimals;
  view.mintAuthority = state.mintAuthority?.toBase58() ?? null;
  view.nonTransferable = getExtensionTypes(state.tlvData).includes(ExtensionType.NonTransferable);

  const metadata = await getTokenMetadata(connection, mint, 'confirmed', TOKEN_2022_PROGRAM_ID);
  if (metadata) {
    view.metadata = {
      name: metadata.name,
      symbol: metadata.symbol,
      uri: metadata.uri,
      fields: Object.fromEntries(metadata.additionalMetadata),
    };
    const expected = Object.fromEntries(onChainFields(input.facts));
    view.metadataMatches =
      metadata.name === nftName(input.facts.courseTitle) &&
      metadata.symbol === NFT_SYMBOL &&
      (input.metadataUri === null || metadata.uri === input.metadataUri) &&
      Object.keys(expected).length === metadata.additionalMetadata.length &&
      Object.entries(expected).every(([k, v]) => view.metadata!.fields[k] === v);
  }

  const { value: largest } = await connection.getTokenLargestAccounts(mint, 'confirmed');
  const held = largest.find((a) => a.amount !== '0');
  if (held) {
    const account = await connection.getAccountInfo(held.address, 'confirmed');
    if (account) view.holder = unpackAccount(held.address, account, TOKEN_2022_PROGRAM_ID).owner.toBase58();
  }
  view.holderMatches = view.holder !== null && view.holder === input.walletAddress;
  return view;
}
