import type { Job, LastOperation } from '@migratekit/oma-api';
import { OperationErrorBanner } from '../components/OperationErrorBanner';
import { type LiveFailoverRequest, useLiveFailoverAction } from '../hooks';
import { bannerFailure, toBannerView } from '../lib/failureViews';
import { toJobListEntry } from '../lib/jobListEntry';
import { type JobListError, type JobListView, toJobListView } from '../lib/jobListView';

/*
 * The view models of single components, built from API data the way `useVmOperations` builds
 * them, for tests that render one component alone.
 */

export interface BannerHarnessProps {
  /** The VM's last operation; the banner shows only while it failed. */
  lastOperation: LastOperation;
  onDismiss: () => void;
  onViewDetails: () => void;
  /** The host's live-failover request; without it the quick action is not offered. */
  onTryLiveFailover?: LiveFailoverRequest;
  /** The notice of data kept from before a failed refresh. */
  staleNotice?: string | null;
}

/** The "Last Operation Failed" banner of `lastOperation`, with its live-failover action. */
export function BannerHarness({
  lastOperation,
  onDismiss,
  onViewDetails,
  onTryLiveFailover,
  staleNotice = null,
}: BannerHarnessProps) {
  const failure = bannerFailure(lastOperation, false);
  const liveFailover = useLiveFailoverAction(failure, onTryLiveFailover, failure && 'banner');
  if (!failure) return null;
  return (
    <OperationErrorBanner
      banner={toBannerView(failure, staleNotice)}
      onDismiss={onDismiss}
      onViewDetails={onViewDetails}
      liveFailover={liveFailover}
    />
  );
}

/** The data hooks' state of the list, with the jobs as the API sent them. */
export interface JobListState {
  jobs: Job[] | undefined;
  isLoading: boolean;
  error?: JobListError | null;
  isStale?: boolean;
  lastUpdatedAt?: number | null;
}

/** The list's view model of `state` at `now`. */
export function jobListViewOf(state: JobListState, now: number): JobListView {
  return toJobListView({ ...state, jobs: state.jobs?.map(toJobListEntry) }, now);
}
