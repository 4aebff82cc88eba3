import {
  JOB_TYPES,
  type Job,
  RecentJobsResponseSchema,
  sortNewestFirst,
  VmContextResponseSchema,
  VmListResponseSchema,
} from '@migratekit/oma-api';
import * as v from 'valibot';
import {
  EXAMPLE_CONTEXT_ID,
  EXAMPLE_FAILURE,
  EXAMPLE_REPLICATION_BYTES,
} from '../fixtures/builders';
import { HOUR, SECOND } from '../fixtures/time';
import { createMockOmaState } from '../state';
import { LEAKY_TEXTS, SCENARIO_NAMES, type ScenarioName, scenarios } from '.';

const NOW = Date.UTC(2025, 9, 3, 17, 47, 47);

function load(name: ScenarioName) {
  const state = createMockOmaState({ now: () => NOW });
  const definition = scenarios[name];
  const contextWire = state.getVmContext(definition.vmName);
  const body = state.getRecentJobs(definition.contextId);
  if (!contextWire || !body) throw new Error(`scenario ${name} is not served`);
  // The real backend's VMs send "jobs": null for no jobs; the tests read it as a list.
  const jobsWire = { ...body, jobs: body.jobs ?? [] };
  return {
    contextWire,
    jobsWire,
    context: v.parse(VmContextResponseSchema, contextWire),
    jobs: v.parse(RecentJobsResponseSchema, jobsWire).jobs,
  };
}

const secondsAgo = (iso: string | null) => (iso === null ? null : (NOW - Date.parse(iso)) / SECOND);

