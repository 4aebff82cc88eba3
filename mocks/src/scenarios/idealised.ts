import type { JobWire, LastOperationWire } from '@migratekit/oma-api';
import {
  buildCbtRecord,
  buildJob,
  buildLastOperation,
  buildVmContext,
  buildVmDisk,
} from '../fixtures/builders';
import { externalJobId, replicationJobId, stableUuid } from '../fixtures/ids';
import { DAY, HOUR, isoAt, SECOND } from '../fixtures/time';
import type { BackendVmContextWire, GroupMembershipWire } from '../fixtures/wire';
import type { RunningJobSeed, ScenarioMeta, ScenarioSeed } from './defineScenario';
import { displayNameFor } from './operations';

/*
 * The pieces of the brief's idealised VMs (pgtest1 … leaky-vm): ISO timestamps relative to the
 * state's clock, jobs as the brief shows them, one disk and one CBT record each.
 */

/** What sets one idealised VM apart; `idealisedSeed` fills in the rest. */
export interface IdealisedVm {
  /** Fields of the context beyond its ids, default dates and `jobsSummary` of its jobs. */
  context: Partial<BackendVmContextWire>;
  lastOperation: LastOperationWire | null;
  /** Recent jobs in the order the API returns them. */
  jobs: JobWire[];
  running?: RunningJobSeed[];
  groups?: GroupMembershipWire[];
  /** The size of its one disk in GB, or its storage spelled out. */
  storage: number | Pick<ScenarioSeed, 'disks' | 'cbtHistory'>;
}

/**
 * What a context says of the VM's jobs, as `jobs` give them: how many ran, completed and failed,
 * and when the latest of them ended (or started, while it runs); no time without jobs.
 */
function jobsSummary(
  jobs: readonly JobWire[],
): Pick<
  BackendVmContextWire,
  'total_jobs_run' | 'successful_jobs' | 'failed_jobs' | 'last_job_at'
> {
  const times = jobs.map((job) => job.completed_at ?? job.started_at);
  const latest = times
    .filter((time): time is string => typeof time === 'string')
    .reduce<string | undefined>(
      (last, time) => (last === undefined || Date.parse(time) > Date.parse(last) ? time : last),
      undefined,
    );
  return {
    total_jobs_run: jobs.length,
    successful_jobs: jobs.filter((job) => job.status === 'completed').length,
    failed_jobs: jobs.filter((job) => job.status === 'failed').length,
    last_job_at: latest,
  };
}

/**
 * The seed of an idealised VM: its context dated relative to `now` and agreeing with its jobs,
 * its disk and CBT record.
 */
export function idealisedSeed(meta: ScenarioMeta, now: number, vm: IdealisedVm): ScenarioSeed {
  return {
    context: buildVmContext({
      context_id: meta.contextId,
      vm_name: meta.vmName,
      vmware_vm_id: meta.vmwareVmId,
      created_at: isoAt(now - 5 * DAY),
      updated_at: isoAt(now),
      last_status_change: isoAt(now - DAY),
      ...jobsSummary(vm.jobs),
      ...vm.context,
    }),
    lastOperation: vm.lastOperation,
    jobs: vm.jobs,
    running: vm.running ?? [],
    groups: vm.groups ?? [],
    ...(typeof vm.storage === 'number' ? storageFor(meta.vmName, now, vm.storage) : vm.storage),
  };
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

export interface ReplicationJobSpec {
  /** When it finished (or, if unfinished, when it started), in ms before the state's clock. */
  endedAgo: number;
  durationSeconds: number;
  bytes: number;
  status?: string;
  overrides?: Partial<JobWire>;
}

export function replicationJob(now: number, spec: ReplicationJobSpec): JobWire {
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

export interface TrackedJobSpec {
  vmName: string;
  jobType: 'test_failover' | 'live_failover' | 'rollback' | 'unknown';
  status: string;
  endedAgo: number;
  durationSeconds: number;
  overrides?: Partial<JobWire>;
}

/** A failover/rollback job from the job tracker. */
export function trackedJob(now: number, spec: TrackedJobSpec): JobWire {
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
export function summaryOf(
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

/** A protection group the VM belongs to. */
export function group(name: string, priority: number): GroupMembershipWire {
  return {
    group_id: stableUuid(`group/${name}`),
    group_name: name,
    priority,
    schedule_name: 'Nightly incremental',
  };
}
