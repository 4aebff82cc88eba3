import { buildJob } from '../fixtures/builders';
import { REPLICATION_STEPS } from '../scenarios';
import { REAL_REPLICATION_STATUSES } from '../scenarios/realBackend';
import {
  advanceRunningJobs,
  fractionDone,
  type RunningOperation,
  statusAt,
  stepAt,
} from './runningJobs';
import type { VmRecord } from './vmStore';
import { addJob, MAX_RECENT_JOBS } from './vmStore';

const operation: RunningOperation = {
  jobId: 'job-1',
  kind: 'replication',
  trackingStart: 1_000,
  initialProgress: 40,
  durationMs: 10_000,
  steps: REPLICATION_STEPS,
  totalBytes: 1_000,
};

function vmWith(jobs = [buildJob({ job_id: 'job-1', status: 'running', progress: 40 })]): VmRecord {
  return {
    context: { context_id: 'ctx', vm_name: 'vm' } as VmRecord['context'],
    lastOperation: null,
    jobs,
    running: [{ ...operation }],
    groups: [],
    disks: [],
    cbtHistory: [],
    nilEmptyLists: false,
  };
}

describe('running jobs', () => {
  it('reads the step and raw status reached at a progress', () => {
    expect(stepAt(REPLICATION_STEPS, 4.9)).toBe('Creating VM snapshot');
    expect(stepAt(REPLICATION_STEPS, 5)).toBe('Copying disk data');
    expect(statusAt(REAL_REPLICATION_STATUSES, 44)).toBe('snapshotting');
    expect(statusAt([], 50)).toBeUndefined();
  });

  it('measures how far an operation has come, clamped to 0 … 1', () => {
    expect(fractionDone(operation, 0)).toBe(0);
    expect(fractionDone(operation, 6_000)).toBe(0.5);
    expect(fractionDone(operation, 99_000)).toBe(1);
  });

  it('moves a job from its initial progress, and completes it once due', () => {
    const vm = vmWith();
    advanceRunningJobs(vm, 6_000);
    expect(vm.jobs[0]).toMatchObject({ progress: 70, bytes_transferred: 700 });
    expect(vm.running).toHaveLength(1);
    advanceRunningJobs(vm, 11_000);
    expect(vm.jobs[0]).toMatchObject({
      status: 'completed',
      progress: 100,
      bytes_transferred: 1_000,
    });
    expect(vm.context.current_status).toBe('ready_for_failover');
    expect(vm.running).toEqual([]);
  });

  it('drops an operation whose job is gone', () => {
    const vm = vmWith([]);
    advanceRunningJobs(vm, 6_000);
    expect(vm.running).toEqual([]);
  });
});

describe('addJob', () => {
  it('puts the job first and drops the oldest by time, not by position', () => {
    const jobs = Array.from({ length: MAX_RECENT_JOBS }, (_, index) =>
      buildJob({
        job_id: `job-${index}`,
        started_at: new Date(Date.UTC(2025, 0, 2 + index)).toISOString(),
      }),
    );
    const oldest = buildJob({ job_id: 'oldest', started_at: '2024-01-01T00:00:00Z' });
    jobs.splice(5, 0, oldest);
    const vm = vmWith(jobs.slice(0, MAX_RECENT_JOBS));
    addJob(vm, buildJob({ job_id: 'new', started_at: '2025-12-01T00:00:00Z' }));
    expect(vm.jobs).toHaveLength(MAX_RECENT_JOBS);
    expect(vm.jobs[0]?.job_id).toBe('new');
    expect(vm.jobs.map((job) => job.job_id)).not.toContain('oldest');
  });
});
