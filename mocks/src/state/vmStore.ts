import type { JobWire, LastOperationWire } from '@migratekit/oma-api';
import { isoAt } from '../fixtures/time';
import type {
  BackendVmContextWire,
  CbtHistoryWire,
  GroupMembershipWire,
  VmDiskWire,
} from '../fixtures/wire';
import { buildScenarioSeed, type RunningJobSeed, SCENARIO_NAMES } from '../scenarios';
import type { RunningOperation } from './runningJobs';
import { jobTime } from './wireValues';

/** The unified list holds at most this many jobs. */
export const MAX_RECENT_JOBS = 20;

/** One VM as the state holds it: its scenario's seed, changed by what happened since. */
export interface VmRecord {
  context: BackendVmContextWire;
  lastOperation: LastOperationWire | null;
  jobs: JobWire[];
  running: RunningOperation[];
  groups: GroupMembershipWire[];
  disks: VmDiskWire[] | null;
  cbtHistory: CbtHistoryWire[];
  nilEmptyLists: boolean;
}

export interface VmStore {
  /** Seeds every scenario's VM afresh, with timestamps relative to `base`. */
  reset(base: number, toRunning: (seed: RunningJobSeed) => RunningOperation): void;
  byName(vmName: string): VmRecord | undefined;
  byContextId(contextId: string): VmRecord | undefined;
  all(): VmRecord[];
}

/** The scenarios' VMs, by name. */
export function createVmStore(): VmStore {
  const vms = new Map<string, VmRecord>();
  return {
    reset(base, toRunning) {
      vms.clear();
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
          running: seed.running.map(toRunning),
        });
      }
    },
    byName: (vmName) => vms.get(vmName),
    byContextId(contextId) {
      for (const vm of vms.values()) if (vm.context.context_id === contextId) return vm;
      return undefined;
    },
    all: () => [...vms.values()],
  };
}

/** Records that the VM changed at `at`. */
export function touch(vm: VmRecord, at: number): void {
  vm.context.updated_at = isoAt(at);
}

/** Puts a job first in the VM's list; beyond `MAX_RECENT_JOBS` the oldest is dropped. */
export function addJob(vm: VmRecord, job: JobWire): void {
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
