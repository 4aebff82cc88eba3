import type { Job } from '@migratekit/oma-api';
import { guardMessage, type OperatorText } from '@migratekit/operator-text';
import type { TryLiveFailoverHandler } from '@migratekit/vm-operations-contract';
import { type RefObject, useCallback, useMemo, useRef, useState } from 'react';
import { flushSync } from 'react-dom';
import {
  type BannerView,
  bannerFailure,
  type DetailsView,
  toBannerView,
  toDetailsView,
} from '../lib/failureViews';
import { toJobListEntry } from '../lib/jobListEntry';
import { type JobListView, toJobListView } from '../lib/jobListView';
import type { LiveFailoverAction } from '../lib/liveFailoverAction';
import { toFailureDetails } from '../lib/presentation';
import { staleNotice } from '../lib/summaries';
import { useDismissedFailure } from './useDismissedFailure';
import { useLiveFailoverAction } from './useLiveFailoverRequest';
import { useNow } from './useNow';
import { useRecentJobs } from './useRecentJobs';
import { useRevalidateVmOperations } from './useRevalidateVmOperations';
import { useVmContext } from './useVmContext';

/** How often relative times ("25 seconds ago") are brought up to date, in ms. */
const CLOCK_TICK_MS = 5_000;

/** The VmOperations screen's settings, its props once checked and defaulted. */
export interface VmOperationsOptions {
  contextId: string;
  vmName: string;
  /** Admins also see the technical details of a failure. */
  isAdmin: boolean;
  /** The host's live-failover handler; without it the quick action is not offered. */
  onTryLiveFailover: TryLiveFailoverHandler | undefined;
  apiBaseUrl: string;
  /** Refresh interval while an operation runs, in ms. */
  activePollMs: number;
  /** Refresh interval while nothing runs, in ms. */
  idlePollMs: number;
}

/** Everything the VmOperations screen shows, and what its controls do. */
export interface VmOperationsState {
  /** The screen's root element: focus moves within it. */
  rootRef: RefObject<HTMLDivElement | null>;
  /** The current time in ms, for relative times. */
  now: number;
  /** The VM's last operation could not be loaded at all: why, and a retry; else null. */
  lastOperationError: { message: OperatorText; retry: () => void } | null;
  /** The "Last Operation Failed" banner, or null while there is no undismissed failure. */
  banner: {
    view: BannerView;
    liveFailover: LiveFailoverAction;
    /** Hides it in this browser and moves focus on to the list. */
    dismiss: () => void;
    /** Opens the failure's details. */
    viewDetails: () => void;
  } | null;
  /** The "Recent Operations" list. */
  list: {
    view: JobListView;
    retry: () => void;
    /** Opens the details of a listed job, by its id. */
    selectJob: (jobId: string) => void;
  };
  /** The error details modal: what it explains (null while closed). */
  details: {
    view: DetailsView | null;
    liveFailover: LiveFailoverAction;
    close: () => void;
  };
}

/**
 * Moves keyboard focus to the heading of the "Recent Operations" list inside `view`, the next
 * thing to read once the failure banner that had focus is gone; without this, focus would fall
 * back to the page's body.
 */
function focusRecentOperations(view: HTMLElement | null) {
  const headingId = view
    ?.querySelector('section[aria-labelledby]')
    ?.getAttribute('aria-labelledby');
  const heading = headingId ? view?.ownerDocument.getElementById(headingId) : null;
  if (!heading) return;
  // Focusable from script only, so the heading does not become a tab stop.
  if (!heading.hasAttribute('tabindex')) heading.tabIndex = -1;
  heading.focus();
}

/** Which failure the details modal explains. */
type Selection = { source: 'last-operation' } | { source: 'job'; job: Job };

