import type { Job } from '@migratekit/oma-api';
import type { OperatorText } from '@migratekit/operator-text';
import { currentStepText, type FailureDetails, jobTitle, toFailureDetails } from './presentation';

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
}

// The same job object (a refresh that changed nothing) gives the same entry.
const entries = new WeakMap<Job, JobListEntry>();

/** The list entry of `job`, as an operator may read it. */
export function toJobListEntry(job: Job): JobListEntry {
  const known = entries.get(job);
  if (known) return known;
  const isActive = job.status === 'running' || job.status === 'pending';
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
  };
  entries.set(job, entry);
  return entry;
}
