import type { JobWire, LastOperationWire } from '@migratekit/oma-api';
import {
  buildCbtRecord,
  buildJob,
  buildLastOperation,
  buildVmContext,
  buildVmDisk,
  EXAMPLE_CONTEXT_ID,
  EXAMPLE_FAILURE,
  EXAMPLE_REPLICATION_BYTES,
  EXAMPLE_VMWARE_VM_ID,
} from './fixtures/builders';
import { externalJobId, replicationJobId, stableUuid } from './fixtures/ids';
import { DAY, HOUR, isoAt, MINUTE, SECOND, ZERO_TIMESTAMP } from './fixtures/time';
import type {
  BackendVmContextWire,
  CbtHistoryWire,
  GroupMembershipWire,
  VmDiskWire,
} from './fixtures/wire';
import {
  REAL_BACKEND_SCENARIO_NAMES,
  realBackendScenarios,
  realBackendSeeders,
} from './scenarios/realBackend';

export const SCENARIO_NAMES = [
  'pgtest1',
  'pgtest2',
  'pgtest3',
  'websrv-ok',
  'appsrv-mixed',
  'dbsrv-running',
  'newvm-empty',
  'leaky-vm',
  // The real backend's shapes, beside the brief's idealised examples.
  ...REAL_BACKEND_SCENARIO_NAMES,
] as const;
export type ScenarioName = (typeof SCENARIO_NAMES)[number];

/** A named sample VM; its name is the scenario's name. */
export interface ScenarioDefinition {
  name: ScenarioName;
  /** Short label for a scenario picker. */
  title: string;
  /** What the scenario shows and what it is for. */
  description: string;
  vmName: ScenarioName;
  contextId: string;
  vmwareVmId: string;
}

export const scenarios: Record<ScenarioName, ScenarioDefinition> = {
  pgtest1: {
    name: 'pgtest1',
    title: 'Failed test failover',
    description:
      'The brief\'s example: a test failover failed 25 seconds ago at "Preparing Drivers for Compatibility" (step 3 of 5, 60%), after completed replications.',
    vmName: 'pgtest1',
    contextId: EXAMPLE_CONTEXT_ID,
    vmwareVmId: EXAMPLE_VMWARE_VM_ID,
  },
  pgtest2: {
    name: 'pgtest2',
    title: 'Failed live failover',
    description:
      'A live failover failed while configuring the network; none of its steps suggests a live failover.',
    vmName: 'pgtest2',
    contextId: 'ctx-pgtest2-20251002-091544',
    vmwareVmId: '42051b7c-93d2-6e18-c0af-7a3e55d1b902',
  },
  pgtest3: {
    name: 'pgtest3',
    title: 'Failed rollback',
    description: 'A rollback of a test failover failed because a storage volume stayed attached.',
    vmName: 'pgtest3',
    contextId: 'ctx-pgtest3-20251001-163012',
    vmwareVmId: '4205c3e9-1f7a-24b6-8d05-e9c2a4f07b31',
  },
  'websrv-ok': {
    name: 'websrv-ok',
    title: 'All operations succeeded',
    description:
      'Replications, a test failover and its rollback, all completed; the last operation completed.',
    vmName: 'websrv-ok',
    contextId: 'ctx-websrv-ok-20250928-110203',
    vmwareVmId: '42057d20-6b8e-91f4-3ca5-0d6e8b2f4a17',
  },
  'appsrv-mixed': {
    name: 'appsrv-mixed',
    title: 'Every job type, unsorted',
    description:
      'All job types (and one the backend cannot name) in every status, returned out of order; a rollback failed.',
    vmName: 'appsrv-mixed',
    contextId: 'ctx-appsrv-mixed-20250925-080000',
    vmwareVmId: '4205e8a1-0c3d-5f72-b914-6a2d7e9c3f58',
  },
  'dbsrv-running': {
    name: 'dbsrv-running',
    title: 'Replication running',
    description:
      'An incremental replication is copying disk data; its progress advances with time until it completes.',
    vmName: 'dbsrv-running',
    contextId: 'ctx-dbsrv-running-20250930-143355',
    vmwareVmId: '420592f6-7d41-0e8b-a6c3-4b1f9e2d8c70',
  },
  'newvm-empty': {
    name: 'newvm-empty',
    title: 'No operations yet',
    description: 'A newly discovered VM: no jobs and no last operation.',
    vmName: 'newvm-empty',
    contextId: 'ctx-newvm-empty-20251003-170000',
    vmwareVmId: '42053fa8-2e6c-b197-54d0-8c7a1b3e6f29',
  },
  'leaky-vm': {
    name: 'leaky-vm',
    title: 'Backend leaking internals',
    description:
      'Unsanitized errors, internal step names, file and device paths, zero timestamps, out-of-range progress and unknown values: nothing technical may reach an operator.',
    vmName: 'leaky-vm',
    contextId: 'ctx-leaky-vm-20251003-120000',
    vmwareVmId: '4205d6b3-8a9f-3c21-e047-1f5b2c8d9a64',
  },
  ...realBackendScenarios,
};

