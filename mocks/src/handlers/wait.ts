import { MAX_SLOW_DELAY_MS } from '../faults';

/**
 * Waits `ms`, or less if `signal` aborts (the client went away or the server is closing),
 * so a slow answer never keeps a closed server's process alive.
 */
export function waitUnlessAborted(ms: number, signal?: AbortSignal): Promise<void> {
  return new Promise((resolve) => {
    if (signal?.aborted) {
      resolve();
      return;
    }
    const done = () => {
      clearTimeout(timer);
      signal?.removeEventListener('abort', done);
      resolve();
    };
    const timer = setTimeout(done, Math.min(Math.max(0, ms), MAX_SLOW_DELAY_MS));
    signal?.addEventListener('abort', done, { once: true });
  });
}
