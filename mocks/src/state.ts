import type { JobWire, LastOperationWire, LiveFailoverRequest } from '@migratekit/oma-api';
import { type Fault, isFaultKind, MAX_SLOW_DELAY_MS, type RouteName } from './faults';
import {
  buildLastOperation,
  buildLiveFailoverFailure,
  buildLiveFailoverSuccess,
  EXAMPLE_FAILURE,
} from './fixtures/builders';
import { externalJobId, randomUuid } from './fixtures/ids';
import { isoAt, SECOND } from './fixtures/time';
import type {
  BackendRecentJobsResponseWire,
  BackendVmContextResponseWire,
  BackendVmContextWire,
  BackendVmListResponseWire,
  CbtHistoryWire,
  GroupMembershipWire,
  LiveFailoverResultWire,
  ReplicationJobRecordWire,
  VmDiskWire,
} from './fixtures/wire';
import {
  buildScenarioSeed,
  displayNameFor,
  LIVE_FAILOVER_STEPS,
  type ProgressStep,
  type RawStatusStep,
  SCENARIO_NAMES,
} from './scenarios';

export interface MockOmaStateOptions {
  /** The clock, in ms since the epoch (default `Date.now`, so Jest's fake timers apply). */
  now?: () => number;
  /** How much faster than real time running operations advance (default 1). */
  speed?: number;
  /** How long a live failover runs at speed 1, in ms (default 30 s). */
  liveFailoverDurationMs?: number;
  /** How long dbsrv-running's replication takes to go from its initial progress to 100 % at speed 1, in ms (default 90 s). */
  replicationDurationMs?: number;
}

/** One request the mock API received. */
export interface RequestLogEntry {
  method: string;
  /** The path and query as sent, still percent-encoded. */
  path: string;
  /** The API route it matched, or null for an unknown route. */
  route: RouteName | null;
  /** When it arrived, on the state's clock (ms). */
  time: number;
}

/** An HTTP status with the body to send. */
export interface LiveFailoverOutcome {
  status: number;
  body: LiveFailoverResultWire;
}

export interface MockOmaState {
  /** The state's clock (ms). */
  now(): number;
  /** The speed factor running operations advance with. */
  readonly speed: number;
  /** `GET /vm-contexts`. */
  listVmContexts(): BackendVmListResponseWire;
  /** `GET /vm-contexts/{vm_name}`, or null for an unknown VM. */
  getVmContext(vmName: string): BackendVmContextResponseWire | null;
  /** `GET /vm-contexts/{context_id}/recent-jobs`, or null for an unknown context. */
  getRecentJobs(contextId: string): BackendRecentJobsResponseWire | null;
  /** `POST /failover/live`: starts a live failover that runs for `liveFailoverDurationMs / speed`. */
  startLiveFailover(request: LiveFailoverRequest): LiveFailoverOutcome;
  /**
   * Records a new failed operation for a VM (a new job, and the VM's summary): by default a
   * failed test failover like pgtest1's. Returns its job id, or null for an unknown VM.
   */
  recordFailure(vmName: string, summary?: Partial<LastOperationWire>): { jobId: string } | null;
  /** Replaces a VM's summary (null removes it). Returns false for an unknown VM. */
  setLastOperation(vmName: string, lastOperation: LastOperationWire | null): boolean;
  /** Makes a route misbehave until cleared (or for `fault.times` requests). */
  setFault(route: RouteName, fault: Fault): void;
  /** Clears one route's fault, or all of them. */
  clearFaults(route?: RouteName): void;
  /** The faults in effect. */
  getFaults(): Partial<Record<RouteName, Fault>>;
  /** The fault for this request to a route, if any; counts it against `times`. */
  takeFault(route: RouteName): Fault | null;
  /** Adds a request to the log. */
  recordRequest(entry: Omit<RequestLogEntry, 'time'>): void;
  /** The requests received since the last reset or clear, oldest first. */
  getRequests(filter?: { route?: RouteName | null; method?: string }): RequestLogEntry[];
  clearRequests(): void;
  /** Restores every scenario with timestamps relative to now, and clears faults and the log. */
  reset(): void;
}

