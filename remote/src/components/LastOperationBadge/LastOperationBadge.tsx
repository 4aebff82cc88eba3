import { Badge, Skeleton, VisuallyHidden } from '@mantine/core';
import type { LastOperationBadgeProps } from '@migratekit/vm-operations-contract';
import {
  type LastOperationBadgeOptions,
  readLastOperationBadgeProps,
  useLastOperationBadge,
  usePrefetchLastOperation,
} from '../../hooks';
import { BADGE_ICON_SIZE, Icon } from '../Icon';
import { ACCESSIBLE_COLORS_CLASS } from '../styles';
import cx from './LastOperationBadge.module.css';

function BadgeContent({ vmName, apiBaseUrl }: LastOperationBadgeOptions) {
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
  const read = readLastOperationBadgeProps(props);
  if (!read.ok) {
    // Visible rather than blank: a card without a status would hide the mistake.
    const problems = read.problems.join('; ');
    return (
      <span className={`${cx.root} ${ACCESSIBLE_COLORS_CLASS}`} data-testid="last-operation-badge">
        <Badge color="gray" variant="outline" tt="none" title={problems}>
          Status unavailable<VisuallyHidden>: {problems}</VisuallyHidden>
        </Badge>
      </span>
    );
  }
  return (
    <span
      className={`${cx.root} ${ACCESSIBLE_COLORS_CLASS}`}
      data-testid="last-operation-badge"
      aria-live="polite"
    >
      <BadgeContent {...read.options} />
    </span>
  );
}

function Prefetch({ vmName, apiBaseUrl }: LastOperationBadgeOptions) {
  usePrefetchLastOperation(vmName, apiBaseUrl);
  return null;
}

/**
 * Renders nothing; while it is mounted, the badge's data is on its way. Shown in place of the
 * badge while Mantine loads in a host without Mantine, so the two run side by side.
 */
export function LastOperationBadgePrefetch(props: LastOperationBadgeProps) {
  const read = readLastOperationBadgeProps(props);
  if (!read.ok) return null;
  return <Prefetch key={read.key} {...read.options} />;
}
