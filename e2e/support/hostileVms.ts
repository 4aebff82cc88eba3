import type {
  BackendRecentJobsResponseWire,
  BackendVmContextResponseWire,
} from '@migratekit/mocks';
import { HTML_PAYLOADS } from '@migratekit/mocks/arbitraries';
import type { ExtraVm } from './appStack';

/*
 * VMs for the security suite, served by the mock API beside the scenarios: VMs whose every text
 * field is an HTML/script payload, VMs whose names and context ids need encoding in a URL, and
 * a VM carrying admin-only data marked with unique strings.
 */

/**
 * Payloads that set `window.__xss` if they ever run, and the mocks' own HTML payloads (which
 * call `alert`, caught as a dialog).
 */
export const XSS_PAYLOADS: readonly string[] = [
  ...new Set([
    '<img src=x onerror=window.__xss=1>',
    '<script>window.__xss=1</script>',
    'javascript:window.__xss=1',
    '"><svg onload=window.__xss=1>',
    "'><img src=x onerror=window.__xss=1>",
    '<a href="javascript:window.__xss=1">Open</a>',
    '<svg><script>window.__xss=1</script></svg>',
    '<details open ontoggle=window.__xss=1>',
    ...HTML_PAYLOADS,
  ]),
];

const ISO = {
  started: '2025-10-03T17:46:57Z',
  completed: '2025-10-03T17:47:22Z',
  created: '2025-10-03T14:07:08Z',
};

function extraVm(
  context: Record<string, unknown>,
  lastOperation: unknown,
  jobs: unknown[],
): ExtraVm {
  const vmContext = {
    context,
    job_history: [],
    disks: [],
    cbt_history: [],
    ...(lastOperation === undefined ? {} : { last_operation: lastOperation }),
  };
  const recentJobs = { context_id: context.context_id, count: jobs.length, jobs };
  return {
    vmContext: vmContext as unknown as BackendVmContextResponseWire,
    recentJobs: recentJobs as unknown as BackendRecentJobsResponseWire,
  };
}

/**
 * A VM named `payload` whose every text field of both read endpoints is the payload: the context
 * (and its raw `last_operation_summary`), the failed last operation, a failed job, a job whose
 * every field (type, status, times included) is text, and a running job.
 */
export function payloadVm(payload: string, index: number): ExtraVm {
  const context = {
    context_id: `ctx-${index}-${payload}`,
    vm_name: payload,
    vmware_vm_id: payload,
    vm_path: payload,
    vcenter_host: payload,
    datacenter: payload,
    current_status: payload,
    current_job_id: payload,
    total_jobs_run: 3,
    successful_jobs: 1,
    failed_jobs: 2,
    os_type: payload,
    power_state: payload,
    vm_tools_version: payload,
    created_at: payload,
    updated_at: payload,
    last_job_at: payload,
    last_status_change: payload,
    last_operation_summary: payload,
  };
  const lastOperation = {
    job_id: `${payload}#failed`,
    operation_type: 'test_failover',
    status: 'failed',
    progress: 60,
    failed_step: payload,
    failed_step_internal: payload,
    error_message: payload,
    error_category: payload,
    error_severity: payload,
    actionable_steps: [payload, `${payload} (again)`],
    timestamp: ISO.completed,
    duration_seconds: 25,
    steps_completed: 3,
    steps_total: 5,
    technical_details: { message: payload, [payload]: payload },
  };
  const jobs = [
    {
      job_id: `${payload}#failed`,
      external_job_id: payload,
      job_type: 'test_failover',
      status: 'failed',
      progress: 60,
      started_at: ISO.started,
      completed_at: ISO.completed,
      display_name: payload,
      current_step: payload,
      error_message: payload,
      error_category: payload,
      actionable_steps: [payload],
      data_source: 'job_tracking',
      duration_seconds: 25,
      technical_details: payload,
    },
    {
      job_id: `${payload}#text`,
      external_job_id: payload,
      job_type: payload,
      status: payload,
      progress: 10,
      started_at: payload,
      completed_at: payload,
      display_name: payload,
      current_step: payload,
      error_message: payload,
      error_category: payload,
      actionable_steps: [payload],
      data_source: payload,
      duration_seconds: 5,
      technical_details: { [payload]: [payload] },
    },
    {
      job_id: `${payload}#running`,
      job_type: 'live_failover',
      status: 'running',
      progress: 40,
      started_at: ISO.started,
      display_name: payload,
      current_step: payload,
      data_source: 'job_tracking',
    },
  ];
  return extraVm(context, lastOperation, jobs);
}

