import { Alert, Button, Text } from '@mantine/core';
import type { OperatorText } from '@migratekit/operator-text';
import { formatPercent } from '../../lib/format';
import type { FailureDetails } from '../../lib/presentation';
import { ActionableSteps } from '../ActionableSteps';
import { Icon } from '../Icon';
import {
  LiveFailoverButton,
  type LiveFailoverRequest,
  useLiveFailoverRequest,
} from '../LiveFailoverButton';
import cx from './OperationErrorBanner.module.css';

export interface OperationErrorBannerProps {
  /**
   * The VM's last operation, its text through the operator-text policy (`toFailureDetails`);
   * the banner shows only when it failed.
   */
  failure: FailureDetails;
  /** Hides the banner in this browser (the server keeps the summary). */
  onDismiss: () => void;
  /** Opens the error details. */
  onViewDetails: () => void;
  /** Starts a live failover; without it the quick action is not offered. */
  onTryLiveFailover?: LiveFailoverRequest;
  /** Says the failure shown is from before a failed refresh (the list's notice), or null. */
  staleNotice?: string | null;
}

/** "Test Failover failed at step 3 of 5 (60%)", leaving out whatever is unknown. */
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

/** The persistent "Last Operation Failed" banner at the top of the VM details view. */
export function OperationErrorBanner({
  failure: details,
  onDismiss,
  onViewDetails,
  onTryLiveFailover,
  staleNotice = null,
}: OperationErrorBannerProps) {
  const liveFailover = useLiveFailoverRequest(onTryLiveFailover);
  if (details.status !== 'failed') return null;

  const offerLiveFailover = details.suggestsLiveFailover && onTryLiveFailover !== undefined;

  return (
    <Alert
      color="red"
      variant="light"
      radius="md"
      title="Last Operation Failed"
      icon={<Icon name="warning" label="Warning" className={cx.icon} />}
      classNames={{ root: cx.root, message: cx.message }}
    >
      <div className={cx.body}>
        {staleNotice && (
          <Text size="sm" role="status" className={cx.stale}>
            <Icon name="warning" label="Warning" /> {staleNotice}
          </Text>
        )}
        <Text fw={600} className={cx.wrap}>
          {failureSummary(
            details.title,
            details.stepsCompleted,
            details.stepsTotal,
            details.progress,
          )}
        </Text>
        {details.failedStep && (
          <Text size="sm" className={cx.wrap}>
            <strong>Failed Step:</strong> {details.failedStep}
          </Text>
        )}
        <Text size="sm" className={cx.wrap}>
          <strong>Issue:</strong> {details.issue}
        </Text>
        <ActionableSteps steps={details.actionableSteps} />
        {liveFailover.failure && (
          <Text size="sm" role="status" className={cx.issue}>
            {liveFailover.failure}
          </Text>
        )}
        <div className={cx.actions}>
          <Button variant="default" onClick={onDismiss}>
            Dismiss
          </Button>
          {offerLiveFailover && (
            <LiveFailoverButton
              loading={liveFailover.pending}
              onClick={() => void liveFailover.start()}
            />
          )}
          <Button variant="light" color="red" onClick={onViewDetails}>
            View Details
          </Button>
        </div>
      </div>
    </Alert>
  );
}
