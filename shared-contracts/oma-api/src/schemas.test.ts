import * as v from 'valibot';
import {
  LiveFailoverResponseSchema,
  RecentJobsResponseSchema,
  VmContextResponseSchema,
  VmListResponseSchema,
} from './schemas';

const briefJob = {
  job_id: 'uuid-123',
  external_job_id: 'unified-test-failover-pgtest1-1759510017',
  job_type: 'test_failover',
  status: 'failed',
  progress: 60.0,
  started_at: '2025-10-03T17:46:57Z',
  completed_at: '2025-10-03T17:47:22Z',
  display_name: 'Test Failover',
  current_step: 'Preparing Drivers for Compatibility',
  error_message: 'KVM driver installation failed - compatibility issue',
  error_category: 'compatibility',
  actionable_steps: ['Try live failover (no driver modification)', 'Verify VM is Windows-based'],
  data_source: 'job_tracking',
  duration_seconds: 25,
};

describe('RecentJobsResponseSchema', () => {
  test("parses the brief's example into the view model", () => {
    const parsed = v.parse(RecentJobsResponseSchema, {
      context_id: 'ctx-pgtest1-20251003-140708',
      count: 2,
      jobs: [
        briefJob,
        {
          job_id: 'job-20251003-140728',
          job_type: 'replication',
          status: 'completed',
          progress: 100.0,
          display_name: 'Replication Completed',
          data_source: 'replication_jobs',
        },
      ],
    });
    expect(parsed.contextId).toBe('ctx-pgtest1-20251003-140708');
    expect(parsed.jobs[0]).toEqual({
      jobId: 'uuid-123',
      externalJobId: 'unified-test-failover-pgtest1-1759510017',
      jobType: 'test_failover',
      status: 'failed',
      replicationPhase: null,
      progress: 60,
      startedAt: '2025-10-03T17:46:57.000Z',
      completedAt: '2025-10-03T17:47:22.000Z',
      displayName: 'Test Failover',
      currentStep: 'Preparing Drivers for Compatibility',
      errorMessage: 'KVM driver installation failed - compatibility issue',
      errorCategory: 'compatibility',
      actionableSteps: ['Try live failover (no driver modification)', 'Verify VM is Windows-based'],
      dataSource: 'job_tracking',
      durationSeconds: 25,
      bytesTransferred: null,
      technicalDetails: null,
    });
    // The replication job has no started_at: it is kept, after the dated job.
    expect(parsed.jobs[1]).toMatchObject({ jobId: 'job-20251003-140728', startedAt: null });
  });

  test.each([
    ['unknown status', { status: 'exploded' }, { status: 'unknown' }],
    ['status in capitals', { status: 'FAILED' }, { status: 'failed' }],
    ['pending status', { status: 'pending' }, { status: 'pending' }],
    ['unknown job type', { job_type: 'migrate_magic' }, { jobType: 'unknown' }],
    ['unknown category with a message', { error_category: 'cosmic' }, { errorCategory: 'unknown' }],
    [
      'no category, no message',
      { error_category: null, error_message: null },
      { errorCategory: null },
    ],
    ['progress above 100', { progress: 140 }, { progress: 100 }],
    ['negative progress', { progress: -5 }, { progress: 0 }],
    ['progress as text', { progress: '42.5' }, { progress: 42.5 }],
    ['progress as garbage', { progress: 'lots' }, { progress: null }],
    ['progress as an object', { progress: { value: 1 } }, { progress: null }],
    ['zero timestamp', { started_at: '0001-01-01T00:00:00Z' }, { startedAt: null }],
    ['unparseable timestamp', { started_at: 'yesterday-ish' }, { startedAt: null }],
    ['free text with a number', { started_at: '<img src=x onerror=1>' }, { startedAt: null }],
    ['a date-like sentence', { started_at: 'Build 7 finished' }, { startedAt: null }],
    [
      'nanoseconds and an offset',
      { started_at: '2025-10-03T19:46:57.123456789+02:00' },
      { startedAt: '2025-10-03T17:46:57.123Z' },
    ],
    ['numeric timestamp', { started_at: 1759510017 }, { startedAt: null }],
    [
      'null strings',
      { display_name: null, error_message: null },
      { displayName: null, errorMessage: null },
    ],
    ['blank strings', { display_name: '   ' }, { displayName: null }],
    [
      'steps with junk',
      { actionable_steps: ['Do this', 3, '', null, ' Then that '] },
      { actionableSteps: ['Do this', 'Then that'] },
    ],
    ['steps not a list', { actionable_steps: 'Do this' }, { actionableSteps: [] }],
    [
      'negative duration, undated',
      { duration_seconds: -3, started_at: null },
      { durationSeconds: null },
    ],
    [
      'NaN-like duration, undated',
      { duration_seconds: 'NaN', completed_at: null },
      { durationSeconds: null },
    ],
    // The times say how long it ran, when the duration sent cannot be believed.
    ['negative duration, dated', { duration_seconds: -3 }, { durationSeconds: 25 }],
    ['missing duration, dated', { duration_seconds: undefined }, { durationSeconds: 25 }],
    [
      'missing job id falls back to external id',
      { job_id: null },
      { jobId: 'unified-test-failover-pgtest1-1759510017' },
    ],
  ])('tolerates %s', (_name, override, expected) => {
    const parsed = v.parse(RecentJobsResponseSchema, { jobs: [{ ...briefJob, ...override }] });
    expect(parsed.jobs[0]).toMatchObject(expected);
  });

  test('gives every job a unique id even when the backend sends none', () => {
    const parsed = v.parse(RecentJobsResponseSchema, {
      jobs: [{ status: 'failed' }, { status: 'completed' }],
    });
    const ids = parsed.jobs.map((job) => job.jobId);
    expect(new Set(ids).size).toBe(2);
    expect(ids.every((id) => id.length > 0)).toBe(true);
  });

  test('orders jobs newest first, undated last in their original order', () => {
    const parsed = v.parse(RecentJobsResponseSchema, {
      jobs: [
        { job_id: 'old', started_at: '2025-10-01T00:00:00Z' },
        { job_id: 'undated-a' },
        { job_id: 'new', started_at: '2025-10-03T00:00:00Z' },
        { job_id: 'finished-only', completed_at: '2025-10-02T00:00:00Z' },
        { job_id: 'undated-b', started_at: '0001-01-01T00:00:00Z' },
      ],
    });
    expect(parsed.jobs.map((job) => job.jobId)).toEqual([
      'new',
      'finished-only',
      'old',
      'undated-a',
      'undated-b',
    ]);
  });

  test('keeps technical details for the admin view', () => {
    const parsed = v.parse(RecentJobsResponseSchema, {
      jobs: [{ ...briefJob, technical_details: { tool: 'x' } }],
    });
    expect(parsed.jobs[0]?.technicalDetails).toEqual({ tool: 'x' });
  });

  test.each([
    ['a body that is not an object', 'oops'],
    ['null', null],
    ['jobs not a list', { jobs: 'oops' }],
    ['jobs missing', { context_id: 'x' }],
    ['a job that is not an object', { jobs: [null] }],
    ['a job that is a list', { jobs: [[]] }],
    ['a body that is a list', []],
  ])('rejects %s', (_name, body) => {
    expect(v.safeParse(RecentJobsResponseSchema, body).success).toBe(false);
  });
});