/** A well-described VM with a failed last operation whose advice names `word` (to tell VMs apart). */
export function namedVm(vmName: string, contextId: string, word: string): ExtraVm {
  const lastOperation = {
    job_id: `job-${word}`,
    operation_type: 'test_failover',
    status: 'failed',
    progress: 60,
    failed_step: 'Preparing Drivers for Compatibility',
    error_message: 'Network configuration error',
    error_category: 'network',
    actionable_steps: [`Check the ${word} network`],
    timestamp: ISO.completed,
    duration_seconds: 25,
    steps_completed: 3,
    steps_total: 5,
  };
  const jobs = [
    {
      job_id: `job-${word}`,
      job_type: 'test_failover',
      status: 'failed',
      progress: 60,
      started_at: ISO.started,
      completed_at: ISO.completed,
      display_name: 'Test Failover',
      current_step: 'Preparing Drivers for Compatibility',
      error_message: 'Network configuration error',
      error_category: 'network',
      actionable_steps: [`Check the ${word} network`],
      data_source: 'job_tracking',
      duration_seconds: 25,
    },
    {
      job_id: `replication-${word}`,
      job_type: 'replication',
      status: 'completed',
      progress: 100,
      started_at: ISO.created,
      completed_at: ISO.started,
      display_name: 'Replication Completed',
      data_source: 'replication_jobs',
    },
  ];
  const context = {
    context_id: contextId,
    vm_name: vmName,
    vmware_vm_id: `vmware-${word}`,
    current_status: 'ready_for_failover',
    os_type: 'linux',
    power_state: 'poweredOn',
    created_at: ISO.created,
    updated_at: ISO.completed,
    last_operation_summary: JSON.stringify(lastOperation),
  };
  return extraVm(context, lastOperation, jobs);
}

/** Unique strings placed only in admin-only or raw fields. */
export const ADMIN_ONLY_MARKERS = {
  technicalDetails: 'zq-technical-details-marker-9a4f',
  jobTechnicalDetails: 'zq-job-technical-details-marker-31c8',
  failedStepInternal: 'zq-internal-step-marker-5e2b',
  rawSummary: 'zq-raw-summary-marker-d07e',
} as const;

export const MARKED_VM_NAME = 'marked-vm';

/**
 * A VM whose admin-only fields (`technical_details`, `failed_step_internal`) and raw
 * `last_operation_summary` carry the markers; everything an operator may see is plain.
 */
export function markedVm(): ExtraVm {
  const vm = namedVm(MARKED_VM_NAME, 'ctx-marked-vm', 'marked');
  const context = vm.vmContext.context as unknown as Record<string, unknown>;
  const lastOperation = vm.vmContext.last_operation as unknown as Record<string, unknown>;
  lastOperation.failed_step_internal = ADMIN_ONLY_MARKERS.failedStepInternal;
  lastOperation.technical_details = {
    note: ADMIN_ONLY_MARKERS.technicalDetails,
    device: `/dev/vdc (${ADMIN_ONLY_MARKERS.technicalDetails})`,
  };
  // The raw summary says more than the parsed one: none of it is for operators.
  context.last_operation_summary = JSON.stringify({
    ...lastOperation,
    summary_note: ADMIN_ONLY_MARKERS.rawSummary,
    error_message: `virt-v2v failed (${ADMIN_ONLY_MARKERS.rawSummary})`,
  });
  const failedJob = vm.recentJobs.jobs?.[0] as unknown as Record<string, unknown>;
  failedJob.technical_details = { stderr: ADMIN_ONLY_MARKERS.jobTechnicalDetails };
  return vm;
}
