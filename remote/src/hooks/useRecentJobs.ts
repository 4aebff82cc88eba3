import { isActiveStatus, type Job, type OmaApiError } from '@migratekit/oma-api';
import { useCallback, useEffect, useMemo, useState } from 'react';
import useSWR from 'swr';
import { type Received, type RecentJobsKey, recentJobsKey, useOmaClient } from '../api';
import { dedupeWindowFor, retryWithBackoff, useIsCachedDataFresh } from './omaSwr';
import { clampActivePollMs, clampIdlePollMs } from './pollIntervals';
import { usePollLeadership } from './pollLeadership';

export interface RecentJobsOptions {
  apiBaseUrl: string;
  /** Refresh interval while any job is running or pending, in ms (raised to `MIN_ACTIVE_POLL_MS`). */
  activePollMs: number;
  /** Refresh interval while nothing runs, in ms (raised to `MIN_IDLE_POLL_MS`). */
  idlePollMs: number;
}

export interface RecentJobsState {
  /** Newest first; undefined until the first response. */
  jobs: Job[] | undefined;
  error: OmaApiError | undefined;
  /** No data yet and a request in flight. */
  isLoading: boolean;
  /** Data kept on screen but the last refresh failed. */
  isStale: boolean;
  /** Any job running or pending. */
  hasActiveJob: boolean;
  /** Fetches again now. */
  retry: () => void;
  /** When the data on screen arrived (ms since epoch), or null. */
  lastUpdatedAt: number | null;
}

function hasActive(jobs: readonly Job[] | undefined): boolean {
  return jobs?.some((job) => isActiveStatus(job.status)) ?? false;
}

/**
 * The VM context's unified job list, polled fast while something runs and slowly
 * otherwise, never while the tab is hidden. Data survives failed refreshes (isStale).
 */
export function useRecentJobs(contextId: string, options: RecentJobsOptions): RecentJobsState {
  const { apiBaseUrl } = options;
  const activePollMs = clampActivePollMs(options.activePollMs);
  const idlePollMs = clampIdlePollMs(options.idlePollMs);
  const client = useOmaClient();
  const fastestPollMs = Math.min(activePollMs, idlePollMs);
  const key = recentJobsKey(apiBaseUrl, contextId);
  const isPoller = usePollLeadership(key, fastestPollMs);
  const isCachedDataFresh = useIsCachedDataFresh(key, fastestPollMs);

  const onErrorRetry = useMemo(
    () => retryWithBackoff(fastestPollMs, idlePollMs),
    [fastestPollMs, idlePollMs],
  );

  // A number, not a function of the data: SWR arms its timer with a function's value once,
  // before the first answer, and would wait the idle interval although a job is running.
  // A changed number re-arms the timer as soon as an answer shows whether something runs.
  const [pollMs, setPollMs] = useState(idlePollMs);

  const { data, error, isLoading, mutate } = useSWR<Received<Job[]>, OmaApiError, RecentJobsKey>(
    key,
    (requested) => client.recentJobs(requested),
    {
      refreshInterval: isPoller ? pollMs : 0,
      refreshWhenHidden: false,
      revalidateOnFocus: true,
      revalidateIfStale: !isCachedDataFresh,
      dedupingInterval: dedupeWindowFor(fastestPollMs),
      onErrorRetry,
    },
  );

  const jobs = data?.value;
  const wantedPollMs = hasActive(jobs) ? activePollMs : idlePollMs;
  useEffect(() => setPollMs(wantedPollMs), [wantedPollMs]);
  const retry = useCallback(() => {
    void mutate();
  }, [mutate]);

  return {
    jobs,
    error,
    isLoading,
    isStale: data !== undefined && error !== undefined,
    hasActiveJob: hasActive(jobs),
    retry,
    lastUpdatedAt: data?.receivedAt ?? null,
  };
}
