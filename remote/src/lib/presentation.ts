import type { MantineColor } from '@mantine/core';
import type {
  ErrorCategory,
  Job,
  JobStatus,
  JobType,
  LastOperation,
  ReplicationPhase,
} from '@migratekit/oma-api';
import {
  CATEGORY_LABELS,
  explainFailure,
  guardOptionalText,
  guardStepName,
  type OperatorText,
  plainText,
} from '@migratekit/operator-text';
import type { IconName } from './iconNames';

/** How a kind of operation is named and pictured. */
export interface JobTypePresentation {
  /** Title-case name, e.g. "Test Failover". */
  label: string;
  /** Icon shown beside the name. */
  icon: IconName;
  /** Accessible name of the icon. */
  iconLabel: string;
}

/** How an operation's status is named and coloured. */
export interface StatusPresentation {
  /** Status word, e.g. "Failed". */
  label: string;
  /** Mantine colour of the badge and accents. */
  color: MantineColor;
  /** Icon shown with the status. */
  icon: IconName;
}

const JOB_TYPES: Record<JobType, JobTypePresentation> = {
  replication: { label: 'Replication', icon: 'replication', iconLabel: 'Replication' },
  test_failover: { label: 'Test Failover', icon: 'test-failover', iconLabel: 'Test failover' },
  live_failover: { label: 'Live Failover', icon: 'live-failover', iconLabel: 'Live failover' },
  rollback: { label: 'Rollback', icon: 'rollback', iconLabel: 'Rollback' },
  unknown: { label: 'Operation', icon: 'operation', iconLabel: 'Operation' },
};

/** Each status's word and colour; its icon is named after it (`status-failed`). */
const STATUSES: Record<JobStatus, readonly [label: string, color: MantineColor]> = {
  completed: ['Completed', 'green'],
  failed: ['Failed', 'red'],
  running: ['Running', 'blue'],
  pending: ['Pending', 'gray'],
  cancelled: ['Cancelled', 'orange'],
  unknown: ['Status unknown', 'gray'],
};

/** Name and icon of a kind of operation. */
export function jobTypePresentation(type: JobType): JobTypePresentation {
  return JOB_TYPES[type] ?? JOB_TYPES.unknown;
}

/** Name, colour and icon of a status. */
export function statusPresentation(status: JobStatus): StatusPresentation {
  const known: JobStatus = Object.hasOwn(STATUSES, status) ? status : 'unknown';
  const [label, color] = STATUSES[known];
  return { label, color, icon: `status-${known}` };
}

/** What a running replication is doing, in words, per raw phase the backend reports. */
const REPLICATION_PHASE_LABELS: Record<ReplicationPhase, string> = {
  initializing: 'Preparing the replication',
  analyzing: "Analyzing the VM's disks",
  provisioning: 'Creating destination volumes',
  attaching: 'Attaching destination volumes',
  configuring: 'Configuring the data transfer',
  ready_for_sync: 'Ready to copy data',
  preparing: 'Preparing to copy data',
  snapshotting: 'Creating a VM snapshot',
  replicating: 'Copying VM data',
  streaming: 'Copying VM data',
  finalizing: 'Finishing the replication',
};

/** The words for a replication phase. */
export function replicationPhaseLabel(phase: ReplicationPhase): OperatorText {
  return plainText(REPLICATION_PHASE_LABELS[phase]);
}

/**
 * The current step of a running job: its (guarded) step name, else what its raw replication
 * phase says it is doing; null when neither is known.
 */
export function currentStepText(
  job: Pick<Job, 'currentStep' | 'replicationPhase'>,
): OperatorText | null {
  return (
    guardStepName(job.currentStep) ??
    (job.replicationPhase ? replicationPhaseLabel(job.replicationPhase) : null)
  );
}

/** The heading of a job: its (guarded) display name, else the name of its kind. */
export function jobTitle(job: Pick<Job, 'displayName' | 'jobType'>): OperatorText {
  return guardOptionalText(job.displayName) ?? plainText(jobTypePresentation(job.jobType).label);
}