/** One stage of a running job: from this progress on, `current_step` is `label`. */
export interface ProgressStep {
  fromProgress: number;
  label: string;
}

/** One phase of a running job: from this progress on, its raw `status` is `status`. */
export interface RawStatusStep {
  fromProgress: number;
  status: string;
}

/** A job in a seed that is still running; the state advances it with its clock. */
export interface RunningJobSeed {
  jobId: string;
  /** Progress when the state is created or reset. */
  initialProgress: number;
  steps: readonly ProgressStep[];
  /** The raw statuses it reports as it advances (the real backend's replication phases). */
  statuses?: readonly RawStatusStep[];
  /** Bytes when complete, for jobs that report a transfer. */
  totalBytes?: number;
}

/** The initial data of one VM. */
export interface ScenarioSeed {
  context: BackendVmContextWire;
  lastOperation: LastOperationWire | null;
  /** Recent jobs in the order the API returns them (not necessarily newest first). */
  jobs: JobWire[];
  running: RunningJobSeed[];
  groups: GroupMembershipWire[];
  /** Null as the real backend sends a nil Go slice. */
  disks: VmDiskWire[] | null;
  cbtHistory: CbtHistoryWire[];
  /** Serialise empty lists as null, as Go does with nil slices (`"jobs": null`). */
  nilEmptyLists?: boolean;
}

/** Stages of an incremental replication, for `current_step`. */
export const REPLICATION_STEPS: readonly ProgressStep[] = [
  { fromProgress: 0, label: 'Creating VM snapshot' },
  { fromProgress: 5, label: 'Copying disk data' },
  { fromProgress: 95, label: 'Removing VM snapshot' },
];

/** Stages of a live failover, for `current_step`. */
export const LIVE_FAILOVER_STEPS: readonly ProgressStep[] = [
  { fromProgress: 0, label: 'Validating Failover Readiness' },
  { fromProgress: 10, label: 'Powering Off Source VM' },
  { fromProgress: 25, label: 'Running Final Sync' },
  { fromProgress: 60, label: 'Creating Destination VM' },
  { fromProgress: 85, label: 'Powering On Destination VM' },
];

const REPLICATION_DISPLAY_NAMES: Record<string, string> = {
  pending: 'Replication Pending',
  running: 'Replication In Progress',
  completed: 'Replication Completed',
  failed: 'Replication Failed',
  cancelled: 'Replication Cancelled',
};

/** The backend's display name of a job: replications name their status, others their kind. */
export function displayNameFor(jobType: string, status: string): string {
  switch (jobType) {
    case 'replication':
      return REPLICATION_DISPLAY_NAMES[status] ?? 'Replication';
    case 'test_failover':
      return 'Test Failover';
    case 'live_failover':
      return 'Live Failover';
    case 'rollback':
      return 'Rollback';
    default:
      return 'Operation';
  }
}

interface ReplicationJobSpec {
  /** When it finished (or, if unfinished, when it started), in ms before the state's clock. */
  endedAgo: number;
  durationSeconds: number;
  bytes: number;
  status?: string;
  overrides?: Partial<JobWire>;
}

function replicationJob(now: number, spec: ReplicationJobSpec): JobWire {
  const status = spec.status ?? 'completed';
  const completedAt = now - spec.endedAgo;
  const startedAt = completedAt - spec.durationSeconds * SECOND;
  return buildJob({
    job_id: replicationJobId(startedAt),
    job_type: 'replication',
    status,
    progress: status === 'completed' ? 100 : undefined,
    started_at: isoAt(startedAt),
    completed_at: isoAt(completedAt),
    display_name: displayNameFor('replication', status),
    data_source: 'replication_jobs',
    duration_seconds: spec.durationSeconds,
    bytes_transferred: spec.bytes,
    ...spec.overrides,
  });
}

