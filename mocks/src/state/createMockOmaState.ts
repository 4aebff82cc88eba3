import type { LastOperationWire, LiveFailoverRequest } from '@migratekit/oma-api';
import type { Fault, RouteName } from '../faults';
import type {
  BackendRecentJobsResponseWire,
  BackendVmContextResponseWire,
  BackendVmListResponseWire,
} from '../fixtures/wire';
import { recentJobsBody, vmContextBody, vmListBody } from './bodies';
import { createFaultTable } from './faultTable';
import type { LiveFailoverOutcome } from './operations';
import * as operations from './operations';
import { createRequestLog, type RequestLogEntry, type RequestLogFilter } from './requestLog';
import { advanceRunningJobs } from './runningJobs';
import { createVmStore, touch } from './vmStore';
import { jsonCopy } from './wireValues';

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
  getRequests(filter?: RequestLogFilter): RequestLogEntry[];
  clearRequests(): void;
  /** Restores every scenario with timestamps relative to now, and clears faults and the log. */
  reset(): void;
}

const DEFAULT_LIVE_FAILOVER_DURATION_MS = 30_000;
const DEFAULT_REPLICATION_DURATION_MS = 90_000;

function positive(name: string, value: number): number {
  if (!Number.isFinite(value) || value <= 0) {
    throw new RangeError(`${name} must be a positive number, got ${value}`);
  }
  return value;
}

/**
 * In-memory OMA backend: the scenarios' VMs (vmStore), their running operations (runningJobs),
 * what changes them (operations), the bodies read from them (bodies), faults (faultTable) and a
 * request log (requestLog). Every read first brings running operations up to the clock.
 */
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

  const vms = createVmStore();
  const faults = createFaultTable();
  const requests = createRequestLog(now);

  function advance(): void {
    const at = now();
    for (const vm of vms.all()) advanceRunningJobs(vm, at);
  }

  const state: MockOmaState = {
    now,
    speed,
    listVmContexts() {
      advance();
      return vmListBody(vms.all());
    },
    getVmContext(vmName) {
      advance();
      const vm = vms.byName(vmName);
      return vm ? vmContextBody(vm) : null;
    },
    getRecentJobs(contextId) {
      advance();
      const vm = vms.byContextId(contextId);
      return vm ? recentJobsBody(vm) : null;
    },
    startLiveFailover(request) {
      advance();
      return operations.startLiveFailover(
        vms.byName(request.vm_name),
        request,
        now(),
        liveFailoverDurationMs / speed,
      );
    },
    recordFailure(vmName, summary = {}) {
      advance();
      const vm = vms.byName(vmName);
      return vm ? operations.recordFailure(vm, summary, now()) : null;
    },
    setLastOperation(vmName, lastOperation) {
      advance();
      const vm = vms.byName(vmName);
      if (!vm) return false;
      vm.lastOperation = lastOperation ? jsonCopy(lastOperation) : null;
      touch(vm, now());
      return true;
    },
    setFault: faults.set,
    clearFaults: faults.clear,
    getFaults: faults.list,
    takeFault: faults.take,
    recordRequest: requests.record,
    getRequests: requests.list,
    clearRequests: requests.clear,
    reset() {
      const base = now();
      vms.reset(base, (running) => ({
        jobId: running.jobId,
        kind: 'replication',
        trackingStart: base,
        initialProgress: running.initialProgress,
        durationMs: replicationDurationMs / speed,
        steps: running.steps,
        statuses: running.statuses,
        totalBytes: running.totalBytes,
      }));
      faults.clear();
      requests.clear();
    },
  };
  state.reset();
  return state;
}
