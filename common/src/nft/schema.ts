import { z } from 'zod';

/** Callable inputs of the nft capability, validated by the functions (parseInput). */
export const linkWalletInputSchema = z
  .object({
    nonceId: z.string().min(1, 'nonceId is required.').max(64),
    address: z.string().regex(/^[1-9A-HJ-NP-Za-km-z]{32,44}$/, 'address must be a base58 Solana address.'),
    signature: z
      .string()
      .min(1, 'signature is required.')
      .max(200)
      .regex(/^[A-Za-z0-9+/]+={0,2}$/, 'signature must be base64.'),
  })
  .strict();
export type LinkWalletInput = z.infer<typeof linkWalletInputSchema>;

export const requestMintInputSchema = z
  .object({
    certificateId: z
      .string()
      .min(3, 'certificateId is required.')
      .max(300)
      .regex(/^[^/]+$/, 'bad id.'),
  })
  .strict();
export type RequestMintInput = z.infer<typeof requestMintInputSchema>;

export const emptyInputSchema = z.union([z.object({}).strict(), z.null(), z.undefined()]);
