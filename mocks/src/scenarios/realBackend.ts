import type { JobWire } from '@migratekit/oma-api';
import {
  buildCbtRecord,
  buildJob,
  buildLastOperation,
  buildVmContext,
  buildVmDisk,
} from '../fixtures/builders';
import { replicationJobId, stableUuid } from '../fixtures/ids';
import { DAY, HOUR, MINUTE, SECOND, ZERO_TIMESTAMP } from '../fixtures/time';
import type { ProgressStep, RawStatusStep, ScenarioSeed } from '../scenarios';

/*
 * VMs whose bodies have the shapes the real OMA backend sends (read from its handler, job
 * tracker and repository), beside the brief's idealised examples: "jobs": null, raw
 * replication statuses and errors, rollbacks labelled as failovers, Go's zero time, nanosecond
 * timestamps in the server's offset, Title-Case fallbacks of unmapped step ids, a summary that
 * records a failed rollback as completed, and `disks: null`.
 */

export const REAL_BACKEND_SCENARIO_NAMES = [
  'real-empty',
  'real-replicating',
  'real-stalled',
  'real-rollback',
  'real-crashed',
] as const;
export type RealBackendScenarioName = (typeof REAL_BACKEND_SCENARIO_NAMES)[number];

/** A named VM (same shape as the idealised scenarios' definitions). */
export interface RealBackendScenarioDefinition {
  name: RealBackendScenarioName;
  title: string;
  description: string;
  vmName: RealBackendScenarioName;
  contextId: string;
  vmwareVmId: string;
}

function definition(
  name: RealBackendScenarioName,
  title: string,
  description: string,
  contextStamp: string,
): RealBackendScenarioDefinition {
  return {
    name,
    title,
    description,
    vmName: name,
    contextId: `ctx-${name}-${contextStamp}`,
    vmwareVmId: stableUuid(`${name}/vmware`),
  };
}

export const realBackendScenarios: Record<RealBackendScenarioName, RealBackendScenarioDefinition> =
  {
    'real-empty': definition(
      'real-empty',
      'Real backend: no jobs',
      'A VM with no jobs as the real backend sends it: "jobs": null, "disks": null, no summary.',
      '20251004-080000',
    ),
    'real-replicating': definition(
      'real-replicating',
      'Real backend: replication phases',
      'A replication advancing through every raw status (initializing … finalizing), history with nanosecond times in other offsets and a zero created_at (duration 9223372036 s).',
      '20251004-081000',
    ),
    'real-stalled': definition(
      'real-stalled',
      'Real backend: raw replication errors',
      'A replication_failed job and a failed one with the raw, unsanitized progress-poller and stall errors, no category and no steps.',
      '20251004-082000',
    ),
    'real-rollback': definition(
      'real-rollback',
      'Real backend: rollback as a test failover',
      'A rollback listed as "Test Failover" (external id rollback-…) whose unmapped step "Legacy Cloudstack Snapshot Rollback" failed, and whose summary records it as completed with the error fields.',
      '20251004-083000',
    ),
    'real-crashed': definition(
      'real-crashed',
      'Real backend: failure outside any step',
      'A live failover that crashed outside any step (failed, no error fields), a job of unknown type with category "unknown", and a running rollback listed as a live failover.',
      '20251004-084000',
    ),
  };

/** The raw texts of these VMs an operator must never read, for the tests. */
export const REAL_BACKEND_RAW_TEXTS = {
  snaPollingError:
    'SNA polling failed: SNA progress API error (status 404) for job job-20251004-081500: job not found',
  stallError: 'Job stalled - no telemetry for 15m0s (SBC may have crashed)',
  unmappedStep: 'Legacy Cloudstack Snapshot Rollback',
  unmappedStepId: 'legacy-cloudstack-snapshot-rollback',
  zeroTimeDuration: 9_223_372_036,
  rawStatuses: [
    'initializing',
    'analyzing',
    'provisioning',
    'attaching',
    'configuring',
    'ready_for_sync',
    'snapshotting',
    'replicating',
    'finalizing',
    'replication_failed',
  ],
} as const;

/**
 * What the GUI must never show of the real-* VMs: raw wire values it corrects and the messages of
 * a body it failed to read. The snake_case statuses only: the others are English words a phase's
 * step may use ("Analyzing …").
 */
