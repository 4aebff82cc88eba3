import type { Job } from '@migratekit/oma-api';
import type { OperatorText } from '@migratekit/operator-text';
import { formatDuration, formatPercent } from './format';
import {
  currentStepText,
  type FailureDetails,
  type JobTypePresentation,
  jobTitle,
  jobTypePresentation,
  type StatusPresentation,
  showsProgress,
  statusPresentation,
  toFailureDetails,
} from './presentation';
import { transferredText } from './summaries';

/**
 * One job as the list shows it: its facts, and its text only as the operator-text policy let
 * it through, so the list item never holds the API's raw strings.
 */
export interface JobListEntry
  extends Pick<
    Job,
    | 'jobId'
    | 'jobType'
    | 'status'
    | 'progress'
    | 'startedAt'
    | 'completedAt'
    | 'durationSeconds'
    | 'bytesTransferred'
  > {
  /** Heading, e.g. "Test Failover". */
  title: OperatorText;
  /** The step a running or pending job is at, when one may be shown. */
  currentStep: OperatorText | null;
  /** What failed and what to do, for a failed job. */
  failure: FailureDetails | null;
  /** Name and icon of the kind of operation. */
  type: JobTypePresentation;
  /** The status badge: colour, icon and words, e.g. "Failed (60%)". */
  badge: StatusPresentation;
  /** The progress bar of a running job (value 0–100 and its percent), else null. */
  progressBar: { value: number; percent: string | null } | null;
  /** "26.4 GB transferred", for a replication; else null. */
  transferred: string | null;
  /** How long it ran, e.g. "25s", when known. */
  duration: string | null;
  /** The time shown: when an active job started, else when it ended (or started). */
  time: { iso: string | null; prefix: string | undefined };
}

// The same job object (a refresh that changed nothing) gives the same entry.
const entries = new WeakMap<Job, JobListEntry>();

/** The list entry of `job`, as an operator may read it. */
export function toJobListEntry(job: Job): JobListEntry {
  const known = entries.get(job);
  if (known) return known;
  const isActive = job.status === 'running' || job.status === 'pending';
  const status = statusPresentation(job.status);
  const percent = showsProgress(job.status, job.progress) ? formatPercent(job.progress) : null;
  const entry: JobListEntry = {
    jobId: job.jobId,
    jobType: job.jobType,
    status: job.status,
    progress: job.progress,
    startedAt: job.startedAt,
    completedAt: job.completedAt,
    durationSeconds: job.durationSeconds,
    bytesTransferred: job.bytesTransferred,
    title: jobTitle(job),
    currentStep: isActive ? currentStepText(job) : null,
    failure: job.status === 'failed' ? toFailureDetails(job, { isAdmin: false }) : null,
    type: jobTypePresentation(job.jobType),
    badge: percent ? { ...status, label: `${status.label} (${percent})` } : status,
    progressBar:
      job.status === 'running' && job.progress !== null
        ? {
            // The bar's accessible value reads like the percent beside it, never "2.8e-143".
            value: Math.floor(Math.min(100, Math.max(0, job.progress))),
            percent: formatPercent(job.progress),
          }
        : null,
    transferred: transferredText(job),
    duration: formatDuration(job.durationSeconds),
    time: isActive
      ? { iso: job.startedAt, prefix: 'Started' }
      : { iso: job.completedAt ?? job.startedAt, prefix: undefined },
  };
  entries.set(job, entry);
  return entry;
}
