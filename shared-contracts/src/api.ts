import { z } from 'zod';

// zod probes whether it may compile validators with `new Function`; under the dashboard's
// Content-Security-Policy (no 'unsafe-eval') that probe is reported as a violation. The
// interpreted validators are fast enough for these payloads.
z.config({ jitless: true });

import {
  DATA_SOURCES,
  ERROR_CATEGORIES,
  ERROR_SEVERITIES,
  JOB_STATUSES,
  JOB_TYPES,
  VM_CONTEXT_STATUSES,
} from './enums';
import {
  amountField,
  countField,
  enumField,
  opaqueField,
  progressField,
  textField,
  textListField,
  timestampField,
} from './fields';

/*
 * Schemas of the OMA API (served under /api/v1). Parsing a body yields a normalised,
 * camelCase view model: every value is safe to display logic, and unknown enum values
 * become `unknown`. A body whose overall shape is wrong (not an object, `jobs` not a list,
 * no context) fails to parse, and that failure is shown to the user.
 */

/** One entry of the unified recent-jobs list. */
export const JobSchema = z
  .object({
    job_id: textField(),
    external_job_id: textField(),
    job_type: enumField(JOB_TYPES),
    status: enumField(JOB_STATUSES),
    progress: progressField(),
    started_at: timestampField(),
    completed_at: timestampField(),
    display_name: textField(),
    current_step: textField(),
    error_message: textField(),
    error_category: enumField(ERROR_CATEGORIES),
    actionable_steps: textListField(),
    data_source: enumField(DATA_SOURCES),
    duration_seconds: amountField(),
    bytes_transferred: amountField(),
    technical_details: opaqueField(),
  })
  .transform((raw) => ({
    jobId: raw.job_id ?? raw.external_job_id ?? '',
    externalJobId: raw.external_job_id,
    jobType: raw.job_type,
    status: raw.status,
    progress: raw.progress,
    startedAt: raw.started_at,
    completedAt: raw.completed_at,
    displayName: raw.display_name,
    currentStep: raw.current_step,
    errorMessage: raw.error_message,
    errorCategory:
      raw.error_message || raw.error_category !== 'unknown' ? raw.error_category : null,
    actionableSteps: raw.actionable_steps,
    dataSource: raw.data_source,
    durationSeconds: raw.duration_seconds,
    bytesTransferred: raw.bytes_transferred,
    technicalDetails: raw.technical_details,
  }));
export type Job = z.output<typeof JobSchema>;
export type JobWire = z.input<typeof JobSchema>;

/** The time a job is ordered by: when it started, else when it finished. */
export function jobSortTime(job: Pick<Job, 'startedAt' | 'completedAt'>): number | null {
  const iso = job.startedAt ?? job.completedAt;
  return iso === null ? null : Date.parse(iso);
}

/** Newest first; jobs without any timestamp keep their order, after the dated ones. */
export function sortNewestFirst<T extends Pick<Job, 'startedAt' | 'completedAt'>>(jobs: T[]): T[] {
  return jobs
    .map((job, index) => ({ job, index, time: jobSortTime(job) }))
    .sort((a, b) => {
      if (a.time !== null && b.time !== null && a.time !== b.time) return b.time - a.time;
      if (a.time === null && b.time !== null) return 1;
      if (a.time !== null && b.time === null) return -1;
      return a.index - b.index;
    })
    .map(({ job }) => job);
}

/**
 * Ids are React keys and selection keys, so each must be unique: a missing id gets one from
 * its position, a repeated id gets a `#n` suffix (the jobs are kept; none is dropped).
 */
function withUniqueIds(jobs: Job[]): Job[] {
  const used = new Set<string>();
  return jobs.map((job, index) => {
    const base = job.jobId || `job-without-id-${index}`;
    let jobId = base;
    for (let n = 2; used.has(jobId); n++) jobId = `${base}#${n}`;
    used.add(jobId);
    return jobId === job.jobId ? job : { ...job, jobId };
  });
}

/** `GET /vm-contexts/{context_id}/recent-jobs` */
export const RecentJobsResponseSchema = z
  .object({
    context_id: textField(),
    count: countField(),
    jobs: z.array(JobSchema),
  })
  .transform((raw) => ({
    contextId: raw.context_id,
    jobs: sortNewestFirst(withUniqueIds(raw.jobs)),
  }));
export type RecentJobsResponse = z.output<typeof RecentJobsResponseSchema>;
export type RecentJobsResponseWire = z.input<typeof RecentJobsResponseSchema>;

