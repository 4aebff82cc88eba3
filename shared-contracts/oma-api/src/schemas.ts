import * as v from 'valibot';

import {
  DATA_SOURCES,
  ERROR_CATEGORIES,
  ERROR_SEVERITIES,
  JOB_TYPES,
  type JobStatus,
  type JobType,
  toJobStatus,
  toReplicationPhase,
  VM_CONTEXT_STATUSES,
} from './enums';
import {
  amountField,
  countField,
  enumField,
  jsonObject,
  opaqueField,
  progressField,
  textField,
  textListField,
  timestampField,
  transformed,
} from './fields';
import { parseTimestamp, toText } from './normalise';

/*
 * Schemas of the OMA API (served under /api/v1). Parsing a body yields a normalised,
 * camelCase view model: every value is safe to display logic, and unknown enum values
 * become `unknown`. A body whose overall shape is wrong (not an object, `jobs` not a list,
 * no context) fails to parse, and that failure is shown to the user.
 */

/** The longest operation the GUI believes; the backend's zero `created_at` gives 292 years. */
export const MAX_PLAUSIBLE_DURATION_SECONDS = 30 * 24 * 60 * 60;

/** A duration worth showing: finite, 0 to 30 days; null otherwise. */
export function plausibleDuration(seconds: number | null | undefined): number | null {
  return typeof seconds === 'number' &&
    Number.isFinite(seconds) &&
    seconds >= 0 &&
    seconds <= MAX_PLAUSIBLE_DURATION_SECONDS
    ? seconds
    : null;
}

/** Seconds between two normalised timestamps, when both are known and the span is plausible. */
function durationBetween(startIso: string | null, endIso: string | null): number | null {
  if (startIso === null || endIso === null) return null;
  const start = parseTimestamp(startIso);
  const end = parseTimestamp(endIso);
  return start === null || end === null
    ? null
    : plausibleDuration(Math.round((end - start) / 1000));
}

/**
 * The job tracker names a rollback's job `rollback-<type>-failover-<vm>-<unix>`, while the
 * handler classifies it by operation substring as a test or live failover.
 */
export function isRollbackJobId(externalJobId: string | null | undefined): boolean {
  return typeof externalJobId === 'string' && /^\s*rollback-/i.test(externalJobId);
}

/** The job type, corrected to `rollback` when the external job id says it is one. */
function correctedJobType(jobType: JobType, externalJobId: string | null): JobType {
  return isRollbackJobId(externalJobId) ? 'rollback' : jobType;
}

/**
 * A replication's `current_step` is its raw current operation, which the backend sets to a bare
 * status word ("Completed", "Failed") when the job ends: that names no step.
 */
function stepOrNull(step: string | null): string | null {
  return step === null || toJobStatus(step) !== 'unknown' ? null : step;
}

// The raw status is kept as text: the job's status and, for replications, its phase come from it.
const rawStatusField = () => textField();