export const REAL_BACKEND_VALUES_NOT_SHOWN: readonly string[] = [
  ...REAL_BACKEND_RAW_TEXTS.rawStatuses.filter((status) => status.includes('_')),
  REAL_BACKEND_RAW_TEXTS.unmappedStepId,
  String(REAL_BACKEND_RAW_TEXTS.zeroTimeDuration),
  '2562047',
  'Status unknown',
  'rollback-',
  'unified-',
  '0001',
  'could not be loaded',
  'unexpected format',
];

/** The raw statuses the advancing replication of real-replicating goes through, by progress. */
export const REAL_REPLICATION_STATUSES: readonly RawStatusStep[] = [
  { fromProgress: 0, status: 'initializing' },
  { fromProgress: 6, status: 'analyzing' },
  { fromProgress: 12, status: 'provisioning' },
  { fromProgress: 20, status: 'attaching' },
  { fromProgress: 26, status: 'configuring' },
  { fromProgress: 32, status: 'ready_for_sync' },
  { fromProgress: 38, status: 'snapshotting' },
  { fromProgress: 45, status: 'replicating' },
  { fromProgress: 95, status: 'finalizing' },
];

/** Its raw current operation, which the poller only sets once data flows. */
const REAL_REPLICATION_OPERATIONS: readonly ProgressStep[] = [
  { fromProgress: 45, label: 'Copying VM data' },
];

/**
 * An RFC 3339 time as Go writes a `time.Time` read back in the server's zone: nanoseconds and
 * a numeric offset (e.g. `2025-10-04T12:15:00.123456789+02:00`).
 */
export function goTime(ms: number, offsetMinutes: number, nanos = 0): string {
  const local = new Date(Math.floor(ms / SECOND) * SECOND + offsetMinutes * MINUTE);
  const sign = offsetMinutes < 0 ? '-' : '+';
  const abs = Math.abs(offsetMinutes);
  const offset = `${sign}${String(Math.floor(abs / 60)).padStart(2, '0')}:${String(abs % 60).padStart(2, '0')}`;
  const fraction = nanos > 0 ? `.${String(nanos).padStart(9, '0')}` : '';
  return `${local.toISOString().slice(0, 19)}${fraction}${offset}`;
}

/** The server's zone in these VMs: Central European Summer Time. */
const SERVER_OFFSET = 120;

/** The job tracker's external ids: `unified-…` for a failover, `rollback-…` for a rollback. */
function trackerId(kind: 'unified' | 'rollback', type: 'test' | 'live', vm: string, ms: number) {
  return `${kind}-${type}-failover-${vm}-${Math.floor(ms / SECOND)}`;
}

function contextFor(
  name: RealBackendScenarioName,
  now: number,
  overrides: Parameters<typeof buildVmContext>[0],
) {
  const def = realBackendScenarios[name];
  return buildVmContext({
    context_id: def.contextId,
    vm_name: def.vmName,
    vmware_vm_id: def.vmwareVmId,
    // The repository's times come back with nanoseconds in the server's offset.
    created_at: goTime(now - 3 * DAY, SERVER_OFFSET, 412_337_001),
    updated_at: goTime(now - MINUTE, SERVER_OFFSET, 5_000),
    last_status_change: goTime(now - HOUR, SERVER_OFFSET),
    ...overrides,
  });
}

/** A replication_jobs row as the handler lists it: raw status, raw operation, raw error. */
function replicationRow(
  now: number,
  spec: {
    createdAgo: number;
    durationSeconds?: number;
    status: string;
    displayName: string;
    progress: number;
    bytes?: number;
    overrides?: Partial<JobWire>;
  },
): JobWire {
  const created = now - spec.createdAgo;
  const finished = spec.durationSeconds !== undefined;
  const completed = created + (spec.durationSeconds ?? 0) * SECOND;
  return buildJob({
    job_id: replicationJobId(created),
    job_type: 'replication',
    status: spec.status,
    progress: spec.progress,
    started_at: goTime(created, 0, 118_204_557),
    completed_at: finished ? goTime(completed, 0, 907_114_002) : undefined,
    display_name: spec.displayName,
    data_source: 'replication_jobs',
    duration_seconds: spec.durationSeconds,
    bytes_transferred: spec.bytes,
    ...spec.overrides,
  });
}

