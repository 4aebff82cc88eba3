import { guardOptionalText } from '@migratekit/operator-text';
import { useCallback, useRef, useState } from 'react';

/** Starts a live failover; may return a promise that settles when the host is done. */
export type LiveFailoverRequest = () => unknown;

export interface LiveFailoverRequestState {
  /** True while the host's callback has not settled. */
  pending: boolean;
  /** A sentence saying why the live failover could not be started, or null. */
  failure: string | null;
  /** Calls the host's callback once; ignored while a call is pending. */
  start: () => Promise<void>;
}

const FALLBACK_REASON =
  'the request was not accepted. Try again, or contact support if this continues.';

function reasonOf(error: unknown): string | null {
  if (typeof error === 'string') return error;
  if (typeof error === 'object' && error !== null) {
    const { userMessage, message } = error as { userMessage?: unknown; message?: unknown };
    if (typeof userMessage === 'string') return userMessage;
    if (typeof message === 'string') return message;
  }
  return null;
}

/** Tracks one live-failover request: its pending state and, when it is rejected, why. */
export function useLiveFailoverRequest(
  request: LiveFailoverRequest | undefined,
): LiveFailoverRequestState {
  const [pending, setPending] = useState(false);
  const [failure, setFailure] = useState<string | null>(null);
  // A ref, not state, so a double click within one render cannot start two failovers.
  const inFlight = useRef(false);

  const start = useCallback(async () => {
    if (!request || inFlight.current) return;
    inFlight.current = true;
    setPending(true);
    setFailure(null);
    try {
      await request();
    } catch (error) {
      // The host's reason may quote the API; it is shown only after the display guard.
      const reason = guardOptionalText(reasonOf(error)) ?? FALLBACK_REASON;
      setFailure(`Live failover could not be started: ${reason}`);
    } finally {
      inFlight.current = false;
      setPending(false);
    }
  }, [request]);

  return { pending, failure, start };
}