/** The VmOperations screen's view model: its data, built once, and its actions. */
export function useVmOperations({
  contextId,
  vmName,
  isAdmin,
  onTryLiveFailover,
  apiBaseUrl,
  activePollMs,
  idlePollMs,
}: VmOperationsOptions): VmOperationsState {
  const recent = useRecentJobs(contextId, { apiBaseUrl, activePollMs, idlePollMs });
  const vm = useVmContext(vmName, {
    apiBaseUrl,
    pollMs: recent.hasActiveJob ? activePollMs : idlePollMs,
  });
  const dismissal = useDismissedFailure(vmName, vm.lastOperation);
  const now = useNow(CLOCK_TICK_MS);
  const revalidate = useRevalidateVmOperations(apiBaseUrl, contextId, vmName);
  const [selection, setSelection] = useState<Selection | null>(null);
  const rootRef = useRef<HTMLDivElement>(null);

  const startLiveFailover = useCallback(
    async (failedJobId: string | null) => {
      if (!onTryLiveFailover) return;
      await onTryLiveFailover({ contextId, vmName, failedJobId });
      // The new live failover should appear now, not at the next slow poll. A failed refresh
      // shows in the list itself, so it does not count as a failed live failover.
      revalidate().catch(() => {});
    },
    [onTryLiveFailover, contextId, vmName, revalidate],
  );

  // The list: each job's entry built once per answer.
  const entries = useMemo(() => recent.jobs?.map(toJobListEntry), [recent.jobs]);
  const listView = toJobListView(
    {
      jobs: entries,
      isLoading: recent.isLoading,
      error: recent.error,
      isStale: recent.isStale,
      lastUpdatedAt: recent.lastUpdatedAt,
    },
    now,
  );
  // The same function across refreshes, so unchanged items are not rendered again.
  const latestJobs = useRef(recent.jobs);
  latestJobs.current = recent.jobs;
  const selectJob = useCallback((jobId: string) => {
    const job = latestJobs.current?.find((each) => each.jobId === jobId);
    if (job) setSelection({ source: 'job', job });
  }, []);

  // The banner: the last operation while it failed and was not dismissed.
  const lastOperation = vm.lastOperation ?? null;
  const banner = bannerFailure(lastOperation, dismissal.isDismissed);
  const bannerLiveFailover = useLiveFailoverAction(
    banner,
    onTryLiveFailover && lastOperation ? () => startLiveFailover(lastOperation.jobId) : undefined,
    banner ? 'banner' : null,
  );
  const { dismiss } = dismissal;
  const dismissBanner = useCallback(() => {
    // The banner leaves the page at once, so focus can move on from its Dismiss button.
    flushSync(dismiss);
    focusRecentOperations(rootRef.current);
  }, [dismiss]);
  const viewLastOperation = useCallback(() => setSelection({ source: 'last-operation' }), []);

  // The details of the selected failure, following the list's refreshes.
  let details = null;
  if (selection?.source === 'last-operation' && lastOperation) {
    const relatedJob = recent.jobs?.find((job) => job.jobId === lastOperation.jobId) ?? null;
    details = toFailureDetails(lastOperation, { isAdmin, relatedJob });
  } else if (selection?.source === 'job') {
    // Prefer the latest copy of the job, so the details follow the list's refreshes.
    const latest = recent.jobs?.find((job) => job.jobId === selection.job.jobId) ?? selection.job;
    details = toFailureDetails(latest, { isAdmin });
  }
  const detailsJobId = details?.jobId ?? null;
  const closeDetails = useCallback(() => setSelection(null), []);
  const detailsLiveFailover = useLiveFailoverAction(
    details,
    onTryLiveFailover
      ? async () => {
          await startLiveFailover(detailsJobId);
          closeDetails();
        }
      : undefined,
    // Another operation's details start with a fresh action.
    details ? (details.jobId ?? 'operation') : null,
  );

  return {
    rootRef,
    now,
    lastOperationError:
      vm.error && vm.lastOperation === undefined
        ? { message: guardMessage(vm.error.userMessage), retry: vm.retry }
        : null,
    banner: banner
      ? {
          view: toBannerView(banner, vm.isStale ? staleNotice(vm.lastUpdatedAt, now) : null),
          liveFailover: bannerLiveFailover,
          dismiss: dismissBanner,
          viewDetails: viewLastOperation,
        }
      : null,
    list: { view: listView, retry: recent.retry, selectJob },
    details: {
      view: details ? toDetailsView(details) : null,
      liveFailover: detailsLiveFailover,
      close: closeDetails,
    },
  };
}