/** A job_tracking entry as the handler lists it. */
function trackedRow(
  now: number,
  spec: {
    vm: string;
    startedAgo: number;
    durationSeconds: number;
    jobType: string;
    displayName: string;
    externalJobId: string | undefined;
    status: string;
    progress: number;
    overrides?: Partial<JobWire>;
  },
): JobWire {
  const started = now - spec.startedAgo;
  const finished = spec.status !== 'running';
  return buildJob({
    job_id: stableUuid(`${spec.vm}/${spec.externalJobId ?? spec.jobType}/${spec.startedAgo}`),
    external_job_id: spec.externalJobId,
    job_type: spec.jobType,
    status: spec.status,
    progress: spec.progress,
    started_at: goTime(started, SERVER_OFFSET),
    completed_at: finished
      ? goTime(started + spec.durationSeconds * SECOND, SERVER_OFFSET)
      : undefined,
    display_name: spec.displayName,
    data_source: 'job_tracking',
    // The tracker's runtime: so far while running, start to end once finished.
    duration_seconds: spec.durationSeconds,
    bytes_transferred: undefined,
    ...spec.overrides,
  });
}

function storage(name: RealBackendScenarioName, now: number) {
  return {
    disks: [buildVmDisk(name, { ossea_volume_id: stableUuid(`${name}/volume`) })],
    cbtHistory: [buildCbtRecord({ created_at: goTime(now - 4 * HOUR, SERVER_OFFSET, 1) })],
  };
}

function seedEmpty(now: number): ScenarioSeed {
  return {
    context: contextFor('real-empty', now, {
      current_status: 'discovered',
      total_jobs_run: 0,
      successful_jobs: 0,
      failed_jobs: 0,
      os_type: 'linux',
      power_state: 'poweredOn',
      last_job_at: null,
      last_operation_summary: null,
    }),
    lastOperation: null,
    jobs: [],
    running: [],
    groups: [],
    // No replication yet: the repository never loads the disks, and Go sends the nil slice.
    disks: null,
    cbtHistory: [],
    nilEmptyLists: true,
  };
}

function seedReplicating(now: number): ScenarioSeed {
  const vm = 'real-replicating';
  const running = replicationRow(now, {
    createdAgo: 4 * MINUTE,
    status: 'initializing',
    displayName: 'Incremental Replication',
    progress: 0,
    bytes: 0,
  });
  const summaryTime = now - 5 * HOUR;
  return {
    context: contextFor(vm, now, {
      current_status: 'replicating',
      current_job_id: running.job_id ?? null,
      total_jobs_run: 4,
      successful_jobs: 4,
      failed_jobs: 0,
      os_type: 'linux',
      last_job_at: goTime(now - 4 * MINUTE, SERVER_OFFSET, 118_204_557),
    }),
    lastOperation: buildLastOperation({
      job_id: stableUuid(`${vm}/test-failover`),
      operation_type: 'test_failover',
      status: 'completed',
      progress: 100,
      failed_step: undefined,
      failed_step_internal: undefined,
      error_message: undefined,
      error_category: undefined,
      error_severity: undefined,
      actionable_steps: undefined,
      technical_details: undefined,
      // `time.Now()` marshalled by the engine: nanoseconds, the server's offset.
      timestamp: goTime(summaryTime, SERVER_OFFSET, 734_912_118),
      steps_completed: 7,
      steps_total: 7,
      duration_seconds: 204,
      external_job_id: trackerId('unified', 'test', vm, summaryTime - 204 * SECOND),
    }),
    jobs: [
      running,
      replicationRow(now, {
        createdAgo: DAY,
        durationSeconds: 612,
        status: 'completed',
        displayName: 'Replication Completed',
        progress: 100,
        bytes: 4_831_838_208,
        overrides: {
          // Read back in the server's zone, with nanoseconds.
          started_at: goTime(now - DAY, SERVER_OFFSET, 118_204_557),
          completed_at: goTime(now - DAY + 612 * SECOND, -300, 907_114_002),
          current_step: 'Completed',
        },
      }),
      trackedRow(now, {
        vm,
        startedAgo: 5 * HOUR + 204 * SECOND,
        durationSeconds: 204,
        jobType: 'test_failover',
        displayName: 'Test Failover',
        externalJobId: trackerId('unified', 'test', vm, now - 5 * HOUR - 204 * SECOND),
        status: 'completed',
        progress: 100,
        overrides: { current_step: 'Finalizing VM State' },
      }),
      // A row whose created_at was never set: the handler sends Go's zero time as its start,
      // and completed − zero as its duration.
      replicationRow(now, {
        createdAgo: 2 * DAY,
        durationSeconds: 0,
        status: 'completed',
        displayName: 'Replication Completed',
        progress: 100,
        bytes: 53_687_091_200,
        overrides: {
          started_at: ZERO_TIMESTAMP,
          completed_at: goTime(now - 2 * DAY, SERVER_OFFSET, 1),
          duration_seconds: REAL_BACKEND_RAW_TEXTS.zeroTimeDuration,
          current_step: 'Completed',
        },
      }),
    ],
    running: [
      {
        jobId: running.job_id ?? '',
        initialProgress: 0,
        steps: REAL_REPLICATION_OPERATIONS,
        statuses: REAL_REPLICATION_STATUSES,
        totalBytes: 8_589_934_592,
      },
    ],
    groups: [],
    ...storage(vm, now),
  };
}

