import { Badge } from '@mantine/core';
import type { VmContextStatus } from '@migratekit/oma-api';
import { presentVmStatus } from '../../vm/vmPresentation';

export interface VmStatusBadgeProps {
  /** The VM's replication-context status. */
  status: VmContextStatus;
}

/** A VM's replication-context status in plain words. */
export function VmStatusBadge({ status }: VmStatusBadgeProps) {
  const { label, color } = presentVmStatus(status);
  return (
    <Badge color={color} variant="light" radius="sm" tt="none">
      {label}
    </Badge>
  );
}
