import * as v from 'valibot';
import { RecentJobsResponseSchema, VmContextResponseSchema, VmListResponseSchema } from './schemas';

/*
 * The shapes the real backend sends (its handler, job tracker and repository), beside the
 * brief's idealised examples in schemas.test.ts.
 */

describe('the real backend’s recent-jobs wire', () => {
  const parseJob = (job: Record<string, unknown>) => {
    const [parsed] = v.parse(RecentJobsResponseSchema, { jobs: [job] }).jobs;
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
    const parsed = v.parse(RecentJobsResponseSchema, { context_id: 'ctx-1', count: 0, jobs: null });
    expect(parsed).toEqual({ contextId: 'ctx-1', jobs: [] });
  });

  // A replication through its raw statuses, each at the progress the replication table reports
  // it with, and its raw current operation once data flows (null before). Written out here
  // rather than taken from the code's list, so a phase the code forgets fails.
  test.each([
    ['initializing', 0, null],
    ['analyzing', 6, null],
    ['provisioning', 12, null],
    ['attaching', 20, null],
    ['configuring', 26, null],
    ['ready_for_sync', 32, null],
    ['preparing', 35, null],
    ['snapshotting', 38, null],
    ['replicating', 45, 'Copying VM data: 45% - (45.00/100%)'],
    ['streaming', 60, 'Copying VM data: 60% - (60.00/100%)'],
    ['finalizing', 95, 'Copying VM data: 95% - (95.00/100%)'],
    ['Replicating', 42, 'Copying VM data: 42% - (42.00/100%)'],
  ])(
    'a replication reporting "%s" at %i% is running, with its phase, progress and step',
    (status, progress, step) => {
      expect(parseJob({ ...replication, status, progress, current_step: step })).toMatchObject({
        status: 'running',
        replicationPhase: status.toLowerCase(),
        progress,
        currentStep: step,
        durationSeconds: null,
      });
    },
  );

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
    const parsed = v.parse(RecentJobsResponseSchema, {
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
    const parsed = v.parse(VmContextResponseSchema, {
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
    const parsed = v.parse(VmContextResponseSchema, {
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
    const parsed = v.parse(VmContextResponseSchema, {
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
    const parsed = v.parse(VmContextResponseSchema, {
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
    const parsed = v.parse(VmContextResponseSchema, {
      context: realContext,
      last_operation: { ...rollbackSummary, operation_type: 'test_failover' },
    });
    expect(parsed.lastOperation?.operationType).toBe('rollback');
  });

  test('the VM list reads the summary from the raw last_operation_summary text', () => {
    const parsed = v.parse(VmListResponseSchema, {
      vm_contexts: [
        { ...realContext, last_operation_summary: JSON.stringify(rollbackSummary), groups: [] },
        { ...realContext, context_id: 'c2', last_operation_summary: '{not json' },
        { ...realContext, context_id: 'c3', last_operation_summary: null },
        // JSON, but not a summary object.
        { ...realContext, context_id: 'c4', last_operation_summary: '[{"status":"failed"}]' },
        { ...realContext, context_id: 'c5', last_operation_summary: '"failed"' },
      ],
      count: 5,
    });
    expect(parsed.vmContexts.map((vm) => vm.lastOperation?.status ?? null)).toEqual([
      'failed',
      null,
      null,
      null,
      null,
    ]);
  });
});
