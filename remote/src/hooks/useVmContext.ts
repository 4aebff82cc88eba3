import type { LastOperation, OmaApiError, VmContext, VmContextResponse } from '@migratekit/oma-api';
import { useCallback, useMemo } from 'react';
import useSWR from 'swr';
import { type Received, useOmaClient, type VmContextKey, vmContextKey } from '../api';
import { dedupeWindowFor, retryWithBackoff, useIsCachedDataFresh } from './omaSwr';
import { clampActivePollMs } from './pollIntervals';
import { usePollLeadership } from './pollLeadership';

export interface VmContextOptions {
  apiBaseUrl: string;
  /** Refresh interval, in ms (raised to `MIN_ACTIVE_POLL_MS`, the fastest the contract allows). */
  pollMs: number;
}

export interface VmContextState {
  /** The VM's replication context; undefined until the first response. */
  context: VmContext | undefined;
  /** The persisted summary of the last operation: null when none exists, undefined until loaded. */
  lastOperation: LastOperation | null | undefined;
  error: OmaApiError | undefined;
  /** No data yet and a request in flight. */
  isLoading: boolean;
  /** Data kept on screen but the last refresh failed. */
  isStale: boolean;
  /** Fetches again now. */
  retry: () => void;
  /** When the data on screen arrived (ms since epoch), or null. */
  lastUpdatedAt: number | null;
}

/** A VM's context and last-operation summary, polled every `pollMs` while the tab is visible. */
export function useVmContext(vmName: string, options: VmContextOptions): VmContextState {
  const { apiBaseUrl } = options;
  const pollMs = clampActivePollMs(options.pollMs);
  const client = useOmaClient();
  const key = vmContextKey(apiBaseUrl, vmName);
  const isPoller = usePollLeadership(key, pollMs);
  const isCachedDataFresh = useIsCachedDataFresh(key, pollMs);
  const onErrorRetry = useMemo(() => retryWithBackoff(pollMs, pollMs * 4), [pollMs]);

  const { data, error, isLoading, mutate } = useSWR<
    Received<VmContextResponse>,
    OmaApiError,
    VmContextKey
  >(key, (requested) => client.vmContext(requested), {
    refreshInterval: isPoller ? pollMs : 0,
    refreshWhenHidden: false,
    revalidateOnFocus: true,
    revalidateIfStale: !isCachedDataFresh,
    dedupingInterval: dedupeWindowFor(pollMs),
    onErrorRetry,
  });

  const retry = useCallback(() => {
    void mutate();
  }, [mutate]);

  return {
    context: data?.value.context,
    lastOperation: data === undefined ? undefined : data.value.lastOperation,
    error,
    isLoading,
    isStale: data !== undefined && error !== undefined,
    retry,
    lastUpdatedAt: data?.receivedAt ?? null,
  };
}