interface TrackedJobSpec {
  vmName: string;
  jobType: 'test_failover' | 'live_failover' | 'rollback' | 'unknown';
  status: string;
  endedAgo: number;
  durationSeconds: number;
  overrides?: Partial<JobWire>;
}

/** A failover/rollback job from the job tracker. */
function trackedJob(now: number, spec: TrackedJobSpec): JobWire {
  const completedAt = now - spec.endedAgo;
  const startedAt = completedAt - spec.durationSeconds * SECOND;
  const finished = spec.status !== 'running' && spec.status !== 'pending';
  return buildJob({
    job_id: stableUuid(`${spec.vmName}/${spec.jobType}/${spec.endedAgo}`),
    external_job_id: externalJobId(spec.jobType, spec.vmName, startedAt),
    job_type: spec.jobType,
    status: spec.status,
    progress: spec.status === 'completed' ? 100 : 0,
    started_at: isoAt(startedAt),
    completed_at: finished ? isoAt(completedAt) : undefined,
    display_name: displayNameFor(spec.jobType, spec.status),
    data_source: 'job_tracking',
    duration_seconds: finished ? spec.durationSeconds : undefined,
    bytes_transferred: undefined,
    ...spec.overrides,
  });
}

/** The summary the backend persists when a tracked job finishes. */
function summaryOf(
  job: JobWire,
  extra: Partial<LastOperationWire> & { steps_completed: number; steps_total: number },
): LastOperationWire {
  const failed = job.status === 'failed';
  return buildLastOperation({
    job_id: job.job_id ?? undefined,
    operation_type: job.job_type ?? undefined,
    status: job.status ?? undefined,
    progress: job.progress ?? undefined,
    failed_step: failed ? (job.current_step ?? undefined) : undefined,
    failed_step_internal: undefined,
    error_message: job.error_message ?? undefined,
    error_category: job.error_category ?? undefined,
    error_severity: failed ? 'error' : undefined,
    actionable_steps: job.actionable_steps ?? [],
    timestamp: job.completed_at ?? undefined,
    duration_seconds: job.duration_seconds ?? undefined,
    technical_details: job.technical_details,
    ...extra,
  });
}

function group(name: string, priority: number): GroupMembershipWire {
  return {
    group_id: stableUuid(`group/${name}`),
    group_name: name,
    priority,
    schedule_name: 'Nightly incremental',
  };
}

function contextFor(
  definition: ScenarioDefinition,
  now: number,
  overrides: Partial<BackendVmContextWire>,
): BackendVmContextWire {
  return buildVmContext({
    context_id: definition.contextId,
    vm_name: definition.vmName,
    vmware_vm_id: definition.vmwareVmId,
    created_at: isoAt(now - 5 * DAY),
    updated_at: isoAt(now),
    last_status_change: isoAt(now - DAY),
    ...overrides,
  });
}

function storageFor(vmName: string, now: number, sizeGb: number) {
  return {
    disks: [
      buildVmDisk(vmName, {
        size_gb: sizeGb,
        capacity_bytes: sizeGb * 1024 ** 3,
        ossea_volume_id: stableUuid(`${vmName}/volume`),
      }),
    ],
    cbtHistory: [buildCbtRecord({ created_at: isoAt(now - 3 * HOUR) })],
  };
}

