import type { JobWire } from '@migratekit/oma-api';
import { isoAt } from '../fixtures/time';
import type {
  BackendRecentJobsResponseWire,
  BackendVmContextResponseWire,
  BackendVmContextWire,
  BackendVmListResponseWire,
  ReplicationJobRecordWire,
} from '../fixtures/wire';
import { MAX_RECENT_JOBS, type VmRecord } from './vmStore';
import { asNumber, jobTime, jsonCopy } from './wireValues';

/*
 * The response bodies the backend builds from its records: each a fresh JSON copy, so a caller
 * that changes one changes nothing in the state.
 */

/** The raw summary the backend stores beside the context: the JSON of the last operation. */
function rawSummary(vm: VmRecord): string | undefined {
  return vm.lastOperation ? JSON.stringify(vm.lastOperation) : undefined;
}

/** `GET /vm-contexts`. */
export function vmListBody(vms: readonly VmRecord[]): BackendVmListResponseWire {
  const entries = vms.map((vm) => ({
    ...vm.context,
    last_operation_summary: rawSummary(vm),
    groups: vm.groups,
    group_count: vm.groups.length,
  }));
  return jsonCopy({ vm_contexts: entries, count: entries.length });
}

/** `GET /vm-contexts/{context_id}/recent-jobs`. */
export function recentJobsBody(vm: VmRecord): BackendRecentJobsResponseWire {
  const jobs = vm.jobs.slice(0, MAX_RECENT_JOBS);
  return jsonCopy({
    context_id: vm.context.context_id,
    count: jobs.length,
    jobs: jobs.length === 0 && vm.nilEmptyLists ? null : jobs,
  });
}

/**
 * `GET /vm-contexts/{vm_name}`: the context, its replications as replication_jobs records (the
 * running one as `current_job`, the others as history) and the last operation.
 */
export function vmContextBody(vm: VmRecord): BackendVmContextResponseWire {
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
    context: { ...vm.context, last_operation_summary: rawSummary(vm) },
    ...(currentJob ? { current_job: currentJob } : {}),
    job_history: history.length === 0 && vm.nilEmptyLists ? null : history,
    disks: vm.disks,
    cbt_history: vm.cbtHistory,
    ...(vm.lastOperation ? { last_operation: vm.lastOperation } : {}),
  };
  return jsonCopy(body);
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