describe('VmContextResponseSchema', () => {
  const context = {
    context_id: 'ctx-pgtest1-20251003-140708',
    vm_name: 'pgtest1',
    vmware_vm_id: '4205a841-0265-f4bd-39a6-39fd92196f53',
    vm_path: '/DatabanxDC/vm/pgtest1',
    current_status: 'ready_for_failover',
    last_operation_summary: '{"status":"failed"}',
  };

  test('parses the context and the last operation, dropping fields the GUI must not carry', () => {
    const parsed = v.parse(VmContextResponseSchema, {
      context,
      last_operation: {
        job_id: 'uuid-123',
        operation_type: 'test_failover',
        status: 'failed',
        progress: 60,
        failed_step: 'Preparing Drivers for Compatibility',
        failed_step_internal: 'virtio-driver-injection',
        error_message: 'KVM driver installation failed - compatibility issue',
        error_category: 'compatibility',
        error_severity: 'error',
        actionable_steps: ['Try live failover (no driver modification)'],
        timestamp: '2025-10-03T17:47:22Z',
        duration_seconds: 25,
        steps_completed: 3,
        steps_total: 5,
      },
    });
    expect(parsed.context).toMatchObject({
      contextId: 'ctx-pgtest1-20251003-140708',
      vmName: 'pgtest1',
      vmwareVmId: '4205a841-0265-f4bd-39a6-39fd92196f53',
      currentStatus: 'ready_for_failover',
    });
    expect(JSON.stringify(parsed)).not.toContain('last_operation_summary');
    expect(JSON.stringify(parsed)).not.toContain('/DatabanxDC');
    expect(parsed.lastOperation).toMatchObject({
      operationType: 'test_failover',
      status: 'failed',
      stepsCompleted: 3,
      stepsTotal: 5,
      failedStepInternal: 'virtio-driver-injection',
      errorSeverity: 'error',
    });
  });

  test('an omitted or broken last_operation means no summary', () => {
    expect(v.parse(VmContextResponseSchema, { context }).lastOperation).toBeNull();
    expect(
      v.parse(VmContextResponseSchema, { context, last_operation: 'garbage' }).lastOperation,
    ).toBeNull();
    expect(
      v.parse(VmContextResponseSchema, { context, last_operation: [] }).lastOperation,
    ).toBeNull();
  });

  test.each([
    [
      { total: 0, done: 0 },
      { stepsTotal: null, stepsCompleted: null },
    ],
    [
      { total: 5, done: 9 },
      { stepsTotal: 5, stepsCompleted: 5 },
    ],
    [
      { total: 5, done: -1 },
      { stepsTotal: 5, stepsCompleted: null },
    ],
    [
      { total: 1e21, done: 9 },
      { stepsTotal: null, stepsCompleted: null },
    ],
  ])('keeps step counts consistent (%j)', ({ total, done }, expected) => {
    const parsed = v.parse(VmContextResponseSchema, {
      context,
      last_operation: { status: 'failed', steps_total: total, steps_completed: done },
    });
    expect(parsed.lastOperation).toMatchObject(expected);
  });

  test.each([
    ['no context', {}],
    ['context without an id', { context: { vm_name: 'pgtest1' } }],
    ['an error body', { error: 'VM context not found for: pgtest9' }],
  ])('rejects %s', (_name, body) => {
    expect(v.safeParse(VmContextResponseSchema, body).success).toBe(false);
  });
});