function seedPgtest1(now: number): ScenarioSeed {
  const definition = scenarios.pgtest1;
  const failedAt = now - 25 * SECOND;
  const startedAt = failedAt - EXAMPLE_FAILURE.durationSeconds * SECOND;
  const failure = buildJob({
    job_id: stableUuid('pgtest1/test_failover/failed'),
    external_job_id: externalJobId('test_failover', 'pgtest1', startedAt),
    job_type: 'test_failover',
    status: 'failed',
    progress: EXAMPLE_FAILURE.progress,
    started_at: isoAt(startedAt),
    completed_at: isoAt(failedAt),
    display_name: 'Test Failover',
    current_step: EXAMPLE_FAILURE.failedStep,
    error_message: EXAMPLE_FAILURE.errorMessage,
    error_category: EXAMPLE_FAILURE.errorCategory,
    actionable_steps: [...EXAMPLE_FAILURE.actionableSteps],
    data_source: 'job_tracking',
    duration_seconds: EXAMPLE_FAILURE.durationSeconds,
    bytes_transferred: undefined,
    technical_details: { ...EXAMPLE_FAILURE.technicalDetails },
  });
  const jobs = [
    failure,
    replicationJob(now, {
      endedAgo: 3 * HOUR,
      durationSeconds: 2494,
      bytes: EXAMPLE_REPLICATION_BYTES,
    }),
    // The brief's replication entry carries no started_at: consumers must cope.
    replicationJob(now, {
      endedAgo: DAY + 2 * HOUR,
      durationSeconds: 412,
      bytes: 3_328_599_654,
      overrides: { started_at: undefined },
    }),
  ];
  return {
    context: contextFor(definition, now, {
      current_status: 'ready_for_failover',
      total_jobs_run: 3,
      successful_jobs: 2,
      failed_jobs: 1,
      os_type: 'windows',
      last_job_at: isoAt(failedAt),
    }),
    lastOperation: summaryOf(failure, {
      failed_step_internal: EXAMPLE_FAILURE.failedStepInternal,
      steps_completed: EXAMPLE_FAILURE.stepsCompleted,
      steps_total: EXAMPLE_FAILURE.stepsTotal,
    }),
    jobs,
    running: [],
    groups: [group('Production Databases', 1)],
    ...storageFor('pgtest1', now, 102),
  };
}

function seedPgtest2(now: number): ScenarioSeed {
  const definition = scenarios.pgtest2;
  const failure = trackedJob(now, {
    vmName: 'pgtest2',
    jobType: 'live_failover',
    status: 'failed',
    endedAgo: 12 * MINUTE,
    durationSeconds: 142,
    overrides: {
      progress: 75,
      current_step: 'Configuring Network',
      error_message: 'Network configuration could not be applied to the new VM',
      error_category: 'network',
      actionable_steps: [
        'Check the network mappings for this VM',
        'Verify that the destination network exists in OSSEA',
        'Contact your administrator if the problem persists',
      ],
      technical_details: {
        tool: 'cloudstack-api',
        command: 'addNicToVirtualMachine',
        network_id: 'b3f1c2d4-0e9a-4c7b-8d6e-5a4f3b2c1d0e',
        error: 'Unable to find network by id b3f1c2d4-0e9a-4c7b-8d6e-5a4f3b2c1d0e',
      },
    },
  });
  return {
    context: contextFor(definition, now, {
      current_status: 'failed',
      total_jobs_run: 3,
      successful_jobs: 2,
      failed_jobs: 1,
      os_type: 'linux',
      last_job_at: failure.completed_at ?? undefined,
    }),
    lastOperation: summaryOf(failure, {
      failed_step_internal: 'network-reconfiguration',
      steps_completed: 4,
      steps_total: 6,
    }),
    jobs: [
      failure,
      replicationJob(now, { endedAgo: 2 * HOUR, durationSeconds: 318, bytes: 2_147_483_648 }),
      replicationJob(now, { endedAgo: 2 * DAY, durationSeconds: 1875, bytes: 19_864_223_744 }),
    ],
    running: [],
    groups: [group('Production Databases', 2)],
    ...storageFor('pgtest2', now, 64),
  };
}