function seedReplicationFailed(now: number): ScenarioSeed {
  const vm = 'real-stalled';
  return {
    context: contextFor(vm, now, {
      current_status: 'failed',
      total_jobs_run: 3,
      successful_jobs: 1,
      failed_jobs: 2,
      os_type: 'windows',
      last_job_at: goTime(now - 10 * MINUTE, SERVER_OFFSET, 2),
    }),
    lastOperation: null,
    jobs: [
      replicationRow(now, {
        createdAgo: 10 * MINUTE,
        durationSeconds: 95,
        status: 'replication_failed',
        displayName: 'Initial Replication',
        progress: 85,
        overrides: { error_message: REAL_BACKEND_RAW_TEXTS.snaPollingError },
      }),
      replicationRow(now, {
        createdAgo: 3 * HOUR,
        durationSeconds: 1_260,
        status: 'failed',
        displayName: 'Incremental Replication',
        progress: 37.5,
        bytes: 1_610_612_736,
        overrides: {
          current_step: 'Failed',
          error_message: REAL_BACKEND_RAW_TEXTS.stallError,
        },
      }),
      replicationRow(now, {
        createdAgo: DAY,
        durationSeconds: 2_494,
        status: 'completed',
        displayName: 'Replication Completed',
        progress: 100,
        bytes: 28_346_784_154,
        overrides: { current_step: 'Completed' },
      }),
    ],
    running: [],
    groups: [],
    ...storage(vm, now),
  };
}

function seedRollback(now: number): ScenarioSeed {
  const vm = 'real-rollback';
  const rollbackStart = now - 20 * MINUTE;
  const rollbackId = trackerId('rollback', 'test', vm, rollbackStart);
  // Three of its four steps completed; the fourth failed, yet the deferred completion records
  // the job and its summary as completed. The handler lists no error (the job is not failed).
  const rollback = trackedRow(now, {
    vm,
    startedAgo: 20 * MINUTE,
    durationSeconds: 48,
    jobType: 'test_failover',
    displayName: 'Test Failover',
    externalJobId: rollbackId,
    status: 'completed',
    progress: 75,
  });
  const failoverStart = now - 2 * HOUR;
  return {
    context: contextFor(vm, now, {
      current_status: 'ready_for_failover',
      total_jobs_run: 4,
      successful_jobs: 4,
      failed_jobs: 0,
      os_type: 'linux',
      last_job_at: goTime(rollbackStart, SERVER_OFFSET),
    }),
    lastOperation: buildLastOperation({
      job_id: rollback.job_id ?? undefined,
      operation_type: 'rollback',
      status: 'completed',
      progress: 75,
      failed_step: REAL_BACKEND_RAW_TEXTS.unmappedStep,
      failed_step_internal: REAL_BACKEND_RAW_TEXTS.unmappedStepId,
      // The sanitizer's generic answer for a step it has no rule for.
      error_message: `${REAL_BACKEND_RAW_TEXTS.unmappedStep} failed`,
      error_category: 'unknown',
      error_severity: 'error',
      actionable_steps: [
        'Review operation details for more information',
        'Try operation again',
        'Contact administrator if issue persists',
      ],
      timestamp: goTime(rollbackStart + 48 * SECOND, SERVER_OFFSET, 381_004_227),
      steps_completed: 3,
      steps_total: 4,
      duration_seconds: 48,
      technical_details: undefined,
      external_job_id: rollbackId,
    }),
    jobs: [
      rollback,
      trackedRow(now, {
        vm,
        startedAgo: 2 * HOUR,
        durationSeconds: 231,
        jobType: 'test_failover',
        displayName: 'Test Failover',
        externalJobId: trackerId('unified', 'test', vm, failoverStart),
        status: 'completed',
        progress: 100,
        overrides: { current_step: 'Finalizing VM State' },
      }),
      replicationRow(now, {
        createdAgo: 3 * HOUR,
        durationSeconds: 342,
        status: 'completed',
        displayName: 'Replication Completed',
        progress: 100,
        bytes: 2_684_354_560,
        overrides: { current_step: 'Completed' },
      }),
    ],
    running: [],
    groups: [],
    ...storage(vm, now),
  };
}

