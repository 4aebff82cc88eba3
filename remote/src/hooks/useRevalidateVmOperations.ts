import { useCallback } from 'react';
import { useSWRConfig } from 'swr';
import { recentJobsKey, vmContextKey } from '../api';

/**
 * A function that refetches a VM's job list and last operation now, for every component
 * showing them; e.g. once the host has started a live failover, so the new job appears
 * without waiting for the slow interval.
 */
export function useRevalidateVmOperations(
  apiBaseUrl: string,
  contextId: string,
  vmName: string,
): () => Promise<void> {
  const { mutate } = useSWRConfig();
  return useCallback(async () => {
    await Promise.all([
      mutate(recentJobsKey(apiBaseUrl, contextId)),
      mutate(vmContextKey(apiBaseUrl, vmName)),
    ]);
  }, [mutate, apiBaseUrl, contextId, vmName]);
}