function seedPgtest3(now: number): ScenarioSeed {
  const definition = scenarios.pgtest3;
  const failure = trackedJob(now, {
    vmName: 'pgtest3',
    jobType: 'rollback',
    status: 'failed',
    endedAgo: 45 * MINUTE,
    durationSeconds: 38,
    overrides: {
      progress: 40,
      current_step: 'Detaching Test Volumes',
      error_message: 'Storage volume could not be detached from the test VM',
      error_category: 'storage',
      actionable_steps: [
        'Wait a few minutes and retry the rollback',
        'Check that the test VM is powered off in OSSEA',
        'Contact your administrator if the volume stays attached',
      ],
      technical_details: {
        tool: 'cloudstack-api',
        command: 'detachVolume',
        volume_id: '7c2e9a1f-3b4d-4e5f-a6b7-c8d9e0f1a2b3',
        device: '/dev/vdc',
        error: 'Volume is in Attaching state; cannot detach',
      },
    },
  });
  const testFailover = trackedJob(now, {
    vmName: 'pgtest3',
    jobType: 'test_failover',
    status: 'completed',
    endedAgo: 2 * HOUR,
    durationSeconds: 212,
  });
  return {
    context: contextFor(definition, now, {
      current_status: 'cleanup_required',
      total_jobs_run: 4,
      successful_jobs: 3,
      failed_jobs: 1,
      os_type: 'linux',
      last_job_at: failure.completed_at ?? undefined,
    }),
    lastOperation: summaryOf(failure, {
      failed_step_internal: 'volume-detach',
      steps_completed: 2,
      steps_total: 5,
    }),
    jobs: [
      failure,
      testFailover,
      replicationJob(now, { endedAgo: 5 * HOUR, durationSeconds: 245, bytes: 1_288_490_189 }),
      replicationJob(now, { endedAgo: 3 * DAY, durationSeconds: 2210, bytes: 24_696_061_952 }),
    ],
    running: [],
    groups: [],
    ...storageFor('pgtest3', now, 80),
  };
}

function seedWebsrvOk(now: number): ScenarioSeed {
  const definition = scenarios['websrv-ok'];
  const rollback = trackedJob(now, {
    vmName: 'websrv-ok',
    jobType: 'rollback',
    status: 'completed',
    endedAgo: 2 * HOUR,
    durationSeconds: 64,
  });
  return {
    context: contextFor(definition, now, {
      current_status: 'ready_for_failover',
      total_jobs_run: 4,
      successful_jobs: 4,
      failed_jobs: 0,
      os_type: 'linux',
      last_job_at: isoAt(now - 30 * MINUTE),
    }),
    lastOperation: summaryOf(rollback, { steps_completed: 4, steps_total: 4 }),
    jobs: [
      replicationJob(now, { endedAgo: 30 * MINUTE, durationSeconds: 96, bytes: 536_870_912 }),
      rollback,
      trackedJob(now, {
        vmName: 'websrv-ok',
        jobType: 'test_failover',
        status: 'completed',
        endedAgo: 3 * HOUR,
        durationSeconds: 187,
      }),
      replicationJob(now, { endedAgo: DAY, durationSeconds: 1342, bytes: 12_884_901_888 }),
    ],
    running: [],
    groups: [group('Web Tier', 3)],
    ...storageFor('websrv-ok', now, 40),
  };
}

function seedAppsrvMixed(now: number): ScenarioSeed {
  const definition = scenarios['appsrv-mixed'];
  const vmName = 'appsrv-mixed';
  const failedRollback = trackedJob(now, {
    vmName,
    jobType: 'rollback',
    status: 'failed',
    endedAgo: 2 * HOUR,
    durationSeconds: 51,
    overrides: {
      progress: 25,
      current_step: 'Deleting Test VM',
      error_message: 'The cloud platform did not respond in time',
      error_category: 'platform',
      actionable_steps: [
        'Retry the rollback in a few minutes',
        'Check the OSSEA platform status with your administrator',
      ],
      technical_details: { tool: 'cloudstack-api', command: 'destroyVirtualMachine', http: 504 },
    },
  });
  // Deliberately not newest-first: the GUI must sort.
  const jobs = [
    replicationJob(now, { endedAgo: 6 * HOUR, durationSeconds: 402, bytes: 3_865_470_566 }),
    trackedJob(now, {
      vmName,
      jobType: 'live_failover',
      status: 'pending',
      endedAgo: MINUTE,
      durationSeconds: 0,
      overrides: { current_step: 'Waiting to Start' },
    }),
    trackedJob(now, {
      vmName,
      jobType: 'unknown',
      status: 'completed',
      endedAgo: 8 * HOUR,
      durationSeconds: 12,
    }),
    failedRollback,
    trackedJob(now, {
      vmName,
      jobType: 'test_failover',
      status: 'completed',
      endedAgo: 5 * HOUR,
      durationSeconds: 233,
    }),
    replicationJob(now, {
      endedAgo: 3 * HOUR,
      durationSeconds: 75,
      bytes: 402_653_184,
      status: 'cancelled',
      overrides: { progress: 18 },
    }),
    trackedJob(now, {
      vmName,
      jobType: 'rollback',
      status: 'completed',
      endedAgo: 4 * HOUR + 30 * MINUTE,
      durationSeconds: 58,
    }),
    trackedJob(now, {
      vmName,
      jobType: 'test_failover',
      status: 'cancelled',
      endedAgo: 7 * HOUR,
      durationSeconds: 41,
      overrides: { progress: 20 },
    }),
  ];
  return {
    context: contextFor(definition, now, {
      current_status: 'cleanup_required',
      total_jobs_run: 8,
      successful_jobs: 4,
      failed_jobs: 1,
      os_type: 'windows',
      last_job_at: isoAt(now - MINUTE),
    }),
    lastOperation: summaryOf(failedRollback, {
      failed_step_internal: 'test-vm-deletion',
      steps_completed: 1,
      steps_total: 4,
    }),
    jobs,
    running: [],
    groups: [group('Application Servers', 2), group('Quarterly DR Test', 5)],
    ...storageFor(vmName, now, 120),
  };
}