function seedCrashed(now: number): ScenarioSeed {
  const vm = 'real-crashed';
  const failoverStart = now - 30 * MINUTE;
  const failover = trackedRow(now, {
    vm,
    startedAgo: 30 * MINUTE,
    durationSeconds: 71,
    jobType: 'live_failover',
    displayName: 'Live Failover',
    externalJobId: trackerId('unified', 'live', vm, failoverStart),
    status: 'failed',
    progress: 40,
    // Failed outside any step: no error fields, and as its step the last one that completed.
    overrides: { current_step: 'Powering Off Source VM' },
  });
  return {
    context: contextFor(vm, now, {
      current_status: 'failed',
      total_jobs_run: 4,
      successful_jobs: 2,
      failed_jobs: 2,
      os_type: 'windows',
      last_job_at: goTime(now - 2 * MINUTE, SERVER_OFFSET),
    }),
    lastOperation: buildLastOperation({
      job_id: failover.job_id ?? undefined,
      operation_type: 'live_failover',
      status: 'failed',
      progress: 40,
      failed_step: undefined,
      failed_step_internal: undefined,
      error_message: undefined,
      error_category: undefined,
      error_severity: undefined,
      actionable_steps: undefined,
      technical_details: undefined,
      timestamp: goTime(failoverStart + 71 * SECOND, SERVER_OFFSET, 66_000_001),
      steps_completed: 2,
      steps_total: 5,
      duration_seconds: 71,
      external_job_id: failover.external_job_id,
    }),
    jobs: [
      // The rollback of that failover, running; its step id has no display name, so the
      // handler sends the id in Title Case.
      trackedRow(now, {
        vm,
        startedAgo: 2 * MINUTE,
        durationSeconds: 120,
        jobType: 'live_failover',
        displayName: 'Live Failover',
        externalJobId: trackerId('rollback', 'live', vm, now - 2 * MINUTE),
        status: 'running',
        progress: 50,
        overrides: { current_step: REAL_BACKEND_RAW_TEXTS.unmappedStep },
      }),
      failover,
      // An operation the handler cannot classify, failed in a step the sanitizer has no rule for.
      trackedRow(now, {
        vm,
        startedAgo: 6 * HOUR,
        durationSeconds: 19,
        jobType: 'unknown',
        displayName: 'Operation',
        externalJobId: undefined,
        status: 'failed',
        progress: 50,
        overrides: {
          current_step: 'Cleanup Operations',
          error_message: 'Cleanup Operations failed',
          error_category: 'unknown',
          actionable_steps: [
            'Review operation details for more information',
            'Try operation again',
            'Contact administrator if issue persists',
          ],
        },
      }),
      replicationRow(now, {
        createdAgo: 5 * HOUR,
        durationSeconds: 281,
        status: 'completed',
        displayName: 'Replication Completed',
        progress: 100,
        bytes: 3_221_225_472,
        overrides: { current_step: 'Completed' },
      }),
    ],
    running: [],
    groups: [],
    ...storage(vm, now),
  };
}

export const realBackendSeeders: Record<RealBackendScenarioName, (now: number) => ScenarioSeed> = {
  'real-empty': seedEmpty,
  'real-replicating': seedReplicating,
  'real-stalled': seedReplicationFailed,
  'real-rollback': seedRollback,
  'real-crashed': seedCrashed,
};
