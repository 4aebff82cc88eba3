import type { JobWire } from '@migratekit/oma-api';
import { buildCompletedLastOperation } from '../fixtures/builders';
import { isoAt, SECOND } from '../fixtures/time';
import type { ProgressStep, RawStatusStep } from '../scenarios';
import { displayNameFor, LIVE_FAILOVER_STEPS } from '../scenarios';
import type { VmRecord } from './vmStore';
import { touch } from './vmStore';
import { asNumber, timeOf } from './wireValues';

/** A job the state moves forward with its clock until it completes. */
export interface RunningOperation {
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

/** The label of the last step reached at `progress`. */
export function stepAt(steps: readonly ProgressStep[], progress: number): string | undefined {
  let label: string | undefined;
  for (const step of steps) if (progress >= step.fromProgress) label = step.label;
  return label;
}

/** The raw status of the last phase reached at `progress`. */
export function statusAt(statuses: readonly RawStatusStep[], progress: number): string | undefined {
  let status: string | undefined;
  for (const step of statuses) if (progress >= step.fromProgress) status = step.status;
  return status;
}

/** How far an operation has come at `at`: 0 at its start, 1 once it is due to complete. */
export function fractionDone(operation: RunningOperation, at: number): number {
  return Math.min(1, Math.max(0, (at - operation.trackingStart) / operation.durationMs));
}

/** Brings a VM's running operations up to `at`; finished ones complete exactly once. */
export function advanceRunningJobs(vm: VmRecord, at: number): void {
  vm.running = vm.running.filter((operation) => {
    const job = vm.jobs.find((candidate) => candidate.job_id === operation.jobId);
    if (!job) return false;
    const fraction = fractionDone(operation, at);
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

/** Marks the job completed at the operation's end and updates the VM as the backend would. */
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
  vm.lastOperation = buildCompletedLastOperation({
    job_id: job.job_id ?? undefined,
    operation_type: 'live_failover',
    timestamp: isoAt(completedAt),
    duration_seconds: job.duration_seconds,
    steps_completed: LIVE_FAILOVER_STEPS.length,
    steps_total: LIVE_FAILOVER_STEPS.length,
  });
}
