export const JOB_TYPES = ['replication', 'test_failover', 'live_failover', 'rollback'] as const;
/** A kind of operation; `unknown` when the backend cannot tell or sends something new. */
export type JobType = (typeof JOB_TYPES)[number] | 'unknown';

export const JOB_STATUSES = ['pending', 'running', 'completed', 'failed', 'cancelled'] as const;
/** Where an operation stands; `unknown` for values this contract does not know. */
export type JobStatus = (typeof JOB_STATUSES)[number] | 'unknown';

export const ERROR_CATEGORIES = [
  'compatibility',
  'network',
  'storage',
  'platform',
  'connectivity',
  'configuration',
] as const;
/** What kind of failure the backend classified; `unknown` when it could not. */
export type ErrorCategory = (typeof ERROR_CATEGORIES)[number] | 'unknown';

export const ERROR_SEVERITIES = ['info', 'warning', 'error', 'critical'] as const;
export type ErrorSeverity = (typeof ERROR_SEVERITIES)[number] | 'unknown';

export const DATA_SOURCES = ['replication_jobs', 'job_tracking'] as const;
export type DataSource = (typeof DATA_SOURCES)[number] | 'unknown';

export const VM_CONTEXT_STATUSES = [
  'discovered',
  'replicating',
  'ready_for_failover',
  'failed_over_test',
  'failed_over_live',
  'completed',
  'failed',
  'cleanup_required',
] as const;
/** The replication context's lifecycle state. */
export type VmContextStatus = (typeof VM_CONTEXT_STATUSES)[number] | 'unknown';

/** Statuses after which a job no longer changes. */
export const FINISHED_STATUSES: readonly JobStatus[] = ['completed', 'failed', 'cancelled'];

/** True while an operation may still change (running or waiting to run). */
export function isActiveStatus(status: JobStatus): boolean {
  return status === 'running' || status === 'pending';
}
