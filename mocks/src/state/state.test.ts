import {
  LiveFailoverResponseSchema,
  RecentJobsResponseSchema,
  VmContextResponseSchema,
} from '@migratekit/oma-api';
import * as v from 'valibot';
import { EXAMPLE_FAILURE } from '../fixtures/builders';
import { MINUTE, SECOND } from '../fixtures/time';
import { RUNNING_REPLICATION_TOTAL_BYTES, scenarios } from '../scenarios';
import { createMockOmaState, MAX_RECENT_JOBS, type MockOmaState } from '.';

const START = Date.UTC(2025, 9, 3, 17, 47, 47);

function clockedState(options: { speed?: number; liveFailoverDurationMs?: number } = {}) {
  let now = START;
  const state = createMockOmaState({ now: () => now, ...options });
  return {
    state,
    advance(ms: number) {
      now += ms;
    },
    get now() {
      return now;
    },
  };
}

function jobsOf(state: MockOmaState, vmName: string) {
  const body = state.getRecentJobs(scenarios[vmName as keyof typeof scenarios].contextId);
  if (!body) throw new Error(`no jobs for ${vmName}`);
  return v.parse(RecentJobsResponseSchema, body).jobs;
}

function lastOperationOf(state: MockOmaState, vmName: string) {
  const body = state.getVmContext(vmName);
  if (!body) throw new Error(`no context for ${vmName}`);
  return v.parse(VmContextResponseSchema, body);
}

const pgtest1Request = {
  vm_id: scenarios.pgtest1.vmwareVmId,
  vm_name: 'pgtest1',
};

describe('createMockOmaState', () => {
  it('rejects a speed or duration that is not positive', () => {
    expect(() => createMockOmaState({ speed: 0 })).toThrow(RangeError);
    expect(() => createMockOmaState({ liveFailoverDurationMs: -1 })).toThrow(RangeError);
  });

  it('returns null for an unknown VM or context', () => {
    const { state } = clockedState();
    expect(state.getVmContext('pgtest9')).toBeNull();
    expect(state.getRecentJobs('ctx-nope')).toBeNull();
  });

  it('returns copies: changing a body does not change the state', () => {
    const { state } = clockedState();
    const body = state.getRecentJobs(scenarios.pgtest1.contextId);
    body?.jobs?.splice(0);
    expect(state.getRecentJobs(scenarios.pgtest1.contextId)?.jobs).toHaveLength(3);
  });
});

describe('running replication (dbsrv-running)', () => {
  function runningJob(state: MockOmaState) {
    const job = jobsOf(state, 'dbsrv-running').find((candidate) => candidate.status === 'running');
    if (!job) throw new Error('dbsrv-running has no running job');
    return job;
  }

  it('advances with the clock and completes at 100 %', () => {
    const clock = clockedState();
    const initial = runningJob(clock.state);
    expect(initial).toMatchObject({ status: 'running', progress: 35 });

    clock.advance(45 * SECOND);
    const halfway = jobsOf(clock.state, 'dbsrv-running').find((j) => j.jobId === initial.jobId);
    expect(halfway?.status).toBe('running');
    expect(halfway?.progress).toBeCloseTo(67.5, 1);
    expect(halfway?.currentStep).toBe('Copying disk data');
    expect(halfway?.bytesTransferred).toBeGreaterThan(initial.bytesTransferred ?? 0);

    clock.advance(44 * SECOND);
    const nearlyDone = jobsOf(clock.state, 'dbsrv-running').find((j) => j.jobId === initial.jobId);
    expect(nearlyDone?.status).toBe('running');
    expect(nearlyDone?.progress).toBeLessThan(100);
    expect(nearlyDone?.currentStep).toBe('Removing VM snapshot');

    clock.advance(1 * SECOND);
    const done = jobsOf(clock.state, 'dbsrv-running').find((j) => j.jobId === initial.jobId);
    expect(done).toMatchObject({
      status: 'completed',
      progress: 100,
      displayName: 'Replication Completed',
      currentStep: null,
      bytesTransferred: RUNNING_REPLICATION_TOTAL_BYTES,
      completedAt: new Date(START + 90 * SECOND).toISOString(),
    });
    const context = clock.state.getVmContext('dbsrv-running');
    expect(context?.current_job).toBeUndefined();
    expect(context?.context).toMatchObject({
      current_status: 'ready_for_failover',
      current_job_id: null,
    });
    expect(context?.job_history?.some((record) => record.id === initial.jobId)).toBe(true);
  });

  it('runs faster with a speed factor', () => {
    const clock = clockedState({ speed: 10 });
    const { jobId } = runningJob(clock.state);
    clock.advance(9 * SECOND);
    const job = jobsOf(clock.state, 'dbsrv-running').find((j) => j.jobId === jobId);
    expect(job?.status).toBe('completed');
  });

  it('starts over from its initial progress on reset', () => {
    const clock = clockedState();
    clock.advance(60 * SECOND);
    expect(runningJob(clock.state).progress).toBeGreaterThan(35);
    clock.state.reset();
    expect(runningJob(clock.state).progress).toBe(35);
  });
});

