import { Badge, Skeleton, VisuallyHidden } from '@mantine/core';
import type { LastOperation } from '@migratekit/oma-api';
import { guardMessage, type OperatorText, plainText } from '@migratekit/operator-text';
import {
  DEFAULT_API_BASE_URL,
  type LastOperationBadgeProps,
} from '@migratekit/vm-operations-contract';
import { useVmContext } from '../../hooks';
import { formatPercent } from '../../lib/format';
import { jobTypePresentation, statusPresentation } from '../../lib/presentation';
import { describePropsProblems, LastOperationBadgePropsSchema } from '../../props/props';
import { BADGE_ICON_SIZE, Icon } from '../Icon';
import { ACCESSIBLE_COLORS_CLASS } from '../styles';
import cx from './LastOperationBadge.module.css';

/** Summary cards refresh slowly: the VM details view is where progress is followed. */
const BADGE_POLL_MS = 30_000;

/** "Test Failover failed", "Replication completed", "Running 45%". */
export function lastOperationText(lastOperation: LastOperation): OperatorText {
  return plainText(statusText(lastOperation));
}

function statusText(lastOperation: LastOperation): string {
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

interface BadgeContentProps {
  vmName: string;
  apiBaseUrl: string;
}

function BadgeContent({ vmName, apiBaseUrl }: BadgeContentProps) {
  const { lastOperation, error } = useVmContext(vmName, { apiBaseUrl, pollMs: BADGE_POLL_MS });

  if (lastOperation === undefined && error) {
    const reason = guardMessage(error.userMessage);
    return (
      <Badge
        color="gray"
        variant="outline"
        tt="none"
        title={reason}
        leftSection={<Icon name="warning" label={null} size={BADGE_ICON_SIZE} />}
      >
        Status unavailable<VisuallyHidden>: {reason}</VisuallyHidden>
      </Badge>
    );
  }

  if (lastOperation === undefined) {
    return (
      <span className={cx.loading} aria-busy="true">
        <Skeleton height={10} width={24} radius="xl" />
        <span className={cx.checking}>Checking…</span>
      </span>
    );
  }

  if (lastOperation === null) {
    return (
      <Badge color="gray" variant="light" tt="none">
        No recent operations
      </Badge>
    );
  }

  const type = jobTypePresentation(lastOperation.operationType);
  const status = statusPresentation(lastOperation.status);
  return (
    <Badge
      color={status.color}
      variant="light"
      tt="none"
      leftSection={<Icon name={type.icon} label={type.iconLabel} size={BADGE_ICON_SIZE} />}
    >
      {lastOperationText(lastOperation)}
    </Badge>
  );
}

/** The VM's last operation as a small badge for the host's VM summary cards. */
export function LastOperationBadge(props: LastOperationBadgeProps) {
  const parsed = LastOperationBadgePropsSchema.safeParse(props);
  if (!parsed.success) {
    // Visible rather than blank: a card without a status would hide the mistake.
    const problems = describePropsProblems(parsed.error).join('; ');
    return (
      <span className={`${cx.root} ${ACCESSIBLE_COLORS_CLASS}`} data-testid="last-operation-badge">
        <Badge color="gray" variant="outline" tt="none" title={problems}>
          Status unavailable<VisuallyHidden>: {problems}</VisuallyHidden>
        </Badge>
      </span>
    );
  }
  const { vmName, apiBaseUrl = DEFAULT_API_BASE_URL } = parsed.data;
  return (
    <span
      className={`${cx.root} ${ACCESSIBLE_COLORS_CLASS}`}
      data-testid="last-operation-badge"
      aria-live="polite"
    >
      <BadgeContent vmName={vmName} apiBaseUrl={apiBaseUrl} />
    </span>
  );
}