/** One entry of the unified recent-jobs list. */
export const JobSchema = transformed(
  jsonObject({
    job_id: textField(),
    external_job_id: textField(),
    job_type: enumField(JOB_TYPES),
    status: rawStatusField(),
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
  }),
  (raw) => {
    const status: JobStatus = toJobStatus(raw.status);
    const jobType = correctedJobType(raw.job_type, raw.external_job_id);
    const finished = status !== 'running' && status !== 'pending';
    return {
      jobId: raw.job_id ?? raw.external_job_id ?? '',
      externalJobId: raw.external_job_id,
      jobType,
      status,
      /** What a running replication is doing (from its raw status); null otherwise. */
      replicationPhase: status === 'running' ? toReplicationPhase(raw.status) : null,
      progress: raw.progress,
      startedAt: raw.started_at,
      completedAt: raw.completed_at,
      // A rollback arrives named "Test Failover" / "Live Failover": that name is dropped.
      displayName:
        jobType === 'rollback' &&
        raw.job_type !== 'rollback' &&
        !/rollback/i.test(raw.display_name ?? '')
          ? null
          : raw.display_name,
      // A failed tracked job's step is the last one that ran to completion or is empty: never
      // the step that failed, so it is not shown as one.
      currentStep:
        status === 'failed' && raw.data_source === 'job_tracking' && raw.error_message === null
          ? null
          : stepOrNull(raw.current_step),
      errorMessage: raw.error_message,
      errorCategory:
        raw.error_message || raw.error_category !== 'unknown' ? raw.error_category : null,
      actionableSteps: raw.actionable_steps,
      dataSource: raw.data_source,
      durationSeconds:
        plausibleDuration(raw.duration_seconds) ??
        (finished ? durationBetween(raw.started_at, raw.completed_at) : null),
      bytesTransferred: raw.bytes_transferred,
      technicalDetails: raw.technical_details,
    };
  },
);
export type Job = v.InferOutput<typeof JobSchema>;
export type JobWire = v.InferInput<typeof JobSchema>;

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
export const RecentJobsResponseSchema = transformed(
  jsonObject({
    context_id: textField(),
    count: countField(),
    // The backend serialises "no jobs" as a nil Go slice: `"jobs": null`.
    jobs: v.nullable(v.array(JobSchema)),
  }),
  (raw) => ({
    contextId: raw.context_id,
    jobs: sortNewestFirst(withUniqueIds(raw.jobs ?? [])),
  }),
);
export type RecentJobsResponse = v.InferOutput<typeof RecentJobsResponseSchema>;
export type RecentJobsResponseWire = v.InferInput<typeof RecentJobsResponseSchema>;

/** The persistent summary of a VM's last failover/rollback operation. */
/** More steps than any failover or rollback has: a larger `steps_total` is not shown. */
export const MAX_OPERATION_STEPS = 1000;

export const LastOperationSchema = transformed(
  jsonObject({
    job_id: textField(),
    external_job_id: textField(),
    operation_type: enumField(JOB_TYPES),
    status: rawStatusField(),
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
  }),
  (raw) => {
    // An operation has a handful of steps; a total beyond any real one is no count to show.
    const stepsTotal =
      raw.steps_total && raw.steps_total > 0 && raw.steps_total <= MAX_OPERATION_STEPS
        ? raw.steps_total
        : null;
    const stepsCompleted =
      stepsTotal !== null && raw.steps_completed !== null
        ? Math.min(raw.steps_completed, stepsTotal)
        : null;
    const reportsFailedStep =
      raw.failed_step !== null ||
      raw.failed_step_internal !== null ||
      raw.error_message !== null ||
      raw.actionable_steps.length > 0;
    const reportedStatus = toJobStatus(raw.status);
    const operationType = correctedJobType(raw.operation_type, raw.external_job_id);
    // A rollback whose step failed is recorded as completed (its completion is deferred and
    // runs on error too); with the failed step's error fields it is a failure to show.
    const failedRollback =
      operationType === 'rollback' && reportedStatus === 'completed' && reportsFailedStep;
    return {
      jobId: raw.job_id,
      externalJobId: raw.external_job_id,
      operationType,
      status: failedRollback ? 'failed' : reportedStatus,
      progress: raw.progress,
      failedStep: raw.failed_step,
      failedStepInternal: raw.failed_step_internal,
      errorMessage: raw.error_message,
      errorCategory: raw.error_category,
      errorSeverity: raw.error_severity,
      actionableSteps: raw.actionable_steps,
      timestamp: raw.timestamp,
      durationSeconds: plausibleDuration(raw.duration_seconds),
      stepsCompleted,
      stepsTotal,
      technicalDetails: raw.technical_details,
    };
  },
);
export type LastOperation = v.InferOutput<typeof LastOperationSchema>;
export type LastOperationWire = v.InferInput<typeof LastOperationSchema>;

/** The raw JSON string the backend stores the summary in, parsed; null when absent or broken. */
function parseSummaryText(value: unknown): LastOperation | null {
  let json: unknown = value;
  if (typeof value === 'string') {
    const text = toText(value);
    if (text === null) return null;
    try {
      json = JSON.parse(text);
    } catch {
      return null;
    }
  }
  // LastOperationSchema refuses anything but an object (jsonObject).
  const parsed = v.safeParse(LastOperationSchema, json);
  return parsed.success ? parsed.output : null;
}