describe('live failover', () => {
  it('starts a running job that advances and completes, then becomes the last operation', () => {
    const clock = clockedState({ liveFailoverDurationMs: 20_000 });
    const outcome = clock.state.startLiveFailover(pgtest1Request);
    expect(outcome.status).toBe(200);
    const body = v.parse(LiveFailoverResponseSchema, outcome.body);
    expect(body).toMatchObject({ success: true, message: 'Live failover initiated successfully' });
    const jobId = body.job_id;
    expect(jobId).toEqual(expect.any(String));

    const started = jobsOf(clock.state, 'pgtest1')[0];
    expect(started).toMatchObject({
      jobId,
      jobType: 'live_failover',
      status: 'running',
      progress: 0,
      displayName: 'Live Failover',
      dataSource: 'job_tracking',
      currentStep: 'Validating Failover Readiness',
      startedAt: new Date(START).toISOString(),
    });
    expect(clock.state.getVmContext('pgtest1')?.context.current_job_id).toBe(jobId);
    // The failure summary stays until the new operation finishes.
    expect(lastOperationOf(clock.state, 'pgtest1').lastOperation?.status).toBe('failed');

    clock.advance(10_000);
    const halfway = jobsOf(clock.state, 'pgtest1').find((job) => job.jobId === jobId);
    expect(halfway).toMatchObject({ status: 'running', progress: 50 });
    expect(halfway?.currentStep).toBe('Running Final Sync');

    clock.advance(10_000);
    const done = jobsOf(clock.state, 'pgtest1').find((job) => job.jobId === jobId);
    expect(done).toMatchObject({ status: 'completed', progress: 100, durationSeconds: 20 });
    const { context, lastOperation } = lastOperationOf(clock.state, 'pgtest1');
    expect(lastOperation).toMatchObject({
      jobId,
      operationType: 'live_failover',
      status: 'completed',
      progress: 100,
      errorMessage: null,
    });
    expect(context.currentStatus).toBe('failed_over_live');
  });

  it('divides its duration by the speed', () => {
    const clock = clockedState({ speed: 30 });
    const { body } = clock.state.startLiveFailover(pgtest1Request);
    clock.advance(1_000);
    expect(jobsOf(clock.state, 'pgtest1').find((job) => job.jobId === body.job_id)?.status).toBe(
      'completed',
    );
  });

  it('fails for an unknown VM, a mismatched vm_id or a VM never replicated', () => {
    const { state } = clockedState();
    const expected = {
      status: 400,
      body: {
        success: false,
        error: 'Validation failed: VM not found or not replicated',
        details: { error_code: 'VM_NOT_FOUND' },
      },
    };
    expect(state.startLiveFailover({ vm_id: 'x', vm_name: 'pgtest9' })).toEqual(expected);
    expect(state.startLiveFailover({ vm_id: 'x', vm_name: 'pgtest1' })).toEqual(expected);
    expect(
      state.startLiveFailover({
        vm_id: scenarios['newvm-empty'].vmwareVmId,
        vm_name: 'newvm-empty',
      }),
    ).toEqual(expected);
    expect(jobsOf(state, 'pgtest1')).toHaveLength(3);
  });

  it('refuses a second live failover while one runs or after the cut-over', () => {
    const clock = clockedState();
    expect(clock.state.startLiveFailover(pgtest1Request).status).toBe(200);
    const running = clock.state.startLiveFailover(pgtest1Request);
    expect(running).toMatchObject({
      status: 409,
      body: { success: false, details: { error_code: 'FAILOVER_IN_PROGRESS' } },
    });
    clock.advance(MINUTE);
    expect(clock.state.startLiveFailover(pgtest1Request)).toMatchObject({
      status: 409,
      body: { success: false, details: { error_code: 'ALREADY_FAILED_OVER' } },
    });
  });
});