/** Progress is worth showing while an operation runs and where a failed one stopped. */
export function showsProgress(status: JobStatus, progress: number | null): progress is number {
  return progress !== null && (status === 'running' || status === 'failed');
}

const LIVE_FAILOVER = /\blive[\s_-]*failover\b/i;
// "Do not attempt live failover until…" mentions it without suggesting it.
const NEGATION = /\b(do not|don't|dont|never|avoid|without)\b/i;

/** True when one of the steps suggests trying a live failover. */
export function suggestsLiveFailover(steps: readonly string[]): boolean {
  return steps.some((step) => LIVE_FAILOVER.test(step) && !NEGATION.test(step));
}

/** An identifier shown to admins in the technical details. */
export interface TechnicalId {
  /** What the identifier is, e.g. "Job ID". */
  label: string;
  /** The identifier itself. */
  value: string;
}

/** What only admins may see about a failure. */
export interface TechnicalDetails {
  /** The backend's internal name of the failed step. */
  internalStepName: string | null;
  /** The error message as the API sent it, when operators see other words instead. */
  rawMessage: string | null;
  /** Job identifiers, for support tickets and logs. */
  ids: TechnicalId[];
  /** The backend's technical details, as indented JSON text. */
  detailsJson: string | null;
}

/** Everything the error details view shows about one operation. */
export interface FailureDetails {
  /** The operation's job id, when known. */
  jobId: string | null;
  /** The kind of operation. */
  jobType: JobType;
  /** Heading, e.g. "Test Failover". */
  title: OperatorText;
  /** Where the operation stands. */
  status: JobStatus;
  /** Percent done (0–100), when known. */
  progress: number | null;
  /** Steps finished, when known together with the total. */
  stepsCompleted: number | null;
  /** Steps in the operation, when known. */
  stepsTotal: number | null;
  /** User-friendly name of the step that failed; null when none is safe to show. */
  failedStep: OperatorText | null;
  /**
   * The issue in plain words: the API's message when it may be shown, a known raw replication
   * error told plainly, else the category's plain message.
   */
  issue: OperatorText;
  /** Failure category, when the backend classified it. */
  category: ErrorCategory | null;
  /** Readable name of the category. */
  categoryLabel: OperatorText | null;
  /** What the user can do next; never empty for a failure. */
  actionableSteps: OperatorText[];
  /** When the operation started (ISO 8601), when known. */
  startedAt: string | null;
  /** When the operation ended or was last reported (ISO 8601), when known. */
  endedAt: string | null;
  /** How long it ran, in seconds, when known. */
  durationSeconds: number | null;
  /** True when a step suggests trying a live failover. */
  suggestsLiveFailover: boolean;
  /** Admin-only details; null for everyone else, so nothing can render them by mistake. */
  technical: TechnicalDetails | null;
}

/** Options of `toFailureDetails`. */
export interface FailureDetailsOptions {
  /** Admins also get the technical details. */
  isAdmin: boolean;
  /** The list entry of the same operation, used to fill gaps in a last-operation summary. */
  relatedJob?: Job | null;
}

/** The failure text of an operation: issue, steps and category, through the operator-text policy. */
function failureText(source: {
  errorMessage: string | null;
  errorCategory: ErrorCategory | null;
  actionableSteps: readonly string[];
}) {
  const explained = explainFailure({
    message: source.errorMessage,
    category: source.errorCategory,
    steps: source.actionableSteps,
  });
  return {
    issue: explained.issue,
    actionableSteps: explained.steps,
    category: explained.category,
    // "Unknown" is no category to show.
    categoryLabel: explained.category ? plainText(CATEGORY_LABELS[explained.category]) : null,
  };
}

function isLastOperation(source: Job | LastOperation): source is LastOperation {
  return 'operationType' in source;
}

function detailsJson(value: unknown): string | null {
  if (value === null || value === undefined) return null;
  if (typeof value === 'string') return value.trim() === '' ? null : value;
  try {
    return JSON.stringify(value, null, 2) ?? null;
  } catch {
    return String(value);
  }
}

/** The API's message for admins, when what operators read differs from it. */
function rawMessage(sent: string | null, issue: OperatorText): string | null {
  if (sent === null || sent.trim() === '' || sent.trim() === issue) return null;
  return sent;
}

function technicalIds(entries: [string, string | null | undefined][]): TechnicalId[] {
  const seen = new Set<string>();
  const ids: TechnicalId[] = [];
  for (const [label, value] of entries) {
    if (!value || seen.has(value)) continue;
    seen.add(value);
    ids.push({ label, value });
  }
  return ids;
}

function startFromEnd(endIso: string | null, durationSeconds: number | null): string | null {
  if (endIso === null || durationSeconds === null) return null;
  const start = Date.parse(endIso) - durationSeconds * 1000;
  // A huge duration puts the start outside what a Date can hold; then the start is unknown.
  const date = new Date(start);
  return Number.isFinite(date.getTime()) ? date.toISOString() : null;
}

/** One view model of a failure, whether it comes from the job list or the VM's summary. */
export function toFailureDetails(
  source: Job | LastOperation,
  { isAdmin, relatedJob = null }: FailureDetailsOptions,
): FailureDetails {
  if (isLastOperation(source)) {
    const { issue, actionableSteps, category, categoryLabel } = failureText(source);
    const durationSeconds = source.durationSeconds ?? relatedJob?.durationSeconds ?? null;
    const endedAt = source.timestamp ?? relatedJob?.completedAt ?? null;
    return {
      jobId: source.jobId ?? relatedJob?.jobId ?? null,
      jobType: source.operationType,
      title: plainText(jobTypePresentation(source.operationType).label),
      status: source.status,
      progress: source.progress,
      stepsCompleted: source.stepsCompleted,
      stepsTotal: source.stepsTotal,
      failedStep: guardStepName(source.failedStep),
      issue,
      category,
      categoryLabel,
      actionableSteps,
      startedAt: relatedJob?.startedAt ?? startFromEnd(endedAt, durationSeconds),
      endedAt,
      durationSeconds,
      suggestsLiveFailover: suggestsLiveFailover(actionableSteps),
      technical: isAdmin
        ? {
            internalStepName: source.failedStepInternal,
            rawMessage: rawMessage(source.errorMessage, issue),
            ids: technicalIds([
              ['Job ID', source.jobId ?? relatedJob?.jobId],
              ['External job ID', relatedJob?.externalJobId],
            ]),
            detailsJson: detailsJson(source.technicalDetails ?? relatedJob?.technicalDetails),
          }
        : null,
    };
  }

  const failed = source.status === 'failed';
  const { issue, category, categoryLabel, ...text } = failureText(source);
  const actionableSteps = failed
    ? text.actionableSteps
    : source.actionableSteps.flatMap((step) => guardOptionalText(step) ?? []);
  // For a failed job the current step is where it stopped.
  const friendlyStep = guardStepName(source.currentStep);
  return {
    jobId: source.jobId,
    jobType: source.jobType,
    title: jobTitle(source),
    status: source.status,
    progress: source.progress,
    stepsCompleted: null,
    stepsTotal: null,
    failedStep: failed ? friendlyStep : null,
    issue,
    category,
    categoryLabel,
    actionableSteps,
    startedAt: source.startedAt,
    endedAt: source.completedAt,
    durationSeconds: source.durationSeconds,
    suggestsLiveFailover: suggestsLiveFailover(actionableSteps),
    technical: isAdmin
      ? {
          internalStepName:
            source.currentStep !== null && source.currentStep !== friendlyStep
              ? source.currentStep
              : null,
          rawMessage: rawMessage(source.errorMessage, issue),
          ids: technicalIds([
            ['Job ID', source.jobId],
            ['External job ID', source.externalJobId],
          ]),
          detailsJson: detailsJson(source.technicalDetails),
        }
      : null,
  };
}