describe('scenarios', () => {
  it('names every scenario after its VM, with a title and distinct ids', () => {
    expect(Object.keys(scenarios).sort()).toEqual([...SCENARIO_NAMES].sort());
    for (const name of SCENARIO_NAMES) {
      expect(scenarios[name]).toMatchObject({ name, vmName: name });
      expect(scenarios[name].title.length).toBeGreaterThan(0);
      expect(scenarios[name].description.length).toBeGreaterThan(0);
    }
    const contextIds = SCENARIO_NAMES.map((name) => scenarios[name].contextId);
    expect(new Set(contextIds).size).toBe(contextIds.length);
  });

  it.each(SCENARIO_NAMES)('%s: every body parses with the contracts', (name) => {
    const { contextWire, jobsWire, context, jobs } = load(name);
    expect(context.context.vmName).toBe(name);
    expect(context.context.contextId).toBe(scenarios[name].contextId);
    expect(context.context.vmwareVmId).toBe(scenarios[name].vmwareVmId);
    expect(jobsWire.count).toBe(jobsWire.jobs.length);
    expect(jobs).toHaveLength(jobsWire.jobs.length);
    // The backend's extra fields are present for consumers to ignore.
    expect(contextWire.context.vm_path).toBe(`/DatabanxDC/vm/${name}`);
    expect(contextWire.context).toHaveProperty('vcenter_host');
    expect(contextWire.context).toHaveProperty('created_at');
    // The real backend sends null for a VM with no replication yet.
    expect(Array.isArray(contextWire.disks) || contextWire.disks === null).toBe(true);
  });

  it('lists every scenario VM in a list body that parses', () => {
    const state = createMockOmaState({ now: () => NOW });
    const list = state.listVmContexts();
    expect(list.count).toBe(SCENARIO_NAMES.length);
    expect(list.vm_contexts.every((vm) => vm.group_count === vm.groups.length)).toBe(true);
    expect(v.parse(VmListResponseSchema, list).vmContexts.map((vm) => vm.vmName)).toEqual([
      ...SCENARIO_NAMES,
    ]);
  });

  it('pgtest1: the brief’s failed test failover, 25 seconds ago', () => {
    const { contextWire, context, jobs } = load('pgtest1');
    expect(context.context.contextId).toBe(EXAMPLE_CONTEXT_ID);
    expect(context.lastOperation).toMatchObject({
      operationType: 'test_failover',
      status: 'failed',
      progress: EXAMPLE_FAILURE.progress,
      failedStep: EXAMPLE_FAILURE.failedStep,
      failedStepInternal: EXAMPLE_FAILURE.failedStepInternal,
      errorMessage: EXAMPLE_FAILURE.errorMessage,
      errorCategory: EXAMPLE_FAILURE.errorCategory,
      errorSeverity: 'error',
      actionableSteps: [...EXAMPLE_FAILURE.actionableSteps],
      durationSeconds: EXAMPLE_FAILURE.durationSeconds,
      stepsCompleted: EXAMPLE_FAILURE.stepsCompleted,
      stepsTotal: EXAMPLE_FAILURE.stepsTotal,
    });
    expect(secondsAgo(context.lastOperation?.timestamp ?? null)).toBe(25);
    expect(context.lastOperation?.technicalDetails).toMatchObject({
      tool: EXAMPLE_FAILURE.technicalDetails.tool,
      device: EXAMPLE_FAILURE.technicalDetails.device,
      exit_code: EXAMPLE_FAILURE.technicalDetails.exit_code,
    });
    expect(contextWire.context.last_operation_summary).toBe(
      JSON.stringify(contextWire.last_operation),
    );

    const [failure, ...replications] = jobs;
    expect(failure).toMatchObject({
      jobType: 'test_failover',
      status: 'failed',
      progress: EXAMPLE_FAILURE.progress,
      displayName: 'Test Failover',
      currentStep: EXAMPLE_FAILURE.failedStep,
      errorMessage: EXAMPLE_FAILURE.errorMessage,
      errorCategory: EXAMPLE_FAILURE.errorCategory,
      actionableSteps: [...EXAMPLE_FAILURE.actionableSteps],
      dataSource: 'job_tracking',
      durationSeconds: EXAMPLE_FAILURE.durationSeconds,
    });
    expect(failure?.jobId).toBe(context.lastOperation?.jobId);
    expect(failure?.externalJobId).toMatch(/^unified-test-failover-pgtest1-\d+$/);
    expect(secondsAgo(failure?.completedAt ?? null)).toBe(25);
    expect(replications.every((job) => job.jobType === 'replication')).toBe(true);
    expect(replications.every((job) => job.status === 'completed')).toBe(true);
    expect(replications[0]).toMatchObject({
      displayName: 'Replication Completed',
      bytesTransferred: EXAMPLE_REPLICATION_BYTES,
      dataSource: 'replication_jobs',
    });
    expect(secondsAgo(replications[0]?.completedAt ?? null)).toBe((3 * HOUR) / SECOND);
    // Like the brief's example, one replication has no started_at.
    expect(replications.some((job) => job.startedAt === null && job.completedAt !== null)).toBe(
      true,
    );
  });

  it('pgtest2: a failed live failover whose steps do not suggest a live failover', () => {
    const { context, jobs } = load('pgtest2');
    expect(context.lastOperation).toMatchObject({
      operationType: 'live_failover',
      status: 'failed',
      errorMessage: 'Network configuration could not be applied to the new VM',
      errorCategory: 'network',
    });
    const steps = context.lastOperation?.actionableSteps ?? [];
    expect(steps.length).toBeGreaterThanOrEqual(2);
    expect(steps.some((step) => /live failover/i.test(step))).toBe(false);
    expect(jobs[0]).toMatchObject({ jobType: 'live_failover', status: 'failed' });
    expect(jobs.filter((job) => job.jobType === 'replication').length).toBeGreaterThan(0);
  });

  it('pgtest3: a failed rollback with a storage error', () => {
    const { context, jobs } = load('pgtest3');
    expect(context.lastOperation).toMatchObject({
      operationType: 'rollback',
      status: 'failed',
      errorCategory: 'storage',
    });
    expect(context.lastOperation?.errorMessage).toMatch(/^Storage volume could not be detached/);
    expect(context.lastOperation?.actionableSteps.length).toBeGreaterThan(0);
    expect(jobs[0]).toMatchObject({ jobType: 'rollback', status: 'failed' });
  });

  it('websrv-ok: only successful operations', () => {
    const { context, jobs } = load('websrv-ok');
    expect(context.lastOperation?.status).toBe('completed');
    expect(jobs.every((job) => job.status === 'completed')).toBe(true);
    expect(new Set(jobs.map((job) => job.jobType))).toEqual(
      new Set(['replication', 'test_failover', 'rollback']),
    );
    expect(jobs.every((job) => job.errorMessage === null)).toBe(true);
  });

  it('appsrv-mixed: every job type and status, deliberately unsorted', () => {
    const { jobsWire, context, jobs } = load('appsrv-mixed');
    expect(new Set(jobs.map((job) => job.jobType))).toEqual(new Set([...JOB_TYPES, 'unknown']));
    expect(new Set(jobs.map((job) => job.status))).toEqual(
      new Set(['completed', 'failed', 'cancelled', 'pending']),
    );
    expect(jobs.filter((job) => job.status === 'failed')).toHaveLength(1);
    expect(jobs.find((job) => job.jobType === 'unknown')?.displayName).toBe('Operation');

    const inApiOrder = jobsWire.jobs.map((job) => job.job_id);
    const newestFirst = sortNewestFirst(
      jobsWire.jobs.map((job) => ({
        id: job.job_id,
        startedAt: job.started_at ?? null,
        completedAt: job.completed_at ?? null,
      })),
    ).map((job) => job.id);
    expect(inApiOrder).not.toEqual(newestFirst);
    expect(context.lastOperation).toMatchObject({ status: 'failed', operationType: 'rollback' });
  });

  it('dbsrv-running: a running replication with its current step', () => {
    const { contextWire, jobs } = load('dbsrv-running');
    const running = jobs.find((job) => job.status === 'running');
    expect(running).toMatchObject({
      jobType: 'replication',
      progress: 35,
      currentStep: 'Copying disk data',
    });
    expect(contextWire.current_job?.id).toBe(running?.jobId);
    expect(contextWire.context.current_job_id).toBe(running?.jobId);
    expect(jobs.some((job: Job) => job.status === 'failed')).toBe(false);
  });

  it('newvm-empty: no jobs and no last_operation key', () => {
    const { contextWire, jobsWire, context } = load('newvm-empty');
    expect(jobsWire).toMatchObject({ count: 0, jobs: [] });
    expect(contextWire).not.toHaveProperty('last_operation');
    expect(contextWire.context).not.toHaveProperty('last_operation_summary');
    expect(context.lastOperation).toBeNull();
  });

  it('leaky-vm: leaks internals in its raw bodies, which still parse', () => {
    const { contextWire, jobsWire, context, jobs } = load('leaky-vm');
    const raw = JSON.stringify({ contextWire, jobsWire });
    for (const text of [
      LEAKY_TEXTS.errorMessage,
      'virtio-driver-injection',
      'nbdkit_connect',
      '/var/lib/migratekit/',
      '0001-01-01T00:00:00Z',
    ]) {
      expect(raw).toContain(text);
    }
    const replication = jobs.find((job) => job.jobType === 'replication');
    expect(replication).toMatchObject({
      status: 'failed',
      progress: 100,
      startedAt: null,
      currentStep: 'nbdkit_connect',
      errorCategory: 'unknown',
      errorMessage: LEAKY_TEXTS.errorMessage,
    });
    expect(jobs.some((job) => job.status === 'unknown')).toBe(true);
    expect(jobs.some((job) => job.dataSource === 'unknown')).toBe(true);
    expect(context.context.currentStatus).toBe('unknown');
    expect(context.lastOperation).toMatchObject({
      status: 'failed',
      failedStep: 'virtio-driver-injection',
      progress: 100,
      timestamp: null,
      errorCategory: 'unknown',
      errorSeverity: 'unknown',
    });
    expect(jobsWire.jobs.some((job) => job.progress === 140)).toBe(true);
  });
});