/** The unified list holds at most this many jobs. */
export const MAX_RECENT_JOBS = 20;
/** The request log keeps at most this many entries (oldest dropped). */
export const MAX_LOGGED_REQUESTS = 1_000;

const DEFAULT_LIVE_FAILOVER_DURATION_MS = 30_000;
const DEFAULT_REPLICATION_DURATION_MS = 90_000;

interface RunningOperation {
  jobId: string;
  kind: 'replication' | 'live_failover';
  /** When progress tracking began (state clock). */
  trackingStart: number;
  initialProgress: number;
  /** Real ms from `initialProgress` to 100 %, speed already applied. */
  durationMs: number;
  steps: readonly ProgressStep[];
  statuses?: readonly RawStatusStep[];
  totalBytes?: number;
}

interface VmRecord {
  context: BackendVmContextWire;
  lastOperation: LastOperationWire | null;
  jobs: JobWire[];
  running: RunningOperation[];
  groups: GroupMembershipWire[];
  disks: VmDiskWire[] | null;
  cbtHistory: CbtHistoryWire[];
  nilEmptyLists: boolean;
}

function positive(name: string, value: number): number {
  if (!Number.isFinite(value) || value <= 0) {
    throw new RangeError(`${name} must be a positive number, got ${value}`);
  }
  return value;
}

/** A copy that is plain JSON (no shared references, no undefined values). */
function jsonCopy<T>(value: T): T {
  return JSON.parse(JSON.stringify(value)) as T;
}

function asNumber(value: unknown): number {
  const n = typeof value === 'string' ? Number(value) : value;
  return typeof n === 'number' && Number.isFinite(n) ? n : 0;
}

function timeOf(iso: string | null | undefined): number | null {
  if (!iso) return null;
  const ms = Date.parse(iso);
  return Number.isFinite(ms) ? ms : null;
}

function jobTime(job: JobWire): number {
  return timeOf(job.started_at) ?? timeOf(job.completed_at) ?? Number.NEGATIVE_INFINITY;
}

function statusAt(statuses: readonly RawStatusStep[], progress: number): string | undefined {
  let status: string | undefined;
  for (const step of statuses) if (progress >= step.fromProgress) status = step.status;
  return status;
}

function stepAt(steps: readonly ProgressStep[], progress: number): string | undefined {
  let label: string | undefined;
  for (const step of steps) if (progress >= step.fromProgress) label = step.label;
  return label;
}

function toReplicationRecord(
  job: JobWire,
  context: BackendVmContextWire,
  replicationType: ReplicationJobRecordWire['replication_type'],
  totalBytes: number | undefined,
): ReplicationJobRecordWire {
  const bytes = asNumber(job.bytes_transferred);
  const duration = asNumber(job.duration_seconds);
  const created = job.started_at ?? job.completed_at ?? isoAt(0);
  return {
    id: job.job_id ?? '',
    source_vm_id: context.vmware_vm_id ?? '',
    source_vm_name: context.vm_name,
    source_vm_path: context.vm_path ?? '',
    replication_type: replicationType,
    status: job.status === 'running' ? 'replicating' : (job.status ?? 'unknown'),
    progress_percent: asNumber(job.progress),
    current_operation: job.current_step ?? (job.status === 'completed' ? 'Completed' : ''),
    bytes_transferred: bytes,
    total_bytes: totalBytes ?? bytes,
    transfer_speed_bps: duration > 0 ? Math.round(bytes / duration) : 0,
    nbd_export_name: `migration-vol-${context.vm_name}-disk0`,
    created_at: created,
    ...(job.started_at ? { started_at: job.started_at } : {}),
    ...(job.completed_at ? { completed_at: job.completed_at } : {}),
  };
}

