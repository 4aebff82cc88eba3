export const JOB_TYPES = ['replication', 'test_failover', 'live_failover', 'rollback'] as const;
/** A kind of operation; `unknown` when the backend cannot tell or sends something new. */
export type JobType = (typeof JOB_TYPES)[number] | 'unknown';

export const JOB_STATUSES = ['pending', 'running', 'completed', 'failed', 'cancelled'] as const;
/** Where an operation stands; `unknown` for values this contract does not know. */
export type JobStatus = (typeof JOB_STATUSES)[number] | 'unknown';

/** Statuses after which a job no longer changes. */
export const FINISHED_STATUSES: readonly JobStatus[] = ['completed', 'failed', 'cancelled'];

/** True while an operation may still change (running or waiting to run). */
export function isActiveStatus(status: JobStatus): boolean {
  return status === 'running' || status === 'pending';
}

/**
 * The phases a replication reports as its raw `status` while it runs (the replication table's
 * values: the migration workflow's setup phases, then the progress poller's). Each means
 * "running"; the phase says what it is doing.
 */
export const REPLICATION_PHASES = [
  'initializing',
  'analyzing',
  'provisioning',
  'attaching',
  'configuring',
  'ready_for_sync',
  'preparing',
  'snapshotting',
  'replicating',
  'streaming',
  'finalizing',
] as const;
/** What a running replication is doing, from its raw status. */
export type ReplicationPhase = (typeof REPLICATION_PHASES)[number];

/** Raw statuses that mean a failure although they are not `failed`. */
const FAILED_ALIASES: readonly string[] = ['replication_failed'];

/** A raw status as the backend sends it, trimmed and lower-cased (null when not text). */
function rawStatusOf(value: unknown): string | null {
  return typeof value === 'string' ? value.trim().toLowerCase() : null;
}

/** The replication phase a raw status names, or null when it names none. */
export function toReplicationPhase(value: unknown): ReplicationPhase | null {
  const raw = rawStatusOf(value);
  return (REPLICATION_PHASES as readonly string[]).includes(raw ?? '')
    ? (raw as ReplicationPhase)
    : null;
}

/**
 * A job's status from what the backend sends: its own five values, every running replication
 * phase as `running`, `replication_failed` as `failed`; anything else is `unknown`.
 */
export function toJobStatus(value: unknown): JobStatus {
  const raw = rawStatusOf(value);
  if (raw === null) return 'unknown';
  if ((JOB_STATUSES as readonly string[]).includes(raw)) return raw as JobStatus;
  if (toReplicationPhase(raw) !== null) return 'running';
  if (FAILED_ALIASES.includes(raw)) return 'failed';
  return 'unknown';
}

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
