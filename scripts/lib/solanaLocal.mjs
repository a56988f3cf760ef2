// A local Solana chain for offline runs: litesvm 1.5.0 (a real in-process Solana runtime with
// Token-2022 and the associated-token-account program built in) behind the subset of JSON-RPC that
// @solana/web3.js's `Connection` uses in Aether. The functions talk to it exactly as they would to
// devnet, so the same code path runs locally and against a real cluster. See README "NFT certificates".
import {
  getBase58Decoder,
  getBase58Encoder,
  getBase64Encoder,
  getCompiledTransactionMessageDecoder,
  getTransactionDecoder,
} from '@solana/kit';
import { LiteSVM } from 'litesvm';
import { createServer } from 'node:http';

export const SOLANA_BASE_PORT = 8899;
const TOKEN_2022 = 'TokenzQdBNbLqP5VEhdkAS6EPFLC1PHnBqCXEpPxuEb';
const TOKEN_CLASSIC = 'TokenkegQfeZyiNwAJbNbGKPFXCWuBvf9Ss623VQ5DA';

const base58 = { encode: (bytes) => getBase58Decoder().decode(bytes), decode: (s) => getBase58Encoder().encode(s) };
const txDecoder = getTransactionDecoder();
const messageDecoder = getCompiledTransactionMessageDecoder();

class RpcError extends Error {
  constructor(code, message, data) {
    super(message);
    this.code = code;
    this.data = data;
  }
}

function u64(bytes, offset) {
  return new DataView(bytes.buffer, bytes.byteOffset + offset, 8).getBigUint64(0, true);
}

function accountJson(account) {
  if (!account || !account.exists) return null;
  return {
    data: [Buffer.from(account.data).toString('base64'), 'base64'],
    executable: account.executable,
    lamports: Number(account.lamports),
    owner: account.programAddress,
    rentEpoch: 0,
    space: account.data.length,
  };
}

