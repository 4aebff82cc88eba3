import { buildFailedJob, buildJob, buildLastOperation } from '@migratekit/mocks';
import { BRIEF_FORBIDDEN_EXAMPLES, FORBIDDEN_SENTINELS } from '@migratekit/mocks/arbitraries';
import {
  type Job,
  JobSchema,
  type JobWire,
  type LastOperation,
  LastOperationSchema,
  type LastOperationWire,
} from '@migratekit/oma-api';
import * as v from 'valibot';

/*
 * Parsed view models for component tests, built from the mocks' wire builders the way the API
 * sends them, so components are tested against what the contract really produces.
 */

/** The moment component tests treat as "now": 25 seconds after the brief's failure. */
export const TEST_NOW = Date.parse('2025-10-03T17:47:47Z');

const secondsAgo = (seconds: number) => new Date(TEST_NOW - seconds * 1000).toISOString();

/** The brief's failed test failover (`EXAMPLE_FAILURE`), ended 25 seconds ago. */
export const failedTestFailoverWire: JobWire = buildFailedJob();

/** The brief's completed replication, 3 hours ago, 26.4 GB. */
export const completedReplicationWire: JobWire = buildJob({
  started_at: secondsAgo(3 * 3600 + 2494),
  completed_at: secondsAgo(3 * 3600),
});

/** An incremental replication copying data. */
export const runningReplicationWire: JobWire = buildJob({
  job_id: 'job-20251003-174500',
  status: 'running',
  progress: 45,
  started_at: secondsAgo(120),
  completed_at: undefined,
  display_name: 'Replication In Progress',
  current_step: 'Copying disk data',
  duration_seconds: undefined,
  bytes_transferred: 12_884_901_888,
});

/** A job as the contract parses it, from the brief's failed job with overrides. */
export function makeJob(
  overrides: Partial<JobWire> = {},
  base: JobWire = failedTestFailoverWire,
): Job {
  return v.parse(JobSchema, { ...base, ...overrides });
}

/** The brief's persisted summary of the failed test failover, with overrides, as parsed. */
export function makeLastOperation(overrides: Partial<LastOperationWire> = {}): LastOperation {
  return v.parse(LastOperationSchema, buildLastOperation(overrides));
}

/**
 * The brief's examples of leaked technical text and the missing-data sentinels, as plain
 * substrings: a fast check that a rendered view holds none of the brief's own examples (the
 * mocks' `forbiddenFragments` is the full reader-side oracle, disguises included).
 */
export const BRIEF_LEAKS: readonly (string | RegExp)[] = [
  ...BRIEF_FORBIDDEN_EXAMPLES,
  ...FORBIDDEN_SENTINELS,
];

/** The `BRIEF_LEAKS` found in `text`. */
export function briefLeaksIn(text: string): string[] {
  return BRIEF_LEAKS.filter((needle) =>
    typeof needle === 'string' ? text.includes(needle) : needle.test(text),
  ).map(String);
}
