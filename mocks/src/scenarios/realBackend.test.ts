import {
  RecentJobsResponseSchema,
  VmContextResponseSchema,
  VmListResponseSchema,
} from '@migratekit/oma-api';
import * as v from 'valibot';
import { MINUTE, SECOND } from '../fixtures/time';
import { createMockOmaState } from '../state';
import { REAL_BACKEND_SCENARIO_NAMES, SCENARIO_NAMES, scenarios } from '.';
import { goTime, REAL_BACKEND_RAW_TEXTS, REAL_REPLICATION_STATUSES } from './realBackend';

const NOW = Date.UTC(2025, 9, 4, 10, 30, 0);

function stateAt(clock: { now: number }) {
  return createMockOmaState({ now: () => clock.now, replicationDurationMs: 100 * SECOND });
}

function bodies(name: (typeof REAL_BACKEND_SCENARIO_NAMES)[number], clock = { now: NOW }) {
  const state = stateAt(clock);
  const context = state.getVmContext(name);
  const recent = state.getRecentJobs(scenarios[name].contextId);
  if (!context || !recent) throw new Error(`${name} is not served`);
  return { state, context, recent };
}

describe('real-backend scenarios', () => {
  it('are registered with the idealised ones, under new VM names', () => {
    for (const name of REAL_BACKEND_SCENARIO_NAMES) {
      expect(SCENARIO_NAMES).toContain(name);
      expect(name).not.toMatch(/^pgtest/);
    }
    const list = v.parse(VmListResponseSchema, stateAt({ now: NOW }).listVmContexts());
    expect(list.vmContexts.map((vm) => vm.vmName)).toEqual(
      expect.arrayContaining([...REAL_BACKEND_SCENARIO_NAMES]),
    );
  });

  it('writes times as Go does: nanoseconds and the server offset', () => {
    expect(goTime(Date.UTC(2025, 9, 4, 10, 15, 0), 120, 123_456_789)).toBe(
      '2025-10-04T12:15:00.123456789+02:00',
    );
    expect(goTime(Date.UTC(2025, 9, 4, 10, 15, 0), -300)).toBe('2025-10-04T05:15:00-05:00');
  });

  it('real-empty: "jobs": null, "disks": null, no summary', () => {
    const { context, recent } = bodies('real-empty');
    expect(recent).toEqual({ context_id: scenarios['real-empty'].contextId, count: 0, jobs: null });
    expect(context.disks).toBeNull();
    expect(context.job_history).toBeNull();
    expect(context).not.toHaveProperty('last_operation');
    expect(context).not.toHaveProperty('current_job');
    expect(v.parse(RecentJobsResponseSchema, recent).jobs).toEqual([]);
  });

  it('real-replicating: the replication goes through every raw running status to completed', () => {
    const clock = { now: NOW };
    const state = stateAt(clock);
    const contextId = scenarios['real-replicating'].contextId;
    const seen: string[] = [];
    for (let t = 0; t <= 100; t += 1) {
      clock.now = NOW + t * SECOND;
      const running = state.getRecentJobs(contextId)?.jobs?.[0];
      const status = String(running?.status);
      if (seen.at(-1) !== status) seen.push(status);
    }
    expect(seen).toEqual([...REAL_REPLICATION_STATUSES.map((s) => s.status), 'completed']);
  });

  it('real-replicating: the running job is the current job; raw rows fill the history', () => {
    const { context, recent } = bodies('real-replicating');
    const running = recent.jobs?.[0];
    expect(running).toMatchObject({
      status: 'initializing',
      display_name: 'Incremental Replication',
    });
    expect(context.current_job).toMatchObject({ id: running?.job_id, status: 'initializing' });
    expect(context.job_history?.length).toBeGreaterThan(0);
    expect(context.context.last_operation_summary).toBe(JSON.stringify(context.last_operation));
  });

  it('real-replicating: a zero created_at gives the handler’s impossible duration', () => {
    const { recent } = bodies('real-replicating');
    const zero = recent.jobs?.find((job) => job.started_at === '0001-01-01T00:00:00Z');
    expect(zero?.duration_seconds).toBe(REAL_BACKEND_RAW_TEXTS.zeroTimeDuration);
    const parsed = v.parse(RecentJobsResponseSchema, recent).jobs;
    expect(parsed.find((job) => job.jobId === zero?.job_id)?.durationSeconds).toBeNull();
    // Sorted by its completion time, not dropped to the end or the top.
    expect(parsed.at(-1)?.jobId).toBe(zero?.job_id);
    expect(parsed[0]?.status).toBe('running');
  });

  it('real-stalled: raw errors, no category, no steps', () => {
    const { recent } = bodies('real-stalled');
    const [first, second] = recent.jobs ?? [];
    expect(first).toMatchObject({
      status: 'replication_failed',
      error_message: REAL_BACKEND_RAW_TEXTS.snaPollingError,
      data_source: 'replication_jobs',
    });
    expect(second).toMatchObject({
      status: 'failed',
      error_message: REAL_BACKEND_RAW_TEXTS.stallError,
    });
    for (const job of [first, second]) {
      expect(job).not.toHaveProperty('error_category');
      expect(job).not.toHaveProperty('actionable_steps');
    }
    const parsed = v.parse(RecentJobsResponseSchema, recent).jobs;
    expect(parsed.slice(0, 2).map((job) => job.status)).toEqual(['failed', 'failed']);
  });

  it('real-rollback: listed as a test failover; the summary records a failed step as completed', () => {
    const { context, recent } = bodies('real-rollback');
    const rollback = recent.jobs?.[0];
    expect(rollback).toMatchObject({
      job_type: 'test_failover',
      display_name: 'Test Failover',
      status: 'completed',
      progress: 75,
    });
    expect(rollback?.external_job_id).toMatch(/^rollback-test-failover-real-rollback-\d+$/);
    expect(context.last_operation).toMatchObject({
      operation_type: 'rollback',
      status: 'completed',
      failed_step: REAL_BACKEND_RAW_TEXTS.unmappedStep,
      failed_step_internal: REAL_BACKEND_RAW_TEXTS.unmappedStepId,
      error_category: 'unknown',
      error_severity: 'error',
    });
    expect(String(context.last_operation?.timestamp)).toMatch(/\.\d{9}\+02:00$/);
    const parsed = v.parse(VmContextResponseSchema, context).lastOperation;
    expect(parsed).toMatchObject({ operationType: 'rollback', status: 'failed' });
    expect(v.parse(RecentJobsResponseSchema, recent).jobs[0]).toMatchObject({
      jobType: 'rollback',
      displayName: null,
    });
  });

  it('real-crashed: a failure outside any step has no error fields', () => {
    const { context, recent } = bodies('real-crashed');
    const failover = recent.jobs?.find(
      (job) => job.job_type === 'live_failover' && job.status === 'failed',
    );
    expect(failover).toBeDefined();
    expect(failover).not.toHaveProperty('error_message');
    expect(context.last_operation).toMatchObject({
      operation_type: 'live_failover',
      status: 'failed',
    });
    expect(context.last_operation).not.toHaveProperty('error_message');
    expect(context.last_operation).not.toHaveProperty('failed_step');

    const unknown = recent.jobs?.find((job) => job.job_type === 'unknown');
    expect(unknown).toMatchObject({ display_name: 'Operation', error_category: 'unknown' });

    const runningRollback = recent.jobs?.find((job) => job.status === 'running');
    expect(runningRollback).toMatchObject({
      job_type: 'live_failover',
      current_step: REAL_BACKEND_RAW_TEXTS.unmappedStep,
    });
    expect(runningRollback?.external_job_id).toMatch(/^rollback-live-failover-/);
    // Its runtime so far, as the tracker reports it while the job runs.
    expect(runningRollback?.duration_seconds).toBe((2 * MINUTE) / SECOND);
  });
});
