import { guardMessage, type OperatorText } from '@migratekit/operator-text';
import {
  type JobTypePresentation,
  jobTypePresentation,
  type StatusPresentation,
  statusPresentation,
} from '../lib/presentation';
import { lastOperationText } from '../lib/summaries';
import { useVmContext } from './useVmContext';

/** Summary cards refresh slowly: the VM details view is where progress is followed. */
const BADGE_POLL_MS = 30_000;

/** What the last-operation badge shows. */
export type LastOperationBadgeView =
  /** The summary could not be loaded: why. */
  | { state: 'unavailable'; reason: OperatorText }
  /** The first answer is awaited. */
  | { state: 'loading' }
  /** The VM has no recent operation. */
  | { state: 'none' }
  /** The last operation: its kind, status and words ("Test Failover failed"). */
  | { state: 'shown'; type: JobTypePresentation; status: StatusPresentation; text: OperatorText };

/** The badge's view model: the VM's last operation, polled slowly. */
export function useLastOperationBadge(vmName: string, apiBaseUrl: string): LastOperationBadgeView {
  const { lastOperation, error } = useVmContext(vmName, { apiBaseUrl, pollMs: BADGE_POLL_MS });
  if (lastOperation === undefined && error) {
    return { state: 'unavailable', reason: guardMessage(error.userMessage) };
  }
  if (lastOperation === undefined) return { state: 'loading' };
  if (lastOperation === null) return { state: 'none' };
  return {
    state: 'shown',
    type: jobTypePresentation(lastOperation.operationType),
    status: statusPresentation(lastOperation.status),
    text: lastOperationText(lastOperation),
  };
}

/** Starts the badge's request into the shared cache, for a component that renders before it. */
export function usePrefetchLastOperation(vmName: string, apiBaseUrl: string): void {
  useVmContext(vmName, { apiBaseUrl, pollMs: BADGE_POLL_MS });
}