/** In-memory OMA backend: the scenarios' VMs, running operations, faults and a request log. */
export function createMockOmaState(options: MockOmaStateOptions = {}): MockOmaState {
  const now = options.now ?? (() => Date.now());
  const speed = positive('speed', options.speed ?? 1);
  const liveFailoverDurationMs = positive(
    'liveFailoverDurationMs',
    options.liveFailoverDurationMs ?? DEFAULT_LIVE_FAILOVER_DURATION_MS,
  );
  const replicationDurationMs = positive(
    'replicationDurationMs',
    options.replicationDurationMs ?? DEFAULT_REPLICATION_DURATION_MS,
  );

  const vms = new Map<string, VmRecord>();
  const faults = new Map<RouteName, Fault>();
  let requests: RequestLogEntry[] = [];

  function seedAll(): void {
    vms.clear();
    const base = now();
    for (const name of SCENARIO_NAMES) {
      const seed = buildScenarioSeed(name, base);
      vms.set(seed.context.vm_name, {
        context: seed.context,
        lastOperation: seed.lastOperation,
        jobs: seed.jobs,
        groups: seed.groups,
        disks: seed.disks,
        cbtHistory: seed.cbtHistory,
        nilEmptyLists: seed.nilEmptyLists ?? false,
        running: seed.running.map((running) => ({
          jobId: running.jobId,
          kind: 'replication',
          trackingStart: base,
          initialProgress: running.initialProgress,
          durationMs: replicationDurationMs / speed,
          steps: running.steps,
          statuses: running.statuses,
          totalBytes: running.totalBytes,
        })),
      });
    }
  }

  function findByContextId(contextId: string): VmRecord | undefined {
    for (const vm of vms.values()) if (vm.context.context_id === contextId) return vm;
    return undefined;
  }

  function touch(vm: VmRecord, at: number): void {
    vm.context.updated_at = isoAt(at);
  }

  function addJob(vm: VmRecord, job: JobWire): void {
    vm.jobs.unshift(job);
    while (vm.jobs.length > MAX_RECENT_JOBS) {
      let oldest = 0;
      vm.jobs.forEach((candidate, index) => {
        const oldestJob = vm.jobs[oldest];
        if (oldestJob && jobTime(candidate) < jobTime(oldestJob)) oldest = index;
      });
      vm.jobs.splice(oldest, 1);
    }
  }

  function complete(vm: VmRecord, operation: RunningOperation, job: JobWire): void {
    const completedAt = operation.trackingStart + operation.durationMs;
    const startedAt = timeOf(job.started_at) ?? operation.trackingStart;
    job.status = 'completed';
    job.progress = 100;
    job.completed_at = isoAt(completedAt);
    job.duration_seconds = Math.round((completedAt - startedAt) / SECOND);
    job.display_name = displayNameFor(operation.kind, 'completed');
    delete job.current_step;
    if (operation.totalBytes !== undefined) job.bytes_transferred = operation.totalBytes;

    const context = vm.context;
    context.current_job_id = null;
    context.successful_jobs = asNumber(context.successful_jobs) + 1;
    context.last_job_at = isoAt(completedAt);
    touch(vm, completedAt);
    if (operation.kind === 'replication') {
      context.current_status = 'ready_for_failover';
      return;
    }
    // A live failover cuts the source VM over for good.
    context.current_status = 'failed_over_live';
    context.power_state = 'poweredOff';
    vm.lastOperation = buildLastOperation({
      job_id: job.job_id ?? undefined,
      operation_type: 'live_failover',
      status: 'completed',
      progress: 100,
      failed_step: undefined,
      failed_step_internal: undefined,
      error_message: undefined,
      error_category: undefined,
      error_severity: undefined,
      actionable_steps: [],
      timestamp: isoAt(completedAt),
      duration_seconds: job.duration_seconds,
      steps_completed: LIVE_FAILOVER_STEPS.length,
      steps_total: LIVE_FAILOVER_STEPS.length,
      technical_details: undefined,
    });
  }

  /** Brings running operations up to the clock; finished ones complete exactly once. */
  function advance(): void {
    const at = now();
    for (const vm of vms.values()) {
      vm.running = vm.running.filter((operation) => {
        const job = vm.jobs.find((candidate) => candidate.job_id === operation.jobId);
        if (!job) return false;
        const fraction = Math.min(
          1,
          Math.max(0, (at - operation.trackingStart) / operation.durationMs),
        );
        if (fraction >= 1) {
          complete(vm, operation, job);
          return false;
        }
        const progress = operation.initialProgress + (100 - operation.initialProgress) * fraction;
        // Floor so a job never shows 100 % while still running.
        job.progress = Math.floor(progress * 10) / 10;
        const step = stepAt(operation.steps, progress);
        if (step) job.current_step = step;
        const status = operation.statuses && statusAt(operation.statuses, progress);
        if (status) job.status = status;
        if (operation.totalBytes !== undefined) {
          job.bytes_transferred = Math.round((operation.totalBytes * progress) / 100);
        }
        return true;
      });
    }
  }

  function startLiveFailover(request: LiveFailoverRequest): LiveFailoverOutcome {
    advance();
    const vm = vms.get(request.vm_name);
    if (
      !vm ||
      vm.context.vmware_vm_id !== request.vm_id ||
      vm.context.current_status === 'discovered'
    ) {
      return { status: 400, body: buildLiveFailoverFailure() };
    }
    if (vm.running.some((operation) => operation.kind === 'live_failover')) {
      return {
        status: 409,
        body: buildLiveFailoverFailure(
          'A live failover is already running for this VM',
          'FAILOVER_IN_PROGRESS',
        ),
      };
    }
    if (vm.context.current_status === 'failed_over_live') {
      return {
        status: 409,
        body: buildLiveFailoverFailure(
          'This VM has already been failed over',
          'ALREADY_FAILED_OVER',
        ),
      };
    }
    const at = now();
    const jobId = randomUuid();
    addJob(vm, {
      job_id: jobId,
      external_job_id: externalJobId('live_failover', vm.context.vm_name, at),
      job_type: 'live_failover',
      status: 'running',
      progress: 0,
      started_at: isoAt(at),
      display_name: displayNameFor('live_failover', 'running'),
      current_step: stepAt(LIVE_FAILOVER_STEPS, 0),
      data_source: 'job_tracking',
    });
    vm.running.push({
      jobId,
      kind: 'live_failover',
      trackingStart: at,
      initialProgress: 0,
      durationMs: liveFailoverDurationMs / speed,
      steps: LIVE_FAILOVER_STEPS,
    });
    vm.context.current_job_id = jobId;
    vm.context.total_jobs_run = asNumber(vm.context.total_jobs_run) + 1;
    vm.context.last_job_at = isoAt(at);
    touch(vm, at);
    return { status: 200, body: buildLiveFailoverSuccess(jobId) };
  }

  function recordFailure(
    vmName: string,
    summary: Partial<LastOperationWire> = {},
  ): { jobId: string } | null {
    advance();
    const vm = vms.get(vmName);
    if (!vm) return null;
    const at = now();
    const jobId = randomUuid();
    const lastOperation = buildLastOperation({
      ...summary,
      job_id: jobId,
      status: 'failed',
      timestamp: isoAt(at),
    });
    const operationType = lastOperation.operation_type ?? 'test_failover';
    const durationSeconds =
      asNumber(lastOperation.duration_seconds) || EXAMPLE_FAILURE.durationSeconds;
    const startedAt = at - durationSeconds * SECOND;
    addJob(vm, {
      job_id: jobId,
      ...(operationType === 'replication'
        ? {}
        : { external_job_id: externalJobId(operationType, vmName, startedAt) }),
      job_type: operationType,
      status: 'failed',
      progress: lastOperation.progress,
      started_at: isoAt(startedAt),
      completed_at: isoAt(at),
      display_name: displayNameFor(operationType, 'failed'),
      current_step: lastOperation.failed_step,
      error_message: lastOperation.error_message,
      error_category: lastOperation.error_category,
      actionable_steps: lastOperation.actionable_steps,
      data_source: operationType === 'replication' ? 'replication_jobs' : 'job_tracking',
      duration_seconds: durationSeconds,
      technical_details: lastOperation.technical_details,
    });
    vm.lastOperation = lastOperation;
    vm.context.failed_jobs = asNumber(vm.context.failed_jobs) + 1;
    vm.context.total_jobs_run = asNumber(vm.context.total_jobs_run) + 1;
    vm.context.last_job_at = isoAt(at);
    touch(vm, at);
    return { jobId };
  }

  function getVmContext(vmName: string): BackendVmContextResponseWire | null {
    advance();
    const vm = vms.get(vmName);
    if (!vm) return null;
    const runningReplication = vm.running.find((operation) => operation.kind === 'replication');
    const replications = vm.jobs
      .filter((job) => job.job_type === 'replication')
      .sort((a, b) => jobTime(b) - jobTime(a));
    const toRecord = (job: JobWire, index: number) =>
      toReplicationRecord(
        job,
        vm.context,
        index === replications.length - 1 ? 'initial' : 'incremental',
        job.job_id === runningReplication?.jobId ? runningReplication?.totalBytes : undefined,
      );
    const records = replications.map(toRecord);
    const currentJob = records.find((record) => record.id === runningReplication?.jobId);
    const history = records.filter((record) => record !== currentJob);
    const body: BackendVmContextResponseWire = {
      context: {
        ...vm.context,
        last_operation_summary: vm.lastOperation ? JSON.stringify(vm.lastOperation) : undefined,
      },
      ...(currentJob ? { current_job: currentJob } : {}),
      job_history: history.length === 0 && vm.nilEmptyLists ? null : history,
      disks: vm.disks,
      cbt_history: vm.cbtHistory,
      ...(vm.lastOperation ? { last_operation: vm.lastOperation } : {}),
    };
    return jsonCopy(body);
  }

  const state: MockOmaState = {
    now,
    speed,
    listVmContexts() {
      advance();
      const entries = [...vms.values()].map((vm) => ({
        ...vm.context,
        last_operation_summary: vm.lastOperation ? JSON.stringify(vm.lastOperation) : undefined,
        groups: vm.groups,
        group_count: vm.groups.length,
      }));
      return jsonCopy({ vm_contexts: entries, count: entries.length });
    },
    getVmContext,
    getRecentJobs(contextId) {
      advance();
      const vm = findByContextId(contextId);
      if (!vm) return null;
      const jobs = vm.jobs.slice(0, MAX_RECENT_JOBS);
      return jsonCopy({
        context_id: vm.context.context_id,
        count: jobs.length,
        jobs: jobs.length === 0 && vm.nilEmptyLists ? null : jobs,
      });
    },
    startLiveFailover,
    recordFailure,
    setLastOperation(vmName, lastOperation) {
      advance();
      const vm = vms.get(vmName);
      if (!vm) return false;
      vm.lastOperation = lastOperation ? jsonCopy(lastOperation) : null;
      touch(vm, now());
      return true;
    },
    setFault(route, fault) {
      if (!isFaultKind(fault.kind)) throw new RangeError(`Unknown fault kind: ${fault.kind}`);
      if (fault.times !== undefined && !(Number.isInteger(fault.times) && fault.times > 0)) {
        throw new RangeError(`times must be a positive integer, got ${fault.times}`);
      }
      if (
        fault.delayMs !== undefined &&
        !(fault.delayMs >= 0 && fault.delayMs <= MAX_SLOW_DELAY_MS)
      ) {
        throw new RangeError(
          `delayMs must be between 0 and ${MAX_SLOW_DELAY_MS}, got ${fault.delayMs}`,
        );
      }
      faults.set(route, { ...fault });
    },
    clearFaults(route) {
      if (route) faults.delete(route);
      else faults.clear();
    },
    getFaults() {
      return Object.fromEntries([...faults].map(([route, fault]) => [route, { ...fault }]));
    },
    takeFault(route) {
      const fault = faults.get(route);
      if (!fault) return null;
      if (fault.times !== undefined) {
        if (fault.times <= 1) faults.delete(route);
        else faults.set(route, { ...fault, times: fault.times - 1 });
      }
      return { ...fault };
    },
    recordRequest(entry) {
      requests.push({ ...entry, time: now() });
      if (requests.length > MAX_LOGGED_REQUESTS) requests = requests.slice(-MAX_LOGGED_REQUESTS);
    },
    getRequests(filter = {}) {
      return requests
        .filter((entry) => filter.route === undefined || entry.route === filter.route)
        .filter(
          (entry) => filter.method === undefined || entry.method === filter.method.toUpperCase(),
        )
        .map((entry) => ({ ...entry }));
    },
    clearRequests() {
      requests = [];
    },
    reset() {
      seedAll();
      faults.clear();
      requests = [];
    },
  };
  state.reset();
  return state;
}
