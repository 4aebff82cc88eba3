import type { LastOperation } from '@migratekit/oma-api';
import { formatDuration } from './format';
import {
  type FailureDetails,
  type JobTypePresentation,
  jobTypePresentation,
  type StatusPresentation,
  statusPresentation,
  toFailureDetails,
} from './presentation';
import { failureSummary, progressSummary } from './summaries';

/** What the "Last Operation Failed" banner shows. */
export interface BannerView {
  /** The failed last operation, its text through the operator-text policy. */
  failure: FailureDetails;
  /** "Test Failover failed at step 3 of 5 (60%)". */
  summary: string;
  /** Says the failure shown is from before a failed refresh, or null. */
  staleNotice: string | null;
}

/** The failure the banner shows: the last operation while it failed and was not dismissed. */
export function bannerFailure(
  lastOperation: LastOperation | null | undefined,
  isDismissed: boolean,
): FailureDetails | null {
  return lastOperation?.status === 'failed' && !isDismissed
    ? toFailureDetails(lastOperation, { isAdmin: false })
    : null;
}

/** The banner's view model of a failed last operation. */
export function toBannerView(failure: FailureDetails, staleNotice: string | null): BannerView {
  return {
    failure,
    summary: failureSummary(
      failure.title,
      failure.stepsCompleted,
      failure.stepsTotal,
      failure.progress,
    ),
    staleNotice,
  };
}

/** What the error details modal shows about one operation. */
export interface DetailsView {
  /** The operation, its text through the operator-text policy. */
  details: FailureDetails;
  /** The dialog's title, e.g. "Test Failover failed". */
  heading: string;
  /** Name and icon of the kind of operation. */
  type: JobTypePresentation;
  /** The status badge. */
  status: StatusPresentation;
  /** How long it ran, when known. */
  duration: string | null;
  /** "60% (3 of 5 steps completed)", when known. */
  progress: string | null;
  /** The issue is shown for a failed operation only. */
  showsIssue: boolean;
  /** Whether the admin-only section has anything to show. */
  hasTechnicalContent: boolean;
}

/** The details modal's view model of an operation. */
export function toDetailsView(details: FailureDetails): DetailsView {
  const failed = details.status === 'failed';
  const { technical } = details;
  return {
    details,
    heading: failed ? `${details.title} failed` : `${details.title} details`,
    type: jobTypePresentation(details.jobType),
    status: statusPresentation(details.status),
    duration: formatDuration(details.durationSeconds),
    progress: progressSummary(details.progress, details.stepsCompleted, details.stepsTotal),
    showsIssue: failed,
    hasTechnicalContent:
      technical !== null &&
      (technical.internalStepName !== null ||
        technical.rawMessage !== null ||
        technical.ids.length > 0 ||
        technical.detailsJson !== null),
  };
}