describe('recording failures', () => {
  it('adds a new failed job and makes it the last operation', () => {
    const clock = clockedState();
    const previous = lastOperationOf(clock.state, 'websrv-ok').lastOperation;
    expect(previous?.status).toBe('completed');

    clock.advance(MINUTE);
    const recorded = clock.state.recordFailure('websrv-ok');
    expect(recorded).toEqual({ jobId: expect.any(String) });

    const { lastOperation } = lastOperationOf(clock.state, 'websrv-ok');
    expect(lastOperation).toMatchObject({
      jobId: recorded?.jobId,
      operationType: 'test_failover',
      status: 'failed',
      errorMessage: EXAMPLE_FAILURE.errorMessage,
      timestamp: new Date(START + MINUTE).toISOString(),
    });
    expect(jobsOf(clock.state, 'websrv-ok')[0]).toMatchObject({
      jobId: recorded?.jobId,
      status: 'failed',
      errorMessage: EXAMPLE_FAILURE.errorMessage,
    });
  });

  it('records a new failure of a VM that already failed, with a new id', () => {
    const { state } = clockedState();
    const before = lastOperationOf(state, 'pgtest1').lastOperation?.jobId;
    const recorded = state.recordFailure('pgtest1', {
      operation_type: 'rollback',
      error_message: 'Storage volume access error',
      error_category: 'storage',
    });
    const { lastOperation } = lastOperationOf(state, 'pgtest1');
    expect(lastOperation?.jobId).toBe(recorded?.jobId);
    expect(lastOperation?.jobId).not.toBe(before);
    expect(lastOperation).toMatchObject({
      operationType: 'rollback',
      errorMessage: 'Storage volume access error',
      errorCategory: 'storage',
    });
    expect(jobsOf(state, 'pgtest1')[0]).toMatchObject({
      jobType: 'rollback',
      displayName: 'Rollback',
    });
  });

  it('returns null for an unknown VM', () => {
    const { state } = clockedState();
    expect(state.recordFailure('pgtest9')).toBeNull();
    expect(state.setLastOperation('pgtest9', null)).toBe(false);
  });

  it('sets or removes a summary directly', () => {
    const { state } = clockedState();
    expect(state.setLastOperation('pgtest1', null)).toBe(true);
    expect(state.getVmContext('pgtest1')).not.toHaveProperty('last_operation');
    expect(state.getVmContext('pgtest1')?.context).not.toHaveProperty('last_operation_summary');
  });

  it('keeps at most 20 jobs, dropping the oldest', () => {
    const clock = clockedState();
    const oldest = jobsOf(clock.state, 'pgtest1').at(-1)?.jobId;
    for (let i = 0; i < 25; i += 1) {
      clock.advance(SECOND);
      clock.state.recordFailure('pgtest1');
    }
    const jobs = jobsOf(clock.state, 'pgtest1');
    expect(jobs).toHaveLength(MAX_RECENT_JOBS);
    expect(jobs.some((job) => job.jobId === oldest)).toBe(false);
  });
});

describe('faults', () => {
  it('applies a fault until cleared', () => {
    const { state } = clockedState();
    state.setFault('recent-jobs', { kind: 'server-error' });
    expect(state.takeFault('recent-jobs')).toEqual({ kind: 'server-error' });
    expect(state.takeFault('recent-jobs')).toEqual({ kind: 'server-error' });
    expect(state.takeFault('vm-context')).toBeNull();
    state.clearFaults('recent-jobs');
    expect(state.takeFault('recent-jobs')).toBeNull();
  });

  it('clears a fault by itself after `times` requests', () => {
    const { state } = clockedState();
    state.setFault('vm-list', { kind: 'slow', delayMs: 10, times: 2 });
    expect(state.getFaults()).toEqual({ 'vm-list': { kind: 'slow', delayMs: 10, times: 2 } });
    expect(state.takeFault('vm-list')?.kind).toBe('slow');
    expect(state.getFaults()).toEqual({ 'vm-list': { kind: 'slow', delayMs: 10, times: 1 } });
    expect(state.takeFault('vm-list')?.kind).toBe('slow');
    expect(state.takeFault('vm-list')).toBeNull();
  });

  it('rejects invalid faults', () => {
    const { state } = clockedState();
    expect(() => state.setFault('vm-list', { kind: 'network', times: 0 })).toThrow(RangeError);
    expect(() => state.setFault('vm-list', { kind: 'exploding' as never })).toThrow(RangeError);
  });

  it('clears every fault, and reset clears them too', () => {
    const { state } = clockedState();
    state.setFault('vm-list', { kind: 'network' });
    state.setFault('vm-context', { kind: 'malformed' });
    state.clearFaults();
    expect(state.getFaults()).toEqual({});
    state.setFault('vm-list', { kind: 'network' });
    state.reset();
    expect(state.getFaults()).toEqual({});
  });
});

describe('request log', () => {
  it('records method, raw path, route and time, and filters them', () => {
    const clock = clockedState();
    clock.state.recordRequest({
      method: 'GET',
      path: '/api/v1/vm-contexts/a%20b',
      route: 'vm-context',
    });
    clock.advance(SECOND);
    clock.state.recordRequest({
      method: 'POST',
      path: '/api/v1/failover/live',
      route: 'live-failover',
    });
    expect(clock.state.getRequests()).toEqual([
      { method: 'GET', path: '/api/v1/vm-contexts/a%20b', route: 'vm-context', time: START },
      {
        method: 'POST',
        path: '/api/v1/failover/live',
        route: 'live-failover',
        time: START + SECOND,
      },
    ]);
    expect(clock.state.getRequests({ route: 'live-failover' })).toHaveLength(1);
    expect(clock.state.getRequests({ method: 'get' })).toHaveLength(1);
    clock.state.clearRequests();
    expect(clock.state.getRequests()).toEqual([]);
  });

  it('is cleared by reset, which also restores the scenarios', () => {
    const { state } = clockedState();
    state.recordRequest({ method: 'GET', path: '/x', route: null });
    state.recordFailure('newvm-empty');
    state.reset();
    expect(state.getRequests()).toEqual([]);
    expect(state.getRecentJobs(scenarios['newvm-empty'].contextId)?.jobs).toEqual([]);
  });
});