/**
 * A VM's replication context (the fields the GUI uses; others, such as inventory paths and
 * host names, are ignored).
 */
const contextKey = () => v.pipe(v.string(), v.trim(), v.minLength(1));

export const VmContextSchema = transformed(
  jsonObject({
    context_id: contextKey(),
    vm_name: contextKey(),
    vmware_vm_id: textField(),
    current_status: enumField(VM_CONTEXT_STATUSES),
    os_type: textField(),
    power_state: textField(),
    total_jobs_run: countField(),
    successful_jobs: countField(),
    failed_jobs: countField(),
    last_job_at: timestampField(),
    updated_at: timestampField(),
    // The raw JSON text `last_operation` is parsed from; the VM list sends only this.
    last_operation_summary: transformed(v.optional(v.unknown(), null), parseSummaryText),
  }),
  (raw) => ({
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
    /** The summary parsed from `last_operation_summary`, or null. */
    lastOperation: raw.last_operation_summary,
  }),
);
export type VmContext = v.InferOutput<typeof VmContextSchema>;
export type VmContextWire = v.InferInput<typeof VmContextSchema>;

/**
 * `GET /vm-contexts/{vm_name}`: the context and, when a summary exists, its last operation.
 * `current_job`, `job_history` (raw replication rows), `disks` (may be null) and `cbt_history`
 * are not read: the unified list comes from recent-jobs, and those rows hold unsanitized text.
 */
export const VmContextResponseSchema = transformed(
  jsonObject({
    context: VmContextSchema,
    // Omitted when no summary exists; a summary that is not an object counts as none.
    last_operation: v.fallback(v.nullish(LastOperationSchema), null),
  }),
  (raw) => ({
    context: raw.context,
    // The handler parses the same text into `last_operation`: that is the one read here.
    lastOperation: raw.last_operation ?? null,
  }),
);
export type VmContextResponse = v.InferOutput<typeof VmContextResponseSchema>;
export type VmContextResponseWire = v.InferInput<typeof VmContextResponseSchema>;

/** `GET /vm-contexts`: every VM, for the dashboard's VM list. */
export const VmListResponseSchema = transformed(
  jsonObject({
    vm_contexts: v.array(VmContextSchema),
    count: countField(),
  }),
  (raw) => ({ vmContexts: raw.vm_contexts }),
);
export type VmListResponse = v.InferOutput<typeof VmListResponseSchema>;
export type VmListResponseWire = v.InferInput<typeof VmListResponseSchema>;

/** `POST /failover/live` request body. A live failover is permanent: confirm first. */
export const LiveFailoverRequestSchema = jsonObject({
  vm_id: v.pipe(v.string(), v.minLength(1)),
  vm_name: v.pipe(v.string(), v.minLength(1)),
  skip_validation: v.optional(v.boolean()),
  skip_snapshot: v.optional(v.boolean()),
  skip_virtio_injection: v.optional(v.boolean()),
  network_mappings: v.optional(v.record(v.string(), v.string())),
});
export type LiveFailoverRequest = v.InferOutput<typeof LiveFailoverRequestSchema>;

/** `POST /failover/live` response, success or failure. */
export const LiveFailoverResponseSchema = jsonObject({
  success: v.boolean(),
  message: textField(),
  job_id: textField(),
  error: textField(),
  details: transformed(
    v.fallback(v.nullish(jsonObject({ error_code: textField() })), null),
    (details) => details ?? null,
  ),
});
export type LiveFailoverResponse = v.InferOutput<typeof LiveFailoverResponseSchema>;
export type LiveFailoverResponseWire = v.InferInput<typeof LiveFailoverResponseSchema>;

/** The OMA API's error body (`{"error": "...", "timestamp": "..."}`) on 4xx/5xx. */
export const ApiErrorBodySchema = jsonObject({
  error: textField(),
  timestamp: timestampField(),
});
export type ApiErrorBody = v.InferOutput<typeof ApiErrorBodySchema>;
