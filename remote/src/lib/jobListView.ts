import { guardMessage, type OperatorText } from '@migratekit/operator-text';
import type { JobListEntry } from './jobListEntry';
import { staleNotice } from './summaries';

/** A failed refresh, as the data hooks report it. */
export interface JobListError {
  /** A sentence an operator can act on. */
  userMessage: string;
}

/** Data kept on screen from before a failed refresh, and why the refresh failed. */
export interface StaleJobsNotice {
  /** "Showing data from 2 minutes ago; refreshing failed." */
  title: string;
  /** The failed refresh's message, when there is one. */
  message: OperatorText | null;
}

/** What the "Recent Operations" list shows. */
export type JobListView =
  /** Nothing yet: the first answer is awaited (`text` says whether a request is in flight). */
  | { state: 'loading'; text: string }
  /** Nothing to show: the first request failed. */
  | { state: 'error'; message: OperatorText }
  /** The jobs, newest first (none: the empty state), perhaps kept from before a failed refresh. */
  | { state: 'empty' | 'ready'; jobs: JobListEntry[]; stale: StaleJobsNotice | null };

/** The data hooks' state of the list, as `toJobListView` reads it. */
export interface JobListSource {
  /** The jobs' entries, newest first; undefined until the first answer. */
  jobs: JobListEntry[] | undefined;
  /** True while the first answer is awaited. */
  isLoading: boolean;
  /** Why the last fetch failed, when it did. */
  error?: JobListError | null;
  /** True when the jobs are kept from before a failed refresh. */
  isStale?: boolean;
  /** When the jobs were fetched (ms since the epoch). */
  lastUpdatedAt?: number | null;
}

/** The list's view model: loading, error, empty or ready (the last two perhaps stale). */
export function toJobListView(source: JobListSource, now: number): JobListView {
  const { jobs, isLoading, error = null, isStale = false, lastUpdatedAt } = source;
  if (jobs === undefined && error) {
    return { state: 'error', message: guardMessage(error.userMessage) };
  }
  if (jobs === undefined) {
    return {
      state: 'loading',
      text: isLoading ? 'Loading recent operations…' : 'Waiting for recent operations…',
    };
  }
  const stale =
    isStale || error
      ? {
          title: staleNotice(lastUpdatedAt, now),
          message: error ? guardMessage(error.userMessage) : null,
        }
      : null;
  return { state: jobs.length === 0 ? 'empty' : 'ready', jobs, stale };
}
