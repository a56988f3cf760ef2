import { useRef, useState } from 'react';

/**
 * An optimistic toggle whose rapid taps collapse: the UI shows the wanted state at once, at most
 * one request is in flight, and when it settles the latest wish is sent if it differs.
 */
export function useToggleQueue(server: boolean | undefined, send: (value: boolean) => Promise<void>) {
  const [wanted, setWanted] = useState<boolean | null>(null);
  const inFlight = useRef(false);
  const latest = useRef<boolean | null>(null);
  const [error, setError] = useState<Error | null>(null);

  async function pump(confirmed: boolean) {
    if (inFlight.current) return;
    const target = latest.current;
    if (target === null || target === confirmed) {
      setWanted(null);
      return;
    }
    inFlight.current = true;
    try {
      await send(target);
      inFlight.current = false;
      await pump(target);
    } catch (e) {
      inFlight.current = false;
      latest.current = null;
      setWanted(null);
      setError(e as Error);
    }
  }

  const value = wanted ?? server ?? false;
  function toggle() {
    const next = !value;
    latest.current = next;
    setWanted(next);
    setError(null);
    void pump(server ?? false);
  }
  return { value, toggle, error };
}