/** How long ago the running replication of dbsrv-running started. */
const RUNNING_REPLICATION_AGE = 12 * MINUTE;
/** Its progress when the state is created or reset. */
export const RUNNING_REPLICATION_INITIAL_PROGRESS = 35;
/** Its size when complete. */
export const RUNNING_REPLICATION_TOTAL_BYTES = 8_589_934_592;

function seedDbsrvRunning(now: number): ScenarioSeed {
  const definition = scenarios['dbsrv-running'];
  const vmName = 'dbsrv-running';
  const startedAt = now - RUNNING_REPLICATION_AGE;
  const running = buildJob({
    job_id: replicationJobId(startedAt),
    job_type: 'replication',
    status: 'running',
    progress: RUNNING_REPLICATION_INITIAL_PROGRESS,
    started_at: isoAt(startedAt),
    completed_at: undefined,
    display_name: displayNameFor('replication', 'running'),
    current_step: 'Copying disk data',
    data_source: 'replication_jobs',
    duration_seconds: undefined,
    bytes_transferred: Math.round(
      (RUNNING_REPLICATION_TOTAL_BYTES * RUNNING_REPLICATION_INITIAL_PROGRESS) / 100,
    ),
  });
  const rollback = trackedJob(now, {
    vmName,
    jobType: 'rollback',
    status: 'completed',
    endedAgo: 2 * DAY,
    durationSeconds: 71,
  });
  return {
    context: contextFor(definition, now, {
      current_status: 'replicating',
      current_job_id: running.job_id ?? null,
      total_jobs_run: 5,
      successful_jobs: 4,
      failed_jobs: 0,
      os_type: 'linux',
      last_job_at: isoAt(startedAt),
    }),
    lastOperation: summaryOf(rollback, { steps_completed: 4, steps_total: 4 }),
    jobs: [
      running,
      replicationJob(now, { endedAgo: DAY, durationSeconds: 655, bytes: 6_979_321_856 }),
      rollback,
      trackedJob(now, {
        vmName,
        jobType: 'test_failover',
        status: 'completed',
        endedAgo: 2 * DAY + HOUR,
        durationSeconds: 301,
      }),
      replicationJob(now, { endedAgo: 3 * DAY, durationSeconds: 3120, bytes: 53_687_091_200 }),
    ],
    running: [
      {
        jobId: running.job_id ?? '',
        initialProgress: RUNNING_REPLICATION_INITIAL_PROGRESS,
        steps: REPLICATION_STEPS,
        totalBytes: RUNNING_REPLICATION_TOTAL_BYTES,
      },
    ],
    groups: [group('Production Databases', 1)],
    ...storageFor(vmName, now, 200),
  };
}

function seedNewvmEmpty(now: number): ScenarioSeed {
  const definition = scenarios['newvm-empty'];
  return {
    context: contextFor(definition, now, {
      current_status: 'discovered',
      total_jobs_run: 0,
      successful_jobs: 0,
      failed_jobs: 0,
      os_type: 'linux',
      power_state: 'poweredOff',
      last_job_at: undefined,
      created_at: isoAt(now - 10 * MINUTE),
      last_status_change: isoAt(now - 10 * MINUTE),
    }),
    lastOperation: null,
    jobs: [],
    running: [],
    groups: [],
    disks: [buildVmDisk('newvm-empty', { sync_status: 'pending', ossea_volume_id: '' })],
    cbtHistory: [],
  };
}

