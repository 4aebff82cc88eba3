import { Badge, Skeleton, VisuallyHidden } from '@mantine/core';
import {
  DEFAULT_API_BASE_URL,
  type LastOperationBadgeProps,
} from '@migratekit/vm-operations-contract';
import { useLastOperationBadge, usePrefetchLastOperation } from '../../hooks';
import { describePropsProblems, LastOperationBadgePropsSchema } from '../../props/props';
import { BADGE_ICON_SIZE, Icon } from '../Icon';
import { ACCESSIBLE_COLORS_CLASS } from '../styles';
import cx from './LastOperationBadge.module.css';

interface BadgeContentProps {
  vmName: string;
  apiBaseUrl: string;
}

function BadgeContent({ vmName, apiBaseUrl }: BadgeContentProps) {
  const view = useLastOperationBadge(vmName, apiBaseUrl);

  if (view.state === 'unavailable') {
    return (
      <Badge
        color="gray"
        variant="outline"
        tt="none"
        title={view.reason}
        leftSection={<Icon name="warning" label={null} size={BADGE_ICON_SIZE} />}
      >
        Status unavailable<VisuallyHidden>: {view.reason}</VisuallyHidden>
      </Badge>
    );
  }

  if (view.state === 'loading') {
    return (
      <span className={cx.loading} aria-busy="true">
        <Skeleton height={10} width={24} radius="xl" />
        <span className={cx.checking}>Checking…</span>
      </span>
    );
  }

  if (view.state === 'none') {
    return (
      <Badge color="gray" variant="light" tt="none">
        No recent operations
      </Badge>
    );
  }

  const { type, status } = view;
  return (
    <Badge
      color={status.color}
      variant="light"
      tt="none"
      leftSection={<Icon name={type.icon} label={type.iconLabel} size={BADGE_ICON_SIZE} />}
    >
      {view.text}
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

function Prefetch({ vmName, apiBaseUrl }: BadgeContentProps) {
  usePrefetchLastOperation(vmName, apiBaseUrl);
  return null;
}

/**
 * Renders nothing; while it is mounted, the badge's data is on its way. Shown in place of the
 * badge while Mantine loads in a host without Mantine, so the two run side by side.
 */
export function LastOperationBadgePrefetch(props: LastOperationBadgeProps) {
  const parsed = LastOperationBadgePropsSchema.safeParse(props);
  if (!parsed.success) return null;
  const { vmName, apiBaseUrl = DEFAULT_API_BASE_URL } = parsed.data;
  return <Prefetch key={vmName} vmName={vmName} apiBaseUrl={apiBaseUrl} />;
}