/** Creates the chain and the handlers for each JSON-RPC method. */
export function createLocalChain() {
  const svm = new LiteSVM();
  /** signature → { slot, err } for getSignatureStatuses. */
  const statuses = new Map();
  /**
   * litesvm's getProgramAccounts does not see accounts created by transactions, so token accounts
   * are indexed here as transactions touch them (for getTokenLargestAccounts).
   */
  const tokenAccounts = new Set();
  const indexTokenAccounts = (tx) => {
    for (const address of messageDecoder.decode(tx.messageBytes).staticAccounts) {
      const account = getAccount(address);
      const isToken = account.exists && [TOKEN_2022, TOKEN_CLASSIC].includes(account.programAddress);
      if (isToken && account.data.length >= 165) tokenAccounts.add(address);
    }
  };
  let slot = 1n;
  const context = () => ({ slot: Number(slot), apiVersion: '2.2.0' });
  const advance = () => {
    slot += 1n;
    svm.warpToSlot(slot);
  };
  const getAccount = (address) => svm.getAccount(address);
  const mintInfo = (mint) => {
    const account = getAccount(mint);
    if (!account.exists) throw new RpcError(-32602, `Invalid param: could not find account`);
    return { supply: u64(account.data, 36), decimals: account.data[44] };
  };
  const ui = (amount, decimals) => ({
    amount: amount.toString(),
    decimals,
    uiAmount: Number(amount) / 10 ** decimals,
    uiAmountString: (Number(amount) / 10 ** decimals).toString(),
  });

  const methods = {
    getHealth: () => 'ok',
    getVersion: () => ({ 'solana-core': '2.2.0-litesvm', 'feature-set': 0 }),
    getGenesisHash: () => 'LocaLiteSVM11111111111111111111111111111111',
    getSlot: () => Number(slot),
    getBlockHeight: () => Number(slot),
    getLatestBlockhash: () => ({
      context: context(),
      value: { blockhash: svm.latestBlockhash(), lastValidBlockHeight: Number(slot) + 150 },
    }),
    getMinimumBalanceForRentExemption: ([size]) => Number(svm.minimumBalanceForRentExemption(BigInt(size))),
    getBalance: ([address]) => ({ context: context(), value: Number(svm.getBalance(address) ?? 0n) }),
    getAccountInfo: ([address]) => ({ context: context(), value: accountJson(getAccount(address)) }),
    getMultipleAccounts: ([addresses]) => ({
      context: context(),
      value: addresses.map((a) => accountJson(getAccount(a))),
    }),
    getTokenSupply: ([mint]) => {
      const { supply, decimals } = mintInfo(mint);
      return { context: context(), value: ui(supply, decimals) };
    },
    getTokenLargestAccounts: ([mint]) => {
      const { decimals } = mintInfo(mint);
      const holders = [...tokenAccounts]
        .map((address) => getAccount(address))
        .filter((a) => a.exists && a.data.length >= 165 && base58.encode(a.data.subarray(0, 32)) === mint)
        .map((a) => ({ address: a.address, amount: u64(a.data, 64) }))
        .sort((x, y) => (y.amount > x.amount ? 1 : y.amount < x.amount ? -1 : 0))
        .slice(0, 20);
      return { context: context(), value: holders.map((h) => ({ address: h.address, ...ui(h.amount, decimals) })) };
    },
    requestAirdrop: ([address, lamports]) => {
      const result = svm.airdrop(address, BigInt(lamports));
      if (!result || 'err' in result) throw new RpcError(-32002, 'airdrop failed');
      const signature = base58.encode(result.signature());
      statuses.set(signature, { slot: Number(slot), err: null });
      advance();
      return signature;
    },
    sendTransaction: ([encoded, options = {}]) => {
      const bytes =
        options.encoding === 'base64' ? getBase64Encoder().encode(encoded) : getBase58Encoder().encode(encoded);
      const tx = txDecoder.decode(bytes);
      const result = svm.sendTransaction(tx);
      if ('err' in result) {
        const meta = result.meta();
        throw new RpcError(-32002, `Transaction simulation failed: ${result.toString().slice(0, 300)}`, {
          err: String(result.err()),
          logs: meta.logs(),
        });
      }
      const signature = base58.encode(result.signature());
      statuses.set(signature, { slot: Number(slot), err: null });
      indexTokenAccounts(tx);
      advance();
      return signature;
    },
    getSignatureStatuses: ([signatures]) => ({
      context: context(),
      value: signatures.map((s) => {
        const status = statuses.get(s);
        return status
          ? { slot: status.slot, confirmations: null, err: status.err, confirmationStatus: 'finalized' }
          : null;
      }),
    }),
  };

  async function handle(request) {
    const { id = null, method, params = [] } = request ?? {};
    const fn = methods[method];
    if (!fn) return { jsonrpc: '2.0', id, error: { code: -32601, message: `Method not found: ${method}` } };
    try {
      return { jsonrpc: '2.0', id, result: await fn(params) };
    } catch (error) {
      const code = error instanceof RpcError ? error.code : -32603;
      return { jsonrpc: '2.0', id, error: { code, message: error.message, data: error.data } };
    }
  }

  return { svm, handle, methods };
}

/**
 * Starts the JSON-RPC server on 127.0.0.1:port (8899 + offset by default). Resolves with
 * { url, port, chain, close }.
 */
export function startLocalSolana({ port = SOLANA_BASE_PORT, host = '127.0.0.1' } = {}) {
  const chain = createLocalChain();
  const server = createServer((req, res) => {
    if (req.method !== 'POST') {
      res.writeHead(req.method === 'OPTIONS' ? 204 : 405, corsHeaders());
      res.end();
      return;
    }
    const chunks = [];
    req.on('data', (c) => chunks.push(c));
    req.on('end', async () => {
      let body;
      try {
        body = JSON.parse(Buffer.concat(chunks).toString('utf8'));
      } catch {
        res.writeHead(400, { 'content-type': 'application/json', ...corsHeaders() });
        res.end(JSON.stringify({ jsonrpc: '2.0', id: null, error: { code: -32700, message: 'Parse error' } }));
        return;
      }
      const answer = Array.isArray(body) ? await Promise.all(body.map(chain.handle)) : await chain.handle(body);
      res.writeHead(200, { 'content-type': 'application/json', ...corsHeaders() });
      res.end(JSON.stringify(answer));
    });
  });
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => {
      const actual = server.address().port;
      resolve({
        url: `http://${host}:${actual}`,
        port: actual,
        chain,
        close: () => new Promise((r) => server.close(() => r())),
      });
    });
  });
}

function corsHeaders() {
  return {
    'access-control-allow-origin': '*',
    'access-control-allow-methods': 'POST, OPTIONS',
    'access-control-allow-headers': 'content-type, solana-client',
  };
}
