import { Alert, Button, Text } from '@mantine/core';
import type { BannerView } from '../../lib/failureViews';
import type { LiveFailoverAction } from '../../lib/liveFailoverAction';
import { ActionableSteps } from '../ActionableSteps';
import { Icon } from '../Icon';
import { LiveFailoverFailure, LiveFailoverOffer } from '../LiveFailoverButton';
import cx from './OperationErrorBanner.module.css';

export interface OperationErrorBannerProps {
  /** The VM's failed last operation, its text through the operator-text policy (`toBannerView`). */
  banner: BannerView;
  /** Hides the banner in this browser (the server keeps the summary). */
  onDismiss: () => void;
  /** Opens the error details. */
  onViewDetails: () => void;
  /** The "Try Live Failover" quick action and its state. */
  liveFailover: LiveFailoverAction;
}

/** The persistent "Last Operation Failed" banner at the top of the VM details view. */
export function OperationErrorBanner({
  banner,
  onDismiss,
  onViewDetails,
  liveFailover,
}: OperationErrorBannerProps) {
  const { failure: details, summary, staleNotice } = banner;
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
          {summary}
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
        <LiveFailoverFailure failure={liveFailover.failure} />
        <div className={cx.actions}>
          <Button variant="default" onClick={onDismiss}>
            Dismiss
          </Button>
          <LiveFailoverOffer action={liveFailover} />
          <Button variant="light" color="red" onClick={onViewDetails}>
            View Details
          </Button>
        </div>
      </div>
    </Alert>
  );
}
