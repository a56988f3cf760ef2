/**
 * Browser wallets, without a wallet SDK: the Wallet Standard (wallets register themselves through
 * the `wallet-standard:*` window events; we use `standard:connect` and `solana:signMessage`) and,
 * as a fallback, the injected Phantom-style provider (`window.phantom.solana` / `window.solana`).
 */
export interface WalletAccountHandle {
  name: string;
  address: string;
  /** Detached ed25519 signature of the UTF-8 message. */
  signMessage(message: Uint8Array): Promise<Uint8Array>;
  disconnect?: () => Promise<void>;
}

interface StandardAccount {
  address: string;
  publicKey: Uint8Array;
}
interface StandardWallet {
  name: string;
  accounts: readonly StandardAccount[];
  features: Record<string, unknown>;
}
interface PhantomProvider {
  isPhantom?: boolean;
  publicKey?: { toBase58?: () => string; toString(): string } | null;
  connect(): Promise<{ publicKey: { toBase58?: () => string; toString(): string } }>;
  disconnect?: () => Promise<void>;
  signMessage(message: Uint8Array, display?: 'utf8' | 'hex'): Promise<{ signature: Uint8Array } | Uint8Array>;
}

declare global {
  interface Window {
    solana?: PhantomProvider;
    phantom?: { solana?: PhantomProvider };
  }
}

const standardWallets: StandardWallet[] = [];
let listening = false;

function listenForStandardWallets() {
  if (listening || typeof window === 'undefined') return;
  listening = true;
  const api = {
    register: (...wallets: StandardWallet[]) => {
      for (const wallet of wallets) if (!standardWallets.includes(wallet)) standardWallets.push(wallet);
      return () => undefined;
    },
  };
  window.addEventListener('wallet-standard:register-wallet', (event) => {
    (event as CustomEvent<(a: typeof api) => void>).detail(api);
  });
  window.dispatchEvent(new CustomEvent('wallet-standard:app-ready', { detail: api }));
}

function isSolanaStandard(wallet: StandardWallet) {
  return 'standard:connect' in wallet.features && 'solana:signMessage' in wallet.features;
}

export interface AvailableWallet {
  name: string;
  connect(): Promise<WalletAccountHandle>;
}

/** Wallets found in this browser, Wallet Standard ones first. */
export function availableWallets(): AvailableWallet[] {
  listenForStandardWallets();
  const found: AvailableWallet[] = standardWallets.filter(isSolanaStandard).map((wallet) => ({
    name: wallet.name,
    async connect() {
      const connect = wallet.features['standard:connect'] as {
        connect: () => Promise<{ accounts: readonly StandardAccount[] }>;
      };
      const { accounts } = await connect.connect();
      const account = accounts[0] ?? wallet.accounts[0];
      if (!account) throw new WalletError('The wallet did not share an account.');
      const feature = wallet.features['solana:signMessage'] as {
        signMessage: (input: { account: StandardAccount; message: Uint8Array }) => Promise<{ signature: Uint8Array }[]>;
      };
      return {
        name: wallet.name,
        address: account.address,
        signMessage: async (message) => {
          const [output] = await feature.signMessage({ account, message });
          if (!output) throw new WalletError('The wallet returned no signature.');
          return output.signature;
        },
      };
    },
  }));
  const injected = window.phantom?.solana ?? window.solana;
  if (injected && !found.some((w) => /phantom/i.test(w.name))) {
    found.push({
      name: injected.isPhantom ? 'Phantom' : 'Browser wallet',
      async connect() {
        const { publicKey } = await injected.connect();
        const address = publicKey.toBase58?.() ?? publicKey.toString();
        return {
          name: injected.isPhantom ? 'Phantom' : 'Browser wallet',
          address,
          signMessage: async (message) => {
            const result = await injected.signMessage(message, 'utf8');
            return result instanceof Uint8Array ? result : result.signature;
          },
          disconnect: injected.disconnect?.bind(injected),
        };
      },
    });
  }
  return found;
}

export class WalletError extends Error {}

/** Wallets reject with code 4001 (EIP-1193 style) or a "rejected" message when the user says no. */
export function isUserRejection(error: unknown): boolean {
  const e = error as { code?: unknown; message?: unknown; name?: unknown } | null;
  return (
    e?.code === 4001 ||
    /reject|denied|declined|cancel/i.test(String(e?.message ?? '')) ||
    e?.name === 'WalletSignMessageError'
  );
}

export function toBase64(bytes: Uint8Array): string {
  let binary = '';
  for (const byte of bytes) binary += String.fromCharCode(byte);
  return btoa(binary);
}
