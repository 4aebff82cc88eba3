import type { ProgressStep } from './defineScenario';

/*
 * How the backend names and stages its operations: the scenarios seed with these, and the
 * mock's state uses them as its running jobs advance and complete.
 */

/** Stages of an incremental replication, for `current_step`. */
export const REPLICATION_STEPS: readonly ProgressStep[] = [
  { fromProgress: 0, label: 'Creating VM snapshot' },
  { fromProgress: 5, label: 'Copying disk data' },
  { fromProgress: 95, label: 'Removing VM snapshot' },
];

/** Stages of a live failover, for `current_step`. */
export const LIVE_FAILOVER_STEPS: readonly ProgressStep[] = [
  { fromProgress: 0, label: 'Validating Failover Readiness' },
  { fromProgress: 10, label: 'Powering Off Source VM' },
  { fromProgress: 25, label: 'Running Final Sync' },
  { fromProgress: 60, label: 'Creating Destination VM' },
  { fromProgress: 85, label: 'Powering On Destination VM' },
];

const REPLICATION_DISPLAY_NAMES: Record<string, string> = {
  pending: 'Replication Pending',
  running: 'Replication In Progress',
  completed: 'Replication Completed',
  failed: 'Replication Failed',
  cancelled: 'Replication Cancelled',
};

/** The backend's display name of a job: replications name their status, others their kind. */
export function displayNameFor(jobType: string, status: string): string {
  switch (jobType) {
    case 'replication':
      return REPLICATION_DISPLAY_NAMES[status] ?? 'Replication';
    case 'test_failover':
      return 'Test Failover';
    case 'live_failover':
      return 'Live Failover';
    case 'rollback':
      return 'Rollback';
    default:
      return 'Operation';
  }
}