/** The leaked texts of leaky-vm, for tests that assert none of them is displayed. */
export const LEAKY_TEXTS = {
  errorMessage: 'virt-v2v-in-place failed: cannot open /dev/vdc: VirtIO driver error',
  secondErrorMessage: 'VirtIO driver error at /dev/vdc (virtio_blk timeout)',
  internalSteps: ['virtio-driver-injection', 'nbdkit_connect'],
  pathStep: 'Check /var/lib/migratekit/logs/leaky-vm-replication.log for details',
} as const;

function seedLeakyVm(now: number): ScenarioSeed {
  const definition = scenarios['leaky-vm'];
  const vmName = 'leaky-vm';
  const technicalDetails = {
    tool: 'virt-v2v-in-place',
    device: '/dev/vdc',
    exit_code: 1,
    stderr: 'nbdkit: vddk[1]: error: VixDiskLib_Open: Cannot open /dev/vdc',
  };
  const leakedReplication = buildJob({
    job_id: replicationJobId(now - 20 * MINUTE),
    job_type: 'replication',
    status: 'failed',
    progress: 140,
    started_at: ZERO_TIMESTAMP,
    completed_at: isoAt(now - 5 * MINUTE),
    display_name: 'Replication Failed',
    current_step: 'nbdkit_connect',
    error_message: LEAKY_TEXTS.errorMessage,
    error_category: 'disk_io',
    actionable_steps: [LEAKY_TEXTS.pathStep, 'Retry the replication'],
    data_source: 'replication_jobs',
    duration_seconds: -3,
    bytes_transferred: undefined,
    technical_details: technicalDetails,
  });
  const strangeJob = buildJob({
    job_id: stableUuid('leaky-vm/strange'),
    external_job_id: externalJobId('test_failover', vmName, now - HOUR),
    job_type: 'test_failover',
    status: 'exploded',
    progress: -5,
    started_at: isoAt(now - HOUR),
    completed_at: 'not a timestamp',
    display_name: 'Test Failover',
    current_step: 'virtio-driver-injection',
    error_message: LEAKY_TEXTS.secondErrorMessage,
    error_category: 'kernel',
    actionable_steps: ['', 'Run virt-v2v-in-place --debug against /dev/vdc'],
    data_source: 'legacy_table',
    duration_seconds: undefined,
    bytes_transferred: undefined,
  });
  return {
    context: contextFor(definition, now, {
      current_status: 'exploding',
      total_jobs_run: 2,
      successful_jobs: 0,
      failed_jobs: 2,
      os_type: 'windows',
      power_state: 'poweredOn',
      last_job_at: ZERO_TIMESTAMP,
    }),
    lastOperation: buildLastOperation({
      job_id: leakedReplication.job_id ?? undefined,
      operation_type: 'replication',
      status: 'failed',
      progress: 140,
      failed_step: 'virtio-driver-injection',
      failed_step_internal: 'virtio-driver-injection',
      error_message: LEAKY_TEXTS.errorMessage,
      error_category: 'disk_io',
      error_severity: 'fatal',
      actionable_steps: [LEAKY_TEXTS.pathStep, 'Retry the replication'],
      timestamp: ZERO_TIMESTAMP,
      duration_seconds: -3,
      steps_completed: 7,
      steps_total: 5,
      technical_details: technicalDetails,
    }),
    // Oldest first, with the zero-timestamp job in between.
    jobs: [strangeJob, leakedReplication],
    running: [],
    groups: [],
    ...storageFor(vmName, now, 60),
  };
}

const seeders: Record<ScenarioName, (now: number) => ScenarioSeed> = {
  pgtest1: seedPgtest1,
  pgtest2: seedPgtest2,
  pgtest3: seedPgtest3,
  'websrv-ok': seedWebsrvOk,
  'appsrv-mixed': seedAppsrvMixed,
  'dbsrv-running': seedDbsrvRunning,
  'newvm-empty': seedNewvmEmpty,
  'leaky-vm': seedLeakyVm,
  ...realBackendSeeders,
};

/** The initial data of a scenario's VM, with timestamps relative to `now` (ms). */
export function buildScenarioSeed(name: ScenarioName, now: number): ScenarioSeed {
  return seeders[name](now);
}

/** True when `value` names a scenario. */
export function isScenarioName(value: unknown): value is ScenarioName {
  return typeof value === 'string' && (SCENARIO_NAMES as readonly string[]).includes(value);
}
