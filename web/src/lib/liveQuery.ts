import { useQuery, useQueryClient, type QueryKey } from '@tanstack/react-query';
import { useEffect, useState } from 'react';

export type Unsubscribe = () => void;
export type Subscribe<T> = (onNext: (value: T) => void, onError: (error: Error) => void) => Unsubscribe;

/** Resolves with a subscription's first value, then unsubscribes. */
export function firstValue<T>(subscribe: Subscribe<T>): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    let settled = false;
    let unsubscribe: Unsubscribe | null = null;
    const settle = () => {
      settled = true;
      unsubscribe?.();
    };
    unsubscribe = subscribe(
      (value) => {
        resolve(value);
        settle();
      },
      (error) => {
        reject(error);
        settle();
      },
    );
    // The first value may arrive synchronously, before `unsubscribe` was assigned.
    if (settled) unsubscribe();
  });
}

/**
 * A real-time listener feeding TanStack Query, so every screen reading the same key shares one
 * cache entry and re-renders on each snapshot.
 */
export function useLiveQuery<T>(queryKey: QueryKey, subscribe: Subscribe<T>, enabled = true) {
  const queryClient = useQueryClient();
  const keyHash = JSON.stringify(queryKey);
  // Errors are remembered per key, so a new key starts clean without resetting state in an effect.
  const [listenError, setListenError] = useState<{ key: string; error: Error } | null>(null);

  useEffect(() => {
    if (!enabled) return undefined;
    return subscribe(
      (value) => queryClient.setQueryData(queryKey, value),
      (error) => setListenError({ key: keyHash, error }),
    );
    // keyHash stands for queryKey; subscribe is recreated each render by callers.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [keyHash, enabled, queryClient]);

  const query = useQuery({ queryKey, queryFn: () => firstValue(subscribe), enabled, staleTime: Infinity });
  const error = listenError?.key === keyHash ? listenError.error : query.error;
  return { ...query, error };
}

/**
 * A subscription whose implementation is loaded on first use, so modules such as Firestore stay
 * out of the first-route bundle and arrive after the shell has painted.
 */
export function lazySubscribe<T>(load: () => Promise<Subscribe<T>>): Subscribe<T> {
  return (onNext, onError) => {
    let unsubscribe: Unsubscribe | undefined;
    let cancelled = false;
    load().then((subscribe) => {
      if (!cancelled) unsubscribe = subscribe(onNext, onError);
    }, onError);
    return () => {
      cancelled = true;
      unsubscribe?.();
    };
  };
}