describe('VmListResponseSchema', () => {
  test('parses the VM list with group fields ignored', () => {
    const parsed = v.parse(VmListResponseSchema, {
      vm_contexts: [{ context_id: 'c1', vm_name: 'pgtest1', groups: [], group_count: 0 }],
      count: 1,
    });
    expect(parsed.vmContexts).toHaveLength(1);
    expect(parsed.vmContexts[0]?.currentStatus).toBe('unknown');
  });
  test('rejects a list that is not a list', () => {
    expect(v.safeParse(VmListResponseSchema, { vm_contexts: {} }).success).toBe(false);
  });
});

describe('LiveFailoverResponseSchema', () => {
  test('parses success and failure bodies', () => {
    expect(
      v.parse(LiveFailoverResponseSchema, {
        success: true,
        message: 'Live failover initiated successfully',
        job_id: 'j1',
      }),
    ).toMatchObject({ success: true, job_id: 'j1' });
    expect(
      v.parse(LiveFailoverResponseSchema, {
        success: false,
        error: 'Validation failed: VM not found or not replicated',
        details: { error_code: 'VM_NOT_FOUND' },
      }),
    ).toMatchObject({ success: false, details: { error_code: 'VM_NOT_FOUND' } });
  });
});

test('keeps jobs that share an id, each with its own id', () => {
  const parsed = v.parse(RecentJobsResponseSchema, {
    jobs: [
      { job_id: 'uuid-123', status: 'failed', started_at: '2025-10-03T17:46:57Z' },
      { job_id: 'uuid-123', status: 'failed', started_at: '2025-10-02T17:46:57Z' },
      { job_id: 'uuid-123', status: 'completed', started_at: '2025-10-01T17:46:57Z' },
    ],
  });
  expect(parsed.jobs.map((job) => job.jobId)).toEqual(['uuid-123', 'uuid-123#2', 'uuid-123#3']);
  const clash = v.parse(RecentJobsResponseSchema, {
    jobs: [{ job_id: 'a' }, { job_id: 'a#2' }, { job_id: 'a' }],
  });
  expect(new Set(clash.jobs.map((job) => job.jobId)).size).toBe(3);
});
