import { buildLastOperation, EXAMPLE_FAILURE } from '@migratekit/mocks';
import {
  JOB_STATUSES,
  JOB_TYPES,
  type JobWire,
  LastOperationSchema,
  type LastOperationWire,
} from '@migratekit/oma-api';
import * as v from 'valibot';
import { makeJob, makeLastOperation } from '../test-utils';
import {
  currentStepText,
  jobTitle,
  jobTypePresentation,
  showsProgress,
  statusPresentation,
  suggestsLiveFailover,
  toFailureDetails,
} from './presentation';

const TECHNICAL = EXAMPLE_FAILURE.technicalDetails;
const job = (overrides: Partial<JobWire> = {}) => makeJob(overrides);
const lastOperation = (overrides: Partial<LastOperationWire> = {}) => makeLastOperation(overrides);

describe('job type and status presentation', () => {
  it.each([
    ['replication', 'replication', 'Replication'],
    ['test_failover', 'test-failover', 'Test Failover'],
    ['live_failover', 'live-failover', 'Live Failover'],
    ['rollback', 'rollback', 'Rollback'],
    ['unknown', 'operation', 'Operation'],
  ] as const)('%s has the icon %s and the label %s', (type, icon, label) => {
    expect(jobTypePresentation(type)).toMatchObject({ icon, label });
    expect(jobTypePresentation(type).iconLabel).not.toBe('');
  });

  it.each([
    ['completed', 'Completed', 'green'],
    ['failed', 'Failed', 'red'],
    ['running', 'Running', 'blue'],
    ['pending', 'Pending', 'gray'],
    ['cancelled', 'Cancelled', 'orange'],
    ['unknown', 'Status unknown', 'gray'],
  ] as const)('%s reads "%s" in %s', (status, label, color) => {
    expect(statusPresentation(status)).toMatchObject({ label, color });
  });

  it('covers every type and status the contract knows', () => {
    for (const type of JOB_TYPES) expect(jobTypePresentation(type).label).toBeTruthy();
    for (const status of JOB_STATUSES) expect(statusPresentation(status).label).toBeTruthy();
  });
});

describe('jobTitle', () => {
  it('uses the display name', () => {
    expect(jobTitle(job({ display_name: 'Replication Completed' }))).toBe('Replication Completed');
  });

  it.each([
    ['missing', undefined],
    ['empty', '  '],
    ['technical', 'virt-v2v-in-place run'],
  ])('falls back to the type label when the display name is %s', (_label, displayName) => {
    expect(jobTitle(job({ display_name: displayName, job_type: 'rollback' }))).toBe('Rollback');
  });
});

describe('showsProgress', () => {
  it.each([
    ['running', 45, true],
    ['failed', 60, true],
    ['completed', 100, false],
    ['pending', 0, false],
    ['running', null, false],
  ] as const)('%s with %p → %p', (status, progress, expected) => {
    expect(showsProgress(status, progress)).toBe(expected);
  });
});

describe('suggestsLiveFailover', () => {
  it.each([
    [['Try live failover (no driver modification)'], true],
    [['Verify VM is Windows-based', 'Retry as a Live-Failover'], true],
    [['Verify VM is Windows-based'], false],
    [['Do not attempt live failover until the network is fixed'], false],
    [['Run a test failover again'], false],
    [[], false],
  ])('%p → %p', (steps, expected) => {
    expect(suggestsLiveFailover(steps)).toBe(expected);
  });
});

