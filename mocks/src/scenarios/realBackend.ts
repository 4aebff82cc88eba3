import type { JobWire, LastOperationWire } from '@migratekit/oma-api';
import { buildCbtRecord, buildJob, buildVmContext, buildVmDisk } from '../fixtures/builders';
import { replicationJobId, stableUuid } from '../fixtures/ids';
import { DAY, HOUR, MINUTE, SECOND } from '../fixtures/time';
import type { BackendVmContextWire } from '../fixtures/wire';
import {
  defineScenario,
  type ProgressStep,
  type RawStatusStep,
  type RunningJobSeed,
  type Scenario,
  type ScenarioMeta,
  type ScenarioSeed,
  type ScenarioSpec,
} from './defineScenario';

/*
 * The pieces of the real-* VMs, whose bodies have the shapes the real OMA backend sends (read
 * from its handler, job tracker and repository), beside the brief's idealised examples:
 * "jobs": null, raw replication statuses and errors, rollbacks labelled as failovers, Go's zero
 * time, nanosecond timestamps in the server's offset, Title-Case fallbacks of unmapped step ids,
 * a summary that records a failed rollback as completed, and `disks: null`.
 */

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

/** The raw texts of these VMs an operator must never read, for the tests. */
export const REAL_BACKEND_RAW_TEXTS = {
  snaPollingError:
    'SNA polling failed: SNA progress API error (status 404) for job job-20251004-081500: job not found',
  stallError: 'Job stalled - no telemetry for 15m0s (SBC may have crashed)',
  unmappedStep: 'Legacy Cloudstack Snapshot Rollback',
  unmappedStepId: 'legacy-cloudstack-snapshot-rollback',
  zeroTimeDuration: 9_223_372_036,
  /** Every raw status of these VMs: real-replicating's phases, and real-stalled's failure. */
  rawStatuses: [...REAL_REPLICATION_STATUSES.map(({ status }) => status), 'replication_failed'],
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

/** Its raw current operation, which the poller only sets once data flows. */
export const REAL_REPLICATION_OPERATIONS: readonly ProgressStep[] = [
  { fromProgress: 45, label: 'Copying VM data' },
];

/** The sanitizer's generic advice for a step it has no rule for. */
export const GENERIC_ACTIONABLE_STEPS = [
  'Review operation details for more information',
  'Try operation again',
  'Contact administrator if issue persists',
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
export const SERVER_OFFSET = 120;

/** The job tracker's external ids: `unified-…` for a failover, `rollback-…` for a rollback. */
export function trackerId(
  kind: 'unified' | 'rollback',
  type: 'test' | 'live',
  vm: string,
  ms: number,
): string {
  return `${kind}-${type}-failover-${vm}-${Math.floor(ms / SECOND)}`;
}

/** A time as the server writes it: Go's format in the server's zone. */
export function serverTime(ms: number, nanos = 0): string {
  return goTime(ms, SERVER_OFFSET, nanos);
}

/** The meta of a real-* VM: its context id carries `contextStamp`, its VMware id is derived. */
export function realBackendMeta<const Name extends string>(
  vmName: Name,
  title: string,
  description: string,
  contextStamp: string,
): ScenarioSpec<Name>['meta'] {
  return {
    vmName,
    title,
    description,
    contextId: `ctx-${vmName}-${contextStamp}`,
    vmwareVmId: stableUuid(`${vmName}/vmware`),
  };
}

/** What sets one real-* VM apart; `realBackendSeed` fills in the rest. */
export interface RealBackendVm {
  /** Fields of the context beyond its ids and default dates. */
  context: Partial<BackendVmContextWire>;
  lastOperation: LastOperationWire | null;
  jobs: JobWire[];
  running?: RunningJobSeed[];
  /**
   * `none` for a VM never replicated: the repository never loads its disks and Go sends nil
   * slices (`"disks": null`, `"jobs": null`).
   */
  storage?: 'none';
}

/** The seed of a real-* VM: its context in Go's time format, its disk and CBT record. */
export function realBackendSeed(meta: ScenarioMeta, now: number, vm: RealBackendVm): ScenarioSeed {
  const context = buildVmContext({
    context_id: meta.contextId,
    vm_name: meta.vmName,
    vmware_vm_id: meta.vmwareVmId,
    // The repository's times come back with nanoseconds in the server's offset.
    created_at: goTime(now - 3 * DAY, SERVER_OFFSET, 412_337_001),
    updated_at: goTime(now - MINUTE, SERVER_OFFSET, 5_000),
    last_status_change: goTime(now - HOUR, SERVER_OFFSET),
    ...vm.context,
  });
  const seed = {
    context,
    lastOperation: vm.lastOperation,
    jobs: vm.jobs,
    running: vm.running ?? [],
    groups: [],
  };
  if (vm.storage === 'none') {
    return { ...seed, disks: null, cbtHistory: [], nilEmptyLists: true };
  }
  return {
    ...seed,
    disks: [buildVmDisk(meta.vmName, { ossea_volume_id: stableUuid(`${meta.vmName}/volume`) })],
    cbtHistory: [buildCbtRecord({ created_at: goTime(now - 4 * HOUR, SERVER_OFFSET, 1) })],
  };
}

/** A replication_jobs row as the handler lists it: raw status, raw operation, raw error. */
export function replicationRow(
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
export function trackedRow(
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

/** A replication the handler lists as completed, with the step the poller last set. */
export function completedReplicationRow(
  now: number,
  spec: {
    createdAgo: number;
    durationSeconds: number;
    bytes: number;
    overrides?: Partial<JobWire>;
  },
): JobWire {
  return replicationRow(now, {
    createdAgo: spec.createdAgo,
    durationSeconds: spec.durationSeconds,
    status: 'completed',
    displayName: 'Replication Completed',
    progress: 100,
    bytes: spec.bytes,
    overrides: { current_step: 'Completed', ...spec.overrides },
  });
}

/** A test failover the tracker records as completed, ended in its last step. */
export function completedTestFailoverRow(
  now: number,
  vm: string,
  startedAgo: number,
  durationSeconds: number,
): JobWire {
  return trackedRow(now, {
    vm,
    startedAgo,
    durationSeconds,
    jobType: 'test_failover',
    displayName: 'Test Failover',
    externalJobId: trackerId('unified', 'test', vm, now - startedAgo),
    status: 'completed',
    progress: 100,
    overrides: { current_step: 'Finalizing VM State' },
  });
}

/** What a real-* scenario file declares: its meta's parts and what sets its VM apart. */
export interface RealBackendScenarioSpec<Name extends string> {
  vmName: Name;
  title: string;
  description: string;
  /** The stamp in its context id (`ctx-<vm>-<stamp>`). */
  contextStamp: string;
  /** What sets its VM apart, with timestamps relative to `now` (ms). */
  seed(now: number, vmName: Name): RealBackendVm;
}

/** A real-* scenario: its meta from `realBackendMeta`, its seed from `realBackendSeed`. */
export function defineRealBackendScenario<const Name extends string>(
  spec: RealBackendScenarioSpec<Name>,
): Scenario<Name> {
  return defineScenario({
    meta: realBackendMeta(spec.vmName, spec.title, spec.description, spec.contextStamp),
    seed: (now, meta) => realBackendSeed(meta, now, spec.seed(now, meta.vmName)),
  });
}
