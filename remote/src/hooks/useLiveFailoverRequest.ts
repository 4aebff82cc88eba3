import { guardOptionalText } from '@migratekit/operator-text';
import { useCallback, useRef, useState } from 'react';
import type { LiveFailoverAction } from '../lib/liveFailoverAction';

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

interface RequestState {
  scope: string | null | undefined;
  /** Counts the scopes seen: a request only updates the state of the scope it started in. */
  generation: number;
  pending: boolean;
  failure: string | null;
}

/**
 * Tracks one live-failover request: its pending state and, when it is rejected, why. A new
 * `scope` (another operation, or none while nothing offers the action) starts afresh, as if
 * the button offering it had just appeared.
 */
export function useLiveFailoverRequest(
  request: LiveFailoverRequest | undefined,
  scope?: string | null,
): LiveFailoverRequestState {
  const [state, setState] = useState<RequestState>({
    scope,
    generation: 0,
    pending: false,
    failure: null,
  });
  let current = state;
  if (state.scope !== scope) {
    // Reset while rendering, so the new scope never shows the old one's state.
    current = { scope, generation: state.generation + 1, pending: false, failure: null };
    setState(current);
  }
  const { generation } = current;
  // A ref, not state, so a double click within one render cannot start two failovers.
  const inFlight = useRef<number | null>(null);

  const start = useCallback(async () => {
    if (!request || inFlight.current === generation) return;
    inFlight.current = generation;
    const update = (change: Partial<RequestState>) =>
      setState((now) => (now.generation === generation ? { ...now, ...change } : now));
    update({ pending: true, failure: null });
    try {
      await request();
    } catch (error) {
      // The host's reason may quote the API; it is shown only after the display guard.
      const reason = guardOptionalText(reasonOf(error)) ?? FALLBACK_REASON;
      update({ failure: `Live failover could not be started: ${reason}` });
    } finally {
      if (inFlight.current === generation) inFlight.current = null;
      update({ pending: false });
    }
  }, [request, generation]);

  return { pending: current.pending, failure: current.failure, start };
}

/**
 * The "Try Live Failover" quick action for `failure`: offered when one of its steps suggests a
 * live failover and the host handles it, with the request's pending and failed state.
 */
export function useLiveFailoverAction(
  failure: { suggestsLiveFailover: boolean } | null,
  request: LiveFailoverRequest | undefined,
  scope: string | null,
): LiveFailoverAction {
  const state = useLiveFailoverRequest(request, scope);
  return { offered: (failure?.suggestsLiveFailover ?? false) && request !== undefined, ...state };
}
