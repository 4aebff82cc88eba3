import { BRIEF_FORBIDDEN_EXAMPLES, FORBIDDEN_SENTINELS } from '@migratekit/mocks/arbitraries';
import {
  type Job,
  JobSchema,
  type JobWire,
  type LastOperation,
  LastOperationSchema,
  type LastOperationWire,
} from '@migratekit/oma-api';

/*
 * Parsed view models for component tests, built from wire data the way the API sends it,
 * so components are tested against what the contract really produces.
 */

/** The moment component tests treat as "now". */
export const TEST_NOW = Date.parse('2025-10-03T17:47:47Z');

const secondsAgo = (seconds: number) => new Date(TEST_NOW - seconds * 1000).toISOString();

/** Technical details that must never reach an operator. */
export const TECHNICAL_DETAILS = {
  tool: 'virt-v2v-in-place',
  device: '/dev/vdc',
  stderr: 'virt-v2v-in-place: error: cannot open /dev/vdc: VirtIO driver injection failed',
  log_file: '/var/log/migratekit/virt-v2v-pgtest1.log',
};

/** The brief's failed test failover, 25 seconds ago. */
export const failedTestFailoverWire: JobWire = {
  job_id: 'uuid-123',
  external_job_id: 'unified-test-failover-pgtest1-1759510017',
  job_type: 'test_failover',
  status: 'failed',
  progress: 60,
  started_at: secondsAgo(50),
  completed_at: secondsAgo(25),
  display_name: 'Test Failover',
  current_step: 'Preparing Drivers for Compatibility',
  error_message: 'KVM driver installation failed - compatibility issue',
  error_category: 'compatibility',
  actionable_steps: ['Try live failover (no driver modification)', 'Verify VM is Windows-based'],
  data_source: 'job_tracking',
  duration_seconds: 25,
  technical_details: TECHNICAL_DETAILS,
};

/** The brief's completed replication, 3 hours ago, 26.4 GB. */
export const completedReplicationWire: JobWire = {
  job_id: 'job-20251003-140728',
  job_type: 'replication',
  status: 'completed',
  progress: 100,
  started_at: secondsAgo(3 * 3600 + 2494),
  completed_at: secondsAgo(3 * 3600),
  display_name: 'Replication Completed',
  data_source: 'replication_jobs',
  duration_seconds: 2494,
  bytes_transferred: 28_346_784_154,
};

/** An incremental replication copying data. */
export const runningReplicationWire: JobWire = {
  job_id: 'job-20251003-174500',
  job_type: 'replication',
  status: 'running',
  progress: 45,
  started_at: secondsAgo(120),
  display_name: 'Replication In Progress',
  current_step: 'Copying disk data',
  data_source: 'replication_jobs',
  bytes_transferred: 12_884_901_888,
};

/** The brief's persisted summary of the failed test failover. */
export const failedLastOperationWire: LastOperationWire = {
  job_id: 'uuid-123',
  operation_type: 'test_failover',
  status: 'failed',
  progress: 60,
  failed_step: 'Preparing Drivers for Compatibility',
  failed_step_internal: 'virtio-driver-injection',
  error_message: 'KVM driver installation failed - compatibility issue',
  error_category: 'compatibility',
  error_severity: 'error',
  actionable_steps: ['Try live failover (no driver modification)', 'Verify VM is Windows-based'],
  timestamp: secondsAgo(25),
  duration_seconds: 25,
  steps_completed: 3,
  steps_total: 5,
  technical_details: TECHNICAL_DETAILS,
};

/** A job as the contract parses it, from the brief's failed job with overrides. */
export function makeJob(
  overrides: Partial<JobWire> = {},
  base: JobWire = failedTestFailoverWire,
): Job {
  return JobSchema.parse({ ...base, ...overrides });
}

/** A last-operation summary as the contract parses it. */
export function makeLastOperation(overrides: Partial<LastOperationWire> = {}): LastOperation {
  return LastOperationSchema.parse({ ...failedLastOperationWire, ...overrides });
}

/** Text an operator must never see, whatever the API sends. */
export const FORBIDDEN_TEXT: readonly (string | RegExp)[] = [
  ...BRIEF_FORBIDDEN_EXAMPLES,
  ...FORBIDDEN_SENTINELS,
];

/** The forbidden fragments found in `text`. */
export function forbiddenFragments(text: string): string[] {
  return FORBIDDEN_TEXT.filter((needle) =>
    typeof needle === 'string' ? text.includes(needle) : needle.test(text),
  ).map(String);
}