describe('toFailureDetails from a last-operation summary', () => {
  it('carries what the details view shows, in plain language', () => {
    const details = toFailureDetails(lastOperation(), { isAdmin: false });
    expect(details).toMatchObject({
      jobId: 'uuid-123',
      jobType: 'test_failover',
      title: 'Test Failover',
      status: 'failed',
      progress: 60,
      stepsCompleted: 3,
      stepsTotal: 5,
      failedStep: 'Preparing Drivers for Compatibility',
      issue: 'KVM driver installation failed - compatibility issue',
      category: 'compatibility',
      categoryLabel: 'Compatibility',
      actionableSteps: ['Try live failover (no driver modification)', 'Verify VM is Windows-based'],
      startedAt: '2025-10-03T17:46:57.000Z',
      endedAt: '2025-10-03T17:47:22.000Z',
      durationSeconds: 25,
      suggestsLiveFailover: true,
      technical: null,
    });
  });

  it('gives admins the internal step name, the ids and the technical details as JSON', () => {
    const details = toFailureDetails(lastOperation(), {
      isAdmin: true,
      relatedJob: job(),
    });
    expect(details.technical).not.toBeNull();
    expect(details.technical?.internalStepName).toBe('virtio-driver-injection');
    expect(details.technical?.ids).toEqual([
      { label: 'Job ID', value: 'uuid-123' },
      { label: 'External job ID', value: 'unified-test-failover-pgtest1-1759510017' },
    ]);
    expect(JSON.parse(details.technical?.detailsJson ?? 'null')).toEqual(TECHNICAL);
  });

  it('replaces a technical message, step and steps with plain language', () => {
    const details = toFailureDetails(
      lastOperation({
        failed_step: 'virtio-driver-injection',
        error_message: 'virt-v2v-in-place failed at /dev/vdc',
        error_category: 'storage',
        actionable_steps: ['Re-run nbdkit_connect on /var/lib/migratekit'],
      }),
      { isAdmin: false },
    );
    expect(details.failedStep).toBe('Preparing Drivers for Compatibility');
    expect(details.issue).toBe('Storage volume access error');
    expect(details.actionableSteps.length).toBeGreaterThan(0);
    expect(details.actionableSteps.join(' ')).not.toMatch(/nbdkit|\/var\//);
    expect(details.suggestsLiveFailover).toBe(false);
  });

  it('leaves out what the summary does not say', () => {
    const details = toFailureDetails(
      lastOperation({
        progress: undefined,
        steps_completed: undefined,
        steps_total: undefined,
        failed_step: undefined,
        error_category: undefined,
        timestamp: undefined,
        duration_seconds: undefined,
      }),
      { isAdmin: false },
    );
    expect(details).toMatchObject({
      progress: null,
      stepsCompleted: null,
      stepsTotal: null,
      failedStep: null,
      category: null,
      categoryLabel: null,
      startedAt: null,
      endedAt: null,
      durationSeconds: null,
    });
  });
});

describe('toFailureDetails from a job', () => {
  it('takes the step the job stopped at as the failed step', () => {
    const details = toFailureDetails(job(), { isAdmin: false });
    expect(details).toMatchObject({
      title: 'Test Failover',
      failedStep: 'Preparing Drivers for Compatibility',
      issue: 'KVM driver installation failed - compatibility issue',
      startedAt: '2025-10-03T17:46:57.000Z',
      endedAt: '2025-10-03T17:47:22.000Z',
      stepsCompleted: null,
      stepsTotal: null,
      technical: null,
    });
  });

  it('shows admins the raw step when it is an internal name', () => {
    const details = toFailureDetails(job({ current_step: 'nbdkit_connect' }), { isAdmin: true });
    expect(details.failedStep).toBeNull();
    expect(details.technical?.internalStepName).toBe('nbdkit_connect');
  });

  it('gives every failure something to do, even without steps from the API', () => {
    const details = toFailureDetails(job({ actionable_steps: [], error_category: 'network' }), {
      isAdmin: false,
    });
    expect(details.actionableSteps).toContain('Review the network mapping for this VM');
  });
});

describe("the real backend's statuses, types and times", () => {
  const replicationWire: JobWire = {
    job_id: 'job-20251004-101500',
    job_type: 'replication',
    progress: 42,
    started_at: '2025-10-04T10:15:00Z',
    display_name: 'Incremental Replication',
    data_source: 'replication_jobs',
    current_step: undefined,
    completed_at: undefined,
    error_message: undefined,
    error_category: undefined,
    actionable_steps: undefined,
    duration_seconds: undefined,
    external_job_id: undefined,
  };

  it.each([
    ['initializing', 'Preparing the replication'],
    ['analyzing', "Analyzing the VM's disks"],
    ['provisioning', 'Creating destination volumes'],
    ['attaching', 'Attaching destination volumes'],
    ['configuring', 'Configuring the data transfer'],
    ['ready_for_sync', 'Ready to copy data'],
    ['preparing', 'Preparing to copy data'],
    ['snapshotting', 'Creating a VM snapshot'],
    ['replicating', 'Copying VM data'],
    ['streaming', 'Copying VM data'],
    ['finalizing', 'Finishing the replication'],
  ])('a replication in "%s" reads Running, with progress and the step "%s"', (raw, step) => {
    const running = job({ ...replicationWire, status: raw });
    expect(statusPresentation(running.status)).toMatchObject({ label: 'Running', color: 'blue' });
    expect(showsProgress(running.status, running.progress)).toBe(true);
    expect(currentStepText(running)).toBe(step);
  });

  it("prefers the backend's own current operation to the phase's words", () => {
    const running = job({
      ...replicationWire,
      status: 'replicating',
      current_step: 'Copying VM data: 42% - (42.00/100%)',
    });
    expect(currentStepText(running)).toBe('Copying VM data: 42% - (42.00/100%)');
  });

  it('falls back to the phase when the current operation may not be shown', () => {
    const running = job({
      ...replicationWire,
      status: 'attaching',
      current_step: 'virtio-driver-injection at /dev/vdc',
    });
    expect(currentStepText(running)).toBe('Attaching destination volumes');
  });

  it('a replication_failed job reads Failed, with a plain issue and steps', () => {
    const failed = job({
      ...replicationWire,
      status: 'replication_failed',
      current_step: 'Failed',
      error_message: undefined,
      error_category: undefined,
      actionable_steps: undefined,
    });
    expect(statusPresentation(failed.status).label).toBe('Failed');
    const details = toFailureDetails(failed, { isAdmin: false });
    expect(details.status).toBe('failed');
    expect(details.failedStep).toBeNull();
    expect(details.issue.length).toBeGreaterThan(0);
    expect(details.actionableSteps.length).toBeGreaterThan(0);
  });

  it('a rollback arriving as a test failover is titled, pictured and typed as a rollback', () => {
    const rollback = job({
      external_job_id: 'rollback-test-failover-pgdb4-1759573800',
      job_type: 'test_failover',
      display_name: 'Test Failover',
    });
    expect(jobTitle(rollback)).toBe('Rollback');
    expect(jobTypePresentation(rollback.jobType)).toEqual({
      label: 'Rollback',
      icon: 'rollback',
      iconLabel: 'Rollback',
    });
    expect(toFailureDetails(rollback, { isAdmin: false })).toMatchObject({
      jobType: 'rollback',
      title: 'Rollback',
    });
  });

  it('a job of unknown type reads "Operation"', () => {
    const unknown = job({ job_type: 'unknown', display_name: 'Operation' });
    expect(jobTitle(unknown)).toBe('Operation');
    expect(jobTypePresentation(unknown.jobType).icon).toBe('operation');
  });

  it('an impossible duration is not shown, and gives no start time', () => {
    const zeroCreated = job({
      ...replicationWire,
      status: 'completed',
      started_at: '0001-01-01T00:00:00Z',
      completed_at: '2025-10-04T10:20:00Z',
      duration_seconds: 9223372036,
    });
    const details = toFailureDetails(zeroCreated, { isAdmin: false });
    expect(details.durationSeconds).toBeNull();
    expect(details.startedAt).toBeNull();
    expect(details.endedAt).toBe('2025-10-04T10:20:00.000Z');
  });

  it('a completed rollback summary with a failed step is a failure with its step', () => {
    const summary = v.parse(LastOperationSchema, {
      ...buildLastOperation(),
      operation_type: 'rollback',
      external_job_id: 'rollback-test-failover-pgdb4-1759573800',
      status: 'completed',
      failed_step: 'Detaching Test Volumes',
      failed_step_internal: 'volume-detach',
      error_category: 'storage',
      duration_seconds: 9223372036,
    });
    const operator = toFailureDetails(summary, { isAdmin: false });
    expect(operator).toMatchObject({
      status: 'failed',
      title: 'Rollback',
      failedStep: 'Detaching Test Volumes',
      durationSeconds: null,
      technical: null,
    });
    const admin = toFailureDetails(summary, { isAdmin: true });
    expect(admin.technical?.internalStepName).toBe('volume-detach');
  });
});
