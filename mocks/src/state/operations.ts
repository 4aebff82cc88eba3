import type { LastOperationWire, LiveFailoverRequest } from '@migratekit/oma-api';
import {
  buildLastOperation,
  buildLiveFailoverFailure,
  buildLiveFailoverSuccess,
  EXAMPLE_FAILURE,
} from '../fixtures/builders';
import { externalJobId, randomUuid } from '../fixtures/ids';
import { isoAt, SECOND } from '../fixtures/time';
import type { LiveFailoverResultWire } from '../fixtures/wire';
import { displayNameFor, LIVE_FAILOVER_STEPS } from '../scenarios';
import { stepAt } from './runningJobs';
import { addJob, touch, type VmRecord } from './vmStore';
import { asNumber } from './wireValues';

/*
 * What changes a VM besides its clock: an operator starting a live failover, and a test
 * recording a new failure.
 */

/** An HTTP status with the body to send. */
export interface LiveFailoverOutcome {
  status: number;
  body: LiveFailoverResultWire;
}

/**
 * `POST /failover/live` for `vm` (undefined when no VM has the requested name): refused for an
 * unknown or mismatched VM, one never replicated, one already failing over or failed over;
 * otherwise a running job that takes `durationMs`.
 */
export function startLiveFailover(
  vm: VmRecord | undefined,
  request: LiveFailoverRequest,
  at: number,
  durationMs: number,
): LiveFailoverOutcome {
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
      body: buildLiveFailoverFailure('This VM has already been failed over', 'ALREADY_FAILED_OVER'),
    };
  }
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
    durationMs,
    steps: LIVE_FAILOVER_STEPS,
  });
  vm.context.current_job_id = jobId;
  vm.context.total_jobs_run = asNumber(vm.context.total_jobs_run) + 1;
  vm.context.last_job_at = isoAt(at);
  touch(vm, at);
  return { status: 200, body: buildLiveFailoverSuccess(jobId) };
}

/**
 * A new failed operation of `vm` at `at`: a new job, and the VM's summary. By default the
 * brief's failed test failover; `summary` replaces any of its fields.
 */
export function recordFailure(
  vm: VmRecord,
  summary: Partial<LastOperationWire>,
  at: number,
): { jobId: string } {
  const vmName = vm.context.vm_name;
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
