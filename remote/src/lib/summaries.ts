import type { LastOperation } from '@migratekit/oma-api';
import { type OperatorText, plainText } from '@migratekit/operator-text';
import { formatBytes, formatPercent, formatRelativeTime } from './format';
import { jobTypePresentation } from './presentation';

/*
 * The sentences the feature builds from an operation's facts, leaving out whatever is unknown.
 */

/** "Test Failover failed at step 3 of 5 (60%)", the banner's headline. */
export function failureSummary(
  title: OperatorText,
  stepsCompleted: number | null,
  stepsTotal: number | null,
  progress: number | null,
): string {
  let text = `${title} failed`;
  if (stepsCompleted !== null && stepsTotal !== null) {
    // Zero steps completed means the first step failed.
    text += ` at step ${Math.max(1, stepsCompleted)} of ${stepsTotal}`;
  }
  const percent = formatPercent(progress);
  return percent === null ? text : `${text} (${percent})`;
}

/** "60% (3 of 5 steps completed)", the details' progress fact. */
export function progressSummary(
  progress: number | null,
  stepsCompleted: number | null,
  stepsTotal: number | null,
): string | null {
  const percent = formatPercent(progress);
  const steps =
    stepsCompleted !== null && stepsTotal !== null
      ? `${stepsCompleted} of ${stepsTotal} steps completed`
      : null;
  if (percent && steps) return `${percent} (${steps})`;
  return percent ?? steps;
}

/** "Showing data from 2 minutes ago; refreshing failed.": data kept from before a failed refresh. */
export function staleNotice(lastUpdatedAt: number | null | undefined, now: number): string {
  const when =
    lastUpdatedAt != null && Number.isFinite(lastUpdatedAt)
      ? formatRelativeTime(new Date(lastUpdatedAt).toISOString(), now)
      : null;
  return when
    ? `Showing data from ${when}; refreshing failed.`
    : 'Showing earlier data; refreshing failed.';
}

/** "26.4 GB transferred" for a replication, "… so far" while it runs; null otherwise. */
export function transferredText(job: {
  jobType: string;
  status: string;
  bytesTransferred: number | null;
}): string | null {
  if (job.jobType !== 'replication') return null;
  const bytes = formatBytes(job.bytesTransferred);
  if (bytes === null) return null;
  if (job.status === 'completed') return `${bytes} transferred`;
  if (job.status === 'running') return `${bytes} transferred so far`;
  return null;
}

/** "Test Failover failed", "Replication completed", "Running 45%": the badge's words. */
export function lastOperationText(lastOperation: LastOperation): OperatorText {
  return plainText(lastOperationStatusText(lastOperation));
}

function lastOperationStatusText(lastOperation: LastOperation): string {
  const type = jobTypePresentation(lastOperation.operationType).label;
  switch (lastOperation.status) {
    case 'failed':
      return `${type} failed`;
    case 'completed':
      return `${type} completed`;
    case 'cancelled':
      return `${type} cancelled`;
    case 'pending':
      return `${type} pending`;
    case 'running': {
      const percent = formatPercent(lastOperation.progress);
      return percent ? `Running ${percent}` : 'Running';
    }
    default:
      return `${type}: status unknown`;
  }
}
