import { Anchor, Card, Group, Skeleton, Stack, Text, Title } from '@mantine/core';
import type { VmContext } from '@migratekit/oma-api';
import type { LastOperationBadgeProps } from '@migratekit/vm-operations-contract';
import { type ComponentType, Suspense } from 'react';
import { Link } from 'react-router';
import { OMA_API_BASE_URL } from '../../api/omaApi';
import { describeVmFacts } from '../../vm/vmPresentation';
import { RemoteErrorBoundary } from '../RemoteErrorBoundary';
import { VmStatusBadge } from '../VmStatusBadge';
import classes from './VmCard.module.css';

export interface VmCardProps {
  /** The VM to summarise. */
  vm: VmContext;
  /** The remote's last-operation badge, shared by every card so it is loaded once. */
  LastOperationBadge: ComponentType<LastOperationBadgeProps>;
}

/** Path of a VM's details page. */
export function vmDetailsPath(vmName: string): string {
  return `/vms/${encodeURIComponent(vmName)}`;
}

/** A VM's summary in the VM list; the whole card opens its details page. */
export function VmCard({ vm, LastOperationBadge }: VmCardProps) {
  const facts = describeVmFacts(vm);
  return (
    <Card withBorder radius="md" padding="md" className={classes.card}>
      <Stack gap="xs">
        <Group justify="space-between" align="flex-start" wrap="nowrap" gap="sm">
          <Title order={3} size="h4" className={classes.name}>
            <Anchor component={Link} to={vmDetailsPath(vm.vmName)} inherit className={classes.link}>
              {vm.vmName}
            </Anchor>
          </Title>
          <VmStatusBadge status={vm.currentStatus} />
        </Group>
        {facts && (
          <Text size="sm" c="dimmed">
            {facts}
          </Text>
        )}
        <RemoteErrorBoundary
          label="The LastOperationBadge remote"
          fallback={() => (
            <Text size="sm" c="dimmed">
              Operation status unavailable
            </Text>
          )}
        >
          <Suspense fallback={<Skeleton height={22} width={160} radius="sm" />}>
            <LastOperationBadge vmName={vm.vmName} apiBaseUrl={OMA_API_BASE_URL} />
          </Suspense>
        </RemoteErrorBoundary>
      </Stack>
    </Card>
  );
}
