import type { ErrorCategory } from '@migratekit/oma-api';

/*
 * The raw replication errors the backend stores (its `sanitizeReplicationError` passes them
 * through unchanged, with no category and no steps), read from its format strings: the
 * migration engine (workflows/migration.go), the progress poller (services/sna_progress_poller.go,
 * sna_progress_client.go, workflows/replication/progress_poller.go), the stall detector
 * (services/stale_job_detector.go), the phantom detector (services/phantom_detector.go) and job
 * recovery (services/job_recovery_*.go, cmd/job-recovery). Each is told in plain words with
 * what to do; none of the raw text reaches an operator.
 */

/** A known raw error and how it is told to an operator. */
export interface KnownReplicationError {
  /** What the raw text starts with or contains. */
  pattern: RegExp;
  /** The plain message. */
  message: string;
  /** The category to show when the backend sent none. */
  category: ErrorCategory;
  /** What the operator can do. */
  steps: readonly string[];
}

const START_AGAIN = 'Start the replication again';
const SUPPORT_IF_AGAIN = 'Contact support if it happens again';
const SOURCE_ONLINE = 'Check that the source environment is online and reachable';

export const KNOWN_REPLICATION_ERRORS: readonly KnownReplicationError[] = [
  {
    pattern: /^Job stalled - no (?:telemetry|progress)\b/i,
    message: 'Replication stopped responding',
    category: 'connectivity',
    steps: [SOURCE_ONLINE, START_AGAIN, SUPPORT_IF_AGAIN],
  },
  {
    pattern: /^SNA communication timeout\b/i,
    message: 'Replication stopped responding',
    category: 'connectivity',
    steps: [SOURCE_ONLINE, START_AGAIN, SUPPORT_IF_AGAIN],
  },
  {
    pattern:
      /^SNA polling failed\b|^SNA progress API error\b|^failed to (?:call|decode) SNA progress\b/i,
    message: 'Replication progress could not be followed',
    category: 'connectivity',
    steps: [
      'Check the connection between the source and destination environments',
      'Check whether the replication finished before starting it again',
      SUPPORT_IF_AGAIN,
    ],
  },
  {
    pattern: /^Job marked as phantom\b/i,
    message: 'Replication was no longer running in the source environment',
    category: 'platform',
    steps: [START_AGAIN, SUPPORT_IF_AGAIN],
  },
  {
    pattern: /^Job recovery: Process orphaned\b/i,
    message: 'Replication was interrupted by a service restart',
    category: 'platform',
    steps: [START_AGAIN, SUPPORT_IF_AGAIN],
  },
  {
    pattern: /^Job lost on SNA\b|^Job not found on SNA\b/i,
    message: 'Replication was lost during a service restart',
    category: 'platform',
    steps: [START_AGAIN, SUPPORT_IF_AGAIN],
  },
  {
    pattern: /^SNA API unreachable\b|^SNA client not initialized\b|^SNA API error\b/i,
    message: 'The source environment could not be reached',
    category: 'connectivity',
    steps: [
      SOURCE_ONLINE,
      'Check the connection between the source and destination environments',
      'Start the replication again once the connection is restored',
    ],
  },
  {
    pattern: /^SNA reported (?:errors?|failure)\b|^Job failed$|^\[\s*(?:\{|")/i,
    message: 'The source environment reported a replication error',
    category: 'platform',
    steps: [
      'Check that the source VM is powered on and its disks are accessible',
      START_AGAIN,
      'Contact support if the problem continues',
    ],
  },
  {
    pattern: /^Failed to initiate VMware replication\b/i,
    message: 'Replication could not be started in the source environment',
    category: 'connectivity',
    steps: [SOURCE_ONLINE, 'Verify source environment credentials are valid', START_AGAIN],
  },
  {
    pattern: /^Failed to analy[sz]e VM disks\b/i,
    message: "The VM's disks could not be read",
    category: 'configuration',
    steps: [
      'Verify VM still exists in source environment',
      'Check that the VM has at least one disk',
      START_AGAIN,
    ],
  },
  {
    pattern:
      /^Failed to provision volumes\b|^Volume creation (?:timeout|failed)\b|^Volume Daemon did not return\b|^failed to create (?:volume|OSSEA volume)\b/i,
    message: 'Storage for the replication could not be created',
    category: 'storage',
    steps: [
      'Check that there is enough free storage space on the destination platform',
      START_AGAIN,
      'Contact support if the problem continues',
    ],
  },
  {
    pattern:
      /^Failed to attach volumes\b|^Failed to verify device paths\b|^Failed to query NBD exports\b/i,
    message: 'Storage could not be prepared for the replication',
    category: 'storage',
    steps: [
      'Wait a few minutes, then start the replication again',
      'Contact support if the problem continues',
    ],
  },
  {
    pattern: /^Failed to (?:create replication job|update job status|start migration workflow)\b/i,
    message: 'Replication could not be started',
    category: 'platform',
    steps: [START_AGAIN, 'Contact support if the problem continues'],
  },
];

/** The known error `text` is, if it is one. */
export function knownReplicationError(
  text: string | null | undefined,
): KnownReplicationError | undefined {
  if (typeof text !== 'string') return undefined;
  const trimmed = text.trim();
  return KNOWN_REPLICATION_ERRORS.find((known) => known.pattern.test(trimmed));
}