/** The persistent summary of a VM's last failover/rollback operation. */
export const LastOperationSchema = z
  .object({
    job_id: textField(),
    operation_type: enumField(JOB_TYPES),
    status: enumField(JOB_STATUSES),
    progress: progressField(),
    failed_step: textField(),
    failed_step_internal: textField(),
    error_message: textField(),
    error_category: enumField(ERROR_CATEGORIES),
    error_severity: enumField(ERROR_SEVERITIES),
    actionable_steps: textListField(),
    timestamp: timestampField(),
    duration_seconds: amountField(),
    steps_completed: countField(),
    steps_total: countField(),
    technical_details: opaqueField(),
  })
  .transform((raw) => {
    const stepsTotal = raw.steps_total && raw.steps_total > 0 ? raw.steps_total : null;
    const stepsCompleted =
      stepsTotal !== null && raw.steps_completed !== null
        ? Math.min(raw.steps_completed, stepsTotal)
        : null;
    return {
      jobId: raw.job_id,
      operationType: raw.operation_type,
      status: raw.status,
      progress: raw.progress,
      failedStep: raw.failed_step,
      failedStepInternal: raw.failed_step_internal,
      errorMessage: raw.error_message,
      errorCategory: raw.error_category,
      errorSeverity: raw.error_severity,
      actionableSteps: raw.actionable_steps,
      timestamp: raw.timestamp,
      durationSeconds: raw.duration_seconds,
      stepsCompleted,
      stepsTotal,
      technicalDetails: raw.technical_details,
    };
  });
export type LastOperation = z.output<typeof LastOperationSchema>;
export type LastOperationWire = z.input<typeof LastOperationSchema>;

/** A VM's replication context (the fields the GUI uses; others are ignored). */
export const VmContextSchema = z
  .object({
    context_id: z.string().trim().min(1),
    vm_name: z.string().trim().min(1),
    vmware_vm_id: textField(),
    current_status: enumField(VM_CONTEXT_STATUSES),
    os_type: textField(),
    power_state: textField(),
    total_jobs_run: countField(),
    successful_jobs: countField(),
    failed_jobs: countField(),
    last_job_at: timestampField(),
    updated_at: timestampField(),
  })
  .transform((raw) => ({
    contextId: raw.context_id,
    vmName: raw.vm_name,
    vmwareVmId: raw.vmware_vm_id,
    currentStatus: raw.current_status,
    osType: raw.os_type,
    powerState: raw.power_state,
    totalJobsRun: raw.total_jobs_run,
    successfulJobs: raw.successful_jobs,
    failedJobs: raw.failed_jobs,
    lastJobAt: raw.last_job_at,
    updatedAt: raw.updated_at,
  }));
export type VmContext = z.output<typeof VmContextSchema>;
export type VmContextWire = z.input<typeof VmContextSchema>;

/** `GET /vm-contexts/{vm_name}`: the context and, when a summary exists, its last operation. */
export const VmContextResponseSchema = z
  .object({
    context: VmContextSchema,
    // Omitted when no summary exists; a summary that is not an object counts as none.
    last_operation: LastOperationSchema.nullish().catch(null),
  })
  .transform((raw) => ({
    context: raw.context,
    lastOperation: raw.last_operation ?? null,
  }));
export type VmContextResponse = z.output<typeof VmContextResponseSchema>;
export type VmContextResponseWire = z.input<typeof VmContextResponseSchema>;

/** `GET /vm-contexts`: every VM, for the dashboard's VM list. */
export const VmListResponseSchema = z
  .object({
    vm_contexts: z.array(VmContextSchema),
    count: countField(),
  })
  .transform((raw) => ({ vmContexts: raw.vm_contexts }));
export type VmListResponse = z.output<typeof VmListResponseSchema>;
export type VmListResponseWire = z.input<typeof VmListResponseSchema>;

/** `POST /failover/live` request body. A live failover is permanent: confirm first. */
export const LiveFailoverRequestSchema = z.object({
  vm_id: z.string().min(1),
  vm_name: z.string().min(1),
  skip_validation: z.boolean().optional(),
  skip_snapshot: z.boolean().optional(),
  skip_virtio_injection: z.boolean().optional(),
  network_mappings: z.record(z.string(), z.string()).optional(),
});
export type LiveFailoverRequest = z.infer<typeof LiveFailoverRequestSchema>;

/** `POST /failover/live` response, success or failure. */
export const LiveFailoverResponseSchema = z.object({
  success: z.boolean(),
  message: textField(),
  job_id: textField(),
  error: textField(),
  details: z
    .object({ error_code: textField() })
    .nullish()
    .catch(null)
    .transform((d) => d ?? null),
});
export type LiveFailoverResponse = z.output<typeof LiveFailoverResponseSchema>;
export type LiveFailoverResponseWire = z.input<typeof LiveFailoverResponseSchema>;

/** The OMA API's error body (`{"error": "...", "timestamp": "..."}`) on 4xx/5xx. */
export const ApiErrorBodySchema = z.object({
  error: textField(),
  timestamp: timestampField(),
});
export type ApiErrorBody = z.output<typeof ApiErrorBodySchema>;
