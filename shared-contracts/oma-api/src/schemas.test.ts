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
    const parsed = RecentJobsResponseSchema.parse({
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
    const parsed = RecentJobsResponseSchema.parse({ jobs: [{ ...briefJob, ...override }] });
    expect(parsed.jobs[0]).toMatchObject(expected);
  });

  test('gives every job a unique id even when the backend sends none', () => {
    const parsed = RecentJobsResponseSchema.parse({
      jobs: [{ status: 'failed' }, { status: 'completed' }],
    });
    const ids = parsed.jobs.map((job) => job.jobId);
    expect(new Set(ids).size).toBe(2);
    expect(ids.every((id) => id.length > 0)).toBe(true);
  });

  test('orders jobs newest first, undated last in their original order', () => {
    const parsed = RecentJobsResponseSchema.parse({
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
    const parsed = RecentJobsResponseSchema.parse({
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
  ])('rejects %s', (_name, body) => {
    expect(RecentJobsResponseSchema.safeParse(body).success).toBe(false);
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
    const parsed = VmContextResponseSchema.parse({
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
    expect(VmContextResponseSchema.parse({ context }).lastOperation).toBeNull();
    expect(
      VmContextResponseSchema.parse({ context, last_operation: 'garbage' }).lastOperation,
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
    const parsed = VmContextResponseSchema.parse({
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
    expect(VmContextResponseSchema.safeParse(body).success).toBe(false);
  });
});

describe('VmListResponseSchema', () => {
  test('parses the VM list with group fields ignored', () => {
    const parsed = VmListResponseSchema.parse({
      vm_contexts: [{ context_id: 'c1', vm_name: 'pgtest1', groups: [], group_count: 0 }],
      count: 1,
    });
    expect(parsed.vmContexts).toHaveLength(1);
    expect(parsed.vmContexts[0]?.currentStatus).toBe('unknown');
  });
  test('rejects a list that is not a list', () => {
    expect(VmListResponseSchema.safeParse({ vm_contexts: {} }).success).toBe(false);
  });
});

describe('LiveFailoverResponseSchema', () => {
  test('parses success and failure bodies', () => {
    expect(
      LiveFailoverResponseSchema.parse({
        success: true,
        message: 'Live failover initiated successfully',
        job_id: 'j1',
      }),
    ).toMatchObject({ success: true, job_id: 'j1' });
    expect(
      LiveFailoverResponseSchema.parse({
        success: false,
        error: 'Validation failed: VM not found or not replicated',
        details: { error_code: 'VM_NOT_FOUND' },
      }),
    ).toMatchObject({ success: false, details: { error_code: 'VM_NOT_FOUND' } });
  });
});

test('keeps jobs that share an id, each with its own id', () => {
  const parsed = RecentJobsResponseSchema.parse({
    jobs: [
      { job_id: 'uuid-123', status: 'failed', started_at: '2025-10-03T17:46:57Z' },
      { job_id: 'uuid-123', status: 'failed', started_at: '2025-10-02T17:46:57Z' },
      { job_id: 'uuid-123', status: 'completed', started_at: '2025-10-01T17:46:57Z' },
    ],
  });
  expect(parsed.jobs.map((job) => job.jobId)).toEqual(['uuid-123', 'uuid-123#2', 'uuid-123#3']);
  const clash = RecentJobsResponseSchema.parse({
    jobs: [{ job_id: 'a' }, { job_id: 'a#2' }, { job_id: 'a' }],
  });
  expect(new Set(clash.jobs.map((job) => job.jobId)).size).toBe(3);
});

describe('the real backend’s recent-jobs wire', () => {
  const parseJob = (job: Record<string, unknown>) => {
    const [parsed] = RecentJobsResponseSchema.parse({ jobs: [job] }).jobs;
    if (!parsed) throw new Error('expected a job');
    return parsed;
  };
  const replication = {
    job_id: 'job-20251004-101500',
    job_type: 'replication',
    progress: 42,
    started_at: '2025-10-04T10:15:00Z',
    display_name: 'Incremental Replication',
    current_step: 'Copying VM data: 42% - (42.00/100%)',
    data_source: 'replication_jobs',
  };

  test('"jobs": null (a nil Go slice) is an empty list, not an error', () => {
    const parsed = RecentJobsResponseSchema.parse({ context_id: 'ctx-1', count: 0, jobs: null });
    expect(parsed).toEqual({ contextId: 'ctx-1', jobs: [] });
  });

  test.each([
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
    'Replicating',
  ])('a replication reporting "%s" is running, with its phase, progress and step', (status) => {
    expect(parseJob({ ...replication, status })).toMatchObject({
      status: 'running',
      replicationPhase: status.toLowerCase(),
      progress: 42,
      currentStep: 'Copying VM data: 42% - (42.00/100%)',
      durationSeconds: null,
    });
  });

  test.each([
    ['replication_failed', 'failed'],
    ['failed', 'failed'],
    ['completed', 'completed'],
    ['cancelled', 'cancelled'],
    ['pending', 'pending'],
    ['exploded', 'unknown'],
  ])('a replication reporting "%s" is %s, with no phase', (raw, status) => {
    expect(parseJob({ ...replication, status: raw })).toMatchObject({
      status,
      replicationPhase: null,
    });
  });

  test('a failed replication with a raw error and no category gets the unknown category', () => {
    const job = parseJob({
      ...replication,
      status: 'replication_failed',
      current_step: 'Failed',
      error_message: 'Job stalled - no telemetry for 15m0s (SBC may have crashed)',
    });
    expect(job).toMatchObject({
      status: 'failed',
      errorCategory: 'unknown',
      actionableSteps: [],
      // "Failed" is the raw operation's end marker, not a step.
      currentStep: null,
    });
  });

  test.each([
    ['rollback-test-failover-pgdb4-1759573800', 'test_failover', 'Test Failover', null],
    ['rollback-live-failover-pgdb4-1759573800', 'live_failover', 'Live Failover', null],
    ['ROLLBACK-test-failover-pgdb4-1', 'test_failover', 'Test Failover', null],
    [
      'rollback-test-failover-pgdb4-1',
      'test_failover',
      'Test Failover Rollback',
      'Test Failover Rollback',
    ],
  ])('external id %s makes a %s named "%s" a rollback', (externalId, jobType, name, expected) => {
    expect(
      parseJob({
        job_id: '3f0c',
        external_job_id: externalId,
        job_type: jobType,
        status: 'completed',
        display_name: name,
        data_source: 'job_tracking',
      }),
    ).toMatchObject({ jobType: 'rollback', displayName: expected });
  });

  test.each([
    ['unified-test-failover-pgdb4-1759573800', 'test_failover'],
    ['enhanced-live-failover-pgdb4-1759573800', 'live_failover'],
    ['failover-rollback-like', 'test_failover'],
  ])('external id %s keeps its %s type and name', (externalId, jobType) => {
    expect(
      parseJob({ external_job_id: externalId, job_type: jobType, display_name: 'Test Failover' }),
    ).toMatchObject({ jobType, displayName: 'Test Failover' });
  });

  test('an unknown job type is kept as unknown with its display name', () => {
    expect(
      parseJob({ job_type: 'unknown', display_name: 'Operation', error_category: 'unknown' }),
    ).toMatchObject({ jobType: 'unknown', displayName: 'Operation', errorCategory: null });
  });

  test.each([
    ['a zero created_at', 9223372036],
    ['over 30 days', 30 * 86_400 + 1],
    ['negative', -1],
    ['infinite', 'Infinity'],
  ])('a duration from %s is not believed', (_name, duration) => {
    expect(
      parseJob({
        ...replication,
        status: 'completed',
        started_at: '0001-01-01T00:00:00Z',
        completed_at: '2025-10-04T10:20:00Z',
        duration_seconds: duration,
      }),
    ).toMatchObject({ startedAt: null, durationSeconds: null });
  });

  test('30 days is still a duration', () => {
    expect(parseJob({ ...replication, duration_seconds: 30 * 86_400 })).toMatchObject({
      durationSeconds: 30 * 86_400,
    });
  });

  test.each([
    ['2025-10-04T12:15:00.123456789+02:00', '2025-10-04T10:15:00.123Z'],
    ['2025-10-04T05:15:00.5-05:00', '2025-10-04T10:15:00.500Z'],
    ['2025-10-04T15:45:00+0530', '2025-10-04T10:15:00.000Z'],
    ['2025-10-04 10:15:00Z', '2025-10-04T10:15:00.000Z'],
    ['2025-10-04T10:15:00', '2025-10-04T10:15:00.000Z'],
    ['2025-10-04t10:15:00z', '2025-10-04T10:15:00.000Z'],
    ['2025-10-04T10:15:60Z', '2025-10-04T10:15:59.000Z'],
  ])('reads the RFC 3339 time %s as %s', (wire, iso) => {
    expect(parseJob({ ...replication, started_at: wire }).startedAt).toBe(iso);
  });

  test.each([
    '0001-01-01T00:00:00Z',
    '1970-01-01T00:00:00Z',
    '2025-02-30T10:00:00Z',
    '2025-13-01T10:00:00Z',
    '2025-10-04T24:00:00Z',
    '2025-10-04T10:15:00+25:00',
    '2025-10-04T10:15:00.1234567890Z',
  ])('refuses the time %s', (wire) => {
    expect(parseJob({ ...replication, started_at: wire }).startedAt).toBeNull();
  });

  test('sorts newest first across offsets, with zero times after the dated jobs', () => {
    const parsed = RecentJobsResponseSchema.parse({
      jobs: [
        { job_id: 'zero', started_at: '0001-01-01T00:00:00Z' },
        // 10:00 UTC
        { job_id: 'ten', started_at: '2025-10-04T12:00:00.999999999+02:00' },
        // 10:30 UTC, though its clock reads earlier
        { job_id: 'half-past', started_at: '2025-10-04T05:30:00-05:00' },
        // A zero start, but it finished at 11:00 UTC.
        {
          job_id: 'zero-start-finished',
          started_at: '0001-01-01T00:00:00Z',
          completed_at: '2025-10-04T11:00:00Z',
        },
      ],
    });
    expect(parsed.jobs.map((job) => job.jobId)).toEqual([
      'zero-start-finished',
      'half-past',
      'ten',
      'zero',
    ]);
  });
});

describe('the real backend’s VM context', () => {
  const realContext = {
    context_id: 'ctx-pgdb4-20251004-090000',
    vm_name: 'pgdb4',
    vmware_vm_id: '4205f1a2-7c3d-4e5b-8a9f-0b1c2d3e4f50',
    vm_path: '/DatabanxDC/vm/Production/pgdb4',
    vcenter_host: 'quad-vcenter-01.quadris.local',
    datacenter: 'DatabanxDC',
    current_status: 'failed_over_test',
    current_job_id: null,
    total_jobs_run: 6,
    successful_jobs: 5,
    failed_jobs: 1,
    os_type: 'windows',
    power_state: 'poweredOn',
    created_at: '2025-10-04T09:00:00.123456789+02:00',
    updated_at: '2025-10-04T12:00:00.5+02:00',
    last_job_at: '0001-01-01T00:00:00Z',
  };
  const rollbackSummary = {
    job_id: 'b1d2',
    external_job_id: 'rollback-test-failover-pgdb4-1759573800',
    operation_type: 'rollback',
    status: 'completed',
    progress: 75,
    failed_step: 'Legacy Cloudstack Snapshot Rollback',
    failed_step_internal: 'legacy-cloudstack-snapshot-rollback',
    error_message: 'Snapshot rollback failed - the volume was not restored',
    error_category: 'storage',
    error_severity: 'critical',
    actionable_steps: ['Contact support to restore the volume from its snapshot'],
    timestamp: '2025-10-04T12:10:00.987654321+02:00',
    steps_completed: 3,
    steps_total: 4,
    duration_seconds: 48,
  };

  test('reads the body the handler sends: disks null, raw history rows, current job', () => {
    const parsed = VmContextResponseSchema.parse({
      context: { ...realContext, last_operation_summary: JSON.stringify(rollbackSummary) },
      current_job: { id: 'job-1', status: 'replicating', current_operation: 'nbd://x/dev/vdb' },
      job_history: [{ id: 'job-0', status: 'failed', error_message: 'SNA polling failed: x' }],
      disks: null,
      cbt_history: [],
      last_operation: rollbackSummary,
    });
    expect(parsed.context).toMatchObject({
      contextId: 'ctx-pgdb4-20251004-090000',
      currentStatus: 'failed_over_test',
      updatedAt: '2025-10-04T10:00:00.500Z',
      lastJobAt: null,
    });
    const text = JSON.stringify(parsed);
    for (const raw of ['SNA polling', 'nbd://', '/DatabanxDC', 'quad-vcenter', 'job_history']) {
      expect(text).not.toContain(raw);
    }
  });

  test('a completed rollback that reports a failed step is a failure to show', () => {
    const parsed = VmContextResponseSchema.parse({
      context: realContext,
      last_operation: rollbackSummary,
    });
    expect(parsed.lastOperation).toMatchObject({
      operationType: 'rollback',
      status: 'failed',
      externalJobId: 'rollback-test-failover-pgdb4-1759573800',
      failedStep: 'Legacy Cloudstack Snapshot Rollback',
      failedStepInternal: 'legacy-cloudstack-snapshot-rollback',
      errorCategory: 'storage',
      errorSeverity: 'critical',
      timestamp: '2025-10-04T10:10:00.987Z',
      stepsCompleted: 3,
      stepsTotal: 4,
    });
  });

  test('a completed rollback without error fields stays completed', () => {
    const parsed = VmContextResponseSchema.parse({
      context: realContext,
      last_operation: {
        job_id: 'b1d2',
        external_job_id: 'rollback-test-failover-pgdb4-1759573800',
        operation_type: 'rollback',
        status: 'completed',
        progress: 100,
        timestamp: '2025-10-04T12:10:00+02:00',
        steps_completed: 4,
        steps_total: 4,
        duration_seconds: 48,
      },
    });
    expect(parsed.lastOperation?.status).toBe('completed');
  });

  test('a failover that failed outside any step is failed, without error fields', () => {
    const parsed = VmContextResponseSchema.parse({
      context: realContext,
      last_operation: {
        job_id: 'c3',
        external_job_id: 'unified-live-failover-pgdb4-1759573800',
        operation_type: 'live_failover',
        status: 'failed',
        progress: 40,
        timestamp: '2025-10-04T12:10:00+02:00',
        steps_completed: 2,
        steps_total: 5,
        duration_seconds: 9223372036,
      },
    });
    expect(parsed.lastOperation).toMatchObject({
      status: 'failed',
      errorMessage: null,
      failedStep: null,
      errorCategory: 'unknown',
      durationSeconds: null,
    });
  });

  test('a summary the handler labels a failover is a rollback when its external id says so', () => {
    const parsed = VmContextResponseSchema.parse({
      context: realContext,
      last_operation: { ...rollbackSummary, operation_type: 'test_failover' },
    });
    expect(parsed.lastOperation?.operationType).toBe('rollback');
  });

  test('the VM list reads the summary from the raw last_operation_summary text', () => {
    const parsed = VmListResponseSchema.parse({
      vm_contexts: [
        { ...realContext, last_operation_summary: JSON.stringify(rollbackSummary), groups: [] },
        { ...realContext, context_id: 'c2', last_operation_summary: '{not json' },
        { ...realContext, context_id: 'c3', last_operation_summary: null },
      ],
      count: 3,
    });
    expect(parsed.vmContexts.map((vm) => vm.lastOperation?.status ?? null)).toEqual([
      'failed',
      null,
      null,
    ]);
  });
});
