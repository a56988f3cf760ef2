export declare const SOLANA_BASE_PORT: number;
export interface LocalChain {
  svm: unknown;
  handle(request: unknown): Promise<unknown>;
  methods: Record<string, (params: unknown[]) => unknown>;
}
export interface LocalSolana {
  url: string;
  port: number;
  chain: LocalChain;
  close(): Promise<void>;
}
export declare function createLocalChain(): LocalChain;
export declare function startLocalSolana(options?: { port?: number; host?: string }): Promise<LocalSolana>;
