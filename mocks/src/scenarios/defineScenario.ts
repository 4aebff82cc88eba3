import type { JobWire, LastOperationWire } from '@migratekit/oma-api';
import type {
  BackendVmContextWire,
  CbtHistoryWire,
  GroupMembershipWire,
  VmDiskWire,
} from '../fixtures/wire';

/** A named sample VM; its name is the scenario's name. */
export interface ScenarioMeta<Name extends string = string> {
  name: Name;
  /** Short label for a scenario picker. */
  title: string;
  /** What the scenario shows and what it is for (the README's scenario table says the same). */
  description: string;
  vmName: Name;
  contextId: string;
  vmwareVmId: string;
}

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

/** A scenario: which VM it is and what it shows, and what it puts in the mock's state. */
export interface Scenario<Name extends string = string> {
  meta: ScenarioMeta<Name>;
  /** The VM's initial data, with timestamps relative to `now` (ms). */
  seed(now: number): ScenarioSeed;
}

/** What a scenario file declares; the VM's name is the scenario's name. */
export interface ScenarioSpec<Name extends string> {
  meta: Omit<ScenarioMeta<Name>, 'name'>;
  seed(now: number, meta: ScenarioMeta<Name>): ScenarioSeed;
}

export function defineScenario<const Name extends string>(
  spec: ScenarioSpec<Name>,
): Scenario<Name> {
  const { vmName, title, description, contextId, vmwareVmId } = spec.meta;
  const meta: ScenarioMeta<Name> = {
    name: vmName,
    title,
    description,
    vmName,
    contextId,
    vmwareVmId,
  };
  return { meta, seed: (now) => spec.seed(now, meta) };
}
